"""How a single verb of saying is read off the parse: its kind, whether it was negated, and whether a
statement was made at all. Its speaker is kg.attribution_subjects', what was said
kg.attribution_content's, whether it is nested in another report kg.attribution_nesting's.

News attributes speech in a handful of frames: "X said (that) ...", '"...," said X, a ...',
"X said: ..." followed by a quote, "X said ..., adding that ...", "... was first reported by X".
A verb of saying names a statement only when the text says it happened: not under a modal
("would say"), a plan ("plans to announce"), a condition ("if he confirms"), in a question, or
as work in progress ("is verifying").
"""
from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.constants import (
    ACL, ADVCL, ADVMOD, AGENT, AUX, AUXPASS, CC, CCOMP, CONJ, DOBJ, MARK, NEG, OPRD, PARTICLE_DEPS, PCOMP, POBJ,
    PRECONJ, PREP, SUBJECT_DEPS, XCOMP)
from kg.quotes import CLOSER, OPEN_QUOTES, QUOTE_MARKS
from kg.sentences import sentence_of, tokens
from kg.statement_context import DAY_LABELS


def kind_of(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma == "call":
        preps = {c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS and _particle_of(verb, c)}
        if preps & {"for", "on", "upon"} or for_clause(verb) is not None:
            return "called_for"
        if any(c.dep_ in (OPRD, CCOMP, XCOMP) for c in verb.children) or quote_after_object(verb) is not None:
            return "said"
        return None
    if lemma == "point":
        return "said" if any(c.lower_ == "out" for c in verb.children) else None
    return lexicon.VERB_KINDS.get(lemma)


def for_clause(verb: Token) -> Token | None:
    """"called for the platform to be suspended": the parser makes "for" the mark of an
    infinitive clause, not a particle of "call"."""
    for child in verb.children:
        if child.dep_ in (ADVCL, CCOMP, XCOMP) and child.i > verb.i and verb.doc[verb.i + 1].lower_ == "for" \
                and any(c.dep_ == MARK and c.i == verb.i + 1 for c in child.children):
            return child
    return None


def quote_after_object(verb: Token) -> int | None:
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
    if prep.lower_ in ("on", "upon") and any(c.ent_type_ in DAY_LABELS for c in prep.children):
        return False   # ("called for a national day of protest" is a call all the same)
    return all(t.pos_ == "ADV" or t.ent_type_ in DAY_LABELS or t.lower_ in ("on", "this", "last")
               for t in tokens(verb.doc, verb.i + 1, prep.i))


def is_trigger(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and kind_of(verb) is not None


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
    governor = preposition_governor(verb) if verb.dep_ == PCOMP else verb.head
    if verb.dep_ in (XCOMP, PCOMP) and governor.lemma_.lower() in lexicon.NEGATING_GOVERNORS:
        return not any(c.dep_ == NEG for c in governor.children)
    return False


def preposition_governor(verb: Token) -> Token:
    """The word a verb under a preposition depends on ("refrained from confirming": "refrained"),
    past an adverb the preposition hangs on ("stopped short of confirming": "stopped")."""
    governor = verb.head
    if governor.dep_ == PREP:
        governor = governor.head
        if governor.dep_ == ADVMOD and governor.pos_ == "ADV" and governor.head.pos_ in ("VERB", "AUX"):
            governor = governor.head
    return governor


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
    last = next((t for t in reversed(sentence_of(verb)) if not t.is_space and t.text not in QUOTE_MARKS), None)
    return last is not None and last.text == "?" and last.i not in quoted


def subordinated(clause: Token) -> bool:
    """A clause under "when", "as", "because", "after": when or why, not what was said (under
    "that" it is what was said, wherever the parser hung it)."""
    return any(c.dep_ == MARK and c.lower_ != "that" or c.tag_ == "WRB" for c in clause.children)
