"""Documents into the graph: rows per node and relationship kind, one ``UNWIND $rows`` per kind and
batch.

Loading twice changes nothing: a document whose article (its content hash) is already loaded
completely is skipped. Every other article is new to the graph, or replaces one (the same file
with another text, or the same text a load cut short left incomplete) that is removed first: so
what belongs to one article (the article, its sentences, statements, facts and mentions) is
created, not merged; only what articles share (entities, their names) is merged."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.cypherfiles import load as cypher
from kg.schema import RELATION_NAME, Document
from kg.store import Store, StoreError

# Order matters: nodes before the relationships that join them; an article is marked complete last.
_STEPS = ("articles", "sentences", "entities", "names", "mentions", "statements", "statement_about",
          "statement_outlets", "relations", "relation_edges", "claims", "articles_complete")


# What the questions expect to find in a graph. 2: the Name index, the properties statements carry
# for listings, and the derived co-mentions and confirmers/disputers. 3: Relation nodes and the
# statements' outlet names. 4: relation types from rules, relations' modality and claims.
# Graphs written before formats were recorded count as 1.
GRAPH_FORMAT = 4


class OutdatedGraph(StoreError):
    """The graph was written by an older kg: its questions would silently miss facts."""


def graph_format(store: Store) -> int | None:
    """The format of the graph in ``store``: None when it holds no articles yet."""
    [row] = store.read(cypher("read/graph_format"))
    if row["format"] is not None:
        return row["format"]
    [count] = store.read(cypher("read/article_count"))
    return 1 if count["articles"] else None


def check_format(store: Store) -> None:
    found = graph_format(store)
    if found is not None and found != GRAPH_FORMAT:
        raise OutdatedGraph(f"this graph was written by an older kg (format {found}, now {GRAPH_FORMAT}); "
                            "run kg build on its articles again to upgrade it")


def mark_current(store: Store) -> None:
    store.write(cypher("write/graph_format"), [{"format": GRAPH_FORMAT}])


@dataclass
class LoadCounts:
    documents: int = 0   # documents handled, skipped ones included
    rows: int = 0
    skipped: int = 0     # documents whose article was already loaded completely


def rows_of(doc: Document) -> dict[str, list[dict]]:
    a = doc.article
    sid = lambda index: f"{a.id}:{index}"  # noqa: E731
    rows: dict[str, list[dict]] = {step: [] for step in _STEPS}
    # Facts repeat their article's file and outlet (relations also its day, their date when the
    # text gives none) so that questions can sort and page them without a lookup per row.
    provenance = {"article_file": a.file, "article_source": a.source}
    rows["articles_complete"].append({"id": a.id})
    rows["articles"].append({"id": a.id, "file": a.file, "title": a.title, "source": a.source,
                             "published": a.published, "url": a.url, "author": a.author,
                             "published_at": a.published_at})
    rows["sentences"] += [{"id": sid(s.index), "article": a.id, "index": s.index, "text": s.text,
                           "char_start": s.start, "char_end": s.end} for s in doc.sentences]
    for e in doc.entities:
        rows["entities"].append({"id": e.id, "name": e.name, "type": e.type, "aliases": e.aliases,
                                 "role": e.role, "iso": e.iso, "geonames_id": e.geonames_id,
                                 "lat": e.lat, "lon": e.lon})
        rows["names"].append({"entity": e.id, "keys": name_keys(e.name, e.aliases)})
        rows["mentions"].append({"entity": e.id, "article": a.id, "count": len(e.mentions),
                                 "starts": [m.start for m in e.mentions],
                                 "texts": [m.text for m in e.mentions]})
    for st in doc.statements:
        rows["statements"].append({
            "id": st.id, "speaker": st.speaker, "sentence_id": sid(st.sentence), "kind": st.kind,
            "negated": st.negated, "content": st.content, "content_start": st.content_start,
            "content_end": st.content_end, "date": st.date, "date_text": st.date_text, "cue": st.cue,
            "char_start": st.start, "char_end": st.end, "article": a.id, "about": st.about,
            "reported_by": st.reported_by, **provenance})
        rows["statement_about"] += [{"statement": st.id, "entity": e} for e in st.about]
        rows["statement_outlets"] += [{"statement": st.id, "entity": e} for e in st.reported_by]
    for r in doc.relations:
        rows["relations"].append({
            "id": r.id, "type": r.type, "source": r.source, "target": r.target, "troops": r.troops,
            "unit": r.unit, "title": r.title, "date": r.date, "hypothetical": r.hypothetical,
            "modality": r.modality, "negated": r.negated, "trigger": r.trigger, "claimed_by": r.claimed_by,
            "article": a.id, **provenance, "article_published": a.published,
            "sentence_id": sid(r.sentence), "text": r.text, "char_start": r.start, "char_end": r.end})
        rows["claims"] += [{"statement": st, "relation": r.id} for st in r.claimed_by]
    rows["relation_edges"] = rows["relations"]
    return rows


def relation_edges_cypher(relation_type: str) -> str:
    """write/relation_edges for one relation type: its name becomes the relationship type, so it
    must be a safe name (a rules file supplies it)."""
    if not re.fullmatch(RELATION_NAME, relation_type):
        raise StoreError(f"relation type {relation_type!r} is not an upper snake case name")
    return cypher("write/relation_edges").replace("RELATION_TYPE", relation_type)


def merge_entity_rows(rows: list[dict]) -> list[dict]:
    """One row per entity for a batch, which write/entities applies as it would apply the rows
    one by one: the first row's name and type, every other name and alias as aliases, the first
    role given, the last identifiers given. An entity named in many articles of a batch is
    written once instead of once per article."""
    by_id: dict[str, dict] = {}
    for row in rows:
        kept = by_id.get(row["id"])
        if kept is None:
            by_id[row["id"]] = {**row, "aliases": list(row["aliases"])}
            continue
        kept["aliases"] += [x for x in row["aliases"] + [row["name"]] if x not in kept["aliases"]]
        kept["role"] = kept["role"] if kept["role"] is not None else row["role"]
        kept.update({k: row[k] for k in ("iso", "geonames_id", "lat", "lon") if row.get(k) is not None})
    for kept in by_id.values():
        kept["aliases"] = [x for x in dict.fromkeys(kept["aliases"]) if x != kept["name"]]
    return list(by_id.values())


def merge_name_rows(rows: list[dict]) -> list[dict]:
    """One row per entity for a batch, with every lookup key its rows give."""
    keys: dict[str, set[str]] = {}
    for row in rows:
        keys.setdefault(row["entity"], set()).update(row["keys"])
    return [{"entity": entity, "keys": sorted(found)} for entity, found in keys.items()]


def name_keys(name: str, aliases: list[str]) -> list[str]:
    """What a user may type for this entity, lower-cased: the name, each alias, and each ending of
    the name that starts a word ("vladimir putin" -> "putin")."""
    words = name.lower().split()
    keys = {" ".join(words[i:]) for i in range(len(words))}
    keys.update(alias.lower() for alias in aliases)
    return sorted(k for k in keys if k)


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in documents:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def load_documents(store: Store, documents: Iterable[Document], batch_rows: int = 5000,
                   docs_per_batch: int = 200, upgrading: bool = False) -> Iterator[LoadCounts]:
    """Write documents batch by batch; yields the counts after each batch (for progress).

    Documents whose article is already loaded completely are skipped (counted in ``skipped``),
    unless ``upgrading``. Once every document is in, what is derived per entity (co-mentions,
    confirmations and disputes) is rebuilt for the entities whose articles changed, and for any a
    load cut short left behind (the last count yielded has ``documents == 0``).

    An older graph is refused (``OutdatedGraph``) unless ``upgrading``: then the caller re-loads
    every article and calls ``mark_current`` once it has.
    """
    store.ensure_schema()
    if not upgrading:
        check_format(store)
        # Recorded before anything is written, so that a load cut short is still a current graph.
        mark_current(store)
    seen: set[str] = set()
    for batch in _batches(documents, docs_per_batch):
        fresh = _to_write(store, batch, seen, upgrading)
        counts = LoadCounts(documents=len(batch), skipped=len(batch) - len(fresh))
        if fresh:
            _remove_replaced(store, fresh, batch_rows)
            merged: dict[str, list[dict]] = {step: [] for step in _STEPS}
            for doc in fresh:
                for step, rows in rows_of(doc).items():
                    merged[step] += rows
            merged["entities"] = merge_entity_rows(merged["entities"])
            merged["names"] = merge_name_rows(merged["names"])
            for step in _STEPS:
                if step == "relation_edges":
                    _write_relation_edges(store, merged[step], batch_rows)
                else:
                    counts.rows += _write(store, f"write/{step}", merged[step], batch_rows)
        yield counts
    stale = [row["id"] for row in store.read(cypher("read/derived_stale"))]
    if stale:
        yield refresh_derived(store, stale, batch_rows)


def _to_write(store: Store, batch: list[Document], seen: set[str], upgrading: bool) -> list[Document]:
    """The documents of ``batch`` to write: not loaded completely yet (any, when ``upgrading``),
    and each article once (``seen`` holds those of earlier batches)."""
    ids = [doc.article.id for doc in batch]
    loaded = set() if upgrading else {row["id"] for row in store.read(cypher("read/loaded_articles"), {"ids": ids})}
    fresh = []
    for doc in batch:
        if doc.article.id not in loaded and doc.article.id not in seen:
            seen.add(doc.article.id)
            fresh.append(doc)
    return fresh


def _remove_replaced(store: Store, documents: list[Document], batch_rows: int) -> None:
    """Remove the articles that ``documents`` replace, after flagging their entities: what is
    derived for those changes too, and the flag survives an interrupted load."""
    articles = [{"id": doc.article.id, "file": doc.article.file} for doc in documents]
    old = store.read(cypher("read/replaced_articles"), {"rows": articles})
    if old:
        entities = store.read(cypher("read/stale_entities"), {"ids": [row["id"] for row in old]})
        _write(store, "write/mark_derived_stale", entities, batch_rows)
        _write(store, "write/remove_articles", old, batch_rows)


def refresh_derived(store: Store, entity_ids: list[str], batch_rows: int = 5000) -> LoadCounts:
    """Rebuild what is derived per entity: its CO_MENTIONED edges and peak (from MENTIONED_IN) and
    who confirmed or disputed statements about it (from ABOUT)."""
    rows = [{"id": entity_id} for entity_id in entity_ids]
    # Entities with many articles cost many pattern rows each: smaller batches keep a transaction small.
    size = max(1, batch_rows // 10)
    counts = LoadCounts()
    # Peaks read edges in both directions, so every edge must be rebuilt before any peak is.
    counts.rows += _write(store, "write/co_mentions", rows, size)
    _write(store, "write/co_mention_peaks", rows, size)
    _write(store, "write/contested", rows, size)
    return counts


# Steps whose rows touch only their own article's nodes: a store that can (Neo4j) writes their
# chunks in parallel transactions, which cannot wait on each other's locks.
_DISJOINT = {"write/articles", "write/sentences", "write/articles_complete"}


def _write(store: Store, name: str, rows: list[dict], batch_rows: int, text: str | None = None) -> int:
    chunks = [rows[i:i + batch_rows] for i in range(0, len(rows), batch_rows)]
    if name in _DISJOINT and hasattr(store, "write_parallel"):
        store.write_parallel(text or cypher(name), chunks)
    else:
        for chunk in chunks:
            store.write(text or cypher(name), chunk)
    return len(rows)


def _write_relation_edges(store: Store, rows: list[dict], batch_rows: int) -> None:
    """Each relation type's typed relationships, one write per type (a relationship type is not
    a Cypher parameter)."""
    by_type: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_type[row["type"]].append(row)
    for relation_type, typed in sorted(by_type.items()):
        _write(store, "write/relation_edges", typed, batch_rows, relation_edges_cypher(relation_type))
