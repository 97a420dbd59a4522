"""Canned questions: ``cypher/*.cypher`` files with a header that names and types their parameters.

    // name: who-confirmed
    // description: Who confirmed what and when
    // param: since date = null  only statements made on or after this day

Parameters are converted to their declared types and always passed as Cypher parameters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kg.cypherfiles import cypher_dir, load as cypher
from kg.errors import KgError

_PARAM = re.compile(r"^//\s*param:\s*(?P<name>\w+)\s+(?P<type>string|date|int|float|bool)"
                    r"(?:\s*=\s*(?P<default>\S+))?\s*(?P<help>.*)$")
_NO_DEFAULT = object()
_COUNTS = ("limit", "skip")  # paging parameters: never negative


class QueryError(KgError):
    """A wrong query name or parameter: the message lists the valid ones."""


@dataclass
class Param:
    name: str
    type: str
    default: Any = _NO_DEFAULT
    help: str = ""

    @property
    def required(self) -> bool:
        return self.default is _NO_DEFAULT


@dataclass
class Query:
    name: str
    description: str
    text: str
    params: list[Param] = field(default_factory=list)

    def bind(self, given: dict[str, str]) -> dict[str, Any]:
        """Typed parameter values from ``key=value`` strings, defaults filled in."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(known))
        if unknown:
            valid = ", ".join(known) or "none"
            raise QueryError(f"{self.name}: unknown parameter {', '.join(unknown)} (valid: {valid})")
        values: dict[str, Any] = {}
        for p in self.params:
            if p.name in given:
                values[p.name] = convert(p, given[p.name])
                if p.name in _COUNTS and values[p.name] < 0:
                    raise QueryError(f"parameter {p.name}: must be 0 or more")
            elif p.required:
                raise QueryError(f"{self.name}: parameter {p.name} is required (-p {p.name}=...)")
            else:
                values[p.name] = p.default
        return values


def convert(param: Param, raw: str) -> Any:
    try:
        if param.type == "int":
            return int(raw)
        if param.type == "float":
            return float(raw)
        if param.type == "bool":
            if raw.lower() in ("true", "yes", "1"):
                return True
            if raw.lower() in ("false", "no", "0"):
                return False
            raise ValueError
        if param.type == "date":
            return date.fromisoformat(raw).isoformat()
    except ValueError:
        raise QueryError(f"parameter {param.name}: {raw!r} is not a valid {param.type}") from None
    return raw


def _default(type_: str, raw: str | None) -> Any:
    if raw is None:
        return _NO_DEFAULT
    if raw == "null":
        return None
    return convert(Param("default", type_), raw)


def parse(text: str) -> Query:
    name = description = ""
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        if line.startswith("// name:"):
            name = line.split(":", 1)[1].strip()
        elif line.startswith("// description:"):
            description = line.split(":", 1)[1].strip()
        elif m := _PARAM.match(line):
            params.append(Param(m["name"], m["type"], _default(m["type"], m["default"]), m["help"].strip()))
    return Query(name=name, description=description, text=text, params=params)


def library() -> dict[str, Query]:
    queries = {}
    for path in sorted(cypher_dir().glob("*.cypher")):
        q = parse(path.read_text(encoding="utf-8"))
        queries[q.name or path.stem] = q
    return queries


def get(name: str) -> Query:
    queries = library()
    if name not in queries:
        raise QueryError(f"no query named {name!r} (valid: {', '.join(queries)})")
    return queries[name]


def stats(store) -> list[dict[str, Any]]:
    """Node counts by label, then relationship counts by type (``kind``, ``name``, ``count``)."""
    nodes = store.read(cypher("read/node_counts"))
    relationships = sorted(store.read(cypher("read/relationship_counts")), key=lambda row: row["name"])
    return nodes + [{"kind": "relationship", **row} for row in relationships]
