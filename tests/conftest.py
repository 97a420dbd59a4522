"""Shared fixtures: the spaCy pipeline is loaded once per test session, the seeds once."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "eval"


@pytest.fixture(autouse=True)
def builtin_rules_after_each_test():
    """A test that extracts with a user's rules file leaves kg.lexicon on those rules (extraction
    switches it per pipeline); put the built-in rules back so no test depends on the order."""
    yield
    from kg import lexicon, rules
    lexicon.use(rules.builtin())


@pytest.fixture(scope="session")
def extractor():
    """The loaded extraction pipeline, as the library API gives it."""
    from kg import api as kg
    return kg.load_pipeline()


@pytest.fixture(scope="session")
def extract_text(extractor):
    """Extract one article from a string: ``extract_text("Putin said ...", published="2024-10-30")``."""
    from kg.ingest import make_article, ManifestRow
    from pathlib import Path as _P

    def run(text: str, published: str | None = None, name: str = "test.txt"):
        article = make_article(_P(name), text, ManifestRow(published, None, None))
        return next(iter(extractor.documents([article])))
    return run


@pytest.fixture(scope="session")
def seeds_documents(extractor):
    from kg import api as kg
    return list(kg.extract(kg.read_inputs([SEEDS]), pipeline=extractor))


@pytest.fixture(scope="session")
def seeds_jsonl(seeds_documents, tmp_path_factory):
    path = tmp_path_factory.mktemp("extract") / "seeds.jsonl"
    path.write_text("".join(json.dumps(d.to_dict()) + "\n" for d in seeds_documents), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def seeds_store(seeds_documents, tmp_path_factory):
    from kg.load import load_documents
    from kg.store.kglite_store import KgliteStore
    path = tmp_path_factory.mktemp("store") / "seeds.kgl"
    store = KgliteStore(str(path))
    for _ in load_documents(store, seeds_documents):
        pass
    yield store
    store.close()


@pytest.fixture(scope="session")
def score_gold_set(extractor, tmp_path_factory):
    """Extract a folder of gold articles (``<folder>/articles``, with its manifest) and score the
    extraction against ``<folder>/gold.json`` with kg.evaluate; ``keep(file_name)`` picks a part
    of the set (its articles and their gold) to score apart."""
    def run(folder: Path, keep=lambda name: True):
        from kg.api import join_identities
        from kg.evaluate import evaluate
        from kg.ingest import discover, manifests_for, read_articles
        files, _ = discover([folder / "articles"])
        files = [f for f in files if keep(Path(str(f)).name)]
        documents = join_identities(extractor.documents(read_articles(files, manifests_for([folder / "articles"]))))
        work = tmp_path_factory.mktemp("gold")
        out = work / "out.jsonl"
        out.write_text("".join(json.dumps(d.to_dict()) + "\n" for d in documents), encoding="utf-8")
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        gold["documents"] = [d for d in gold["documents"] if keep(d["file"])]
        (work / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
        return evaluate(work / "gold.json", out)
    return run


@pytest.fixture
def extract_run(extractor):
    """Extract several articles as one run (kg extract / kg build): ``extract_run(text_a, text_b)``
    gives their documents in that order, with one id per real thing across them."""
    from kg.api import join_identities
    from kg.ingest import ManifestRow, make_article

    def run(*texts: str):
        articles = [make_article(Path(f"run{i}.txt"), text, ManifestRow(None, None, None))
                    for i, text in enumerate(texts)]
        return list(join_identities(extractor.documents(articles)))
    return run


@pytest.fixture(scope="session")
def sample_params():
    """Parameters that make each canned question answer something on the sample articles."""
    return {"statements-by": {"entity": "Putin"}, "statements-about": {"entity": "North Korea"},
            "entity": {"entity": "Putin"}, "path": {"from": "Mark Rutte", "to": "Kim Jong Un"},
            "co-mentions": {"limit": "1000"}}
