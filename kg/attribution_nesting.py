"""Whether a verb of saying makes a statement of its own or is part of what another speaker said:
reported speech inside another attribution is the outer speaker's claim, except under an
outlet's report, a participle adding the same speaker's act, the writer's timeline and asides,
and a frame that only relays.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.attribution import is_trigger, kind_of, subordinated
from kg.attribution_subjects import lifted_conjunct, own_refusal, relayed, two_frames_nested
from kg.constants import (
    ADVCL, APPOS, CCOMP, CONJ, DATIVE, DOBJ, MARK, NPADVMOD, PREP, RELCL, SUBJECT_DEPS, XCOMP)


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
    if lemma in lexicon.TELLING_PARTICIPLES and verb.head.i < verb.i \
            and kind_of(verb.head) not in (None, "said", "reported") \
            and any(c.dep_ == CCOMP for c in verb.children):
        return True   # "confirmed that the ships had been deployed, saying they would stay ...",
        # "criticized the decision, telling reporters that ...", "dismissed the accusation, writing on
        # X that ...": what it said besides what it confirmed (after "said", "saying" only goes on with it)
    return lemma in lexicon.ADDING_VERBS or kind_of(verb) not in ("said", "reported")


def embedded(verb: Token, outlet_verbs: set[int], quoted: set[int]) -> bool:
    """Reported speech inside another attribution is the outer speaker's claim, except under an
    outlet's "X reported", which vouches for the statements it carries, and except a participle
    that adds an act of the same speaker. A verb inside a quote is never the frame of the
    attribution outside it."""
    if adds_act(verb) or lifted_conjunct(verb) is not None or timeline_count(verb) is not None \
            or own_refusal(verb) or restating_aside(verb):
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
        if child is verb and edge == CCOMP and (two_frames_nested(verb, node) or _second_frame(verb, node)):
            return False
        if is_trigger(node) and edge != CONJ and edge not in SUBJECT_DEPS and node.i not in outlet_verbs \
                and not act_only(node):   # (a verb in the frame's subject is no part of what it says)
            return not relayed(node)
    return False


def _second_frame(verb: Token, first: Token) -> bool:
    """"Network Rail said on Wednesday that it would run fewer trains, and the Rail Delivery Group
    warned that ...": a second statement with a speaker of its own after ", and", which the parser
    hung under the first as part of what it says."""
    if first.i > verb.i or not is_trigger(first):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subject is None or subject.pos_ == "PRON":
        return False   # ("X said prices rose, and it warned ..." is left to the parse)
    doc, start = verb.doc, subject.left_edge.i
    return start >= 2 and doc[start - 1].lower_ in ("and", "but", "while") and doc[start - 2].text == ","


def restating_aside(verb: Token) -> bool:
    """"..., a claim the police flatly denied", "..., a figure the government did not confirm": a
    verb of saying in a relative clause on a noun set off by a comma beside the clause before it
    (the parser makes it an apposition or a modifier), the noun its object: the writer's aside on what another speaker made of that clause."""
    noun = verb.head   # (a verb of saying only with a clause does not restate one: "a ruling X is appealing")
    return verb.dep_ == RELCL and noun.dep_ in (APPOS, NPADVMOD) and noun.left_edge.i > 0 \
        and verb.lemma_.lower() not in lexicon.CLAUSE_ONLY_VERBS \
        and verb.doc[noun.left_edge.i - 1].text == "," \
        and not any(c.dep_ in (DOBJ, CCOMP, XCOMP, PREP, DATIVE) for c in verb.children)


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


def act_only(verb: Token) -> bool:
    """"attacked them for accepting his donations, which he said ...": a verb of saying only with a
    clause ("accept", "write") that has none is an act, not the frame of what hangs below it."""
    return verb.lemma_.lower() in lexicon.CLAUSE_ONLY_VERBS and not any(c.dep_ == CCOMP for c in verb.children)
