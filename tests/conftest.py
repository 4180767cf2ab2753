"""Shared fixtures: one real USE embedder per session, small handmade bilingual articles."""

from __future__ import annotations

import socket
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import pytest

from bot.corpus import Article
from bot.embeddings import make_embedder


class CachingEmbedder:
    """The real embedder with a per-session memo of text → vector, so rebuilding the small test
    indexes again and again costs nothing after the first time (vectors are the real ones)."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self._documents: dict[str, np.ndarray] = {}
        self._queries: dict[str, np.ndarray] = {}
        self._groups: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self._documents))
        if missing:
            self._documents.update(zip(missing, self.inner.embed_documents(missing)))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._documents[t] for t in texts])

    def embed_sentence_groups(self, sentences: list[str], groups: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        """The inner embedder's pooled chunk vectors (the path the index takes in production), memoised."""
        key = (tuple(sentences), tuple(tuple(group) for group in groups))
        if key not in self._groups:
            self._groups[key] = self.inner.embed_sentence_groups(sentences, groups)
        return self._groups[key]

    def embed_query(self, text: str) -> np.ndarray:
        if text not in self._queries:
            self._queries[text] = self.inner.embed_query(text)
        return self._queries[text]


@pytest.fixture(scope="session")
def raw_use_embedder():
    """The real multilingual USE embedder, loaded once for the whole run (~1 s)."""
    return make_embedder("use")


@pytest.fixture(scope="session")
def use_embedder(raw_use_embedder):
    """USE behind a session-wide memo: same vectors, each text embedded once per run."""
    return CachingEmbedder(raw_use_embedder)


class CountingEmbedder:
    """Wraps an embedder and counts the texts it is asked to embed."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.documents: list[str] = []
        self.queries: list[str] = []

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        self.documents.extend(texts)
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> np.ndarray:
        self.queries.append(text)
        return self.inner.embed_query(text)

    def embed_sentence_groups(self, sentences: list[str], groups: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        self.documents.extend(sentences)  # the texts the pooled path reads
        return self.inner.embed_sentence_groups(sentences, groups)

    def reset(self) -> None:
        self.documents.clear()
        self.queries.clear()


class FakeEmbedder:
    """A tiny deterministic embedder with another name and dimension than USE."""

    name = "fake-hash-embedder"
    dim = 8

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        rows = np.array([[(zlib.crc32(t.encode()) >> i) % 7 + 1 for i in range(self.dim)] for t in texts], dtype=np.float32)
        rows = rows.reshape(len(texts), self.dim)
        return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]


@pytest.fixture
def counting_embedder(use_embedder) -> CountingEmbedder:
    return CountingEmbedder(use_embedder)


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


# --- a small bilingual corpus ---------------------------------------------------------------

STARGATE_EN = (
    "Stargate is a joint venture announced on 21 January 2025 to build artificial intelligence "
    "infrastructure in the United States.\n"
    "Its initial equity funders are OpenAI, SoftBank, Oracle and MGX. "
    "They will invest $100 billion immediately and up to $500 billion over four years."
)
FOOTBALL_AR = (
    "فاز نادي الهلال السعودي بلقب الدوري بعد مباراة مثيرة أمام النصر في الرياض.\n"
    "وسجل المهاجم هدفين في الشوط الثاني، واحتفل آلاف المشجعين في الملعب حتى ساعة متأخرة من الليل."
)
MICROSOFT_EN = (
    "Microsoft expects to spend about $80 billion on AI-enabled data centres in fiscal year 2025.\n"
    "More than half of that spending will be in the United States, the company said."
)
COFFEE_EN = (
    "Coffee cultivation began in Ethiopia and spread to Yemen in the fifteenth century.\n"
    "Today Brazil is the largest producer of coffee beans in the world."
)
# A faithful Arabic translation of COFFEE_EN.
COFFEE_AR = (
    "بدأت زراعة القهوة في إثيوبيا، ثم انتقلت إلى اليمن في القرن الخامس عشر.\n"
    "واليوم تعد البرازيل أكبر منتج لحبوب القهوة في العالم."
)


def _article(id_: str, title: str, text: str, language: str, **metadata) -> Article:
    return Article(
        id=id_, title=title, text=text, language=language,
        source=f"https://example.org/{id_}", date="2025-01-21", metadata=metadata,
    )


@pytest.fixture
def small_articles() -> list[Article]:
    """Five short articles: an English/Arabic pair, an Arabic-only one and two other English ones."""
    return [
        _article("stargate-en", "Stargate AI infrastructure venture", STARGATE_EN, "en", kind="article"),
        _article("coffee-en", "A short history of coffee", COFFEE_EN, "en", kind="article"),
        _article("coffee-ar", "تاريخ موجز للقهوة", COFFEE_AR, "ar", kind="translation", translation_of="coffee-en"),
        _article("football-ar", "الهلال يفوز بالدوري", FOOTBALL_AR, "ar", kind="article"),
        _article("microsoft-en", "Microsoft data-centre spending", MICROSOFT_EN, "en", kind="note"),
    ]


# --- one live server (uvicorn, extractive answers) for the API and browser tests -------------------

# Arabic news style: the sentence starts with an English name, and must still be laid out right-to-left.
MICROSOFT_AR = (
    "Microsoft تتوقع إنفاق نحو 80 مليار دولار على مراكز بيانات الذكاء الاصطناعي في السنة المالية 2025.\n"
    "وقالت الشركة إن أكثر من نصف هذا الإنفاق سيكون في الولايات المتحدة."
)


@dataclass
class LiveServer:
    """A running server: its base URL, and the service behind it (to share with other test apps)."""

    url: str
    service: Any
    settings: Any


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(tmp_path_factory, use_embedder) -> Iterator[LiveServer]:
    """`python app.py` in a thread on a free localhost port, over the small corpus plus MICROSOFT_AR."""
    import httpx
    import uvicorn

    from bot.api import Service, create_app
    from bot.index import HybridIndex
    from bot.settings import Settings

    index_dir = tmp_path_factory.mktemp("served-index")
    index = HybridIndex(use_embedder)
    index.add([
        _article("stargate-en", "Stargate AI infrastructure venture", STARGATE_EN, "en"),
        _article("coffee-en", "A short history of coffee", COFFEE_EN, "en"),
        _article("coffee-ar", "تاريخ موجز للقهوة", COFFEE_AR, "ar"),
        _article("football-ar", "الهلال يفوز بالدوري", FOOTBALL_AR, "ar"),
        _article("microsoft-en", "Microsoft data-centre spending", MICROSOFT_EN, "en"),
        _article("microsoft-ar", "مايكروسوفت تنفق على مراكز البيانات", MICROSOFT_AR, "ar"),
    ])
    index.save(index_dir)
    settings = Settings(index_dir=index_dir, embedder="use", generator="extractive", host="127.0.0.1",
                        port=free_port(), api_key=None, rate_limit_per_minute=0, max_request_bytes=65536,
                        cors_origins=[])
    service = Service(settings)
    server = uvicorn.Server(uvicorn.Config(create_app(settings, service), host=settings.host, port=settings.port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://{settings.host}:{settings.port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if server.started and httpx.get(f"{url}/api/health").status_code == 200:
                break
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    else:
        raise RuntimeError(f"the server did not become ready: {service.health()}")
    yield LiveServer(url, service, settings)
    server.should_exit = True
    thread.join(timeout=10)
