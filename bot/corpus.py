"""Articles on disk: the one format users follow, plus .txt, .html and SQuAD-format .json.

Markdown with YAML front matter is the native format (see ``index/articles/README.md``).
Loading never executes anything from a file and never keeps HTML markup: only text is read.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import frontmatter
import yaml
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from bot.text import detect_language

SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".json")
_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")
_HTML_BLOCKS = "title, h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td"
_BLOCK_TAGS = frozenset(tag.strip() for tag in _HTML_BLOCKS.split(","))


class CorpusError(ValueError):
    """A source file cannot be used; the message says which file and why."""


@dataclass
class Article:
    """One document: the unit that is added, removed and cited."""

    id: str
    title: str
    text: str
    language: str
    source: str = ""
    date: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)

    def content_hash(self) -> str:
        """Hash of everything that affects the index, so unchanged articles are not re-embedded."""
        payload = json.dumps([self.title, self.text, self.language], ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        return cls(**data)


def slugify(name: str) -> str:
    """A stable article id from a file name."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.")
    return slug[:120] or "article"


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CorpusError(f"{path}: cannot read file ({error.strerror})") from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CorpusError(f"{path}: not UTF-8 text (byte {error.start}); save it as UTF-8") from error
    if not text.strip():
        raise CorpusError(f"{path}: file is empty")
    return text


def _checked(article: Article, path: Path) -> Article:
    if not _ID_PATTERN.match(article.id):
        raise CorpusError(f"{path}: invalid id {article.id!r} (letters, digits, . _ : - only)")
    if not article.text.strip():
        raise CorpusError(f"{path}: article {article.id!r} has no text")
    if article.language not in ("ar", "en"):
        raise CorpusError(f"{path}: language must be 'ar' or 'en', not {article.language!r}")
    return article


def parse_markdown(content: str, *, fallback_id: str, origin: str = "<text>") -> Article:
    """Parse Markdown with optional YAML front matter (id, title, language, date, source, ...)."""
    try:
        post = frontmatter.loads(content)
    except yaml.YAMLError as error:
        raise CorpusError(f"{origin}: invalid front matter ({error})") from error
    meta = {key: value for key, value in post.metadata.items()}
    body = post.content
    title = str(meta.pop("title", "") or _first_line(body))
    return Article(
        id=str(meta.pop("id", "") or fallback_id),
        title=title,
        text=body,
        language=str(meta.pop("language", "") or detect_language(body)),
        source=str(meta.pop("source", "") or ""),
        date=str(meta.pop("date", "") or ""),
        metadata={key: _jsonable(value) for key, value in meta.items()},
    )


def parse_html(content: str, *, fallback_id: str, source: str = "") -> Article:
    """Keep the visible text of block elements; scripts, styles and markup are dropped."""
    tree = HTMLParser(content)
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    title_node = tree.css_first("title") or tree.css_first("h1")
    title = title_node.text(strip=True) if title_node else ""
    blocks = [_block_text(node) for node in tree.css(_HTML_BLOCKS) if node.tag != "title" and not _inside_block(node)]
    body = "\n\n".join(block for block in blocks if block)
    if not body and tree.body is not None:
        body = tree.body.text(separator="\n", strip=True)
    return Article(
        id=fallback_id,
        title=title or _first_line(body),
        text=body,
        language=detect_language(body),
        source=source,
    )


def _inside_block(node: Any) -> bool:
    """True for a block nested in another block (its text is taken with the outer one)."""
    parent = node.parent
    while parent is not None:
        if parent.tag in _BLOCK_TAGS:
            return True
        parent = parent.parent
    return False


def _block_text(node: Any) -> str:
    """A block's text as a reader sees it: inline markup joins without spaces ("$30 billion."),
    nested blocks and <br> break words apart, and runs of white space become one space."""
    parts = []
    for child in node.traverse(include_text=True):
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child is not node and (child.tag in _BLOCK_TAGS or child.tag == "br"):
            parts.append(" ")
    return " ".join("".join(parts).split())


def parse_plain_text(content: str, *, fallback_id: str) -> Article:
    """Plain text: the whole file is the text, its first line the title."""
    return Article(id=fallback_id, title=_first_line(content), text=content, language=detect_language(content))


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


def _jsonable(value: Any) -> Any:
    """Front matter may hold dates and other YAML types; the index stores JSON."""
    return value if isinstance(value, (str, int, float, bool, list, dict, type(None))) else str(value)


def load_squad(path: Path) -> list[Article]:
    """Each SQuAD paragraph becomes one article whose metadata lists its question ids."""
    try:
        data = json.loads(_read_text(path))
        entries = data["data"]
    except (json.JSONDecodeError, KeyError, TypeError) as error:
        raise CorpusError(f"{path}: not a SQuAD-format JSON file ({error})") from error
    stem = slugify(path.stem)
    articles = []
    for entry_index, entry in enumerate(entries):
        for paragraph_index, paragraph in enumerate(entry.get("paragraphs", [])):
            context = paragraph.get("context", "")
            if not context.strip():
                continue
            articles.append(
                Article(
                    id=f"{stem}:{entry_index}:{paragraph_index}",
                    title=str(entry.get("title", "") or _first_line(context)),
                    text=context,
                    language=detect_language(context),
                    metadata={"squad_qids": [qa["id"] for qa in paragraph.get("qas", [])]},
                )
            )
    if not articles:
        raise CorpusError(f"{path}: SQuAD file has no paragraphs")
    return articles


def load_file(path: Path) -> list[Article]:
    """Load one source file (one article, or many for a SQuAD file)."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise CorpusError(f"{path}: unsupported file type {suffix or '(none)'}; use one of {', '.join(SUPPORTED_SUFFIXES)}")
    if suffix == ".json":
        return load_squad(path)
    content = _read_text(path)
    fallback_id = slugify(path.stem)
    if suffix in (".md", ".markdown"):
        article = parse_markdown(content, fallback_id=fallback_id, origin=str(path))
    elif suffix in (".html", ".htm"):
        article = parse_html(content, fallback_id=fallback_id)
    else:
        article = parse_plain_text(content, fallback_id=fallback_id)
    return [_checked(article, path)]


def _walk(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES and child.name.lower() != "readme.md":
                yield child
    elif path.is_file():
        yield path
    else:
        raise CorpusError(f"{path}: no such file or folder")


def load_paths(paths: Iterable[Path]) -> list[Article]:
    """Load files and folders (recursively; README.md files in folders are skipped).

    Everything is parsed before anything is returned, so one bad file changes nothing.
    """
    articles: list[Article] = []
    seen: dict[str, Path] = {}
    loaded_files: set[Path] = set()
    for root in paths:
        files = list(_walk(Path(root)))
        if Path(root).is_dir() and not files:
            raise CorpusError(f"{root}: folder holds no supported files ({', '.join(SUPPORTED_SUFFIXES)})")
        for file in files:
            if file.resolve() in loaded_files:  # named twice, e.g. on its own and inside its folder
                continue
            loaded_files.add(file.resolve())
            for article in load_file(file):
                if article.id in seen:
                    raise CorpusError(f"{file}: duplicate article id {article.id!r} (also in {seen[article.id]})")
                seen[article.id] = file
                articles.append(article)
    return articles
