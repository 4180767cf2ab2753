"""Place names from the packaged gazetteers, in either script."""

from __future__ import annotations

import pytest

from bot.places import asked_scope, countries_named, countries_named_as_subjects, country_in_arabic, country_of_demonym, names_a_place, names_a_state, places_in


@pytest.mark.parametrize(
    "text",
    [
        "xAI runs a cluster in Memphis, Tennessee.",
        "الشركة التي تتخذ من أبوظبي مقرًا لها",  # written as one word
        "افتتحت فرعها في أبو ظبي",  # and as two
        "وبدبي مقرها الإقليمي",  # a clitic before the name
        "the first site is in Abilene, Texas",
        "MGX, the Abu Dhabi investment company",
        "It was founded in Memphis by Elon Musk",
    ],
)
def test_a_city_or_a_us_state_is_named_in_either_script(text):
    assert names_a_place(text)


@pytest.mark.parametrize(
    "text",
    ["Nvidia joined the fund.", "The partnership aims to raise $30 billion.", "ويتولى رئاسة المشروع ماسايوشي سون، رئيس «سوفت بنك».",
     # A place among those who did something stands for its money, not for where anything is.
     "a multibillion-dollar AI infrastructure fund backed by BlackRock, Microsoft and Abu Dhabi, as companies race",
     # Months and weekdays that are also towns (March, Cambridgeshire) date things.
     "On Wednesday, 19 March 2025, the founding partners announced that Nvidia and Elon Musk's xAI would join.",
     # cg033: «ودولة» (and a state) is a common noun some city is also called
     "سيعود بالنفع على كل شركة، ودولة ترغب في تحقيق نمو اقتصادي"],
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


@pytest.mark.parametrize(
    ("question", "scope"),
    [
        ("How much electricity do data centres in the Middle East use?", {"Middle East"}),
        ("قديش تستهلك مراكز البيانات في الإمارات من الكهرباء؟", {"United Arab Emirates"}),  # CLDR has only the long name
        ("How much will Microsoft spend in the US?", {"United States"}),
        ("كم ستنفق «مايكروسوفت» داخل الولايات المتحدة؟", {"United States"}),
        ("How much electricity did data centres use in Europe in 2024?", {"Europe"}),
        # Typed in lower case, and after "to": "of MSFT's ~$80bn" was answered with a global sum.
        ("of Microsoft's ~$80bn, how much is going to europe specifically?", {"Europe"}),
        ("how much goes to the united states?", {"United States"}),
        ("how much for us?", set()),  # a pronoun
        ("how much will it cost to build?", set()),
        # A place that describes who is asked about, or no place at all.
        ("How much did Abu Dhabi's MGX invest?", set()),
        ("How much electricity will data centres use in 2030?", set()),
        ("كم تبلغ قيمة الصندوق في البداية؟", set()),
        # ay034, az014: the everyday names, and spoken "inside" («جوا», «جوه»), were not read as places.
        ("كم تيراواط/ساعة استهلكت مراكز البيانات في السعودية سنة 2024؟", {"Saudi Arabia"}),
        ("وقديش منن جوا امريكا", {"United States"}),
        ("قد إيه هيتصرف جوه الولايات المتحدة؟", {"United States"}),
        # bp049: the Gulf Cooperation Council's countries
        ("كم تبلغ استهلاك مراكز البيانات في دول مجلس التعاون الخليجي؟", {"Gulf"}),
        ("How much power do data centres in GCC countries use?", {"Gulf"}),
        # by035: a place put before what is measured, in an engineer's shorthand (answered with the world's 945 TWh)
        ("IEA Energy and AI: US-only DC demand in 2030, TWh?", {"United States"}),
        ("What is US data centre demand in 2030?", {"United States"}),
        ("US share of that?", {"United States"}),  # ca050: a headline's place before the share asked
        ("How much will Microsoft spend on AI data centres?", set()),
    ],
)
def test_the_place_a_figure_is_asked_for_is_read_in_either_script(question, scope):
    assert asked_scope(question) == scope


def test_a_currency_or_a_pronoun_names_no_place():
    assert places_in("Microsoft was on track to spend approximately 80 billion US dollars") == set()
    assert places_in("30 مليار دولار أمريكي") == set()
    assert places_in("Tell us more") == set()
    assert places_in("more than half of the total is to be spent in the US") == {"United States"}
    assert places_in("MGX, the Emirati investment company") == {"United Arab Emirates"}


@pytest.mark.parametrize(
    ("question", "scope"),
    [
        # "how much … outside the US" was answered with the whole $80 billion.
        ("كم ستنفق مايكروسوفت خارج الولايات المتحدة؟", {"outside United States"}),
        ("how much will microsoft spend outside the us?", {"outside United States"}),
        ("how much goes abroad?", {"abroad"}),
        ("ليش قررت تصرفها كلها برّا أميركا؟", {"outside United States"}),  # bf037: «برّا» is no «ب» (in) + a place
        ("كم تصرف بأمريكا؟", {"United States"}),
        ("what is outside the scope of the fund?", set()),  # no place
        # w040: a place and everywhere else ask for the split, which a sentence on the whole tells
        ("how much of that is going to the US vs abroad", set()),
    ],
)
def test_outside_a_place_is_a_scope_of_its_own(question, scope):
    assert asked_scope(question) == scope


@pytest.mark.parametrize("adjective, country", [("Japanese", "Japan"), ("Indian", "India"), ("American", "United States"),
                                                ("Emirati", "United Arab Emirates"), ("British", "United Kingdom"), ("Microsoft", None)])
def test_an_adjective_of_nationality_names_its_country(adjective, country):
    """an002: "Which of the AIP partners is not American?" was refused: "American" is no "Americ" + "a"."""
    assert country_of_demonym(adjective) == country


def test_a_fiscal_year_is_no_mali_and_a_glued_in_places_a_region():
    """j023: «…فهاد العام المالي…» (in this fiscal year) was read as asking about Mali once a glued
    Maghrebi «ف» ("in") was read, and the question refused; «فالعالم العربي» is the Arab world (bb021)."""
    assert places_in("تصرف فهاد العام المالي على مراكز البيانات") == set()
    assert places_in("في السنة المالية الحالية") == set()
    assert places_in("الاستثمار في مالي") == {"Mali"}
    assert asked_scope("شحال غادي تصرف مايكروسوفت على مراكز البيانات فالعام المالي 2026؟") == set()
    assert asked_scope("شحال كتستهلك مراكز البيانات فالعالم العربي من الكهرباء؟") == {"Arab world"}


def test_a_state_is_named_only_by_a_state():
    assert names_a_state("xAI runs a cluster in Memphis, Tennessee.")
    assert not names_a_state("MGX, based in Abu Dhabi, backs it inside the United States.")


def test_a_country_is_a_subject_only_where_no_word_of_place_stands_before_it():
    assert countries_named_as_subjects("كم كان الـ ticket حق جهاز قطر للاستثمار؟") == ["Qatar"]
    assert countries_named_as_subjects("هل تستثمر الشراكة في قطر أو بقطر؟") == []
    # bz041: a country by its everyday name, not where something happens nor an adjective
    assert countries_named_as_subjects("متى دخلت السعودية والإمارات في الشراكة؟") == ["United Arab Emirates", "Saudi Arabia"]
    assert countries_named_as_subjects("أليست MGX شركة سعودية؟ كم ستنفق بالسعودية؟") == []
    assert countries_named_as_subjects("علاش ستارغيت غادي يبني مراكز البيانات ديالو فأوروبا؟") == []


def test_little_words_closed_up_are_no_country():
    """bx006: «إلى من تعود ملكية…» (to whom does … belong) closed up reads «اليمن», Yemen, and the
    question was refused for naming a country no source names."""
    assert countries_named_as_subjects("وفقاً لما ورد في المقال، إلى من تعود ملكية شركة xAI؟") == []
    assert countries_named("إلى من تعود ملكية الشركة؟") == []
    assert countries_named("هل يستثمر الصندوق في اليمن؟") == ["Yemen"]
    assert countries_named("داخل الولايات المتحدة.") == ["United States"]
