"""Deterministic grounding checks for a generated answer: figures, citations, language, names.

Users of RAG tools report hallucinated figures behind correct-looking citations ("87%" became
"85%", "$80 billion" became "80,000,000"). Every answer is checked here against the passages it
was given before it is shown; a failure triggers a stricter retry and then an extractive answer.
The checker must be precise (no false alarm on a correct answer in either language) and strict
(a wrong magnitude is always caught), so figures are compared as fully expanded values, never as
strings, and a rounded re-statement counts as unsupported: a retry is cheaper than a guess.

Known limitations (deliberate, to stay precise):
  * Number words ("two", "ثلاثة", "شهرين") and signs are ignored: "-5%" is read as 5%.
  * Decimal commas ("1,5") and space-separated thousands ("1 000") are not read as one number.
  * Only USD, percent and TWh are units; any other currency or unit is a plain number, and a
    plain number is compatible with every unit (so "€30 billion" would support "$30 billion").
  * A range's first bound takes the second bound's scale and unit only when it is written bare,
    directly before it and not larger ("30-40 billion", "بين 30 و40 مليار دولار").
  * Names are compared per word after ``normalize_for_match``: an English answer over Arabic
    evidence cannot match transliterated names ("Masayoshi Son" vs "ماسايوشي سون").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from bot.number_words import with_numbers_in_digits
from bot.places import countries_named, country_in_arabic
from bot.text import (
    ARABIC_PREFIX_LETTERS,
    ARABIC_WORD,
    MONTH_NUMBERS,
    Language,
    bm25_tokens,
    consonant_skeleton,
    content_words,
    detect_language,
    letters_only,
    is_arabic_word,
    normalize_for_match,
    split_sentences,
    to_ascii_digits,
    with_split_words_joined,
    word_token,
    written_span,
)

# --- quantities ----------------------------------------------------------------------------

_ARABIC_LETTER = "\u0621-\u064a"
# Plural, accusative alef and tanween endings ("ملياراً", "مليارات"), then the end of the word.
_AR_TAIL = rf"(?:ات)?[ا\u064b-\u0652]{{0,3}}(?![{_ARABIC_LETTER}])"
_SCALE = (
    r"(?:thousand|million|billion|trillion)s?(?![A-Za-z])"
    r"|(?:mn|mln|bn|bln|tn)(?![A-Za-z])"
    # Single letters only glued to the digits; "b" only after a currency sign ("$30b").
    r"|(?<=\d)(?:k|m|(?(pre)b|(?!)))(?![A-Za-z])"
    rf"|(?:[أإا]لف|آلاف|[أا]لاف|مليون|ملايين|مليار|بليون|بلايين|تريليون|ترليون){_AR_TAIL}"
)
_USD = (
    r"US ?\$|\$|USD(?![A-Za-z])|(?:U\.?S\.? ?)?dollars?(?![A-Za-z])"
    rf"|(?:من\s+)?(?:ال)?دولار{_AR_TAIL}"
)
_PERCENT = r"%|٪|per ?cent(?![A-Za-z])|pct(?![A-Za-z])|(?:في\s+ال|بال)(?:م[ا]?ئ[ةه]|مي[ةه])"  # spoken «بالمية» too
_TWH = r"TWh(?![A-Za-z])|terawatt[ -]?hours?(?![A-Za-z])|تيرا ?وا[طت](?:\s*[/-]?\s*ساع[ةه])?"
_SEP = r"[^\S\n]*-?[^\S\n]*"
_QUANTITY = re.compile(
    r"(?P<pre>(?<![A-Za-z])(?:US ?\$|\$|USD(?![A-Za-z]))[^\S\n]?)?"
    r"(?<![A-Za-z0-9.])(?<!\d,)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d)"
    rf"(?:{_SEP}(?P<scale>{_SCALE}))?"
    rf"(?:{_SEP}(?P<unit>{_PERCENT}|{_TWH}|{_USD}))?",
    re.IGNORECASE,
)
# A scale word standing for its number before a unit: "a thousand TWh", «ألف تيراواط/ساعة», "a
# billion dollars" (one of each: «مليارات الدولارات», "billions of dollars" state no figure).
_BARE_SCALE = re.compile(
    r"(?<![A-Za-z0-9.,])(?:(?:a|one)[^\S\n]+)?(?P<scale>thousand|million|billion|trillion)(?![A-Za-z])"
    r"|(?<![\w.,])(?:[وب]?(?:ال)?)(?P<scale_ar>[أإا]لف|مليون|مليار|بليون|تريليون)(?![\u0621-\u064a])",  # «الألف تيراواط» too
    re.IGNORECASE,
)
_BARE_UNIT = re.compile(rf"{_SEP}(?P<unit>{_TWH}|{_USD})", re.IGNORECASE)
_PERCENT_ONLY = re.compile(rf"(?:{_PERCENT})$", re.IGNORECASE)
_TWH_ONLY = re.compile(rf"(?:{_TWH})$", re.IGNORECASE)
_RANGE_GAP = re.compile(r"[^\S\n]*(?:[-–—]|to|and|through|إلى|الى|حتى|و)[^\S\n]*", re.IGNORECASE)
# Normalised scale words (match key prefixes) and the short forms.
_SCALE_WORDS = (
    ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
    ("الف", 1e3), ("الاف", 1e3), ("مليون", 1e6), ("ملايين", 1e6), ("مليار", 1e9),
    ("بليون", 1e9), ("بلايين", 1e9), ("تريليون", 1e12), ("ترليون", 1e12),
)
_SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12}

# Citation markers: [1], [2, 3], [1][2], [١،٢], [1-3].
_CITATION = re.compile(r"\[\s*(\d+(?:\s*[-–,،]\s*\d+)*)\s*\]")
_MAX_CITATION_RANGE = 20


@dataclass(frozen=True)
class Quantity:
    """A figure found in text: its fully expanded value, unit and where it was written."""

    value: float
    unit: str | None  # "USD", "percent", "TWh", or None for a plain number (years, days).
    start: int
    end: int
    text: str

    @property
    def may_be_year(self) -> bool:
        """A plain whole number from 1800 to 2100: "in 2024" is a year, "2000 guests" may not be."""
        return self.unit is None and self.value.is_integer() and 1800 <= self.value <= 2100


@dataclass
class _Raw:
    """A quantity while range bounds may still borrow scale and unit from their neighbour."""

    start: int
    end: int
    number: float
    scale: float | None
    unit: str | None
    explicit_unit: bool


def _scale_value(word: str) -> float:
    key = normalize_for_match(word)
    if key in _SHORT_SCALES:
        return _SHORT_SCALES[key]
    return next(value for prefix, value in _SCALE_WORDS if key.startswith(prefix))


def _unit_of(word: str) -> str:
    word = word.strip()
    if _PERCENT_ONLY.match(word):
        return "percent"
    if _TWH_ONLY.match(word):
        return "TWh"
    return "USD"


def blank_citations(text: str) -> str:
    """Replace citation markers by spaces of the same length, so offsets stay valid."""
    return _CITATION.sub(lambda m: " " * len(m.group()), text)


def extract_quantities(text: str) -> list[Quantity]:
    """Every figure in the text, with scale words and units applied, citation markers skipped.

    Works on an ASCII-digit copy of the same length, so spans point into the original text.
    """
    ascii_text = blank_citations(to_ascii_digits(text))
    raws: list[_Raw] = []
    for match in _QUANTITY.finditer(ascii_text):
        unit = _unit_of(match["unit"]) if match["unit"] else ("USD" if match["pre"] else None)
        raws.append(
            _Raw(
                start=match.start(),
                end=match.end(),
                number=float(match["num"].replace(",", "")),
                scale=_scale_value(match["scale"]) if match["scale"] else None,
                unit=unit,
                explicit_unit=bool(match["unit"]),
            )
        )
    for match in _BARE_SCALE.finditer(ascii_text):
        unit = _BARE_UNIT.match(ascii_text, match.end())
        if unit and not any(raw.start < unit.end() and match.start() < raw.end for raw in raws):
            scale = _scale_value(match["scale"] or match["scale_ar"])
            raws.append(_Raw(start=match.start(), end=unit.end(), number=1.0, scale=scale, unit=_unit_of(unit["unit"]), explicit_unit=True))
    raws.sort(key=lambda raw: raw.start)
    for low, high in zip(raws, raws[1:]):
        if low.number > high.number or not _RANGE_GAP.fullmatch(ascii_text, low.end, high.start):
            continue
        if low.scale is None and not low.explicit_unit:  # "30-40 billion", "5-7%"
            low.scale = high.scale
            low.unit = low.unit or high.unit
        if high.unit is None:  # "$30-40 billion"
            high.unit = low.unit
    return [
        Quantity(
            value=raw.number * (raw.scale or 1.0),
            unit=raw.unit,
            start=raw.start,
            end=raw.end,
            text=text[raw.start : raw.end],
        )
        for raw in raws
    ]


# The word that leads into a sum: "worth $900bn", «بمبلغ 900 مليار دولار». Left behind without its
# figure, it would read as asking about a sum ("Stargate was announced with a sum of").
_SUM_LEAD = re.compile(r"(?:\b(?:worth|valued at|total(?:l)?ing|amounting to|(?:a |the )?sum of)|(?<![^\s])(?:بمبلغ|بقيمة|مبلغ|قيمته|قدره|بحجم))\s*$",
                       re.IGNORECASE)


def without_figures(text: str) -> str:
    """The text with its figures left out, years kept: an instruction's figure is no premise, and
    "$30 billion" is no subject to be told of ("billion" names nothing)."""
    for quantity in reversed(extract_quantities(text)):
        if not quantity.may_be_year:
            before = text[: quantity.start]
            lead = _SUM_LEAD.search(before)
            text = f"{before[: lead.start()] if lead else before} {text[quantity.end :]}"
    return text


def same_value(a: float, b: float) -> bool:
    """Whether two figures read from text are one, up to float rounding ("1.05 trillion" and
    "1,050 billion"). No looser: a date read as YYYYMMDD, 20250413, is not 20250410."""
    return math.isclose(a, b, rel_tol=1e-9)


def _supports(evidence: Quantity, claim: Quantity) -> bool:
    return same_value(evidence.value, claim.value) and (evidence.unit is None or claim.unit is None or evidence.unit == claim.unit)


def unsupported_quantities(answer: str, evidence: list[str]) -> list[Quantity]:
    """The answer's figures that no evidence figure has: same value and a compatible unit.

    Exact value (relative tolerance 1e-6), so "30 million" for "30 مليار" and "80 billion" for
    "79.8 billion" are both unsupported. A plain number is compatible with any unit. Numbers in
    words are read as numbers: "two billion dollars" and «ملياري دولار» are two billion, not one
    or none.
    """
    # A source's count in words supports it in digits: «أربع جهات» is the answer's "4".
    known = [quantity for passage in evidence for quantity in extract_quantities(with_numbers_in_digits(passage, small_counts=True))]
    answer = with_numbers_in_digits(_without_worked_spans(answer))
    claims = extract_quantities(answer)
    supported = [any(_supports(e, claim) for e in known) for claim in claims]
    for i in range(2, len(claims)):
        supported[i] = supported[i] or supported[i - 2] and supported[i - 1] and _worked_out(answer, *claims[i - 2 : i + 1])
    return [claim for claim, ok in zip(claims, supported) if not ok]


# "19 March 2025 − 17 September 2024 = 6 months and 2 days": a span worked out from two dates, read
# from the minus sign on (scanning every start for it cost 34 ms on a 2,000-character answer).
_SPAN_AFTER_MINUS = re.compile(r"−\s*(?P<earlier>[^−=\[\]]+?)\s*=\s*(?P<span>[^.\[\]]+?)(?=\s*(?:\.|\[|$))")
_BEFORE_MINUS = re.compile(r"[−=\[\]]")


def _without_worked_spans(answer: str) -> str:
    """The answer with each span worked out from the two dates beside it blanked, when it is exactly
    the span between them (re-done here): only the dates are the sources' figures, checked as such."""
    for minus in re.finditer("−", answer):
        worked = _SPAN_AFTER_MINUS.match(answer, minus.start())
        if worked is None:
            continue
        later = extract_dates(_BEFORE_MINUS.split(answer[: minus.start()])[-1])[-1:]
        earlier = extract_dates(worked["earlier"])[:1]  # the dates beside "−"
        if not later or not earlier or later[0].year is None or earlier[0].year is None:
            continue
        start, end = (date(mention.year, mention.month, mention.day) for mention in (earlier[0], later[0]))  # type: ignore[arg-type]
        if start <= end and worked["span"].strip() in (written_span(start, end, "en"), written_span(start, end, "ar")):
            answer = answer[: worked.start("span")] + " " * len(worked["span"]) + answer[worked.end("span") :]
    return answer


_MINUS = re.compile(r"\s*[−–-]\s*")
_EQUALS = re.compile(r"\s*=\s*")


def _worked_out(answer: str, larger: Quantity, smaller: Quantity, result: Quantity) -> bool:
    """Whether the answer writes ``result`` as the difference of two figures beside it, the working
    shown: "$500 billion − $100 billion = $400 billion". Only a difference written so is a figure
    of the sources': its terms are checked like any other figure, and its value is exact."""
    units = {quantity.unit for quantity in (larger, smaller, result)} - {None}
    return (len(units) <= 1 and bool(_MINUS.fullmatch(answer, larger.end, smaller.start))
            and bool(_EQUALS.fullmatch(answer, smaller.end, result.start))
            and same_value(larger.value - smaller.value, result.value))


# --- dates ---------------------------------------------------------------------------------

_MONTH = "|".join(sorted((re.escape(name) for name in MONTH_NUMBERS), key=len, reverse=True))

# A month's name as a whole word, in either language, on match-normalised text.
MONTH_NAME = re.compile(rf"(?<![^\W\d_])(?:{_MONTH})(?![^\W\d_])")
_NOT_LETTER = r"(?![^\W\d_])"
_DATE_DMY = re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:[وب])?({_MONTH}){_NOT_LETTER}(?:,?\s+(\d{{4}})(?!\d))?")
_DATE_MDY = re.compile(rf"(?<![^\W\d_])({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{{4}})(?!\d))?")
_DATE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


@dataclass(frozen=True)
class DateMention:
    """A written date; ``start``/``end`` index ``normalize_for_match(text)``."""

    year: int | None
    month: int
    day: int
    start: int = 0
    end: int = 0


def extract_dates(text: str) -> list[DateMention]:
    """Dates written as "19 March 2025", "March 19, 2025", "٢١ يناير ٢٠٢٥", "2025-03-19" or "30 June"."""
    key = normalize_for_match(text)
    found: list[DateMention] = []
    for match in _DATE_DMY.finditer(key):
        found.append(DateMention(int(match[3]) if match[3] else None, MONTH_NUMBERS[match[2]], int(match[1]), *match.span()))
    for match in _DATE_MDY.finditer(key):
        found.append(DateMention(int(match[3]) if match[3] else None, MONTH_NUMBERS[match[1]], int(match[2]), *match.span()))
    for match in _DATE_ISO.finditer(key):
        found.append(DateMention(int(match[1]), int(match[2]), int(match[3]), *match.span()))
    return [date for date in found if 1 <= date.day <= 31]


_MONTH_YEAR = re.compile(rf"(?<![^\W\d_])(?:[وب])?({_MONTH}){_NOT_LETTER}\.?,?\s+((?:19|20)\d\d)(?!\d)")
# A year of this century or the last anywhere; an older one (1000-1899) only after a word that
# dates ("in 1565", "منذ 1821"), since a bare 1500 is more often a count.
_BARE_YEAR = re.compile(
    r"(?<![\d.,])(?P<year>(?:19|20)\d\d)(?!\d|[.,]\d)"
    r"|(?:\b(?:in|since|from|until|year)|(?<![^\s])(?:عام|سنه|منذ|في|حتي)) (?P<old>1[0-8]\d\d)(?!\d|[.,]\d)"
)


def extract_partial_dates(text: str) -> list[DateMention]:
    """Times written without a day — "March 2025", "سبتمبر 2017" (``day`` 0) and bare years
    ("in 1946", "عام 1946": ``month`` and ``day`` 0) — outside the full dates of :func:`extract_dates`."""
    key = normalize_for_match(text)
    taken = [(date.start, date.end) for date in extract_dates(text)]
    found: list[DateMention] = []
    for match in _MONTH_YEAR.finditer(key):
        if not any(start <= match.start(1) < end for start, end in taken):
            found.append(DateMention(int(match[2]), MONTH_NUMBERS[match[1]], 0, *match.span()))
            taken.append(match.span())
    for match in _BARE_YEAR.finditer(key):
        group = "year" if match["year"] else "old"
        if not any(start <= match.start(group) < end for start, end in taken):
            found.append(DateMention(int(match[group]), 0, 0, *match.span(group)))
    return found


# --- citations -----------------------------------------------------------------------------


def cited_passages(answer: str) -> list[int]:
    """Passage numbers cited as [n], [n, m], [n][m] or [n-m], in order of first appearance."""
    cited: list[int] = []
    for marker in _CITATION.finditer(to_ascii_digits(answer)):
        for item in re.split(r"\s*[,،]\s*", marker.group(1)):
            bounds = [int(bound) for bound in re.split(r"\s*[-–]\s*", item)]
            low, high = bounds[0], bounds[-1]
            if len(bounds) == 2 and low <= high and high - low <= _MAX_CITATION_RANGE:
                numbers = list(range(low, high + 1))
            else:
                numbers = bounds
            cited.extend(number for number in numbers if number not in cited)
    return cited


def renumber_citations(answer: str, offset: int) -> str:
    """The answer with every cited passage number moved on by ``offset``: its passages follow
    another answer's when two are joined ("[1]" → "[3]", "[1-2]" → "[3-4]")."""
    if not offset:
        return answer
    return _CITATION.sub(lambda marker: re.sub(r"\d+", lambda number: str(int(number.group()) + offset), marker.group()), answer)


def invalid_citations(answer: str, n_passages: int) -> list[int]:
    """Cited passage numbers that point to no passage (outside 1..n_passages)."""
    return [number for number in cited_passages(answer) if not 1 <= number <= n_passages]


# --- names ---------------------------------------------------------------------------------

_NAME_WORD = r"[A-Z][A-Za-z0-9]*(?:[&'’.\-][A-Za-z0-9]+)*"
_NAME_RUN = re.compile(rf"(?<![A-Za-z0-9]){_NAME_WORD}(?:[^\S\n]+{_NAME_WORD})*")
_QUOTED = re.compile(r"«([^»\n]{1,60})»|“([^”\n]{1,60})”|\"([^\"\n]{1,60})\"")
_MAX_QUOTED_NAME_WORDS = 5
_TOKEN = re.compile(r"[0-9a-z\u00c0-\u02af]+|[\u0621-\u064a\u0660-\u0669\u0671-\u06d3]+")  # Arabic letters and digits, not "،" or "؟"
# A trade's common nouns written in capitals: "the Stargate JV" is Stargate, "the LPs" are any
# fund's investors, "FY" is a fiscal year; no source need spell them for a question to be answered.
TRADE_ACRONYMS = frozenset("jv jvs lp lps gp gps llc inc ltd plc aum capex opex fy yoy spv mou roi irr".split())
# Capitalised words that are not names: sentence starters, function words, months and days,
# generic acronyms and units that an answer may use without the evidence spelling them, and
# language names (the extractive answer says a source is "the Arabic source").
_NOT_NAMES = frozenset(
    (
        "a an the it its this that these those there here they them their he she his her we our "
        "i you your in on at for and but or nor so yet as by from with within without to of into "
        "onto about above after before since until during under over between among through across "
        "against toward towards however although though while whereas when where which what who "
        "whom whose why how if whether because despite unlike like including according based per "
        "also additionally moreover furthermore meanwhile overall notably specifically instead "
        "thus therefore hence then now today yesterday currently recently finally first second "
        "third last next both each all some many most several other another such no not yes "
        "only just even around approximately nearly almost roughly about following given due "
        "together separately note source sources passage passages answer question arabic english "
        "january february march april may june july august september october november december "
        "monday tuesday wednesday thursday friday saturday sunday "
        "ai ceo cfo cto coo gpu gpus cpu cpus usd us u.s uk u.k eu un gdp ipo twh gw gwh mw kwh bn mn"
    ).split()
) | TRADE_ACRONYMS


def _tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(normalize_for_match(text)))


def _is_sentence_start(text: str, position: int) -> bool:
    """True when only white space, quotes or a bullet separate position from a sentence end."""
    index = position
    while index > 0 and (text[index - 1] in " \t\"'“‘«(*•#>-"):
        index -= 1
    return index == 0 or text[index - 1] in ".!?؟:;…]\n"


POSSESSIVE_END = re.compile(r"['’]s$")  # "Stargate's" names Stargate


def _name_words(text: str, run: re.Match[str]) -> list[re.Match[str]]:
    """The words of a capitalised run that can be part of a name."""
    words = list(re.finditer(_NAME_WORD, run.group()))
    first = words[0].group()
    if len(words) == 1 and _is_sentence_start(text, run.start()) and first[1:].islower():
        return []  # "Analysts said…": a sentence-initial ordinary word, not a name.
    return [word for word in words if POSSESSIVE_END.sub("", word.group()).casefold() not in _NOT_NAMES]


def latin_names(text: str) -> list[str]:
    """Capitalised Latin names in a text ("GE Vernova", "Brad Smith", "MGX"), once each, in order;
    in an Arabic sentence these are the names it also spells in Latin letters."""
    found = []
    for run in _NAME_RUN.finditer(text):
        # A possessive ends a name: "the IEA's Energy and AI report" names the IEA and its report,
        # "Microsoft's Brad Smith" Microsoft and Brad Smith.
        name: list[re.Match[str]] = []
        for word in _name_words(text, run):
            name.append(word)
            if POSSESSIVE_END.search(word.group()):
                found.append(run.group()[name[0].start() : name[-1].end()])
                name = []
        if name:
            found.append(run.group()[name[0].start() : name[-1].end()])
    return list(dict.fromkeys(found))


def quoted_arabic_names(text: str) -> list[str]:
    """Short quoted Arabic names («ستارغيت», “مايكروسوفت”): Arabic marks names with quotes, not capitals."""
    names = []
    for quote in _QUOTED.finditer(text):
        name = next(group for group in quote.groups() if group is not None).strip()
        if re.search(f"[{_ARABIC_LETTER}]", name) and len(name.split()) <= _MAX_QUOTED_NAME_WORDS:
            names.append(name)
    return names


_PLAIN_WORD = re.compile(r"[^\s\"“”«»()\[\],.،؛:!?؟]+")


class ArabicNames:
    """A corpus's several-word Arabic names («إكس إيه آي»), to quote where a question writes one
    bare: "وين مقر شركة إكس إيه آي؟". A name is read whole only when quoted, and the words of this
    one are also parts of «أوبن إيه آي» and «إم جي إكس»."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._by_first_word: dict[str, set[tuple[str, ...]]] = {}
        self._one_word: dict[str, set[tuple[str, ...]]] = {}
        for name in names:
            words = tuple(normalize_for_match(name).split())
            if words:
                (self._by_first_word if len(words) > 1 else self._one_word).setdefault(words[0], set()).add(words)

    def joined(self, text: str) -> str:
        """The text with a one-word name said as two words written as one: «وستار غيت انعلن…»
        (speech-to-text hears «ستارغيت» as two words) is «وستارغيت انعلن…»."""
        return with_split_words_joined(text, ARABIC_WORD, self._one_name)

    def _one_name(self, first: str, second: str) -> str | None:
        whole = normalize_for_match(first + second)
        prefixed = whole[:1] in ARABIC_PREFIX_LETTERS and whole[1:] in self._one_word and whole not in self._one_word
        known = (whole in self._one_word or prefixed) and normalize_for_match(first) not in self._one_word
        return first + second if known else None

    def quote(self, text: str, one_word: bool = False) -> str:
        """The text with the names it writes unquoted put in «»; quoted ones are left as they are.
        With ``one_word``, one-word names too («إنفيديا»): where what the question names decides,
        as for whose event a date is; elsewhere a bare word stays a word."""
        known = {**self._one_word, **self._by_first_word} if one_word else self._by_first_word
        words = [(match.start(), match.end(), normalize_for_match(match.group())) for match in _PLAIN_WORD.finditer(text)]
        taken = [(quote.start(), quote.end()) for quote in _QUOTED.finditer(text)]
        found = []
        for first, (start, _, word) in enumerate(words):
            prefixed = word[:1] in ARABIC_PREFIX_LETTERS and word[1:] in known and word not in known
            for name in known.get(word[1:] if prefixed else word, ()):
                if tuple(w for _, _, w in words[first + 1 : first + len(name)]) == name[1:]:
                    span = (start + prefixed, words[first + len(name) - 1][1])
                    if not any(left <= span[0] < right for left, right in taken + found):
                        found.append(span)
        for start, end in sorted(found, reverse=True):
            text = f"{text[:start]}«{text[start:end]}»{text[end:]}"
        return text


def unsupported_entities(answer: str, evidence: list[str], question: str = "") -> list[str]:
    """Names in the answer that the evidence does not contain, for the faithfulness metric.

    Names are runs of capitalised Latin words and acronyms ("Masayoshi Son", "GE Vernova", "MGX")
    and short quoted Arabic names («ستارغيت»). Words that appear in the question are ignored.
    A Latin name is supported when each of its words is an evidence word or sounds like one
    (same consonant skeleton: "Masayoshi Son" and "ماسايوشي سون"); an Arabic name when it is a
    substring of the evidence (Arabic attaches prefixes: "وستارغيت").
    """
    evidence_tokens = set().union(*(_tokens(passage) for passage in evidence))
    evidence_skeletons = {consonant_skeleton(token) for token in evidence_tokens} - {""}
    evidence_text = " ".join(" ".join(normalize_for_match(passage).split()) for passage in evidence)
    question_tokens = _tokens(question)
    question_text = " ".join(normalize_for_match(question).split())
    found: list[str] = []
    for run in _NAME_RUN.finditer(answer):
        words = _name_words(answer, run)
        tokens = set().union(*(_tokens(POSSESSIVE_END.sub("", word.group())) for word in words))
        missing = {t for t in tokens - question_tokens - evidence_tokens if consonant_skeleton(t) not in evidence_skeletons}
        if missing and not _country_in_evidence(run.group()[words[0].start() : words[-1].end()], evidence_text):
            found.append(run.group()[words[0].start() : words[-1].end()])
    for name in quoted_arabic_names(answer):
        key = " ".join(normalize_for_match(name).split())
        if key not in evidence_text and key not in question_text:
            found.append(name)
    return list(dict.fromkeys(found))


def names_only_the_question_gives(answer: str, passages: list[str], question: str) -> list[str]:
    """Names the answer takes from the question that no passage gives, in any script.

    ``unsupported_entities`` lets an answer repeat the question's names; when no passage holds one,
    the answer has accepted the question's premise ("what role did google play when it launched
    stargate?" → "Google played a role…"). A sentence-initial word counts here, since the question
    shows it is a name. A Latin word is matched in the passages as written or by sound against
    their quoted Arabic names only: against every Arabic word, "Google" would meet «كل».
    """
    passage_tokens = set().union(*(_tokens(passage) for passage in passages))
    arabic_name_sounds = {consonant_skeleton(token) for passage in passages for name in quoted_arabic_names(passage)
                          for token in _tokens(name)} - {""}
    passage_text = " ".join(" ".join(normalize_for_match(passage).split()) for passage in passages)
    question_tokens = _tokens(question)
    question_text = " ".join(normalize_for_match(question).split())
    found = [
        word.group() for word in re.finditer(_NAME_WORD, answer)
        if (token := word.group().casefold()) in question_tokens and token not in _NOT_NAMES and token not in passage_tokens
        and consonant_skeleton(token) not in arabic_name_sounds
    ]
    found += [name for name in quoted_arabic_names(answer)
              if (key := " ".join(normalize_for_match(name).split())) in question_text and key not in passage_text]
    return list(dict.fromkeys(found))


def _country_in_evidence(name: str, evidence_text: str) -> bool:
    """Whether a country the answer names in English is named in Arabic evidence (the extractive
    answer gives «الولايات المتحدة» of an Arabic source as "United States" to an English reader)."""
    return any(" ".join(normalize_for_match(country_in_arabic(country)).split()) in evidence_text for country in countries_named(name))


# --- words ---------------------------------------------------------------------------------


def _words_only(answer: str, names: bool) -> str:
    """The answer with citation markers and figures (and, if ``names``, Latin names) blanked."""
    marked = blank_citations(to_ascii_digits(answer))
    spans = [(q.start, q.end) for q in extract_quantities(answer)]
    if names:
        spans += [(m.start(), m.end()) for m in _NAME_RUN.finditer(marked)]
    stripped = list(marked)
    for start, end in spans:
        stripped[start:end] = " " * (end - start)
    return "".join(stripped)


_MIN_INVENTED_WORDS = 3
_MAX_INVENTED_SHARE = 0.4


def invented_words(answer: str, evidence: list[str], question: str = "") -> list[str]:
    """Words a model wrote from its own knowledge: content words of the answer that neither the
    question nor the evidence has, reported when there are at least three of them and they are
    over 40 % of the answer's words beyond the question's ("to improve learning and analysis"
    for a purpose the sources name differently).

    Words are compared as BM25 tokens (light stems), so inflections and clitics match. Only an
    answer in the evidence's own language is checked (a translation shares no words with it), and
    only words in its own script (a Latin name in an Arabic answer is a name, checked as one).
    """
    language = detect_language(answer)
    if not evidence or any(detect_language(passage) != language for passage in evidence):
        return []
    question_tokens = set(bm25_tokens(question))
    known = question_tokens.union(*(bm25_tokens(passage) for passage in evidence))
    arabic = language == "ar"  # names in the other script are checked by unsupported_entities
    new = {token: word for word in content_words(_words_only(answer, names=False))
           if is_arabic_word(word) == arabic and (token := word_token(word)) and token not in question_tokens}
    invented = [word for token, word in new.items() if token not in known]
    if len(invented) >= _MIN_INVENTED_WORDS and len(invented) > _MAX_INVENTED_SHARE * len(new):
        return invented
    return []


def _same_word(token: str, other: str) -> bool:
    """Same BM25 token, or one a longer form of the other ("change" / "changed"), or the same
    Arabic word but for a letter the light stemmer took for a prefix ("بلاك" is stemmed "لاك",
    "لبلاك" "بلاك")."""
    if token == other or (min(len(token), len(other)) >= 4 and (token.startswith(other) or other.startswith(token))):
        return True
    longer, shorter = (token, other) if len(token) > len(other) else (other, token)
    return len(shorter) >= 3 and longer[1:] == shorter and longer[0] in ARABIC_PREFIX_LETTERS and is_arabic_word(shorter)


_ASKED_SENTENCE = re.compile(r"[^?؟.!\n]+(?=[?؟])")  # what is asked, not a statement before it
_ECHOED_WORDS = 3  # a question sentence this long written out in the answer is echoed, not answered
_ECHOED_BUT_ONE = 6  # a reply of this many words, all the question's but one, says the question back


def _echoes_but_one_word(answer: str, asked_letters: str) -> bool:
    """Whether the answer, one word taken out, is a run of the question's own words, as long as an
    echoed question sentence."""
    words = blank_citations(answer).split()
    return len(words) > _ECHOED_WORDS and any(
        (rest := letters_only(" ".join(words[:left_out] + words[left_out + 1 :]))) and rest in asked_letters for left_out in range(len(words)))


def restates_question(answer: str, question: str) -> bool:
    """Whether the answer only says the question back ("What did Microsoft change?" → "Microsoft
    changed its arrangement [1]."): every word and figure in it is the question's own, or it holds
    the whole question ("السؤال: وين رح تتركز استثمارات الشراكة…؟ [1]"), or one of its sentences
    of a few words: a follow-up condensed with the turn before is two ("السؤال السابق: مين اللي
    بيرأس مشروع ستارغيت [1]؟ السؤال: وهو رئيس أنهي شركة [2]؟")."""
    if not question:
        return False
    answer_letters = letters_only(answer)
    asked_letters = letters_only(question)
    # A turn of a word or two («و٢٠٣٠؟», "and FY26?") is in any answer's letters: held whole, it is no echo.
    if len(question.split()) >= _ECHOED_WORDS and asked_letters and asked_letters in answer_letters:
        return True
    if any(len(part.split()) >= _ECHOED_WORDS and letters_only(part) in answer_letters for part in _ASKED_SENTENCE.findall(question)):
        return True
    if names_only(answer):
        # "Clovis I [1]" to "من هو الملك كلوفيس الأول؟": the question's own subject, in Latin letters.
        asked = set(bm25_tokens(question))
        return all(set(bm25_tokens(name)) & asked for name in latin_names(answer))
    answered_figures = extract_quantities(answer)
    if not answered_figures and _echoes_but_one_word(answer, asked_letters):
        # «أنت تبعها مع OpenAI بعد ما انعلن عن Stargate [2].» for «شو غيّرت مايكروسوفت بالاتفاق تبعها مع
        # OpenAI بعد ما انعلن عن Stargate؟»: a run of the question's words with one word put in.
        return True
    asked_figures = extract_quantities(question)
    if any(not any(same_value(q.value, asked.value) for asked in asked_figures) for q in answered_figures):
        return False
    # "About 945 TWh [1]." to "…about 945 TWh or about 1,945 TWh?": one of the figures offered is a choice made.
    offered = {asked.value for asked in asked_figures if asked.unit}
    if answered_figures and len(offered) >= 2 and len({v for v in offered if any(same_value(q.value, v) for q in answered_figures)}) < len(offered):
        return False
    tokens = [token for word in content_words(_words_only(answer, names=False)) if (token := word_token(word))]
    asked = set(bm25_tokens(question))
    new = [token for token in tokens if not any(_same_word(token, other) for other in asked)]
    if len(tokens) < _ECHOED_BUT_ONE or len(new) != 1:
        return bool(tokens) and not new
    # «أكد حصة أبوظبي أو MGX بالشراكة بالنسبة المئوية [1].» for «شكد حصة أبوظبي أو MGX بالشراكة
    # بالنسبة المئوية؟»: a long reply that is the question but for one word, not a name, says it back.
    named = {token for name in [*_NAME_RUN.findall(answer), *quoted_arabic_names(answer)] for token in bm25_tokens(name)}
    return new[0] not in named


# --- verification --------------------------------------------------------------------------

_LANGUAGE_NAMES: dict[str, str] = {"ar": "Arabic", "en": "English"}


def _answer_language(answer: str) -> Language:
    """The answer's language, judged on its words without markers, figures and Latin names.

    So "استثمرت SoftBank وOpenAI مبلغ 30 مليار دولار [1]" stays Arabic. An answer that is only a
    name or a figure is judged as written.
    """
    words = _words_only(answer, names=True)
    return detect_language(words if re.search(r"[^\W\d_]", words) else blank_citations(to_ascii_digits(answer)))


def names_only(answer: str) -> bool:
    """Whether the answer is only Latin names, figures and markers ("GE Vernova [3]"), a common
    reply of a small model; when the names are the question's own, it only says the question back."""
    return bool(latin_names(answer)) and not re.search(r"[^\W\d_]", _words_only(answer, names=True))


@dataclass
class Verification:
    """Outcome of checking one answer; ``problems()`` feeds the stricter retry instruction."""

    unsupported_numbers: list[Quantity]
    invalid_citations: list[int]
    cited: list[int]
    language_ok: bool
    missing_citation: bool
    expected_language: Language = "en"
    unsupported_names: list[str] = field(default_factory=list)
    invented_words: list[str] = field(default_factory=list)
    restates_question: bool = False

    @property
    def ok(self) -> bool:
        """Figures and names supported, citations valid and present, in the question's language."""
        return not (
            self.unsupported_numbers or self.invalid_citations or self.missing_citation or self.unsupported_names
            or self.invented_words or self.restates_question
        ) and self.language_ok

    def problems(self) -> list[str]:
        """Short reasons, phrased to be pasted into a retry instruction."""
        checked_cited = any(number not in self.invalid_citations for number in self.cited)
        where = "the cited passages" if checked_cited else "the passages"
        reasons = [
            f"the figure '{text}' is not in {where}"
            for text in dict.fromkeys(q.text.strip() for q in self.unsupported_numbers)
        ]
        reasons += [
            f"citation [{number}] does not match any passage" for number in self.invalid_citations
        ]
        reasons += [f"the name '{name}' is not in {where}" for name in self.unsupported_names]
        if self.invented_words:
            reasons.append(f"the words {', '.join(repr(w) for w in self.invented_words)} are not in {where}")
        if self.restates_question:
            reasons.append("the answer only repeats the question")
        if self.missing_citation:
            reasons.append("the answer cites no passage")
        if not self.language_ok:
            reasons.append(f"the answer is not written in {_LANGUAGE_NAMES[self.expected_language]}")
        return reasons


def verify(answer: str, passages: list[str], question_language: Language, question: str = "", framing: str = "") -> Verification:
    """Check an answer against the passages it was given (numbered from 1 in the prompt).

    Figures are checked against the validly cited passages, or all passages if none is cited,
    so a figure copied from an uncited passage is caught as a citation error. ``framing`` is the
    bot's own wording around what the sources say ("The sources give a different figure:"): no
    model wrote its words.
    """
    cited = cited_passages(answer)
    invalid = invalid_citations(answer, len(passages))
    valid = [number for number in cited if number not in invalid]
    evidence = [passages[number - 1] for number in valid] if valid else passages
    return Verification(
        unsupported_numbers=unsupported_quantities(answer, evidence),
        invalid_citations=invalid,
        cited=cited,
        # Judged without its Latin names, and as a reader sees it: "GE Vernova وNextEra Energy [1]"
        # answers an Arabic question in English words.
        language_ok=_answer_language(answer) == question_language == detect_language(answer),
        missing_citation=not cited,
        expected_language=question_language,
        unsupported_names=unsupported_entities(answer, evidence, question),
        invented_words=invented_words(answer, evidence, f"{question} {framing}"),
        restates_question=restates_question(answer, question),
    )


def attribute_citations(answer: str, passages: list[str]) -> str:
    """Add [n] after each sentence of an answer that cites nothing, naming its best passage.

    Small models often answer correctly but drop the [n] markers. The passage chosen for a
    sentence is the one sharing the most of its words; one with no shared word gets no marker,
    so verification still rejects an answer that nothing supports.
    """
    if cited_passages(answer) or not passages:
        return answer
    passage_tokens = [set(bm25_tokens(passage)) for passage in passages]
    pieces: list[str] = []
    cursor = 0
    for span in split_sentences(answer):
        sentence = answer[span.start : span.end]
        tokens = set(bm25_tokens(sentence))
        overlaps = [len(tokens & candidate) for candidate in passage_tokens]
        best = max(range(len(passages)), key=overlaps.__getitem__)
        pieces.append(answer[cursor : span.end])
        if overlaps[best]:
            trailing = re.search(r"[.!?؟…]+$", sentence)
            if trailing:
                pieces[-1] = pieces[-1][: len(pieces[-1]) - len(trailing.group())] + f" [{best + 1}]" + trailing.group()
            else:
                pieces[-1] += f" [{best + 1}]"
        cursor = span.end
    return "".join(pieces) + answer[cursor:]
