"""What the speaker rules know of a document (``Context``), and the noun phrases that describe or
name an entity: "the company", "the newspaper", "the 71-year-old" point back to the last entity
they can describe; "the chip maker Nvidia", "the UN mission, MONUSCO," and "O'Neill" name it.
"""
from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.constants import ACL, APPOS, COMPOUND, DET, NAME_LINK_DEPS, RELCL, SUBJECT_DEPS
from kg.entities import DocEntities
from kg.gazetteer import fold
from kg.sentences import sentence_of


_AGE = re.compile(r"^\d+-year-old$")
_DEFINITE = frozenset({"the", "this"})


class Context(Protocol):
    doc: Doc
    ents: DocEntities
    genders: dict[str, str] | None
    sentence_of: dict[int, int]
    last_person: str | None
    last_org: str | None
    outlets: set[str]


def inside_clause(token: Token, top: Token) -> bool:
    """Whether a relative or other clause lies between the token and the phrase's head."""
    node = token
    while node.i != top.i:
        head = node.head   # (a new Token on each read)
        if head.i == node.i:
            break
        if node.dep_ in (RELCL, ACL):
            return True
        node = head
    return False


def descriptor_of(ctx: Context, head: Token) -> str | None:
    """"The chip maker Nvidia said", "the state broadcaster NHK reported": a noun that describes
    an organisation, followed by the organisation's name."""
    lemma = head.lemma_.lower()
    if lemma not in lexicon.ORGANIZATION_NOUNS and lemma not in lexicon.DESCRIBES_ORGANIZATION \
            and lemma not in lexicon.DESCRIBES_OUTLET:
        return None
    for child in head.subtree:
        eid = ctx.ents.at(child)
        if eid and eid.startswith("organization:") and (child.i < head.i and _compound_of(child, head)
                                                         or child.head == head and child.dep_ in NAME_LINK_DEPS):
            return eid   # "the chip maker Nvidia", "Khan's PTI party", "the Gannett newspaper chain"
    return None


def _compound_of(token: Token, head: Token) -> bool:
    """Whether the token modifies the head through compounds only ("Gannett newspaper chain")."""
    while token.dep_ == COMPOUND and token.head.i != token.i:
        token = token.head
        if token.i == head.i:
            return True
    return False


def named_aside(ctx: Context, head: Token) -> str | None:
    """"The UN peacekeeping mission, MONUSCO, said", "the rescue agency, known as Basarnas,
    said": an organisation named beside the noun, set off by commas or by "known as"."""
    if head.pos_ != "NOUN":
        return None
    for child in head.subtree:
        if child.i < head.i or child.head.i != head.i and (child.dep_ != APPOS or inside_clause(child, head)):
            continue   # "the UN mission in Congo, MONUSCO,": the parser may hang the name on Congo
        if child.dep_ == APPOS:
            names = [child]
        elif child.dep_ == ACL and child.lemma_.lower() in lexicon.NAMING_PARTICIPLES:
            names = [t for t in child.subtree if t.i > child.i]
        else:
            continue
        eid = next((ctx.ents.at(t) for t in names if (ctx.ents.at(t) or "").startswith("organization:")), None)
        if eid:
            return eid
    return None


def age_phrase(head: Token) -> bool:
    """"the 71-year-old", which the tokenizer splits into "71 - year - old"."""
    return head.lower_ == "old" and any(c.lemma_ == "year" for c in head.children) \
        and any(t.lower_ == "the" for t in head.subtree)


def _letters(text: str) -> str:
    return re.sub(r"[\W_]", "", fold(text))


def by_surname(ctx: Context, head: Token) -> str | None:
    """"O'Neill said" after "James O’Neill": a surname the names in the article end with; or a
    one-word name of the article's ("Woolworths said")."""
    surname = _letters(head.text)
    people = [e.id for e in ctx.ents.entities if e.id.startswith("person:") and len(e.name.split()) > 1
              and _letters(e.name.split()[-1]) == surname]
    if len(people) == 1:
        return people[0]
    named = [e.id for e in ctx.ents.entities if _letters(e.name) == surname]
    if not named and head.pos_ == "PROPN" and not any(c.dep_ == COMPOUND for c in head.children):
        # "Solvane denied ..." after "Solvane Therapeutics": an alias the article gives the
        # organisation, or the first word of its name, where the model left the word unmarked
        named = [e.id for e in ctx.ents.entities if e.id.startswith("organization:")
                 and (surname in {_letters(a) for a in e.aliases}
                      or len(e.name.split()) > 1 and _letters(e.name.split()[0]) == surname)]
    return named[0] if len(named) == 1 else None   # a one-word name the article gave before


def named_by_apposition(ctx: Context, head: Token, deps=frozenset({APPOS})) -> str | None:
    for child in head.children:
        if child.dep_ in deps and (ctx.ents.at(child) or "").startswith("person:"):
            return ctx.ents.at(child)
    return None


def definite(head: Token) -> bool:
    return head.tag_ in ("NN", "NNP") and any(c.dep_ == DET and c.lower_ in _DEFINITE for c in head.children)


def role_words(text: str) -> set[str]:
    return {fold(w).replace("defense", "defence") for w in text.replace("-", " ").split()}


def described(ctx: Context, head: Token, institution: bool = False) -> str | None:
    """"the company", "the Swedish carmaker", "the newspaper", "the 71-year-old": the last
    entity mentioned before that the description fits; "police", "the ministry" (and, as an
    ``institution``, "the office"): the last organisation named with that word ("Zambia Police
    Service"), or no one."""
    lemma = head.lemma_.lower()
    # "the unification ministry" is no ministry named otherwise ("Defense Ministry"): the nouns
    # before the description's own must be words of the name too
    kinds = role_words(" ".join(c.lower_ for c in head.children if c.dep_ == COMPOUND and c.i < head.i
                                 and c.is_lower and not c.ent_type_))
    named = {e.id for e in ctx.ents.entities if len(e.name.split()) > 1
             and any(w.startswith(lemma) for w in e.name.lower().split()) and kinds <= role_words(e.name)}
    if institution or lemma in lexicon.DESCRIBES_INSTITUTION:
        # "police said", "the ministry said": only an organisation named so in the article
        wanted = lambda eid: eid.startswith("organization:") and eid in named
    elif lemma in lexicon.DESCRIBES_OUTLET:
        wanted = lambda eid: eid in ctx.outlets
    elif lemma in lexicon.DESCRIBES_ORGANIZATION:
        public = _public_bodies(ctx) if lemma in lexicon.DESCRIBES_BUSINESS else set()   # no commission
        wanted = lambda eid: eid.startswith("organization:") and eid not in ctx.outlets and eid not in public
    elif lemma in lexicon.DESCRIBES_COUNTRY:
        wanted = lambda eid: eid.startswith("country:")
    elif lemma in lexicon.DESCRIBES_PERSON or _AGE.match(head.lower_) or age_phrase(head):
        wanted = lambda eid: eid.startswith("person:")
    else:
        return None
    before = sorted((i for i in ctx.ents.by_token if i < head.i and wanted(ctx.ents.by_token[i])), reverse=True)
    fitting = [ctx.ents.by_token[i] for i in before]
    # "the bank" is the last one named a bank, if any, before any other organisation
    found = next((eid for eid in fitting if eid in named), None)
    if found or institution or lemma in lexicon.DESCRIBES_INSTITUTION:
        return found
    # "Cricket Australia banned him after a Shield game, the governing body said": the subject of
    # the sentence it closes, before a nearer name inside it
    sent_start = sentence_of(head).start
    found = next((ctx.ents.by_token[i] for i in before if i >= sent_start
                  and ctx.doc[i].dep_ in SUBJECT_DEPS), None)
    if found is None and lemma in lexicon.DESCRIBES_ORGANIZATION:
        found = _named_ahead(ctx, head, named, any_subject=not fitting)
    return found or (fitting[0] if fitting else None)


_PUBLIC_HEADS = lexicon.INSTITUTION_HEADS | lexicon.CAPITALISED_INSTITUTION_HEADS


def _public_bodies(ctx: Context) -> set[str]:
    """Organisations named as public bodies ("European Commission", "Health Ministry"), which
    "the company", "the group", "the firm" do not describe."""
    return {e.id for e in ctx.ents.entities if e.id.startswith("organization:")
            and e.name.split()[-1].lower() in _PUBLIC_HEADS}


def _named_ahead(ctx: Context, head: Token, named: set[str], any_subject: bool = False) -> str | None:
    """"Malawi's main opposition party rejected the results. The Democratic Progressive Party
    said ...": a description that opens a story may name its organisation in the next sentence;
    with no organisation before it, any organisation that is the next sentence's subject ("Ghana's
    cocoa regulator denied ... The Ghana Cocoa Board said")."""
    doc = ctx.doc
    end = sent_end = sentence_of(head).end
    if end < len(doc):
        end = sentence_of(doc[end]).end
    return next((ctx.ents.by_token[i] for i in range(head.i + 1, end)
                 if ctx.ents.by_token.get(i) in named
                 or any_subject and i >= sent_end and doc[i].dep_ in SUBJECT_DEPS
                 and ctx.ents.by_token.get(i, "").startswith("organization:")), None)
