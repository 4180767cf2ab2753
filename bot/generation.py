"""Text generation backends behind one small interface.

The answering code only needs "chat messages in, text out" (whole or streamed), so it
depends on the :class:`Generator` protocol, not on a library:

* :class:`LlamaCppGenerator` runs a GGUF model in-process with llama-cpp-python
  (no server to manage; the default).
* :class:`OpenAICompatibleGenerator` talks to any ``/v1/chat/completions`` server
  (llama.cpp's server, vLLM, Ollama, ...) with plain ``httpx``, so a bigger model can run
  elsewhere without an SDK dependency.
* ``"extractive"`` means no LLM at all: :func:`make_generator` returns ``None``.

Every backend failure that means "no LLM right now" raises
:class:`GeneratorUnavailableError`, so callers can fall back (e.g. to an extractive answer)
instead of crashing.
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import httpx

__all__ = [
    "GenerationError",
    "Generator",
    "GeneratorUnavailableError",
    "LlamaCppGenerator",
    "Message",
    "OpenAICompatibleGenerator",
    "make_generator",
]

#: How to build llama-cpp-python on CPUs whose default (native) build dies with SIGILL.
LLAMA_CPP_INSTALL = (
    'CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON" '
    "pip install llama-cpp-python"
)

#: A chat message: ``{"role": "system" | "user" | "assistant", "content": "..."}``.
Message = dict[str, str]


class GenerationError(RuntimeError):
    """A request failed (e.g. the prompt does not fit the context window)."""


class GeneratorUnavailableError(GenerationError):
    """The backend cannot be used at all: model missing/unloadable, server unreachable."""


@runtime_checkable
class Generator(Protocol):
    """What the answering code needs from an LLM."""

    name: str

    def generate(
        self,
        messages: list[Message],
        *,
        max_tokens: int,
        temperature: float = 0.0,
        stop: list[str] | None = None,
    ) -> str:
        """The whole answer for a chat (the model's chat template is applied)."""
        ...

    def stream(
        self,
        messages: list[Message],
        *,
        max_tokens: int,
        temperature: float = 0.0,
        stop: list[str] | None = None,
    ) -> Iterator[str]:
        """The answer as text pieces, as soon as they are decoded."""
        ...


@runtime_checkable
class TokenCounter(Protocol):
    """A generator that can tell what a text costs in prompt tokens: the local model can, a remote
    endpoint cannot. The pipeline keeps the passages it sends within a token budget with it."""

    def count_tokens(self, text: str) -> int:
        ...


# --------------------------------------------------------------------------------------
# llama-cpp-python, in process
# --------------------------------------------------------------------------------------


@dataclass
class _LlamaContext:
    """One loaded ``llama_cpp.Llama`` (weights shared through mmap) with its own KV cache."""

    llm: Any
    lock: threading.Lock = field(default_factory=threading.Lock)
    system: str | None = None  # system message of the last prompt routed here
    last_used: int = 0


class LlamaCppGenerator:
    """A GGUF model loaded once in this process, with the chat template stored in the GGUF.

    llama.cpp reuses the KV cache of a prompt's prefix that matches the previous prompt, and the
    system message (the prompt per language) is that prefix. One context loses it whenever the
    language changes, so ``n_contexts`` contexts are kept (2: one per language) and a prompt goes to
    the one that last saw its system message, else to the least recently used. Alternating Arabic
    and English questions, the first token came 0.5-0.7 s sooner (``benchmarks/prompt_cache.py``);
    each extra context costs ~100 MB (KV cache, buffers), the weights are mapped once. (Saving and
    restoring model states instead cost ~300 ms per answer, more than it saved.)

    A context is not thread-safe, so its calls are serialized by its lock; a stream holds the lock
    until it is exhausted or closed (close abandoned streams, e.g. with ``contextlib.closing``).
    """

    def __init__(
        self,
        model_path: str | Path,
        n_threads: int = 2,
        n_ctx: int = 2048,
        *,
        n_contexts: int = 2,
        n_batch: int = 512,
        flash_attn: bool = True,
        **llama_kwargs: Any,
    ) -> None:
        """Load the model; raise GeneratorUnavailableError if that is impossible.

        ``flash_attn`` is on because it made prompt processing 3-5 % faster on a 2-core CPU
        with the same output; larger ``n_batch``/``n_ubatch`` or a q8_0 KV cache did not help.
        Extra keyword arguments go to ``llama_cpp.Llama`` unchanged.
        """
        self.model_path = Path(model_path)
        self.name = f"llama.cpp:{self.model_path.name}"
        self.n_ctx = n_ctx
        try:
            import llama_cpp
        except ImportError as exc:
            raise GeneratorUnavailableError(
                f"llama-cpp-python is not installed ({exc}); install it with: {LLAMA_CPP_INSTALL}"
            ) from exc
        if not self.model_path.is_file():
            raise GeneratorUnavailableError(f"model file not found: {self.model_path}")
        try:
            self._contexts = [
                _LlamaContext(llama_cpp.Llama(
                    model_path=str(self.model_path),
                    n_threads=n_threads,
                    n_threads_batch=n_threads,
                    n_ctx=n_ctx,
                    n_batch=min(n_batch, n_ctx),
                    flash_attn=flash_attn,
                    verbose=False,
                    **llama_kwargs,
                ))
                for _ in range(max(1, n_contexts))
            ]
        except Exception as exc:  # llama_cpp raises ValueError/RuntimeError on a bad file
            raise GeneratorUnavailableError(f"cannot load {self.model_path}: {exc}") from exc
        self._routing = threading.Lock()
        self._uses = itertools.count(1)

    def _context_for(self, messages: list[Message]) -> _LlamaContext:
        """The context whose cache holds this prompt's system message, else the least recently used."""
        system = next((message["content"] for message in messages if message["role"] == "system"), "")
        with self._routing:
            context = next((each for each in self._contexts if each.system == system), None)
            if context is None:
                context = min(self._contexts, key=lambda each: each.last_used)
                context.system = system
            context.last_used = next(self._uses)
        return context

    def count_tokens(self, text: str) -> int:
        """Prompt tokens ``text`` costs: Arabic takes about three times as many per word as English."""
        return len(self._contexts[0].llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    @staticmethod
    def _request(context: _LlamaContext, messages: list[Message], max_tokens: int, temperature: float,
                 stop: list[str] | None, stream: bool) -> Any:
        return context.llm.create_chat_completion(
            messages=messages,  # type: ignore[arg-type]
            max_tokens=max_tokens,
            temperature=temperature,
            stop=stop or [],
            stream=stream,
        )

    def generate(
        self,
        messages: list[Message],
        *,
        max_tokens: int,
        temperature: float = 0.0,
        stop: list[str] | None = None,
    ) -> str:
        """The whole answer (serialized with other calls)."""
        context = self._context_for(messages)
        with context.lock:
            try:
                result = self._request(context, messages, max_tokens, temperature, stop, stream=False)
            except (ValueError, RuntimeError) as exc:  # e.g. "Requested tokens (...) exceed context window"
                raise GenerationError(str(exc)) from exc
        return result["choices"][0]["message"].get("content") or ""

    def stream(
        self,
        messages: list[Message],
        *,
        max_tokens: int,
        temperature: float = 0.0,
        stop: list[str] | None = None,
    ) -> Iterator[str]:
        """Text pieces as decoded; holds its context's lock while the stream is open."""
        context = self._context_for(messages)
        with context.lock:
            try:
                # llama_cpp checks the prompt length only once the stream is iterated
                for chunk in self._request(context, messages, max_tokens, temperature, stop, stream=True):
                    piece = chunk["choices"][0]["delta"].get("content")
                    if piece:
                        yield piece
            except (ValueError, RuntimeError) as exc:
                raise GenerationError(str(exc)) from exc

    def close(self) -> None:
        """Free the model's memory now rather than at garbage collection."""
        for context in self._contexts:
            with context.lock:
                close = getattr(context.llm, "close", None)
                if close is not None:
                    close()


# --------------------------------------------------------------------------------------
# Any OpenAI-compatible server, over HTTP
# --------------------------------------------------------------------------------------


class OpenAICompatibleGenerator:
    """Chat completions from an OpenAI-compatible server (``base_url`` ends in ``/v1``).

    Connection problems, timeouts, 5xx and 404 answers mean the backend is unavailable;
    other 4xx answers (e.g. a prompt too long for the server's context) are request errors.
    """

    def __init__(self, base_url: str, model: str, api_key: str = "not-needed", timeout_s: float = 60.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.name = f"openai:{model}@{self.base_url}"
        self._url = f"{self.base_url}/chat/completions"
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        # connect fails fast (a closed port is answered at once); reads may take a while.
        timeout = httpx.Timeout(timeout_s, connect=min(timeout_s, 10.0))
        self._client = httpx.Client(timeout=timeout, headers=headers)

    def _body(self, messages: list[Message], max_tokens: int, temperature: float, stop: list[str] | None,
              stream: bool) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": temperature,
            "stream": stream,
        }
        if stop:
            body["stop"] = stop
        return body

    def _raise_for_status(self, response: httpx.Response) -> None:
        if response.status_code < 400:
            return
        detail = response.read().decode("utf-8", "replace")[:500]
        message = f"{self.name}: HTTP {response.status_code}: {detail}"
        if response.status_code >= 500 or response.status_code in (401, 403, 404):
            raise GeneratorUnavailableError(message)
        raise GenerationError(message)

    def _unavailable(self, exc: Exception) -> GeneratorUnavailableError:
        return GeneratorUnavailableError(f"{self.name} unreachable: {type(exc).__name__}: {exc}")

    def generate(
        self,
        messages: list[Message],
        *,
        max_tokens: int,
        temperature: float = 0.0,
        stop: list[str] | None = None,
    ) -> str:
        """The whole answer in one request."""
        try:
            response = self._client.post(self._url, json=self._body(messages, max_tokens, temperature, stop, False))
            self._raise_for_status(response)
            data = response.json()
        except httpx.TransportError as exc:  # connect/read errors and timeouts
            raise self._unavailable(exc) from exc
        except ValueError as exc:  # not JSON
            raise GeneratorUnavailableError(f"{self.name}: invalid JSON answer: {exc}") from exc
        try:
            return data["choices"][0]["message"].get("content") or ""
        except (KeyError, IndexError, TypeError, AttributeError) as exc:
            raise GenerationError(f"{self.name}: unexpected answer: {str(data)[:300]}") from exc

    def stream(
        self,
        messages: list[Message],
        *,
        max_tokens: int,
        temperature: float = 0.0,
        stop: list[str] | None = None,
    ) -> Iterator[str]:
        """Text pieces from the server-sent events (``data: {...}`` lines, ending ``[DONE]``)."""
        body = self._body(messages, max_tokens, temperature, stop, True)
        try:
            with self._client.stream("POST", self._url, json=body) as response:
                self._raise_for_status(response)
                for line in response.iter_lines():
                    if not line.startswith("data:"):
                        continue  # blank separators, ": keep-alive" comments, "event:" lines
                    payload = line[len("data:"):].strip()
                    if payload == "[DONE]":
                        return
                    try:
                        event = json.loads(payload)
                    except ValueError:
                        continue
                    if "error" in event:
                        raise GenerationError(f"{self.name}: {event['error']}")
                    choices = event.get("choices") or []
                    if choices:
                        piece = (choices[0].get("delta") or {}).get("content")
                        if piece:
                            yield piece
        except httpx.TransportError as exc:
            raise self._unavailable(exc) from exc

    def close(self) -> None:
        """Close pooled connections."""
        self._client.close()


# --------------------------------------------------------------------------------------
# Factory
# --------------------------------------------------------------------------------------


def make_generator(settings: Any) -> Generator | None:
    """Build the configured backend (``None`` for the extractive, LLM-free mode).

    ``settings`` is a :class:`bot.settings.Settings` or anything with the same attributes.
    A model that is not installed becomes GeneratorUnavailableError, whose message says
    which pip packages to install.
    """
    kind = settings.generator
    if kind == "extractive":
        return None
    if kind == "openai":
        return OpenAICompatibleGenerator(
            base_url=settings.openai_base_url,
            model=settings.openai_model,
            api_key=settings.openai_api_key,
            timeout_s=settings.openai_timeout_s,
        )
    if kind == "llama":
        from bot.models import ModelError, resolve_model

        try:
            path = resolve_model(settings.llm_model, Path(settings.cache_dir))
        except ModelError as exc:
            raise GeneratorUnavailableError(str(exc)) from exc
        return LlamaCppGenerator(path, n_threads=settings.llm_threads, n_ctx=settings.llm_context,
                                 n_contexts=settings.llm_prompt_caches)
    raise ValueError(f"unknown generator {kind!r} (expected 'llama', 'openai' or 'extractive')")
