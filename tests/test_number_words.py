"""Spoken numbers, as a phone transcribes a dictated question, written in digits."""

import pytest

from bot.number_words import with_numbers_in_digits


@pytest.mark.parametrize(("said", "written"), [
    ("how much power will data centres use by twenty thirty", "how much power will data centres use by 2030"),
    ("between twenty twenty four and twenty thirty", "between 2024 and 2030"),
    ("in two thousand and twenty four", "in 2024"),
    ("was it thirty or fifty billion", "was it 30 or 50 billion"),  # the scale word stays, as sources write sums
    ("is Microsoft spending five hundred billion", "is Microsoft spending 500 billion"),
    ("a hundred billion", "100 billion"),
    ("over a thousand terawatt hours", "over 1000 terawatt hours"),
    ("is it one point five percent", "is it 1.5 percent"),
    ("twenty-six", "26"),
    ("is it thirty, forty or fifty billion", "is it 30, 40 or 50 billion"),  # a comma ends a number
    ("بين ألفين وأربعة وعشرين وألفين وتلاتين", "بين 2024 و2030"),  # two years, the second keeps its «و»
    ("سنة ألفين وخمسة وتلاتين", "سنة 2035"),
    ("مية مليار ولا تلتمية مليار", "100 مليار ولا 300 مليار"),
    ("خمسمائة مليار دولار ولا مائة مليار", "500 مليار دولار ولا 100 مليار"),  # the written «مائة», with its hamza on «ئ»
    ("ناوية تصرف التمانين مليار", "ناوية تصرف 80 مليار"),
    ("خمستعش بالمية", "15 بالمية"),
    ("واحد فاصلة خمسة بالمية", "1.5 بالمية"),
    ("ثلاثة ملايين", "3 ملايين"),
    # a share of a scale word is a decimal of it, as the figure checks read sums
    ("I've seen both a tenth of a trillion dollars and half a trillion dollars", "I've seen both 0.1 trillion dollars and 0.5 trillion dollars"),
    ("a quarter of a billion", "0.25 billion"),
    ("رأيت «نصف تريليون» في مكان", "رأيت «0.5 تريليون» في مكان"),
    ("عشر مليار", "10 مليار"),  # «عشر» before a scale word is ten, not a tenth
    ("استثمار بملياري دولار", "استثمار ب2 مليار دولار"),  # the dual of a scale word is two of it
    ("مليونين وحدة", "2 مليون وحدة"),
    ("ألفي ميغاواط", "2000 ميغاواط"),
    ("بلغ ثلاثين مليارًا", "بلغ 30 مليارًا"),  # the singular after a number, not a dual
    # by037: a count and a half is a decimal; a word that is no count keeps its «ونص»
    ("رح تاكل بس واحد ونص بالميه", "رح تاكل بس 1.5 بالميه"),
    ("اتنين ونص مليار", "2.5 مليار"),
    ("كلام ونص", "كلام ونص"),
])
def test_a_spoken_number_is_written_in_digits(said, written):
    assert with_numbers_in_digits(said) == written


@pytest.mark.parametrize("text", [
    "which one runs operations?",  # a lone small word is no figure
    "ومين واحد منهم؟",
    "قديش بيستهلكوا مية؟",  # «مية» alone is water as often as a hundred
    "قد يتجاوز ألف تيراواط/ساعة",  # a bare «ألف» is read as a figure where it stands
    "Nvidia joined in 2025 with $30 billion",  # digits stay as they are
    "ما هي حرب الثمانين عاما؟",  # a name: with «ال», a number counts only before a scale word
    "the other half of the fund",  # a share of no scale word
    "الحشد المليوني",  # an adjective, "million-strong"
])
def test_words_that_are_no_figure_stay_words(text):
    assert with_numbers_in_digits(text) == text


def test_a_count_under_ten_is_written_in_digits_when_asked_for():
    """A source's own count («أربع جهات», "two energy companies") supports an answer's digits."""
    assert with_numbers_in_digits("أربع جهات و two energy companies", small_counts=True) == "4 جهات و 2 energy companies"


@pytest.mark.parametrize(("spoken", "written"), [
    ("كم مركز بيانات بالمئة مليار دولار؟", "كم مركز بيانات ب 100 مليار دولار؟"),  # ck009: with the hundred billion
    ("بثلاثين مليار", "ب 30 مليار"),
    ("زادت بالمئة", "زادت بالمئة"),  # per cent, with no scale after it
    ("بلاك مليار", "بلاك مليار"),  # no number word after the preposition
])
def test_a_preposition_written_onto_a_sum_in_words_is_set_apart(spoken, written):
    assert with_numbers_in_digits(spoken) == written
