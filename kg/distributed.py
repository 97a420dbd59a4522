"""Extraction on a Dask cluster: the same documents as one process, from many machines.

The calling process lists the inputs and sends them to the workers in small batches: files by
their path or URL (``kg.ingest.Unread``: the worker reads them itself, so every worker must see
the same paths), records files as pieces of a few articles (``kg.ingest.RecordsPiece``: the
workers find where the pieces begin, see ``_in_pieces``), and standard input, which only it can
read, by its articles' text.
Each worker loads the spaCy model and kg's rules once, through a worker plugin, reads and checks
its batch's articles and extracts them; what comes back for each article is an ``Outcome``
(its document, or the problem met, with the key of its text), so that the calling process finds
duplicates and unchanged articles in input order, as a single-process run does. Results come back
in input order, the order a single-process run writes, with only a bounded number of batches in
flight, so memory stays flat however long the corpus. An article that fails is reported as a
problem and the run goes on; the tasks of a worker that dies are run again elsewhere by Dask.
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
from dataclasses import dataclass, replace
from itertools import chain, islice

from distributed import Client, Future, KilledWorker, LocalCluster, WorkerPlugin, get_worker

from kg.errors import KgError
from kg.extract import Extractor
from kg.ingest import InputProblem, RecordsPiece, Unread, checked, is_csv, kind_of, text_key
from kg.locations import RemoteFile, filesystem, open_binary
from kg.records import CsvLayout, csv_layout, lines_of_piece, piece_ranges
from kg.schema import Article, Document

PLUGIN_PREFIX = "kg-extractor:"
DEFAULT_BATCH = 4          # articles per task: small, so that work spreads evenly and a lost
                           # worker costs little, large enough that nlp.pipe batches
TASK_RETRIES = 2           # exceptions escaping a task (a lost worker is rescheduled anyway)
PIECE_BYTES = 16 * 1024    # a piece of a records file the workers read: a few articles, as a file is
COUNT_SPAN = 256           # pieces whose lines one task counts

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
        # Workers log only what is fatal: kg reports an article that fails, and a worker's
        # errors while the cluster closes (a heartbeat to a scheduler that has gone, after
        # Ctrl-C) are no news to a user.
        # The scheduler's HTTP server (health checks) runs in any case: on a free port, so that
        # it never clashes with another cluster's 8787 unless the dashboard is wanted there.
        with LocalCluster(n_workers=where.local_workers, threads_per_worker=1, processes=True,
                          dashboard_address=":8787" if dashboard else ":0",
                          scheduler_kwargs={"dashboard": dashboard},
                          silence_logs=logging.CRITICAL) as cluster, \
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
Unit = Article | Unread | RecordsPiece | InputProblem   # an article, a file or piece to read, a problem to pass on


@dataclass
class Outcome:
    """What became of one article (or of an input that gave none) on a worker: sent back in
    place of the article's text."""

    file: str
    key: str | None = None              # kg.ingest.text_key of the article's text; None: no article
    read: bool = False                  # an article read and checked (it counts as read)
    document: Document | None = None
    problem: InputProblem | None = None
    skipped: Article | None = None      # its id is among those to skip: not extracted (text left out)


def extract_batch(plugin_name: str, units: list[Unit], skip_ids: frozenset[str] = frozenset()) -> list[Outcome]:
    """Runs on a worker: reads the batch's files, checks its articles and extracts those whose
    id is not in ``skip_ids``: one Outcome per article, or per problem."""
    plugin = get_worker().plugins.get(plugin_name)
    if plugin is None or plugin.extractor is None:   # its setup failed here: let Dask try elsewhere
        raise RuntimeError(f"the kg pipeline is not loaded on this worker ({plugin_name})")
    outcomes: list[Outcome] = []
    todo: list[tuple[Outcome, Article]] = []
    for unit in units:
        for item in (unit.read() if isinstance(unit, (Unread, RecordsPiece)) else [unit]):
            outcome, article = _prepared(item, skip_ids)
            outcomes.append(outcome)
            if article is not None:
                todo.append((outcome, article))
    with plugin.lock:
        results = _extracted(plugin.extractor, [article for _, article in todo])
    for (outcome, _), result in zip(todo, results):
        if isinstance(result, InputProblem):
            outcome.problem = result
        else:
            outcome.document = result
    return outcomes


def _prepared(item: Article | InputProblem, skip_ids: frozenset[str]) -> tuple[Outcome, Article | None]:
    """The outcome of an item read, and the article to extract, if any."""
    if isinstance(item, InputProblem):
        return Outcome(item.file, problem=item), None
    key = text_key(item)
    article = checked(item)
    if isinstance(article, InputProblem):
        return Outcome(item.file, key, problem=article), None
    if article.id in skip_ids:
        return Outcome(item.file, key, read=True, skipped=replace(article, text="", body=[])), None
    return Outcome(item.file, key, read=True), article


def _extracted(extractor: Extractor, articles: list[Article]) -> list[Result]:
    if not articles:
        return []
    try:
        return list(extractor.documents(articles))
    except Exception:
        # One article broke the batch: each one alone, so that only the broken one is lost.
        return [_extract_one(extractor, article) for article in articles]


def _extract_one(extractor: Extractor, article: Article) -> Result:
    try:
        return next(iter(extractor.documents([article])))
    except Exception as exc:
        return InputProblem(article.file, f"extraction failed ({type(exc).__name__}: {exc})")


class _Batches:
    """Submits batches and hands their results back in submission order, keeping at most
    ``window`` batches on the cluster."""

    def __init__(self, client: Client, plugin_name: str, window: int, skip_ids) -> None:
        self.client = client
        self.plugin_name = plugin_name
        self.window = window
        self.skip_ids = skip_ids   # a frozenset, or the future of one scattered to every worker
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

    def next_results(self) -> list[Outcome]:
        batch, future = self.pending.popleft()
        try:
            return future.result()
        except KilledWorker:
            return self._one_by_one(batch)

    def _one_by_one(self, batch: list) -> list[Outcome]:
        """A batch that kept killing its workers: each input alone, so that only the one that
        kills a worker is lost (reported as a problem)."""
        if len(batch) == 1:
            file = str(batch[0].file)
            return [Outcome(file, problem=InputProblem(file, "extraction failed: the worker running it died "
                                                             "each time it was tried"))]
        singles = [self.client.submit(extract_batch, self.plugin_name, [item], self.skip_ids,
                                      retries=TASK_RETRIES, pure=False) for item in batch]
        results: list[Outcome] = []
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
               problems: list[InputProblem] | None = None, **options) -> Iterator[Document]:
    """Documents extracted by the workers of ``client``, in the order of ``articles``; an
    article whose extraction fails becomes an InputProblem in ``problems``. ``options`` are
    those of ``outcomes_on``."""
    problems = problems if problems is not None else []
    for outcome in outcomes_on(client, articles, model, **options):
        if outcome.problem is not None:
            problems.append(outcome.problem)
        elif outcome.document is not None:
            yield outcome.document


def outcomes_on(client: Client, units: Iterable[Unit], model: str, *,
                progress: Callable[[int], None] | None = None, batch_size: int = DEFAULT_BATCH,
                rules: Sequence[str] = (), make: Callable[..., Extractor] = Extractor,
                skip_ids: frozenset[str] = frozenset()) -> Iterator[Outcome]:
    """The outcome of every article of ``units`` (articles, files the workers read, problems
    passed on), in their order, read and extracted by the workers of ``client`` with ``model``
    and the rule files ``rules`` (paths that every worker reads). Articles whose id is in
    ``skip_ids`` are checked, not extracted. ``progress`` is called with the number of outcomes
    each finished batch gives."""
    plugin = ExtractorPlugin(model, make, rules)
    try:
        client.register_plugin(plugin, name=plugin.name)
    except Exception as exc:   # raised by a worker's setup: ModelNotFound, ImportError...
        raise ClusterError(f"a Dask worker could not load the kg pipeline: {type(exc).__name__}: {exc}") from None
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    # Sent once to every worker, not with every task: a large graph's ids are many.
    shared_skip_ids = client.scatter([skip_ids], broadcast=True, hash=False)[0] if skip_ids else frozenset()
    batches = _Batches(client, plugin.name, window=3 * workers, skip_ids=shared_skip_ids)
    pending = _in_pieces(client, units)
    try:
        while batch := list(islice(pending, batch_size)):
            batches.submit(batch)
            if batches.full():
                yield from _progressed(batches.next_results(), progress)
        while batches.pending:
            yield from _progressed(batches.next_results(), progress)
    finally:
        batches.cancel()   # a consumer that stops early (or Ctrl-C) leaves nothing running


def _in_pieces(client: Client, units: Iterable[Unit]) -> Iterator[Unit]:
    """The units, with each records file to read cut into pieces, so that a corpus in one file
    is spread over the workers as a folder of files is."""
    for unit in units:
        if isinstance(unit, Unread) and kind_of(unit.file) == "records":
            yield from (_csv_pieces if is_csv(unit.file) else _pieces)(client, unit.file)
        else:
            yield unit


def _csv_pieces(client: Client, file: RemoteFile) -> Iterator[RecordsPiece | InputProblem]:
    """The pieces of a CSV file: a worker reads it once to find where its rows end."""
    try:
        layout = client.submit(layout_csv, file, PIECE_BYTES, pure=False, priority=10,
                               retries=TASK_RETRIES).result()
    except OSError as exc:
        yield InputProblem(str(file), f"cannot read: {exc.strerror or exc}")
        return
    for start, end, lines_before in layout.pieces:
        yield RecordsPiece(file, start, end, lines_before + 1, tuple(layout.fieldnames))
    if layout.stop is not None:
        yield InputProblem(layout.stop.where, layout.stop.reason)


def layout_csv(file: RemoteFile, piece_bytes: int) -> CsvLayout:
    """Runs on a worker: where the rows of a CSV file lie (see kg.records.csv_layout)."""
    with open_binary(file) as handle:
        return csv_layout(handle, str(file), piece_bytes)


def _pieces(client: Client, file: RemoteFile) -> Iterator[RecordsPiece | InputProblem]:
    """The pieces of a JSON Lines file, each with the number of its first line: the workers
    count the lines of each piece first (reading the file, not sending it here)."""
    try:
        fs, path = filesystem(file.url)
        ranges = piece_ranges(fs.size(path), PIECE_BYTES)
        spans = [ranges[i:i + COUNT_SPAN] for i in range(0, len(ranges), COUNT_SPAN)]
        # Ahead of the extraction tasks already queued: the pieces cannot be sent before.
        counts = [client.submit(count_lines, file, span, pure=False, priority=10, retries=TASK_RETRIES)
                  for span in spans]
        first_line = 1
        for span, future in zip(spans, counts):
            for (start, end), lines in zip(span, future.result()):
                if lines:
                    yield RecordsPiece(file, start, end, first_line)
                first_line += lines
    except OSError as exc:
        yield InputProblem(str(file), f"cannot read: {exc.strerror or exc}")


def count_lines(file: RemoteFile, ranges: list[tuple[int, int]]) -> list[int]:
    """Runs on a worker: how many lines begin in each byte range of ``file``."""
    with open_binary(file) as handle:
        return [len(lines_of_piece(handle, start, end)) for start, end in ranges]


def _progressed(outcomes: list[Outcome], progress: Callable[[int], None] | None) -> list[Outcome]:
    if progress:
        progress(len(outcomes))
    return outcomes


def extract(articles: Iterable[Article], address: str, model: str, *, dashboard: bool = False,
            notice: Callable[[str], None] = lambda message: None, **options) -> Iterator[Document]:
    """``extract_on`` a cluster connected to (or started) for the run and closed after it. The
    cluster is reached (or started) only once there is an article to extract; ``notice`` is told
    where the dashboard is when one was asked for."""
    return _on_cluster(extract_on, articles, address, model, dashboard, notice, options)


def read_and_extract(units: Iterable[Unit], address: str, model: str, *, dashboard: bool = False,
                     notice: Callable[[str], None] = lambda message: None, **options) -> Iterator[Outcome]:
    """``outcomes_on`` a cluster connected to (or started) for the run, as ``extract`` does."""
    return _on_cluster(outcomes_on, units, address, model, dashboard, notice, options)


def _on_cluster(run: Callable[..., Iterator], items: Iterable, address: str, model: str, dashboard: bool,
                notice: Callable[[str], None], options: dict) -> Iterator:
    pending = iter(items)
    first = next(pending, None)
    if first is None:
        return
    with connect(address, dashboard=dashboard) as client:
        if dashboard:
            notice(f"Dask dashboard: {client.dashboard_link}")
        yield from run(client, chain([first], pending), model, **options)
