"""Extraction on a LocalCluster of two worker processes gives what one process gives."""
from __future__ import annotations

import json
import os
import shutil
import signal
import time
import urllib.error
import urllib.request

import pytest

from conftest import SEEDS
from kg import distributed
from kg.config import DEFAULT_MODEL
from kg.distributed import ClusterAddress, ClusterError, Run, connect, extract_on, parse_address
from kg.extract import Extractor
from kg.ingest import discover, manifests_for, read_articles
from kg.sources import discover_sources, manifests_of

BREAKS = "This sentence breaks the test extractor."


def lines(documents) -> list[str]:
    return [json.dumps(d.to_dict(), ensure_ascii=False) for d in documents]


class BreakingExtractor(Extractor):
    """The real extractor, except that it raises on articles carrying the BREAKS sentence (the
    workers import this module by name to unpickle the plugin)."""

    def document(self, doc, article):
        if BREAKS in article.text:
            raise ValueError("broken on purpose")
        return super().document(doc, article)


@pytest.fixture(scope="module")
def client():
    with connect("local:2") as client:
        yield client


@pytest.fixture(scope="module")
def single_process(seeds_documents):
    return lines(seeds_documents)


@pytest.fixture()
def corpus(tmp_path):
    """The seeds, a binary file among them and one article that the test extractor breaks on."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    (folder / "001a_binary.txt").write_bytes(b"\x00\x01\x02 not text")
    text = (SEEDS / "002_6b99f917cd6c53cb.txt").read_text(encoding="utf-8")
    (folder / "002a_breaks.txt").write_text(text + "\n" + BREAKS + "\n", encoding="utf-8")
    return folder


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
    sources, problems = discover_sources([str(SEEDS)])
    done = []
    documents = extract_on(client, sources, DEFAULT_MODEL, manifest=manifests_of([str(SEEDS)]),
                           batch_size=batch_size, progress=done.append)
    assert lines(documents) == single_process
    assert problems == [] and sum(done) == len(sources)


def test_articles_read_by_the_caller(client, single_process):
    files, _ = discover([SEEDS])
    articles = list(read_articles(files, manifests_for([SEEDS])))
    assert lines(extract_on(client, articles, DEFAULT_MODEL)) == single_process


def test_fsspec_urls(client, seeds_documents):
    url = SEEDS.resolve().as_uri()   # file://...: read by the workers through fsspec
    sources, _ = discover_sources([url])
    assert sources[0].startswith("file://") and len(sources) == 5
    documents = list(extract_on(client, sources, DEFAULT_MODEL, manifest=manifests_of([url])))
    as_url = {doc.article.file: SEEDS.resolve().as_uri() + "/" + os.path.basename(doc.article.file)
              for doc in seeds_documents}
    expected = [line.replace(json.dumps(file), json.dumps(url)) for line, (file, url)
                in zip(lines(seeds_documents), as_url.items())]
    assert lines(documents) == expected
    assert documents[0].article.published == seeds_documents[0].article.published   # manifest read


def test_failing_articles_are_reported_and_the_run_goes_on(client, corpus, single_process):
    sources, problems = discover_sources([str(corpus)])
    run = Run(problems=problems)
    documents = extract_on(client, sources, DEFAULT_MODEL, run=run, manifest=manifests_of([str(corpus)]),
                           make=BreakingExtractor, batch_size=2)
    assert lines(documents) == [line.replace(str(SEEDS), str(corpus)) for line in single_process]
    reasons = {os.path.basename(p.file): p.reason for p in run.problems}
    assert reasons == {"001a_binary.txt": "binary file, not text",
                       "002a_breaks.txt": "extraction failed (ValueError: broken on purpose)"}


def test_known_articles_are_skipped(client, seeds_documents):
    sources, _ = discover_sources([str(SEEDS)])
    known = {seeds_documents[1].article.id, seeds_documents[3].article.id}
    run = Run()
    documents = list(extract_on(client, sources, DEFAULT_MODEL, run=run, skip_ids=known))
    assert [d.article.id for d in documents] == [d.article.id for d in seeds_documents
                                                 if d.article.id not in known]
    assert {a.id for a in run.skipped} == known


def test_the_pipeline_is_loaded_once_per_worker(client):
    def loaded(dask_worker):
        return {name: id(p.extractor) for name, p in dask_worker.plugins.items()
                if name.startswith(distributed.PLUGIN_PREFIX)}
    sources, _ = discover_sources([str(SEEDS)])
    list(extract_on(client, sources, DEFAULT_MODEL))
    before = client.run(loaded)
    list(extract_on(client, sources, DEFAULT_MODEL))
    assert client.run(loaded) == before and all(before.values())


def test_a_model_the_workers_lack_is_one_line(client):
    with pytest.raises(ClusterError, match="a Dask worker could not load the kg pipeline: ModelNotFound"):
        next(extract_on(client, discover_sources([str(SEEDS)])[0], "no_such_model_xyz"))


def test_stopping_early_leaves_nothing_running(client):
    sources, _ = discover_sources([str(SEEDS)] * 4)
    documents = extract_on(client, sources, DEFAULT_MODEL, batch_size=1)
    next(documents)
    documents.close()            # what Ctrl-C does to the consumer's loop
    deadline = time.monotonic() + 10
    while any(client.processing().values()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(client.processing().values())


def test_a_killed_worker_tasks_are_retried(single_process):
    sources, _ = discover_sources([str(SEEDS)] * 2)
    killed = []

    def kill_a_busy_worker(_count):
        if killed:
            return
        busy = [address for address, keys in client.processing().items() if keys]
        pids = client.run(os.getpid, workers=busy[:1])
        for pid in pids.values():
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    with connect("local:2") as client:
        documents = list(extract_on(client, sources, DEFAULT_MODEL, batch_size=1,
                                    manifest=manifests_of([str(SEEDS)]), progress=kill_a_busy_worker))
        assert killed
        assert len(client.scheduler_info()["workers"]) >= 1
    assert lines(documents) == single_process * 2


def dashboard_status(client) -> int:
    try:
        with urllib.request.urlopen(client.dashboard_link, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_quiet_and_no_dashboard_by_default(capfd, single_process):
    with connect("local:1") as client:
        assert dashboard_status(client) == 404
        assert lines(extract_on(client, discover_sources([str(SEEDS)])[0], DEFAULT_MODEL,
                                manifest=manifests_of([str(SEEDS)]))) == single_process
    assert capfd.readouterr().err == ""


def test_dashboard_when_asked():
    with connect("local:1", dashboard=True) as client:
        assert dashboard_status(client) == 200
