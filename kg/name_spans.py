"""Name spans made whole and clean before entities are typed: names that contain a country
("Reserve Bank of Australia", "South China Sea", "New Jersey"), possessors and parenthesised
acronyms cut off ("Bawumia's New Patriotic Party", "National Democratic Congress (NDC)"), and
the acronyms an article defines, which stand for their name wherever it uses them."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.constants import COMPOUND, CONJ
from kg.gazetteer import DIRECTIONS, Gazetteer, fold
from kg.identity import Found, Key
from kg.schema import EntityType
from kg.sentences import tokens_text
from kg.token_index import tokens_named


_POSSESSIVE = ("'s", "’s")


def is_title_word(token: Token) -> bool:
    word, titles = token.lower_, lexicon.TITLE_WORDS
    return word in titles or word.rstrip(".") in titles or word + "." in titles \
        or (word.endswith("s") and word[:-1] in titles)   # "Dr", "Dr.", "Senators"


def is_plural_org_head(token: Token) -> bool:
    """An organisation's last word in the plural, capitalised: "Unions", "Associations"."""
    return token.is_title and token.lower_.endswith("s") and token.lower_[:-1] in lexicon.ORG_HEADS


def is_org_head(token: Token) -> bool:
    word = token.lower_
    return (token.is_title or token.is_upper) and (
        word in lexicon.ORG_HEADS or word in lexicon.INSTITUTION_HEADS
        or word in lexicon.CAPITALISED_INSTITUTION_HEADS)


def after_possessor(doc: Doc, start: int, end: int) -> int:
    """Where a name starts after a possessor inside the span: "Bawumia's New Patriotic Party" ->
    "New Patriotic Party"; a name of one word after it is the possessive's own ("People's Daily")."""
    marks = [t.i for t in doc[start:max(start, end - 2)] if t.text in _POSSESSIVE]
    if marks and all(t.is_title or not t.is_alpha for t in doc[marks[-1] + 1:end]):
        return marks[-1] + 1
    return start


def is_acronym(token: Token) -> bool:
    letters = [c for c in token.text if c.isalpha()]
    return 2 <= len(letters) <= 8 and sum(c.isupper() for c in letters) >= 2 and token.text[0].isupper()


def _short_name(token: Token) -> bool:
    """What a name's parenthesis gives as its short form: an acronym ("NIS"), or one capitalised
    word ("Sernageomin")."""
    return is_acronym(token) or (token.is_alpha and token.is_title and len(token) >= 3)


def defined_acronyms(doc: Doc, founds: list[Found]) -> tuple[list[Found], dict[str, Key]]:
    """Acronyms the text defines in parentheses after a name ("the National Intelligence Service
    (NIS)") stand for that name wherever they are used; uses the model missed are added."""
    ends = {f.end: f for f in founds}
    acronyms: dict[str, Found] = {}
    for token in (doc[i] for i in tokens_named(doc, ("(",)) if 0 < i < len(doc) - 1):
        if token.text != "(" or not _short_name(doc[token.i + 1]) \
                or not (token.i + 2 >= len(doc) or doc[token.i + 2].text == ")"):
            continue
        spelled = _spelled_by(doc, token.i, doc[token.i + 1].text) if is_acronym(doc[token.i + 1]) else None
        if spelled is None and fold(doc[token.i + 1].text) in lexicon.OUTLET_NAMES:
            continue   # "DEIR AL-BALAH, Gaza Strip (AP) -": an agency's credit, not the place's acronym
        long = ends.get(token.i)
        if spelled is not None and (long is None or spelled < long.start):
            # "Pakistan Tehreek-e-Insaf (PTI)": the words whose initials the acronym spells (a
            # person's name the model gave stays a person's: "Alexandria Ocasio-Cortez (AOC)")
            name = doc[spelled:token.i].text
            long = Found(spelled, token.i, EntityType.ORGANIZATION, name, fold(name))
            founds = [f for f in founds if f.end <= spelled or f.start >= token.i] + [long]
        if long is not None and long.type == EntityType.PERSON and _used_as_organization(founds, doc[token.i + 1].text):
            # "the Janatha Vimukthi Peramuna (JVP) ... The JVP staged": a name the model read as a
            # person's, whose acronym the article uses as an organisation's, is that organisation's
            founds = [f for f in founds if f is not long]
            long = Found(long.start, long.end, EntityType.ORGANIZATION, long.name, long.key)
            founds.append(long)
        if long is not None and long.type != EntityType.PERSON and len(long.name.split()) > 1:
            acronyms.setdefault(fold(doc[token.i + 1].text), long)
    if not acronyms:
        return founds, {}
    taken = {i for f in founds for i in range(f.start, f.end)}
    added = [Found(t.i, t.i + 1, acronyms[fold(t.text)].type, t.text, acronyms[fold(t.text)].key)
             for t in doc if t.i not in taken and fold(t.text) in acronyms and _short_name(t)]   # (the cheap test first)
    founds = sorted(founds + added, key=lambda f: (f.start, -f.end))
    return founds, {k: (f.type, f.key) for k, f in acronyms.items()}


def _used_as_organization(founds: list[Found], acronym: str) -> bool:
    return any(f.type == EntityType.ORGANIZATION and f.name == acronym for f in founds)


_CONNECTORS = frozenset({"of", "for", "and", "the", "e", "de", "del", "al", "el", "la", "du", "des", "-", "&"})


def _spelled_by(doc: Doc, paren: int, acronym: str) -> int | None:
    """Where the capitalised words before a parenthesis start whose initials spell the acronym
    ("Pakistan Tehreek-e-Insaf (PTI)", "Alliance of Small Island States (AOSIS)"), if they do."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    i = paren - 1
    while i >= 0 and letters:
        token = doc[i]
        if token.is_alpha and token.text[0].isupper() and token.text[0] == letters[-1]:
            letters.pop()
        elif token.lower_ not in _CONNECTORS or token.is_sent_start:
            return None
        i -= 1
    start = i + 1
    return start if not letters and start < paren and doc[start].text[0].isupper() else None


def name_spans(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """The model's spans, with names that contain a country made whole again: the country ruler
    labels "Australia" before the model runs, so the model cuts "Reserve Bank of" + "Australia",
    "South" + "China" + "Sea", "U.S." + "Geological Survey"."""
    spans = _organizations_apart(doc, _persons_joined(doc, [(e.start, e.end, e.label_) for e in doc.ents]))
    spans = _located_apart(doc, _places_with_particles(doc, spans, gaz), gaz)
    k = 0
    while k < len(spans):
        start, end, label = spans[k]
        # (only the names of countries and peoples are completed: no other span's text is read)
        text = tokens_text(doc, start, end) if label in ("GPE", "NORP", "LOC") else ""
        if label == "GPE" and gaz.country(text) and start > 0 and doc[start - 1].lower_ in lexicon.SPORT_WORDS \
                and doc[start - 1].is_title and _span_at(spans, start - 1) in (None, (start - 1, start, "ORG")):
            # "Athletics Kenya", "Cricket Australia": a country's governing body of a sport
            spans = [s for s in spans if s != (start - 1, start, "ORG")]
            k = spans.index((start, end, label))
            spans[k] = (start - 1, end, "ORG")
            k += 1
            continue
        if label == "GPE" and gaz.country(text) and start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                and not is_acronym(doc[start - 1]) and fold(doc[start - 1].text) in lexicon.ORGANIZATION_NAMES \
                and _span_at(spans, start - 1) in (None, (start - 1, start, "ORG")):
            # "Greenpeace Canada", "Unicef Nigeria": a known organisation's office in a country (not
            # an acronym before a country: "EU Russia sanctions", "the UN Syria envoy")
            spans = [s for s in spans if s != (start - 1, start, "ORG")]
            k = spans.index((start, end, label))
            spans[k] = (start - 1, end, "ORG")
            k += 1
            continue
        # (the span before is looked for only here: a scan of the spans, made for every span)
        if label == "GPE" and gaz.country(text) and start > 1 and is_org_head(doc[start - 1]) \
                and not doc[start - 1].is_sent_start and (end == len(doc) or doc[end].pos_ != "PROPN") \
                and ((before := _span_at(spans, start - 1)) is None or before[1:] == (start, "ORG")
                     and fold(tokens_text(doc, before[0], start)) not in lexicon.ORGANIZATION_NAMES):
            # "Border Guard Bangladesh", "Securities Commission Malaysia": an institution named with
            # its country last (not a known one before a country: "the African Union Sudan mission")
            first = before[0] if before is not None else start - 1
            while before is None and first > 0 and doc[first - 1].is_title and doc[first - 1].is_alpha \
                    and not doc[first].is_sent_start and _span_at(spans, first - 1) is None \
                    and not is_title_word(doc[first - 1]):
                first -= 1
            spans = [x for x in spans if x != before]
            k = spans.index((start, end, label))
            spans[k] = (first, end, "ORG")
            k += 1
            continue
        if label == "GPE" and gaz.country(text) and _surname_after_title(doc, spans, k):
            # "Police Chief Chuck" + "Jordan": a given name after a title, then the country's name
            spans = [s for s in spans if s != (start - 1, start, "PERSON")]
            k = spans.index((start, end, label))
            spans[k] = (start - 1, end, "PERSON")
            k += 1
            continue
        if label in ("GPE", "NORP", "LOC") and (gaz.country(text) or gaz.demonym(text)):
            left = _name_before(doc, spans, k) or _known_place_before(doc, spans, k, gaz)
            right = _name_after(doc, spans, k, gaz)
            if left or right:
                new_start, new_end = (left or (start, label))[0], (right or (end, label))[0]
                if left and not right and left[1] == "ORG":
                    new_end = _name_rest(doc, spans, new_end, titles=label == "NORP")
                new_label = right[1] if right else left[1]
                before = _span_at(spans, new_start - 1) if new_start > 0 else None
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
                spans = [s for s in spans if s[1] <= new_start or s[0] >= new_end] + [(new_start, new_end, new_label)]
                spans.sort()
                k = 0
                continue
        k += 1
    spans = _org_chains(doc, _clubs(doc, _company_forms(doc, _titles_owning(doc, _places_coordinated(doc, spans)))))
    return [Span(doc, s, e, label=label) for s, e, label in _of_completions(doc, _national_branches(doc, spans))]


def _persons_joined(doc: Doc, spans: list) -> list:
    """"Samia Suluhu" + "Hassan", "Mirza Fakhrul" + "Islam Alamgir": the model cuts a long name
    into two names of persons written one after the other; two people's names are never written
    so (a list has commas, a sentence a verb), so they are one name. Not after a title ("Charlotte
    Mayor" + "Jennifer Roberts") nor in a headline's capitalised words ("... Rip" + "Donald Trump For")."""
    out: list = []
    for s in spans:
        if out and s[2] == "PERSON" and out[-1][2] == "PERSON" and out[-1][1] == s[0] \
                and doc[s[0] - 1].whitespace_ == " " and doc[s[0] - 1].is_title and doc[s[0]].is_title \
                and not any(is_title_word(t) for t in doc[out[-1][0]:s[0]]) \
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


def _places_coordinated(doc: Doc, spans: list) -> list:
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
        if not head.is_title or head.is_sent_start or _span_at(spans, i) is not None or i + 2 >= len(doc):
            continue
        start = i
        while start > 0 and not doc[start - 1].is_sent_start and _span_at(spans, start - 1) is None and (
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
                inner = _span_at(spans, stop)
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
        if out and out[-1][1] == s[0] and s[2] == "ORG" and _national_branch(doc, s) and (
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
            after = _span_at(spans, end + 1)
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
                    stop = _name_rest(doc, spans, end + 2, titles=True)
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
            else:
                break
        if label == "ORG" and end + 1 < len(doc) and doc[end].lower_ == "and" \
                and any(t.lower_ in ("of", "for") for t in doc[start:end]) and _span_at(spans, end + 1) is None:
            # "Institute of Volcanology" + "and Seismology": one more name word after "and"
            stop = _name_rest(doc, spans, end + 1)
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
    after = with_the or _span_at(spans, i)
    if after is not None:
        return after[1] if after[0] in (i, i - 1) and after[2] in ("ORG", "GPE", "LOC", "FAC") and after[1] - i <= 4 \
            else None
    stop = _name_rest(doc, spans, i)
    return stop if i < stop <= i + 4 else None


def _name_rest(doc: Doc, spans: list, end: int, titles: bool = False) -> int:
    """The capitalised words that finish a name: "Center for American" + "Progress", "Indonesian"
    + "Workers' Unions". After a demonym, which cannot end a name, title words belong to it too
    ("... Information Commissioner")."""
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha and not doc[end].is_sent_start \
            and _span_at(spans, end) is None and (titles or not is_title_word(doc[end])) \
            and (doc[end].pos_ == "PROPN" or titles):
        end += 1
        if end + 1 < len(doc) and doc[end].text in ("'", "’") and (is_org_head(doc[end + 1]) or is_plural_org_head(doc[end + 1])):
            end += 2   # "Indonesian Workers' Unions": a plural possessive inside the name
    return end


def _span_at(spans: list[tuple[int, int, str]], i: int) -> tuple[int, int, str] | None:
    for s in spans:   # (a loop: a generator costs more than the search, asked hundreds of times a document)
        if s[0] <= i < s[1]:
            return s
    return None


def _known_place_before(doc: Doc, spans: list, k: int, gaz: Gazetteer) -> tuple[int, str] | None:
    """A place whose name ends with a country's: "New Jersey", "New Mexico" (the gazetteer's)."""
    start, end, _ = spans[k]
    prev = doc[start - 1] if start > 0 else None
    if prev is None or not prev.is_title or _span_at(spans, prev.i) is not None:
        return None
    name = doc[prev.i:end].text
    return (prev.i, "GPE") if gaz.region(name) or gaz.city(name) else None


def _name_before(doc: Doc, spans: list, k: int) -> tuple[int, str] | None:
    """Where a name ending in "of"/"for" + this country starts: "Reserve Bank of Australia",
    "University of Indonesia", "Gulf of Mexico"."""
    start = spans[k][0]
    of = start - 1
    if of >= 1 and doc[of].lower_ == "the" and spans[k][2] == "NORP":
        of -= 1   # "Office of the" + "Australian" + "Information Commissioner"
    if of < 1 or doc[of].lower_ not in ("of", "for"):
        return None
    owner = _span_at(spans, of) or _span_at(spans, of - 1)
    if owner is not None and owner[2] in ("ORG", "FAC", "LOC") and (is_org_head(doc[of - 1]) or is_feature(doc[of - 1])):
        return owner[0], "ORG" if is_org_head(doc[of - 1]) else "LOC"
    if owner is not None and owner[2] == "ORG" and owner[1] == start:
        return owner[0], "ORG"   # "Ministry of Foreign Affairs of" + "Japan", "Center for" + "American" (+ "Progress")
    if owner is not None:
        return None
    head = doc[of - 1]
    kind = "ORG" if is_org_head(head) else "LOC" if is_feature(head) else None
    if kind is None:
        return None
    first = of - 1
    while first > 0 and doc[first - 1].is_title and doc[first - 1].is_alpha and not doc[first - 1].is_sent_start \
            and _span_at(spans, first - 1) is None and doc[first - 1].lower_ != "the":
        first -= 1
    return first, kind


def _name_after(doc: Doc, spans: list, k: int, gaz: Gazetteer) -> tuple[int, str] | None:
    """Where a name that starts with this country ends: "South China Sea", "Slovak Cycling
    Federation", "U.S. Geological Survey"; a title ("US President") is not such a name. A country's
    name right before a person's is a first name ("Jordan Henderson", "Israel Katz"): nationality
    is written with a demonym."""
    start, end, label = spans[k]
    nxt = _span_at(spans, end) if end < len(doc) else None
    if nxt is not None:
        if nxt[0] == end and nxt[2] == "ORG" and (is_org_head(doc[nxt[1] - 1]) or _national_branch(doc, nxt)):
            return nxt[1], "ORG"
        if nxt[0] == end and _first_name(doc, start, end, label) and (nxt[2] == "PERSON" or (
                nxt[2] == "ORG" and nxt[1] - nxt[0] == 1 and start > 0 and is_title_word(doc[start - 1])
                and not is_org_head(doc[nxt[0]]))):
            return nxt[1], "PERSON"   # "Senator Georgia" + "Brooks", which the model took for a body
        return None
    if _first_name(doc, start, end, label) and start > 0 and is_title_word(doc[start - 1]) \
            and doc[end].pos_ == "PROPN" and doc[end].is_title and not is_title_word(doc[end]) \
            and not is_org_head(doc[end]) and not is_feature(doc[end]) \
            and (end + 1 == len(doc) or doc[end + 1].pos_ != "PROPN"):
        return end + 1, "PERSON"   # "Striker Jordan" + "Henderson", which the model left untagged
    last = end
    while last < len(doc) and last - end < 6 and (doc[last].is_title and doc[last].is_alpha or (
            doc[last].lower_ in ("and", "of", "for") and last > end and last + 1 < len(doc) and doc[last + 1].is_title)
            or doc[last].text in ("'", "’") and last > end and last + 1 < len(doc)
            and (is_org_head(doc[last + 1]) or is_plural_org_head(doc[last + 1]))) \
            and not doc[last].is_sent_start and _span_at(spans, last) is None:
        last += 1   # title words too: the name must end in an organisation's head ("Cyber Security Centre",
        # "U.S." + "Food and Drug Administration")
    while last > end and not (is_org_head(doc[last - 1]) or is_plural_org_head(doc[last - 1]) or is_feature(doc[last - 1])) \
            and any(t.lower_ in ("and", "of", "for") for t in doc[end:last]):
        last -= 1   # the longest run that ends as a name does ("U.S." + "Department" (+ "of Justice"))
    if last == end:
        return None
    tail = doc[last - 1]
    if is_org_head(tail) or is_plural_org_head(tail):   # ("Indonesian Workers' Unions")
        return last, "ORG"
    if is_feature(tail):
        return last, "LOC"
    if label == "NORP" and last - end == 1 and (last == len(doc) or doc[last].pos_ != "PROPN") \
            and all(t.pos_ == "PROPN" and not is_title_word(t) for t in doc[end:last]) \
            and doc[end - 1].head.i in range(end, last) and not gaz.city(doc[end:last].text):
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
        and _span_at(spans, given.i) in (None, (given.i, start, "PERSON")) and not given.is_sent_start


def _national_branch(doc: Doc, span: tuple[int, int, str]) -> bool:
    """A known organisation of several capitalised words after a country's name is that country's
    branch of it: "the Philippine" + "Red Cross", "the Kenya" + "Red Cross"."""
    words = doc[span[0]:span[1]]
    return len(words) > 1 and all(t.is_title for t in words) and fold(words.text) in lexicon.ORGANIZATION_NAMES


def _first_name(doc: Doc, start: int, end: int, label: str) -> bool:
    """A one-word country name that may be a first name: written like one, right before a name; not
    where a title is held ("Kenya's ambassador to *Ethiopia* George Orina")."""
    return label == "GPE" and end - start == 1 and doc[start].text.istitle() and bool(doc[start].whitespace_) \
        and not (start > 1 and doc[start - 1].lower_ == "to" and is_title_word(doc[start - 2]))


def is_feature(token: Token) -> bool:
    return token.lower_ in lexicon.GEOGRAPHIC_FEATURES and token.is_title
