"""Figure questions: which figure answers them, and how it is written in the question's language."""

from __future__ import annotations

import pytest

from bot.facts import (agrees, asks_change, asks_to_confirm, bare_sums, dates_stated, 
    _all_candidates,
    asks_every_source,
    asks_yes_no,
    asks_difference,
    figures_apart,
    Figure,
    Sentence,
    compared_things,
    compared_years,
    contradicted_figure,
    asked_years,
    cases_stated_instead,
    event_untold,
    scenarios_stated,
    titles_named,
    expected_kind,
    figure_kind,
    find_figures,
    format_figure,
    kind_mismatch,
    lists_figures,
    months_refined,
    months_told,
    names_title,
    last_year_given,
    year_of_stated_figure,
    years_stated_instead,
)
from bot.grounding import verify
from bot.text import bm25_tokens


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How much does the partnership plan to raise?", "USD"),
        ("How big is Stargate's spending plan?", "USD"),
        ("كم تخطط الشراكة لجمعه من المستثمرين؟", "USD"),
        ("وكم يبلغ الإجمالي مع الديون؟", "USD"),  # "و" glued to "كم"
        ("How much electricity could data centres consume by 2026?", "TWh"),
        ("إلى أي مستوى يرتفع استهلاك مراكز البيانات للكهرباء؟", "TWh"),
        ("What share of the world's electricity did data centres use?", "percent"),
        ("ما نسبة استهلاك مراكز البيانات من الكهرباء؟", "percent"),
        ("When was Stargate announced?", "date"),
        ("في أي يوم أُعلن عن المشروع؟", "date"),
        ("متى نشرت الوكالة تقريرها؟", "date"),
        ("And when does that year end?", "date"),
        ("كم تبلغ مساحة مدينة ليفربول؟", None),  # "مدينة" (city) is not "دين" (debt)
        ("أين تقع عمان بالنسبة لشبه الجزيرة العربية؟", None),  # "بالنسبة ل" (as for) is not "نسبة" (share)
        ("كم توجد من منطقة حضرية ضخمة؟", None),  # "ضخمة" (huge) is not "ضخ" (to pump money)
        ("How old was Peyton Manning when he played in Super Bowl 50?", None),  # "when" here is not the question word
        ("How many seconds were left when the Broncos intercepted the ball?", None),
        ("Who chairs Stargate?", None),
        ("Which companies joined the partnership?", None),
        ("Does the IEA expect demand to double?", None),  # yes/no: the LLM or the quotes answer it
        ("How much did it grow?", None),  # an amount of no known unit
        ("What was Nvidia's revenue in 2024?", "USD"),
        ("Why did Nvidia's revenue fall?", None),
        ("How much power capacity, in GW, will the data centres need?", None),  # a unit it does not read
        ("How much did the fund raise in euros?", None),
        ("كم تبلغ قدرة المراكز بالجيجاواط؟", None),
        ("How much did Microsoft spend in fiscal 2024?", "USD"),
        ("كم أنفقت مايكروسوفت في السنة المالية 2024؟", "USD"),
        ("In which year could consumption approach 1,200 TWh?", "year"),  # the year of a stated figure
        ("في أي سنة تأسست شركة «إم جي إكس»؟", "date"),  # the year of an event: a founding, an opening, an end
        ("By when will xAI have finished rolling out its GPUs?", "date"),
        ("When does the fiscal year of Microsoft's ~$80bn budget end?", "date"),  # the end, not the figure's year
        ("In which year did the team win the cup?", None),  # other years are left to the LLM
        ("في أي عام يقترب الاستهلاك من ١٢٠٠ تيراواط/ساعة؟", "year"),
        ("In which year was the partnership launched?", None),  # no figure stated: not a year lookup
        ("Does the IEA expect electricity use to more than double between 2022 and 2026?", "TWh"),  # compares years
        ("هل سيتضاعف استهلاك الكهرباء بين 2022 و2026؟", "TWh"),
        ("صحيح إن استهلاك مراكز البيانات للكهرباء بيتضاعف بين 2022 و2026؟", "TWh"),  # "is it true that…" compares years
        ("Is it true that electricity use doubles between 2022 and 2026?", "TWh"),
        ("What exact day was Stargate unveiled?", "date"),
        ("What does the IEA forecast for data-centre electricity demand in 2028?", "TWh"),  # a forecast is a figure
        ("ما توقعات وكالة الطاقة الدولية لاستهلاك مراكز البيانات من الكهرباء في ٢٠٢٦؟", "TWh"),
        ("How much did Saudi Arabia pay to join the partnership?", "USD"),  # a payment is money
        ("كم دفعت السعودية مقابل انضمامها إلى الشراكة؟", "USD"),
        ("What yearly growth rate does the IEA expect for data-centre demand?", "percent"),  # a growth rate is a percentage
        ("ما معدل النمو السنوي لاستهلاك مراكز البيانات؟", "percent"),
        ("What did the IEA's Energy and AI report say data centres consumed in 2024?", "TWh"),
        ("wats the total investmnt ceiling for the partnership?", "USD"),  # typed in a hurry
        ("What's the fund's total size?", "USD"),
        ("what does Electricity 2024 project for data centre demand in 2028", "TWh"),  # "project" the verb
        ("What's the projected data-centre electricity use for 2035?", "TWh"),
        ("What is the Stargate project?", None),  # the noun
        ("how much mony did nvidia put in to the partnership?", "USD"),  # money put in, typo and all
        ("قديش متوقع يوصل استهلاك مراكز البيانات للكهربا بحلول ٢٠٣٥؟", "TWh"),  # spoken "how much"
        ("شو النطاق اللي حطته الوكالة لاستهلاك مراكز البيانات؟", "TWh"),
        ("كم ستستثمر «إنفيديا» من أموالها في الشراكة؟", "USD"),
        ("قديش من إنفاق «مايكروسوفت» رح يكون جوا الولايات المتحدة؟", "percent"),  # how much of a sum is a share
        ("كم من الـ٨٠ مليار ستصرف في أمريكا؟", "percent"),
        ("كم من المال جمعت الشراكة؟", "USD"),  # how much money is an amount
        ("قديش رح يصرفوا على ستارغيت؟", "USD"),  # spoken "spend"
        ("قديش استهلكت مراكز البيانات كهربا سنة ٢٠٢٢؟", "TWh"),  # spoken "كهربا", the verb "استهلكت"
        ("وشو التوقع الأساسي لسنة ٢٠٢٦؟", None),  # a forecast of nothing named: the question before decides
        ("What did Microsoft spend on AI data centers in fiscal 2024?", "USD"),  # "what did … spend" asks for a sum
        ("What will the project cost?", "USD"),
        ("how much cash did xAI itself put into the partnership?", "USD"),
        ("What did Microsoft invest in?", None),  # a thing, not a sum
        ("What did they spend the money on?", None),
        ("and what month was that?", "date"),  # a month is asked of a date
        ("في أي شهر أطلقت الشراكة؟", "date"),
        ("طيب وكم بيضخّوا فيه على طول أول ما يبلّش؟", "USD"),  # spoken "pump in"
        ("قديش كانت نفقات مايكروسوفت على مراكز البيانات؟", "USD"),  # expenses
        ("بما إنو «بلاك روك» أطلقت الصندوق بسبتمبر ٢٠٢٣، قديش كان عمره لما انضمت إنفيديا؟", None),  # an age, not a sum
        ("How old was the fund when Nvidia joined?", None),
        ("On which day of the week did they announce that Nvidia was joining?", None),  # a weekday, not a date
        ("في أي يوم من أيام الأسبوع أعلنوا انضمام إنفيديا؟", None),
        ("On which day did they announce that Nvidia was joining?", "date"),
        ("قديش رح تحط إنفيديا مصاري بالشراكة؟", "USD"),  # spoken "money"
        ("وش تتوقع وكالة الطاقة الدولية لاستهلاك مراكز البيانات من الكهرباء بحلول 2035؟", "TWh"),  # what it expects
        ("What does the IEA expect data centres to consume in 2030?", "TWh"),
        ("What does the IEA expect from AI?", None),  # no measure
        ("How much is the AI Infrastructure Partnership raising?", "USD"),  # "raising" raises money
        ("طيب وبأي تاريخ بالضبط انعلن عنه؟", "date"),  # «بأي تاريخ» asks for a date
        ("what does the IEA's high case say about data centre electricty in 2030?", "TWh"),  # a scenario is a figure
        ("whats the full range the IEA gives for 2026 in electricity 2024?", "TWh"),
        # x028: the unit asked for asks a figure
        ("What does the IEA's Energy and AI report say data centres used in 2024 — in TWh?", "TWh"),
        # w050: a when-question after the asker's own story; f041: not after a figure it states (a premise)
        ("i told him it came out in 2023 but im wrong lol, when was it actually published", "date"),
        ("Since AIP is raising the full $100 billion before taking on debt, when do they expect to finish the raise?", None),
        ("ok and when exactly was it announced? need the date", "date"),  # w028
        # j007: a measure and a year typed as to a search box ask for that year's figure; not a question
        # with its own asking word («بأي معدل سنوي…» asks a rate, a percentage)
        ("iea energy and ai report data centre electricity 2030?", "TWh"),
        ("microsoft ai data centre spending 2025", "USD"),
        ("بأي معدل سنوي يُتوقع أن ينمو استهلاك مراكز البيانات للكهرباء حتى 2030؟", "percent"),
        ("and how many twh was that", "TWh"),  # j049
        ("When did the report projecting 1,200 TWh by 2035 come out?", "date"),  # a005: a report comes out on a day
        # a015: a funding target is a sum, and the asker's context ("electricity is the bottleneck") measures nothing asked
        ("what's the funding target?", "USD"),
        ("Saw an analyst piece saying electricity is now the main bottleneck. What is the AIP funding target?", "USD"),
        # bm043: the last part asks no measure ("initial + total pls"); the one before it asks money, the context power
        ("was reading an analyst piece about AI data-centre funds and power... so how much money is the AI Infrastructure "
         "Partnership actually trying to raise? initial + total pls", "USD"),
        # ae019: figures offered to choose from ask which one the sources give
        ("Which is right for the IEA base case for data centres in 2030: about 945 TWh or about 1,945 TWh?", "TWh"),
        ("هل تهدف الشراكة إلى جمع 30 مليار دولار مبدئيا أم 50 مليار؟", "USD"),
        # aj047: what a report says of a measure for a year is its figure; of no year, it may be anything
        ("What does the IEA's Electricity 2024 report say about data-centre electricity in 2026?", "TWh"),
        ("ماذا يقول تقرير الكهرباء 2024 عن استهلاك مراكز البيانات للكهرباء في 2026؟", "TWh"),
        ("What does the IEA say about data-centre electricity?", None),
        # ai017: «من» inside a clause is "from": a flashcard with a year and no question word asks that year's figure
        ("تقرير «الكهرباء ٢٠٢٤» — استهلاك مراكز البيانات والذكاء الاصطناعي والعملات المشفرة من الكهرباء عام ٢٠٢٢؟", "TWh"),
        # bm035: a range's "high end" is no ending of anything, so no date is asked
        ("does the IEA give ONE number for data centre electricity in 2026 or is it a range?? if its a range whats the low end and the high end", "TWh"),
        ("When does Microsoft's fiscal year end?", "date"),
        ("Stargate headline size: $100B — or bigger?", "USD"),  # ca010: a stated sum weighed against a bigger one
        ("Name the date on which the Global AI Infrastructure Investment Partnership was first unveiled.", "date"),  # cc012
        # cc045: a long quote is a claim quoted, whose years count, not a title
        ('ادعاء متداول: "استهلاك مراكز البيانات للكهرباء هيتضاعف بين 2022 و2026 حسب وكالة الطاقة الدولية" — هل هذا دقيق؟', "TWh"),
        ("لعبت الدولة السلجوقية دورا كبيرا في تاريخ من ؟", None),  # «من» last asks whose (a SQuAD-format question): «تاريخ» is history, no date
    ],
)
def test_the_kind_of_figure_a_question_asks_for(question, kind):
    assert expected_kind(question) == kind


def test_a_follow_up_without_a_cue_takes_the_kind_of_the_question_it_follows():
    assert figure_kind("And including debt?", "How much will the partnership raise?") == "USD"
    assert figure_kind("And what about 2030?", "How much electricity will data centres use?") == "TWh"
    assert figure_kind("وبحلول 2035؟", "كم تستهلك مراكز البيانات من الكهرباء؟") == "TWh"
    assert figure_kind("And what is its base case for 2026?", "How much electricity will data centres use?") == "TWh"
    assert figure_kind("Who chairs it?", "How much will Stargate invest?") is None  # asks for a name
    # bn025: after a date and then a figure were asked, "its central case" is the latest question's kind
    assert figure_kind("ok, and what's its central case for 2026?", "When did the IEA publish Electricity 2024? "
                       "What did it put 2022 consumption by data centres, AI and crypto at?", "About 460 TWh.") == "TWh"
    assert figure_kind("And with borrowing, how far could the total go?", "How much will the partnership raise?") == "USD"
    assert figure_kind("Is that more than double?", "How much electricity will data centres use?") is None
    assert figure_kind("ومن يترأسه؟", "كم سيستثمر المشروع؟") is None
    assert figure_kind("وشو التوقع الأساسي لسنة ٢٠٢٦ بنفس التقرير؟", "قديش استهلكت مراكز البيانات كهربا سنة ٢٠٢٢؟") == "TWh"
    assert figure_kind("When did it start?", "How much will it raise?") == "date"  # its own cue wins
    assert figure_kind("And where does it see that figure by 2035?", "How much electricity did data centres use?") == "TWh"
    assert figure_kind("And where is it based?", "How much will it raise?") is None  # asks for a place
    # What a sum is for is no sum: «وهالمبلغ عشان إيش بالضبط؟» was answered with Stargate's $100 billion.
    assert figure_kind("وهالمبلغ عشان إيش بالضبط؟", "كم ناوية مايكروسوفت تصرف هالسنة المالية؟") is None
    assert figure_kind("And what is that money for?", "How much will Microsoft spend?") is None
    assert figure_kind("ولأي غرض؟", "كم ستنفق مايكروسوفت؟") is None
    # ae041: «وماذا عن 2030؟» (and what about 2030?) carries the question on, as "what about" does
    assert figure_kind("وماذا عن 2030؟", "كم استهلكت مراكز البيانات من الكهرباء عام 2024؟") == "TWh"


def sentence(number: int, text: str, article: str = "a", score: float = 0.5, title: str = "", before: str = "") -> Sentence:
    return Sentence(number, article, title, text, score, before)


def test_a_share_question_is_not_answered_with_a_growth_rate():
    """"What share of global electricity…in 2024?" was answered "About 15%", the yearly growth to 2030."""
    evidence = [sentence(1, "ويعني ذلك أن استهلاك مراكز البيانات للكهرباء سينمو بمعدل يقارب ١٥٪ سنويًا بين عامي ٢٠٢٤ و٢٠٣٠.", score=0.6),
                sentence(2, "استهلكت مراكز البيانات نحو ٤١٥ تيراواط/ساعة خلال عام ٢٠٢٤، وهو ما يعادل قرابة ١٫٥٪ من استهلاك الكهرباء في العالم.")]
    share = find_figures("percent", "ما حصة مراكز البيانات من استهلاك الكهرباء العالمي في 2024؟", None, evidence)
    assert [f.value for f in share] == [1.5]
    english = [sentence(1, "Demand is growing by about 15% a year to 2030 from 2024.", score=0.6),
               sentence(2, "In 2024 data centres used about 1.5% of the world's electricity.")]
    assert [f.value for f in find_figures("percent", "What share of the world's electricity did data centres use in 2024?", None, english)] == [1.5]
    assert 15.0 in [f.value for f in _all_candidates("percent", "By what percentage a year is demand growing from 2024?", None, english, None)]


def test_the_year_the_question_names_picks_the_figure_for_that_year():
    evidence = [sentence(1, "Demand could reach about 945 TWh by 2030 and nearly 1,200 TWh by 2035.")]
    assert [f.value for f in find_figures("TWh", "How much by 2035?", None, evidence)] == [1200.0]
    assert [f.value for f in find_figures("TWh", "How much by 2030?", None, evidence)] == [945.0]
    assert find_figures("TWh", "How much in 2040?", None, evidence) == []  # no figure for that year


def test_a_year_inside_a_report_title_is_not_a_time_constraint():
    evidence = [sentence(1, "For 2022 the report put consumption at about 460 TWh."),
                sentence(2, "Data centres used about 415 TWh in 2024.", article="b", score=0.6)]
    figures = find_figures("TWh", "Per the Electricity 2024 report, how much power was used in 2022?", None, evidence)
    assert [f.value for f in figures] == [460.0]


def test_the_question_words_next_to_a_figure_choose_between_two_in_one_sentence():
    evidence = [sentence(1, "It plans to raise 30 billion dollars initially, and up to 100 billion dollars including debt.")]
    assert [f.value for f in find_figures("USD", "How much will it raise initially?", None, evidence)] == [30e9]
    assert [f.value for f in find_figures("USD", "How much including debt?", None, evidence)] == [100e9]


def test_a_figure_the_question_itself_states_is_not_the_answer():
    evidence = [sentence(1, "Microsoft will spend $80 billion, and more than half of the $80 billion in the US.")]
    assert find_figures("USD", "Where will the $80 billion be spent, how much?", None, evidence) == []


def test_articles_giving_different_figures_for_the_same_year_are_both_shown():
    evidence = [sentence(1, "Consumption could exceed 1,000 TWh by 2026.", article="news", score=0.5),
                sentence(2, "Its base case is just over 800 TWh in 2026.", article="report", score=0.2),
                sentence(3, "Consumption was about 460 TWh in 2022.", article="report", score=0.4)]
    figures = find_figures("TWh", "How much electricity by 2026?", None, evidence, min_score=0.15)
    assert [(f.value, f.hedge, f.sentence.number) for f in figures] == [(1000.0, "more than", 1), (800.0, "just over", 2)]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("And its central forecast for 2026?", 800.0),  # "central" stood beside 1,000 in "not its central expectation"
        ("What is the base case for 2026?", 800.0),
        ("ما تقدير سيناريو الأساس لعام 2026؟", 800.0),
        ("What is the high case for 2026?", 1000.0),
    ],
)
def test_a_question_naming_a_forecast_scenario_gets_the_figure_its_clause_calls_so(question, value):
    evidence = [sentence(1, "Consumption could exceed 1,000 TWh by 2026, the high end of the range: it is the high case, "
                            "not its central expectation.", article="report", score=0.5),
                sentence(2, "A summary: about 460 TWh in 2022; just over 800 TWh in 2026 in the base case; "
                            "more than 1,000 TWh in 2026 only in the high case.", article="report", score=0.3)]
    assert [f.value for f in find_figures("TWh", question, None, evidence)] == [value]


def test_another_quantity_of_the_best_source_is_not_a_disagreement():
    evidence = [sentence(1, "The partnership aims to raise $30 billion initially.", article="news", score=0.5),
                sentence(2, "The partnership could reach $100 billion with debt.", article="news", score=0.45),
                sentence(3, "The partnership will mobilise up to $100 billion.", article="note", score=0.45,
                         title="The Partnership")]
    assert [f.value for f in find_figures("USD", "How much will the Partnership raise initially?", None, evidence)] == [30e9]


def test_the_article_about_the_subject_is_heard_when_it_states_another_figure():
    """"How big is Stargate's spending plan?": a news story mentions Stargate's $100 billion in
    passing and ranks higher; the Stargate background note gives its $500 billion ceiling too."""
    evidence = [sentence(1, "Stargate plans to spend up to 100 billion dollars.", article="news", score=0.45, title="xAI joins the fund"),
                sentence(2, "The project's spending is to reach 500 billion dollars over four years.", article="note", score=0.2,
                         title="Background: the Stargate project")]
    figures = find_figures("USD", "How big is Stargate's spending plan?", None, evidence)
    assert [(f.value, f.sentence.number) for f in figures] == [(100e9, 1), (500e9, 2)]


def test_two_dates_are_two_events_not_a_disagreement():
    evidence = [sentence(1, "The report was published on 10 April 2025.", article="a"),
                sentence(2, "Stargate was announced on 21 January 2025.", article="b", score=0.49)]
    assert len(find_figures("date", "When was the report published?", None, evidence)) == 1


@pytest.mark.parametrize(
    ("kind", "value", "hedge", "english", "arabic"),
    [
        ("USD", 30e9, None, "$30 billion", "30 مليار دولار"),
        ("USD", 1.5e12, "up to", "up to $1.5 trillion", "ما يصل إلى 1.5 تريليون دولار"),
        ("TWh", 1200.0, "about", "about 1,200 TWh", "نحو 1200 تيراواط/ساعة"),
        ("TWh", 800.0, "just over", "just over 800 TWh", "ما يزيد قليلًا على 800 تيراواط/ساعة"),
        ("percent", 1.5, "about", "about 1.5%", "نحو 1.5%"),
        ("date", 20250410.0, None, "10 April 2025", "10 أبريل 2025"),
    ],
)
def test_figures_are_written_in_the_question_language(kind, value, hedge, english, arabic):
    figure = Figure(kind, value, hedge, sentence(1, ""), 0.0, False)
    assert format_figure(figure, "en") == english
    assert format_figure(figure, "ar") == arabic


@pytest.mark.parametrize(
    ("source", "question", "language"),
    [
        ("ويتوقع التقرير أن يبلغ الاستهلاك نحو ٩٤٥ تيراواط/ساعة بحلول عام ٢٠٣٠.", "How much electricity by 2030?", "en"),
        ("The partnership will raise an initial 30 billion US dollars.", "كم ستجمع الشراكة من الدولارات؟", "ar"),
        ("وهو ما يعادل قرابة ١٫٥٪ من استهلاك الكهرباء في العالم.", "What share of the world's electricity?", "en"),
        ("نشرت الوكالة يوم ١٠ أبريل ٢٠٢٥ تقريرًا.", "When was the report published?", "en"),
    ],
)
def test_a_figure_written_across_languages_passes_the_grounding_check(source, question, language):
    # Every question word "translates" to the source's words: this test is about writing the
    # figure, not about choosing it.
    translations = {token: bm25_tokens(source) for token in bm25_tokens(question)}
    figure = find_figures(expected_kind(question), question, None, [sentence(1, source)], translations=translations)[0]
    answer = f"{format_figure(figure, language)} [1]."
    check = verify(answer, [source], language, question)
    assert check.ok, check.problems()


def test_an_answer_of_another_kind_of_figure_is_off_type():
    assert kind_mismatch("percent", "Smith announced it on 19 March 2025 [3].") == (
        "the question asks for a percentage but the answer gives a date")
    assert kind_mismatch("USD", "About 945 TWh in the base case [1].") == "the question asks for an amount of money but the answer gives an amount of electricity"
    assert kind_mismatch("percent", "More than half of it [1].") is None  # no figure at all
    assert kind_mismatch("USD", "$80 billion in fiscal 2025, announced on 3 January 2025 [1].") is None  # the asked kind is there
    assert kind_mismatch(None, "On 19 March 2025 [1].") is None


def test_a_figure_with_nothing_tying_it_to_the_question_is_not_an_answer():
    evidence = [sentence(1, "Data centres used about 1.5% of the world's electricity.")]
    assert find_figures("percent", "What share of Microsoft's budget goes abroad?", None, evidence) == []
    assert [f.value for f in find_figures("percent", "What share of the world's electricity?", None, evidence)] == [1.5]


def test_a_figure_given_only_for_other_years_than_the_one_asked_means_the_answer_is_not_stated():
    evidence = [sentence(1, "Microsoft will spend about $80 billion in fiscal year 2025.")]
    question = "How much did Microsoft spend in fiscal year 2024?"
    assert find_figures("USD", question, None, evidence) == []
    assert years_stated_instead("USD", question, None, evidence) == [2025]
    assert years_stated_instead("USD", "How much will Microsoft spend in fiscal year 2025?", None, evidence) == []
    assert years_stated_instead("USD", "How much will Microsoft spend?", None, evidence) == []  # no year asked


@pytest.mark.parametrize("question", [
    "What yearly growth rate does the IEA expect between 2024 and 2030?",
    "ما معدل النمو السنوي المتوقع حتى 2030؟",
])
def test_a_rate_over_a_period_is_the_rate_for_each_year_in_it(question):
    evidence = [sentence(1, "ويعني ذلك أن الاستهلاك سينمو بمعدل يقارب ١٥٪ سنويًا بين عامي ٢٠٢٤ و٢٠٣٠.")]
    assert [f.value for f in find_figures("percent", question, None, evidence)] == [15.0]
    assert years_stated_instead("percent", question, None, evidence) == []


def test_a_follow_up_is_not_answered_with_the_figure_the_last_answer_gave():
    """"When did the partnership itself launch?" after "Announced on 19 March 2025" asks for another date."""
    evidence = [sentence(1, "On Wednesday, 19 March 2025, the partners announced that Nvidia and xAI joined the partnership.", score=0.7),
                sentence(2, "The partnership was launched on 17 September 2024 by BlackRock.", score=0.4)]
    question, previous = "And when was the partnership itself launched?", "When did Nvidia and xAI join the partnership?"
    assert [f.value for f in find_figures("date", question, previous, evidence, answered="On 19 March 2025.")] == [20240917]
    # An answer giving two dates does not say which one was the answer: neither is set aside.
    both = "Announced on 19 March 2025; launched on 17 September 2024."
    assert [f.value for f in find_figures("date", question, previous, evidence, answered=both)][0] == 20250319


def test_a_quoted_title_is_named_by_its_words_in_a_row_in_either_language():
    translations = {"كهرباء": ["electricity", "power"]}
    assert names_title("الكهرباء 2024", "Electricity 2024 is the IEA's yearly analysis of power markets.", translations)
    assert names_title("الكهرباء 2024", "صدر تقرير «الكهرباء 2024» في يناير.", {})
    assert not names_title("الكهرباء 2024", "استهلكت مراكز البيانات نحو ٤١٥ تيراواط/ساعة من الكهرباء خلال عام ٢٠٢٤.", translations)


def test_for_a_question_naming_a_year_a_figure_from_a_sentence_without_one_is_not_the_answer():
    evidence = [sentence(1, "Microsoft pledged about $80 billion for the current fiscal year.")]
    assert find_figures("USD", "How much did Microsoft pledge in 2024?", None, evidence) == []
    assert [f.value for f in find_figures("USD", "How much did Microsoft pledge?", None, evidence)] == [80e9]


def test_the_year_of_a_figure_the_question_states_is_the_year_written_beside_it():
    evidence = [sentence(1, "Demand could reach about 945 TWh by 2030 and nearly 1,200 TWh by 2035.")]
    found = year_of_stated_figure("In which year could demand approach 1,200 TWh?", evidence)
    assert [(f.kind, f.value) for f in found] == [("year", 2035.0)] and format_figure(found[0], "ar") == "عام 2035"
    assert year_of_stated_figure("In which year could demand reach 1,500 TWh?", evidence) == []


def test_a_figure_the_question_states_and_no_source_does_is_a_false_premise():
    evidence = [sentence(1, "The base case puts demand at about 945 TWh in 2030.")]
    assert contradicted_figure("Why did the IEA cut its 2030 estimate to 500 TWh?", evidence) == "TWh"
    assert contradicted_figure("Why did the IEA raise its 2030 estimate to 945 TWh?", evidence) is None
    assert contradicted_figure("Why did the IEA change its 2030 estimate?", evidence) is None  # states no figure
    # The answer is the sources' own figure for what the question names, never the question's.
    assert [f.value for f in find_figures("TWh", "Why did the IEA cut its 2030 estimate to 500 TWh?", None, evidence)] == [945.0]


def test_a_question_word_beside_the_figure_beats_one_across_a_clause_break():
    debt = [sentence(1, "The targets stayed the same: 30 billion dollars initially, and up to 100 billion dollars once debt is included.")]
    assert [f.value for f in find_figures("USD", "How large is the target including debt?", None, debt)] == [100e9]
    cases = [sentence(1, "About 460 TWh in 2022; just over 800 TWh in 2026 in the base case; more than 1,000 TWh in 2026 only in the high case.")]
    assert [f.value for f in find_figures("TWh", "What is the base case for 2026?", None, cases)] == [800.0]


def test_a_question_comparing_years_gets_a_figure_for_each_year():
    assert compared_years("Does demand more than double between 2022 and 2026?") == [2022, 2026]
    # A year in an unquoted Arabic name is no time: one year asked, not two compared.
    assert compared_years("ما الرقم الذي ذكره تقرير الكهرباء 2024 للحالة المرتفعة في 2026؟") == []
    assert compared_years("وبحلول 2035؟") == []  # a follow-up's one year is not a comparison
    # bo034: a year before a report's name is its edition's
    assert compared_years("the agency's 2024 electricity report gave a range for 2026, what were the ends?") == []
    # The asker's context tells one year's figure; the question after it asks about one other year.
    assert compared_years("Microsoft's AI data-centre spend is ~80bn for FY2025 — what's the figure for fiscal 2026?") == []
    assert compared_years("The article says it doubles between 2022 and 2026. Is that what the IEA expects?") == [2022, 2026]
    evidence = [sentence(1, "Demand was about 460 TWh in 2022."), sentence(2, "It could pass 1,000 TWh in 2026.", article="b")]
    question = "Does demand more than double between 2022 and 2026?"
    assert [f.value for f in find_figures("TWh", question, None, evidence, years={2022})] == [460.0]
    assert [f.value for f in find_figures("TWh", question, None, evidence, years={2026})] == [1000.0]


def test_a_written_range_is_one_figure_and_a_range_question_gets_it_whole():
    evidence = [sentence(1, "For 2026 the report gives no single number.", score=0.6),
                sentence(2, "It gives a range from 620 TWh to 1,050 TWh.", before="For 2026 the report gives no single number."),
                sentence(3, "Consumption could exceed 1,000 TWh by 2026.", article="news", score=0.7)]
    found = find_figures("TWh", "What range does the report give for 2026?", None, evidence)
    assert [(f.value, f.upper, f.sentence.number) for f in found] == [(620.0, 1050.0, 2)]
    assert format_figure(found[0], "en") == "620 TWh to 1,050 TWh"
    assert format_figure(found[0], "ar") == "من 620 تيراواط/ساعة إلى 1050 تيراواط/ساعة"
    # au007: a spread of outcomes is the range too, not its high end
    spread = find_figures("TWh", "For 2026, what spread of outcomes does the report project?", None, evidence)
    assert [(f.value, f.upper) for f in spread] == [(620.0, 1050.0)]
    # Without the sentence before it, the range is for no year the question names.
    alone = [sentence(2, "It gives a range from 620 TWh to 1,050 TWh.")]
    assert find_figures("TWh", "What range does the report give for 2026?", None, alone) == []


def test_a_change_from_one_figure_to_another_is_not_a_range():
    evidence = [sentence(1, "Demand rises from about 460 TWh in 2022 to just over 800 TWh in 2026.")]
    found = find_figures("TWh", "How much in 2026?", None, evidence)
    assert [(f.value, f.upper) for f in found] == [(800.0, None)]


def test_a_share_written_as_a_word_is_a_percentage_figure_written_as_a_word():
    evidence = [sentence(1, "More than half of the total is to be spent in the United States, the rest abroad.")]
    found = find_figures("percent", "What share will be spent in the United States?", None, evidence)
    assert [(f.value, f.hedge, f.fraction) for f in found] == [(50.0, "more than", "half")]
    assert format_figure(found[0], "en") == "more than half" and format_figure(found[0], "ar") == "أكثر من النصف"
    # A period is not a share: "the first half of 2025" has no hedge.
    period = [sentence(1, "Spending rose in the first half, the company said.")]
    assert find_figures("percent", "What share went to the US?", None, period) == []


def test_a_when_question_is_answered_by_a_year_or_month_when_that_is_all_the_source_gives():
    evidence = [sentence(1, "The exchange was revived in 1991 after the fall of communism.", score=0.6),
                sentence(2, "A letter on the exchange rate was published on 2 March 2017.", article="b", score=0.3)]
    found = find_figures("date", "When was the exchange revived?", None, evidence)
    assert [format_figure(f, "en") for f in found] == ["1991"]
    assert format_figure(find_figures("date", "متى أُحييت البورصة؟", None, [sentence(1, "أُحييت البورصة في أبريل 1991.")])[0], "ar") == "أبريل 1991"
    # "On what date" wants a day; a year the question names, or a fiscal-year label, is not the answer.
    assert [f.value for f in find_figures("date", "On what date was the exchange revived?", None, evidence)] == [20170302.0]
    label = [sentence(1, "Microsoft will spend $80 billion in fiscal year 2025.")]
    assert find_figures("date", "When does the fiscal year end?", None, label) == []
    assert find_figures("date", "What happened in 1991, when was it?", None, evidence[:1]) == []


def test_the_answer_figure_comes_from_the_best_ranked_passages_others_only_disagree():
    """In a large corpus a figure beside one question word in another story outscored the right
    passage; only the best-ranked chunks may supply the answer, the rest may add a disagreement."""
    stray = Sentence(2, "other", "", "Consumption could exceed 1,000 TWh by 2026.", 0.9, "", False)
    assert find_figures("TWh", "How much electricity by 2026?", None, [stray]) == []
    best = sentence(1, "Its base case is just over 800 TWh in 2026.", article="report", score=0.3)
    found = find_figures("TWh", "How much electricity by 2026?", None, [stray, best], min_score=0.15)
    assert [(f.value, f.sentence.number) for f in found] == [(800.0, 1), (1000.0, 2)]


def test_a_question_using_initials_points_at_the_figure_beside_the_name_spelt_out():
    # "IEA" is nowhere in the sentence, but "International Energy Agency" ends a few words before the date.
    source = ("Electricity 2024 is the International Energy Agency's yearly analysis of power markets, "
              "published on 24 January 2024 with forecasts running to 2026.")
    other = "For 2022 the IEA put that combined consumption at about 460 terawatt-hours (TWh)."
    question = "When was the IEA's Electricity 2024 report released?"
    # Scored as retrieval ranks them: the publication sentence first. Without its initials the date
    # would be near none of the question's words, and the bare year 2022 beside "IEA" would answer.
    found = find_figures(expected_kind(question), question, None, [sentence(1, source, score=0.38), sentence(2, other, score=0.31)])
    assert [figure.value for figure in found] == [20240124.0]


def test_the_years_a_question_asks_about_are_read_in_order_and_a_title_year_is_not_one():
    """"In 2024?" opening a follow-up was read as a title like "Electricity 2024", so "And the year
    after?" had no year to count from."""
    assert asked_years("In 2024?") == [2024]
    assert asked_years("By 2030, and then in 2035?") == [2030, 2035]
    assert asked_years("What did Electricity 2024 say for 2026?") == [2026]
    # x036: "And 2035?" is no title like "Electricity 2024": a connective opens it
    assert asked_years("And 2035? exact wording of the figure please.") == [2035]
    # A title with Arabic-Indic digits is a title too: 2024 is not compared with 2026 here.
    assert asked_years("في تقرير الكهرباء ٢٠٢٤، قديش حطّت الوكالة نطاق الاستهلاك سنة ٢٠٢٦؟") == [2026]
    # bm012: a quoted claim measuring something is relayed, not a title; a quoted title still is one
    assert asked_years("شفت بوست مكتوب فيه «مراكز البيانات رح تستهلك أكتر من ١٠٠٠ تيراواط/ساعة سنة ٢٠٢٦» هاد الرقم الرسمي؟") == [2026]
    assert asked_years("What did «الكهرباء 2024» say about 2026?") == [2026]
    # by015: "E2024" is Electricity 2024 cut short; a fiscal year set so is still a time
    assert asked_years("IEA E2024, DC+AI+crypto: full 2026 range, low / high bound in TWh") == [2026]
    assert asked_years("MSFT FY2025 AI capex figure?") == [2025]


def test_the_titles_a_question_names_quoted_or_not():
    assert titles_named("when did the IEA put out its Electricity 2024 report?") == ["Electricity 2024"]
    assert titles_named("في تقرير الكهرباء ٢٠٢٤، قديش حطّت الوكالة النطاق؟") == ["الكهرباء 2024"]
    assert titles_named("متى صدر تقرير «الكهرباء 2024»؟") == ["الكهرباء 2024"]
    assert titles_named("In 2024, how much did it raise?") == []


def test_a_year_a_figure_is_for_is_not_the_date_of_an_event():
    """"For 2022 the IEA put that combined consumption at about 460 TWh" answered "When did the IEA
    put out its Electricity 2024 report?" with 2022."""
    question = "when did the IEA put out its Electricity 2024 report?"
    found = find_figures("date", question, None, [sentence(1, "For 2022 the IEA put that combined consumption at about 460 TWh.", score=0.4)])
    assert found == []


def test_a_date_answers_an_event_only_when_its_sentence_tells_of_that_event():
    """"When will the first Stargate data centre open?" was answered with the day Stargate was
    announced, and «في أي سنة تأسست شركة إم جي إكس؟» with the day the partnership MGX backs was unveiled."""
    announced = sentence(1, "Stargate was announced on 21 January 2025 to build data centres in the US.", score=0.5)
    assert find_figures("date", "When will the first Stargate data centre open?", None, [announced]) == []
    assert event_untold("When will the first Stargate data centre open?", [announced])
    assert [f.value for f in find_figures("date", "When was Stargate announced?", None, [announced])] == [20250121.0]
    assert not event_untold("When was Stargate announced?", [announced])  # no event of the list: the words beside the date decide

    # Names after "by" took part; the partnership was unveiled, MGX was not founded.
    unveiled = Sentence(1, "aip", "The AI Infrastructure Partnership", "It was unveiled on 17 September 2024 by BlackRock, its infrastructure investor GIP, Microsoft and MGX.",
                        0.5, "The AI Infrastructure Partnership started out under a longer name.")
    assert event_untold("In what year was MGX founded?", [unveiled])
    assert event_untold("في أي سنة تأسست شركة «إم جي إكس»؟", [unveiled])
    assert [f.value for f in find_figures("date", "When was the AI Infrastructure Partnership founded?", None, [unveiled])] == [20240917.0]
    # …but a sentence that starts with the event names what it happened to after "by".
    columbus = sentence(1, "Founded in 1828 by an act of the Georgia Legislature, Columbus was a river port.")
    assert [f.value for f in find_figures("date", "When was Columbus founded?", None, [columbus])] == [18280000.0]

    # Unquoted Arabic names are read through the question's other words.
    army = sentence(1, "تأسس الجيش النظامي في عام 1919.")
    assert find_figures("date", "متى تأسس الفيسبوك؟", None, [army]) == [] and event_untold("متى تأسس الفيسبوك؟", [army])
    # An end is told by "until" too, and a follow-up's subject is the earlier question's.
    year_end = sentence(1, "Microsoft's fiscal year 2025 runs until 30 June 2025.")
    assert [f.value for f in find_figures("date", "When does that year end?", "How much will Microsoft spend in fiscal 2025?", [year_end])] == [20250630.0]
    # A launch told without a date the finder reads is quoted, not refused.
    launched = sentence(1, "BlackRock launched the fund in September of last year.")
    assert not event_untold("When was the fund founded?", [launched])


def test_a_high_case_is_given_with_the_base_case_beside_it():
    """«صحيح إن الاستهلاك رح يتخطى ألف تيراواط/ساعة سنة ٢٠٢٦؟» and «ما توقعات الوكالة لـ٢٠٢٦؟» were
    answered with the high case alone: the note in English calling it so scored below the
    threshold for a question in Arabic."""
    news = sentence(1, "وتشير تقديرات الوكالة إلى أن الاستهلاك قد يتجاوز 1000 تيراواط/ساعة بحلول عام 2026.", article="news", score=0.35)
    note = sentence(2, "A careful summary: just over 800 TWh in 2026 in the base case; more than 1,000 TWh in 2026 only in the high case.",
                    article="note", score=0.11)
    found = find_figures("TWh", "ما توقعات الوكالة للاستهلاك في ٢٠٢٦؟", None, [news, note], min_score=0.15)
    assert [(f.value, f.case) for f in found] == [(1000.0, None), (800.0, "base")]
    assert format_figure(found[1], "en") == "just over 800 TWh in the base case"
    assert format_figure(found[1], "ar") == "ما يزيد قليلًا على 800 تيراواط/ساعة في سيناريو الأساس"
    # A question stating the high case's figure gets both, also when it takes it for the base case
    # («… فهل هذا هو تقديرها الأساسي؟» got the base case alone); one naming its case rightly, that one.
    stated = "صحيح إن الاستهلاك رح يتخطى ألف تيراواط/ساعة سنة ٢٠٢٦؟"
    assert [f.value for f in scenarios_stated("TWh", stated, None, [news, note])] == [1000.0, 800.0]
    assert [f.value for f in scenarios_stated("TWh", "Is 1,000 TWh in 2026 the IEA's main forecast?", None, [news, note])] == [1000.0, 800.0]
    assert scenarios_stated("TWh", "Is 1,000 TWh in 2026 the IEA's high case?", None, [news, note]) == []
    # Without another scenario in the same article, a figure is just confirmed.
    assert scenarios_stated("TWh", stated, None, [news]) == []


_FUND_TITLE = "xAI and Nvidia join the AI Infrastructure Partnership"


@pytest.mark.parametrize("question", ["How big is the AI infrastructure fund?", "What is the size of the AI fund that xAI and Nvidia joined?"])
def test_a_sum_told_of_others_than_the_question_names_is_not_its_answer(question):
    """"How big is the AI infrastructure fund?" was answered with Stargate's "up to $100 billion", a
    sentence sharing three of its words; "The partnership plans to raise…" shares none, but its
    article's title says which partnership it is."""
    evidence = [
        sentence(1, "SoftBank and OpenAI launched their own project, Stargate, to build AI infrastructure, with plans to spend "
                    "up to 100 billion dollars.", score=0.45, title=_FUND_TITLE),
        Sentence(2, "a", _FUND_TITLE, "Microsoft has pledged to spend nearly 80 billion dollars to build AI infrastructure.", 0.35,
                 opening_name=("Microsoft",)),
        sentence(3, "The partnership plans to raise an initial 30 billion US dollars, according to the Emirates News Agency (WAM).",
                 score=0.15, title=_FUND_TITLE),
    ]
    assert [f.value for f in find_figures("USD", question, None, evidence)] == [30e9]


def test_a_sum_a_sentence_tells_of_its_title_refers_to_the_title_in_arabic():
    evidence = [
        sentence(1, "وتأتي هذه الخطوة بعد إطلاق “SoftBank” مشروعها “Stargate” لبناء البنية التحتية للذكاء الاصطناعي بخطط لإنفاق "
                    "ما يصل إلى 100 مليار دولار.", score=0.45, title="«إكس إيه آي» و«إنفيديا» تنضمان إلى شراكة البنية التحتية للذكاء الاصطناعي"),
        sentence(2, "وتخطط هذه الشراكة لجمع 30 مليار دولار أمريكي مبدئيًا من المستثمرين.", score=0.15,
                 title="«إكس إيه آي» و«إنفيديا» تنضمان إلى شراكة البنية التحتية للذكاء الاصطناعي"),
    ]
    assert [f.value for f in find_figures("USD", "كم قيمة صندوق البنية التحتية للذكاء الاصطناعي؟", None, evidence)] == [30e9]


def test_a_sum_of_the_one_the_question_names_is_still_its_answer():
    evidence = [sentence(1, "SoftBank and OpenAI launched Stargate with plans to spend up to 100 billion dollars.", score=0.45),
                sentence(2, "The partnership plans to raise an initial 30 billion US dollars.", score=0.15, title=_FUND_TITLE)]
    assert [f.value for f in find_figures("USD", "How much will Stargate spend?", None, evidence)] == [100e9]


def test_a_scenario_the_sources_do_not_give_for_the_year_asked_is_not_stated():
    """«… عام 2030 في السيناريو المرتفع؟» was answered with the base case's 945 TWh."""
    evidence = [sentence(1, "ويتوقع التقرير في سيناريو الأساس أن يبلغ الاستهلاك نحو ٩٤٥ تيراواط/ساعة بحلول عام ٢٠٣٠.")]
    high = "ما تقدير وكالة الطاقة الدولية لاستهلاك مراكز البيانات من الكهرباء عام 2030 في السيناريو المرتفع؟"
    assert find_figures("TWh", high, None, evidence) == []
    assert cases_stated_instead("TWh", high, None, evidence)
    base = "ما تقدير سيناريو الأساس لاستهلاك مراكز البيانات من الكهرباء عام 2030؟"
    assert not cases_stated_instead("TWh", base, None, evidence)
    assert [f.value for f in find_figures("TWh", base, None, evidence)] == [945.0]


def test_a_figure_the_asker_read_elsewhere_gets_every_figure_the_sources_give():
    evidence = [sentence(1, "The project starts by spending 100 billion dollars at once, rising to 500 billion dollars over four years.",
                         title="Background: the Stargate project")]
    question = "how much is Stargate actually spending? the article i read said up to 100bn"
    assert [f.value for f in find_figures("USD", question, None, evidence)] == [100e9, 500e9]


def test_sums_typed_without_a_currency_are_the_sums_asked_about():
    evidence = [sentence(1, "The project starts by spending 100 billion dollars at once, rising to 500 billion dollars over four years.",
                         title="Background: the Stargate project")]
    question = "how much money is actually going into Stargate? ive seen both 100bn and 500bn quoted"
    assert sorted(f.value for f in find_figures("USD", question, None, evidence)) == [100e9, 500e9]


@pytest.mark.parametrize("question", ["What high-case figure does the report give for data-centre electricity in 2030?",
                                      "what's the high case for data centre electricity in 2030?"])
def test_a_hyphenated_scenario_is_the_scenario_asked_for(question):
    evidence = [sentence(1, "In the base case, data centres use about 945 TWh of electricity by 2030.")]
    assert cases_stated_instead("TWh", question, None, evidence)


def test_a_year_the_turn_before_gave_another_event_is_no_year_of_the_figure():
    """"how much were they hoping to raise at first?" after "who joined … in march 2025?" got no figure:
    the 2025 is when they joined, not the year of the sum."""
    evidence = [sentence(1, "The partnership plans to raise an initial 30 billion US dollars.", title=_FUND_TITLE)]
    previous = "who joined the AI Infrastructure Partnership in march 2025? and who set it up originally?"
    assert [f.value for f in find_figures("USD", "how much were they hoping to raise at first?", previous, evidence)] == [30e9]
    # A year the turn before asked a figure for still holds: "And including debt?" after "How much in 2026?".
    assert find_figures("USD", "And including debt?", "How much will the partnership raise in 2026?", evidence) == []


def test_a_sentence_opening_with_its_teller_still_names_whose_sum_it_is():
    """"According to the post, Microsoft was on track to spend…" is Microsoft's sum, not the fund's."""
    evidence = [sentence(1, "According to the post, Microsoft was on track to spend approximately 80 billion US dollars on AI.",
                         score=0.5, title=_FUND_TITLE),
                sentence(2, "The partnership plans to raise an initial 30 billion US dollars for AI infrastructure.", score=0.2,
                         title=_FUND_TITLE)]
    assert [f.value for f in find_figures("USD", "How big is the AI infrastructure fund?", None, evidence)] == [30e9]


@pytest.mark.parametrize(("question", "answered", "refined"), [
    ("طيب وبأي تاريخ بالضبط انعلن عنه؟", "أطلقته «بلاك روك» في سبتمبر 2024.", {(2024, 9)}),
    ("And on which exact day?", "In September 2024.", {(2024, 9)}),
    ("And when did it launch?", "In September 2024.", set()),  # not asked exactly: maybe another event
    ("And on which exact day?", "On 19 March 2025.", set()),  # the answer gave its day
])
def test_a_follow_up_asking_the_exact_date_refines_the_month_the_last_answer_gave(question, answered, refined):
    assert months_refined("date", question, answered) == refined


def test_a_follow_up_asking_the_exact_day_refines_the_month_the_last_question_named():
    assert months_refined("date", "وبأي يوم بالضبط؟", "أطلقته بلاك روك.", "مين أطلق الصندوق في سبتمبر؟") == {(None, 9)}


def test_a_hyphenated_adjective_names_no_one_whose_sum_it_could_be():
    """"…on AI-enabled data centres" is Microsoft's sum: "AI-enabled" is no other name."""
    evidence = [sentence(1, "Microsoft expects to spend about $80 billion on AI-enabled data centres in fiscal year 2025.", score=0.5),
                sentence(2, "The company will spend about 80 billion dollars on AI data centres in fiscal year 2025.", score=0.45)]
    [figure] = find_figures("USD", "How much will Microsoft spend on AI data centres in fiscal 2025?", None, evidence)
    assert figure.sentence.number == 1


@pytest.mark.parametrize(("question", "things"), [
    ("which is bigger: microsoft's fy2025 data center budget or the initial capital AIP wants to raise?",
     ("microsoft's fy2025 data center budget", "the initial capital AIP wants to raise")),
    ("أيهما أكبر: ميزانية مايكروسوفت أم المبلغ الأولي للشراكة؟", ("ميزانية مايكروسوفت", "المبلغ الأولي للشراكة")),
    ("Which company joined first?", None),
    ("How big is the fund or the budget?", None),
    ("which is bigger, this or that?", None),  # no earlier question for "this" to stand for
    # a043, j035: "Is A more or less than B?", «شكون غادي يصرف كثر: A ولا B؟» (who will spend more)
    ("Is AIP's initial capital raise more or less than what Microsoft alone is spending? roughly by how much?",
     ("AIP's initial capital raise", "what Microsoft alone is spending")),
    ("شكون غادي يصرف كثر: ميكروسوفت هاد العام ولا المشروع ديال سوفت بنك؟", ("ميكروسوفت هاد العام", "المشروع ديال سوفت بنك")),
    ("هل إنفاق مايكروسوفت أكبر من تمويل الشراكة؟", ("إنفاق مايكروسوفت", "تمويل الشراكة")),
    # a bound or a multiple is no second thing
    ("Is the cluster more than 100,000 GPUs?", None),
    ("هل فعلاً استهلاك مراكز البيانات رح يصير أكثر من ضعف مستوى ٢٠٢٢ بحلول ٢٠٢٦؟", None),
    # bb032, bb043: a question set beside a thing, which may state its own figure
    ("مايكروسوفت هتصرف كام في السنة المالية ٢٠٢٦ مقارنة بالـ٨٠ مليار بتوع السنة دي؟",
     ("مايكروسوفت هتصرف كام في السنة المالية ٢٠٢٦", "الـ٨٠ مليار بتوع السنة دي")),
    ("How much has the partnership actually collected so far, measured against its $30bn initial goal?",
     ("How much has the partnership actually collected so far", "its $30bn initial goal")),
    ("How does the size of xAI's cluster compare with the number of GPUs it plans?",
     ("the size of xAI's cluster", "the number of GPUs it plans")),
    # cf011: a ratio of one to the other needs both
    ("Express Microsoft's FY2025 AI data-centre spend as a ratio to AIP's with-debt ceiling, two decimals.",
     ("Microsoft's FY2025 AI data-centre spend", "AIP's with-debt ceiling")),
])
def test_a_question_comparing_two_things_is_read_as_both(question, things):
    assert compared_things(question) == (things if things is None else tuple(things))


def test_this_sum_set_beside_another_is_the_sum_the_earlier_question_asked():
    """cf027: «هذا المبلغ أكثر ولا أقل من…» (is this sum more or less than…) after a question on
    Microsoft's spending compares Microsoft's sum, with no «هل» to open it."""
    earlier = "كم تعهدت مايكروسوفت تصرف على مراكز البيانات؟"
    assert compared_things("طيب هذا المبلغ أكثر ولا أقل من اللي تبي الشراكة تجمعه مبدئيا؟ وكم الفرق؟", earlier) == (
        earlier, "اللي تبي الشراكة تجمعه مبدئيا")
    assert compared_things("الاستهلاك أكثر من الضعف؟", earlier) is None


def test_it_in_a_comparison_is_what_the_earlier_question_asked_about():
    """z050: «طيب مين أكبر؟ هي ولا ستارغيت؟» after «كم تبي الشراكة تجمع؟» compared nothing."""
    assert compared_things("طيب مين أكبر؟ هي ولا ستارغيت؟", "كم تبي الشراكة تجمع؟") == ("كم تبي الشراكة تجمع؟", "ستارغيت")


def test_a_founding_year_is_not_beaten_by_another_articles_full_date():
    """A per-day preference taken across articles answered "When was Anadolu University founded?"
    with another university's 15 March 1827; within one article the day still wins."""
    evidence = [sentence(1, "Anadolu University is a public university in Turkey founded in 1958.", score=0.6),
                sentence(2, "The University of Toronto was founded on 15 March 1827.", article="b", score=0.5)]
    assert [f.value for f in find_figures("date", "When was Anadolu University founded?", None, evidence)] == [19580000.0]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # Counted back from the article's date, 2025-03-20 (a Thursday).
        ("وأطلقت «بلاك روك» الصندوق في سبتمبر من العام الماضي.", {(2024, 9)}),
        ("BlackRock launched the fund in September of last year.", {(2024, 9)}),
        ("After Stargate was announced last January, Microsoft said …", {(2025, 1)}),
        ("أعلنت «بلاك روك» و«مايكروسوفت»، الأربعاء، عن انضمام «إنفيديا».", {(2025, 3)}),
        ("It opened in October.", {(None, 10)}),
        ("وقال أحد المستثمرين إن الصندوق كبير.", set()),  # «أحد» is "one" here, not Sunday
        # A year written in the sentence dates its months: no other article's day completes them.
        ("أصدرته هولدن في ماي 2013، تبعه قرار فورد في ديسمبر من نفس السنة.", set()),
        ("Charlemagne (2 April 742 – 28 January 814) was king.", set()),
    ],
)
def test_a_month_a_news_sentence_tells_without_its_date_is_counted_from_the_article_date(text, months):
    assert months_told(text, "2025-03-20") == months


def test_a_difference_is_asked_between_two_figures_or_a_ranges_ends():
    assert asks_difference("whats the gap between the low end and the high end, in TWh")
    assert asks_difference("قديش الفرق بين المبلغ اللي بدها تجمعو بالاول والمبلغ الكلي؟")
    assert asks_difference("كم بيزيد استهلاك مراكز البيانات من ٢٠٢٤ لين ٢٠٣٠؟")
    assert not asks_difference("How much will it raise?")
    source = sentence(1, "It will put in 100 billion dollars at once, and up to 500 billion dollars over four years.")
    found = [Figure("USD", value, None, source, 0.5, False, 1.0, None) for value in (100e9, 500e9)]
    assert figures_apart(found) == ("USD", 500e9, 100e9)
    assert figures_apart([Figure("TWh", 620.0, None, source, 0.5, False, 1.0, None, upper=1050.0)]) == ("TWh", 1050.0, 620.0)
    assert figures_apart(found[:1]) is None  # one value: nothing to take from it


@pytest.mark.parametrize(("question", "yes_no"), [
    ("Was Oracle one of Stargate's funders?", True),
    ("هل انسحبت إنفيديا من الشراكة؟", True),
    # ae017: the claim first, the asking after it
    ("A slide says Stargate is chaired by Masayoshi Son. Can you confirm who chairs it?", True),
    ("Who chairs Stargate?", False),
    ("A slide says Stargate is chaired by Masayoshi Son. Who chairs it?", False),
    ("هو صحيح إن استهلاك الداتا سنترز للكهربا هيتضاعف ما بين 2022 و2026؟", True),  # bw040: Egyptian "is it true that"
])
def test_a_question_asks_whether_in_any_of_its_sentences(question, yes_no):
    assert asks_yes_no(question) == yes_no


@pytest.mark.parametrize(("question", "kind"), [
    ("When Stargate was announced in January 2025, how big was it meant to be?", None),  # measured as its sources measure it
    ("When Nvidia and xAI came aboard on 3/19/2025, which two energy companies were named?", None),
    ("When, exactly, was the partnership announced?", "date"),
    ("Up to which year does the Electricity 2024 report forecast?", "year"),
    ("وتوقعاته لحد أي سنة؟", "year"),
])
def test_when_opening_a_clause_places_the_question_in_time_and_asks_no_date(question, kind):
    """ah048, ah004: "When X happened, how big / which…?" was answered with X's date."""
    assert expected_kind(question) == kind


def test_the_last_year_given_is_that_of_the_best_article():
    report = [sentence(1, "Demand reached about 415 TWh in 2024.", score=0.5, article="iea"),
              sentence(2, "It could reach about 945 TWh by 2030 and nearly 1,200 TWh by 2035.", score=0.3, article="iea"),
              sentence(3, "Another outlook runs to 2040 with 2,000 TWh.", score=0.2, article="other")]
    found = last_year_given(report)
    assert [(f.value, f.sentence.number) for f in found] == [(2035.0, 2)]
    assert last_year_given([sentence(1, "No figure for any year here.")]) == []


def test_a_report_is_named_by_its_capitalised_words_before_report():
    assert titles_named("Up to which year does the IEA's Energy and AI report project demand?") == ["Energy and AI"]


@pytest.mark.parametrize("question", [
    "In which year did Microsoft leave the partnership?",
    "في أي تاريخ انسحبت «مايكروسوفت» من الشراكة؟",
    "When did Microsoft and OpenAI sign the new deal?",
    "في أي سنة أسس إيلون ماسك شركة «إكس إيه آي»؟",
])
def test_leaving_signing_and_founding_are_events_a_date_must_tell_of(question):
    """ah035, ah027, ah029: another day (of unveiling, of a fiscal year's end) answered them."""
    unveiled = sentence(1, "It was unveiled on 17 September 2024 by BlackRock, Microsoft and MGX.", score=0.5)
    assert event_untold(question, [unveiled])


def test_took_place_is_no_signing():
    """«وقعت» without its shadda is also "took place": a battle's date was quoted, not given."""
    battle = sentence(1, "معركة كورسك جرت مابين 5 يوليو 1943 و23 أغسطس بين القوات الألمانية والسوفياتية.")
    assert not event_untold("متى وقعت معركة كورسك؟", [battle])


def test_a_follow_up_asking_a_name_asks_no_date():
    """ah041: «وما الاسم…؟» after two date questions was answered with a date."""
    assert figure_kind("وما الاسم الذي صار يحمله الصندوق منذ ذلك الإعلان؟", "ومتى انضمت «إنفيديا» و«إكس إيه آي»؟") is None
    assert figure_kind("And what name did it take?", "When did Nvidia join?") is None


def test_two_articles_ceilings_for_what_the_question_names_are_both_given():
    """ai038: the article's "up to 100 billion dollars" for Stargate scored well above the note's «500 مليار دولار
    كحد أقصى», and only the first was given; two ceilings for one named thing disagree however they score."""
    article = sentence(1, "SoftBank and OpenAI launched their own project, Stargate, which Trump endorsed with plans to spend up to "
                          "100 billion dollars.", article="article", score=0.66)
    note = sentence(2, "Stargate starts with 100 billion dollars now; its planned spending is to reach 500 billion dollars at most "
                       "over four years.", article="note", score=0.18, title="Background: Stargate")
    question = "Stargate involves planned spending of how much?"
    assert [f.value for f in find_figures("USD", question, None, [article, note])] == [100e9, 500e9]
    # a ceiling written after the figure is one, in Arabic too
    arabic = sentence(1, "على أن يصل مجموع استثمارات «ستارغيت» إلى 500 مليار دولار كحد أقصى خلال أربع سنوات.")
    assert find_figures("USD", "ما الحد الأقصى لاستثمارات «ستارغيت»؟", None, [arabic])[0].hedge == "up to"


@pytest.mark.parametrize("question, listed", [
    ("List the data-centre electricity figures in the IEA's Energy and AI report, year by year.", True),
    ("The article quotes several dollar amounts. List every one of them.", True),
    ("عدّد الأرقام التي ذكرها المقال عن استهلاك مراكز البيانات للكهرباء", True),
    ("عدّد كل الأرقام التي يذكرها تقرير «الكهرباء 2024»", True),
    ("How much will Microsoft spend?", False),
    ("List the partners of the AIP.", False),
])
def test_a_list_of_figures_is_asked_for(question, listed):
    assert lists_figures(question) == listed
    assert not listed or expected_kind(question) is not None  # a list of figures asks for figures


@pytest.mark.parametrize("question", ["How many partners joined the AIP in March 2025?", "كم شركة طاقة انضمت إلى الشراكة كمتعاونة؟",
                                      "How many initial funders does Stargate have?"])
def test_how_many_members_asks_no_figure(question):
    """an020: «كم شركة طاقة…؟» was answered in TWh: «طاقة» names the companies' trade."""
    assert expected_kind(question) is None


@pytest.mark.parametrize("question, kind", [
    # am013: «متى» after «إلى أي مدى» is "once", and asks no date; after «و» it asks one.
    ("إلى أيّ مدى قد تتّسع القدرة الاستثمارية للتكتل متى أُضيفت القروض إلى رأس المال المجموع؟", "USD"),
    ("كم استثمرت مايكروسوفت ومتى؟", "date"),
    ("متى أعلن عن ستارغيت؟", "date"),
    # am009: greenbacks are dollars.
    ("How many greenbacks is the coalition hoping to round up from backers on its first pass?", "USD"),
    # an009: a list of dates asks for dates.
    ("List both dates in AIP's history: the day it was unveiled as GAIIP and the day Nvidia and xAI's joining was announced.", "date"),
])
def test_when_once_and_slang_for_dollars(question, kind):
    assert expected_kind(question) == kind


@pytest.mark.parametrize("question, dates", [
    # ap015: both dates asked outright are a list of dates.
    ("How long after the partnership was first unveiled did Nvidia and xAI join it? Give me both dates.", True),
    ("اذكر التاريخين: إطلاق الشراكة وانضمام إنفيديا", True),
    # ap002, r046: a sentence relating the two events answers these ("two months after Stargate").
    ("أيهما جاء أولاً: إعلان ستارغيت أم انضمام إنفيديا إلى الشراكة؟", False),
    ("how long after stargate was announced did nvidia and xai join the ai infrastructure partnership?", False),
])
def test_both_dates_asked_outright_are_a_list_of_dates(question, dates):
    assert lists_figures(question) is dates and (expected_kind(question) == "date") is dates


def test_one_figure_and_another_asks_every_sources_figure():
    """ap049: "The article gives one figure, but I think there's another" got the note's $500 billion alone."""
    assert asks_every_source("If Stargate runs its full course, how big does it get? The article gives one figure, but I think there's another.")
    assert not asks_every_source("How big could Stargate get?")


def test_an_event_is_not_told_by_another_ones_sentence_under_the_articles_title():
    """ap025: "By what date is the partnership expected to finish raising its initial $30 billion?"
    was answered, as if "Microsoft … in the current fiscal year, which ends on 30 June" told of the
    partnership finishing: it sat under a title naming the partnership, and shared "billion"."""
    title = "xAI and Nvidia join the AI Infrastructure Partnership"
    microsoft = Sentence(1, "a", title, "Microsoft has pledged to spend nearly 80 billion dollars in the current fiscal year, which ends on 30 June.",
                         0.5, opening_name=("Microsoft",))
    assert event_untold("By what date is the partnership expected to finish raising its initial $30 billion?", [microsoft])
    assert not event_untold("When does Microsoft's fiscal year end?", [microsoft])


def test_a_launch_is_dated_by_the_day_it_was_unveiled():
    """"When was the AIP launched?" found no date: its note says "It was unveiled on 17 September 2024"."""
    unveiled = sentence(1, "It was unveiled on 17 September 2024 by BlackRock, GIP, Microsoft and MGX.", title="The AI Infrastructure Partnership")
    for question in ("When was the AIP launched?", "When was the partnership founded?"):
        assert [f.value for f in find_figures("date", question, None, [unveiled])] == [20240917]


@pytest.mark.parametrize("question, whether", [
    ("Masayoshi Son chairs Stargate, doesn't he?", True),
    ("Stargate is a $100 billion project, yes or no?", True),
    ("أول مركز بيانات للشراكة راح ينبني في تكساس، مو؟", True),
    ("صح ولا غلط: مايكروسوفت ستنفق 80 مليار دولار؟", True),
    ("Who chairs Stargate?", False),
    ("مو مين يرأس ستارغيت؟", False),  # «مو» opening a turn is no tag
    # bw021: asked indirectly, in a ticket's words
    ("Caller insists use levels off after 2030. Customer wants to know if that is right.", True),
    ("Ticket: caller asks whether Nvidia is still a partner.", True),
    ("Caller asks who chairs Stargate.", False),
    # by037, by039, bz040: a claim, then "right?"
    ("MSFT's ~$80bn AI DC capex is the 4-yr total through 2028, right? need the annualised figure", True),
    ("الداتا سنترز رح تاكل بس 1.5 بالمية من كهربا العالم سنة 2030 صح؟ هيك قريت", True),
    ("سمعت إن مشروع ستارغيت أطلقته مايكروسوفت ويا OpenAI، صح هالكلام؟", True),
    ("Which figure is right?", False),
])
def test_a_tag_question_asks_whether(question, whether):
    """ao018: "Masayoshi Son chairs Stargate, doesn't he?" was not read as asking whether, so the
    pointer to the Arabic note left out the name it checks."""
    assert asks_yes_no(question) is whether


@pytest.mark.parametrize("question, checks", [
    ("I've written \"Brad Smith, Microsoft's CEO\". That's the right title, isn't it?", True),
    ("Can you double-check AIP's first-stage fundraising target for me?", True),
    ("microsofts 80bn is spread over five years right? so how much is that per year", True),
    ("بلاك روك أطلقت الصندوق مع غوغل وأمازون صح ولا لأ", True),
    ("سمعت إن الشراكة رفعت هدفها لـ٥٠ مليار، صح هالكلام؟", True),
    ("هل صحيح أن إنفيديا انسحبت من الشراكة؟", True),
    ("رأيت في تغريدة أن العبارة قالها جينسن هوانغ. هل هذا صحيح، وما منصبه؟", True),
    ("مين الجهة اللي نشرت المقال؟ بدي أكتب المصدر صح بالخبر.", False),  # "correctly", not "right?"
    ("What is the correct initial target?", False),
    ("the news broke in June 2025, right, the same day it got its new name?", True),  # ce032: "right" put mid-sentence
    ("Turn right, then left: which way is the data centre?", False),
])
def test_a_claim_put_to_the_sources_is_told_in_either_language(question, checks):
    """One reading of "is that right?" serves both the figure and date checks and the premise check;
    the two readings it replaces each missed forms the other had ("That's the right title, isn't it?"
    on one side, "double-check" and «صح ولا لأ» on the other)."""
    assert asks_to_confirm(question) is checks


def test_a_yes_no_question_after_a_fronted_phrase_asks_whether():
    """ap047: "By 2026, will data-centre electricity use have doubled from its 2022 level?" was not
    read as asking whether, so each year's figures were not given (the base case was missing)."""
    assert asks_yes_no("By 2026, will data-centre electricity use have doubled from its 2022 level?")
    assert expected_kind("By 2026, will data-centre electricity use have doubled from its 2022 level?") == "TWh"
    assert not asks_yes_no("Apart from Microsoft, who founded it?")
    # A SQuAD-format question: "end up" ends nothing, so no date is put to the sources.
    assert expected_kind("In 1972, did Norway end up joining the European Union?") is None


def test_a_sum_typed_with_a_scale_but_no_currency_is_read_as_dollars():
    """az043: "cut its target to 50bn" states a sum; "1 billion people" counts people."""
    assert [(q.value, q.unit) for q in bare_sums("why did aip cut its target to 50bn when nvidia joined")] == [(50e9, "USD")]
    assert [q.value for q in bare_sums("خفضت هدفها ل ٥٠ مليار؟")] == [50e9]
    assert bare_sums("is it 1 billion people?") == [] and bare_sums("100,000 gpus") == [] and bare_sums("$50bn") == []


def test_dates_a_question_states_have_their_month_at_least():
    """«١٩/٣/٢٠٢٤» is read day first; a bare year is no date; a month-year agrees with any day of it."""
    [numeric] = dates_stated("انضمام إنفيديا انعلن في ١٩/٣/٢٠٢٤، صح؟")
    assert (numeric.year, numeric.month, numeric.day) == (2024, 3, 19)
    assert dates_stated("What will data centres use in 2030?") == []
    [month] = dates_stated("Why was it renamed in September 2024?")
    [day] = dates_stated("It was unveiled on 17 September 2024.")
    assert agrees(month, day) and not agrees(numeric, day)


@pytest.mark.parametrize("question, change", [
    ("What did the IEA put it at for 2020, and how much had it risen by 2022?", True),
    ("how big a jump is the FY2025 budget over that?", True),
    ("قديش زادت بين 2024 و2030؟", True),
    ("What is the gap between the two?", True),
    ("What are the figures for 2024 and 2030?", False),
])
def test_a_change_between_years_is_told_from_a_list_of_them(question, change):
    """A change between two years needs both years' figures; a list of them does not."""
    assert asks_change(question) is change
