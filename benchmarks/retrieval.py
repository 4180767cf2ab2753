"""Retrieval benchmark on public SQuAD-format data, side by side with a stock LangChain pipeline.

Settings (paragraphs are the documents; a hit is the question's own paragraph):
  xquad-both   all XQuAD paragraphs of both languages, Arabic and English questions;
               a hit is the question's paragraph in either language
  xquad-ar>en  Arabic questions over English paragraphs only
  xquad-en>ar  English questions over Arabic paragraphs only
  arcd         ARCD (Arabic) questions over ARCD paragraphs

Methods: dense-only, BM25-only, dense + BM25 fused ("fused-plain") and the bot's default
("fused": plus BM25 over question words translated through the corpus lexicon) from this bot
(same index, fusion switched), and the stock LangChain pipeline a newcomer would write (FAISS.from_documents + HuggingFaceEmbeddings,
all-MiniLM-L6-v2). Every method runs in its own process so its peak memory is its own; latency
is measured per query with the model loaded once (the code path of `bot search --jsonl`),
reported as the median (p50) and p95 over all queries; build throughput is the median of
--repeats builds.

    python benchmarks/retrieval.py --data ../shared/data --out docs/retrieval-benchmark.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.corpus import Article, load_squad  # noqa: E402


@dataclass
class Query:
    qid: str
    question: str
    language: str


def _questions(path: Path, language: str) -> list[Query]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Query(qa["id"], qa["question"], language)
        for entry in data["data"]
        for paragraph in entry["paragraphs"]
        for qa in paragraph["qas"]
    ]


def load_setting(data_dir: Path, setting: str) -> tuple[list[Article], list[Query]]:
    """Documents and questions of one benchmark setting."""
    xquad_ar = data_dir / "xquad-dev" / "xquad-dev.ar.json"
    xquad_en = data_dir / "xquad-dev" / "xquad-dev.en.json"
    if setting == "xquad-both":
        return load_squad(xquad_ar) + load_squad(xquad_en), _questions(xquad_ar, "ar") + _questions(xquad_en, "en")
    if setting == "xquad-ar>en":
        return load_squad(xquad_en), _questions(xquad_ar, "ar")
    if setting == "xquad-en>ar":
        return load_squad(xquad_ar), _questions(xquad_en, "en")
    if setting == "arcd":
        arcd = data_dir / "arcd" / "arcd-train.json"
        return load_squad(arcd), _questions(arcd, "ar")
    raise SystemExit(f"unknown setting {setting}")


def _ranks(ranked_ids: list[list[str]], queries: list[Query], gold: dict[str, set[str]]) -> list[int | None]:
    ranks = []
    for ids, query in zip(ranked_ids, queries):
        rank = next((i + 1 for i, doc in enumerate(ids) if doc in gold[query.qid]), None)
        ranks.append(rank)
    return ranks


def _metrics(ranks: list[int | None]) -> dict[str, float]:
    n = len(ranks)
    return {
        "recall@1": sum(1 for r in ranks if r == 1) / n,
        "recall@5": sum(1 for r in ranks if r and r <= 5) / n,
        "mrr@10": sum(1 / r for r in ranks if r and r <= 10) / n,
    }


def run_method(data_dir: Path, setting: str, method: str, repeats: int, options: dict) -> dict:
    """Build the index `repeats` times, answer every query once; return metrics and timings."""
    articles, queries = load_setting(data_dir, setting)
    gold: dict[str, set[str]] = {}
    for article in articles:
        for qid in article.metadata["squad_qids"]:
            gold.setdefault(qid, set()).add(article.id)
    queries = [q for q in queries if q.qid in gold]
    if options.get("sample"):
        queries = queries[: options["sample"]]
    build_times, ranked, latencies = [], [], []
    if method == "langchain":
        from langchain_community.vectorstores import FAISS
        from langchain_core.documents import Document
        from langchain_huggingface import HuggingFaceEmbeddings

        from bot.embeddings import resolve_sentence_transformer

        embeddings = HuggingFaceEmbeddings(model_name=resolve_sentence_transformer("all-MiniLM-L6-v2"))
        documents = [Document(page_content=a.text, metadata={"id": a.id}) for a in articles]
        for _ in range(repeats):
            started = time.perf_counter()
            store = FAISS.from_documents(documents, embeddings)
            build_times.append(time.perf_counter() - started)
        for query in queries:
            started = time.perf_counter()
            found = store.similarity_search(query.question, k=10)
            latencies.append(time.perf_counter() - started)
            ranked.append([d.metadata["id"] for d in found])
    else:
        from bot.embeddings import make_embedder
        from bot.index import HybridIndex, IndexConfig

        embedder = make_embedder(options["embedder"], options["threads"])
        weight = {"dense": 1.0, "bm25": 0.0}.get(method, options["dense_weight"])
        translation = options["translation_weight"] if method == "fused" else 0.0  # dense and BM25 alone
        config = IndexConfig(
            chunk_sentences=options["chunk_sentences"], chunk_overlap=options["chunk_overlap"], ann=options["ann"],
            fusion=options["fusion"], dense_weight=weight, translation_weight=translation,
        )
        for _ in range(repeats):
            index = HybridIndex(embedder, config)
            started = time.perf_counter()
            index.add(articles)
            build_times.append(time.perf_counter() - started)
        for query in queries:
            started = time.perf_counter()
            hits = index.search(query.question, 10)
            latencies.append(time.perf_counter() - started)
            ranked.append([hit.article_id for hit in hits])
    ranks = _ranks(ranked, queries, gold)
    result = {"setting": setting, "method": method, "paragraphs": len(articles), "queries": len(queries)}
    for language in sorted({q.language for q in queries}):
        subset = [r for r, q in zip(ranks, queries) if q.language == language]
        result[f"metrics_{language}"] = _metrics(subset)
    latencies_ms = np.array(latencies) * 1000
    result.update(
        p50_ms=float(np.percentile(latencies_ms, 50)),
        p95_ms=float(np.percentile(latencies_ms, 95)),
        build_paragraphs_per_s=len(articles) / statistics.median(build_times),
        peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    )
    return result


def _markdown(results: list[dict], options: dict) -> str:
    lines = [
        "# Retrieval benchmark",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"embedder threads {options['threads']}; bot config: embedder={options['embedder']}, "
        f"chunks of {options['chunk_sentences']} sentences (overlap {options['chunk_overlap']}), "
        f"fusion={options['fusion']}, dense_weight={options['dense_weight']}, "
        f"translation_weight={options['translation_weight']}, ann={options['ann']}. "
        f"Build throughput is the median of {options['repeats']} builds; latency is per query, model loaded once.",
        "",
        "| setting | method | lang | queries | R@1 | R@5 | MRR@10 | p50 ms | p95 ms | build para/s | peak RSS MB |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for result in results:
        for key in sorted(k for k in result if k.startswith("metrics_")):
            m = result[key]
            lines.append(
                f"| {result['setting']} | {result['method']} | {key[8:]} | {result['queries']} | {m['recall@1']:.3f} | "
                f"{m['recall@5']:.3f} | {m['mrr@10']:.3f} | {result['p50_ms']:.1f} | {result['p95_ms']:.1f} | "
                f"{result['build_paragraphs_per_s']:.0f} | {result['peak_rss_mb']:.0f} |"
            )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--settings", nargs="+", default=["xquad-both", "xquad-ar>en", "xquad-en>ar", "arcd"])
    parser.add_argument("--methods", nargs="+", default=["dense", "bm25", "fused-plain", "fused", "langchain"])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--sample", type=int, default=0, help="only the first N questions (0 = all)")
    parser.add_argument("--embedder", default="use")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--chunk-sentences", type=int, default=6)
    parser.add_argument("--chunk-overlap", type=int, default=1)
    parser.add_argument("--fusion", default="weighted")
    parser.add_argument("--dense-weight", type=float, default=0.5)
    parser.add_argument("--translation-weight", type=float, default=0.15)
    parser.add_argument("--ann", default="flat")
    parser.add_argument("--out", type=Path, help="write the Markdown table here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    options = {
        "embedder": args.embedder, "threads": args.threads, "chunk_sentences": args.chunk_sentences,
        "chunk_overlap": args.chunk_overlap, "fusion": args.fusion, "dense_weight": args.dense_weight,
        "translation_weight": args.translation_weight,
        "ann": args.ann, "repeats": args.repeats, "sample": args.sample,
    }
    if args.child:
        setting, method = args.child.split("|")
        print(json.dumps(run_method(args.data, setting, method, args.repeats, options)))
        return
    results = []
    for setting in args.settings:
        for method in args.methods:
            command = [sys.executable, __file__, "--child", f"{setting}|{method}", *sys.argv[1:]]
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            results.append(json.loads(output.strip().splitlines()[-1]))
            print(_markdown(results[-1:], options).splitlines()[-1], flush=True)
    table = _markdown(results, options)
    if args.out:
        args.out.write_text(table, encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
