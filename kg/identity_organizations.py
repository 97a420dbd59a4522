"""Organisations in identity: an acronym of a name's initials, an institution named with and
without its country, a company's short name, an abbreviation made of its words' beginnings, and
a lower-case description that points to the organisation the article names."""
from __future__ import annotations

from functools import lru_cache

from kg import lexicon
from kg.entity_mentions import Found, Key
from kg.gazetteer import Gazetteer, fold
from kg.schema import EntityType


def organization_remap(org_keys: set[Key], gaz: Gazetteer | None = None) -> dict[Key, Key]:
    """An acronym of a name's initials ("UN" / "United Nations"), an institution named with and
    without its country ("State Department"), and a company's short name ("Toyota" / "Toyota
    Motor Corp", "Hongtu" / "Shenzhen Hongtu Aviation Technology") are one organisation."""
    initials = {"".join(w[0] for w in k[1].split() if w not in ("of", "and", "for")): k for k in org_keys
                if len(k[1].split()) > 1}
    qualified = {k[1]: k for k in org_keys}
    remap: dict[Key, Key] = {}
    for k in org_keys:
        if k[1].replace(" ", "") in initials and len(k[1]) <= 5:
            remap[k] = initials[k[1].replace(" ", "")]
            continue
        longer = [q for q in qualified if q.endswith(" " + k[1]) and q != k[1]]
        if len(longer) != 1 and " " not in k[1]:
            # "Toyota" after "Toyota Motor Corp": a one-word name that starts one longer name
            longer = [q for q in qualified if q.startswith(k[1] + " ")]
        if len(longer) != 1 and len(k[1].split()) == 2 and k[1] not in lexicon.ORGANIZATION_NAMES:
            # "Skyline Ark" after "Skyline Ark Trading": a name of two words that starts one longer
            # name (not a known one: "European Union" beside "European Union Naval Force")
            # (nor a thing of which a body is named: "Suez Canal" beside "Suez Canal Authority")
            longer = [q for q in qualified if q.startswith(k[1] + " ") and len(q.split()) >= 3
                      and q.split()[2] not in ("of", "for", "and") and q.split()[-1] not in _public_body_heads()]
        if len(longer) != 1 and " " in k[1]:
            # "External Affairs" after "Ministry of External Affairs": a ministry's field alone
            longer = [q for q in qualified if q == k[1] + " " + fold("ministry")]
        if len(longer) != 1 and gaz is not None:
            # "Hongtu" after "Shenzhen Hongtu Aviation Technology": a company's name without the
            # city it is registered in, which opens its full name
            longer = [q for q in qualified if len(shortened := after_a_place(q, gaz)) > 1 and (
                shortened[0] == k[1] or " " in k[1] and " ".join(shortened[:2]) == k[1])]
        if len(longer) != 1:
            # "Law Society" after "Law Society of Kenya": a name without the place it is of
            longer = [q for q in qualified if q.startswith(k[1] + " of ")]
        if len(longer) != 1 and " " not in k[1] and len(k[1]) >= 5:
            # "Afreximbank" after "African Export-Import Bank": made of the beginnings of its words
            longer = [q for q in qualified if " " in q and _abbreviates(k[1], q)]
        if len(longer) == 1:
            remap[k] = qualified[longer[0]]
    return remap


def named_after_their_country(org_keys: set[Key], gaz: Gazetteer) -> dict[Key, Key]:
    """An organisation named after its country's people and one named after the country ("the
    Japanese Coastguard", "the Japan Coast Guard"; "Kenyan Navy", "Kenya Navy") are one, known by
    the name with the country, which is the one such bodies give themselves."""
    by_form: dict[tuple[str, str], list[tuple[bool, Key]]] = {}
    for k in org_keys:
        form = country_neutral(k[1], gaz)
        if form is not None:
            by_form.setdefault(form[:2], []).append((form[2], k))
    remap = {}
    for group in by_form.values():
        named = [k for by_country, k in group if by_country]
        if len(named) == 1:
            remap.update((k, named[0]) for by_country, k in group if not by_country)
    return remap


def country_neutral(key: str, gaz: Gazetteer) -> tuple[str, str, bool] | None:
    """An organisation's key that opens with a country's name or its people's, as (the country's
    code, the rest written without spaces, whether the country's name opens it); else None."""
    words = key.split()
    for n in (2, 1):   # ("south korean navy")
        if len(words) > n:
            opening = " ".join(words[:n])
            country = gaz.country(opening)
            people = None if country else gaz.demonym(opening)
            if country or people:
                return (country or people).code, "".join(words[n:]), country is not None
    return None


def _public_body_heads() -> frozenset[str]:
    """The heads of public bodies and institutions (``public_body_heads``, ``institution_heads``), folded."""
    derived = lexicon.ACTIVE.derived
    if "public_body_heads_folded" not in derived:
        derived["public_body_heads_folded"] = frozenset(fold(w) for w in lexicon.PUBLIC_BODY_HEADS | lexicon.INSTITUTION_HEADS)
    return derived["public_body_heads_folded"]


def after_a_place(key: str, gaz: Gazetteer) -> list[str]:
    """The words of an organisation's key of three words or more after the place that opens it
    ("shenzhen hongtu aviation technology" -> hongtu aviation technology); none where no place does."""
    words = key.split()
    if len(words) < 3 or not (gaz.city(words[0]) or gaz.region(words[0])) or gaz.country(words[0]) \
            or words[-1] in _public_body_heads():   # (a body named after what it runs: "Suez Canal Authority")
        return []
    return words[1:]


def shortened_names(org_keys: set[str], gaz: Gazetteer) -> tuple[dict[str, str], dict[str, str]]:
    """The short names news gives a company named in full, to its key, where one company of the
    article has it: its first one or two words after the city that opens its name ("hongtu",
    "hongtu aviation" of "shenzhen hongtu aviation technology"), and the city with the next word
    ("ningbo jiahe" of "ningbo jiahe electronics"); and, apart, the first two words of any name of
    three words or more ("skyline ark" of "skyline ark trading"), which may be a person's too
    ("Kofi Annan" of "the Kofi Annan Foundation")."""
    forms: dict[str, set[str]] = {}
    starts: dict[str, set[str]] = {}
    for key in org_keys:
        words = key.split()
        if len(words) >= 3 and not {"of", "for", "and", "the"} & set(words[:2]):
            starts.setdefault(" ".join(words[:2]), set()).add(key)
        rest = after_a_place(key, gaz)
        if rest:
            for form in (rest[0], " ".join(rest[:2]), " ".join(words[:2])):
                forms.setdefault(form, set()).add(key)
    return ({form: next(iter(keys)) for form, keys in forms.items() if len(keys) == 1},
            {form: next(iter(keys)) for form, keys in starts.items() if len(keys) == 1})


def _abbreviates(short: str, name: str) -> bool:
    """Whether a one-word name is made of the beginnings of a longer name's words, in order, the
    first and the last among them ("afreximbank": AFRican EXport IMport BANK; "interpol")."""
    words = [w for w in name.split() if w not in ("of", "and", "for", "the")]
    if len(words) < 2:
        return False

    @lru_cache(maxsize=None)
    def fits(at: int, word: int, used_last: bool) -> bool:
        if at == len(short):
            return used_last
        if word >= len(words):
            return False
        for cut in range(len(words[word]), 0, -1):
            if short.startswith(words[word][:cut], at) and fits(at + cut, word + 1, word == len(words) - 1):
                return True
        return word > 0 and fits(at, word + 1, False)   # a middle word may be left out
    return short[0] == words[0][0] and fits(0, 0, False)


def descriptions_named(resolved: list[tuple[Found, Key]], gaz: Gazetteer) -> dict[Key, Key]:
    """An institution described in lower case ("Turkey's disaster agency") is the organisation the
    article names with those words ("the Disaster and Emergency Management Authority"), when
    exactly one named organisation has them all and is a body of the same kind (a ministry is no
    university: "the Japanese foreign ministry" is not "China Foreign Affairs University") and of
    the same country, where the name says its country ("the Turkish navy" is no "Hellenic Navy")."""
    named = {k for f, k in resolved if k[0] == EntityType.ORGANIZATION and not f.described}
    countries: dict[Key, set[str]] = {}
    for f, k in resolved:
        if f.country:
            countries.setdefault(k, set()).add(f.country)
    for f, k in resolved:   # (a name with a nationality in it: "Royal Thai Navy", "Hellenic Coast Guard")
        written = [c for w in f.name.split() if (c := gaz.demonym(w) or gaz.country(w))] if k in named and k not in countries else []
        if written:
            countries[k] = {written[0].code}
    remap: dict[Key, Key] = {}
    for f, key in resolved:
        if f.described and key not in named:
            head = fold(f.name.split()[-1])
            # (not another country's: "the Philippine foreign ministry" named, "Japan's foreign ministry" described)
            matching = [k for k in named if (set(f.described) <= set(k[1].split()) or f.described == (head,))
                        and _same_kind(head, k[1].split())
                        and (not f.country or f.country in countries.get(k, {f.country}))]
            if len(matching) == 1:
                remap[key] = matching[0]
    return remap


def _same_kind(head: str, words: list[str]) -> bool:
    """Whether an organisation named with these words may be what a description with this head
    ("agency") points to: the same head, or a state's body of another name ("authority"), or a
    legislature's ("parliament" / "Khural")."""
    public = {fold(w) for w in lexicon.PUBLIC_BODY_HEADS}
    legislature = {fold(w) for w in lexicon.LEGISLATURE_HEADS}
    return head in words or head in public and any(w in public for w in words) \
        or head in legislature and any(w in legislature for w in words)
