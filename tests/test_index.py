"""The hybrid index with the real USE embedder: bilingual search, edits, persistence, safety."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from langchain_core.documents import Document
from langchain_core.runnables import RunnableLambda

from bot import index as index_module
from bot.corpus import Article, load_paths
from bot.embeddings import EmbedderUnavailableError, make_embedder
from bot.index import (
    FORMAT_VERSION,
    HybridIndex,
    HybridRetriever,
    IndexConfig,
    IndexMismatchError,
    IndexNotFoundError,
    Lexicon,
    open_index,
)
from bot.settings import Settings
from bot.text import chunk_sentences, content_words, word_token
from conftest import CountingEmbedder, FakeEmbedder

AR_COFFEE_QUESTION = "أين بدأت زراعة القهوة؟"
EN_FOOTBALL_QUESTION = "Which team won the league?"
EN_MICROSOFT_QUESTION = "How much will Microsoft spend on data centres?"
QUESTIONS = [
    AR_COFFEE_QUESTION,
    "من هو أكبر منتج للقهوة في العالم؟",
    EN_FOOTBALL_QUESTION,
    EN_MICROSOFT_QUESTION,
    "Where did coffee cultivation begin?",
    "كم تنفق مايكروسوفت على مراكز البيانات؟",
]
EXPECTED_TOP = {
    AR_COFFEE_QUESTION: "coffee-ar",
    "من هو أكبر منتج للقهوة في العالم؟": "coffee-ar",
    EN_FOOTBALL_QUESTION: "football-ar",
    EN_MICROSOFT_QUESTION: "microsoft-en",
    "Where did coffee cultivation begin?": "coffee-en",
    "كم تنفق مايكروسوفت على مراكز البيانات؟": "microsoft-en",
}

NEW_ARTICLE = Article(
    id="iea-en", title="Data-centre electricity", language="en", source="https://example.org/iea", date="2024-01-24",
    text="Data centres used about 460 TWh of electricity in 2022.\nThe IEA expects this to exceed 800 TWh by 2026.",
)


def build(embedder, articles, config: IndexConfig | None = None) -> HybridIndex:
    index = HybridIndex(embedder, config)
    index.add(articles)
    return index


def results(index: HybridIndex, questions=QUESTIONS, k: int = 5) -> list[list[tuple[str, float, str]]]:
    return [[(h.article_id, round(h.score, 5), h.text) for h in index.search(q, k)] for q in questions]


def assert_searches_alike(index: HybridIndex, other: HybridIndex) -> None:
    """Same passages in the same order, scores equal to 1e-4: an edited index embeds in other
    batches than a fresh build, so float sums may differ in the last digit."""
    for mine, theirs in zip(results(index), results(other), strict=True):
        assert [(a, t) for a, _, t in mine] == [(a, t) for a, _, t in theirs]
        assert [s for _, s, _ in mine] == pytest.approx([s for _, s, _ in theirs], abs=1e-4)


def expected_passages(article: Article, config: IndexConfig = IndexConfig()) -> list[str]:
    """Each distinct sentence once (overlapping chunks share them): USE pools chunk vectors from
    its sentences' token features, so no chunk text is embedded."""
    chunks = chunk_sentences(article.text, config.chunk_sentences, config.chunk_overlap)
    return list(dict.fromkeys(article.text[s.start : s.end] for c in chunks for s in c))


def assert_embedded_only(embedder: CountingEmbedder, article: Article) -> None:
    """The texts embedded all come from ``article``: its passages, then its words new to the lexicon."""
    passages = expected_passages(article)
    assert embedder.documents[: len(passages)] == passages
    assert set(embedder.documents[len(passages) :]) <= set(content_words(article.text))


@pytest.fixture
def index(use_embedder, small_articles) -> HybridIndex:
    return build(use_embedder, small_articles)


# --- bilingual search ----------------------------------------------------------------------


def test_arabic_question_finds_arabic_passage_and_english_translation(index: HybridIndex) -> None:
    hits = index.search(AR_COFFEE_QUESTION, k=3)
    assert [h.article_id for h in hits[:2]] == ["coffee-ar", "coffee-en"]
    assert "إثيوبيا" in hits[0].text
    assert "Ethiopia" in hits[1].text


def test_english_question_finds_arabic_only_article(index: HybridIndex) -> None:
    [hit] = index.search(EN_FOOTBALL_QUESTION, k=1)
    assert hit.article_id == "football-ar"
    assert hit.metadata["language"] == "ar"
    assert "الدوري" in hit.text


def test_arabic_question_finds_english_only_article(index: HybridIndex) -> None:
    hits = index.search("كم تنفق مايكروسوفت على مراكز البيانات؟", k=2)
    assert hits[0].article_id == "microsoft-en"
    assert "$80 billion" in hits[0].text


def test_a_paragraph_is_found_by_its_articles_title(use_embedder) -> None:
    """A note's paragraph that says only "the project" is still found for the name in its title:
    of two notes with the same words, the one whose title names Quillon answers "Who chairs Quillon?"."""
    text = "The project was announced in January.\n\nIts chair is a banker."
    other = Article(id="other", title="Background: another project", language="en", source="", date="2025-01-01", text=text)
    quillon = Article(id="quillon", title="Background: the Quillon project", language="en", source="", date="2025-01-01", text=text)
    hits = build(use_embedder, [other, quillon]).search("Who chairs Quillon?", 1, unique_articles=False)
    assert hits[0].article_id == "quillon" and "chair" in hits[0].text


def test_hits_are_ranked_unique_and_limited(index: HybridIndex) -> None:
    hits = index.search(EN_MICROSOFT_QUESTION, k=3)
    assert len(hits) == 3
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert len({h.article_id for h in hits}) == 3
    all_chunks = index.search(EN_MICROSOFT_QUESTION, k=10, unique_articles=False)
    assert len({(h.article_id, h.metadata["start"]) for h in all_chunks}) == len(all_chunks) == 10
    assert len({h.article_id for h in all_chunks}) < len(all_chunks)


def test_hit_metadata_points_into_the_article(index: HybridIndex) -> None:
    for hit in index.search(AR_COFFEE_QUESTION, k=5, unique_articles=False):
        article = index.articles[hit.article_id]
        meta = hit.metadata
        assert article.text[meta["start"] : meta["end"]] == hit.text
        assert meta["article_id"] == article.id and meta["title"] == article.title
        assert meta["language"] == article.language and meta["source"] == article.source
        assert meta["date"] == article.date and meta["kind"] == article.metadata["kind"]
        for start, end in meta["sentences"]:
            assert meta["start"] <= start < end <= meta["end"]
        record = hit.to_dict()
        assert set(record) == {"doc_id", "score", "text", "metadata"}
        json.dumps(record, ensure_ascii=False)


@pytest.mark.parametrize("k", [0, -1])
def test_k_must_be_positive(index: HybridIndex, k: int) -> None:
    with pytest.raises(ValueError, match="positive"):
        index.search("coffee", k=k)


def test_empty_question_and_empty_index_return_nothing(index: HybridIndex, use_embedder) -> None:
    assert index.search("   ", k=3) == []
    assert HybridIndex(use_embedder).search("coffee", k=3) == []


def test_a_question_of_only_unknown_words_still_searches(index: HybridIndex) -> None:
    hits = index.search("zzqx", k=2)
    assert len(hits) == 2  # dense search alone still ranks passages


@pytest.mark.parametrize("fusion", ["weighted", "rrf"])
def test_both_fusion_methods_rank_the_right_article_first(use_embedder, small_articles, fusion: str) -> None:
    index = build(use_embedder, small_articles, IndexConfig(fusion=fusion))
    for question, expected in EXPECTED_TOP.items():
        hits = index.search(question, k=3)
        assert hits[0].article_id == expected, question
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    if fusion == "rrf":
        assert all(0 < h.score <= 1 / (index.config.rrf_k + 1) for h in index.search(EN_MICROSOFT_QUESTION, k=3))


def test_hnsw_gives_the_same_top_hit_as_flat(use_embedder, small_articles, tmp_path: Path) -> None:
    flat = build(use_embedder, small_articles)
    hnsw = build(use_embedder, small_articles, IndexConfig(ann="hnsw", hnsw_m=8, hnsw_ef_search=16))
    for question in QUESTIONS:
        assert hnsw.search(question, k=1)[0].article_id == flat.search(question, k=1)[0].article_id == EXPECTED_TOP[question]
    hnsw.save(tmp_path)
    reloaded = HybridIndex.load(tmp_path, use_embedder, IndexConfig(ann="hnsw"))
    assert results(reloaded) == results(hnsw)


# --- LangChain -----------------------------------------------------------------------------


def test_langchain_retriever_returns_documents_with_spans(index: HybridIndex) -> None:
    retriever = HybridRetriever(index=index, k=4)
    documents = retriever.invoke(AR_COFFEE_QUESTION)
    assert len(documents) == 4
    assert all(isinstance(d, Document) for d in documents)
    assert documents[0].metadata["article_id"] == "coffee-ar"
    for document in documents:
        meta = document.metadata
        assert {"article_id", "title", "language", "source", "start", "end", "score"} <= meta.keys()
        article = index.articles[meta["article_id"]]
        assert article.text[meta["start"] : meta["end"]] == document.page_content
        assert meta["title"] == article.title and meta["language"] == article.language
        assert document.id == f"{meta['article_id']}@{meta['start']}"


def test_langchain_retriever_composes_and_batches(index: HybridIndex) -> None:
    chain = HybridRetriever(index=index, k=1, unique_articles=True) | RunnableLambda(
        lambda docs: [d.metadata["article_id"] for d in docs]
    )
    assert chain.batch([EN_FOOTBALL_QUESTION, EN_MICROSOFT_QUESTION]) == [["football-ar"], ["microsoft-en"]]


# --- persistence ---------------------------------------------------------------------------


def test_save_load_round_trip_gives_identical_results(index: HybridIndex, use_embedder, tmp_path: Path) -> None:
    index.save(tmp_path / "idx")
    counting = CountingEmbedder(use_embedder)
    loaded = HybridIndex.load(tmp_path / "idx", counting)
    assert counting.documents == []  # loading never re-embeds
    assert loaded.articles == index.articles
    assert loaded.chunks == index.chunks
    assert results(loaded) == results(index)
    assert [h.metadata for h in loaded.search(AR_COFFEE_QUESTION, 3)] == [h.metadata for h in index.search(AR_COFFEE_QUESTION, 3)]
    assert (tmp_path / "idx" / "CURRENT").read_text().startswith("v-")
    manifest = json.loads((tmp_path / "idx" / (tmp_path / "idx" / "CURRENT").read_text() / "manifest.json").read_text())
    assert manifest["format_version"] == FORMAT_VERSION
    assert set(manifest["articles"]) == set(index.articles)


def test_saved_files_hold_no_pickle(index: HybridIndex, tmp_path: Path) -> None:
    version = index.save(tmp_path)
    for name in ("chunk_vectors.npy", "sentence_vectors.npy", "lexicon_vectors.npy"):
        np.load(version / name, allow_pickle=False)  # would raise on object arrays
    assert sorted(p.name for p in version.iterdir()) == [
        "articles.json", "chunk_vectors.npy", "chunks.json", "lexicon.json", "lexicon_vectors.npy",
        "manifest.json", "sentence_vectors.npy",
    ]


def test_loading_keeps_the_stored_chunking(index: HybridIndex, use_embedder, tmp_path: Path) -> None:
    index.save(tmp_path)
    loaded = HybridIndex.load(tmp_path, use_embedder, IndexConfig(chunk_sentences=1, chunk_overlap=0, fusion="rrf"))
    assert (loaded.config.chunk_sentences, loaded.config.chunk_overlap) == (6, 1)
    assert loaded.config.fusion == "rrf"  # search settings come from the caller
    assert loaded.chunks == index.chunks


def test_missing_index_says_how_to_build_one(use_embedder, tmp_path: Path) -> None:
    with pytest.raises(IndexNotFoundError, match="bot index build"):
        HybridIndex.load(tmp_path / "nothing", use_embedder)


def test_other_embedder_is_refused_with_rebuild_advice(index: HybridIndex, fake_embedder: FakeEmbedder, use_embedder, tmp_path: Path) -> None:
    index.save(tmp_path)
    with pytest.raises(IndexMismatchError) as error:
        HybridIndex.load(tmp_path, fake_embedder)
    message = str(error.value)
    assert use_embedder.name in message and fake_embedder.name in message
    assert "bot index build" in message and str(tmp_path) in message and "BOT_EMBEDDER" in message


def test_same_name_other_dimension_is_refused(index: HybridIndex, use_embedder, tmp_path: Path) -> None:
    index.save(tmp_path)
    impostor = FakeEmbedder()
    impostor.name = use_embedder.name
    with pytest.raises(IndexMismatchError, match="dim"):
        HybridIndex.load(tmp_path, impostor)


def test_changed_format_version_is_refused(index: HybridIndex, use_embedder, tmp_path: Path) -> None:
    version = index.save(tmp_path)
    manifest_path = version / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["format_version"] = FORMAT_VERSION + 1
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexMismatchError, match="rebuild it with `bot index build"):
        HybridIndex.load(tmp_path, use_embedder)


def test_an_index_whose_words_and_vectors_do_not_line_up_is_refused(index: HybridIndex, use_embedder, tmp_path: Path) -> None:
    """A hand-edited lexicon would pair each word with another word's vector: translations go wrong silently."""
    version = index.save(tmp_path)
    words = json.loads((version / "lexicon.json").read_text(encoding="utf-8"))
    (version / "lexicon.json").write_text(json.dumps(words[:-1]), encoding="utf-8")
    with pytest.raises(IndexMismatchError, match="inconsistent.*rebuild it with `bot index build"):
        HybridIndex.load(tmp_path, use_embedder)


@pytest.mark.parametrize("failing", ["np.save", "_write_json"])
def test_crash_mid_save_keeps_the_previous_index(index: HybridIndex, use_embedder, tmp_path: Path, monkeypatch, failing: str) -> None:
    index.save(tmp_path)
    before = results(index)
    old_ids = set(index.articles)
    index.add([NEW_ARTICLE])

    calls = {"n": 0}

    def crash(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:  # fail part-way, after some files were written
            raise OSError("disk full")
        return original(*args, **kwargs)

    if failing == "np.save":
        original = np.save
        monkeypatch.setattr(index_module.np, "save", crash)
    else:
        original = index_module._write_json
        monkeypatch.setattr(index_module, "_write_json", crash)
    with pytest.raises(OSError, match="disk full"):
        index.save(tmp_path)
    monkeypatch.undo()

    survivor = HybridIndex.load(tmp_path, use_embedder)
    assert set(survivor.articles) == old_ids
    assert results(survivor) == before

    # The half-written folder does not get in the way of the next save, which cleans it up.
    assert any(p.name.startswith(".tmp-") for p in tmp_path.iterdir())
    index.save(tmp_path)
    assert not any(p.name.startswith(".tmp-") for p in tmp_path.iterdir())
    assert len([p for p in tmp_path.iterdir() if p.name.startswith("v-")]) == 1
    reloaded = HybridIndex.load(tmp_path, use_embedder)
    assert set(reloaded.articles) == old_ids | {"iea-en"}


# --- incremental edits ---------------------------------------------------------------------


def test_adding_an_article_embeds_only_that_article(counting_embedder: CountingEmbedder, small_articles) -> None:
    index = build(counting_embedder, small_articles)
    counting_embedder.reset()
    assert index.add(small_articles + [NEW_ARTICLE]) == ["iea-en"]
    assert_embedded_only(counting_embedder, NEW_ARTICLE)
    assert index.search("How much electricity do data centres use?", k=1)[0].article_id == "iea-en"

    counting_embedder.reset()
    assert index.add(small_articles + [NEW_ARTICLE]) == []  # nothing changed: nothing embedded
    assert counting_embedder.documents == []


def test_one_query_searched_again_is_embedded_once_until_the_index_changes(counting_embedder: CountingEmbedder, small_articles) -> None:
    """A figure question searches its best articles' chunks again with the same query."""
    index = build(counting_embedder, small_articles)
    question = "How much electricity do data centres use?"
    first = index.search(question, k=3, unique_articles=False)
    again = index.search(question, k=3, unique_articles=False, where=lambda article, text: article == first[0].article_id)
    assert counting_embedder.queries == [question] and again[0].article_id == first[0].article_id
    index.add(small_articles + [NEW_ARTICLE])
    assert index.search(question, k=1)[0].article_id == "iea-en" and counting_embedder.queries == [question, question]


def test_editing_an_article_re_embeds_only_it(counting_embedder: CountingEmbedder, small_articles, use_embedder) -> None:
    index = build(counting_embedder, small_articles)
    edited = replace(small_articles[4], text=small_articles[4].text + "\nThe company plans more spending in Europe.")
    counting_embedder.reset()
    assert index.add([edited]) == [edited.id]
    assert_embedded_only(counting_embedder, edited)
    assert index.articles[edited.id].text == edited.text
    assert sum(c.article_id == edited.id for c in index.chunks) == len(chunk_sentences(edited.text, 6, 1))
    # The edited index searches exactly like one built from scratch with the edit.
    fresh = build(use_embedder, small_articles[:4] + [edited])
    assert_searches_alike(index, fresh)


def test_adding_to_a_loaded_index_embeds_only_the_new_article(index: HybridIndex, counting_embedder, tmp_path: Path) -> None:
    index.save(tmp_path)
    loaded = HybridIndex.load(tmp_path, counting_embedder)
    loaded.add(list(index.articles.values()) + [NEW_ARTICLE])
    assert_embedded_only(counting_embedder, NEW_ARTICLE)


def test_removing_an_article_drops_it_without_re_embedding(counting_embedder: CountingEmbedder, small_articles, use_embedder) -> None:
    index = build(counting_embedder, small_articles)
    counting_embedder.reset()
    index.remove(["coffee-ar"])
    assert counting_embedder.documents == []
    assert "coffee-ar" not in index.articles
    assert all(c.article_id != "coffee-ar" for c in index.chunks)
    for question in QUESTIONS:
        assert all(h.article_id != "coffee-ar" for h in index.search(question, k=10, unique_articles=False))
    assert index.search(AR_COFFEE_QUESTION, k=1)[0].article_id == "coffee-en"
    # What is left searches exactly like an index built without the article.
    fresh = build(use_embedder, [a for a in small_articles if a.id != "coffee-ar"])
    assert_searches_alike(index, fresh)


def test_removing_an_unknown_id_raises_and_changes_nothing(index: HybridIndex) -> None:
    before = (dict(index.articles), list(index.chunks), results(index))
    with pytest.raises(KeyError, match="no-such-id"):
        index.remove(["coffee-ar", "no-such-id"])
    assert (dict(index.articles), list(index.chunks), results(index)) == before


def test_removing_everything_leaves_an_empty_searchable_index(index: HybridIndex, use_embedder, tmp_path: Path) -> None:
    index.remove(list(index.articles))
    assert index.search("coffee", k=3) == []
    index.save(tmp_path)
    assert HybridIndex.load(tmp_path, use_embedder).search("coffee", k=3) == []


# --- open_index and settings ---------------------------------------------------------------


def test_open_index_builds_the_default_index_on_first_use(use_embedder, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.md").write_text("---\nid: note\ntitle: Coffee\nlanguage: en\n---\nCoffee began in Ethiopia.", encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "built")
    first = open_index(settings, embedder=use_embedder)
    assert set(first.articles) == {"note"}
    assert (tmp_path / "built" / "CURRENT").is_file()
    counting = CountingEmbedder(use_embedder)
    open_index(settings, embedder=counting)
    assert counting.documents == []  # the second time it is loaded, not rebuilt


def test_a_stale_default_index_is_rebuilt_but_an_explicit_one_is_refused(use_embedder, tmp_path: Path) -> None:
    """After an upgrade changes the index format, the default index (a cache of the default corpus)
    rebuilds itself; an index the user built elsewhere gets the message saying how to rebuild."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.md").write_text("---\nid: note\ntitle: Coffee\nlanguage: en\n---\nCoffee began in Ethiopia.", encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "built")
    for folder in (tmp_path / "built", tmp_path / "mine"):
        version = build(use_embedder, load_paths([corpus])).save(folder)
        manifest = json.loads((version / "manifest.json").read_text(encoding="utf-8"))
        manifest["format_version"] = FORMAT_VERSION - 1
        (version / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert set(open_index(settings, embedder=use_embedder).articles) == {"note"}
    assert HybridIndex.load(tmp_path / "built", use_embedder).manifest()["format_version"] == FORMAT_VERSION
    with pytest.raises(IndexMismatchError, match="bot index build"):
        open_index(settings, tmp_path / "mine", embedder=use_embedder)


def test_open_index_of_a_missing_explicit_folder_raises(use_embedder, tmp_path: Path) -> None:
    settings = Settings(corpus_dir=tmp_path, index_dir=tmp_path / "default")
    with pytest.raises(IndexNotFoundError):
        open_index(settings, tmp_path / "elsewhere", embedder=use_embedder)
    assert not (tmp_path / "elsewhere").exists() and not (tmp_path / "default").exists()


def test_index_config_follows_settings(monkeypatch) -> None:
    monkeypatch.setenv("BOT_FUSION", "rrf")
    monkeypatch.setenv("BOT_ANN", "hnsw")
    monkeypatch.setenv("BOT_SETTINGS_FILE", "/nonexistent/bot.toml")
    config = IndexConfig.from_settings(Settings())
    assert (config.fusion, config.ann) == ("rrf", "hnsw")


# --- embedders -----------------------------------------------------------------------------


def test_use_embedder_maps_translations_close(raw_use_embedder) -> None:
    use_embedder = raw_use_embedder
    vectors = use_embedder.embed_documents(["The weather is nice today.", "الطقس جميل اليوم.", "Oracle sells databases."])
    assert vectors.shape == (3, use_embedder.dim) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert np.allclose(use_embedder.embed_query("٣٠ مليار"), use_embedder.embed_query("30 مليار"), atol=1e-6)
    assert use_embedder.embed_documents([]).shape == (0, use_embedder.dim)


@pytest.mark.slow  # imports torch (~10 s)
def test_packaged_sentence_transformer_works_offline(monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    embedder = make_embedder("st:all-MiniLM-L6-v2", threads=1)
    assert embedder.name == "st:all-MiniLM-L6-v2" and embedder.dim == 384
    vectors = embedder.embed_documents(["A cat sits on the mat.", "A kitten is sitting on a rug.", "Stock markets fell."])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert embedder.embed_query("cat").shape == (384,)


@pytest.mark.parametrize(("spec", "advice"), [
    ("st:not-a-model", "neither a local folder nor a packaged model"),
    ("st:", "unknown embedder"),
    ("word2vec", "use 'use', 'e5' or 'st:<name-or-path>'"),
])
def test_unavailable_embedders_say_what_to_do(spec: str, advice: str) -> None:
    with pytest.raises(EmbedderUnavailableError) as error:
        make_embedder(spec)
    assert advice in str(error.value)
    if spec == "st:not-a-model":
        assert "all-minilm-l6-v2" in str(error.value) and "never downloaded" in str(error.value)


# --- USE chunk pooling and the cross-lingual lexicon -------------------------------------------


def test_pooled_use_vectors_match_embedding_the_text(raw_use_embedder, small_articles) -> None:
    article = next(a for a in small_articles if a.language == "ar")
    chunks = chunk_sentences(article.text, 2, 1)
    sentences = list(dict.fromkeys(article.text[s.start : s.end] for c in chunks for s in c))
    groups = [[sentences.index(article.text[s.start : s.end]) for s in c] for c in chunks]
    sentence_vectors, chunk_vectors = raw_use_embedder.embed_sentence_groups(sentences, groups)
    # A sentence alone is exactly what USE gives; a chunk pooled from its sentences is close to it.
    assert np.allclose(sentence_vectors, raw_use_embedder.embed_documents(sentences), atol=1e-4)
    direct = raw_use_embedder.embed_documents([article.text[c[0].start : c[-1].end] for c in chunks])
    similarity = np.sum(chunk_vectors * direct, axis=1)
    assert similarity.min() > 0.85 and similarity.mean() > 0.95


def test_question_words_are_translated_into_the_corpus_words_of_the_other_script(index: HybridIndex) -> None:
    tokens, word_count = index.lexicon.translations("Where did coffee cultivation begin?", 5, 0.5)
    assert word_token("القهوة") in tokens and word_token("زراعة") in tokens
    assert word_count == 3  # coffee, cultivation, begin
    english_words = {token for token, word in index.lexicon.entries if word.isascii()}
    assert not english_words & set(tokens)  # only the other script: English words match by BM25 already


def test_translation_lifts_the_arabic_article_for_an_english_question(use_embedder, small_articles) -> None:
    question = "Where did coffee cultivation begin?"
    with_translation = build(use_embedder, small_articles).search(question, k=5, unique_articles=False)
    without = build(use_embedder, small_articles, IndexConfig(translation_weight=0.0)).search(question, k=5, unique_articles=False)
    score = lambda hits: max(h.score for h in hits if h.article_id == "coffee-ar")  # noqa: E731
    assert score(with_translation) > score(without)


def test_lexicon_follows_removals_and_survives_a_reload(index: HybridIndex, use_embedder, tmp_path: Path) -> None:
    coffee_only = set(Lexicon.spellings([index.articles["coffee-ar"].text])) - set(
        Lexicon.spellings(a.text for a in index.articles.values() if a.id != "coffee-ar")
    )
    assert coffee_only <= {token for token, _ in index.lexicon.entries}
    index.remove(["coffee-ar"])
    assert not coffee_only & {token for token, _ in index.lexicon.entries}
    index.save(tmp_path)
    loaded = HybridIndex.load(tmp_path, use_embedder)
    assert loaded.lexicon.entries == index.lexicon.entries
    assert np.array_equal(loaded.lexicon.vectors, index.lexicon.vectors)


def test_a_sentence_of_an_article_published_in_both_languages_has_its_translation(index: HybridIndex) -> None:
    coffee = index.articles["coffee-en"].text
    start = coffee.index("Today Brazil")
    found = index.parallel_sentence("coffee-en", start, "ar")
    assert found is not None
    hit, span = found
    assert hit.article_id == "coffee-ar"
    assert index.articles["coffee-ar"].text[span.start : span.end] == "واليوم تعد البرازيل أكبر منتج لحبوب القهوة في العالم."


def test_a_sentence_no_article_translates_has_no_parallel(index: HybridIndex) -> None:
    # The Arabic corpus has no Microsoft article: the nearest Arabic sentence is no translation.
    assert index.parallel_sentence("microsoft-en", 0, "ar") is None
    assert index.parallel_sentence("coffee-en", 0, "en") is None  # its own language
    assert index.parallel_sentence("coffee-en", 999_999, "ar") is None  # no sentence starts there


def test_an_article_declared_a_translation_pairs_below_the_undeclared_threshold(use_embedder, small_articles) -> None:
    """bd048: a short heading and its translation score under the bar two articles must clear to be
    taken for translations of each other («"إنفيديا" شريكا كاملا…» / "Nvidia a full partner…": 0.47),
    so an Arabic question was answered with "only the English source holds this". An article that
    says it translates another (``translation_of``) pairs with that one at the lower declared bar."""
    strict = IndexConfig(parallel_min_similarity=0.99, declared_parallel_min_similarity=0.3)
    start = next(article for article in small_articles if article.id == "coffee-en").text.index("Today Brazil")
    declared = build(use_embedder, small_articles, strict)
    found = declared.parallel_sentence("coffee-en", start, "ar")
    assert found is not None and found[0].article_id == "coffee-ar"
    arabic_start = declared.articles["coffee-ar"].text.index("واليوم")
    back = declared.parallel_sentence("coffee-ar", arabic_start, "en")  # the declared article's side
    assert back is not None and back[0].article_id == "coffee-en"
    undeclared = [replace(article, metadata={}) for article in small_articles]
    assert build(use_embedder, undeclared, strict).parallel_sentence("coffee-en", start, "ar") is None


def test_a_translation_added_later_is_found(use_embedder, small_articles) -> None:
    """Nearest sentences are remembered between questions, and forgotten when articles change:
    an Arabic version uploaded after the English one is then its sentences' translation."""
    english = [article for article in small_articles if article.language == "en"]
    index = build(use_embedder, english)
    start = index.articles["coffee-en"].text.index("Today Brazil")
    assert index.parallel_sentence("coffee-en", start, "ar") is None  # no Arabic sentence at all
    index.add([article for article in small_articles if article.id == "coffee-ar"])
    found = index.parallel_sentence("coffee-en", start, "ar")
    assert found is not None and found[0].article_id == "coffee-ar"
    index.remove(["coffee-ar"])
    assert index.parallel_sentence("coffee-en", start, "ar") is None
