"""Extraction on a LocalCluster of two worker processes gives what one process gives."""
from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.api as kg
from conftest import SEEDS
from kg import distributed
from kg.cli import main
from kg.config import DEFAULT_MODEL
from kg.distributed import ClusterAddress, ClusterError, connect, extract_on, parse_address
from kg.extract import Extractor
from kg.extraction_file import dumps

BREAKS = "This sentence breaks the test extractor."


def lines(documents) -> list[str]:
    return [dumps(d) for d in documents]


class BreakingExtractor(Extractor):
    """The real extractor, except that it raises on articles carrying the BREAKS sentence (the
    workers import this module by name to unpickle the plugin)."""

    def documents(self, articles, **options):
        articles = list(articles)
        if any(BREAKS in article.text for article in articles):
            raise ValueError("broken on purpose")
        return super().documents(articles, **options)


@pytest.fixture(scope="module")
def client():
    with connect("local:2") as client:
        yield client


@pytest.fixture(scope="module")
def single_process(seeds_documents):
    return lines(seeds_documents)


def seeds_articles(copies: int = 1) -> list:
    return list(kg.read_inputs([str(SEEDS)]).articles()) * copies


def test_addresses():
    assert parse_address("tcp://10.0.0.5:8786") == ClusterAddress(scheduler="tcp://10.0.0.5:8786")
    assert parse_address("local:3") == ClusterAddress(local_workers=3)
    assert parse_address("local") == ClusterAddress(local_workers=os.cpu_count())
    for wrong in ("10.0.0.5:8786", "local:0", "local:two", "http://host:8786/x", ""):
        with pytest.raises(ClusterError):
            parse_address(wrong)


def test_unreachable_scheduler_is_one_line():
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        with connect("tcp://127.0.0.1:9", timeout="1s"):
            pass


@pytest.mark.parametrize("batch_size", [1, 3])
def test_same_documents_in_the_same_order_as_one_process(client, single_process, batch_size):
    done = []
    documents = extract_on(client, seeds_articles(), DEFAULT_MODEL, batch_size=batch_size,
                           progress=done.append)
    assert lines(documents) == single_process
    assert sum(done) == 5


def test_a_failing_article_is_reported_and_the_run_goes_on(client, single_process):
    articles = seeds_articles()
    broken = kg.Article(**{**vars(articles[2]), "id": "broken", "file": "broken.txt",
                           "text": articles[2].text + "\n" + BREAKS})
    problems = []
    documents = extract_on(client, articles[:3] + [broken] + articles[3:], DEFAULT_MODEL, problems=problems,
                           make=BreakingExtractor, batch_size=2)
    assert lines(documents) == single_process
    assert [(p.file, p.reason) for p in problems] == [
        ("broken.txt", "extraction failed (ValueError: broken on purpose)")]


def test_the_pipeline_is_loaded_once_per_worker(client):
    def loaded(dask_worker):
        return {name: id(p.extractor) for name, p in dask_worker.plugins.items()
                if name.startswith(distributed.PLUGIN_PREFIX)}
    list(extract_on(client, seeds_articles(), DEFAULT_MODEL))
    before = client.run(loaded)
    list(extract_on(client, seeds_articles(), DEFAULT_MODEL))
    assert client.run(loaded) == before and all(before.values())


def test_a_model_the_workers_lack_is_one_line(client):
    with pytest.raises(ClusterError, match="a Dask worker could not load the kg pipeline: ModelNotFound"):
        next(extract_on(client, seeds_articles(), "no_such_model_xyz"))


def test_stopping_early_leaves_nothing_running(client):
    documents = extract_on(client, seeds_articles(4), DEFAULT_MODEL, batch_size=1)
    next(documents)
    documents.close()            # what Ctrl-C does to the consumer's loop
    deadline = time.monotonic() + 10
    while any(client.processing().values()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(client.processing().values())


def dashboard_status(client) -> int:
    try:
        with urllib.request.urlopen(client.dashboard_link, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_no_dashboard_unless_asked(client):
    assert dashboard_status(client) == 404


def test_dashboard_when_asked():
    with connect("local:1", dashboard=True) as client:
        assert dashboard_status(client) == 200


def test_kg_extract_against_a_running_scheduler(client, tmp_path, single_process):
    """--dask tcp://...: a cluster kg did not start (here the shared one), as on other machines."""
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(SEEDS), "--dask", client.scheduler.address, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == "".join(line + "\n" for line in single_process)
    assert len(client.scheduler_info()["workers"]) == 2   # the cluster outlives the run


# -- the workers read the inputs ----------------------------------------------------------------

def _summary_free(stderr: str) -> list[str]:
    """stderr without the run's time."""
    return [line.rsplit(" in ", 1)[0] if not line.startswith("kg:") else line for line in stderr.splitlines()]


def test_the_workers_read_file_urls_themselves(client, tmp_path, extractor, monkeypatch):
    """The calling process lists the files and sends their URLs: reading a file here fails, and
    the output is still byte for byte what one process writes from the same URLs."""
    url = f"file://{SEEDS}/"
    expected = lines(kg.extract(kg.read_inputs([url]), pipeline=extractor))

    def no_reading_here(*_args):
        raise AssertionError("an input was read by the calling process")
    monkeypatch.setattr("kg.ingest._read_file", no_reading_here)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", url, "--dask", client.scheduler.address, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == "".join(line + "\n" for line in expected)
    assert expected[0].startswith('{"document": {"id": "9aba36c72c0e8d72", "file": "file://')


def test_a_relative_path_reaches_workers_whose_working_folder_differs(client, tmp_path, monkeypatch):
    """Sent as its absolute URL (the shared cluster's workers run in another folder), named as given."""
    shutil.copytree(SEEDS, tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    runs = []
    for options in ([], ["--dask", client.scheduler.address]):
        result = CliRunner().invoke(main, ["extract", "corpus", "-o", "-", *options])
        assert result.exit_code == 0, result.output
        runs.append(result.stdout)
    assert runs[0] == runs[1] and '"file": "corpus/000_' in runs[0]
    assert str(tmp_path) not in client.run(os.getcwd).values()


def test_duplicates_problems_and_records_are_found_as_one_process_finds_them(client, tmp_path):
    from test_ingest import PAGE
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    (corpus / "a.txt").write_text(texts[0], encoding="utf-8")
    (corpus / "b.txt").write_text(texts[0].replace("\n", "\n\n"), encoding="utf-8")   # the same words
    (corpus / "c.txt").write_text("  \n", encoding="utf-8")
    (corpus / "d.html").write_text(PAGE, encoding="utf-8")
    (corpus / "e.jsonl").write_text("".join(json.dumps({"id": f"r{i}", "text": text}) + "\n"
                                            for i, text in enumerate(texts[:2])) + "not json\n", encoding="utf-8")
    (corpus / "f.pdf").write_bytes(b"%PDF-1.4")
    runs = {}
    for name, options in (("one", []), ("dask", ["--dask", client.scheduler.address])):
        out = tmp_path / f"{name}.jsonl"
        result = CliRunner().invoke(main, ["extract", f"file://{corpus}", "-o", str(out), *options])
        assert result.exit_code == 3, result.output
        runs[name] = out.read_text(encoding="utf-8"), _summary_free(result.stderr)
    assert runs["dask"] == runs["one"]
    files = [json.loads(line)["document"]["file"] for line in runs["one"][0].splitlines()]
    assert files == [f"file://{corpus}/{name}" for name in ("a.txt", "d.html", "e.jsonl#r1")]
    assert runs["one"][1][:2] == [f"kg: skipped file://{corpus}/f.pdf: not read: kg reads .txt, .html/.htm, "
                                  ".jsonl and .csv files", f"kg: skipped file://{corpus}/c.txt: empty file"]
    assert runs["one"][1][-1].endswith("(2 duplicates read once)")


def test_records_files_are_cut_into_pieces_the_workers_read(client, tmp_path, monkeypatch):
    """A JSON Lines file and a CSV file spread over the workers, their records named by id or
    line as one process names them, their bad lines reported alike; this process reads neither."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    rows = [json.dumps({"id": f"r{i}", "text": text}) if i % 2 else json.dumps({"text": text})
            for i, text in enumerate(texts * 2)]    # the copies are duplicates, named as such
    rows[3:3] = ["not json", "", json.dumps({"title": "no text"})]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "news.jsonl").write_bytes("\r\n".join(rows).encode("utf-8") + b"\n\xff broken line\n")
    with open(corpus / "wire.csv", "w", encoding="utf-8", newline="") as handle:   # texts over many lines
        csv.writer(handle).writerows([("id", "title", "text"), ("w1", "Wire", texts[0] + "\nFrom the wire."),
                                      ("", "", texts[1] + "\nFrom the wire."), ("w3", "Empty", "")])
    runs = {}
    for name, options in (("one", []), ("dask", ["--dask", client.scheduler.address])):
        out = tmp_path / f"{name}.jsonl"
        if name == "dask":
            monkeypatch.setattr(distributed, "PIECE_BYTES", 3000)   # several pieces to an article
            monkeypatch.setattr(distributed, "COUNT_SPAN", 4)       # and several tasks to count them
            monkeypatch.setattr("kg.ingest.read_jsonl_lines", None)    # nothing read here
            monkeypatch.setattr("kg.ingest.read_csv", None)
        result = CliRunner().invoke(main, ["extract", corpus.as_uri(), "-o", str(out), *options])
        assert result.exit_code == 3, result.output
        runs[name] = out.read_text(encoding="utf-8"), _summary_free(result.stderr)
    assert runs["dask"] == runs["one"]
    files = [json.loads(line)["document"]["file"] for line in runs["one"][0].splitlines()]
    news, wire = (corpus / "news.jsonl").as_uri(), (corpus / "wire.csv").as_uri()
    without_id = 1 + (texts[0] + "\nFrom the wire.").count("\n") + 1 + (texts[1] + "\nFrom the wire.").count("\n") + 1
    assert files == [f"{news}{where}" for where in (":1", "#r1", ":3", "#r3", ":8")] + [f"{wire}#w1",
                                                                                       f"{wire}:{without_id}"]
    assert runs["one"][1][:4] == [f"kg: skipped {news}:4: not valid JSON (Expecting value)",
                                  f"kg: skipped {news}:6: no text (looked for text, content, body, maintext, "
                                  "article, full_text)",
                                  f"kg: skipped {news}:14: not UTF-8 text",
                                  f"kg: skipped {wire}#w3: no text (looked for text, content, body, maintext, "
                                  "article, full_text)"]
    assert runs["one"][1][-1].endswith("(5 duplicates read once)")


def test_a_build_on_the_cluster_skips_what_the_graph_holds(client, tmp_path):
    db = tmp_path / "g.kgl"
    build = ["build", f"file://{SEEDS}", "--db", str(db), "--dask", client.scheduler.address]
    first = CliRunner().invoke(main, build)
    assert first.exit_code == 0, first.output
    again = CliRunner().invoke(main, build)
    assert again.exit_code == 0, again.output
    assert _summary_free(again.stderr) == ["0 documents, 0 entities, 0 statements, 0 relations "
                                           "(5 unchanged articles skipped)"]


def test_a_killed_worker_tasks_are_retried(client, single_process):
    """(Last of the tests on the shared cluster: its nanny restarts the killed worker.)"""
    killed = []

    def kill_a_busy_worker(_count):
        if killed:
            return
        busy = [address for address, keys in client.processing().items() if keys]
        for pid in client.run(os.getpid, workers=busy[:1]).values():
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    documents = list(extract_on(client, seeds_articles(2), DEFAULT_MODEL, batch_size=1,
                                progress=kill_a_busy_worker))
    assert killed
    assert lines(documents) == single_process * 2


# -- the command line ---------------------------------------------------------------------------

def test_kg_extract_on_dask_writes_what_one_process_writes_quietly(tmp_path, single_process, capfd):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(SEEDS), "--dask", "local:2", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == "".join(line + "\n" for line in single_process)
    assert result.stderr.startswith("5 documents") and result.stderr.count("\n") == 1
    assert capfd.readouterr().err == ""     # nor anything from the workers' processes


def test_kg_build_on_dask_gives_the_graph_one_process_gives(tmp_path):
    graphs = []
    for name, options in (("one", []), ("dask", ["--workers", "2"])):
        db, graphml = tmp_path / f"{name}.kgl", tmp_path / f"{name}.graphml"
        result = CliRunner().invoke(main, ["build", str(SEEDS), "--db", str(db), *options])
        assert result.exit_code == 0, result.output
        assert CliRunner().invoke(main, ["export", str(graphml), "--db", str(db)]).exit_code == 0
        graphs.append(graphml.read_text(encoding="utf-8"))
    assert graphs[0] == graphs[1]


def test_kg_dask_options_are_checked_before_anything_runs(tmp_path):
    out = tmp_path / "out.jsonl"
    wrong = CliRunner().invoke(main, ["extract", str(SEEDS), "--dask", "host:8786", "-o", str(out)])
    assert wrong.exit_code == 2 and "is not a Dask address" in wrong.stderr
    alone = CliRunner().invoke(main, ["build", str(SEEDS), "--dask-dashboard", "--db", str(tmp_path / "x.kgl")])
    assert alone.exit_code == 2 and "give --dask ADDRESS" in alone.stderr
    unreachable = CliRunner().invoke(main, ["extract", str(SEEDS), "--dask", "tcp://127.0.0.1:9", "-o", str(out)])
    assert unreachable.exit_code == 1 and "kg: cannot reach the Dask scheduler" in unreachable.stderr
    assert not out.exists()


def _workers_with_spacy(group: int) -> list[int]:
    """The processes of a process group other than its leader that have loaded spaCy: local
    workers whose plugins are set up (on a loaded machine that takes longer than any fixed wait)."""
    listed = subprocess.run(["pgrep", "-g", str(group)], capture_output=True, text=True).stdout
    found = []
    for pid in (int(p) for p in listed.split() if int(p) != group):
        try:
            if "spacy" in Path(f"/proc/{pid}/maps").read_text():
                found.append(pid)
        except OSError:
            pass
    return found


def test_ctrl_c_leaves_no_file_and_no_process(tmp_path):
    """Ctrl-C, as a terminal sends it to the whole process group, while the articles are being read
    (the extraction file is open; its documents are written once the last is read, with one id per
    real thing across them: kg.identity_across)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    for i in range(120):
        (corpus / f"{i:03d}.txt").write_text(f"{texts[i % len(texts)]}\nCopy {i} of the article.\n", encoding="utf-8")
    kg_command = os.path.join(os.path.dirname(sys.executable), "kg")
    # Through a wrapper that gives kg Ctrl-C's default action, even where this test runs with it
    # ignored (a background job), as a shell does for a command typed at a terminal.
    wrapper = "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"
    run = subprocess.Popen([sys.executable, "-c", wrapper, kg_command, "extract", str(corpus), "--dask", "local:2",
                            "-o", "out.jsonl"], cwd=tmp_path, stderr=subprocess.PIPE, text=True, process_group=0)
    deadline = time.monotonic() + 300
    while not (any(tmp_path.glob(".out.jsonl.*")) and len(_workers_with_spacy(run.pid)) >= 2) \
            and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1)   # the workers are reading
    os.killpg(run.pid, signal.SIGINT)
    _, stderr = run.communicate(timeout=120)
    assert run.returncode == 130
    assert stderr == "kg: interrupted; what was committed is kept, a re-run completes it\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]
    # the workers and multiprocessing's resource tracker are gone within seconds (the tracker
    # exits once kg has)
    deadline = time.monotonic() + 15
    while (left := subprocess.run(["pgrep", "-g", str(run.pid)], capture_output=True, text=True).stdout.strip()) \
            and time.monotonic() < deadline:
        time.sleep(0.2)
    assert left == ""


