"""Who a verb of saying has for its speaker's noun phrase: its own subject, or, where the parser
left it without one, the subject of the verb it is joined to or hangs under, the name set off
before it, or the noun phrase that closes the clause it follows.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.attribution import is_trigger, kind_of, negated, preposition_governor
from kg.constants import (
    ACL, ADVCL, APPOS, AUX, CC, CCOMP, COMPOUND, CONJ, DET, DOBJ, MARK, NPADVMOD, PARATAXIS, PCOMP, POSS, PRECONJ, PREP,
    RELCL, SUBJECT_DEPS, XCOMP)


def subject_of(verb: Token, quoted: set[int] | frozenset = frozenset()) -> Token | None:
    """The verb's subject; in ``"The solution: ...," he said`` the one outside the quote. A verb
    coordinated with, or hanging as a participle or infinitive under, another takes its subject."""
    if own_refusal(verb):
        return subject_of(verb.head, quoted)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    outside = [c for c in subjects if c.i not in quoted]
    if len(outside) > 1 and (outside[1].i == outside[0].i + 1 or _name_after_title(outside[0], outside[1])):
        return outside[1]   # "the state weather bureau PAGASA said": the name the parser split off
    if outside:
        return _closing_apposition(outside[0], verb) or outside[0]
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
    if verb.dep_ == ADVCL and not any(c.dep_ == MARK for c in verb.children) and is_trigger(verb):
        closing = _phrase_closing_clause(verb)   # "... to Russia, South Korea's spy agency said on
        if closing is not None:                  # Friday": the parser hung the speaker on "Russia"
            return closing
    if verb.dep_ in (XCOMP, PCOMP, ADVCL) and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head, quoted)
    if verb.dep_ == PCOMP and verb.head.dep_ == PREP:
        return subject_of(preposition_governor(verb), quoted)
    if verb.dep_ == ACL and verb.tag_ == "VBD" and (verb.head.dep_ in SUBJECT_DEPS or verb.head.dep_ == "ROOT"):
        return verb.head   # "Jordan's foreign minister, X, called on Wednesday for ...": a finite
        # verb the parser hung on its own subject (even made the sentence's root) as a clause
    if verb.dep_ == ACL and verb.tag_ == "VBG":
        # "issued a statement saying ...": whoever issued it; "officials saying": the officials
        if verb.head.lemma_.lower() in lexicon.DOCUMENT_NOUNS and verb.head.dep_ == DOBJ:
            return subject_of(verb.head.head, quoted) or verb.head
        return verb.head
    return _speaker_after_and(verb) or _stranded_subject(verb)


def _stranded_subject(verb: Token) -> Token | None:
    """"Hours earlier in Seoul, South Korea's spy agency told MPs ...": a verb left with no subject
    right after a noun phrase set off by a comma that the parser hung as an apposition on the
    place before it; that phrase is its subject."""
    if verb.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            or not any(c.dep_ in (CCOMP, DOBJ) and c.i > verb.i for c in verb.children):
        return None   # ("..., a charge Abu Dhabi denies.": a clause on the noun before, nothing said after it)
    phrase = verb.doc[verb.i - 1]
    while phrase.head.i < verb.i and phrase.head.right_edge.i == verb.i - 1 and phrase.dep_ != APPOS \
            and phrase.head.i != phrase.i:
        phrase = phrase.head
    if phrase.dep_ != APPOS or phrase.pos_ not in ("NOUN", "PROPN") or phrase.left_edge.i == 0:
        return None
    return phrase if verb.doc[phrase.left_edge.i - 1].text == "," else None


def _name_after_title(role: Token, name: Token) -> bool:
    """"Hellenic Navy spokesman Capt. Dimitrios Kyriakou said": a name the parser made a second
    subject, after the role and an abbreviated title it hung on the role."""
    between = role.doc[role.i + 1:name.left_edge.i]
    return name.pos_ == "PROPN" and 0 < len(between) <= 2 and all(t.head.i == role.i for t in between)


def _closing_apposition(subject: Token, verb: Token) -> Token | None:
    """"... east of the Imia islets, known in Turkey as Kardak, the Hellenic Coast Guard said": a
    noun phrase after a comma that runs up to the verb with no comma of its own is the verb's
    subject, though the parser made it an apposition of the name before ("Kim, the minister,
    said" closes its apposition with a comma)."""
    for child in subject.children:
        if child.dep_ == APPOS and child.i > subject.i and child.right_edge.i == verb.i - 1 \
                and not verb.doc[verb.i - 1].is_punct and verb.doc[child.left_edge.i - 1].text == ",":
            return child
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
    end = verb.i - 1
    if doc[end].text == ")":   # "..., the National Intelligence Service (NIS) said": the name before its acronym
        end = next((i - 1 for i in range(end - 1, max(end - 4, 0), -1) if doc[i].text == "("), end)
    phrase = doc[end]
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
    if first.dep_ == CCOMP and is_trigger(first.head) and _tense_breaks(first, verb):
        return first.head   # "said Bogota would recognise the result and warned against ...": the
        # clause under "would" does not go on in the simple past; the frame's speaker does
    if is_trigger(first):
        return None
    if first.dep_ == CCOMP and is_trigger(first.head):
        # ("Guterres was concerned and urged ..., his spokesman said": under a frame that only
        # relays, a named subject of the first verb speaks for itself)
        return None if relayed(first.head) and _named_subject(first) else first.head
    return _lifted_from_deep(verb, first)


def _tense_breaks(first: Token, second: Token) -> bool:
    """A verb in the simple past joined to one under a modal ("would recognise ... and warned"):
    not the same clause's second verb."""
    return second.tag_ == "VBD" and any(c.dep_ == AUX and c.tag_ == "MD" for c in first.children)


def _named_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
               for c in verb.children)


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


def two_frames_nested(verb: Token, later: Token) -> bool:
    """"The department said on Tuesday it was ready, and the EU's envoy, X, said Brussels was
    ...": two statements joined by ", and", which the parser nested, making the first what the
    second verb says and leaving that verb without a subject of its own."""
    if later.i < verb.i or not is_trigger(later) or any(c.dep_ in SUBJECT_DEPS for c in later.children) \
            or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    doc = verb.doc
    return any(doc[i].dep_ == CC and doc[i].lower_ in ("and", "but") and doc[i - 1].text == ","
               for i in range(verb.i + 1, later.i))


def _speaker_after_and(verb: Token) -> Token | None:
    """The speaker of the second of two statements the parser nested (``two_frames_nested``): the
    noun phrase right before the verb, which the parser hung on the first statement."""
    nested = next((c for c in verb.children if c.dep_ == CCOMP and c.i < verb.i), None)
    if nested is None or not two_frames_nested(nested, verb):
        return None
    doc = verb.doc
    i = verb.i - 1
    while i > nested.i and doc[i].is_punct:
        i -= 1
    phrase = doc[i]
    while phrase.dep_ in (APPOS, COMPOUND) and nested.i < phrase.head.i < phrase.i:
        phrase = phrase.head
    return phrase if phrase.pos_ in ("NOUN", "PROPN") and phrase.i > nested.i else None


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
