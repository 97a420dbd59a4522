"""Cypher lives in .cypher files, loaded by name: ``cypher/`` in a checkout, ``kg/cypher`` in a wheel."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path


def cypher_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "cypher", here.parent / "cypher"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the cypher/ folder of kg is missing from this installation")


@lru_cache(maxsize=None)
def load(name: str) -> str:
    """The text of ``cypher/<name>.cypher`` (``name`` may include a sub-folder: ``write/entities``)."""
    return (cypher_dir() / f"{name}.cypher").read_text(encoding="utf-8")


def statements(name: str) -> list[str]:
    """The ``;``-separated statements of a file, without comment lines."""
    text = "\n".join(line for line in load(name).splitlines() if not line.strip().startswith("//"))
    return [s.strip() for s in text.split(";") if s.strip()]
