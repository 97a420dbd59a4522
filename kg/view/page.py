"""One self-contained HTML page: kg's page, vis-network and the graph data inlined, no network."""
from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from kg.schema import EntityType, RelationType, StatementKind

ENTITY_COLOURS = {
    EntityType.PERSON: "#4e79a7", EntityType.ORGANIZATION: "#f28e2b",
    EntityType.COUNTRY: "#59a14f", EntityType.PLACE: "#b07aa1",
}
KIND_COLOURS = {
    StatementKind.SAID: "#8c8c8c", StatementKind.CONFIRMED: "#2ca02c", StatementKind.DENIED: "#d62728",
    StatementKind.ACKNOWLEDGED: "#17becf", StatementKind.CALLED_FOR: "#9467bd",
    StatementKind.WARNED: "#ff7f0e", StatementKind.ACCUSED: "#8c564b",
    StatementKind.CONDEMNED: "#e377c2", StatementKind.REPORTED: "#bcbd22",
}
# Relation types take these in turn: kg's own in their schema order, then any a rules file adds.
# Darker or paler than the statement kinds' colours, so that the two kinds of arrow stay apart.
_RELATION_PALETTE = ("#111111", "#7f0000", "#003f7f", "#00796b", "#3949ab", "#5d4037", "#b0bec5",
                     "#6b8e23", "#a0522d", "#4682b4", "#c71585", "#2f4f4f", "#b8860b")
CO_MENTION_COLOUR = "#c8c8c8"

# Markers in page.html, replaced in one pass so that inserted text is never scanned again.
_MARKER = re.compile(r"@@KG_(TITLE|CSS|VIS|APP|DATA)@@")
_SOURCE_MAP = re.compile(r"\n//# sourceMappingURL=\S+\s*$")


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return resources.files("kg.view").joinpath("assets", name).read_text(encoding="utf-8")


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no ``<`` (so no ``</script>`` or ``<!--``),
    no ``>`` or ``&``, and no line separators JavaScript once read as line ends."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def palette(relation_types: list[str]) -> dict[str, dict[str, str]]:
    """Colours by entity type, statement kind and relation type (kg's own and ``relation_types``)."""
    names = list(dict.fromkeys([str(t) for t in RelationType] + relation_types))
    return {
        "entity": {str(t): c for t, c in ENTITY_COLOURS.items()},
        "statement": {str(k): c for k, c in KIND_COLOURS.items()},
        "relation": {t: _RELATION_PALETTE[i % len(_RELATION_PALETTE)] for i, t in enumerate(names)},
        "co_mention": {"CO_MENTIONED": CO_MENTION_COLOUR},
    }


def render(data: dict[str, Any], title: str) -> str:
    """The page for ``data`` (entities with positions, statements, relations, links, colours)."""
    vis = _SOURCE_MAP.sub("\n", _asset("vis-network.min.js"))
    parts = {
        "TITLE": html.escape(title), "CSS": _asset("view.css"), "VIS": vis,
        "APP": _asset("view.js"), "DATA": script_json(data),
    }
    return _MARKER.sub(lambda m: parts[m.group(1)], _asset("page.html"))

