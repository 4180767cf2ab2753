"""Loading articles from disk: every accepted format, and clear errors for everything else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.corpus import Article, CorpusError, load_file, load_paths
from bot.settings import PROJECT_ROOT, Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


MARKDOWN = """---
id: my-article-2025
title: "«إنفيديا» تنضم إلى الشراكة"
language: ar
date: 2025-03-20
source: "https://example.com/news/my-article"
publisher: "Example News"
kind: translation
translation_of: my-article-2025-en
---
الفقرة الأولى من المقال.

عنوان فرعي

الفقرة الثانية: 30 مليار دولار.
"""


# --- formats -------------------------------------------------------------------------------


def test_markdown_front_matter_keys_all_arrive(tmp_path: Path) -> None:
    [article] = load_file(write(tmp_path / "my-article-2025.md", MARKDOWN))
    assert article.id == "my-article-2025"
    assert article.title == "«إنفيديا» تنضم إلى الشراكة"
    assert article.language == "ar"
    assert article.date == "2025-03-20"
    assert article.source == "https://example.com/news/my-article"
    assert article.metadata == {"publisher": "Example News", "kind": "translation", "translation_of": "my-article-2025-en"}
    assert article.text == "الفقرة الأولى من المقال.\n\nعنوان فرعي\n\nالفقرة الثانية: 30 مليار دولار."
    json.dumps(article.to_dict())  # everything is storable as JSON
    assert Article.from_dict(article.to_dict()) == article


def test_markdown_without_front_matter_uses_file_name_and_detects_language(tmp_path: Path) -> None:
    [article] = load_file(write(tmp_path / "Plain Note.md", "A heading line\n\nSome English text about funds."))
    assert article.id == "Plain-Note"
    assert article.title == "A heading line"
    assert article.language == "en"


def test_txt_first_line_is_title_and_nothing_is_lost(tmp_path: Path) -> None:
    content = "صندوق بمليارات الدولارات\nوتخطط الشراكة لجمع 30 مليار دولار.\n"
    [article] = load_file(write(tmp_path / "fund-ar.txt", content))
    assert article.id == "fund-ar"
    assert article.title == "صندوق بمليارات الدولارات"
    assert article.language == "ar"
    assert article.text == content


def test_html_keeps_text_only(tmp_path: Path) -> None:
    html = """<!doctype html><html><head><title>Stargate announced</title>
    <style>body { color: red; }</style><script>var tracking = "secret";</script></head>
    <body><nav><script>alert('x')</script></nav>
    <h1>Stargate</h1><p>OpenAI, <b>SoftBank</b> and Oracle will invest <a href="/x">$100 billion</a>.</p>
    <ul><li>First point</li></ul><noscript>enable js</noscript></body></html>"""
    [article] = load_file(write(tmp_path / "stargate.html", html))
    assert article.title == "Stargate announced"
    assert article.id == "stargate"
    assert article.language == "en"
    for absent in ("<", ">", "tracking", "secret", "color", "alert", "enable js", "href"):
        assert absent not in article.text
    assert article.text == "Stargate\n\nOpenAI, SoftBank and Oracle will invest $100 billion.\n\nFirst point"


def test_html_nested_blocks_are_not_repeated(tmp_path: Path) -> None:
    html = ("<html><body><blockquote><p>Quoted once.</p></blockquote>"
            "<ul><li><p>Item one</p><p>continues</p></li></ul><p>line<br>break</p>"
            "<table><tr><td>cell <i>text</i></td></tr></table></body></html>")
    [article] = load_file(write(tmp_path / "nested.htm", html))
    assert article.text == "Quoted once.\n\nItem one continues\n\nline break\n\ncell text"
    assert article.title == "Quoted once."  # no <title> or <h1>: the first line


def test_squad_json_one_article_per_paragraph(tmp_path: Path) -> None:
    squad = {
        "version": "1.1",
        "data": [
            {"title": "Super_Bowl_50", "paragraphs": [
                {"context": "Peyton Manning led the Broncos.", "qas": [{"id": "q1", "question": "Who?", "answers": []},
                                                                      {"id": "q2", "question": "Which?", "answers": []}]},
                {"context": "   ", "qas": []},
                {"context": "فاز فريق برونكو بالمباراة.", "qas": [{"id": "q3", "question": "من؟", "answers": []}]},
            ]},
            {"title": "Other", "paragraphs": [{"context": "A second entry.", "qas": []}]},
        ],
    }
    articles = load_file(write(tmp_path / "dev set.json", json.dumps(squad, ensure_ascii=False)))
    assert [a.id for a in articles] == ["dev-set:0:0", "dev-set:0:2", "dev-set:1:0"]
    assert [a.metadata["squad_qids"] for a in articles] == [["q1", "q2"], ["q3"], []]
    assert [a.title for a in articles] == ["Super_Bowl_50", "Super_Bowl_50", "Other"]
    assert [a.language for a in articles] == ["en", "ar", "en"]
    assert articles[0].text == "Peyton Manning led the Broncos."


def test_folder_walk_skips_readme_and_unsupported_files(tmp_path: Path) -> None:
    write(tmp_path / "README.md", "# How to add articles\nNot an article.")
    write(tmp_path / "b.txt", "Second article\nbody")
    write(tmp_path / "sub" / "a.md", "---\nid: a\ntitle: A\nlanguage: en\n---\nFirst article.")
    write(tmp_path / "sub" / "readme.md", "also skipped")
    write(tmp_path / "notes.docx", b"\x00\x01binary")
    articles = load_paths([tmp_path])
    assert sorted(a.id for a in articles) == ["a", "b"]


def test_files_and_folders_can_be_mixed(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    write(folder / "one.txt", "One\ntext")
    single = write(tmp_path / "two.txt", "Two\ntext")
    assert [a.id for a in load_paths([folder, single])] == ["one", "two"]


# --- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.docx", b"PK\x03\x04", "unsupported file type .docx"),
        ("noext", b"text", "unsupported file type (none)"),
        ("empty.md", b"", "file is empty"),
        ("blank.txt", b"  \n\t\n", "file is empty"),
        ("latin1.txt", "Café crème".encode("latin-1"), "not UTF-8"),
        ("bad-front.md", b"---\ntitle: [unclosed\n---\nbody", "invalid front matter"),
        ("no-body.md", b"---\nid: x\ntitle: T\n---\n", "has no text"),
        ("bad-lang.md", b"---\nlanguage: fr\n---\nBonjour.", "language must be 'ar' or 'en'"),
        ("bad-id.md", b"---\nid: 'has space'\n---\nBody.", "invalid id"),
        ("bad.json", b"{not json", "not a SQuAD-format JSON file"),
        ("list.json", b"[1, 2]", "not a SQuAD-format JSON file"),
        ("nopara.json", b'{"data": [{"title": "x", "paragraphs": []}]}', "no paragraphs"),
    ],
)
def test_bad_files_give_clear_errors(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = write(tmp_path / name, content)
    with pytest.raises(CorpusError) as error:
        load_paths([path])
    assert message in str(error.value)
    assert str(path) in str(error.value)  # the message names the file


def test_non_utf8_error_says_what_to_do(tmp_path: Path) -> None:
    path = write(tmp_path / "cp1256.txt", "مرحبا".encode("cp1256"))
    with pytest.raises(CorpusError, match="save it as UTF-8"):
        load_file(path)


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    [article] = load_file(write(tmp_path / "bom.txt", "\ufeffTitle\nBody".encode("utf-8")))
    assert article.title == "Title"
    assert not article.text.startswith("\ufeff")


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    write(tmp_path / "a" / "same.txt", "One\nbody")
    write(tmp_path / "b" / "same.md", "Two\nbody")
    with pytest.raises(CorpusError, match="duplicate article id 'same'"):
        load_paths([tmp_path])


def test_duplicate_front_matter_ids_are_rejected(tmp_path: Path) -> None:
    write(tmp_path / "x.md", "---\nid: shared\n---\nOne.")
    write(tmp_path / "y.md", "---\nid: shared\n---\nTwo.")
    with pytest.raises(CorpusError, match="duplicate") as error:
        load_paths([tmp_path])
    assert "x.md" in str(error.value) and "y.md" in str(error.value)


def test_a_file_named_twice_is_loaded_once(tmp_path: Path) -> None:
    single = write(tmp_path / "folder" / "one.txt", "One\ntext")
    write(tmp_path / "folder" / "two.txt", "Two\ntext")
    assert [a.id for a in load_paths([single, tmp_path / "folder", single])] == ["one", "two"]


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file or folder"):
        load_paths([tmp_path / "nowhere"])


def test_folder_without_articles_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "README.md", "only a readme")
    with pytest.raises(CorpusError, match="holds no supported files"):
        load_paths([tmp_path])


def test_one_bad_file_fails_the_whole_load(tmp_path: Path) -> None:
    write(tmp_path / "a-good.txt", "Good\ntext")
    write(tmp_path / "b-bad.txt", b"")
    with pytest.raises(CorpusError, match="b-bad.txt"):
        load_paths([tmp_path])


# --- the default corpus --------------------------------------------------------------------


@pytest.fixture(scope="module")
def default_corpus() -> dict[str, Article]:
    return {a.id: a for a in load_paths([REPO / "index" / "articles"])}


def test_default_corpus_loads_both_languages(default_corpus: dict[str, Article]) -> None:
    assert Settings().corpus_dir.resolve() == (PROJECT_ROOT / "index" / "articles").resolve()
    languages = [a.language for a in default_corpus.values()]
    assert languages.count("ar") >= 1 and languages.count("en") >= 1
    assert "README" not in " ".join(default_corpus)
    for article in default_corpus.values():
        assert article.title and article.source.startswith("http") and article.date
        assert article.metadata.get("kind") in ("article", "translation", "note")


def test_default_corpus_ids_match_file_names(default_corpus: dict[str, Article]) -> None:
    names = {p.stem for p in (REPO / "index" / "articles").glob("*.md") if p.name != "README.md"}
    assert set(default_corpus) == names


def test_arabic_article_body_is_the_published_text(default_corpus: dict[str, Article]) -> None:
    original = SHARED / "corpus" / "ai-infrastructure-partnership.ar.txt"
    if not original.is_file():
        pytest.skip(f"{original} is not present")
    assert default_corpus["aip-xai-nvidia-2025-ar"].text == original.read_text(encoding="utf-8")
