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
    # a UTF-16 byte order mark before bytes that are not UTF-16: one clear problem, not a crash
    with pytest.raises(InputError, match="UTF-16 byte order mark but is not UTF-16"):
        decode(b"\xff\xfe\x00bad bytes\n")


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


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ministers meet over port strike | The Harbour Times</title>
<meta property="og:site_name" content="The Harbour Times">
<meta property="og:title" content="Ministers meet over port strike">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2023-03-03T10:15:00+01:00">
<meta property="article:modified_time" content="2023-03-05T08:00:00+01:00">
<link rel="canonical" href="https://harbourtimes.example/news/port-strike">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers meet over port strike</h1>
<p class="byline">By Jane Doe</p>
<p>British Transport Minister Louise Haigh said on Friday that the port would reopen once the dockworkers' union agreed to talks.</p>
<p>Union leaders denied that they had refused to negotiate and accused the operators of delaying the talks.</p>
<p>The operators said in a statement that they had offered three meetings since January and that none had taken place.</p>
<p>Shipping companies have diverted more than forty vessels to other ports since the strike began two weeks ago.</p>
</article>
<section class="comments"><h3>Comments</h3><p>What a great article, said a reader who wrote a long comment on the strike.</p></section>
<footer>Copyright 2023 The Harbour Times</footer></body></html>
"""


def _articles(paths, stdin=None):
    from kg.ingest import manifests_for
    files, problems = discover(paths)
    return [*problems, *read_articles(files, manifests_for(paths), stdin)]


def test_html_page_text_and_metadata(tmp_path):
    (tmp_path / "page.html").write_text(PAGE)
    [article] = _articles([tmp_path])
    assert article.title == "Ministers meet over port strike"
    assert (article.published, article.published_from) == ("2023-03-03", "page")   # original, not modified
    assert article.published_at == "2023-03-03T10:15:00+01:00"
    assert article.source == "The Harbour Times" and article.author == "Jane Doe"   # outlet, never the byline
    assert article.url == "https://harbourtimes.example/news/port-strike"
    assert "<p>" not in article.text and "great article" not in article.text and "Home" not in article.text
    # Offsets point into the extracted text, which the article keeps.
    assert any(article.text[s:e].startswith("British Transport Minister Louise Haigh said") for s, e in article.body)
    assert "Jane Doe" not in article.text


def test_manifest_wins_over_page_metadata(tmp_path):
    (tmp_path / "page.htm").write_text(PAGE)
    (tmp_path / "manifest.csv").write_text("file,published,source,url\npage.htm,2023-03-04,Wire,\n")
    [article] = _articles([tmp_path])
    assert (article.published, article.published_from, article.source) == ("2023-03-04", "manifest", "Wire")
    assert article.published_at is None


def test_every_kind_in_a_folder_and_the_rest_reported(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.html").write_text(PAGE)
    (tmp_path / "c.jsonl").write_text(
        '{"id": "n1", "title": "Bridge", "content": "The mayor said on Tuesday the bridge would reopen in May after repairs.",'
        ' "publishedAt": "2024-05-07T09:30:00Z", "source": {"id": null, "name": "City Wire"}, "url": "https://x.example/1"}\n'
        'not json\n'
        '{"id": "n3", "title": "Empty"}\n')
    (tmp_path / "d.csv").write_text('id,title,text,published,source,url\nr1,Port,"The harbour master said on Monday '
                                    'the port would stay shut until the winds drop.",2024-03-04,Harbour News,\n')
    (tmp_path / "e.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    (tmp_path / ".git" / "objects").mkdir(parents=True)
    (tmp_path / ".git" / "objects" / "a.txt").write_text(BODY + "x")
    results = _articles([tmp_path])
    problems = {p.file.replace(str(tmp_path), ""): p.reason for p in results if isinstance(p, InputProblem)}
    assert problems["/e.pdf"].startswith("not read: kg reads .txt, .html/.htm, .jsonl and .csv")
    assert "/.DS_Store" in problems and problems["/.git"] == "hidden folder not read"
    assert problems["/c.jsonl:2"].startswith("not valid JSON") and problems["/c.jsonl#n3"].startswith("no text")
    articles = {a.file.replace(str(tmp_path), ""): a for a in results if not isinstance(a, InputProblem)}
    assert set(articles) == {"/a.txt", "/b.html", "/c.jsonl#n1", "/d.csv#r1"}
    record = articles["/c.jsonl#n1"]
    assert (record.published, record.published_from, record.source, record.title) == ("2024-05-07", "record", "City Wire", "Bridge")
    assert record.published_at.startswith("2024-05-07T09:30:00") and record.url == "https://x.example/1"
    assert (articles["/d.csv#r1"].published, articles["/d.csv#r1"].source) == ("2024-03-04", "Harbour News")


def test_standard_input_of_each_kind():
    import io
    [text] = _articles(["-"], io.StringIO(BODY))
    assert text.file == "-" and text.text == BODY
    [page] = _articles(["-"], io.StringIO(PAGE))
    assert page.source == "The Harbour Times"
    records = _articles(["-"], io.StringIO('{"text": "%s"}\n{"text": "Another text said the same thing in other words today."}\n'
                                           % BODY.strip()))
    assert [a.file for a in records] == ["-:1", "-:2"]
    [empty] = _articles(["-"], io.StringIO("  \n"))
    assert isinstance(empty, InputProblem) and empty.reason == "empty input"


def test_identical_texts_are_read_once_and_reported(tmp_path):
    from kg.ingest import Duplicate
    for i in range(3):
        (tmp_path / f"copy{i}.txt").write_text(BODY)
    (tmp_path / "copy.jsonl").write_text('{"text": %s}\n' % __import__("json").dumps(BODY))
    results = _articles([tmp_path])
    assert [type(r).__name__ for r in results] == ["Article", "Duplicate", "Duplicate", "Duplicate"]
    assert all(d.same_as.endswith("copy.jsonl:1") for d in results if isinstance(d, Duplicate))


def test_dateline_gives_day_and_agency(tmp_path):
    (tmp_path / "a.txt").write_text("ANKARA, Feb 7, 2024 (AFP) - " + BODY)
    (tmp_path / "b.txt").write_text("Nairobi, March 12 (Reuters) - " + BODY.replace("council", "county"))
    (tmp_path / "c.txt").write_text("By Jane Doe\n" + BODY.replace("council", "board"))
    (tmp_path / "d.txt").write_text("By IANS\n" + BODY.replace("council", "city"))
    a, b, c, d = _articles([tmp_path])
    assert (a.published, a.published_from, a.source) == ("2024-02-07", "dateline", "AFP")
    assert (b.published, b.source) == (None, "Reuters")   # no year in the dateline: undated, not guessed
    assert (c.source, c.author) == (None, "Jane Doe")     # a writer's byline is not the outlet
    assert (d.source, d.author) == ("IANS", None)         # an agency's byline is


def test_a_run_that_reads_nothing_says_so(tmp_path):
    from kg import api
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    inputs = api.read_inputs([str(tmp_path)])
    assert inputs.files == [] and inputs.problems[0].reason.startswith("not read")
    assert list(inputs.articles()) == []
    assert inputs.nothing_read().startswith(f"no article read from {tmp_path} (kg reads .txt")
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.txt").write_text(BODY)
    inputs = api.read_inputs([str(tmp_path)])
    assert len(list(inputs.articles())) == 1 and inputs.nothing_read() is None
    assert [d.file for d in inputs.duplicates] == [str(tmp_path / "b.txt")]


def test_extraction_file_keeps_the_text_and_metadata(tmp_path):
    from kg.schema import Article, Document
    article = Article(id="x", file="p.html", text="Extracted text.", title="T", author="A",
                      published="2024-01-02", published_at="2024-01-02T10:00:00+00:00", source="S")
    back = Document.from_dict(Document(article, [], [], [], []).to_dict()).article
    assert (back.text, back.author, back.published_at) == ("Extracted text.", "A", "2024-01-02T10:00:00+00:00")


def test_page_metadata_from_json_ld():
    """News sites often give their metadata as schema.org NewsArticle data."""
    from kg.pages import read_page
    paragraphs = "".join(f"<p>Paragraph {i}: the foreign minister of Kenya said on Tuesday that the talks in "
                         f"Nairobi would go on for several more days.</p>" for i in range(5))
    page = read_page(
        '<html><head><title>Talks go on - Daily Nation</title><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Talks go on in Nairobi",'
        ' "datePublished": "2024-03-12T07:30:00+03:00", "dateModified": "2024-03-13T09:00:00+03:00",'
        ' "author": {"@type": "Person", "name": "Amina Otieno"},'
        ' "publisher": {"@type": "Organization", "name": "Daily Nation"}}</script></head>'
        f'<body><header>Menu</header><article><h1>Talks go on in Nairobi</h1>{paragraphs}</article></body></html>')
    assert (page.title, page.published, page.published_at) == ("Talks go on in Nairobi", "2024-03-12",
                                                             "2024-03-12T07:30:00+03:00")
    assert (page.site, page.author) == ("Daily Nation", "Amina Otieno")
    assert page.text.count("Paragraph") == 5 and "Menu" not in page.text

