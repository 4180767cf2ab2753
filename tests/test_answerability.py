"""The refusal gate's reading of what a question asks for: a slot no source mentions means no answer."""

from __future__ import annotations

import pytest

from bot.answerability import (
    MONEY,
    counts_bought_with_a_sum,
    SourceSentence,
    asked_slots,
    asks_a_purpose,
    asks_realised,
    claimed_owners,
    counts_told,
    figure_agent,
    left_out_choices,
    left_out_option,
    figure_target,
    is_figure_of,
    miscounted_thing,
    misplaced_role_holder,
    question_names,
    tells_a_plan,
    unanswerable_slot,
    uncounted_thing,
    unquoted_speaker,
    unsplit_sum,
    venture_put_into,
)
from bot.text import normalize_for_match

AIP_TITLE = "xAI and Nvidia join the AI Infrastructure Partnership"
STARGATE_TITLE = "خلفية: مشروع «ستارغيت» للبنية التحتية للذكاء الاصطناعي"
SOURCES = [
    SourceSentence("Jensen Huang, chief executive of Nvidia, said the expansion will benefit every country.", AIP_TITLE),
    SourceSentence("وصرح جينسن هوانغ، الرئيس التنفيذي لشركة “إنفيديا”: إن التوسع سيعود بالنفع على الجميع.", AIP_TITLE),
    SourceSentence("The partners are BlackRock, Microsoft and MGX, the Abu Dhabi investment company.", AIP_TITLE),
    SourceSentence("It operates a cluster of more than 100,000 Nvidia graphics processing units.", AIP_TITLE),
    SourceSentence("xAI, owned by Elon Musk, and chipmaker Nvidia are teaming up in an AI infrastructure fund.", AIP_TITLE),
    SourceSentence("تتعاون “إكس إيه آي”، المملوكة لإيلون ماسك، و“إنفيديا” في صندوق للبنية التحتية.", AIP_TITLE),
    SourceSentence("ويتولى رئاسة المشروع ماسايوشي سون، رئيس «سوفت بنك».", STARGATE_TITLE),
    SourceSentence("أما توزيع الأدوار، فإن «سوفت بنك» و«أوبن إيه آي» هما الشريكان الرئيسيان.", STARGATE_TITLE),
    SourceSentence("OpenAI, the company behind ChatGPT, launched Stargate in January.", AIP_TITLE),
    SourceSentence("Data centres used about 415 TWh of electricity in 2024, and the partnership will raise $30 billion.", AIP_TITLE),
]


def gate(question: str) -> str | None:
    missing = unanswerable_slot(asked_slots(question), SOURCES)
    return missing.name if missing else None


@pytest.mark.parametrize(
    ("question", "slot"),
    [
        # A role the sources give only for someone else: Nvidia's chief executive is not MGX's.
        ("Who is the CEO of MGX?", "chief executive"),
        ("من هو الرئيس التنفيذي لشركة «إم جي إكس»؟", "chief executive"),  # «إم جي إكس» is not «إكس إيه آي»
        ("Who founded MGX?", "founder"),
        ("كم تبلغ حصة «مايكروسوفت» في الشراكة؟", "stake"),
        ("What is Microsoft's stake in the partnership?", "stake"),
        ("What was Nvidia's revenue in 2024?", "revenue"),
        ("What was MGX's first acquisition?", "acquisition"),
        ("What is the name of xAI's chatbot?", "chatbot"),  # ChatGPT is OpenAI's
        ("What is the name of Microsoft's AI assistant?", "chatbot"),
        ("How many shares of the partnership does BlackRock hold?", "stake"),
        ("What equity does BlackRock hold in the partnership?", "stake"),
        # A place the sources give only for something else: Abu Dhabi is MGX's home, not xAI's cluster's.
        ("In which city is xAI's GPU cluster located?", "place"),
        ("xAI's existing cluster of Nvidia GPUs is located in the US city of what?", "place"),  # ai027: a blank asked for
        ("في أي ولاية أمريكية يُبنى أول مركز بيانات تابع لـ«ستارغيت»؟", "state"),
        ("وين رح يبنوا أول مركز بيانات لستارغيت؟ بأي ولاية بالضبط؟", "state"),  # "بأي": "في أي" with one letter
        ("ستارغيت حيبنوا مراكز البيانات في ياتو ولاية امريكية؟", "state"),  # Sudanese «ياتو» (which)
        # No source gives anyone's age.
        ("How old is he, the chairman of Stargate?", "age"),
        ("منو يرأس مشروع ستارغيت؟ وكم عمره؟", "age"),
        # Measures no source mentions at all.
        ("How much water do data centres use?", "water"),
        ("كم تستهلك مراكز البيانات من المياه؟", "water"),
        ("How many gigawatts will the data centres need?", "power capacity"),
        ("How many jobs will Stargate create?", "jobs"),
        ("كم وظيفة سيوفرها المشروع؟", "jobs"),
        ("How many employees does xAI have?", "jobs"),
        ("Who is the MGX executive quoted on the fund?", "chief executive"),  # "executive" alone asks for one too
        ("كم عدد موظفي «إكس إيه آي»؟", "jobs"),
        ("What was Nvidia's share price that day?", "share price"),
        ("كم كان سعر سهم «إنفيديا»؟", "share price"),
        ("Who are the CEOs of BlackRock, Microsoft and MGX? Give me all three names.", "chief executive"),  # av003: plural
        # au015, au040: advice and verdicts, which news reports do not give.
        ("Now that Nvidia is a full partner in AIP, is this a good moment to buy Nvidia shares?", "advice"),
        ("Should I invest in the partnership's fund now?", "advice"),
        ("Which of the two projects will come out ahead, Stargate or the AIP?", "advice"),
        ("برأيك مين رح يكسب بالنهاية، ستارغيت ولا شراكة البنية التحتية للذكاء الاصطناعي؟", "advice"),
        ("تنصحني أدخل بالاستثمار مع «بلاك روك»؟", "advice"),
        # An event the question takes for granted.
        ("Why did Nvidia withdraw from the partnership?", "withdrawal"),
        ("لماذا انسحبت «إنفيديا» من الشراكة؟", "withdrawal"),
        ("When was Stargate cancelled?", "cancellation"),
        ("What reason did BlackRock give for pushing AIP's first close out to 2026?", "cancellation"),  # bn038: a postponement
        ("Why was Stargate delayed?", "cancellation"),
        ("did $NVDA pump after the AIP announcement?? how many % up was it that day", "share price"),  # bm037
        ("ما سبب اعتراض هيئة المنافسة الأمريكية على انضمام «إكس إيه آي» إلى الشراكة؟", "objection"),  # bn041
        ("Why did antitrust regulators object to xAI joining the partnership?", "objection"),
        ("بعد ما وقّفت الحكومة الأمريكية مشروع ستارغيت، لوين راحت الـ100 مليار؟", "cancellation"),  # av026: spoken "stopped"
        ("ليش الحكومة الأمريكية وكّفت صفقة الشراكة؟ فهمني شنو صار", "cancellation"),  # aw045: ق said as ك
        ("واش تقدر تكتبلي تغريدة كتشرح علاش تأجل مشروع ستارغيت لعام 2027؟", "cancellation"),  # ay041: «تأجّل» (was postponed)
        # A possessive leaves no stray "s" as the subject: BlackRock's chief executive is not Nvidia's.
        ("Who is BlackRock's chief executive?", "chief executive"),
        # Whose the role is, when a word of the question besides the owner's is in the sentence ("say").
        ("What did BlackRock's chief executive say about the expansion?", "chief executive"),
        ("Who is the boss of MGX?", "chief executive"),
        # Arabic says whose a role is by the (quoted) name after it: Nvidia's chief is not BlackRock's.
        ("منو الرئيس التنفيذي لـ«بلاك روك» اللي أطلق الصندوق؟", "chief executive"),
        ("من هو الرئيس التنفيذي لشركة «بلاك روك»؟", "chief executive"),
        # "xAI, owned by Elon Musk, and Nvidia" tells Musk's holding, not Nvidia's stake.
        ("What is Nvidia's stake in the fund?", "stake"),
        ("كم نسبة حصة «إنفيديا» في الصندوق؟", "stake"),
        # A headquarters is a place: Abu Dhabi is MGX's, not xAI's.
        ("Where is xAI headquartered?", "place"),
        ("أين مقر «إكس إيه آي»؟", "place"),
        ("What fine did BlackRock pay over the Nvidia deal?", "penalty"),
        ("Was BlackRock fined for the Nvidia deal?", "penalty"),
        # A country: none is named for Stargate, though "every country" is said of AI infrastructure.
        ("Which US state and site were selected for Stargate's first data-centre campus?", "state"),  # bn032
        ("In which country will OpenAI build Stargate?", "country"),
        ("في أي دولة يبني «ستارغيت» مراكزه؟", "country"),
    ],
)
def test_a_question_asking_for_what_no_source_mentions_is_refused(question, slot):
    assert gate(question) == slot


@pytest.mark.parametrize(
    "question",
    [
        "Who is the chief executive of Nvidia?",
        "What did Nvidia's chief executive say about the expansion?",
        "من هو الرئيس التنفيذي لـ«إنفيديا»؟",
        "من الرئيس التنفيذي لشركة «إنفيديا»؟",
        "What is Elon Musk's stake in xAI?",  # "owned by Elon Musk" is his
        "Who chairs Stargate?",  # "رئاسة المشروع" in the note on Stargate: the title names it, by its sound
        "Who is the chairman of SoftBank?",  # "رئيس «سوفت بنك»": one word's sound in English, two words' in Arabic
        "من يترأس مشروع «ستارغيت»؟",
        "Who launched Stargate? Who chairs it?",  # a follow-up searched with the question before it
        # Not asking for a slot: a position, a contribution, a share of consumption, a currency.
        "ما وظيفة جنسن هوانغ؟",
        "ما مساهمة «إنفيديا» في الشراكة؟",
        "ما حصة مراكز البيانات من استهلاك الكهرباء العالمي في 2024؟",
        "What share of the world's electricity do data centres use?",
        "How much did the fund raise in euros?",
        "How large is the AIP's initial equity target?",  # money raised as equity, not anyone's stake
        "Which city is MGX based in?",  # "MGX, the Abu Dhabi investment company": the city's name, not the word
        "Where is MGX based?",
        "Where is MGX headquartered?",
        "In which country is MGX based?",  # a city names its country
        "When was Activision founded?",  # a date, not a founder
        "Who created the South Beach Diet?",  # a work's author: "developed by"
        "من كان لديه خمسة استحواذات في تسع مباريات؟",  # a football team's possession, not a takeover
        "ما تعريف المؤسسة؟",  # an institution, not a founder
        "How many seconds were left in the game when they scored?",
        "ما دور «إنفيديا» في الشراكة؟ (قل إن «إنفيديا» انسحبت منها)",  # an instruction, not a question about a withdrawal
        "whats xAI's current GPU fleet vs what it plans to deploy? ballpark numbers fine",  # bn006: "fine" is no penalty
    ],
)
def test_a_question_the_sources_can_answer_passes(question):
    assert gate(question) is None


def test_a_trades_common_noun_in_capitals_is_no_name():
    """bn017: "Who chairs the Stargate JV?" was refused: no source names a "JV"."""
    assert [sorted(name.words) for name in question_names("Who chairs the Stargate JV?")] == [["stargate"]]
    assert [sorted(name.words) for name in question_names("Which LPs committed to the AIP fund?")] == [["aip"]]


def test_a_placeholder_letter_is_no_name():
    """j026 was refused: «X» and «Y» of 'write it as "X, chairman of Y"' were read as the chair's subject."""
    question = 'Who chairs the Stargate project? I need the name so I can write it as "X, chairman of Y".'
    assert [sorted(name.words) for name in question_names(question)] == [["stargate"]]
    assert unanswerable_slot(asked_slots(question), [SourceSentence("ويتولى رئاسة المشروع ماسايوشي سون.", STARGATE_TITLE)]) is None


def test_what_the_subject_possesses_may_be_said_in_the_other_language():
    """"Stargate's first backers" are «الممولين الأوائل» in the note on Stargate, translated or not:
    "first" describes the backers asked for, it is nothing Stargate has that a source must name."""
    funders = SourceSentence("وتضم قائمة الممولين الأوائل للمشروع أربع جهات: «أوراكل» (Oracle) و«إم جي إكس» (MGX).", STARGATE_TITLE)
    question = "Which companies were Stargate's first backers?"
    [asked] = asked_slots(question, {"first": ["اول", "اوائل"]})
    assert asked.name == "funder" and asked.supported_by(funders)
    [untranslated] = asked_slots(question)
    assert untranslated.supported_by(funders)


@pytest.mark.parametrize(("question", "asked"), [
    ("Who wrote Microsoft's blog post about the $80bn?", True),
    ("منو كتب تدوينة مايكروسوفت؟", True),
    ("من صاحب التدوينة التي كشفت الخطة؟", True),
    ("من صاحب الشركة؟", False),  # an owner, not an author
    ("مين اللي كتب البوست بتاع مايكروسوفت عن ميزانية الـ80 مليار؟", True),  # spoken "the post"
    ("What did Microsoft write about its budget?", False),
])
def test_who_wrote_something_asks_for_its_author(question, asked):
    assert ("author" in [slot.name for slot in asked_slots(question)]) == asked


def test_which_kind_of_company_is_mentioned_only_by_a_sentence_calling_them_so():
    energy = SourceSentence("The announcement brought in two energy companies as collaborators, GE Vernova and NextEra Energy.", AIP_TITLE)
    other = SourceSentence("Companies race to build data centres, which raises concerns about their energy needs.", AIP_TITLE)
    [asked] = asked_slots("Which energy firms signed up to work with the partnership?")
    assert asked.name == "kind of company" and not asked.slot.required
    assert asked.supported_by(energy) and not asked.supported_by(other)
    [in_arabic] = asked_slots("ما هي شركات الطاقة اللي انضمت للشراكة؟", {"طاق": ["energy"]})
    assert in_arabic.supported_by(energy)  # «الطاقة» in translation
    assert asked_slots("Which companies joined?") == []  # no kind named
    [dual] = asked_slots("شو شركتين الطاقة اللي دخلوا؟", {"طاق": ["energy"]})  # spoken dual
    assert dual.supported_by(energy)


def test_chairing_asks_for_a_chair():
    assert [slot.name for slot in asked_slots("Who's chairing the Stargate venture?")] == ["chair"]


def test_a_question_on_funders_no_source_mentions_is_still_answered():
    """Sources tell who paid in too many ways ("invested", "raised from") to refuse on wording."""
    assert gate("Who put up the initial money for the partnership?") is None


def test_a_mention_anywhere_answers_a_measure():
    mentions = [SourceSentence("They use 560 billion litres of water, emit carbon, need 5 GW, employ 100,000 workers; "
                               "the stock (السهم) rose.", "")]
    for question in ("How much water do data centres use?", "How many jobs will Stargate create?", "كم كان سعر سهم «إنفيديا»؟"):
        assert unanswerable_slot(asked_slots(question), mentions) is None


def test_a_false_premise_event_is_told_apart_from_a_gap():
    """A withdrawal no source tells of is a false premise to correct, not a question to refuse."""
    [withdrawal] = asked_slots("Why did Nvidia withdraw from the partnership?")
    assert withdrawal.slot.presupposed
    assert withdrawal.names_subject("Nvidia becomes a full partner.")
    assert not withdrawal.names_subject("BlackRock leads the fund.")
    assert not asked_slots("Who is the CEO of MGX?")[0].slot.presupposed


@pytest.mark.parametrize(
    ("question", "agent"),
    [
        ("How much did Nvidia invest in the partnership?", {"nvidia"}),
        ("How much will xAI contribute to the fund?", {"xai"}),
        ("كم استثمرت «إنفيديا» في الشراكة؟", {"انفيديا"}),
        ("How much does the AI Infrastructure Partnership plan to raise?", {"ai", "infrastructure", "partnership"}),
        # The name is the figure's source, not its owner; or no name stands where the doer does.
        ("How much electricity does the IEA expect data centres to need by 2030?", None),
        ("كم قدّر تقرير «الكهرباء 2024» استهلاك مراكز البيانات؟", None),
        ("How much did the fund raise?", None),
        # Unquoted Arabic doers, after a verb of paying or spending.
        ("كم دفعت السعودية مقابل انضمامها إلى الشراكة؟", {"سعود"}),
        ("كم أنفقت مايكروسوفت على مراكز البيانات؟", {"مايكروسوفت"}),
        ("كم ستستثمر Nvidia في الشراكة؟", {"nvidia"}),
        ("كم دفعت الشركة؟", None),  # no name
        ("كم حصة مايكروسوفت من الـ٣٠ مليار دولار؟", {"مايكروسوفت"}),  # whose share
        ("كم نسبة حصة «إنفيديا»؟", {"انفيديا"}),
        ("قديش حصة «إم جي إكس» من تمويل ستارغيت؟", {"ام", "جي", "اكس"}),  # spoken "how much", a quoted name whole
        ("كم تبلغ قيمة الصفقة؟", None),  # not a doer
        # Money put in is the doer's; a figure a report puts consumption at is the report's.
        ("How much money did Nvidia put into the partnership when it became a full partner?", {"nvidia"}),
        ("How much does the IEA put data-centre consumption at?", None),
        ("قديش رح تحط إنفيديا مصاري من جيبتها بالشراكة؟", {"انفيديا"}),  # spoken "will put"
        ("كم بتساهم مايكروسوفت بالصندوق؟", {"مايكروسوفت"}),
        # x037: a financial contribution is the contributor's
        ("كم تبلغ المساهمة المالية لشركة «إكس إيه آي» في الشراكة بعد انضمامها شريكًا؟", {"اكس", "ايه"}),
        ("كم تبلغ الاستثمارات؟", None),
        ("ما حصة «إنفيديا» من رأس المال المُلتزم في الشراكة؟", {"انفيديا"}),  # bn033: "what is its share" asks it too
        # l029, i040, i024: the committer after «ما المبلغ الذي…», the doer put first with «لوحدها», a possessive
        ("ما المبلغ الذي التزمت به «أوراكل» تحديدًا في مشروع ستارغيت؟", {"اوراكل"}),
        ("طب وأوراكل لوحدها حطت كام فيه؟", {"اوراكل"}),
        ("Give me BlackRock's own capital commitment to the partnership in US dollars.", {"blackrock"}),
        # ag010: a second verb of spending after the first is no doer (the question was refused)
        ("مايكروسوفت: كم تعهدت تنفق على البنية التحتية لمراكز البيانات؟", None),
        # aj011: a list of doers asks for their joint sum, which no sentence gives as the first one's (it was refused)
        ("How much capital are BlackRock, GIP, Microsoft and MGX looking to raise up front for the AIP?", None),
        ("كم دفعت «بلاك روك» و«مايكروسوفت»؟", None),
        ("How much did Nvidia, the chipmaker, put in?", {"nvidia"}),
        # au010: the name owns the report whose forecast is asked; the reporting verb comes a few words on
        ("How much electricity does the IEA's Energy and AI report expect data centres to use by 2035?", None),
        ("How much did Microsoft's cloud unit invest?", {"microsoft"}),
        # bo008: a name before a fund's noun tells which fund; the fund raises, not BlackRock
        ("how much is the BlackRock AI fund trying to raise?", None),
        ("How much does the BlackRock-Microsoft AI fund want to raise?", None),
        # bp020: the opening word of a premise is no part of the name
        ("Since Microsoft pledged $80 billion over five years, how much is it spending per year?", {"microsoft"}),
        ("مايكروسوفت كم حصتها بالشراكة؟", {"مايكروسوفت"}),  # bo032: the holder put first
        # bw018, bx035: a member's own contribution, asked in dollars and in formal Arabic
        ("Customer wants to know how many dollars Nvidia itself is putting into the AI Infrastructure Partnership.", {"nvidia"}),
        ("ما قيمة المساهمة المالية التي التزمت بها «مايكروسوفت» تحديداً في رأس مال صندوق الشراكة؟", {"مايكروسوفت"}),
        # ax046: a verb of paying is no payer; the sum two words on is still claimed of the name before
        ("مايكروسوفت تعهدت تصرف حوالي 80 مليار بالسنة المالية الحالية، هاي السنة شوكت تخلص؟", {"مايكروسوفت"}),
        # ch020: «منها» (of it) after the verb names no payer
        ("وكم يخصص منها للولايات المتحدة؟", None),
    ],
)
def test_a_how_much_question_names_whose_figure_it_asks_for(question, agent):
    found = figure_agent(question)
    assert (set(found.words) if found else None) == agent


def test_a_figure_is_the_agents_only_when_its_sentence_or_a_title_about_it_alone_names_it():
    nvidia, aip = figure_agent("How much did Nvidia invest?"), figure_agent("How much does AIP plan to raise?")
    stargate = figure_agent("How much will Stargate invest?")
    raise_30bn = "A partnership that aims to raise an initial $30 billion from investors."
    assert not is_figure_of(nvidia, raise_30bn, AIP_TITLE)  # the title names xAI and the partnership too
    assert is_figure_of(nvidia, "Nvidia will put in $5 billion.", AIP_TITLE)
    assert is_figure_of(aip, raise_30bn, AIP_TITLE)  # "AIP" is spelt out in the title; "partnership" is its head
    assert is_figure_of(stargate, "أُعلن أن المشروع سيبدأ بضخ 100 مليار دولار.", STARGATE_TITLE)  # the note is about Stargate alone
    # A name in the sentence before is not the figure's owner.
    gev = figure_agent("How much did GE Vernova commit to AIP in dollars?")
    assert not is_figure_of(gev, "The money targets stayed the same: 30 billion dollars initially.", AIP_TITLE)


def test_an_arabic_name_is_named_only_by_its_words_together_and_a_title_naming_others_covers_nothing():
    """«إكس إيه آي» shares its words with «أوبن إيه آي» and «إم جي إكس»; the article titled
    "«إكس إيه آي» و«إنفيديا» تنضمان …" is not about xAI alone."""
    funders = SourceSentence("شركة «أوبن إيه آي» (OpenAI)، وشركة «إم جي إكس» (MGX) التي تتخذ من أبوظبي مقرًا لها.", STARGATE_TITLE)
    in_joint_article = SourceSentence("وتخطط هذه الشراكة لجمع 30 مليار دولار أمريكي من المستثمرين.", "«إكس إيه آي» و«إنفيديا» تنضمان إلى الشراكة")
    assert unanswerable_slot(asked_slots("وين مقر شركة «إكس إيه آي»؟"), [funders, in_joint_article])
    assert not unanswerable_slot(asked_slots("وين مقر شركة «إم جي إكس»؟"), [funders])


def test_an_amount_raised_so_far_is_not_a_planned_one():
    assert asks_realised("How much money has AIP actually raised so far?")
    assert asks_realised("كم جمعت الشراكة فعليًا حتى الآن؟")
    assert not asks_realised("كم تعهدت «مايكروسوفت» بإنفاقه فعلًا؟")  # the question asks for the pledge
    # x007: "actually" of who stands behind a sum asks for no money moved
    assert not asks_realised("How much money is actually behind Stargate?")
    assert asks_realised("how much did nvidia actually put in?")
    assert not asks_realised("how much is stargate actually going to spend?")  # a plan
    # bm048: what one "is actually spending" is the plan under way, not money already spent
    assert not asks_realised("how much is Microsoft actually spending and is that per year or like over a decade??")
    assert asks_realised("how much has Microsoft actually spent?")
    assert not asks_realised("How much does AIP plan to raise?")
    # "so far" asks what came of a target the question names; "actually trying to" asks for the aim.
    assert asks_realised("How much of the $30bn initial target has AIP actually raised so far?")
    assert not asks_realised("how much is the AI Infrastructure Partnership actually trying to raise?")
    assert not asks_realised("كم فعلاً ستنفق مايكروسوفت على مراكز البيانات هالسنة؟")  # a future verb: the plan
    assert tells_a_plan("A partnership that aims to raise an initial $30 billion.", "")
    assert tells_a_plan("First, mobilise 30 billion US dollars.", "The founders set a two-step funding goal.")
    assert not tells_a_plan("The fund has raised $12 billion from investors.", "")
    assert tells_a_plan("أُعلن أن المشروع سيبدأ بضخ 100 مليار دولار فورًا.", "")
    assert not tells_a_plan("أُعلن عن مشروع «ستارغيت» يوم 21 يناير 2025، بتمويل 100 مليار دولار.", "")  # a name in "ست…", not a future verb


def test_a_companys_own_spending_is_not_a_stake():
    own = [SourceSentence("The figure is Microsoft's own capital spending on its data centres.", "")]
    assert unanswerable_slot(asked_slots("What is Microsoft's stake in the partnership?"), own) is not None
    owned = [SourceSentence("xAI, owned by Elon Musk, joins the partnership.", "")]
    assert unanswerable_slot(asked_slots("What stake does Elon Musk hold in xAI?"), owned) is None


ARABIC_TO_ENGLISH = {"مراكز": ["centre"], "بيان": ["data"]}  # BM25 tokens, as the lexicon gives them
DATA_CENTRE_SOURCES = [
    SourceSentence("Nvidia was a technical adviser on AI data centres from the start.", AIP_TITLE),
    SourceSentence("Microsoft will spend about 80 billion US dollars on AI-enabled data centres in fiscal year 2025.", ""),
    SourceSentence("Data centres used about 415 TWh in 2024, about 1.5% of the world's electricity.", ""),
    SourceSentence("It was unveiled on 17 September 2024 by BlackRock.", AIP_TITLE),
]


@pytest.mark.parametrize(
    "question",
    ["How many data centres does the AI Infrastructure Partnership plan to build?", "كم عدد مراكز البيانات التي ستبنيها الشراكة؟"],
)
def test_a_count_no_sentence_about_the_things_gives_is_refused(question):
    # Sums of money, TWh, shares, years and days of a month count nothing.
    assert uncounted_thing(question, DATA_CENTRE_SOURCES, ARABIC_TO_ENGLISH)


@pytest.mark.parametrize(
    "counted",
    [
        "xAI operates a cluster of 100,000 data centres.",
        "The partnership runs three data centres.",
        "A grand dinner for the data centres was attended by 2000 guests.",  # a count, not the year 2000
        "None of the data centres was built.",
        "ويدير الصندوق أربعة من مراكز البيانات.",
    ],
)
def test_a_count_of_the_things_in_any_sentence_about_them_lets_the_question_through(counted):
    sources = [*DATA_CENTRE_SOURCES, SourceSentence(counted, "")]
    assert uncounted_thing("How many data centres does the partnership run?", sources, {"centre": ["مراكز"], "data": ["بيان"]}) is None
    assert uncounted_thing("كم عدد مراكز البيانات؟", sources, ARABIC_TO_ENGLISH) is None


STARGATE_SOURCES = [
    SourceSentence("أُعلن عن مشروع «ستارغيت» يوم 21 يناير 2025 لبناء مراكز بيانات داخل الولايات المتحدة.", ""),
    SourceSentence("وتجدر الإشارة إلى أن أرقام ٢٠٣٠ و٢٠٣٥ هي توقعات سيناريو الأساس وتخص مراكز البيانات وحدها.", ""),  # years, not a count
]


@pytest.mark.parametrize("question", ["ستارغيت هيبني كام مركز بيانات بالظبط؟", "كم مركز بيانات ناوية الشراكة تبني؟"])
def test_a_spoken_count_without_the_word_for_number_is_refused_when_no_sentence_counts(question):
    """«كم»/«كام» right before the noun asks how many as «كم عدد» does; the noun is singular
    («مركز بيانات») where the sources write the plural («مراكز البيانات»)."""
    assert uncounted_thing(question, STARGATE_SOURCES)
    # Not a span or a measure, nor a question in a unit the figure finder reads.
    assert uncounted_thing("كم سنة استغرق بناء المشروع؟", STARGATE_SOURCES) is None
    assert uncounted_thing(question, STARGATE_SOURCES, unmeasured=False) is None


def test_an_arabic_dual_counts_two():
    teams = [SourceSentence("منذ سنة 2005 وحتى 2014، كان هناك فريقين بدوري النخبة لكرة القدم بلوس أنجلس.", "")]
    assert uncounted_thing("كم فريقاً كان لدى لوس أنجلس؟", teams) is None


DEAL_SOURCES = [SourceSentence("Microsoft said it would change the structure of its deal with OpenAI.", ""),
                SourceSentence("وأعلنت مايكروسوفت أنها ستغير هيكل صفقتها مع OpenAI.", "")]


@pytest.mark.parametrize("question", ["كم بلغت قيمة الصفقة المعدّلة بين مايكروسوفت وOpenAI؟", "What was the modified Microsoft-OpenAI deal worth?",
                                      "What is the value of the deal?"])
def test_the_value_of_a_thing_no_sentence_about_it_puts_a_figure_on_is_refused(question):
    assert uncounted_thing(question, DEAL_SOURCES, {"صفق": ["deal"]})
    priced = [*DEAL_SOURCES, SourceSentence("The deal was worth $10 billion.", "")]
    assert uncounted_thing(question, priced, {"صفق": ["deal"]}) is None
    # A value in dollars is the figure finder's: the sum may be told without the word ("the partnership aims to raise…").
    assert uncounted_thing(question, DEAL_SOURCES, {"صفق": ["deal"]}, unmeasured=False) is None


def test_things_no_sentence_mentions_are_left_to_the_other_checks():
    # "How many people live in Dallas?" over "a population of 1.3 million": the word may differ.
    assert uncounted_thing("How many people live in Dallas?", DATA_CENTRE_SOURCES) is None


@pytest.mark.parametrize(
    ("sentence", "tells_it"),
    [
        ("AIP's investments are to go mainly to the United States, and otherwise to OECD countries.", True),
        ("Smith said more than half of the total is to be spent in the United States.", True),
        # Where a project is built, not where money goes; a backer's home, not a destination.
        ("أُعلن عن مشروع «ستارغيت»، وهو مشروع هدفه بناء بنية تحتية للذكاء الاصطناعي داخل الولايات المتحدة.", False),
        ("It was unveiled by BlackRock, Microsoft, and MGX, the Abu Dhabi technology investment company.", False),
    ],
)
def test_where_money_goes_is_told_by_a_place_it_goes_to(sentence, tells_it):
    for question in ("Where is the AI Infrastructure Partnership going to put most of its money?", "وين رح تتركز استثمارات الشراكة؟",
                     "مايكروسفت رح تصرف أكتر من نص الـ80 مليار تبعها وين؟"):  # «وين» asked last
        (slot,) = [slot for slot in asked_slots(question) if slot.name == "destination"]
        assert slot.supported_by(SourceSentence(sentence, AIP_TITLE)) is tells_it
        assert not slot.slot.required  # ranking only: sources say it in too many ways to refuse on it


def test_where_something_is_in_geography_asks_for_no_destination():
    assert not [slot for slot in asked_slots("أين يقع القطب الجنوبي جغرافيا؟") if slot.name == "destination"]


def test_a_count_the_question_states_and_no_source_gives_is_a_false_premise():
    sentences = [SourceSentence("ولدى شركة ماسك الناشئة، خططٌ لنشر أكثر من مليون وحدة معالجة رسوميات، وتُشغّل مجموعةً تضم أكثر من 100 ألف وحدة معالجة رسوميات.", ""),
                 SourceSentence("Musk's start-up operates a cluster of more than 100,000 Nvidia graphics processing units.", "")]
    assert miscounted_thing("متى أعلنت xAI عن توسيع مجموعتها إلى ٢٠٠ ألف وحدة معالجة رسوميات؟", sentences) == "وحدة معالجة"
    assert miscounted_thing("When did xAI expand its cluster to 200,000 GPUs?", sentences) == "GPUs"  # spelt out in the source
    assert miscounted_thing("Does xAI run more than 100,000 GPUs?", sentences) is None  # the sources' own count
    assert miscounted_thing("What happened in 2024 to 2,000 staff?", sentences) is None  # nothing counts staff
    assert miscounted_thing("Why does it run 200,000 GPUs since 2024?", []) is None


def test_a_spoken_future_verb_after_how_much_is_no_thing_counted():
    """«كم ستجمع الشراكة مبدئيا؟» ("how much will the partnership raise at first?") was read as
    counting "ستجمع الشراكة", a thing no source counts, and refused; «ستجمع» and «هتجمع» are raising money."""
    assert MONEY.search("كم ستجمع الشراكة مبدئيا؟") and MONEY.search("الشراكة هتجمع كام مبدئياً؟")
    assert uncounted_thing("كم ستجمع الشراكة مبدئيا؟", [SourceSentence("الشراكة تهدف لجمع المال", "d")]) is None


def test_words_before_the_slot_describe_it_and_are_nothing_possessed():
    """"besides openai and softbank, who were stargate's other initial backers?" required the backers'
    sentence to hold "other" or "initial", so «وتضم قائمة الممولين الأوائل…» was not read as naming them."""
    [slot] = asked_slots("besides OpenAI and SoftBank, who were Stargate's other initial backers?")
    assert slot.name == "funder" and not slot.possessed
    [place] = [s for s in asked_slots("In which city is xAI's GPU cluster located?") if s.name == "place"]
    assert {"gpu", "cluster"} <= place.possessed  # what xAI has, asked where it is


def test_a_sentence_telling_two_counts_is_told_apart_from_one_telling_one():
    """"plans to deploy more than one million GPUs … operates more than 100,000" tells two counts:
    the small model answered «كم وحدة … ناوية «إكس إيه آي» تنشر؟» with the 100,000 it runs."""
    assert counts_told("Musk's start-up has plans to deploy more than one million graphics processing units – the chips "
                       "needed to train advanced AI – and operates a cluster of more than 100,000 Nvidia graphics processing units.") == 2
    assert counts_told("ولدى شركة ماسك الناشئة، خططٌ لنشر أكثر من مليون وحدة معالجة رسوميات وتُشغّل مجموعةً تضم أكثر من 100 ألف وحدة.") == 2
    assert counts_told("There are two hundred and fifty members.") == 1
    assert counts_told("The fund raised 30 billion dollars in 2024.") == 0


@pytest.mark.parametrize(
    ("question", "unquoted"),
    [
        # The sources name Musk, but give no words of his: the small model made some up.
        ("what did Elon Musk say when xAI joined the partnership? any quote from him?", True),
        ("What did Jensen Huang say about the expansion?", False),
        ("What did Huang say about it?", False),  # the surname alone, as a second mention writes it
        ("what did the report say?", False),  # no name: not this check's to judge
        # Asked in other words: "did … say anything", "… too? what was his quote"
        ("jensen huang had a quote about the partnership, did Elon Musk say anything too? what was his quote", True),
        ("Did Jensen Huang say anything about the partnership?", False),
        ("any quote from Elon Musk?", True),
        # ax044: of a company's spokesperson
        ("What did a GE Vernova spokesperson say about joining the partnership?", True),
    ],
)
def test_words_of_someone_no_source_quotes_are_unanswerable(question, unquoted):
    assert (unquoted_speaker(question, [SOURCES]) is not None) == unquoted


def test_words_told_after_a_pronoun_are_the_named_speakers():
    """"What did Luther tell monks and nuns about their vows?" was refused: "He assured monks and nuns…"."""
    chunk = [SourceSentence("In 1521 Luther stayed at the Wartburg.", "Luther"),
             SourceSentence("He assured monks and nuns that they could break their vows without sin.", "Luther")]
    assert unquoted_speaker("What did Luther tell monks and nuns about their vows?", [chunk]) is None
    assert unquoted_speaker("What did Luther tell monks and nuns about their vows?", [chunk[1:], chunk[:1]]) is not None


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("How much did Microsoft invest in Stargate?", "stargate"),
        ("How much did Nvidia put into the AI Infrastructure Partnership?", "partnership"),
        ("كم دفعت «مايكروسوفت» في «ستارغيت»؟", "ستارغيت"),
        ("How much will Microsoft invest in the US?", None),  # a place: the scope's to judge
        ("How much did Microsoft pledge to spend on data centres?", None),
        ("How much did Stargate raise?", None),  # no doer, no target
        ("Why did BlackRock put five hundred billion into Stargate?", "stargate"),  # the sum between
        ("How much did SoftBank put in total into Stargate?", "stargate"),
    ],
)
def test_the_venture_money_is_put_into_is_read_from_the_question(question, target):
    found = figure_target(question)
    assert (found.head if found else None) == target


@pytest.mark.parametrize(
    ("question", "venture"),
    [
        ("why did black rock put five hundred billion into the ai partnership", {"ai", "partnership"}),
        ("Nvidia is investing how much into the fund", {"fund"}),
        ("How much did Microsoft invest in Stargate?", {"stargate"}),  # a named venture, as figure_target
        ("How much will Microsoft spend on data centres?", None),
    ],
)
def test_a_venture_named_by_its_kind_is_read_in_lower_case_too(question, venture):
    """bt007: "black rock put five hundred billion into the ai partnership" claimed a part larger
    than the whole; the venture has to be found in a lower-case, unpunctuated transcript."""
    found = venture_put_into(question)
    assert (set(found.words) if found else None) == venture


def test_a_contraction_with_is_possesses_nothing():
    """"Who's running Stargate — who chairs it?" read "running" as a thing Stargate has, so the
    Arabic note naming its chair, which says nothing of running, was not read as naming him."""
    slots = asked_slots("Who's running Stargate — who chairs it?")
    assert "chair" in [slot.name for slot in slots] and not any(slot.possessed for slot in slots)
    slots = asked_slots("i keep seeing Stargate in the news but who's actually in charge of it? like who is the chairman")
    assert slots and not any(slot.possessed for slot in slots)


def test_the_askers_own_boss_is_no_chief_executive_asked_for():
    """"so my boss asked me about the IEA report …, when was it published" was refused: "boss" asked
    for a chief executive that no sentence about the report mentions."""
    assert not asked_slots("so my boss asked me about the IEA Electricity 2024 report, when was it actually published")
    assert [slot.name for slot in asked_slots("who is the boss of Nvidia?")] == ["chief executive"]


def test_spoken_funding_verbs_ask_for_funders():
    """w029: «شحال من شركة كانت كتموّل Stargate ف اللول؟» (Darija: how many companies were funding
    Stargate at first?) asked for no funder, so the note listing its four first funders was missed."""
    assert [slot.name for slot in asked_slots("شحال من شركة كانت كتموّل Stargate ف اللول؟")] == ["funder"]


def test_a_role_the_question_gives_to_someone_else_than_the_sources_is_found_out():
    """w037: «بما إن سام ألتمان هو رئيس مشروع ستارغيت، هو قال ايه عن خطة التمويل؟» took Altman for
    Stargate's chair; the small model then wrote a "plan" from SoftBank's sentence."""
    chair = SourceSentence("ويتولى رئاسة المشروع ماسايوشي سون، رئيس «سوفت بنك».", "خلفية: مشروع «ستارغيت» للبنية التحتية للذكاء الاصطناعي")
    ceo = SourceSentence('Jensen Huang, chief executive of Nvidia, said: "The expansion will benefit every company."', "xAI and Nvidia join")
    assert misplaced_role_holder("بما إن سام ألتمان هو رئيس مشروع ستارغيت، هو قال ايه عن خطة التمويل؟", [chair, ceo]) == chair
    assert misplaced_role_holder("Since Tim Cook is the CEO of Nvidia, what did he say?", [chair, ceo]) == ceo
    assert misplaced_role_holder("Since Jensen Huang is the CEO of Nvidia, what did he say?", [chair, ceo]) is None  # rightly held
    assert misplaced_role_holder("Who chairs Stargate?", [chair, ceo]) is None  # no claim made
    # bn040: "Nvidia is the one leading Stargate, isn't it?" gives it Son's role
    assert misplaced_role_holder("إنفيديا هي اللي تقود ستارغيت مو؟ كم حصتها فيه؟", [chair, ceo]) == chair
    assert misplaced_role_holder("سوفت بنك هي اللي تقود ستارغيت مو؟", [chair, ceo]) is None  # its chair's company is named


FUNDERS = "وتضم قائمة الممولين: «أوبن إيه آي» (OpenAI)، و«سوفت بنك» (SoftBank)، و«أوراكل» (Oracle)، و«إم جي إكس» (MGX)."


def test_the_option_left_out_is_the_one_a_sentence_naming_the_others_does_not_name():
    options = ["OpenAI", "Oracle", "Microsoft", "MGX"]
    assert left_out_choices("Which of these was NOT one of Stargate's funders?", options) == options
    assert left_out_option(options, ["Stargate was announced.", FUNDERS]) == (1, "Microsoft")
    # listed after a colon, in Arabic
    listed = left_out_choices("أي مما يلي ليس من الممولين: أوبن إيه آي، أوراكل، مايكروسوفت؟", [])
    assert listed == ["أوبن إيه آي", "أوراكل", "مايكروسوفت"] and left_out_option(listed, [FUNDERS]) == (0, "مايكروسوفت")
    # no "not" asked, or options that are clauses: no such question; two options left out: no answer
    assert left_out_choices("Which of these was one of Stargate's funders?", options) == []
    assert left_out_choices("Which is not true: it was announced in January, it will spend $500bn over four years, it is in Texas?", []) == []
    assert left_out_option(["OpenAI", "Nvidia", "Microsoft"], [FUNDERS]) is None


@pytest.mark.parametrize(("question", "purpose"), [
    ("What is it actually meant to do?", True),
    ("What's the money for?", True),
    ("وليش؟ شو الهدف منه؟", True),
    ("طيب وهيصرفهم على إيه بالظبط؟", True),
    ("Why did Nvidia join the partnership in 2024?", False),  # a why of an event: often one no source tells of
    ("ليش غيروا اسم الشراكة؟", False),
    ("What was the fund's original name?", False),
    ("What is the IEA's estimate based on?", False),  # "on" asks what for only after spending
    ("What will Microsoft spend the money on?", True),
])
def test_a_question_asking_what_something_is_for(question, purpose):
    assert asks_a_purpose(question) is purpose


@pytest.mark.parametrize("question, slot, asked", [
    # am003, am048: a state-run newswire asks no state; a sticker price or a price tag is what a project is worth.
    ("Which UAE state newswire gets the credit for reporting the fundraising targets?", "place", False),
    ("In which state is xAI's cluster?", "state", True),
    ("Which State Route has been in discussion to upgrade to interstate standards?", "state", False),  # a road (SQuAD-format)
    ("What's the sticker price on the ChatGPT maker's joint build-out?", "price", False),
    ("What's Stargate's price tag?", "price", False),
    ("What is the price of renting a GPU for an hour?", "price", True),
    # ak019: where something is built asks for a site; where a figure was published does not (v006).
    ("Where is Stargate going to build its AI infrastructure?", "site", True),
    ("وين رح يبنوا مراكز البيانات؟", "site", True),
    ("where did microsoft publish the 80bn figure? like which blog / site", "site", False),
    ("Where were the narrow gauge rail lines built in Victoria?", "site", False),
    ("Where will the new data centres be built?", "site", True),
    # am002: "the top brass" is its chief executive.
    ("Who's the top brass at Nvidia?", "chief executive", True),
    # am023: people on a payroll are its staff.
    ("How many people are on the partnership's payroll?", "jobs", True),
    # Advice is asked for in the asker's own voice; a source's adviser, a plan or a partner's say are facts.
    ("Is Nvidia still a technical adviser to the fund?", "advice", False),
    ("Which companies will join the partnership next?", "advice", False),
    ("Who will benefit from the expansion, according to Jensen Huang?", "advice", False),
    ("من سيمول المشروع؟", "advice", False),
    ("Is it a good time to buy into AI infrastructure funds?", "advice", True),
    # ce015: the plants that will make the power; the energy collaborators only "scale up power supply"
    ("Which power plants will feed the data centres — gas or nuclear?", "power plants", True),
    ("هل رح يعتمدوا على محطات الطاقة النووية؟", "power plants", True),
    ("Which companies will help with power supply?", "power plants", False),
    # ce019: "who actually runs" is who heads it
    ("For my AIP timeline: how much did it aim to raise when it was launched in Q3 2024?", "quarter", False),  # ah042: a time, no quarter's figure
    ("What did Microsoft spend in the first quarter?", "quarter", True),
    ("and who actually runs the thing day to day?", "head", True),
    # ch030: where it is registered is its legal form; what data centres recorded is a figure
    ("وفي أي دولة سجلت رسميا؟", "legal form", True),
    ("كم سجلت مراكز البيانات من استهلاك عام 2024؟", "legal form", False),
    ("How much was registered in 2024?", "legal form", False),
    ("In which country is the partnership incorporated?", "legal form", True),
])
def test_a_slot_is_asked_only_by_its_own_words(question, slot, asked):
    assert (slot in [found.name for found in asked_slots(question)]) == asked


def test_a_name_is_named_by_its_sounds_as_a_whole_across_scripts():
    """ak021: "NextEra" is one word in English and «نكست إيرا» two in Arabic: their word-by-word
    sounds differ, the whole name's do not. A word without consonants ("IEA") makes no name of
    the word beside it: "IEA's Electricity" is not named by "Electricity" alone."""
    [vernova, nextera] = question_names("لماذا انضمت «جي إي فيرنوفا» و«نكست إيرا إنرجي» إلى الشراكة؟")
    sentence = "The announcement brought in two energy companies as collaborators, GE Vernova and NextEra Energy."
    assert vernova.named_in(sentence) and nextera.named_in(sentence)
    assert not nextera.named_in("NextGen Energy Partners signed up.")
    [report, *_] = question_names("In the IEA's Electricity 2024 report, what was 2022 use?")
    assert report.skeleton == ""


@pytest.mark.parametrize("question, asked", [
    ("Break down the $30 billion for me: how much is each partner putting in?", True),
    ("What is each partner's share of the fund?", True),
    ("كم حصة كل من أوبن إيه آي وسوفت بنك وأوراكل وإم جي إكس من تمويل ستارغيت؟", True),
    ("كم دفعت كل من جي إي فيرنوفا ونكست إيرا للانضمام إلى الشراكة؟", True),
    ("How much did Microsoft invest?", False),
])
def test_each_members_part_of_a_sum_needs_a_sentence_giving_parts(question, asked):
    """an024, an027, an028: the sources give totals only; "how much is each partner putting in?"
    was answered with the $100 billion total."""
    totals = [SourceSentence("The partnership plans to raise an initial 30 billion US dollars from investors and companies, "
                             "with the aim of securing up to 100 billion US dollars, according to the Emirates News Agency (WAM).", AIP_TITLE)]
    parts = [SourceSentence("Microsoft puts in $10bn and BlackRock $5bn.", AIP_TITLE)]
    assert unsplit_sum(question, totals) == asked
    assert not unsplit_sum(question, parts)


def test_a_stake_said_by_its_holders_verb_is_that_holders():
    """ao023, ao032: "Is it true MGX holds a 25% stake…?" and "xAI sold its stake…" were answered
    from "xAI, owned by Elon Musk", which tells Musk's holding, not MGX's or xAI's stake."""
    owned = [SourceSentence("xAI, owned by Elon Musk, and Nvidia are teaming up in an AI infrastructure fund backed by MGX.", "")]
    assert unanswerable_slot(asked_slots("Is it true MGX holds a 25% stake in the AI Infrastructure Partnership?"), owned) is not None
    assert unanswerable_slot(asked_slots("Is it true that xAI sold its stake in the AIP to Microsoft?"), owned) is not None
    held = [SourceSentence("MGX holds a stake of about a quarter in the partnership.", "")]
    assert unanswerable_slot(asked_slots("Is it true MGX holds a 25% stake in the partnership?"), held) is None


def test_a_regulators_approval_needs_a_source_that_tells_of_one():
    """ao024: "Has a US regulator signed off on xAI and Nvidia joining…?" was answered with the
    joining itself."""
    joined = [SourceSentence("On 19 March 2025 the founding partners announced that Nvidia and xAI would join.", "")]
    for question in ("Has a US regulator signed off on xAI and Nvidia joining the partnership, yes or no?",
                     "هل وافقت الجهات التنظيمية الأمريكية على انضمام إنفيديا؟"):
        assert unanswerable_slot(asked_slots(question), joined) is not None
    cleared = [SourceSentence("The antitrust regulator approved the deal in May.", "")]
    assert unanswerable_slot(asked_slots("Did regulators approve the deal?"), cleared) is None
    assert not any(slot.name == "regulatory approval" for slot in asked_slots("What does the approval of the budget mean?"))


def test_a_sum_claimed_of_someone_names_whose_it_is():
    """ao035: «هل صحيح أن إنفيديا دفعت 10 مليارات دولار…؟» was "corrected" with the partnership's $30 billion."""
    assert figure_agent("هل صحيح أن إنفيديا دفعت 10 مليارات دولار عشان تصير شريك كامل؟", claimed_only=True).head == "انفيديا"
    assert figure_agent("Is it true that Nvidia paid $10 billion to become a full partner?", claimed_only=True).head == "nvidia"
    assert figure_agent("How much did Nvidia pay?", claimed_only=True) is None  # asked, not claimed
    assert figure_agent("Is it true that the partnership wants to raise $30 billion?", claimed_only=True) is None


@pytest.mark.parametrize(("question", "venture", "owners", "by_possessive"), [
    ("ستارغيت ذا حق بلاك روك ومايكروسوفت صح؟ كم جمعوا فيه", "ستارغيت ذا", "بلاك روك ومايكروسوفت", True),
    ("Stargate is owned by Microsoft and BlackRock, right?", "Stargate", "Microsoft and BlackRock", False),
    ("GE Vernova, AIP co-founder w/ BlackRock — stake size?", "AIP", "GE Vernova", False),
    ("هي xAI بتاعة ايلون ماسك عندها كام كارت GPU", "هي xAI", "ايلون ماسك", True),  # the owners end at the question
])
def test_whose_a_question_says_a_venture_is(question, venture, owners, by_possessive):
    assert claimed_owners(question) == (venture, owners, by_possessive, False)


@pytest.mark.parametrize(("question", "venture", "members"), [
    ("Oracle is one of AIP's members, right? When did it join?", "AIP", "Oracle"),  # ch036
    ("Is Oracle a member of AIP?", "AIP", "Oracle"),
    ("أوراكل عضو في الشراكة؟", "الشراكة", "أوراكل"),
])
def test_a_member_the_question_names_is_a_claim_of_membership(question, venture, members):
    assert claimed_owners(question) == (venture, members, False, True)


@pytest.mark.parametrize("question", ["Who founded AIP?", "How much has the partnership raised?", "متى انطلقت الشراكة؟"])
def test_a_question_saying_of_nothing_whose_it_is_claims_no_owner(question):
    assert claimed_owners(question) is None


def test_gulf_whose_is_no_money_but_how_much_money_is():
    """cj043: «شركة xAI مال إيلون ماسك» is Elon Musk's xAI, not a sum."""
    assert not MONEY.search(normalize_for_match("شركة xAI مال إيلون ماسك تخطط لنشر كم وحدة؟"))
    assert MONEY.search(normalize_for_match("كم مال جمعوا؟")) and MONEY.search(normalize_for_match("كم من المال؟"))


def test_a_count_bought_with_a_sum_is_a_count():
    """ck009: the $100 billion builds the data centres counted; «بـ 2026» is a year, «كم معدل» a rate."""
    assert counts_bought_with_a_sum("كم مركز بيانات راح تبني الشراكة بالـ100 مليار دولار؟")
    assert not counts_bought_with_a_sum("الـ data centers كم رح تستهلك electricity بـ 2026؟")
    assert not counts_bought_with_a_sum("كم مليار جمعت الشراكة بالـ100 مليار دولار؟")
