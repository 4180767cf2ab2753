"""Place names from the packaged gazetteer, in either script."""

from __future__ import annotations

import pytest

from bot.places import names_a_place


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
