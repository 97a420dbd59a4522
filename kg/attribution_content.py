"""What a verb of saying said: its clause, object or quote, never the speaker's own noun phrase or
the circumstances around the verb ("in a phone interview", "as protesters marched"); and the
clause a parenthetical frame ("as X noted", "it said") hangs in.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.attribution import for_clause, is_trigger, kind_of, quote_after_object, subordinated
from kg.attribution_nesting import adds_act, restating_aside
from kg.attribution_subjects import lifted_conjunct
from kg.constants import (
    ACL, ADVCL, APPOS, ATTR, AUX, CC, CCOMP, CONJ, DOBJ, MARK, NPADVMOD, OPRD, PARATAXIS, POBJ, PREP, RELCL,
    SUBJECT_DEPS, XCOMP)
from kg.quotes import OPEN_QUOTES, adjacent_quote, quote_around
from kg.sentences import sentence_of
from kg.statement_context import DAY_LABELS


CONTENT_DEPS = frozenset({CCOMP, DOBJ, XCOMP, OPRD, ATTR})
# the labels of a verb that lifted_conjunct may find joined to another (it finds none for the others:
# asked first, they spare it a call for each word of a clause)
_LIFTED_DEPS = (CONJ, CCOMP)


def content_span(verb: Token, subject: Token | None, quotes: list[tuple[int, int]],
                 kind: str) -> Span | None:
    """What was said: the verb's clause (the whole quote when it sits in one), its object, or the
    quote beside it; None when the verb has none."""
    doc = verb.doc
    if subject is not None and subject.dep_ == APPOS and subject.head.head == verb \
            and subject.head.dep_ in SUBJECT_DEPS and verb.left_edge.i < subject.head.i < subject.i < verb.i:
        # "Royal Air Maroc will buy 50 jets, the Moroccan flag carrier said": the speaker the
        # parser made an apposition of the clause's last noun (attribution_subjects) closes it
        return _trimmed(doc, verb.left_edge.i, subject.left_edge.i)
    ccomps = [c for c in verb.children if c.dep_ == CCOMP and not _is_participle_opener(c)
              and lifted_conjunct(c) is None]
    if ccomps:
        right = [c for c in ccomps if c.i > verb.i]
        clause = (right or ccomps)[0]
        subtree = list(clause.subtree)
        lifted = {t.i for c in subtree if c.dep_ in _LIFTED_DEPS and lifted_conjunct(c) == verb for t in c.subtree}
        sub = [t for t in subtree if t.i not in lifted and not (t.dep_ == CC and t.head == clause)] \
            if lifted else subtree
        quote = quote_around(quotes, clause)
        if quote and (quote[0] <= sub[0].i and sub[-1].i < quote[1] or verb.i >= quote[1]):
            return doc[quote[0] + 1:quote[1] - 1]   # a quote before its verb is said whole
        return _trimmed(doc, sub[0].i, sub[-1].i + 1)
    lemma = verb.lemma_.lower()
    wanted = for_clause(verb) if kind == "called_for" else None
    if wanted is not None:
        return _trimmed(doc, verb.i + 1, max(t.i for t in wanted.subtree) + 1)
    parts: list[Token] = []
    for child in verb.children:
        if child.i < verb.i or child == subject:
            continue
        if child.dep_ in CONTENT_DEPS or child.dep_ == ADVCL and child.tag_ == "VBG" \
                and (is_trigger(child) or child.lemma_.lower() in lexicon.SOURCE_PARTICIPLES) \
                and not adds_act(child):
            if child.tag_ == "VBG" and child.lemma_.lower() in lexicon.SOURCE_PARTICIPLES:
                # "reported, citing officials, that ...": whom the report relies on is no content,
                # though the parser may hang the report's clause on it
                parts.extend(t for c in child.children if c.dep_ == CCOMP for t in c.subtree)
                continue
            if child.dep_ == DOBJ and lemma in lexicon.ADDRESSEE_VERBS:
                continue   # "told reporters": to whom, not what
            if child.dep_ in (DOBJ, ATTR) and lemma in lexicon.CLAUSE_ONLY_VERBS:
                continue   # "maintains a program", "wrote a book"
            parts.extend(child.subtree)
        elif child.dep_ == PREP and _content_preposition(child, kind):
            parts.extend(child.subtree)
        elif child.ent_type_ in DAY_LABELS or child.dep_ == PREP and any(c.ent_type_ in DAY_LABELS for c in child.children):
            # the parser hangs "said the previous day that trains would stop" off the day
            for clause in child.subtree:
                if clause.dep_ in (RELCL, ACL, CCOMP) and clause.i > child.i:
                    parts.extend(t for t in clause.subtree)
                    break
    if parts:
        end = max(t.i for t in parts) + 1
        if lemma in lexicon.NP_SAYING_VERBS and quote_after_object(verb) is not None:
            end = max(end, quote_after_object(verb))   # 'called the attack "cowardly"': the quote too
        return _trimmed(doc, min(t.i for t in parts), end)
    clause = _clause_misread_as_circumstance(verb)
    if clause is not None:
        return clause
    shared = _shared_with_conjunct(verb, subject, quotes) or _clause_above(verb)
    if shared is not None:
        return shared
    if restating_aside(verb):
        return _restated_clause(verb)
    quote = adjacent_quote(quotes, verb)
    if quote:
        return doc[quote[0] + 1:quote[1] - 1]
    return _after_colon(verb, quotes)


def _restated_clause(verb: Token) -> Span | None:
    """What the noun of a restating aside stands for ("three supporters were shot, a claim the
    police denied"): the clause it is set beside, without it."""
    noun = verb.head
    clause = noun.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    return clause_without(clause, noun)


def _that_clauses_in_phrases(verb: Token) -> list[Token]:
    return [clause for prep in verb.children if prep.dep_ == PREP and prep.i > verb.i
            for noun in prep.children if noun.dep_ == POBJ
            for clause in noun.children if clause.dep_ == ACL
            and any(c.dep_ == MARK and c.lower_ == "that" for c in clause.children)]


def _that_clauses_on_nouns(verb: Token) -> list[Token]:
    """"said on Tuesday local time that ...", "told the daily briefing that the measure complied":
    the parser hangs what was said on the noun before "that" as a relative clause; a clause with
    a subject of its own, "that" leading it right after the noun, is no relative clause (a noun
    set off by a comma is no part of the verb's phrase: "responded by banning it, a move that
    carmakers warned ...")."""
    told = verb.lemma_.lower() in lexicon.ADDRESSEE_VERBS
    return [clause for noun in verb.children if noun.i > verb.i
            and (noun.dep_ == DOBJ and told or noun.dep_ == NPADVMOD and noun.lemma_.lower() in lexicon.CLOCK_NOUNS)
            and not any(t.is_punct for t in verb.doc[verb.i + 1:noun.i])
            for clause in noun.children if clause.dep_ == RELCL and clause.left_edge.i == noun.i + 1
            and clause.left_edge.lower_ == "that" and clause.left_edge.dep_ not in SUBJECT_DEPS
            and any(c.dep_ in SUBJECT_DEPS and c.i > clause.left_edge.i for c in clause.children)]


def _shared_with_conjunct(verb: Token, subject: Token | None, quotes: list[tuple[int, int]]) -> Span | None:
    """"neither confirmed nor denied that ...", "confirmed or denied the reports": a verb of saying
    with nothing of its own says what the verb of saying joined to it says."""
    for child in verb.children:
        if child.dep_ == CONJ and child.i > verb.i and is_trigger(child) \
                and not any(c.dep_ in SUBJECT_DEPS for c in child.children):
            return content_span(child, subject, quotes, kind_of(child))
    return None


def _clause_above(verb: Token) -> Span | None:
    """"X had reported earlier this week, citing ..., that the company was in talks": the parser
    may make the reported clause, led by "that" after the verb, the head of its verb of saying."""
    head = verb.head
    if verb.dep_ != CCOMP or head.i < verb.i:
        return None
    mark = next((c for c in head.children if c.dep_ == MARK and c.lower_ == "that" and c.i > verb.i), None)
    if mark is None:
        return None
    return _trimmed(verb.doc, mark.i + 1, max(t.i for t in head.subtree) + 1)


def _clause_misread_as_circumstance(verb: Token) -> Span | None:
    """"X said after the convention he would not accept ...": the parser hangs the reported
    clause as a circumstance when a phrase stands between; a finite clause after the verb with
    a subject of its own and no subordinator ("when", "as", "because") is what was said, from
    its subject on; so is a clause led by "that" that the parser hung on the noun of a phrase
    after the verb ("said in a letter dated 3 March that the camp was full")."""
    for clause in _that_clauses_on_nouns(verb):
        return _trimmed(verb.doc, clause.left_edge.i + 1, clause.right_edge.i + 1)
    for child in [*verb.children, *_that_clauses_in_phrases(verb)]:
        if child.dep_ not in (ADVCL, ACL) or child.i < verb.i or subordinated(child):
            continue   # "said when she resigned": a circumstance ("said, after the meeting, that
            # the state was ready": "that" leads what was said)
        subjects = [c for c in child.children if c.dep_ in SUBJECT_DEPS]
        finite = child.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == AUX for c in child.children)
        if subjects and finite:
            start = min(t.i for t in subjects[0].subtree)
            return _trimmed(verb.doc, start, max(t.i for t in child.subtree) + 1)
    return None


def _is_participle_opener(clause: Token) -> bool:
    """"Writing for a panel ..., X noted that ...": a participle opening the sentence is not what
    was said."""
    if clause.tag_ != "VBG":
        return False
    first = min(t.i for t in clause.subtree)
    return first == sentence_of(clause).start and not any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _content_preposition(prep: Token, kind: str) -> bool:
    word = prep.lower_
    if word in lexicon.CONTENT_PREPOSITIONS or lexicon.VERB_PREPOSITIONS.get(prep.head.lemma_.lower()) == word:
        return True
    return word in ("on", "upon") and kind == "called_for"


def _trimmed(doc: Doc, start: int, end: int) -> Span | None:
    """The span without the punctuation, "that" and day ("on Wednesday") that lead into it."""
    while start < end:
        first = doc[start]
        if not (first.is_punct and first.text not in OPEN_QUOTES or first.lower_ == "that" and first.dep_ == MARK
                or first.is_space or first.ent_type_ == "DATE"
                or first.lower_ in ("on", "the") and start + 1 < end and doc[start + 1].ent_type_ == "DATE"):
            break
        start += 1
    while end > start:
        last = doc[end - 1]
        if not (last.is_punct and last.text not in ('"', "”", "''") or last.is_space or last.dep_ == CC):
            break
        end -= 1
    return doc[start:end] if end > start else None


def _after_colon(verb: Token, quotes: list[tuple[int, int]]) -> Span | None:
    """"X said:" and the quote or paragraph after it, when the sentence ends on the colon."""
    doc = verb.doc
    sent = sentence_of(verb)
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text != ":":
        return None
    i = last.i + 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc):
        return None
    for q in quotes:
        if q[0] == i:
            return doc[q[0] + 1:q[1] - 1]
    start = i + 1 if doc[i].text in OPEN_QUOTES else i
    end = start
    while end < len(doc) and not (doc[end].is_space and "\n" in doc[end].text):
        end += 1
    return _trimmed(doc, start, end)


def clause_without(head: Token, frame: Token) -> Span | None:
    """The clause of ``head`` without the attribution frame hanging in it ("..., according to X",
    "as X noted, ...")."""
    excluded = {t.i for t in frame.subtree}
    kept = [t.i for t in head.subtree if t.i not in excluded and not t.is_punct]
    if not kept:
        return None
    return _trimmed(head.doc, min(kept), max(kept) + 1)


def parenthetical_as(verb: Token) -> bool:
    """"as X noted, ...", "as reported by X": the frame of the clause it hangs on."""
    return verb.dep_ == ADVCL and any(c.dep_ == MARK and c.lower_ == "as" for c in verb.children)


def parenthetical(verb: Token) -> bool:
    """"Russia, it said, has relied on ...": a frame set into the clause it reports."""
    return verb.dep_ == PARATAXIS and verb.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in (CCOMP, DOBJ, XCOMP) for c in verb.children)
