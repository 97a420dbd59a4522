"""The small model's name spans mended where it cuts or joins names wrongly: a long person's name
cut in two, a place's name that goes on after a particle ("Rio Grande do Sul"), an institution's
seat taken into its name, two organisations taken for one, regions listed before their plural
word taken for one name, a coordinated place left untagged."""
from __future__ import annotations

from spacy.tokens import Doc

from kg import lexicon
from kg.constants import COMPOUND, CONJ, POSS
from kg.name_words import span_at
from kg.gazetteer import Gazetteer
from kg.name_words import is_org_head, is_title_word
from kg.sentences import entity_spans, tokens_text
from kg.token_index import tokens_named


def mended(doc: Doc, gaz: Gazetteer) -> list:
    """The model's spans as (start, end, label), its wrong cuts and joins mended."""
    spans = _organizations_apart(doc, _persons_joined(doc, [(e.start, e.end, e.label_) for e in entity_spans(doc)]))
    return _regions_listed(doc, _located_apart(doc, _places_with_particles(doc, spans, gaz), gaz))


def _persons_joined(doc: Doc, spans: list) -> list:
    """"Samia Suluhu" + "Hassan", "Mirza Fakhrul" + "Islam Alamgir": the model cuts a long name
    into two names of persons written one after the other; two people's names are never written
    so (a list has commas, a sentence a verb), so they are one name ("Dr Kalwinder" + "Singh Khaira":
    a title opening the first). Not after a title ("Charlotte Mayor" + "Jennifer Roberts") nor in a
    headline's capitalised words ("... Rip" + "Donald Trump For")."""
    out: list = []
    for s in spans:
        if out and s[2] == "PERSON" and out[-1][2] == "PERSON" and out[-1][1] == s[0] \
                and doc[s[0] - 1].whitespace_ == " " and doc[s[0] - 1].is_title and doc[s[0]].is_title \
                and not is_title_word(doc[s[0] - 1]) and not all(is_title_word(t) for t in doc[out[-1][0]:s[0]]) \
                and not (s[1] < len(doc) and doc[s[1]].is_title and doc[s[1]].is_alpha):
            out[-1] = (out[-1][0], s[1], "PERSON")
            continue
        out.append(s)
    return out


def _places_with_particles(doc: Doc, spans: list, gaz: Gazetteer) -> list:
    """"Rio Grande" + "do Sul", "Mato Grosso" + "do Sul": a place's name goes on after a particle
    in lower case and the capitalised words after it (``name_particles``); a name the model gave
    another label goes on so when the whole is a region or city the gazetteer knows."""
    out: list = []
    taken_to = 0
    for start, end, label in spans:
        if start < taken_to:
            continue   # (a word the name before took in)
        if label not in ("GPE", "LOC") and end + 1 < len(doc) and doc[end].lower_ in lexicon.NAME_PARTICLES \
                and doc[end].is_lower and doc[end + 1].is_title:
            stop = end + 1
            while stop < len(doc) and stop - end <= 2 and doc[stop].is_title and doc[stop].is_alpha:
                stop += 1
            whole = tokens_text(doc, start, stop)
            if gaz.region(whole) or gaz.city(whole):   # "the state of Rio Grande do Sul" (tagged a people)
                label, end = "GPE", stop
                taken_to = stop
        if out and out[-1][1] == start - 1 and out[-1][2] in ("GPE", "LOC") \
                and doc[start - 1].lower_ in lexicon.NAME_PARTICLES and doc[start - 1].is_lower:
            out[-1] = (out[-1][0], end, out[-1][2])   # ("Rio Grande" + "do" + "Sul", which the model tagged)
            continue
        if label in ("GPE", "LOC") and end + 1 < len(doc) and doc[end].lower_ in lexicon.NAME_PARTICLES \
                and doc[end].is_lower and doc[end + 1].is_title and doc[end + 1].is_alpha \
                and not any(s[0] == end + 1 for s in spans):
            stop = end + 1
            while stop < len(doc) and stop - end <= 2 and doc[stop].is_title and doc[stop].is_alpha:
                stop += 1
            end = stop
        out.append((start, end, label))
    return out


def _located_apart(doc: Doc, spans: list, gaz: Gazetteer) -> list:
    """"the Court of Appeal in Colombo", "the Presidential Secretariat in Colombo": where an
    institution sits, which the model took into its name, is a place of its own (a city's
    name after "in"; not a mission's country: "the UN Mission in South Sudan")."""
    out = []
    for start, end, label in spans:
        cut = next((i for i in range(start + 2, end - 1) if doc[i].lower_ == "in"), None) if label in ("ORG", "FAC") else None
        if cut is not None and gaz.city(tokens_text(doc, cut + 1, end)) is not None \
                and not gaz.country(tokens_text(doc, cut + 1, end)):
            out += [(start, cut, label), (cut + 1, end, "GPE")]
        else:
            out.append((start, end, label))
    return out


def _organizations_apart(doc: Doc, spans: list) -> list:
    """"SoftBank Group and Uber Technologies": two organisations the model took for one name, when
    the words before "and" end as an organisation's name does and two capitalised words follow
    ("Food and Drug Administration", "Ministry of Trade and Industry" stay whole)."""
    ands = tokens_named(doc, ("and", "&"))
    if not ands:
        return spans
    out = []
    for start, end, label in spans:
        cut = next((i for i in ands if start + 2 <= i < end - 2), None) if label == "ORG" else None
        if cut is not None and is_org_head(doc[cut - 1]) and all(t.is_title or t.is_upper for t in doc[cut + 1:end]):
            out += [(start, cut, label), (cut + 1, end, label)]
        else:
            out.append((start, end, label))
    return out


def places_coordinated(doc: Doc, spans: list) -> list:
    """"the villages of Bushushu and Nyamukubi": a capitalised word the model left untagged,
    coordinated with a place it tagged, is a place too."""
    added = []
    for start, end, label in spans:
        if label not in ("GPE", "LOC"):
            continue
        head = doc[end - 1]
        for other in [c for c in head.children if c.dep_ == CONJ] + ([head.head] if head.dep_ == CONJ else []):
            if other.pos_ == "PROPN" and other.is_title and not other.ent_type_ and not other.is_sent_start \
                    and not is_title_word(other) and not is_org_head(other) \
                    and all(c.dep_ != COMPOUND for c in other.children):
                added.append((other.i, other.i + 1, "GPE"))
    return sorted(set(spans) | set(added)) if added else spans


def _regions_listed(doc: Doc, spans: list) -> list:
    """"Cameroon's Northwest and Southwest regions" (one organisation to the model), "the Bay and"
    + "Bakool regions": the names conjoined before a plural region word (``shared_region_words``)
    are each a place's, whatever spans the model gave them."""
    for i in tokens_named(doc, lexicon.SHARED_REGION_WORDS):
        word = doc[i]
        if word.lower_ not in lexicon.SHARED_REGION_WORDS:
            continue
        first = next((t for t in reversed(list(word.lefts)) if t.pos_ == "PROPN" and t.dep_ not in (COMPOUND, POSS)), None)
        names = [first, *(t for t in first.subtree if t.dep_ == CONJ and t.pos_ == "PROPN")] if first else []
        if len(names) < 2 or any(n.ent_type_ in ("NORP", "DATE") for n in names):
            continue   # one name before "regions" is no list; "Sunni and Shia areas" no places
        bounds = [(min((t.i for t in n.lefts if t.dep_ == COMPOUND and t.pos_ == "PROPN"), default=n.i), n.i + 1)
                  for n in names]
        if not all(doc[s:e].text.istitle() for s, e in bounds):
            continue
        start, end = bounds[0][0], bounds[-1][1]
        around = [x for x in spans if x[0] < end and start < x[1]]
        if any(x[0] < start and any(t.lower_ != "the" for t in doc[x[0]:start]) or x[1] > end for x in around) \
                or all(span_at(around, s) == (s, e, "GPE") for s, e in bounds):
            continue   # (a name that goes on beyond the list, or places already)
        spans = sorted([x for x in spans if x not in around] + [(s, e, "GPE") for s, e in bounds])
    return spans
