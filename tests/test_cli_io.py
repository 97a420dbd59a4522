"""The command line's inputs and outputs: kinds of input, stdin and stdout, export formats."""
import json
import shutil

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from kg.cli import main
from test_ingest import PAGE

ARTICLE = SEEDS / "003_be7b42b11361cc58.txt"


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    db = tmp_path_factory.mktemp("io") / "g.kgl"
    assert CliRunner().invoke(main, ["build", str(SEEDS), "--db", str(db)]).exit_code == 0
    return db


def test_folder_of_kinds_with_the_rest_named(runner, tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / "a.txt")
    (folder / "page.html").write_text(PAGE)
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 3, result.output
    assert f"kg: skipped {folder / 'scan.pdf'}: not read: kg reads .txt, .html/.htm, .jsonl and .csv files" in result.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    record = next(r for r in records if r["document"]["file"].endswith("page.html"))
    page = record["document"]
    assert (page["source"], page["author"], page["published"]) == ("The Harbour Times", "Jane Doe", "2023-03-03")
    assert "Louise Haigh said" in page["text"]
    # Offsets are offsets into the extracted text the file keeps.
    mentions = [m for e in record["entities"] for m in e["mentions"]]
    assert mentions and all(page["text"][m["start"]:m["end"]] == m["text"] for m in mentions)


def test_nothing_read_is_an_error(runner, tmp_path):
    (tmp_path / "only.pdf").write_bytes(b"%PDF-1.4")
    result = runner.invoke(main, ["build", str(tmp_path), "--db", str(tmp_path / "g.kgl")])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"kg: skipped {tmp_path / 'only.pdf'}: not read: kg reads .txt, .html/.htm, .jsonl and .csv files",
        f"kg: no article read from {tmp_path} (kg reads .txt, .html/.htm, .jsonl and .csv files, and '-' for "
        "standard input)"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert runner.invoke(main, ["extract", str(empty), "-o", "-"]).exit_code == 1


def test_duplicates_are_read_once_and_counted(runner, tmp_path):
    for i in range(3):
        shutil.copy(ARTICLE, tmp_path / f"copy{i}.txt")
    result = runner.invoke(main, ["extract", str(tmp_path), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    assert f"kg: duplicate {tmp_path / 'copy1.txt'}: the same text as {tmp_path / 'copy0.txt'}: read once" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("1 documents, ")
    assert "(2 duplicates read once)" in result.stderr
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 1


def test_stdin_to_stdout_and_into_load(runner, tmp_path):
    extracted = runner.invoke(main, ["extract", "-", "-o", "-"], input=ARTICLE.read_text())
    assert extracted.exit_code == 0, extracted.output
    [line] = extracted.stdout.splitlines()
    assert json.loads(line)["document"]["file"] == "-"
    loaded = runner.invoke(main, ["load", "-", "--db", str(tmp_path / "g.kgl")], input=extracted.stdout)
    assert loaded.exit_code == 0 and loaded.stderr.startswith("1 documents")


def test_export_formats_and_stdout(runner, graph, tmp_path):
    gexf = runner.invoke(main, ["export", str(tmp_path / "g.gexf"), "--db", str(graph)])
    assert gexf.exit_code == 0 and "<gexf" in (tmp_path / "g.gexf").read_text()[:300]
    assert gexf.stderr.strip().endswith(f"-> {tmp_path / 'g.gexf'} (gexf)")
    out = runner.invoke(main, ["export", "-", "--db", str(graph), "--entities-only", "--min-weight", "2"])
    assert out.exit_code == 0 and out.stdout.startswith("<?xml") and "<graphml" in out.stdout
    assert not (tmp_path / "-").exists()
    chosen = runner.invoke(main, ["export", "-", "--format", "gexf", "--db", str(graph)])
    assert "<gexf" in chosen.stdout
    unknown = runner.invoke(main, ["export", str(tmp_path / "g.json"), "--db", str(graph)])
    assert unknown.exit_code == 2 and "cannot tell the format from the extension .json" in unknown.stderr
    device = runner.invoke(main, ["export", "/dev/null", "--format", "graphml", "--db", str(graph)])
    assert device.exit_code == 0, device.output


def test_a_page_in_the_graph_keeps_its_metadata(runner, tmp_path):
    (tmp_path / "page.html").write_text(PAGE)
    db = str(tmp_path / "g.kgl")
    assert runner.invoke(main, ["build", str(tmp_path), "--db", db]).exit_code == 0
    out = runner.invoke(main, ["export", "-", "--db", db])
    import io
    import networkx as nx
    graph = nx.read_graphml(io.BytesIO(out.stdout_bytes))
    [article] = [d for _, d in graph.nodes(data=True) if d["node_type"] == "Article"]
    assert article["label"] == "Ministers meet over port strike"
    assert (article["source"], article["author"], article["published"]) == ("The Harbour Times", "Jane Doe", "2023-03-03")
    assert article["published_at"] == "2023-03-03T10:15:00+01:00"
    # "on Friday" is resolved against the page's publication date; the offsets are the text's.
    said = runner.invoke(main, ["query", "statements-by", "-P", "entity=Haigh", "--db", db, "--format", "json"])
    [row] = json.loads(said.stdout)
    assert (row["speaker"], row["date"]) == ("Louise Haigh", "2023-03-03")


def test_a_closed_pipe_ends_quietly(runner, graph, monkeypatch):
    """`kg export - | head`: the reader stops early; kg stops without an error message."""
    from kg import api

    def closed(*args, **kwargs):
        raise BrokenPipeError(32, "Broken pipe")
    monkeypatch.setattr(api, "export", closed)
    result = runner.invoke(main, ["export", "-", "--db", str(graph)])
    assert result.exit_code == 141 and result.stderr == ""


def _without_files(text: str) -> list[dict]:
    documents = [json.loads(line) for line in text.splitlines()]
    for document in documents:
        document["document"].pop("file")
    return documents


def test_inputs_by_url_and_glob_read_what_paths_read(runner, tmp_path):
    by_path = runner.invoke(main, ["extract", str(SEEDS), "-o", "-"])
    by_url = runner.invoke(main, ["extract", f"file://{SEEDS}", "-o", "-"])
    by_glob = runner.invoke(main, ["extract", f"file://{SEEDS}/00[0-4]_*.txt", "-o", "-"])
    assert by_path.exit_code == by_url.exit_code == by_glob.exit_code == 0, by_glob.output
    assert by_url.stdout == by_glob.stdout
    assert _without_files(by_url.stdout) == _without_files(by_path.stdout)   # ids, dates, everything but file
    files = [json.loads(line)["document"]["file"] for line in by_url.stdout.splitlines()]
    assert files == [f"file://{path}" for path in sorted(SEEDS.glob("*.txt"))]


def test_bad_urls_are_one_line(runner, tmp_path):
    unknown = runner.invoke(main, ["extract", "nosuchproto://bucket/news/", "-o", str(tmp_path / "out.jsonl")])
    assert unknown.exit_code == 1
    assert unknown.stderr == ("kg: nosuchproto://bucket/news/: not a URL kg can read "
                              "(Protocol not known: nosuchproto)\n")
    missing = runner.invoke(main, ["build", f"file://{tmp_path}/none/", ARTICLE.as_uri(), "--db", str(tmp_path / "g.kgl")])
    assert missing.exit_code == 3
    assert missing.stderr.splitlines()[0] == f"kg: skipped file://{tmp_path}/none/: no such file or folder"
    assert not (tmp_path / "out.jsonl").exists()
