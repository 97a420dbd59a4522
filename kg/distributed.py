"""Extraction on a Dask cluster: the same documents as one process, from many machines.

Articles, read by the calling process exactly as for a single-process run (so that duplicates,
skipped and unreadable inputs are found the same way), are cut into small batches and sent to the
workers; each worker loads the spaCy model and kg's rules once, through a worker plugin, and
extracts its batches. Results come back in input order, the order a single-process
run writes, with only a bounded number of batches in flight, so memory stays flat however long
the corpus. An article that fails is reported as a problem and the run goes on; the tasks of a
worker that dies are run again elsewhere by Dask.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import signal
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain, islice

from distributed import Client, Future, KilledWorker, LocalCluster, WorkerPlugin, get_worker

from kg.errors import KgError
from kg.extract import Extractor
from kg.ingest import InputProblem
from kg.schema import Article, Document

PLUGIN_PREFIX = "kg-extractor:"
DEFAULT_BATCH = 4          # articles per task: small, so that work spreads evenly and a lost
                           # worker costs little, large enough that nlp.pipe batches
TASK_RETRIES = 2           # exceptions escaping a task (a lost worker is rescheduled anyway)

_LOCAL = re.compile(r"^local(?::(?P<workers>[0-9]+))?$")
_SCHEDULER = re.compile(r"^(?:tcp|tls|ucx|ws|wss)://[^\s/]+$")
_QUIET = ("distributed", "dask", "tornado", "bokeh")


class ClusterError(KgError):
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
            client.register_plugin(IgnoreInterrupts(), name="kg-ignore-interrupts")
            yield client


def _require_bokeh() -> None:
    try:
        import bokeh  # noqa: F401
    except ImportError:
        raise ClusterError("the Dask dashboard needs bokeh: pip install 'kg[dashboard]'") from None


class IgnoreInterrupts(WorkerPlugin):
    """Ctrl-C reaches every process of the terminal's process group: the worker processes of a
    local cluster leave it to this one, which stops them, instead of dying with a traceback."""

    def setup(self, worker) -> None:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)


class ExtractorPlugin(WorkerPlugin):
    """Loads the pipeline once per worker process: on every worker there is, and on those that
    join (or are restarted) later. Registered once per model: runs that follow on the same
    cluster find the pipeline loaded."""

    idempotent = True   # register_plugin leaves a plugin of the same name in place

    def __init__(self, model: str, make: Callable[..., Extractor] = Extractor, rules: Sequence[str] = ()) -> None:
        self.model = model
        self.make = make
        self.rules = tuple(str(path) for path in rules)   # read by each worker: the same paths there
        self.extractor: Extractor | None = None
        self.lock = threading.Lock()   # a worker with several threads: one parse at a time

    @property
    def name(self) -> str:
        rules = hashlib.sha256("\n".join(self.rules).encode()).hexdigest()[:12]
        return f"{PLUGIN_PREFIX}{self.model}:{self.make.__module__}.{self.make.__qualname__}:{rules}"

    def setup(self, worker) -> None:
        self.extractor = self.make(self.model, rules=self.rules)

    def __getstate__(self) -> dict:
        return {"model": self.model, "make": self.make, "rules": self.rules}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["model"], state["make"], state["rules"])


Result = Document | InputProblem


def extract_batch(plugin_name: str, articles: list[Article]) -> list[Result]:
    """Runs on a worker: one Document, or one problem, per article."""
    plugin = get_worker().plugins.get(plugin_name)
    if plugin is None or plugin.extractor is None:   # its setup failed here: let Dask try elsewhere
        raise RuntimeError(f"the kg pipeline is not loaded on this worker ({plugin_name})")
    with plugin.lock:
        try:
            return list(plugin.extractor.documents(articles))
        except Exception:
            # One article broke the batch: each one alone, so that only the broken one is lost.
            return [_extract_one(plugin.extractor, article) for article in articles]


def _extract_one(extractor: Extractor, article: Article) -> Result:
    try:
        return next(iter(extractor.documents([article])))
    except Exception as exc:
        return InputProblem(article.file, f"extraction failed ({type(exc).__name__}: {exc})")


class _Batches:
    """Submits batches and hands their results back in submission order, keeping at most
    ``window`` batches on the cluster."""

    def __init__(self, client: Client, plugin_name: str, window: int) -> None:
        self.client = client
        self.plugin_name = plugin_name
        self.window = window
        self.pending: deque[tuple[list, Future]] = deque()
        self.run_key = uuid.uuid4().hex[:12]
        self.submitted = 0

    def submit(self, batch: list) -> None:
        self.submitted += 1
        key = f"kg-extract-{self.run_key}-{self.submitted}"
        future = self.client.submit(extract_batch, self.plugin_name, batch, key=key,
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
            return [InputProblem(batch[0].file, "extraction failed: the worker running it died each time it "
                                                "was tried")]
        singles = [self.client.submit(extract_batch, self.plugin_name, [item],
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


def extract_on(client: Client, articles: Iterable[Article], model: str, *,
               problems: list[InputProblem] | None = None, progress: Callable[[int], None] | None = None,
               batch_size: int = DEFAULT_BATCH, rules: Sequence[str] = (),
               make: Callable[..., Extractor] = Extractor) -> Iterator[Document]:
    """Documents extracted by the workers of ``client``, in the order of ``articles``, with
    ``model`` and the rule files ``rules`` (paths that every worker reads).

    An article whose extraction fails becomes an InputProblem in ``problems``; ``progress`` is
    called with the number of articles each finished batch accounts for.
    """
    problems = problems if problems is not None else []
    plugin = ExtractorPlugin(model, make, rules)
    try:
        client.register_plugin(plugin, name=plugin.name)
    except Exception as exc:   # raised by a worker's setup: ModelNotFound, ImportError...
        raise ClusterError(f"a Dask worker could not load the kg pipeline: {type(exc).__name__}: {exc}") from None
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    batches = _Batches(client, plugin.name, window=3 * workers)
    pending = iter(articles)
    try:
        while batch := list(islice(pending, batch_size)):
            batches.submit(batch)
            if batches.full():
                yield from _collect(batches.next_results(), problems, progress)
        while batches.pending:
            yield from _collect(batches.next_results(), problems, progress)
    finally:
        batches.cancel()   # a consumer that stops early (or Ctrl-C) leaves nothing running


def _collect(results: list[Result], problems: list[InputProblem],
             progress: Callable[[int], None] | None) -> Iterator[Document]:
    if progress:
        progress(len(results))
    for result in results:
        if isinstance(result, InputProblem):
            problems.append(result)
        else:
            yield result


def extract(articles: Iterable[Article], address: str, model: str, *, dashboard: bool = False,
            notice: Callable[[str], None] = lambda message: None, **options) -> Iterator[Document]:
    """``extract_on`` a cluster connected to (or started) for the run and closed after it. The
    cluster is reached (or started) only once there is an article to extract; ``notice`` is told
    where the dashboard is when one was asked for."""
    pending = iter(articles)
    first = next(pending, None)
    if first is None:
        return
    with connect(address, dashboard=dashboard) as client:
        if dashboard:
            notice(f"Dask dashboard: {client.dashboard_link}")
        yield from extract_on(client, chain([first], pending), model, **options)
