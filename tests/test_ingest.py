import os

import pytest

from kg.ingest import InputError, InputProblem, decode, discover, make_article, read_articles, read_manifest

BODY = "The council said on Monday that the new bridge will open to traffic in the spring of next year.\n"


def test_manifest_and_date_from_text(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.txt").write_text("By Wire | Updated: October 16, 2024 16:45 IST\n" + BODY)
    (tmp_path / "manifest.csv").write_text("file,published,source,url\na.txt,2024-01-02,Daily,\n")
    files, problems = discover([tmp_path])
    assert [f.name for f in files] == ["a.txt", "b.txt"] and problems == []
    articles = list(read_articles(files, read_manifest(tmp_path / "manifest.csv")))
    assert (articles[0].published, articles[0].published_from, articles[0].source) == ("2024-01-02", "manifest", "Daily")
    assert (articles[1].published, articles[1].published_from) == ("2024-10-16", "text")


def test_no_date_is_never_invented(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text(BODY)
    assert make_article(path, BODY, None).published is None


def test_bad_manifest_date(tmp_path):
    (tmp_path / "manifest.csv").write_text("file,published\na.txt,16/10/2024\n")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        read_manifest(tmp_path / "manifest.csv")


def test_encodings():
    assert decode(BODY.encode("utf-16")) == BODY
    assert decode("Café said".encode("latin-1")) == "Café said"
    with pytest.raises(InputError, match="binary"):
        decode(b"%PDF-1.4\x00\x00\x01")


def test_bad_files_become_problems(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    (tmp_path / "page.txt").write_text(f"<html><body><nav>Home</nav><p>{BODY}</p></body></html>")
    (tmp_path / "ok.txt").write_text(BODY)
    files, _ = discover([tmp_path])
    results = list(read_articles(files, {}))
    problems = {p.file.split(os.sep)[-1]: p.reason for p in results if isinstance(p, InputProblem)}
    assert problems == {"binary.txt": "binary file, not text", "empty.txt": "empty file"}
    page = next(a for a in results if not isinstance(a, InputProblem) and a.file.endswith("page.txt"))
    assert "<p>" not in page.text and "new bridge" in page.text


def test_symlink_out_of_folder_is_not_followed(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(BODY)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside)
    (folder / "loop").symlink_to(folder)
    files, problems = discover([folder])
    assert files == []
    assert sorted(p.reason.split(" ")[0] for p in problems) == ["symbolic", "symbolic"]


def test_huge_text_is_refused_with_a_reason(tmp_path):
    (tmp_path / "dump.txt").write_text(("A long sentence about nothing in particular goes on here. " * 20 + "\n") * 1000)
    files, _ = discover([tmp_path])
    [problem] = list(read_articles(files, {}))
    assert isinstance(problem, InputProblem) and "too long for one article" in problem.reason


def test_file_gone_before_reading(tmp_path):
    path = tmp_path / "gone.txt"
    path.write_text(BODY)
    files, _ = discover([tmp_path])
    path.unlink()
    [problem] = list(read_articles(files, {}))
    assert "cannot read" in problem.reason
