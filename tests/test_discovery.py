"""Finding the inputs under URLs (fsspec): folders, globs, archives and filesystems in memory
read exactly as local folders are, manifests beside them, missing and unreadable inputs."""
from dataclasses import replace

import pytest

from kg.discovery import InputError, read_manifest
from test_ingest import BODY, PAGE, _articles


def _every_kind(put) -> None:
    """A folder of every kind kg reads, a manifest, a file of another kind and a hidden folder,
    written by ``put(relative_path, bytes)``."""
    put("a.txt", BODY.encode())
    put("b.html", PAGE.encode())
    put("c.jsonl", b'{"id": "n1", "content": "The mayor said on Tuesday the bridge would reopen in May."}\nnot json\n')
    put("d.csv", b'id,text,published\nr1,"The harbour master said the port would stay shut.",2024-03-04\n')
    put("manifest.csv", b"file,published,source,url\na.txt,2024-01-02,Daily,\n")
    put("e.pdf", b"%PDF-1.4")
    put(".git/x.txt", BODY.encode() + b"x")


def _as_read(results, prefix: str) -> list:
    """Results with their files' prefix cut, to compare inputs read from different places."""
    return [replace(r, file=r.file.removeprefix(prefix)) for r in results]


def _write(folder):
    def put(name, data):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return put


def test_a_folder_url_reads_what_its_path_reads(tmp_path):
    _every_kind(_write(tmp_path))
    by_path, by_url = _articles([str(tmp_path)]), _articles([f"file://{tmp_path}"])
    assert _as_read(by_url, f"file://{tmp_path}") == _as_read(by_path, str(tmp_path))
    assert {r.file for r in by_url} >= {f"file://{tmp_path}/a.txt", f"file://{tmp_path}/c.jsonl#n1",
                                       f"file://{tmp_path}/c.jsonl:2", f"file://{tmp_path}/.git"}
    article = next(r for r in by_url if r.file.endswith("a.txt"))
    assert (article.published, article.source) == ("2024-01-02", "Daily")   # the folder's manifest


def test_a_glob_url_reads_the_files_it_matches_with_their_folder_manifest(tmp_path):
    _every_kind(_write(tmp_path))
    results = _articles([f"file://{tmp_path}/*.txt"])
    assert [(r.file, r.published) for r in results] == [(f"file://{tmp_path}/a.txt", "2024-01-02")]
    [nothing] = _articles([f"file://{tmp_path}/*.docx"])
    assert (nothing.file, nothing.reason) == (f"file://{tmp_path}/*.docx", "no file matches")


def test_a_filesystem_in_memory_and_a_zip_archive_read_as_a_folder(tmp_path):
    import zipfile
    import fsspec
    _every_kind(_write(tmp_path / "disk"))
    memory = fsspec.filesystem("memory")
    _every_kind(lambda name, data: memory.pipe(f"/kg-ingest/{name}", data))
    with zipfile.ZipFile(tmp_path / "news.zip", "w") as archive:
        _every_kind(archive.writestr)
    expected = _as_read(_articles([str(tmp_path / "disk")]), str(tmp_path / "disk") + "/")
    assert _as_read(_articles(["memory://kg-ingest/"]), "memory:///kg-ingest/") == expected
    zipped = _articles([f"zip://*::file://{tmp_path}/news.zip"])
    assert zipped[0].file == f"zip://.git::file://{tmp_path}/news.zip"
    archive_url = f"::file://{tmp_path}/news.zip"   # a record's "#id" or ":line" follows the whole URL
    assert sorted(_as_read([replace(r, file=r.file.replace(archive_url, "")) for r in zipped], "zip://"),
                  key=repr) == sorted(expected, key=repr)


def test_missing_and_unreadable_urls_are_problems(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 10)
    results = _articles([f"file://{tmp_path}/missing.txt", f"file://{tmp_path}/binary.txt",
                         f"zip://*::file://{tmp_path}/missing.zip"])
    assert [(r.file, r.reason) for r in results] == [
        (f"file://{tmp_path}/missing.txt", "no such file or folder"),
        (f"zip://*::file://{tmp_path}/missing.zip", "no such file or folder"),
        (f"file://{tmp_path}/binary.txt", "binary file, not text")]


def test_a_manifest_by_url(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "meta.csv").write_text("file,published,source,url\na.txt,2024-01-02,Daily,\n")
    assert read_manifest(f"file://{tmp_path}/meta.csv")["a.txt"].source == "Daily"
    with pytest.raises(InputError, match="cannot read manifest"):
        read_manifest(f"file://{tmp_path}/none.csv")
