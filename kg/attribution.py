"""How a single verb of saying is read off the parse: its kind, its speaker's noun phrase, what
was said, whether it was negated, and whether a statement was made at all.

News attributes speech in a handful of frames: "X said (that) ...", '"...," said X, a ...',
"X said: ..." followed by a quote, "X said ..., adding that ...", "... was first reported by X".
A verb of saying names a statement only when the text says it happened: not under a modal
("would say"), a plan ("plans to announce"), a condition ("if he confirms"), in a question, or
as work in progress ("is verifying"). What was said is the verb's clause, object or quote, never
the speaker's own noun phrase or the circumstances around the verb ("in a phone interview",
"as protesters marched").
"""
from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.constants import (
    ACL, ADVCL, AGENT, ATTR, AUX, AUXPASS, CC, CCOMP, CONJ, DET, DOBJ, MARK, NEG, NPADVMOD, OPRD,
    PARATAXIS, PARTICLE_DEPS, PCOMP, POBJ, POSS, PRECONJ, PREP, RELCL, SUBJECT_DEPS, XCOMP)
from kg.sentences import sentence_of

# Children of a verb that hold what was said (prepositions are decided apart).
CONTENT_DEPS = frozenset({CCOMP, DOBJ, XCOMP, OPRD, ATTR})
OPEN_QUOTES = ('"', "“", "''", "``")
_QUOTE_MARKS = OPEN_QUOTES + ("”", "’")
CLOSER = {'"': ('"', "”"), "“": ("”", '"'), "''": ("''", '"'), "``": ("''", '"')}
_QUOTE_HASHES = numpy.array(sorted({hash_string(m) for m in (*OPEN_QUOTES, *(c for cs in CLOSER.values() for c in cs))}),
                             dtype=numpy.uint64)


def find_quotes(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of quotations, paired within a paragraph (a quote may run over sentences).
    A quote that opens a paragraph and is still open at its end runs on into the next
    paragraph, as news style writes long quotes: it is a quotation to the paragraph's end."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closers: tuple[str, ...] = ()
    paragraph_start = 0
    strings = doc.vocab.strings
    # read from the token arrays: only quote marks and line breaks matter, and a Token per word
    # costs more than the rest of this pass; so does a Python loop over every token
    array = doc.to_array([ORTH, IS_SPACE])
    marks = (numpy.isin(array[:, 0], _QUOTE_HASHES) | (array[:, 1] != 0)).nonzero()[0]
    for i, (orth, space) in zip(marks.tolist(), array[marks].tolist()):
        text = strings[orth]
        if space and "\n" in text:
            if open_at is not None and open_at == paragraph_start:
                spans.append((open_at, i + 1))
            open_at, closers, paragraph_start = None, (), i + 1
            continue
        if open_at is None:
            if text in OPEN_QUOTES:
                open_at, closers = i, CLOSER[text]
        elif text in closers:
            spans.append((open_at, i + 1))
            open_at, closers = None, ()
    return spans


def kind_of(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma == "call":
        preps = {c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS and _particle_of(verb, c)}
        if preps & {"for", "on", "upon"} or _for_clause(verb) is not None:
            return "called_for"
        if any(c.dep_ in (OPRD, CCOMP, XCOMP) for c in verb.children) or _quote_after_object(verb) is not None:
            return "said"
        return None
    if lemma == "point":
        return "said" if any(c.lower_ == "out" for c in verb.children) else None
    return lexicon.VERB_KINDS.get(lemma)


def _for_clause(verb: Token) -> Token | None:
    """"called for the platform to be suspended": the parser makes "for" the mark of an
    infinitive clause, not a particle of "call"."""
    for child in verb.children:
        if child.dep_ in (ADVCL, CCOMP, XCOMP) and child.i > verb.i and verb.doc[verb.i + 1].lower_ == "for" \
                and any(c.dep_ == MARK and c.i == verb.i + 1 for c in child.children):
            return child
    return None


def _quote_after_object(verb: Token) -> int | None:
    """'called the attack "cowardly"': a quotation right after the verb's object, which the
    parser may hang anywhere; the index just past its closing mark."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ != DOBJ:
            continue
        for i in (child.i + 1, max(t.i for t in child.subtree) + 1):
            if i < len(doc) and doc[i].text in OPEN_QUOTES:
                close = next((j for j in range(i + 1, min(i + 12, len(doc))) if doc[j].text in CLOSER[doc[i].text]),
                             None)
                if close is not None:
                    return close + 1
    return None


def _particle_of(verb: Token, prep: Token) -> bool:
    """"called for calm", "called on Monday for calm", "called again on them to": the particle
    of "call for" / "call on" follows the verb with at most adverbs and days between. After an
    object it is a preposition of the object ("called the strike for Wednesday"), and "on" with
    a day is the day ("called the meeting on Monday")."""
    if prep.lower_ in ("on", "upon") and any(c.ent_type_ in _DAY_LABELS for c in prep.children):
        return False   # ("called for a national day of protest" is a call all the same)
    return all(t.pos_ == "ADV" or t.ent_type_ in _DAY_LABELS or t.lower_ in ("on", "this", "last")
               for t in verb.doc[verb.i + 1:prep.i])


_DAY_LABELS = ("DATE", "TIME")


def is_trigger(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and kind_of(verb) is not None


def subject_of(verb: Token, quoted: set[int] | frozenset = frozenset()) -> Token | None:
    """The verb's subject; in ``"The solution: ...," he said`` the one outside the quote. A verb
    coordinated with, or hanging as a participle or infinitive under, another takes its subject."""
    if own_refusal(verb):
        return subject_of(verb.head, quoted)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    outside = [c for c in subjects if c.i not in quoted]
    if len(outside) > 1 and outside[1].i == outside[0].i + 1:
        return outside[1]   # "the state weather bureau PAGASA said": the name the parser split off
    if outside:
        return outside[0]
    if subjects and (verb.i in quoted or not quoted):
        return subjects[0]   # outside a quote, a subject inside one is the parser's mistake
    aside = speaker_aside(verb)
    if aside is not None:
        return next(c for c in aside.children if c.dep_ in SUBJECT_DEPS)
    outer = lifted_conjunct(verb)
    if outer is not None:
        return subject_of(outer, quoted)
    if verb.dep_ == CONJ and verb.head.pos_ in ("VERB", "AUX"):
        return _misattached_subject(verb) or _phrase_closing_clause(verb) or subject_of(verb.head, quoted)
    if verb.dep_ == ADVCL and verb.lemma_.lower() in lexicon.ADDING_VERBS and verb.head.dep_ == CCOMP \
            and is_trigger(verb.head.head) and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and any(c.dep_ == CCOMP for c in verb.children):
        return subject_of(verb.head.head, quoted)   # "X said the government would act, adding that
        # ...": the parser hung the participle on what X said; X adds, not the government
    if verb.dep_ in (XCOMP, PCOMP, ADVCL) and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head, quoted)
    if verb.dep_ == PCOMP and verb.head.dep_ == PREP:
        return subject_of(verb.head.head, quoted)
    if verb.dep_ == ACL and verb.tag_ == "VBD" and (verb.head.dep_ in SUBJECT_DEPS or verb.head.dep_ == "ROOT"):
        return verb.head   # "Jordan's foreign minister, X, called on Wednesday for ...": a finite
        # verb the parser hung on its own subject (even made the sentence's root) as a clause
    if verb.dep_ == ACL and verb.tag_ == "VBG":
        # "issued a statement saying ...": whoever issued it; "officials saying": the officials
        if verb.head.lemma_.lower() in lexicon.DOCUMENT_NOUNS and verb.head.dep_ == DOBJ:
            return subject_of(verb.head.head, quoted) or verb.head
        return verb.head
    return None


def speaker_aside(verb: Token) -> Token | None:
    """"Paetongtarn, asked about the protest during a visit last Saturday, said ...": a participle
    set off by commas after the speaker's name, which the parser made a clause of its own with
    the speaker as its subject (the verb of saying is left without one)."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    # (or made the participle the head, the verb of saying joined to it: "X, asked about it on
    # Thursday, said")
    joined = [verb.head] if verb.dep_ == CONJ and verb.head.i < verb.i else []
    for child in [*verb.children, *joined]:
        if child.dep_ not in (CCOMP, ADVCL, PARATAXIS) and child not in joined or child.i > verb.i \
                or child.tag_ not in ("VBN", "VBD", "VBG"):
            continue
        subject = next((c for c in child.children if c.dep_ in SUBJECT_DEPS and c.i < child.i), None)
        if subject is not None:
            end = max(t.i for t in subject.subtree if not t.is_punct)
            if end + 2 == child.i and doc[end + 1].text == ",":
                return child
    return None


def _misattached_subject(verb: Token) -> Token | None:
    """"Fans protested, and the supporters' group, Juventude Leonina, accused the board": a noun
    phrase between the "and" and the second verb is its subject, though the parser hung it on
    the first verb as a modifier."""
    cc = next((c for c in verb.head.children if c.dep_ == CC and c.i < verb.i), None)
    if cc is None:
        return None
    return next((c for c in verb.head.children if cc.i < c.i < verb.i and c.dep_ == NPADVMOD
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _phrase_closing_clause(verb: Token) -> Token | None:
    """"Indonesia has agreed to buy the jets from Turkish Aerospace, the state-owned manufacturer
    said on Thursday": a verb of saying the parser joined to the clause's verb with no "and" or
    "but" between, right after a noun phrase set off by a comma, has that phrase for its subject
    (the parser hung it on the last noun of the clause)."""
    doc = verb.doc
    if verb.i == 0 or any(c.dep_ in (CC, PRECONJ) and c.i < verb.i for c in verb.head.children):
        return None
    phrase = doc[verb.i - 1]
    if phrase.pos_ not in ("NOUN", "PROPN") or phrase.head.i > phrase.i:
        return None
    first = min(t.i for t in phrase.subtree)
    return phrase if first > 0 and doc[first - 1].text == "," and first < phrase.i + 1 else None


def lifted_conjunct(verb: Token) -> Token | None:
    """"X said the river had crested and warned that ...": a verb of saying without a subject,
    joined to the last verb of what X said, is X's second act (rivers do not warn)."""
    if verb.dep_ not in (CONJ, CCOMP) or any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            or not is_trigger(verb):
        return None
    if verb.dep_ == CCOMP:   # parsed as a second clause of the first verb, after "and"
        before = verb.doc[verb.i - 1] if verb.i > 0 else verb
        return verb.head if before.dep_ == CC and is_trigger(verb.head) else None
    first = verb.head
    if is_trigger(first):
        return None
    if first.dep_ == CCOMP and is_trigger(first.head):
        return first.head
    return _lifted_from_deep(verb, first)


def _lifted_from_deep(verb: Token, first: Token) -> Token | None:
    """"She said the blackout was caused by surges the system could not absorb, and blamed the
    operator": after ", and", a verb of saying joined to a verb deeper inside what was said,
    whose subject is a thing and not a speaker, is the frame's speaker's second act."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].dep_ != CC or doc[verb.i - 2].text != ",":
        return None
    subject = next((c for c in first.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and (subject.pos_ in ("PROPN", "PRON") or subject.ent_type_):
        return None   # ("X said Y had resigned, and blamed Z": Y may have blamed Z)
    node = first
    while node.dep_ in (CCOMP, RELCL, ACL, XCOMP, ADVCL) and not is_trigger(node.head) and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ == CCOMP and is_trigger(node.head) else None


def agent_of(verb: Token) -> Token | None:
    """The noun phrase of a passive's "by X" ("was first reported by The Washington Post")."""
    for child in verb.children:
        if child.dep_ == AGENT or child.dep_ == PREP and child.lower_ == "by":
            return next((c for c in child.children if c.dep_ == POBJ), None)
    return None


def negated(verb: Token) -> bool:
    if any(c.dep_ == NEG or c.dep_ == PRECONJ and c.lower_ == "neither" for c in verb.children):
        return True   # "did not confirm", "neither confirmed (nor denied)"
    if _negated_conjunct(verb):
        return True
    governor = verb.head
    if verb.dep_ == PCOMP and governor.dep_ == PREP:
        governor = governor.head
    if verb.dep_ in (XCOMP, PCOMP) and governor.lemma_.lower() in lexicon.NEGATING_GOVERNORS:
        return not any(c.dep_ == NEG for c in governor.children)
    return False


def _negated_conjunct(verb: Token) -> bool:
    """"neither confirmed nor denied", "did not confirm or deny": a verb joined by "nor", or by
    "or" to a negated verb whose subject and auxiliary it shares, is negated too (with "and" the
    second verb is an act of its own: "did not confirm the toll and said ...")."""
    if verb.dep_ != CONJ or not is_trigger(verb.head):
        return False
    joint = next((c.lower_ for c in verb.head.children if c.dep_ == CC and verb.head.i < c.i < verb.i), None)
    if joint == "nor":
        return True
    own = any(c.dep_ in SUBJECT_DEPS or c.dep_ in (AUX, NEG) for c in verb.children)
    return joint == "or" and not own and negated(verb.head)


def adds_act(verb: Token) -> bool:
    """A participle that adds a second act of the speaker of the verb it hangs on ("said ...,
    adding that ...", "condemned the attack, calling for calm", "going on to say"); a participle that only restates
    the first ("condemned the deployment, terming it an escalation") is part of its content."""
    if verb.dep_ == XCOMP and verb.head.lemma_.lower() in lexicon.CARRYING_GOVERNORS:
        verb = verb.head   # "said ..., going on to say that ...", "..., continuing to insist that ..."
        return verb.dep_ == ADVCL and verb.tag_ == "VBG" and not any(c.dep_ == MARK for c in verb.children)
    if verb.dep_ != ADVCL or verb.tag_ != "VBG" or any(c.dep_ == MARK for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if verb.i < verb.head.i and lemma not in lexicon.SOURCE_PARTICIPLES and kind_of(verb) is not None \
            and any(c.dep_ == CCOMP for c in verb.children):
        return True   # "Claiming the vote was rigged, X told Fox that ...": an act of its own before the frame
    return lemma in lexicon.ADDING_VERBS or kind_of(verb) not in ("said", "reported")


def embedded(verb: Token, outlet_verbs: set[int], quoted: set[int]) -> bool:
    """Reported speech inside another attribution is the outer speaker's claim, except under an
    outlet's "X reported", which vouches for the statements it carries, and except a participle
    that adds an act of the same speaker. A verb inside a quote is never the frame of the
    attribution outside it."""
    if adds_act(verb) or lifted_conjunct(verb) is not None or timeline_count(verb) is not None \
            or own_refusal(verb):
        return False   # ("..., a day after Y accused ...": the writer's timeline, not the content)
    node = verb
    while node.head.i != node.i:
        edge, child = node.dep_, node
        if edge == RELCL and node is verb and verb.tag_ in ("VBD", "VBZ", "VBP") \
                and any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PROPN" for c in verb.children):
            return False   # "..., where Washington says 10,000 are deployed": the writer's aside
        node = node.head
        if edge == ADVCL and subordinated(child) \
                and (is_trigger(node) and any(c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON" for c in child.children)
                     or child is verb and _concession(child)):
            return False   # "X said on Sunday, after the decision was first reported by Y, that
            # ...", "..., a day after Y accused ...": the frame's circumstance, the writer's timeline
            # (a clause with a subject of its own; a pronoun there, or a participle with none, is
            # left to the frame: "X criticised her after she blamed ...", "before cutting ..."; a
            # concession is the speaker's own: "X said ..., though he acknowledged that ...")
        if node.i in quoted:
            continue
        if is_trigger(node) and edge != CONJ and edge not in SUBJECT_DEPS and node.i not in outlet_verbs \
                and not act_only(node):   # (a verb in the frame's subject is no part of what it says)
            return not relayed(node)
    return False


def _concession(clause: Token) -> bool:
    return any(c.dep_ == MARK and c.lower_ in lexicon.CONCESSIVE_MARKS for c in clause.children)


def timeline_count(clause: Token) -> tuple[Token, Token] | None:
    """"a day after Y accused", "two days before Y said": the count noun and the "after" or
    "before" of a clause the writer sets in time against another, wherever the parser hung it
    (on the verb, or the verb as a relative clause of "day")."""
    mark = next((c for c in clause.children if c.dep_ == MARK and c.lower_ in ("after", "before")), None)
    if mark is None:
        return None
    count = next((c for c in clause.children if c.dep_ == NPADVMOD and c.lemma_ == "day" and c.i < mark.i), None)
    if count is None and clause.dep_ == RELCL and clause.head.lemma_ == "day" and clause.head.i < mark.i:
        count = clause.head
    return (count, mark) if count is not None else None


def own_refusal(verb: Token) -> bool:
    """"A company spokesman said he could not confirm the report": a refusal to confirm or deny
    that the speaker of the frame tells of themselves ("he", "she", "it", "they") is their own
    act, not a claim about another."""
    if verb.dep_ != CCOMP or not is_trigger(verb.head) or not negated(verb) \
            or kind_of(verb) not in ("confirmed", "denied"):
        return False   # ("said he would not appeal": what he said, not a refusal to call for)
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.lower_ in _REFERRING_PRONOUNS


_REFERRING_PRONOUNS = frozenset({"he", "she", "it", "they"})


def relayed(frame: Token) -> bool:
    """"X called for a ceasefire, his ministry said", "X told Y that ..., the statement said",
    "Foreign Minister X called for ..., the foreign ministry said": a frame whose subject is a
    document or an office, ministry or spokesperson ("his", "the"; a body named as such, "The
    U.S. State Department said", speaks for itself) relays what the speaker said; it carries the
    statement rather than making it its own claim."""
    subject = next((c for c in frame.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if lemma in lexicon.DOCUMENT_NOUNS:
        return True
    return lemma in lexicon.RELAYING_NOUNS and subject.tag_ in ("NN", "NNP") and subject.text.islower() \
        and any(c.dep_ == POSS and c.tag_ == "PRP$" or c.dep_ == DET and c.lower_ == "the" for c in subject.children)


def act_only(verb: Token) -> bool:
    """"attacked them for accepting his donations, which he said ...": a verb of saying only with a
    clause ("accept", "write") that has none is an act, not the frame of what hangs below it."""
    return verb.lemma_.lower() in lexicon.CLAUSE_ONLY_VERBS and not any(c.dep_ == CCOMP for c in verb.children)


def was_made(verb: Token, quoted: set[int]) -> bool:
    """Whether the text says this act of saying took place (or was refused)."""
    refused = negated(verb)
    auxes = {c.lower_ for c in verb.children if c.dep_ in (AUX, AUXPASS)
             and (c.i not in quoted or verb.i in quoted)}   # a quote's "will" is not the verb's
    if auxes & lexicon.HYPOTHETICAL_AUXILIARIES and not refused:
        return False   # "would confirm", "will announce": not (yet) said
    marks = {c.lower_ for c in verb.children if c.dep_ == MARK}
    if marks & lexicon.CONDITIONAL_MARKS:
        return False   # "if he confirms", "before announcing"
    governor = verb.head
    if verb.dep_ == XCOMP and governor.lemma_.lower() not in lexicon.NEGATING_GOVERNORS \
            and governor.lemma_.lower() not in lexicon.CARRYING_GOVERNORS:
        return False   # "plans to announce", "needs to tell", "was forced to admit" read apart
    if verb.dep_ == ADVCL and verb.tag_ == "VB" and governor.lemma_.lower() not in lexicon.CARRYING_GOVERNORS:
        return False   # "cooperating to confirm the reports": a purpose, not yet done
    if verb.dep_ in (ADVCL, XCOMP) and verb.tag_ == "VB" and any(c.dep_ == NEG for c in governor.children):
        return False   # "was never sworn in to tell the truth"
    if verb.dep_ == ACL and verb.tag_ == "VB":
        return False   # "the decision to announce"
    if kind_of(verb) == "confirmed" and verb.tag_ == "VBG" and "be" in {c.lemma_ for c in verb.children
                                                                      if c.dep_ == AUX} \
            and not any(c.dep_ == CCOMP for c in verb.children):
        return False   # "is verifying the reports": work in progress
    return not _in_question(verb, quoted)


def _in_question(verb: Token, quoted: set[int]) -> bool:
    if verb.i in quoted:
        return False
    last = next((t for t in reversed(sentence_of(verb)) if not t.is_space and t.text not in _QUOTE_MARKS), None)
    return last is not None and last.text == "?" and last.i not in quoted


def content_span(verb: Token, subject: Token | None, quotes: list[tuple[int, int]],
                 kind: str) -> Span | None:
    """What was said: the verb's clause (the whole quote when it sits in one), its object, or the
    quote beside it; None when the verb has none."""
    doc = verb.doc
    ccomps = [c for c in verb.children if c.dep_ == CCOMP and not _is_participle_opener(c)
              and lifted_conjunct(c) is None]
    if ccomps:
        right = [c for c in ccomps if c.i > verb.i]
        clause = (right or ccomps)[0]
        subtree = list(clause.subtree)
        lifted = {t.i for c in subtree if lifted_conjunct(c) == verb for t in c.subtree}
        sub = [t for t in subtree if t.i not in lifted and not (t.dep_ == CC and t.head == clause)] \
            if lifted else subtree
        quote = quote_around(quotes, clause)
        if quote and (quote[0] <= sub[0].i and sub[-1].i < quote[1] or verb.i >= quote[1]):
            return doc[quote[0] + 1:quote[1] - 1]   # a quote before its verb is said whole
        return _trimmed(doc, sub[0].i, sub[-1].i + 1)
    lemma = verb.lemma_.lower()
    wanted = _for_clause(verb) if kind == "called_for" else None
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
        elif child.ent_type_ in _DAY_LABELS or child.dep_ == PREP and any(c.ent_type_ in _DAY_LABELS for c in child.children):
            # the parser hangs "said the previous day that trains would stop" off the day
            for clause in child.subtree:
                if clause.dep_ in (RELCL, ACL, CCOMP) and clause.i > child.i:
                    parts.extend(t for t in clause.subtree)
                    break
    if parts:
        end = max(t.i for t in parts) + 1
        if lemma in lexicon.NP_SAYING_VERBS and _quote_after_object(verb) is not None:
            end = max(end, _quote_after_object(verb))   # 'called the attack "cowardly"': the quote too
        return _trimmed(doc, min(t.i for t in parts), end)
    clause = _clause_misread_as_circumstance(verb)
    if clause is not None:
        return clause
    shared = _shared_with_conjunct(verb, subject, quotes) or _clause_above(verb)
    if shared is not None:
        return shared
    quote = adjacent_quote(quotes, verb)
    if quote:
        return doc[quote[0] + 1:quote[1] - 1]
    return _after_colon(verb, quotes)


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


def subordinated(clause: Token) -> bool:
    """A clause under "when", "as", "because", "after": when or why, not what was said (under
    "that" it is what was said, wherever the parser hung it)."""
    return any(c.dep_ == MARK and c.lower_ != "that" or c.tag_ == "WRB" for c in clause.children)


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


def quote_around(quotes: list[tuple[int, int]], token: Token) -> tuple[int, int] | None:
    for q in quotes:
        if q[0] < token.i < q[1]:
            return q
    return None


def adjacent_quote(quotes: list[tuple[int, int]], verb: Token) -> tuple[int, int] | None:
    """The quote of the verb's sentence nearest to it (a quote may have begun sentences before)."""
    sent = sentence_of(verb)
    near = [q for q in quotes if sent.start <= q[1] and q[0] < sent.end and not q[0] < verb.i < q[1]]
    if not near:
        return None
    return min(near, key=lambda q: min(abs(q[0] - verb.i), abs(q[1] - verb.i)))


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
