"""Name spans made whole and clean before entities are typed: names that contain a country
("Reserve Bank of Australia", "South China Sea", "New Jersey"), after the model's own cuts and
joins are mended (kg.name_spans_mended) and before organisations' names are completed
(kg.name_spans_organizations). Acronyms an article defines are kg.name_acronyms'."""
from __future__ import annotations

from spacy.tokens import Doc

from kg import lexicon
from kg.gazetteer import DIRECTIONS, Gazetteer, fold
from kg.name_spans_mended import mended, places_coordinated
from kg.name_spans_organizations import organization_names
from kg.name_words import (is_acronym, is_feature, is_org_head, is_plural_org_head, is_title_word, name_rest,
                           national_branch, span_at)
from kg.sentences import token_list, tokens_text


def name_spans(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """The model's spans as (start, end, label), with names that contain a country made whole
    again (no Span made: kg.entity_types reads their bounds and labels only): the country ruler
    labels "Australia" before the model runs, so the model cuts "Reserve Bank of" + "Australia",
    "South" + "China" + "Sea", "U.S." + "Geological Survey"."""
    spans = mended(doc, gaz)
    k = 0
    while k < len(spans):
        start, end, label = spans[k]
        # (only the names of countries and peoples are completed: no other span's text is read)
        text = tokens_text(doc, start, end) if label in ("GPE", "NORP", "LOC") else ""
        joined = _country_joined_before(doc, spans, k) if label == "GPE" and gaz.country(text) else None
        if joined is not None:
            dropped, first, new_label = joined
            spans = [s for s in spans if s != dropped]
            k = spans.index((start, end, label))
            spans[k] = (first, end, new_label)
            k += 1
            continue
        if label in ("GPE", "NORP", "LOC") and (gaz.country(text) or gaz.demonym(text)):
            whole = _name_around_a_country(doc, spans, k, gaz)
            if whole is not None:
                new_start, new_end, new_label = whole
                spans = [s for s in spans if s[1] <= new_start or s[0] >= new_end] + [(new_start, new_end, new_label)]
                spans.sort()
                k = 0
                continue
        k += 1
    return organization_names(doc, places_coordinated(doc, spans))


def _country_joined_before(doc: Doc, spans: list, k: int) -> tuple[tuple | None, int, str] | None:
    """A country's name that ends a name whose words come before it: the span it absorbs (or
    None), where the joined name starts, and its label."""
    start, end, label = spans[k]
    if start > 0 and doc[start - 1].lower_ in lexicon.SPORT_WORDS \
            and doc[start - 1].is_title and span_at(spans, start - 1) in (None, (start - 1, start, "ORG")):
        # "Athletics Kenya", "Cricket Australia": a country's governing body of a sport
        return (start - 1, start, "ORG"), start - 1, "ORG"
    if start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha \
            and not is_acronym(doc[start - 1]) and fold(doc[start - 1].text) in lexicon.ORGANIZATION_NAMES \
            and span_at(spans, start - 1) in (None, (start - 1, start, "ORG")):
        # "Greenpeace Canada", "Unicef Nigeria": a known organisation's office in a country (not
        # an acronym before a country: "EU Russia sanctions", "the UN Syria envoy")
        return (start - 1, start, "ORG"), start - 1, "ORG"
    institution = _institution_with_its_country_last(doc, spans, k)
    if institution is not None:
        return institution
    if _surname_after_title(doc, spans, k):
        # "Police Chief Chuck" + "Jordan": a given name after a title, then the country's name
        return (start - 1, start, "PERSON"), start - 1, "PERSON"
    return None


def _institution_with_its_country_last(doc: Doc, spans: list, k: int) -> tuple[tuple | None, int, str] | None:
    """"Border Guard Bangladesh", "Securities Commission Malaysia": an institution named with its
    country last (not a known one before a country: "the African Union Sudan mission")."""
    start, end, label = spans[k]
    # (the span before is looked for only here: a scan of the spans, made for every span)
    if start > 1 and is_org_head(doc[start - 1]) \
            and not doc[start - 1].is_sent_start and (end == len(doc) or doc[end].pos_ != "PROPN") \
            and ((before := span_at(spans, start - 1)) is None or before[1:] == (start, "ORG")
                 and fold(tokens_text(doc, before[0], start)) not in lexicon.ORGANIZATION_NAMES):
        first = before[0] if before is not None else start - 1
        while before is None and first > 0 and doc[first - 1].is_title and doc[first - 1].is_alpha \
                and not doc[first].is_sent_start and span_at(spans, first - 1) is None \
                and not is_title_word(doc[first - 1]):
            first -= 1
        return before, first, "ORG"
    return None


def _name_around_a_country(doc: Doc, spans: list, k: int, gaz: Gazetteer) -> tuple[int, int, str] | None:
    """A name with a country's name or a people's inside it ("Reserve Bank of" + "Australia",
    "South" + "China" + "Sea"): the whole name's start, end and label, from the name before or
    after the country and the words that finish it."""
    start, end, label = spans[k]
    left = _name_before(doc, spans, k) or _known_place_before(doc, spans, k, gaz)
    right = _name_after(doc, spans, k, gaz)
    if not (left or right):
        return None
    new_start, new_end = (left or (start, label))[0], (right or (end, label))[0]
    if left and not right and left[1] == "ORG":
        new_end = name_rest(doc, spans, new_end, titles=label == "NORP")
    new_label = right[1] if right else left[1]
    before = span_at(spans, new_start - 1) if new_start > 0 else None
    if new_label == "LOC" and before is not None and before[1] == new_start \
            and all(t.lower_ == "the" or t.lower_ in DIRECTIONS for t in doc[before[0]:before[1]]):
        new_start = before[0]   # "the South" + "China Sea"
    elif new_label == "ORG" and before is not None and before[1] == new_start and before[2] == "ORG" \
            and all(t.lower_ == "the" or (t.is_title and t.is_alpha) for t in doc[before[0]:before[1]]):
        new_start = before[0]   # "the Royal" + "Dutch Football Association"
    elif new_label == "ORG" and before is None and new_start > 0 and doc[new_start - 1].is_title \
            and doc[new_start - 1].pos_ == "PROPN" and not doc[new_start - 1].is_sent_start \
            and not is_title_word(doc[new_start - 1]):
        new_start -= 1   # "a Royal" + "Australian Air Force" plane
    return new_start, new_end, new_label


def _known_place_before(doc: Doc, spans: list, k: int, gaz: Gazetteer) -> tuple[int, str] | None:
    """A place whose name ends with a country's: "New Jersey", "New Mexico" (the gazetteer's)."""
    start, end, _ = spans[k]
    prev = doc[start - 1] if start > 0 else None
    if prev is None or not prev.is_title or span_at(spans, prev.i) is not None:
        return None
    name = doc[prev.i:end].text
    return (prev.i, "GPE") if gaz.region(name) or gaz.city(name) else None


def _name_before(doc: Doc, spans: list, k: int) -> tuple[int, str] | None:
    """Where a name ending in "of"/"for" + this country starts: "Reserve Bank of Australia",
    "University of Indonesia", "Gulf of Mexico"."""
    toks = token_list(doc)
    start = spans[k][0]
    of = start - 1
    if of >= 1 and toks[of].lower_ == "the" and spans[k][2] == "NORP":
        of -= 1   # "Office of the" + "Australian" + "Information Commissioner"
    if of < 1 or toks[of].lower_ not in ("of", "for"):
        return None
    owner = span_at(spans, of) or span_at(spans, of - 1)
    if owner is not None and owner[2] in ("ORG", "FAC", "LOC") and (is_org_head(toks[of - 1]) or is_feature(toks[of - 1])):
        return owner[0], "ORG" if is_org_head(toks[of - 1]) else "LOC"
    if owner is not None and owner[2] == "ORG" and owner[1] == start:
        return owner[0], "ORG"   # "Ministry of Foreign Affairs of" + "Japan", "Center for" + "American" (+ "Progress")
    if owner is not None:
        return None
    head = toks[of - 1]
    kind = "ORG" if is_org_head(head) else "LOC" if is_feature(head) else None
    if kind is None:
        return None
    first = of - 1
    while first > 0 and toks[first - 1].is_title and toks[first - 1].is_alpha and not toks[first - 1].is_sent_start \
            and span_at(spans, first - 1) is None and toks[first - 1].lower_ != "the":
        first -= 1
    return first, kind


def _name_after(doc: Doc, spans: list, k: int, gaz: Gazetteer) -> tuple[int, str] | None:
    """Where a name that starts with this country ends: "South China Sea", "Slovak Cycling
    Federation", "U.S. Geological Survey"; a title ("US President") is not such a name. A country's
    name right before a person's is a first name ("Jordan Henderson", "Israel Katz"): nationality
    is written with a demonym."""
    toks = token_list(doc)
    start, end, label = spans[k]
    nxt = span_at(spans, end) if end < len(doc) else None
    if nxt is not None:
        if nxt[0] == end and nxt[2] == "ORG" and (is_org_head(toks[nxt[1] - 1]) or national_branch(doc, nxt)):
            return nxt[1], "ORG"
        if nxt[0] == end and _first_name(doc, start, end, label) and (nxt[2] == "PERSON" or (
                nxt[2] == "ORG" and nxt[1] - nxt[0] == 1 and start > 0 and is_title_word(toks[start - 1])
                and not is_org_head(toks[nxt[0]]))):
            return nxt[1], "PERSON"   # "Senator Georgia" + "Brooks", which the model took for a body
        return None
    if _first_name(doc, start, end, label) and start > 0 and is_title_word(toks[start - 1]) \
            and toks[end].pos_ == "PROPN" and toks[end].is_title and not is_title_word(toks[end]) \
            and not is_org_head(toks[end]) and not is_feature(toks[end]) \
            and (end + 1 == len(doc) or toks[end + 1].pos_ != "PROPN"):
        return end + 1, "PERSON"   # "Striker Jordan" + "Henderson", which the model left untagged
    last = end
    while last < len(doc) and last - end < 6 and (toks[last].is_title and toks[last].is_alpha or (
            toks[last].lower_ in ("and", "of", "for") and last > end and last + 1 < len(doc) and toks[last + 1].is_title)
            or toks[last].text in ("'", "’", "'s", "’s") and last > end and last + 1 < len(doc)
            and (is_org_head(toks[last + 1]) or is_plural_org_head(toks[last + 1]))) \
            and not toks[last].is_sent_start and (last == end or span_at(spans, last) is None):   # (none holds end: nxt)
        last += 1   # title words too: the name must end in an organisation's head ("Cyber Security Centre",
        # "U.S." + "Food and Drug Administration")
    while last > end and not (is_org_head(toks[last - 1]) or is_plural_org_head(toks[last - 1]) or is_feature(toks[last - 1])) \
            and any(t.lower_ in ("and", "of", "for") for t in toks[end:last]):
        last -= 1   # the longest run that ends as a name does ("U.S." + "Department" (+ "of Justice"))
    if last == end:
        return None
    tail = toks[last - 1]
    if is_org_head(tail) or is_plural_org_head(tail):   # ("Indonesian Workers' Unions")
        return last, "ORG"
    if is_feature(tail):
        return last, "LOC"
    if label == "NORP" and last - end == 1 and (last == len(doc) or toks[last].pos_ != "PROPN") \
            and all(t.pos_ == "PROPN" and not is_title_word(t) for t in toks[end:last]) \
            and toks[end - 1].head.i in range(end, last) and not gaz.city(doc[end:last].text):
        return last, "ORG"   # "Turkish Aerospace", "Saudi Aramco": a company named after its country
    # (two words after a nationality are more often a person's name: "Belarusian Aryna Sabalenka")
    return None


def _surname_after_title(doc: Doc, spans: list, k: int) -> bool:
    """A one-word country name after a title and a given name is a surname: "Chief Chuck Jordan",
    "Chief Inspector Mark Israel"; the given name is a capitalised word that no span holds or
    that the model took for a person's name alone."""
    start, end, label = spans[k]
    if end - start != 1 or start < 2 or not doc[start].text.istitle():
        return False
    given, title = doc[start - 1], doc[start - 2]
    return given.pos_ == "PROPN" and given.is_title and not is_title_word(given) and is_title_word(title) \
        and span_at(spans, given.i) in (None, (given.i, start, "PERSON")) and not given.is_sent_start


def _first_name(doc: Doc, start: int, end: int, label: str) -> bool:
    """A one-word country name that may be a first name: written like one, right before a name; not
    where a title is held ("Kenya's ambassador to *Ethiopia* George Orina")."""
    return label == "GPE" and end - start == 1 and doc[start].text.istitle() and bool(doc[start].whitespace_) \
        and not (start > 1 and doc[start - 1].lower_ == "to" and is_title_word(doc[start - 2]))
