"""Numbers said in words, written in digits, as the sources write them.

A question dictated to a phone arrives as "how much will data centres use by twenty thirty" or
«قديش بين ألفين وأربعة وعشرين وألفين وتلاتين», with no digit for the figure checks, the year
filters or the search to read. Spoken forms are folded into digits here, English and Arabic,
standard and spoken («تلاتين», «مية», «اتنين»). A millions-or-more word stays a word after its
digits ("500 billion", «30 مليار»), as the sources write sums. A lone word under ten stays as it
is: "which one", «واحد منهم» are no figures.

No maintained library covers this: ``number-parser`` has no Arabic and reads "twenty thirty" as
"20 30", and ``pyarabic`` reads «تلاتين مليار» as one billion.
"""

from __future__ import annotations

import re

# English -------------------------------------------------------------------------------------

_EN_UNITS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {word: 10 * value for value, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}

# Arabic: match-key spellings (hamza-less alef, ى as ي, ة as ه are all accepted by _ar_key) ---------

_AR_UNITS = {
    1: "واحد وحده واحده", 2: "اثنين اثنان اتنين تنين ثنتين", 3: "ثلاث ثلاثه تلات تلاته", 4: "اربع اربعه",
    5: "خمس خمسه", 6: "ست سته", 7: "سبع سبعه", 8: "ثماني ثمانيه ثمان تمان تمانيه تمن تمنيه", 9: "تسع تسعه",
    10: "عشر عشره",
}
_AR_TEENS = {
    11: "احدعش حدعش احداش حداش", 12: "اتنعش اطنعش طنعش اتناش", 13: "تلتعش تلطعش تلاتطاش تلتاش", 14: "اربعتعش اربعطعش اربعتاش",
    15: "خمستعش خمسطعش خمستاش", 16: "ستعش سطعش ستاش", 17: "سبعتعش سبعطعش سبعتاش", 18: "تمنتعش تمنطعش تمنتاش",
    19: "تسعتعش تسعطعش تسعتاش",
}
_AR_TENS = {
    20: "عشرين عشرون", 30: "ثلاثين ثلاثون تلاتين", 40: "اربعين اربعون", 50: "خمسين خمسون", 60: "ستين ستون",
    70: "سبعين سبعون", 80: "ثمانين ثمانون تمانين", 90: "تسعين تسعون",
}
_AR_HUNDREDS = {
    100: "ميه مئه مائه", 200: "ميتين مئتين مئتان مائتين مائتان",
    300: "ثلاثمائه ثلاثمئه ثلاثميه تلتميه تلاتميه", 400: "اربعمائه اربعمئه اربعميه ربعميه",
    500: "خمسمائه خمسمئه خمسميه", 600: "ستمائه ستمئه ستميه", 700: "سبعمائه سبعمئه سبعميه",
    800: "ثمانمائه ثمانمئه ثمانميه تمنميه تمانميه", 900: "تسعمائه تسعمئه تسعميه",
}
_AR_THOUSANDS = {"الف": 1, "الاف": 1, "الفين": 2, "الفان": 2, "الفي": 2}
_AR_SCALES = {"مليون": 10**6, "ملايين": 10**6, "مليار": 10**9, "مليارات": 10**9, "بليون": 10**9, "تريليون": 10**12}


_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|[\u0621-\u064a]+")
_KEY_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def _ar_key(word: str) -> str:
    return word.translate(_KEY_FOLDS)


# Keyed as words are read (see ``_ar_key``): «خمسمائة» folds to «خمسمايه», which the table's «خمسمائه» must match.
_AR_VALUES = {_ar_key(word): value for table in (_AR_UNITS, _AR_TEENS, _AR_TENS, _AR_HUNDREDS) for value, words in table.items() for word in words.split()}


class _Reading:
    """A run of number words being read: whole thousands so far, the part below, and what the run
    holds (a tens or hundreds word, a thousands word) to tell a figure from a lone small word."""

    def __init__(self) -> None:
        self.total = 0
        self.current = 0
        self.words = 0
        self.weighty = False  # a word of ten or more: "thirty", «مية», «ألفين»

    @property
    def value(self) -> int:
        return self.total + self.current


def _english_value(word: str, reading: _Reading) -> bool:
    """Read one English word into ``reading``; False when it is no number word."""
    parts = word.lower().split("-")
    if len(parts) == 2 and parts[0] in _EN_TENS and parts[1] in _EN_UNITS and 0 < _EN_UNITS[parts[1]] < 10:
        reading.current += _EN_TENS[parts[0]] + _EN_UNITS[parts[1]]  # "twenty-six"
        reading.weighty = True
        return True
    word = word.lower()
    if word in _EN_UNITS:
        reading.current += _EN_UNITS[word]
        reading.weighty |= _EN_UNITS[word] >= 10
    elif word in _EN_TENS:
        reading.current += _EN_TENS[word]
        reading.weighty = True
    elif word == "hundred":
        reading.current = (reading.current or 1) * 100
        reading.weighty = True
    elif word == "thousand" and not reading.total:
        reading.total += (reading.current or 1) * 1000
        reading.current = 0
        reading.weighty = True
    else:
        return False
    return True


def _arabic_value(word: str, reading: _Reading) -> bool:
    """Read one Arabic word (a leading و is "and") into ``reading``; False when it is no number word."""
    key = _ar_key(word)
    if key.startswith("و") and (key[1:] in _AR_VALUES or key[1:] in _AR_THOUSANDS):
        key = key[1:]
    elif key.startswith("ال") and not reading.words and key[2:] in _AR_VALUES and _AR_VALUES[key[2:]] >= 10:
        # «التمانين مليار» (the eighty billion) is a sum; «حرب الثلاثين عاما» a war's name.
        reading.current += _AR_VALUES[key[2:]]
        return True
    if key in _AR_VALUES:
        value = _AR_VALUES[key]
        if value == 10 and 0 < reading.current < 10:
            reading.current += 10  # «خمسة عشر»
        else:
            reading.current += value
        # «مية» alone is water as often as a hundred: a hundred with a scale or another number word.
        reading.weighty |= value >= 10 and key != "ميه"
    elif key in _AR_THOUSANDS and not reading.total:  # «بين ألفين وأربعة وعشرين وألفين وتلاتين» is two years
        count = _AR_THOUSANDS[key]
        # A bare «ألف» is read as a figure where it is written («ألف تيراواط»): it counts only in a longer number.
        reading.weighty |= bool(reading.current) or count > 1 or reading.words > 0
        reading.total += (reading.current or count) * 1000
        reading.current = 0
    else:
        return False
    return True


def _year_in_english(words: list[str]) -> int | None:
    """ "twenty thirty" → 2030, "twenty twenty six" → 2026: a year said in pairs."""
    lowered = [word.lower() for word in words]
    if len(lowered) < 2 or lowered[0] != "twenty" or "hundred" in lowered or "thousand" in lowered:
        return None
    rest = _Reading()
    if not all(_english_value(word, rest) for word in lowered[1:]) or not 10 <= rest.value <= 99:
        return None
    return 2000 + rest.value


_POINT = {"point", "فاصله", "فاصل"}
_DIGIT_WORDS = {**{word: value for word, value in _EN_UNITS.items() if value < 10},
                **{word: value for word, value in _AR_VALUES.items() if value < 10}, "صفر": 0}


def _decimals(words: list[re.Match[str]], at: int, text: str) -> tuple[str, int] | None:
    """The digits said after "point" («فاصلة») at word ``at``, and the word after them: "one point five"."""
    if at >= len(words) or _ar_key(words[at].group().lower()) not in _POINT:
        return None
    digits = ""
    end = at + 1
    while end < len(words) and _ar_key(words[end].group().lower()) in _DIGIT_WORDS and not text[words[end - 1].end() : words[end].start()].strip():
        digits += str(_DIGIT_WORDS[_ar_key(words[end].group().lower())])
        end += 1
    return (digits, end) if digits else None


def _next_to(words: list[re.Match[str]], at: int, text: str) -> bool:
    """Whether word ``at`` follows the word before it with nothing but spaces between."""
    return not text[words[at - 1].end() : words[at].start()].strip()


def _read_run(words: list[re.Match[str]], start: int, text: str, english: bool) -> tuple[_Reading, int]:
    """The number the words from ``start`` say, as far as they are number words of the run's
    language next to each other ("thirty, forty" is two numbers), and the index after them."""
    reading = _Reading()
    at = start
    while at < len(words) and (at == start or _next_to(words, at, text)):
        word = words[at].group()
        lower = word.lower()
        if english != word.isascii():
            break
        if english and lower == "and" and at > start and words[at - 1].group().lower() in ("hundred", "thousand") \
                and at + 1 < len(words) and words[at + 1].group().lower() in {**_EN_UNITS, **_EN_TENS}:
            at += 1  # "a hundred and five"
            continue
        if english and lower == "a" and at == start and at + 1 < len(words) and words[at + 1].group().lower() in ("hundred", "thousand"):
            reading.current = 1  # "a hundred billion"
        elif not (_english_value(word, reading) if english else _arabic_value(word, reading)):
            break
        reading.words += 1
        at += 1
    return reading, at


# "half a trillion dollars", "a tenth of a trillion", «نصف تريليون»: a share of a scale word is a
# decimal of it ("0.5 trillion"), which the figure checks read as a sum. Not «عشر/خمس مليار»:
# those are ten and five billion.
_SHARES = {"half": "0.5", "quarter": "0.25", "three quarters": "0.75", "tenth": "0.1", "fifth": "0.2",
           "نصف": "0.5", "نص": "0.5", "ربع": "0.25"}
_SHARE_OF_SCALE = re.compile(
    r"\b(?:(?:a|one)\s+)?(?P<en>three quarters|half|quarter|tenth|fifth)(?:\s+of)?\s+(?:(?:a|one)\s+)?(?P<en_scale>thousand|million|billion|trillion)\b"
    r"|(?<![^\s«\"“])(?P<ar>نصف|نص|ربع)\s+(?P<ar_scale>مليون|مليار|تريليون)(?![^\W\d_])", re.IGNORECASE)


# «ملياري دولار», «مليونين»: the dual of a scale word is two of it. Not «مليارًا», the singular after
# a number («ثلاثين مليارًا»), nor «المليوني» (an adjective, "million-strong").
_DUAL_OF_SCALE = re.compile(r"(?<![^\s«\"“])(?P<and>[وب]?)(?P<scale>مليار|مليون|بليون|تريليون)(?:ين|ان|ي)(?![^\W\d_])")


def _share_in_digits(match: re.Match[str]) -> str:
    share = match["en"] or match["ar"]
    return f"{_SHARES[share.lower()]} {match['en_scale'] or match['ar_scale']}"


_SMALL_COUNT_LIMIT = 10  # "one" to "nine"; a bare «ألف» is no count of its own ("100 ألف")

# «واحد ونص بالمية» (one and a half percent), «٢ ونص مليار»: a count and a half is a decimal.
_AND_A_HALF = re.compile(r"(?<![^\s«\"“])(?P<count>\d+|[\u0621-\u064a]+)\s+و(?:نص|نصف)(?![^\W\d_])")
_AR_UNIT_VALUES = {_ar_key(word): value for value, words in _AR_UNITS.items() for word in words.split()}


def _with_halves_in_digits(text: str) -> str:
    """The text with each count and a half in digits («واحد ونص» → "1.5"); other words before «ونص» kept."""
    def written(match: re.Match[str]) -> str:
        count = match["count"]
        value = int(count) if count.isdigit() else _AR_UNIT_VALUES.get(_ar_key(count))
        return match.group() if value is None else f"{value}.5"
    return _AND_A_HALF.sub(written, text)


# A preposition written onto a number of a sum: «بالمئة مليار» (with the hundred billion; «بالمئة»
# alone is per cent), «بثلاثين مليار». Set apart, the number reads as one.
_PREPOSITION_ON_SUM = re.compile(r"(?<![^\s])(?P<preposition>[بلك])(?P<number>[\u0621-\u064a]+)(?=\s+(?:مليار|مليارات|مليون|ملايين|تريليون)(?![^\W\d_]))")


def _preposition_apart(match: re.Match[str]) -> str:
    key = _ar_key(match["number"])
    number = key[2:] if key.startswith("ال") else key
    return f"{match['preposition']} {match['number']}" if number in _AR_VALUES else match.group()


def with_numbers_in_digits(text: str, small_counts: bool = False) -> str:
    """The text with each spoken number written in digits (see the module's docstring); with
    ``small_counts``, a lone word under ten too, as a source counts («أربع جهات», "two energy companies")."""
    text = _PREPOSITION_ON_SUM.sub(_preposition_apart, text)
    text = _with_halves_in_digits(_SHARE_OF_SCALE.sub(_share_in_digits, text))
    text = _DUAL_OF_SCALE.sub(r"\g<and>2 \g<scale>", text)
    pieces: list[str] = []
    last = 0
    words = list(_WORD.finditer(text))
    start = 0
    while start < len(words):
        english = words[start].group().isascii()
        reading, end = _read_run(words, start, text, english)
        if end == start:
            start += 1
            continue
        run = [match.group() for match in words[start:end]]
        value: int | str = (_year_in_english(run) if english else None) or reading.value
        decimals = _decimals(words, end, text)
        if decimals:
            value, end = f"{value}.{decimals[0]}", decimals[1]
            reading.weighty = True
        scale = words[end].group() if end < len(words) and _next_to(words, end, text) else ""
        scaled = scale.lower() in _EN_SCALES if english else _ar_key(scale) in _AR_SCALES
        if reading.weighty or scaled or small_counts and reading.value < _SMALL_COUNT_LIMIT:
            # A run's first word keeps its «و» (and): «بين 2024 و2030».
            kept = 1 if not english and run[0].startswith("و") and _ar_key(run[0][1:]) in {**_AR_VALUES, **_AR_THOUSANDS} else 0
            pieces += [text[last : words[start].start() + kept], str(value)]
            last = words[end - 1].end()
        start = end
    pieces.append(text[last:])
    return "".join(pieces)
