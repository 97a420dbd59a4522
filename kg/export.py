"""The graph as GraphML or GEXF (networkx), for Gephi, yEd, Cytoscape and igraph.

What a file holds, in either format:

- every node has ``label``, its human-readable name (an entity's name, an article's title or
  file, a statement's content, a sentence's text; long texts shortened), ``node_type`` (Person,
  Statement, Article...) and ``labels`` (all of its labels);
- every edge has a unique id, its relationship type as its ``label`` and as ``type`` in GraphML
  (``relationship`` in GEXF, where ``type`` means directed or undirected);
- values keep their type (integers, doubles, booleans typed as such); lists are joined with
  " | "; missing and empty values are left out, never written as empty strings;
- only what kg wrote is exported: a store's own bookkeeping (kglite's ``title`` and ``type`` on
  nodes that kg gave none, its ``type`` on relationships) is not, so the same graph exported from
  Neo4j or from the embedded store gives the same file.

Nodes and edges are written in id order, so two exports of one graph are identical.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import re
from collections import Counter

import networkx as nx

from kg.cypherfiles import load as cypher
from kg.errors import KgError
from kg.network import SPEECH, entity_network, is_entity, neighbourhood
from kg.schema import ENTITY_TYPES
from kg.store import Store

LIST_SEPARATOR = " | "
FORMATS = ("graphml", "gexf")
LABEL_CHARS = 80
# The property that names a node of each label, in order of preference.
_NAMED_BY = {"Entity": ("name",), "Article": ("title", "file"), "Statement": ("content",),
             "Sentence": ("text",)}
# Properties a store adds by itself: kglite gives every node a ``title`` and a ``type`` and every
# relationship a ``type``. kg writes ``title`` only on articles and ``type`` only on entities.
_KG_WRITES = {"title": {"Article"}, "type": {"Entity"}}
_NOT_NAME_CHAR = re.compile(r"[^\w.:-]")


class ExportError(KgError):
    """An export that cannot be made as asked (one line for the user)."""


@dataclass
class ExportFilter:
    entity: str | None = None
    depth: int = 1               # hops between entities (see kg.network.neighbourhood)
    since: str | None = None
    until: str | None = None
    kinds: set[str] = field(default_factory=set)
    entities_only: bool = False
    min_weight: int = 1          # co-mention edges need this many shared articles


def export_format(path: str, fmt: str | None = None) -> str:
    """The format to write: ``fmt`` when given, else the file's extension (GraphML for ``-``)."""
    if fmt:
        if fmt.lower() not in FORMATS:
            raise ExportError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
        return fmt.lower()
    if path == "-":
        return "graphml"
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ExportError(f"{path}: cannot tell the format from the extension {('.' + suffix) if suffix else '(none)'}"
                          f" (use .graphml or .gexf, or give the format)")
    return suffix


def flatten(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _kept(properties: dict | None, labels: Iterable[str]) -> dict[str, Any]:
    labels = set(labels)
    out = {}
    for key, value in (properties or {}).items():
        if value is None or value == "" or value == [] or key == "id":
            continue
        if key in _KG_WRITES and not labels & _KG_WRITES[key]:
            continue
        out[key] = value
    return out


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _node_type(labels: list[str]) -> str:
    for label in ENTITY_TYPES:
        if label in labels:
            return label
    return next((label for label in labels if label != "Entity"), labels[0] if labels else "Node")


def node_label(node_id: str, labels: list[str], attrs: dict[str, Any]) -> str:
    for label in labels:
        for key in _NAMED_BY.get(label, ()):
            if attrs.get(key):
                return _shorten(str(attrs[key]))
    return node_id


def build_graph(nodes: Iterable[dict], relationships: Iterable[dict]) -> nx.MultiDiGraph:
    """A graph from the store's rows (``id, labels, properties`` and ``source, target, type,
    properties``), with an edge key that is unique and the same in every store."""
    graph = nx.MultiDiGraph()
    _add_nodes(graph, nodes)
    _add_edges(graph, relationships)
    return graph


def _add_nodes(graph: nx.MultiDiGraph, nodes: Iterable[dict]) -> None:
    for row in sorted(nodes, key=lambda r: r["id"]):
        labels = sorted(row["labels"])
        attrs = _kept(row["properties"], labels)
        attrs["node_type"] = _node_type(labels)
        attrs["labels"] = labels
        attrs["label"] = node_label(row["id"], labels, attrs)
        graph.add_node(row["id"], **attrs)


def _add_edges(graph: nx.MultiDiGraph, relationships: Iterable[dict]) -> None:
    edges = []
    for row in relationships:
        attrs = _kept(row["properties"], ())
        own_id = (row["properties"] or {}).get("id")
        key = own_id or f"{row['source']}--{row['type']}--{row['target']}"
        edges.append((key, row["source"], row["target"], {**attrs, "type": row["type"]}))
    shared = {key for key, n in Counter(e[0] for e in edges).items() if n > 1}
    # Parallel relationships without an id of their own take their order from their properties.
    edges.sort(key=lambda e: (e[0], repr(sorted(e[3].items())) if e[0] in shared else ""))
    seen: dict[str, int] = {}
    for key, source, target, attrs in edges:
        seen[key] = seen.get(key, 0) + 1
        graph.add_edge(source, target, key=key if seen[key] == 1 else f"{key}-{seen[key]}", **attrs)


def read_graph(store: Store, progress: Callable[[list, str], Iterable] | None = None) -> nx.MultiDiGraph:
    """The whole story graph of a store; ``progress(rows, what)`` may wrap the row lists.
    Relationships are read once the node rows are gone: the peak is the graph and one list."""
    wrap = progress or (lambda rows, what: rows)
    graph = nx.MultiDiGraph()
    _add_nodes(graph, wrap(store.read(cypher("export/nodes")), "nodes"))
    _add_edges(graph, wrap(store.read(cypher("export/relationships")), "relationships"))
    return graph


def _statements_to_drop(graph: nx.MultiDiGraph, flt: ExportFilter) -> list[str]:
    drop = []
    for node, data in graph.nodes(data=True):
        if data.get("node_type") != "Statement":
            continue
        day = data.get("date")
        if (flt.since or flt.until) and not day:
            drop.append(node)
        elif flt.since and day < flt.since or flt.until and day > flt.until:
            drop.append(node)
        elif flt.kinds and data.get("kind") not in flt.kinds:
            drop.append(node)
    return drop


def find_entities(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Entities called ``name``: by name, alias or last word of the name, case-insensitively."""
    wanted = name.lower()
    found = []
    for node, data in graph.nodes(data=True):
        if not is_entity(data):
            continue
        own = str(data.get("name", "")).lower()
        aliases = [str(a).lower() for a in data.get("aliases") or ()]
        if own == wanted or own.endswith(" " + wanted) or wanted in aliases:
            found.append(node)
    return found


def apply_filter(graph: nx.MultiDiGraph, flt: ExportFilter) -> nx.MultiDiGraph:
    """The part of ``graph`` the filter keeps (statements it leaves out are removed from ``graph``)."""
    graph.remove_nodes_from(_statements_to_drop(graph, flt))   # in place: a whole graph is large
    if not (flt.entity or flt.entities_only):
        return graph
    network = entity_network(graph, flt.min_weight)
    kept_entities = None
    if flt.entity:
        centre = find_entities(graph, flt.entity)
        if not centre:
            raise LookupError(f"no entity named {flt.entity!r}")
        kept_entities = neighbourhood(network, centre, flt.depth)
    if flt.entities_only:
        return network if kept_entities is None else network.subgraph(kept_entities).copy()
    if kept_entities is None:
        return graph
    return graph.subgraph(_story_around(graph, kept_entities)).copy()


def _story_around(graph: nx.MultiDiGraph, entities: set[str]) -> set[str]:
    """The entities, the statements among them (speaker and every subject kept), those
    statements' sentences, articles and outlets."""
    keep = set(entities)
    for speaker in entities:
        for _, statement, data in graph.out_edges(speaker, data=True):
            if data.get("type") not in SPEECH:
                continue
            ties = list(graph.out_edges(statement, data=True))
            if all(d.get("type") != "ABOUT" or target in entities for _, target, d in ties):
                keep.add(statement)
                for _, target, d in ties:
                    if d.get("type") in ("IN", "REPORTED_BY"):
                        keep.add(target)
                        keep.update(t for _, t, x in graph.out_edges(target, data=True) if x.get("type") == "IN")
    return keep


def _flatten(attrs: dict[str, Any]) -> None:
    for key, value in list(attrs.items()):
        value = flatten(value)
        if value == "":
            del attrs[key]
        else:
            attrs[key] = value


def xml_id(value: str) -> str:
    """An id GraphML accepts (an XML name token): characters other than letters, digits and
    ``._:-`` written as ``_xHH_``."""
    return _NOT_NAME_CHAR.sub(lambda m: f"_x{ord(m.group()):x}_", value)


def _with_xml_ids(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph itself when every node id and edge key is an XML name token, else a copy
    whose ids are (kg's ids are; a store holding others is exported all the same)."""
    if not any(_NOT_NAME_CHAR.search(n) for n in graph) and \
            not any(_NOT_NAME_CHAR.search(k) for _, _, k in graph.edges(keys=True)):
        return graph
    out = nx.MultiDiGraph()
    out.add_nodes_from((xml_id(node), data) for node, data in graph.nodes(data=True))
    out.add_edges_from((xml_id(u), xml_id(v), xml_id(k), d) for u, v, k, d in graph.edges(keys=True, data=True))
    return out


def _as_written(graph: nx.MultiDiGraph, gexf: bool) -> nx.MultiDiGraph:
    """The graph as the file formats hold it (changed in place: a whole graph is large): flat
    values; for GEXF, which reserves an edge's ``type`` (directed/undirected) and takes ``id``
    and ``label`` as its own fields, the relationship type becomes ``relationship`` and the
    edge label."""
    graph = _with_xml_ids(graph)
    for _, data in graph.nodes(data=True):
        _flatten(data)
    for _, _, key, data in graph.edges(keys=True, data=True):
        _flatten(data)
        if gexf and "type" in data:
            relationship = data.pop("type")
            data.update(id=key, label=relationship, relationship=relationship)
        elif "type" in data:
            data["label"] = data["type"]   # what Gephi and yEd show on an edge
    return graph


def write_graph(graph: nx.MultiDiGraph, handle: IO[bytes], fmt: str) -> nx.MultiDiGraph:
    """Write ``graph`` to a binary handle as ``fmt`` (see ``export_format``); returns the graph
    as written (``graph`` itself, its values flattened)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    graph = _as_written(graph, gexf=fmt == "gexf")
    if fmt == "gexf":
        nx.write_gexf(graph, handle, encoding="utf-8", prettyprint=False)
    else:
        nx.write_graphml(graph, handle, encoding="utf-8", prettyprint=False)
    return graph


def export_graph(store: Store, handle: IO[bytes], fmt: str = "graphml", flt: ExportFilter | None = None,
                 progress: Callable[[list, str], Iterable] | None = None) -> nx.MultiDiGraph:
    """Read, filter and write the graph; returns what was written."""
    graph = apply_filter(read_graph(store, progress), flt or ExportFilter())
    return write_graph(graph, handle, fmt)
