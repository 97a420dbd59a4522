"""`kg view`: the graph as one HTML page that works from a file, with no server and no network.

    from kg.view import write_view
    summary = write_view(store, "graph.html", entity="Putin", depth=2)

Entities are nodes (coloured by type, sized by mentions); statements (speaker -> subject, by kind),
relations and optionally co-mentions are links; clicking either lists the statements behind it
with their sentence and article. The page bundles vis-network (Apache-2.0 or MIT, see assets/).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kg.load import check_format
from kg.store import Store
from kg.view import layout, page
from kg.view.graph import (ViewError, ViewGraph, count_entities, find_entities, neighbourhood, read_graph,
                           with_sentences)

__all__ = ["DEFAULT_MAX_LINKS", "DEFAULT_MAX_NODES", "ViewError", "ViewSummary", "build_view", "write_view"]

# What headless Chromium opens and makes interactive in well under 5 s on a 2-core machine
# (benchmarks/view_bench.py); past it the page would be an unreadable hairball anyway.
DEFAULT_MAX_NODES = 2000
DEFAULT_MAX_LINKS = 8000


@dataclass(frozen=True)
class ViewSummary:
    entities: int
    links: int
    statements: int
    relations: int


def build_view(store: Store, entity: str | None = None, depth: int = 2, since: str | None = None,
               until: str | None = None, co_mentions: bool = False) -> ViewGraph:
    """The graph the page shows: all of it, the facts dated in [since, until], and/or the
    neighbourhood of ``entity`` (``depth`` links out)."""
    since, until = _day(since, "since"), _day(until, "until")
    if since and until and since > until:
        raise ViewError(f"since ({since}) is after until ({until})")
    check_format(store)
    graph = read_graph(store, since, until, co_mentions)
    if entity is not None:
        graph = neighbourhood(graph, find_entities(store, entity), depth)
    return with_sentences(store, graph)


def write_view(store: Store, path: str | os.PathLike, entity: str | None = None, depth: int = 2,
               since: str | None = None, until: str | None = None, co_mentions: bool = False,
               max_nodes: int = DEFAULT_MAX_NODES, max_links: int = DEFAULT_MAX_LINKS) -> ViewSummary:
    """Write the page to ``path`` (replacing it only once it is complete). Raises ViewError for
    an unknown entity, bad dates, nothing to show, or a graph over ``max_nodes`` entities or
    ``max_links`` links."""
    if entity is None and not since and not until:
        # The whole graph: refused at once when it has too many entities, before reading it all.
        _check_size(count_entities(store), 0, max_nodes, max_links, False, False)
    graph = build_view(store, entity, depth, since, until, co_mentions)
    if not graph.entities:
        raise ViewError("nothing to view: no statement or relation in that date range" if since or until
                        else "nothing to view: the graph holds no entities yet")
    _check_size(len(graph.entities), len(graph.links), max_nodes, max_links, entity is not None,
                bool(since or until))
    where = layout.positions([e["id"] for e in graph.entities], [(l["from"], l["to"]) for l in graph.links])
    data = {
        "entities": [{**e, "x": where[e["id"]][0], "y": where[e["id"]][1]} for e in graph.entities],
        "statements": graph.statements, "relations": graph.relations, "links": graph.links,
        "names": graph.names,
        "colours": page.palette(sorted({r["type"] for r in graph.relations})),
        "filter": {"entity": entity, "depth": depth if entity else None, "since": since, "until": until},
    }
    title = "kg view" + (f": {entity}" if entity else "")
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(page.render(data, title), encoding="utf-8")
    os.replace(partial, target)
    return ViewSummary(len(graph.entities), len(graph.links), len(graph.statements), len(graph.relations))


def _day(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ViewError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def _check_size(entities: int, links: int, max_nodes: int, max_links: int, by_entity: bool, by_date: bool) -> None:
    if entities <= max_nodes and links <= max_links:
        return
    narrower = ["a smaller --depth" if by_entity else "one entity's neighbourhood (--entity NAME --depth 1 or 2)",
                "a shorter date range (--since/--until YYYY-MM-DD)" if by_date
                else "a date range (--since/--until YYYY-MM-DD)"]
    found = f"{entities:,} entities" + (f" and {links:,} links" if links else "")
    raise ViewError(f"too large to view: {found} (the page stays usable up to {max_nodes:,} entities and "
                    f"{max_links:,} links); narrow it to {' or '.join(narrower)}")
