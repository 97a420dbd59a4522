"""Synthetic graphs of a chosen size for kg view's tests and benchmark (benchmarks/view_bench.py)."""
from __future__ import annotations

import random

from kg.load import load_documents
from kg.schema import (Article, Document, Entity, EntityRef, EntityType, Mention, Relation, Sentence,
                       Statement, StatementKind)
from kg.store.kglite_store import KgliteStore

_TYPES = list(EntityType)
_SPEAKING = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY)


def entity(index: int, name: str | None = None) -> Entity:
    kind = _TYPES[index % len(_TYPES)]
    name = name or f"{kind.value} {index:05d}"
    return Entity(id=EntityRef(kind, f"e{index:05d}").id, name=name, type=kind.value, aliases=[f"E{index}"])


def documents(entities: int, articles: int, per_article: int = 12, seed: int = 1,
              names: dict[int, str] | None = None) -> list[Document]:
    """``articles`` documents over ``entities`` entities, each article naming ``per_article`` of them
    (a few popular ones far more often, as in the news) with statements and deployments among them.
    ``names`` renames some entities by index. Every entity is named at least once."""
    rng = random.Random(seed)
    pool = [entity(i, (names or {}).get(i)) for i in range(entities)]
    weights = [1 / (i + 1) ** 0.6 for i in range(entities)]
    docs = []
    for a in range(articles):
        # Articles take the entities in turn, then popular ones: every entity is in some article.
        chosen = {pool[(a * (per_article // 2) + k) % entities].id: None for k in range(per_article // 2)}
        for e in rng.choices(pool, weights, k=per_article - len(chosen)):
            chosen.setdefault(e.id)
        members = [e for e in pool if e.id in chosen]
        docs.append(_document(a, members, rng))
    return docs


def _document(a: int, members: list[Entity], rng: random.Random) -> Document:
    text = " ".join(f"{e.name} was named in article {a}." for e in members)
    sentences, start = [], 0
    for i, e in enumerate(members):
        piece = f"{e.name} was named in article {a}."
        sentences.append(Sentence(i, start, start + len(piece), piece))
        start += len(piece) + 1
    ents = [Entity(e.id, e.name, e.type, e.aliases, None,
                   [Mention(s.start, s.start + len(e.name), e.name, s.index)])
            for e, s in zip(members, sentences)]
    day = f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}"
    statements, relations = [], []
    speakers = [(e, s) for e, s in zip(members, sentences) if EntityType(e.type) in _SPEAKING]
    for n, (speaker, s) in enumerate(speakers):
        about = rng.sample([e.id for e in members if e.id != speaker.id], k=rng.choice((1, 1, 2)))
        statements.append(Statement(
            id=f"st:{a}-{n}", speaker=speaker.id, kind=rng.choice(list(StatementKind)).value,
            negated=rng.random() < 0.15, content=f"what {speaker.name} said in article {a}",
            content_start=s.start, content_end=s.end, sentence=s.index, start=s.start, end=s.end,
            cue="said", date=day if rng.random() < 0.7 else None, about=about))
    countries = [e for e in members if e.type == "Country"]
    places = [e for e in members if e.type == "Place"]
    if countries and places:
        relations.append(Relation(id=f"rel:{a}", type="DEPLOYED_TO", source=countries[0].id,
                                  target=places[0].id, sentence=0, start=0, end=sentences[0].end,
                                  text=sentences[0].text, hypothetical=rng.random() < 0.2,
                                  troops=rng.choice((None, 1000, 12000)), date=day))
    article = Article(id=f"synthetic{a:07d}", file=f"synthetic/{a:07d}.txt", text=text,
                      published=day, source="Example Wire")
    return Document(article, sentences, ents, statements, relations)


def store_of(path: str, docs: list[Document]) -> KgliteStore:
    store = KgliteStore(path)
    for _ in load_documents(store, docs):
        pass
    return store
