"""HTTP service: REST (/api), OpenAI-compatible (/v1) and the Gradio UI (/) on one FastAPI app.

Handlers are thin: they validate input, call the :class:`Service` (one pipeline, loaded once in
the background so /api/health can say "loading") and shape the output. Index edits build the new
index beside the live one and swap it in, so a question being answered never sees a half-edited
index and edits need no restart.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import re
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import asynccontextmanager
from typing import Any, Literal

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.corpus import Article, CorpusError, parse_html, parse_markdown, parse_plain_text
from bot.generation import GeneratorUnavailableError, make_generator
from bot.index import HybridIndex, IndexConfig, open_index
from bot.pipeline import Answer, Pipeline, QuestionError
from bot.settings import Settings

MODEL_ID = "bilingual-qa-bot"
_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
log = logging.getLogger("uvicorn.error")


class NotReadyError(RuntimeError):
    """The models are still loading (or failed to load)."""


# --- the service -------------------------------------------------------------------------------


class Service:
    """One pipeline for the whole process, and the lock that serialises index edits."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pipeline: Pipeline | None = None
        self.error: str | None = None  # why loading failed
        self.generator_error: str | None = None  # why the configured LLM is not in use
        self._started = False
        self._start_lock = threading.Lock()
        self._edit_lock = threading.Lock()

    def start(self) -> None:
        """Load in a background thread (once), so the server answers /api/health meanwhile."""
        with self._start_lock:
            if not self._started:
                self._started = True
                threading.Thread(target=self.load, name="bot-load", daemon=True).start()

    def load(self) -> None:
        started = time.perf_counter()
        try:
            index = open_index(self.settings)
            index.search("warm up", 1)  # one-off costs are paid here, not by the first user
            try:
                generator = make_generator(self.settings)
            except GeneratorUnavailableError as error:  # answers stay extractive, and say so
                generator, self.generator_error = None, str(error)
            self.pipeline = Pipeline(index, generator, self.settings)
        except Exception as error:  # shown by /api/health and the UI rather than a dead process
            self.error = f"{type(error).__name__}: {error}"
            log.error("bot: loading failed: %s", self.error)
            return
        log.info("bot: ready in %.1f s (%s)", time.perf_counter() - started, self.health())

    def ready(self) -> Pipeline:
        if self.pipeline is None:
            raise NotReadyError(self.error or "the models are still loading; try again in a few seconds")
        return self.pipeline

    def health(self) -> dict[str, Any]:
        if self.pipeline is None:
            return {"status": "error", "detail": self.error} if self.error else {"status": "loading"}
        generator = self.pipeline.generator
        return {
            "status": "ready",
            "embedder": self.pipeline.index.embedder.name,
            "generator": generator.name if generator is not None else "extractive",
            "generator_error": self.generator_error,
            "articles": len(self.pipeline.index.articles),
        }

    def articles(self) -> list[Article]:
        return list(self.ready().index.articles.values())

    def add(self, article: Article) -> None:
        self._edit(lambda index: index.add([article]))

    def remove(self, article_id: str) -> None:
        """Raises KeyError for an unknown id (and changes nothing)."""
        self._edit(lambda index: index.remove([article_id]))

    def _edit(self, change: Callable[[HybridIndex], object]) -> None:
        """Edit a fresh copy of the saved index, save it, then make it the live one."""
        with self._edit_lock:
            pipeline = self.ready()
            index = HybridIndex.load(self.settings.index_dir, pipeline.index.embedder, IndexConfig.from_settings(self.settings))
            change(index)
            index.save(self.settings.index_dir)
            pipeline.index = index


# --- request bodies ----------------------------------------------------------------------------


class AskRequest(BaseModel):
    question: str
    history: list[tuple[str, str]] = Field(default_factory=list, description="earlier [question, answer] pairs")
    stream: bool = False


class DocumentIn(BaseModel):
    """An article to add. Explicit fields override the Markdown front matter."""

    content: str = Field(min_length=1, description="the article as plain text, Markdown or HTML")
    format: Literal["text", "markdown", "html"]
    id: str | None = Field(None, pattern=_ID_PATTERN)
    title: str | None = None
    language: Literal["ar", "en"] | None = None
    source: str | None = None
    date: str | None = None


class DocumentOut(BaseModel):
    id: str
    title: str
    language: str
    source: str
    date: str
    chars: int


class ChatMessage(BaseModel):
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):  # content parts: keep the text ones
            return "".join(str(part.get("text", "")) for part in self.content if part.get("type") == "text")
        return self.content or ""


class ChatRequest(BaseModel):
    model: str = MODEL_ID
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False


def parse_document(doc: DocumentIn, fallback_id: str | None = None) -> Article:
    """Parse with the corpus parsers (HTML keeps text only) and check what the index requires."""
    fallback = doc.id or fallback_id or "doc-" + hashlib.sha256(doc.content.encode()).hexdigest()[:12]
    if doc.format == "markdown":
        article = parse_markdown(doc.content, fallback_id=fallback, origin="document")
    elif doc.format == "html":
        article = parse_html(doc.content, fallback_id=fallback)
    else:
        article = parse_plain_text(doc.content, fallback_id=fallback)
    overrides = {name: getattr(doc, name) for name in ("id", "title", "language", "source", "date")}
    article = dataclasses.replace(article, **{k: v for k, v in overrides.items() if v is not None})
    if not re.match(_ID_PATTERN, article.id):
        raise CorpusError(f"invalid id {article.id!r}: use letters, digits and . _ : - only")
    if not article.text.strip():
        raise CorpusError("the document has no text")
    if article.language not in ("ar", "en"):
        raise CorpusError(f"language must be 'ar' or 'en', not {article.language!r}")
    return article


def error_response(path: str, status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """``{"detail": ...}``; under /v1 also OpenAI's ``{"error": {"message": ...}}``, which its SDKs show."""
    body: dict[str, Any] = {"detail": detail}
    if path.startswith("/v1/"):
        body["error"] = {"message": detail, "type": "invalid_request_error", "code": status}
    return JSONResponse(body, status_code=status, headers=headers)


# --- access: API key, rate limit, request size ---------------------------------------------------


class RateLimiter:
    """Fixed one-minute windows per client, in memory (one process serves everything)."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._lock = threading.Lock()
        self._minute = 0
        self._counts: dict[str, int] = {}

    def retry_after(self, client: str) -> int:
        """0 if the request may go ahead, else seconds until the client's next window."""
        if self.per_minute <= 0:
            return 0
        now = time.time()
        with self._lock:
            if int(now // 60) != self._minute:
                self._minute, self._counts = int(now // 60), {}
            self._counts[client] = self._counts.get(client, 0) + 1
            return 0 if self._counts[client] <= self.per_minute else 60 - int(now % 60)


class BodySizeLimit:
    """Refuse /api and /v1 bodies over the limit with 413, chunked ones included."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(("/api/", "/v1/")):
            await self.app(scope, receive, send)
            return
        too_large = error_response(scope["path"], 413, f"request body is larger than {self.limit} bytes")
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await too_large(scope, receive, send)
            return
        body = b""
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            body += message.get("body", b"")
            if len(body) > self.limit:
                await too_large(scope, receive, send)
                return
            if not message.get("more_body"):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


# --- the app -----------------------------------------------------------------------------------


def _sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _history(messages: list[ChatMessage]) -> tuple[str, list[tuple[str, str]]]:
    """OpenAI messages → (question, [question, answer] pairs): the last user message is asked."""
    turns = [m for m in messages if m.role in ("user", "assistant")]
    if not turns or turns[-1].role != "user":
        raise HTTPException(422, "the last message must come from the user")
    earlier = turns[:-1]
    pairs = [(q.text(), a.text()) for q, a in zip(earlier, earlier[1:]) if q.role == "user" and a.role == "assistant"]
    return turns[-1].text(), pairs


def _extras(answer: Answer) -> dict[str, Any]:
    return {"sources": [c.model_dump() for c in answer.citations], "grounded": answer.grounded, "refused": answer.refused}


def create_app(settings: Settings | None = None, service: Service | None = None, *, ui: bool = True) -> FastAPI:
    """The whole server. Pass a loaded ``service`` to share one pipeline between apps (tests)."""
    settings = settings or Settings()
    service = service or Service(settings)
    limiter = RateLimiter(settings.rate_limit_per_minute)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> Any:
        service.start()
        yield

    app = FastAPI(title="Bilingual grounded QA bot", lifespan=lifespan,
                  description="Answers Arabic and English questions from the indexed articles only, with citations.")
    app.state.service = service
    app.add_middleware(BodySizeLimit, limit=settings.max_request_bytes)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["Authorization", "Content-Type", "X-API-Key"])

    @app.exception_handler(RequestValidationError)
    async def readable_validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"the body is not valid JSON ({e['ctx']['error']})" if e["type"] == "json_invalid"
            else f"{'.'.join(str(p) for p in e['loc'] if p != 'body') or 'body'}: {e['msg']}"
            for e in error.errors()
        )
        return error_response(request.url.path, 422, f"invalid request: {problems}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        return error_response(request.url.path, error.status_code, str(error.detail), error.headers)

    @app.exception_handler(NotReadyError)
    async def not_ready(request: Request, error: NotReadyError) -> JSONResponse:
        return error_response(request.url.path, 503, str(error), {"Retry-After": "5"})

    @app.exception_handler(QuestionError)
    @app.exception_handler(CorpusError)
    async def bad_input(request: Request, error: Exception) -> JSONResponse:
        return error_response(request.url.path, 422, str(error))

    def access(request: Request) -> None:
        """API key (when configured) first, then the per-client rate limit."""
        if settings.api_key:
            given = request.headers.get("x-api-key") or ""
            scheme, _, token = request.headers.get("authorization", "").partition(" ")
            if scheme.lower() == "bearer":
                given = given or token.strip()
            if not secrets.compare_digest(given.encode(), settings.api_key.encode()):
                raise HTTPException(401, "a valid API key is required (Authorization: Bearer KEY or X-API-Key: KEY)",
                                    headers={"WWW-Authenticate": "Bearer"})
        client = request.client.host if request.client else "unknown"
        wait = limiter.retry_after(client)
        if wait:
            raise HTTPException(429, f"rate limit of {settings.rate_limit_per_minute} requests per minute reached; "
                                     f"retry in {wait} s", headers={"Retry-After": str(wait)})

    api = APIRouter(dependencies=[Depends(access)])

    @app.get("/api/health", tags=["service"])
    def health() -> JSONResponse:
        """200 once the models are loaded; 503 while loading (or if loading failed)."""
        body = service.health()
        return JSONResponse(body, status_code=200 if body["status"] == "ready" else 503)

    @api.post("/api/ask", response_model=Answer, tags=["ask"],
              responses={200: {"content": {"text/event-stream": {}}, "description": "Answer, or SSE when stream=true"}})
    def ask(body: AskRequest) -> Any:
        """Answer one question. With ``stream: true``: SSE events ``token``*, ``answer``, ``done``.

        Streamed tokens are provisional; the ``answer`` event carries the verified text to show.
        """
        pipeline = service.ready()
        pipeline.check_question(body.question)
        if not body.stream:
            return pipeline.ask(body.question, body.history)

        def events() -> Iterator[str]:
            try:
                for event in pipeline.stream(body.question, body.history):
                    if event["type"] == "token":
                        yield _sse("token", {"text": event["text"]})
                    else:
                        yield _sse("answer", event["answer"].model_dump(mode="json"))
            except Exception as error:  # the status line is already sent: report in-band
                log.exception("bot: streaming failed")
                yield _sse("error", {"detail": str(error)})
            yield _sse("done", {})

        return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    @api.get("/v1/models", tags=["openai"])
    def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "local"}]}

    @api.post("/v1/chat/completions", tags=["openai"])
    def chat_completions(body: ChatRequest) -> Any:
        """OpenAI chat completions; ``sources``, ``grounded`` and ``refused`` are extra top-level fields.

        Streaming sends the verified answer only (an OpenAI client cannot take back tokens), in
        ``chat.completion.chunk`` pieces; the last chunk carries the extra fields, then ``[DONE]``.
        """
        pipeline = service.ready()
        question, history = _history(body.messages)
        answer = pipeline.ask(pipeline.check_question(question), history)
        head = {"id": f"chatcmpl-{uuid.uuid4().hex}", "created": int(time.time()), "model": body.model}
        if not body.stream:
            message = {"role": "assistant", "content": answer.text}
            return {**head, "object": "chat.completion", **_extras(answer),
                    "choices": [{"index": 0, "message": message, "finish_reason": "stop"}]}

        def chunk(delta: dict[str, str], finish: str | None = None, **extra: Any) -> str:
            body = {**head, "object": "chat.completion.chunk", **extra,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

        def chunks() -> Iterator[str]:
            yield chunk({"role": "assistant", "content": ""})
            for piece in re.findall(r"\S+\s*|\s+", answer.text):
                yield chunk({"content": piece})
            yield chunk({}, "stop", **_extras(answer))
            yield "data: [DONE]\n\n"

        return StreamingResponse(chunks(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    @api.get("/api/documents", response_model=list[DocumentOut], tags=["documents"])
    def list_documents() -> list[DocumentOut]:
        return [DocumentOut(id=a.id, title=a.title, language=a.language, source=a.source, date=a.date, chars=len(a.text))
                for a in service.articles()]

    @api.post("/api/documents", response_model=DocumentOut, status_code=201, tags=["documents"])
    def add_document(doc: DocumentIn) -> DocumentOut:
        """Add (or replace, by id) an article; it is searchable as soon as this returns."""
        article = parse_document(doc)
        service.add(article)
        return DocumentOut(id=article.id, title=article.title, language=article.language, source=article.source,
                           date=article.date, chars=len(article.text))

    @api.delete("/api/documents/{doc_id}", tags=["documents"])
    def delete_document(doc_id: str) -> dict[str, str]:
        try:
            service.remove(doc_id)
        except KeyError:
            raise HTTPException(404, f"no document with id {doc_id!r}") from None
        return {"deleted": doc_id}

    app.include_router(api)
    if ui:
        from bot.ui import mount_ui

        mount_ui(app, service, settings, limiter)
    return app

