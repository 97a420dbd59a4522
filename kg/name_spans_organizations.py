"""Organisations' names made whole after the country rules: an office named after its holder's
title, a company's legal form, a club's abbreviation, a name built on an organisation's head word
("the Movement for the Liberation of ..."), a nationality before a known organisation, and a name
the model cut before "of" or at "and"."""
from __future__ import annotations

from spacy.tokens import Doc

from kg import lexicon
from kg.name_words import is_acronym, is_org_head, is_title_word, name_rest, national_branch, span_at
from kg.token_index import tokens_named


def organization_names(doc: Doc, spans: list) -> list:
    """The spans with organisations' names completed, in the order these rules build on each other."""
    spans = _org_chains(doc, _clubs(doc, _company_forms(doc, _titles_owning(doc, spans))))
    return _joined_at_and(doc, _of_completions(doc, _national_branches(doc, spans)))


def _titles_owning(doc: Doc, spans: list) -> list:
    """"the Attorney" + "General's Office": an office named after its holder's title keeps all of it."""
    out = []
    for start, end, label in spans:
        if label == "ORG" and is_title_word(doc[start]):
            while start > 0 and is_title_word(doc[start - 1]) and doc[start - 1].is_title \
                    and not doc[start - 1].ent_type_ and not doc[start - 1].is_sent_start:
                start -= 1
        out.append((start, end, label))
    return out


def _company_forms(doc: Doc, spans: list) -> list:
    """"PT Dirgantara Indonesia", "PJSC Gazprom": a legal form before capitalised words names a
    company, whatever the model made of the words (a country's name among them)."""
    for i in tokens_named(doc, lexicon.COMPANY_PREFIXES):
        if not doc[i].is_upper or i + 1 >= len(doc):
            continue
        end = i + 1
        while end < len(doc) and end - i <= 4 and (doc[end].is_title or doc[end].is_upper) and doc[end].is_alpha:
            end += 1
        if end > i + 1:
            spans = [x for x in spans if x[1] <= i or x[0] >= end] + [(i, end, "ORG")]
    return sorted(spans)


def _clubs(doc: Doc, spans: list) -> list:
    """"FC Barcelona", "AS Roma", "Chelsea FC": a club's abbreviation before or after capitalised
    words makes them a club's name, whatever the model made of them (a city's name, mostly)."""
    for i in tokens_named(doc, lexicon.CLUB_AFFIXES):
        if not doc[i].is_upper:
            continue
        if i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha:
            start, end = i, i + 1
            while end < len(doc) and end - i <= 3 and doc[end].is_title and doc[end].is_alpha:
                end += 1
        elif i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start:
            start, end = i - 1, i + 1
            while start > 0 and i - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and not doc[start].is_sent_start:
                start -= 1
        else:
            continue
        spans = [x for x in spans if x[1] <= start or x[0] >= end] + [(start, end, "ORG")]
    return sorted(spans)


_CHAIN_LINKS = frozenset({"of", "for"})


def _org_chains(doc: Doc, spans: list) -> list:
    """An organisation's name the model did not see, built on the word that heads it: "the
    Movement for the Liberation of the Central African People", "the Presidency of" + "Defence
    Industries". Places and nationalities inside become part of the name."""
    for i in tokens_named(doc, lexicon.ORG_HEADS | lexicon.INSTITUTION_HEADS):
        head = doc[i]
        if not head.is_title or head.is_sent_start or span_at(spans, i) is not None or i + 2 >= len(doc):
            continue
        start = i
        while start > 0 and not doc[start - 1].is_sent_start and span_at(spans, start - 1) is None and (
                doc[start - 1].is_title and doc[start - 1].is_alpha and not is_title_word(doc[start - 1])
                or doc[start - 1].text in ("'", "’") and start > 1 and doc[start - 2].is_title):
            start -= 1   # (a plural possessive inside: "the Workers' Party")
        if doc[i + 1].lower_ not in _CHAIN_LINKS:
            # "the Dangote Petroleum Refinery": capitalised words ending in an organisation's head
            if i - start >= 2 and doc[start - 1].lower_ == "the" and not (doc[i + 1].is_title and doc[i + 1].is_alpha):
                spans = [x for x in spans if x[1] <= start or x[0] > i] + [(start, i + 1, "ORG")]
            continue
        end = i + 1
        while end + 1 < len(doc) and doc[end].lower_ in _CHAIN_LINKS:
            j = end + 1 + (doc[end + 1].lower_ == "the")
            stop = j
            while stop < len(doc) and doc[stop].is_title and doc[stop].is_alpha and stop - j < 4:
                inner = span_at(spans, stop)
                if inner is not None and (inner[2] not in ("GPE", "NORP", "LOC", "ORG") or inner[0] < j):
                    break
                stop = inner[1] if inner is not None else stop + 1
            if stop == j:
                break
            end = stop
        if end > i + 1:
            spans = [x for x in spans if x[1] <= start or x[0] >= end] + [(start, end, "ORG")]
    return sorted(spans)


def _national_branches(doc: Doc, spans: list) -> list:
    """"the Congolese" + "Red Cross": a nationality the gazetteer may not know (the Congolese of two
    countries) before a known organisation of several words is that organisation's branch there."""
    out: list = []
    for s in spans:
        if out and out[-1][1] == s[0] and s[2] == "ORG" and national_branch(doc, s) and (
                out[-1][2] in ("NORP", "GPE")
                or len([t for t in doc[out[-1][0]:out[-1][1]] if t.lower_ != "the"]) == 1):   # "The Congolese"
            out[-1] = (out[-1][0], s[1], "ORG")
            continue
        out.append(s)
    return out


def _of_completions(doc: Doc, spans: list) -> list:
    """An organisation's name the model cut before "of": "U.S. Chamber" + "of Commerce",
    "University" + "of Michigan" (a place after "of" only behind an organisation's head word)."""
    out = []
    for start, end, label in spans:
        for _ in range(2):   # "Court" + "of Appeals" + "for the Federal Circuit"
            if not (label == "ORG" and end + 1 < len(doc) and doc[end].lower_ in ("of", "for") and doc[end - 1].is_title):
                break
            after = span_at(spans, end + 1)
            if doc[end + 1].lower_ == "the" and end + 2 < len(doc) and any(is_org_head(t) for t in doc[start:end]) \
                    and (after is None or after[0] == end + 1):
                stop = _the_name_after(doc, spans, end + 2, after)
                if stop is None or (doc[end].lower_ == "of" and after is not None and after[2] == "ORG"
                                    and is_org_head(doc[after[1] - 1])):
                    break   # "the Institute of Economics of" + "the Getulio Vargas Foundation": two bodies
                out = [s for s in out if s != after]
                end = stop
            elif after is None:
                # the first word after "of" may be a portfolio's ("Institute of Economics", "Ministry of Health")
                first = doc[end + 1]
                stop = end + 1
                if first.is_title and first.is_alpha and not first.is_sent_start:
                    # title words too ("Centre for Cyber Security"), but not those of a person's title
                    stop = name_rest(doc, spans, end + 2, titles=True)
                    while stop > end + 2 and is_title_word(doc[stop - 1]) and stop < len(doc) \
                            and doc[stop].pos_ == "PROPN":
                        stop -= 1
                if not (stop > end + 1 and stop - end <= 4):
                    break
                end = stop
            elif after[0] == end + 1 and after[2] == "ORG" and is_org_head(doc[end - 1]) \
                    and not is_org_head(doc[after[1] - 1]) and after[1] - after[0] <= 3:
                out = [s for s in out if s != after]   # "Danish Centre for" + "Cyber Security": its field
                end = after[1]
            elif after[0] == end + 1 and after[2] in ("GPE", "LOC") and is_org_head(doc[end - 1]):
                out = [s for s in out if s != after]
                end = after[1]
            elif after[0] == end + 1 and after[2] == "NORP" and is_org_head(doc[end - 1]):
                # "the Hellenic Foundation for" + "European" + "and Foreign Policy": a field named by a people
                out = [s for s in out if s != after]
                end = name_rest(doc, spans, after[1], titles=True)
            else:
                break
        if label == "ORG" and end + 1 < len(doc) and doc[end].lower_ == "and" \
                and any(t.lower_ in ("of", "for") for t in doc[start:end]) and span_at(spans, end + 1) is None:
            # "Institute of Volcanology" + "and Seismology": one more name word after "and"
            stop = name_rest(doc, spans, end + 1, titles=True)   # ("and Foreign Policy")
            if end + 1 < stop <= end + 3 and (stop == len(doc) or doc[stop].pos_ != "PROPN"):
                end = stop
        out.append((start, end, label))
    nested = _nested({(s, e) for s, e, _ in out})
    return [x for x in out if (x[0], x[1]) not in nested]


def _nested(bounds: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The (start, end) pairs inside another pair: in order of start, and of length within a
    start, a pair is inside one before it exactly when one of those ends at or after its end."""
    inside, furthest = set(), -1
    for start, end in sorted(bounds, key=lambda b: (b[0], -b[1])):
        if furthest >= end:
            inside.add((start, end))
        furthest = max(furthest, end)
    return inside


def _the_name_after(doc: Doc, spans: list, i: int, with_the: tuple | None) -> int | None:
    """Where a name after "of the"/"for the" ends, when one starts there: a span the model gave
    (not a person's; with its "the" or without) or capitalised words."""
    after = with_the or span_at(spans, i)
    if after is not None:
        return after[1] if after[0] in (i, i - 1) and after[2] in ("ORG", "GPE", "LOC", "FAC") and after[1] - i <= 4 \
            else None
    stop = name_rest(doc, spans, i)
    return stop if i < stop <= i + 4 else None


def _joined_at_and(doc: Doc, spans: list) -> list:
    """An organisation's name with "and" inside, which the model cut there: "the African Union's
    Peace and" + "Security Council" (a name does not end in "and"), "the King Salman Humanitarian
    Aid and" + "Relief Centre" (capitalised words after "the", left out before "and"), "the
    Ministry of Regional Development" + "and" + "EU Funds" (a ministry's second portfolio)."""
    out: list = []
    for start, end, label in spans:
        prev = out[-1] if out else None
        if label == "ORG" and prev is not None and prev[2] == "ORG" and prev[1] == start and doc[start - 1].lower_ == "and":
            out[-1] = (prev[0], end, "ORG")
            continue
        if label == "ORG" and prev is not None and prev[2] == "ORG" and prev[1] + 1 == start \
                and doc[prev[1]].lower_ == "and" and _ministry_of(doc, prev) and _portfolio_words(doc, start, end):
            out[-1] = (prev[0], end, "ORG")
            continue
        if label in ("ORG", "PERSON") and is_org_head(doc[end - 1]) and start >= 3 and doc[start - 1].lower_ == "and":
            floor = prev[1] if prev is not None else 0
            first = start - 1
            while first - 1 > floor and start - first <= 5 and doc[first - 1].is_title and doc[first - 1].is_alpha \
                    and not doc[first - 1].is_sent_start:
                first -= 1
            if first < start - 1 and doc[first - 1].lower_ == "the":
                out.append((first, end, "ORG"))
                continue
        out.append((start, end, label))
    return out


def _ministry_of(doc: Doc, span: tuple) -> bool:
    """A span that names an institution by its field: "Ministry of Regional Development"."""
    words = [t for t in doc[span[0]:span[1]] if t.lower_ != "the"]
    return len(words) > 2 and is_org_head(words[0]) and words[1].lower_ in _CHAIN_LINKS


def _portfolio_words(doc: Doc, start: int, end: int) -> bool:
    """Words that name a ministry's field (``portfolio_words``, titles' words, acronyms: "EU Funds")."""
    words = doc[start:end]
    return len(words) <= 3 and (words[-1].lower_ in lexicon.PORTFOLIO_WORDS or is_title_word(words[-1])) \
        and all(t.lower_ in lexicon.PORTFOLIO_WORDS or is_title_word(t) or is_acronym(t) for t in words)
