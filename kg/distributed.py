"""Extraction on a Dask cluster: the same documents as one process, from many machines.

Articles (or the paths of their files, which the workers read) are cut into small batches and
sent to the workers; each worker loads the spaCy model and kg's rules once, through a worker
plugin, and extracts its batches. Results come back in input order, the order a single-process
run writes, with only a bounded number of batches in flight, so memory stays flat however long
the corpus. An article that fails is reported as a problem and the run goes on; the tasks of a
worker that dies are run again elsewhere by Dask.
"""
from __future__ import annotations

import logging
import os
import re
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from distributed import Client, Future, KilledWorker, LocalCluster, WorkerPlugin, get_worker

from kg.extract import Extractor
from kg.ingest import InputProblem, ManifestRow
from kg.schema import Article, Document
from kg.sources import read_source

PLUGIN_PREFIX = "kg-extractor:"
DEFAULT_BATCH = 4          # articles per task: small, so that work spreads evenly and a lost
                           # worker costs little, large enough that nlp.pipe batches
TASK_RETRIES = 2           # exceptions escaping a task (a lost worker is rescheduled anyway)

_LOCAL = re.compile(r"^local(?::(?P<workers>[0-9]+))?$")
_SCHEDULER = re.compile(r"^(?:tcp|tls|ucx|ws|wss)://[^\s/]+$")
_QUIET = ("distributed", "dask", "tornado", "bokeh")


class ClusterError(Exception):
    """A Dask address that is wrong or cannot be reached, explained in one line."""


@dataclass(frozen=True)
class ClusterAddress:
    """Where to run: a scheduler's address, or a LocalCluster of ``local_workers`` processes."""

    scheduler: str | None = None
    local_workers: int | None = None


def parse_address(text: str) -> ClusterAddress:
    """``tcp://host:8786`` (any Dask protocol), ``local`` (a process per core) or ``local:N``."""
    local = _LOCAL.match(text)
    if local:
        workers = int(local["workers"]) if local["workers"] else (os.cpu_count() or 1)
        if workers < 1:
            raise ClusterError(f"{text!r}: a local cluster needs at least one worker (local:N, N >= 1)")
        return ClusterAddress(local_workers=workers)
    if _SCHEDULER.match(text):
        return ClusterAddress(scheduler=text)
    raise ClusterError(f"{text!r} is not a Dask address: use tcp://HOST:PORT (a running scheduler), "
                       "local or local:N (N worker processes on this machine)")


@contextmanager
def quiet_dask(level: int = logging.WARNING) -> Iterator[None]:
    """Dask logs every worker's start and stop at INFO; a kg run shows only what goes wrong."""
    loggers = [logging.getLogger(name) for name in _QUIET]
    before = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(max(level, logger.getEffectiveLevel()))
    try:
        yield
    finally:
        for logger, old in zip(loggers, before):
            logger.setLevel(old)


@contextmanager
def connect(address: str, dashboard: bool = False, timeout: str = "10s") -> Iterator[Client]:
    """A client of the scheduler at ``address``, or of a LocalCluster started (and stopped) here.

    A local cluster serves its dashboard (at ``client.dashboard_link``) only if ``dashboard`` is
    set; a remote scheduler serves its own, or not, as it was started.
    """
    where = parse_address(address)
    with quiet_dask():
        if where.scheduler:
            try:
                client = Client(where.scheduler, timeout=timeout, set_as_default=False)
            except (OSError, TimeoutError) as exc:
                raise ClusterError(f"cannot reach the Dask scheduler at {where.scheduler} ({exc})") from None
            with client:
                yield client
            return
        if dashboard:
            _require_bokeh()
        # The scheduler's HTTP server (health checks) runs in any case: on a free port, so that
        # it never clashes with another cluster's 8787 unless the dashboard is wanted there.
        with LocalCluster(n_workers=where.local_workers, threads_per_worker=1, processes=True,
                          dashboard_address=":8787" if dashboard else ":0",
                          scheduler_kwargs={"dashboard": dashboard},
                          silence_logs=logging.ERROR) as cluster, \
                Client(cluster, set_as_default=False) as client:
            yield client


def _require_bokeh() -> None:
    try:
        import bokeh  # noqa: F401
    except ImportError:
        raise ClusterError("the Dask dashboard needs bokeh: pip install 'kg[dashboard]'") from None


class ExtractorPlugin(WorkerPlugin):
    """Loads the pipeline once per worker process: on every worker there is, and on those that
    join (or are restarted) later. Registered once per model: runs that follow on the same
    cluster find the pipeline loaded."""

    idempotent = True   # register_plugin leaves a plugin of the same name in place

    def __init__(self, model: str, make: Callable[[str], Extractor] = Extractor) -> None:
        self.model = model
        self.make = make
        self.extractor: Extractor | None = None
        self.lock = threading.Lock()   # a worker with several threads: one parse at a time

    @property
    def name(self) -> str:
        return f"{PLUGIN_PREFIX}{self.model}:{self.make.__module__}.{self.make.__qualname__}"

    def setup(self, worker) -> None:
        self.extractor = self.make(self.model)

    def __getstate__(self) -> dict:
        return {"model": self.model, "make": self.make}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["model"], state["make"])


@dataclass
class Skipped:
    """An article whose id the caller already has (an unchanged article in the graph)."""

    article: Article


@dataclass
class Run:
    """What a run found besides documents: problems (one per failed input) and skipped articles."""

    problems: list[InputProblem] = field(default_factory=list)
    skipped: list[Article] = field(default_factory=list)


Source = Article | str | os.PathLike
Result = Document | InputProblem | Skipped


def extract_batch(plugin_name: str, batch: list[tuple[Source, ManifestRow | None]],
                  skip_ids: frozenset[str]) -> list[Result]:
    """Runs on a worker: read what needs reading, extract the rest; one result per input."""
    plugin = get_worker().plugins.get(plugin_name)
    if plugin is None or plugin.extractor is None:   # its setup failed here: let Dask try elsewhere
        raise RuntimeError(f"the kg pipeline is not loaded on this worker ({plugin_name})")
    results: list[Result | None] = []
    articles: list[tuple[int, Article]] = []
    for source, meta in batch:
        item = source if isinstance(source, Article) else read_source(source, meta)
        if isinstance(item, Article) and item.id in skip_ids:
            item = Skipped(item)
        if isinstance(item, Article):
            articles.append((len(results), item))
            results.append(None)
        else:
            results.append(item)
    with plugin.lock:
        for position, document in _extract_each(plugin.extractor, articles):
            results[position] = document
    return results


def _extract_each(extractor: Extractor, articles: list[tuple[int, Article]]) -> Iterator[tuple[int, Result]]:
    """The batch through nlp.pipe; if one article breaks it, each one alone, so that only the
    broken one is lost."""
    try:
        documents = list(extractor.documents([a for _, a in articles]))
    except Exception:
        for position, article in articles:
            try:
                yield position, next(iter(extractor.documents([article])))
            except Exception as exc:
                yield position, InputProblem(article.file, f"extraction failed ({type(exc).__name__}: {exc})")
        return
    for (position, _), document in zip(articles, documents):
        yield position, document


class _Batches:
    """Submits batches and hands their results back in submission order, keeping at most
    ``window`` batches on the cluster."""

    def __init__(self, client: Client, plugin_name: str, skip_ids, window: int) -> None:
        self.client = client
        self.plugin_name = plugin_name
        self.skip_ids = skip_ids
        self.window = window
        self.pending: deque[tuple[list, Future]] = deque()
        self.run_key = uuid.uuid4().hex[:12]
        self.submitted = 0

    def submit(self, batch: list) -> None:
        self.submitted += 1
        key = f"kg-extract-{self.run_key}-{self.submitted}"
        future = self.client.submit(extract_batch, self.plugin_name, batch, self.skip_ids, key=key,
                                    retries=TASK_RETRIES)
        self.pending.append((batch, future))

    def full(self) -> bool:
        return len(self.pending) >= self.window

    def next_results(self) -> list[Result]:
        batch, future = self.pending.popleft()
        try:
            return future.result()
        except KilledWorker:
            return self._one_by_one(batch)

    def _one_by_one(self, batch: list) -> list[Result]:
        """A batch that kept killing its workers: each article alone, so that only the one that
        kills a worker is lost (reported as a problem)."""
        if len(batch) == 1:
            source = batch[0][0]
            name = source.file if isinstance(source, Article) else str(source)
            return [InputProblem(name, "extraction failed: the worker running it died each time it was tried")]
        singles = [self.client.submit(extract_batch, self.plugin_name, [item], self.skip_ids,
                                      retries=TASK_RETRIES, pure=False) for item in batch]
        results: list[Result] = []
        for item, future in zip(batch, singles):
            try:
                results += future.result()
            except KilledWorker:
                results += self._one_by_one([item])
        return results

    def cancel(self) -> None:
        futures = [future for _, future in self.pending]
        self.pending.clear()
        if futures:
            self.client.cancel(futures)


def extract_on(client: Client, sources: Iterable[Source], model: str, *, run: Run | None = None,
               manifest: dict[str, ManifestRow] | None = None, skip_ids: Iterable[str] = (),
               progress: Callable[[int], None] | None = None, batch_size: int = DEFAULT_BATCH,
               make: Callable[[str], Extractor] = Extractor) -> Iterator[Document]:
    """Documents extracted by the workers of ``client``, in the order of ``sources``.

    A source is an Article, or the path of an article file (local, or any URL fsspec reads) that
    every worker can open. ``manifest`` gives files' metadata by file name; articles whose id is
    in ``skip_ids`` are not extracted. Problems and skipped articles are collected in ``run``;
    ``progress`` is called with the number of inputs each finished batch accounts for.
    """
    run = run if run is not None else Run()
    manifest = manifest or {}
    plugin = ExtractorPlugin(model, make)
    try:
        client.register_plugin(plugin, name=plugin.name)
    except Exception as exc:   # raised by a worker's setup: ModelNotFound, ImportError...
        raise ClusterError(f"a Dask worker could not load the kg pipeline: {type(exc).__name__}: {exc}") from None
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    skip_ids = frozenset(skip_ids)
    # Sent once to every worker (scatter treats a set as many items: hence the list of one).
    [skip] = client.scatter([skip_ids], broadcast=True) if skip_ids else [skip_ids]
    batches = _Batches(client, plugin.name, skip, window=3 * workers)
    items = ((s, None if isinstance(s, Article) else manifest.get(Path(str(s)).name)) for s in sources)
    try:
        while batch := list(islice(items, batch_size)):
            batches.submit(batch)
            if batches.full():
                yield from _collect(batches.next_results(), run, progress)
        while batches.pending:
            yield from _collect(batches.next_results(), run, progress)
    finally:
        batches.cancel()   # a consumer that stops early (or Ctrl-C) leaves nothing running


def _collect(results: list[Result], run: Run, progress: Callable[[int], None] | None) -> Iterator[Document]:
    if progress:
        progress(len(results))
    for result in results:
        if isinstance(result, InputProblem):
            run.problems.append(result)
        elif isinstance(result, Skipped):
            run.skipped.append(result.article)
        else:
            yield result


def extract(sources: Iterable[Source], address: str, model: str, *, dashboard: bool = False,
            **options) -> Iterator[Document]:
    """``extract_on`` a cluster connected to (or started) for the run and closed after it."""
    with connect(address, dashboard=dashboard) as client:
        yield from extract_on(client, sources, model, **options)
