"""The ``kg`` command: parses options, calls the library (kg.api), prints. No logic of its own.

Exit codes: 0 done; 1 failed (nothing or not everything could be done: bad extraction file,
store unreachable, unknown query); 2 wrong usage; 3 done, but some input files were skipped
(each one is named on stderr with the reason).
"""
from __future__ import annotations

import functools
import io
import logging
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import click
from tabulate import tabulate

from kg import api, config
from kg.cli_format import parse_params, render
from kg.config import Neo4jSettings, StoreSettings
from kg.errors import KgError

EXIT_FAILED, EXIT_PARTIAL = 1, 3


class Failure(click.ClickException):
    exit_code = EXIT_FAILED

    def show(self, file=None) -> None:
        click.echo(f"kg: {self.message}", err=True)


class _Group(click.Group):
    """A KgError becomes its one line on stderr (exit 1), and so does an unexpected error;
    --verbose shows the traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("kg: interrupted; what was committed is kept, a re-run completes it", err=True)
            sys.exit(130)
        except BrokenPipeError:
            _quiet_stdout()   # the reader of a pipe stopped (| head): not an error worth a message
            sys.exit(141)
        except KgError as exc:
            if (ctx.obj or {}).get("verbose"):
                raise
            raise Failure(str(exc)) from None
        except Exception as exc:
            if (ctx.obj or {}).get("verbose"):
                raise
            raise Failure(f"unexpected error: {type(exc).__name__}: {exc} (run with --verbose for details)") from None


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that Python's own flush at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="kg")
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks and the details of warnings.")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """kg turns news articles into a knowledge graph and answers questions about it.

    \b
    Typical use:
      kg build seeds/                 extract the articles and load them (embedded store kg.kgl)
      kg query who-confirmed          who confirmed what, and when
      kg query --list                 all canned questions
      kg export story.graphml         the graph for Gephi, yEd or Cytoscape
      kg view --open                  the graph as one HTML page to explore in a browser
    """
    ctx.obj = {"verbose": verbose}
    if verbose:   # the details kg's library and the Neo4j driver log (server warnings, retries)
        for name, level in (("kg", logging.INFO), ("neo4j", logging.WARNING)):
            logger = logging.getLogger(name)
            if _LOG_TO_STDERR not in logger.handlers:
                logger.addHandler(_LOG_TO_STDERR)
            logger.setLevel(level)


class _Stderr(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"kg: {record.name}: {record.getMessage()}", err=True)


_LOG_TO_STDERR = _Stderr()


@contextmanager
def _open_store(settings: StoreSettings) -> Iterator:
    """api.open_store, then one line if the Neo4j server sent warnings (-v shows each)."""
    with api.open_store(settings) as store:
        yield store
        warnings = getattr(store, "warnings", [])
        if warnings:
            shown = "shown above" if click.get_current_context().find_root().obj.get("verbose") else \
                "run with -v to see them"
            click.echo(f"kg: Neo4j sent {len(warnings)} warning{'s' if len(warnings) > 1 else ''} ({shown})",
                       err=True)


# -- shared options -----------------------------------------------------------------------------

def store_options(f):
    """--db or a Neo4j server (cypher-shell's flags and NEO4J_* variables), passed on to the
    command as one ``settings`` argument."""
    @functools.wraps(f)
    def wrapper(*args, db_path, address, username, password, database, timeout, retry, **kwargs):
        ctx = click.get_current_context()
        if address is None and ctx.get_parameter_source("password") == click.core.ParameterSource.COMMANDLINE:
            raise click.UsageError("-p/--password is the Neo4j password and no server was given (-a); "
                                   "query parameters take -P/--param key=value")
        neo4j = Neo4jSettings(address, username, password, database, timeout_seconds=timeout,
                              retry_seconds=retry) if address else None
        batch_size = kwargs.pop("batch_size", config.DEFAULT_BATCH_SIZE)
        settings = StoreSettings(db_path=db_path, neo4j=neo4j, batch_size=batch_size)
        return f(*args, settings=settings, **kwargs)

    for option in reversed([
        click.option("--db", "db_path", default=config.DEFAULT_DB, show_default=True, metavar="PATH",
                     help="Embedded store file (kglite), used unless a Neo4j address is given."),
        click.option("-a", "--address", "--neo4j", "address", envvar="NEO4J_URI", default=None, metavar="URI",
                     help="Use this Neo4j server (neo4j://host:7687 or bolt://...). Env: NEO4J_URI."),
        click.option("-u", "--username", envvar="NEO4J_USERNAME", default="neo4j", show_default=True,
                     help="Neo4j user name. Env: NEO4J_USERNAME."),
        click.option("-p", "--password", envvar="NEO4J_PASSWORD", default="", show_default=False,
                     help="Neo4j password. Env: NEO4J_PASSWORD."),
        click.option("-d", "--database", envvar="NEO4J_DATABASE", default=None,
                     help="Neo4j database (default: the server's). Env: NEO4J_DATABASE."),
        click.option("--timeout", default=Neo4jSettings.timeout_seconds, show_default=True, metavar="SECONDS",
                     type=click.FloatRange(0, min_open=True), help="Neo4j: wait this long to connect and for an answer."),
        click.option("--retry", default=Neo4jSettings.retry_seconds, show_default=True, metavar="SECONDS",
                     type=click.FloatRange(0), help="Neo4j: retry a failed transaction for this long before giving up."),
    ]):
        wrapper = option(wrapper)
    return wrapper


DAY = click.DateTime(["%Y-%m-%d"])


def _iso_day(_ctx, _param, value):
    """A --since/--until day as the library takes it: YYYY-MM-DD, or None."""
    return value.date().isoformat() if value else None


batch_option = click.option("--batch-size", default=config.DEFAULT_BATCH_SIZE, show_default=True,
                            type=click.IntRange(1), help="Rows per write transaction.")


def _parse_cluster(_ctx, _param, value):
    if value is None:
        return None
    from kg.distributed import ClusterError, parse_address
    try:
        parse_address(value)
    except ClusterError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


def _check_dashboard(workers: int, cluster: str | None, dashboard: bool) -> None:
    if dashboard and not cluster and workers == 1:
        raise click.UsageError("--dask-dashboard is the dashboard of a Dask cluster: give --dask ADDRESS "
                               "or --workers N too")


def extract_options(f):
    for option in reversed([
        click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True)),
        click.option("--manifest", type=click.Path(dir_okay=False), default=None,
                     help="CSV with file,published,source,url (default: manifest.csv in each folder given)."),
        click.option("--model", default=config.DEFAULT_MODEL, show_default=True,
                     help="spaCy model package or path (en_core_web_md/lg/trf where installed)."),
        click.option("--rules", "rules", multiple=True, type=click.Path(dir_okay=False),
                     help="A rules file (TOML/JSON) adding to or overriding kg's rules (repeatable)."),
        click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
                     help="Worker processes on this machine (the same as --dask local:N)."),
        click.option("--dask", "cluster", default=None, metavar="ADDRESS", callback=_parse_cluster,
                     help="Extract on a Dask cluster: a scheduler (tcp://host:8786) or local:N processes."),
        click.option("--dask-dashboard", "dashboard", is_flag=True,
                     help="Serve Dask's dashboard for a local cluster (needs the kg[dashboard] extra)."),
    ]):
        f = option(f)
    return f


def progress(items: Iterable, total: int | None, what: str) -> Iterable:
    """A progress bar on stderr (only on a terminal) naming its stage and unit."""
    from tqdm import tqdm
    unit = {"extracting": "article", "loading": "article", "nodes": "node",
            "relationships": "relationship"}.get(what, "item")
    return tqdm(items, total=total, desc=what, unit=unit, file=sys.stderr, disable=None, leave=False)


def _notice(message: str) -> None:
    click.echo(f"kg: {message}", err=True)


def _report(inputs: api.Inputs, summary: str, started: float) -> None:
    for p in inputs.problems:
        click.echo(f"kg: skipped {p.file}: {p.reason}", err=True)
    for d in inputs.duplicates:
        click.echo(f"kg: duplicate {d.file}: {d.reason}", err=True)
    nothing = inputs.nothing_read()
    if nothing:
        raise Failure(nothing)
    if inputs.duplicates:
        summary += f" ({len(inputs.duplicates)} duplicates read once)"
    click.echo(f"{summary} in {time.perf_counter() - started:.1f} s", err=True)
    if inputs.problems:
        sys.exit(EXIT_PARTIAL)


# -- commands -----------------------------------------------------------------------------------

@main.command()
@extract_options
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="Extraction file to write (JSON Lines); '-' for stdout.")
def extract(paths, manifest, model, rules, workers, cluster, dashboard, output):
    """Extract entities, statements and relations from articles into a JSON Lines file.

    PATHS are files, folders (of .txt, .html/.htm, .jsonl and .csv articles), '-' for stdin, or
    URLs fsspec reads (file:///news/*.txt, s3://bucket/news/ with s3fs installed).

    \b
    Examples:
      kg extract seeds/ -o seeds.jsonl
      kg extract a.txt b.txt --manifest meta.csv -o out.jsonl
      kg extract page.html -o -
      kg extract corpus/ --dask tcp://scheduler:8786 -o corpus.jsonl
    """
    from kg.output import text_output
    started = time.perf_counter()
    _check_dashboard(workers, cluster, dashboard)
    api.check_rules(rules)
    inputs = api.read_inputs(paths, manifest, stdin=sys.stdin)
    tally = api.Tally()
    documents = tally.count(api.join_identities(progress(
        api.extract(inputs, model=model, rules=rules, workers=workers, cluster=cluster, dashboard=dashboard,
                    notice=_notice),
        inputs.total, "extracting")))
    with text_output(output) as handle:
        for _ in api.write_extraction(documents, handle):
            pass
    _report(inputs, tally.summary(), started)


@main.command()
@click.argument("file", type=click.Path(allow_dash=True))
@store_options
@batch_option
def load(file, settings):
    """Write an extraction file ('-' for stdin) into the graph; loading it twice changes nothing.

    \b
    Examples:
      kg load seeds.jsonl
      kg load seeds.jsonl -a neo4j://localhost:7687
    """
    started = time.perf_counter()
    total, documents = api.read_extraction(file, stdin=sys.stdin)
    with _open_store(settings) as store:
        tally = api.load(store, documents, batch_size=settings.batch_size, progress=progress, total=total)
    skipped = f" ({tally.skipped} already loaded, skipped)" if tally.skipped else ""
    click.echo(f"{tally.summary()}{skipped} in {time.perf_counter() - started:.1f} s", err=True)


@main.command()
@extract_options
@store_options
@batch_option
def build(paths, manifest, model, rules, workers, cluster, dashboard, settings):
    """Extract articles and load them into the graph in one go: the main job.

    PATHS are files, folders (of .txt, .html/.htm, .jsonl and .csv articles), '-' for stdin, or
    URLs fsspec reads (file:///news/*.txt, s3://bucket/news/ with s3fs installed).
    Articles already in the graph with the same text are skipped; an article whose text changed
    replaces what its old text gave.

    \b
    Examples:
      kg build seeds/
      kg build seeds/ --db story.kgl
      kg build seeds/ -a neo4j://localhost:7687
      kg build corpus/ --dask tcp://scheduler:8786
    """
    started = time.perf_counter()
    _check_dashboard(workers, cluster, dashboard)
    api.check_rules(rules)
    inputs = api.read_inputs(paths, manifest, stdin=sys.stdin)
    with _open_store(settings) as store:
        report = api.build(store, inputs, model=model, rules=rules, workers=workers, cluster=cluster,
                           dashboard=dashboard,
                           batch_size=settings.batch_size, progress=progress, notice=_notice)
    if report.not_upgraded:
        click.echo(f"kg: {report.not_upgraded} articles of this graph were not among the inputs; it stays "
                   "marked as older until they are built again", err=True)
    unchanged = f" ({report.unchanged} unchanged articles skipped)" if report.unchanged else ""
    _report(inputs, report.tally.summary() + unchanged, started)


@main.command()
@click.argument("name", required=False)
@click.option("-P", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A query parameter (repeatable): -P entity=Putin -P since=2024-10-01.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@click.option("--list", "list_queries", is_flag=True, help="List the canned queries and their parameters.")
@store_options
def query(name, params, fmt, list_queries, settings):
    """Run a canned question from cypher/ (read-only).

    \b
    Examples:
      kg query --list
      kg query who-confirmed
      kg query who-denied -P entity=Putin --format json
      kg query path -P from="Mark Rutte" -P to="Kim Jong-un"
    """
    if list_queries or not name:
        rows = [[q.name, q.description, ", ".join(
            f"{p.name} ({p.type}{'' if p.required else ', default ' + str(p.default)})" for p in q.params)]
            for q in api.questions()]
        click.echo(tabulate(rows, headers=["query", "description", "parameters"], tablefmt="simple",
                            maxcolwidths=[None, 60, 50]))
        return
    values = parse_params(params)
    api.require_graph(settings)
    with _open_store(settings) as store:
        answer = api.ask(store, name, values)
    click.echo(render(answer.rows, fmt))
    if answer.next_skip is not None:
        click.echo(f"kg: showing {len(answer.rows)} rows; there are more: add -P skip={answer.next_skip} "
                   "for the next page, or raise -P limit", err=True)


@main.command()
@store_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
def stats(settings, fmt):
    """Node counts by label and relationship counts by type."""
    api.require_graph(settings)
    with _open_store(settings) as store:
        click.echo(render(api.stats(store), fmt))


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@store_options
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf"]), default=None,
              help="File format (default: the file's extension; GraphML for '-').")
@click.option("--entity", default=None, help="Only this entity's neighbourhood (name or alias).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(0),
              help="Steps from --entity to other entities (statements, relations, co-mentions).")
@click.option("--since", default=None, type=DAY, callback=_iso_day,
              help="Only statements on or after this day (YYYY-MM-DD).")
@click.option("--until", default=None, type=DAY, callback=_iso_day,
              help="Only statements on or before this day (YYYY-MM-DD).")
@click.option("--kinds", default=None, help="Only these statement kinds, comma-separated (confirmed,denied).")
@click.option("--entities-only", is_flag=True,
              help="A network of entities only: one edge per pair and kind of tie, with its count and articles.")
@click.option("--min-weight", default=1, show_default=True, type=click.IntRange(1),
              help="With --entities-only: co-mention edges need this many shared articles.")
def export(file, settings, fmt, entity, depth, since, until, kinds, entities_only, min_weight):
    """Write the graph as GraphML or GEXF for Gephi, yEd, Cytoscape or igraph ('-' for stdout).

    \b
    Examples:
      kg export story.graphml
      kg export story.gexf
      kg export putin.graphml --entity "Vladimir Putin" --depth 1
      kg export people.graphml --entities-only --min-weight 2
      kg export - --format gexf > story.gexf
    """
    from kg.export import ExportFilter, export_format
    from kg.schema import STATEMENT_KINDS
    wanted = {k.strip() for k in kinds.split(",")} if kinds else set()
    if wanted - set(STATEMENT_KINDS):
        raise click.BadParameter(f"unknown kinds {', '.join(sorted(wanted - set(STATEMENT_KINDS)))} "
                                 f"(valid: {', '.join(STATEMENT_KINDS)})", param_hint="--kinds")
    try:
        fmt = export_format(file, fmt)
    except KgError as exc:
        raise click.BadParameter(str(exc), param_hint="FILE") from None
    flt = ExportFilter(entity=entity, depth=depth, since=since, until=until, kinds=wanted,
                       entities_only=entities_only, min_weight=min_weight)
    api.require_graph(settings)
    with _open_store(settings) as store:
        graph = api.export(store, file, flt, fmt, progress=progress)
    where = "standard output" if file == "-" else file
    click.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges -> {where} ({fmt})", err=True)


@main.command()
@store_options
@click.option("-o", "--output", default="graph.html", show_default=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@click.option("--entity", default=None, help="Only this entity's neighbourhood (name or alias).")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(0),
              help="Links from --entity to other entities (statements, relations, co-mentions).")
@click.option("--since", default=None, type=DAY, callback=_iso_day,
              help="Only statements and relations on or after this day (YYYY-MM-DD).")
@click.option("--until", default=None, type=DAY, callback=_iso_day,
              help="Only statements and relations on or before this day (YYYY-MM-DD).")
@click.option("--co-mentions", is_flag=True, help="Also link entities named in two or more of the same articles.")
@click.option("--open", "open_page", is_flag=True, help="Open the page in the default browser.")
def view(settings, output, entity, depth, since, until, co_mentions, open_page):
    """Write the graph as one HTML page to explore in a browser: no server, no network.

    \b
    Examples:
      kg view                                       the whole graph in graph.html
      kg view -o putin.html --entity Putin --depth 1 --open
      kg view --since 2024-10-01 --until 2024-10-31 --co-mentions
    """
    from kg.view import write_view
    api.require_graph(settings)
    with _open_store(settings) as store:
        summary = write_view(store, output, entity=entity, depth=depth, co_mentions=co_mentions,
                             since=since, until=until)
    click.echo(f"{summary.entities} entities, {summary.links} links -> {output}", err=True)
    if open_page:
        click.launch(output)


@main.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.argument("extraction", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="A table to read, or JSON for other programs.")
def eval_(gold, extraction, fmt):
    """Score an extraction file against a hand-made gold file (the format of ../shared/eval): P/R/F1 of
    entities, statements and relations, per type and kind; statement dates and content cues;
    cross-document identity.

    \b
    Examples:
      kg extract seeds/ -o seeds.jsonl && kg eval ../shared/eval/seeds.gold.json seeds.jsonl
      kg eval tests/gold/gold.json gold.jsonl --format json
    """
    from kg.evaluate import evaluate, render_table
    scores = evaluate(gold, extraction)
    click.echo(json.dumps(scores.to_dict(), indent=2) if fmt == "json" else render_table(scores))


if __name__ == "__main__":
    main()
