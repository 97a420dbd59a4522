"""The embedded store: a kglite graph in one file, written through transactions."""
from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

import kglite

from kg.cypherfiles import load as cypher, statements
from kg.store import StoreError

# kglite ranks `RETURN ... ORDER BY ... LIMIT k` with a bounded heap only when k is an integer
# literal and no SKIP comes before it (its planner's top-k fusion); under `SKIP $skip LIMIT $limit`
# it sorts every row, 5 to 10 times slower on a large graph. So a page is read as the first
# skip + limit rows under a literal LIMIT and the first skip rows are dropped here. The literal is
# printed from a checked int, never from text; Neo4j gets the parameterised text unchanged.
_PAGE = re.compile(r"\bSKIP \$skip\s+LIMIT \$limit\s*$")
_PAGE_END = re.compile(r"\bLIMIT \$skip \+ \$limit\b")


def literal_page(cypher: str, params: dict[str, Any]) -> tuple[str, int]:
    """``cypher`` with its closing ``SKIP $skip LIMIT $limit`` (and any ``LIMIT $skip + $limit``)
    as one literal LIMIT, and how many of its first rows to drop; unchanged (0) if it pages otherwise."""
    skip, limit = params.get("skip"), params.get("limit")
    if type(skip) is not int or type(limit) is not int or min(skip, limit) < 0 or not _PAGE.search(cypher):
        return cypher, 0
    end = f"LIMIT {skip + limit}"
    return _PAGE_END.sub(end, _PAGE.sub(end, cypher)), skip


# kglite gives every node a `title`, a `type` and an `id`, and every relationship a `type`, of its
# own (the name or "Label_id", the label, a number, the relationship type). kg writes `title` only
# on articles and relation facts (where kglite's own, when kg's is missing, is "Label_id"), `type`
# only on entities and relation facts, and `id` on all but the Name lookup nodes: elsewhere these
# are kglite's, not the graph's.
_KG_WRITES = {"title": {"Article", "Relation"}, "type": {"Entity", "Relation"},
              "id": {"Article", "Sentence", "Entity", "Statement", "Relation", "KgMeta"}}


def without_internals(labels: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    """A node's properties as kg wrote them, without those kglite adds."""
    own = {k: v for k, v in properties.items() if k not in _KG_WRITES or _KG_WRITES[k] & set(labels)}
    if own.get("title") is not None and any(own["title"] == f"{label}_{own.get('id')}" for label in labels):
        del own["title"]
    return own


class KgliteStore:
    name = "kglite"

    def __init__(self, path: str) -> None:
        self.path = path
        parent = Path(path).resolve().parent
        if not parent.is_dir():
            raise StoreError(f"{path}: folder {parent} does not exist")
        # kglite prints planner hints ("unknown relationship type") on stderr by default; for a
        # graph kg wrote itself they are noise in kg's output.
        kglite.set_query_warning_policy("silent")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self.graph = kglite.open(path)
        except kglite.WriterLeaseHeldError:
            raise StoreError(f"{path}: database is in use by another kg process") from None
        except (kglite.FileError, kglite.KgError, OSError) as exc:
            raise StoreError(f"{path}: cannot open as a kg database ({exc})") from None
        self._dirty = False

    def ensure_schema(self) -> None:
        for statement in statements("write/schema"):
            self.graph.cypher(statement)

    def write(self, cypher: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with self.graph.begin() as tx:
                tx.cypher(cypher, params={"rows": rows})
        self._dirty = True

    def read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        cypher, skip = literal_page(cypher, params or {})
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with self.graph.begin_read() as tx:
                try:
                    return list(tx.cypher(cypher, params=params or None).to_dicts())[skip:]
                except kglite.ReadOnlyError:
                    raise StoreError("refused: queries run read-only and cannot change the graph") from None
                except (kglite.CypherError, kglite.KgError) as exc:
                    raise StoreError(f"query failed: {str(exc).splitlines()[0]}") from None

    def nodes(self) -> list[dict[str, Any]]:
        """Every node's labels and properties as kg wrote them (as a Neo4j store gives them)."""
        return [{"labels": row["labels"], "properties": without_internals(row["labels"], row["properties"])}
                for row in self.read(cypher("read/nodes"))]

    def relationships(self) -> list[dict[str, Any]]:
        """Every relationship's ends, type and properties as kg wrote them."""
        return [{**row, "properties": {k: v for k, v in row["properties"].items() if k != "type"}}
                for row in self.read(cypher("read/relationships"))]

    def close(self) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if self._dirty:
                self.graph.save()
            self.graph.close()
