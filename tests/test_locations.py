"""Inputs named by URL: what is a URL, how a file found under one is named, protocol errors."""
from pathlib import Path

import zipfile

import fsspec
import pytest
from fsspec.registry import known_implementations

from kg.locations import LocationError, RemoteFile, filesystem, glob_folder, is_url, open_binary, url_of


def test_urls_and_paths():
    for url in ("file:///data/news", "s3://bucket/news/", "zip://*::file:///tmp/a.zip", "simplecache::s3://b/x"):
        assert is_url(url)
    for path in ("news/", "/data/news/a.txt", "-", "C:/news", "a:b.txt"):
        assert not is_url(path)


def test_a_remote_file_is_named_like_a_path():
    file = RemoteFile("zip://sub/a.TXT::file:///tmp/news.zip")
    assert (file.name, file.suffix, str(file)) == ("a.TXT", ".TXT", "zip://sub/a.TXT::file:///tmp/news.zip")
    local = RemoteFile.of_path(Path("seeds/a.txt"))
    assert local.url == f"file://{Path.cwd() / 'seeds/a.txt'}" and str(local) == "seeds/a.txt" and local.name == "a.txt"


def test_files_found_under_a_chained_url_keep_the_chain(tmp_path):
    with zipfile.ZipFile(tmp_path / "news.zip", "w") as archive:
        archive.writestr("sub/a.txt", "some words")
    fs, path = filesystem(f"zip://*::file://{tmp_path}/news.zip")
    assert url_of(fs, "sub/a.txt", f"zip://*::file://{tmp_path}/news.zip") == f"zip://sub/a.txt::file://{tmp_path}/news.zip"
    assert glob_folder("news/2024/*.txt") == "news/2024" and glob_folder("*") == ""


def test_reads_a_file_of_memory():
    fsspec.filesystem("memory").pipe("/kg-test/a.txt", b"some words")
    with open_binary(RemoteFile("memory://kg-test/a.txt")) as handle:
        assert handle.read() == b"some words"


def test_an_unknown_protocol_is_one_line():
    with pytest.raises(LocationError, match=r"^nosuchproto://x/y: not a URL kg can read \(Protocol not known: "
                                            r"nosuchproto\)$"):
        filesystem("nosuchproto://x/y")


def test_a_protocol_whose_package_is_missing_names_the_package(monkeypatch):
    monkeypatch.setitem(known_implementations, "kgmissing",
                        {"class": "kg_missing_fs_package.FileSystem", "err": "Install kg_missing_fs_package"})
    with pytest.raises(LocationError) as error:
        filesystem("kgmissing://bucket/news/")
    assert str(error.value) == ("kgmissing://bucket/news/: reading this URL needs the kg_missing_fs_package package, "
                                "which is not installed (Install kg_missing_fs_package)")


def test_an_archive_is_opened_once_for_its_files_and_anew_once_rewritten(tmp_path):
    with zipfile.ZipFile(tmp_path / "news.zip", "w") as archive:
        archive.writestr("a.txt", "first words")
        archive.writestr("b.txt", "other words")
    first, _ = filesystem(f"zip://a.txt::file://{tmp_path}/news.zip")
    assert filesystem(f"zip://b.txt::file://{tmp_path}/news.zip")[0] is first
    with zipfile.ZipFile(tmp_path / "news.zip", "w") as archive:
        archive.writestr("a.txt", "new words, and more of them")
    with open_binary(RemoteFile(f"zip://a.txt::file://{tmp_path}/news.zip")) as handle:
        assert handle.read() == b"new words, and more of them"
