"""The records a relation finder makes of what it read: the pairs of sides, the modality and
negation of the trigger (``kg.relation_modality``), the troops counted and their unit, the day,
an id stable across runs; and one record of a relation a sentence gives twice."""
from __future__ import annotations

import hashlib

from spacy.tokens import Token

from kg import relation_modality, relation_role_context
from kg.constants import POBJ, PREP
from kg.relation_arguments import more_of_named
from kg.relation_context import DocContext
from kg.relation_rules import RelationRule, RelationRules
from kg.relation_words import count, type_of, unit
from kg.schema import EntityType, Modality, Relation
from kg.sentences import sentence_of, span_text

__all__ = ["RecordMaking", "dedupe", "relation_id"]

_PLACE = frozenset((EntityType.PLACE,))


def relation_id(doc_id: str, type_: str, source: str, target: str, start: int) -> str:
    return "rel:" + hashlib.sha1(f"{doc_id}|{type_}|{source}|{target}|{start}".encode()).hexdigest()[:16]


class RecordMaking:
    """Makes relation records for a finder (kg.relations.RelationFinder) over its ``rules``."""

    rules: RelationRules

    def _make(self, ctx: DocContext, rule: RelationRule, trigger: Token, sources: list[str], targets: list[str],
              doc_id: str, theme: Token | None, modality_check: bool = True,
              occasion: Token | None = None) -> list[Relation]:
        """The relation records; ``occasion``: the verb whose subjects a meeting noun took as its
        sides ("signed ... after talks"), which says nothing of whether the meeting happened."""
        # "Drones struck the port": what the attack was made with is no side
        sources = [s for s in dict.fromkeys(sources) if s and ctx.names.get(s, "").lower() not in rule.instruments]
        targets = [t for t in dict.fromkeys(targets) if t]
        sources, targets = ctx.complete(rule, trigger, sources, targets, theme)
        if not targets and sources and theme is not None and ctx.last_receivers.get(rule.name) \
                and any(w.lower_ in rule.carried_themes for w in theme.subtree):
            # "Donor governments pledged $1.1 billion for Somalia ... The EU pledged 180 million euros": to Somalia
            # (who, not where: not "the towns of Tibu and Teorama" the army sent brigades to)
            targets = [t for t in ctx.last_receivers[rule.name] if t not in sources and not ctx.fits(t, _PLACE)]
        elif not targets and sources and theme is not None and ctx.last_receivers.get(rule.name) and more_of_named(theme) \
                and not _names_where(trigger, theme, rule):
            # "Jamaica is expected to send another 60 troops", "Berlin has delivered four of the systems",
            # "Norway will transfer its remaining jets": more of what went to the last one named (not when
            # the text names where, but no name: "deployed 1,500 additional soldiers to the border")
            targets = [t for t in ctx.last_receivers[rule.name] if t not in sources]
        if not rule.symmetric:
            if theme is None and sources and targets:   # (kg.relation_context.DocContext.complete keeps a themed one's)
                ctx.whole[rule.name] = (trigger.i, targets, sources)
            ctx.senders.setdefault(rule.name, set()).update(sources)
            ctx.receivers.setdefault(rule.name, set()).update(targets)
            if targets:
                ctx.last_receivers[rule.name] = targets
        if not sources and targets and theme is not None and rule.home_source and ctx.home and all(
                ctx.fits(t, _PLACE) and ctx.country_of(t) == ctx.home for t in targets):
            sources = [ctx.home]   # "QUITO - Troops were deployed to Guayaquil": Ecuador's
        if not rule.titles:   # "the US State Department imposed sanctions": the United States did
            sources = list(dict.fromkeys(self._state_country(ctx, s) for s in sources))
            if rule.symmetric:
                targets = list(dict.fromkeys(self._state_country(ctx, t) for t in targets))
        if not targets and sources and theme is not None and ctx.home and ctx.home not in sources \
                and any(w.lower_ in rule.home_themes for w in theme.subtree):
            targets = [ctx.home]   # "COX'S BAZAR, Bangladesh - Japan said it would provide $3 million in aid"
        if rule.place_country and any(type_of(s) == EntityType.COUNTRY for s in sources):
            # "Ukraine struck the refinery in Saratov", "Rwanda keeps troops in Cabo Delgado": a country
            # acting in another's city or region acts in that country too, when the text names it
            # (not a rebel group in its own country: "M23 seized Bukavu")
            targets += [c for t in targets if ctx.fits(t, _PLACE) for c in [ctx.country_of(t)]
                        if c and c not in targets]
        pairs = [(s, t) for s in sources for t in targets if s != t]
        ctx.in_use.update(e for pair in pairs for e in pair)
        if rule.symmetric and not targets:
            pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]]
        if not pairs:
            return []
        sent = sentence_of(trigger)
        day, day_text = ctx.day_of(sent)
        negated = relation_modality.negated(self.rules, trigger, theme) if modality_check else False
        modality = relation_modality.modality(self.rules, trigger, theme, occasion) if modality_check \
            else Modality.ASSERTED.value
        number = count(theme) if theme is not None and "troops" in rule.attributes else None
        what = unit(theme, ctx, rule.theme) if theme is not None and "unit" in rule.attributes else None
        out = []
        for source, target in pairs:
            if rule.symmetric:
                source, target = sorted((source, target))
            out.append(Relation(
                id=relation_id(doc_id, rule.name, source, target, trigger.idx), type=rule.name,
                source=source, target=target, sentence=ctx.sentence_of.get(trigger.i, 0),
                start=sent.start_char, end=sent.end_char, text=span_text(sent).strip(),
                hypothetical=modality != Modality.ASSERTED.value, modality=modality, negated=negated,
                troops=number, unit=what, date=day, date_text=day_text,
                trigger=trigger.text, trigger_start=trigger.idx))
        if theme is not None and not rule.symmetric:   # "the troops" later means the side that sent these
            ctx.theme_owner[rule.name] = (trigger.i, sources[0])
        return out

    def _state_country(self, ctx: DocContext, eid: str) -> str:
        """The country whose state body an organisation is, by its name ("US State Department",
        "Turkish Defence Ministry"), if the text names it; a legislature named by no country is the
        dateline's ("the National Assembly approved the agreement" under YEREVAN); else the organisation."""
        country = relation_role_context.government_country(ctx, eid, self.rules.state_bodies)
        if country is None and ctx.home and relation_role_context.bare_state_body(ctx, eid, self.rules.legislatures):
            country = ctx.home
        return country or eid


def dedupe(relations: list[Relation]) -> list[Relation]:
    seen = set()
    out = []
    for r in relations:
        key = (r.type, r.source, r.target, r.modality, r.negated, r.sentence)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _names_where(trigger: Token, theme: Token, rule: RelationRule) -> bool:
    """A target preposition under the trigger or its theme that names a place, if not by a name
    ("to the border"; not a time: "in the coming weeks")."""
    return any(c.dep_ == PREP and c.lower_ in rule.target_preps and any(
        p.dep_ == POBJ and p.ent_type_ not in ("DATE", "TIME") for p in c.children)
        for c in (*trigger.children, *theme.children))
