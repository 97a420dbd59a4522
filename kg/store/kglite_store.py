"""The embedded store: a kglite graph in one file, written through transactions."""
from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import kglite

from kg.cypherfiles import statements
from kg.store import StoreError


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
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with self.graph.begin_read() as tx:
                try:
                    return list(tx.cypher(cypher, params=params or None).to_dicts())
                except kglite.ReadOnlyError:
                    raise StoreError("refused: queries run read-only and cannot change the graph") from None
                except (kglite.CypherError, kglite.KgError) as exc:
                    raise StoreError(f"query failed: {str(exc).splitlines()[0]}") from None

    def close(self) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if self._dirty:
                self.graph.save()
            self.graph.close()
