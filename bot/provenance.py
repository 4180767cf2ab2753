"""Questions about an article itself: its title, publisher, publication date or link ("What publication
date should I give for the Arabian Business article?", «شو عنوان المقال؟», «مين الموقع اللي نشر الخبر؟»).

These are answered from the details each article is added with (its front matter, or the fields of
an upload), which no sentence of its text holds, so sentence search alone missed or refused them.
An author is asked for too, but no article's details name one: those questions are refused.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Literal, Sequence

from bot.text import STOPWORDS, Language, detect_language, normalize_for_match, written_date

Detail = Literal["title", "publisher", "date", "link", "author"]

# The article as a piece of writing, not a report or post it tells of ("the IEA report", "Brad
# Smith's blog post" are sources its text names and dates itself).
_WRITING = re.compile(r"\b(?:article|story|piece|news item|write-?up)s?\b"
                      r"|(?<![^\s])[وبل]?(?:ال)?(?:مقال|مقاله|خبر)(?![^\W\d_])")
# A post or blog the text tells of is the text's to answer ("who wrote the blog post?" → Brad Smith).
_NAMED_WRITING = re.compile(r"\b(?:blog|post)\b|(?<![^\s])(?:ال)?(?:تدوينه|مدونه|بلوغ)(?![^\W\d_])")
# "…the day itself, not the publication date of the article?" sets the detail aside.
_DENIED = re.compile(r"\bnot (?:the |its )?$|(?<![^\s])(?:مش|مو|ليس|لا)\s+$")
# "what's the headline figure?" asks for the main number, not for a title.
_NO_FIGURE = r"(?!\s+(?:figure|number|sum|amount|total|rate|estimate)s?\b)"
_ASKS: dict[Detail, re.Pattern[str]] = {
    "title": re.compile(r"\b(?:what(?:'s| is| was)|give me|gimme|need|the exact|the full) (?:the |its |their )?(?:exact |full |original )?(?:title|headline)\b"
                        rf"{_NO_FIGURE}"
                        r"|\b(?:title|headline) of (?:the|this|that|their|its)\b"
                        # «شو عنوان مقال…؟», «بدي عنوان المقال»; not «في عنوان المقال، ماذا…» (in the title) or «بعنوان» (titled)
                        r"|(?<![^\s])(?:ما|شو|ايش|وش|ايه|شنو|اش)\s+(?:هو\s+)?(?:ال)?عنوان(?![^\W\d_])"
                        r"|(?<!في )(?<![^\s])(?:ال)?عنوان\s+(?:ال)?(?:مقال|مقاله|خبر)(?![^\W\d_])"),
    "publisher": re.compile(
        r"\bpublisher\b|\bwho (?:published|ran|put out)\b|\bpublished by\b|\bpublished in (?!\d)"
        r"|\bwhich (?:outlet|publication|site|website|magazine|newspaper|paper) (?:published|ran|carried|put out)\b"
        r"|(?<![^\s])(?:الناشر|ناشر)(?![^\W\d_])"
        r"|(?<![^\s])(?:مين|منو|من|شكون|(?:اي|انهي)\s+(?:ال)?(?:موقع|جريده|صحيفه|مجله|منصه|وسيله))\s+(?:\S+\s+){0,2}?"
        r"(?:الي|اللي|التي|الذي|لي)?\s*(?:نشر|نشرت|نشره|نشرته|ناشره|ناشرته|ناشرينه)(?![^\W\d_])"),  # «مين الجهة اللي ناشرته؟»
    "date": re.compile(
        r"\bpublication date\b|\bdate (?:of|for) (?:its |the )?publication\b|\bpublished (?:on )?(?:what|which) (?:date|day)\b"
        r"|\bwhen (?:was|did) (?:\S+ ){1,6}?(?:published|publish|come out|go online)\b|\bwhat (?:date|day) (?:\S+ ){0,8}?published\b"
        r"|تاريخ (?:ال)?نشر"
        r"|(?<![^\s])(?:امتي|ايمتي|متي|شوكت|وقتاش|امتا|بايمتي)\s+(?:\S+\s+){0,2}?(?:نزل|نشر|نشرت|انشر|اتنشر)(?![^\W\d_])"
        r"|(?<![^\s])و?باي\s+(?:تاريخ|يوم)\s+(?:\S+\s+){0,1}?(?:نزل|نشر|نشرت|انشر|اتنشر)(?![^\W\d_])"),
    "link": re.compile(r"\b(?:link|url|web address)\b|(?<![^\s])(?:ال)?(?:رابط|لينك)(?![^\W\d_])"),
    "author": re.compile(r"\b(?:author|byline)s?\b|\bwho wrote\b|\b(?:reporter|journalist|writer)(?:'s|s)? name\b"
                         r"|(?<![^\s])(?:كاتب|كاتبه)\s+(?:ال)?(?:مقال|مقاله|خبر)(?![^\W\d_])"
                         r"|(?<![^\s])اسم\s+(?:ال)?(?:صحفي|كاتب|مراسل|محرر)(?![^\W\d_])"
                         r"|(?<![^\s])(?:مين|منو|من|شكون)\s+(?:(?:الصحفي|الي|اللي)\s+)*(?:كتب|كتبه|كتبت)(?![^\W\d_])"),
}


# Where each detail is kept in an article's metadata; none keeps an author.
_FIELDS: dict[Detail, str] = {"title": "title", "publisher": "publisher", "date": "date", "link": "source"}


def asked_details(question: str) -> list[Detail]:
    """The details of an article the question asks for, when it asks about an article (its title,
    publisher, date, link or author); none when it asks what an article says."""
    asked = normalize_for_match(question)
    if _NAMED_WRITING.search(asked):
        return []
    if not _WRITING.search(asked) and not re.search(rf"\bheadline\b{_NO_FIGURE}", asked):  # "the publisher of Time magazine" is no article's
        return []
    return [detail for detail, pattern in _ASKS.items()
            if any(not _DENIED.search(asked[: found.start()]) for found in pattern.finditer(asked))]


def _written_date(iso: str, language: Language) -> str:
    """"2025-03-20" as "20 March 2025" or «20 مارس 2025»; as given when it is no date (an upload's
    details are the uploader's: "2025-13-40" is told as written, not a crash)."""
    found = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso.strip())
    if not found:
        return iso.strip()
    year, month, day = (int(part) for part in found.groups())
    return written_date(year, month, day, language) if 1 <= month <= 12 and 1 <= day <= 31 else iso.strip()


def details_line(metadata: dict[str, Any], details: Sequence[Detail], language: Language) -> str:
    """The article's details as one line: its title, who published it and when, and its link when
    asked; these are what a citation needs, whichever of them was asked. A title in the other
    language is given only when asked for: an Arabic answer would otherwise read as English."""
    title, publisher = str(metadata.get("title") or "").strip(), str(metadata.get("publisher") or "").strip()
    date = _written_date(str(metadata.get("date") or ""), language)
    parts = []
    if title and ("title" in details or detect_language(title) == language):
        parts.append(f"“{title}”" if language == "ar" else f"\"{title}\"")  # an Arabic title may open with «
    if publisher:
        parts.append(f"{'الناشر' if language == 'ar' else 'published by'} {publisher}")
    if date:
        parts.append(f"{'بتاريخ' if language == 'ar' else 'on'} {date}")
    if "link" in details and metadata.get(_FIELDS["link"]):
        parts.append(str(metadata[_FIELDS["link"]]))
    return "، ".join(parts) if language == "ar" else ", ".join(parts)


def answerable_details(details: Sequence[Detail], metadata: dict[str, Any]) -> bool:
    """Whether the article's details hold every one asked: no article names its author."""
    return all(detail in _FIELDS and metadata.get(_FIELDS[detail]) for detail in details)


# "the Arabic article", «المقال الإنجليزي»: the article asked about by the language it is written in.
_NAMES_LANGUAGE: dict[Language, re.Pattern[str]] = {
    "ar": re.compile(r"\barabic\b|(?<![^\s])(?:ال)?عربي[هة]?(?![^\W\d_])"),
    "en": re.compile(r"\benglish\b|(?<![^\s])(?:ال)?(?:انجليزي|انكليزي|انقليزي)[هة]?(?![^\W\d_])"),
}


def article_asked_about(question: str, candidates: Sequence[dict[str, Any]], translated: Iterable[str] = ()) -> dict[str, Any] | None:
    """Of the retrieved articles' details (best first), the one whose title and publisher share the
    most words with the question ("the Arabian Business article", "the article about Microsoft's
    spending", «مقال ستارغيت»), its words ``translated`` into the other script counting too («خبر
    ميزانية مايكروسوفت» names the English note on Microsoft); the best retrieved of those, or the
    best retrieved when none shares one."""
    written_in = [language for language, named in _NAMES_LANGUAGE.items() if named.search(normalize_for_match(question))]
    if len(written_in) == 1 and any(metadata.get("language") == written_in[0] for metadata in candidates):
        # «المقال العربي… مين الجهة اللي ناشرته؟»: the Arabic article, not its English translation
        candidates = [metadata for metadata in candidates if metadata.get("language") == written_in[0]]
    asked = _words(question) | _words(" ".join(translated))
    shared = [len(asked & _words(f"{metadata.get('title', '')} {metadata.get('publisher', '')}")) for metadata in candidates]
    if shared and max(shared):
        return candidates[shared.index(max(shared))]
    return candidates[0] if candidates else None


def _words(text: str) -> set[str]:
    return {word for word in re.findall(r"[^\W\d_]{3,}", normalize_for_match(text)) if word not in STOPWORDS}
