"""The ``kg`` command: parses options, wires the stages together, prints. No logic of its own.

Exit codes: 0 done; 1 failed (nothing or not everything could be done: bad extraction file,
store unreachable, unknown query); 2 wrong usage; 3 done, but some input files were skipped
(each one is named on stderr with the reason).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from tabulate import tabulate
from tqdm import tqdm

from kg import config, queries
from kg.config import Neo4jSettings, StoreSettings
from kg.cypherfiles import load as cypher
from kg.load import GRAPH_FORMAT, check_format, graph_format, load_documents, mark_current

EXIT_FAILED, EXIT_PARTIAL = 1, 3


class Failure(click.ClickException):
    exit_code = EXIT_FAILED

    def show(self, file=None) -> None:
        click.echo(f"kg: {self.message}", err=True)


def _store_options(f):
    f = click.option("--neo4j-database", envvar="NEO4J_DATABASE", default=None,
                     help="Neo4j database name (default: the server's default). Env: NEO4J_DATABASE.")(f)
    f = click.option("--neo4j-password", envvar="NEO4J_PASSWORD", default="", show_default=False,
                     help="Neo4j password. Env: NEO4J_PASSWORD.")(f)
    f = click.option("--neo4j-user", envvar="NEO4J_USERNAME", default="neo4j", show_default=True,
                     help="Neo4j user name. Env: NEO4J_USERNAME.")(f)
    f = click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI", default=None, metavar="URI",
                     help="Use this Neo4j server (bolt://host:7687) instead of the embedded store. Env: NEO4J_URI.")(f)
    f = click.option("--db", "db_path", default=config.DEFAULT_DB, show_default=True, metavar="PATH",
                     help="Embedded store file (kglite), used unless --neo4j is given.")(f)
    return f


def _settings(db_path: str, neo4j_uri: str | None, neo4j_user: str, neo4j_password: str,
              neo4j_database: str | None, batch_size: int = config.DEFAULT_BATCH_SIZE) -> StoreSettings:
    neo4j = Neo4jSettings(neo4j_uri, neo4j_user, neo4j_password, neo4j_database) if neo4j_uri else None
    return StoreSettings(db_path=db_path, neo4j=neo4j, batch_size=batch_size)


@contextmanager
def _open_store(settings: StoreSettings) -> Iterator:
    from kg.store import StoreError, open_store
    try:
        store = open_store(settings)
    except StoreError as exc:
        raise Failure(str(exc)) from None
    try:
        yield store
    except StoreError as exc:
        raise Failure(str(exc)) from None
    finally:
        try:
            store.close()
        except StoreError:
            pass


class _Group(click.Group):
    """Turns an unexpected error into one line on stderr (exit 1); --verbose shows the traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("kg: interrupted; what was committed is kept, a re-run completes it", err=True)
            sys.exit(130)
        except Exception as exc:
            if (ctx.obj or {}).get("verbose"):
                raise
            raise Failure(f"unexpected error: {type(exc).__name__}: {exc} (run with --verbose for details)") from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="kg")
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """kg turns news articles into a knowledge graph and answers questions about it.

    \b
    Typical use:
      kg build seeds/                 extract the articles and load them (embedded store kg.kgl)
      kg query who-confirmed          who confirmed what, and when
      kg query --list                 all canned questions
      kg export story.graphml         the graph for Gephi, yEd or Cytoscape
    """
    ctx.obj = {"verbose": verbose}


# -- extraction ---------------------------------------------------------------------------------

def _articles(paths: tuple[str, ...], manifest: str | None, problems: list):
    from kg.ingest import InputError, discover, manifests_for, read_articles, read_manifest
    files, found_problems = discover(paths)
    problems.extend(found_problems)
    try:
        meta = read_manifest(manifest) if manifest else manifests_for(paths)
    except InputError as exc:
        raise Failure(str(exc)) from None
    return files, meta, read_articles


def _extractor(model: str):
    from kg.extract import Extractor
    from kg.nlp import ModelNotFound
    try:
        return Extractor(model)
    except ModelNotFound as exc:
        raise Failure(str(exc)) from None


def _report_problems(problems: list) -> None:
    for p in problems:
        click.echo(f"kg: skipped {p.file}: {p.reason}", err=True)


def _documents(paths, manifest, model, workers, problems, skip_ids=frozenset(), shard=None):
    """Articles read, filtered and extracted lazily, with problems collected on the side."""
    from kg.ingest import InputProblem
    files, meta, read_articles = _articles(paths, manifest, problems)
    if shard:
        index, count = shard
        files = [f for i, f in enumerate(files) if i % count == index]
    skipped = []

    def documents():
        pending = articles()
        first = next(pending, None)
        if first is None:
            return
        extractor = _extractor(model)   # loaded only when something needs extracting
        yield from extractor.documents(_chain(first, pending), workers=workers)

    def articles():
        for item in read_articles(files, meta):
            if isinstance(item, InputProblem):
                problems.append(item)
            elif item.id in skip_ids:
                skipped.append(item)
            else:
                yield item
    return len(files), documents(), skipped


def _chain(first, rest):
    yield first
    yield from rest


def _parse_shard(_ctx, _param, value):
    if value is None:
        return None
    try:
        index, count = (int(x) for x in value.split("/"))
        if not 0 <= index < count:
            raise ValueError
    except ValueError:
        raise click.BadParameter("use i/n with 0 <= i < n, e.g. 0/4") from None
    return index, count


_extract_options = [
    click.argument("paths", nargs=-1, required=True, type=click.Path()),
    click.option("--manifest", type=click.Path(dir_okay=False), default=None,
                 help="CSV with file,published,source,url (default: manifest.csv in each folder given)."),
    click.option("--model", default=config.DEFAULT_MODEL, show_default=True,
                 help="spaCy model package or path (en_core_web_md/lg/trf where installed)."),
    click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
                 help="Processes for spaCy's parse."),
    click.option("--shard", callback=_parse_shard, default=None, metavar="i/n",
                 help="Only every n-th file starting at i (0-based), to split a run across machines."),
]


def _with(options):
    def decorate(f):
        for option in reversed(options):
            f = option(f)
        return f
    return decorate


def _summary(docs: int, ents: int, stmts: int, rels: int, started: float, extra: str = "") -> None:
    seconds = time.perf_counter() - started
    click.echo(f"{docs} documents, {ents} entities, {stmts} statements, {rels} relations "
               f"in {seconds:.1f} s{extra}", err=True)


@main.command()
@_with(_extract_options)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Extraction file to write (JSON Lines); '-' for stdout.")
def extract(paths, manifest, model, workers, shard, output):
    """Extract entities, statements and relations from .txt articles into a JSON Lines file.

    \b
    Examples:
      kg extract seeds/ -o seeds.jsonl
      kg extract a.txt b.txt --manifest meta.csv -o out.jsonl
    """
    started = time.perf_counter()
    problems: list = []
    total, documents, _ = _documents(paths, manifest, model, workers, problems, shard=shard)
    counts = [0, 0, 0, 0]
    with _atomic_output(output) as handle:
        for doc in tqdm(documents, total=total, unit="doc", file=sys.stderr, disable=None, leave=False):
            handle.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            counts[0] += 1
            counts[1] += len(doc.entities)
            counts[2] += len(doc.statements)
            counts[3] += len(doc.relations)
    _report_problems(problems)
    _summary(*counts, started)
    if problems:
        sys.exit(EXIT_PARTIAL)


@contextmanager
def _atomic_path(output: str):
    """A temporary path beside the target, moved into place only if the block succeeds, so a
    failed run leaves an existing file as it was."""
    target = Path(output)
    if not target.resolve().parent.is_dir():
        raise Failure(f"{output}: folder does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.resolve().parent)
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@contextmanager
def _atomic_output(output: str):
    if output == "-":
        yield sys.stdout
        return
    with _atomic_path(output) as tmp, open(tmp, "w", encoding="utf-8") as handle:
        yield handle


# -- loading ------------------------------------------------------------------------------------

def _read_extraction(path: str):
    """Documents from an extraction file, validated line by line before anything is written."""
    from kg.schema import ENTITY_TYPES, MODALITIES, RELATION_NAME, STATEMENT_KINDS, Document

    def parse(number: int, line: str):
        try:
            raw = json.loads(line)
            doc = Document.from_dict(raw)
        except json.JSONDecodeError as exc:
            raise Failure(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        except (KeyError, TypeError, AttributeError) as exc:
            raise Failure(f"{path}:{number}: not a kg document record ({exc})") from None
        for e in doc.entities:
            if e.type not in ENTITY_TYPES:
                raise Failure(f"{path}:{number}: unknown entity type {e.type!r}")
        for s in doc.statements:
            if s.kind not in STATEMENT_KINDS:
                raise Failure(f"{path}:{number}: unknown statement kind {s.kind!r}")
            if not isinstance(s.negated, bool):
                raise Failure(f"{path}:{number}: statement 'negated' must be true or false")
        for r in doc.relations:
            if not re.fullmatch(RELATION_NAME, r.type):
                raise Failure(f"{path}:{number}: relation type {r.type!r} is not an upper snake case name")
            if r.modality not in MODALITIES:
                raise Failure(f"{path}:{number}: unknown relation modality {r.modality!r}")
        return doc

    def lines():
        try:
            with open(path, encoding="utf-8") as handle:
                for number, line in enumerate(handle, start=1):
                    if line.strip():
                        yield number, line
        except OSError as exc:
            raise Failure(f"{path}: cannot read ({exc.strerror})") from None
        except UnicodeDecodeError:
            raise Failure(f"{path}: not UTF-8 text") from None

    count = sum(1 for number, line in lines() if parse(number, line))
    return count, (parse(number, line) for number, line in lines())


@main.command()
@click.argument("file", type=click.Path())
@_store_options
@click.option("--batch-size", default=config.DEFAULT_BATCH_SIZE, show_default=True,
              type=click.IntRange(1), help="Rows per write transaction.")
def load(file, db_path, neo4j_uri, neo4j_user, neo4j_password, neo4j_database, batch_size):
    """Write an extraction file into the graph (loading it twice changes nothing).

    \b
    Examples:
      kg load seeds.jsonl
      kg load seeds.jsonl --neo4j bolt://localhost:7687
    """
    started = time.perf_counter()
    total, documents = _read_extraction(file)
    counts = _Counts()
    settings = _settings(db_path, neo4j_uri, neo4j_user, neo4j_password, neo4j_database, batch_size)
    with _open_store(settings) as store:
        with tqdm(total=total, unit="doc", file=sys.stderr, disable=None, leave=False) as bar:
            for done in load_documents(store, counts.track(documents), batch_rows=batch_size):
                bar.update(done.documents)
    counts.summary(started)


class _Counts:
    def __init__(self) -> None:
        self.values = [0, 0, 0, 0]
        self.article_ids: set[str] = set()

    def track(self, documents):
        for doc in documents:
            self.article_ids.add(doc.article.id)
            self.values[0] += 1
            self.values[1] += len(doc.entities)
            self.values[2] += len(doc.statements)
            self.values[3] += len(doc.relations)
            yield doc

    def summary(self, started: float, extra: str = "") -> None:
        _summary(*self.values, started, extra)


def _known_article_ids(store) -> set[str]:
    return {row["id"] for row in store.read(cypher("read/article_ids"))}


@main.command()
@_with(_extract_options)
@_store_options
@click.option("--batch-size", default=config.DEFAULT_BATCH_SIZE, show_default=True,
              type=click.IntRange(1), help="Rows per write transaction.")
def build(paths, manifest, model, workers, shard, db_path, neo4j_uri, neo4j_user, neo4j_password,
          neo4j_database, batch_size):
    """Extract articles and load them into the graph in one go: the main job.

    Articles already in the graph with the same text are skipped; an article whose text changed
    replaces what its old text gave.

    \b
    Examples:
      kg build seeds/
      kg build seeds/ --db story.kgl
      kg build seeds/ --neo4j bolt://localhost:7687
    """
    started = time.perf_counter()
    problems: list = []
    settings = _settings(db_path, neo4j_uri, neo4j_user, neo4j_password, neo4j_database, batch_size)
    with _open_store(settings) as store:
        known = _known_article_ids(store)
        upgrading = graph_format(store) not in (None, GRAPH_FORMAT)
        if upgrading:
            click.echo("kg: this graph was written by an older kg: re-reading every article to upgrade it",
                       err=True)
        skip = frozenset() if upgrading else known
        total, documents, unchanged = _documents(paths, manifest, model, workers, problems, skip, shard)
        counts = _Counts()
        with tqdm(total=total, unit="doc", file=sys.stderr, disable=None, leave=False) as bar:
            for done in load_documents(store, counts.track(documents), batch_rows=batch_size,
                                       docs_per_batch=50, upgrading=upgrading):
                bar.update(done.documents)
        if upgrading:
            left = known - counts.article_ids
            if left:
                click.echo(f"kg: {len(left)} articles of this graph were not among the inputs; it stays "
                           "marked as older until they are built again", err=True)
            else:
                mark_current(store)
    _report_problems(problems)
    counts.summary(started, f" ({len(unchanged)} unchanged articles skipped)" if unchanged else "")
    if problems:
        sys.exit(EXIT_PARTIAL)


# -- questions ----------------------------------------------------------------------------------

def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r}: use key=value", param_hint="-p")
        params[key.strip()] = value
    return params


def _render(rows: list[dict], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2, default=str)
    columns = list(rows[0]) if rows else []
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})
        return buffer.getvalue().rstrip("\n")
    if not rows:
        return "(no rows)"
    return tabulate([[_cell(v, 80) for v in row.values()] for row in rows], headers=columns,
                    tablefmt="simple")


def _cell(value, width: int | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    if width and len(text) > width:
        text = text[: width - 1] + "…"
    return text


@main.command()
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A query parameter (repeatable): -p entity=Putin -p since=2024-10-01.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@click.option("--list", "list_queries", is_flag=True, help="List the canned queries and their parameters.")
@_store_options
def query(name, params, fmt, list_queries, db_path, neo4j_uri, neo4j_user, neo4j_password, neo4j_database):
    """Run a canned question from cypher/ (read-only).

    \b
    Examples:
      kg query --list
      kg query who-confirmed
      kg query who-denied -p entity=Putin --format json
      kg query path -p from="Mark Rutte" -p to="Kim Jong-un"
    """
    library = queries.library()
    if list_queries or not name:
        rows = [[q.name, q.description, ", ".join(
            f"{p.name} ({p.type}{'' if p.required else ', default ' + str(p.default)})" for p in q.params)]
            for q in library.values()]
        click.echo(tabulate(rows, headers=["query", "description", "parameters"], tablefmt="simple",
                            maxcolwidths=[None, 60, 50]))
        return
    try:
        q = queries.get(name)
        values = q.bind(_parse_params(params))
    except queries.QueryError as exc:
        raise Failure(str(exc)) from None
    settings = _settings(db_path, neo4j_uri, neo4j_user, neo4j_password, neo4j_database)
    _require_store(settings)
    page = values.get("limit") if "skip" in values else None   # entity's limit is not a page size
    if page is not None:
        values = {**values, "limit": page + 1}   # one row more tells whether there is a next page
    with _open_store(settings) as store:
        check_format(store)
        rows = store.read(q.text, values)
    more = page is not None and len(rows) > page
    click.echo(_render(rows[:page] if more else rows, fmt))
    if more:
        nxt = values.get("skip", 0) + page
        click.echo(f"kg: showing {page} rows; there are more: add -p skip={nxt} for the next page, "
                   f"or raise -p limit", err=True)


def _require_store(settings: StoreSettings) -> None:
    if settings.neo4j is None and not Path(settings.db_path).exists():
        raise Failure(f"{settings.db_path}: no graph here yet (run kg build PATH first, or pass --db)")


@main.command()
@_store_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
def stats(db_path, neo4j_uri, neo4j_user, neo4j_password, neo4j_database, fmt):
    """Node counts by label and relationship counts by type."""
    settings = _settings(db_path, neo4j_uri, neo4j_user, neo4j_password, neo4j_database)
    _require_store(settings)
    with _open_store(settings) as store:
        check_format(store)
        rows = queries.stats(store)
    click.echo(_render(rows, fmt))


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@_store_options
@click.option("--entity", default=None, help="Only this entity's neighbourhood (name or alias).")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(0),
              help="Hops around --entity.")
@click.option("--since", default=None, help="Only statements on or after this day (YYYY-MM-DD).")
@click.option("--until", default=None, help="Only statements on or before this day (YYYY-MM-DD).")
@click.option("--kinds", default=None, help="Only these statement kinds, comma-separated (confirmed,denied).")
@click.option("--entities-only", is_flag=True,
              help="A network of entities only: edges weighted by statements and co-mentions.")
def export(file, db_path, neo4j_uri, neo4j_user, neo4j_password, neo4j_database, entity, depth, since,
           until, kinds, entities_only):
    """Write the graph as GraphML for Gephi, yEd, Cytoscape or igraph.

    \b
    Examples:
      kg export story.graphml
      kg export putin.graphml --entity "Vladimir Putin" --depth 2
      kg export people.graphml --entities-only --kinds confirmed,denied
    """
    from datetime import date

    from kg.export import ExportFilter, export_graphml
    from kg.schema import STATEMENT_KINDS
    for value, option in ((since, "--since"), (until, "--until")):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise click.BadParameter(f"{value!r} is not a YYYY-MM-DD date", param_hint=option) from None
    wanted = {k.strip() for k in kinds.split(",")} if kinds else set()
    if wanted - set(STATEMENT_KINDS):
        raise click.BadParameter(f"unknown kinds {', '.join(sorted(wanted - set(STATEMENT_KINDS)))} "
                                 f"(valid: {', '.join(STATEMENT_KINDS)})", param_hint="--kinds")
    settings = _settings(db_path, neo4j_uri, neo4j_user, neo4j_password, neo4j_database)
    _require_store(settings)
    flt = ExportFilter(entity=entity, depth=depth, since=since, until=until, kinds=wanted,
                       entities_only=entities_only)
    with _open_store(settings) as store:
        try:
            with _atomic_path(file) as tmp:
                graph = export_graphml(store, tmp, flt, progress=lambda rows, what: tqdm(
                    rows, total=len(rows), unit=what[:-1], desc=what, file=sys.stderr, disable=None,
                    leave=False))
        except LookupError as exc:
            raise Failure(str(exc.args[0])) from None
    click.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges -> {file}", err=True)


if __name__ == "__main__":
    main()
