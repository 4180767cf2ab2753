"""Hybrid index: FAISS dense vectors + BM25 over Arabic-aware tokens, fused; persisted safely.

On disk (no pickle anywhere)::

    DIR/CURRENT              name of the live version folder, replaced atomically
    DIR/v-<stamp>/manifest.json   format version, embedder name + dimension, chunking, article hashes
    DIR/v-<stamp>/articles.json   the articles (text + metadata)
    DIR/v-<stamp>/chunks.json     chunks: article id and their sentences' spans
    DIR/v-<stamp>/chunk_vectors.npy, sentence_vectors.npy   float32 embeddings (allow_pickle=False)
    DIR/v-<stamp>/lexicon.json, lexicon_vectors.npy   the corpus's distinct words and their vectors

Dense relevance of a chunk is the mean of its own cosine and its best sentence's cosine: the whole
chunk carries context, the best sentence carries the answer (+2 to +4 points of recall@5 on
XQuAD over either alone, cross-lingually). BM25 scores are divided by the query's token count
times ``bm25_scale`` rather than by the best hit, so a question in the other language, which
matches few words, leans on the dense score by itself.

Cross-lingual questions also get a lexical signal: each question word is embedded and its nearest
corpus words in the other script (see :class:`Lexicon`) become extra BM25 query tokens, with
``translation_weight`` in the fused score. On XQuAD this took Arabic questions over English
paragraphs from 0.930 to 0.957 recall@5 and English over Arabic from 0.964 to 0.976.

A save writes a complete new version folder and then swaps CURRENT, so a crash mid-build leaves
the previous index usable. Adding or removing an article embeds only the new article's chunks.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import bm25s
import faiss
import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from bot.corpus import Article, load_paths
from bot.embeddings import Embedder, embed_chunks, make_embedder
from bot.grounding import ArabicNames, quoted_arabic_names
from bot.settings import Settings
from bot.text import PAIR_KEY, Acronyms, ArabicSpellings, LatinNames, Span, bm25_tokens, chunk_sentences, content_words, is_arabic_word, month_number, word_token

FORMAT_VERSION = 2
_CANDIDATES = 100  # per search structure, before exact rescoring and fusion
_STAND_INS = {"ة": "ه", "ى": "ي"}  # a word's last letter as often typed instead: «الطاقه», «مستشفي»
_ARABIC_WORD = re.compile("[\u0621-\u064a]+")


class IndexUnusableError(RuntimeError):
    """Base class for index problems a user can act on."""


class IndexNotFoundError(IndexUnusableError):
    """No index at the given folder."""


class IndexMismatchError(IndexUnusableError):
    """The stored index was built with another embedder or format; it must be rebuilt."""


@dataclass(frozen=True)
class IndexConfig:
    """How chunks are cut (fixed per index) and how they are searched (free per query)."""

    chunk_sentences: int = 6
    chunk_overlap: int = 1
    ann: str = "flat"
    hnsw_m: int = 32
    hnsw_ef_search: int = 64
    fusion: str = "weighted"
    rrf_k: int = 60
    dense_weight: float = 0.5
    bm25_scale: float = 4.0
    translation_weight: float = 0.15
    translation_candidates: int = 5
    translation_min_similarity: float = 0.5
    parallel_min_similarity: float = 0.5
    declared_parallel_min_similarity: float = 0.3

    @classmethod
    def from_settings(cls, settings: Settings) -> "IndexConfig":
        return cls(**{name: getattr(settings, name) for name in cls.__dataclass_fields__})


@dataclass(frozen=True)
class Chunk:
    """Consecutive sentences of one article; the unit that is searched and cited."""

    article_id: str
    sentences: tuple[Span, ...]

    @property
    def start(self) -> int:
        return self.sentences[0].start

    @property
    def end(self) -> int:
        return self.sentences[-1].end


class Lexicon:
    """One word per BM25 token of the corpus, with its vector, so a question word can find its
    translations.

    USE puts a word near its translation ("الكهرباء" and "electricity": cosine 0.92); the corpus words
    closest to a question word, in the other script, give BM25 tokens the question did not have.
    A token's shortest spelling stands for it (clitic forms share one entry); it is embedded once,
    when the first article that brings it is added.
    """

    def __init__(self, embedder: Embedder, entries: list[tuple[str, str]] | None = None, vectors: np.ndarray | None = None) -> None:
        self.embedder = embedder
        self.entries: list[tuple[str, str]] = [(token, word) for token, word in entries or []]  # (BM25 token, word)
        self.vectors = vectors if vectors is not None else np.zeros((0, embedder.dim), dtype=np.float32)
        self._arabic = self._script_mask()
        self._last: tuple[tuple[str, int, float], dict[str, list[str]]] | None = None
        self._spelt: dict[str, str] | None = None  # BM25 token → its corpus spelling, built when first needed

    def _script_mask(self) -> np.ndarray:
        return np.array([is_arabic_word(word) for _, word in self.entries], dtype=bool)

    @staticmethod
    def spellings(texts: Iterable[str]) -> dict[str, str]:
        """BM25 token → its shortest spelling in the texts."""
        shortest: dict[str, str] = {}
        for text in texts:
            for word in content_words(text):
                token = word_token(word)
                if token and (token not in shortest or (len(word), word) < (len(shortest[token]), shortest[token])):
                    shortest[token] = word
        return shortest

    def keep(self, spellings: dict[str, str]) -> None:
        """Hold exactly the tokens in ``spellings``: drop the others, embed only the new ones."""
        known = {token for token, _ in self.entries}
        kept = [i for i, (token, _) in enumerate(self.entries) if token in spellings]
        new = [(token, spellings[token]) for token in sorted(spellings.keys() - known)]
        self.entries = [self.entries[i] for i in kept] + new
        new_vectors = self.embedder.embed_documents([word for _, word in new])
        self.vectors = np.vstack([self.vectors[kept], new_vectors]).astype(np.float32)
        self._arabic = self._script_mask()
        self._last = None
        self._spelt = None

    def _as_corpus_ends(self, word: str) -> str:
        """The word with the final letter the corpus gives it, when typed with the common stand-in:
        «الطاقه» (ه for ة) embeds near "aside", «الطاقة» near "energy"; «مستشفي» for «مستشفى» too."""
        if word[-1:] not in ("ه", "ي") or not is_arabic_word(word):
            return word
        if self._spelt is None:
            self._spelt = {token: written for token, written in self.entries}
        written = self._spelt.get(word_token(word), "")
        return word[:-1] + written[-1] if _STAND_INS.get(written[-1:]) == word[-1] else word

    def as_corpus_spelt(self, text: str) -> str:
        """The text with each Arabic word's final letter as the corpus writes it (see
        ``_as_corpus_ends``): «قديش الشراكه بدها تجمع؟» searched as typed ranked the sentence
        answering it below the refusal threshold."""
        return _ARABIC_WORD.sub(lambda word: self._as_corpus_ends(word.group()), text)

    def word_translations(self, question: str, per_word: int, min_similarity: float) -> dict[str, list[str]]:
        """BM25 token of each question word → the BM25 tokens of the corpus words nearest it in
        the other script (cosine ≥ ``min_similarity``, at most ``per_word``).

        The last question's answer is kept: a figure question asks again right after the search.
        """
        key = (question, per_word, min_similarity)
        if self._last is not None and self._last[0] == key:
            return self._last[1]
        words = content_words(question)
        if not words or not self.entries:
            return {}
        similarity = self.embedder.embed_documents([self._as_corpus_ends(word) for word in words]) @ self.vectors.T
        found: dict[str, list[str]] = {}
        take = min(per_word, len(self.entries))
        for word, row in zip(words, similarity):
            row = np.where(self._arabic != is_arabic_word(word), row, -1.0)
            nearest = np.argpartition(-row, take - 1)[:take]  # a partial sort: the lexicon can be large
            columns = [column for column in nearest[np.argsort(-row[nearest])] if row[column] >= min_similarity]
            month = month_number(word)
            if month is not None:
                # Months sit close together: «سبتمبر» is "september", not "june" or "january".
                columns = [column for column in columns if month_number(self.entries[column][1]) == month]
            tokens = [self.entries[column][0] for column in columns]
            found.setdefault(word_token(word), []).extend(tokens)
        self._last = (key, found)
        return found

    def translations(self, question: str, per_word: int, min_similarity: float) -> tuple[list[str], int]:
        """BM25 tokens of the corpus words nearest each question word in the other script, and
        the number of question words (the query length the lexical score is divided by)."""
        by_word = self.word_translations(question, per_word, min_similarity)
        return [token for tokens in by_word.values() for token in tokens], len(content_words(question))


@dataclass
class Hit:
    """One search result: the chunk's text, its fused score and where it comes from."""

    article_id: str
    score: float
    text: str
    metadata: dict[str, Any]
    sentence_scores: list[float] = field(default_factory=list)  # dense cosine of each sentence

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.article_id, "score": round(self.score, 6), "text": self.text, "metadata": self.metadata}


class HybridIndex:
    """Articles, their chunks, both vector sets and BM25, kept in step."""

    def __init__(self, embedder: Embedder, config: IndexConfig | None = None) -> None:
        self.embedder = embedder
        self.config = config or IndexConfig()
        self.articles: dict[str, Article] = {}
        self.chunks: list[Chunk] = []
        self.chunk_vectors = np.zeros((0, embedder.dim), dtype=np.float32)
        self.sentence_vectors = np.zeros((0, embedder.dim), dtype=np.float32)
        self._sentence_offsets = np.zeros(1, dtype=np.int64)  # chunk i owns rows offsets[i]:offsets[i+1]
        self._sentence_owner = np.zeros(0, dtype=np.int64)
        self._chunk_ann: faiss.Index | None = None
        self._sentence_ann: faiss.Index | None = None
        self._bm25: bm25s.BM25 | None = None
        self.lexicon = Lexicon(embedder)
        self.arabic_names = ArabicNames()
        self.latin_names = LatinNames()
        self.acronyms = Acronyms()
        self.arabic_spellings = ArabicSpellings()
        # One question searches several times with the same query (for more chunks of its best
        # articles): its scores are computed once, until the index changes.
        self._last_scores: tuple[str, tuple[np.ndarray, np.ndarray, list[np.ndarray]]] | None = None

    # --- building -------------------------------------------------------------------------

    def add(self, articles: Iterable[Article]) -> list[str]:
        """Add or replace articles; unchanged ones (same content hash) are skipped. Returns ids embedded."""
        changed = [a for a in articles if a.id not in self.articles or self.articles[a.id].content_hash() != a.content_hash()]
        if not changed:
            return []
        self._drop({a.id for a in changed})
        new_chunks: list[Chunk] = []
        for article in changed:
            self.articles[article.id] = article
            for sentences in chunk_sentences(article.text, self.config.chunk_sentences, self.config.chunk_overlap):
                new_chunks.append(Chunk(article.id, tuple(sentences)))
        # Overlapping chunks share sentences: each distinct sentence is embedded once.
        row_of: dict[tuple[str, int], int] = {}
        sentence_texts: list[str] = []
        groups: list[list[int]] = []
        for chunk in new_chunks:
            text = self.articles[chunk.article_id].text
            for span in chunk.sentences:
                if (chunk.article_id, span.start) not in row_of:
                    row_of[(chunk.article_id, span.start)] = len(sentence_texts)
                    sentence_texts.append(text[span.start : span.end])
            groups.append([row_of[(chunk.article_id, span.start)] for span in chunk.sentences])
        distinct_vectors, chunk_vectors = embed_chunks(
            self.embedder, sentence_texts, groups, [self.chunk_text(chunk) for chunk in new_chunks]
        )
        self.chunks.extend(new_chunks)
        self.chunk_vectors = np.vstack([self.chunk_vectors, chunk_vectors])
        self.sentence_vectors = np.vstack([self.sentence_vectors, distinct_vectors[[row for group in groups for row in group]]])
        self._update_lexicon()
        self._rebuild_search()
        return [a.id for a in changed]

    def remove(self, article_ids: Iterable[str]) -> None:
        """Remove articles by id; unknown ids are an error and nothing is removed."""
        ids = set(article_ids)
        unknown = sorted(ids - self.articles.keys())
        if unknown:
            raise KeyError(f"no article with id {', '.join(map(repr, unknown))} in the index")
        self._drop(ids)
        self._update_lexicon()
        self._rebuild_search()

    def _drop(self, ids: set[str]) -> None:
        keep = [i for i, chunk in enumerate(self.chunks) if chunk.article_id not in ids]
        sentence_rows = [row for i in keep for row in range(self._sentence_offsets[i], self._sentence_offsets[i + 1])]
        self.chunks = [self.chunks[i] for i in keep]
        self.chunk_vectors = self.chunk_vectors[keep]
        self.sentence_vectors = self.sentence_vectors[sentence_rows]
        for article_id in ids:
            self.articles.pop(article_id, None)
        self._index_sentences()

    def _update_lexicon(self) -> None:
        self.lexicon.keep(Lexicon.spellings(article.text for article in self.articles.values()))

    def _index_sentences(self) -> None:
        counts = np.array([len(chunk.sentences) for chunk in self.chunks], dtype=np.int64)
        self._sentence_offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        self._sentence_owner = np.repeat(np.arange(len(self.chunks)), counts)
        # Overlapping chunks hold a sentence twice: it is known by its article and start.
        self._sentence_keys = [(chunk.article_id, span.start) for chunk in self.chunks for span in chunk.sentences]
        self._sentence_rows = {key: row for row, key in reversed(list(enumerate(self._sentence_keys)))}
        self._sentence_languages = np.array([self.articles[article_id].language for article_id, _ in self._sentence_keys])
        self._sentence_articles = np.array([article_id for article_id, _ in self._sentence_keys], dtype=object)
        # Declared translations, both ways: each article's partner in the other language (see parallel_sentence).
        self._translated_by: dict[tuple[str, str], str] = {}
        for article in self.articles.values():
            original = self.articles.get(str(article.metadata.get("translation_of", "")))
            if original is not None and original.language != article.language:
                self._translated_by[(article.id, original.language)] = original.id
                self._translated_by[(original.id, article.language)] = article.id
        self._nearest_rows: dict[tuple[int, str, str | None], int] = {}

    def _rebuild_search(self) -> None:
        """Rebuild FAISS and BM25 from stored vectors and texts; no re-embedding."""
        self._last_scores = None
        self._index_sentences()
        self._chunk_ann = self._make_ann(self.chunk_vectors)
        self._sentence_ann = self._make_ann(self.sentence_vectors)
        self._bm25 = None
        text_names = [name for article in self.articles.values() for name in quoted_arabic_names(article.text)]  # read once
        self.arabic_names = ArabicNames(text_names)
        titled_texts = [f"{article.title}\n{article.text}" for article in self.articles.values()]
        self.latin_names = LatinNames(titled_texts)
        self.acronyms = Acronyms(titled_texts)
        self.arabic_spellings = ArabicSpellings(titled_texts, text_names + [name for article in self.articles.values()
                                                                           for name in quoted_arabic_names(article.title)])
        if self.chunks:
            self._bm25 = bm25s.BM25()
            # A chunk is searched with its article's title: a paragraph of the note on «ستارغيت» that
            # says only "the project" (its funders, its chair) is still found for "Stargate".
            tokens = [bm25_tokens(f"{self.articles[chunk.article_id].title}\n{self.chunk_text(chunk)}") or [""] for chunk in self.chunks]
            self._bm25.index(tokens, show_progress=False)

    def _make_ann(self, vectors: np.ndarray) -> faiss.Index:
        dim = self.embedder.dim
        if self.config.ann == "hnsw":
            index = faiss.IndexHNSWFlat(dim, self.config.hnsw_m, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efSearch = self.config.hnsw_ef_search
        else:
            index = faiss.IndexFlatIP(dim)
        if len(vectors):
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return index

    def knows(self, token: str) -> bool:
        """Whether a BM25 token (see :func:`bot.text.bm25_tokens`) occurs anywhere in the corpus."""
        return self._bm25 is not None and token in self._bm25.vocab_dict

    def chunk_text(self, chunk: Chunk) -> str:
        return self.articles[chunk.article_id].text[chunk.start : chunk.end]

    def parallel_sentence(self, article_id: str, start: int, language: str) -> tuple[Hit, Span] | None:
        """The sentence in ``language`` that this one and it are each other's nearest of, with the
        chunk holding it; None when there is none as close as ``parallel_min_similarity``.

        Mutual nearest neighbours across two languages are, in practice, translations: an article
        published in both languages pairs sentence for sentence (cosine 0.60-0.91 here), while two
        notes on one subject in two languages pair nowhere. An article that declares itself the
        translation of another (``translation_of``) pairs within that one only, down to
        ``declared_parallel_min_similarity``: a short heading and its translation score lower
        («"إنفيديا" شريكا كاملا في صندوق الذكاء الاصطناعي» and "Nvidia a full partner in the AI fund": 0.47).
        """
        row = self._sentence_rows.get((article_id, start))
        if row is None:
            return None
        own_language = self._sentence_languages[row]
        if language == own_language or not (self._sentence_languages == language).any():
            return None
        partner = self._translated_by.get((article_id, language))  # a declared translation, either way
        threshold = self.config.declared_parallel_min_similarity if partner else self.config.parallel_min_similarity
        nearest = self._nearest_row(row, language, partner)
        similarity = float(self.sentence_vectors[nearest] @ self.sentence_vectors[row])
        back = self._nearest_row(nearest, own_language, article_id if partner else None)
        if similarity < threshold or self._sentence_keys[back] != (article_id, start):
            return None
        chunk_number = int(self._sentence_owner[nearest])
        chunk = self.chunks[chunk_number]
        span = chunk.sentences[nearest - int(self._sentence_offsets[chunk_number])]
        chunk_rows = self.sentence_vectors[self._sentence_offsets[chunk_number] : self._sentence_offsets[chunk_number + 1]]
        hit = Hit(chunk.article_id, similarity, self.chunk_text(chunk), self._metadata(chunk),
                  [float(score) for score in chunk_rows @ self.sentence_vectors[row]])
        return hit, span

    def _nearest_row(self, row: int, language: str, article_id: str | None = None) -> int:
        """The sentence row in ``language`` (of ``article_id`` only, when given) nearest to ``row``,
        remembered until the index changes: an answer asks for the same few sentences' partners again
        and again, and each asking reads every sentence vector."""
        key = (row, language, article_id)
        if key not in self._nearest_rows:
            similarity = self.sentence_vectors @ self.sentence_vectors[row]
            allowed = self._sentence_languages == language
            if article_id is not None:
                allowed &= self._sentence_articles == article_id
            self._nearest_rows[key] = int(np.argmax(np.where(allowed, similarity, -np.inf)))
        return self._nearest_rows[key]

    # --- searching ------------------------------------------------------------------------

    def search(self, query: str, k: int = 5, *, unique_articles: bool = True,
               where: Callable[[str, str], bool] | None = None) -> list[Hit]:
        """Top-k chunks by fused dense + BM25 score (best chunk per article unless asked otherwise),
        only those ``where(article_id, text)`` accepts when it is given."""
        if k <= 0:
            raise ValueError("k must be a positive number")
        if not self.chunks or not query.strip():
            return []
        last = self._last_scores
        if last is None or last[0] != query:
            last = self._last_scores = (query, self._fused_scores(query))
        candidates, fused, sentence_scores = last[1]
        hits: list[Hit] = []
        seen: set[str] = set()
        for position in np.argsort(-fused, kind="stable"):
            chunk = self.chunks[int(candidates[position])]
            if unique_articles and chunk.article_id in seen or where and not where(chunk.article_id, self.chunk_text(chunk)):
                continue
            seen.add(chunk.article_id)
            hits.append(
                Hit(chunk.article_id, float(fused[position]), self.chunk_text(chunk), self._metadata(chunk),
                    [float(score) for score in sentence_scores[position]])
            )
            if len(hits) == k:
                break
        return hits

    def _fused_scores(self, query: str) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
        """Candidate chunk ids, their fused scores and their sentences' dense scores."""
        assert self._chunk_ann is not None and self._sentence_ann is not None and self._bm25 is not None
        vector = self.embedder.embed_query(query).astype(np.float32)
        _, chunk_ids = self._chunk_ann.search(vector[None, :], min(_CANDIDATES, len(self.chunks)))
        _, sentence_ids = self._sentence_ann.search(vector[None, :], min(_CANDIDATES, len(self.sentence_vectors)))
        tokens = bm25_tokens(query)
        bm25 = self._bm25_scores(tokens)
        translated, word_count = np.zeros_like(bm25), 1
        if self.config.translation_weight > 0:
            translated_tokens, word_count = self.lexicon.translations(
                query, self.config.translation_candidates, self.config.translation_min_similarity
            )
            translated = self._bm25_scores(translated_tokens)
        lexical_ids = np.argsort(-bm25)[:_CANDIDATES]
        translated_ids = np.argsort(-translated)[:_CANDIDATES]
        candidates = np.unique(np.concatenate([
            chunk_ids[0][chunk_ids[0] >= 0],
            self._sentence_owner[sentence_ids[0][sentence_ids[0] >= 0]],
            lexical_ids[bm25[lexical_ids] > 0],
            translated_ids[translated[translated_ids] > 0],
        ]))
        # Exact dense rescoring of every candidate: chunk cosine and best-sentence cosine.
        starts, ends = self._sentence_offsets[candidates], self._sentence_offsets[candidates + 1]
        rows = np.concatenate([np.arange(a, b) for a, b in zip(starts, ends)])
        local_starts = np.concatenate([[0], np.cumsum(ends - starts)[:-1]])
        sentence_scores = self.sentence_vectors[rows] @ vector
        best_sentence = np.maximum.reduceat(sentence_scores, local_starts)
        per_candidate = np.split(sentence_scores, local_starts[1:])
        dense = (self.chunk_vectors[candidates] @ vector + best_sentence) / 2
        query_length = max(sum(not token.startswith(PAIR_KEY) for token in tokens), 1)
        lexical = np.minimum(bm25[candidates] / (self.config.bm25_scale * query_length), 1.0)
        translation = np.minimum(translated[candidates] / (self.config.bm25_scale * max(word_count, 1)), 1.0)
        weight = self.config.dense_weight
        shares = ((dense, weight), (lexical, 1.0 - weight), (translation, self.config.translation_weight))
        if self.config.fusion == "rrf":
            fused = np.zeros(len(candidates))
            for scores, share in shares:
                ranks = np.argsort(np.argsort(-scores, kind="stable"), kind="stable")
                fused += np.where(scores > 0, share / (self.config.rrf_k + ranks + 1), 0.0)
            return candidates, fused, per_candidate
        return candidates, sum(share * scores for scores, share in shares), per_candidate

    def _bm25_scores(self, tokens: list[str]) -> np.ndarray:
        assert self._bm25 is not None
        known = [token for token in tokens if token in self._bm25.vocab_dict]
        return self._bm25.get_scores(known) if known else np.zeros(len(self.chunks), dtype=np.float32)

    def _metadata(self, chunk: Chunk) -> dict[str, Any]:
        article = self.articles[chunk.article_id]
        return {
            **article.metadata,
            "article_id": article.id,
            "title": article.title,
            "language": article.language,
            "source": article.source,
            "date": article.date,
            "start": chunk.start,
            "end": chunk.end,
            "sentences": [[s.start, s.end] for s in chunk.sentences],
        }

    # --- persistence ----------------------------------------------------------------------

    def manifest(self) -> dict[str, Any]:
        return {
            "format_version": FORMAT_VERSION,
            "embedder": {"name": self.embedder.name, "dim": self.embedder.dim},
            "chunking": {"sentences": self.config.chunk_sentences, "overlap": self.config.chunk_overlap},
            "articles": {a.id: {"hash": a.content_hash(), "title": a.title, "language": a.language} for a in self.articles.values()},
            "chunks": len(self.chunks),
        }

    def save(self, directory: Path) -> Path:
        """Write a complete new version, then switch CURRENT to it atomically."""
        directory.mkdir(parents=True, exist_ok=True)
        version = directory / f"v-{time.time_ns()}"
        staging = directory / f".tmp-{version.name}"
        staging.mkdir()
        _write_json(staging / "manifest.json", self.manifest())
        _write_json(staging / "articles.json", [a.to_dict() for a in self.articles.values()])
        _write_json(staging / "chunks.json", [[c.article_id, [[s.start, s.end] for s in c.sentences]] for c in self.chunks])
        _write_json(staging / "lexicon.json", self.lexicon.entries)
        vector_files = (
            ("chunk_vectors.npy", self.chunk_vectors),
            ("sentence_vectors.npy", self.sentence_vectors),
            ("lexicon_vectors.npy", self.lexicon.vectors),
        )
        for name, vectors in vector_files:
            with open(staging / name, "wb") as handle:
                np.save(handle, vectors, allow_pickle=False)
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(staging, version)
        pointer = directory / ".CURRENT.tmp"
        pointer.write_text(version.name, encoding="utf-8")
        os.replace(pointer, directory / "CURRENT")
        for old in directory.iterdir():
            if old.is_dir() and old.name != version.name and old.name.startswith(("v-", ".tmp-")):
                shutil.rmtree(old, ignore_errors=True)
        return version

    @classmethod
    def load(cls, directory: Path, embedder: Embedder, config: IndexConfig | None = None) -> "HybridIndex":
        """Load the live version; refuse one built with another embedder or format."""
        config = config or IndexConfig()
        pointer = directory / "CURRENT"
        if not pointer.is_file():
            raise IndexNotFoundError(f"no index in {directory}: build one with `bot index build PATH... --out {directory}`")
        version = directory / pointer.read_text(encoding="utf-8").strip()
        manifest = json.loads((version / "manifest.json").read_text(encoding="utf-8"))
        rebuild = f"rebuild it with `bot index build PATH... --out {directory}`"
        if manifest.get("format_version") != FORMAT_VERSION:
            raise IndexMismatchError(f"index in {directory} has format {manifest.get('format_version')}, this bot reads {FORMAT_VERSION}: {rebuild}")
        stored = manifest["embedder"]
        if stored != {"name": embedder.name, "dim": embedder.dim}:
            raise IndexMismatchError(
                f"index in {directory} was built with embedder {stored['name']} (dim {stored['dim']}), "
                f"but {embedder.name} (dim {embedder.dim}) is configured: {rebuild}, or set BOT_EMBEDDER to match"
            )
        chunking = manifest["chunking"]
        index = cls(embedder, replace(config, chunk_sentences=chunking["sentences"], chunk_overlap=chunking["overlap"]))
        index.articles = {a["id"]: Article.from_dict(a) for a in json.loads((version / "articles.json").read_text(encoding="utf-8"))}
        index.chunks = [
            Chunk(article_id, tuple(Span(start, end) for start, end in spans))
            for article_id, spans in json.loads((version / "chunks.json").read_text(encoding="utf-8"))
        ]
        index.chunk_vectors = np.load(version / "chunk_vectors.npy", allow_pickle=False)
        index.sentence_vectors = np.load(version / "sentence_vectors.npy", allow_pickle=False)
        index.lexicon = Lexicon(
            embedder,
            json.loads((version / "lexicon.json").read_text(encoding="utf-8")),
            np.load(version / "lexicon_vectors.npy", allow_pickle=False),
        )
        if len(index.lexicon.entries) != len(index.lexicon.vectors) or len(index.chunks) != len(index.chunk_vectors):
            # A hand-edited or half-copied version would pair words and chunks with the wrong vectors.
            raise IndexMismatchError(
                f"index in {directory} is inconsistent ({len(index.chunks)} chunks, {len(index.chunk_vectors)} chunk vectors; "
                f"{len(index.lexicon.entries)} lexicon words, {len(index.lexicon.vectors)} word vectors): {rebuild}"
            )
        index._rebuild_search()
        return index


def _write_json(path: Path, data: Any) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())


class HybridRetriever(BaseRetriever):
    """The index as a LangChain retriever, so it drops into any LangChain chain."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: HybridIndex
    k: int = 5
    unique_articles: bool = False

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [
            Document(page_content=hit.text, metadata={**hit.metadata, "score": hit.score}, id=f"{hit.article_id}@{hit.metadata['start']}")
            for hit in self.index.search(query, self.k, unique_articles=self.unique_articles)
        ]


def open_index(settings: Settings, directory: Path | None = None, embedder: Embedder | None = None) -> HybridIndex:
    """Load an index; the default one is built from the default corpus on first use, and rebuilt
    when it was built by another embedder or index format (it is a cache of that corpus)."""
    target = directory or settings.index_dir
    embedder = embedder or make_embedder(settings.embedder, settings.embed_threads)
    config = IndexConfig.from_settings(settings)
    try:
        return HybridIndex.load(target, embedder, config)
    except (IndexNotFoundError, IndexMismatchError):
        if directory is not None and Path(directory).resolve() != Path(settings.index_dir).resolve():
            raise
    index = HybridIndex(embedder, config)
    index.add(load_paths([settings.corpus_dir]))
    index.save(target)
    return index
