import json
import shutil

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from kg.cli import main
from kg.store.kglite_store import KgliteStore


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A seeds graph built through the CLI, as a user would."""
    folder = tmp_path_factory.mktemp("cli")
    db = folder / "kg.kgl"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_build_twice_leaves_stats_unchanged(runner, built):
    first = runner.invoke(main, ["stats", "--db", str(built), "--format", "json"])
    again = runner.invoke(main, ["build", str(SEEDS), "--db", str(built)])
    assert again.exit_code == 0 and "5 unchanged articles skipped" in again.stderr
    second = runner.invoke(main, ["stats", "--db", str(built), "--format", "json"])
    assert json.loads(first.stdout) == json.loads(second.stdout)
    assert {"kind": "node", "name": "Article", "count": 5} in json.loads(first.stdout)


def test_extract_then_load(runner, tmp_path):
    out = tmp_path / "seeds.jsonl"
    result = runner.invoke(main, ["extract", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text().splitlines()
    assert len(lines) == 5 and json.loads(lines[0])["document"]["file"].endswith(".txt")
    assert "5 documents" in result.stderr
    db = tmp_path / "g.kgl"
    for _ in range(2):
        loaded = runner.invoke(main, ["load", str(out), "--db", str(db)])
        assert loaded.exit_code == 0, loaded.output
    rows = json.loads(runner.invoke(main, ["query", "who-confirmed", "--db", str(db), "--format", "json"]).stdout)
    assert any(r["speaker"] == "Mark Rutte" for r in rows)


def test_query_formats_and_errors(runner, built):
    table = runner.invoke(main, ["query", "who-denied", "--db", str(built)])
    assert table.exit_code == 0 and "Kremlin" in table.stdout and "speaker" in table.stdout
    csv = runner.invoke(main, ["query", "deployments", "--db", str(built), "--format", "csv"])
    assert csv.stdout.splitlines()[0].startswith("source,target,troops")
    listing = runner.invoke(main, ["query", "--list"])
    assert "who-confirmed" in listing.stdout and "contradictions" in listing.stdout
    bad = runner.invoke(main, ["query", "who-denied", "-P", "who=x", "--db", str(built)])
    assert bad.exit_code == 1 and "valid: entity, since, until" in bad.stderr
    unknown = runner.invoke(main, ["query", "nope", "--db", str(built)])
    assert unknown.exit_code == 1 and "who-confirmed" in unknown.stderr
    missing = runner.invoke(main, ["query", "who-denied", "--db", "/nonexistent/x.kgl"])
    assert missing.exit_code == 1 and "no graph here yet" in missing.stderr


def test_query_says_when_there_is_a_next_page(runner, built):
    everything = json.loads(runner.invoke(main, ["query", "who-confirmed", "--db", str(built), "--format",
                                                 "json", "-P", "limit=1000"]).stdout)
    first = runner.invoke(main, ["query", "who-confirmed", "--db", str(built), "--format", "json",
                                 "-P", "limit=2"])
    assert first.exit_code == 0 and json.loads(first.stdout) == everything[:2]
    assert "-P skip=2 for the next page" in first.stderr
    last = runner.invoke(main, ["query", "who-confirmed", "--db", str(built), "--format", "json",
                                "-P", f"skip={len(everything) - 2}", "-P", "limit=2"])
    assert json.loads(last.stdout) == everything[-2:] and "next page" not in last.stderr
    # entity's limit is the length of its co-mention list, not a page of rows.
    profile = runner.invoke(main, ["query", "entity", "-P", "entity=Putin", "-P", "limit=3", "--db", str(built),
                                   "--format", "json"])
    assert len(json.loads(profile.stdout)[0]["co_mentioned"]) == 3 and "next page" not in profile.stderr
    negative = runner.invoke(main, ["query", "who-confirmed", "--db", str(built), "-P", "limit=-5"])
    assert negative.exit_code == 1 and "must be 0 or more" in negative.stderr
    empty_page = runner.invoke(main, ["query", "who-confirmed", "--db", str(built), "-P", "limit=0"])
    assert empty_page.exit_code == 1 and "limit: must be 1 or more" in empty_page.stderr
    # -p is the Neo4j password, as in cypher-shell: given without a server, it was meant as -P.
    mistaken = runner.invoke(main, ["query", "who-denied", "-p", "entity=Putin", "--db", str(built)])
    assert mistaken.exit_code == 2 and "-P/--param" in mistaken.stderr


def test_graph_from_an_older_kg_is_refused_then_upgraded(runner, tmp_path):
    db = tmp_path / "old.kgl"
    assert runner.invoke(main, ["build", str(SEEDS), "--db", str(db)]).exit_code == 0
    store = KgliteStore(str(db))   # what a graph from before formats were recorded looks like
    store.write("UNWIND $rows AS row MATCH (m:KgMeta) DETACH DELETE m", [{}])
    store.write("UNWIND $rows AS row MATCH (n:Name) DETACH DELETE n", [{}])
    store.close()
    refused = runner.invoke(main, ["query", "who-confirmed", "--db", str(db)])
    assert refused.exit_code == 1 and "written by an older kg" in refused.stderr
    upgrade = runner.invoke(main, ["build", str(SEEDS), "--db", str(db)])
    assert upgrade.exit_code == 0 and "re-reading every article to upgrade it" in upgrade.stderr
    answer = runner.invoke(main, ["query", "statements-by", "-P", "entity=Putin", "--db", str(db)])
    assert answer.exit_code == 0 and "Vladimir Putin" in answer.stdout


def test_export(runner, built, tmp_path):
    out = tmp_path / "g.graphml"
    result = runner.invoke(main, ["export", str(out), "--db", str(built), "--entities-only"])
    assert result.exit_code == 0 and out.read_text().startswith("<?xml")
    bad = runner.invoke(main, ["export", str(out), "--db", str(built), "--kinds", "gossip"])
    assert bad.exit_code == 2 and "unknown kinds gossip" in bad.stderr


def test_bad_inputs_are_named_and_the_rest_processed(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "000_c9f054c9f9ba2299.txt", folder / "good.txt")
    (folder / "empty.txt").write_text("")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 3
    assert "skipped" in result.stderr and "empty.txt: empty file" in result.stderr
    assert "image.txt: binary file" in result.stderr and "Traceback" not in result.output
    assert len(out.read_text().splitlines()) == 1


def test_bad_extraction_file_writes_nothing(runner, tmp_path, seeds_jsonl):
    lines = seeds_jsonl.read_text().splitlines()
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join(lines[:2] + ['{"document": {"id": 1'] + lines[2:]) + "\n")
    db = tmp_path / "g.kgl"
    result = runner.invoke(main, ["load", str(broken), "--db", str(db)])
    assert result.exit_code == 1 and "broken.jsonl:3: not valid JSON" in result.stderr
    assert not db.exists()
    wrong = tmp_path / "wrong.jsonl"
    record = json.loads(lines[0])
    record["statements"][0]["kind"] = "gossiped"
    wrong.write_text(json.dumps(record) + "\n")
    result = runner.invoke(main, ["load", str(wrong), "--db", str(db)])
    assert result.exit_code == 1 and "wrong.jsonl:1: unknown statement kind 'gossiped'" in result.stderr


def test_neo4j_unreachable_is_one_line(runner, seeds_jsonl):
    result = runner.invoke(main, ["load", str(seeds_jsonl), "--neo4j", "bolt://127.0.0.1:1"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "kg: bolt://127.0.0.1:1: no Neo4j server answers there (nothing listens on that port)"


def test_timeout_flag_bounds_the_wait_for_a_silent_server(runner):
    import socket
    import time
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)   # accepts connections, never answers
    port = silent.getsockname()[1]
    try:
        started = time.monotonic()
        result = runner.invoke(main, ["stats", "-a", f"bolt://127.0.0.1:{port}", "--timeout", "1", "--retry", "0"])
        waited = time.monotonic() - started
    finally:
        silent.close()
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1
    assert waited < 6, f"waited {waited:.1f} s with --timeout 1"


def test_second_writer_is_told_the_database_is_in_use(runner, tmp_path, seeds_jsonl):
    from kg.store.kglite_store import KgliteStore
    db = tmp_path / "busy.kgl"
    holder = KgliteStore(str(db))
    try:
        result = runner.invoke(main, ["load", str(seeds_jsonl), "--db", str(db)])
        assert result.exit_code == 1 and "in use" in result.stderr
    finally:
        holder.close()


def test_unexpected_errors_are_one_line(runner, tmp_path, monkeypatch):
    import kg.export
    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(kg.export, "export_graph", boom)
    db = tmp_path / "g.kgl"
    runner.invoke(main, ["build", str(SEEDS / "000_c9f054c9f9ba2299.txt"), "--db", str(db)])
    result = runner.invoke(main, ["export", str(tmp_path / "x.graphml"), "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr.strip() == "kg: unexpected error: RuntimeError: disk on fire (run with --verbose for details)"
    assert not (tmp_path / "x.graphml").exists()


def test_writes_only_where_told(runner, tmp_path, monkeypatch):
    """Output and db go where the flags say; the input folder and the working directory are untouched."""
    import os
    inputs, work, out = tmp_path / "in", tmp_path / "cwd", tmp_path / "out"
    for folder in (inputs, work, out):
        folder.mkdir()
    shutil.copy(SEEDS / "003_be7b42b11361cc58.txt", inputs / "a.txt")
    monkeypatch.chdir(work)
    assert runner.invoke(main, ["extract", str(inputs), "-o", str(out / "a.jsonl")]).exit_code == 0
    assert runner.invoke(main, ["build", str(inputs), "--db", str(out / "g.kgl")]).exit_code == 0
    assert runner.invoke(main, ["export", str(out / "g.graphml"), "--db", str(out / "g.kgl")]).exit_code == 0
    assert sorted(os.listdir(inputs)) == ["a.txt"]
    assert os.listdir(work) == []
    assert {p.name for p in out.iterdir()} <= {"a.jsonl", "g.kgl", "g.kgl-wal", "g.kgl.lock", "g.kgl.lock-owner",
                                              "g.graphml"}


class _WarnedStore:
    """A store as a Neo4j server leaves it after sending two warnings."""

    warnings = ["01N00 warn: feature deprecated.", "01N00 warn: feature deprecated."]

    def read(self, cypher, params=None):
        return [{"kind": "node", "name": "Article", "count": 1}]


@pytest.fixture
def verbose_logging_undone():
    """-v sets up logging for the process: undone after the test, so later tests see none of it."""
    import logging

    from kg.cli import _LOG_TO_STDERR
    yield
    for name in ("kg", "neo4j"):
        logging.getLogger(name).removeHandler(_LOG_TO_STDERR)
        logging.getLogger(name).setLevel(logging.NOTSET)


def test_server_warnings_are_one_line(runner, monkeypatch, verbose_logging_undone):
    from contextlib import contextmanager

    from kg import api, load

    @contextmanager
    def opened(settings):
        yield _WarnedStore()
    monkeypatch.setattr(api, "open_store", opened)
    monkeypatch.setattr(load, "check_format", lambda store: None)
    result = runner.invoke(main, ["stats", "-a", "bolt://db.example:7687"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "kg: Neo4j sent 2 warnings (run with -v to see them)\n"
    verbose = runner.invoke(main, ["-v", "stats", "-a", "bolt://db.example:7687"])
    assert verbose.stderr.endswith("kg: Neo4j sent 2 warnings (shown above)\n")


def test_verbose_shows_what_the_library_and_the_driver_log(runner, capsys, verbose_logging_undone):
    import logging
    runner.invoke(main, ["-v", "query", "--list"])
    logging.getLogger("kg.store.neo4j_store").info("Neo4j: 01N00 warn: feature deprecated.")
    logging.getLogger("neo4j.pool").warning("Transaction failed and will be retried in 1.0s")
    logging.getLogger("neo4j.pool").info("routine detail")
    assert capsys.readouterr().err == ("kg: kg.store.neo4j_store: Neo4j: 01N00 warn: feature deprecated.\n"
                                       "kg: neo4j.pool: Transaction failed and will be retried in 1.0s\n")
