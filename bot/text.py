"""Arabic/English text handling: matching normalisation, language, sentences, chunks, BM25 tokens.

Displayed text is never altered: every function that changes characters is used only to build
match keys (embedding input, BM25 tokens, number comparison). Sentences and chunks are
returned as character spans into the original string so a citation can highlight the source.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Literal

from dateutil.relativedelta import relativedelta

if TYPE_CHECKING:
    from spellchecker import SpellChecker

Language = Literal["ar", "en"]

# Arabic diacritics (harakat, tanween, shadda, sukun, dagger alef, Quranic marks) and tatweel.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]")
_LETTER_FOLDS = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",  # alef forms
        "ى": "ي", "ی": "ي",  # alef maqsura / Persian yeh → yeh
        "ة": "ه",  # taa marbuta → haa
        "ک": "ك",  # Persian kaf
        "گ": "ق", "چ": "ك",  # Iraqi and Gulf spellings of spoken qaf and kaf: «يگولون» (يقولون), «چان» (كان)
        "ڤ": "ف", "پ": "ب",  # veh and peh, in loan words: «ڤيرنوڤا»
    }
)
# Arabic-Indic (U+0660..) and Persian (U+06F0..) digits, plus Arabic decimal/thousands separators.
# One character in, one character out: offsets survive the mapping.
_DIGIT_MAP = str.maketrans(
    {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
     "٫": ".", "٬": ","}
)
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_LATIN_LETTER = re.compile("[A-Za-z]")


def to_ascii_digits(text: str) -> str:
    """Map Arabic-Indic and Persian digits (and ٫ ٬) to ASCII, keeping the string's length."""
    return text.translate(_DIGIT_MAP)


# Double quotes of every script. Arabic news quotes every name (“مايكروسوفت”), and USE then loses
# the word: a quoted name scores 0.10 against a question where the bare name scores 0.34.
_DOUBLE_QUOTES = str.maketrans(dict.fromkeys("\"“”„‟«»‹›〝〞＂", None))


def normalize_light(text: str) -> str:
    """Embedder input: NFKC, ASCII digits, double quotes dropped; case and diacritics kept."""
    return to_ascii_digits(unicodedata.normalize("NFKC", text)).translate(_DOUBLE_QUOTES)


def without_diacritics(text: str) -> str:
    """The text without Arabic short vowels, shadda and tatweel, case and letters kept: «حطّت» is «حطت»."""
    return _DIACRITICS.sub("", text)


# Short vowels per Arabic letter above which a text is vowelled throughout («مَنْ أَعْلَنَ عَنْ…»), not
# marked here and there as the sources mark «أُعلن».
_FULLY_VOWELLED = 0.25


# Letters of Persian and Urdu keyboards that stand for Arabic ones, and their digits as Arabic-Indic
# ones: «شرکة … رسومیات؟», «۳۰» typed by a Persian, Urdu or Turkish speaker writing Arabic.
_KEYBOARD_LETTERS = str.maketrans({"ک": "ك", "ی": "ي", "ې": "ي", "ۍ": "ي", "ہ": "ه", "ۀ": "ه", "ۃ": "ة", "ھ": "ه",
                                   **{chr(0x06F0 + i): chr(0x0660 + i) for i in range(10)}})


def with_arabic_letters(text: str) -> str:
    """The text with Arabic letters and digits where a Persian or Urdu keyboard typed its own: the
    sources write «شركة», and the embedder reads «شرکة» as another word."""
    return text.translate(_KEYBOARD_LETTERS)


def without_full_vowelling(text: str) -> str:
    """The text without its short vowels and tatweel when it is vowelled throughout, as formal
    writers do: the sources are not, and such a question should read as theirs. A mark here and
    there is kept: the sources write «أُعلن» too, and their sentences are matched as written."""
    letters = sum(1 for char in text if "\u0621" <= char <= "\u064a")
    marks = len(_DIACRITICS.findall(text))
    return without_diacritics(text) if letters and marks / letters > _FULLY_VOWELLED else text


@lru_cache(maxsize=100_000)
def normalize_for_match(text: str) -> str:
    """Fold a string to its match key: NFKC, case, diacritics, tatweel, letter variants, digits,
    the spoken spellings of «بالضبط». Remembered: source sentences are folded again on every question."""
    text = unicodedata.normalize("NFKC", text)
    text = _EXACTLY_SPOKEN.sub(r"\1ضبط", without_diacritics(text))
    return _GLUED_PREFIX.sub(r"\1 ", to_ascii_digits(text.translate(_LETTER_FOLDS)).casefold())


# "Exactly" as Egyptians («بالظبط») and Levantines («بالزبط») write it; bare «زبط» is another word ("it worked").
_EXACTLY_SPOKEN = re.compile(r"(?<![^\W\d_])([وف]?(?:بال)?)(?:ظ|(?<=بال)ز)بط(?![^\W\d_])")


# Arabic prefixes written onto a Latin word or a figure ("الـCEO", "وMGX", "بـAIP", «وبـ2030») stand
# apart in the key, so "ceo", "mgx" and 2030 match as words.
_GLUED_PREFIX = re.compile(r"(?<![\u0600-\u06ff])((?:[وفبلك]|ال)+)(?=[a-z\d])")


def detect_language(text: str) -> Language:
    """Arabic or English, by which script the words are written in.

    Word-level rather than letter-level, because Arabic news questions often carry several
    English company names ("ما حجم صندوق BlackRock وMGX؟") and must still count as Arabic.
    """
    arabic_words = latin_words = 0
    for word in text.split():
        if _ARABIC_LETTER.search(word):
            arabic_words += 1
        elif _LATIN_LETTER.search(word):
            latin_words += 1
    return "ar" if arabic_words and arabic_words * 2 >= latin_words else "en"


# --- sentences -----------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    "u.s u.k u.n e.u mr mrs ms dr prof inc ltd co corp jr sr st vs etc e.g i.e no jan feb mar apr "
    "jun jul aug sep sept oct nov dec approx est fig".split()
)
# A candidate boundary: a run of terminators (and closing quotes/brackets) followed by whitespace.
_BOUNDARY = re.compile(r"[.!?؟…]+[\"'”’»)\]]*(?=\s)")


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into the original text."""

    start: int
    end: int


def _is_abbreviation(text: str, dot_index: int) -> bool:
    """True when the '.' at dot_index ends an abbreviation or an initial, not a sentence."""
    word_start = dot_index
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:dot_index].lstrip("\"'“‘«([").casefold()
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha() and word.isascii()


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def split_sentences(text: str) -> list[Span]:
    """Split into sentence spans.

    Ends a sentence at . ! ? ؟ … followed by white space, and at every line break (headlines and
    paragraphs in news text carry no full stop). Does not split at decimals ("1.5", "٣٫٥"),
    abbreviations ("U.S."), initials, or at the Arabic comma and semicolon (، ؛).
    """
    spans: list[Span] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for match in _BOUNDARY.finditer(text, line.start(), line.end()):
            first_terminator = match.start()
            if text[first_terminator] == "." and match.end() - first_terminator == 1:
                if _is_abbreviation(text, first_terminator):
                    continue
            span = _trimmed(text, start, match.end())
            if span:
                spans.append(span)
            start = match.end()
        span = _trimmed(text, start, line.end())
        if span:
            spans.append(span)
    return spans


def paragraph_spans(text: str) -> list[Span]:
    """Paragraphs: blocks between line breaks (news text often uses single line breaks)."""
    return [span for line in re.finditer(r"[^\n]+", text) if (span := _trimmed(text, line.start(), line.end()))]


def _is_heading(text: str, sentences: list[Span]) -> bool:
    return len(sentences) == 1 and not re.search(r"[.!?؟…:]\W*$", text[sentences[0].start : sentences[0].end])


def chunk_sentences(text: str, max_sentences: int, overlap: int) -> list[list[Span]]:
    """Chunks as lists of sentence spans: one paragraph each, windows of at most max_sentences.

    Chunks never cross paragraphs, except that a heading (a one-line paragraph without a full
    stop) is joined to the paragraph after it, so it is searched with the text it introduces.
    """
    if max_sentences < 1 or overlap < 0 or overlap >= max_sentences:
        raise ValueError("need max_sentences >= 1 and 0 <= overlap < max_sentences")
    chunks: list[list[Span]] = []
    pending: list[Span] = []
    for paragraph in paragraph_spans(text):
        local = split_sentences(text[paragraph.start : paragraph.end])
        sentences = [Span(paragraph.start + s.start, paragraph.start + s.end) for s in local]
        if _is_heading(text, sentences):
            pending.extend(sentences)
            continue
        chunks.extend(_windows(pending + sentences, max_sentences, overlap))
        pending = []
    # Trailing headings (or a text of short lines without full stops) are windowed the same
    # way, so no chunk ever holds more than max_sentences sentences.
    chunks.extend(_windows(pending, max_sentences, overlap))
    return chunks


def _windows(sentences: list[Span], max_sentences: int, overlap: int) -> list[list[Span]]:
    windows: list[list[Span]] = []
    for first in range(0, len(sentences), max_sentences - overlap):
        windows.append(sentences[first : first + max_sentences])
        if first + max_sentences >= len(sentences):
            break
    return windows


def chunk_spans(text: str, max_sentences: int, overlap: int) -> list[Span]:
    """The character span of each chunk from :func:`chunk_sentences`."""
    return [Span(chunk[0].start, chunk[-1].end) for chunk in chunk_sentences(text, max_sentences, overlap)]


# --- BM25 tokens ---------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)
# Light stemming in the spirit of Larkey's Light10: conjunction/preposition + article prefixes
# and common suffixes, with minimum stem lengths so short words survive.
_AR_PREFIXES = ("وبال", "وكال", "وفال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل")
# The one-letter prefixes the light stemmer strips: a name's first word may carry one ("وإكس إيه آي"),
# and the stemmer takes a root letter for one ("بلاك" → "لاك").
ARABIC_PREFIX_LETTERS = "".join(prefix for prefix in _AR_PREFIXES if len(prefix) == 1)
_AR_SUFFIXES = ("هما", "كما", "ها", "ان", "ات", "ون", "ين", "يه", "هم", "هن", "كم", "نا", "ه", "ي")
# Arabic function words; with "and" (و, ف) written onto them («وفي», «ومن») they are stop words too.
_ARABIC_FUNCTION_WORDS = frozenset(
    normalize_for_match(word)
    for word in (
        "في من على إلى الى عن أن ان إن ما ماذا كم هل كيف متى أين اين لماذا من هو هي هذا هذه ذلك تلك "
        "التي الذي الذين ثم أو او و بعد قبل مع عند لدى كان كانت يكون قد لقد كل بين حتى إلا أي التى"
    ).split()
)
STOPWORDS = _ARABIC_FUNCTION_WORDS | frozenset(
    normalize_for_match(word)
    for word in (
        "the a an of to in on for and or is are was were be been by with at as from that this these "
        "those it its what which who whom how many much when where why does did do has have had will "
        "would can could than then there their they he she his her about into over under"
        " s t"  # what r"\w+" leaves of "Microsoft's" and "don't"
        # Spoken fillers: a word no source writes only dilutes what a question shares with the
        # sentences answering it («هلق الشراكة قديش بدها توصل… يعني الرقم الكبير»).
        " يعني هلق هلأ هلا هسه هسا طيب طب بقى اوكي"
        " um umm uh erm hmm hey ok okay yeah like so basically kinda gonna"
        # Chat: «يا جماعة… حد يعرف», "yo guys, anyway…", "…again?"
        " جماعه شباب anyway anyways yo guys again"
        # Spoken possessives ("of"): «الـ٨٠ مليار بتوع السنة دي» counts nothing called «بتوع».
        " بتاع بتاعت بتاعة بتوع تبع تبعت ديال نتاع متاع"
    ).split()
)


def strip_arabic_prefix(word: str) -> str:
    """The word without one conjunction/preposition/article prefix ("لتدريب" → "تدريب",
    "وبالشراكة" → "شراكة"), keeping at least three letters; expects match-normalised text."""
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def _stem_arabic(word: str) -> str:
    word = strip_arabic_prefix(word)
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _stem_english(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_NOT_LETTERS = re.compile(r"[\W\d_]+")


# Words typed in a hurry, spelt out so the question words are read: "hw much…?? and whn does their
# fy end", "r they planning…", "what's ur source". Lower case only: "HW" and "R&D" are names.
_SHORTHAND = {"hw": "how", "wat": "what", "wht": "what", "whn": "when", "wen": "when", "wher": "where", "abt": "about",
              "u": "you", "ur": "your", "r": "are", "whats": "what is", "whos": "who is", "wheres": "where is", "hows": "how is"}
_SHORTHAND_WORD = re.compile(r"(?<![\w'’&.-])(?:hw|wat|wht|whn|wen|wher|abt|ur|whats|whos|wheres|hows|u(?= (?:know|have|got|find|see|tell)\b)"
                             r"|r(?= (?:they|there|we|you|u|the|these|those|any)\b))(?![\w'’&.-])")


# Punctuation that ends or parts a clause, in either script: a dictated turn has none.
PUNCTUATION = re.compile(r"[.!?؟،,:;]")


# A fiscal year in an analyst's shorthand: "FY26", "fy'25" is fiscal year 2026, 2025.
_SHORT_FISCAL_YEAR = re.compile(r"(?<![\w'’&.-])[Ff][Yy] ?['’]?(\d\d)(?![\w'’&-])")


def with_shorthand_spelled_out(text: str) -> str:
    """The text with hurried spellings of question words and fiscal years written out (see ``_SHORTHAND``)."""
    text = _SHORT_FISCAL_YEAR.sub(lambda year: f"fiscal year 20{year[1]}", text)
    return _SHORTHAND_WORD.sub(lambda word: _SHORTHAND[word.group()], text)


# What a post or a chat message wraps a question in: emoji and flags, "@" before a name, "#" before a
# tag (whose "_" joins words: #الذكاء_الاصطناعي; tags after the last question mark only label the
# post), a run of "$" for money, "lol", "pls", a thread's "THREAD 🧵 1/". Their words would be
# searched for, and "@BlackRock" would hide a name.
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF\uFE0F\u200D\u20E3]+")
_TRAILING_TAGS = re.compile(r"(?<=[?؟])(?:\s*#[^\W_]\w*)+\s*$")
_SIGIL = re.compile(r"(?<![\w@#$])[@#](?P<tag>[^\W_]\w*)")
_CHAT_FILLER = re.compile(r"[^\S\n]*(?<![\w'’])(?:lol|lmao|lmfao|rofl|pls|plz|thx|tbh|ngl|imo|imho|smh|omg|bruh|fyi|btw|anyways?|yo"
                          # Arabic interjections in Latin letters: "inshallah when does…", "wallah is Nvidia part of it?"
                          r"|yalla|inshallah|insha['’]?\s?allah|wallah[iy]?|habibi|habibti|mashallah|masha['’]?allah|khalas|ya3ni|yaani|akhi)(?![\w'’])",
                          re.IGNORECASE)  # its comma stays: a clause ends there
_THREAD_MARK = re.compile(r"^\s*(?:THREAD\b:?)?\s*(?:\d{1,2}/\d{0,2}(?=\s))?", re.MULTILINE)
# A call to the group before the question: «يا جماعة», «شباب», «يا جماعة الخير». Left in, «شباب كم مليار
# دفعت إنفيديا…؟» reads «شباب» as the one paying.
_VOCATIVE = re.compile(r"^\W*(?:يا\s+)?(?:جماع[ةه]|شباب|اخوان|إخوان|ربع|اخواني|إخواني)(?:\s+الخير)?[،,!]*\s+")
_MONEY_SIGNS = re.compile(r"(?:\b(?P<how>how many)\s+)?(?<![\w$])\${2,}(?![\w$])", re.IGNORECASE)
# A date's format asked for ("Give it as DD/MM/YYYY", «بصيغة يوم/شهر/سنة»): its letters are no words of the question.
# Asked as its parts too, with the wish for them: "I need the day, month and year", «عايز اليوم والشهر والسنة»,
# «اي يوم وشهر».
_DATE_FORMAT = re.compile(r"\b(?:D{1,2}|M{1,2}|Y{2,4})(?:[/.-](?:D{1,2}|M{1,2}|Y{2,4})){2}\b|(?:يوم|شهر|سن[ةه])(?:\s*/\s*(?:يوم|شهر|سن[ةه])){2}"
                          r"|\b(?:(?:i (?:want|need)|give me|with|including)\s+)?(?:the )?day,? (?:the )?month,? and (?:the )?year\b"
                          r"|\b(?:which|what) day and month\b"
                          # «…اي يوم وشهر» typed after the question: which day and month
                          r"|(?<![^\s])(?:(?:عايز|عاوز|بدي|بدّي|اريد|أريد|ابغى|أبغى|ابي|أبي|داير|اعطني|أعطني|مع|اي|أي)\s+)?"
                          r"(?:ال)?يوم\s*(?:،\s*|و\s*)(?:ال)?شهر(?:\s*(?:،\s*|و\s*)(?:ال)?(?:سن[ةه]|عام))?(?![^\W\d_])",
                          re.IGNORECASE)


# The date's parts asked by a relative clause: «ما اليوم والشهر والسنة التي أُعلن فيها…» ("the day, month and
# year in which it was announced"), "what day, month and year was…": when it was.
_DATE_PARTS_ASKED = re.compile(
    r"(?<![^\s])(?:(?:ما|ماهو|ما هو|ما هي)\s+)?ب?(?:ال)?يوم\s*(?:،\s*|و\s*)(?:ال)?شهر\s*(?:،\s*|و\s*)(?:ال)?(?:سن[ةه]|عام)\s+(?:التي|الذي|اللي|الي)(?![^\W\d_])"
    r"|\b(?:what|which)\s+(?:exact\s+)?day,? (?:the )?month,? and (?:the )?year\b(?:\s+(?:in which|on which|when|that))?",
    re.IGNORECASE)


def without_chat_noise(text: str) -> str:
    """The question inside a post or chat message (see ``_EMOJI`` and the patterns after it); a
    text with none of it is returned as typed, its spacing too."""
    typed = text
    text = _VOCATIVE.sub("", _TRAILING_TAGS.sub("", _EMOJI.sub(" ", text).rstrip()))
    text = _DATE_PARTS_ASKED.sub(lambda parts: "when" if parts[0][0].isascii() else "متى", text)
    text = _DATE_FORMAT.sub(" ", _SIGIL.sub(lambda tag: tag["tag"].replace("_", " "), text))
    text = _MONEY_SIGNS.sub(lambda signs: "how much money" if signs["how"] else "money", _CHAT_FILLER.sub("", text))
    text = re.sub(r"[^\S\n]*\n[^\S\n]*", "\n", _THREAD_MARK.sub("", text))
    text = re.sub(r"[^\S\n]{2,}", " ", text).strip()
    return typed if text.split() == typed.split() else text


# What the asker leaves out, up to the clause's end: "Apart from BlackRock and Microsoft, who…",
# "other than the March 2025 announcement", «باستثناء إنفيديا»، «ما عدا الولايات المتحدة»، «وغير
# هؤلاء كلهم، …». «غير» is "other than" only opening a clause: elsewhere it is "not" («غير صحيح»).
_EXCLUDING = re.compile(
    r"\b(?:apart from|other than|aside from|besides|except(?: for)?|excluding|leaving aside|setting aside)\s+(?P<part>[^,;:?!]+)"
    r"|(?:(?<![^\s])(?:باستثناء|ما عدا|عدا|بخلاف|بعيدا عن)|(?:^|[،,.:]\s*)و?غير)\s+(?P<part_ar>[^،,؛;:؟?!]+)",
    re.IGNORECASE,
)


def excluded_parts(text: str) -> list[str]:
    """The clauses the asker leaves out of what is asked (see ``_EXCLUDING``), as typed."""
    return [found["part"] or found["part_ar"] for found in _EXCLUDING.finditer(text)]


def without_excluded(text: str) -> str:
    """The text without what the asker leaves out, marker and all: "Apart from Google, who founded
    it?" names no one the sources must know, and measures nothing by a sum it leaves out."""
    return _EXCLUDING.sub(" ", text)


# An acronym said letter by letter and transcribed so: "the A I P thing", "M G X", in lower case
# three letters or more ("the nvidia and x a i project": "a" and "i" alone are words). A dotted one
# ("U.S.", "D.C.") is written so in sources too.
_SPELT_LETTERS = re.compile(r"(?<![\w.'’])(?:[A-Z](?: [A-Z](?![\w.]))+|[a-z](?: [a-z](?![\w.])){2,})(?![\w.])")


def with_letters_joined(text: str) -> str:
    """The text with acronyms said letter by letter written as one word ("A I P" → "AIP")."""
    return _SPELT_LETTERS.sub(lambda run: run.group().replace(" ", ""), text)


# Multiple-choice options written into a question: "… initial target? (a) $10bn (b) $30bn (c) $100bn",
# «… لنشرها؟ أ) ١٠٠ ألف ب) ٥٠٠ ألف ج) أكثر من مليون». An option's letter, in order of the alphabet.
_CHOICE_MARK = re.compile(r"(?<![^\s:—–-])\(?(?P<letter>[a-eA-E]|[أابجد]|هـ)\)(?=\s)")
_CHOICE_ORDER = {**{letter: at for at, letter in enumerate("abcde")}, "أ": 0, "ا": 0, "ب": 1, "ج": 2, "د": 3, "هـ": 4}
_OPTION_END = re.compile(r"[?؟!](?=\s|$)|\.(?=\s|$)")  # a decimal point ("1.5%") ends no option


def choices(text: str) -> tuple[str, list[str]]:
    """The question without its multiple-choice options, and the options: the figures offered as
    options are neither the question's own figures nor a premise, and the names offered are not
    what it asks about. A text with fewer than two options lettered in order is returned whole."""
    marks = list(_CHOICE_MARK.finditer(text))
    for first, mark in enumerate(marks):
        if _CHOICE_ORDER[mark["letter"].lower()] != 0:
            continue
        run = [mark]
        for later in marks[first + 1 :]:
            if _CHOICE_ORDER[later["letter"].lower()] == len(run):
                run.append(later)
        if len(run) < 2:
            continue
        last_end = _OPTION_END.search(text, run[-1].end())
        end = last_end.start() if last_end else len(text)
        bounds = [*(option.start() for option in run[1:]), end]
        options = [text[option.end() : bound].strip(" ,;،؛") for option, bound in zip(run, bounds)]
        stem = text[: run[0].start()].rstrip(" —–-:")
        if stem and stem[-1] not in "?؟.!":  # "Microsoft's budget for fiscal 2025 was (a) … (d) $900bn."
            stem += "؟" if _ARABIC_LETTER.search(stem) else "?"
        return f"{stem} {text[end:].lstrip('.').strip()}".strip(), options
    return text, []


# A blank to fill ("spend about ___ on…", «لجمع ..... مليار دولار»), and the instruction before a
# statement with one ("Complete:", «أكمل الفراغ:»).
_BLANK = re.compile(r"_{2,}|\.{4,}|…{2,}")
_SHORT_BLANK = re.compile(rf"{_BLANK.pattern}|(?<!\S)(?:\.{{3}}|…)(?!\S)")  # "..." is a pause too, unless a fill-in instruction comes first
_FILL_IN = re.compile(r"^\W*(?:complete|fill in(?: the blanks?)?|أكمل(?: الفراغ(?:ات)?)?|اكمل(?: الفراغ(?:ات)?)?|املأ الفراغ(?:ات)?)\s*[:：—–-]\s*",
                      re.IGNORECASE)
_BLANK_AMOUNT_AFTER = re.compile(r"\s*(?:%|٪|\$|(?:billion|million|trillion|bn|twh|terawatt|percent|مليار|مليون|تريليون|ألف|الف|تيراواط|ميغاواط|ميجاواط|دولار)(?![^\W\d_]))",
                                 re.IGNORECASE)
_BLANK_AMOUNT_BEFORE = re.compile(r"(?:\$|\b(?:about|approximately|roughly|around|some|nearly|almost|over|spend(?:ing)?(?: of)?|rais(?:e|ing)|invest(?:ing|ment of)?|reach|budget of|total of)|(?<![^\s])(?:نحو|حوالي|قرابه|قرابة|يقارب|لجمع|جمع|إنفاق|انفاق))\s*$",
                                  re.IGNORECASE)
_BLANK_YEAR_BEFORE = re.compile(r"(?:\b(?:in|year|by)|(?<![^\s])(?:عام|العام|سنة|السنة|سنه))\s*$", re.IGNORECASE)
_BLANK_DATE_BEFORE = re.compile(r"(?:\b(?:on|dated)|(?<![^\s])(?:يوم|بتاريخ))\s*$", re.IGNORECASE)


def blanks_asked(text: str) -> str:
    """A statement with a blank to fill, asked as a question: "Microsoft expects to spend about ___
    on AI data centres" → "… spend about how much on AI data centres?", «كُشف عنها يوم ..... سبتمبر»
    → «… يوم أي يوم سبتمبر؟». The words around the blank tell what it asks: a sum, a year, a day."""
    statement = _FILL_IN.sub("", text)
    blank = _SHORT_BLANK if statement != text else _BLANK
    if not blank.search(statement):
        return text
    arabic = bool(_ARABIC_LETTER.search(text))

    def asked(found: re.Match[str]) -> str:
        before, after = statement[: found.start()], statement[found.end() :]
        next_word = (re.findall(r"\w+", after) or [""])[0]
        if month_number(next_word) or _BLANK_DATE_BEFORE.search(before):
            return "أي يوم" if arabic else "which day"
        if _BLANK_AMOUNT_AFTER.match(after) or _BLANK_AMOUNT_BEFORE.search(before):
            return "كم" if arabic else "how much"
        if _BLANK_YEAR_BEFORE.search(before):
            return "أي عام" if arabic else "which year"
        return "ماذا" if arabic else "what"

    question = blank.sub(asked, statement).rstrip(" .")
    return question if question[-1:] in ("?", "؟") else question + ("؟" if arabic else "?")


# The marks an exam question carries: "(2 marks)", "[3 pts]", «(درجتان)», «(علامتان)».
_MARKS = re.compile(r"^\W*?[(\[]\s*(?:\d+\s*(?:marks?|points?|pts?|درجات|علامات)|درج[ةه]|درجتان|درجتين|علام[ةه]|علامتان|علامتين)\s*[)\]]\s*",
                    re.IGNORECASE)


# The label before a quiz item: "Flashcard —", "Pub quiz:", "Next card:", «بطاقة:», «اختر الإجابة الصحيحة:».
_QUIZ_LABEL = re.compile(
    r"^\W*(?:(?:pub |the )?quiz(?: \([^)]*\))?|flashcard|(?:next|last) (?:card|one|question)|multiple choice"
    r"|(?:ال)?بطاق[ةه](?: (?:ال)?(?:تالي[ةه]|اخير[ةه]|أخير[ةه]))?|اختر(?: (?:ال)?(?:إجاب[ةه]|اجاب[ةه]) (?:ال)?صحيح[ةه])?|(?:ال)?سؤال (?:ال)?تالي)\s*[:—–-]+\s*+"
    r"(?-i:(?![A-Z]))",  # kept before a capital: a name would be taken for the first word of a sentence ("Flashcard — Stargate: …")
    re.IGNORECASE)


# An option saying the answer depends on the source ("(d) it depends on the source") asks for every
# source's figure: it is kept with the question.
SOURCE_DEPENDENT = re.compile(r"\bdepends? on (?:the |which )?(?:sources?|reports?)\b|\b(?:sources|reports) (?:differ|disagree|vary)\b"
                               r"|(?:يعتمد|بيعتمد|يختلف|بيختلف)\s+(?:على|علي|حسب)\s+(?:ال)?(?:مصدر|مصادر)", re.IGNORECASE)


def quiz_asked(text: str) -> str:
    """A quiz item asked as a question: without its label and marks (their words are no subject; a
    capitalised "Since" after them is no name), its options set aside (see ``choices``) but one saying
    the answer depends on the source, and its blank asked for (see ``blanks_asked``)."""
    asked, options = choices(_QUIZ_LABEL.sub("", _MARKS.sub("", text)))
    return blanks_asked(" ".join([asked, *(option for option in options if SOURCE_DEPENDENT.search(option))]))


def with_split_words_joined(text: str, words: re.Pattern[str], joined: Callable[[str, str], str | None]) -> str:
    """The text with each pair of words one space apart that ``joined`` writes as one word, so
    written: speech-to-text hears the parts of a one-word name as two words ("Black Rock",
    «ستار غيت»). A word already joined to the next one is not joined again."""
    found = list(words.finditer(text))
    consumed = len(text)
    for first, second in reversed(list(zip(found, found[1:]))):
        if second.end() > consumed or text[first.end() : second.start()] != " ":
            continue
        whole = joined(first.group(), second.group())
        if whole:
            text = f"{text[: first.start()]}{whole}{text[second.end() :]}"
            consumed = first.start()
    return text


def letters_only(text: str) -> str:
    """The text's letters only, case-folded: what a copy keeps when markers and punctuation change."""
    return _NOT_LETTERS.sub("", text).casefold()


def bm25_tokens(text: str) -> list[str]:
    """Tokens for lexical search: light-stemmed words plus cross-script sound keys of names.

    Words are match-normalised with stop words dropped, so "الكتاب" and "كتاب", "وبالشراكة" and
    "الشراكة", "إدارة" and "ادارة" share a token; :func:`sound_keys` adds tokens that let
    "مانينغ" meet "Manning" when the question and the article are in different languages.
    """
    return list(_bm25_tokens_of(text))


@lru_cache(maxsize=100_000)
def _bm25_tokens_of(text: str) -> tuple[str, ...]:
    """The tokens, remembered: the same source sentences and words are tokenised again on every
    question (a third of the time of an extractive answer before)."""
    return (*word_tokens(text), *sound_keys(text))


def word_tokens(text: str) -> list[str]:
    """The text's BM25 tokens without the sound keys ("§…") that let names meet across scripts:
    what the text says, word by word."""
    return [_stem(word) for word in _WORD.findall(normalize_for_match(_ACCUSATIVE.sub("", text))) if not _is_stopword(word)]


def _is_stopword(word: str) -> bool:
    """A stop word, or one with "and" (و, ف) written onto it: «وفي أي تاريخ…؟» ranked every
    sentence with "and in" in it above the one with the date."""
    return word in STOPWORDS or (len(word) > 2 and word[0] in "وف" and word[1:] in _ARABIC_FUNCTION_WORDS)


# The indefinite accusative ending, written with its tanween ("شريكًا كاملًا" is "شريك كامل" as
# a full partner): never part of the word, and the light stemmer cannot tell a bare final alif from one.
_ACCUSATIVE = re.compile("(?<=[\u0621-\u064a])(?:\u064b\u0627|\u0627\u064b)(?![\u0621-\u064a])")


def _stem(matched_word: str) -> str:
    return _stem_arabic(matched_word) if is_arabic_word(matched_word) else _stem_english(matched_word)


@lru_cache(maxsize=200_000)
def word_token(word: str) -> str:
    """The BM25 token of one word, without sound keys ("" for a stop word); cached, since a
    corpus repeats its words."""
    matched = normalize_for_match(word)
    return "" if matched in STOPWORDS else _stem(matched)


_LETTER_WORD = re.compile(r"[A-Za-z]{2,}|[\u0621-\u064a]{2,}")


def content_words(text: str) -> list[str]:
    """Words of two or more letters that are not stop words, as the embedder reads them.

    A question's words are translated into a corpus's (see ``bot.index.Lexicon``); diacritics
    and tatweel are dropped so a voweled word is one word.
    """
    words = _LETTER_WORD.findall(without_diacritics(_ACCUSATIVE.sub("", normalize_light(text))))
    return [word for word in words if normalize_for_match(word) not in STOPWORDS]


def is_arabic_word(word: str) -> bool:
    return bool(_ARABIC_LETTER.match(word))


# --- cross-script sound keys ---------------------------------------------------------------
# Names are transliterated between Arabic and English news ("Panthers" / "البانثرز"). Both
# scripts are reduced to a consonant skeleton over shared sound classes (vowels, w/y and the
# long-vowel letters dropped, repeats collapsed): both of those become "BNTRS".

_LATIN_DIGRAPHS = (("sch", "S"), ("sh", "S"), ("ch", "S"), ("th", "T"), ("ph", "F"), ("kh", "K"), ("gh", "K"), ("ck", "K"), ("qu", "K"))
_LATIN_SOUNDS = {
    **dict.fromkeys("aeiouyw", ""), "b": "B", "p": "B", "f": "F", "v": "F", "t": "T", "d": "T",
    **dict.fromkeys("kcqgj", "K"), "x": "KS", "s": "S", "z": "S", "m": "M", "n": "N", "l": "L", "r": "R", "h": "H",
}
_ARABIC_SOUNDS = {
    **dict.fromkeys("اويىءعأإآؤئ", ""), **dict.fromkeys("بپ", "B"), **dict.fromkeys("فڤ", "F"),
    **dict.fromkeys("تطدضثذظ", "T"), **dict.fromkeys("كقغجخگ", "K"), **dict.fromkeys("سصزش", "S"),
    "م": "M", "ن": "N", "ل": "L", "ر": "R", "ه": "H", "ح": "H",
}
CAPITALISED_RUN = re.compile(r"\b[A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+)*")  # "AI Infrastructure Partnership", "Abu Dhabi"


def initials(name: str) -> str:
    """A name's initials, case-folded ("aip" of "AI Infrastructure Partnership"); "" for one word."""
    words = name.split()
    return "".join(word[0] for word in words).casefold() if len(words) > 1 else ""


def spelt_out(text: str) -> dict[str, str]:
    """Initials → the BM25 token of the last word of the name they abbreviate, for each name of
    several capitalised words in the text: a question's "IEA" is written where "International
    Energy Agency" ends."""
    found = {}
    for run in CAPITALISED_RUN.findall(text):
        tokens = word_tokens(run)
        if initials(run) and tokens:
            found[initials(run)] = tokens[-1]
    return found


ARABIC_WORD = re.compile("[\u0621-\u064a]+")
_ARABIC_RUN = re.compile("[\u0621-\u064a]+(?:[ ][\u0621-\u064a]+)*")
_MIN_KEY = 3  # shorter skeletons collide too often


def _collapse(key: str) -> str:
    return re.sub(r"(.)\1+", r"\1", key)


def _latin_key(word: str) -> str:
    word = word.casefold()
    for digraph, sound in _LATIN_DIGRAPHS:
        word = word.replace(digraph, sound)
    return _collapse("".join(_LATIN_SOUNDS.get(c, c if c.isupper() else "") for c in word))


def _arabic_key(word: str) -> str:
    for prefix in ("وال", "بال", "كال", "فال", "لل", "ال"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    word = word.removesuffix("ه").replace("تش", "ش")  # "تش" spells the English "ch"
    return _collapse("".join(_ARABIC_SOUNDS.get(c, "") for c in word))


def consonant_skeleton(word: str) -> str:
    """The sound skeleton of one word in either script ("" for digits and other scripts)."""
    if ARABIC_WORD.fullmatch(word):
        return _arabic_key(word)
    return _latin_key(word) if word.isascii() and word.isalpha() else ""


PAIR_KEY = "§§"  # marks the key of two adjacent words; not counted in a query's length


def _keys_with_pairs(runs: list[list[str]]) -> list[str]:
    """Keys of each word and of each adjacent pair, so "Lady Gaga" (LT + K) still yields "LTK"
    and "سوبر بول" meets "Super Bowl"."""
    keys = []
    for run in runs:
        keys += ["§" + key for key in run if len(key) >= _MIN_KEY]
        keys += [PAIR_KEY + pair for pair in (_collapse(a + b) for a, b in zip(run, run[1:])) if len(pair) >= _MIN_KEY]
    return keys


def sound_keys(text: str) -> list[str]:
    """Sound keys ("§BNTRS") of capitalised Latin words and of Arabic words, single and paired."""
    latin_runs = [
        [_latin_key(word) for word in run.split() if word.casefold() not in STOPWORDS]
        for run in CAPITALISED_RUN.findall(text)
    ]
    arabic_runs = [
        [_arabic_key(word) for word in ARABIC_WORD.findall(run) if word not in STOPWORDS]
        for run in _ARABIC_RUN.findall(normalize_for_match(text))
    ]
    return _keys_with_pairs(latin_runs + arabic_runs)


_SPELT_WORD = re.compile(r"[^\W\d_]+")
_MIN_NAME_SKELETON = 5  # a whole name's skeleton; shorter ones meet unrelated words
_LONGEST_NAME = 4  # words


def name_skeleton(name: str) -> str:
    """The sound skeleton of a name's words read as one: "NextEra Energy" and «نكست إيرا إنرجي» are
    both "NKSTRNRK", though the one word "NextEra" is two in Arabic; "" when too short to tell."""
    keys = [consonant_skeleton(word) for word in _SPELT_WORD.findall(normalize_for_match(name)) if word not in STOPWORDS]
    skeleton = _collapse("".join(keys))
    # Every word must sound: "IEA's Electricity" would otherwise be named by "Electricity" alone.
    return skeleton if len(skeleton) >= _MIN_NAME_SKELETON and all(keys) else ""


@lru_cache(maxsize=4096)
def _word_skeletons(text: str) -> tuple[str, ...]:
    return tuple(consonant_skeleton(word) for word in _SPELT_WORD.findall(normalize_for_match(text)))


def names_by_sound(skeleton: str, text: str) -> bool:
    """Whether some run of the text's words sounds like the name whose skeleton is given."""
    keys = _word_skeletons(text)
    return bool(skeleton) and any(_collapse("".join(keys[start : start + length])) == skeleton
                                  for length in range(1, _LONGEST_NAME + 1) for start in range(len(keys) - length + 1))


_LATIN_WORD = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_SAID_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")  # a word of its own: not the "s" of "what's"
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“«(\n])\s*$")
_NAME_SHARE = 0.9  # of a word's occurrences inside sentences that must be capitalised for it to be a name
_NAME_LETTERS = 3  # "us" typed is the pronoun, whatever "US" is in the corpus
# Letters as dictation writes them when it hears their names.
_LETTER_NAMES = {"ex": "x", "em": "m", "en": "n", "el": "l", "ef": "f", "es": "s", "ar": "r"}
_WORD_PAIR = re.compile(r"(?<![\w-])[A-Z][a-z]{2,} [A-Z][a-z]{2,}(?![\w-])")  # "Brad Smith"
_LOWER_PAIR = re.compile(r"(?<![\w-])(?=([a-z]{3,} [a-z]{3,})(?![\w-]))")  # overlapping: "whats brad smith"
_TITLED_YEAR = re.compile(r"(?<![\w-])([A-Za-z]{3,}) ((?:19|20)\d\d)(?!\d)")  # "Electricity 2024", "Vision 2030"
# "How much" in standard and spoken Arabic, as normalize_for_match writes it: Gulf and standard
# «كم», Egyptian «كام», Levantine «قديش»/«أديش», Iraqi «شكد», Maghrebi «شحال»/«قداش».
HOW_MUCH_ARABIC = "كم|قديش|قداش|كام|شكد|شقد|اديش|شحال|قد ايه|اد ايه"  # Egyptian «قد إيه», «أد إيه» in two words
# A request for names, as match keys write it: "Name the two energy companies…", «اذكر شركتي الطاقة…».
NAMES_REQUESTED = (r"^\W*(?:name|identify|list)\b(?:\s+\S+){0,3}?\s+(?:compan|firm|partner|funder|member|investor)"
                   r"|^\W*(?:اذكر|اذكري|اذكروا|سم|سمي|عدد|عددي)(?:\s+\S+){0,2}?\s+(?:ال)?(?:شرك|جه[اه]|شركاء|ممول|اعضاء|مستثمر|اسم|اسماء)")

# Interrogatives by what they ask, English then Arabic: every rule asking "is this a question, and
# of what?" builds its pattern here, so a dialect's word learnt once counts everywhere. Arabic is
# in the match key's spelling (question_words also takes the hamza and alef maqsura forms): the
# standard word, then the spoken ones (Gulf, Levantine, Egyptian, Iraqi, Maghrebi). «من» stands
# apart, since it is also "from" and "than" («أكثر من 100 ألف»).
QuestionKind = Literal["who", "what", "which", "when", "where", "why", "how", "how much", "whether"]
_QUESTION_WORDS: dict[QuestionKind, tuple[str, str]] = {
    "who": ("who|whom|whose", "مين|منو|شكون"),
    "what": ("what", r"ما(?!\s+\S{2,}ش(?![^\W\d_]))|ماذا|شو|ايش|وش|شنو|ايه"),  # not the spoken negation «ما متفقينش»
    "which": ("which", "اي|اشمن|شمن"),  # Maghrebi «أشمن عام» (which year)
    "when": ("when", "متي|امتي|ايمتي|شوكت|فاش|فوقاش|وقتاش"),  # Iraqi «شوكت»
    "where": ("where", "اين|وين|فين"),
    "why": ("why", "لماذا|ليش|ليه|علاش"),
    "how": ("how", "كيف|ازاي|شلون|كيفاش"),
    "how much": ("how much|how many", HOW_MUCH_ARABIC),
    "whether": ("is|are|was|were|does|do|did|will|can", "هل|واش"),
}
_ASKING_KINDS: tuple[QuestionKind, ...] = ("who", "what", "which", "when", "where", "why", "how", "how much")


def question_words(language: Language, kinds: Iterable[QuestionKind] = _ASKING_KINDS, *, and_whether: bool = False) -> str:
    """A regex alternation of the interrogatives of these kinds (by default every one asking for
    something), and of those asking whether when told to."""
    kinds = (*kinds, "whether") if and_whether else tuple(kinds)
    words = "|".join(_QUESTION_WORDS[kind][language == "ar"] for kind in kinds)
    if language == "en":
        return words
    return "|".join(re.sub(r"ي$", "[يى]", re.sub(r"^ا", "[اأإآ]", word)) for word in words.split("|"))


# A request for a format before the question: "One-line caption for an Instagram carousel slide:",
# "Newsletter blurb, two sentences:", «بغيت نقطة وحدة لشريحة:». Its words are no subject: searched,
# "Instagram" was a name no source gives, and the question was refused. One phrase without a question
# word, a full stop, a quote or a topic ("on", «عن», «على») in it: «Row 'xAI – planned GPU deployment':»
# and «عرّفني على شركة xAI بجملة:» name what is asked.
_FORMAT_FRAME = re.compile(r"^\W*(?P<frame>[^:?؟.!\n'\"«»“”‘’]{1,120}):\s*(?=[^\s'\"«»“”‘’])")  # not before a quote: "Slide text: \"…\""
_FORMAT_WORD = re.compile(
    r"\b(?:tweets?|threads?|posts?|captions?|headlines?|bullets?|blurbs?|lines?|sentences?|e-?mails?|slides?|rows?|cells?|answer key"
    r"|summary|paragraph|newsletter|carousel|quiz(?:zes)?|trivia|flashcards?|cards?|episode|segment)\b"
    r"|(?<![^\s])[وف]?[لب]?(?:ال)?(?:تغريد[ةه]|تغريدات|بوست|منشور|كابشن|تعليق|عنوان|سطر|جمل[ةه]|نقط[ةه]|نقاط|نقطتين|شريح[ةه]"
    r"|[إا]يميل|رسال[ةه]|خان[ةه]|فقر[ةه]|ملخص|نشر[ةه])(?![^\W\d_])",
    re.IGNORECASE)
_ASKS_IN_FRAME = re.compile(rf"\b(?:{question_words('en', and_whether=True)}|about|on|of|by|regarding|true or false)\b"
                            rf"|(?<![^\s])[وف]?(?:{question_words('ar', and_whether=True)}|عن|على|علي|حول|بخصوص)(?![^\W\d_])", re.IGNORECASE)
# What is left after a frame asks on its own when it has a question word and names something itself:
# "For a quiz on Big Tech budgets: on what date does … Microsoft's … budget end?"; not "Slide on Stargate: how much in total?".
# A topic after a dash in the frame ("Flashcard — GAIIP: stands for?") is what a bare question after it asks about.
_FRAME_TOPIC = re.compile(r"\s[—–-]\s*\S")
_STANDS_ALONE = 3  # content words a question asking on its own has at least
_ASKS_ITSELF = re.compile(rf"\b(?i:{question_words('en')})\b(?=.*\s[«“\"]?[A-Z][\w-]+)|(?<![^\s])[وف]?(?:{question_words('ar')})(?![^\W\d_])(?=.*«)")


# A format asked for after the question, in a sentence of its own: "Who were Stargate's initial funders? One
# per row.", "…? Just the number, no prose.", «…؟ كل واحد بسطر». Its words are no subject either.
_FORMAT_AFTER = re.compile(
    r"(?<=[?؟.!])\s+(?:(?:please|pls)\s+)?(?:one (?:per|a) (?:row|line|bullet|cell)|(?:as|in) a (?:table|list|bulleted list|single line)"
    r"|(?:just|only) (?:the )?(?:numbers?|figures?|names?)(?:,? no (?:prose|text|words))?|no prose|(?:in )?bullet points?)(?:,?\s*(?:please|pls|thanks))?\W*$"
    r"|(?<=[?؟.!])\s+(?:كل (?:واحد|وحده|اسم) (?:ب|في )سطر|(?:ب|في )جدول|بس (?:ال)?(?:رقم|ارقام|الاسماء))\W*$",
    re.IGNORECASE)


def without_format_request(text: str) -> str:
    """The question without the format asked for before it (see ``_FORMAT_FRAME``) or after it (see ``_FORMAT_AFTER``)."""
    text = _FORMAT_AFTER.sub("", text)
    frame = _FORMAT_FRAME.match(text)
    asked = text[frame.end() :] if frame else text
    if (frame and _FORMAT_WORD.search(frame["frame"]) and not (_FRAME_TOPIC.search(frame["frame"]) and len(content_words(asked)) < _STANDS_ALONE)
            and (not _ASKS_IN_FRAME.search(frame["frame"]) or _ASKS_ITSELF.search(asked))):
        # «ترجملي للعربي جملة للنشرة: The AI Infrastructure Partnership has already raised…» is asked in Arabic.
        return asked if detect_language(asked) == detect_language(text) else text
    return text


# The asker's wish to know, opening a sentence: «عايز أعرف الشراكة اتعلنت امتى؟», «بدي أعرف قديش…»,
# "I'd like to know when…", "Can you tell me who…". Its words are not the topic's; in a short question
# they outweighed it, and an English question word after it was not read as opening the question.
_WISH_TO_KNOW = re.compile(
    r"(?:^|(?<=[.!?؟\n])\s*)\W*(?:(?:so|and|ok|okay|also|please|hi|hello)\W+)*"
    r"(?:(?:i(?:['’]d| would)? (?:really )?(?:like|want|need|wish) to (?:know|find out|understand|check)|i(?:['’]m| am| was) wondering"
    r"|i wonder|(?:can|could|would) you (?:please )?tell me|please tell me|tell me|do you know)(?: please)?[,:]?\s+"
    rf"(?=(?:{question_words('en', and_whether=True)}|if)\b)"
    # spoken fillers before it: Yemeni and Gulf «عاد أشتي أعرف…» (so, I want to know…), «طيب بدي أعرف…»
    r"|(?:(?:عاد|طيب|زين|يعني|هيا|بس)\s+)*(?:(?:انا|أنا)\s+)?(?:عايز|عاوز|عايزه|عاوزه|بدي|بدّي|ودي|ابغى|أبغى|ابغي|أبغي|ابي|أبي|حاب|حابب|داير|اريد|أريد|أود|نبي|نحب|اشتي|أشتي|نشتي|ابا|أبا|بغيت|نبغي)\s+"
    r"(?:(?:ان|أن)\s+)?(?:ا|أ|ن)?(?:عرف|فهم|تأكد|تاكد)(?:\s+(?:بس|لو سمحت|من فضلك|صدق|بجد|فعلا|فعلًا))?[،,:]?\s+"
    # a formal letter's opening: «تحية طيبة وبعد، يسرّنا الاستفسار عن…», «نرجو التكرم بإفادتنا بـ…», «نأمل تزويدنا بـ…»
    r"|(?:(?:تحي[ةه] طيب[ةه](?: وبعد)?|السلام عليكم(?: ورحم[ةه] الله(?: وبركاته)?)?)[،,]?\s*)?[وف]?"
    r"(?:يسر\u0651?نا|يسعدنا|نود\u0651?|نرجو|نأمل|نامل|أرجو|ارجو|آمل)\s+(?:منكم\s+)?(?:التكر\u0651?م\s+)?(?:ب)?"
    r"(?:الاستفسار|إفادتنا|افادتنا|تزويدنا|إعلامنا|اعلامنا|موافاتنا|إحاطتنا|احاطتنا|معرف[ةه])(?:\s+(?:عن|عم\u0651?ا))?(?:\s+(?=إذا|اذا))?[،,]?\s*)",
    re.IGNORECASE)
# «يسرّنا الاستفسار عمّا إذا كانت…» asks whether: what is left opens with «إذا», read as «هل».
_WHETHER_LEFT = re.compile(r"(?:^|(?<=[.!?؟\n]))(\W*)(?:إذا|اذا)\s+")


# A name asked for by "the name of": «ما اسم المسؤول الذي أعلن…؟», «(بإفادتنا) باسم المسؤول…», "What is the
# name of the official who…" ask who; the word «اسم» otherwise reads as a subject.
_PERSON_NOUN = r"(?:مسؤول|مسئول|شخص|رئيس|مدير|متحدث)"
_NAME_OF = re.compile(rf"(?:^|(?<=[.!?؟\n]))(\s*)(?:(?:ما|ماهو|ما هو)\s+)?ب?اسم\s+(?=ال{_PERSON_NOUN}(?![^\W\d_]))"
                      r"|(?:^|(?<=[.!?\n]))(\s*)what(?:['’]s| is) the name of\s+(?=the (?:official|person|executive|spokesperson|man|woman)\b)",
                      re.IGNORECASE)


def with_name_asked_as_who(text: str) -> str:
    """A sentence asking for the name of someone asked as who (see ``_NAME_OF``)."""
    return _NAME_OF.sub(lambda named: f"{named[1]}من " if named[1] is not None else f"{named[2]}who is ", text)


def without_wish_to_know(text: str) -> str:
    """The question without the asker's wish to know opening it (see ``_WISH_TO_KNOW``)."""
    asked = _WISH_TO_KNOW.sub(lambda wish: " " if wish.start() else "", text)
    asked = _WHETHER_LEFT.sub(r"\1هل ", asked).strip() if asked != text else text
    return asked if asked.strip(" ?؟.!") else text


# What someone else said, told after the question: "Who chairs Stargate? A colleague insists it's Sam
# Altman.", "What range did the report give for 2026? I was told 500 to 1,000 TWh.", «…؟ واحد قالي
# إنه كله». Searched with the question, the hearsay put a name no source gives, or another year's
# figure, in the way of the answer; the question asks on its own.
_HEARSAY = re.compile(
    r"^\W*(?:(?:but|and|though|cause|because)\s+)?(?:(?:someone|somebody|people|everyone|they|(?:a|my|our|one)\s+(?:[\w-]+\s+)?"
    r"(?:colleagues?|friends?|boss|manager|editor|teacher|professor|coworkers?|co-workers?|classmates?|notes?|sources?|article|headline|post|guy"
    r"|co-?hosts?|hosts?|producers?|guests?|listeners?|viewers?))\b"
    r"[^.?!؟]{0,40}?\b(?:told me|tells me|insists?|insisted|says?|said|claims?|claimed|thinks?|reckons?|heard|read|saw|was told|swears?|keeps? saying)\b"
    r"|i (?:was told|(?:have |'ve )?heard|read|saw)\b)"  # not "I think its two reports give different numbers"
    r"|^\W*(?:بس\s+|و)?(?:\S+\s+){0,3}?(?:قال\s*لي|قالي|قاللي|قالولي|بيقول|بيقولوا|بيقولو|يقول|يقولون|يقولوا|سمعت|قريت|قرات|شفت|يصر|مصر|مصمم)(?![^\W\d_])",
    re.IGNORECASE)
# The asker's own guess put as a tag question after the question: "Who chairs the Stargate project? It isn't
# Sam Altman, is it?", «… مين رئيسه؟ مو سام ألتمان صح؟». The question asks on its own.
_GUESS_TAGGED = re.compile(
    r"^\W*(?:it|that|he|she)(?:['’]s|\s+is|\s+was|\s+isn['’]t|\s+wasn['’]t|\s+is not|\s+was not)\s+[^,?]{1,40},\s*(?:is|was|isn['’]t|wasn['’]t)\s+(?:it|he|she|that)\s*\?\s*$"
    r"|^\W*(?:مو|مش|مب|موب)\s+[^،,؟?]{1,30}?\s*(?:صح|مظبوط|صحيح)?\s*[؟?]\s*$",
    re.IGNORECASE)
# A told sentence that asks for something, or says the figures differ, is part of the question:
# «شفت أرقام مختلفة، اعطيني كل الأرقام اللي بالمصادر ومين قال شو».
# The asker's own life: "I kept the books for a firm for forty years, so I'd like it precise."
_ASKERS_STORY = re.compile(r"^\W*(?:(?:and|but|so)\s+)?I(?:['’]m| am| was| have been|['’]ve been| kept| worked| used to| live| lived| retired| spent| taught)\b"
                           r"(?!.*\b(?:wondering|asking|curious)\b)")
# Who wants the answer, or the asker's care, told after the question: "client in Europe asking.", "pls
# advise, thx", "want to be careful in the deck".
_ASKERS_NEED = re.compile(
    r"^\W*(?:(?:i|we)\s+)?want to be (?:careful|sure|accurate|precise)\b"
    r"|^\W*(?:(?:a|my|our|the)\s+)?(?:client|customer|boss|board|team|manager|editor|minister|investor)s?\b[^.?!]{0,40}\b(?:asking|asked|asks|wants?|needs?|wondering)\b"
    r"|^\W*(?:(?:pls|please|kindly)\s+advise|thx|thanks|ty)\W*(?:(?:thx|thanks|thank you|ty)\W*)?$",
    re.IGNORECASE)
# What the asker needs the answer for, after what they need: "need name + title for the invitation." keeps
# "need name + title"; "Need the full original name for the explainer box." keeps what it asks.
_ASKERS_PURPOSE = re.compile(r"^(\W*(?:(?:i|we)\s+)?(?:need|needs|needed|want|wanted)\b.*?)\s+(?:for|in) (?:the|a|an|my|our|his|her|their|this|that) [^.?!,;]{1,40}?(?=[.!]?\s*$)",
                             re.IGNORECASE)
_NEEDS_IT = re.compile(r"^\W*(?:(?:i|we)\s+)?(?:need|needs|needed|want|wanted)\s+(?:it|that|this|them|those|these)\W*$", re.IGNORECASE)
_ASKS_FOR_MORE = re.compile(r"\b(?:different|differing|conflicting|contradictory|varying|give me|tell me|list)\b"
                            r"|مختلف|متضارب|متناقض|متباين|(?<![^\s])(?:اعطيني|عطيني|اديني|قولي|قلي|احكيلي)(?![^\W\d_])")
QUESTION_SENTENCE = re.compile(r"(?:[^.!?؟\n…]|(?<=\d)\.(?=\d))+[.!?؟…]*")  # one sentence of a message ("…" ends one too); "1,050.5 TWh" is one figure
# (opening the sentence, or what follows a dash or colon in it: "so the piece frames xAI as a threat — who is…?")
_ASKS_OPENLY = re.compile(rf"(?:^|[—–:]\s)\W*(?:[^\W\d_]+\W+){{0,3}}?(?:{question_words('en')})\b"
                          rf"|(?:^|[—–:]\s)\W*(?:\S+\s+){{0,3}}?[وف]?(?:{question_words('ar')})(?![^\W\d_])", re.IGNORECASE)


# What an email or a support ticket wraps a question in: the ticket or case number (with its
# "(priority: normal)"), and the sign-off with the sender's name and role ("Thanks, Priya – Tier 1
# Support", "Kind regards,\nGrace", «تحياتي», «ومشكورين»). The sender's name is no subject of the
# question (a name no source holds is refused) and the ticket's number is no figure.
_TICKET_REFERENCE = re.compile(
    r"(?:\b(?:ticket|ref(?:erence)?|incident)\.?\s*(?:no\.?|number|#|:)?\s*#?\s*(?:[A-Z]{2,6}-)?\d{3,}\b"
    # "case" and "request" only with a number sign ("the high case 1000 TWh" states a figure), and a
    # bare code only as a help desk writes it ("CASE-2291", not "AS-206", a flight)
    r"|\b(?:case|request)\s*(?:no\.?|number|#|:)\s*#?\s*(?:[A-Z]{2,6}-)?\d{3,}\b|(?-i:\b(?:CASE|REQ|INC|TKT|TICKET)-\d{3,}\b)"
    r"|(?<![^\s])(?:ال)?(?:تذكر[ةه]|بلاغ)\s+(?:رقم\s*)?[#:]?\s*[\d٠-٩]{3,}"
    r")(?:\s*\([^()?؟]{0,30}\))?", re.IGNORECASE)
_REFERENCE_MARK = "\ue000"  # where a reference stood while the text is split into sentences ("ref. CASE-2291" holds a full stop)
_SIGN_OFF = re.compile(
    r"(?:^|(?<=[.!?؟\"”»\n]))\s*(?:(?:many|kind|best|warm|warmest) )?(?:thanks|thank you|regards|cheers|sincerely|appreciated?|best(?=\s*[,\n])"
    r"|sent from my (?:iphone|ipad|phone|android|mobile|galaxy|blackberry|samsung))\b"
    r"(?P<rest>[^?؟]*)$"
    r"|(?:^|(?<=[.!?؟\"”»\n،,]))\s*(?:تحياتي|مع (?:خالص )?(?:الشكر|التحي[ةه]|التحيات|التقدير)|و?شكرا|و?شكرًا|و?مشكور(?:ين)?|ودمتم)(?![^\W\d_])"
    r"(?P<rest_ar>[^?؟]*)$", re.IGNORECASE)
_SIGNATURE_WORDS = 8  # "Thanks, Priya – Tier 1 Support": a name and a role, not a question
_ASKING_IN_A_SIGN_OFF = re.compile(rf"\b(?:{question_words('en', and_whether=True)})\b|(?<![^\s])[وف]?(?:{question_words('ar', and_whether=True)})(?![^\W\d_])",
                                   re.IGNORECASE)


def without_message_envelope(text: str) -> str:
    """The question inside an email or a support ticket (see ``_TICKET_REFERENCE``): a sentence
    giving only the ticket's number goes ("Hi, ticket #48213 (priority: normal)."), a number inside
    a question's sentence goes alone, and so does a closing sign-off that asks nothing. A text with
    none of it, or with nothing else, is returned as typed."""
    marked = _TICKET_REFERENCE.sub(_REFERENCE_MARK, text)
    sentences = [marked[span.start : span.end] for span in split_sentences(marked)]
    # "Hi, ticket #48213 (priority: normal).", "Please advise before I close ticket #60871." go; not
    # the only sentence there is ("Ticket #20931: caller says … and wants to know what that name was.").
    kept = [re.sub(rf"\s*{_REFERENCE_MARK}\s*([,،:]\s*)?", " ", sentence).strip() for sentence in sentences
            if _REFERENCE_MARK not in sentence or re.search(r"[?؟]", sentence) or len(sentences) == 1]
    asked = "\n".join(kept)
    closing = _SIGN_OFF.search(asked)
    if closing:
        rest = closing["rest"] if closing["rest"] is not None else closing["rest_ar"]
        if len(rest.split()) <= _SIGNATURE_WORDS and not _ASKING_IN_A_SIGN_OFF.search(rest):
            asked = asked[: closing.start()]
    if not re.search(r"[^\W\d_]", asked) or asked.split() == text.split():
        return text
    return asked.strip()


def without_asides(text: str) -> str:
    """The message without what someone else said (see ``_HEARSAY``), the asker's own story (see
    ``_ASKERS_STORY``) or guess (see ``_GUESS_TAGGED``), told after a question asking by a question word, and without who else wants
    it (see ``_ASKERS_NEED``) or what for (see ``_ASKERS_PURPOSE``), told after any question. Told
    before it, or after a yes-or-no question, a claim is what is asked about ("My notes say $30bn. Is
    that right?"), and the message stays whole."""
    sentences = QUESTION_SENTENCE.findall(text)
    asking = next((n for n, sentence in enumerate(sentences) if re.search(r"[?؟]\s*$", sentence)), None)
    if asking is None:
        return text
    openly = bool(_ASKS_OPENLY.search(normalize_for_match(sentences[asking])))
    told = [n for n in range(asking + 1, len(sentences))
            if (openly and _GUESS_TAGGED.match(sentences[n]))  # a guess ends with its own question mark
            or (openly and (_HEARSAY.search(normalize_for_match(sentences[n])) or _ASKERS_STORY.search(sentences[n])) or _ASKERS_NEED.search(sentences[n]))
            and not re.search(r"[?؟]\s*$", sentences[n]) and not _ASKS_FOR_MORE.search(normalize_for_match(sentences[n]))]
    needed = [_ASKERS_PURPOSE.sub(r"\1", sentence) for n, sentence in enumerate(sentences) if n > asking and n not in told]
    # "Need it for the credit line." asks nothing more once its purpose is set aside
    kept = sentences[: asking + 1] + [sentence for sentence in needed if not _NEEDS_IT.match(sentence)]
    return "".join(kept).strip() if kept != sentences else text


# The calendar's months in both languages: the English name and its abbreviations, then the Arabic
# names (Egyptian/Gulf, then Levantine). An answer writes the first name of its language.
MONTHS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("January", "Jan"), ("يناير", "كانون الثاني")),
    (("February", "Feb"), ("فبراير", "شباط")),
    (("March", "Mar"), ("مارس", "آذار")),
    (("April", "Apr"), ("أبريل", "ابريل", "إبريل", "نيسان")),
    (("May",), ("مايو", "أيار")),
    (("June", "Jun"), ("يونيو", "يونيه", "حزيران")),
    (("July", "Jul"), ("يوليو", "يوليه", "تموز")),
    (("August", "Aug"), ("أغسطس", "آب")),
    (("September", "Sep", "Sept"), ("سبتمبر", "أيلول")),
    (("October", "Oct"), ("أكتوبر", "تشرين الأول")),
    (("November", "Nov"), ("نوفمبر", "تشرين الثاني")),
    (("December", "Dec"), ("ديسمبر", "كانون الأول")),
)
# Each month's names in their normalize_for_match form, with the month's number (1-12).
MONTH_NUMBERS = {normalize_for_match(name): number for number, (english, arabic) in enumerate(MONTHS, start=1)
                 for name in (*english, *arabic)}


def month_number(word: str) -> int | None:
    """The month a word names (1-12), in either language, or None."""
    return MONTH_NUMBERS.get(normalize_for_match(word))


# Words that open a sentence by taking its time from the one before: "At the same time…", "That same
# day…", «وفي الوقت نفسه…», «في اليوم ذاته…». On match-normalised text.
AT_THAT_TIME = (r"at the same time\b|(?:on )?(?:that|the) same (?:day|date|week|month)\b|on that (?:day|date)\b"
                r"|[وف]?(?:في )?(?:ال)?(?:وقت|يوم|تاريخ|اسبوع|شهر) (?:نفسه|ذاته|عينه)(?![^\W\d_])"
                r"|[وف]?(?:في )?(?:نفس|ذات) (?:ال)?(?:وقت|يوم|تاريخ|اسبوع|شهر)(?![^\W\d_])")


def written_span(earlier: date, later: date, language: Language) -> str:
    """The calendar span from one date to a later one, as an answer writes it: "6 months and 2 days",
    «6 أشهر ويومان»; months as a calendar counts them (dateutil's ``relativedelta``), then days."""
    gap = relativedelta(later, earlier)
    months, days = gap.years * 12 + gap.months, gap.days
    parts = [_counted(months, _SPAN_UNITS[language]["month"], language) if months else "",
             _counted(days, _SPAN_UNITS[language]["day"], language) if days or not months else ""]
    return (" and " if language == "en" else " و").join(part for part in parts if part)


# English singular and plural; Arabic one, two, three to ten, eleven and more.
_SPAN_UNITS: dict[Language, dict[str, tuple[str, ...]]] = {
    "en": {"month": ("month", "months"), "day": ("day", "days")},
    "ar": {"month": ("شهر واحد", "شهران", "أشهر", "شهرًا"), "day": ("يوم واحد", "يومان", "أيام", "يومًا")},
}


def _counted(count: int, forms: tuple[str, ...], language: Language) -> str:
    """The count with its noun: English singular or plural; Arabic as counted nouns agree (one, two,
    three to ten, eleven and more: «شهر واحد», «شهران», «6 أشهر», «12 شهرًا»)."""
    if language == "en":
        return f"{count} {forms[0] if count == 1 else forms[1]}"
    return forms[0] if count == 1 else forms[1] if count == 2 else f"{count} {forms[2] if count <= 10 else forms[3]}"


def written_date(year: int, month: int, day: int, language: Language) -> str:
    """A date as an answer writes it: "20 March 2025", «20 مارس 2025»; "March 2025" with no day."""
    english, arabic = MONTHS[month - 1]
    month_name = (english if language == "en" else arabic)[0]
    return f"{day} {month_name} {year}" if day else f"{month_name} {year}"




_ABBREVIATION_LETTERS = (3, 5)  # "MSFT", "NVDA"; two letters ("EU", "FY") fit too many names


_SLIP_LETTERS = 5  # a shorter word is too near too many others ("elon" / "eton") to be read as a slip
_ORDINARY_SLIP_LETTERS = 7  # an ordinary word shorter than this may be a form the dictionary lacks (British "centre")


@cache
def _spell_checker() -> SpellChecker:
    """pyspellchecker's English dictionary, read once (~0.3 s); it suggests words one edit away."""
    try:
        from spellchecker import SpellChecker
    except ModuleNotFoundError as exc:
        raise RuntimeError("English words come from the pyspellchecker package: pip install pyspellchecker") from exc
    return SpellChecker(language="en", distance=1)


def _english_words() -> Container[str]:
    return _spell_checker().word_frequency


# Endings the dictionary may not list a word with: "funders" is "fund" + "ers", and no slip of "founders".
_INFLECTIONS = ("s", "es", "er", "ers", "ing", "ings", "ed", "ly")


def _inflected(word: str, other: str) -> bool:
    """Whether one word is the other with an inflection's ending ("centres" and "centre")."""
    shorter, longer = sorted((word, other), key=len)
    return any(longer == shorter + ending for ending in _INFLECTIONS)


def is_english_word(word: str) -> bool:
    """Whether an English dictionary holds the lower-case word or its stem ("state", "stated",
    "funders"; not "stargte")."""
    words = _english_words()
    return word in words or any(word.endswith(ending) and len(word) - len(ending) >= 3 and word[: -len(ending)] in words
                                for ending in _INFLECTIONS)


def _one_slip_apart(typed: str, word: str) -> bool:
    """Whether one slip of the keyboard turns ``word`` into ``typed``: a letter dropped, added or
    mistyped, or two side by side swapped (the first letter kept: a slip is rarely there)."""
    if typed == word or typed[:1] != word[:1] or abs(len(typed) - len(word)) > 1:
        return False
    start = next((i for i, (a, b) in enumerate(zip(typed, word)) if a != b), min(len(typed), len(word)))
    if len(typed) == len(word):
        return typed[start + 1 :] == word[start + 1 :] or (typed[start : start + 2] == word[start : start + 2][::-1]
                                                          and typed[start + 2 :] == word[start + 2 :])
    shorter, longer = sorted((typed, word), key=len)
    return shorter[start:] == longer[start + 1 :]


_KEYBOARD_SLIP_LETTERS = 4  # "mony" is money; shorter words are too near too many others
# How often (in pyspellchecker's counts) a word must occur to be what a slip meant: "money" 665,532,
# "infrastructure" 2,651; British "centre" is no slip of the rare "centare" (50).
_COMMON_WORD_COUNT = 1000


def _letter_dropped_or_swapped(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with one letter left out, or two side by side swapped: one slip
    (see ``_one_slip_apart``) that types only the word's letters, unlike a mistyped one ("capex" is
    no slip of "caper") or an added one."""
    if typed.endswith("re") and word == typed[:-2] + "er":
        return False  # British "centre", "metre": a spelling, not a slip of "center"
    return _one_slip_apart(typed, word) and not Counter(typed) - Counter(word)


# The words that say what a figure measures: a slip in one hides what is asked ("how much mony…"
# asks for no sum). Other slips are left to the search, which tolerates them; mending "relase" and
# "diffrent" ranked other sentences first.
_MEASURE_WORD = re.compile(r"(?:money|cash|dollars?|thousands?|millions?|billions?|trillions?|percent(?:age)?|electricity|energy|power"
                           r"|consumption|invest\w*|spend\w*|spent|budget|capital|funding|debt)")


def keyboard_slip_mended(word: str) -> str:
    """A lower-case word no dictionary holds, typed with a letter left out or two swapped ("mony",
    "bilion", "percnet"), as the most frequent English word it can be, when that word says what a
    figure measures (see ``_MEASURE_WORD``): the question is then read as asking for it. Other
    words stay as typed."""
    if len(word) < _KEYBOARD_SLIP_LETTERS or not word.isalpha() or not word.islower() or is_english_word(word):
        return word
    checker = _spell_checker()
    meant = [known for known in checker.candidates(word) or ()
             if _letter_dropped_or_swapped(word, known) and checker.word_frequency[known] >= _COMMON_WORD_COUNT
             and _MEASURE_WORD.fullmatch(known)]
    return max(meant, key=checker.word_usage_frequency) if meant else word


def _in_order(letters: str, word: str) -> bool:
    """Whether the letters occur in the word in this order, not necessarily side by side."""
    remaining = iter(word)
    return all(letter in remaining for letter in letters)


class LatinNames:
    """How a corpus writes its Latin names ("Stargate", "xAI", "BlackRock"), to restore them in a
    question typed in lower case: "how much is going into stargate?" is then searched, ranked and
    matched across scripts («ستارغيت») as the name it is. A word is a name when the corpus writes
    it capitalised (not just opening a sentence) nearly every time: "energy" is also "NextEra
    Energy", so it stays as typed."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        forms: dict[str, dict[str, int]] = {}
        titled: dict[str, dict[str, int]] = {}
        texts_seen = list(texts)
        for text in texts_seen:
            for match in _TITLED_YEAR.finditer(text):
                counts = titled.setdefault(match.group().lower(), {})
                counts[match.group()] = counts.get(match.group(), 0) + 1
            for match in _LATIN_WORD.finditer(text):
                if _SENTENCE_START.search(text[max(0, match.start() - 3) : match.start()]):
                    continue  # "The", "Second": capitalised for where it stands
                word = match.group()
                counts = forms.setdefault(word.lower(), {})
                counts[word] = counts.get(word, 0) + 1
        self._written: dict[str, str] = {}
        for lower, counts in forms.items():
            written, seen = max(counts.items(), key=lambda item: item[1])
            total = sum(counts.values())
            # A title-case word seen once may be a title's ("Business Standard"); "SoftBank", "OECD" are names at once.
            often = total >= 2 or written[1:] != written[1:].lower()
            if written != lower and len(lower) >= _NAME_LETTERS and lower not in STOPWORDS and often and seen >= _NAME_SHARE * total:
                self._written[lower] = written
        # A report's title with its year, written capitalised every time ("Electricity 2024"): typed
        # "in electricity 2024", its year names the report, not a year asked about.
        self._titles = {lower: written for lower, counts in titled.items()
                        for written in [max(counts, key=counts.__getitem__)]
                        if written != lower and lower.split()[0] not in STOPWORDS and not month_number(lower.split()[0])
                        and counts[written] == sum(counts.values())}
        # Two capitalised words in a row that the corpus never writes in lower case, a person's name
        # even when seen once ("Brad Smith"): typed "brad smith", the pair is the name. Not "AI
        # Infrastructure Partnership": its words are ordinary words elsewhere.
        pairs: dict[str, set[str]] = {}
        lower_words: set[str] = set()
        for text in texts_seen:
            lower_words.update(word for word in _LATIN_WORD.findall(text) if word.islower())
            for match in _WORD_PAIR.finditer(text):
                pairs.setdefault(match.group().lower(), set()).add(match.group())
        self._pairs = {lower: written.pop() for lower, written in pairs.items()
                       if len(written) == 1 and not set(lower.split()) & (STOPWORDS | lower_words) and not any(month_number(w) for w in lower.split())}
        self._words = lower_words | {word.lower() for word in forms}  # every word the corpus writes, to tell a slip from a word
        # Names by their sound key, where the key is one name's alone: dictation hears "Nvidia" as
        # "n video" and "xAI" as "ex ai", two words that sound like it together.
        by_sound: dict[str, set[str]] = {}
        for lower, written in self._written.items():
            by_sound.setdefault(_latin_key(lower), set()).add(written)
        self._by_sound = {key: written.pop() for key, written in by_sound.items() if len(key) >= _MIN_KEY and len(written) == 1}
        # A title is matched by its exact words: one typed with a slip ("electricty 2024") is mended.
        # Other words are left as typed: the search tolerates them, and over the SQuAD-format questions
        # mending them ("ctenohore") turned an answer wrong by ranking another sentence first.
        self._title_words = {word for lower in self._titles for word in lower.split() if not word.isdigit()}

    def restore(self, text: str) -> str:
        """The text with each name typed all in lower case written as the corpus writes it; a
        possessive typed without its apostrophe ("nvidias ceo") gets it back ("Nvidia's ceo")."""
        text = self._joined(text)
        text = self._pairs_restored(text)
        text = _LATIN_WORD.sub(lambda match: self._restored(match.group(), contracted=text.startswith(("'", "’"), match.end())), text)
        # Last, so that a title typed with a slip ("electricty 2024") is mended first.
        return _TITLED_YEAR.sub(lambda match: self._titles.get(match.group(), match.group()), text)

    def _joined(self, text: str) -> str:
        """The text with a one-word name said as two ("Black Rock", "Soft Bank", "star gate")
        written as the corpus writes it."""
        return with_split_words_joined(text, _SAID_WORD, self._one_name)

    def _one_name(self, first: str, second: str) -> str | None:
        if first.lower() in self._written:
            return None
        whole = (first + second).lower()
        if whole in self._written:
            return self._written[whole]
        # Dictation hears a name's first letter as a letter, or the letter's name, and the rest as a
        # word: "n video" (Nvidia, by its sound), "ex ai" (xAI). Not "in video", not "my ex".
        letter = first if len(first) == 1 and first.islower() and first not in ("a", "i") else _LETTER_NAMES.get(first)
        if letter is None:
            return None
        heard = (letter + second).lower()
        return self._written.get(heard) or self._by_sound.get(_latin_key(heard))

    def _pairs_restored(self, text: str) -> str:
        pieces, done = [], 0
        for match in _LOWER_PAIR.finditer(text):
            written = self._pairs.get(match.group(1))
            if written and match.start(1) >= done:
                pieces += [text[done : match.start(1)], written]
                done = match.start(1) + len(written)
        return "".join(pieces) + text[done:]

    def _restored(self, word: str, contracted: bool = False) -> str:
        if (word.isupper() and _ABBREVIATION_LETTERS[0] <= len(word) <= _ABBREVIATION_LETTERS[1]
                and word.lower() not in self._written and word.lower() not in STOPWORDS):  # "HOW MUCH" is shouted, not abbreviated
            return self._abbreviated(word)
        if not word.islower():
            return word  # what the user capitalised is theirs
        if word in self._written:
            return self._written[word]
        if word.endswith("s") and word[:-1] in self._written:
            return f"{self._written[word[:-1]]}'s"
        if word in self._words or word in STOPWORDS:
            return word
        if len(word) >= _SLIP_LETTERS:
            mended = self._slip_mended(word, names_only=contracted or len(word) < _ORDINARY_SLIP_LETTERS)
        elif _ABBREVIATION_LETTERS[0] <= len(word) and word.isalpha() and not contracted:
            # "how much is msft fy25 ai datacenter spend?": a ticker typed in lower case, unless it is a word.
            meant = self._abbreviated(word)
            mended = meant if not is_english_word(word) else word
        else:
            mended = word
        return mended if mended != word or contracted else keyboard_slip_mended(word)

    def _slip_mended(self, word: str, names_only: bool) -> str:
        """A word the corpus never writes, typed with one slip (a letter dropped, added, swapped or
        mistyped) of a corpus name ("who chairs stargte", "whats stargtes budget") or, unless
        ``names_only``, of one word of a title ("iea electricty 2024"), is that name or word; a word an
        English dictionary holds stays as typed ("state" is no slip of "States"), and so does another
        form of a corpus word ("centre" beside "centres"). The dictionary is asked last: it is read
        only when a word is one slip away."""
        for typed, suffix in [(word, ""), *([(word[:-1], "'s")] if word.endswith("s") else [])]:
            meant = {name for lower, name in self._written.items() if " " not in lower and _one_slip_apart(typed, lower)}
            if len(meant) == 1:
                return word if is_english_word(word) else meant.pop() + suffix
        if names_only:
            return word
        meant = {known for known in self._title_words if _one_slip_apart(word, known) and not _inflected(word, known)}
        return meant.pop() if len(meant) == 1 and not is_english_word(word) else word

    def resembles_a_name(self, word: str) -> bool:
        """Whether a lower-case word may be a corpus name abbreviated or mistyped: "msft" and
        "microsft" are Microsoft (one's letters run in order through the other, from the same first
        letter); "meta" and "larry" are no corpus name."""
        return any(" " not in lower and lower[0] == word[0] and (_in_order(word[1:], lower[1:]) or _in_order(lower[1:], word[1:]))
                   for lower in self._written)

    def _abbreviated(self, word: str) -> str:
        """The one-word corpus name an unknown abbreviation stands for, as a ticker does ("MSFT" is
        Microsoft, "NVDA" Nvidia): the name starts with its first letter and holds the others in
        order. Another acronym is no such name ("GIP" is not "GAIIP"). The word stays as typed
        when no name, or more than one, fits."""
        letters = word.lower()
        fitting = {name for lower, name in self._written.items()
                   if " " not in lower and not name.isupper() and len(lower) > len(letters) and lower[0] == letters[0]
                   and _in_order(letters[1:], lower[1:])}
        return fitting.pop() if len(fitting) == 1 else word


# Letters that write the foreign "g": «ستارغيت» in one source is «ستارجيت» in Egyptian spelling.
_G_LETTERS = "جغگ"
_G_FOLD = str.maketrans({letter: "ج" for letter in _G_LETTERS})
# A word with its diacritics and tatweel: «غيّرته» is one word, not «غي» and «رته».
_WITH_G = re.compile(f"[\u0621-\u064a\u064b-\u0652\u0640]*[{_G_LETTERS}][\u0621-\u064a\u064b-\u0652\u0640]*")
_SPOKEN_FOLD = str.maketrans({"ذ": "د", "ث": "ت", "ظ": "ض"})
_MAX_CLITICS = 2  # "و", "ب", "ل", "ال" before a name
_RESPELT_LETTERS = 4  # shorter words are respelt into too many things («غي» would become «جي» of «إم جي إكس»)


class ArabicSpellings:
    """How a corpus spells its Arabic words with a "g", to respell a question's other spelling:
    «امتى اتعلن عن ستارجيت؟» is searched as «ستارغيت», which dense search alone scores too low.
    Only a word the corpus does not hold is respelled, and only to the one word of a corpus name
    that differs from it in its "g" letters alone: in a large corpus a native word («الصمغ», gum)
    has such a twin too.

    ``texts`` are the corpus's texts; ``names`` its names (Arabic marks them with quotes).
    """

    def __init__(self, texts: Iterable[str] = (), names: Iterable[str] = ()) -> None:
        self._known = {word for text in texts for word in ARABIC_WORD.findall(normalize_for_match(text))}
        spellings: dict[str, set[str]] = {}
        for word in {word for name in names for word in ARABIC_WORD.findall(normalize_for_match(name))}:
            if _WITH_G.fullmatch(word):
                spellings.setdefault(word.translate(_G_FOLD), set()).add(word)
        self._by_fold = {fold: words.pop() for fold, words in spellings.items() if len(words) == 1}
        # A word spoken with «د» for «ذ», «ت» for «ث», «ض» for «ظ» («الدراع» for «الذراع»), by its stem.
        stems = {_stem_arabic(word) for word in self._known}
        spoken: dict[str, set[str]] = {}
        for stem in stems:
            if len(stem) >= _RESPELT_LETTERS and stem != stem.translate(_SPOKEN_FOLD):
                spoken.setdefault(stem.translate(_SPOKEN_FOLD), set()).add(stem)
        self._by_spoken = {fold: written.pop() for fold, written in spoken.items() if len(written) == 1 and fold not in stems}

    def restore(self, text: str) -> str:
        """The text with each unknown spelling of a corpus word written as the corpus writes it."""
        text = _WITH_G.sub(lambda match: self._respelled(match.group()), text)
        return ARABIC_WORD.sub(lambda match: self._unspoken(match.group()), text) if self._by_spoken else text

    def _unspoken(self, word: str) -> str:
        """The word with the letters the corpus writes where speech says «د», «ت», «ض»: only a word
        the corpus does not hold, whose stem is one corpus stem but for those letters."""
        key = normalize_for_match(word)
        if key in self._known or len(key) < _RESPELT_LETTERS:
            return word
        stem = _stem_arabic(key)  # the key less its clitics, so a part of it
        written = self._by_spoken.get(stem)
        return key.replace(stem, written, 1) if written else word

    def _respelled(self, word: str) -> str:
        key = normalize_for_match(word)
        if key in self._known or len(key) < _RESPELT_LETTERS:
            return word
        for cut in range(min(_MAX_CLITICS, len(key) - 1) + 1):
            if any(letter not in ARABIC_PREFIX_LETTERS + "ا" for letter in key[:cut]):
                break
            corpus_word = self._by_fold.get(key[cut:].translate(_G_FOLD))
            if corpus_word is not None:
                return key[:cut] + corpus_word
        return word


# An acronym as a question types it: capitals, a plural "s" allowed ("GPU", "GPUs", "CEOs").
_ACRONYM = re.compile(r"(?<![\w-])([A-Z]{2,5})s?(?![\w-])")
_PHRASE_WORD = re.compile(r"[A-Za-z]+")
_PHRASE_BREAK = re.compile(r"[^A-Za-z\s-]+|\s-\s")  # no phrase across punctuation
_HEAD_ACRONYM_LETTERS = 3  # "US" is a word as often as United States
_ACRONYM_WORDS = range(2, 5)  # "data centres", "graphics processing units", "Global AI Infrastructure Investment"


class Acronyms:
    """The phrases a corpus spells out that a question may abbreviate: "GPU" for the "graphics
    processing units" the sources write (and, through translation, «وحدة معالجة رسوميات»). Only
    acronyms the corpus never writes itself count: "AIP" and "IEA" are searched as they are."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        phrases: dict[str, dict[str, int]] = {}
        written: set[str] = set()
        for text in texts:
            written.update(word.lower() for word in _PHRASE_WORD.findall(text))
            for run in _PHRASE_BREAK.split(text):
                words = _PHRASE_WORD.findall(run)
                for size in _ACRONYM_WORDS:
                    for start in range(len(words) - size + 1):
                        phrase = words[start : start + size]
                        if {phrase[0].lower(), phrase[-1].lower()} & STOPWORDS:
                            continue
                        key = "".join(word[0] for word in phrase).lower()
                        counts = phrases.setdefault(key, {})
                        counts[" ".join(phrase)] = counts.get(" ".join(phrase), 0) + 1
        self._spelt = {key: max(counts.items(), key=lambda item: item[1])[0] for key, counts in phrases.items()
                       if key not in written and f"{key}s" not in written}  # "GPUs" written: "GPU" is searched as it is
        # A name's acronym the corpus writes too ("the AI Infrastructure Partnership (AIP)"): its
        # sentences call it by its last word ("A partnership that aims to raise $30 billion").
        shouted = {word.lower() for text in texts for word in _ACRONYM.findall(text)}
        self._heads = {key: head for text in texts for key, head in spelt_out(text).items()
                       if key in shouted and len(key) >= _HEAD_ACRONYM_LETTERS}

    def heads(self, question: str) -> dict[str, str]:
        """Each acronym the question types, as a search token, with the word the corpus's
        sentences call what it names by: "AIP" → "partnership"."""
        return {word_token(acronym): self._heads[acronym.lower()] for acronym in _ACRONYM.findall(question) if acronym.lower() in self._heads}

    def spelt_out(self, question: str) -> str:
        """The question with each acronym it types and the corpus spells out followed by that
        spelling in brackets: "how many GPUs" → "how many GPUs (graphics processing units)"."""
        def spelt(match: re.Match[str]) -> str:
            phrase = self._spelt.get(match.group(1).lower())
            return f"{match.group()} ({phrase})" if phrase else match.group()
        return _ACRONYM.sub(spelt, question)
