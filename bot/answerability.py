"""Whether the retrieved sources could hold the answer at all, read from the question's wording.

A small LLM answers "Who is the CEO of MGX?" with whatever name its passages hold ("Jensen
Huang, chief executive of Nvidia"), and no grounding check catches it: the name is in the
evidence. Yet the question asks for something specific, a *slot*: a chief executive, a chair, a
founder, a stake, a city, a measure such as water or jobs. When no retrieved sentence mentions
that slot (for the question's subject, where the slot belongs to one), the sources cannot answer
and the question is refused without calling the LLM. A why/when question about an event no
source tells of ("Why did Nvidia withdraw?") has a false premise instead.

Slots are a short table of how a question asks for each one and how a source mentions it, in
either language (on match-normalised text). Mentions are read broadly ("chief" for a chief
executive, "رئاسة" for a chair, "owned" for a stake, a city's name for a city), so an answerable
question is not refused for a synonym. The subject is the question's other words. A sentence
mentions it by a shared word or its nearest translation, or a name's sound key across scripts
("Stargate" / «ستارغيت»); an article whose title names the subject alone covers its sentences too
("ويتولى رئاسة المشروع …" in the note on Stargate).

The same reading ties a figure to its owner: "How much did Nvidia invest?" is not answered by the
partnership's $30 billion, and "How much has it raised so far?" not by an aim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from bot.grounding import MONTH_NAME, POSSESSIVE_END, TRADE_ACRONYMS, Quantity, extract_quantities, latin_names, quoted_arabic_names, same_value
from bot.number_words import with_numbers_in_digits
from bot.places import countries_named, country_of_demonym, names_a_place, names_a_state, places_in
from bot.text import (
    CAPITALISED_RUN,
    HOW_MUCH_ARABIC,
    STOPWORDS,
    bm25_tokens,
    detect_language,
    excluded_parts,
    initials,
    is_arabic_word,
    is_english_word,
    name_skeleton,
    names_by_sound,
    normalize_for_match,
    question_words,
    sound_keys,
    spelt_out,
    to_ascii_digits,
    without_diacritics,
    word_token,
    word_tokens,
)

# A product's model code ("H100s", "GB200", "A100"), not a fiscal year ("FY2026"); in any case, as
# match-normalised text writes it too.
MODEL_CODE = re.compile(r"(?<![^\W\d_])(?![Ff][Yy])[A-Za-z]{1,3}-?(?!(?:19|20)\d\d(?!\d))\d{2,4}[a-z]{0,2}(?![^\W\d_])")

# Power capacity (GW, MW): a measure sources must mention, and a unit the figure finder does not read.
CAPACITY = r"\b(?:[gm]w|gigawatts?|megawatts?)\b|(?:جيجا|غيغا|ميغا|ميجا|جيغا) ?وا[طت]"  # spelt «ميجاوات» too


@dataclass(frozen=True)
class Slot:
    """What a question can ask for that the sources must mention to answer it."""

    asks: re.Pattern[str]  # in the question
    mentions: re.Pattern[str]  # in a source sentence
    of_subject: bool  # the mention must be about the question's subject (a role), not just present (a measure)
    asked_by: re.Pattern[str] | None = None  # the question's interrogative, when the slot is asked for only so
    also_mentioned: Callable[[str], bool] | None = None  # another way a sentence mentions it (a place's name)
    required: bool = True  # no source mentioning it means the sources cannot answer
    figured: bool = False  # a presupposed multiple ("triple"): the figures the sources give answer instead
    by_name: bool = False  # the sentence must name what the question names: its other words are no subject


    def mentioned_in(self, text: str) -> bool:
        """Whether the text mentions the slot, for whomever."""
        return bool(self.mentions.search(normalize_for_match(text))) or self.also_mentioned is not None and self.also_mentioned(text)

    @property
    def presupposed(self) -> bool:
        """An event the question takes for granted: when no source tells of it, the question's
        premise is false, and what the sources do say about its subject is the answer."""
        return self.asked_by is not None


def _slot(asks: str, mentions: str | None = None, *, of_subject: bool = False, asked_by: str | None = None,
          required: bool = True, figured: bool = False, by_name: bool = False) -> Slot:
    return Slot(re.compile(asks), re.compile(mentions or asks), of_subject, re.compile(asked_by) if asked_by else None,
                required=required, figured=figured, by_name=by_name)


# "In which city…", "في أي ولاية…": a source names the place ("in Memphis", "في أبوظبي"), or
# calls it a city or a state ("ولاية تكساس", whose Arabic name the gazetteer lacks). A country does
# not place a city: it is a slot of its own (below).
_WHICH_ARABIC = r"(?<![^\s])[وف]?(?:في |ب)?(?:اي|ايه|انهي|انهو|ياتو|ياتا|ياتي)"  # Egyptian, Maghrebi «فأنهي», Sudanese «ياتو»
_NOT_A_PLACE_AFTER = r"(?![ -](?:news|newswire|agency|media|owned|run|backed|funded|fund|company|firm|broadcaster|press|investor|wealth))"
# A seat asked for: "headquartered", "where is it based", «مقرها الرئيسي» ("main" is the asking's word, no subject's).
_SEAT_ASKED = (r"\bheadquart\w*|\bhead office\b|\bwhere (?:is|are) \S+(?: \S+){0,3} based\b"
               r"|(?<![^\s])[وفب]?(?:ال)?مقر(?:ه|ها|هم)?(?: (?:ال)?رئيسي)?(?![^\W\d_])")
_PLACE = Slot(
    re.compile(rf"\b(?:which|what)(?: \w+)? (?:city|town|province|cities|towns|provinces)\b{_NOT_A_PLACE_AFTER}|\b(?:city|town|province) of (?:what|which)\b"  # a blank asked for
               rf"|{_WHICH_ARABIC} مدينه(?![^\W\d_])|{_WHICH_ARABIC} (?:ال)?مدن(?![^\W\d_])|(?<![^\s])(?:ال)?اسماء (?:ال)?مدن(?![^\W\d_])"  # «أسماء المدن»
               rf"|{_SEAT_ASKED}|\bwhere (?:is|are) \S+(?: \S+){{0,3}} located\b|\b(?:site )?location\b(?=\s*(?:[?؟]|$))"),  # headline "— site location?"
    re.compile(r"\b(?:city|town|state) of\b|\bheadquart|\bbased in\b|(?<![^\s])[وفب]?(?:ال)?(?:مدينه|ولايه|مقر(?:ه|ها|ا)?)(?![^\W\d_])"),
    of_subject=True,
    also_mentioned=names_a_place,
    by_name=True,  # a named subject must be named: "cluster", translated «مجموعة», is in a sentence on MGX's seat
)


# "Which state…?", «في أي ولاية…؟»: a source names a US state or says "state" («ولاية»); a city
# (Abu Dhabi, where MGX has its seat) or a country ("inside the United States") is no state.
_STATE = Slot(
    # (the state itself asked: "Which State Route…?" asks a road)
    re.compile(r"\b(?:which|what)(?: \w+)? state(?=\s*(?:[?.,!;:]|$)|\s+(?:is|was|are|were|does|do|did|will|would|could|can|has|had|in|of|that|which|where|and|or)\b)"  # "which US state and site"
               r"|\bstate of (?:what|which)\b"
               rf"|{_WHICH_ARABIC} ولايه(?![^\W\d_])"),
    re.compile(r"\bstate of\b|(?<![^\s])[وفب]?(?:ال)?ولايه(?![^\W\d_])"),
    of_subject=True,
    also_mentioned=names_a_state,
)


def _names_somewhere(text: str) -> bool:
    return names_a_place(text) or bool(countries_named(text))


# "In which country…", "في أي دولة…": a source names the country ("in the United States", «داخل
# الولايات المتحدة»), a city in it, or says "country". In "What Western country…" the asking is
# "country": "Western" is the subject's.
_COUNTRY = Slot(
    re.compile(r"\b(?:which|what)(?: \w+)? (?P<asking>country|countries|nations?)\b"
               r"|(?<![^\s])(?:في |من |ب)?(?:اي|ايه) (?P<asking_ar>دوله|دول|بلد|بلاد|بلدان)(?![^\W\d_])"),
    re.compile(r"\bcountr(?:y|ies)\b|\bnations?\b|(?<![^\s])[وفبل]?(?:ال)?(?:دوله|دول|بلد|بلدان|بلاد)(?![^\W\d_])"),
    of_subject=True,
    also_mentioned=_names_somewhere,
)


# Words that tell of money, in either language: what a how-much question asks in dollars, and
# what a sentence saying where money goes must mention.
MONEY = re.compile(
    r"invest|\brais(?:e|es|ed|ing)\b|\bfund|spend|\bcost|capital|budget|dollar|\$|\bworth\b|money|\bcash\b|financ|capex|pledg|tranche|debt|mobili"
    r"|\bgreenbacks?\b|\bbucks\b"  # "How many greenbacks is it hoping to round up?"
    r"|\bput (?:up|in|into)\b"  # "how much did Nvidia put in"
    r"|\bspent\b|revenue|\bsales\b|profit|earning|turnover|\bpa(?:y|ys|id|ying)\b|\ballocat|\bearmark|\bset aside\b"
    r"|استثمار|ستثمر|تمويل|انفاق|ينفق|تنفق|تكلف|ميزاني|راس مال|دولار|صندوق|مبلغ|انفق|ايراد|مبيعات|ارباح"
    # Short roots only as whole words (with clitics): "مدينة" is not "دين", "ضخمة" is not "ضخ", "مجموعة" is not "جمع".
    r"|(?<![^\s])[وفبل]?(?:ال)?(?:جمع|يجمع|تجمع|جمعت|جمعه|ضخ|يضخ|تضخ|ضخت|دين|ديون)(?![^\W\d_])"
    # spoken "بيضخّوا", future "ستجمع", Egyptian "هتجمع"; expenses
    r"|(?<![^\s])[وف]?(?:ب|ح|ه|رح |س)?(?:يضخوا|يضخون|تضخ|يضخ|يجمعوا|يجمعون|يجمع|تجمع)(?![^\W\d_])|نفقات"
    r"|(?<![^\s])[وف]?س?(?:دفع|يدفع|تدفع|دفعت)(?![^\W\d_])"  # paid
    r"|(?<![^\s])[وف]?(?:س|ب|ح|ه|رح )?(?:خصص|خصصت|يخصص|خصصوا|مخصص)(?![^\W\d_])"  # allocated: «كم خصصت مايكروسوفت…؟»
    # "out of its own pocket" («قديش حطّت أوراكل من جيبها؟»); not «حطّ» (put) alone: «قديش حطّت الوكالة نطاق…؟» puts a range
    r"|(?<![^\s])من (?:جيب|جيوب)(?:ه|ها|هم|هن)?(?![^\W\d_])"
    r"|(?<![^\s])[وفبل]?(?:ال)?(?:مولت|مولوا|يمول|تمول|يمولوا|ممول|ممولين|ممولون)(?![^\W\d_])"  # funded, funders: «موّلت»
    # spent, spoken too ("رح يصرفوا", "بيصرفوا", "هيصرفوا"); not "صرف" alone, which is also exchange or drainage
    r"|(?<![^\s])[وفب]?(?:س|ح|ه|رح )?(?:يصرف|تصرف|صرفت|يصرفوا|يصرفون|تصرفها|يصرفها)(?![^\W\d_])"  # Egyptian «هيصرفوا»
    r"|مصاري|فلوس|اموال|(?<![^\s])[وفب]?(?:ال|لل)مال(?![^\W\d_])"  # money, spoken too
    # bare «مال» is money after how much or last («كم مال جمعوا؟»); between two names it is whose
    # (Gulf and Iraqi «شركة xAI مال إيلون ماسك»: Elon Musk's)
    r"|(?<![^\s])(?:كم|كام|قديش|قداش|شقد|من) مال(?![^\W\d_])|(?<![^\s])مال(?=\s*(?:[؟?.,،!]|$))"
    r"|مساهم\S* (?:ال)?ماليه|\bcontribut"  # «المساهمة المالية», "how much will xAI contribute?"
)


# "Where will the partnership put its money?", «وين رح تتركز استثمارات الشراكة؟»: where money
# goes, which a source tells by a place it goes to or is spent in ("to go mainly to the United
# States", "spent in the United States", «داخل الولايات المتحدة»), not by a place that names a
# backer ("the Abu Dhabi investment company"). Read for ranking only.
_ARABIC_MONEY_GOING = r"(?:استثمار|اموال|فلوس|انفاق|تذهب|يذهب|تروح|يروح|تتركز|يتركز|ستتركز|ينفق|تنفق|تصرف|يصرف|توجه|ستوجه)"
# Asked last too: «مايكروسفت رح تصرف أكتر من نص الـ80 مليار تبعها وين؟».
_WHERE_MONEY = (r"\bwhere\b(?=.*\b(?:invest\w*|money|capital|funds?|spend\w*|spent|put|go|goes|going|deploy\w*|allocat\w*|focus\w*)\b)"
                rf"|(?<![^\s])[وف]?(?:اين|وين|فين|لوين)(?![^\W\d_])(?=.*{_ARABIC_MONEY_GOING})"  # «ووين بتروح…؟» (and where…)
                rf"|{_ARABIC_MONEY_GOING}.*(?<![^\s])[وف]?(?:اين|وين|فين|لوين)(?![^\W\d_])")
_DESTINATION = re.compile(r"\b(?:to|in|into|across|within|inside|throughout)\s+(?:the\s+)?((?:[A-Z][\w-]*\s*){1,4})"
                          r"|(?<![^\s])(?:في|الى|إلى|داخل|نحو)\s+(\S+(?:\s+\S+){0,2})")


def _names_a_site(text: str) -> bool:
    """Whether the sentence says where something is or will be: "in Memphis", «داخل الولايات المتحدة»."""
    return any(_names_somewhere(place) for match in _DESTINATION.finditer(text) for place in match.groups() if place)


def _names_a_destination(text: str) -> bool:
    """Whether the sentence tells of money and names a place it goes to or is spent in ("to the
    United States"); a project built «داخل الولايات المتحدة» says where it is, not where money goes."""
    return bool(MONEY.search(normalize_for_match(text))) and _names_a_site(text)


_MONEY_DESTINATION = Slot(re.compile(_WHERE_MONEY), re.compile(r"(?!)"), of_subject=False,
                          also_mentioned=_names_a_destination, required=False)


# Where something is to be built: "Where is Stargate going to build its AI infrastructure?",
# «وين رح يبنوا مراكز البيانات؟», not where something was built long ago ("Where were the narrow
# gauge lines built…?" lost a SQuAD-format answer). Read for ranking only: a source names a site in too many ways.
# Not where something lies («أين تقع جبال البرانس؟»): any sentence naming a place would rank up,
# which lost SQuAD-format answers.
_ARABIC_BUILDING = r"(?:سيبني|يبني|تبني|ستبني|يبنوا|يبنون|بناء|سيقام|يقام|تقام|ستقام|انشاء|تشييد|سيشيد)"
_SITE = Slot(re.compile(r"\bwhere\b(?=.*\b(?:build|builds|building|construct|constructing)\b|.*\b(?:will|would|to)\b.*\bbe (?:built|constructed)\b)"
                        rf"|(?<![^\s])(?:اين|وين|فين|لوين)(?![^\W\d_])(?=.*(?<![^\s])[وفلب]?(?:رح |ح |ه )?{_ARABIC_BUILDING})"
                        rf"|(?<![^\s])[وفلب]?(?:رح |ح |ه )?{_ARABIC_BUILDING}.*(?<![^\s])(?:اين|وين|فين)(?![^\W\d_])"),
             re.compile(r"(?!)"), of_subject=True, also_mentioned=_names_a_site, required=False)


# An event the question takes for granted: "Why did Nvidia withdraw?", "متى أُلغي المشروع؟". Only
# asked so: "say that Nvidia withdrew" is an instruction, not a question about a withdrawal.
_WHY = (r"\bwhy\b|\bhow come\b|\bwhat (?:led|caused|prompted|made)\b|\breasons?\b|لماذا|ما الذي دفع|دوافع"
        r"|(?<![^\s])(?:ليش|ليه|علاش|(?:ال)?سبب|(?:ال)?اسباب)(?![^\W\d_])")  # spoken "ليش", "ليه", "علاش"; not "بسبب"
# Why, when, or after it: «بعد ما باعت بلاك روك حصتها…، منو اشتراها؟» takes the sale for granted too.
# Its date asked as "when" is ("Oracle pulled out in February 2025. What date was that announced?").
_PRESUPPOSING = (rf"{_WHY}|\bwhen\b|متي|\bafter\b|(?<![^\s])[وف]?(?:بعد ما|بعدما|بعد ان)(?![^\W\d_])"
                 r"|\b(?:what|which) (?:date|day)\b|(?<![^\s])(?:في |ب)?(?:اي|ايه|انهي) (?:تاريخ|يوم)(?![^\W\d_])")


def asks_why(question: str) -> bool:
    """Whether the question asks for a reason ("Why did…", "لماذا…", "ليش…")."""
    return bool(re.search(_WHY, normalize_for_match(question)))


# What a thing is for: "What is it meant to do?", "What's the money for?", "spend it on what",
# «شو الهدف منه؟», «ما الغرض», «هيصرفهم على إيه». Not "why" alone: "Why did Nvidia join in 2024?"
# asks of an event, often one no source tells of.
_PURPOSE = re.compile(
    r"\bpurpose\b|\b(?:aims?|goals?|objectives?)\b|\bmeant (?:to|for)\b|\bsupposed to\b|\bdesigned to\b"
    r"|\bwhat\b.*\bfor\s*[?؟]|\bwhat\b.*\bspen[dt]\b.*\bon\s*[?؟]|\bspen[dt]\b.*\bon what\b|\bwhat (?:will|would|does|is) (?:it|they|the \w+) (?:do|be used)\b"
    r"|(?<![^\s])[وف]?(?:ال)?(?:هدف|اهداف|غرض|غايه)(?:ه|ها|هم)?(?![^\W\d_])"
    r"|(?<![^\s])علي (?:ايه|ايش|شو|وش|ماذا|اي شي)(?![^\W\d_])|(?<![^\s])(?:لاجل|لأجل) (?:ماذا|ايش|شو)(?![^\W\d_])|(?<![^\s])فيم(?:ا)?(?![^\W\d_])")
# What a sentence gives as a cause ("because", "due to", «بسبب», «لأن») or, said outright, as a
# purpose ("aims to meet…", «تهدف إلى تلبية», «بهدف»).
GIVES_A_CAUSE = re.compile(r"\bbecause\b|\bdue to\b|\bdriven by\b|\bas a result of\b|(?<![^\s])[وف]?(?:لان|لأن|بسبب|نظرا)(?![^\W\d_])")
STATES_A_PURPOSE = re.compile(
    rf"{GIVES_A_CAUSE.pattern}|\baims? to\b|\bin order to\b|\bso (?:that|as to)\b"
    r"|(?<![^\s])[وف]?(?:يهدف|تهدف|بهدف|هدفه|هدفها)(?![^\W\d_])|(?<![^\s])من اجل(?![^\W\d_])")


def asks_a_purpose(question: str) -> bool:
    """Whether the question asks what something is for: a sentence saying what it aims to do answers it."""
    return bool(_PURPOSE.search(normalize_for_match(question)))


_CHIEF_EXECUTIVE = r"\bceos?\b|\bchief executive|\btop brass\b|\bhead honcho\b|\bmanaging director|\bgeneral manager\b|(?:ال)?مدير(?:ها|ه)? (?:ال)?عام(?![^\W\d_])|\bboss(?:es)?\b|(?:ال)?(?:رئيس|مدير)(?:ها|ه)? (?:ال)?تنفيذي"

# Currencies are left out: a question in euros over sources in dollars still has its answer. Jobs
# are asked for only when counted: "ما وظيفة …؟" asks for someone's position. A stake is asked
# for as such ("حصة", "stake"), not as a share of consumption, and not by "Who owns…?", which a
# source may answer without saying so ("Elon Musk's company xAI"); "its own spending" mentions none.
# What a company writes to tell news: a post, a report, a letter ("Microsoft's blog post", «تدوينة»).
_WRITINGS = r"(?:blog|post|posts|report|article|letter|statement|memo|op-?ed|column|tweet|note)\b"
_ARABIC_WRITINGS = r"(?:تدوين\w*|مدونه|مقال|مقاله|تقرير|منشور|رساله|بيان|تغريده|بوست|بلوغ|بلوج)"  # spoken "البوست" too

# Words naming a former name, asked for or told: "old name", "formerly", «اسمها السابق», «الاسم القديم».
_FORMER_NAME = (r"\b(?:old|former|previous|original|earlier) name\b|\bformerly\b"
                r"|(?<![^\s])(?:ال)?اسم(?:ها|ه)? (?:ال)?(?:قديم|سابق|اصلي)(?![^\W\d_])")


_QUARTER = (r"\bquarter(?:ly|s)?\b|(?<![^\s])[وفب]?(?:ال)?ربع (?:ال)?(?:اول|ثاني|ثالث|رابع|اخير)(?![^\W\d_])"
            r"|(?<![^\s])[وفب]?(?:ال)?(?:ربعي|فصلي)(?:ه)?(?![^\W\d_])")


SLOTS: dict[str, Slot] = {
    # spoken too: Gulf and Yemeni «مويه» (not «مية», also "hundred")
    "water": _slot(r"\bwater\b|\blit(?:re|er)s?\b|\bgallons?\b|\bcubic met|مياه|(?<![^\s])[وبل]?(?:ال)?(?:ماء|مويه)(?![^\W\d_])"),
    "power capacity": _slot(CAPACITY),
    # What will generate the power: "which power plants will feed it — gas, nuclear, solar?", «محطات الكهرباء».
    # Energy companies brought in "to scale up power supply" name no plant.
    "power plants": _slot(r"\b(?:power|gas|nuclear|solar|coal|wind|hydro(?:electric)?)(?:[- ]fired)? (?:plants?|stations?|farms?|reactors?)\b|\bnuclear\b"
                          r"|محط(?:ه|ات) (?:ال)?(?:طاقه|كهرباء|كهربا|توليد|نوويه|شمسيه|غاز)|(?<![^\s])[وبل]?(?:ال)?(?:طاقه (?:ال)?)?نوويه(?![^\W\d_])|مفاعل",
                          r"\bplants?\b|\bpower stations?\b|\bnuclear\b|\bsolar\b|\bgas\b|\breactors?\b|\bwind\b|محط|نووي|شمسي|مفاعل|غاز|رياح"),
    "emissions": _slot(r"\bemissions?\b|\bcarbon\b|\bco2\b|\bgreenhouse\b|انبعاث|كربون"),
    "jobs": _slot(r"\bhow many (?:new )?(?:jobs|employees|staff|workers)\b|\bhow many (?:people|peoples|persons) (?:will |would |to )?(?:work|be employed|be hired|get jobs)\b|\bpayrolls?\b|\bnumber of (?:jobs|employees|staff|workers)\b"
                  r"|\bjobs? (?:will|would|could)\b|\bcreate\b.*\bjobs\b|\bworkforce\b|\bheadcount\b"
                  r"|\bper (?:employee|worker|staff member|head)\b|(?:نصيب|حصه) (?:كل|ال)(?:موظف|عامل)|(?<![^\s])(?:علي|لكل) (?:ال)?موظف\S*"  # per employee
                  r"|(?:كم|كام) (?:فرصه (?:عمل|شغل)|وظيفه|موظفا|موظف|عاملا|عامل)|عدد (?:ال)?(?:وظائف|موظف\w*|عمال|عاملين)|فرص (?:ال)?(?:عمل|شغل)|وظائف",
                  r"\bjobs?\b|\bemploy|\bworkers?\b|\bstaff\b|\bheadcount\b|وظيف|وظائف|موظف|توظيف|فرص (?:ال)?عمل|عمال\b"),
    # A person's age: "How old is he?", «وكم عمره؟». Sources that give no one's age or birth cannot
    # answer. Not a thing's ("How old are the fossils…?" is answered by "525 million years ago").
    "age": _slot(r"\bhow old (?:is|was) (?:he|she)\b|\bhow old (?:is|was) (?!(?:the|this|that|its|it|their|a|an)\b)[a-z]+(?: [a-z]+)?\W*$|\b(?:his|her) age\b|\b(?:is|was) (?:he|she) born\b|\bborn in (?:what|which) year\b|\b(?:year|date) of birth\b"
                 r"|(?<![^\s])[وف]?(?:كم|كام|قديش|قداش|شكد|اديش) عمر(?:ه|ها)(?![^\W\d_])",
                 r"\baged?\b|\byears? old\b|\bborn\b|\bbirth|عمر|مواليد|(?<![^\s])[وف]?(?:ولد|ولدت)(?![^\W\d_])"),
    # The day of the week: "What day of the week was it announced?", «بأي يوم من أيام الأسبوع انعلن؟».
    # A date alone does not say it; a source naming the weekday ("on Wednesday", «يوم الأربعاء») of
    # what the question names does: the day Nvidia joined the AIP is not the day Stargate was announced.
    "weekday": _slot(r"\b(?:what|which) (?:day of the week|weekday|week day)\b|\bday of the week\b"
                     r"|(?<![^\s])[وبف]?(?:اي|ايه|انهي|انهو|ياتو|اياتو) يوم (?:من|في|ف) (?:ايام )?(?:ال)?اسبوع(?![^\W\d_])",
                     r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b"
                     r"|(?<![^\s])[وبل]?(?:يوم )?(?:الاثنين|الاتنين|الثلاثاء|التلات|الاربعاء|الاربع|الخميس|الجمعه|السبت|الاحد)(?![^\W\d_])", of_subject=True, by_name=True),
    # Where in a publication: "On which page of Electricity 2024…?", «بأي صفحة؟»; no source numbers its pages.
    "page": _slot(r"\b(?:which|what) page\b|\bpage numbers?\b|(?<![^\s])[وبف]?(?:اي|ايه|انهي|كم|رقم) (?:ال)?صفحه(?![^\W\d_])",
                  r"\bpages?\b|\bp\. ?\d|صفحه|صفحات"),
    # "What was it called before it was renamed?", «الشراكة كان اسمها إيه قبل ما يغيّروه؟»: the sentence
    # telling of the renaming («بعد إعادة تسميتها من…») shares no word with the Arabic question. Not
    # required: a name may be given as former in other words.
    "former name": _slot(rf"\b(?:called|named|known as) (?:before|previously|originally|at first)\b|{_FORMER_NAME}"
                         r"|\bname (?:before|prior to)\b|\bpre-?(?:rebrand|renam)"  # headline "AIP's name before March 2025 rebrand?"
                         r"|(?<![^\s])(?:ال)?اسم(?:ها|ه)? قبل(?![^\W\d_])"
                         # «كان اسمها … قبل…» ("its name was … before"); not «ما كان اسم حصانه؟» (what was its name)
                         r"|(?<![^\s])كان (?:اسم|اسمها|اسمه)(?![^\W\d_])(?=.*(?:قبل|سابق|قديم|اصلي))",
                         rf"\brenam|\brebrand|{_FORMER_NAME}|\b(?:previously|originally) (?:known|called|named)\b|\bstarted out (?:under|as)\b"
                         r"|\b(?:founded|established|formed|created|began|started)\b[^.;]{0,30}?\bas\b"
                         r"|\bchanged its name\b|تسميت|تسميه|تغيير اسم|غير اسم|(?:كانت|كان) (?:تعرف|يعرف|تسمي|يسمي)|سابقا",
                         required=False),
    # Who sits on a board: "Who sits on the partnership's board?", «گولي أسماء أعضاء مجلس إدارة الشراكة».
    # Asked for, not told of («أعدّ عرضًا لمجلس إدارة… أعضاء المجلس لا يحبون التفاصيل»); nor its chair
    # ("Who chairs Stargate's board?"), whom the chair slot asks for.
    "board": _slot(r"\b(?:who|which|names?|list)\b(?: \S+){0,4}? (?:board members?|members of (?:the |its |their )?(?:\S+ ){0,5}?board|(?:sits?|serves?) on (?:\S+ ){0,3}?board)\b"
                   r"|(?<![^\s])(?:اسماء|مين|منو|من هم|شو|ما|ايش)\s+(?:\S+\s+)?(?:ال)?اعضاء (?:ال)?مجلس(?![^\W\d_])",
                   r"\bboard\b|\bdirectors\b|مجلس (?:ال)?اداره|اعضاء (?:ال)?مجلس"),
    # How a post spread: "who first posted it?", "how many times was it shared?", «مين أول حساب نشرها؟ وكم
    # مرة اتشاركت؟». News tells what was announced, not who first tweeted it or how often it was shared.
    "spread": _slot(r"\bhow many (?:times|people|users|accounts)\b(?:\W+\w+){0,6}?\W+(?:shared|retweeted|reposted|viewed|liked|forwarded)\b"
                    r"|\bwho (?:first )?(?:posted|tweeted|shared)\b|\b(?:first|original) (?:poster|account)\b"
                    r"|(?<![^\s])(?:اول|أول) (?:حساب|شخص|واحد|من) (?:نشر|غرد|كتب)|كم (?:مر[هة]|شخص|واحد|حساب) (?:ا?ت|ان|تم )?(?:شارك|نشر|تداول)",
                    r"\b(?:retweet|repost|shared|views|likes)\w*|مشارك|تداول|اعاده تغريد|اعاد نشر"),
    # A ticker's cashtag and a pump: "did $NVDA pump after the AIP announcement??" (bm037)
    # How the market took news: "BLK, MSFT shares — market reaction to AIP expansion news?", «ردة فعل السوق».
    "share price": _slot(r"\b(?:share|stock) prices?\b|\bstocks?\b|(?<![^\s])[وبل]?(?:ال)?(?:سهم|اسهم)\b|بورصه"
                         r"|(?<![\w$])\$[a-z]{2,5}\b|\bpump(?:ed|ing|s)?\b"
                         r"|\b(?:market|investors?|shares|wall street)(?:['’]s?)? (?:reaction|react(?:ed|s)?|response|responded)\b"
                         r"|\bhow did (?:the )?(?:market|investors|shares|wall street) (?:react|respond|take)\b"
                         r"|(?<![^\s])(?:رد[ةه]? (?:ال)?فعل|تفاعل) (?:ال)?(?:سوق|اسواق|مستثمرين|بورصه)(?![^\W\d_])"),
    # Advice and verdicts: "Is this a good moment to buy Nvidia shares?", "Which will win, Stargate or
    # AIP?", «برأيك مين رح يكسب؟», «تنصحني أستثمر؟». News reports neither advise nor call a winner,
    # unless a source quotes someone who does (a rating, a recommendation, a winner named).
    "advice": _slot(r"\bshould (?:i|we|investors?|one|people)\b(?:\W+\w+){0,4}?\W+(?:buy|sell|invest|bet|short|get in)\b"
                    r"|\b(?:would|do|can|could) you (?:recommend|advise|suggest)\b|\byour (?:advice|recommendation)\b"
                    r"|\b(?:good|bad|right|smart|wise|great|safe) (?:time|moment|idea|point) to (?:buy|sell|invest|get in)\b"
                    r"|\b(?:a )?(?:good|bad|smart|wise|safe) (?:investment|bet|buy)\b|\bworth (?:buying|investing|a bet|the risk)\b"
                    # "Would it be wise to put my savings into it?", "how can an ordinary person buy into it?", «هل من الحكمة…؟»
                    r"|\b(?:would|will) it be (?:wise|smart|safe|sensible|prudent|a good idea)\b|\bis it (?:wise|smart|safe|sensible|prudent|a good idea) to (?:put|invest|buy)\b"
                    r"|\bhow (?:can|could|would|do|should) (?:i|we|an? (?:ordinary|regular|normal|average|individual|retail|small) (?:person|investor|saver)|ordinary people|individuals|retail investors|someone like me)\b"
                    r"(?:\W+\w+){0,4}?\W+(?:invest|buy|get) (?:in|into)\b"
                    r"|(?<![^\s])(?:هل )?من (?:ال)?حكمه(?![^\W\d_])"
                    r"|(?<![^\s])(?:كيف|ازاي|كيفاش|شلون)\s+(?:يمكنني|ممكن|اقدر|بقدر|نقدر|بامكاني)\s+(?:ا|ن)?(?:استثمر|الاستثمار|اشتري|الشراء|اشارك|المشاركه|ادخل|الدخول)(?![^\W\d_])"
                    r"|\b(?:buy|sell|short)(?:ing)? (?:\w+ ){0,2}?(?:shares?|stocks?)\b|\bprice target\b"
                    r"|\bwho(?:['’]s| is)? (?:going to |gonna |will |would |is likely to )?win\b"
                    r"|\bwhich (?:\w+ ){0,4}?(?:will|would|is going to|is likely to) (?:win|come out (?:ahead|on top)|prevail)\b"
                    r"|(?<![^\s])[وف]?(?:تنصح|تنصحني|بتنصحني|تنصحنا|انصحني|نصيحتك)(?![^\W\d_])"
                    r"|(?<![^\s])(?:هل )?(?:اشتري|ابيع|نشتري|نبيع) (?:\S+ ){0,2}?(?:ال)?(?:اسهم|سهم)"
                    r"|(?:وقت|الوقت|فرصه|لحظه) (?:ال)?(?:مناسب|مناسبه|منيح|منيحه|حلو|حلوه|كويس|كويسه|زين|زينه|جيد|جيده) (?:لل?)?(?:شراء|استثمار|دخول|اشتري|استثمر|ابيع|بيع)"
                    r"|(?<![^\s])(?:يستاهل|تستاهل|يستحق|تستحق) (?:ال)?(?:استثمار|شراء|مخاطره|المخاطره)"
                    r"|(?<![^\s])(?:مين|من|اي|ايهم|انو|انهي) (?:\S+ ){0,3}?(?:(?:رح|راح|ح|ه|ب|س) ?)?(?:[يت](?:كسب|فوز|نتصر|غلب))(?![^\W\d_])",
                    r"\brecommend\w*|\b(?:buy|sell|hold) rating\b|\bprice target\b|\boutperform\w*|\bwinners?\b|\bwin(?:s|ning)?\b|\bwon\b"
                    r"|توصي|توصيه|ينصح|ننصح|(?<![^\s])نصح(?![^\W\d_])|الفائز|يفوز|فاز"),
    # What renting or buying something costs: "what does an hour of GPU time cost?", «قديش بيكلف الرف بالشهر؟».
    # "the sticker price on the build-out", "its price tag": what a project is worth in all, no price.
    "price": _slot(r"(?<!share )(?<!stock )(?<!sticker )\bprices?\b(?! of (?:a |the |its |their )?(?:shares?|stocks?)\b)(?! ?tags?\b)|\bpric(?:ing|ed)\b|\bfees?\b|\brent(?:al|ing|s)?\b|\bhow much (?:does|would|will|did) (?:it|that|this|one) cost\b|\bcosts? (?:per|to rent|of renting)\b"
                   r"|(?<![^\s])[وبل]?(?:ال)?(?:سعر|اسعار|ايجار|استئجار|تاجير|تسعير|رسوم)(?![^\W\d_])(?!\s+(?:ال)?(?:سهم|اسهم))"  # a share's is "share price"
                   r"|(?<![^\s])(?:ب|ح|رح )?[يت]كلف(?![^\W\d_])",
                   r"\bprice|\bfees?\b|\brent|\bcost|(?<![^\s])[وبل]?(?:ال)?(?:سعر|اسعار|ايجار|استئجار|تاجير|تسعير|رسوم|تكلفه|كلفه)(?![^\W\d_])"
                   r"|(?<![^\s])(?:ب|ح|رح )?[يت]كلف(?![^\W\d_])"),  # «رسوم» is no part of «الرسومية» (graphics)
    "chief executive": _slot(rf"{_CHIEF_EXECUTIVE}|\bexecutives?\b", rf"{_CHIEF_EXECUTIVE}|\bchief\b|\bboss\b|\bexecutives?\b", of_subject=True),
    # spoken too: «مين اللي بيرأس…؟», «مين هيرأس…؟»
    "chair": _slot(r"\bchair(?:s|ed|ing|man|woman|person)?\b|(?<![^\s])[وف]?(?:ب|ح|ه|س)?(?:يتراس|يراس|تتراس|تراس)(?![^\W\d_])|رئيس مجلس|رئاسه",
                   r"(?<!vice )(?<!vice-)\bchair|\bpresid|\bhead(?:s|ed)?\b|\bled by\b|\bleads?\b|(?<![^\s])[وفبل]?(?:ال)?رئيس(?:ه|ها)?(?![^\W\d_])|رئاسه|يتراس|يراس|تتراس|تراس|يقود|تقود",
                   of_subject=True),
    # Who is at the head, by whatever title: "who runs nvidia", «مين رئيس انفيديا», «من يدير…». A chief
    # executive, a chair or a president told of the subject answers ("Jensen Huang, chief executive of Nvidia").
    "head": _slot(r"\bwho(?:['’]s| is)?(?: actually| really| exactly)? (?:runs|running|heads|leads|in charge of|at the helm of|the head of)\b"
                  r"|(?<![^\s])[وف]?(?:مين|من|منو|شكون)(?: هو| هي| اللي| الذي)? (?:(?:ال)?(?:رئيس|مدير)(?!\s+(?:ال)?(?:مجلس|تنفيذي|عام))"
                  r"|(?:ب|بي)?(?:يدير|تدير|يقود|تقود|(?:يشغل|تشغل)(?:ه|ها)?))(?![^\W\d_])",  # «من اللي يشغله» (who operates it)
                  rf"{_CHIEF_EXECUTIVE}|\bchief\b|(?<!vice )(?<!vice-)\bchair|\bpresid|\bhead(?:s|ed)?\b|\bled by\b|\bleads?\b"
                  r"|(?<![^\s])[وفبل]?(?:ال)?(?:رئيس|مدير)(?:ه|ها)?(?![^\W\d_])|رئاسه|يتراس|يراس|تتراس|يقود|تقود|يدير|تدير"
                  r"|\boperat(?:es|ed|ing|ions|ional)\b|تشغيل",  # who runs Stargate: «تتولى «أوبن إيه آي» المسؤولية التشغيلية»
                  of_subject=True, required=False),
    # Who will run the sites: "which companies will operate the partnership's data centres?", «مين الشركات
    # اللي راح تشغّل مراكز البيانات حق الشراكة؟». Told by running them ("operates a cluster", «المسؤولية
    # التشغيلية»), not by "cooperation".
    "operator": _slot(r"\boperators? of\b|\b(?:which|what|who)\b(?:\s+\S+){0,4}?\s+(?:will |would |is going to |are going to |to )?(?:operate|run)\s+(?:the |its |their )?(?:\S+\s+){0,2}?(?:data[ -]?cent(?:re|er)s?|sites?|facilit(?:y|ies)|clusters?)\b"
                      r"|(?<![^\s])(?:راح |رح |ح |ه |س |ب )?[يت]شغل(?:وا|ون)?\s+(?:ال)?(?:مراكز|مركز|منشات|مواقع)(?![^\W\d_])|(?<![^\s])(?:ال)?(?:مشغل|مشغلين|مشغلو|مشغلي)(?![^\W\d_])",
                      r"\boperat(?:e|es|ed|ing|or|ors|ion|ions|ional)\b|\brun(?:s|ning)? (?:the |its |their )?(?:data|sites?|facilit)|تشغيل|مشغل|(?<![^\s])[وف]?(?:ي|ت|س)?شغل\w*",
                      of_subject=True),
    # Who founded, not when: "When was Activision founded?" asks for a date.
    "founder": _slot(r"\bfounders?\b|\bco-?found|\bwho (?:founded|established|set up)\b"
                     r"|(?<![^\s])[وبل]?(?:ال)?مؤسس(?:ين|ون|و|ي|ها)?(?![^\W\d_])"
                     r"|(?<![^\s])من (?:اسس|انشا)(?![^\W\d_])",
                     r"\bfound|\bestablish|\bcreat|\bset up\b|\blaunch|\bunveil|\bstart(?!-?ups?\b)|\bformed\b"
                     r"|مؤسس|اسس|تاسيس|انشا|انشاء|اطلق|اطلاق|تشكيل",
                     of_subject=True),
    # Whose it is: "Who owns xAI?", «من هو مالك شركة "إكس إيه آي"؟» ("xAI, owned by Elon Musk", "Elon Musk's company xAI").
    "owner": _slot(r"\b(?:who|which|what)\b(?:\s+\S+){0,5}?\s+owns\b|\bowners?\b|(?<![^\s])[وف]?(?:ال)?(?:مالك|ملاك|صاحب|اصحاب)(?![^\W\d_])"
                   r"|(?<![^\s])(?:من|مين|منو|شكون|مين اللي|من الذي) (?:ي|ب|بي)?(?:ملك|يملك|تملك)(?![^\W\d_])"
                   r"|(?<![^\s])لمن (?:تعود|يعود|تتبع|يتبع)(?: ملكيه)?(?![^\W\d_])",  # «لمن تعود ملكية شركة xAI؟» (whose is it)
                   r"\bown(?:s|ed|er|ers)?\b|['’]s (?:company|start-?up|firm)\b"
                   r"|(?<![^\s])[وفبل]?(?:ال)?(?:مملوك[ةه]?|مالك(?:ه|ها|هم)?|[يت]ملك(?:ه|ها)?|تابع[ةه]?)(?![^\W\d_])",  # not «المالكية»
                   of_subject=True, by_name=True, required=False),  # "BlackRock and its arm GIP" tells it in no word of owning
    # How much of it someone owns: "what percentage of AIP does Microsoft own?", «شكد تملك منها؟».
    # "Equity" is a stake, but not in "the initial equity target", "$100bn of equity", "AIP's $30bn equity" or "the
    # equity it plans to raise" (money raised as equity, not debt);
    # «الحصة التي ستُنفق داخل…» (the part that will be spent inside…) is a part of a sum, no one's stake.
    "stake": _slot(r"\bstakes?\b|\bownership\b|(?<!\bof )(?<!\bin )(?<!\dbn )(?<!billion )\bequity\b(?! (?:target|raise|raising|capital|financing|funding|fund|round|goal|commitment|tranche|portion|part))(?!(?:\s+\S+){1,4}?\s+(?:rais\w*|mobili[sz]\w*)\b)(?!\s*(?:and|or|vs\.?|versus|/|,|\+)\s*(?:incl\.?\s+|including\s+|with\s+|plus\s+)?(?:the\s+)?debt)|\bhow many shares\b|(?<![^\s])[وبل]?(?:ال)?حص(?:ه|ص|ته|تها|تهم)(?![^\W\d_])(?!(?:\s+\S+){0,3}?\s+من\s(?!(?:ال)?(?:شراكه|صندوق|مشروع|تحالف|مبادره)))(?!\s+(?:التي|اللي|الي|الذي)\s+\S*(?:نفق|صرف|تذهب|يذهب|تروح|يروح))"
                   r"|\b(?:how much|what (?:percentage|percent|share|portion|fraction))\b(?:\W+\w+){0,5}?\W+(?:own|owns)\b"
                   rf"|(?<![^\s])(?:{HOW_MUCH_ARABIC})\s+(?:ب?[تي]|ب)?(?:ملك|متلك)(?![^\W\d_])",
                   r"\bstakes?\b|\bown(?:s|ed|er|ers|ership)\b|\bequity\b|\bshareholder|حصه|حصص|حصت|ملكيه|يملك|تملك"
                   r"|يمتلك|تمتلك|مملوك|مساهم",
                   of_subject=True),
    # A regulator's approval: "Has a US regulator signed off on xAI joining?", «هل وافقت الجهات التنظيمية…؟».
    # Asked by the regulator, not by "approval" or "sign off" alone ("Before I sign off on this section…").
    "regulatory approval": _slot(r"\bregulat(?:or|ors|ory)\b|\bantitrust\b|\bwatchdogs?\b"
                                 r"|(?:ال)?(?:جهات|هيئات|سلطات|هيئه|جهه) (?:ال)?(?:تنظيميه|رقابيه)|مكافحه (?:ال)?احتكار",  # not «المنظمين», also organisers
                                 r"\bregulat|\bantitrust\b|\bwatchdog|\bapprov|\bsign(?:ed|s)? off\b|\bclearance\b|\bgreen ?light"
                                 r"|تنظيمي|رقابي|منظمين|احتكار|موافق|وافقت|وافق"),
    # A takeover, not a football team's possession ("خمسة استحواذات").
    "acquisition": _slot(r"\bacquisitions?\b|\bacquired by\b|\btakeovers?\b|\bbuyouts?\b|صفق(?:ه|ات) (?:ال)?استحواذ|استحو(?:اذ|ذت|ذ) علي",
                         r"\bacqui|\btakeover|\bbought\b|\bbuy|\bpurchas|استحواذ|استحوذ|شراء|اشتر|تشتري|يشتري",
                         of_subject=True),
    # A product's model: "are they H100s or H200s?" is asked of the codes, «ما طراز الرقائق؟» of the word.
    "model": _slot(r"\b(?:which|what)(?: \w+){0,2} (?:model|version|generation)s?\b|(?<![^\s])[وبل]?(?:ال)?(?:طراز|موديل)(?![^\W\d_])",
                   rf"\bmodel (?:name|number)|\b(?:editions?|versions?|releases?|generations?)\b|{MODEL_CODE.pattern}|طراز|موديل|اصدار|نسخه|جيل",
                   of_subject=True),
    "chatbot": _slot(r"\bchat ?bots?\b|\bassistants?\b|(?:روبوت|برنامج|تطبيق|مساعد) (?:ال)?(?:محادثه|دردشه)",
                     r"\bchat|\bbots?\b|\bassistants?\b|محادثه|دردشه|مساعد", of_subject=True),
    # ("an earnings call" is an event, no earnings asked)
    "revenue": _slot(r"\brevenues?\b|\bsales\b|\bprofits?\b|\bearnings\b(?! (?:calls?|releases?|seasons?|reports?)\b)|\bturnover\b|ايرادات|مبيعات|ارباح|عائدات",
                     r"\brevenue|\bsales\b|\bprofit|\bearn|\bturnover\b|\bincome\b|ايراد|مبيعات|ارباح|ربح|عائدات|دخل",
                     of_subject=True),
    "valuation": _slot(r"\bvaluation\b|\bvalued at\b|\bmarket (?:value|cap)|قيمه (?:ال)?سوقيه|(?:ال)?تقييم"
                       r"|\bhow much\b(?:\s+\S+){0,8}?\s+(?:be|is|was|are|were) worth\b",  # "how much will the fund be worth next year"
                       r"\bvalu|\bmarket cap|\bworth\b|قيمه|قيمت|تقييم|تقدر|يقدر", of_subject=True),
    # Where a body has its seat: "Where is AIP headquartered?", «وين المقر الرئيسي للشراكة؟». A source says so
    # («تتخذ من أبوظبي مقرًا لها», "based in"); a place named near the subject's words is not its seat.
    "headquarters": _slot(_SEAT_ASKED,
                          r"\bheadquart|\bhead office\b|\bbased in\b|\bseat\b|\bhq\b|(?<![^\s])[وفب]?(?:ال)?مقر(?:ه|ها|ا|اً|ًا)?(?![^\W\d_])",
                          of_subject=True, by_name=True, required=False),
    # Where to write or walk in: "Kindly share the office address of the partnership", «ما عنوان مكتب
    # الشراكة؟». Not the verb ("to address the demand") nor a title («بعنوان»).
    "address": _slot(r"\b(?:office|postal|mailing|street|physical|registered|email|e-mail|contact) address(?:es)?\b|\baddress of (?:the |its |their )?(?:office|headquarters|partnership|fund|company|firm)\b"
                     r"|(?<![^\s])(?:ال)?عنوان (?:ال)?(?:مكتب|مقر|بريدي|مكاتب)\w*|(?<![^\s])(?:ما|وش|شو|ايش) (?:هو )?عنوان(?:ه|ها|هم)(?![^\W\d_])",
                     r"\b(?:office|postal|mailing|street) address|\bstreet\b|\bavenue\b|\bsuite \d|(?<![^\s])(?:ال)?عنوان(?:ه|ها)?(?![^\W\d_])|شارع"),
    # How an outsider takes part: a job, a stake bought as a private person, an application
    # ("the procedure to apply for jobs there", «هل يقدر المستثمر الفرد أن يشتري حصة؟ وكيف أقدم؟»).
    # A source tells it by the door itself: hiring, retail or individual investors, subscribing, applying.
    "application": _slot(r"\bapply (?:for|to)\b|\bjob (?:openings?|vacanc\w+|applications?)\b|\bcareers? (?:page|site|portal|section)\b"
                         r"|\bretail investors?\b|\b(?:ordinary|individual|small|private|common) (?:investors?|people|persons?|citizens?)\b"
                         r"|\bhow (?:can|do|could|should) (?:i|we|one)(?: \w+){0,3} (?:invest|apply|buy|subscribe|get hired)\b"
                         r"|(?<![^\s])[وف]?(?:كيف|كيفاش|ازاي|شلون|كيفية|طريقه) (?:ا|ن)?(?:قدم|تقدم|سجل|شتري|ستثمر)\w*"
                         r"|(?<![^\s])(?:ال)?مستثمر(?:ين)? (?:ال)?(?:عادي|عاديين|فرد|افراد|صغير|صغار)(?![^\W\d_])|(?<![^\s])(?:ال)?تقديم علي (?:ال)?وظائف|وظائف شاغره",
                         r"\bretail\b|\bindividual investors?\b|\bsubscri|\bapplications?\b|\bapply\b|\bhir(?:e|es|ing)\b|\brecruit|\bvacanc|\bcareers?\b|\bopen to (?:the public|investors|individuals)\b"
                         r"|تقديم|اكتتاب|توظيف|وظائف|شاغر|(?:ال)?مستثمرين (?:ال)?افراد"),
    # What kind of body it is in law and where it is registered: "What is AIP's legal form?",
    # «ما الشكل القانوني للشراكة، وفي أي دولة سُجّلت رسمياً؟»
    # (not «كم سجلت مراكز البيانات…؟», how much they recorded)
    "legal form": _slot(r"\blegal (?:form|structure|entity|status)\b|\b(?:registered|incorporated|domiciled) as an?\b"
                        r"|\b(?:where|in (?:which|what) (?:country|state|jurisdiction))\b[^?]{0,40}\b(?:registered|incorporated|domiciled)\b|\bcompany registration\b"
                        r"|(?:ال)?(?:شكل|كيان|وضع) (?:ال)?قانوني|(?<![^\s])[وف]?(?:سجلت|سجل|مسجل[ةه]?|تسجيلها)\s+(?:رسميا|في (?:اي|ايه|انهي) (?:دوله|بلد))",
                        r"\blegal\b|\bregister|\bincorporat|\bdomicil|\blimited partnership\b|\bLLC\b|\bfund structure\b"
                        r"|قانوني|سجل|تسجيل|مسجل"),
    # Who speaks for it: "Who is the AIP's official spokesperson?", «مين المتحدث الرسمي باسم الشراكة؟»
    "spokesperson": _slot(r"\bspokes(?:person|man|woman|people)\b|\bpress (?:officer|contact|office)\b|(?:ال)?(?:متحدث|ناطق)(?:ه)? (?:ال)?رسمي",
                          r"\bspokes(?:person|man|woman|people)\b|\bpress (?:officer|contact|office)\b|(?:ال)?(?:متحدث|ناطق)"),
    # Who lends the debt: "which banks will lend it the debt?", «أي بنوك بالضبط هي اللي بتقرض الشراكة؟». Not «بنك»
    # alone in a source, which is also SoftBank's «سوفت بنك».
    "lenders": _slot(r"\b(?:which|what) (?:\w+ )?(?:banks|lenders)\b|\blenders?\b|\bwho (?:will |is going to )?(?:lend|loan)\b"
                     r"|(?<![^\s])(?:اي|ايه|انهي|مين|من|ما|شو|وش) (?:ال)?(?:بنوك|مصارف|جهات (?:ال)?مقرضه)(?![^\W\d_])|(?<![^\s])(?:ب|ح|رح |س)?[يت]قرض(?:ون|وا)?(?![^\W\d_])|(?:ال)?مقرض(?:ين|ون|ه)?(?![^\W\d_])",
                     r"\bbanks\b|\blend|\bloans?\b|\bcreditors?\b|بنوك|مصارف|مصرف|(?<![^\s])[وبل]?(?:ال)?(?:قرض|قروض|مقرض\S*|اقراض|[يت]قرض\S*)(?![^\W\d_])"),
    # How it picks what to invest in: "how does AIP decide which projects to invest in?", «كيف تختار الشراكة المشاريع؟»
    "selection": _slot(r"\bhow (?:does|do|will|would) (?:\S+ ){1,4}?(?:decide|choose|pick|select)\b|\b(?:investment|selection) (?:committee|criteria|process)\b"
                       r"|(?<![^\s])(?:كيف|ازاي|شلون|كيفاش) (?:\S+ ){0,3}?(?:ت|ي)?(?:ختار|قرر|حدد|نتقي)\S*(?![^\W\d_])|معايير (?:ال)?(?:اختيار|استثمار)|لجنه (?:ال)?استثمار",
                       r"\bcriteri|\bcommittee\b|\bselect(?:s|ed|ion)?\b|\bdecid|\bchoos|\bchose|معايير|لجنه|تختار|يختار|اختيار"),
    # A part of a year money is counted for: "spent in the first quarter", «صرفت في الربع الأول»; sources give
    # yearly figures. Money asked beside it: a game's fourth quarter (SQuAD-format) is no accounting period.
    "quarter": _slot(rf"(?:{MONEY.pattern}).*?(?:{_QUARTER})|(?:{_QUARTER}).*?(?:{MONEY.pattern})",
                     r"\bquarter|\bq[1-4]\b|(?<![^\s])[وفب]?(?:ال)?(?:ربع|ربعي|فصلي)\S*"),
    # A tax or a duty: "Why did the US put a big tax on AIP?", «ليش أمريكا حطت ضريبة…؟»
    "tax": _slot(r"\btax(?:es|ed|ation)?\b|\btariffs?\b|\blev(?:y|ies)\b|\bduties\b|(?<![^\s])[وبل]?(?:ال)?(?:ضريب|ضرائب|جمارك|رسوم جمركي)\S*",
                 r"\btax|\btariff|\blev(?:y|ies)\b|\bduties\b|ضريب|ضرائب|جمرك|جمارك"),
    # What investors are promised back: "What annual return does AIP promise?", «ما العائد السنوي…؟»
    "return": _slot(r"\b(?:annual|yearly|expected|promised|projected|target(?:ed)?|guaranteed|investors?['’]?) (?:rate of )?returns?\b"
                    r"|\breturns? on (?:investment|capital|equity)\b|\b(?:irr|yields?)\b|(?<![^\s])[وبل]?(?:ال)?عائد(?![^\W\d_])",
                    r"\breturns?\b|\byields?\b|\birr\b|عائد", of_subject=True),
    # A deal's worth: a sum told of the deal, not of its parties ("What is the revised Microsoft-OpenAI
    # deal worth?" is not answered by Microsoft's $80 billion budget).
    "deal value": _slot(r"\b(?:value|worth|size|price) of (?:the |this |that |their )?(?:[\w-]+ ){0,3}?(?:deal|agreement|contract|pact)\b"
                        r"|\b(?:deal|agreement|contract|pact)(?:['’]s)? (?:value|worth|price)\b|\b(?:deal|agreement|contract|pact) worth\b"
                        r"|(?<![^\s])(?:ال)?(?:قيمه|ثمن|حجم) (?:ال)?(?:ماليه )?(?:ل|لل|ال)(?:اتفاق|اتفاقيه|صفقه|عقد)",
                        r"^(?=.*(?:\b(?:deal|agreement|contract|pact)\b|اتفاق|صفقه|عقد))(?=.*(?:\$|\bdollars?\b|\bbillion\b|\bbn\b|مليار|مليون|دولار))"),
    # Who put the money up: "initial funders", "first backers", "Who put money into it?", «الممولين».
    # Not "fund" alone, which is also the noun ("the fund"). Sources say so in too many ways
    # ("invested", "raised from") to refuse a question none of them mentions.
    "funder": _slot(r"\b(?:funders?|backers?|financiers?)\b|\bput (?:up )?(?:the )?(?:\w+ )?money\b|\bwho (?:funded|financed|bankrolled)\b"
                    r"|\bwho(?:['’]s| is| are)(?: \w+)? (?:funding|financing|backing|bankrolling)\b"  # "who's actually funding Stargate??"
                    r"|(?<![^\s])[وبل]?(?:ال)?ممول(?:ين|ون|و)?(?![^\W\d_])|(?<![^\s])من (?:مول|يمول|تمول|موّل)(?![^\W\d_])"
                    r"|(?<![^\s])(?:اللي|الي|التي|الذي|الذين|لي) (?:مول|مولت|مولوا|يمول|تمول|بيمول|بتمول)(?![^\W\d_])"  # «الجهات اللي مولت…»
                    r"|(?<![^\s])[وف]?(?:كت|كي|بت|بي|ت|ي)مول(?:و|وا|ون)?(?![^\W\d_])",  # «كانت كتموّل» (Darija: were funding)
                    r"\b(?:funders?|backers?|financiers?)\b|\b(?:funded|financed|backed|bankrolled) by\b|\bbacking\b"
                    r"|ممول|بتمويل من|بدعم من|مدعوم",
                    of_subject=True, required=False),
    # How money is found: "How is the partnership financed?", «كيف سيتم تمويل الاستثمار؟»; its
    # sentences tell of raising, capital, debt. Read for ranking only.
    "financing": _slot(r"\bhow (?:is|are|was|were|will|would|does|do)\b.*\b(?:financed|funded|paid for|bankrolled|financ(?:e|ing))\b"
                       r"|\bhow (?:will|would|does|do|is|are)\b.*\b(?:raise|raised|raising|get|gets|reach|reaches)\b.*\b(?:money|capital|total|billion|bn|\$)"
                       r"|(?<![^\s])(?:كيف|كيفاش|ازاي|شلون) (?:\S+ )?(?:سيتم |يتم |تم )?(?:تمويل|يمول|تمول|ستمول|سيمول|جمع|تجمع|يجمع|ستجمع)(?![^\W\d_])"
                       r"|(?<![^\s])(?:ال)?(?:مصادر|مصدر) (?:ال)?تمويل(?![^\W\d_])",
                       r"\bfinanc(?:e|ed|es|ing)\b|\bfunding\b|\bdebt\b|\bborrow|\bequity\b|\brais(?:e|es|ed|ing)\b|\bcapital\b|\bmobilis|\bmobiliz"
                       r"|تمويل|ديون|اقتراض|(?<![^\s])[وفبل]?(?:ل)?(?:جمع|يجمع|تجمع)(?![^\W\d_])|راس مال|راس المال",
                       of_subject=True, required=False),
    # Who wrote a post, a report or a letter: "written by Brad Smith", "Smith wrote", «بقلم». Not a
    # book's author: over the SQuAD-format questions that cost more answers than it gained.
    # Sources name an author in too many ways ("in a post by…", "Smith's blog") to refuse on it.
    # «كتب» alone is also "books": a source says who wrote only in the other forms.
    # "Who at Microsoft actually put out the $80bn figure?" asks who set it out in writing too.
    "author": _slot(rf"\b(?:who (?:wrote|writes|authored|penned)|(?:the )?author of)\b.*\b{_WRITINGS}"
                    r"|\bwho (?:at \w+ )?(?:actually |really |first )?(?:put|puts|set|sets) out\b"
                    # (also past who it is: «مين المسؤول في مايكروسوفت اللي كتب التدوينة…؟»)
                    rf"|(?<![^\s])(?:(?:من|{question_words('ar', ('who',))})(?:(?: \S+){{0,4}}? (?:اللي|الذي|لي))? (?:كتب|كتبت|نشر|نشرت|كاتب)|صاحب|كاتب) (?:ال|هال)?{_ARABIC_WRITINGS}"
                    # «مين اللي طلّع رقم الـ80 مليار؟»: spoken "who put out the figure"
                    rf"|(?<![^\s])(?:{question_words('ar', ('who',))})(?: اللي| لي)? (?:طلع|اطلع|نشر|اعلن)(?: هال| ال| بال| ب| )(?:رقم|ارقام)(?![^\W\d_])"  # «طلع بالرقم ده» (came out with it)
                    # who told of a figure: «مين اللي طلع حكى عن الثمانين مليار…», «من المسؤول في مايكروسوفت الذي أعلن خطة إنفاق الـ80 مليارًا؟»
                    rf"|(?:^|(?<=[،,.؟?!:] ))\W*[وف]?(?P<asking_who>من|{question_words('ar', ('who',))})(?: \S+){{0,4}}? (?:(?:ا?طلع|قام) )?و?(?P<asking_told>حكي|حكا|تكلم|اتكلم|صرح|اعلن|كشف)(?![^\W\d_])"  # «اللي طلع وأعلن»
                    # or «…اللي أعلن في تدوينة إن الشركة هتصرف…» (who announced in a blog post that…)
                    rf"(?=(?: \S+){{0,4}}? (?:ال)?(?:\d|رقم|ارقام|خطه|مبلغ|ميزانيه)| (?:في |ب)?(?:ال)?{_ARABIC_WRITINGS}(?![^\W\d_]))",
                    r"\bwr(?:ote|itten|iting|ites)\b|\bauthor|\bpenned\b|(?<![^\s])(?:كتبه|كتبها|كتبت|بقلم|كاتب|كاتبه)(?![^\W\d_])",
                    of_subject=True, required=False),
    "place": _PLACE,
    "state": _STATE,
    "country": _COUNTRY,
    "destination": _MONEY_DESTINATION,
    "site": _SITE,
    # Events a question takes for granted ("Why did Nvidia withdraw?"): a false premise when no
    # source tells of one.
    "withdrawal": _slot(r"\bwithdr[ae]wn?\b|\bwithdrawal\b|\bpull(?:ed|s)? out\b|\bwalk(?:ed|s)? (?:away|out)\b|\bquit\b|\bexit(?:ed|s)?\b"
                        r"|\b(?:left|leave|leaves|leaving) (?:the|a|an|its|his|her|their)\b|انسحاب|انسحب|تنسحب|ينسحب|خروج|خرجت|غادر"
                        # «ليه سوفت بنك سحبت فلوسها من ستارغيت؟»: pulled its money out
                        r"|\bpull(?:ed|s)? (?:its|their|his|her|the) (?:money|funding|investment|cash)\b"
                        r"|(?<![^\s])[وف]?(?:سحب|سحبت|يسحب|تسحب|سحبوا)(?![^\W\d_])"
                        r"|(?<![^\s])[وف]?(?:طلعت|طلع|طلعوا|يطلع|تطلع) من(?![^\W\d_])"  # spoken «طلعت من» (left)
                        # gave up a role: "Why did Nvidia drop its adviser role?", «ليش إنفيديا تركت دور المستشار…؟»
                        r"|\b(?:gave|give|gives|giving) up\b|\bdrop(?:s|ped)?\b|\babandon(?:s|ed)? (?:its|their|his|her|the) role\b"
                        r"|(?<![^\s])[وف]?(?:تخلت|تخلي|يتخلي|تتخلي|تركت|ترك|يترك|تترك)(?![^\W\d_])",
                        r"\bwithdr|\bpull(?:ed|s|ing)? out\b|\bwalk(?:ed|s|ing)? (?:away|out)\b|\bquit|\bexit|\bleft\b|\bleav|\bdepart|\bstep(?:ped|s)? down"
                        r"|انسحاب|انسحب|تنسحب|ينسحب|خروج|خرج|غادر|مغادره|(?<![^\s])[وفب]?(?:سحب|سحبت|يسحب|تسحب|سحبوا)(?![^\W\d_])"
                        r"|\bgave up\b|\bdropped\b|تخلت|تخلي|(?<![^\s])[وف]?(?:تركت|ترك)(?![^\W\d_])",
                        of_subject=True, asked_by=_PRESUPPOSING),
    # "Who turned down an invitation to join?", «من رفض الانضمام؟»: a refusal no source tells of.
    "refusal to join": _slot(r"\bdeclin(?:e|ed|es|ing) (?:to|an|the|its|their)\b|\b(?:turn(?:ed|s|ing)? down|refus(?:e|ed|es|ing) to|said no)\b"
                             r"|(?<![^\s])[وف]?(?:رفض|رفضت|رفضوا|يرفض|ترفض)(?![^\W\d_])",
                             r"\bdeclin|\bturn(?:ed|s|ing)? down\b|\brefus|\breject|\bsaid no\b|رفض"),
    # "pushing AIP's first close out to 2026" (bn038), "delayed": a postponement
    "cancellation": _slot(r"\bcancel|\bscrap(?:ped|s)?\b|\babandon|\bhalt(?:ed|s)?\b|\bsuspend|\bpostpone|\bshut down\b|\bdelay(?:ed|s|ing)?\b"
                          r"|\bpush(?:ed|es|ing)? (?:\S+ ){0,5}?(?:out|back) (?:to|until|into|by)\b"
                          r"|(?<![^\s])[وف]?(?:الغي|الغاء|الغت|يلغي|تلغي|اوقف|اوقفت|اوقفوا|ايقاف|تعليق|علق|تاجيل"
                          r"|تاجل|تاجلت|يتاجل|تتاجل|اتاجل|اتاجلت|اجلت|اجلوا)(?![^\W\d_])"  # «علاش تأجل ستارغيت؟» (postponed)
                          # spoken "stopped": «بعد ما وقّفت الحكومة ستارغيت», with ق said as ك: «ليش الحكومة وكّفت الصفقة؟»
                          r"|(?<![^\s])(?:وقفت|وقفوا|وقفو|وكفت|وكفوا|وكفو)(?![^\W\d_])",
                          r"\bcancel|\bscrap|\babandon|\bhalt|\bsuspen|\bpostpone|\bdelay|\bshut|\bpaus"
                          r"|الغي|الغاء|الغت|يلغي|تلغي|اوقف|ايقاف|توقف|تعليق|علق|تاجيل|اجل|تعثر",
                          of_subject=True, asked_by=_PRESUPPOSING),
    # A regulator's objection: «ما سبب اعتراض هيئة المنافسة الأمريكية على انضمام «إكس إيه آي»…؟» (bn041),
    # "Why did antitrust regulators object to…?"; a source telling of one says so.
    "objection": _slot(r"\bobject(?:ed|ion|ions)\b|\bobjects? to\b|\bantitrust\b"  # not "What object…?"
                       r"|(?<![^\s])[وفل]?(?:ال)?(?:اعتراض|اعترض|اعترضت|يعترض|تعترض|معارضه|عارض|عارضت)(?![^\W\d_])",
                       r"\bobject|\bantitrust|\bregulator|\bcompetition authorit|اعتراض|اعترض|معارض|عارض|احتكار|هيئه المنافسه",
                       of_subject=True, asked_by=_PRESUPPOSING),
    # "Why will demand triple?", «ليش رح يتضاعف ثلاث مرات؟»: a multiple the question takes for
    # granted; when no source tells of it (they say "more than double"), the premise is false.
    "tripling": _slot(r"\btripl|\btrebl|\bthree ?times\b|\bthreefold\b|(?<![^\s])(?:ثلاث|ثلاثه) (?:اضعاف|مرات)(?![^\W\d_])",
                      asked_by=_PRESUPPOSING, figured=True),
    "quadrupling": _slot(r"\bquadrupl|\bfour ?times\b|\bfourfold\b|(?<![^\s])(?:اربع|اربعه) (?:اضعاف|مرات)(?![^\W\d_])",
                         asked_by=_PRESUPPOSING, figured=True),
    # "Why does the report expect use to fall between 2030 and 2035?": a fall no source tells of;
    # the figures they give for those years answer instead (945 TWh, then about 1,200).
    "decline": _slot(r"\b(?:fall|falls|fell|falling|drop|drops|dropped|dropping|decreas\w*|shrink\w*|shrank|go(?:es)? down|went down)\b"
                     r"|\b(?:scal(?:e|ed|es|ing)|cut(?:s|ting)?|pull(?:ed|s|ing)?|pared?) back\b"  # "Why did BlackRock scale back its commitment?"
                     r"|\bdeclin(?:e|es|ed|ing)\b(?! (?:to|an|the|its|their)\b)"
                     r"|(?<![^\s])[وف]?(?:ب|ح|ه|س|رح )?(?:ينخفض|تنخفض|انخفض|انخفضت|يتراجع|تتراجع|تراجع|تراجعت|يقل|تقل|قل|قلت|يهبط|تهبط)(?![^\W\d_])",
                     r"\bfall|\bfell\b|\bdrop|\bdeclin|\bdecreas|\bshr[ai]nk|\blower\b|\bdown\b|\bback\b|\breduc|انخفاض|انخفض|ينخفض|تراجع|هبوط|يهبط|اقل",
                     asked_by=_PRESUPPOSING, figured=True),
    "sale": _slot(r"\bsold\b|\bsell(?:s|ing)?\b|(?<![^\s])[وف]?(?:باع|باعت|يبيع|تبيع|بيع)(?![^\W\d_])",
                  r"\bsold\b|\bsell|\bsale\b|\bdivest|(?<![^\s])[وفل]?(?:باع|باعت|يبيع|تبيع|بيع|ببيع)(?![^\W\d_])",
                  of_subject=True, asked_by=_PRESUPPOSING),
    "lawsuit": _slot(r"\bsued?\b|\bsuing\b|\blawsuits?\b|\blegal action\b|دعوي|قاضت|قاضي|مقاضاه",
                     r"\bsue|\bsuing\b|\blawsuit|\blegal|\bcourt|\blitigation|دعوي|قاض|مقاضاه|محكمه|قضائي",
                     of_subject=True, asked_by=_PRESUPPOSING),
    # A forecast revised: "Why did the IEA cut its 2030 forecast?" when no source tells of a revision.
    "revision": _slot(r"\b(?:cut|cuts|lowered|lower|lowers|reduced?|reduces|revised?|revises|downgraded?|upgraded?|raised) (?:its|their|the) "
                      r"(?:\w+ ){0,3}(?:forecast|estimate|projection|outlook|figure)s?\b"
                      r"|(?<![^\s])[وف]?(?:خفضت|خفض|قلصت|قلص|عدلت|عدل|رفعت|رفع|راجعت)(?: \S+){0,2} (?:ال)?(?:توقعات|تقديرات|تقدير)",
                      r"\bcut\b|\blowered\b|\brevis(?:ed|es|ion|ions)\b|\bdowngrad|\bupgrad|\b(?:up|down) from\b"
                      r"|خفض|قلص|عدلت|تعديل|مراجعه",
                      of_subject=True, asked_by=_PRESUPPOSING),
    # What someone is paid: "What's Jensen Huang's salary?", «كم راتب جينسن هوانغ؟».
    "salary": _slot(r"\bsalar(?:y|ies)\b|\bpay ?(?:package|packet|check|cheque)s?\b|\bcompensation\b|\bhow much (?:does|did|is) \w+(?: \w+)? (?:paid|earn|make)\b"
                    r"|(?<![^\s])[وبل]?(?:ال)?(?:راتب|رواتب|راتبه|راتبها|معاش|معاشه|اجره|اجرها)(?![^\W\d_])|\bsalaires?\b"
                    r"|(?<![^\s])(?:شحال|قداش|بشحال|بقداش) (?:\S+ )?(?:كيخلصو|كيتخلص|كيتخلصو)(?![^\W\d_])",  # Darija: «شحال كيخلصو…» (how much are … paid)
                    r"\bsalar|\bcompensation\b|\bpaid\b|\bearn|راتب|رواتب|معاش|اجره|اجرها|مكافا", of_subject=True),
    # A job or a visa asked for ("any job openings for freshers? please revert with the apply link",
    # «واش خاصني visa de travail باش نخدم…»): news of a venture's data centres offers neither.
    "job": _slot(r"\bjob (?:openings?|offers?|vacanc\w+|postings?|opportunit\w+)\b|\bvacanc(?:y|ies)\b|\bfreshers\b|\bapply (?:link|online)\b"
                 r"|\bhow (?:can|do|should|to) (?:i |we )?apply\b|(?<![^\s])[وبل]?(?:ال)?(?:وظائف|شواغر)(?![^\W\d_])|فرص (?:ال)?(?:عمل|شغل)"
                 # Egyptian «عايز أقدّم على شغل في «إم جي إكس»، أعمل إيه؟» (I want to apply for a job at MGX)
                 r"|(?<![^\s])[وف]?(?:ا|ن|ت|ب[انت])?(?:قدم|تقدم)\s+(?:علي|ل|في)\s*(?:ال)?(?:شغل|وظيف\S*|عمل)(?![^\W\d_])"
                 r"|(?<![^\s])(?:عايز|عاوز|عايزه|عاوزه|ابغي|ابي|بدي|حاب|حابب)\s+(?:ا|ن)?شتغل(?![^\W\d_])",
                 r"\bjobs?\b|\bvacanc|\bhir(?:e|es|ed|ing)\b|\brecruit|\bemploy|وظائف|وظيف|توظيف|شواغر|فرص (?:ال)?(?:عمل|شغل)"),
    "visa": _slot(r"\bvisas?\b|\bwork permits?\b|(?<![^\s])[وبل]?(?:ال)?(?:فيزا|تاشيره|تاشيرات)(?![^\W\d_])",
                  r"\bvisas?\b|\bpermits?\b|فيزا|تاشير|اقامه"),
    # What a lawyer checks in a contract, which news of a deal does not print: the law governing it
    # ("Which jurisdiction's law governs the agreement?", «ما القانون الواجب التطبيق…؟») and who signed it
    # («ما أسماء الأشخاص الذين وقّعوا على اتفاق انضمام «إنفيديا»…؟», "Who are the signatories?").
    "governing law": _slot(r"\bgovern(?:s|ed|ing)?\b(?:\W+\w+){0,2}?\W+law\b|\b(?:governing|applicable) law\b|\bjurisdiction"
                           r"|(?:ال)?قانون (?:ال)?(?:حاكم|واجب التطبيق|المطبق|الذي يحكم|اللي يحكم)|(?:ال)?اختصاص (?:ال)?قضائي",
                           r"\blaws?\b|\bjurisdiction|\bgovern|قانون|اختصاص|تشريع|محكمه|محاكم"),
    "signatory": _slot(r"\bsignator(?:y|ies)\b|\bsigned (?:it |the \w+ )?(?:on behalf|for)\b|\bwho signed\b|\bsigned by\b"
                       r"|(?<![^\s])(?:ال)?(?:موقعين|موقعون)(?![^\W\d_])|(?<![^\s])[وف]?(?:وقع|وقعت|وقعوا|وقعا|يوقع|توقيع)\s+(?:علي|نيابه)(?![^\W\d_])",
                       r"\bsign(?:ed|s|ing|ator\w*)?\b|توقيع|وقع علي|وقعت علي|وقعوا|موقعين|موقعون"),
    # Out of the news's reach: the weather ("whats the weather gonna be in abu dhabi tomorrow"), harm
    # to health («هل تسبب مراكز البيانات أضرارًا صحية…؟»), and a reminder asked for («ذكرني بكرة…»):
    # a source naming Abu Dhabi or data centres does not answer them.
    # Asked of a day or a place, not "About what weather feature do paleoclimatologists want information?".
    "weather": _slot(r"\bweather (?:forecast|today|tomorrow|tonight|this week|gonna|going to|be like|like|in)\b|\b(?:what|how)(?:['’]s| is| will be)? the weather\b"
                     r"|\b(?:what|how)(?:['’]s| is| will be)? the temperature(?= (?:in|at|today|tomorrow|tonight|now|outside)\b)"
                     r"|\btemperature (?:today|tomorrow|tonight|now)\b|(?<![^\s])(?:كيف|شو|ايش|وش|كيفاش|شلون) (?:ال)?(?:طقس|جو)(?![^\W\d_])"
                     r"|(?<![^\s])(?:ال)?(?:طقس|جو)\s+(?:\S+\s+){0,2}?(?:بكره|بكرا|اليوم|غدا|الحين|هلق|دلوقتي|النهارده)(?![^\W\d_])",
                     r"\bweather\b|\btemperatures?\b|\b(?:rain|snow|sunny|degrees)\b|طقس|حراره|امطار|مطر"),
    # Harm to health asked, not any question about a disease.
    "health": _slot(r"\bhealth (?:risks?|effects?|impacts?|hazards?|problems?|issues?|damage|harm)\b|\b(?:harm\w*|bad|dangerous|risks?) (?:\w+ ){0,3}?(?:to|for) (?:\w+ ){0,2}?health\b"
                    r"|(?<![^\s])(?:اضرار|ضرر|مخاطر|خطر|اثار|اثر|مشاكل)[اً]* (?:ال)?صحي[هة]?(?![^\W\d_])|(?<![^\s])علي (?:ال)?صحه(?![^\W\d_])",
                    r"\bhealth|\bdisease|\billness|\bcancer\b|\bmedical\b|(?<![^\s])[وبل]?(?:ال)?(?:صحي|صحيه|صحه|امراض|مرض|طبي)(?![^\W\d_])"),
    "reminder": _slot(r"\bremind (?:me|us) (?:to|at|tomorrow|tonight|later|in (?:an?|\d+) (?:minutes?|hours?|days?))\b|\bset (?:a |an |me a )?(?:reminder|alarm|timer)\b|\bwake (?:me|us) up\b"
                      r"|(?<![^\s])[وف]?(?:ذكرني|ذكرنا|فكرني|فكرنا|نبهني|نبهنا|صحيني) (?:بكره|بكرا|غدا|الساعه|بعد|يوم|الصبح|الصباح|المسا|المساء|كمان)(?![^\W\d_])",
                      r"\breminders?\b|\balarms?\b|\btimers?\b|تذكير|منبه"),
    # What borrowing costs: "What interest rate will the debt carry?", «بأي سعر فائدة؟».
    "interest rate": _slot(r"\binterest rates?\b|\bcoupons?\b|\b(?:rate|cost) of (?:the )?(?:debt|borrowing|loans?)\b"
                           r"|(?:ال)?(?:سعر|اسعار|نسبه|معدل) (?:ال)?فائده|(?<![^\s])[وبل]?(?:ال)?فوائد(?![^\W\d_])",
                           r"\binterest\b|\bcoupon|فائده|فوائد"),
    # What households pay for power: "Will my electricity bill go up?", «فواتير الكهرباء». Not a
    # "Bill" by name, nor a law.
    "bill": _slot(r"\b(?:electricity|power|energy|utility|household|consumer|monthly)s?['’]? bills?\b|\bbills? (?:for|of) (?:electricity|power|energy)\b"
                  r"|(?<![^\s])[وبل]?(?:ال)?(?:فاتوره|فواتير)(?![^\W\d_])",
                  r"\bbills?\b|\btariffs?\b|\bprices?\b|\bconsumers? pa|فاتور|فواتير|تعرف|اسعار|سعر"),
    # A choice the question takes for granted: "Why was MGX chosen as a founding partner…?",
    # «… ولماذا اختارتها؟». No source telling of choosing, the reason is not in them.
    "choice": _slot(r"\b(?:chosen|chose|selected|picked)\b|(?<![^\s])[وف]?(?:اختير|اختيرت|اختار|اختارت|اختاروا|اختارها|اختارتها|اختاره|اختارته|اختيار)(?![^\W\d_])",
                    r"\bchos|\bchoice|\bselect|\bpick|اختار|اختير|اختيار",
                    of_subject=True, asked_by=_PRESUPPOSING),
    # A move the question takes for granted: "Why did the partnership move its headquarters…?",
    # «ليه الشراكة نقلت مقرها لأبوظبي…؟».
    "relocation": _slot(r"\b(?:mov(?:e|ed|es|ing)|relocat\w*)\b(?:\W+\w+){0,3}?\W+(?:headquarters|hq|head office|base|offices?)\b|\brelocat"
                        r"|(?<![^\s])[وف]?(?:نقل|نقلت|نقلوا|ينقل|تنقل)\s+(?:\S+\s+)?(?:ال)?مقر|(?<![^\s])[وف]?(?:انتقل|انتقلت)(?![^\W\d_])",
                        r"\bmov(?:e|ed|es|ing)\b|\brelocat|نقل|انتقل",
                        of_subject=True, asked_by=_PRESUPPOSING),
    # A fine paid: «كم كانت الغرامة اللي دفعتها بلاك روك…؟» asks for a sum only a fine's source gives.
    # "fine" is a penalty after a determiner or a verb of paying ("pay a fine", "what fine"), not in
    # "ballpark numbers fine".
    "penalty": _slot(r"\bfines\b|\bfined\b|\b(?:a|the|any|its|their|his|her|no|pay|paid|impose[ds]?|levied|face[ds]?|hefty|big|record|what|which|much)"
                     r"\s+(?:\S+\s+)?fine\b(?!-|\s+print)|\bpenalt(?:y|ies)\b|(?<![^\s])[وبل]?(?:ال)?(?:غرامه|غرامات|عقوبه|عقوبات)(?![^\W\d_])",
                     r"\bfine[ds]?\b|\bpenalt|غرام|عقوب", of_subject=True),
    # Becoming part of another: "Why did Stargate become part of the AIP?", «ليش Stargate صار جزء من
    # الـ AIP؟»; a source telling of it says "part of", a merger, or a partner.
    "merger": _slot(r"\b(?:became|become|becomes|becoming|was made|is now|got) (?:a )?part of\b|\bmerg(?:e|ed|es|ing)\b|\bfolded into\b|\babsorbed (?:into|by)\b"
                    r"|(?<![^\s])(?:صار|صارت|اصبح|اصبحت|بقي|بقت|ولي|ولات)\s+(?:\S+\s+){0,2}?جزء[اً]*\s+من(?![^\W\d_])"
                    r"|(?<![^\s])[وف]?(?:اندمج|اندمجت|اندماج|دمج|دمجت)(?![^\W\d_])",
                    r"\bpart of\b|\bmerg|\bfolded\b|\babsorb|\bbecom\w* (?:a )?(?:full )?partner\b|جزء[اً]* من|اندماج|اندمج|دمج|شريك[اً]* كامل",
                    of_subject=True, asked_by=_PRESUPPOSING),
    # An investment already made: "the first data centre project AIP has invest in", "a date on its
    # first deal close", «أول صفقة للشراكة»; a source telling of one says what was bought or invested in.
    "first deal": _slot(r"\bfirst (?:\S+ ){0,3}?(?:projects?|deals?|investments?|acquisitions?|purchases?)\b|\b(?:has|have)\s+(?:\S+\s+){0,2}?invest(?:ed)?\s+in\b"
                        r"|(?<![^\s])[وف]?(?:ب|ل)?(?:اول|أول)\s+(?:\S+\s+){0,2}?(?:مشروع|صفقه|استثمار|استحواذ)(?![^\W\d_])",
                        r"\binvested in\b|\bacquired\b|\bbought\b|\bfirst (?:\S+ ){0,2}?(?:project|deal|investment|acquisition)|\bclosed\b"
                        r"|استثمرت في|استثمر في|استحوذ|اشترت|اشتري|(?:اول|أول) (?:\S+ ){0,2}?(?:مشروع|صفقه|استثمار)",
                        of_subject=True),
    # How long an agreement lasts: "How long will the agreement run?", «شحال غادي تدوم الاتفاقية؟», «مدة
    # العقد». A sentence tells it by a span of time, "until", or a word of lasting. Not how long
    # anything else lasts: a dynasty "from 322 to 185 BCE" tells it without those words.
    "duration": _slot(r"\b(?P<asking>how long) (?:will|would|does|do|did|is|are|was|were) (?:\S+ ){0,3}?(?:deal|agreement|contract|partnership|collaboration|cooperation|alliance)s?\b"
                      r"(?: \S+){0,4}? (?P<asking_verb>last|run|continue|be in (?:force|effect|place))\b"
                      r"|\bfor how long\b(?=.*\b(?:deal|agreement|contract|partnership|collaboration|cooperation|alliance)s?\b)"
                      r"|\b(?:duration|length) of (?:the |their |its )?(?:deal|agreement|contract|partnership|collaboration|cooperation)\b"
                      rf"|(?<![^\s])(?:{HOW_MUCH_ARABIC})\s+(?:غادي\s+|رح\s+|ح|س|ب)?[يت](?:دوم|ستمر)\s+(?:ال)?(?:اتفاق|اتفاقيه|عقد|صفقه|شراكه|تعاون)(?![^\W\d_])"
                      r"|(?<![^\s])(?:ال)?مد[هة]\s+(?:ال)?(?:اتفاق|اتفاقيه|عقد|صفقه|شراكه|تعاون)(?![^\W\d_])",
                      r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)[- ](?:years?|months?|weeks?|days?|decades?)\b"
                      r"|\buntil\b|\blast(?:s|ed|ing)?\b|\bduration\b|\bterm\b|\bthrough (?:19|20)\d\d\b|\bfrom (?:19|20)\d\d\b"
                      r"|سنوات|سنتين|اعوام|عامين|اشهر|شهور|اسابيع|(?<![^\s])(?:مده|لمده|حتي|يدوم|تدوم|استمر|تستمر|يستمر)(?![^\W\d_])",
                      of_subject=True),
}

# Words that name no subject: "the CEO of the company" is about whichever company the sources name.
_GENERIC = frozenset(bm25_tokens("company companies firm firms corporation group name شركة الشركة شركات مجموعة اسم")) - {""}
# Chat filler and the asker's own doings ("ok so … where is it actually located"): no subject, and
# their nearest corpus words in the other script («مقر» for "located") are nobody's subject either.
_FILLER = frozenset(bm25_tokens("ok okay so like just really actually basically lol pls please thanks huge big giant massive large enormous i im me my "
                                "keep seeing read saw heard told know want need located location based situated"
                                # "what's the guy's name again": a name is what is asked, no thing a sentence must mention
                                " name guy guys dude person again")) - {""}


@dataclass(frozen=True)
class SourceSentence:
    """A retrieved sentence and the title of its article."""

    text: str
    title: str


def _sounds(tokens: Iterable[str]) -> set[str]:
    """The sound keys among BM25 tokens, single and paired alike: "SoftBank" is one word's key,
    «سوفت بنك» a pair's."""
    return {token.lstrip("§") for token in tokens if token.startswith("§")}


# "xAI's GPU cluster": the question is about the cluster, and a sentence about xAI alone does not
# place it. The (at most two) words after the possessive.
# "Who's running it?", "what's its role": a word contracted with "is", not a possessive.
_POSSESSED = re.compile(r"\b(?!(?:who|what|where|when|why|how|it|that|there|here|he|she|this|which|let)['’])\w+['’]s\s+(\w+(?:\s+\w+){0,2})",
                        re.IGNORECASE)
_POSSESSED_WORDS = 2
_SOMEONES = re.compile(r"\b(?:a|an|my|our|your)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _possessed(question: str, asking_tokens: set[str]) -> set[str]:
    """What the question's subject has that the slot is of: "GPU cluster" in "xAI's GPU cluster".
    Words before the slot's own word describe the slot, not a thing possessed: "Stargate's other
    initial backers" are backers."""
    found: set[str] = set()
    for match in _POSSESSED.finditer(question):
        if _SOMEONES.search(question, 0, match.start()):
            continue  # "Forgive an old man's curiosity", "my neighbour's question": no subject's
        words = [set(bm25_tokens(word)) for word in match.group(1).split()]
        if not any(tokens & asking_tokens for tokens in words):
            found.update(*words[:_POSSESSED_WORDS])
    return found - asking_tokens - _FILLER  # "xAI's giant GPU cluster" has a GPU cluster, not «أكبر» anything
# "BlackRock's chief executive": whose the slot is, the name before the possessive.
_OWNER = re.compile(r"((?:[A-Z][\w-]*\s+)*[A-Za-z]*[A-Z][\w-]*)['’]s\s+(\w+(?:\s+\w+)?)")
# «الرئيس التنفيذي لـ«بلاك روك»», «رئيس مجلس إدارة «إنفيديا»», «الرئيس التنفيذي لشركة MGX»: Arabic
# says whose a role is by the name right after it (known names are quoted before the question is
# read; a Latin one needs no quotes), with «لـ», «لشركة» or nothing between.
_ARABIC_OWNER = re.compile(r"\s*(?:اداره\s+)?(?:(?:لشركه\s+|شركه\s+|لـ?\s*)?[«“\"]([^»”\"]+)[»”\"]|(?:لشركه|شركه|لـ?)\s*([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)*))")
# "the CEO of BlackRock", "the chair of SoftBank": whose a role is, written after it.
_ENGLISH_OWNER = r"\s+(?i:of|at)\s+(?:the\s+)?(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]*)*|[a-z]+[A-Z][\w-]*)"
# "MGX holds a 25% stake", "xAI sold its stake": the holder, then the holding.
_HOLDER = re.compile(r"((?:[A-Z][\w-]*\s+)*[A-Za-z]*[A-Z][\w-]*)\s+(?:holds?|held|owns?|has|had|sold|sells|bought|buys|keeps?|kept)"
                     r"\s+(?:a|an|its|the|their|his|her|any)?\s*((?:[\w%.-]+\s+){0,2}[\w%.-]+)")
# "owned by Elon Musk", «المملوكة لإيلون ماسك»: whose a holding is.
_OWNED_BY = re.compile(r"\bowned by\s+(?:[A-Z][\w-]*\s*)+|(?<![^\s])(?:ال)?مملوك[ةه]?\s+(?:من قبل\s+|ل)\S+(?:\s+\S+)?")
# Names that capitalised runs miss: a mixed case ("xAI") or an acronym ("GPU", "US").
_ODD_CASE = re.compile(r"\b\w*[a-z]\w*[A-Z]\w*\b|\b[A-Z]{2,}s?\b")


def _as_typed(name: str, question: str) -> str:
    """A Latin name read from the question's match key, in the case it was typed ("MGX", not "mgx")."""
    typed = re.search(re.escape(name), question, re.IGNORECASE)
    return typed[0] if typed else name


def without_possessive(name: str) -> str:
    return POSSESSIVE_END.sub("", name)


def _holds_run(tokens: Sequence[str], run: Sequence[str]) -> bool:
    return any(tuple(tokens[start : start + len(run)]) == tuple(run) for start in range(len(tokens) - len(run) + 1))


_NAMING_INITIALS = 3  # "AIP", "GIP": two letters name too many things


class Name(NamedTuple):
    """A name in the question: its words, and their sound keys for the other script."""

    words: frozenset[str]
    sounds: frozenset[str]
    head: str  # the head noun's token: "partnership" of "AI Infrastructure Partnership", «شراكة» of «شراكة البنية التحتية…»
    initials: str  # "aip" of "AI Infrastructure Partnership"
    spelt: tuple[str, ...] = ()  # an Arabic name's words in order: «إكس إيه آي» must be read as a run
    skeleton: str = ""  # all its words' sounds as one (see ``bot.text.name_skeleton``)

    @classmethod
    def of(cls, name: str) -> "Name":
        tokens = bm25_tokens(name)
        words = [token for token in tokens if not token.startswith("§")]
        spelt = tuple(words) if len(words) > 1 and is_arabic_word(words[0]) else ()
        # An English name ends with its head noun; an Arabic one starts with it when a defined word
        # follows (the "partnership" of «شراكة البنية التحتية للذكاء الاصطناعي», told «هذه الشراكة»).
        # A transliteration («إكس إيه آي») has no head noun: its last word stands, as in English.
        written = name.split()
        head = words[0] if spelt and len(written) > 1 and normalize_for_match(written[1]).startswith(("ال", "لل")) else words[-1] if words else ""
        return cls(frozenset(words), frozenset(_sounds(tokens)), head, initials(name), spelt, name_skeleton(name))

    def named_in(self, text: str) -> bool:
        """Whether the text names it: all its words, or the sounds of all of them in the other
        script ("Stargate" / «ستارغيت»), word by word or as a whole ("NextEra" / «نكست إيرا»). An
        Arabic name's words must stand together: a sentence naming «أوبن إيه آي» and «إم جي إكس»
        does not name «إكس إيه آي»."""
        tokens = bm25_tokens(text)
        if self.words <= set(tokens) and (not self.spelt or _holds_run(tokens, self.spelt)):
            return True
        if len(self.initials) >= _NAMING_INITIALS and len(self.words) == len(self.initials) and re.search(rf"\b{re.escape(self.initials)}\b", text, re.IGNORECASE):
            return True  # "AIP's investments are to go mainly to the United States" names the AI Infrastructure Partnership
        return bool(self.sounds) and self.sounds <= _sounds(tokens) or names_by_sound(self.skeleton, text)


def _written_names(question: str) -> list[str]:
    names = latin_names(question)
    acronyms = []
    for odd in _ODD_CASE.finditer(question):
        # "AI" of "the AI Infrastructure Partnership" is the name's first word, not a name of its own.
        leads = next((name for name in names if question.startswith(f" {name}", odd.end())), None)
        if leads:
            names[names.index(leads)] = f"{odd[0]} {leads}"
        elif odd[0].casefold() not in TRADE_ACRONYMS:
            acronyms.append(odd[0])
    return list(dict.fromkeys(names + quoted_arabic_names(question) + acronyms))


def question_names(question: str) -> list[Name]:
    """The names in the question: capitalised runs, quoted Arabic names, mixed case ("xAI") and acronyms."""
    names: list[Name] = []
    for written in _written_names(question):
        if len(written) == 1:
            continue  # a placeholder: "so I can write it as "X, chairman of Y""
        name = Name.of(without_possessive(written))
        if name.words and name not in names:
            names.append(name)
    return names


def _subject_terms(question: str, asking: set[str], translations: Mapping[str, Sequence[str]], asked_elsewhere: set[str]
                   ) -> tuple[tuple[Name, ...], tuple[frozenset[str], ...]]:
    """The question's subject: its names, each to be named whole («إم جي إكس» is not «إكس إيه آي»),
    and its other words as alternatives, each word or its nearest translation (so "من هم مؤسسو
    الشراكة؟" meets "the founding partners"). Words other slots ask by are no subject's either:
    "chairs" in "Who's running Stargate — who chairs it?"."""
    names = [name for name in question_names(question) if not name.words & asking]  # "CEO" is what is asked for, not whose
    named = {word for name in names for word in name.words}
    others = set(word_tokens(question)) - named - asking - asked_elsewhere - _GENERIC - _FILLER
    words = [frozenset({token}) for token in sorted(others)]
    words += [frozenset(translations[token][:1]) for token in sorted(others) if translations.get(token)]  # the nearest only
    return tuple(names), tuple(dict.fromkeys(words))


def about_only(title: str, names_it: Callable[[str], bool]) -> bool:
    """Whether an article's title names only what ``names_it`` recognises: the note titled
    "خلفية: مشروع «ستارغيت» …" is about Stargate throughout ("ويتولى رئاسة المشروع …"), the
    article titled "«إكس إيه آي» و«إنفيديا» تنضمان …" is not about xAI alone."""
    titled = latin_names(title) + quoted_arabic_names(title)
    return bool(titled) and all(names_it(name) for name in titled)


@dataclass(frozen=True)
class AskedSlot:
    """A slot a question asks for, with the question's subject when the slot belongs to one."""

    name: str
    slot: Slot
    names: tuple[Name, ...] = ()  # the subject's names; with ``words`` empty, any mention will do
    words: tuple[frozenset[str], ...] = ()  # the subject's other words and their translations
    possessed: frozenset[str] = frozenset()  # "GPU cluster" of "xAI's GPU cluster": what the subject is
    owner: Name | None = None  # "BlackRock" of "BlackRock's chief executive": whose the slot is
    focus: str = ""  # the slot and the subject's names ("chief executive Nvidia's"): a search for the slot alone

    @lru_cache(maxsize=4096)  # asked of the same sentences by the search, the evidence and the gate
    def supported_by(self, sentence: SourceSentence) -> bool:
        """Whether the sentence mentions the slot for the subject: the sentence names it or holds
        one of its words, or its article's title names it alone (the note on «ستارغيت» says "the project")."""
        slot = self.slot
        text = sentence.text
        if self.name != "owner":  # "xAI, owned by Elon Musk, and Nvidia" tells Musk's holding, not Nvidia's stake
            whose = self.owner.named_in if self.owner else self.names_subject
            text = _OWNED_BY.sub(lambda held: held[0] if whose(held[0]) else " ", text)
        if not slot.mentioned_in(text):
            return False
        tokens = set(bm25_tokens(sentence.text))
        if self.possessed and not self.possessed & tokens:
            return False  # about xAI, but not about xAI's GPU cluster
        if self.owner and not (self.owner.named_in(sentence.text) or about_only(sentence.title, self.owner.named_in)):
            return False  # "Jensen Huang, chief executive of Nvidia" is not BlackRock's chief executive
        if not self.names and not self.words:
            return True
        if self.slot.by_name and self.names:
            return self.names_subject(sentence.text) or about_only(sentence.title, self.names_subject)
        return (any(term <= tokens for term in self.words) or self.names_subject(sentence.text)
                or about_only(sentence.title, self._titles_subject))

    def _titles_subject(self, titled: str) -> bool:
        """Whether a name in a title is the question's subject: one of its names, or a subject word
        typed without quotes («مين رئيس ستارغيت» over the note titled "مشروع «ستارغيت»")."""
        return self.names_subject(titled) or any(term <= set(bm25_tokens(titled)) for term in self.words)

    def names_subject(self, text: str) -> bool:
        """Whether the text names the question's subject ("Nvidia" in "Why did Nvidia withdraw?"),
        in either script: a name's words, or the sounds of all of them ("Stargate" / «ستارغيت»)."""
        return any(name.named_in(text) for name in self.names)


def _asking_words(match: re.Match[str]) -> str:
    """The words that ask for the slot: the groups named "asking…" when the pattern has any, else the match."""
    named = [text for group, text in match.groupdict().items() if group.startswith("asking") and text]
    return " ".join(named) if named else match.group()


# "Which energy firms…?", "which 2 energy cos…", «ما هي شركات الطاقة…؟», «ممكن تعطيني أسماء شركات الطاقة…؟»: the answer is companies of that kind, and the
# sentence naming them says so ("two energy companies as collaborators, GE Vernova and NextEra").
# Read for ranking only: a source may name them without the word.
_KIND_OF_COMPANY = re.compile(
    r"\b(?:which|what|how many)\s+(?:(?:two|three|four|five|\d+)\s+)?(?P<kind>[a-z]+)\s+(?:companies|firms|businesses|groups|cos)\b"
    rf"|(?<![^\s])(?:{question_words('ar', ('what', 'which', 'who'))}|ماهي|من|(?:ت|ب)?(?:عطيني|اعطيني|اديني)(?=\s+(?:ال)?اسماء))\s+(?:(?:هي|هما|هم)\s+)?(?:(?:ال)?اسماء\s+)?(?:ال)?(?:شركات|شركتين|شركتا|شركتي)\s+(?:(?:حق|مال|بتاع|بتوع|تبع|تبعات|ديال)\s+)?(?:(?:ال\s?)?(?P<kind_latin>[a-z]{{3,}})|(?P<kind_ar>(?:ال)?[\u0621-\u064a]+(?:\s+و(?:ال)?[\u0621-\u064a]+)?))"  # «شركات الـ energy», Yemeni «الشركات حق الطاقة»
    # «من الشركتان اللتان سُمّيتا «متعاونتين» في مجال الطاقة…؟»: the kind told as a field after them
    rf"|(?<![^\s])(?:{question_words('ar', ('what', 'which', 'who'))}|ماهي|من)\s+(?:هي\s+|هما\s+)?(?:ال)?(?:شركات|شركتان|شركتين)(?:\s+\S+){{0,4}}?\s+في\s+مجال\s+(?P<kind_field>(?:ال)?[\u0621-\u064a]{{3,}})"
    # «جابوا معاهم شركتين طاقة … مين هم؟»: two of a kind, the question word after them
    r"|(?<![^\s])(?:شركتين|شركتي|شركتا)\s+(?P<two_of_kind>(?:ال)?[\u0621-\u064a]{3,})(?=.*(?:مين|منو|من هم|من هي|ما هم|ايش|شو)[\s؟?])"
    # «قيل إن شركات طاقة دخلت مع الشراكة… ما أسماء هذه الشركات؟»: the kind told, then the companies asked
    # («…كمتعاونين… مين هني هالشركات؟»: who are they, these companies)
    r"|(?<![^\s])شركات\s+(?P<kind_told>[\u0621-\u064a]{3,})(?=.*(?:اسماء|مين|منو|من هي|ما هي)\s+(?:(?:هم|هني|هنن)\s+)?(?:(?:هذه|هاي|هذي|هدول)\s+(?:ال)?|هال)شركات)"
)


_ASKERS_OWN = re.compile(r"\b(?:my|our)\s+$")


def asked_slots(question: str, translations: Mapping[str, Sequence[str]] | None = None) -> list[AskedSlot]:
    """The slots the question asks for (none for most questions). ``translations`` maps a question
    word's BM25 token to corpus words in the other script (``bot.index.Lexicon.word_translations``)."""
    asked = normalize_for_match(question)
    found = []
    # "my boss asked me…" tells of the asker's own boss, not a chief executive asked for.
    askings = {name: " ".join(_asking_words(match) for match in slot.asks.finditer(asked) if not _ASKERS_OWN.search(asked, 0, match.start()))
               for name, slot in SLOTS.items()}
    # "Who's running Stargate — who chairs it?": "chairs" asks for a chair, no subject of "running"'s
    every_asking = set(bm25_tokens(" ".join(askings.values())))
    for name, slot in SLOTS.items():
        asking = askings[name]
        if asking and (slot.asked_by is None or slot.asked_by.search(asked)):
            if slot.of_subject:
                asking_tokens = set(bm25_tokens(asking))
                possessed_words = _possessed(question, asking_tokens)
                # In the other script too: "Stargate's first backers" are «الممولين الأوائل».
                possessed = frozenset(possessed_words.union(*((translations or {}).get(token, ()) for token in possessed_words)))
                owners = [Name.of(owner) for owner, owned in _OWNER.findall(question) if set(bm25_tokens(owned)) & asking_tokens]
                owners += [Name.of(owner[1] or _as_typed(owner[2], question)) for match in slot.asks.finditer(asked)
                           if (owner := _ARABIC_OWNER.match(asked, match.end()))]
                # "Who's the CEO of BlackRock, the firm that launched the fund?": BlackRock's, whatever else it names.
                owners += [Name.of(owner["owner"]) for owner in re.finditer(rf"(?i:{slot.asks.pattern}){_ENGLISH_OWNER}", question)]
                # "MGX holds a 25% stake in…", "xAI sold its stake": whose the holding is, said by its verb.
                owners += [Name.of(owner) for owner, owned in _HOLDER.findall(question) if set(bm25_tokens(owned)) & asking_tokens]
                subject_names = [written for written in _written_names(question) if not set(bm25_tokens(written)) & asking_tokens]
                found.append(AskedSlot(name, slot, *_subject_terms(question, asking_tokens, translations or {}, every_asking), possessed,
                                       next((owner for owner in owners if owner.words), None), " ".join([name, *subject_names])))
            else:
                found.append(AskedSlot(name, slot))
    kind = _KIND_OF_COMPANY.search(asked)
    if kind:
        tokens = word_tokens(next(told for told in kind.groups() if told))
        kinds = {re.escape(word) for token in tokens for word in (token, *(translations or {}).get(token, ())[:1])}
        if kinds:
            either = "|".join(sorted(kinds))
            mentions = re.compile(rf"\b(?:{either})\w*\s+(?:compan|firms?\b|businesses\b|groups?\b)"
                                  rf"|(?<![^\s])[وبل]?(?:ال)?(?:شركات|شركتا|شركتي|شركه)\s+(?:ال)?(?:{either})")
            found.append(AskedSlot("kind of company", Slot(_KIND_OF_COMPANY, mentions, of_subject=False, required=False)))
    return found


# A source gives someone's words beside a verb of saying.
REPORTS_SPEECH = re.compile(r"\b(?:said|says|saying|stated|told|tells|added|assured|wrote|argued|warned|declared|explained|insisted|claimed|urged)\b"
                            r"|(?<![^\s])[وف]?(?:قال|قالت|يقول|تقول|صرح|صرحت|اضاف|اضافت|اوضح|اوضحت)(?![^\W\d_])")
# "What did Elon Musk say when xAI joined?": the words of someone the question names, capitalised
# as names are (a name typed in lower case is restored first), not "what did the report say".
# Also "did Elon Musk say anything too?", "has Larry Fink commented?", "a quote from Sam Altman", "Musk's quote".
_SPOKEN_NAME = r"(?P<speaker>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
_SPEAKERS = tuple(re.compile(pattern) for pattern in (
    rf"\b[Ww]hat (?:did|does|has) (?:an? |the )?{_SPOKEN_NAME}(?: (?:spokes(?:person|man|woman)|representative|official))? (?:say|said|tell)\b",
    rf"\b(?:[Dd]id|[Dd]oes|[Hh]as|[Hh]ave) {_SPOKEN_NAME} (?:say|said|comment|commented)\b",  # not "speak": a language
    rf"\b(?:quote|quotes|words|comment|comments|statement) (?:from|by) {_SPOKEN_NAME}",
    rf"(?<![\w-]){_SPOKEN_NAME}['’]s (?:quote|quotes|words|comment|comments|statement)\b",
))
_PRONOUN_SUBJECT = re.compile(r"\W*(?:[Hh]e|[Ss]he|[Tt]hey)\b")


def unquoted_speaker(question: str, chunks: Iterable[Sequence[SourceSentence]]) -> Name | None:
    """The person or body whose words the question asks for, when no retrieved sentence reports
    their speech: one naming them (or their surname) beside a verb of saying, or one opening with
    "He"/"She" after a sentence of its chunk that names them. The sources then hold none of their
    words, and any answer would put words in their mouth (the small model wrote "Elon Musk said …
    that Nvidia and Elon Musk's xAI would join"). ``chunks`` are the retrieved chunks' sentences in
    order, read only when the question asks for someone's words (a generator keeps the rest free)."""
    asked = next((found for pattern in _SPEAKERS if (found := pattern.search(question))), None)
    speaker = Name.of(asked["speaker"]) if asked else None
    if speaker is None or not speaker.words:
        return None

    def names_speaker(text: str) -> bool:  # "Smith also said…" after "Brad Smith"
        return speaker.named_in(text) or len(speaker.words) > 1 and speaker.head in bm25_tokens(text)

    for sentences in chunks:
        for number, sentence in enumerate(sentences):
            if REPORTS_SPEECH.search(normalize_for_match(sentence.text)) and (names_speaker(sentence.text) or (
                    _PRONOUN_SUBJECT.match(sentence.text) and any(names_speaker(earlier.text) for earlier in sentences[:number]))):
                return None
    return speaker


# What a question takes for granted before it asks: "Since Stargate is part of AIP, …", «بما إنو …»
# (on match-normalised text for Arabic).
_ASSUMING = r"since|as|given that|because|now that|assuming"
_ASSUMING_AR = r"بما ان|بما انه|بما انو|طالما|لان|كون"
_RESTS_ON_A_PREMISE = re.compile(rf"^\W*(?:{_ASSUMING})\b|^\W*(?:{_ASSUMING_AR})(?![^\W\d_])", re.IGNORECASE)


def rests_on_a_premise(question: str) -> bool:
    """Whether the question opens with what it takes for granted."""
    return bool(_RESTS_ON_A_PREMISE.search(normalize_for_match(question)))


# "Google make this partnership in September together with Microsoft, why Google want to make it?":
# a clause telling of someone by name, then the question about it, as a learner writes "Since…".
_TOLD_THEN_ASKED = re.compile(rf"^\W*(?!(?:After|Before|Once|When|If|Following|During|In|On|At|For|With|Without|Although|Though|While|Because|As|By|From|To|Until|Unlike|Like)\b)[A-Z][\w'’.-]*(?:\s+[^\s,?]+){{2,}}\s*,\s*(?:{question_words('en')})\b")


def states_before_asking(question: str) -> bool:
    """Whether the question opens with a statement about someone it names, before its question word."""
    opening = question.split(",", 1)[0]
    return (bool(_TOLD_THEN_ASKED.search(question)) and not excluded_parts(opening)
            and not re.search(rf"\b(?:{question_words('en', and_whether=True)})\b", opening, re.IGNORECASE))


# "Since Sam Altman is the chairman of Stargate, what did he say…?", «بما إن سام ألتمان هو رئيس مشروع
# ستارغيت، هو قال ايه…؟»: who holds a role, taken for granted before the question is asked.
_ROLE_CLAIM = re.compile(
    rf"\b(?:{_ASSUMING})\s+(?P<holder>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})\s+(?:is|was)\s+(?:the\s+|its\s+)?"
    r"(?:chair(?:man|woman|person)?|ceo|chief executive|head|president|boss|leader)\s+of\s+(?P<held>[^,?]+)"
    # "Since Sam Altman chairs the Stargate project, has he said…?"
    rf"|\b(?:{_ASSUMING})\s+(?P<holder_verb>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})\s+(?:chairs|heads|leads|runs)\s+(?:the\s+)?(?P<held_verb>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})"
    rf"|(?:{_ASSUMING_AR})\s+(?P<holder_ar>[^\s،,]+(?:\s+[^\s،,]+)?)\s+(?:هو|هي)\s+(?:ال)?(?:رئيس|مدير|قائد)\s+(?P<held_ar>[^،,؟?]+)"
    # «إنفيديا هي اللي تقود ستارغيت مو؟» (Nvidia is the one leading Stargate, isn't it?)
    r"|^\W*(?!(?:من|ما|مين|منو|ماذا|شو|ايش|وش)\s)(?P<holder_leads>[^\s،,]+)\s+(?:هو|هي)\s+(?:اللي|الي|التي|الذي)\s+(?:ب|ح)?(?:تقود|يقود|ترأس|يرأس|تراس|يراس|تدير|يدير)\s+(?P<held_led>[^\s،,؟?]+)",
    re.IGNORECASE,
)
# The nouns a venture goes by, after the name that tells which one: "the BlackRock AI fund", "the
# Stargate project", "the BlackRock and Microsoft partnership".
VENTURE_NOUNS = r"funds?|partnership|project|vehicle|initiative|venture|deal|consortium|alliance|platform|programme|program|jv"
_VENTURE_TAIL = re.compile(rf"\s+(?:{VENTURE_NOUNS})$", re.IGNORECASE)  # "the Stargate project" is Stargate
_HOLDS_A_ROLE = re.compile(SLOTS["chair"].mentions.pattern + "|" + SLOTS["chief executive"].mentions.pattern)


def claimed_role(question: str) -> tuple[Name, Name] | None:
    """Who the question says holds a role, and of what: ("Sam Altman", "Stargate") for "Since Sam
    Altman chairs the Stargate project, …"; None when it claims no role."""
    claim = _ROLE_CLAIM.search(question) or _ROLE_CLAIM.search(normalize_for_match(question))  # «بما إن» as «بما ان»
    if claim is None:
        return None
    holder = Name.of(claim["holder"] or claim["holder_ar"] or claim["holder_leads"] or claim["holder_verb"])
    # what the role is of: "Stargate", the last word of «مشروع ستارغيت»
    held = (Name.of(without_possessive(claim["held"].strip())) if claim["held"]
            else Name.of(_VENTURE_TAIL.sub("", claim["held_led"] or claim["held_verb"])) if claim["held_led"] or claim["held_verb"]
            else Name.of(claim["held_ar"].split()[-1]))
    return (holder, held) if holder.words and held.words else None


def gives_a_role_of(held: Name, text: str) -> bool:
    """Whether the text names what a role is of and mentions a role ("chaired by Masayoshi Son")."""
    return bool(_HOLDS_A_ROLE.search(normalize_for_match(text))) and held.named_in(text)


def misplaced_role_holder(question: str, sentences: Sequence[SourceSentence]) -> SourceSentence | None:
    """The sentence that gives a role the question says someone holds to someone else, when one of
    the sentences gives the role of what the question names and does not name its holder: Stargate
    is chaired by Masayoshi Son, not Sam Altman. None when the question claims no role, or a
    sentence names the holder in it, or none gives the role."""
    claim = claimed_role(question)
    if claim is None:
        return None
    holder, held = claim
    giving = [s for s in sentences if gives_a_role_of(held, f"{s.title} {s.text}")]
    if not giving or any(holder.named_in(s.text) for s in giving):
        return None
    return giving[0]


# An adjective of nationality beside a name: «شركة «إم جي إكس» السعودية», "MGX, the Emirati company",
# "the Saudi fund MGX".
_NATIONALITY_AFTER = re.compile(r"[»”\"]?\s*(?:\([^)]*\)\s*)?[,،]?\s*(?:(?:the|a|an)\s+|(?:ال)?شرك[ةه]\s+)?(?P<demonym>[^\s,،.؟?»”\"]+)")
_NATIONALITY_BEFORE = re.compile(r"(?P<demonym>[^\s«“\"]+)\s+(?:(?:company|firm|fund|group|investor|start-?up|giant|state fund)\s+)?[«“\"]?$")


def _nationalities(text: str, written: str) -> set[str]:
    """The countries the text gives a name written in it, by an adjective of nationality beside it."""
    found: set[str] = set()
    for match in re.finditer(re.escape(written), text):
        for beside in (_NATIONALITY_AFTER.match(text, match.end()), _NATIONALITY_BEFORE.search(text[: match.start()])):
            if beside:
                word = beside["demonym"]
                found |= places_in(word) | ({country} if (country := country_of_demonym(word)) else set())
    return found


def misplaced_nationality(question: str, sentences: Sequence[SourceSentence]) -> SourceSentence | None:
    """The sentence giving a name another nationality than the question gives it, when no sentence
    gives it the question's: «بما أن شركة «إم جي إكس» السعودية من مؤسسي الشراكة…» is answered with "MGX,
    the Emirati company…". None when the question gives no one a nationality or a source agrees."""
    for written in _written_names(question):
        claimed = _nationalities(question, written)
        name = Name.of(without_possessive(written))
        if not claimed or not name.words:
            continue
        # as the sentence writes it, or as the question does (”إم جي إكس”، الشركة الإماراتية)
        told = [(sentence, set().union(*(_nationalities(sentence.text, form) for form in {written, *(
                    other for other in _written_names(sentence.text) if name.named_in(other))})))
                for sentence in sentences if name.named_in(sentence.text)]
        if told and not any(claimed & countries for _, countries in told):
            # one in the question's language: an Arabic answer quotes «الشركة الإماراتية», not "Emirati"
            language = detect_language(question)
            return next((sentence for sentence, countries in told if countries and detect_language(sentence.text) == language), None)
    return None


# Whose a venture is, as the question tells it: «ستارغيت ذا حق بلاك روك ومايكروسوفت صح؟», «مشروع ستارغيت
# ده بتاع مايكروسوفت وبلاك روك؟», «أطلقته مايكروسوفت ويا OpenAI», "Stargate is owned by Microsoft",
# "Stargate belongs to BlackRock", "the Microsoft and OpenAI Stargate venture". The venture is named in the few words before the word of owning, the
# owners after it, up to the next question word («…ومايكروسوفت عندها كم…»). A possessive («حق»,
# «بتاع»: "of") claims only in a question that asks to confirm it, asks yes or no, or takes it for
# granted (``Pipeline._owners_told_instead``).
_OWNERS_END = re.compile(r"\s(?:(?:عند|عندها|عنده|عندهم|كم|كام|قديش|شو|ايش|وش|متى|امتى|إمتى|صح|صحيح|ولا|مين|اللي|هل|في|فيه|فيها|ف|نزل|نزلت)(?![^\W\d_])"
                         r"|(?:right|(?:and )?(?:how|what|when|who|which)|is|was|has|have|had|with|w/|in|on)\b)", re.IGNORECASE)
_CLAIMED_OWNERS = re.compile(
    r"(?P<venture>(?:[^\s،,؟?.!:]+\s+){0,2}[^\s،,؟?.!:]+)\s+(?:(?:ده|دي|ذا|ذي|هذا|هذه|هاد|هاذ|هذي)\s+)?(?:(?:هو|هي)\s+)?"
    r"(?:(?P<possessive>حق|حقت|تبع|تبعت|بتاع|بتاعة|بتاعت|مال|مالت|ديال)"
    r"|(?:ال)?تابع ل|ملك|(?:ال)?مملوك ل|[أا]طلقت(?:ه|ها)|[أا]سست(?:ه|ها)|[يت]ملك(?:ه|ها)|[يت]مول(?:ه|ها))"
    r"(?![^\W\d_])\s*(?P<owners>[^،,؟?.!:]+)"
    r"|(?P<venture_en>(?:[^\s,?.!:;]+\s+){0,2}[^\s,?.!:;]+)\s+(?:is|was)\s+(?:(?:owned|run|funded|backed|launched|founded|set up|started|created)\s+by"
    r"|(?:a |an |the )?(?:joint )?(?:project|venture|initiative) (?:of|by|from))\s+(?P<owners_en>[^,?.!:;]+)"
    r"|(?P<venture_of>(?:[^\s,?.!:;]+\s+){0,2}[^\s,?.!:;]+)\s+belongs?\s+to\s+(?P<owners_of>[^,?.!:;]+)"
    # named by its owners before its name: "the Microsoft and OpenAI Stargate venture"
    r"|(?-i:\bthe\s+(?P<owners_before>[A-Z][\w-]*(?:\s+(?:and|&)\s+[A-Z][\w-]*)+)\s+(?P<venture_after>[A-Z][\w-]*))"
    r"\s+(?:venture|project|partnership|fund|initiative|deal)\b"
    # or told to be theirs: "Stargate's the BlackRock and Microsoft project, isn't it?"
    r"|(?-i:\b(?P<venture_is>[A-Z][\w-]*)(?:['’]s|\s+is|\s+was)\s+(?:the|a|an)\s+(?P<owners_is>[A-Z][\w-]*(?:\s+(?:and|&)\s+[A-Z][\w-]*)+))"
    r"\s+(?:venture|project|partnership|fund|initiative|deal)\b",
    re.IGNORECASE)
# Who founded it, named first: "GE Vernova, AIP co-founder w/ BlackRock — stake size?", "Was GE Vernova
# a co-founder of AIP?", "Since GE Vernova co-founded AIP…", «جنرال إلكتريك فيرنوفا من مؤسسي الشراكة».
_FOUNDED_BY = re.compile(
    r"(?P<founders>[^,?.!:;—–]+?)(?:\s*,\s*|\s+(?:(?:is|was|as)\s+)?)(?:an?\s+|the\s+|one of the\s+)?"
    r"(?:(?P<venture_before>[^,?.!:;—–\s]+)(?:['’]s)?\s+)?(?:co-?founders?|founders|founding (?:partner|member|investor)s?)(?:\s+of\s+(?P<venture_after>[^,?.!:;—–]+))?"
    r"|(?P<founders_verb>[^,?.!:;—–]+?)\s+co-?founded\s+(?P<venture_verb>[^,?.!:;—–]+)"
    r"|(?P<founders_ar>[^،,؟?.!:]+?)\s+(?:(?:هو|هي|هم)\s+)?(?:من|[أا]حد|[إا]حدى)\s+(?:ال)?مؤسسي\s+(?P<venture_ar>[^،,؟?.!:]+)",
    re.IGNORECASE)


# A member named: "Oracle is one of AIP's members, right?", "Is Oracle a member of AIP?", «أوراكل من أعضاء الشراكة».
_CLAIMED_MEMBER = re.compile(
    r"(?P<members>[^,?.!:;—–]+?)\s+(?:is|was|are|were)\s+(?:one of|among)\s+(?:the\s+)?(?P<venture>[^,?.!:;—–\s]+?)(?:['’]s)?\s+(?:members|partners)\b"
    r"|\b(?:is|was)\s+(?P<members_asked>[^,?.!:;—–]+?)\s+(?:a|an|one of (?:the|its))\s+(?:members?|partners?)\s+(?:of|in)\s+(?P<venture_asked>[^,?.!:;—–]+)"
    r"|(?P<members_ar>[^،,؟?.!:]+?)\s+(?:(?:هو|هي)\s+)?(?:من\s+(?:ال)?[أا]عضاء|عضو\s+في|شريك\s+في)\s+(?P<venture_ar>[^،,؟?.!:]+)"
    # a contributor is taken for a member: "how much did Oracle and SoftBank put into the AI Infrastructure Partnership"
    r"|\bhow much (?:money )?(?:did|does|do|has|have|will|would) (?P<members_paid>[^,?.!:;—–]+?)\s+(?:put|invest|contribute|commit|pour|pump|plough|plow)\w*\s+(?:in\s+)?(?:into|in|to)\s+(?P<venture_paid>[^,?.!:;—–]+)",
    re.IGNORECASE)


class OwnerClaim(NamedTuple):
    """Whose the question says a venture is: the words naming each, and whether it says so only by a
    possessive; or, with ``membership``, who it says are among its members."""

    venture: str
    owners: str
    by_possessive: bool
    membership: bool = False


def claimed_owners(question: str) -> OwnerClaim | None:
    """Whose the question says a venture is, or who founded it (see ``_CLAIMED_OWNERS``, ``_FOUNDED_BY``);
    None when it says neither."""
    owned = _CLAIMED_OWNERS.search(question)
    if owned is not None:
        owners = owned["owners"] or owned["owners_en"] or owned["owners_of"] or owned["owners_before"] or owned["owners_is"]
        return OwnerClaim(owned["venture"] or owned["venture_en"] or owned["venture_of"] or owned["venture_after"] or owned["venture_is"],
                          _OWNERS_END.split(owners, 1)[0], owned["possessive"] is not None)
    founded = _FOUNDED_BY.search(question)
    venture = founded and (founded["venture_before"] or founded["venture_after"] or founded["venture_verb"] or founded["venture_ar"])
    if founded is not None and venture:
        return OwnerClaim(venture, founded["founders"] or founded["founders_verb"] or founded["founders_ar"], False)
    member = _CLAIMED_MEMBER.search(question)
    if member is None:
        return None
    return OwnerClaim(member["venture"] or member["venture_asked"] or member["venture_ar"] or member["venture_paid"],
                      member["members"] or member["members_asked"] or member["members_ar"] or member["members_paid"], False, membership=True)


# A source telling whose a venture is: who owns, launched, founded or funds it ("SoftBank and OpenAI …
# launched their own project, Stargate", «قائمة الممولين الأوائل للمشروع»); not who backs another
# venture beside it («…التي تدعمها «بلاك روك»…، وهي مبادرة منفصلة عن «ستارغيت»»).
_TELLS_OWNERS = re.compile(
    r"\b(?:own(?:s|ed|ers?)?|launch(?:ed|es)?|unveil(?:ed|s)?|found(?:ed|ers?|ing)|co-?founded|funders?|funded|financiers?|set up)\b|\btheir own project\b"
    r"|(?<![^\s])[وفبل]?(?:ال)?(?:مملوك\w*|مالك\w*|[يت]ملك\w*|اطلق\w*|اطلاق|دشن\w*|تدشين|مؤسس\w*|اسس\w*|تاسيس|ممول\w*|مشروعهما|مشروعها)(?![^\W\d_])")


# A source telling who joined it: its members are its founders and those who joined.
_TELLS_JOINING = re.compile(r"\bjoin(?:s|ed|ing)?\b|\b(?:full|founding) partners?\b"
                            r"|(?<![^\s])[وفبل]?(?:ال)?(?:انضمام|انضم\w*|[يت]نضم\w*|شريك\w* كامل\w*|الشركاء المؤسس\w*)(?![^\W\d_])")


def tells_owners(venture: Name, title: str, text: str, membership: bool = False) -> bool:
    """Whether a source passage names the venture (in its title too) and tells whose it is; with
    ``membership``, or who joined it."""
    key = normalize_for_match(text)
    return venture.named_in(f"{title} {text}") and bool(_TELLS_OWNERS.search(key) or membership and _TELLS_JOINING.search(key))


def owners_left_out(venture: Name, owners: Sequence[Name], sentences: Sequence[SourceSentence], membership: bool = False) -> list[Name]:
    """The owners the question gives the venture that no sentence telling whose it is names:
    Stargate was launched by SoftBank and OpenAI, not by Microsoft. [] when no sentence tells
    whose it is, or each owner is named in one that does. With ``membership``, a sentence telling
    who joined counts too: Oracle is no member of AIP, Nvidia is."""
    telling = [s for s in sentences if tells_owners(venture, s.title, s.text, membership)]
    return [owner for owner in owners if not any(owner.named_in(s.text) for s in telling)] if telling else []


# "Which of these is NOT a founding partner?", «أي مما يلي ليس من الممولين…؟»: the option left out.
_ASKS_LEFT_OUT = re.compile(r"\b(?:which|what|who)\b.*\bnot\b|(?<![^\s])(?:اي|ايه|من|ما)(?![^\W\d_]).*(?<![^\s])(?:ليس|ليست|ليسوا|لم|لا)(?![^\W\d_])",
                            re.IGNORECASE)
# Options listed after a colon: "…: BlackRock, MGX, Nvidia, Microsoft?", «…: بلاك روك، إم جي إكس أو إنفيديا؟»
_LISTED = re.compile(r"[:：]\s*(?P<options>[^:?؟]+?)\s*[?؟.]*\s*$")
# or before the question: "Of BlackRock, GIP, Microsoft, MGX and Nvidia, which one was NOT…?", «من بين بلاك روك، مايكروسوفت وإنفيديا، مين…؟»
_LISTED_BEFORE = re.compile(r"\b(?:of|among|from)\s+(?P<options>[^,?.]+(?:,\s*[^,?.]+)+?)\s*,\s*(?:which|who|what)\b"
                            r"|(?<![^\s])من بين\s+(?P<options_ar>[^،,؟?]+(?:[،,]\s*[^،,؟?]+)+?)\s*[،,]\s*(?:اي|ايه|مين|من|منو|ما|شو|وش)(?![^\W\d_])",
                            re.IGNORECASE)
_OPTION_BREAK = re.compile(r"\s*(?:,|،|/|\bor\b|\band\b|(?<![^\s])او(?![^\W\d_]))\s*|\s+و(?=\S)")
_FEWEST_OPTIONS = 3
_LONGEST_OPTION = 4  # words: a listed option is a name, not a clause


def left_out_choices(question: str, lettered: Sequence[str]) -> list[str]:
    """The options of a question asking which one is not something ("Which of these was NOT one of
    Stargate's initial funders? (a) OpenAI (b) Oracle (c) Microsoft (d) MGX"): the lettered ones
    (see ``bot.text.choices``), else a list after its colon or before its question word; [] for any other question."""
    if not _ASKS_LEFT_OUT.search(normalize_for_match(question)):
        return []
    options = list(lettered)
    if not options and (listed := _LISTED.search(question)):
        options = [option for option in _OPTION_BREAK.split(listed["options"]) if option]
    if not options and (listed := _LISTED_BEFORE.search(question)):
        options = [option for option in _OPTION_BREAK.split(listed["options"] or listed["options_ar"]) if option]
    if len(options) < _FEWEST_OPTIONS or any(len(option.split()) > _LONGEST_OPTION for option in options):
        return []
    return options if all(_option_name(option).words for option in options) else []


@lru_cache(maxsize=256)  # read of every chunk a search filters with ``names_all_but_one``
def _option_name(option: str) -> Name:
    return Name.of(option.strip("«»“”\"() "))


def names_all_but_one(options: Sequence[str], text: str) -> bool:
    """Whether the text names every option but one: the sentence listing the others."""
    return sum(_option_name(option).named_in(text) for option in options) == len(options) - 1


def left_out_option(options: Sequence[str], sentences: Sequence[str]) -> tuple[int, str] | None:
    """The first sentence naming all the options but one (its index), and the one it leaves out."""
    for number, sentence in enumerate(sentences):
        if names_all_but_one(options, sentence):
            return number, next(option for option in options if not _option_name(option).named_in(sentence))
    return None


def unanswerable_slot(asked: Sequence[AskedSlot], sentences: Sequence[SourceSentence]) -> AskedSlot | None:
    """The first required slot asked that no sentence supports, or None; one the question takes for
    granted first ("In which state will it build, and why did it choose it?": no source tells of a choice)."""
    missing = [slot for slot in asked if slot.slot.required and not any(slot.supported_by(sentence) for sentence in sentences)]
    return next((slot for slot in missing if slot.slot.presupposed), missing[0] if missing else None)


# Who a "how much" question asks about: "How much did Nvidia invest…?", "How much will xAI
# contribute?", "…how much Nvidia contributed?", "كم استثمرت «إنفيديا»…؟". A figure is that one's only when its sentence names it:
# the partnership's $30 billion is not Nvidia's investment. Not when the name is
# the figure's source ("How much does the IEA expect…?", "كم قدّر تقرير «الكهرباء 2024»…؟"): a
# report's figures rarely repeat its name.
_NAMED = r"\w*[A-Z][\w-]*(?:\s+\w*[A-Z][\w-]*)*"
# Unquoted, an Arabic doer is read only after a verb of paying or spending: "كم دفعت السعودية…؟".
# Spoken too: «قديش رح تحط إنفيديا مصاري…؟» (how much will Nvidia put in), «كم بيساهم…؟».
# Maghrebi «حطات», and its future «غادي تصرف» (will spend), whose «غادي» is no doer
_PAYING = r"(?:س|سوف\s+|رح\s+|غادي\s+|ح|ب)?[يتأا]?(?:دفع|ستثمر|نفق|خصص|تعهد|صرف|حط|ساهم|لتزم)(?:ت|ات)?"
_HOW_MUCH = f"(?:{HOW_MUCH_ARABIC})"  # spoken "how much" too
# Asking to be told, not who pays: «فهّمني قديش رح تصرف مايكروسوفت…؟» (explain to me how much…).
_TELL_ME = (r"(?:فهمني|فهميني|فهمنا|قلي|قولي|قللي|قلنا|خبرني|خبريني|اشرحلي|اشرح لي|وضحلي|عرفني|احكيلي|احكيلنا|علمني|وريني|ورجيني"
            r"|ساعدني|طمني)(?![^\W\d_])")
# What is put, not who puts it: «قديش حطّت الوكالة نطاق الاستهلاك…؟» (what range did the agency put…).
_MEASURE_NOUN = r"(?:ال)?(?:نطاق|مدي|حجم|قيم[ةه]|رقم|نسب[ةه]|تقدير|سقف)(?![^\W\d_])"
# «منها», «لها» (of it, to it) after the verb: «وكم يخصص منها للولايات المتحدة؟» names no doer.
_OF_IT = r"(?:من|ل|في|عن|على|علي|ب|الي|إلي)(?:ها|ه|هم|هن|هما)(?![^\W\d_])"
_AGENT = re.compile(
    rf"\b[Hh]ow (?:much|many)\b(?:\s+\w+){{0,6}}?\s+(?:did|does|do|will|would|could|can|has|have|had|is|was|are|were)"
    rf"\s+(?:the\s+)?(?P<latin>{_NAMED}|it(?= put\b))(?P<verb>(?:['’]s)?\s+\w+)?|{_HOW_MUCH}(?P<before>(?:\s+\S+){{0,2}}?)\s+[«“\"](?P<arabic>[^»”\"]+)[»”\"]"
    # («كم تعهدت تنفق…؟»: a second verb of spending is no doer)
    # («كم مليار دفعت إنفيديا…؟»: the sum's scale may come first; «كم دفعت شركة أوراكل…؟»: the doer's kind too)
    rf"|{_HOW_MUCH}\s+(?:(?:مليار|مليون|الف|ألف)\s+(?:دولار\s+)?)?{_PAYING}\s+(?!{_PAYING}(?![^\W\d_]))(?!{_MEASURE_NOUN})(?!{_OF_IT})(?:شرك[ةه]\s+)?(?P<doer>{_NAMED}|[\u0621-\u064a]+)(?![\w«“\"])"
    # «كم حصة مايكروسوفت من الـ30 مليار؟», «قديش حصة «إم جي إكس»…؟»: whose share
    # and «كم تبلغ المساهمة المالية لشركة «إكس إيه آي»…؟» (its financial contribution)
    # («ما حصة «إنفيديا» من رأس المال المُلتزم…؟»: "what is its share" asks it too)
    rf"|(?:{_HOW_MUCH}|ما|ما هي|ماهي|شو|ايش|وش)\s+(?:(?:نسب[ةه]\s+)?حص[ةه]\s+|(?:\S+\s+)?(?:ال)?مساهم[ةه]\s+(?:ال)?مالي[ةه]\s+(?:لشركه\s+|لشركة\s+|ل)?)"
    rf"(?!(?:التي|الذي|اللي|الي)\s)(?P<holder>{_NAMED}|[«“\"][^»”\"]+[»”\"]|[\u0621-\u064a]+)(?![\w«“\"])"  # not «… المالية التي التزمت بها»
    # The holder put first: «مايكروسوفت كم حصتها بالشراكة؟» (Microsoft, how big is its share in the partnership?)
    rf"|^\W*[وف]?(?P<fronted_holder>[«“\"][^»”\"]+[»”\"]|[\u0621-\u064a]{{3,}}|{_NAMED})\s+(?:{_HOW_MUCH}|ما|شو|ايش|وش)\s+(?:نسب[ةه]\s+)?حص(?:ت(?:ها|ه)|ة|ه)(?![^\W\d_])"
    # The doer put first, as speech does: «وجوجل قديش ناوية تصرف…؟» (and Google, how much will it spend?),
    # «طب وأوراكل لوحدها حطت كام فيه؟» (and Oracle alone, how much did it put in?)
    rf"|^\W*(?![وف]?{_TELL_ME})[وف]?(?P<fronted>[\u0621-\u064a]{{3,}}|{_NAMED})\s+{_HOW_MUCH}\s+(?:\S+\s+)?{_PAYING}(?![^\W\d_])"
    # («…خالص. قولي Nvidia حطت كام فلوس في الـ fund؟»: after a sentence, and after "tell me")
    rf"|(?:^|(?<=[.!؟?]))\W*(?:(?:طب|طيب|زين)\s+)?(?:{_TELL_ME}\s+)?(?![وف]?{_TELL_ME})[وف]?(?P<alone>[«“\"][^»”\"]+[»”\"]|[\u0621-\u064a]{{3,}}|{_NAMED})(?:\s+(?:لوحد|وحد|بمفرد)\S*)?"
    rf"\s+{_PAYING}\s+(?:\S+\s+)?{_HOW_MUCH}(?![^\W\d_])"
    # A sum claimed of someone: "Is it true that Nvidia paid $10 billion…?", «هل صحيح أن إنفيديا دفعت 10 مليارات…؟»
    # "Since AMD put five bn dollars into the AIP…": the sum in words too
    rf"|(?P<claimed>{_NAMED})\s+(?:has\s+|had\s+)?(?:paid|invested|put(?: in)?|spent|contributed|committed|pledged|poured in)\s+"
    r"(?:(?:about|around|nearly|roughly|over|some)\s+)?(?:[$\d]|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\b)"
    # (a verb of paying is no payer: «مايكروسوفت تعهدت تصرف حوالي 80 مليار» is said of Microsoft, not of «تعهدت»)
    rf"|(?P<claimed_ar>[«“\"][^»”\"]+[»”\"]|(?!{_PAYING}(?![^\W\d_]))[\u0621-\u064a]{{3,}})\s+{_PAYING}\s+(?:\S+\s+){{0,2}}[\d٠-٩]"
    # «ما المبلغ الذي التزمت به «أوراكل»…؟» (what sum did Oracle commit?), "BlackRock's own capital commitment"
    # («ما قيمة المساهمة المالية التي التزمت بها «مايكروسوفت»…؟»: the value of the contribution it committed)
    rf"|(?:ما|شو|ايش|وش|ايه)\s+(?:ال)?(?:مبلغ|قيم[ةه])(?:\s+(?:ال)?مساهم[ةه](?:\s+(?:ال)?مالي[ةه])?)?\s+(?:الذي|التي|اللي|الي)\s+{_PAYING}(?:\s+(?:به|بها|فيه|فيها))?\s+(?P<payer>[«“\"][^»”\"]+[»”\"]|{_NAMED})"
    rf"|(?P<possessor>{_NAMED})['’]s\s+(?:own\s+)?(?:capital\s+|financial\s+|cash\s+)?(?:commitment|contribution|investment|outlay|ticket(?: size)?|check size|cheque)s?\b"  # "Nvidia's ticket size": an investor's own sum
    # A search-box query or a translated one: «مساهمة «مايكروسوفت» بالدولار في صندوق الشراكة»,
    # "contribution of Microsoft", «قديش الـ share تبع Oracle…؟», "How much money xAI itself is putting inside…?",
    # "how many dollars Nvidia itself is putting into…"
    rf"|(?<![^\s])(?:ال)?مساهم[ةه]\s+(?P<contributor>[«“\"][^»”\"]+[»”\"]|{_NAMED})|\b(?:contribution|stake) of\s+(?:the\s+)?(?P<contributor_en>{_NAMED})"
    rf"|{_HOW_MUCH}\s+(?:كان\s+|كانت\s+)?(?:الـ?\s*)?(?:share|stake|ticket|حص[ةه])\s+(?:تبع|تاع|حق|متاع|ديال|تبعت)\s+(?P<owner>[«“\"][^»”\"]+[»”\"]|{_NAMED})"
    rf"|\b[Hh]ow (?:much\s+(?:money\s+|cash\s+|capital\s+)?|many\s+(?:dollars|billions?)\s+)(?P<subject>{_NAMED})(?:\s+itself)?\s+(?:is\s+|was\s+|will\s+|has\s+)?(?:putting|paying|investing|contributing|committing|giving"
    rf"|put in|put|paid|invested|contributed|committed|pledged|gave)\b"
    # "what's GE Vernova putting into the AIP money wise?": what someone puts in is a sum
    rf"|\b[Ww]hat(?:['’]s|\s+is|\s+are|\s+was|\s+did|\s+does|\s+will)\s+(?:the\s+)?(?P<giver>{_NAMED})\s+(?:putting|contribut\w*|invest\w*|pa(?:ying|y)|committ?\w*|put)\s+(?:\w+\s+){{0,2}}?(?:in|into|towards?)\b"
)
_REPORTING = re.compile(
    r"\b(?:expect|estimate|forecast|project|predict|say|said|put|see|report|calculate|think|believe)|"
    r"قدر|يقدر|تقدر|توقع|يتوقع|تتوقع|قال|يقول|تقول|ذكر|يذكر|تذكر|رجح|يرجح|ترجح|تقرير"
)


_OWNED_SOURCE_WORDS = 4  # "'s Energy and AI report expect"


# "How much did Nvidia put into AIP?" tells of money put in; "How much does the IEA put consumption at?" reports a figure.
_PUT_IN = re.compile(r"\s+(?:\w+\s+){0,2}?(?:in|into|up|towards?)\b")


# A noun after the name makes it a modifier of what the question is about: "the BlackRock AI fund".
_VENTURE_NOUN = re.compile(rf"(?:{VENTURE_NOUNS})")
_AGENT_CONTEXT = ("verb", "before")  # the groups of _AGENT that are not the name
# An adverb where the doer stands: «كم ستنفق فعلًا…؟» ("how much will it actually spend") names no one.
_ADVERB = re.compile(r"(?:فعلا|فعليا|بالفعل|حاليا|تقريبا|بالضبط|اجمالا|سنويا|مبدئيا|تحديدا|حقا|فقط|كلها|كلهم|اصلا)(?![^\W\d_])")
# Another name listed after the doer: "How much are BlackRock, GIP, Microsoft and MGX looking to
# raise?" asks the group's joint sum, which no sentence gives as BlackRock's.
_LISTED_NEXT = re.compile(r"[»”\"]?(?:\s*(?:,|،|&|\band\b)\s*(?:the\s+)?[«“\"]?[A-Z]|\s+و\s*[«“\"])")


def figure_agent(question: str, claimed_only: bool = False) -> Name | None:
    """The name a how-much question asks a figure of, when it names one where the doer stands; with
    ``claimed_only``, the one a sum the question claims is said of ("Nvidia paid $10 billion")."""
    question = without_diacritics(question)  # «قديش حطّت أوراكل…؟»
    found = _AGENT.search(question)
    if not found or claimed_only and not (found.group("claimed") or found.group("claimed_ar")):
        return None
    verb = normalize_for_match(found.group("verb") or found.group("before") or "")
    if verb.startswith(("'s", "’s")):
        # "How much does the IEA's Energy and AI report expect…?": the name owns the source, whose
        # reporting verb comes a few words on.
        verb = " ".join([verb, *normalize_for_match(question[found.end("verb") :]).split()[:_OWNED_SOURCE_WORDS]])
    if _REPORTING.search(verb) and not (verb.split()[-1:] in (["put"], ["puts"], ["putting"]) and _PUT_IN.match(question, found.end("verb"))):
        return None
    if _VENTURE_NOUN.fullmatch(verb.strip()):
        return None  # "How much is the BlackRock AI fund trying to raise?": the name tells which fund, it raises nothing itself
    group, written = next((group, value) for group, value in found.groupdict().items() if value and group not in _AGENT_CONTEXT)
    if _LISTED_NEXT.match(question, found.end(group)) or _ADVERB.match(normalize_for_match(question[found.start(group) :])):
        return None
    if written == "it":
        # "Now that Nvidia is a full partner in AIP, how much money has it put in?": the one named first
        before = question[: found.start()]
        earlier = [match.group() for match in re.finditer(_NAMED, before)  # not a sentence's capitalised first word ("Now")
                   if not (re.fullmatch(r"\W*", before[: match.start()]) and is_english_word(match.group().lower()))]
        if not earlier:
            return None
        written = earlier[0]
    written = _OPENING_WORD.sub("", written)  # "Since Microsoft pledged $80 billion…": the name is Microsoft
    name = Name.of(without_possessive(written.strip("«»“”\"")))
    return name if name.words and not name.words <= _GENERIC else None


_OPENING_WORD = re.compile(r"^(?:Since|As|Because|Given|Now|So|If|When|While|After|Although|Though|Once|Then|And|But)\s+(?=[A-Z])")


# What the money goes into, when the question names it: "How much did Microsoft invest in
# Stargate?", «كم دفعت «مايكروسوفت» في «ستارغيت»؟» (Arabic names quoted, see ArabicNames.quote).
_PUT_INTO = r"\b(?:put|putting|invest(?:ed|ing|s)?|pa(?:y|id|ying)|contribut\w*|commit\w*|inject\w*)\s+(?:\S+\s+){0,3}?(?:in|into|towards?)\s+(?:the\s+)?"
_TARGET = re.compile(
    rf"{_PUT_INTO}(?P<latin>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
    rf"|{_PAYING}\s+(?:\S+\s+){{0,2}}?(?:في|ب|ل)\s*[«“\"](?P<arabic>[^»”\"]+)[»”\"]"
    # A venture named by its kind: «… التزمت بها «مايكروسوفت» تحديدًا في رأس مال صندوق الشراكة»
    rf"|{_PAYING}\s+(?:\S+\s+){{0,4}}?(?:في|ب|ل)\s*(?:ر[اأ]س\s*مال\s+)?(?P<arabic_venture>(?:ال)?(?:صندوق|شراك[ةه]|مشروع|مبادر[ةه])(?:\s+(?:ال)?شراك[ةه])?)(?![^\W\d_])"
)
# A venture named by its kind, lower case too: "into the ai partnership", "into the fund".
_VENTURE_PUT_INTO = re.compile(rf"{_PUT_INTO}(?P<venture>(?:[A-Za-z][\w-]*\s+){{0,3}}?(?:{VENTURE_NOUNS}))\b", re.IGNORECASE)


def figure_target(question: str) -> Name | None:
    """The venture a how-much question asks money put into, when it names one other than a place:
    the doer's sum for something else is no answer ("How much did Microsoft invest in Stargate?"
    is not Microsoft's $80 billion for its own data centres)."""
    found = _TARGET.search(without_diacritics(question))
    if not found or not figure_agent(question):
        return None
    written = found.group("latin") or found.group("arabic") or found.group("arabic_venture")
    if names_a_place(written) or places_in(written):
        return None  # "invest in the US" is the scope's to judge
    name = Name.of(without_possessive(written))
    return name if name.words and not name.words <= _GENERIC else None


def venture_put_into(question: str) -> Name | None:
    """The venture money is said to go into, named or by its kind ("into the ai partnership")."""
    found = _VENTURE_PUT_INTO.search(question)
    return Name.of(found.group("venture")) if found else figure_target(question)


def is_figure_of(agent: Name, sentence: str, title: str) -> bool:
    """Whether a figure's sentence names the agent: whole; by the last word of a longer name ("the
    partnership" for the AI Infrastructure Partnership), also when the question uses its initials
    ("AIP", spelt out in the title or the text); or by initials in the text. An article whose title
    names the agent alone is about it throughout ("المشروع" in the note on «ستارغيت»); one titled
    "xAI and Nvidia join the AI Infrastructure Partnership" is not about Nvidia's money. The sentence
    before does not count: "…two energy companies as collaborators, GE Vernova and NextEra Energy.
    The money targets stayed the same: 30 billion dollars…" is not GE Vernova's commitment."""
    if agent.named_in(sentence) or about_only(title, agent.named_in):
        return True
    tokens = set(bm25_tokens(sentence))
    heads = {agent.head} if len(agent.words) > 1 else set()
    heads |= {head for abbreviation, head in spelt_out(f"{title}. {sentence}").items() if abbreviation in agent.words}
    return bool(heads & tokens) or bool(agent.initials) and agent.initials in tokens


# "How much has AIP actually raised so far?" asks for what happened; "The partnership aims to raise
# $30 billion" tells a plan. A plan's figure is not the answer, and when every figure found is a
# plan the sources do not say. The plan may be told in the sentence before ("The founders set a
# two-step funding goal. First, mobilise 30 billion…").
# "actually" of money moved ("How much has it actually raised?"), not of who stands behind a sum
# ("How much money is actually behind Stargate?").
_ASKS_REALISED = re.compile(
    r"\bso far\b|\bto date\b|\balready\b|\bin fact\b|حتي الان|حتي اليوم|فعليا|فعلا|بالفعل"
    # Not "how much of that actually gets spent in the US?" nor "… is actually spent here in America", which ask where a sum goes.
    r"|(?<!\bis )(?<!\bare )(?<!\bget )(?<!\bgets )\bactually (?!(?:gets?|goes?|is|are) )(?:\w+ ){0,2}?(?:rais|spen[dt]|invest|put|pa(?:id|y)|committ?|receiv|got|giv|deploy|buil|collect|secur|pour)\w*"
    r"|\b(?:has|have|did|does|do) (?:\w+ ){1,3}?actually\b"
)
_PLAN = re.compile(
    r"\b(?:aim|aims|aimed|aiming|plan|plans|planned|planning|target|targets|goal|goals|seek|seeks|seeking|intend|intends"
    r"|hope|hopes|ambition|pledge|pledged|pledges|on track to|expected to|set to|going to|gonna|would|will|could"
    r"|try|tries|trying|looking to|wants? to)\b"  # "How much is AIP actually trying to raise?"
    r"|تخطط|يخطط|خطه|خطط|تهدف|يهدف|بهدف|هدف|تسعي|يسعي|تعتزم|يعتزم|تعهد|من المتوقع|علي ان"
    # Future auxiliaries, not every word in "س": «ستارغيت» and "سياسة" are not plans.
    r"|(?<![^\s])[وف]?(?:سوف|سيتم|ستتم|سيبدا|ستبدا|سيصل|ستصل|سيكون|ستكون)(?![^\W\d_])"
    # A money verb in the future, written («كم فعلاً ستنفق…؟») or spoken («هتصرف», «حتدفع»), and
    # spoken "wants to" / "is going to" («تبي تجمع», «ناوية», «رح تستثمر»).
    r"|(?<![^\s])[وف]?[سحه][تين](?:نفق|ستثمر|جمع|دفع|صرف|ضخ|مول|بني)(?![^\W\d_])"
    r"|(?<![^\s])[وف]?(?:تبي|يبي|تبغي|يبغي|بدها|بده|بدهم|ناوي|ناويه|ناوين|عايز|عايزه|عايزين|راح|رح)(?![^\W\d_])"
)


# "so far" and "to date" ask what has happened even of a plan named as a noun: "How much of the
# $30bn initial target has AIP raised so far?" asks what came of the target.
# "how much is Microsoft actually spending?" asks what it is putting in, the plan it carries out;
# "how much has it actually spent?" asks for the outcome.
_ONGOING = re.compile(r"\b(?:is|are)\s+(?:\w+\s+){0,3}?actually\s+\w+ing\b(?!.*\b(?:right now|currently)\b)")
_SO_FAR = re.compile(r"\bso far\b|\bto date\b|حتي الان|حتي اليوم|لحد الان|لحد الحين|لحد دلوقتي|لغايه الان")
_PLAN_NOUN = re.compile(r"\b(?:target|targets|goal|goals|ambition)\b|خطه|خطط|هدف")


def asks_realised(question: str) -> bool:
    """Whether the question asks for what has happened ("so far", "حتى الآن"), not what is planned
    ("How much did Microsoft actually pledge?" asks for the pledge)."""
    asked = normalize_for_match(question)
    if _SO_FAR.search(asked):
        return not _PLAN.search(_PLAN_NOUN.sub(" ", asked))
    return bool(_ASKS_REALISED.search(asked)) and not _PLAN.search(asked) and not _ONGOING.search(asked)


def tells_a_plan(sentence: str, before: str) -> bool:
    """Whether a figure's sentence (or the one before it) tells an aim or a plan, not an outcome."""
    return bool(_PLAN.search(normalize_for_match(f"{before} {sentence}")))


# "xAI has plans to deploy more than one million GPUs – … – and operates a cluster of more than
# 100,000": one sentence, a plan and an outcome. A clause that "and" (or «و» after a dash or comma)
# joins on with a verb of its own («وتُشغّل») and that names no plan tells what already is.
_OUTCOME_CLAUSE = re.compile(
    r"(?:[,–—;]\s*|\s)and\s+(?:already\s+|currently\s+)?(?:[a-z]+(?:s|ed)|spent|built|paid|put|sold|bought|made|got|gave|ran|won|took|held|kept|lost)\s(?:[^,;–—]|(?<=\d),(?=\d))*"
    r"|[–—،,]\s*و[يت][\u0621-\u064a]{3,}(?:[^–—،,]|(?<=\d),(?=\d))*"
)


def outcome_clauses(sentence: str) -> str:
    """The clauses of a sentence that tell an outcome, whatever its other clauses plan ("" if none)."""
    key = normalize_for_match(sentence)
    return " ".join(clause.group() for clause in _OUTCOME_CLAUSE.finditer(key)
                    if not _PLAN.search(clause.group()) and extract_quantities(clause.group()))


# "How many data centres will AIP build?": the sources must count the thing somewhere. When
# sentences mention it and none of them holds a count, they do not say how many. The thing is the
# words between "how many" and the verb; a count is a plain number (not a sum of money, a share,
# TWh, a year or a day of a month) or a number word.
_HOW_MANY = re.compile(
    r"\bhow many\s+(?P<latin>(?:(?!(?:does|do|did|will|would|could|can|are|were|is|was|has|have|had)\b)[a-z-]+\s*){1,3})"
    r"|كم\s+عدد\s+(?P<arabic>\S+(?:\s+\S+)?)"
)
_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|pair|couple|none|zero|single)\b"
    r"|(?<![^\s])[وب]?(?:(?:واحد|ثلاث|اربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر)(?:ه|ون|ين)?|اثنان|اثنين|اثنتين|اثنتان"
    r"|مئه|مائه|مئات|الف|الاف|مليون|ملايين)(?![^\W\d_])"
)
# «كام مركز بيانات رح يبنوا؟», «كم مركز بيانات…؟»: «كم» right before what it counts, without «عدد».
# Not a span of time or a measure («كم سنة», «كم كيلومتر»): those are told in other ways than a count.
_HOW_MANY_SPOKEN = re.compile(
    r"(?<![^\s])(?:كم|كام|(?:شحال|قداش)\s+من)\s+(?!(?:عدد|من|مره|مرات|سنه|سنوات|عام|اعوام|يوم|ايام|شهر|اشهر|ساعه|ساعات|دقيقه|دقائق|قرن|عمر|"
    r"كيلو\w*|متر|ميل|كغ|طن|درجه|بالمئه|في|علي|عن|الي|هو|هي|كان|كانت|يبلغ|تبلغ|بلغ|بلغت)(?![^\W\d_]))"  # «هتصرف كام على الداتا سنترز؟» is how much
    # A verb marked future or ongoing ("ستجمع", "هتجمع", "بيدفع") asks how much, not how many of it.
    r"(?![سهحب][يتن][\u0621-\u064a]{3,}(?![^\W\d_]))"
    r"(?P<arabic>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)"
)
# «لكام GPU»: spoken "how many", glued to its preposition, before a Latin word.
_HOW_MANY_LATIN = re.compile(r"(?<![^\s])[وفلب]?(?:كم|كام)\s+[a-z]")


def counts_bought_with_a_sum(question: str) -> bool:
    """Whether «كم» asks how many of a thing a sum the question states pays for: «كم مركز بيانات راح
    تبني الشراكة بالمئة مليار دولار؟» counts data centres, and the $100 billion is what builds them."""
    key = normalize_for_match(question)
    found = _HOW_MANY_SPOKEN.search(key)
    return (found is not None and bool(_WITH_A_SUM.search(key, found.end()))
            and not _MEASURE_WORD.match(found["arabic"]) and not MONEY.search(found["arabic"]))


# «بالـ100 مليار», «ب 30 مليار دولار»: paid for with; not a year («بـ 2026»)
_WITH_A_SUM = re.compile(r"(?<![^\s])(?:ب|بال)\s*\d[\d.,]*\s*(?:مليار|مليارات|مليون|ملايين|تريليون|دولار)(?![^\W\d_])")
# A scale, a share, a value or a rate after «كم» asks an amount, not a count.
_MEASURE_WORD = re.compile(r"(?:ال)?(?:مليار|مليارات|مليون|ملايين|الف|الاف|ترليون|تريليون|تيراواط|بالمئه|بالميه|نسبه|مبلغ"
                           r"|حصه|حصت|نصيب|مساهمه|قيمه|حجم|تكلفه|كلفه|سعر|ميزانيه|عائد|ربح|فرق|زياده|معدل|متوسط)(?![^\W\d_])")


def asks_a_count(question: str) -> bool:
    """Whether the question asks how many of something: "how many GPUs", «كم عدد…», «لكام GPU»."""
    key = normalize_for_match(question)
    return bool(_HOW_MANY.search(key) or _HOW_MANY_SPOKEN.search(key) or _HOW_MANY_LATIN.search(key))


_ARABIC_DUAL = re.compile(r"(?<![\u0621-\u064a])([\u0621-\u064a]{3,}?)ت?(?:ين|ان)(?![\u0621-\u064a])")


def _singular(word: str) -> str:
    """An Arabic noun as its dual is built on: «فريقاً» → «فريق», «حزمة» → «حزم» («حزمتين»)."""
    return re.sub(r"(?<=[\u0621-\u064a]{3})(?:ا|ه)$", "", normalize_for_match(word))  # a counted noun's accusative alif goes too


# Years written as a pair («أرقام ٢٠٣٠ و٢٠٣٥», "2024 to 2030") count nothing, whatever precedes them.
_YEAR_PAIR_BEFORE = re.compile(r"(?:18|19|20)\d\d\s*(?:و|and|to|[-–])\s*$")
_YEAR_PAIR_AFTER = re.compile(r"\s*(?:و|and|to|[-–])\s*(?:18|19|20)\d\d(?!\d)")
_YEAR_CUE = re.compile(r"\b(?:in|since|until|till|from|year)\W*$|(?:عام|عامي|سنه|في|منذ|حتي)\W*$")


def holds_a_count(sentence: str, counted: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence counts something: a number word, the Arabic dual of a ``counted``
    word (``_singular``: «فريقين», two teams, for «فريق»), or a plain number that is not a year
    ("in 2024") or a day of a month; sums of money, shares and TWh count nothing."""
    return any(dual[1] in counted for dual in _ARABIC_DUAL.finditer(normalize_for_match(sentence))) or counts_told(sentence) > 0


def _is_plain_count(sentence: str, quantity: Quantity) -> bool:
    """Whether a quantity of the sentence is a plain number that is not a year ("in 2024") or a day of a month."""
    if quantity.unit is not None:
        return False
    before = normalize_for_match(sentence[max(quantity.start - 12, 0) : quantity.start])
    beside = normalize_for_match(sentence[max(quantity.start - 12, 0) : quantity.end + 12])
    # "in 2024" and «أرقام ٢٠٣٠ و٢٠٣٥» are years, "2000 guests" a count
    paired = _YEAR_PAIR_BEFORE.search(to_ascii_digits(before)) or _YEAR_PAIR_AFTER.match(to_ascii_digits(sentence), quantity.end)
    year = quantity.may_be_year and bool(_YEAR_CUE.search(before) or paired)
    return not year and not MONTH_NAME.search(beside)


def counts_in_digits(sentence: str) -> list[int]:
    """The counts a sentence tells, as numbers: «أربع جهات» is 4, "2,000 guests" 2000; not a sum,
    a share, TWh, a year or a day of a month."""
    digits = with_numbers_in_digits(sentence, small_counts=True)
    return [int(quantity.value) for quantity in extract_quantities(digits)
            if quantity.value.is_integer() and _is_plain_count(digits, quantity)]


_NUMBER_WORDS_JOINED = re.compile(r"[\s-]*(?:and\s+|و)?")  # "one million", "two hundred and fifty": one count


def counts_told(sentence: str) -> int:
    """How many counts the sentence tells: plain numbers and runs of number words. "Plans to
    deploy more than one million GPUs … and operates a cluster of more than 100,000" tells two."""
    quantities = extract_quantities(sentence)
    rest = sentence
    for quantity in quantities:  # "80 مليون دولار" is a sum, not a count of millions; "100 ألف" one count
        rest = rest[: quantity.start] + " " * (quantity.end - quantity.start) + rest[quantity.end :]
    key = normalize_for_match(rest)
    runs, end = 0, None
    for word in _NUMBER_WORD.finditer(key):
        runs += end is None or not _NUMBER_WORDS_JOINED.fullmatch(key, end, word.start())
        end = word.end()
    return runs + sum(_is_plain_count(sentence, quantity) for quantity in quantities)


# "What was the modified deal worth?", «كم بلغت قيمة الصفقة المعدّلة؟»: the value of a thing, which
# a source states as some figure in a sentence mentioning it.
_VALUE_OF = re.compile(
    r"\b(?:value|worth) of (?:the |its |their )?(?P<latin>[a-z-]+(?:\s+[a-z-]+)?)"
    r"|\b(?:how much|what) (?:is|was|were|are) (?:the |its |their )?(?:[\w-]+\s+){0,3}?(?P<latin_worth>[a-z-]+) worth\b"
    rf"|(?<![^\s])(?:{HOW_MUCH_ARABIC}|ما|شو)\s+(?:\S+\s+)?قيم[ةه]\s+(?P<arabic>(?:ال)?[\u0621-\u064a]+)"
)


def _holds_a_figure(sentence: str) -> bool:
    """Whether the sentence puts any figure on something: a number, with or without a unit, or a number word."""
    return bool(extract_quantities(sentence)) or bool(_NUMBER_WORD.search(normalize_for_match(sentence)))


def _thing_forms(thing: str, translations: Mapping[str, Sequence[str]] | None) -> list[set[str]]:
    """Each word of a thing as written or without its accusative ending («فريقاً» is «فريق»),
    translated, or by its sound: «مركز بيانات» is «مراكز البيانات» too."""
    return [{*(translations or {}).get(token, ())[:1],
             *(token_or_key for form in {word, _singular(word)} for token_or_key in (word_token(form), *sound_keys(form))
               if token_or_key and not token_or_key.startswith("§§"))}
            for word in thing.split() if (token := word_token(word))]


def _mentioning(thing: str, texts: Iterable[str], translations: Mapping[str, Sequence[str]] | None = None) -> list[str]:
    """The texts that write every word of the thing, in any of its forms, or spell out an acronym
    the thing is ("GPUs" in "100,000 Nvidia graphics processing units")."""
    forms = _thing_forms(thing, translations)
    acronym = re.fullmatch(r"([A-Z]{2,5})s?", thing.strip())

    def mentions(text: str) -> bool:
        if forms and all(alternatives & set(bm25_tokens(text)) for alternatives in forms):
            return True
        first_letters = "".join(word[0] for word in re.findall(r"[A-Za-z]+", text)).lower()
        return bool(acronym) and acronym.group(1).lower() in first_letters

    return [text for text in texts if mentions(text)]


def mentions_thing(thing: str, text: str, translations: Mapping[str, Sequence[str]] | None = None) -> bool:
    """Whether the text writes the thing (see :func:`_mentioning`)."""
    return bool(_mentioning(thing, [text], translations))


def uncounted_thing(question: str, sentences: Sequence[SourceSentence],
                    translations: Mapping[str, Sequence[str]] | None = None, unmeasured: bool = True) -> str | None:
    """The thing a how-many question counts, or whose value a question asks, when sentences
    mention it and none counts it (or states any figure, for a value). ``unmeasured`` says the
    question asks for no sum, TWh or share; else value questions and «كم» + a noun are left to the
    figure finder: «كم قيمة الصندوق؟» asks for a sum the partnership's sentences state without
    the word «صندوق», and «كم استثمرت…» is no count."""
    key = normalize_for_match(question)
    counted = _HOW_MANY.search(key) or unmeasured and _HOW_MANY_SPOKEN.search(key)
    valued = unmeasured and _VALUE_OF.search(key)
    asked = counted or valued
    if not asked:
        return None
    thing = next(group for group in asked.groups() if group)
    if counted and counted.re is _HOW_MANY and counted.group("latin"):
        # "how many data centres Stargate going to build" (no "is"): the thing is the words before the name.
        words = thing.split()
        named = [i for i, word in enumerate(words) if i and any(
            written[0].isupper() and not written[:2].isupper() for written in re.findall(rf"\b{re.escape(word)}\b", question, re.IGNORECASE))]
        thing = " ".join(words[: named[0]]) if named else thing
    if not _thing_forms(thing, translations):
        return None
    mentioning = _mentioning(thing, (s.text for s in sentences), translations)
    singulars = frozenset(_singular(word) for word in thing.split())
    holds = (lambda text: holds_a_count(text, singulars)) if counted else _holds_a_figure
    if mentioning and not any(holds(text) for text in mentioning):
        return thing.strip()
    return None


# A sum asked member by member: "how much is each partner putting in?", «كم حصة كل من أوبن إيه آي
# وسوفت بنك…؟», «كم دفعت كل من جي إي فيرنوفا ونكست إيرا؟», "each partner's share".
_EACH_ONES_SHARE = re.compile(
    r"\beach (?:partner|member|investor|backer|funder|company|firm|founder)(?:['’]s)? (?:\w+ )?(?:share|stake|contribution|part|portion|amount|commitment)\b"
    r"|\bhow much (?:is|did|does|will|has) each (?:\w+ )?(?:partner|member|investor|backer|funder|company|firm|founder|one)\b"
    r"|\b(?:break|split)(?:s|ing)? (?:down |up )?(?:the |that |this )?(?:\$?[\d.,]+ ?(?:bn|billion)? |sum |money |fund |total )?(?:by|between|among|per) (?:partner|member|investor|backer|funder|company)s?\b"
    r"|\bbreak (?:down )?the \$?[\d.,]+ ?(?:bn|billion)?\b.*\beach\b"
    rf"|(?<![^\s])(?:{HOW_MUCH_ARABIC})\s+(?:\S+\s+)?(?:حص[هة]|نصيب|مساهم[هة]|دفعت|دفع|ساهمت|ساهم|ستدفع|يدفع|تدفع)\s+كل\s+(?:من|شريك|عضو|واحد|جه[هة])(?![^\W\d_])"
    r"|(?<![^\s])(?:حص[هة]|نصيب|مساهم[هة]) كل (?:شريك|عضو|مستثمر|جه[هة])(?![^\W\d_])"
)
_SPLITS_AMONG = 2  # names, each with its own sum, a sentence splitting a total gives at least
_OWN_SUM_REACH = 60  # characters before a sum in which the name it is told of stands


def _parts_named(text: str) -> set[str]:
    """The names a sentence gives a sum of their own, each written shortly before it (a name
    opening the sentence too: "Microsoft puts in $10bn and BlackRock $5bn")."""
    found = set()
    for quantity in extract_quantities(text):
        if quantity.unit == "USD":
            before = text[max(0, quantity.start - _OWN_SUM_REACH) : quantity.start]
            found |= {run for run in CAPITALISED_RUN.findall(before) if run.casefold() not in STOPWORDS} | set(quoted_arabic_names(before))
    return found


def unsplit_sum(question: str, sentences: Sequence[SourceSentence]) -> bool:
    """Whether the question asks each member's part of a sum and no sentence gives parts: sums
    told of two names or more ("Microsoft puts in $10bn and BlackRock $5bn"). The sources give
    totals only ("30 billion dollars initially… up to 100 billion"), which answer no one's share."""
    if not _EACH_ONES_SHARE.search(normalize_for_match(question)):
        return False
    return not any(len(_parts_named(s.text)) >= _SPLITS_AMONG for s in sentences)


# A count the question states as a fact ("When did xAI grow its cluster to 200,000 GPUs?"): large
# enough not to be a small ordinal or a year, with the thing counted written right after it. A
# number in billions is a sum with its currency left out ("the ~80bn budget", «الـ٨٠ مليار»).
_SMALLEST_STATED_COUNT = 1000
_COUNTED_WORDS = 2
_BILLIONS = re.compile(r"(?:billion|bn|trillion)\b|مليار|بليون|تريليون")


def _is_large_count(quantity: Quantity, key: str) -> bool:
    """Whether a quantity of match-normalised ``key`` is a plain number of at least
    ``_SMALLEST_STATED_COUNT``: not a sum, share, TWh, year or sum in billions."""
    return (quantity.unit is None and quantity.value >= _SMALLEST_STATED_COUNT
            and not quantity.may_be_year
            and not _BILLIONS.search(key[quantity.start : quantity.end]))


# A scale word standing for one of it: "a million chips", «أكثر من مليون وحدة».
_BARE_SCALE = re.compile(r"(?<![^\s])(?:a|one)\s+(million|thousand)\b|(?<![\d٠-٩]\s)(?<![^\s])(مليون|الف)(?![^\W\d_])", re.IGNORECASE)


def _large_counts(text: str) -> list[float]:
    """The large plain numbers a text states, in words too ("more than one million"; see :func:`_is_large_count`)."""
    key = normalize_for_match(with_numbers_in_digits(text))
    key = _BARE_SCALE.sub(lambda scale: f"1 {scale[1] or scale[2]}", key)
    return [q.value for q in extract_quantities(key) if _is_large_count(q, key)]


def miscounted_thing(question: str, sentences: Sequence[SourceSentence],
                     translations: Mapping[str, Sequence[str]] | None = None) -> str | None:
    """The thing a question counts with a number no sentence gives it, when sentences count it
    with others: «متى أعلنت xAI عن توسيع مجموعتها إلى ٢٠٠ ألف وحدة معالجة رسوميات؟» over
    sources that give "more than 100,000" running and "more than a million" planned. The
    premise is the question's own; the sources do not say it happened."""
    key = normalize_for_match(question)
    for stated in extract_quantities(key):
        if not _is_large_count(stated, key):
            continue
        # The words after the figure, as the question writes them when normalising kept the
        # offsets ("GPUs" stays an acronym).
        after = question[stated.end :] if len(question) == len(key) else key[stated.end :]
        thing = " ".join([word for word in re.findall(r"[^\W\d_]+", after)[:_COUNTED_WORDS + 1] if word_token(word)][:_COUNTED_WORDS])
        # «لـ٢٠٠ ألف GPU»: the key is shorter than the question, and "GPU" is an acronym as typed.
        typed = re.search(rf"(?<![^\W\d_]){re.escape(thing)}(?![^\W\d_])", question, re.IGNORECASE) if thing.isascii() else None
        thing = typed.group() if typed else thing
        if not _thing_forms(thing, translations):
            continue
        counts = [count for text in _mentioning(thing, (s.text for s in sentences), translations) for count in _large_counts(text)]
        if counts and not any(same_value(count, stated.value) for count in counts):
            return thing
    return None

