"""The evaluation metrics on hand-made cases, and one small end-to-end `bot eval grounded` run."""

from __future__ import annotations

import argparse
import json

import pytest

from bot.evaluation import (
    Reply,
    _clone_with,
    add_eval_parser,
    aggregate,
    best_answer_scores,
    check_thresholds,
    compare_reports,
    contains_match,
    exact_match,
    extract_dates,
    main,
    normalize_answer,
    number_matches,
    numbers_match,
    percentile,
    recall_at_k,
    reciprocal_rank,
    refusal_metrics,
    sample_rows,
    score_reply,
    token_f1,
)


def row(**fields):
    base = {"id": "t1", "language": "en", "question": "How much will the fund raise?", "history": [],
            "answerable": True, "answers": ["$30 billion", "30 billion"], "numbers": [{"value": 30e9, "unit": "USD"}],
            "sources": ["fund-en"], "category": "numeric"}
    return {**base, **fields}


def reply(text, *, refused=False, quote="The fund will raise $30 billion at first.", doc="fund-en", retrieved=("fund-en",)):
    citations = [] if refused else [{"number": 1, "doc_id": doc, "quote": quote}]
    return Reply(text=text, refused=refused, path="refusal" if refused else "llm", citations=citations,
                 timings={"retrieve": 5.0, "total": 20.0}, retrieved=list(retrieved))


# --- figures -------------------------------------------------------------------------------


def test_wrong_magnitude_is_no_numeric_match_and_an_unsupported_number():
    assert not number_matches("It will raise $30 million [1].", 30e9, "USD")
    assert number_matches("It will raise $30 billion [1].", 30e9, "USD")
    record = score_reply(row(), reply("The fund will raise $30 million [1]."))
    assert record["numbers_ok"] is False
    assert record["correct"] is False
    assert record["faithful"] is False
    assert record["unsupported_numbers"] == ["$30 million"]
    good = score_reply(row(id="t2"), reply("The fund will raise $30 billion [1]."))
    assert good["correct"] is True and good["faithful"] is True and good["unsupported_numbers"] == []
    metrics = aggregate([record, good])
    assert metrics["unsupported_number_answers"] == 1
    assert metrics["faithfulness"] == 0.5
    assert metrics["number_match"] == 0.5


def test_the_report_gives_the_median_length_of_the_answers_it_scores():
    """Quoting more sentences scores better on "contains": the report shows what it costs in length."""
    short = score_reply(row(id="s"), reply("$30 billion [1]."))
    long = score_reply(row(id="l"), reply("The fund will raise $30 billion at first, and more later [1]."))
    refused = score_reply(row(id="r"), reply("The sources do not say.", refused=True))
    assert aggregate([short, long, refused])["answer_chars_p50"] == (len(short["answer"]) + len(long["answer"])) / 2


def test_arabic_figures_units_and_number_words():
    assert number_matches("تسعى إلى جمع ٣٠ مليار دولار [١]", 30e9, "USD")
    assert number_matches("تسعى إلى جمع 30 مليار", 30e9, "USD")  # a plain number is compatible with USD
    assert not number_matches("تسعى إلى جمع 30 مليون دولار", 30e9, "USD")
    assert not number_matches("30 billion TWh", 30e9, "USD")  # incompatible unit
    assert number_matches("نحو ٤١٥ تيراواط/ساعة", 415, "TWh")
    # A small count written as a word states it: "two months after", «أربع جهات», «خلال أربع سنوات».
    assert number_matches("The move comes two months after Stargate [1].", 2, "")
    assert number_matches("وتضم القائمة أربع جهات [1]", 4, "count") and number_matches("خلال أربع سنوات [1]", 4, "")
    assert number_matches("وجاء الإعلان قبل نحو شهرين [1]", 2, "count")  # the Arabic dual counts two
    # A figure in words is read at its value: "two billion" does not state one billion.
    assert number_matches("two billion dollars", 2e9, "USD") and not number_matches("two billion dollars", 1e9, "USD")
    assert not number_matches("more than one million GPUs", 1, "")  # a scale word makes it a million
    assert not number_matches("أربعين", 4, "") and not number_matches("two", 2, "USD")
    assert number_matches("قرابة ١٫٥٪", 1.5, "percent")
    assert not number_matches("قرابة 15٪", 1.5, "percent")
    assert number_matches("more than one million GPUs", 1e6, "GPU")
    assert number_matches("أكثر من مليون وحدة", 1e6, "GPU")
    assert not number_matches("أكثر من 30 مليون وحدة", 1e6, "GPU")
    assert number_matches("بحلول عام ٢٠٣٥", 2035, "year")
    assert numbers_match("620 TWh to 1,050 TWh", [{"value": 620, "unit": "TWh"}, {"value": 1050, "unit": "TWh"}])
    assert numbers_match("620 TWh", [{"value": 620, "unit": "TWh"}, {"value": 1050, "unit": "TWh"}]) is False
    assert numbers_match("anything", []) is None


def test_dates_in_both_languages():
    assert number_matches("It was announced on Wednesday, 19 March 2025.", 20250319, "date")
    assert number_matches("on March 19, 2025", 20250319, "date")
    assert number_matches("أُعلن في ٢١ يناير ٢٠٢٥", 20250121, "date")
    assert number_matches("في 21 كانون الثاني 2025", 20250121, "date")
    assert number_matches("the fiscal year ends on 30 June", 20250630, "date")  # no year written: day and month
    assert not number_matches("19 March 2024", 20250319, "date")
    assert not number_matches("20 March 2025", 20250319, "date")
    assert extract_dates("2025-03-19")[0].month == 3


# --- refusals and language -----------------------------------------------------------------


def test_correct_refusal_of_unanswerable_row():
    unanswerable = row(id="u1", answerable=False, answers=[], numbers=[], sources=[], category="unanswerable")
    record = score_reply(unanswerable, reply("The sources I have do not answer this question.", refused=True))
    assert record["correct"] is None and record["faithful"] is None
    metrics = aggregate([record])
    assert metrics["refusal_precision"] == 1.0
    assert metrics["refusal_recall"] == 1.0
    assert metrics["correct_refusals"] == 1 and metrics["false_refusals"] == 0
    assert metrics["accuracy"] == 1.0


def test_saying_a_premise_is_not_in_the_sources_declines_an_unanswerable_false_premise():
    """"Why did xAI walk away?" answered "The sources do not say that this happened. What they say:
    xAI joined…" does what the row asks (say so without accepting it); an answerable false premise
    is still scored on the correction its text gives."""
    premise = "The sources do not say that this happened. What they say: the fund will raise $30 billion at first. [1]"
    unanswerable = row(id="f1", answerable=False, answers=[], numbers=[], sources=[], category="false_premise")
    declined = score_reply(unanswerable, Reply(premise, False, "extractive", [{"number": 1, "doc_id": "fund-en", "quote": "The fund will raise $30 billion at first."}],
                                               {"total": 5.0}, ["fund-en"], premise_rejected=True))
    assert declined["refused"] and declined["faithful"]
    answerable = row(id="f2", category="false_premise")
    corrected = score_reply(answerable, Reply(premise, False, "extractive", [{"number": 1, "doc_id": "fund-en", "quote": "The fund will raise $30 billion at first."}],
                                              {"total": 5.0}, ["fund-en"], premise_rejected=True))
    assert not corrected["refused"] and corrected["correct"]
    metrics = aggregate([declined, corrected])
    assert metrics["refusal_recall"] == 1.0 and metrics["false_refusals"] == 0


def test_false_refusal_is_counted():
    refused = score_reply(row(), reply("The sources I have do not answer this question.", refused=True))
    assert refused["correct"] is False
    unanswerable = row(id="u1", answerable=False, answers=[], numbers=[], sources=[])
    missed = score_reply(unanswerable, reply("The fund will raise $30 billion [1]."))
    metrics = aggregate([refused, missed])
    assert metrics["false_refusals"] == 1
    assert metrics["missed_refusals"] == 1
    assert metrics["refusal_precision"] == 0.0 and metrics["refusal_recall"] == 0.0
    assert metrics["correctness"] == 0.0
    assert refusal_metrics([True, True, False], [False, True, False])["refusal_precision"] == 0.5


def test_english_answer_to_arabic_row_fails_language_match():
    arabic = row(language="ar", question="كم ستجمع الشراكة؟", answers=["30 مليار دولار"])
    english = score_reply(arabic, reply("The fund will raise $30 billion [1]."))
    assert english["language_ok"] is False and english["answer_language"] == "en"
    assert english["correct"] is True  # the figure is right; language is scored on its own
    arabic_answer = score_reply(arabic, reply("ستجمع الشراكة 30 مليار دولار [1]", quote="ستجمع الشراكة 30 مليار دولار"))
    assert arabic_answer["language_ok"] is True
    refusal = score_reply(arabic, reply("The sources I have do not answer this question.", refused=True))
    assert refusal["language_ok"] is False  # refusals are judged too
    assert aggregate([english, arabic_answer, refusal])["language_match"] == pytest.approx(1 / 3, abs=1e-4)


# --- EM / F1 -------------------------------------------------------------------------------


def test_em_f1_with_arabic_normalisation():
    assert normalize_answer("«الشراكة» العالمية!") == "شراكه عالميه"
    assert exact_match("الشراكة", "شراكة") == 1.0  # the article ال
    assert exact_match("مِلْيَارُ دولارٍ", "مليار دولار") == 1.0  # diacritics
    assert exact_match("٣٠ مليار", "30 مليار") == 1.0  # Arabic-Indic digits
    assert exact_match("١٫٥٪", "1.5%") == 1.0
    assert exact_match("1.5%", "15%") == 0.0  # a decimal point is kept
    assert exact_match("100,000", "100000") == 1.0
    assert exact_match("إيلون ماسك", "ايلون ماسك") == 1.0  # alef forms
    assert exact_match("The Financial Times.", "financial times") == 1.0
    assert token_f1("شركة إنفيديا الأمريكية", "إنفيديا") == pytest.approx(0.5)
    assert token_f1("nothing shared", "Brad Smith") == 0.0
    assert contains_match("From the sources: it will raise $30 billion [1].", "30 billion")
    assert not contains_match("it will raise $130 billion", "30 billion")
    # A clitic prefix does not hide the answer: "لتدريب نماذج" holds "تدريب نماذج".
    assert contains_match("مراكز البيانات اللازمة لتدريب نماذج الذكاء الاصطناعي [1]", "تدريب نماذج الذكاء الاصطناعي")
    assert exact_match("وبالشراكة", "الشراكة") == 1.0
    assert not contains_match("مراكز البيانات اللازمة لتدريب نماذج", "نشر التطبيقات")
    scores = best_answer_scores("GE Vernova", ["GE Vernova and NextEra Energy", "GE Vernova"])
    assert scores.em == 1.0 and scores.f1 == 1.0 and scores.contains


def test_correct_without_numbers_uses_contains_or_f1():
    factual = row(answers=["Brad Smith"], numbers=[], sources=["ms-en"], question="Who wrote it?")
    hit = score_reply(factual, reply("Microsoft president Brad Smith wrote it [1].", quote="Brad Smith wrote it.", doc="ms-en"))
    assert hit["correct"] is True and hit["contains"] is True and hit["citation_precision"] == 1.0
    miss = score_reply(factual, reply("Satya Nadella wrote it [1].", quote="Satya Nadella wrote it.", doc="other"))
    assert miss["correct"] is False and miss["citation_precision"] == 0.0 and miss["citation_hit"] is False


def test_unsupported_entity_makes_answer_unfaithful():
    record = score_reply(row(answers=["Brad Smith"], numbers=[]), reply("Satya Nadella announced it [1].",
                                                                        quote="Brad Smith announced it."))
    assert record["unsupported_entities"] == ["Satya Nadella"] and record["faithful"] is False


# --- retrieval, latency, sampling ----------------------------------------------------------


def test_recall_and_mrr_on_a_toy_ranking():
    ranking = ["d3", "d1", "d7", "d2"]
    assert recall_at_k(ranking, {"d1"}, 1) == 0.0
    assert recall_at_k(ranking, {"d1"}, 2) == 1.0
    assert recall_at_k(ranking, {"d9", "d2"}, 3) == 0.0
    assert recall_at_k(ranking, {"d9", "d2"}, 5) == 1.0
    assert reciprocal_rank(ranking, {"d1", "d2"}) == 0.5
    assert reciprocal_rank(ranking, {"d7"}) == pytest.approx(1 / 3)
    assert reciprocal_rank(ranking, {"d9"}) == 0.0
    assert reciprocal_rank(ranking, {"d2"}, depth=3) == 0.0
    record = score_reply(row(), reply("The fund will raise $30 billion [1].", retrieved=("x", "fund-en", "y")))
    assert record["recall@1"] == 0.0 and record["recall@3"] == 1.0 and record["mrr@10"] == 0.5


def test_percentile_and_sampling():
    assert percentile([1, 2, 3, 4], 50) == 2.5
    assert percentile([], 95) is None
    assert percentile([10.0], 95) == 10.0
    rows = list(range(20))
    assert sample_rows(rows, 5, seed=1) == sample_rows(rows, 5, seed=1)
    assert sample_rows(rows, 5, seed=1) == sorted(sample_rows(rows, 5, seed=1))
    assert sample_rows(rows, None, seed=1) == rows


# --- compare and thresholds ----------------------------------------------------------------


def _report(**overall):
    return {"metrics": {"overall": {"correctness": 0.8, "faithfulness": 1.0, "unsupported_number_answers": 0,
                                    "latency_p50_ms": 300.0, **overall}}}


def test_compare_flags_a_regression(tmp_path, capsys):
    assert not any(d.regression for d in compare_reports(_report(), _report(correctness=0.79, latency_p50_ms=900.0)))
    deltas = {d.metric: d for d in compare_reports(_report(), _report(correctness=0.7, unsupported_number_answers=1))}
    assert deltas["correctness"].regression and deltas["unsupported_number_answers"].regression
    assert not deltas["faithfulness"].regression and not deltas["latency_p50_ms"].gated
    assert compare_reports(_report(), _report(faithfulness=None))[1].regression  # became undefined
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(_report()))
    new.write_text(json.dumps(_report(correctness=0.6)))
    assert main(["eval", "compare", str(old), str(new)]) == 1
    assert "REGRESSION" in capsys.readouterr().err
    assert main(["eval", "compare", str(old), str(old)]) == 0


def test_check_thresholds():
    assert check_thresholds({"recall@5": 0.9, "unsupported_number_answers": 0}, {"recall@5": 0.85},
                            {"unsupported_number_answers": 0}) == []
    failures = check_thresholds({"recall@5": 0.8, "refusal_precision": None}, {"recall@5": 0.85, "refusal_precision": 0.5}, {})
    assert len(failures) == 2 and "recall@5 = 0.800 is below the threshold 0.85" in failures[0]


def test_add_eval_parser_registers_sub_commands():
    parser = argparse.ArgumentParser(prog="bot")
    add_eval_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["eval", "squad", "a.json", "--sample", "5", "--k", "3", "--retrieval-only"])
    assert args.k == 3 and args.sample == 5 and args.retrieval_only and callable(args.handler)
    args = parser.parse_args(["eval", "grounded", "--generator", "extractive", "--no-baseline"])
    assert args.no_baseline and args.generator == "extractive"
    for name in ("compare", "ci"):
        assert name in parser.parse_args(["eval", name, *(["a", "b"] if name == "compare" else [])]).eval_command


def test_ci_refuses_a_suite_whose_limits_name_no_dataset(tmp_path, capsys):
    """[grounded-blind17.min] written without its [grounded-blind17] table was checked, for sessions,
    against the default set's metrics: the set it was written for was never gated."""
    thresholds = tmp_path / "thresholds.toml"
    thresholds.write_text('[squad]\nfiles = []\n\n[grounded-blind17.min]\ncorrectness = 0.8\n', encoding="utf-8")
    assert main(["eval", "ci", "--thresholds", str(thresholds), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    error = capsys.readouterr().err
    assert "grounded suites without a dataset" in error and "grounded-blind17" in error
    assert not (tmp_path / "out").exists()  # nothing was run


def test_extra_documents_go_into_a_copy_only(fake_embedder, small_articles):
    from bot.index import HybridIndex

    index = HybridIndex(fake_embedder)
    index.add(small_articles[:3])
    before = (set(index.articles), len(index.chunks), index.chunk_vectors.shape)
    words = list(index.lexicon.entries)
    clone = _clone_with(index, small_articles[3:])
    assert set(clone.articles) == {a.id for a in small_articles}
    assert (set(index.articles), len(index.chunks), index.chunk_vectors.shape) == before
    # The lexicon too: a shared one kept the extra articles' words, and aa029, refused when its set
    # ran alone, was answered in the CI slice after earlier sets' injection documents.
    assert index.lexicon.entries == words and len(clone.lexicon.entries) > len(words)
    assert {hit.article_id for hit in index.search("الهلال", 5)} <= before[0]


# --- end to end ----------------------------------------------------------------------------


@pytest.mark.slow
def test_grounded_end_to_end_extractive(tmp_path, capsys):
    status = main(["eval", "grounded", "--generator", "extractive", "--sample", "10", "--no-baseline",
                   "--out", str(tmp_path), "--quiet"])
    assert status == 0
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert len(report["results"]) == 10 and "baseline" not in report
    for key in ("id", "question", "answer", "path", "refused", "correct", "faithful", "numbers_ok", "language_ok", "latency"):
        assert key in report["results"][0]
    overall = report["metrics"]["overall"]
    assert overall["n"] == 10 and overall["faithfulness"] == 1.0  # extractive answers quote their sources
    assert set(report["metrics"]["by_language"]) <= {"ar", "en"}
    markdown = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "## By category" in markdown and "by_language.png" in markdown
    for chart in ("by_language.png", "by_category.png", "latency.png"):
        assert (tmp_path / chart).stat().st_size > 1000
