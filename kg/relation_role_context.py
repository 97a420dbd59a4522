"""Whose a title is, from the story around it (HOLDS_ROLE): the article's own country and the
other one it contrasts, a country named before the name, the governments, ministries, forces and
institutions the article names, the companions of a home official. kg.relation_roles finds where a
title is written; these read the holder the title itself leaves unsaid."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping

from spacy.tokens import Token

from kg import lexicon
from kg.constants import AGENT, APPOS, CONJ, DOBJ, NOUN_MODIFIER_DEPS, NSUBJ, NSUBJPASS, POBJ, RELCL
from kg.gazetteer import gazetteer
from kg.identity import entity_id
from kg.relation_context import DocContext
from kg.relation_roles import is_title_word
from kg.relation_rules import RelationRule
from kg.relation_words import PERSON_PRONOUNS, acting, type_of
from kg.schema import EntityType

_PERSON = frozenset((EntityType.PERSON,))


def home_contrasted(ctx: DocContext, name: Token, name_end: Token, person: str) -> bool:
    """The person acts with or on another person of the sentence who holds a title of the story's
    home country ("Chancellor Merz attended the ceremony in Vilnius alongside Lithuanian President
    Gitanas Nauseda", "X met the kingdom's defence minister"): the one the writer leaves unmarked
    beside them is not from there (but "signed with their Philippine counterparts after a meeting
    with President Marcos" under MANILA: Marcos does not act, and is the home one)."""
    sent = name.sent
    return ctx.home is not None and (_in_subject(name_end) and any(
        sent.start <= i < sent.end and who != person and holder == ctx.home and not acting(sent.doc[i])
        for i, who, holder, _ in ctx.roles) or _met_by_home(ctx, name_end, person))


def _met_by_home(ctx: DocContext, name_end: Token, person: str) -> bool:
    """The person is the object of someone named with a title of the home country ("Mexico's
    foreign minister, Juan Ramon de la Fuente, met Secretary of State Marco Rubio in Mexico City"):
    the one met is their guest, not from there."""
    if name_end.dep_ != DOBJ:
        return False
    subjects = {t.i for c in name_end.head.children if c.dep_ == NSUBJ for t in c.subtree}
    return any(i in subjects and who != person and holder == ctx.home for i, who, holder, _ in ctx.roles)


def other_country(ctx: DocContext) -> str | None:
    """The country other than the home one the story names most (three times or more, more than
    any other): whose a guest of the home country is."""
    counts = sorted(((len(e.mentions), e.id) for e in ctx.ents.entities
                     if type_of(e.id) == EntityType.COUNTRY and e.id != ctx.home), reverse=True)
    if not counts or counts[0][0] < 3 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def _in_subject(name_end: Token) -> bool:
    """A name inside its clause's subject, however the parser hung the names of the subject on each
    other ("Chancellor Friedrich Merz and Defense Minister Boris Pistorius attended")."""
    node = name_end
    for _ in range(6):
        if acting(node):
            return True
        if node.dep_ not in (*NOUN_MODIFIER_DEPS, APPOS, CONJ) or node.head.i == node.i:
            return False
        node = node.head
    return False


def companion_holder(ctx: DocContext, name_end: Token, companions: frozenset[str],
                     types: frozenset[str], rule: RelationRule) -> str | None:
    """Whose side a person is on who accompanies someone of known title: "Army chief Asim Munir,
    who accompanied Sharif," holds his title where Sharif holds his."""
    verbs = [c for c in name_end.children if c.dep_ == RELCL] + ([name_end.head] if name_end.dep_ == NSUBJ else [])
    accompanied = [(c, verb) for verb in verbs if verb.lemma_.lower() in companions
                   for c in verb.children if c.dep_ == DOBJ]
    if name_end.dep_ == POBJ and name_end.head.dep_ == AGENT and name_end.head.head.lemma_.lower() in companions:
        # "He was accompanied by Morgan Ortagus, a deputy special envoy": who "he" is
        verb = name_end.head.head
        accompanied += [(c, verb) for c in verb.children if c.dep_ == NSUBJPASS]
    for obj, _ in accompanied:
        other = ctx.ents.at(obj)
        if other is None and obj.lower_ in PERSON_PRONOUNS:
            other = next(iter(ctx.antecedents(obj, _PERSON, rule)), None)
        holder = ctx.held_by(other, types) if type_of(other) == EntityType.PERSON else None
        if holder:
            return holder
    return None


def held_in_place(ctx: DocContext, words: list[Token]) -> tuple[bool, str | None]:
    """A title written after a region's or city's name: "Ontario Premier Doug Ford", "Texas
    Governor Greg Abbott", "Sarawak Premier X" hold it there, in a place, not in its country. Returns
    whether it is, and the place's entity (a name the gazetteer knows as a region or city but the
    entity rules missed becomes one)."""
    if words[0].i == 0:
        return False, None
    prior = words[0].nbor(-1)
    eid = ctx.ents.at(prior)
    if eid is not None:
        return type_of(eid) == EntityType.PLACE, eid if type_of(eid) == EntityType.PLACE else None
    gaz = gazetteer()
    if prior.pos_ == "PROPN" and gaz.country(prior.text) is None and (
            gaz.region(prior.text) is not None or gaz.city(prior.text) is not None):
        return True, None
    # a region's name the entity rules missed, read as part of the title: "Sarawak Premier X"
    named = next((w for w in words[:-1] if w.pos_ == "PROPN" and w.is_title and not is_title_word(w)
                  and gaz.country(w.text) is None and gaz.region(w.text) is not None), None)
    return (True, ctx.add_place(named.doc[named.i:named.i + 1])) if named is not None else (False, None)


def _countries_in_name(name: str) -> Iterator[str]:
    """The countries an organisation's name says it is of ("Uzbek Foreign Ministry", "South
    African Reserve Bank"), by the gazetteer, whether or not the text names them."""
    words = name.split()
    gaz = gazetteer()
    for n in (2, 1):   # "South African", "Russian"
        for i in range(len(words) - n + 1):
            text = " ".join(words[i:i + n])
            country = gaz.demonym(text) or gaz.country(text)
            if country:
                yield entity_id(EntityType.COUNTRY, country.code.lower())


def government_country(ctx: DocContext, holder: str, governments: frozenset[str]) -> str | None:
    """The country whose government body an organisation is, by its name: "Russian Foreign Ministry"
    (a spokeswoman of the ministry speaks for Russia too), if the text names that country."""
    if type_of(holder) != EntityType.ORGANIZATION:
        return None
    name = ctx.names.get(holder, "")
    if not any(w.lower() in governments for w in name.split()):
        return None
    return next((eid for eid in _countries_in_name(name) if eid in ctx.names), None)


def bare_state_body(ctx: DocContext, holder: str, state_words: frozenset[str]) -> bool:
    """An organisation of a country's state named by no country: "Parliament", "Foreign Ministry",
    "Justice Department" (whose country the text leaves unsaid, as it does a bare title's)."""
    return type_of(holder) == EntityType.ORGANIZATION and any(
        w.lower() in state_words for w in ctx.names.get(holder, "").split()) and government_country(
        ctx, holder, state_words) is None


def ministry_before(ctx: DocContext, holder: str, name: Token, governments: frozenset[str]) -> str | None:
    """The country of a government body named by no country ("a spokesman for the foreign
    ministry"): the one whose minister of the same portfolio was named before, nearby ("Foreign
    Minister Abbas Araqchi", Iran's)."""
    words = ctx.names.get(holder, "").lower().split()
    if type_of(holder) != EntityType.ORGANIZATION or not any(w in governments for w in words):
        return None
    portfolio = {w for w in words if w not in governments}
    return next((country for i, _, country, title in reversed(ctx.roles) if i < name.i and type_of(country) == EntityType.COUNTRY
                 and ctx.near_paragraph(name, i) and portfolio & set(title.lower().split())), None)


def fronted_place(ctx: DocContext, name: Token) -> str | None:
    """The country of a place a sentence opens with, before the person who acts in it: "In Beijing,
    foreign ministry spokesman Guo Jiakun said", "Back in Canberra, Resources Minister Madeleine
    King acknowledged" (a dateline inside the story)."""
    words = [t for t in name.sent[:3] if not t.is_space]
    first = words[1] if len(words) > 1 and words[0].lower_ == "back" else words[0] if words else None
    if first is None or first.lower_ != "in" or first.i >= name.i:
        return None
    for place in (c for c in first.children if c.dep_ == POBJ and c.i < name.i):
        eid = ctx.ents.at(place)
        country = eid if type_of(eid) == EntityType.COUNTRY else ctx.capital_of(eid) if type_of(eid) == EntityType.PLACE else None
        if country and any(t.text == "," for t in name.doc[place.i + 1:name.i]):
            return country
    return None


def story_country(ctx: DocContext) -> str | None:
    """The one country a story with no dateline is set in, where the national titles it leaves
    unowned are held: named most (its capital and cities counting for it), three times or more and
    at least twice as often as any other ("Gambia's main opposition coalition said ... President
    Ebrima Ceesay")."""
    counts: Counter[str] = Counter()
    for entity in ctx.ents.entities:
        kind = type_of(entity.id)
        country = entity.id if kind == EntityType.COUNTRY else (
            ctx.capital_of(entity.id) or ctx.country_of(entity.id)) if kind == EntityType.PLACE else None
        if country:
            counts[country] += len(entity.mentions)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]


def portfolio_before(ctx: DocContext, name: Token, words: list[Token], governments: frozenset[str]) -> str | None:
    """The country whose ministry of the title's portfolio was named just before (this paragraph or
    the one before): "Turkey's defence ministry confirmed ... Defence Minister Hakan Yildirim"."""
    portfolio = {w.lower_ for w in words[:-1]}
    for i, country in reversed(ctx.governments):
        ministry = name.doc[i]
        if i < name.i and ctx.near_paragraph(name, i) and ministry.lemma_.lower() in governments \
                and portfolio & {c.lower_ for c in ministry.lefts}:
            return country
    return None


def force_named(ctx: DocContext, name: Token, words: list[Token], forces: frozenset[str]) -> str | None:
    """The organisation the text names for the armed, police or coast guard body a title with no
    holder names ("Police spokesman X" after "the Gambia Police Force"; "coast guard spokesman X"
    after "the Hellenic Coast Guard said"): the last named before the person with the title's word
    for it, else the only one the text names."""
    kinds = {w.lemma_.lower() for w in words} & forces
    if not kinds:
        return None
    named = [(i, eid) for i, eid in ctx.mentions if type_of(eid) == EntityType.ORGANIZATION
             and kinds & set(ctx.names.get(eid, "").lower().split())]
    before = [eid for i, eid in named if i < name.i]
    anywhere = {eid for _, eid in named}
    return before[-1] if before else next(iter(anywhere)) if len(anywhere) == 1 else None


def force_of(ctx: DocContext, words: list[Token], country: str, forces: frozenset[str]) -> str | None:
    """A country's armed, police or coast guard body that a title names, when the text names it as
    an organisation of that country: "Thai army spokesperson X" is the Royal Thai Army's."""
    kinds = frozenset(w.lemma_.lower() for w in words) & forces
    if not kinds or type_of(country) != EntityType.COUNTRY:
        return None
    return next((e.id for e in ctx.ents.entities if type_of(e.id) == EntityType.ORGANIZATION
                 and government_country(ctx, e.id, kinds) == country), None)


def institution_of(ctx: DocContext, name: Token, kind: str) -> str | None:
    """The organisation of one kind (its names have this word: "bank") whose title a person with no
    holder holds: the one the sentence or the one before reports on, else the one the story names
    most, twice or more (first, if as often as another: the story's subject comes first): "Bank
    Indonesia kept its rate ... Governor Hendra Wibisono said"."""
    kinds = [e for e in ctx.ents.entities if type_of(e.id) == EntityType.ORGANIZATION
             and _of_kind(ctx.names.get(e.id, ""), kind)]
    actor = ctx.actor(name.sent, frozenset((EntityType.ORGANIZATION,)), "")
    if actor in {e.id for e in kinds}:
        return actor
    ranked = sorted(kinds, key=lambda e: (-len(e.mentions), min(m.start for m in e.mentions)))
    if not ranked:
        return None
    at = [i for i, eid in ctx.mentions if eid == ranked[0].id]
    # named twice, or once as what the story opens on ("The National Bank of Poland cut its rate") or
    # in the person's sentence ("Rep. X said he would introduce a bill in the House of Representatives")
    # (the name's head word acts: "The Public Prosecutor's *Office* said")
    return ranked[0].id if len(ranked[0].mentions) >= 2 or any(acting(name.doc[i]) for i in at) or any(
        name.sent.start <= i < name.sent.end for i in at) else None


def _of_kind(name: str, kind: str) -> bool:
    """An organisation's name has the word of its kind, not as what only qualifies another
    institution's word ("Bank of England", "Data Protection Commission", the "Public *Prosecutor's*
    Office"; not the "*Senate* Budget Committee")."""
    words = name.lower().replace("’s", "'s").split()
    plain = [w.removesuffix("'s") for w in words]
    if kind not in plain:
        return False
    at = plain.index(kind)
    return words[at].endswith("'s") or not any(w in lexicon.ORG_HEADS for w in plain[at + 1:])


def short_name(ctx: DocContext, words: list[Token]) -> str | None:
    """The organisation a title's qualifier names by the first word of its name, the word right before
    the title ("Conservative MP X" where the text names the Conservative Party, "Arcadia CEO X" the
    Arcadia Cloud it is about); not a country's word ("Greek Foreign Minister")."""
    if words[0].i == 0:
        return None
    word = words[0].nbor(-1)
    gaz = gazetteer()
    if not word.is_title or word.pos_ not in ("PROPN", "ADJ") or ctx.ents.at(word) is not None \
            or is_title_word(word) or gaz.demonym(word.text) or gaz.country(word.text):
        return None
    named = {e.id for e in ctx.ents.entities if type_of(e.id) == EntityType.ORGANIZATION
             and ctx.names.get(e.id, "").split()[:1] == [word.text] and len(ctx.names[e.id].split()) > 1}
    return next(iter(named)) if len(named) == 1 else None


def unread_owner(ctx: DocContext, words: list[Token]) -> bool:
    """A name right before the title that kg did not read as an organisation ("BP boss Murray
    Auchincloss", "Arcadia CEO Dana Whitfield", "Anglo's chief executive X" with "Anglo" read as a
    place): the title's holder is said, so no other organisation of the story is guessed for it."""
    if words[0].i == 0:
        return False
    word = words[0].nbor(-1)
    if word.lower_ in ("'s", "’s") and word.i > 0:   # "Anglo's chief executive X", "Anglo" read as a place
        word = word.nbor(-1)
    gaz = gazetteer()
    return word.pos_ == "PROPN" and word.text[:1].isupper() and type_of(ctx.ents.at(word)) in (None, EntityType.PLACE) \
        and not is_title_word(word) and not gaz.demonym(word.text) and not gaz.country(word.text)


def business_named(ctx: DocContext, noun: Token, businesses: frozenset[str]) -> str | None:
    """The organisation the text named with a business noun, the last before this one: "the
    Split-based construction *company* Dalmacija Gradnja ... The company's director" (however many
    paragraphs before); "Loopline, the video *platform*," (the noun set beside the name)."""
    doc = noun.doc
    for i, eid in reversed(ctx.mentions):
        if i >= noun.i or type_of(eid) != EntityType.ORGANIZATION or (i > 0 and ctx.ents.at(doc[i - 1]) == eid):
            continue
        word = doc[i]
        beside = [word.head] if word.dep_ == APPOS else []
        beside += [c for c in word.children if c.dep_ == APPOS]
        if i > 0 and doc[i - 1].lemma_.lower() in businesses or any(b.lemma_.lower() in businesses for b in beside):
            return eid
    return None


def business_topic(ctx: DocContext) -> str | None:
    """The business the article is about: of the organisations that are no institution by their
    name ("Authority", "Commission", "Union"; but "Group", "Corp") nor a news outlet,
    the one named most, twice or more, the first named of equals."""
    first: dict[str, int] = {}
    for i, eid in ctx.mentions:
        first.setdefault(eid, i)
    outlets = _outlet_names()
    counts = sorted((-len(e.mentions), first.get(e.id, 0), e.id) for e in ctx.ents.entities
                    if type_of(e.id) == EntityType.ORGANIZATION and _business_name(ctx.names.get(e.id, ""), outlets))
    return counts[0][2] if counts and -counts[0][0] >= 2 else None


def institution_like(ctx: DocContext, eid: str) -> bool:
    """An organisation named as an institution of the state, no business: "General Court",
    "Competition Authority" (lexicon DESCRIBES_INSTITUTION)."""
    return any(w.lower() in lexicon.DESCRIBES_INSTITUTION for w in ctx.names.get(eid, "").split())


def _outlet_names() -> set[str]:
    return {name.lower() for name, aliases in lexicon.NEWS_OUTLETS.items() for name in (name, *aliases)}


def _business_name(name: str, outlets: set[str]) -> bool:
    """A name a business may bear: with no institution's word ("Ministry of Youth Affairs and
    Sports", "Indian Olympic Association"; but "Group", "Corp"), not a news outlet's."""
    words = {w.lower().strip(".,") for w in name.split()}
    return name.lower() not in outlets and not (words & lexicon.ORG_HEADS) - lexicon.CORPORATE_SUFFIXES


def institution_named(ctx: DocContext, words: list[Token]) -> str | None:
    """The organisation a capitalised institution word qualifying the title names, the one of the
    story whose name has the word ("Department spokesperson X" where the text names the Department of
    Mineral Resources, "Deputy Treasury Secretary X" the Department of the Treasury); not a
    legislature's word ("Parliament Speaker X": the country's)."""
    # (not a body the title names itself, which is already its holder: "State Department spokesperson X"
    # is the country's too)
    qualifiers = {w.lower_ for w in words[:-1] if w.is_title and w.lower_ in lexicon.ORG_HEADS
                  and w.lower_ not in lexicon.LEGISLATURE_HEADS and ctx.ents.at(w) is None}
    if not qualifiers:
        return None
    named = {e.id for e in ctx.ents.entities if type_of(e.id) == EntityType.ORGANIZATION
             and qualifiers & set(ctx.names.get(e.id, "").lower().replace("'s", "").split())}
    return next(iter(named)) if len(named) == 1 else None


def visit_host(ctx: DocContext, name_end: Token, meeting: RelationRule | None,
               travel_verbs: frozenset[str]) -> tuple[bool, str | None]:
    """Whether the person is met where someone travels to a capital, and the host country: the
    capital's, when it is the one capital a sentence names so and the text names its country:
    "will travel to Seoul to meet President Yoon Suk Yeol", "is due to visit Warsaw for talks with
    Prime Minister Donald Tusk" (the guest travels; who is met there is the host); not where they
    meet ("met President Macron in Kyiv": whoever travelled). A host abroad whose country the text
    does not name ("travel to Bogota to meet President Gustavo Petro") is no home official."""
    if meeting is None or not _met(name_end, meeting):
        return False, None
    hosts = {country for t in ctx.mention_tokens(name_end.sent) if _travelled_to(t, travel_verbs)
             for country in [capital_named(ctx, t, named=False)] if country}
    if len(hosts) != 1:
        return False, None
    host = next(iter(hosts))
    return True, host if host in ctx.names else None


def _met(name_end: Token, meeting: RelationRule) -> bool:
    """The name is whom a meeting is with: "to meet X", "talks with X", "hosted by X"."""
    head = name_end.head
    if name_end.dep_ == DOBJ:
        return head.lemma_.lower() in meeting.verbs
    if name_end.dep_ != POBJ:
        return False
    if head.lower_ == "with":
        return head.head.lemma_.lower() in meeting.verbs or head.head.lower_ in meeting.nouns
    return head.dep_ == AGENT and head.head.lemma_.lower() in meeting.verbs


def _travelled_to(place: Token, travel_verbs: frozenset[str]) -> bool:
    """The word is where someone goes: "travel *to* Seoul", "a trip *to* Seoul", "visit Warsaw",
    "arrived *in* Beijing"."""
    head = place.head
    if place.dep_ == DOBJ:
        return head.lemma_.lower() in travel_verbs
    return place.dep_ == POBJ and (head.lower_ == "to" or head.lower_ == "in" and head.head.lemma_.lower() in travel_verbs)


def capital_named(ctx: DocContext, token: Token, named: bool = True) -> str | None:
    """The country a capital's name stands for, whether the entity rules read it as the city or as
    its country ("visit Warsaw" as Poland); only one the text names, unless not ``named``."""
    eid = ctx.ents.at(token)
    kind = type_of(eid)
    if kind == EntityType.PLACE:
        if named:
            return ctx.capital_of(eid)
        country = gazetteer().capital(ctx.names.get(eid, ""))
        return entity_id(EntityType.COUNTRY, country.code.lower()) if country else None
    if kind != EntityType.COUNTRY:
        return None
    start, end = token.i, token.i + 1
    while start > 0 and ctx.ents.at(token.doc[start - 1]) == eid:
        start -= 1
    while end < len(token.doc) and ctx.ents.at(token.doc[end]) == eid:
        end += 1
    country = gazetteer().capital(token.doc[start:end].text)
    return eid if country is not None and entity_id(EntityType.COUNTRY, country.code.lower()) == eid else None


def portfolio_named(ctx: DocContext, words: list[Token], country: str | None, departments: frozenset[str],
                    groups: Mapping[str, frozenset[str]]) -> str | None:
    """The department or ministry the text named before whose name holds the portfolio a
    government title gives: "Interior Minister X" (the Interior Ministry), "Deputy Treasury
    Secretary X" (the Department of the Treasury, or "the Treasury"), "Deputy Minister of Mineral
    and Petroleum Resources X" (the Department of Mineral and Petroleum Resources); not one of
    another country than the ``country`` the title is held in ("Foreign Minister X" of Kyrgyzstan
    and "the Uzbek Foreign Ministry"), nor a word for the state itself ("Secretary of *State*",
    "Minister of *State*": no State Department's post)."""
    portfolios = _portfolios(ctx, words)
    if not portfolios:
        return None
    start = words[0].idx
    before = [e.id for e in ctx.ents.entities if type_of(e.id) == EntityType.ORGANIZATION
              and e.mentions and e.mentions[0].start < start]
    for portfolio in portfolios:
        # (relation_groups: the nouns that stand for a country)
        if all(EntityType.COUNTRY in groups.get(w, ()) for w in portfolio):
            continue
        named = {eid for eid in before for name in [ctx.names.get(eid, "").lower().split()]
                 if _holds(name, portfolio) and (name == portfolio or set(name) & departments)}
        if named:
            department = next(iter(named)) if len(named) == 1 else None
            whose = next(_countries_in_name(ctx.names.get(department, "")), None) if department else None
            return department if whose is None or country is None or whose == country else None
    return None


def _portfolios(ctx: DocContext, words: list[Token]) -> list[list[str]]:
    """The capitalised words a title may name its portfolio by, longest first: after its head word
    by "of" or "for" ("Minister *of Mineral and Petroleum Resources*"), else before it, without the
    words of rank before them ("Deputy *Treasury* Secretary", "*Economic Affairs* Minister")."""
    doc = words[0].doc
    head = next((w for w in words if w.i + 2 < len(doc) and w.nbor(1).lower_ in ("of", "for")), None)
    if head is not None:
        after: list[str] = []
        for t in doc[head.i + 2:]:
            if ctx.ents.at(t) is not None or not (t.is_title or t.lower_ == "and"):
                break
            after.append(t.lower_)
        return [after] if after and after[-1] != "and" else []
    start = words[-1].i
    while start > 0 and doc[start - 1].is_title and ctx.ents.at(doc[start - 1]) is None and not doc[start].is_sent_start:
        start -= 1
    before = [t.lower_ for t in doc[start:words[-1].i]]
    return [before[i:] for i in range(len(before))]


def _holds(name: list[str], words: list[str]) -> bool:
    """The name has these words in a row."""
    n = len(words)
    return any(name[i:i + n] == words for i in range(len(name) - n + 1))
