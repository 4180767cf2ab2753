"""The `bot` command, run in-process: index commands, search, and one-line errors that change nothing."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cli
from bot import index as index_module
from bot.cli import main

ARTICLES = {
    "coffee-en.md": "---\nid: coffee-en\ntitle: A short history of coffee\nlanguage: en\ndate: 2024-05-01\n"
    "source: https://example.org/coffee\n---\nCoffee cultivation began in Ethiopia and spread to Yemen.\n"
    "Today Brazil is the largest producer of coffee beans in the world.",
    "football-ar.md": "---\nid: football-ar\ntitle: الهلال يفوز بالدوري\nlanguage: ar\n---\n"
    "فاز نادي الهلال السعودي بلقب الدوري بعد مباراة مثيرة أمام النصر في الرياض.\nوسجل المهاجم هدفين في الشوط الثاني.",
    "microsoft.txt": "Microsoft data-centre spending\nMicrosoft expects to spend about $80 billion on AI-enabled data centres in 2025.",
}
EXTRA = "---\nid: iea-en\ntitle: Data-centre electricity\nlanguage: en\n---\nData centres used about 460 TWh of electricity in 2022."
SQUAD = {
    "version": "1.1",
    "data": [{"title": "Super_Bowl_50", "paragraphs": [
        {"context": "The Denver Broncos defeated the Carolina Panthers 24–10 to win Super Bowl 50.",
         "qas": [{"id": "q1", "question": "Who won Super Bowl 50?", "answers": [{"text": "Denver Broncos", "answer_start": 4}]}]},
        {"context": "Peyton Manning became the first quarterback to lead two teams to multiple Super Bowls.",
         "qas": [{"id": "q2", "question": "Who is Peyton Manning?", "answers": []}]},
    ]}],
}


@pytest.fixture
def env(tmp_path: Path, monkeypatch, use_embedder) -> Path:
    """Settings point into tmp_path (never the repo's index/built); the embedder is the session's USE."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, content in ARTICLES.items():
        (corpus / name).write_text(content, encoding="utf-8")
    monkeypatch.setenv("BOT_INDEX_DIR", str(tmp_path / "default-index"))
    monkeypatch.setenv("BOT_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("BOT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("BOT_SETTINGS_FILE", str(tmp_path / "no-such-bot.toml"))
    monkeypatch.delenv("BOT_EMBEDDER", raising=False)
    monkeypatch.setattr(cli, "make_embedder", lambda spec, threads=2: use_embedder)
    monkeypatch.setattr(index_module, "make_embedder", lambda spec, threads=2: use_embedder)
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_usage_error(code: int, err: str, *fragments: str) -> None:
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("bot: error: ")
    for fragment in fragments:
        assert fragment in lines[0]


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def built(env: Path, capsys) -> Path:
    """An index of the three corpus articles at env/idx."""
    code, out, _ = run(capsys, "index", "build", str(env / "corpus"), "--out", str(env / "idx"))
    assert code == 0, out
    return env / "idx"


def listed_ids(capsys, index_dir: Path) -> list[str]:
    code, out, _ = run(capsys, "index", "list", "--json", "--index", str(index_dir))
    assert code == 0
    return [json.loads(line)["id"] for line in out.splitlines()]


# --- index commands ------------------------------------------------------------------------


def test_index_build_of_a_folder(env: Path, capsys) -> None:
    code, out, err = run(capsys, "index", "build", str(env / "corpus"), "--out", str(env / "idx"))
    assert code == 0 and err == ""
    assert out.startswith("indexed 3 articles") and "3 embedded" in out and str(env / "idx") in out
    assert (env / "idx" / "CURRENT").is_file()
    assert not (env / "default-index").exists()


def test_index_build_reuses_unchanged_articles_and_drops_stale_ones(built: Path, env: Path, capsys) -> None:
    (env / "corpus" / "microsoft.txt").unlink()
    code, out, _ = run(capsys, "index", "build", str(env / "corpus"), "--out", str(built))
    assert code == 0
    assert out.startswith("indexed 2 articles") and "0 embedded" in out
    assert sorted(listed_ids(capsys, built)) == ["coffee-en", "football-ar"]


def test_index_build_of_a_squad_file(env: Path, capsys) -> None:
    squad = env / "dev.json"
    squad.write_text(json.dumps(SQUAD), encoding="utf-8")
    code, out, _ = run(capsys, "index", "build", str(squad), "--out", str(env / "squad-idx"))
    assert code == 0 and out.startswith("indexed 2 articles")
    code, out, _ = run(capsys, "search", "Who won Super Bowl 50?", "--index", str(env / "squad-idx"), "--json", "--k", "1")
    [hit] = json.loads(out)
    assert hit["doc_id"] == "dev:0:0"
    assert hit["metadata"]["squad_qids"] == ["q1"] and hit["metadata"]["title"] == "Super_Bowl_50"


def test_index_list(built: Path, capsys) -> None:
    code, out, _ = run(capsys, "index", "list", "--index", str(built))
    assert code == 0
    rows = sorted(line.split("\t") for line in out.splitlines())
    assert rows == [
        ["coffee-en", "en", "2024-05-01", "A short history of coffee"],
        ["football-ar", "ar", "", "الهلال يفوز بالدوري"],
        ["microsoft", "en", "", "Microsoft data-centre spending"],
    ]
    code, out, _ = run(capsys, "index", "list", "--json", "--index", str(built))
    records = [json.loads(line) for line in out.splitlines()]
    assert {r["id"]: r["source"] for r in records}["coffee-en"] == "https://example.org/coffee"
    assert set(records[0]) == {"id", "title", "language", "date", "source"}


def test_index_add(built: Path, env: Path, capsys) -> None:
    extra = env / "iea-en.md"
    extra.write_text(EXTRA, encoding="utf-8")
    code, out, _ = run(capsys, "index", "add", str(extra), "--index", str(built))
    assert code == 0 and out.strip() == "added 1 article(s), 0 unchanged; index has 4"
    assert "iea-en" in listed_ids(capsys, built)
    code, out, _ = run(capsys, "index", "add", str(extra), "--index", str(built))
    assert out.strip() == "added 0 article(s), 1 unchanged; index has 4"
    code, out, _ = run(capsys, "search", "How much electricity do data centres use?", "--index", str(built), "--json", "--k", "1")
    assert json.loads(out)[0]["doc_id"] == "iea-en"


def test_index_remove(built: Path, capsys) -> None:
    code, out, _ = run(capsys, "index", "remove", "football-ar", "--index", str(built))
    assert code == 0 and out.strip() == "removed 1 article(s); index has 2"
    assert sorted(listed_ids(capsys, built)) == ["coffee-en", "microsoft"]
    code, out, _ = run(capsys, "search", "Which team won the league?", "--index", str(built), "--json")
    assert all(hit["doc_id"] != "football-ar" for hit in json.loads(out))


# --- search --------------------------------------------------------------------------------


def test_search_prints_ranked_passages_for_people(built: Path, capsys) -> None:
    code, out, err = run(capsys, "search", "Which team won the league?", "--index", str(built), "--k", "2")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("[1] ") and "الهلال يفوز بالدوري" in lines[0] and "(football-ar, chars 0-" in lines[0]
    assert "فاز نادي الهلال" in lines[1]
    assert any(line.startswith("[2] ") for line in lines) and not any(line.startswith("[3] ") for line in lines)


def test_search_json_hits(built: Path, capsys) -> None:
    code, out, _ = run(capsys, "search", "أين بدأت زراعة القهوة؟", "--index", str(built), "--json", "--k", "3", "--chunks")
    hits = json.loads(out)
    assert hits[0]["doc_id"] == "coffee-en"
    for hit in hits:
        assert set(hit) == {"doc_id", "score", "text", "metadata"}


def test_search_uses_the_default_index_from_settings(env: Path, capsys) -> None:
    code, out, _ = run(capsys, "search", "Where did coffee cultivation begin?", "--json", "--k", "1")
    assert code == 0 and json.loads(out)[0]["doc_id"] == "coffee-en"
    assert (env / "default-index" / "CURRENT").is_file()  # built on first use, inside tmp_path


def test_search_jsonl_batch(built: Path, env: Path, capsys) -> None:
    batch = env / "questions.jsonl"
    batch.write_text(
        "\n".join([
            json.dumps({"id": "a", "question": "Which team won the league?"}),
            "{this is not json",
            "",
            json.dumps({"question": "Where did coffee cultivation begin?"}),
            json.dumps({"id": "empty", "question": "   "}),
            json.dumps({"id": "noq", "text": "no question key"}),
            json.dumps({"id": 7, "question": "كم تنفق مايكروسوفت على مراكز البيانات؟"}),
        ]) + "\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "search", "--jsonl", str(batch), "--index", str(built), "--k", "2")
    assert code == 0 and err == ""
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["a", 2, 4, "empty", 6, 7]
    good = [r for r in records if "hits" in r]
    assert [r["id"] for r in good] == ["a", 4, 7]
    for record in good:
        assert 1 <= len(record["hits"]) <= 2
        for hit in record["hits"]:
            assert set(hit) == {"doc_id", "score", "text", "metadata"}
            assert isinstance(hit["score"], float) and hit["text"]
    assert [r["hits"][0]["doc_id"] for r in good] == ["football-ar", "coffee-en", "microsoft"]
    errors = {r["id"]: r["error"] for r in records if "error" in r}
    assert errors[2].startswith("line 2: not JSON")
    assert errors["empty"] == "the question is empty"
    assert "'question'" in errors[6]


# --- errors: exit 2, one line, nothing changed ---------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("notes.docx", b"PK\x03\x04", "unsupported file type .docx"),
        ("empty.md", b"", "file is empty"),
        ("latin1.txt", "Café crème".encode("latin-1"), "not UTF-8"),
    ],
)
@pytest.mark.parametrize("command", ["build", "add"])
def test_bad_input_files_change_nothing(built: Path, env: Path, capsys, name: str, content: bytes, fragment: str, command: str) -> None:
    bad = env / "incoming" / name
    bad.parent.mkdir()
    bad.write_bytes(content)
    (env / "incoming" / "good.txt").write_text("Good\nA perfectly fine article.", encoding="utf-8")
    before = snapshot(built)
    flag = "--out" if command == "build" else "--index"
    source = bad if name.endswith(".docx") else env / "incoming"  # folders skip unknown types
    code, out, err = run(capsys, "index", command, str(env / "incoming" / "good.txt"), str(source), flag, str(built))
    assert_usage_error(code, err, fragment, name)
    assert out == ""
    assert snapshot(built) == before


def test_bad_file_does_not_create_a_new_index(env: Path, capsys) -> None:
    (env / "bad.rtf").write_text("{\\rtf1}", encoding="utf-8")
    code, _, err = run(capsys, "index", "build", str(env / "bad.rtf"), "--out", str(env / "new-idx"))
    assert_usage_error(code, err, "unsupported file type .rtf")
    assert not (env / "new-idx").exists()


def test_missing_source_path(env: Path, capsys) -> None:
    code, _, err = run(capsys, "index", "build", str(env / "nowhere"), "--out", str(env / "idx"))
    assert_usage_error(code, err, "no such file or folder")
    assert not (env / "idx").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "coffee"],
        ["index", "list"],
        ["index", "remove", "coffee-en"],
        ["index", "add", "{corpus}"],
    ],
)
def test_missing_index(env: Path, capsys, argv: list[str]) -> None:
    missing = env / "missing-idx"
    argv = [part.format(corpus=env / "corpus") for part in argv] + ["--index", str(missing)]
    code, out, err = run(capsys, *argv)
    assert_usage_error(code, err, "no index in", "bot index build")
    assert out == ""
    assert not missing.exists() and not (env / "default-index").exists()


@pytest.mark.parametrize("k", ["0", "-3", "two"])
def test_k_must_be_a_positive_number(built: Path, capsys, k: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["search", "coffee", "--index", str(built), "--k", k])
    assert exit_info.value.code == 2
    assert "--k" in capsys.readouterr().err


def test_remove_of_unknown_id_changes_nothing(built: Path, capsys) -> None:
    before = snapshot(built)
    code, out, err = run(capsys, "index", "remove", "coffee-en", "no-such-id", "--index", str(built))
    assert_usage_error(code, err, "no-such-id")
    assert out == ""
    assert snapshot(built) == before


@pytest.mark.parametrize(("question", "fragment"), [("", "the question is empty"), ("   ", "the question is empty"), ("x" * 5000, "longer than")])
def test_bad_questions(built: Path, capsys, question: str, fragment: str) -> None:
    code, out, err = run(capsys, "search", question, "--index", str(built))
    assert_usage_error(code, err, fragment)
    assert out == ""


@pytest.mark.parametrize("extra", [[], ["coffee", "--jsonl", "q.jsonl"]])
def test_question_or_batch_but_not_both(built: Path, capsys, extra: list[str]) -> None:
    code, _, err = run(capsys, "search", *extra, "--index", str(built))
    assert_usage_error(code, err, "give either a question or --jsonl FILE")


def test_unreadable_batch_file(built: Path, env: Path, capsys) -> None:
    code, _, err = run(capsys, "search", "--jsonl", str(env / "nope.jsonl"), "--index", str(built))
    assert_usage_error(code, err, "nope.jsonl", "cannot read")
    (env / "bad.jsonl").write_bytes(b'{"question": "caf\xe9"}\n')
    code, _, err = run(capsys, "search", "--jsonl", str(env / "bad.jsonl"), "--index", str(built))
    assert_usage_error(code, err, "not UTF-8")


def test_index_built_with_another_embedder_is_refused_by_search(built: Path, capsys, monkeypatch) -> None:
    from conftest import FakeEmbedder

    monkeypatch.setattr(index_module, "make_embedder", lambda spec, threads=2: FakeEmbedder())
    before = snapshot(built)
    code, _, err = run(capsys, "search", "coffee", "--index", str(built))
    assert_usage_error(code, err, "was built with embedder", "bot index build")
    assert snapshot(built) == before


def test_unknown_command_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2


# --- the installed console script ----------------------------------------------------------


def test_installed_bot_script_runs() -> None:
    script = Path(sys.executable).with_name("bot")
    command = str(script) if script.exists() else shutil.which("bot")
    if command is None:
        pytest.fail("the `bot` console script is not installed (pip install -e .)")
    result = subprocess.run([command, "--help"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "usage: bot" in result.stdout
    for sub in ("index", "search"):
        assert sub in result.stdout


def test_ask_with_an_empty_question_says_so(capsys, tmp_path, monkeypatch):
    from bot.cli import main

    monkeypatch.setenv("BOT_INDEX_DIR", str(tmp_path / "never-built"))
    assert main(["ask", "--generator", "extractive", ""]) == 2
    assert "the question is empty" in capsys.readouterr().err
    assert not (tmp_path / "never-built").exists()  # nothing was built or changed
