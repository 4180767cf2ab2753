"""Extractive-answer benchmark: the text caches of ``bot.text`` kept across questions, or cleared.

    python benchmarks/extractive.py [--datasets eval/datasets/grounded-blind8*.jsonl …] [--runs 3]

Asks grounded sets' questions (with their histories) through the real pipeline with the extractive
generator, no LLM, once with the BM25-token and match-key caches kept from question to question
and once with both cleared before every question, which is how the code before them worked
(cleared per question, not per call, so the baseline is if anything flattered). The two modes
alternate in every run, so both see the same machine state. Prints each run's total seconds and
per-question p50, and the median over runs, side by side.
"""

from __future__ import annotations

import argparse
import glob
import json
import platform
import statistics
import time
from pathlib import Path

from bot.pipeline import Pipeline
from bot.settings import Settings
from bot.text import _bm25_tokens_of, normalize_for_match

ROOT = Path(__file__).resolve().parents[1]


def load_rows(paths: list[Path]) -> list[dict]:
    """The sets' rows that need no extra document (those are indexed apart by the eval)."""
    rows = [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if not row.get("extra_documents")]


def one_pass(pipeline: Pipeline, rows: list[dict], cleared: bool) -> tuple[float, float]:
    """Total seconds and per-question p50 in milliseconds."""
    times = []
    for row in rows:
        if cleared:
            _bm25_tokens_of.cache_clear()
            normalize_for_match.cache_clear()
        started = time.perf_counter()
        pipeline.ask(row["question"], [tuple(turn) for turn in row.get("history") or []])
        times.append(time.perf_counter() - started)
    return sum(times), statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets", nargs="+", type=Path,
                        default=[Path(path) for path in sorted(glob.glob(str(ROOT / "eval/datasets/grounded-blind8*.jsonl")))])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    settings = Settings().model_copy(update={"generator": "extractive"})
    pipeline = Pipeline.from_settings(settings)
    rows = load_rows(args.datasets)
    print(f"{platform.machine()}, {platform.processor() or 'cpu'}; extractive generator; {len(rows)} questions of "
          f"{', '.join(path.name for path in args.datasets)}")
    one_pass(pipeline, rows[:5], cleared=False)  # load the spell checker and the like once, outside the timing
    results: dict[str, list[tuple[float, float]]] = {"kept": [], "cleared": []}
    for run in range(1, args.runs + 1):
        for mode in results:
            total, p50 = one_pass(pipeline, rows, cleared=mode == "cleared")
            results[mode].append((total, p50))
            print(f"run {run}, caches {mode}: {total:.1f} s in all, {p50:.1f} ms per question (p50)")
    print("\n| caches | total (median of runs) | per question p50 (median of runs) |\n|---|---|---|")
    for mode, runs in results.items():
        print(f"| {mode} | {statistics.median(t for t, _ in runs):.1f} s | {statistics.median(p for _, p in runs):.1f} ms |")


if __name__ == "__main__":
    main()
