"""Place names from the packaged gazetteers, in either script."""

from __future__ import annotations

import pytest

from bot.places import countries_named, country_in_arabic, names_a_place


@pytest.mark.parametrize(
    "text",
    [
        "xAI runs a cluster in Memphis, Tennessee.",
        "It is backed by BlackRock, Microsoft and Abu Dhabi.",
        "الشركة التي تتخذ من أبوظبي مقرًا لها",  # written as one word
        "افتتحت فرعها في أبو ظبي",  # and as two
        "وبدبي مقرها الإقليمي",  # a clitic before the name
        "the first site is in Abilene, Texas",
    ],
)
def test_a_city_or_a_us_state_is_named_in_either_script(text):
    assert names_a_place(text)


@pytest.mark.parametrize(
    "text",
    ["Nvidia joined the fund.", "The partnership aims to raise $30 billion.", "ويتولى رئاسة المشروع ماسايوشي سون، رئيس «سوفت بنك»."],
)
def test_companies_and_people_are_not_places(text):
    assert not names_a_place(text)


def test_a_place_name_inside_a_longer_name_is_not_a_place():
    assert not names_a_place("The post was written by Brad Smith, the company's president.")  # Brad is a town in Romania


def test_a_quoted_arabic_place_name_stands_for_an_organisation_not_a_place():
    """"بدعم من ”بلاك روك” و”أبوظبي”" names a backer: it does not say where xAI is."""
    assert not names_a_place("بدعم من ”بلاك روك”، و”مايكروسوفت” و”أبوظبي”، في ظل تسارع الشركات")
    assert names_a_place("وشركة «إم جي إكس» (MGX) الاستثمارية التي تتخذ من أبوظبي مقرًا لها.")


def test_a_common_word_behind_a_clitic_is_not_a_small_town():
    assert not names_a_place("وفق تقرير وكالة الأنباء الإماراتية.")  # "و" + «كالة» would be Calais


@pytest.mark.parametrize(
    "text",
    [
        "AIP's investments are to go mainly to the United States, and otherwise to OECD countries.",
        "هدفه بناء بنية تحتية للذكاء الاصطناعي، من مراكز بيانات ومنشآت مرتبطة بها، داخل الولايات المتحدة.",
        "وتذهب معظم الاستثمارات إلى بالولايات المتحدة",
    ],
)
def test_a_country_is_named_in_either_script_and_read_in_english(text):
    assert countries_named(text) == ["United States"]


def test_a_country_has_its_arabic_name_for_an_arabic_answer():
    assert country_in_arabic("United States") == "الولايات المتحدة"
    assert countries_named("Japan and China") == ["Japan", "China"]
    assert countries_named("SoftBank and OpenAI launched Stargate in the world of AI.") == []
