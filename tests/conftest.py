"""Shared fixtures: one real USE embedder per session, small handmade bilingual articles."""

from __future__ import annotations

import zlib

import numpy as np
import pytest

from bot.corpus import Article
from bot.embeddings import make_embedder


@pytest.fixture(scope="session")
def use_embedder():
    """The real multilingual USE embedder, loaded once for the whole run (~1 s)."""
    return make_embedder("use")


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
STARGATE_AR = (
    "أُعلن عن مشروع «ستارغيت» يوم 21 يناير 2025، وهو مشروع مشترك لبناء بنية تحتية للذكاء الاصطناعي في الولايات المتحدة.\n"
    "ويضم الممولون الأوائل شركة «أوبن إيه آي» ومجموعة «سوفت بنك» وشركة «أوراكل» وشركة «إم جي إكس». "
    "وسيستثمرون 100 مليار دولار فورًا وما يصل إلى 500 مليار دولار على مدى أربع سنوات."
)
# Arabic only: no English version exists, so an English question must find it cross-lingually.
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


def _article(id_: str, title: str, text: str, language: str, **metadata) -> Article:
    return Article(
        id=id_, title=title, text=text, language=language,
        source=f"https://example.org/{id_}", date="2025-01-21", metadata=metadata,
    )


@pytest.fixture
def small_articles() -> list[Article]:
    """Five short articles: an English/Arabic pair, an Arabic-only one and two English ones."""
    return [
        _article("stargate-en", "Stargate AI infrastructure venture", STARGATE_EN, "en", kind="article"),
        _article("stargate-ar", "مشروع ستارغيت", STARGATE_AR, "ar", kind="translation", translation_of="stargate-en"),
        _article("football-ar", "الهلال يفوز بالدوري", FOOTBALL_AR, "ar", kind="article"),
        _article("microsoft-en", "Microsoft data-centre spending", MICROSOFT_EN, "en", kind="note"),
        _article("coffee-en", "A short history of coffee", COFFEE_EN, "en", kind="note"),
    ]
