"""The network of entities behind the story graph, and the neighbourhood of an entity in it.

Parallel facts are aggregated explicitly, never spliced: one edge per pair and kind of tie,
carrying how many facts it stands for (``count``, also its ``weight``) and where they come from
(``articles``, and the ids of the statements or relations), so no attribute of one fact is
shown as if it belonged to another:

- ``STATEMENT_ABOUT`` speaker -> subject: the statements, their kinds and articles;
- each relation type (``DEPLOYED_TO``...) source -> target, asserted, hypothetical and negated apart:
  the relation ids, their articles and dates;
- ``CO_MENTIONED`` between two entities named in the same articles: ``shared_articles`` (the
  weight), ``shared_sentences`` (named in the same sentence) and the articles.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from itertools import combinations

import networkx as nx

from kg.schema import StatementKind

SPEECH = frozenset(kind.relationship for kind in StatementKind)
# Ties between entities that come from elsewhere than a relation fact.
_NOT_RELATIONS = frozenset({"CO_MENTIONED", "MENTIONED_IN"})
# A walk crosses a co-mention only when the two are named together in at least this many
# articles: a single shared article joins everything that article names.
WALK_MIN_SHARED_ARTICLES = 2


def is_entity(data: dict) -> bool:
    return "Entity" in data.get("labels", ())


def _listed(value) -> list:
    return value if isinstance(value, list) else [value] if value is not None else []


class _Tie:
    def __init__(self) -> None:
        self.facts: set[str] = set()
        self.articles: set[str] = set()
        self.kinds: set[str] = set()
        self.dates: set[str] = set()

    def attributes(self, fact_name: str) -> dict:
        attrs = {"count": len(self.facts), "weight": len(self.facts), "articles": sorted(self.articles),
                 fact_name: sorted(self.facts)}
        if self.kinds:
            attrs["kinds"] = sorted(self.kinds)
        if self.dates:
            attrs["dates"] = sorted(self.dates)
        return attrs


def _speech_ties(graph: nx.MultiDiGraph, entities: set[str]) -> dict[tuple[str, str], _Tie]:
    ties: dict[tuple[str, str], _Tie] = defaultdict(_Tie)
    for speaker, statement, data in graph.edges(data=True):
        if data.get("type") not in SPEECH or speaker not in entities:
            continue
        info = graph.nodes[statement]
        for _, about, d in graph.out_edges(statement, data=True):
            if d.get("type") == "ABOUT" and about != speaker and about in entities:
                tie = ties[(speaker, about)]
                tie.facts.add(statement)
                tie.kinds.add(info.get("kind", ""))
                tie.articles.update(_listed(info.get("article_file")))
    return ties


def _relation_ties(graph: nx.MultiDiGraph, entities: set[str]) -> dict[tuple, _Tie]:
    ties: dict[tuple, _Tie] = defaultdict(_Tie)
    for source, target, key, data in graph.edges(keys=True, data=True):
        etype = data.get("type")
        if source in entities and target in entities and etype not in _NOT_RELATIONS:
            tie = ties[(source, target, etype, bool(data.get("hypothetical")), bool(data.get("negated")))]
            tie.facts.add(key)
            tie.articles.update(_listed(data.get("article_file")))
            tie.dates.update(_listed(data.get("date")))
    return ties


def _sentence_finder(graph: nx.MultiDiGraph) -> dict[str, tuple[list[int], list[tuple[int, str]]]]:
    """Per article: the sentences' start offsets (sorted) and their (end, id)."""
    by_article: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for node, data in graph.nodes(data=True):
        if data.get("node_type") == "Sentence" and "char_start" in data and data.get("article"):
            by_article[data["article"]].append((data["char_start"], data.get("char_end", data["char_start"]), node))
    finder = {}
    for article, rows in by_article.items():
        rows.sort()
        finder[article] = ([r[0] for r in rows], [(r[1], r[2]) for r in rows])
    return finder


def _co_mentions(graph: nx.MultiDiGraph, entities: set[str]) -> tuple[dict, dict]:
    """Shared articles and shared sentences of every pair of entities named together."""
    sentences = _sentence_finder(graph)
    in_article: dict[str, set[str]] = defaultdict(set)
    in_sentence: dict[str, set[str]] = defaultdict(set)
    for entity, article, data in graph.edges(data=True):
        if data.get("type") != "MENTIONED_IN" or entity not in entities:
            continue
        in_article[article].add(entity)
        starts, ends = sentences.get(article, ([], []))
        for offset in _listed(data.get("starts")):
            i = bisect_right(starts, offset) - 1
            if i >= 0 and offset < ends[i][0]:
                in_sentence[ends[i][1]].add(entity)
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article, members in in_article.items():
        for pair in combinations(sorted(members), 2):
            articles[pair].add(article)
    shared_sentences: dict[tuple[str, str], int] = defaultdict(int)
    for members in in_sentence.values():
        for pair in combinations(sorted(members), 2):
            shared_sentences[pair] += 1
    return articles, shared_sentences


def entity_network(graph: nx.MultiDiGraph, min_weight: int = 1) -> nx.MultiDiGraph:
    """Entities only, joined by aggregated ties (see the module's doc); co-mentions sharing fewer
    than ``min_weight`` articles are left out."""
    net = nx.MultiDiGraph()
    entities = {n for n, d in graph.nodes(data=True) if is_entity(d)}
    for node in sorted(entities):
        net.add_node(node, **graph.nodes[node])
    for (speaker, about), tie in sorted(_speech_ties(graph, entities).items()):
        net.add_edge(speaker, about, key=f"{speaker}--STATEMENT_ABOUT--{about}", type="STATEMENT_ABOUT",
                     **tie.attributes("statements"))
    for (source, target, etype, hypothetical, negated), tie in sorted(_relation_ties(graph, entities).items()):
        key = f"{source}--{etype}--{target}" + ("--hypothetical" if hypothetical else "") + (
            "--negated" if negated else "")
        net.add_edge(source, target, key=key, type=etype, hypothetical=hypothetical, negated=negated,
                     **tie.attributes("relations"))
    articles, shared_sentences = _co_mentions(graph, entities)
    for (a, b), shared in sorted(articles.items()):
        if len(shared) < min_weight:
            continue
        files = sorted(str(graph.nodes[x].get("file", x)) for x in shared)
        net.add_edge(a, b, key=f"{a}--CO_MENTIONED--{b}", type="CO_MENTIONED", weight=len(shared),
                     shared_articles=len(shared), shared_sentences=shared_sentences.get((a, b), 0),
                     articles=files)
    return net


def neighbourhood(network: nx.MultiDiGraph, centre: list[str], depth: int) -> set[str]:
    """Entities at most ``depth`` ties away from ``centre``, walking statements, relations and
    co-mentions in at least ``WALK_MIN_SHARED_ARTICLES`` articles, in either direction."""
    walk = nx.Graph()
    walk.add_nodes_from(network.nodes)
    for a, b, data in network.edges(data=True):
        if data["type"] != "CO_MENTIONED" or data["shared_articles"] >= WALK_MIN_SHARED_ARTICLES:
            walk.add_edge(a, b)
    keep: set[str] = set()
    for node in centre:
        keep.update(nx.single_source_shortest_path_length(walk, node, cutoff=depth))
    return keep
