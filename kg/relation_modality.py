"""How a relation is put: negated ("did not send", "denied sending"), hypothetical, planned or
unconfirmed (by the words of the rule files' modality lists), and who claims it: a relation found
inside a statement's content is that speaker's claim ("Seoul says Pyongyang sent troops")."""
from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from kg import lexicon
from kg.constants import (
    ACL, ADVCL, ALL_SUBJECT_DEPS, AUX, CCOMP, CONJ, DET, GOVERNOR_STOP_DEPS, MARK, MODAL_DEPS, NEG,
    OPEN_COMPLEMENT_DEPS, OPRD, PREP, RELCL, THEME_HEDGE_DEPS)
from kg.relation_rules import RelationRules
from kg.schema import Modality, Relation, Statement, StatementKind



def governors(trigger: Token) -> list[Token]:
    """The trigger and the words that govern it, up to the verb of saying that reports it."""
    chain, node = [trigger], trigger
    for _ in range(4):
        # A subject's verb says what it does, not whether it is there: "the troops in
        # Russia have not engaged" still places them in Russia. A relative clause states its own
        # fact: "agreed to build barracks under an agreement it signed with Germany" was signed.
        # So does a reduced one: "the soldiers dispatched to Russia are believed to have moved" were sent.
        if node.head.i == node.i or node.dep_ in GOVERNOR_STOP_DEPS or node.dep_ == RELCL or _reduced_relative(node) or \
                node.head.lemma_.lower() in lexicon.VERB_KINDS or _own_past_clause(node):
            break
        node = node.head
        chain.append(node)
    return chain

def modality(rules: RelationRules, trigger: Token, theme: Token | None, occasion: Token | None = None) -> str:
    """The first of hypothetical, planned, unconfirmed the words around the trigger give, else asserted.
    ``occasion``: a verb the trigger is the occasion of ("signed ... after talks"), whose own word
    and governors do not count ("agreed to work toward a deal after talks" still met), its
    auxiliaries do ("could sign after talks")."""
    words = rules.modality
    found = set()
    chain = governors(trigger)
    at = [node.i for node in chain]
    if occasion is not None and occasion.i in at:
        chain = chain[:at.index(occasion.i) + 1]
    top = chain[-1]
    shared: list[Token] = []
    if top.dep_ == CONJ and top.pos_ == "VERB" and top.tag_ == top.head.tag_ and not any(
            c.dep_ in ALL_SUBJECT_DEPS or c.dep_ == AUX for c in top.children):
        # "Turkey will train officers and provide equipment", "plans to train and equip": a verb
        # joined to another of its form with no subject or auxiliary of its own shares that one's
        # auxiliaries and governors (not its word: "pledged 1.8 billion euros and delivered fuel" was
        # delivered; nor "agreed to double trade and signed agreements": "signed" is no infinitive)
        shared = [c for c in top.head.children if c.dep_ == AUX]
        chain += governors(top.head)[1:]
        top = chain[-1]
    if occasion is None and top.head.i != top.i and (
            top.dep_ in OPEN_COMPLEMENT_DEPS or (top.dep_ == PREP and top.lower_ == "by")
            or (top.dep_ == CCOMP and top.head.lemma_.lower() not in lexicon.VERB_KINDS
                and not _relative_clause(top.head) and not _finite_past(top))):
        # "pledged to deliver", "threatened to strike": a promise, not a report; "would respond by
        # expelling": the means of what it would do; "lets Japan send troops": a permission (not
        # "said Japan sent troops", a report; nor a past clause with its own subject the parser hung
        # on a later verb: "X and Y exchanged fire ..., as the UN called for a ceasefire")
        chain.append(top.head)
    for k, node in enumerate(chain):
        # a past verb the trigger only hangs on by a preposition says when or where, not whether:
        # "the truce, agreed on Monday at talks in Malaysia" (the talks were held)
        # (not a threat: "threatened Iran with sanctions" imposed none)
        adjunct = k > 0 and chain[k - 1].dep_ == PREP and node.tag_ in ("VBD", "VBN") \
            and node.lemma_.lower() not in rules.warning_verbs
        # a verb that names what it takes asks for nothing: "a move Beijing has *called* destabilising"
        adjunct = adjunct or (k > 0 and any(c.dep_ == OPRD for c in node.children))
        # a participle clause tells what was done with it, not what it intends: "agreed to deepen
        # ties, *signing* an agreement" signed it (its auxiliaries still count: "would travel, signing")
        adjunct = adjunct or (k > 0 and _participle_clause(chain[k - 1]))
        for w in [*([] if adjunct else [node]), *(c for c in node.children
                                                  if c.dep_ in MODAL_DEPS)]:
            for kind, listed in words.items():
                if (occasion is None or w.i != occasion.i) and (
                        w.lower_ in listed or (w is not trigger and w.lemma_.lower() in listed)
                        or _listed_pair(w, listed)):
                    found.add(kind)
    found |= {kind for w in shared for kind, listed in words.items() if w.lower_ in listed}
    if theme is not None:
        found |= {kind for c in theme.children if c.dep_ in THEME_HEDGE_DEPS
                  for kind, listed in words.items() if c.lower_ in listed}
    if double_negative(rules, trigger):
        found.add(Modality.HYPOTHETICAL.value)
    for kind in (Modality.HYPOTHETICAL, Modality.PLANNED, Modality.UNCONFIRMED):
        if kind.value in found:
            return kind.value
    return Modality.ASSERTED.value

def _reduced_relative(verb: Token) -> bool:
    """A past participle describing the noun before it ("the soldiers *dispatched* to Russia")."""
    return verb.dep_ == ACL and verb.tag_ == "VBN" and verb.head.i < verb.i


def _own_past_clause(verb: Token) -> bool:
    """A clause of time or reason in the past with its own subject, which states its own fact:
    "agreed to deepen cooperation, *as the two countries signed* agreements" (not what was agreed);
    its own "if" still counts ("would respond if Russia attacked")."""
    return verb.dep_ == ADVCL and any(c.dep_ == MARK for c in verb.children) and _finite_past(verb)


def _finite_past(verb: Token) -> bool:
    """A verb in the past tense with a subject of its own: a clause that states what happened."""
    return verb.tag_ == "VBD" and any(c.dep_ in ALL_SUBJECT_DEPS for c in verb.children)


def _relative_clause(verb: Token) -> bool:
    """A verb whose subject is a relative pronoun, a relative clause the parser made a sentence's
    root: "Nigeria and Morocco signed an agreement ..., a project *that would* eventually carry gas"
    (the signing does not depend on it)."""
    # (the model tags a relative "that" as a determiner too; a sentence's first word is no relative)
    return any(c.dep_ in ALL_SUBJECT_DEPS and (c.tag_ in ("WDT", "WP") or c.lower_ in ("that", "which"))
               and c.i > c.sent.start for c in verb.children)


def _participle_clause(verb: Token) -> bool:
    """An -ing clause set after its verb with no "to" or conjunction of its own: "..., signing an
    agreement" (not "before signing", "to sign")."""
    return verb.dep_ == ADVCL and verb.tag_ == "VBG" and verb.i > verb.head.i and not any(
        c.dep_ in (AUX, MARK) for c in verb.children)


def _listed_pair(word: Token, listed: frozenset[str]) -> bool:
    """A word of two listed as a pair, the second under the first: "close to" (signing), "verge
    of" (a deal); not "closed" (a deal) alone."""
    return any(f"{word.lower_} {c.lower_}" in listed for c in word.children)


def negated(rules: RelationRules, trigger: Token, theme: Token | None) -> bool:
    if theme is not None and any(c.dep_ == DET and c.lower_ == "no" for c in theme.children):
        return True   # "no troops were sent"
    governor = trigger.head.head if trigger.head.pos_ == "ADP" else trigger.head
    # only a complement is negated by its governor: not a subject ("the meeting failed to ...")
    if governor.lemma_.lower() in rules.negators and governor.i != trigger.i and not _negated_itself(governor) \
            and trigger.dep_ not in ALL_SUBJECT_DEPS and not any(c.dep_ in ALL_SUBJECT_DEPS for c in trigger.children):
        return True   # "denied sending troops", "refrained from sending", "refused to send"
    for node in governors(trigger):
        if node is not trigger and node.lemma_.lower() in rules.negators and _negated_itself(node):
            return False   # "did not rule out sending weapons": a possibility (see double_negative)
        if any(c.dep_ == NEG for c in node.children):
            return True
        if node is not trigger and node.lemma_.lower() in rules.negators \
                and not any(c.dep_ in ALL_SUBJECT_DEPS for c in trigger.children):
            return True   # "denied sending troops", "refused to send"
    return False


def double_negative(rules: RelationRules, trigger: Token) -> bool:
    """A negating verb that is negated itself leaves the relation possible: "did not rule out sending
    weapons to Ukraine", "would not refuse to send troops"."""
    return any(node is not trigger and node.lemma_.lower() in rules.negators and _negated_itself(node)
               for node in governors(trigger))


def _negated_itself(verb: Token) -> bool:
    return any(c.dep_ == NEG for c in verb.children)


def link_claims(relations: list[Relation], statements: list[Statement]) -> list[Relation]:
    """Tie each relation to the statements whose content states it ("Seoul says Pyongyang sent
    troops": South Korea's claim). One only ever disputed (denied, or not confirmed) is
    unconfirmed rather than asserted, unless the article states the same relation elsewhere as a
    fact (the denial then disputes that fact); a speculation about a relation the article states as
    a fact ("has deployed missiles to Luzon and is expected to send more") adds nothing to it."""
    claims_of = {r.id: [st for st in statements if st.content_start <= r.trigger_start < st.content_end]
                 for r in relations}
    facts = {_pair(r) for r in relations if r.modality == Modality.ASSERTED.value and not r.negated
             and not (claims_of[r.id] and r.title is None and all(disputes(st) for st in claims_of[r.id]))}
    out = []
    for r in relations:
        if r.modality != Modality.ASSERTED.value and not r.negated and _pair(r) in facts:
            continue
        claims = claims_of[r.id]
        if not claims or r.title is not None:   # a title is the writer's description, not a claim
            out.append(r)
            continue
        modality = r.modality
        # "denied sending troops" is already the negated relation; a bare denial leaves it unconfirmed
        if modality == Modality.ASSERTED.value and not r.negated and _pair(r) not in facts \
                and all(disputes(st) for st in claims):
            modality = Modality.UNCONFIRMED.value
        out.append(dataclasses.replace(r, claimed_by=[st.id for st in claims], modality=modality,
                                       hypothetical=modality != Modality.ASSERTED.value))
    return out


def _pair(relation: Relation) -> tuple[str, str, str]:
    return relation.type, relation.source, relation.target


def disputes(statement: Statement) -> bool:
    """A statement that rejects its content: a denial, or a refusal to confirm."""
    return (statement.kind == StatementKind.DENIED and not statement.negated) or (
        statement.kind == StatementKind.CONFIRMED and statement.negated)
