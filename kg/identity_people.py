"""People in identity: a person's key and the spellings of one name (transliterations, initials),
short names joined to the full name they shorten, and names the model read as an organisation's
that are a person's (or a person's that are a company's)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from kg import lexicon
from kg.entity_mentions import Found, Key
from kg.gazetteer import fold
from kg.schema import EntityType
from kg.sentences import tokens


_VOWELS = re.compile("[aeiou]")
_REPEATED = re.compile(r"([a-z])\1+")
_INITIAL_BEFORE_INITIAL = re.compile(r"\b([a-z]) (?=[a-z]\b)")


def person_key(name: str) -> str:
    """A person's identity key: the folded name, its initials written together ("D.K. Shivakumar",
    "DK Shivakumar" and "D K Shivakumar" are one person; "George W. Bush" keeps his one initial)."""
    return _INITIAL_BEFORE_INITIAL.sub(r"\1", fold(name))


@lru_cache(maxsize=8)
def _compiled(transliterations: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern, str], ...]:
    """The rules' transliteration patterns, compiled once (``re.sub`` looks each up again)."""
    return tuple((re.compile(pattern), replacement) for pattern, replacement in transliterations)


@lru_cache(maxsize=1 << 16)
def word_variant(word: str) -> str:
    """A folded word of a person's name as its transliterations all write it: the rules of
    ``transliterations`` applied (Qaddafi -> kadafi), then its inner vowels set aside
    (Muammar/Moammar, Mohammed/Muhammad, Hussein/Husayn). Words of three letters or fewer keep
    their vowels ("Jan" and "Jon" are other names, not other spellings), and so does a final one
    (Mario and Maria, Paolo and Paola are two people)."""
    for pattern, replacement in _compiled(lexicon.TRANSLITERATIONS):
        word = pattern.sub(replacement, word)
    if len(word) <= 3:
        return word
    head = "a" if word[0] in "aeiou" else word[0]
    return _REPEATED.sub(r"\1", head + _VOWELS.sub("", word[1:-1]) + word[-1])


@lru_cache(maxsize=1 << 14)
def name_variant(name: str) -> str:
    """A person's name as every transliteration of it writes it ("Muammar Gaddafi", "Moammar
    Gadhafi" and "Muammar al-Qaddafi" give the same; the particle is optional). The words after
    the first are read as one, which transliterations write joined, hyphened or apart
    ("Tesfaye Woldemariam", "Tesfaye Wolde-Mariam", "Yonas Habte Mariam")."""
    # (a particle is read as written: folded, "Lee" would be the particle "le")
    words = [w for written in name.replace("-", " ").split() if written.lower() not in lexicon.NAME_PARTICLES
             for w in fold(written).split()]
    parts = words[:1] + ["".join(words[1:])] if len(words) > 1 else words
    return " ".join(word_variant(w) for w in parts)


def spellings_joined(resolved: list[tuple[Found, Key]]) -> list[tuple[Found, Key]]:
    """Full names of persons that are spellings of one name ("Muammar Gaddafi" ... "Moammar
    Gadhafi") are one person, known by the key most of its mentions give (the first on a tie)."""
    counts = Counter(k for f, k in resolved if k[0] == EntityType.PERSON and " " in k[1])
    if len(counts) < 2:
        return resolved
    by_variant: dict[str, list[Key]] = {}
    for key in counts:          # in order of first mention
        by_variant.setdefault(name_variant(key[1]), []).append(key)
    remap = {k: max(keys, key=lambda x: counts[x]) for keys in by_variant.values() if len(keys) > 1 for k in keys}
    return [(f, remap.get(k, k)) for f, k in resolved] if remap else resolved


def may_be_a_person_read_as_organization(f: Found, longer: bool = False) -> bool:
    """"López Obrador's party", "Milei's government": the model often reads a surname before a
    possessive as an organisation; one that is no known organisation and has no organisation's
    head word may be a person named in full elsewhere (``nearest_full`` decides); with ``longer``,
    a name of up to four words, which a person's name it ends with decides."""
    words = f.key.split()
    return f.type == EntityType.ORGANIZATION and not f.described and not f.outlet and len(words) <= (4 if longer else 2) \
        and f.name not in lexicon.KNOWN_ORGANIZATIONS and f.key not in lexicon.ORGANIZATION_NAMES \
        and not any(w in _organization_words() for w in words) and not acronym_like(f.name)


def name_of_no_organization(name: str) -> bool:
    """A name of two words or more that no known organisation bears and no organisation's word is
    part of ("Javier Milei", not "Milei Foundation"): it may be a person's the model misread."""
    key = fold(name)
    return name not in lexicon.KNOWN_ORGANIZATIONS and key not in lexicon.ORGANIZATION_NAMES \
        and not any(w in _organization_words() for w in key.split()) and not acronym_like(name)


def _organization_words() -> frozenset[str]:
    """The words that make a name an organisation's, folded as keys are ("army" -> "armi"): made
    once per active rules (the union of seven word lists, hashed to look up the cache, cost more
    than the rest of the identity rules when it was made on each call)."""
    derived = lexicon.ACTIVE.derived
    if "organization_words" not in derived:
        words = lexicon.ORG_HEADS | lexicon.ORGANIZATION_NOUNS | lexicon.INSTITUTION_HEADS \
            | lexicon.CAPITALISED_INSTITUTION_HEADS | lexicon.CLUB_AFFIXES | lexicon.COMPANY_PREFIXES | lexicon.CLUB_WORDS
        derived["organization_words"] = _folded_set(words)
    return derived["organization_words"]


@lru_cache(maxsize=8)
def _folded_set(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words) | words


def people_read_as_organizations(founds: list[Found]) -> list[Found]:
    """"Argentina's Javier Milei met ... Milei said": a name of two or three words read as an
    organisation is the person whose surname the article uses alone."""
    surnames = {word_variant(f.key) for f in founds if f.type == EntityType.PERSON and f.short and " " not in f.key}
    # and a longer name ending in a person's name of two words or more ("companies linked to Jose
    # Maria Enriquez Negreira" beside "Enriquez Negreira said")
    endings = {f.key for f in founds if f.type == EntityType.PERSON and " " in f.key}
    return [replace(f, type=EntityType.PERSON) if " " in f.key and may_be_a_person_read_as_organization(f, longer=True)
            and (word_variant(f.key.split()[-1]) in surnames and len(f.key.split()) <= 2
                 or any(f.key.endswith(" " + e) for e in endings)) else f for f in founds]


def companies_read_as_people(founds: list[Found]) -> list[Found]:
    """"rival Eli Lilly ... Shares of Lilly rose": a full name read as a person's whose last word
    (or first: "Arcadia Cloud ... Shares of Arcadia") the article shows as a company's (``traded``:
    shares held in it) is that company."""
    companies = {f.key for f in founds if f.type == EntityType.ORGANIZATION and f.traded}
    if not companies:
        return founds
    # (and the same name read as a person's elsewhere: a headline's "Novo Nordisk shares tumble")
    return [replace(f, type=EntityType.ORGANIZATION, short=False) if f.type == EntityType.PERSON and not f.short and " " in f.key
            and (f.key.split()[-1] in companies or f.key.split()[0] in companies or f.key in companies) and f.weight < 3
            else f for f in founds]


def name_endings(founds: list[Found]) -> list[Found]:
    """A surname that starts with a particle ("De Blasio", "bin Laden", "von der Leyen") and ends a
    longer name in the article ("Bill de Blasio") is a short mention of it, and so are the last two
    words of a name of four words or more ("López Obrador"). (Other endings of two
    words may be the full name itself: "Hillary Clinton" in a headline's "Crooked Hillary Clinton".)"""
    names = {f.key for f in founds if f.type == EntityType.PERSON}
    long_names = {n for n in names if len(n.split()) >= 4}
    out = []
    for f in founds:
        if f.type == EntityType.PERSON and not f.short and " " in f.key and (
                f.key.split()[0] in lexicon.NAME_PARTICLES and sum(1 for n in names if n.endswith(" " + f.key)) == 1
                # "López Obrador" of "Andrés Manuel López Obrador": the last two words of a long name
                or len(f.key.split()) == 2 and sum(1 for n in long_names if n.endswith(" " + f.key)) == 1):
            f = Found(f.start, f.end, f.type, f.name, f.key, role=f.role, short=True, weight=f.weight)
        out.append(f)
    return out


def ends_in_a_surname(name: str) -> bool:
    """Whether a name's last word may be a surname: not a generation ("Jr.", "III") or an initial."""
    last = name.split()[-1].rstrip(".")
    return len(last) >= 3 and last.isalpha() and not last.isupper()


def first_name_forms(one: str, other: str) -> bool:
    """Whether two folded first names are a short and a full form of one name: one starts the
    other ("steve" / "steven", "xabi" / "xabier", "nico" / "nicolas"), the shorter of four letters
    or more, the longer more than it and a final vowel ("daniel" / "daniela" are two people)."""
    short, full = sorted((one, other), key=len)
    return len(short) >= 4 and short != full and full.startswith(short) \
        and not (len(full) == len(short) + 1 and full[-1] in "aeiou")


def nearest_full(doc: Doc, short: Found, full_people: list[tuple[int, Found]]) -> Found | None:
    """The full name a short one points to: the nearest before it, else the first after it."""
    word = fold(short.name)
    variant = word_variant(word)

    def matches(f: Found) -> bool:
        return variant in _name_ends(doc, f) or (" " in word and f.key.endswith(" " + word))

    def first_surname(f: Found) -> bool:
        # "Boric" of "Gabriel Boric Font": a name of three words may end in a second surname
        return " " not in word and len(f.key.split()) == 3 and word_variant(f.key.split()[1]) == variant
    for fits in (matches, first_surname):   # (a first or last word first: "Walker" is not George Walker Bush beside Scott Walker)
        before = [f for start, f in full_people if start < short.start and fits(f)]
        if before:
            return before[-1]
        after = [f for start, f in full_people if start > short.start and fits(f)]
        if after:
            return after[0]
    return None


def _name_ends(doc: Doc, f: Found) -> tuple[str, ...]:
    """The words a full name is shortened to, as all their spellings write them (``word_variant``;
    kept on the mention: asked once per short name): its first and last words, and in a name of
    four words or more its capitalised middle ones ("Lula" of "Luiz Inácio Lula da Silva")."""
    if f.ends is None:
        words = [t.text for t in tokens(doc, f.start, f.end) if t.is_alpha]
        shortened = words[:1] + words[-1:] + ([w for w in words[1:-1] if w[0].isupper()] if len(words) >= 4 else [])
        f.ends = tuple(word_variant(fold(w)) for w in shortened) if words else ("", "")
    return f.ends


def acronym_like(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(name.split()) == 1 and sum(c.isupper() for c in letters) >= 2
