"""`bot eval`: measure grounding, retrieval, refusals, language and latency; gate CI on it.

Everything that can be deterministic is (design §4): figures are compared as expanded values
with their magnitude, citations by article id, refusals as their own precision/recall, language
by script. No LLM judge is involved.

Commands (registered on the `bot` parser by :func:`add_eval_parser`)::

    bot eval grounded [--dataset FILE] [--generator G] [--sample N] [--no-baseline] [--out DIR]
    bot eval squad PATH... [--sample N] [--k K] [--generator G] [--retrieval-only] [--out DIR]
    bot eval compare OLD.json NEW.json [--tolerance T]
    bot eval ci [--data DIR] [--thresholds FILE] [--out DIR]

Each run writes ``report.json`` (metrics and one record per question) and ``report.md``
(tables, and PNG charts next to it). The metric definitions are in ``eval/README.md``; the
pure functions below are what the tests pin down.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import random
import re
import sys
import time
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from bot.cli import UsageError, positive_int
from bot.grounding import cited_passages, extract_dates, extract_quantities, unsupported_entities, unsupported_quantities
from bot.number_words import with_numbers_in_digits
from bot.settings import PROJECT_ROOT, Settings
from bot.text import detect_language, normalize_for_match, strip_arabic_prefix

DEFAULT_DATASET = PROJECT_ROOT / "eval" / "datasets" / "grounded.jsonl"
DEFAULT_THRESHOLDS = PROJECT_ROOT / "eval" / "thresholds.toml"
DEFAULT_DATA = PROJECT_ROOT.parent / "shared" / "data"
RETRIEVAL_KS = (1, 3, 5)
MRR_DEPTH = 10
F1_CORRECT = 0.5
NUMBER_REL_TOL = 1e-6
DEFAULT_TOLERANCE = 0.02

# =============================================================================================
# Answer normalisation, EM / F1 / contains
# =============================================================================================

_CITATION_MARK = re.compile(r"\[\s*[\d٠-٩]+(?:\s*[-–,،]\s*[\d٠-٩]+)*\s*\]")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_EN_ARTICLES = frozenset({"a", "an", "the"})


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char).startswith("P")


def normalize_answer(text: str) -> str:
    """Match key for EM/F1: ``normalize_for_match``, punctuation and articles removed.

    Arabic-Indic digits become ASCII (``٫`` a decimal point, ``٪`` a percent sign), thousands
    separators go ("100,000" = "100000"), a decimal point between digits stays ("1.5" ≠ "15"),
    other punctuation becomes a space, "a/an/the" are dropped and an Arabic word loses its article
    or clitic prefix ("الشراكة" = "شراكة", "لتدريب" = "تدريب"): a quote that reads "… لتدريب نماذج
    …" contains the answer "تدريب نماذج".
    """
    text = normalize_for_match(_CITATION_MARK.sub(" ", text)).replace("٪", "%")
    text = _THOUSANDS.sub("", text)
    chars = []
    for index, char in enumerate(text):
        if char == "." and 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit():
            chars.append(char)
        elif _is_punctuation(char):
            chars.append(" ")
        elif unicodedata.category(char) == "Sc":  # "$30" → "$ 30", so "30 billion" is found in "$30 billion"
            chars.append(f" {char} ")
        else:
            chars.append(char)
    tokens = []
    for token in "".join(chars).split():
        if token in _EN_ARTICLES:
            continue
        tokens.append(strip_arabic_prefix(token))
    return " ".join(tokens)


def exact_match(prediction: str, gold: str) -> float:
    return float(normalize_answer(prediction) == normalize_answer(gold))


def token_f1(prediction: str, gold: str) -> float:
    """SQuAD token F1 on the normalised strings."""
    predicted, expected = normalize_answer(prediction).split(), normalize_answer(gold).split()
    if not predicted or not expected:
        return float(predicted == expected)
    common = sum((Counter(predicted) & Counter(expected)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(predicted), common / len(expected)
    return 2 * precision * recall / (precision + recall)


def contains_match(prediction: str, gold: str) -> bool:
    """The normalised gold answer occurs in the normalised prediction as whole tokens."""
    expected = normalize_answer(gold)
    return bool(expected) and f" {expected} " in f" {normalize_answer(prediction)} "


@dataclass(frozen=True)
class AnswerScores:
    em: float
    f1: float
    contains: bool


def best_answer_scores(prediction: str, golds: Sequence[str]) -> AnswerScores:
    """The best EM, F1 and contains over the acceptable answers (each maximised on its own)."""
    if not golds:
        return AnswerScores(0.0, 0.0, False)
    return AnswerScores(
        em=max(exact_match(prediction, gold) for gold in golds),
        f1=max(token_f1(prediction, gold) for gold in golds),
        contains=any(contains_match(prediction, gold) for gold in golds),
    )


# =============================================================================================
# Figures: expected numbers with magnitude and unit, dates
# =============================================================================================

# Number words before a scale word, and bare Arabic scale words ("أكثر من مليون"): extract_quantities
# reads digits only, but "more than one million GPUs" is how the sources write that figure.
_WORD_SCALE_EN = re.compile(r"(?<![A-Za-z0-9])(?:one|a|an)\s+(thousand|million|billion|trillion)(?![A-Za-z])", re.IGNORECASE)
_WORD_SCALE_AR = re.compile(r"(?<![0-9]\s)(?<![0-9\u0621-\u064a])(?:[وب])?(الف|مليون|مليار|تريليون)(?![\u0621-\u064a])")
# A small count written as a word: "two months after", «أربع جهات», «خلال أربع سنوات».
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4,
                "اربعه": 4, "خمس": 5, "خمسه": 5, "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
                "عشر": 10, "عشره": 10,
                # The Arabic dual counts two: «قبل نحو شهرين» is "about two months before".
                **dict.fromkeys(("شهرين", "شهران", "عامين", "عامان", "سنتين", "سنتان", "يومين", "يومان", "اسبوعين", "اسبوعان"), 2)}
_COUNT_WORD = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(_COUNT_WORDS)})(?![^\W\d_])(?!\s+(?:hundred|thousand|million|billion|trillion|مئه|الف|مليون|مليار))")
_SCALE_VALUE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                "الف": 1e3, "مليون": 1e6, "مليار": 1e9, "تريليون": 1e12}
_QUANTITY_UNITS = {"USD": "USD", "TWh": "TWh", "percent": "percent"}


def answer_quantities(text: str) -> list[tuple[float, str | None]]:
    """(value, unit) of every figure: :func:`extract_quantities` plus "one million" / bare "مليون"."""
    values = [(q.value, q.unit) for q in extract_quantities(with_numbers_in_digits(text))]  # "two billion" is not one
    for match in _WORD_SCALE_EN.finditer(text):
        values.append((_SCALE_VALUE[match[1].casefold()], None))
    for match in _WORD_SCALE_AR.finditer(normalize_for_match(text)):
        values.append((_SCALE_VALUE[match[1]], None))
    values += [(float(_COUNT_WORDS[match.group()]), "count") for match in _COUNT_WORD.finditer(normalize_for_match(text))]
    return values


def number_matches(answer: str, value: float, unit: str) -> bool:
    """Whether the answer states this expected figure, with its magnitude and a compatible unit.

    ``USD``, ``TWh`` and ``percent`` must match the figure's unit or a plain number ("30 مليار");
    any other unit (``GPU``, ``count``, ``year``) takes a plain number, and a count (no unit, or
    ``count``) a number word too ("two months", «أربع جهات»). ``date`` values are
    ``YYYYMMDD`` and match a written date with the same day and month, and the same year when
    the answer gives one.
    """
    if unit == "date":
        year, month, day = int(value) // 10000, int(value) // 100 % 100, int(value) % 100
        return any(d.month == month and d.day == day and (d.year is None or d.year == year) for d in extract_dates(answer))
    wanted = _QUANTITY_UNITS.get(unit)
    for found_value, found_unit in answer_quantities(answer):
        if not math.isclose(found_value, value, rel_tol=NUMBER_REL_TOL):
            continue
        if found_unit is None or found_unit == wanted or found_unit == "count" and unit in ("", "count"):
            return True
    return False


def numbers_match(answer: str, numbers: Sequence[dict[str, Any]]) -> bool | None:
    """All expected figures present (None when the row expects none)."""
    if not numbers:
        return None
    return all(number_matches(answer, float(n["value"]), str(n.get("unit", ""))) for n in numbers)


# =============================================================================================
# Retrieval, refusal, citation and latency metrics
# =============================================================================================


def recall_at_k(ranked: Sequence[str], gold: Iterable[str], k: int) -> float:
    """1.0 when any gold id is among the first k (every gold id is an acceptable source)."""
    gold_set = set(gold)
    return float(any(item in gold_set for item in ranked[:k]))


def reciprocal_rank(ranked: Sequence[str], gold: Iterable[str], depth: int = MRR_DEPTH) -> float:
    """1 / rank of the first gold id within the first ``depth`` results, else 0."""
    gold_set = set(gold)
    for rank, item in enumerate(ranked[:depth], start=1):
        if item in gold_set:
            return 1.0 / rank
    return 0.0


def retrieval_scores(ranked: Sequence[str], gold: Iterable[str], ks: Iterable[int] = RETRIEVAL_KS) -> dict[str, float]:
    gold = list(gold)
    scores = {f"recall@{k}": recall_at_k(ranked, gold, k) for k in ks}
    scores[f"mrr@{MRR_DEPTH}"] = reciprocal_rank(ranked, gold)
    return scores


def refusal_metrics(refused: Sequence[bool], answerable: Sequence[bool]) -> dict[str, Any]:
    """Refusal as a classifier whose positive class is "the row is not answerable"."""
    pairs = list(zip(refused, answerable, strict=True))
    true_pos = sum(1 for r, a in pairs if r and not a)
    false_pos = sum(1 for r, a in pairs if r and a)
    false_neg = sum(1 for r, a in pairs if not r and not a)
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else None
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else None
    f1 = (2 * precision * recall / (precision + recall) if precision and recall else
          (0.0 if precision is not None and recall is not None else None))
    return {
        "refusal_precision": precision,
        "refusal_recall": recall,
        "refusal_f1": f1,
        "correct_refusals": true_pos,
        "false_refusals": false_pos,
        "missed_refusals": false_neg,
        "refusal_accuracy": _mean([r == (not a) for r, a in pairs]),
    }


def citation_precision(cited_doc_ids: Sequence[str], sources: Iterable[str]) -> float | None:
    """Share of the cited passages whose article is a gold source (None when nothing is cited)."""
    if not cited_doc_ids:
        return None
    gold = set(sources)
    return sum(doc in gold for doc in cited_doc_ids) / len(cited_doc_ids)


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (numpy's default), None for no values."""
    data = sorted(values)
    if not data:
        return None
    position = (len(data) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(data) - 1)
    return data[low] + (data[high] - data[low]) * (position - low)


def _mean(values: Iterable[Any]) -> float | None:
    items = [float(v) for v in values if v is not None]
    return sum(items) / len(items) if items else None


# =============================================================================================
# Scoring one answer
# =============================================================================================


@dataclass
class Reply:
    """What any system under test answered, in the shape the scorer needs."""

    text: str
    refused: bool
    path: str
    citations: list[dict[str, Any]]  # number, doc_id, quote
    timings: dict[str, float]
    retrieved: list[str]  # article ids, best first (a separate retrieval run)
    markers: bool = True  # whether the text cites passages as [n]
    premise_rejected: bool = False  # it said the event the question takes for granted is not in the sources
    error: str | None = None


def strip_for_scoring(text: str, intros: Iterable[str] = ()) -> str:
    """The answer without citation markers and without a fixed extractive intro."""
    text = text.strip()
    for intro in intros:
        if intro and text.startswith(intro):
            text = text[len(intro):]
    return _CITATION_MARK.sub(" ", text).strip()


def evidence_for(reply: Reply) -> tuple[list[str], list[str]]:
    """(quotes, doc ids) the answer rests on: the passages it cites, else every given passage."""
    by_number = {int(c["number"]): c for c in reply.citations}
    cited = [by_number[n] for n in cited_passages(reply.text) if n in by_number] if reply.markers else []
    chosen = cited or list(reply.citations)
    return [c["quote"] for c in chosen], [c["doc_id"] for c in chosen]


def score_reply(row: dict[str, Any], reply: Reply, intros: Iterable[str] = ()) -> dict[str, Any]:
    """One per-row record: correctness, figures, faithfulness, citations, refusal, language, retrieval."""
    answerable = bool(row["answerable"])
    text = strip_for_scoring(reply.text, intros)
    scores = best_answer_scores(text, row.get("answers") or [])
    numbers_ok = numbers_match(text, row.get("numbers") or []) if answerable else None
    if answerable and not reply.refused:
        correct = numbers_ok if numbers_ok is not None else (scores.contains or scores.f1 >= F1_CORRECT)
    else:
        correct = False if answerable else None
    faithful = unsupported_nums = unsupported_names = None
    cited_docs: list[str] = []
    if not reply.refused:
        quotes, cited_docs = evidence_for(reply)
        context = " ".join([row["question"], *(str(turn[0]) for turn in row.get("history") or [])])
        unsupported_nums = list(dict.fromkeys(q.text.strip() for q in unsupported_quantities(reply.text, quotes)))
        unsupported_names = unsupported_entities(reply.text, quotes, context)
        faithful = not unsupported_nums and not unsupported_names
    sources = row.get("sources") or []
    answer_language = detect_language(reply.text)
    record: dict[str, Any] = {
        "id": row["id"],
        "language": row["language"],
        "category": row.get("category", ""),
        "answerable": answerable,
        "question": row["question"],
        "answer": reply.text,
        "path": reply.path,
        # An unanswerable false premise ("Why did Amazon leave?") is declined by refusing or by
        # saying the sources tell of no such event; an answerable one is scored on its correction.
        "refused": reply.refused or (not answerable and reply.premise_rejected),
        "premise_rejected": reply.premise_rejected,
        "correct": correct,
        "em": scores.em if answerable else None,
        "f1": round(scores.f1, 4) if answerable else None,
        "contains": scores.contains if answerable else None,
        "numbers_ok": numbers_ok,
        "faithful": faithful,
        "unsupported_numbers": unsupported_nums,
        "unsupported_entities": unsupported_names,
        "language_ok": answer_language == row["language"],
        "answer_language": answer_language,
        "cited_docs": cited_docs,
        "citation_precision": citation_precision(cited_docs, sources) if answerable and not reply.refused else None,
        "citation_hit": bool(set(cited_docs) & set(sources)) if answerable and not reply.refused else None,
        "retrieved": reply.retrieved[:5],
        "latency": reply.timings.get("total"),
        "timings": reply.timings,
    }
    if answerable and sources:
        record.update(retrieval_scores(reply.retrieved, sources))
    if reply.error:
        record["error"] = reply.error
    return record


# =============================================================================================
# Aggregation
# =============================================================================================


def latency_summary(records: Sequence[dict[str, Any]]) -> dict[str, dict[str, float | int | None]]:
    """p50/p95 (ms) per pipeline stage found in the records' timings, "total" included."""
    stages: dict[str, list[float]] = {}
    for record in records:
        for stage, value in (record.get("timings") or {}).items():
            stages.setdefault(stage, []).append(float(value))
    return {stage: {"n": len(values), "p50": _round(percentile(values, 50)), "p95": _round(percentile(values, 95))}
            for stage, values in stages.items()}


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def aggregate(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Metrics over a set of per-row records (see eval/README.md for each definition)."""
    answerable = [r for r in records if r["answerable"]]
    answered = [r for r in records if not r["refused"]]
    answered_answerable = [r for r in answerable if not r["refused"]]
    cited = [doc for r in answered_answerable for doc in r["cited_docs"]]
    gold_cited = sum(r["citation_precision"] * len(r["cited_docs"]) for r in answered_answerable if r["citation_precision"] is not None)
    with_sources = [r for r in answerable if f"mrr@{MRR_DEPTH}" in r]
    metrics: dict[str, Any] = {
        "n": len(records),
        "n_answerable": len(answerable),
        "correctness": _mean(r["correct"] for r in answerable),
        "accuracy": _mean((r["correct"] if r["answerable"] else r["refused"]) for r in records),
        "em": _mean(r["em"] for r in answerable),
        "f1": _mean(r["f1"] for r in answerable),
        "contains": _mean(r["contains"] for r in answerable),
        "number_match": _mean(r["numbers_ok"] for r in answerable if r["numbers_ok"] is not None),
        "faithfulness": _mean(r["faithful"] for r in answered),
        "unsupported_number_answers": sum(1 for r in answered if r["unsupported_numbers"]),
        "unsupported_entity_answers": sum(1 for r in answered if r["unsupported_entities"]),
        "citation_precision": gold_cited / len(cited) if cited else None,
        "citation_hit": _mean(r["citation_hit"] for r in answered_answerable),
        **refusal_metrics([r["refused"] for r in records], [r["answerable"] for r in records]),
        "language_match": _mean(r["language_ok"] for r in records),
    }
    for key in [*(f"recall@{k}" for k in RETRIEVAL_KS), f"mrr@{MRR_DEPTH}"]:
        metrics[key] = _mean(r[key] for r in with_sources if key in r)
    # How long the answers are: quoting more sentences scores better on "contains" and reads worse.
    metrics["answer_chars_p50"] = _round(percentile([float(len(r["answer"])) for r in answered_answerable if "answer" in r], 50), 1)
    totals = [float(r["latency"]) for r in records if r.get("latency") is not None]
    metrics["latency_p50_ms"] = _round(percentile(totals, 50), 1)
    metrics["latency_p95_ms"] = _round(percentile(totals, 95), 1)
    metrics["errors"] = sum(1 for r in records if r.get("error"))
    return {key: (_round(value) if isinstance(value, float) else value) for key, value in metrics.items()}


def grouped(records: Sequence[dict[str, Any]], key: str, summarise: Callable[[Sequence[dict[str, Any]]], dict[str, Any]]) -> dict[str, Any]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        groups.setdefault(str(record.get(key, "")), []).append(record)
    return {name: summarise(rows) for name, rows in sorted(groups.items())}


def summarise_grounded(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    return {
        "overall": aggregate(records),
        "by_language": grouped(records, "language", aggregate),
        "by_category": grouped(records, "category", aggregate),
        "latency_ms": latency_summary(records),
    }


# =============================================================================================
# Comparing two reports
# =============================================================================================

#: Metrics that `compare` and the CI gate treat as gated: +1 higher is better, -1 lower is better.
GATED = {
    "correctness": 1, "accuracy": 1, "faithfulness": 1, "number_match": 1, "citation_precision": 1,
    "refusal_precision": 1, "refusal_recall": 1, "language_match": 1, "em": 1, "f1": 1,
    **{f"recall@{k}": 1 for k in (1, 3, 5, 10, 20)}, f"mrr@{MRR_DEPTH}": 1,
    "unsupported_number_answers": -1, "false_refusals": -1,
}
_COUNTS = {"unsupported_number_answers", "false_refusals"}


@dataclass
class Delta:
    metric: str
    old: float | None
    new: float | None
    gated: bool
    regression: bool

    @property
    def change(self) -> float | None:
        return None if self.old is None or self.new is None else self.new - self.old


def _overall(report: dict[str, Any]) -> dict[str, Any]:
    metrics = report.get("metrics", report)
    return metrics.get("overall", metrics)


def compare_reports(old: dict[str, Any], new: dict[str, Any], tolerance: float = DEFAULT_TOLERANCE) -> list[Delta]:
    """Deltas of every numeric overall metric; a gated one regresses when it worsens beyond
    ``tolerance`` (absolute, for rates) or at all (for counts), or becomes undefined."""
    before, after = _overall(old), _overall(new)
    deltas = []
    for metric in dict.fromkeys([*before, *after]):
        a, b = before.get(metric), after.get(metric)
        if isinstance(a, bool) or isinstance(b, bool) or not all(v is None or isinstance(v, (int, float)) for v in (a, b)):
            continue
        direction = GATED.get(metric)
        regression = False
        if direction is not None and a is not None:
            if b is None:
                regression = True
            else:
                allowed = 0 if metric in _COUNTS else tolerance
                regression = (b - a) * direction < -allowed - 1e-12
        deltas.append(Delta(metric, a, b, direction is not None, regression))
    return deltas


def format_deltas(deltas: Sequence[Delta]) -> str:
    lines = [f"{'metric':<28}{'old':>12}{'new':>12}{'delta':>12}  status"]
    for d in deltas:
        change = "" if d.change is None else f"{d.change:+.4f}"
        status = "REGRESSION" if d.regression else ("ok" if d.gated else "")
        lines.append(f"{d.metric:<28}{_fmt(d.old):>12}{_fmt(d.new):>12}{change:>12}  {status}")
    return "\n".join(lines)


def _fmt(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) <= 1 else f"{value:.1f}"
    return str(value)


# =============================================================================================
# Thresholds (CI gate)
# =============================================================================================


def check_thresholds(metrics: dict[str, Any], minimums: dict[str, float], maximums: dict[str, float]) -> list[str]:
    """Failure messages: a metric below its minimum, above its maximum, or missing."""
    failures = []
    for name, floor in minimums.items():
        value = metrics.get(name)
        if value is None:
            failures.append(f"{name} was not measured (undefined), but the threshold needs >= {floor}")
        elif value < floor:
            failures.append(f"{name} = {_fmt(value)} is below the threshold {floor}")
    for name, ceiling in maximums.items():
        value = metrics.get(name)
        if value is None:
            failures.append(f"{name} was not measured (undefined), but the threshold needs <= {ceiling}")
        elif value > ceiling:
            failures.append(f"{name} = {_fmt(value)} is above the maximum {ceiling}")
    return failures


# =============================================================================================
# Loading the grounded set
# =============================================================================================

_REQUIRED = {"id": str, "language": str, "question": str, "answerable": bool}


def load_grounded(path: Path) -> list[dict[str, Any]]:
    """Rows of a grounded JSONL set, checked; a bad row is a usage error naming its line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise _usage(f"{path}: cannot read ({error.strerror})") from None
    except UnicodeDecodeError:
        raise _usage(f"{path}: not UTF-8 text") from None
    rows, seen = [], set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise _usage(f"{path}:{number}: not JSON ({error.msg})") from None
        for key, kind in _REQUIRED.items():
            if not isinstance(row.get(key), kind):
                raise _usage(f"{path}:{number}: '{key}' must be a {kind.__name__}")
        if row["language"] not in ("ar", "en"):
            raise _usage(f"{path}:{number}: language must be 'ar' or 'en'")
        if row["id"] in seen:
            raise _usage(f"{path}:{number}: duplicate id {row['id']!r}")
        seen.add(row["id"])
        for key in ("history", "answers", "numbers", "sources", "extra_documents"):
            if not isinstance(row.setdefault(key, []), list):
                raise _usage(f"{path}:{number}: '{key}' must be a list")
        rows.append(row)
    if not rows:
        raise _usage(f"{path}: no rows")
    return rows


def sample_rows(rows: list[Any], sample: int | None, seed: int) -> list[Any]:
    """A seeded sample, kept in the original order; all rows when sample is None or too large."""
    if sample is None or sample >= len(rows):
        return list(rows)
    chosen = set(random.Random(seed).sample(range(len(rows)), sample))
    return [row for index, row in enumerate(rows) if index in chosen]


def _usage(message: str) -> Exception:
    """A user error, reported by the CLI in one line with exit status 2."""
    return UsageError(message)


# =============================================================================================
# Running the bot and the LangChain baseline
# =============================================================================================


def _clone_with(index: Any, articles: list[Any]) -> Any:
    """An in-memory copy of an index with extra articles; the original (and the disk) untouched."""
    from bot.index import Lexicon

    clone = copy.copy(index)
    clone.articles = dict(index.articles)
    clone.chunks = list(index.chunks)
    # Its own lexicon: adding articles rewrites the lexicon in place, and a shared one left the
    # extra articles' words in the original's, so later rows were translated differently.
    clone.lexicon = Lexicon(index.embedder, index.lexicon.entries, index.lexicon.vectors)
    clone.add(articles)
    return clone


def _extra_articles(row: dict[str, Any], dataset: Path) -> list[Any]:
    from bot.corpus import load_paths

    return load_paths([dataset.parent / name for name in row["extra_documents"]])


def _retrieved_ids(index: Any, query: str, depth: int = MRR_DEPTH) -> list[str]:
    return [hit.article_id for hit in index.search(query, depth, unique_articles=True)]


def _bot_reply(pipeline: Any, row: dict[str, Any]) -> Reply:
    from bot.pipeline import QuestionError, condense

    history = [list(map(str, turn)) for turn in row["history"]]
    retrieved = _retrieved_ids(pipeline.index, condense(row["question"], history)[0])
    try:
        answer = pipeline.ask(row["question"], history)
    except QuestionError as error:
        return Reply("", False, "error", [], {}, retrieved, error=str(error))
    citations = [{"number": c.number, "doc_id": c.doc_id, "quote": c.quote} for c in answer.citations]
    return Reply(answer.text, answer.refused, answer.path, citations, dict(answer.timings), retrieved,
                 premise_rejected=answer.premise_rejected)


BASELINE_PROMPT = (
    "Use the following pieces of context to answer the question at the end. If you don't know the answer, "
    "just say that you don't know, don't try to make up an answer.\n\n{context}\n\nQuestion: {question}\nHelpful Answer:"
)
_BASELINE_REFUSAL = re.compile(r"don[’']?t know|do not know|لا أعرف|لا اعرف", re.IGNORECASE)


class LangChainBaseline:
    """The stock LangChain RAG a newcomer writes: 500-character chunks, MiniLM + FAISS, k=4, the
    classic "stuff" prompt, and the bot's own generator (or the top chunk when there is none)."""

    k = 4

    def __init__(self, articles: Sequence[Any], generator: Any, settings: Settings) -> None:
        import os

        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from langchain_community.vectorstores import FAISS
        from langchain_core.prompts import PromptTemplate
        from langchain_huggingface import HuggingFaceEmbeddings
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        from bot.embeddings import resolve_sentence_transformer

        self._faiss = FAISS
        self.generator = generator
        self.settings = settings
        self.prompt = PromptTemplate.from_template(BASELINE_PROMPT)
        self.splitter = RecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=50)
        self.embeddings = HuggingFaceEmbeddings(
            model_name=resolve_sentence_transformer("all-MiniLM-L6-v2"), model_kwargs={"device": "cpu"}
        )
        self.articles = list(articles)
        self.store = FAISS.from_documents(self._documents(self.articles), self.embeddings)
        self._extra_stores: dict[tuple[str, ...], Any] = {}

    def _documents(self, articles: Sequence[Any]) -> list[Any]:
        from langchain_core.documents import Document

        documents = [Document(page_content=a.text, metadata={"doc_id": a.id, "title": a.title}) for a in articles]
        return self.splitter.split_documents(documents)

    def store_with(self, extra: Sequence[Any]) -> Any:
        key = tuple(sorted(a.id for a in extra))
        if key not in self._extra_stores:
            ids = {a.id for a in extra}
            articles = [a for a in self.articles if a.id not in ids] + list(extra)
            self._extra_stores[key] = self._faiss.from_documents(self._documents(articles), self.embeddings)
        return self._extra_stores[key]

    def reply(self, row: dict[str, Any], store: Any | None = None) -> Reply:
        store = store or self.store
        started = time.perf_counter()
        documents = store.similarity_search(row["question"], k=20)
        retrieve_ms = (time.perf_counter() - started) * 1000
        context_docs = documents[: self.k]
        retrieved = list(dict.fromkeys(d.metadata["doc_id"] for d in documents))
        timings = {"retrieve": round(retrieve_ms, 2)}
        error = None
        if self.generator is None:
            text = context_docs[0].page_content if context_docs else ""
            path = "top-chunk"
        else:
            from bot.generation import GenerationError

            prompt = self.prompt.format(context="\n\n".join(d.page_content for d in context_docs), question=row["question"])
            clock = time.perf_counter()
            try:
                text = self.generator.generate([{"role": "user", "content": prompt}],
                                               max_tokens=self.settings.max_answer_tokens, temperature=0.0).strip()
            except GenerationError as problem:
                text, error = "", str(problem)
            timings["generate"] = round((time.perf_counter() - clock) * 1000, 2)
            path = "llm"
        timings["total"] = round((time.perf_counter() - started) * 1000, 2)
        citations = [{"number": n, "doc_id": d.metadata["doc_id"], "quote": d.page_content}
                     for n, d in enumerate(context_docs, start=1)]
        return Reply(text, bool(_BASELINE_REFUSAL.search(text)), path, citations, timings, retrieved,
                     markers=False, error=error)


def _progress(quiet: bool, message: str) -> None:
    if not quiet:
        print(message, file=sys.stderr, flush=True)


def run_grounded(
    settings: Settings,
    dataset: Path = DEFAULT_DATASET,
    *,
    sample: int | None = None,
    seed: int = 0,
    baseline: bool = True,
    quiet: bool = False,
    pipeline: Any = None,
) -> dict[str, Any]:
    """Run the bot (and the baseline) over a grounded set; returns the report as a dict."""
    from bot.pipeline import Pipeline

    rows = sample_rows(load_grounded(dataset), sample, seed)
    started = time.perf_counter()
    pipeline = pipeline or Pipeline.from_settings(settings)
    load_s = time.perf_counter() - started
    intros = [prompts.extractive_intro for prompts in pipeline.prompts.values()]
    variants: dict[tuple[str, ...], tuple[Any, list[Any]]] = {}
    base = LangChainBaseline(list(pipeline.index.articles.values()), pipeline.generator, settings) if baseline else None
    bot_records, baseline_records, extras = [], [], []
    # All bot rows, then all baseline rows: interleaving them would evict each side's cached
    # system prompt from the shared model at every row and overstate both sides' latency.
    for position, row in enumerate(rows, start=1):
        runner, extra = pipeline, []
        if row["extra_documents"]:
            key = tuple(row["extra_documents"])
            if key not in variants:
                extra = _extra_articles(row, dataset)
                variants[key] = (Pipeline(_clone_with(pipeline.index, extra), pipeline.generator, pipeline.settings), extra)
            runner, extra = variants[key]
        extras.append(extra)
        record = score_reply(row, _bot_reply(runner, row), intros)
        bot_records.append(record)
        status = "refused" if record["refused"] else ("correct" if record["correct"] else ("-" if record["correct"] is None else "wrong"))
        _progress(quiet, f"[{position}/{len(rows)}] {row['id']} {record['path']} {status}")
    if base is not None:
        for position, (row, extra) in enumerate(zip(rows, extras), start=1):
            baseline_records.append(score_reply(row, base.reply(row, base.store_with(extra) if extra else None)))
            outcome = "refused" if baseline_records[-1]["refused"] else baseline_records[-1]["correct"]
            _progress(quiet, f"[baseline {position}/{len(rows)}] {row['id']} {outcome}")
    report: dict[str, Any] = {
        "kind": "grounded",
        "config": _config(settings, pipeline, dataset=str(dataset), sample=sample, seed=seed, rows=len(rows),
                          load_seconds=round(load_s, 1), run_seconds=round(time.perf_counter() - started, 1)),
        "metrics": summarise_grounded(bot_records),
        "results": bot_records,
    }
    if base is not None:
        report["baseline"] = {
            "description": "LangChain RecursiveCharacterTextSplitter(500, 50) + HuggingFaceEmbeddings(all-MiniLM-L6-v2) "
                           "+ FAISS, k=4, stock 'Use the following pieces of context' prompt, same generator",
            "metrics": summarise_grounded(baseline_records),
            "results": baseline_records,
        }
        report["margin"] = _margin(report["metrics"]["overall"], report["baseline"]["metrics"]["overall"])
    return report


def _margin(bot: dict[str, Any], baseline: dict[str, Any]) -> dict[str, float]:
    return {key: round(bot[key] - baseline[key], 4) for key in bot
            if isinstance(bot[key], (int, float)) and isinstance(baseline.get(key), (int, float))
            and not isinstance(bot[key], bool)}


def _config(settings: Settings, pipeline: Any, **extra: Any) -> dict[str, Any]:
    generator = getattr(pipeline, "generator", None)
    if pipeline is None:
        name = None
    else:
        name = getattr(generator, "name", None) if generator is not None else "extractive"
    return {
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "generator": settings.generator if pipeline is not None else None,
        "generator_name": name,
        "embedder": settings.embedder,
        "top_k": settings.top_k,
        "refusal_threshold": settings.refusal_threshold,
        **extra,
    }


# --- SQuAD-format sets -----------------------------------------------------------------------


@dataclass
class SquadQuestion:
    qid: str
    file: str
    question: str
    answers: list[str]
    gold: list[str]  # article ids whose squad_qids hold this question id (its paragraph, in any file)


def _squad_files(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files.extend(sorted(path.rglob("*.json")))
        elif path.is_file():
            files.append(path)
        else:
            raise _usage(f"{path}: no such file or folder")
    if not files:
        raise _usage("no SQuAD-format .json files given")
    return files


def load_squad_questions(paths: Sequence[Path]) -> tuple[list[Any], list[SquadQuestion]]:
    """Paragraph articles (one per paragraph, via ``bot.corpus.load_squad``) and every question."""
    from bot.corpus import load_squad

    articles = []
    questions = []
    for file in _squad_files(paths):
        articles.extend(load_squad(file))
        data = json.loads(file.read_text(encoding="utf-8-sig"))
        for entry in data["data"]:
            for paragraph in entry.get("paragraphs", []):
                if not paragraph.get("context", "").strip():
                    continue
                for qa in paragraph.get("qas", []):
                    answers = [a["text"] for a in qa.get("answers", []) if a.get("text")]
                    questions.append(SquadQuestion(str(qa["id"]), file.name, qa["question"], answers, []))
    owners: dict[str, list[str]] = {}
    for article in articles:
        for qid in article.metadata.get("squad_qids", []):
            owners.setdefault(str(qid), []).append(article.id)
    for question in questions:
        question.gold = owners.get(question.qid, [])
    return articles, questions


def run_squad(
    settings: Settings,
    paths: Sequence[Path],
    *,
    sample: int | None = None,
    seed: int = 0,
    k: int = 5,
    retrieval_only: bool = False,
    quiet: bool = False,
    embedder: Any = None,
) -> dict[str, Any]:
    """Index every paragraph into a temporary in-memory index, then ask (a sample of) the questions."""
    from bot.embeddings import make_embedder
    from bot.generation import make_generator
    from bot.index import HybridIndex, IndexConfig
    from bot.pipeline import Pipeline, QuestionError

    started = time.perf_counter()
    articles, questions = load_squad_questions(paths)
    questions = sample_rows(questions, sample, seed)
    index = HybridIndex(embedder or make_embedder(settings.embedder, settings.embed_threads), IndexConfig.from_settings(settings))
    index.add(articles)
    index_s = time.perf_counter() - started
    _progress(quiet, f"indexed {len(articles)} paragraphs ({len(index.chunks)} chunks) in {index_s:.0f}s")
    pipeline = None if retrieval_only else Pipeline(index, make_generator(settings), settings)
    intros = [p.extractive_intro for p in pipeline.prompts.values()] if pipeline else []
    ks = sorted({1, 3, 5, 10, k})
    depth = max(ks + [MRR_DEPTH])
    records = []
    for position, question in enumerate(questions, start=1):
        clock = time.perf_counter()
        ranked = [hit.article_id for hit in index.search(question.question, depth, unique_articles=True)]
        search_ms = (time.perf_counter() - clock) * 1000
        language = detect_language(question.question)
        record: dict[str, Any] = {
            "id": question.qid, "file": question.file, "language": language, "question": question.question,
            "gold": question.gold, "retrieved": ranked[:5], **retrieval_scores(ranked, question.gold, ks),
            "timings": {"search": round(search_ms, 2)}, "latency": round(search_ms, 2),
        }
        if pipeline is not None:
            try:
                answer = pipeline.ask(question.question)
                text, refused, path, timings = answer.text, answer.refused, answer.path, dict(answer.timings)
            except QuestionError as error:
                text, refused, path, timings = "", False, "error", {}
                record["error"] = str(error)
            scores = best_answer_scores(strip_for_scoring(text, intros), question.answers)
            answer_language = detect_language(text)
            record.update(answer=text, path=path, refused=refused, em=scores.em, f1=round(scores.f1, 4),
                          contains=scores.contains, language_ok=answer_language == language,
                          timings=timings, latency=timings.get("total"))
        records.append(record)
        if pipeline is not None or position % 50 == 0 or position == len(questions):
            _progress(quiet, f"[{position}/{len(questions)}] {question.qid} recall@{k}={record[f'recall@{k}']:.0f}")

    def summarise(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
        summary: dict[str, Any] = {"n": len(rows)}
        for key in [*(f"recall@{x}" for x in ks), f"mrr@{MRR_DEPTH}"]:
            summary[key] = _round(_mean(r[key] for r in rows))
        if pipeline is not None:
            for key in ("em", "f1", "contains", "language_ok"):
                summary["language_match" if key == "language_ok" else key] = _round(_mean(r.get(key) for r in rows))
            summary["refusal_rate"] = _round(_mean(r.get("refused") for r in rows))
        totals = [float(r["latency"]) for r in rows if r.get("latency") is not None]
        summary["latency_p50_ms"] = _round(percentile(totals, 50), 1)
        summary["latency_p95_ms"] = _round(percentile(totals, 95), 1)
        return summary

    return {
        "kind": "squad",
        "config": _config(settings, pipeline, files=[str(p) for p in paths], paragraphs=len(articles),
                          questions=len(questions), sample=sample, seed=seed, k=k, retrieval_only=retrieval_only,
                          index_seconds=round(index_s, 1), run_seconds=round(time.perf_counter() - started, 1)),
        "metrics": {
            "overall": summarise(records),
            "by_file": grouped(records, "file", summarise),
            "by_language": grouped(records, "language", summarise),
            "latency_ms": latency_summary(records),
        },
        "results": records,
    }


# =============================================================================================
# Writing reports
# =============================================================================================

_TABLE_METRICS = (
    "n", "correctness", "accuracy", "f1", "contains", "number_match", "faithfulness", "unsupported_number_answers",
    "citation_precision", "answer_chars_p50", "refusal_precision", "refusal_recall", "false_refusals", "language_match",
    "recall@1", "recall@5", f"mrr@{MRR_DEPTH}", "latency_p50_ms", "latency_p95_ms",
)
_GROUP_METRICS = ("n", "correctness", "faithfulness", "refusal_precision", "refusal_recall", "false_refusals",
                  "language_match", "citation_precision", "recall@5", f"mrr@{MRR_DEPTH}", "latency_p50_ms", "latency_p95_ms")
_CHART_METRICS = (("correctness", "correctness"), ("faithfulness", "faithfulness"),
                  ("refusal_accuracy", "right refusal decision"), ("language_match", "language match"))


def _md_table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(_fmt(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _group_table(groups: dict[str, dict[str, Any]], overall: dict[str, Any], label: str) -> str:
    names = [*groups, "overall"]
    data = {**groups, "overall": overall}
    return _md_table([label, *_GROUP_METRICS], ([name, *(data[name].get(m) for m in _GROUP_METRICS)] for name in names))


def _cell(text: Any, limit: int = 160) -> str:
    text = " ".join(str(text or "").split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _bar_chart(path: Path, groups: dict[str, dict[str, Any]], title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(groups)
    width = 0.8 / len(_CHART_METRICS)
    figure, axes = plt.subplots(figsize=(max(6.0, 1.1 * len(names) + 2), 4))
    for position, (metric, label) in enumerate(_CHART_METRICS):
        values = [groups[name].get(metric) for name in names]
        xs = [i + (position - (len(_CHART_METRICS) - 1) / 2) * width for i in range(len(names))]
        axes.bar(xs, [v or 0.0 for v in values], width, label=label)
    axes.set_xticks(range(len(names)))
    axes.set_xticklabels(names, rotation=20, ha="right")
    axes.set_ylim(0, 1.05)
    axes.set_title(title)
    axes.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


def _comparison_chart(path: Path, bot: dict[str, dict[str, Any]], baseline: dict[str, dict[str, Any]], metric: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(bot)
    figure, axes = plt.subplots(figsize=(max(6.0, 1.0 * len(names) + 2), 4))
    axes.bar([i - 0.2 for i in range(len(names))], [bot[n].get(metric) or 0.0 for n in names], 0.4, label="bot")
    axes.bar([i + 0.2 for i in range(len(names))], [baseline.get(n, {}).get(metric) or 0.0 for n in names], 0.4, label="LangChain baseline")
    axes.set_xticks(range(len(names)))
    axes.set_xticklabels(names, rotation=20, ha="right")
    axes.set_ylim(0, 1.05)
    axes.set_title(f"{metric}: bot vs baseline")
    axes.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


def _latency_chart(path: Path, series: dict[str, list[float]], title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(6, 3.5))
    everything = [value for values in series.values() for value in values]
    if everything:
        low, high = min(everything), max(everything)
        bins = [low + (high - low) * i / 30 for i in range(31)] if high > low else 1
        for label, values in series.items():
            if values:
                axes.hist(values, bins=bins, alpha=0.6, label=label)
    axes.set_xlabel("total latency (ms)")
    axes.set_ylabel("questions")
    axes.set_title(title)
    if len(series) > 1:
        axes.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


def _latency_table(latency: dict[str, dict[str, Any]]) -> str:
    return _md_table(["stage", "n", "p50 ms", "p95 ms"], ([stage, v["n"], v["p50"], v["p95"]] for stage, v in latency.items()))


def write_grounded_report(report: dict[str, Any], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    metrics, config = report["metrics"], report["config"]
    overall = metrics["overall"]
    baseline = report.get("baseline")
    _bar_chart(out / "by_language.png", {**metrics["by_language"], "overall": overall}, "Bot by language")
    _bar_chart(out / "by_category.png", metrics["by_category"], "Bot by category")
    series = {"bot": [r["latency"] for r in report["results"] if r.get("latency") is not None]}
    if baseline:
        series["LangChain baseline"] = [r["latency"] for r in baseline["results"] if r.get("latency") is not None]
        _comparison_chart(out / "baseline_by_category.png", metrics["by_category"], baseline["metrics"]["by_category"], "correctness")
    _latency_chart(out / "latency.png", series, "Total latency per question")

    lines = [
        f"# Grounded evaluation: {Path(config['dataset']).name}",
        "",
        f"{config['rows']} questions · generator `{config['generator']}` ({config['generator_name']}) · embedder "
        f"`{config['embedder']}` · {config['created']} · run {config['run_seconds']} s",
        "",
        "## Summary",
        "",
    ]
    if baseline:
        base = baseline["metrics"]["overall"]
        lines += [_md_table(["metric", "bot", "LangChain baseline", "margin"],
                            ([m, overall.get(m), base.get(m), report["margin"].get(m)] for m in _TABLE_METRICS)),
                  "", f"Baseline: {baseline['description']}."]
    else:
        lines.append(_md_table(["metric", "bot"], ([m, overall.get(m)] for m in _TABLE_METRICS)))
    lines += [
        "",
        "Rates are shares in [0, 1]; correctness is over answerable rows, faithfulness over answered "
        "(not refused) rows, refusal precision/recall treat *not answerable* as the positive class; an "
        "unanswerable row counts as refused when the answer refuses or says the event the question takes "
        "for granted is not in the sources. "
        "Definitions: `eval/README.md`.",
        "",
        "## By language",
        "",
        _group_table(metrics["by_language"], overall, "language"),
        "",
        "![by language](by_language.png)",
        "",
        "## By category",
        "",
        _group_table(metrics["by_category"], overall, "category"),
        "",
        "![by category](by_category.png)",
        "",
    ]
    if baseline:
        lines += ["### Baseline by category", "",
                  _group_table(baseline["metrics"]["by_category"], baseline["metrics"]["overall"], "category"), "",
                  "![bot vs baseline](baseline_by_category.png)", ""]
    lines += ["## Latency", "", _latency_table(metrics["latency_ms"]), "", "![latency](latency.png)", ""]
    problems = [r for r in report["results"]
                if r["correct"] is False or r["faithful"] is False or not r["language_ok"]
                or (not r["answerable"] and not r["refused"])]
    lines += ["## Rows to look at", "",
              "Wrong or refused answerable rows, unanswered unanswerable rows, unfaithful answers, wrong language.", ""]
    lines.append(_md_table(
        ["id", "category", "lang", "path", "correct", "faithful", "lang ok", "question", "answer"],
        ([r["id"], r["category"], r["language"], r["path"], r["correct"], r["faithful"], r["language_ok"],
          _cell(r["question"], 80), _cell(r["answer"])] for r in problems)))
    (out / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_squad_report(report: dict[str, Any], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    metrics, config = report["metrics"], report["config"]
    overall = metrics["overall"]
    keys = [key for key in overall if key != "n"]
    _latency_chart(out / "latency.png", {"search" if config["retrieval_only"] else "answer":
                                         [r["latency"] for r in report["results"] if r.get("latency") is not None]},
                   "Latency per question")
    _recall_chart(out / "recall_by_file.png", metrics["by_file"], config["k"])
    lines = [
        "# SQuAD-format evaluation",
        "",
        f"{config['questions']} questions over {config['paragraphs']} paragraphs (one document per paragraph; a hit is "
        f"the question's own paragraph, in any of the files) · "
        f"{'retrieval only' if config['retrieval_only'] else 'generator `' + str(config['generator']) + '`'} · embedder `{config['embedder']}` · "
        f"sample {config['sample']} seed {config['seed']} · index {config['index_seconds']} s · run {config['run_seconds']} s",
        "",
        "Files: " + ", ".join(f"`{f}`" for f in config["files"]),
        "",
        "## By file",
        "",
        _md_table(["file", "n", *keys], ([name, g["n"], *(g.get(k) for k in keys)] for name, g in
                                          {**metrics["by_file"], "overall": overall}.items())),
        "",
        "![recall by file](recall_by_file.png)",
        "",
        "## By question language",
        "",
        _md_table(["language", "n", *keys], ([name, g["n"], *(g.get(k) for k in keys)] for name, g in
                                              {**metrics["by_language"], "overall": overall}.items())),
        "",
        "## Latency",
        "",
        _latency_table(metrics["latency_ms"]),
        "",
        "![latency](latency.png)",
    ]
    (out / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _recall_chart(path: Path, groups: dict[str, dict[str, Any]], k: int) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(groups)
    metrics = [m for m in ("recall@1", f"recall@{k}", f"mrr@{MRR_DEPTH}") if m in next(iter(groups.values()), {})]
    metrics = list(dict.fromkeys(metrics))
    width = 0.8 / max(len(metrics), 1)
    figure, axes = plt.subplots(figsize=(max(6.0, 1.5 * len(names) + 2), 4))
    for position, metric in enumerate(metrics):
        xs = [i + (position - (len(metrics) - 1) / 2) * width for i in range(len(names))]
        axes.bar(xs, [groups[n].get(metric) or 0.0 for n in names], width, label=metric)
    axes.set_xticks(range(len(names)))
    axes.set_xticklabels(names, rotation=15, ha="right")
    axes.set_ylim(0, 1.05)
    axes.set_title("Retrieval by file")
    axes.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


# =============================================================================================
# Commands
# =============================================================================================


def _default_out(kind: str) -> Path:
    return Path("artifacts") / "eval" / f"{kind}-{datetime.now().strftime('%Y%m%d-%H%M%S')}"


def _with_generator(settings: Settings, generator: str | None) -> Settings:
    return settings.model_copy(update={"generator": generator}) if generator else settings


def _cmd_grounded(args: argparse.Namespace, settings: Settings) -> int:
    settings = _with_generator(settings, args.generator)
    report = run_grounded(settings, args.dataset, sample=args.sample, seed=args.seed,
                          baseline=not args.no_baseline, quiet=args.quiet)
    out = args.out or _default_out("grounded")
    write_grounded_report(report, out)
    _print_summary(report["metrics"]["overall"], report.get("baseline", {}).get("metrics", {}).get("overall"))
    print(f"report: {out / 'report.md'}")
    return 0


def _cmd_squad(args: argparse.Namespace, settings: Settings) -> int:
    settings = _with_generator(settings, args.generator)
    report = run_squad(settings, args.paths, sample=args.sample, seed=args.seed, k=args.k,
                       retrieval_only=args.retrieval_only, quiet=args.quiet)
    out = args.out or _default_out("squad")
    write_squad_report(report, out)
    _print_summary(report["metrics"]["overall"])
    print(f"report: {out / 'report.md'}")
    return 0


def _print_summary(metrics: dict[str, Any], baseline: dict[str, Any] | None = None) -> None:
    for key, value in metrics.items():
        extra = f"   (baseline {_fmt(baseline.get(key))})" if baseline and key in baseline else ""
        print(f"{key:<28}{_fmt(value):>10}{extra}")


def _read_parsed(path: Path, parse: Callable[[str], Any], problem: str, errors: type[Exception]) -> Any:
    """Read and parse a file, turning every failure into one clear usage error."""
    try:
        return parse(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise _usage(f"{path}: cannot read ({error.strerror})") from None
    except errors as error:
        raise _usage(f"{path}: {problem} ({error})") from None


def _read_report(path: Path) -> dict[str, Any]:
    return _read_parsed(path, json.loads, "not a JSON report", json.JSONDecodeError)


def _cmd_compare(args: argparse.Namespace, settings: Settings) -> int:
    deltas = compare_reports(_read_report(args.old), _read_report(args.new), args.tolerance)
    print(format_deltas(deltas))
    regressions = [d.metric for d in deltas if d.regression]
    if regressions:
        print(f"\nREGRESSION in {', '.join(regressions)} (tolerance {args.tolerance})", file=sys.stderr)
        return 1
    print("\nno gated metric got worse")
    return 0


def load_thresholds(path: Path) -> dict[str, Any]:
    return _read_parsed(path, tomllib.loads, "invalid TOML", tomllib.TOMLDecodeError)


def _cmd_ci(args: argparse.Namespace, settings: Settings) -> int:
    """Every ``[grounded…]`` table of the thresholds file is one grounded suite (its own dataset),
    ``[squad]`` the SQuAD-format sample; each suite's metrics are checked against its limits."""
    from bot.pipeline import Pipeline

    started = time.perf_counter()
    thresholds = load_thresholds(args.thresholds)
    grounded_suites = {name: cfg for name, cfg in thresholds.items() if name.startswith("grounded") and isinstance(cfg, dict)}
    # A suite's limits written without its dataset would be checked against the default set.
    undated = sorted(name for name, cfg in grounded_suites.items() if name != "grounded" and "dataset" not in cfg)
    if undated:
        raise _usage(f"grounded suites without a dataset in {args.thresholds}: {', '.join(undated)}")
    squad_cfg = thresholds.get("squad", {})
    out = args.out or _default_out("ci")
    data = Path(args.data)
    files = [data / name for name in squad_cfg.get("files", [])]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise _usage(f"SQuAD files for the CI slice not found: {', '.join(missing)} (use --data DIR)")
    generators = {cfg.get("generator", "extractive") for cfg in grounded_suites.values()} or {"extractive"}
    if len(generators) > 1:
        raise _usage(f"the grounded suites of the CI slice must share one generator, not {sorted(generators)}")
    settings = _with_generator(settings, generators.pop())
    pipeline = Pipeline.from_settings(settings)
    suites: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    for name, cfg in grounded_suites.items():
        dataset = Path(cfg.get("dataset", DEFAULT_DATASET))
        report = run_grounded(settings, dataset if dataset.is_absolute() else PROJECT_ROOT / dataset,
                              baseline=False, quiet=args.quiet, pipeline=pipeline)
        write_grounded_report(report, out / name)
        suites.append((name, report["metrics"]["overall"], cfg))
    squad = run_squad(settings, files, sample=squad_cfg.get("sample", 150), seed=squad_cfg.get("seed", 0),
                      k=squad_cfg.get("k", 5), retrieval_only=not squad_cfg.get("answers", False), quiet=args.quiet,
                      embedder=pipeline.index.embedder)
    write_squad_report(squad, out / "squad")
    suites.append(("squad", squad["metrics"]["overall"], squad_cfg))
    elapsed = time.perf_counter() - started
    failures = [f"{suite}: {m}" for suite, metrics, cfg in suites for m in check_thresholds(metrics, cfg.get("min", {}), cfg.get("max", {}))]
    rows = [(suite, name, metrics.get(name), f"{sign} {limit}") for suite, metrics, cfg in suites
            for bound, sign in (("min", ">="), ("max", "<=")) for name, limit in cfg.get(bound, {}).items()]
    print(f"{'suite':<17}{'metric':<28}{'value':>10}  threshold")
    for suite, name, value, rule in rows:
        print(f"{suite:<17}{name:<28}{_fmt(value):>10}  {rule}")
    budget = float(thresholds.get("max_seconds", 300))
    print(f"\nCI slice ran in {elapsed:.0f} s (budget {budget:.0f} s); reports in {out}")
    summary = {"seconds": round(elapsed, 1), "failures": failures, **{suite: metrics for suite, metrics, _ in suites}}
    (out / "ci.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    if elapsed > budget:
        print(f"warning: the CI slice took longer than its {budget:.0f} s budget", file=sys.stderr)
    if failures:
        print("\nCI gate FAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    print("CI gate passed")
    return 0


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not 0 <= value < 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {value}")
    return value


def add_eval_parser(commands: argparse._SubParsersAction) -> None:
    """Register `eval` and its sub-commands on the `bot` parser; each sets ``handler(args, settings)``."""
    evaluation = commands.add_parser("eval", help="measure grounding, retrieval, refusals and latency")
    suites = evaluation.add_subparsers(dest="eval_command", required=True)
    generators = ["llama", "openai", "extractive"]

    grounded = suites.add_parser("grounded", help="the grounded QA set over the default corpus (+ LangChain baseline)")
    grounded.add_argument("--dataset", type=Path, default=DEFAULT_DATASET, help="grounded JSONL set (default: eval/datasets/grounded.jsonl)")
    grounded.add_argument("--generator", choices=generators, help="override BOT_GENERATOR")
    grounded.add_argument("--sample", type=positive_int, help="answer only N seeded-random rows")
    grounded.add_argument("--seed", type=int, default=0, help="seed for --sample (default 0)")
    grounded.add_argument("--no-baseline", action="store_true", help="skip the stock LangChain baseline")
    grounded.add_argument("--out", type=Path, help="report folder (default: artifacts/eval/grounded-<time>)")
    grounded.add_argument("--quiet", action="store_true", help="no per-row progress on stderr")
    grounded.set_defaults(handler=_cmd_grounded)

    squad = suites.add_parser("squad", help="retrieval recall/MRR and answer EM/F1 on SQuAD-format files")
    squad.add_argument("paths", nargs="+", type=Path, help="SQuAD-format .json files or folders")
    squad.add_argument("--sample", type=positive_int, help="ask only N seeded-random questions")
    squad.add_argument("--seed", type=int, default=0, help="seed for --sample (default 0)")
    squad.add_argument("--k", type=positive_int, default=5, help="recall@k cut-off (default 5)")
    squad.add_argument("--generator", choices=generators, help="override BOT_GENERATOR")
    squad.add_argument("--retrieval-only", action="store_true", help="measure retrieval only; ask nothing")
    squad.add_argument("--out", type=Path, help="report folder (default: artifacts/eval/squad-<time>)")
    squad.add_argument("--quiet", action="store_true", help="no progress on stderr")
    squad.set_defaults(handler=_cmd_squad)

    compare = suites.add_parser("compare", help="metric deltas between two report.json files; exit 1 on a regression")
    compare.add_argument("old", type=Path, help="the reference report.json")
    compare.add_argument("new", type=Path, help="the new report.json")
    compare.add_argument("--tolerance", type=_fraction, default=DEFAULT_TOLERANCE,
                         help=f"allowed absolute drop of a gated rate (default {DEFAULT_TOLERANCE}); counts may not rise")
    compare.set_defaults(handler=_cmd_compare)

    ci = suites.add_parser("ci", help="fast deterministic gate: extractive grounded suite + SQuAD retrieval sample")
    ci.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared SQuAD data folder (default ../shared/data)")
    ci.add_argument("--thresholds", type=Path, default=DEFAULT_THRESHOLDS, help="thresholds TOML (default eval/thresholds.toml)")
    ci.add_argument("--out", type=Path, help="report folder (default: artifacts/eval/ci-<time>)")
    ci.add_argument("--quiet", action="store_true", help="no per-row progress on stderr")
    ci.set_defaults(handler=_cmd_ci)


def main(argv: list[str] | None = None) -> int:
    """`python -m bot.evaluation eval ...`: the same commands without the rest of `bot`."""
    parser = argparse.ArgumentParser(prog="bot")
    add_eval_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    try:
        return args.handler(args, Settings())
    except Exception as error:  # the same one-line report as `bot` for the user-facing errors
        from bot.cli import EXIT_USAGE, UsageError
        from bot.corpus import CorpusError
        from bot.embeddings import EmbedderUnavailableError
        from bot.generation import GeneratorUnavailableError
        from bot.index import IndexUnusableError

        if isinstance(error, (UsageError, CorpusError, IndexUnusableError, EmbedderUnavailableError, GeneratorUnavailableError)):
            print(f"bot: error: {error}", file=sys.stderr)
            return EXIT_USAGE
        raise


if __name__ == "__main__":
    sys.exit(main())
