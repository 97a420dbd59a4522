"""The words of names as the rules that make name spans whole read them: titles ("Dr",
"Senators"), the head words of organisations and of geographic features, acronyms, possessors;
and the span lookups those rules share (the span that holds a token, where a name's capitalised
words end, a known organisation's national branch)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.gazetteer import fold
from kg.sentences import token_list


_POSSESSIVE = ("'s", "’s")


def is_title_word(token: Token) -> bool:
    word, titles = token.lower_, lexicon.TITLE_WORDS
    known = _title_words_read.get(word) if titles is _title_words_read_for[0] else None
    if known is None:
        known = _is_title(word, titles)
    return known


def _is_title(word: str, titles: frozenset[str]) -> bool:
    """Whether a word in lower case is a title word (remembered per word for the active title
    words: the rules ask for hundreds of words a document, mostly the same ones)."""
    if titles is not _title_words_read_for[0] or len(_title_words_read) >= _TITLE_WORDS_KEPT:
        _title_words_read.clear()
        _title_words_read_for[0] = titles
    known = _title_words_read[word] = word in titles or word.rstrip(".") in titles or word + "." in titles \
        or (word.endswith("s") and word[:-1] in titles)   # "Dr", "Dr.", "Senators"
    return known


_title_words_read: dict[str, bool] = {}
_TITLE_WORDS_KEPT = 1 << 16
_title_words_read_for: list[frozenset[str] | None] = [None]


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
    toks = token_list(doc)
    marks = [t.i for t in toks[start:max(start, end - 2)] if t.text in _POSSESSIVE]
    if marks and all(t.is_title or not t.is_alpha for t in toks[marks[-1] + 1:end]):
        return marks[-1] + 1
    return start


def is_acronym(token: Token) -> bool:
    letters = [c for c in token.text if c.isalpha()]
    return 2 <= len(letters) <= 8 and sum(c.isupper() for c in letters) >= 2 and token.text[0].isupper()


def name_rest(doc: Doc, spans: list, end: int, titles: bool = False) -> int:
    """The capitalised words that finish a name: "Center for American" + "Progress", "Indonesian"
    + "Workers' Unions". After a demonym, which cannot end a name, title words belong to it too
    ("... Information Commissioner")."""
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha and not doc[end].is_sent_start \
            and span_at(spans, end) is None and (titles or not is_title_word(doc[end])) \
            and (doc[end].pos_ == "PROPN" or titles):
        end += 1
        if end + 1 < len(doc) and doc[end].text in ("'", "’") and (is_org_head(doc[end + 1]) or is_plural_org_head(doc[end + 1])):
            end += 2   # "Indonesian Workers' Unions": a plural possessive inside the name
    return end


def span_at(spans: list[tuple[int, int, str]], i: int) -> tuple[int, int, str] | None:
    for s in spans:   # (a loop: a generator costs more than the search, asked hundreds of times a document)
        if s[0] <= i < s[1]:
            return s
    return None


def national_branch(doc: Doc, span: tuple[int, int, str]) -> bool:
    """A known organisation of several capitalised words after a country's name is that country's
    branch of it: "the Philippine" + "Red Cross", "the Kenya" + "Red Cross"."""
    words = doc[span[0]:span[1]]
    return len(words) > 1 and all(t.is_title for t in words) and fold(words.text) in lexicon.ORGANIZATION_NAMES


def is_feature(token: Token) -> bool:
    return token.lower_ in lexicon.GEOGRAPHIC_FEATURES and token.is_title
