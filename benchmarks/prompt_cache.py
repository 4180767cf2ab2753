"""Prompt-cache benchmark: first token with one llama.cpp context against one per system prompt.

    python benchmarks/prompt_cache.py [--dataset eval/datasets/grounded-blind56.jsonl] [--runs 3]

Asks a grounded set's questions (with their histories, in file order: Arabic and English mixed as
users of both languages would send them) through the real pipeline with the default generator,
once with ``llm_prompt_caches=1`` and once with the configured number, alternating the two in
every run so both see the same machine state. Only rows the LLM answered count (figure answers
and refusals never reach it). Prints each run's first-token and whole-answer p50 and the median
over runs, side by side.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
from pathlib import Path

from bot.generation import make_generator
from bot.index import open_index
from bot.pipeline import Pipeline
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def load_rows(path: Path) -> list[dict]:
    """The set's rows that need no extra document (those are indexed apart by the eval)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if not row.get("extra_documents")]


def one_pass(pipeline: Pipeline, rows: list[dict]) -> tuple[float, float, int]:
    """First-token and whole-answer p50 in seconds over the rows the LLM answered, and their count."""
    first, whole = [], []
    for row in rows:
        answer = pipeline.ask(row["question"], [tuple(turn) for turn in row.get("history") or []])
        if "first_token" in answer.timings:
            first.append(answer.timings["first_token"] / 1000)
            whole.append(answer.timings["total"] / 1000)
    return statistics.median(first), statistics.median(whole), len(first)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", type=Path, default=ROOT / "eval/datasets/grounded-blind56.jsonl")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    settings = Settings()
    rows = load_rows(args.dataset)
    index = open_index(settings)
    configs = {count: settings.model_copy(update={"llm_prompt_caches": count}) for count in (1, settings.llm_prompt_caches)}
    pipelines = {count: Pipeline(index, make_generator(config), config) for count, config in configs.items()}
    print(f"{platform.machine()}, {platform.processor() or 'cpu'}; model {settings.llm_model}, {settings.llm_threads} threads; "
          f"{len(rows)} questions of {args.dataset.name}")
    results: dict[int, list[tuple[float, float, int]]] = {count: [] for count in pipelines}
    for run in range(1, args.runs + 1):
        for count, pipeline in pipelines.items():
            first, whole, asked = one_pass(pipeline, rows)
            results[count].append((first, whole, asked))
            print(f"run {run}, {count} context(s): first token p50 {first:.2f} s, whole answer p50 {whole:.2f} s ({asked} LLM rows)")
    for count, runs in results.items():
        print(f"median of {args.runs} runs, {count} context(s): first token p50 {statistics.median(r[0] for r in runs):.2f} s, "
              f"whole answer p50 {statistics.median(r[1] for r in runs):.2f} s")


if __name__ == "__main__":
    main()
