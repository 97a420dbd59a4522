"""The graph as GraphML (networkx), for Gephi, yEd, Cytoscape and igraph.

GraphML holds strings, numbers and booleans only, so values are flattened the same way everywhere:
lists become one string joined with " | ", missing values are left out, dates are ISO strings.
Every node has ``label`` (its type: Person, Statement, Article...) and ``labels`` (all of them,
joined with ";"); every edge has ``type``.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.cypherfiles import load as cypher
from kg.store import Store

LIST_SEPARATOR = " | "
_SPEECH = {"SAID", "CONFIRMED", "DENIED", "ACKNOWLEDGED", "CALLED_FOR", "WARNED", "ACCUSED", "CONDEMNED",
           "REPORTED"}
_ENTITY_LABELS = ("Person", "Organization", "Country", "Place")
# "type" is kglite's own name for a node's primary label; "id" is the GraphML id already.
_NOT_EXPORTED = {"type", "id"}


@dataclass
class ExportFilter:
    entity: str | None = None
    depth: int = 1
    since: str | None = None
    until: str | None = None
    kinds: set[str] = field(default_factory=set)
    entities_only: bool = False


def flatten(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _primary(labels: list[str]) -> str:
    for label in _ENTITY_LABELS:
        if label in labels:
            return label
    return labels[0] if labels else "Node"


def build_graph(nodes: Iterable[dict], relationships: Iterable[dict]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for row in nodes:
        labels = sorted(row["labels"])
        attrs = {k: flatten(v) for k, v in (row["properties"] or {}).items()
                 if v is not None and k not in _NOT_EXPORTED}
        if "Entity" in labels and row["properties"].get("type"):
            attrs["entity_type"] = row["properties"]["type"]
        attrs["label"] = _primary(labels)
        attrs["labels"] = ";".join(labels)
        graph.add_node(row["id"], **attrs)
    for row in relationships:
        attrs = {k: flatten(v) for k, v in (row["properties"] or {}).items()
                 if v is not None and k not in _NOT_EXPORTED}
        attrs["type"] = row["type"]
        key = (row["properties"] or {}).get("id") or row["type"]
        graph.add_edge(row["source"], row["target"], key=key, **attrs)
    return graph


def apply_filter(graph: nx.MultiDiGraph, flt: ExportFilter) -> nx.MultiDiGraph:
    drop = []
    for node, data in graph.nodes(data=True):
        if data.get("label") != "Statement":
            continue
        day = data.get("date")
        if (flt.since or flt.until) and not day:
            drop.append(node)
        elif flt.since and day < flt.since or flt.until and day > flt.until:
            drop.append(node)
        elif flt.kinds and data.get("kind") not in flt.kinds:
            drop.append(node)
    graph.remove_nodes_from(drop)
    if flt.entities_only:
        graph = entity_network(graph)
    if flt.entity:
        wanted = flt.entity.lower()
        centre = [n for n, d in graph.nodes(data=True) if "Entity" in d.get("labels", "").split(";")
                  and (str(d.get("name", "")).lower() in (wanted,)
                       or str(d.get("name", "")).lower().endswith(" " + wanted)
                       or wanted in [a.lower() for a in str(d.get("aliases", "")).split(LIST_SEPARATOR)])]
        if not centre:
            raise LookupError(f"no entity named {flt.entity!r}")
        keep = set()
        undirected = graph.to_undirected(as_view=True)
        for c in centre:
            keep |= set(nx.single_source_shortest_path_length(undirected, c, cutoff=flt.depth))
        graph = graph.subgraph(keep).copy()
    return graph


def entity_network(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Entities only: speaker-to-subject edges weighted by statements, co-mentions by articles,
    and the entity relations themselves."""
    net = nx.MultiDiGraph()
    entities = {n for n, d in graph.nodes(data=True) if "Entity" in d.get("labels", "").split(";")}
    for n in entities:
        net.add_node(n, **graph.nodes[n])
    spoke: Counter = Counter()
    mentioned: dict[str, set[str]] = {}
    for source, target, data in graph.edges(data=True):
        etype = data.get("type")
        if etype in _SPEECH and source in entities:
            for _, about, d2 in graph.out_edges(target, data=True):
                if d2.get("type") == "ABOUT" and about != source:
                    spoke[(source, about)] += 1
        elif etype == "MENTIONED_IN" and source in entities:
            mentioned.setdefault(target, set()).add(source)
        elif source in entities and target in entities and etype != "CO_MENTIONED":
            # Stored CO_MENTIONED edges keep only pairs in two or more articles; the network
            # below counts every pair.
            net.add_edge(source, target, key=etype, **data)
    for (a, b), weight in spoke.items():
        net.add_edge(a, b, key="STATEMENT_ABOUT", type="STATEMENT_ABOUT", weight=weight)
    together: Counter = Counter()
    for members in mentioned.values():
        ordered = sorted(members)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                together[(a, b)] += 1
    for (a, b), weight in together.items():
        net.add_edge(a, b, key="CO_MENTIONED", type="CO_MENTIONED", weight=weight)
    return net


def export_graphml(store: Store, path: str, flt: ExportFilter | None = None,
                   progress: Callable[[list, str], Iterable] | None = None) -> nx.MultiDiGraph:
    """Write the (filtered) graph to ``path``; ``progress(rows, what)`` may wrap the row lists
    to show progress."""
    wrap = progress or (lambda rows, what: rows)
    graph = build_graph(wrap(store.read(cypher("export/nodes")), "nodes"), [])
    # Relationships are read only once the node rows are gone, so the peak is the graph itself
    # plus one list of rows.
    edges = build_graph([], wrap(store.read(cypher("export/relationships")), "relationships"))
    graph.add_edges_from(edges.edges(keys=True, data=True))
    graph = apply_filter(graph, flt or ExportFilter())
    nx.write_graphml(graph, path, encoding="utf-8", prettyprint=False)
    return graph
