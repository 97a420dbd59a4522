"""What `kg view` shows, read from a store: entities, the statements and relations between them
(grouped into links), optionally co-mentions, narrowed by date and by an entity's neighbourhood."""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

from kg.cypherfiles import load as cypher
from kg.errors import KgError
from kg.store import Store


class ViewError(KgError):
    """A view that cannot be written (unknown entity, too large): a one-line message for the user."""


@dataclass
class ViewGraph:
    """The page's data. ``links`` are what the page draws between entities: one per speaker, subject,
    kind and negation (its ``items`` index ``statements``), per relation source, target, type,
    hypothetical and negation (indexing ``relations``), and one per co-mentioned pair."""

    entities: list[dict[str, Any]]
    statements: list[dict[str, Any]]
    relations: list[dict[str, Any]]
    links: list[dict[str, Any]] = field(default_factory=list)
    # Names of the entities the statements and relations name but the view leaves out.
    names: dict[str, str] = field(default_factory=dict)


def read_graph(store: Store, since: str | None = None, until: str | None = None,
               co_mentions: bool = False) -> ViewGraph:
    """Everything the view can show, statements and relations limited to days in [since, until].
    Statements come without their sentences: ``with_sentences`` adds them to those kept."""
    entities = store.read(cypher("view/entities"))
    articles = {a["id"]: a for a in store.read(cypher("view/articles"))}
    statements = [s for s in _with_article(store.read(cypher("view/statements")), articles)
                  if _within(s["day"], since, until)]
    relations = _with_article(store.read(cypher("view/relations"), {"since": since, "until": until}), articles)
    pairs = store.read(cypher("view/co_mentions")) if co_mentions else []
    known = {e["id"] for e in entities}
    graph = ViewGraph(entities, statements, relations, _links(statements, relations, pairs, known))
    if since or until:
        # Only the entities the dated facts touch: the rest would float unconnected.
        graph = _keep(graph, _touched(graph))
    return graph


def with_sentences(store: Store, graph: ViewGraph) -> ViewGraph:
    """``graph`` with each statement's source sentence (read for these statements only)."""
    ids = [s["id"] for s in graph.statements]
    text = {row["id"]: row["sentence"] for row in store.read(cypher("view/sentences"), {"ids": ids})}
    for s in graph.statements:
        s["sentence"] = text.get(s["id"])
    return graph


def count_entities(store: Store) -> int:
    [row] = store.read(cypher("view/entity_count"))
    return row["entities"]


def _with_article(facts: list[dict[str, Any]], articles: dict[str, dict]) -> list[dict[str, Any]]:
    """Statements or relations with their article's title, address and day; a fact's day is its
    own date or, when the text gives none, its article's publication day."""
    for fact in facts:
        article = articles.get(fact.pop("article_id")) or {}
        fact["title"], fact["url"] = article.get("title"), article.get("url")
        fact["published"] = fact.get("published") or article.get("published")
        fact["day"] = fact.get("day") or fact["date"] or fact["published"]
    return facts


def _within(day: str | None, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    return day is not None and (not since or day >= since) and (not until or day <= until)


def neighbourhood(graph: ViewGraph, centres: list[str], depth: int) -> ViewGraph:
    """The entities within ``depth`` links of any of ``centres``, and what joins them."""
    if depth < 0:
        raise ViewError(f"depth must be 0 or more, not {depth}")
    adjacent: dict[str, set[str]] = {}
    for link in graph.links:
        adjacent.setdefault(link["from"], set()).add(link["to"])
        adjacent.setdefault(link["to"], set()).add(link["from"])
    reached = {c: 0 for c in centres}
    queue = deque(centres)
    while queue:
        node = queue.popleft()
        if reached[node] == depth:
            continue
        for other in adjacent.get(node, ()):
            if other not in reached:
                reached[other] = reached[node] + 1
                queue.append(other)
    return _keep(graph, set(reached))


def find_entities(store: Store, name: str) -> list[str]:
    """The ids of the entities ``name`` stands for (name, alias or name ending, any case)."""
    found = [row["id"] for row in store.read(cypher("view/find_entity"), {"entity": name.strip()})]
    if not found:
        raise ViewError(f"no entity named {name!r}: try its full name or another spelling")
    return found


def _links(statements: list[dict], relations: list[dict], pairs: list[dict], known: set[str]) -> list[dict]:
    groups: dict[tuple, dict[str, Any]] = {}

    def add(key: tuple, link: dict[str, Any], item: int | None) -> None:
        if key not in groups:
            groups[key] = {"id": f"l{len(groups)}", **link, "items": []}
        if item is not None:
            groups[key]["items"].append(item)

    for i, s in enumerate(statements):
        for about in dict.fromkeys(s["about"] or []):
            if s["speaker"] in known and about in known:
                add(("statement", s["speaker"], about, s["kind"], bool(s["negated"])),
                    {"from": s["speaker"], "to": about, "group": "statement", "kind": s["kind"],
                     "negated": bool(s["negated"])}, i)
    for i, r in enumerate(relations):
        if r["source"] in known and r["target"] in known:
            flags = {"hypothetical": bool(r["hypothetical"]), "negated": bool(r["negated"])}
            add(("relation", r["source"], r["target"], r["type"], *flags.values()),
                {"from": r["source"], "to": r["target"], "group": "relation", "kind": r["type"], **flags}, i)
    for p in pairs:
        if p["source"] in known and p["target"] in known:
            add(("co_mention", p["source"], p["target"]),
                {"from": p["source"], "to": p["target"], "group": "co_mention", "kind": "CO_MENTIONED",
                 "articles": p["articles"]}, None)
    return list(groups.values())


def _touched(graph: ViewGraph) -> set[str]:
    """The entities its statements and relations name."""
    ids = set()
    for s in graph.statements:
        ids.add(s["speaker"])
        ids.update(s["about"] or [])
    for r in graph.relations:
        ids.update((r["source"], r["target"]))
    return ids


def _keep(graph: ViewGraph, ids: set[str]) -> ViewGraph:
    """``graph`` restricted to the entities ``ids``: links between two of them, and the statements
    and relations that involve one of them (so every kept entity's panel stays complete)."""
    statements, relations = [], []
    s_index, r_index = {}, {}
    for i, s in enumerate(graph.statements):
        if s["speaker"] in ids or ids.intersection(s["about"] or []):
            s_index[i] = len(statements)
            statements.append(s)
    for i, r in enumerate(graph.relations):
        if r["source"] in ids or r["target"] in ids:
            r_index[i] = len(relations)
            relations.append(r)
    links = []
    for link in graph.links:
        if link["from"] in ids and link["to"] in ids:
            index = s_index if link["group"] == "statement" else r_index
            links.append({**link, "items": [index[i] for i in link["items"]]})
    kept = ViewGraph([e for e in graph.entities if e["id"] in ids], statements, relations, links)
    named = _touched(kept) - ids
    kept.names = {e["id"]: e["name"] for e in graph.entities if e["id"] in named}
    return kept
