"""People's names in a parsed sentence: where a name begins and ends, and the title written with it.

A name cut by the tokenizer or the model is completed ("Yoon Suk" + "-yeol", "Ursula von" + "der
Leyen"); titles and role nouns before it are no part of it but its ``role`` ("US Defense Secretary"
Lloyd Austin; "Miroslav Jenca, the UN's assistant secretary-general,").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.constants import APPOS, COMPOUND, POSS, PREP
from kg.entity_context import QUOTES
from kg.gazetteer import gazetteer
from kg.name_words import is_org_head as _is_org_head
from kg.name_words import is_title_word as _is_title_word
from kg.sentences import token_list, tokens, tokens_text


def beside_a_title(doc: Doc, start: int, end: int) -> bool:
    """Two or three capitalised words set beside a title: "The union's president, Andreas
    Pinheiro,", "UNICEF's representative in Zambia, Penelope Campbell," (a person, whatever the
    model took the name for)."""
    words = token_list(doc)[start:end]
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in words) \
            or _is_org_head(words[-1]) or words[-1].dep_ != APPOS:
        return False
    noun = words[-1].head
    if noun.pos_ == "PROPN" and noun.head.dep_ == PREP and noun.i < start:
        noun = noun.head.head   # the title's place: "representative in Zambia, NAME"
    return noun.pos_ == "NOUN" and noun.i < start and _is_title_word(noun) \
        and noun.lemma_.lower() not in lexicon.ORGANIZATION_NOUNS   # (not "Her ruling party, Chama Cha Mapinduzi,")


def given_name_after_title(doc: Doc, start: int) -> bool:
    """An untagged capitalised word between a title and the name: "marketing chief Rubén" +
    "Rivera", "Capt. Dimitrios" + "Kyriakou", where the model took the surname alone for a place
    or a body (a title in capitals only abbreviated: "Foreign Minister" + "Foreign" is no name)."""
    toks = token_list(doc)
    if start < 2 or toks[start - 1].is_sent_start:
        return False
    given, title = toks[start - 1], toks[start - 2]
    return untagged_name_word(given) and _is_title_word(title) and (title.is_lower or title.text.endswith("."))


def titled_name(doc: Doc, start: int, end: int) -> bool:
    """Title words then two or three capitalised words that do not end as an institution's name:
    "Deputy Prosecutor Helena Okafor", "Police Chief Chuck Jordan"."""
    toks = token_list(doc)
    i = start
    while i < end and _is_title_word(toks[i]):
        i += 1
    rest = list(tokens(doc, i, end))
    return i > start and 2 <= len(rest) <= 3 and all(name_word(t) for t in rest) \
        and not _is_org_head(rest[-1]) and rest[-1].lower_ not in lexicon.GEOGRAPHIC_FEATURES


_REGNAL = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
                     "XVI", "Jr", "Jr.", "Sr", "Sr."})


def name_word(token: Token) -> bool:
    """A word of a person's name: a capitalised proper noun, or a regnal number or Jr after one ("Felipe VI")."""
    return (token.pos_ == "PROPN" and token.is_title) or (token.text in _REGNAL and token.i > 0
                                                          and token.nbor(-1).is_title)


def name_tokens(span: Span) -> tuple[int, int]:
    """Token bounds of a person's name inside a span that may start with a title or, opening a
    sentence, with a role noun ("Volcanologist Jane Doe")."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (_is_title_word(doc[start]) or _qualifies(doc[start]) or _role_noun(doc[start])
                               or doc[start].lower_ in ("the", "of", "'s", "’s") or in_portfolio(doc[start])):
        start += 1
    while end > start + 1 and (doc[end - 1].is_space or doc[end - 1].text in QUOTES):
        end -= 1
    return start, end


def in_portfolio(token: Token) -> bool:
    """A word of a minister's portfolio (``portfolio_words``) that the title's "for" or "of" is
    before, with only capitalised words, "and" and commas between: "Minister for Employment and
    *Workplace Relations* Ayesha Karim", "Minister of Energy *Transition* Nadia Bennani"."""
    if not (token.is_title and token.lower_ in lexicon.PORTFOLIO_WORDS):
        return False
    toks, i = token_list(token.doc), token.i - 1
    # (an acronym too: "Minister of Regional Development and EU *Funds*")
    while i > max(0, token.i - 8) and ((toks[i].is_title or toks[i].is_upper) and toks[i].is_alpha
                                       or toks[i].lower_ in ("and", ",", "&")) \
            and toks[i].lower_ not in ("for", "of"):
        i -= 1
    return i > 0 and toks[i].lower_ in ("for", "of") and _is_title_word(toks[i - 1])


def portfolio_end(doc: Doc, start: int) -> int:
    """Where the words of a title's portfolio that start at ``start`` end: "(Deputy Minister of)
    Mineral and Petroleum Resources | Sipho Mthembu"; start itself where none start there."""
    toks, i = token_list(doc), start
    while i < len(toks) and (in_portfolio(toks[i]) or toks[i].lower_ in ("and", ",", "&")
                             and i + 1 < len(toks) and in_portfolio(toks[i + 1])):
        i += 1
    return i


def _role_noun(token: Token) -> bool:
    """A common noun saying what a person does, capitalised before the name ("Engineer Ednar
    Dayanghirang", "Volcanologist Jane Doe", "Forward Mohamed Bouldini"): ``person_nouns``,
    ``player_roles``, or a science's practitioner."""
    word = token.lower_
    return token.is_title and (word in lexicon.PERSON_NOUNS or word in lexicon.PLAYER_ROLES or word.endswith("ologist")
                               or (word.endswith("s") and word[:-1] in lexicon.PERSON_NOUNS))


def _qualifies(token: Token) -> bool:
    """A country word before a title ("US Defense Secretary ..."), not a first name ("Israel Katz")."""
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    known = gazetteer().country(token.text) or gazetteer().demonym(token.text)   # not "Andreas" tagged GPE
    return token.ent_type_ in ("GPE", "NORP") and known is not None and nxt is not None and (
        _is_title_word(nxt) or nxt.ent_type_ in ("GPE", "NORP") or nxt.text in ("'s", "’s"))


def extend_person(doc: Doc, start: int, end: int) -> tuple[int, int]:
    # "Yoon Suk" + "-yeol": a hyphenated name part the tokenizer split off.
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    # "Ursula von" + "der Leyen", "Ursula von der" + "Leyen", "Mohammed bin Abdulrahman" + "Al
    # Thani": particles and the name after them (a capitalised particle only before a name the
    # model did not give to an organisation: not "... Al Jazeera").
    while end > start + 1 and doc[end - 1].lower_ in lexicon.NAME_PARTICLES and doc[end - 1].is_lower:
        end -= 1
    probe = end
    while probe < len(doc) and doc[probe].lower_ in lexicon.NAME_PARTICLES and doc[probe].is_alpha \
            and (doc[probe].is_lower or (doc[probe].is_title and doc[probe].ent_type_ not in ("ORG", "FAC"))):
        probe += 1
    if probe > end and probe < len(doc) and doc[probe].is_title and doc[probe].is_alpha \
            and doc[probe].ent_type_ not in ("ORG", "FAC", "DATE", "NORP"):
        end = probe + 1
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and doc[end + 1].is_alpha:
            end += 2
    # "Donny Ermawan" + "Taufanto": the last word of the name, which the parse joins to it.
    while end < len(doc) and doc[end - 1].dep_ == COMPOUND and doc[end - 1].head.i == end \
            and untagged_name_word(doc[end]):
        end += 1
    # "Kim Ju" + "Ae was": one last capitalised word the model left out, then no other capitalised
    # word (not a headline's "Elizabeth Warren" + "Hammers Wells Fargo")
    # (the parser may open a sentence there: no punctuation says so)
    last = doc[end] if end + 1 < len(doc) else None
    if last is not None and doc[end - 1].is_title and doc[end - 1].whitespace_ == " " and last.pos_ == "PROPN" \
            and last.is_title and last.is_alpha and not last.ent_type_ and not _is_title_word(last) \
            and not _is_org_head(last) and not doc[end + 1].is_title and not doc[end + 1].is_upper \
            and last.dep_ not in (COMPOUND, POSS) and last.text not in _REGNAL:
        end += 1
    # "Minister" + "Rustem" + "Umerov": a given name the model left outside the span (not a role
    # noun opening the sentence: "Engineer" + "Ednar Dayanghirang").
    # (two such words at most: "Mir" + "Mahbubur" + "Rahman Snigdho")
    for _ in range(2):
        if start == 0 or doc[start].is_sent_start:
            break
        prev = doc[start - 1]
        if not (prev.pos_ == "PROPN" and prev.is_title and not _is_title_word(prev) and not prev.ent_type_
                and not (prev.is_sent_start and _role_noun(prev)) and not in_portfolio(prev)):
            break
        start -= 1
    return start, end


def untagged_name_word(token: Token) -> bool:
    """A capitalised proper noun no entity holds that may end a person's name."""
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha and not token.ent_type_ \
        and not _is_title_word(token) and not _is_org_head(token) and not token.is_sent_start


def role_before(doc: Doc, start: int) -> str | None:
    """The title written before a name: "US Defense Secretary" in "US Defense Secretary Lloyd Austin"."""
    toks = token_list(doc)
    i = start - 1
    while i >= 0:
        t = toks[i]
        if _is_title_word(t) or t.ent_type_ in ("GPE", "NORP", "ORG") or t.text in ("-", "'s", "’s") \
                or (t.lower_ == "of" and i > 0 and _is_title_word(toks[i - 1])):
            i -= 1
            continue
        break
    if not any(_is_title_word(t) for t in toks[i + 1:start]):
        return None
    return tokens_text(doc, i + 1, start).strip() or None


def role_apposition(doc: Doc, start: int, end: int) -> str | None:
    """The role given in apposition: "Miroslav Jenca, the UN's assistant secretary-general for Europe,"."""
    head = doc[end - 1]
    for child in head.children:
        if child.dep_ == APPOS and child.i >= end and _is_title_word(child):
            words = [t for t in child.subtree if t.i >= end and not t.is_punct or t.text in ("-", "'s")]
            text = doc[words[0].i:words[-1].i + 1].text if words else ""
            return re.sub(r"^(?:the|a|an)\s+", "", text.strip(" ,")) or None
    return None
