"""Relations between entities read off the parse: troop deployments and signed treaties.

DEPLOYED_TO links the country whose troops are sent (or stand) somewhere to that country or
place: "North Korea has sent 10,000 troops to Russia", "the deployment of North Korean troops to
Russia", "North Korean soldiers were already in Russia's Kursk region". Speculation ("is likely
to deploy", "possibly sending", "the possibility of ... sending") is kept but marked hypothetical.
"""
from __future__ import annotations

import hashlib
import re

from spacy.tokens import Doc, Token

from datetime import date

from kg import lexicon
from kg.dates import is_day_expression, resolve_day
from kg.entities import DocEntities
from kg.schema import Relation

_PLACE_PREPS = ("to", "in", "into", "inside", "near")
_OPPONENT_PREPS = ("against", "with", "by")


def _relation_id(doc_id: str, type_: str, source: str, target: str, start: int) -> str:
    return "rel:" + hashlib.sha1(f"{doc_id}|{type_}|{source}|{target}|{start}".encode()).hexdigest()[:16]


def _kind_of(eid: str | None) -> str:
    return eid.split(":")[0] if eid else ""


class RelationFinder:
    def find(self, doc: Doc, ents: DocEntities, sentence_of: dict[int, int], doc_id: str,
             published: str | None = None) -> list[Relation]:
        self._published = date.fromisoformat(published) if published else None
        relations: list[Relation] = []
        last_owner: str | None = None
        for sent in doc.sents:
            for token in sent:
                lemma = token.lemma_.lower()
                if token.pos_ in ("VERB",) and lemma in lexicon.DEPLOY_VERBS:
                    relations += self._deploy_verb(token, ents, sentence_of, doc_id, last_owner)
                elif token.pos_ == "NOUN" and lemma in lexicon.DEPLOY_NOUNS:
                    relations += self._deploy_noun(token, ents, sentence_of, doc_id, last_owner)
                    owner = self._owner(token, ents)
                    last_owner = owner or last_owner
                elif token.lower_ in lexicon.TROOP_WORDS and token.pos_ == "NOUN":
                    owner = self._owner(token, ents)
                    # The forces fought against ("clashed with Ukrainian forces") are not whom a
                    # later "the troops" means.
                    if owner and not _opposed(token):
                        last_owner = owner
                    relations += self._presence(token, ents, sentence_of, doc_id, owner or last_owner)
                elif lemma == "sign":
                    relations += self._treaty(token, ents, sentence_of, doc_id)
        return _dedupe(relations)

    # -- pieces ----------------------------------------------------------------------------
    def _owner(self, troops: Token, ents: DocEntities) -> str | None:
        """The country the troops belong to: "North Korean troops", "Pyongyang's troops"."""
        for child in troops.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                for t in child.subtree:
                    eid = ents.at(t)
                    if _kind_of(eid) == "country":
                        return eid
        for t in troops.subtree:
            if t.lower_ in lexicon.TROOP_WORDS and t.i != troops.i:
                return self._owner(t, ents)
        return None

    def _targets(self, head: Token, ents: DocEntities) -> list[str]:
        """Countries and places named by the place-prepositions under a word: the object itself
        ("to Russia", "in Ussuriysk and Khabarovsk"), its name parts ("Russia's Kursk region"),
        and what it is of, in or near ("a portion of Kursk region in Russia")."""
        tokens: list[Token] = []
        # "a part of the Kufra district": of a place noun, "of" names the place too.
        place_of = _is_place_noun(head)
        for prep in head.children:
            if prep.dep_ not in ("prep", "dative") or (
                    prep.lower_ not in _PLACE_PREPS and not (place_of and prep.lower_ == "of")):
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for obj in [pobj, *pobj.conjuncts]:
                    tokens.append(obj)
                    # What modifies the object locates only if the object is a place: "in Russia's
                    # Kursk region" is in Russia, "in Russia's war against Ukraine" need not be.
                    if ents.at(obj) is None and not _is_place_noun(obj):
                        continue
                    for child in obj.children:
                        if child.dep_ in ("compound", "poss", "nmod", "amod"):
                            tokens.extend(child.subtree)
                        elif child.dep_ == "prep" and child.lower_ in ("of", "in", "near"):
                            for inner in (c for c in child.children if c.dep_ == "pobj"):
                                tokens.extend(inner.subtree)
        out: list[str] = []
        for t in tokens:
            eid = ents.at(t)
            if _kind_of(eid) in ("country", "place") and eid not in out:
                out.append(eid)
        return out

    def _day(self, sent) -> tuple[str | None, str | None]:
        """The day the sentence gives ("on Monday"), resolved against publication; else none."""
        for ent in sent.ents:
            if ent.label_ == "DATE" and is_day_expression(ent.text):
                return resolve_day(ent.text, self._published), ent.text
        return None, None

    def _hypothetical(self, token: Token) -> bool:
        node: Token | None = token
        steps = 0
        while node is not None and steps < 4:
            for c in node.children:
                if c.dep_ in ("aux", "advmod", "acomp", "neg") and c.lower_ in lexicon.HEDGES:
                    return True
            if node.lower_ in lexicon.HEDGES or node.lemma_.lower() in lexicon.HEDGES:
                return True
            if node.head.i == node.i:
                break
            node = node.head
            steps += 1
        return False

    def _negated(self, token: Token) -> bool:
        return any(c.dep_ == "neg" for c in token.children)

    def _make(self, doc_id, source, targets, token: Token, sentence_of, hypothetical, troops=None):
        out = []
        sent = token.sent
        day, day_text = self._day(sent)
        for target in targets:
            if target == source:
                continue
            out.append(Relation(
                date=day, date_text=day_text,
                id=_relation_id(doc_id, "DEPLOYED_TO", source, target, token.idx), type="DEPLOYED_TO",
                source=source, target=target, sentence=sentence_of.get(token.i, 0),
                start=sent.start_char, end=sent.end_char, text=sent.text.strip(),
                hypothetical=hypothetical, troops=troops,
            ))
        return out

    def _deploy_verb(self, verb, ents, sentence_of, doc_id, last_owner):
        if self._negated(verb):
            return []
        troops = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                       and (c.lower_ in lexicon.TROOP_WORDS or any(t.lower_ in lexicon.TROOP_WORDS for t in c.subtree)
                            or c.lower_ in ("them", "some"))), None)
        if troops is None:
            return []
        source = self._owner(troops, ents)
        if source is None:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and _kind_of(ents.at(subj)) == "country":
                source = ents.at(subj)
        source = source or last_owner
        if source is None:
            return []
        targets = self._targets(verb, ents)
        if any(c.lower_ == "where" for c in verb.children) and verb.dep_ == "relcl":
            eid = ents.at(verb.head)
            if _kind_of(eid) in ("country", "place"):
                targets.append(eid)
        return self._make(doc_id, source, targets, verb, sentence_of, self._hypothetical(verb),
                          _troop_count(troops))

    def _deploy_noun(self, noun, ents, sentence_of, doc_id, last_owner):
        source = None
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "poss"):
                eid = ents.at(child) or next((ents.at(t) for t in child.subtree if ents.at(t)), None)
                if _kind_of(eid) == "country":
                    source = eid
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.lower_ in lexicon.TROOP_WORDS or any(t.lower_ in lexicon.TROOP_WORDS for t in pobj.subtree):
                        troops = pobj if pobj.lower_ in lexicon.TROOP_WORDS else next(
                            t for t in pobj.subtree if t.lower_ in lexicon.TROOP_WORDS)
                        source = source or self._owner(troops, ents)
        if source is None and any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in noun.children):
            source = last_owner   # "their presence in the Kursk region"
        if source is None:
            return []
        targets = self._targets(noun, ents)
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    targets += [t for t in self._targets(pobj, ents) if t not in targets]
        return self._make(doc_id, source, targets, noun, sentence_of, self._hypothetical(noun))

    def _presence(self, troops, ents, sentence_of, doc_id, owner):
        if owner is None:
            return []
        if _opposed(troops):
            return []
        targets = self._targets(troops, ents)
        head = troops.head
        if troops.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in lexicon.PRESENCE_VERBS:
            if not self._negated(head):
                targets += [t for t in self._targets(head, ents) if t not in targets]
                if head.lemma_.lower() == "occupy":
                    for obj in (c for c in head.children if c.dep_ == "dobj"):
                        targets += [t for t in self._targets(obj, ents) if t not in targets]
        for acl in (c for c in troops.children if c.dep_ == "acl"):
            targets += [t for t in self._targets(acl, ents) if t not in targets]
        if not targets:
            return []
        return self._make(doc_id, owner, targets, troops, sentence_of, self._hypothetical(troops),
                          _troop_count(troops))

    def _treaty(self, verb, ents, sentence_of, doc_id):
        if not any(c.dep_ == "dobj" and (c.lemma_.lower() in lexicon.TREATY_WORDS) for c in verb.children):
            return []
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return []
        parties = []
        for h in [subj, *subj.conjuncts]:
            eid = ents.at(h)
            if _kind_of(eid) in ("country", "person", "organization") and eid not in parties:
                parties.append(eid)
        out = []
        sent = verb.sent
        for other in parties[1:]:
            a, b = sorted((parties[0], other))
            out.append(Relation(
                id=_relation_id(doc_id, "SIGNED_TREATY_WITH", a, b, verb.idx), type="SIGNED_TREATY_WITH",
                source=a, target=b, sentence=sentence_of.get(verb.i, 0), start=sent.start_char,
                end=sent.end_char, text=sent.text.strip(),
            ))
        return out


def _is_place_noun(token: Token) -> bool:
    return token.lower_ in lexicon.PLACE_NOUNS or token.lemma_.lower() in lexicon.PLACE_NOUNS


def _opposed(troops: Token) -> bool:
    """Troops named as the other side: "clashed with Ukrainian forces", "attacks against them"."""
    return troops.dep_ == "pobj" and troops.head.lower_ in _OPPONENT_PREPS


def _troop_count(troops: Token) -> int | None:
    for t in troops.subtree:
        if t.like_num and t.i < troops.i + 1:
            digits = re.sub(r"[^\d.]", "", t.text)
            try:
                value = float(digits)
            except ValueError:
                continue
            nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
            if nxt is not None and nxt.lower_ == "million":
                value *= 1_000_000
            return int(value)
    return None


def _dedupe(relations: list[Relation]) -> list[Relation]:
    seen = set()
    out = []
    for r in relations:
        key = (r.type, r.source, r.target, r.hypothetical, r.sentence)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
