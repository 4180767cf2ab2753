"""The `bot` command: build and edit indexes, search, ask, evaluate.

Every user error ends in one line on stderr ("bot: error: ...") and exit status 2, and a command
that fails changes nothing on disk.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterator, TextIO

from bot.corpus import CorpusError, load_paths
from bot.embeddings import EmbedderUnavailableError, make_embedder
from bot.generation import GeneratorUnavailableError
from bot.pipeline import Pipeline, QuestionError, validate_question
from bot.index import HybridIndex, IndexConfig, IndexUnusableError, open_index
from bot.settings import Settings

EXIT_USAGE = 2


class UsageError(Exception):
    """Bad input from the user: reported in one line, exit status 2."""


def positive_int(text: str) -> int:
    """argparse type for counts such as --k: a whole number above zero."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, got {value}")
    return value


# --- index commands ------------------------------------------------------------------------


def _cmd_index_build(args: argparse.Namespace, settings: Settings) -> int:
    articles = load_paths(args.paths)
    target = args.out or settings.index_dir
    embedder = make_embedder(settings.embedder, settings.embed_threads)
    try:  # reuse vectors of unchanged articles when the old index is compatible
        index = HybridIndex.load(target, embedder, IndexConfig.from_settings(settings))
        stale = index.articles.keys() - {a.id for a in articles}
        if stale:
            index.remove(stale)
    except IndexUnusableError:
        index = HybridIndex(embedder, IndexConfig.from_settings(settings))
    started = time.perf_counter()
    embedded = index.add(articles)
    index.save(target)
    print(
        f"indexed {len(index.articles)} articles ({len(index.chunks)} chunks; {len(embedded)} embedded) "
        f"into {target} in {time.perf_counter() - started:.1f}s"
    )
    return 0


def _existing_index(args: argparse.Namespace, settings: Settings) -> tuple[HybridIndex, Path]:
    target = args.index or settings.index_dir
    return open_index(settings, target), target


def _cmd_index_add(args: argparse.Namespace, settings: Settings) -> int:
    articles = load_paths(args.paths)
    index, target = _existing_index(args, settings)
    embedded = index.add(articles)
    index.save(target)
    print(f"added {len(embedded)} article(s), {len(articles) - len(embedded)} unchanged; index has {len(index.articles)}")
    return 0


def _cmd_index_remove(args: argparse.Namespace, settings: Settings) -> int:
    index, target = _existing_index(args, settings)
    try:
        index.remove(args.ids)
    except KeyError as error:
        raise UsageError(error.args[0]) from None
    index.save(target)
    print(f"removed {len(args.ids)} article(s); index has {len(index.articles)}")
    return 0


def _cmd_index_list(args: argparse.Namespace, settings: Settings) -> int:
    index, _ = _existing_index(args, settings)
    for article in index.articles.values():
        if args.json:
            print(json.dumps({"id": article.id, "title": article.title, "language": article.language,
                              "date": article.date, "source": article.source}, ensure_ascii=False))
        else:
            print(f"{article.id}\t{article.language}\t{article.date}\t{article.title}")
    return 0


# --- search --------------------------------------------------------------------------------


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """Yield (line number, record, error) for each non-blank line; bad lines carry an error."""
    try:
        handle = open(path, encoding="utf-8")
    except OSError as error:
        raise UsageError(f"{path}: cannot read ({error.strerror})") from None
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    yield number, None, f"line {number}: not JSON ({error.msg})"
                    continue
                if not isinstance(record, dict) or not isinstance(record.get("question"), str):
                    yield number, None, f"line {number}: expected an object with a 'question' string"
                    continue
                yield number, record, None
        except UnicodeDecodeError:
            raise UsageError(f"{path}: not UTF-8 text") from None


def run_jsonl(path: Path, answer: Callable[[dict[str, Any]], dict[str, Any]], out: TextIO) -> int:
    """Answer a JSONL batch line by line; a bad line gets an error record and the rest go on."""
    for number, record, error in _read_jsonl(path):
        record_id = record.get("id", number) if record else number
        if error is None:
            try:
                result = answer(record)
            except (ValueError, UsageError) as problem:
                error = str(problem)
        out.write(json.dumps({"id": record_id, "error": error} if error else {"id": record_id, **result}, ensure_ascii=False) + "\n")
        out.flush()
    return 0


def _cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    if (args.question is not None) == bool(args.jsonl):
        raise UsageError("give either a question or --jsonl FILE")
    if args.question is not None:
        validate_question(args.question, settings.max_question_chars)
    index, _ = _existing_index(args, settings)

    def search(record: dict[str, Any]) -> dict[str, Any]:
        question = validate_question(record["question"], settings.max_question_chars)
        return {"hits": [hit.to_dict() for hit in index.search(question, args.k, unique_articles=not args.chunks)]}

    if args.jsonl:
        return run_jsonl(args.jsonl, search, sys.stdout)
    hits = search({"question": args.question})["hits"]
    if args.json:
        print(json.dumps(hits, ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print("no results")
    for rank, hit in enumerate(hits, start=1):
        meta = hit["metadata"]
        print(f"[{rank}] {hit['score']:.3f}  {meta['title']}  ({hit['doc_id']}, chars {meta['start']}-{meta['end']})")
        print(f"    {hit['text']}\n")
    return 0


# --- ask -----------------------------------------------------------------------------------


def _pipeline(args: argparse.Namespace, settings: Settings) -> Pipeline:
    overrides = {"generator": args.generator} if args.generator else {}
    if args.index:
        overrides["index_dir"] = args.index
        if not (args.index / "CURRENT").is_file():
            raise UsageError(f"no index in {args.index}: build one with `bot index build PATH... --out {args.index}`")
    return Pipeline.from_settings(settings.model_copy(update=overrides))


def _print_answer(answer) -> None:
    badge = "refused" if answer.refused else ("grounded" if answer.grounded else "NOT grounded")
    print(f"{answer.text}\n\n[{badge}; {answer.path}; {answer.timings.get('total', 0):.0f} ms]")
    for citation in answer.citations:
        print(f"  [{citation.number}] {citation.title} — {citation.source or citation.doc_id} (chars {citation.start}-{citation.end})")
        print(f"      “{citation.quote}”")


def _cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    if (args.question is not None) == bool(args.jsonl):
        raise UsageError("give either a question or --jsonl FILE")
    if args.question is not None:
        validate_question(args.question, settings.max_question_chars)
    pipeline = _pipeline(args, settings)

    def answer(record: dict[str, Any]) -> dict[str, Any]:
        history = record.get("history") or []
        if not isinstance(history, list) or not all(isinstance(turn, list) and len(turn) == 2 for turn in history):
            raise UsageError("history must be a list of [question, answer] pairs")
        started = time.perf_counter()
        result = pipeline.ask(record["question"], history)
        return {
            "answer": result.text, "language": result.language, "refused": result.refused, "grounded": result.grounded,
            "citations": [c.model_dump() for c in result.citations], "path": result.path,
            "latency_ms": round((time.perf_counter() - started) * 1000, 1),
        }

    if args.jsonl:
        return run_jsonl(args.jsonl, answer, sys.stdout)
    result = pipeline.ask(args.question)
    if args.json:
        print(result.model_dump_json(indent=2))
    else:
        _print_answer(result)
    return 0


# --- parser --------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bot", description="Grounded Arabic/English question answering over your articles.")
    commands = parser.add_subparsers(dest="command", required=True)

    index = commands.add_parser("index", help="build and edit an index").add_subparsers(dest="index_command", required=True)
    build = index.add_parser("build", help="index files and folders (.md, .txt, .html, SQuAD .json)")
    build.add_argument("paths", nargs="+", type=Path)
    build.add_argument("--out", type=Path, help="index folder (default: the bot's default index)")
    build.set_defaults(handler=_cmd_index_build)
    for name, help_text in (("add", "add or update articles"), ("remove", "remove articles by id"), ("list", "list articles")):
        sub = index.add_parser(name, help=help_text)
        if name == "add":
            sub.add_argument("paths", nargs="+", type=Path)
        elif name == "remove":
            sub.add_argument("ids", nargs="+")
        else:
            sub.add_argument("--json", action="store_true", help="one JSON object per line")
        sub.add_argument("--index", type=Path, help="index folder (default: the bot's default index)")
        sub.set_defaults(handler={"add": _cmd_index_add, "remove": _cmd_index_remove, "list": _cmd_index_list}[name])

    search = commands.add_parser("search", help="find the passages that match a question")
    search.add_argument("question", nargs="?")
    search.add_argument("--index", type=Path, help="index folder (default: the bot's default index)")
    search.add_argument("--k", type=positive_int, default=5, help="number of results (default 5)")
    search.add_argument("--jsonl", type=Path, help='batch: lines of {"id","question"}; prints one JSON line each')
    search.add_argument("--json", action="store_true", help="print the hits as JSON")
    search.add_argument("--chunks", action="store_true", help="allow several chunks of one article")
    search.set_defaults(handler=_cmd_search)

    ask = commands.add_parser("ask", help="answer a question from the sources, with citations")
    ask.add_argument("question", nargs="?")
    ask.add_argument("--index", type=Path, help="index folder (default: the bot's default index)")
    ask.add_argument("--generator", choices=["llama", "openai", "extractive"], help="override BOT_GENERATOR")
    ask.add_argument("--json", action="store_true", help="print the whole Answer object as JSON")
    ask.add_argument("--jsonl", type=Path, help='batch: lines of {"id","question","history"?}; one JSON line each')
    ask.set_defaults(handler=_cmd_ask)

    from bot.evaluation import add_eval_parser

    add_eval_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args, Settings())
    except (UsageError, QuestionError, CorpusError, IndexUnusableError, EmbedderUnavailableError,
            GeneratorUnavailableError) as error:
        print(f"bot: error: {error}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
