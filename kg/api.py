"""kg's library API: the one place that wires intake (files -> articles), extraction (the spaCy
pipeline) and the graph side (stores, questions, exports). The command line and the benchmarks
call these functions; so can any Python program:

    from kg import api

    with api.open_store(api.StoreSettings(db_path="story.kgl")) as store:
        api.build(store, api.read_inputs(["seeds/"]))
        for row in api.ask(store, "who-confirmed").rows:
            print(row["speaker"], row["date"], row["content"])

(the README's "Python API" section has more).

Errors a user can act on are ``api.KgError`` (one-line messages). Nothing here prints, reads the
environment or knows about the command line; extraction imports spaCy only when it starts.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from kg import config
from kg.config import Neo4jSettings, StoreSettings  # noqa: F401  (part of the API)
from kg.errors import KgError
from kg.ingest import Duplicate, InputProblem
from kg.schema import Article, Document

# progress(items, total, what) wraps an iterable to show progress; what names the unit and stage.
Progress = Callable[[Iterable, int | None, str], Iterable]


def _no_progress(items: Iterable, total: int | None, what: str) -> Iterable:
    return items


# -- intake -------------------------------------------------------------------------------------

@dataclass
class Inputs:
    """The inputs found under some paths, their manifest rows, and what could not be read
    (problems and duplicates grow as the inputs are read)."""

    files: list            # local Paths, and kg.locations.RemoteFile for inputs named by URL
    manifest: dict
    problems: list[InputProblem] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    stdin: TextIO | None = None       # what a "-" input reads
    duplicates: list[Duplicate] = field(default_factory=list)
    read: int = 0                     # articles read, new or already in the graph

    @property
    def total(self) -> int | None:
        """How many articles there will be, when each input is one article (for progress bars)."""
        from kg.ingest import STDIN, kind_of
        single = all(str(f) != STDIN and kind_of(f) != "records" for f in self.files)
        return len(self.files) if single else None

    def articles(self, skip_ids: frozenset[str] = frozenset(),
                 skipped: list[Article] | None = None) -> Iterator[Article]:
        """The articles, read lazily; unreadable inputs go to ``problems``, texts read before to
        ``duplicates``, articles whose id is in ``skip_ids`` to ``skipped``."""
        from kg.ingest import read_articles
        for item in read_articles(self.files, self.manifest, self.stdin):
            if isinstance(item, Duplicate):
                self.duplicates.append(item)
            elif isinstance(item, InputProblem):
                self.problems.append(item)
            else:
                self.read += 1
                if item.id in skip_ids:
                    if skipped is not None:
                        skipped.append(item)
                else:
                    yield item

    def units(self) -> Iterator:
        """The inputs as a cluster's workers take them: files by path or URL, read by the
        workers themselves (a local path as its absolute URL, shown as given), and the articles
        of standard input, read here."""
        from kg.ingest import STDIN, Unread, read_input
        from kg.locations import RemoteFile
        for file in self.files:
            meta = self.manifest.get(file.name)
            if str(file) == STDIN:
                yield from read_input(file, meta, self.stdin)
            else:
                yield Unread(file if isinstance(file, RemoteFile) else RemoteFile.of_path(file), meta)

    def documents_of(self, outcomes: Iterable, skipped: list[Article] | None = None,
                     failed: list[InputProblem] | None = None) -> Iterator[Document]:
        """The documents of the outcomes of ``units`` (kg.distributed.Outcome), in order; the
        rest is told as ``articles`` tells it: problems, duplicates (found here, in input order),
        articles skipped; articles whose extraction failed go to ``failed`` (default: problems)."""
        from kg.ingest import Seen
        seen = Seen()
        failed = self.problems if failed is None else failed
        for outcome in outcomes:
            duplicate = seen.duplicate(outcome.key, outcome.file) if outcome.key else None
            if duplicate:
                self.duplicates.append(duplicate)
                continue
            self.read += outcome.read
            if outcome.problem is not None:   # an article read whose extraction failed, or a problem reading
                (failed if outcome.read else self.problems).append(outcome.problem)
            elif outcome.skipped is not None:
                if skipped is not None:
                    skipped.append(outcome.skipped)
            else:
                yield outcome.document

    def nothing_read(self) -> str | None:
        """Once read: the one-line error when not one article was found, else None."""
        from kg.ingest import nothing_read
        return None if self.read else nothing_read(self.paths)


def read_inputs(paths: Sequence[str], manifest: str | None = None, stdin: TextIO | None = None) -> Inputs:
    """Find the inputs under ``paths`` (files and folders of .txt, .html/.htm, .jsonl and .csv
    articles, as local paths or URLs fsspec reads, globs included; ``-`` reads ``stdin``).
    ``manifest`` names a CSV of publication dates and outlets (default: ``manifest.csv`` in each
    folder). Nothing is read yet but the manifests."""
    from kg.discovery import discover, manifests_for, read_manifest
    files, problems = discover(paths)
    meta = read_manifest(manifest) if manifest else manifests_for(paths)
    return Inputs(files=files, manifest=meta, problems=problems, paths=list(paths), stdin=stdin)


# -- extraction ---------------------------------------------------------------------------------

def load_pipeline(model: str = config.DEFAULT_MODEL, rules: Sequence[str] = ()):
    """The loaded extraction pipeline (the spaCy model and kg's components), to reuse across
    calls of ``extract``. ``rules`` are rule files (TOML/JSON, see kg.rules) that add to or
    override kg's built-in rules; a bad one raises ``RulesError`` naming the file and entry."""
    from kg.extract import Extractor
    return Extractor(model, rules=tuple(str(path) for path in rules))


def check_rules(rules: Sequence[str]) -> None:
    """Raise ``RulesError`` (one line: file, entry, problem) unless every rules file is valid;
    extraction checks them too, but only once there is an article to read."""
    from kg import rules as rule_files
    rule_files.load([str(path) for path in rules])


def extract(articles: Iterable[Article] | Inputs, *, model: str = config.DEFAULT_MODEL,
            workers: int = 1, pipeline=None, rules: Sequence[str] = (), cluster: str | None = None,
            dashboard: bool = False, problems: list[InputProblem] | None = None,
            notice: Callable[[str], None] = lambda message: None) -> Iterator[Document]:
    """One Document per article, in input order. The pipeline (``load_pipeline(model)`` unless
    given) is loaded only once there is an article to read, so an empty input costs nothing.

    ``cluster`` runs the extraction on Dask (see kg.distributed): a scheduler's address
    (``tcp://host:8786``) or ``local:N`` worker processes, as ``workers=N`` does on this machine;
    the workers read ``Inputs`` files themselves (they must see the same paths and URLs);
    articles whose extraction fails there go to ``problems`` (the inputs' problems by default).
    """
    cluster = cluster or (f"local:{workers}" if workers > 1 else None)
    if isinstance(articles, Inputs) and cluster:
        yield from _extract_inputs_on(articles, cluster, model=model, rules=rules, dashboard=dashboard,
                                      notice=notice, problems=problems)
        return
    if isinstance(articles, Inputs):
        problems = articles.problems if problems is None else problems
        articles = articles.articles()
    if cluster:
        from kg import distributed
        check_rules(rules)   # a bad rules file is refused here, not on every worker
        yield from distributed.extract(articles, cluster, model, dashboard=dashboard, notice=notice,
                                       problems=problems, rules=[str(Path(r).resolve()) for r in rules])
        return
    pending = iter(articles)
    first = next(pending, None)
    if first is None:
        return
    pipeline = pipeline or load_pipeline(model, rules)
    yield from pipeline.documents(_chain(first, pending))


def join_identities(documents: Iterable[Document]) -> Iterator[Document]:
    """The documents of one run with one id per real thing across them (kg.identity_across):
    a surname or an acronym used alone joins the full name another document gives, spellings of
    one name take one id. The documents come out, in their order, once the last has gone in."""
    from kg import identity_across
    return identity_across.join(documents)


def _extract_inputs_on(inputs: Inputs, cluster: str, *, model: str, rules: Sequence[str], dashboard: bool,
                       notice: Callable[[str], None], skip_ids: frozenset[str] = frozenset(),
                       skipped: list[Article] | None = None,
                       problems: list[InputProblem] | None = None) -> Iterator[Document]:
    from kg import distributed
    check_rules(rules)   # a bad rules file is refused here, not on every worker
    outcomes = distributed.read_and_extract(inputs.units(), cluster, model, dashboard=dashboard, notice=notice,
                                            rules=[str(Path(r).resolve()) for r in rules], skip_ids=skip_ids)
    yield from inputs.documents_of(outcomes, skipped, problems)


def _chain(first, rest):
    yield first
    yield from rest


@dataclass
class Tally:
    """Documents seen and the distinct entities, statements and relations they hold (an entity
    named in ten documents is one entity, as in the graph)."""

    documents: int = 0
    entities: set[str] = field(default_factory=set)
    statements: set[str] = field(default_factory=set)
    relations: set[str] = field(default_factory=set)
    article_ids: set[str] = field(default_factory=set)
    skipped: int = 0   # documents whose article the graph already held (kg load)

    def count(self, documents: Iterable[Document]) -> Iterator[Document]:
        for doc in documents:
            self.documents += 1
            self.article_ids.add(doc.article.id)
            self.entities.update(e.id for e in doc.entities)
            self.statements.update(s.id for s in doc.statements)
            self.relations.update(r.id for r in doc.relations)
            yield doc

    def summary(self) -> str:
        return (f"{self.documents} documents, {len(self.entities)} entities, "
                f"{len(self.statements)} statements, {len(self.relations)} relations")


def read_extraction(path: str, stdin: TextIO | None = None) -> tuple[int, Iterator[Document]]:
    """The documents of an extraction file (``-``: the stream ``stdin``), validated whole before
    the first is returned."""
    from kg import extraction_file
    if path == "-" and stdin is not None:
        return extraction_file.read_stream(stdin)
    return extraction_file.read(path)


def write_extraction(documents: Iterable[Document], handle) -> Iterator[Document]:
    """Write documents as JSON Lines to an open text handle, yielding each once written."""
    from kg import extraction_file
    return extraction_file.write(documents, handle)


# -- the graph ----------------------------------------------------------------------------------

@contextmanager
def open_store(settings: StoreSettings = StoreSettings()) -> Iterator[Any]:
    """The embedded store (a kglite file) or a Neo4j server, closed when the block ends."""
    from kg.store import StoreError, open_store as _open
    store = _open(settings)
    try:
        yield store
    finally:
        try:
            store.close()
        except StoreError:
            pass


def require_graph(settings: StoreSettings) -> None:
    """Questions need a graph: an embedded file that does not exist yet is an error, not an
    empty graph created on the spot."""
    if settings.neo4j is None and not Path(settings.db_path).exists():
        raise KgError(f"{settings.db_path}: no graph here yet (run kg build PATH first, or pass --db)")


def load(store, documents: Iterable[Document], *, batch_size: int = config.DEFAULT_BATCH_SIZE,
         progress: Progress = _no_progress, total: int | None = None) -> Tally:
    """Write documents into the graph (loading the same documents twice changes nothing)."""
    from kg.load import load_documents
    tally = Tally()
    for _ in progress(_documents_done(load_documents(store, tally.count(documents), batch_rows=batch_size),
                                      tally), total, "loading"):
        pass
    return tally


def _documents_done(counts: Iterable, tally: Tally) -> Iterator[int]:
    """One item per document handled, for a progress bar over documents; those already in the
    graph are counted as ``skipped``."""
    for done in counts:
        tally.skipped += done.skipped
        yield from range(done.documents)


@dataclass
class BuildReport:
    tally: Tally
    unchanged: int = 0            # articles already in the graph with the same text
    upgraded: bool = False        # the graph was from an older kg and was re-read
    not_upgraded: int = 0         # articles of an older graph that were not among the inputs


def build(store, inputs: Inputs, *, model: str = config.DEFAULT_MODEL, workers: int = 1, pipeline=None,
          rules: Sequence[str] = (), cluster: str | None = None, dashboard: bool = False,
          batch_size: int = config.DEFAULT_BATCH_SIZE, progress: Progress = _no_progress,
          notice: Callable[[str], None] = lambda message: None) -> BuildReport:
    """Extract the articles of ``inputs`` and load them: the main job. Articles already in the
    graph with the same text are skipped; an article whose text changed replaces what its old
    text gave; a graph from an older kg is upgraded by re-reading every article. ``workers`` and
    ``cluster`` are as for ``extract``; loading stays in this process, in batches."""
    from kg.cypherfiles import load as cypher
    from kg.load import GRAPH_FORMAT, graph_format, load_documents, mark_current
    known = {row["id"] for row in store.read(cypher("read/article_ids"))}
    upgrading = graph_format(store) not in (None, GRAPH_FORMAT)
    if upgrading:
        notice("this graph was written by an older kg: re-reading every article to upgrade it")
    unchanged: list[Article] = []
    skip_ids = frozenset() if upgrading else frozenset(known)
    cluster = cluster or (f"local:{workers}" if workers > 1 else None)
    if cluster:
        extracted = _extract_inputs_on(inputs, cluster, model=model, rules=rules, dashboard=dashboard, notice=notice,
                                       skip_ids=skip_ids, skipped=unchanged)
    else:
        extracted = extract(inputs.articles(skip_ids, unchanged), model=model, pipeline=pipeline, rules=rules,
                            problems=inputs.problems, notice=notice)
    tally = Tally()
    documents = tally.count(join_identities(progress(extracted, inputs.total, "extracting")))
    for _ in load_documents(store, documents, batch_rows=batch_size, docs_per_batch=50, upgrading=upgrading):
        pass
    report = BuildReport(tally=tally, unchanged=len(unchanged))
    if upgrading:
        report.not_upgraded = len(known - tally.article_ids)
        if not report.not_upgraded:
            mark_current(store)
            report.upgraded = True
    return report


# -- questions, statistics, exports -------------------------------------------------------------

@dataclass
class Answer:
    rows: list[dict[str, Any]]
    next_skip: int | None = None   # where the next page starts, when there is one


def questions() -> list:
    """The canned questions (``cypher/*.cypher``), each with its name, description and params."""
    from kg import queries
    return list(queries.library().values())


def ask(store, name: str, params: dict[str, Any] | None = None) -> Answer:
    """Run a canned question read-only. ``params`` may be strings (``"2024-10-01"``) or values;
    they are checked against the question's declared parameters. Paged questions return one
    page and where the next one starts."""
    from kg import queries
    from kg.load import check_format
    q = queries.get(name)
    values = q.bind({k: str(v) for k, v in (params or {}).items()})
    page = values.get("limit") if "skip" in values else None   # entity's limit is not a page size
    if page is not None and page < 1:
        raise queries.QueryError(f"parameter limit: must be 1 or more (the rows of one page)")
    check_format(store)
    rows = store.read(q.text, {**values, "limit": page + 1} if page is not None else values)
    if page is not None and len(rows) > page:   # the one row more says there is a next page
        return Answer(rows[:page], values["skip"] + page)
    return Answer(rows)


def stats(store) -> list[dict[str, Any]]:
    """Node counts by label, then relationship counts by type."""
    from kg import queries
    from kg.load import check_format
    check_format(store)
    return queries.stats(store)


def export(store, output: str, flt=None, fmt: str | None = None, progress: Progress = _no_progress):
    """Write the (filtered) graph to ``output`` (``-``: standard output) as GraphML or GEXF:
    ``fmt``, else the file's extension. Returns the networkx graph written."""
    from kg.export import export_format, export_graph
    from kg.output import binary_output
    fmt = export_format(output, fmt)
    try:
        with binary_output(output) as handle:
            return export_graph(store, handle, fmt, flt,
                                progress=lambda rows, what: progress(rows, len(rows), what))
    except LookupError as exc:   # an --entity that names nothing in the graph
        raise KgError(str(exc.args[0])) from None
