"""Node positions computed once, in Python, so that the page opens without running physics.

vis-network's own physics needs about 40 ms an iteration on 2,000 entities in headless Chromium,
so a settled layout would take many seconds on every opening; igraph's Fruchterman-Reingold (C)
takes a fraction of a second here, and the page then only draws.
"""
from __future__ import annotations

import math
import random

import igraph

# Pixels between linked entities, roughly: the page opens zoomed to fit, so this sets how far
# apart labels are once the user zooms in.
_SPACING = 90.0
_ITERATIONS = 500


def positions(ids: list[str], pairs: list[tuple[str, str]], seed: int = 0) -> dict[str, tuple[float, float]]:
    """``{id: (x, y)}`` for entities ``ids`` joined by ``pairs``; the same input gives the same layout."""
    if not ids:
        return {}
    index = {entity: i for i, entity in enumerate(ids)}
    edges = {tuple(sorted((index[a], index[b]))) for a, b in pairs if a != b}
    graph = igraph.Graph(n=len(ids), edges=sorted(edges))
    # A fixed start: same graph, same picture. It
    # spans what igraph's own start spans (about sqrt(n)): packed tighter, its grid of cells
    # holds everything in a few and the layout takes ten times as long.
    rng = random.Random(seed)
    half = math.sqrt(len(ids))
    start = [[rng.uniform(-half, half), rng.uniform(-half, half)] for _ in ids]
    # igraph also draws random numbers while it runs, from one process-wide generator: give it
    # its own for the run, then hand back the default (the random module).
    igraph.set_random_number_generator(random.Random(seed))
    try:
        layout = graph.layout_fruchterman_reingold(niter=_ITERATIONS, seed=start, grid="auto")
    finally:
        igraph.set_random_number_generator(random)
    scale = _SPACING * math.sqrt(len(ids)) / max(_extent(layout.coords), 1e-9)
    return {entity: (round(x * scale, 1), round(y * scale, 1)) for entity, (x, y) in zip(ids, layout.coords)}


def _extent(coords: list[list[float]]) -> float:
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    return max(max(xs) - min(xs), max(ys) - min(ys))
