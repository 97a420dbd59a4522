"""Every Cypher text kg sends to a database passes Neo4j's own linter with zero errors."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kg import queries
from kg.cypherfiles import cypher_dir, statements

LINT = Path(__file__).resolve().parent / "lint"
pytestmark = [
    pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed: cannot run Neo4j's linter"),
    pytest.mark.skipif(not (LINT / "node_modules" / "@neo4j-cypher").is_dir(),
                       reason="run `npm ci --prefix tests/lint` to install Neo4j's Cypher linter"),
]


def _texts() -> list[dict]:
    texts = []
    root = cypher_dir()
    for path in sorted(root.rglob("*.cypher")):
        name = str(path.relative_to(root).with_suffix(""))
        raw = path.read_text(encoding="utf-8")
        if name.startswith(("write/", "export/", "read/", "view/")):
            params = {used: [] for used in re.findall(r"\$(\w+)", raw)}
            for i, text in enumerate(statements(name)):
                texts.append({"name": f"{name}[{i}]", "text": text, "parameters": params})
        else:
            q = queries.parse(raw)
            params = {p.name: p.default if not p.required else "" for p in q.params}
            texts.append({"name": name, "text": raw, "parameters": params})
    return texts


def lint(texts: list[dict]) -> dict[str, list[dict]]:
    result = subprocess.run(["node", str(LINT / "lint.mjs")], input=json.dumps(texts), capture_output=True,
                            text=True, cwd=LINT, check=True, timeout=300)
    return {r["name"]: r["diagnostics"] for r in json.loads(result.stdout)}


def test_linter_catches_errors():
    found = lint([{"name": "bad", "text": "MATCH (n) RETURN m, $nope", "parameters": {}}])
    messages = " ".join(d["message"] for d in found["bad"])
    assert "`m` not defined" in messages and "$nope" in messages


def test_every_cypher_file_lints_clean():
    """No error and no warning: a warning is deprecated syntax (such as ``CALL {`` without a scope
    clause), which a Neo4j 5 server reports as a notification on every run."""
    texts = _texts()
    assert len(texts) >= 20
    found = {name: [d["message"] for d in diags if d["severity"] in (1, 2)] for name, diags in lint(texts).items()}
    assert {name: msgs for name, msgs in found.items() if msgs} == {}


def test_queries_declare_every_parameter_they_use():
    for q in queries.library().values():
        used = set(re.findall(r"\$(\w+)", q.text))
        assert used == {p.name for p in q.params}, q.name
