"""Figure and date questions answered straight from the evidence, in the question's language.

"How much…", "What share…", "When…", "كم…", "ما نسبة…", "متى…" ask for one figure the sources
state. A small LLM copies *a* figure from its passages, often the wrong one ("1,000 TWh by 2026"
for a question about 2030), and no check catches that, since the figure is in the evidence. The
choice is made here instead, the way extractive QA systems type their answers: by the unit the
question asks for (dollars, TWh, percent, a date), the years it names (the figure's nearest year
must be one of them) and the question words written next to the figure. The figure is then
written out in the question's language from its value, with the source's own hedge ("about",
"more than", "up to"), so an English question over an Arabic article gets an English answer
without translation.

When articles give different values for the same thing (a base case and a high case, a first
tranche and a ceiling), each value is given with its source. A question comparing years gets each
year's figures; a written range ("from 620 TWh to 1,050 TWh") is given whole; a share written as
a word ("more than half") is written as one. A figure the question itself states is never its
answer: when no source states it, it is a false premise, and the sources' own figure is given
instead.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal, NamedTuple

from bot.answerability import CAPACITY, MONEY, VENTURE_NOUNS, Name, about_only, asks_a_count, counts_bought_with_a_sum, question_names, rests_on_a_premise, without_possessive
from bot.grounding import (MONTH_NAME, DateMention, Quantity, extract_dates, extract_partial_dates, extract_quantities, latin_names,
                            quoted_arabic_names, same_value, without_figures)
from bot.text import (AT_THAT_TIME, HOW_MUCH_ARABIC, NAMES_REQUESTED, PUNCTUATION, QUESTION_SENTENCE, SOURCE_DEPENDENT, STOPWORDS, Language, bm25_tokens, excluded_parts, month_number, normalize_for_match, question_words, spelt_out,
                      split_sentences, to_ascii_digits, without_excluded, word_tokens, written_date)

FigureKind = Literal["USD", "TWh", "percent", "date", "year"]
_UNITS = ("USD", "TWh", "percent")  # kinds a figure the question states can have

# Question cues, matched on normalize_for_match(question) (so "ى" is "ي", "ة" is "ه", "أ" is "ا").
# "When" asks for a date only as the question word: in "How old was he when he played?" it does not.
# "When Stargate was announced in January 2025, how big was it meant to be?": a clause placing the
# question in time, its own question word after the comma.
_WHEN = (r"^\W*(?:(?:and|but|so|since|until|till|ok|okay|alright|also|then)\W+)*when\b"  # "ok and when exactly…?"
         r"(?![^,?]*,\s*(?:which|what|how|who|whom|whose|where)\b)")
# After the asker's own context: "…i told him it came out in 2023 but im wrong lol, when was it published".
_LATE_WHEN = re.compile(r"[,.;:!?]\s*(?:(?:and|but|so) )?when (?:exactly |precisely )?(?:was|were|is|are|did|does|do|will|has|had)\b")
_SPOKEN_WHEN = re.compile(r"(?<=\s)when (?:exactly |precisely )?(?:was|were|is|are|did|does|do|will|has|had)\b")
_ASKS_WHEN_IT_ENDS = re.compile(r"[^?]*?\b(?:end|ends|start|starts|begin|begins|close|closes)\b")
# "On which day of the week…?", «أي يوم من أيام الأسبوع؟» ask for a weekday, which no date answers.
# "exact date GAIIP was unveiled?", Egyptian «يوم كام» (which day), «التاريخ كامل» (the full date).
_ASKS_DAY = (r"\b(?:what|which) (?:exact |precise )?(?:day(?! of the week)|date)\b|^\W*(?:(?:and|so|ok) )?(?:the )?(?:exact )?date (?:on|of)\b"
             r"|\bon what date\b|\b(?:exact|precise|full)(?: \w+)? date\b|\b(?:name|give|state|tell me|list) the (?:exact )?(?:date|day)\b"  # a quiz's "Name the date on which…"
             # "date GAIIP was unveiled vs …": "date" asks; the words after it point at the figure
             r"|\bdate(?= (?:(?:that|when|on which) )?(?:the )?\S+(?: \S+){0,3}? (?:was|were|got) (?:\w+ )?\w+(?:ed|en)\b)"
             r"|(?:في )?(?:اي|ياتو|ياتا|ياتي) يوم(?! (?:من ايام )?(?:ال)?اسبوع)|(?:ما|(?:في |ب)?اي) تاريخ|يوم (?:كام|ايه)(?![^\W\d_])"
             r"|(?:ال)?تاريخ (?:ال)?(?:كامل|دقيق|بالضبط|بالتحديد)|(?<![^\s])(?:ال)?يوم (?:بالضبط|بالتحديد)(?![^\W\d_])")  # «بأي تاريخ» too
# "What month…?", «في أي شهر…؟»: a date too, of which the month is asked.
_ASKS_MONTH = r"\b(?:what|which) month\b|(?:في |ب)?(?:اي|ايه|انهي) شهر"
# "In what year…", "By when…", «بأي سنة…», «في أي عام…»: the year of a figure the question states,
# or of an event (see ``_DATED_EVENTS``); other such questions are left to the LLM.
_ASKS_WHICH_YEAR = r"\b(?:which|what) year\b|\bby when\b|(?<![^\s])(?:في\s+)?ب?(?:اي|ايه|انهي|اشمن|شمن)\s+(?:عام|سنه)(?![^\W\d_])"
# "MSFT's fiscal year ends when again??": a "when" put last, as chat does.
_WHEN_LAST = r"\bwhen(?:\s+(?:again|exactly|then))?\s*\?"
_ASKS_DATE = re.compile(rf"{_WHEN}|{_WHEN_LAST}|{_ASKS_DAY}|{_ASKS_MONTH}|متي|(?<![^\s])[وف]?(?:فوقاش|وقتاش|شوكت)(?![^\W\d_])")  # Maghrebi «فوقاش», Iraqi «شوكت»
# «إلى أي مدى قد تتسع قدرته متى أضيفت القروض؟»: «متى» after an amount asked is "once", not "when?".
_HOW_FAR = r"(?<![^\s])(?:الي|حتي|ل) ?(?:اي|ايه) (?:مدي|حد)(?![^\W\d_])"  # not «إلى حد كبير» (to a large extent)
_WHEN_ONCE = re.compile(rf"(?:{_HOW_FAR}|(?<![^\s])[وف]?(?:{HOW_MUCH_ARABIC})(?![^\W\d_])).*\s(متي)\s+[^\s؟?]")
_EXACTLY = r"\bexact(?:ly)?\b|\bprecise(?:ly)?\b|(?:بال)?ضبط|تحديدا"
_ASKING_WHEN = re.compile(rf"(?<![^\s])[وفبل]*(?:{_ASKS_WHICH_YEAR}|{_ASKS_DAY}|{_ASKS_MONTH}|{_EXACTLY})")
# "When…" is answered by a year or a month as well ("in 1946"); "On what date…" only by a day.
_ASKS_FULL_DATE = re.compile(_ASKS_DAY)
# «مع نسبة كل رقم إلى مصدره» (with each figure attributed to its source): «نسبة» names a source, not a share.
_TO_ITS_SOURCE = r"(?:\s+\S+){0,3}?\s+(?:الي|ل)\s*(?:مصدر|مصادر|صاحب|قائل)"
# A growth rate asked: a percentage told for a span of years, not for one.
_RATE_ASKED = (
    r"\b(?:growth|annual|yearly) rate\b|\b(?:rate|pace) of (?:growth|increase)\b|\b(?:annual|yearly) growth\b"  # a growth rate is a percentage
    r"|(?:معدل|وتيره) (?:ال)?(?:نمو|زياده)|(?<![^\s])(?:ال)?نمو (?:ال)?سنوي(?![^\W\d_])"  # «وتيرة النمو السنوي» (the pace of yearly growth)
    r"|(?<![^\s])(?:ب)?(?:اي|ما|ايش|شو) (?:هو )?(?:ال)?معدل|(?<![^\s])(?:ال)?معدل (?:ال)?سنوي"  # «بأي معدل سنوي سينمو…؟» (at what yearly rate)
    # "how much does it grow each year?", «قديش بيكبر … كل سنة؟»: growth per year is a rate too
    r"|\b(?:grow|increase|rise|expand)s?\b(?:\W+\w+){0,8}?\W+(?:(?:each|every|per|a) year\b|annually\b)"
    r"|(?<![^\s])(?:س|ب|ح|رح )?[يت](?:كبر|زيد|نمو|رتفع)(?:\W+\S+){0,8}?\W+(?:كل (?:سنه|عام)|سنويا|بالسنه)(?![^\W\d_])"
    # "how fast will demand grow…?", «بمعدل قديش…؟» (at what rate): a pace is a rate
    rf"|\bhow fast\b(?:\W+\w+){{0,8}}?\W+(?:grow|increas|ris|expand)|(?<![^\s])بمعدل\s+(?:{HOW_MUCH_ARABIC})(?![^\W\d_])"
)
_ASKS_PERCENT = re.compile(
    r"\b(?:what|which) (?:share|percentage|proportion|percent|fraction)\b|\bhow much of\b(?! (?:its|their|his|her|our|your) own\b)|\bper ?cent(?:age)?\b"
    rf"|\b(?:what|which|how many)\s*%|(?<![^\s])(?:{HOW_MUCH_ARABIC})\s*%"  # "what % of the world's electricity…?"
    rf"|{_RATE_ASKED}"  # a growth rate is a percentage
    # "بالنسبة ل" (as for) is not a share, nor «نسبة كل رقم إلى مصدره» (attributing each figure to its source); spoken «كم بالمية»
    rf"|(?<![^\s])[وف]?(?:ال)?(?:نسبه(?!{_TO_ITS_SOURCE})|حصه|حصت(?:ه|ها|هم))|بالمئه|في المئه|بالميه|في الميه"
    rf"|(?<![^\s])(?:{HOW_MUCH_ARABIC})\s+(?:ال\s*)?(?:share|stake)\b"  # «قديش الـ share تبع Oracle…؟»
    # "how much of" a sum: "كم من ميزانية…", "قديش من إنفاق…", "كم من الـ80 مليار"; not "كم من المال" (how much money)
    # («وكم يخصص منها للولايات المتحدة؟»: how much of it is allotted to the US, the verb between)
    rf"|(?<![^\s])[وف]?(?:{HOW_MUCH_ARABIC})(?: [سبح]?[يت](?:خصص|ذهب|روح|نفق|صرف)\S*)? (?:من (?:ال\s*)?(?:ـ\s*)?(?:انفاق|ميزاني\w*|استثمار\w*|مبلغ|تمويل|اموال|[0-9])|من(?:ه|ها|هم|هن)(?![^\W\d_]))"
)
# "the range it start from which lowest number?": an end of a range, asked as a number.
_AN_END_NUMBER = r"\b(?:lowest|highest|smallest|largest|biggest|minimum|maximum) (?:number|figure|value|estimate)s?\b"
_ASKS_AMOUNT = re.compile(
    # "what's", and as typed in a hurry: "whats", "wats", "wat"
    r"\bhow (?:much|big|large)\b|\b(?:what|wat)(?:['’]?s| (?:is|was|were|are|will be))? ?(?:the )?(?:[\w'’-]+ ){0,2}?(?:size|value|amount|total|figure|estimate|"
    r"most|maximum|ceiling|cap|consumption|(?:power|electricity|energy) (?:use|usage|demand))\b|\bwh?ats\b.*\b(?:size|value|amount|total|ceiling)\b|\b(?:figure|estimate|amount)\b"
    # "How many dollars has Oracle committed?", "how many twh was that", "And the most it could reach in total?"
    r"|\bhow many (?:dollars|greenbacks|bucks|billions?|millions?|twh|terawatt[- ]hours?)\b|\bthe (?:most|maximum|max) (?:it|they|that|this)\b"
    r"|\bwhat (?:is|are|was|were) (?:\S+ ){1,3}?budget(?:ing|ed)\b"  # "what is Microsoft actually budgeting for…?"
    r"|\bwhat level\b|\bhow high\b|\bin (?:twh|terawatt[- ]hours?|(?:us )?dollars)\b|(?<![^\s])بال(?:تيراواط|دولار)|"  # "— in TWh", «بالتيراواط»
    r"\b(?:what|which|the|full|whole|its|their|that|this) range\b|(?<![^\s])ال ?range\b|\bforecasts?\b|\bprojections?\b"  # «إيش الـ range…؟»
    # an end of a range: "whats the low end of that range?", «الحد الأدنى»
    r"|\b(?:low|lower|high|higher|upper|bottom|top)(?: and (?:low|lower|high|higher|upper|bottom|top))? ends?\b|\b(?:lower|upper) (?:bound|limit)\b|(?:ال)?(?:حد|طرف) (?:ال)?(?:ادني|اعلي)"
    rf"|{_AN_END_NUMBER}"
    # "What does the IEA expect for 2035?", «وش تتوقع الوكالة لاستهلاك…؟»: what is expected of a measure
    r"|\bwhat (?:does|do|did|will|would) (?:\S+ ){1,7}?(?:expect|estimate|forecast|predict)\b"
    r"|(?<![^\s])(?:ما|شو|ايش|وش|ماذا|ايه) (?:الذي |اللي )?(?:[يت]توقع|توقعت|[يت]قدر|قدرت)(?![^\W\d_])"
    # "the projected use for 2035", "what does Electricity 2024 project for 2028": not "the project"
    r"|\bprojected\b|\bprojects? for\b|\b(?:does|do|did|will)\b(?: \S+){1,4} project\b"
    r"|\bwhat\b.*\bconsum(?:e|es|ed)\b"  # "What did the report say data centres consumed in 2024?"
    # "What did Microsoft spend on AI data centres in fiscal 2024?"; not "What did it invest in?", which asks for a thing
    r"|\bwhat (?:did|does|do|will|would|could|has|have)\b.*\b(?:spen[dt]|invest(?:ed)?|pa(?:y|id)|raised?|cost|earn(?:ed)?)\b(?!.*\b(?:in|on|into|for|with)\W*$)"
    # "كم", and spoken "how much" (see HOW_MUCH_ARABIC), «بكام» ("at how much") too; "شو النطاق" as "ما نطاق"
    rf"|(?<![^\s])[وفب]?(?:{HOW_MUCH_ARABIC})(?![^\W\d_])|{_HOW_FAR}"
    r"|(?<![^\s])[وف]?ل(?:كام|قديش|قداش|اديش|شكد)(?![^\W\d_])"  # "up to how much": «توصل لكام» (not «لكم», "to you")
    r"|(?:ما|شو|ايش|وش|ايه) (?:هو |هي )?(?:ال)?(?:حجم|قيمه|مبلغ|مقدار|كميه|تقدير|اقصي|الحد الاقصي|مجموع|رقم|نطاق|استهلاك)|تقدير|رقم|اي مستوي|توقعات"
    r"|(?<![^\s])[وف]?(?:ال)?توقع(?![^\W\d_])"  # the noun "التوقع" (the forecast), as "توقعات"
)
# "How many partners…?", «كم شركة طاقة انضمت…؟»: a count of members, not an amount of what they are
# («طاقة», energy, measures nothing here).
_COUNTS_MEMBERS = re.compile(
    r"\bhow many (?:\w+ ){0,2}(?:compan(?:y|ies)|firms?|partners?|members?|countries|projects?|sites?|people|persons?|investors?"
    r"|funders?|backers?|collaborators?|entities|organi[sz]ations?|players?)\b"
    r"|(?<![^\s])[وف]?(?:كم|كام)\s+(?:شركه|شركات|جهه|جهات|شريك|شركاء|عضو|اعضاء|دوله|دول|مشروع|مشاريع|موقع|مواقع|شخص|اشخاص"
    r"|مستثمر\w*|ممول\w*|طرف|اطراف|مؤسسه|مؤسسات)(?![^\W\d_])")
# "Which year…", "By when…", "في أي عام…": asked of a figure the question states, the answer is its year.
_ASKS_YEAR = re.compile(rf"{_ASKS_WHICH_YEAR}|{_WHEN}|متي")
# "Up to which year does the Electricity 2024 report forecast?", "how far ahead does it project?",
# «وتوقعاته لحد أي سنة؟»: the last year a source gives a figure for.
_ASKS_HORIZON = re.compile(
    r"\b(?:up to|until|till|through|to) (?:which|what) year\b|\bhow far (?:ahead|out|forward|into the future)\b"
    r"|(?<![^\s])(?:لحد|لغايه|حتي|الي) (?:اي|ايه|انهي) (?:سنه|عام)(?![^\W\d_])"
)
# Leaving, asked of and told alike ("When did Microsoft withdraw?", "…pulled out"); see _DATED_EVENTS.
_LEAVING = r"\b(?:leave|leaves|left|leaving|withdr[ae]w\w*|exit\w*|quit|pull(?:s|ed)? out|drop(?:s|ped)? out)\b"
# Events a date question may ask about, and how a source tells of each ("When was MGX founded?",
# «إمتى هيفتتحوا أول مركز بيانات؟», "By when will xAI have finished…?"). A date is the event's only
# when its sentence tells of it: the day Stargate was announced is not the day its first data
# centre opens, and "the founding partners announced…" founded nothing. When no dated sentence
# tells of the event, the sources do not say. Other events ("When did Nvidia join?") are read
# from the words beside the date alone. On match-normalised text.
_NEXT_EDITION = (r"\b(?:next|upcoming|forthcoming|future|new) (?:\S+ ){0,2}?(?:update|edition|version|release|issue)s?\b"
                 r"|(?<![^\s])[وفل]?(?:ال)?(?:تحديث|اصدار|نسخه|طبعه)(?:\s+\S+){0,3}?\s+(?:ال)?(?:قادم|قادمه|جاي|جايه|مقبل|مقبله|تالي|تاليه)(?![^\W\d_])",
                 r"\bnext\b|\bupcoming\b|\bforthcoming\b|\bupdate|قادم|مقبل|تالي|تحديث")
# Announced for the first time is launched: "When was the partnership first announced?", «الشراكة …
# اتعلنت أول مرة امتى؟» ask for its unveiling, not for the day Nvidia's joining was announced.
_ANNOUNCING = r"(?:اعلن|اعلنت|اعلان|الاعلان|اتعلن|اتعلنت|انعلن|انعلنت)"
# ("first unveiled" is the launch already, and a strict event there lost the other date of "how long after
# the partnership was first unveiled did Nvidia join? Give me both dates.")
_ANNOUNCED_FIRST = (r"\b(?:first|originally|initially) announced\b|\bannounced (?:for the first time|first)\b"
                    rf"|(?<![^\s])[وف]?{_ANNOUNCING}(?:\s+\S+){{0,2}}?\s+(?:ل|في )?(?:ال)?اول مره(?![^\W\d_])"
                    rf"|(?<![^\s])(?:ل|في )?(?:ال)?اول مره(?:\s+\S+){{0,2}}?\s+[وف]?{_ANNOUNCING}(?![^\W\d_])")
# "When was it renamed?", "When did it get its present name?", «متى تغيّر اسمها؟»: the day of the
# renaming, not of the unveiling under the old name.
_RENAMING = (r"\brenam(?:ed|ing)\b|\brebrand|\bname change\b|\bchange[sd]? (?:its|their|the) name\b"
             r"|\b(?:get|got|gets|take|took|takes|receive|received|adopt|adopted|acquire|acquired) (?:its|their|the|that) (?:present|current|new|present-day|today['’]s) name\b"
             r"|(?<![^\s])[وف]?(?:تغيير|تغير|غيرت|غير|تبديل|بدلت) (?:ال)?اسم(?:ه|ها|هم)?(?![^\W\d_])|(?<![^\s])[وف]?(?:ب|ل)?(?:اعاده|اعيدت|اعيد) (?:ال)?تسمي"
             r"|(?<![^\s])(?:ال)?اسم(?:ه|ها)? (?:ال)?(?:حالي|جديد)(?![^\W\d_])",
             r"\brenam|\brebrand|\bname change|\bnew name\b|تسمي|(?<![^\s])[وف]?(?:غير|تغير|تغيير)\S* (?:ال)?اسم|(?:ال)?اسم (?:ال)?جديد|باسم")
_DATED_EVENTS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(asks), re.compile(mentions))
    for asks, mentions in (
        (r"\bfounded\b|\bfounding of\b|\bestablished\b|\bincorporated\b|\bset up\b|\b(?:was|were) start(?:ed)?\b"  # "MGX it was start in what year?"
         r"|(?<![^\s])[وف]?(?:تاسست|تاسس|تاسيس|اسست|اسس|انشئت|انشئ|انشاء)(?![^\W\d_])"
         # «متى أطلقت الشراكة؟» was answered with the day Nvidia's joining was announced
         rf"|(?<![^\s])[وف]?(?:اطلقت|اطلق|اطلقوا|اطلاق|انطلقت|انطلق|انطلاق)(?![^\W\d_])|{_ANNOUNCED_FIRST}",  # «إيمتى انطلقت؟» (set off) too
         # a fund or a partnership comes into being when it is launched or unveiled (announcing
         # Stargate, backed by MGX, founded neither)
         r"\bfound(?:ed|ing|ation)\b(?!\s+(?:partners?|members?)\b)|\bestablish|\bincorporat|\bset up\b|\bcreated\b|\bformed\b"
         r"|\blaunch|\bunveil|\bstart(?:ed)? out\b|\bbegan\b|\binception\b"
         r"|تاسس|تاسيس|اسست|(?<![^\s])[وف]?اسس|انشئ|انشاء|انشا|تشكيل"  # with their suffixes: «أنشأها»
         r"|اطلق|اطلاق|انطلق|انطلاق|كشف|(?<![^\s])[وف]?(?:بدات|بدا|بدء)(?![^\W\d_])"
         # the thing itself announced ("after Stargate was announced", «أُعلن عن مشروع «ستارغيت»»), not a joining
         r"|\b(?:was|were) (?:first |originally )?announced\b|(?<![^\s])[وف]?اعلن عن (?!(?:ال)?(?:انضمام|انسحاب))"),
        _RENAMING,  # after founding: «أُعلن لأول مرة … قبل تغيير اسمها» asks the unveiling
        (r"\bopen(?:s|ed|ing)?\b|\boperational\b|\bgo(?:es)? live\b|\bcome online\b|\b(?:start|begin)\w* operat"
         r"|افتتاح|افتتح|يفتتح|تفتتح|يفتتحوا|(?<![^\s])[وف]?(?:ال)?تشغيل(?![^\W\d_])"
         # «إيمتى بلّشت xAI تشغّل…؟», «ويبدأ يشتغل؟»: starting to run; "xAI operates a cluster" tells no start
         r"|(?<![^\s])[وف]?(?:بدا|بدات|يبدا|تبدا|بلش|بلشت|يبلش|تبلش)(?:\s+\S+){0,2}?\s+[يت]?(?:شغل|شتغل)\w*",
         # "operates a cluster" is a state, not its start: "began operating", "in operation since"
         r"\bopen(?:s|ed|ing)?\b|\boperational\b|\blive\b|\bonline\b|\boperat(?:ed|ion)\b|\b(?:start|began|begin)\w* operat"
         r"|افتتاح|افتتح|يفتتح|تفتتح|(?<![^\s])[وفب]?(?:ال)?تشغيل(?![^\W\d_])"),
        (r"\bfinish|\bcomplet|\bwrap(?:s|ped)? up\b|\bbe (?:done|built|ready)\b|(?<!low )(?<!high )(?<!upper )(?<!lower )(?<!top )(?<!bottom )\bend(?:s|ed)?\b(?! up\b)|\bclose[sd]?\b|\bexpire"  # "did Norway end up joining?" ends nothing, nor does "a range's high end"
         r"|(?<![^\s])[وف]?(?:ب|ح|ه|رح |س)?(?:ينتهي|تنتهي|انتهاء|الانتهاء|انتهت|تخلص|يخلص|يكتمل|تكتمل|اكتمال|تكمل|يكمل)(?![^\W\d_])",
         r"\bfinish|\bcomplet|\bwrap|\bend(?:s|ed|ing)?\b|\bclos|\buntil\b|\bexpir|\bdone\b|\bready\b|\bdissol|\bcollaps"
         r"|انتهاء|ينتهي|تنتهي|منتهي|انتهت|اكتمال|يكتمل|تكتمل|نهايه|(?<![^\s])حتي(?![^\W\d_])"),
        # «في أي تاريخ انسحبت «مايكروسوفت» من الشراكة؟": the day it was unveiled is no day of leaving
        (rf"{_LEAVING}|(?<![^\s])[وف]?(?:انسحب|انسحبت|انسحاب|خرجت|خرج|خروج|غادرت|غادر|تركت)(?![^\W\d_])",
         rf"{_LEAVING}|انسحب|انسحاب|خرج|خروج|غادر|ترك"),
        # "When will the IEA release the next update?", «متى ستصدر الوكالة التحديث القادم للتقرير؟»:
        # the day the report came out is not the day its next edition will.
        _NEXT_EDITION,
        # «في أي يوم وقّعت «مايكروسوفت» و«OpenAI» اتفاقهما؟»: the deal's signing, not another date.
        # Without its shadda «وقعت» is also "took place" («متى وقعت معركة كورسك؟»): only with what
        # is signed after it; «توقع» is "expect".
        (r"\bsign(?:s|ed|ing)?\b|(?<![^\s])[وف]?توقيع(?![^\W\d_])"
         r"|(?<![^\s])[وف]?(?:وقعت|وقعا|وقعوا|وقع)(?![^\W\d_])(?=(?:\s+\S+){0,5}?\s+(?:ال)?(?:اتفاق|صفق|عقد|معاهد|مذكر))",
         r"\bsign(?:s|ed|ing)?\b|\bsignature|وقعت|وقعا|وقعوا|توقيع"),
    )
)
# Publishing is told in more ways than a reader can list ("aired on TV Tokyo", "“Fog on the Tyne”
# (1971)"): a sentence telling of it is preferred, none is no refusal. «إيمتى نشرت «مايكروسوفت»
# تدوينتها…؟» is answered by the day the post is dated, not by the end of the fiscal year it is about.
# Reporting another's news is publishing too: "when did the press pick it up?", «ومتى نقلت … أرقامه؟»;
# so is a report's coming out ("when did that report come out?").
_PUBLISHED = (re.compile(r"\bpublish(?:ed|es)?\b|\breleased?\b|\bposted\b|\bissued\b|\bpick(?:ed)? (?:it |that |this )?up\b|\b(?:come|came|comes) out\b"
                         r"|\breport(?:ed)? (?:it|that|this|on)\b|\b(?:carried|covered) it\b"
                         r"|(?<![^\s])[وف]?(?:نشرت|نشر|ينشر|تنشر|صدر|صدرت|يصدر|تصدر|اصدرت|اصدر|نقلت|تناقلت)(?![^\W\d_])"),
              re.compile(r"\bpublish|\breleas|\bpost(?:s|ed)?\b|\bblog\b|\bdated\b|\bissued\b|\bappear|\bprint|\breport(?:s|ed)?\b"
                         r"|\bpicked up\b|\bair(?:s|ed)\b|\bbroadcast|\bpremier|نشر|صدر|اصدر|اصدار|تدوين|مدون|بتاريخ|نقلت|تناقلت"
                         r"|(?<![^\s])[وف]?(?:عرض|بث)"))


# Where a sentence turns to who else took part: names after it are not what the event happened to.
_AGENT_MARKER = re.compile(r"\b(?:by|with|alongside)\b|بالتعاون مع|إلى جانب|الى جانب|من قبل|(?<![^\s])مع(?![^\W\d_])")
# The words that ask "when" or "which year": not the question's subject.
_ASKS_WHEN_WORDS = re.compile(r"\b(?:when|what|which|year|date|day)\b|(?<![^\s])[وف]?(?:متي|امتي|ايمتي|امتا|سنه|عام|تاريخ)(?![^\W\d_])")
# A subject before that turn: a pronoun, a capitalised word after the first, or a quoted Arabic name.
_HAS_SUBJECT = re.compile(r"^\W*(?i:it|they|he|she|this)\b|(?<=\w)\W+[A-Z]|[«“\"]")


_ITSELF = re.compile(r"\b(?:itself|themselves)\b|(?<![^\s])(?:نفسها|نفسه|نفسهم|ذاتها|ذاته)(?![^\W\d_])")


def _asked_event(key: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """How the question asks for one of ``_DATED_EVENTS`` (or ``_PUBLISHED``) and how a source
    tells of it; on match-normalised text."""
    return next(((asks, mentions) for asks, mentions in (*_DATED_EVENTS, _PUBLISHED) if asks.search(key)), None)


def strict_event(question: str) -> bool:
    """Whether the question asks for a date of one of ``_DATED_EVENTS``, or of publishing by someone
    it names, which only a sentence telling of it may give."""
    asked = _asked_event(normalize_for_match(question))
    return asked in _DATED_EVENTS or asked == _PUBLISHED and _publisher_asked(question) is not None


# Who published, named before the verb: "What date did the FT publish its story…?"
_PUBLISHER = re.compile(r"\b(?:did|does|do|has|have|had|will)\s+(?:the\s+)?(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)\s+"
                        r"(?:first\s+)?(?:publish|post|release|issue|run|report)\b")


_A_REPORT = re.compile(r"\breports?\b", re.IGNORECASE)


def _publisher_asked(question: str) -> Name | None:
    """Who the question asks published something untitled ("the FT … its story"); a titled report
    ("When did the IEA release its Energy and AI report?") is dated by its title, not its publisher."""
    found = _PUBLISHER.search(question)
    return Name.of(found["who"]) if found and not titles_named(question) and not _A_REPORT.search(question) else None


def _event_told(question: str, previous: str | None = None, translations: Mapping[str, Sequence[str]] | None = None
                ) -> Callable[[Sentence], bool] | None:
    """For a date question about one of ``_DATED_EVENTS``, whether a sentence tells of that event
    for what the question (or the earlier question a follow-up leans on) names: in the sentence,
    the one before, or an article titled after it alone. None for other questions."""
    key = normalize_for_match(question)
    asked = _asked_event(key)
    if asked is None or _SPAN_BETWEEN.search(key):
        return None  # (two events asked, each dated by the words beside its date: «كم شهر مر بين إطلاق الشراكة وانضمام إنفيديا؟»)
    asks, event = asked
    if asks.pattern != _NEXT_EDITION[0] and any(_YEAR.search(to_ascii_digits(title)) for title in titles_named(question)):
        # A report's title with its year anchors its own date («متى صدر تقرير «الكهرباء 2024»؟»): any
        # sentence telling of its publishing will do ("published on 24 January 2024", not the
        # summary's "460 TWh in 2022").
        return (lambda sentence: bool(event.search(normalize_for_match(sentence.text)))) if asks is _PUBLISHED[0] else None
    publisher = _publisher_asked(question) if asks is _PUBLISHED[0] else None
    names = [publisher] if publisher else question_names(question)  # the FT's story is not dated by a sentence on Nvidia
    if asks.pattern == _RENAMING[0]:
        names = []  # the sentence telling of a renaming gives the new name, the question often the old one
    elif "اطلق" in asks.search(key).group():
        # «متى أطلقت الشراكة؟»: launched, the thing its words name, not a name the question gives
        # («متى أطلقت «بلاك روك» الصندوق؟» names who launched; «أُطلق «ستارغيت»» what was), nor one
        # an earlier question gave (the partnership, not Nvidia, whose joining was asked about).
        if names:
            return None  # left to the ranking
    elif not names and not _ITSELF.search(key):
        # «والشراكة نفسها إيمتى تأسست؟» (and the partnership itself?) turns from what the earlier question named.
        names = question_names(previous or "")
    # Unquoted Arabic names are not read as names: the question's other words, or their
    # translations, stand for its subject («متى تأسس الفيسبوك؟» is not answered by when an army was founded).
    rest = _ASKS_WHEN_WORDS.sub(" ", re.sub(_ASKS_WHICH_YEAR, " ", asks.sub(" ", without_figures(f"{normalize_for_match(previous or '')} {key}"))))
    words = {token for token in bm25_tokens(rest) if len(token) > 1 and not token.isdigit()}
    subject = words.union(*((translations or {}).get(word, ()) for word in words))

    def told(sentence: Sentence) -> bool:
        if not event.search(normalize_for_match(sentence.text)):
            return False
        # "It was unveiled … by BlackRock, …, Microsoft and MGX" tells of the partnership, not of MGX;
        # "Founded in 1828 by an act of the legislature, Columbus was…" tells of Columbus.
        own_part = _AGENT_MARKER.split(sentence.text, maxsplit=1)[0]
        if not _HAS_SUBJECT.search(own_part):
            own_part = sentence.text
        if names:
            return any(name.named_in(f"{sentence.before} {own_part}") or about_only(sentence.title, name.named_in) for name in names)
        if not subject or subject & set(bm25_tokens(f"{sentence.before} {own_part}")):
            return True
        # The article's title speaks for a sentence naming no one: "Microsoft … fiscal year, which
        # ends on 30 June" tells of Microsoft's year ending, not of the partnership in the title.
        named = latin_names(own_part) or quoted_arabic_names(own_part) or sentence.opening_name
        return not named and bool(subject & set(bm25_tokens(sentence.title)))

    return told


def event_untold(question: str, sentences: Sequence[Sentence], previous: str | None = None,
                 translations: Mapping[str, Sequence[str]] | None = None) -> bool:
    """Whether a date question asks about an event (``_DATED_EVENTS``) that no sentence tells of:
    "When will the first Stargate data centre open?" over sources that tell only when Stargate was
    announced. Such a question is refused. A sentence that tells of the event without a date the
    finder reads ("launched in September of last year") leaves it to be quoted. Known Arabic
    names must be quoted in ``question`` («إم جي إكس»), or they are not read as names."""
    told = _event_told(question, previous, translations)
    return told is not None and strict_event(question) and not any(told(s) for s in sentences)


# Every figure asked for, as a list: "List every figure the sources give…", "list the electricity
# figures in the report", «عدّد كل الأرقام», «اذكر الأرقام التي…».
_LISTS_FIGURES = (r"\b(?:every|each|all(?: of)?(?: the)?)\s+(?:[\w-]+\s+){0,2}(?:figures?|numbers?|estimates?|amounts?|sums?)\b"
                  r"|\blist (?:the |all |both |its |their )?(?:[\w'’-]+\s+){0,3}(?:figures|numbers|estimates|amounts|sums|dates)\b"
                  r"|(?<![^\s])(?:كل|جميع) (?:ال)?(?:ارقام|اعداد|تقديرات|مبالغ)(?![^\W\d_])"
                  r"|(?<![^\s])(?:عدد|اذكر|اذكري|عددي|بيان|بين|وضح|توضيح) (?:كل |جميع )?(?:ال)?(?:ارقام|تقديرات|مبالغ)(?![^\W\d_])"  # «يُرجى بيان الأرقام…»
                  # "What are Stargate's figures?", «شنو الأرقام بالضبط وكل رقم من أي مصدر؟»
                  r"|\bwhat (?:are|were) (?:the |its |their )?(?:[\w'’-]+\s+){0,2}(?:figures|numbers)\b"
                  r"|(?<![^\s])(?:ما|ما هي|شو|شنو|ايش|وش|ايه) (?:هي )?(?:ال)?ارقام(?![^\W\d_])|(?<![^\s])كل رقم (?:من |ب)?(?:اي|انهي|ايه) مصدر")
# "How long after the launch did xAI join? Give me both dates.", «اذكر التاريخين»: the date of each
# event, asked outright. Not "which came first" or "how long after" alone: a sentence relating the
# two ("two months after Stargate") answers those, and a list of dates lost it.
_ASKS_BOTH_DATES = re.compile(r"\bgive (?:me )?(?:both|the two|the) dates\b|(?<![^\s])(?:اذكر|عطني|اعطني) (?:ال)?تاريخين(?![^\W\d_])")
# How long passed between two events, each to be dated: "How many months passed between the
# partnership first being unveiled and xAI and Nvidia joining it?", «كم شهر مر بين…», "Give me both
# dates and the gap". The dates are listed and the span worked out from them.
_SPAN_BETWEEN = re.compile(
    r"\bhow (?:long|much time|many (?:days|weeks|months|years))\b(?: \S+){0,2}? between\b|\btime (?:span |gap )?between\b"
    r"|(?<=dates) and the (?:gap|span|time between them)\b"
    r"|(?<![^\s])(?:قديش|كم|كام|شقد|قداش) (?:من )?(?:ال)?(?:وقت|مده|فتره|شهر|شهور|اشهر|يوم|ايام|سنه|سنين|اسبوع|اسابيع)(?![^\W\d_])(?:\s+\S+){0,2}?\s+بين(?![^\W\d_])"
    r"|(?<![^\s])(?:ال)?(?:مده|فتره) (?:الزمنيه )?بين(?![^\W\d_])")
_LISTS_DATES = re.compile(r"\blist (?:the |all |both |its |their )?(?:[\w'’-]+\s+){0,3}dates\b|(?<![^\s])(?:عدد|اذكر|اذكري) (?:كل |جميع )?(?:ال)?(?:تواريخ)(?![^\W\d_])")
# "The article quotes several dollar amounts. List every one of them."
_LIST_OF_FIGURES = re.compile(r"^(?=.*\blist\b)(?=.*\b(?:figures|numbers|amounts|sums|estimates)\b)")
# Each figure's source asked: "one says $100bn and another $500bn, who says what?"
_WHO_SAYS_WHAT = re.compile(r"\bwho says what\b")
# "I keep seeing different numbers", "conflicting figures", «أرقام مختلفة», «متضاربة»: every source's figure is asked for.
_ASKS_DIFFERENCES = re.compile(
    r"\b(?:different|differing|conflicting|contradictory|inconsistent|various|varying|several)\s+(?:\w+\s+)?(?:numbers|figures|estimates|amounts|reports|totals|sums)\b"
    r"|\b(?:numbers|figures|estimates|sources|reports) (?:differ|vary|disagree|conflict)"
    rf"|{SOURCE_DEPENDENT.pattern}"  # "(d) it depends on the source", kept with a quiz's question
    r"|(?:ارقام|اعداد|تقديرات|مبالغ)\w* (?:\S+ )?(?:مختلفه|متضاربه|متباينه|متعدده|تانيه|ثانيه|اخري)|تختلف (?:ال)?(?:ارقام|تقديرات|مصادر)"
    # "the article and the background note don't agree", «المقال والخلفية مش متفقين على الرقم»
    r"|\b(?:don['’]?t|do not|doesn['’]?t|does not) (?:seem to )?agree\b|(?<![^\s])(?:مش|مو|موش|مب|ما|غير) (?:متفقين|متفقه|متفقتين|متطابقين)(?:ش)?(?![^\W\d_])"  # Maghrebi «ما متفقينش»
    # "I saw a bigger number somewhere else, which is it?", «شفت رقم أكبر بمكان تاني»
    r"|\b(?:bigger|larger|higher|smaller|lower|another|other|different) (?:number|figure|amount|estimate|sum)s?\b"
    # "The article gives one figure, but I think there's another."
    r"|\b(?:one|a single) (?:number|figure|amount|estimate|sum)\b.*\b(?:another|other|second)\b"
    r"|(?<![^\s])(?:ال)?(?:رقم|مبلغ|تقدير) (?:اكبر|اعلي|اصغر|اقل|تاني|ثاني|اخر|مختلف)(?![^\W\d_])"
    # "one source I have says up to $100bn and another says $500bn … who says what?"; "the article
    # says up to 100bn but my cousin swears its way more"
    rf"|\bone (?:source|article|report|site|outlet)\b.*\b(?:another|other)\b|{_WHO_SAYS_WHAT.pattern}"
    r"|\bbut (?:[\w'’]+ ){0,3}(?:swears?|says?|thinks?|claims?|insists?) (?:it['’]?s |its |it is )?(?:way |much |far |a lot )?(?:more|bigger|higher|larger)\b"
    # "do they give the same figure or no?", «نفس الرقم؟»
    r"|\bthe same (?:number|figure|amount|estimate|sum)s?\b|(?<![^\s])(?:نفس|ذات) (?:ال)?(?:رقم|مبلغ|تقدير|ارقام)(?![^\W\d_])"
    # "how much is it actually spending? the article i read said up to 100bn": what each source says
    r"|\bactually\b.*\bi(?:['’]?ve| have)? (?:read|saw|seen|heard)\b|\bi(?:['’]?ve| have)? (?:read|saw|seen|heard)\b.*\bactually\b"
    # Each figure with its source: "say which source gives each", «… ومصدر كل منهما».
    rf"|{_LISTS_FIGURES}|\bwhich (?:source|article|report)s? (?:gives?|says?|states?|reports?) (?:each|which)\b"
    r"|\beach (?:figure|number|one)['’]?s? source\b|(?<![^\s])[وب]?مصدر كل(?![^\W\d_])"
    rf"|(?<![^\s])نسبه كل (?:رقم|تقدير|مبلغ){_TO_ITS_SOURCE}"  # «مع نسبة كل رقم إلى مصدره»
    # Two sources named by kind: "the article's Stargate figure and the Stargate note's", «ما يذكره المقال، وما في مذكرة ستارغيت»
    r"|^(?=.*\barticle\b)(?=.*\b(?:note|memo|report|background)\b)"
    r"|^(?=.*(?<![^\s])[وبل]?(?:ال)?مقال(?:ه)?(?![^\W\d_]))(?=.*(?<![^\s])[وبل]?(?:ال)?(?:مذكره|خلفيه|تقرير)(?![^\W\d_]))"
)
# "What range…", "ما نطاق…": the answer is a written range, not one of its bounds.
# «شو المدى، من كم لكم…؟» (what's the range, from how much to how much?)
_ASKS_RANGE = re.compile(r"\brange\b|\b(?:a|the) spread\b|\bspread of\b|\bbetween what\b|\bfrom what to what\b|نطاق|يتراوح|تتراوح"  # "what spread of outcomes…", "one single number … or a spread?"
                         # "the low and the high ends of it", "low / high bound", "lower and upper limits"
                         r"|\b(?:low|lower|bottom)(?: and the| and| ?/ ?)? (?:high|higher|upper|top) (?:ends|bounds?|limits?)\b"
                         # both ends asked: "a lowest number and a highest number", «أقل رقم وأعلى رقم»
                         r"|\b(?:lowest|bottom|smallest|minimum|low end)\b.{0,40}\band\b.{0,20}\b(?:highest|top|largest|maximum|high end)\b"
                         r"|(?<![^\s])(?:اقل|ادني)(?![^\W\d_]).{0,40}(?<![^\s])و(?:اعلي|اكبر|اقصي)(?![^\W\d_])"
                         r"|(?<![^\s])المد[ىي](?![^\W\d_])|(?<![^\s])من (?:كم|قديش|كام) (?:ل|الى |إلى |لـ ?)(?:كم|قديش|كام)(?![^\W\d_])")
# Units the figure finder does not read: a question in them is left to the LLM, not answered in TWh or dollars.
_OTHER_UNIT = re.compile(
    rf"{CAPACITY}|\b(?:kw|gwh|mwh|kwh|kilowatts?|euros?|pounds?|yen|yuan|riyals?|dirhams?)\b|[€£¥]"
    r"|يورو|ريال|درهم|جنيه|ين ياباني|كيلوواط"
    # An age or a span of time: «قديش كان عمر الصندوق…؟» is not a sum because a fund is named.
    r"|\bhow (?:old|long)\b|(?<![^\s])[وب]?(?:ال)?(?:عمر|عمره|عمرها|مده|مدته|مدتها)(?![^\W\d_])"
    # A size told by a count of its members: "How big a cluster of Nvidia GPUs does xAI run?"
    r"|\bhow (?:big|large) an? (?:cluster|fleet|team|workforce|network|array)\b"
)
# Nouns that ask for an amount in a "what was X's revenue?" question, but not in "why did revenue fall?".
# A sum by what it is ("What's Microsoft's AI budget for fiscal 2026?"), asked without "how much".
_AMOUNT_NOUN = re.compile(r"\b(?:revenue|sales|profit|earnings|turnover|budget|capex|outlay|capital (?:spending|expenditure|commitment))\b"
                          # "what's the funding target?", «الهدف التمويلي», «المبلغ المستهدف»
                          r"|\b(?:funding|fundraising|investment|capital|raising|spending) (?:target|goal)s?\b"
                          r"|ايرادات|مبيعات|ارباح|ميزانيه|نفقات|(?:ال)?هدف (?:ال)?تمويلي|(?:ال)?مبلغ (?:ال)?مستهدف")
# Interrogatives that ask for something other than a figure.
_ASKS_OTHER = re.compile(
    rf"\b(?:{question_words('en', ('who', 'which', 'why'))}|how(?! much| many| big| large| high| far))\b(?! {_AN_END_NUMBER})"  # "how far could the total go?" asks a sum
    r"|\bwhere\b(?! (?:does|do|did|will|would) \w+(?: \w+)? (?:see|put|expect|forecast|project|place)\b)"  # "where does it see that figure?" asks for one
    # "And where is that expected to be by 2035?" asks where a figure will stand
    r"(?! (?:is|are|will|would|could|might) (?:that|it|this|they|the (?:figure|number|total))\b[^?]*?\b(?:by|in) (?:19|20)\d\d\b)"
    r"|^\W*(?:(?:and|but|so) )?(?:is|are|was|were|does|do|did)\b"  # a yes/no question
    # spoken too; «وماذا عن 2030؟» and «وماذا يتوقع التقرير نفسه لعام ٢٠٣٥؟» (what does it expect for…) carry on
    rf"|(?<![^\s])[وف]?(?:من|ماذا(?!\s+(?:عن|[يت](?:توقع|قدر|قول|ري|تنبا))(?![^\W\d_]))|{question_words('ar', ('who', 'which', 'where', 'why', 'how'), and_whether=True)})(?![^\W\d_])"
    # What a sum is for: "And that money is for what?", «وهالمبلغ عشان إيش؟», «لأي غرض؟»
    r"|\bwhat for\b|\bfor what\b|\bpurpose\b|\bwhat\b.*\bfor\W*$"
    # Someone's post: "what's Brad Smith's role?", «شو منصبه؟», even beside a budget he wrote about.
    r"|\bwhat(?:['’]s| is| was)?\s+(?:\w+['’]s\s+|his\s+|her\s+|their\s+)?(?:role|position|title|job)\b"
    r"|(?<![^\s])[وف]?(?:شو|ما|ايش|وش|شنو|ايه)\s+(?:هو\s+|هي\s+)?(?:ال)?(?:منصب|دور|وظيف|لقب|مسمي)"
    # A name: "and what name did it take?", «وما الاسم الذي صار يحمله الصندوق منذ ذلك الإعلان؟»
    r"|\b(?:what|which)\s+(?:\w+\s+){0,2}?name\b|\bwhat\b.*\bcalled\b"
    r"|(?<![^\s])[وف]?(?:شو|ما|ايش|وش|شنو|ايه)\s+(?:هو\s+|هي\s+)?(?:ال)?اسم|(?<![^\s])[وف]?(?:ي|ت)سمي(?![^\W\d_])"
    r"|(?:عشان|علشان|لاجل|من اجل) (?:ايش|ايه|شو|وش|ماذا|اي)(?![^\W\d_])|(?<![^\s])[وفل]?(?:ال)?(?:غرض|فايده|فائده)(?![^\W\d_])|لايش|لشو"
)
# The parts of a turn: its sentences, and what a dash sets apart ("~80bn for FY2025 — what's the figure for fiscal 2026?").
_TURN_PARTS = re.compile(r"(?<=[.:;!?؟])\s+|\s+[—–-]\s+")
# Tag questions and either-or checks: "…, doesn't he?", "…, yes or no?", «…، مو؟», «…، مش كده؟», «صح ولا غلط»; on match-normalised text.
TAG_QUESTION = (r"\b(?:isn|aren|wasn|weren|doesn|don|didn|won|hasn|haven|hadn|can|couldn|wouldn|shouldn)['’]?t (?:it|that|this|he|she|they|there|we|you)\s*[?؟]"
                r"|\byes or no\b|\btrue or false\b|\bright or wrong\b"
                r"|(?<![^\s])(?:مو|مش كده|مش كدا|مش هيك|موهيك|موكذا|اليس كذلك|ولا لا|ام لا|او لا)\s*[؟?]"
                r"|(?<![^\s])(?:صح|صحيح) (?:ولا|او|ام) (?:غلط|خطا|خطأ)(?![^\W\d_])"
                # a claim, then "right?": "…is the 4-yr total through 2028, right?", «…سنة 2030 صح؟», «…صح هالكلام؟»
                r"|[,،]\s*(?:right|correct|true|yeah)\s*[?؟]|[,،]\s*right\s*[,،]"  # "…broke in June 2025, right, the same day…?"
                r"|(?<![^\s])(?:صح|صحيح|مظبوط|مضبوط)(?:\s+(?:هالكلام|هالحكي|هذا الكلام|الكلام ده|هالشي))?\s*[؟?]")
# A phrase may come first: "By 2026, will it have doubled…?", "If you count the debt, is it $100 billion?"
_ASKS_YES_NO = re.compile(rf"{TAG_QUESTION}|^\W*(?:[^,،?؟]{{1,40}},\s*)?(?:(?:and|but|so) )?(?:is|are|was|were|does|do|did|will|has|have|could|can)\b|\bis it true\b"
                          # a claim put to the sources: "…, is that true?", "…, legit or hype??"
                          r"|\b(?:is|was) (?:that|this|it) (?:really )?(?:true|right|correct|accurate|legit|real)\b|\b(?:legit|true|real|fact) or (?:hype|not|fake|false|fiction|myth)\b"
                          # asked indirectly: "Customer wants to know if that is right.", "caller asks whether…"
                          r"|\b(?:know|asks?|asking|wonders?|wondering|check|confirm)\s+(?:if|whether)\b"
                          r"|(?<![^\s])[وف]?هل\b|^\W*(?:هل |واش |هو |هي )?(?:صحيح|صح)(?![^\W\d_])"  # Egyptian «هو صحيح إن…؟»
                          r"|^\W*[وف]?واش(?![^\W\d_])")  # Maghrebi «واش» asks whether


def asks_yes_no(question: str) -> bool:
    """Whether the question asks whether ("was Oracle one of Stargate's funders?", «هل…؟»), in any
    of its sentences ("A slide says Masayoshi Son chairs Stargate. Can you confirm who chairs it?")."""
    return any(_ASKS_YES_NO.search(part) for part in _TURN_PARTS.split(normalize_for_match(question)))


_ENERGY = re.compile(r"electric|\bpower\b|\benergy\b|consum|\btwh\b|terawatt|كهربا|استهلاك|ستهلك|طاقه|تيراواط")  # spoken "كهربا"; "استهلكت"

# A hedge written just before a figure, and what it means.
Hedge = Literal["about", "more than", "just over", "up to", "less than"]
_HEDGES: tuple[tuple[Hedge, re.Pattern[str]], ...] = tuple(
    (hedge, re.compile(rf"(?:{pattern})\W*$"))
    for hedge, pattern in (
        ("just over", r"just over|slightly (?:more than|over)|a little over|اكثر بقليل من|ما يزيد قليلا علي|يزيد قليلا علي"),
        ("more than", r"more than|over|above|exceed(?:s|ing)?|in excess of|اكثر من|يتجاوز|تتجاوز|يزيد علي|تزيد علي|ما يزيد علي|يفوق|تفوق"),
        ("up to", r"up to|as much as|at most|ما يصل الي|يصل الي|تصل الي|حتي"),
        ("less than", r"less than|under|below|fewer than|اقل من"),
        ("about", r"about|around|approximately|roughly|nearly|almost|some|نحو|حوالي|قرابه|ما يقارب|يقارب|زهاء|تقريبا"),
    )
)
_HEDGE_WINDOW = 30  # characters before the figure that may hold its hedge
_CEILING_AFTER = re.compile(r"\s*(?:(?:us |u\.s\. )?dollars?|دولار)?\s*(?:at (?:the )?most|maximum|at the maximum|كحد اقصي|علي الاكثر|بحد اقصي)\b")
_YEAR = re.compile(r"(?<!\d)(?<!\d[.,])(?:19|20)\d\d(?!\d|[.,]\d)")
# A year that is part of a name ("Electricity 2024", «الكهرباء 2024», "تقرير الكهرباء 2024",
# "رؤية 2030") sets no time for the figure; "In 2024" opening a question does. Arabic has no
# capitals: a name with a year follows a word for a document, a plan or an event.
_LATIN_TITLE = r"(?<![.!?؟]\s)\b(?!(?:In|By|For|Since|Until|From|Before|After|During|Through|And|Or|But|So|Also|Then|What|How|Only|Even|Just)\b)[A-Z][A-Za-z]+ (?:19|20)\d\d\b"
_ARABIC_TITLE = (r"(?:تقرير|دراسة|دراسه|خطة|خطه|رؤية|رؤيه|استراتيجية|استراتيجيه|مؤتمر|قمة|قمه|كأس|كاس|بطولة|بطوله|معرض)"
                 # a year after «لعام»، «في»، «بحلول» is a time: «التقرير نفسه لعام ٢٠٣٥» asks about 2035
                 r"\s+(?P<title>(?:(?![لبف]?(?:ال)?(?:عام|سنة|سنه)\s|في\s|بحلول\s|حتى\s|حتي\s|منذ\s)[^\s\d«»“”\"]+\s+){0,2}(?:19|20)\d\d\b)")
# A quoted question is the question relayed ("pasted from my boss's email: "what did … spend in fiscal
# 2024…?""), not a title: its years are asked about; so is a quoted claim measuring something («مراكز
# البيانات رح تستهلك أكتر من ١٠٠٠ تيراواط/ساعة سنة ٢٠٢٦»), which no title does.
_MEASURED = r"(?:\d[\d,.]*\s*(?i:%|٪|twh|تيراواط|billion|million|trillion|bn|مليار|مليون|تريليون)|\$\s*\d)"
# "the energy agency's 2024 electricity report": a year before a document's name is its edition's.
_EDITION_YEAR = (r"\b(?:19|20)\d\d(?= (?:[A-Za-z]+ ){0,2}(?:report|outlook|study|analysis|review|edition|update|survey)s?\b)"
                 r"|(?:(?<=\breport from )|(?<=\boutlook from )|(?<=\bedition from ))(?:19|20)\d\d\b")  # "The IEA electricity report from 2024"
# A title cut to a capital or two before its year ("IEA E2024" for Electricity 2024); not a fiscal or
# calendar year ("FY2025", "CY2026"), which sets the time.
_ABBREVIATED_TITLE_YEAR = r"(?<![A-Za-z])(?!FY|CY)[A-Z]{1,2}(?:19|20)\d\d\b"
# A quote of more words is a claim quoted, not a title: «"استهلاك مراكز البيانات … هيتضاعف بين 2022 و2026 …"».
_TITLE_WORDS = 8
_TITLED_YEAR = re.compile(rf"«(?![^»]*{_MEASURED})(?!(?:[^»\s]+\s+){{{_TITLE_WORDS}}})[^»?؟]*»"
                          rf"|\"(?![^\"]*{_MEASURED})(?!(?:[^\"\s]+\s+){{{_TITLE_WORDS}}})[^\"?؟]*\""
                          rf"|“(?![^”]*{_MEASURED})(?!(?:[^”\s]+\s+){{{_TITLE_WORDS}}})[^”?؟]*”"
                          rf"|{_LATIN_TITLE}|{_ARABIC_TITLE}|{_EDITION_YEAR}|{_ABBREVIATED_TITLE_YEAR}")
_UNQUOTED_TITLE = re.compile(rf"(?P<latin>{_LATIN_TITLE})|{_ARABIC_TITLE}")
_WORD = re.compile(r"[^\W_]+")
_NEAR_WORDS = 8  # question words within this many content words of a figure count as pointing at it
_YEAR_WEIGHT = 0.3
_NEAR_WEIGHT = 0.25
_CLAUSE_BREAK = re.compile(r"[;:,،؛]|\.(?!\d)")
_BREAK_FACTOR = 0.5  # a question word past a clause break is about the figure half as much
# An article whose title names what the question names is about it: its figures are the authority
# ("How big is Stargate's spending plan?" → the Stargate background note, not a passing mention).
_SUBJECT_WEIGHT = 0.2
# A year that names a period rather than dating an event: "fiscal year 2025", "السنة المالية 2025".
# "For 2022 the IEA put consumption at 460 TWh" too: the year a figure is for, not when anything happened.
_LABEL_YEAR = re.compile(r"(?:fiscal|financial) year (?:19|20)\d\d$|\bfy ?(?:19|20)\d\d$|(?:السنه الماليه|العام المالي) (?:19|20)\d\d$"
                         r"|(?:^|[.;:]\s*)for (?:19|20)\d\d$")
_DISAGREEMENT_MARGIN = 0.15  # another article's figure within this score of the best is shown too
_MOST_FIGURES = 3  # figures given when the question asks for every source's
_MOST_LISTED = 5  # figures given when the question asks for a list of them


@dataclass(frozen=True)
class Sentence:
    """One evidence sentence offered to the figure finder: its citation number and article."""

    number: int
    article_id: str
    title: str
    text: str
    score: float
    before: str = ""  # the sentence before it in its paragraph, which may say which year it is about
    primary: bool = True  # from the chunks ranked highest for the question: only these may supply the answer
    opening_name: tuple[str, ...] = ()  # its first word when a name ("Microsoft has pledged…"), which capitals alone do not tell


@dataclass(frozen=True)
class Figure:
    """A figure chosen as (part of) the answer, with the sentence that states it."""

    kind: FigureKind
    value: float  # dates: YYYYMMDD
    hedge: Hedge | None
    sentence: Sentence
    score: float
    year_match: bool
    nearness: float = 0.0
    other_year: int | None = None  # the year the figure is for, when the question names another
    upper: float | None = None  # the high end, when the source gives a range ("from 620 TWh to 1,050 TWh")
    fraction: str | None = None  # a share the source writes as a word ("half"), written as one too
    case: Case | None = None  # the forecast scenario its clause names ("in the base case")
    year: int | None = None  # the year its own sentence gives it for, told when figures are listed
    stage: Stage | None = None  # a sum's stage its clause names ("initially", "once debt … is included")


def _same_figure(a: Quantity, b: Quantity) -> bool:
    return a.unit == b.unit and same_value(a.value, b.value)


def states_any(text: str, figures: Sequence[Quantity]) -> bool:
    """Whether the text states one of the figures (same unit, same value)."""
    return any(_same_figure(found, figure) for found in extract_quantities(normalize_for_match(text)) for figure in figures)


def stated_figures(question: str) -> list[Quantity]:
    """The figures the question itself states, in dollars, TWh or percent ("… to 500 TWh?")."""
    return [q for q in extract_quantities(normalize_for_match(question)) if q.unit in _UNITS]


def bare_sums(question: str) -> list[Quantity]:
    """The sums a question types with a scale but no currency ("why did aip cut its target to 50bn
    when nvidia joined", «خفّضت هدفها لـ٥٠ مليار؟»), read as dollars; not a count ("1 billion
    people": a word that is no stop word follows)."""
    key = normalize_for_match(question)
    return [replace(q, unit="USD") for q in extract_quantities(key)
            if q.unit is None and q.value >= _SCALED_SUM and not q.text.replace(",", "").isdigit()
            and not _counts_a_thing(key, q.end)]


def _counts_a_thing(key: str, end: int) -> bool:
    after = _COUNTED.match(key, end)
    return after is not None and after["word"] not in STOPWORDS and after["word"] not in _NOT_COUNTED


# A word after a figure that is no stop word: what the figure counts ("50 billion parameters").
_COUNTED = re.compile(r"\s*(?P<word>[^\W\d_]+)")
# Words after a sum that count nothing: "says up to 100bn but…", «بـ 100 مليار بس ولا…» ("only, or…").
_NOT_COUNTED = frozenset({"but", "only", "just", "بس", "فقط", "ولا"})


def measured_kind(question: str) -> FigureKind | None:
    """What the question measures, whatever it asks: electricity (TWh) or money (USD)."""
    key = normalize_for_match(question)
    return "TWh" if _ENERGY.search(key) else "USD" if MONEY.search(key) else None


# The Arabic nouns that ask for a figure wherever they stand ("the figure", "the estimate"), and
# spoken "who" («مين», «منو», «شكون»), which asks whose the figure is when only such a noun asks.
_BARE_FIGURE_NOUNS = frozenset({"تقدير", "رقم", "اي مستوي", "توقعات"})
_ASKS_WHO = re.compile(rf"(?<![^\s])[وف]?(?:{question_words('ar', ('who',))})(?![^\W\d_])")
_ASKS_WHAT = re.compile(rf"(?<![^\s])[وف]?(?:{question_words('ar', ('what',))})(?![^\W\d_])")


# A figure weighed against the one the asker states: "is the Stargate money more than 100 billion
# dollars or not?", «مية مليار ولا اكتر؟» (100 billion, or more?).
_WEIGHED_AGAINST = re.compile(r"\b(?:more|less|fewer|higher|lower|bigger|smaller|greater|over|above|under|below)\b|\bexceed\w*"
                              r"|(?<![^\s])(?:اكثر|اقل|اكبر|اصغر|اعلي|فوق|تحت|يتجاوز|تتجاوز|يفوق|تفوق)(?![^\W\d_])")
_OR_ELSE = re.compile(r"\bor (?:not|more|less|bigger|larger|higher|greater|smaller|lower)\b|(?<![^\s])(?:ولا|او)\s+(?:لا|لا\W|اكثر|اقل|اكبر|اصغر)(?![^\W\d_])")


_FIGURE_NOUN = re.compile(r"\b(?:figures?|numbers?|estimates?)\b|(?<![^\s])(?:ال)?(?:رقم|ارقام|رقمين|تقدير|تقديرات)(?![^\W\d_])")


def _weighs_a_stated_figure(question: str, key: str) -> bool:
    """Whether the question asks if a figure is above or below one it states (see ``_WEIGHED_AGAINST``)."""
    return bool(stated_figures(question)) and (asks_yes_no(question) or bool(_OR_ELSE.search(key))) and bool(_WEIGHED_AGAINST.search(key))


_NUMBER_OF = re.compile(r"(?<![^\s])[وف]?(?:كم|كام|قديش|قداش|شقد|ما|ماهو|ما هو) (?:هو |هي )?(?:ال)?عدد(?![^\W\d_])(?! (?:ال)?(?:مليارات|ملايين|دولارات))")


def expected_kind(question: str) -> FigureKind | None:
    """The kind of figure the question asks for, or None when it does not ask for one."""
    key = normalize_for_match(question)
    if _ASKS_HORIZON.search(key):
        return "year"
    # "When does the fiscal year of the ~$80bn budget end?" asks for the end, not the figure's year.
    if _ASKS_YEAR.search(key) and stated_figures(question) and not _asked_event(key):
        return "year"
    # A query typed as to a search box, with no question word and no figure of its own, asks by a word or a sign.
    no_question_word = not _QUESTION_WORD.search(key)
    terse = no_question_word and not _states_own_figure(key)
    once = _WHEN_ONCE.search(key)
    dated = key[: once.start(1)] + key[once.end(1) :] if once else key
    if _ASKS_DATE.search(dated) or re.search(_ASKS_WHICH_YEAR, key) and _asked_event(key) or terse and _TERSE_DATE.search(key):
        return "date"
    # A dictated turn has no punctuation: "…spending like eighty billion this fiscal year um and I'm trying
    # to figure something out when exactly does that fiscal year end"
    late = _LATE_WHEN.search(key) or (None if PUNCTUATION.search(key) else _SPOKEN_WHEN.search(key))
    if late and not stated_figures(key[: late.start()]):  # a figure stated first may be a premise to check
        return "date"  # "…in December? When does the fiscal year covered by its $80 billion pledge end?"
    if late and _ASKS_WHEN_IT_ENDS.match(key, late.start()):
        return "date"  # "…the $80bn this fiscal year, when does that fiscal year end?": the figure only says which year
    if _question_years(question) and strict_event(question) and asks_yes_no(question):
        return "date"  # "The first data centre opens in 2026, doesn't it?": the event's date is put to the sources
    if _LISTS_DATES.search(key) or _ASKS_BOTH_DATES.search(key) or _SPAN_BETWEEN.search(key):  # "List both dates in AIP's history: the day it was unveiled … and …"
        return "date"
    offered = offered_kind(question)
    if offered is not None:
        return offered
    if _COUNTS_MEMBERS.search(key):
        return None
    if _OTHER_UNIT.search(key):
        return None
    if counts_bought_with_a_sum(question) or _NUMBER_OF.search(key):
        # «كم مركز بيانات راح تبني الشراكة بالـ100 مليار دولار؟» counts data centres; «كم عدد الممولين…؟»
        # (how many funders) counts funders, money words and all
        return None
    if _ASKS_PERCENT.search(key) or terse and _TERSE_PERCENT.search(key):
        return "percent"
    # "Did it double between 2022 and 2026?", also asked after a sentence of context ("the article says it
    # will more than double between 2022 and 2026. is that what the IEA expects?").
    compares = asks_yes_no(question) and len(_question_years(question)) >= 2
    # "Does the IEA expect use to level off after 2030?": a trend put to the sources is told by the figures.
    compares = compares or bool(_TREND.search(key)) and bool(_question_years(question)) and asks_yes_no(question)
    # "What does the IEA's high case say about 2030?": a scenario is a figure.
    scenario = asked_case(question) is not None and not _ASKS_OTHER.search(key)
    # "What's the budget for 2026?" asks a sum; "what channel announced its 80 billion budget?" names
    # one. A sum stated in another sentence names none: "shu Stargate's actual budget? the article says up to 100bn…"
    named_sum = not _ASKS_OTHER.search(key) and any(_AMOUNT_NOUN.search(normalize_for_match(part)) and not sums_stated(part, "USD")
                                                    for part in _TURN_PARTS.split(question.strip()))
    # "iea energy and ai report data centre electricity 2030?" asks for that year's figure.
    terse_amount = no_question_word and bool(_question_years(key)) or terse and bool(_TERSE_AMOUNT.search(key))
    # "What does the Electricity 2024 report say about data-centre electricity in 2026?": its figure for that year.
    reported = bool(_ASKS_WHAT_IS_SAID.search(key)) and bool(_question_years(question))
    listed = lists_figures(question)  # "List the electricity figures in the report"
    # «…فمين اللي كاتب هالبوست يعني مين المسؤول اللي أعلن هالرقم»: the figure («الرقم») is what was
    # said, and who said it is asked.
    # «…مين قال إيه؟» (who said what) asks the figures too.
    signs = [sign.group() for sign in _ASKS_AMOUNT.finditer(key)]
    amount = bool(signs) and (not set(signs) <= _BARE_FIGURE_NOUNS or not _ASKS_WHO.search(key) or bool(_ASKS_WHAT.search(key)))
    weighed = _weighs_a_stated_figure(question, key)
    # "the article and the IEA Electricity 2024 report don't match. Give me both figures": each source's
    # figure asked for, none stated (a figure stated is checked against the sources instead).
    each_sources = bool(_FIGURE_NOUN.search(key)) and asks_every_source(question) and not stated_figures(question)
    if not (amount or compares or scenario or named_sum or terse_amount or reported or listed or weighed or each_sources):
        return None
    # The asker's context first ("Saw a piece saying electricity is the bottleneck. … what's the
    # funding target?") measures nothing asked: the last part with a measure decides ("…funds and
    # power... so how much money is AIP trying to raise? initial + total pls" asks dollars).
    # «قديش حطت MGX من الـ 30 مليار؟» ("how much of the 30 billion did MGX put in?"): a sum typed
    # without its currency measures the question in dollars.
    return (next((found for part in reversed(_TURN_PARTS.split(question.strip())) if (found := measured_kind(part))), None)
            or measured_kind(question) or ("USD" if bare_sums(question) and not asks_a_count(question) else None))


# How a measure moves over the years: a claim about it is checked against the figures for the years.
_TREND = re.compile(r"\b(?:level(?:s|led|ed|ing)? off|plateau\w*|flatten\w*|stabili[sz]\w*|peak(?:s|ed|ing)?|(?:stop|stops|stopped) (?:growing|rising)"
                    r"|(?:keep|keeps|kept|continue|continues|continued) (?:to )?(?:grow|rise|climb|growing|rising|climbing))\b"
                    r"|(?<![^\s])(?:[يت]ستقر|[يت]ثبت|[يت]توقف عن (?:النمو|الارتفاع|الصعود|الزياده)|[يت]واصل (?:النمو|الارتفاع|الصعود)|ذروته|ذروتها)(?![^\W\d_])")
# What a source says, expects or puts something at: of a measure for a year, that is its figure.
_ASKS_WHAT_IS_SAID = re.compile(
    r"\bwhat (?:does|did|do|will) (?:\S+ ){1,10}?(?:say|estimate|expect|forecast|project|predict|put)\b"
    # asked indirectly: "caller asks what the IEA actually expects data-centre electricity use to be in 2026"
    r"|\bwhat (?:the )?(?:\S+ ){1,4}?(?:actually |really )?(?:says|estimates|expects|forecasts|projects|predicts|puts)\b"
    r"|(?<![^\s])(?:ماذا|ما|شو|ايش|وش|ايه) (?:يقول|تقول|يذكر|تذكر|يتوقع|تتوقع|قال|قالت|ذكر|ذكرت|قدر|قدرت)(?![^\W\d_])")
# A question word, in any of the ways the sets ask: a query without one is typed as to a search box.
_QUESTION_WORD = re.compile(
    rf"\b(?:{question_words('en', and_whether=True)}|whats|could|has|have|should)\b"
    rf"|(?<![^\s])[وف]?[بل]?(?:{question_words('ar', and_whether=True)})(?![^\W\d_])"
    # «من» asks "who" where a clause starts or ends («… في تاريخ من؟»); elsewhere it is "from" («… من الكهرباء عام 2022؟»)
    r"|(?:^|[،,؟?.!:—–-])\W*[وف]?[بل]?من(?![^\W\d_])|(?<![^\s])[وف]?[بل]?من\s*[؟?]"
    r"|(?<![^\s])ما(?:هو|هي|هم)(?![^\W\d_])"  # «ماهو المبلغ…» written as one word
    rf"|{NAMES_REQUESTED}")  # a request for names is no search-box query


# What a query typed as to a search box asks for by a word or a sign: "iea electricity 2024 report
# release date", «إعلان ستارغيت تاريخ»; "share of world electricity 2024 %"; "stargate investment
# size bn". (Written anywhere, «نسبة», "percent" and "amount" ask already: see _ASKS_PERCENT, _ASKS_AMOUNT.)
_TERSE_DATE = re.compile(r"\bdates?\b|(?<![^\s])[وب]?(?:ال)?تاريخ(?![^\W\d_])")
_TERSE_PERCENT = re.compile(r"[%٪]|\bshare\b")
_TERSE_AMOUNT = re.compile(r"\$|\b(?:bn|usd|twh|size|total)\b|(?<![^\s])[وب]?(?:ال)?(?:حجم|مبلغ)(?![^\W\d_])")


def _states_own_figure(key: str) -> bool:
    """Whether a query gives a figure of its own ("Confirm: Microsoft pledged roughly $80 million…"
    puts it to the sources); a year before a sign ("…2024 %") is none."""
    return any(q.unit and not _YEAR.fullmatch(f"{q.value:g}") for q in extract_quantities(key))


def _hedge(key: str, start: int, end: int) -> Hedge | None:
    """How the source qualifies the figure written at key[start:end]: the words before it, or a
    ceiling after it («500 مليار دولار كحد أقصى», "$500 billion at most")."""
    before = key[max(0, start - _HEDGE_WINDOW) : start]
    return next((hedge for hedge, pattern in _HEDGES if pattern.search(before)), "up to" if _CEILING_AFTER.match(key, end) else None)


def _word_positions(key: str) -> list[tuple[int, str]]:
    """(character offset, BM25 token) of each word; stop words give an empty token."""
    return [(m.start(), (bm25_tokens(m.group()) or [""])[0]) for m in _WORD.finditer(key)]


# Spoken interrogatives ask; they point at no figure («مين أطلق الصندوق؟» → "twh", "chief" in translation).
_SPOKEN_ASKING = frozenset(bm25_tokens(" ".join(["مين منو شو وش ايش ليش وين فين امتى ايمتى امتا انهي اللي",
                                                  *(word for word in HOW_MUCH_ARABIC.split("|") if word != "كم" and " " not in word)])))  # «إيه» is also "AI" («أوبن إيه آي»)


# Words that tell of one event, for the words beside a date: a partnership launched (or founded) is one unveiled.
_LAUNCHED = frozenset(word_tokens("launch launched launches launching unveil unveiled unveils unveiling debut debuted founded start started "
                                  "أطلقت أطلق أطلقوا إطلاق انطلق انطلقت انطلاق دشنت دشن تدشين"))


def _words(text: str) -> list[str]:
    """The question's word tokens: no sound keys, figures, stray single letters or spoken interrogatives."""
    return [token for token in word_tokens(text) if len(token) > 1 and not token.isdigit() and token not in _SPOKEN_ASKING]


def _nearness(key: str, words: list[tuple[int, str]], start: int, end: int, wanted: dict[str, float],
              translations: Mapping[str, Sequence[str]], inside: bool = False, referred: Iterable[str] = ()) -> float:
    """Weighted share of the question's words written (as such or translated) within a few
    content words of the figure (stop words are not counted), each counting more the closer it
    is and less past a clause break: in "30 billion initially, and up to 100 billion once debt
    financing is included", "debt" points at the 100 billion; in "800 TWh in the base case; more
    than 1,000 TWh in the high case", "base" points at the 800."""
    if not wanted:
        return 0.0
    before = [(offset, token) for offset, token in words if offset < start and token][-_NEAR_WORDS:]
    after = [(offset, token) for offset, token in words if offset >= end and token][:_NEAR_WORDS]
    closeness: dict[str, float] = {}
    for distance, (offset, token) in [*enumerate(reversed(before)), *enumerate(after)]:
        between = key[offset:start] if offset < start else key[end:offset]
        breaks = len(_CLAUSE_BREAK.findall(between))
        closeness[token] = max(closeness.get(token, 0.0), (1.0 - distance / (2 * _NEAR_WORDS)) * _BREAK_FACTOR**breaks)
    # Title words the sentence refers to tie the sentence to the question, not one of its figures:
    # in "The partnership plans to raise 30 billion … up to 100 billion, including debt", "debt"
    # still points at the 100 billion.
    for alias in referred:
        closeness[alias] = max(closeness.get(alias, 0.0), _ALIAS_CLOSENESS)
    if inside:
        # A date's own words: "وبأي يوم؟" after a question on September points at "17 September 2024".
        closeness.update({token: 1.0 for offset, token in words if start <= offset < end and token})
    found = 0.0
    for token, weight in wanted.items():
        nearest = max((closeness.get(t, 0.0) for t in (token, *translations.get(token, ()))), default=0.0)
        found += weight * nearest
    return found / sum(wanted.values())


def _title_aliases(title: str) -> dict[str, list[str]]:
    """Each word of an article's title, with the title words around it that a sentence using it
    alone refers to: "The partnership plans to raise…" under "xAI and Nvidia join the AI
    Infrastructure Partnership", «وتخطط هذه الشراكة…» under «…شراكة البنية التحتية للذكاء الاصطناعي»,
    tell of the AI infrastructure partnership. Read for sums only, whose owner the question names
    in words ("How big is the AI infrastructure fund?")."""
    words = word_tokens(title)
    return {word: words[max(0, at - _TITLE_REACH) : at] + words[at + 1 : at + 1 + _TITLE_REACH] for at, word in enumerate(words)}


_TITLE_REACH = 4  # title words on either side a sentence's word stands for
_ALIAS_CLOSENESS = 0.25  # a title word the sentence refers to counts as a word written well away from the figure


class _Written(NamedTuple):
    """Where a figure is written in a sentence, and what it says."""

    start: int
    end: int
    value: float
    upper: float | None = None  # a range's high end
    fraction: str | None = None  # a share written as a word ("half")


# A percentage is a share ("1.5% of the world's electricity") or a rate of change ("growing about
# 15% a year"); a question about a share is not answered by a rate. On match-normalised text.
_ASKS_RATE = re.compile(r"grow|growth|\brate\b|increas|\brise\b|annual|a year|per year|each year|every year|how fast"
                        r"|بمعدل|نمو|ينمو|تنمو|سنوي|زياده|ارتفاع|كل (?:سنه|عام)|(?<![^\s])(?:س|ب|ح)?[يت](?:كبر|زيد)(?![^\W\d_])")
_RATE_AFTER = re.compile(r"\W*(?:a year|per year|per annum|annually|each year|year[- ]on[- ]year|a month|per month|سنويا|كل عام|كل سنه|شهريا)")
_RATE_BEFORE = re.compile(r"(?:grow\w*|growth|rate|increas\w*|rise|rising|rose|expand\w*|annual\w*|بمعدل|نمو|ينمو|تنمو|نموا|زياده|ارتفاع)"
                          r"(?:\W+\w+){0,3}?\W*$")
_RATE_REACH = 40  # characters before a percentage that may say it is a rate


def _is_rate(key: str, start: int, end: int) -> bool:
    """Whether the percentage written at key[start:end] is a rate of change, not a share."""
    return bool(_RATE_AFTER.match(key, end) or _RATE_BEFORE.search(key[max(0, start - _RATE_REACH) : start]))


# Forecast scenarios: a report's base case and its high case are two figures for one year, and
# news reports often give the high case as the forecast. "What is the central forecast?" asks for
# the base case. A figure's case is the one its clause names (clauses end at ";" and ":"); a clause
# naming both, or neither, says nothing.
Case = Literal["base", "high"]
_CASES: dict[Case, re.Pattern[str]] = {
    "base": re.compile(r"\bbase(?:line)?(?:[ -]case|[ -]scenario)?\b|\bcentral (?:case|scenario|expectation|estimate|forecast|projection)\b"
                       r"|\bmain scenario\b|سيناريو (?:ال)?اساس|(?:ال)?سيناريو (?:ال)?(?:اساسي|مرجعي|مركزي)|(?:ال)?تقدير (?:ال)?مركزي"),
    "high": re.compile(r"\bhigh(?:er)?[ -](?:case|scenario|end)\b|\bupper[ -](?:case|end|bound)\b"
                       r"|(?:ال)?سيناريو (?:ال)?(?:مرتفع|اعلي)|(?:ال)?حد (?:ال)?اعلي"),
}
_ASKS_CASE: dict[Case, re.Pattern[str]] = {
    "base": re.compile(rf"{_CASES['base'].pattern}|\bcentral\b|\bmain (?:forecast|estimate|projection)\b|(?:ال)?مركزي|(?:ال)?اساسي"),
    "high": _CASES["high"],
}
_CLAUSE_END = re.compile(r"[;:؛]")


def _named_in_clause(patterns: Mapping[str, re.Pattern[str]], clause_end: re.Pattern[str], key: str, start: int, end: int) -> str | None:
    """The one label whose pattern the clause around key[start:end] holds, if exactly one does."""
    left = max((m.end() for m in clause_end.finditer(key, 0, start)), default=0)
    right = next((m.start() for m in clause_end.finditer(key, end)), len(key))
    named = [label for label, pattern in patterns.items() if pattern.search(key, left, right)]
    return named[0] if len(named) == 1 else None


def _case_of(key: str, start: int, end: int) -> Case | None:
    """The scenario the clause around a figure names, if exactly one."""
    return _named_in_clause(_CASES, _CLAUSE_END, key, start, end)  # type: ignore[return-value]


def asked_case(question: str) -> Case | None:
    """The scenario a question asks for ("the base case", "central forecast", "سيناريو الأساس")."""
    key = normalize_for_match(question)
    asked = [case for case, pattern in _ASKS_CASE.items() if pattern.search(key)]
    return asked[0] if len(asked) == 1 else None


# A sum's stage: the first raise ("30 billion dollars initially", «30 مليار دولار مبدئيًا») or the
# total with borrowing ("up to 100 billion dollars once debt financing is included", «استثمارات إجمالية»).
Stage = Literal["initial", "total"]
_STAGES: dict[Stage, re.Pattern[str]] = {
    "initial": re.compile(r"\binitial(?:ly)?\b|\bat first\b|\bupfront\b|\bfirst[\s-](?:round|stage|phase|tranche|step)\b|\bto start (?:with)?\b"
                          r"|مبدئي|اولي|(?<![^\s])(?:في|ك|ب)(?:ال)?بدايه(?![^\W\d_])|(?:ال)?(?:دفعه|مرحله) (?:ال)?اولي"),
    "total": re.compile(r"\btotal\b|\boverall\b|\bdebt\b|\bborrow|\bloans?\b|\bleverage|اجمالي|(?<![^\s])(?:ال)?مجموع|ديون|اقتراض|قروض"
                        r"|(?:ال)?حد (?:ال)?اقصي"),  # "if you count the loans on top?"
}
_STAGE_CLAUSE_END = re.compile(r"[;:؛,،]")
_OTHER_STAGE_PENALTY = 0.3  # about a sentence's retrieval score: the headline's "initial $30 billion" scores 0.78, the total 0.59


def _stage_of(key: str, start: int, end: int) -> Stage | None:
    """The stage the clause around a sum names, if exactly one (a comma ends its clause too)."""
    return _named_in_clause(_STAGES, _STAGE_CLAUSE_END, key, start, end)  # type: ignore[return-value]


# "not counting any borrowing", «وبدون اقتراض»: the sum before debt, the first raise.
_WITHOUT_DEBT = re.compile(r"\b(?:not counting|without|excluding|before|minus|leaving out)\s+(?:any\s+|the\s+)?(?:debt|borrow\w*|loans?)\b"
                           r"|(?<![^\s])[وف]?(?:بدون|دون|من غير|بلا)\s+(?:ال)?(?:ديون|دين|اقتراض|قروض)(?![^\W\d_])|\bat the (?:start|outset)\b")


def asked_stage(question: str) -> Stage | None:
    """The stage a sum question asks for: "in total, debt included", «مبدئيًا»; None for both or neither."""
    key = normalize_for_match(question)
    initial = bool(_WITHOUT_DEBT.search(key))
    key = _WITHOUT_DEBT.sub(" ", key)
    asked = {stage for stage, pattern in _STAGES.items() if pattern.search(key)} | ({"initial"} if initial else set())
    return asked.pop() if len(asked) == 1 else None


_TIME_OF_THE_ONE_BEFORE = re.compile(rf"(?<=[.!?؟])\s+(?P<at>{AT_THAT_TIME})")


def _candidates(kind: FigureKind, sentence: Sentence, question_years: set[int], question_values: set[float],
                wanted: dict[str, float], translations: Mapping[str, Sequence[str]], on_subject: bool,
                partial_dates: bool = False, shares_only: bool = False,
                event_told: Callable[[Sentence], bool] | None = None, heads: Mapping[str, str] | None = None) -> list[Figure]:
    key = normalize_for_match(sentence.text)
    if event_told is not None and not event_told(sentence):
        return []  # a date of another event, or of the event for someone else
    if kind == "date":
        dates = [d for d in extract_dates(sentence.text) if d.year is not None]
        if partial_dates and not dates:
            # Only where no full date is written: beside one, a bare year is usually a label
            # ("fiscal year 2025 runs until 30 June 2025", "Electricity 2024 was published on …").
            dates = [d for d in extract_partial_dates(sentence.text) if not _LABEL_YEAR.search(key, max(0, d.start - 24), d.end)]
        found = [_Written(d.start, d.end, float(d.year * 10000 + d.month * 100 + d.day)) for d in dates]
        # A sentence read with the one before for its time ("… on 19 March 2025 … would join. At the
        # same time the vehicle was renamed …"): that one's dates are written where it points at them,
        # for an event it tells of ("When was it renamed?"); the sentence before is a candidate of its own.
        pointer = _TIME_OF_THE_ONE_BEFORE.search(key)
        if pointer:
            earlier = [written for written in found if written.end <= pointer.start()]
            found = [written for written in found if written not in earlier]
            found += [_Written(*pointer.span("at"), written.value) for written in earlier] if event_told is not None else []
    else:
        found = _with_ranges([q for q in extract_quantities(key) if q.unit == kind], key)
        if kind == "percent":
            found += _fractions(key)
    words = _word_positions(key)
    # The question's "IEA" is written where the sentence's "International Energy Agency" ends.
    spelt = spelt_out(sentence.text)
    translations = {**translations, **{token: [*translations.get(token, ()), spelt[token]] for token in wanted if token in spelt}}
    aliases = _title_aliases(sentence.title) if kind == "USD" else {}
    referred = {alias for _, token in words for alias in aliases.get(token, ())}
    # The question's "AIP" is the sentence's "partnership" (see ``bot.text.Acronyms.heads``): it
    # ties the sentence, as a title word does, not one of its figures.
    sentence_tokens = {token for _, token in words}
    referred |= {acronym for acronym, head in (heads or {}).items() if head in sentence_tokens}
    figures = []
    for written in found:
        start, end, value = written.start, written.end, written.value
        if any(same_value(value, known) for known in question_values):
            continue  # the question's own figure is not its answer
        if shares_only and _is_rate(key, start, end):
            continue  # "What share…?" is not answered by a growth rate
        year_match, other_year = False, None
        nearest = _year_of(key, start, end, sentence.before) if question_years and kind != "date" else None
        if nearest is not None:
            year_match = nearest in question_years or (kind == "percent" and _is_rate(key, start, end)
                                                       and _within_period(key, question_years))
            other_year = None if year_match else nearest  # a figure for another year
        nearness = _nearness(key, words, start, end, wanted, translations, inside=kind == "date", referred=referred)
        score = sentence.score + _YEAR_WEIGHT * year_match + _NEAR_WEIGHT * nearness + _SUBJECT_WEIGHT * on_subject
        hedge = _hedge(key, start, end) if kind != "date" else None
        figures.append(Figure(kind, value, hedge, sentence, score, year_match, nearness, other_year, written.upper, written.fraction,
                              _case_of(key, start, end), _nearest_year(key, start, end) if kind != "date" else None,
                              _stage_of(key, start, end) if kind == "USD" else None))
    return figures


_RANGE_JOIN = re.compile(r"\s*(?:[-–—]|to|and|through|الي|حتي|و)\s*")  # on match-normalised text


def _with_ranges(quantities: list[Quantity], key: str) -> list[_Written]:
    """Each quantity, with a written range ("from 620 TWh to 1,050 TWh", "بين 620 و1050") as one
    figure: either bound alone would misstate it."""
    found: list[_Written] = []
    position = 0
    while position < len(quantities):
        low = quantities[position]
        high = quantities[position + 1] if position + 1 < len(quantities) else None
        if high is not None and low.value < high.value and _RANGE_JOIN.fullmatch(key, low.end, high.start):
            found.append(_Written(low.start, high.end, low.value, high.value))
            position += 2
        else:
            found.append(_Written(low.start, low.end, low.value))
            position += 1
    return found


# Shares written as words: "more than half of the total", "أكثر من النصف". Only a hedged fraction
# or one followed by "of" counts, so "in the first half, sales rose" is not read as a share.
_FRACTIONS = {"half": 50.0, "a third": 100 / 3, "two thirds": 200 / 3, "a quarter": 25.0, "three quarters": 75.0}
_ARABIC_FRACTIONS = {"نصف": "half", "ثلث": "a third", "ثلثي": "two thirds", "ربع": "a quarter", "ثلاثه ارباع": "three quarters"}
_FRACTION_WORDS = "|".join(sorted(_FRACTIONS, key=len, reverse=True))
_ARABIC_FRACTION_WORDS = "|".join(sorted(_ARABIC_FRACTIONS, key=len, reverse=True))
_FRACTION = re.compile(
    rf"\b(?:than|over|about|nearly|almost|roughly|around) (?P<en>{_FRACTION_WORDS})\b"
    rf"|\b(?P<of>{_FRACTION_WORDS}) of\b"
    rf"|(?<![^\s])(?:من|نحو|حوالي|قرابه|يقارب) (?:ال)?(?P<ar>{_ARABIC_FRACTION_WORDS})(?![^\W\d_])"
)


def _fractions(key: str) -> list[_Written]:
    found = []
    for match in _FRACTION.finditer(key):
        group = next(group for group in ("en", "of", "ar") if match[group])
        name = _ARABIC_FRACTIONS[match[group]] if group == "ar" else match[group]
        found.append(_Written(match.start(group), match.end(group), _FRACTIONS[name], fraction=name))
    return found


# How big something is, in no named measure: "How big is Stargate?", «كم حجمه؟», «ما قيمته؟». Not
# "how many data centres", which counts.
_ASKS_SIZE = re.compile(r"\bhow (?:big|large)\b|\b(?:size|total|value|worth)\b"
                        r"|(?<![^\s])[وبل]?(?:ال)?(?:حجم|قيم|مجموع)(?:ه|ها)?(?![^\W\d_])")


def asks_an_unmeasured_amount(question: str) -> bool:
    """Whether the question asks how big something is without naming a measure («ستارغيت: كم
    حجمه بالضبط؟»): the sources' figures for that thing tell which one."""
    # "Other than the article's 'up to $100 billion', what figures … for the size of Stargate?" measures it by what is left out.
    asked = without_excluded(question)
    key = normalize_for_match(asked)
    return (bool(_ASKS_SIZE.search(key)) or lists_figures(asked)) and not _OTHER_UNIT.search(key) \
        and expected_kind(asked) is None and measured_kind(asked) is None


def states_a_share(text: str) -> bool:
    """Whether the text states a percentage, in figures or as a word ("more than half of the total")."""
    key = normalize_for_match(text)
    return any(q.unit == "percent" for q in extract_quantities(key)) or bool(_FRACTION.search(key))


def states_a_figure(text: str) -> bool:
    """Whether the text states a sum, TWh or a share, in figures or as a word ("more than half")."""
    key = normalize_for_match(text)
    return any(q.unit in _UNITS for q in extract_quantities(key)) or bool(_FRACTION.search(key))


# "which is bigger: A or B?", «أيهما أكبر: A أم B؟»: two things measured against each other.
_WHICH_MORE = re.compile(
    r"\bwhich (?:one )?(?:is|was|will be|are|were) (?:the )?(?:bigger|larger|greater|higher|more|smaller|lower|less)\b"
    r"|(?<![^\s])(?:ايهما|أيهما|مين|شو|ايش|وش) (?:ال)?(?:اكبر|أكبر|اعلى|أعلى|اكثر|أكثر|اقل|أقل|اصغر|أصغر)(?![^\W\d_])",
    re.IGNORECASE)
_EITHER_OR = re.compile(r"\s+(?:or|أم|ام|ولا|أو|او)\s+", re.IGNORECASE)
# "who will spend more: A or B?", Maghrebi «شكون غادي يصرف كثر: A ولا B؟»: the pair after a colon.
_WHO_MORE = re.compile(r"\b(?:which|who)\b[^:?]{0,40}?\b(?:more|bigger|larger|less)\s*:"
                       r"|(?<![^\s])(?:ايهما|أيهما|مين|منو|شكون|شو|ايش|وش)(?![^\W\d_])[^:؟?]{0,40}?(?:كثر|اكثر|أكثر|اكبر|أكبر|اقل|أقل)\s*:",
                       re.IGNORECASE)
# "Is A more or less than B?", «هل A أكبر من B؟»: B a thing, not a bound ("more than 100,000 GPUs")
# or a multiple («أكثر من ضعف مستوى ٢٠٢٢», "more than double").
_NO_THING = r"(?=\D)(?!(?:a |the )?(?:double|twice|triple|half|(?:ال)?(?:ضعف|ضعفي|مرتين|نصف|ثلث|ربع)(?![^\W\d_])))"
_MORE_THAN = re.compile(
    r"^\W*(?:is|are|was|were|will)\s+(?P<en>.+?)\s+(?:more or less|bigger|larger|greater|higher|lower|smaller|less|more)(?: or (?:less|more|smaller|bigger))?\s+than\s+"
    rf"{_NO_THING}|^\W*(?:هل\s+)(?P<ar>.+?)\s+(?:اكبر|أكبر|اكثر|أكثر|اقل|أقل|اصغر|أصغر|اعلى|أعلى)\s+من\s+{_NO_THING}"
    # «طيب هذا المبلغ أكثر ولا أقل من اللي تبي الشراكة تجمعه؟»: "more or less than" asks it without «هل»
    rf"|^\W*(?:(?:طيب|طب|بس|و)\s+)?(?P<ar_either>.+?)\s+(?:اكبر|أكبر|اكثر|أكثر)\s+(?:ولا|او|أو|أم|ام)\s+(?:اقل|أقل|اصغر|أصغر)\s+من\s+{_NO_THING}",
    re.IGNORECASE)
# "this sum", "that amount", «هذا المبلغ», «هالرقم»: the figure the last answer gave.
_POINTED_SUM = re.compile(r"^(?:this|that|the same) (?:sum|amount|figure|number)$"
                          r"|^(?:هذا|هاد|هذاك|ذلك|ده|دا|هال)\s?(?:ال)?(?:مبلغ|رقم)$", re.IGNORECASE)


_POINTING = frozenset("it this that هي هو هذه هذا هاي هاد ده دي".split())
_OF_THE_TWO = re.compile(r"(?:of (?:the two|them|both)|between (?:the two|them)|(?:في|من|بين)(?:هم|هما))?")  # or nothing


# "A vs B: which is bigger?", "How does A compare with B?", "Line up A against B", "Express A as a
# ratio to B", «قارنلي بين A
# وبين B», «A مقارنة بـB»: two things set side by side, in a part of the turn. "against" alone sets
# them side by side only after a verb that does ("put", "line up") or beside "which is bigger":
# "xAI competes against OpenAI" compares nothing.
_SIDE_BY_SIDE = re.compile(
    r"^\W*(?:(?:now|so|ok|okay|and)\W+)?(?:(?P<lead>how (?:does|do|did|will|would)|compare|put|line up|set|stack up|weigh|express|give|show)\s+)?(?P<en>[^,:?]+?),?\s+"
    r"(?P<by>compares? (?:with|to|against)|stacks? up against|against|vs|versus|next to|(?:compared|measured) (?:with|to|against)|alongside|relative to|divided by|as a (?:ratio|multiple) (?:to|of))\s+(?P<en_second>[^,:?]+)"
    r"|^\W*(?:و?قارن(?:لي|ي|يلي)?\s+)?(?:بين\s+)?(?P<ar>[^،,:؟?]+?)\s+(?:وبين|مقارن[ةه] (?:ب|مع)|مقابل|قدام)\s*(?P<ar_second>[^،,:؟?]+)",
    re.IGNORECASE)
_WHICH_IS_MORE = re.compile(r"\b(?:bigger|larger|greater|higher|more|smaller|lower|less)\b")
# "How many GPUs does Stargate run compared with xAI?", «كم … مقارنة بإكس إيه آي؟»: a question set
# beside a thing; the thing may state its own figure ("measured against its $30bn initial goal").
_QUESTION_BESIDE = re.compile(r"^(?:compared|measured|مقارن)")
_ASKS_HOW_MUCH = re.compile(rf"\b(?:{question_words('en', ['how much'])})\b|(?<![^\s])[وفب]?(?:{question_words('ar', ['how much'])})(?![^\W\d_])")  # «مايكروسوفت هتصرف كام…»
# What may follow the second thing in its clause: the rest of the request ("… and tell me whether…").
_SECOND_ENDS = re.compile(r"\s+(?:and|then)\s+(?:tell|say|whether|is|are|does|do|which|who|what)\b.*|\s+(?:و|ثم)?(?:هل|مين|شو|ايش|اي)\s.*")
_ONLY_A_FILLER = frozenset("and so ok okay now و".split())
_OPENS_ASKING = re.compile(rf"^(?:{question_words('en')})\b|^[وف]?(?:{question_words('ar')})(?![^\W\d_])")  # a question, not a thing


def _side_by_side(question: str, previous: str | None) -> tuple[str, str] | None:
    """The two things a turn sets side by side (see ``_SIDE_BY_SIDE``); a thing typed as a pointer
    or left out ("And next to the full target?") is what the earlier question asked about."""
    written = re.sub(r"\bvs\.", "vs", question, flags=re.IGNORECASE)  # as typed: the names in it are read in their script
    for part in _TURN_PARTS.split(written.strip())[::-1]:
        found = _SIDE_BY_SIDE.search(part)
        if found is None or found["by"] and found["by"].lower() == "against" and not (found["lead"] or _WHICH_IS_MORE.search(part.lower())):
            continue
        things = [(found["en"] or found["ar"]).strip(" :,،?؟"), _SECOND_ENDS.sub("", found["en_second"] or found["ar_second"]).strip(" :,،?؟")]

        def points_back(thing: str) -> bool:
            return normalize_for_match(thing) in _POINTING | _ONLY_A_FILLER

        by = found["by"] or part[found.end("ar") :].strip()
        asking = normalize_for_match(things[0])
        if _QUESTION_BESIDE.match(by) and (_OPENS_ASKING.search(asking) or _ASKS_HOW_MUCH.search(asking)) and things[1] \
                and not _OPENS_ASKING.search(normalize_for_match(things[1])):
            return things[0], things[1]
        # A thing stating its own figure ("Microsoft's $80bn AIP commitment") is a claim to check, not a thing to measure.
        if any(not thing or _OPENS_ASKING.search(normalize_for_match(thing)) or points_back(thing) and not previous
               or states_a_figure(thing) or bare_sums(thing) for thing in things):
            return None
        first, second = (previous if previous and points_back(thing) else thing for thing in things)
        return first, second
    return None


def compared_things(question: str, previous: str | None = None) -> tuple[str, str] | None:
    """The two things a "which is bigger: A or B?" question compares, each to be measured on its
    own; None for any other question. "it" stands for what the earlier question asked about
    («مين أكبر؟ هي ولا ستارغيت؟» after «كم تبي الشراكة تجمع؟»); with none, "this or that" is no pair."""
    than = _MORE_THAN.search(question)
    if than:
        first, second = than["en"] or than["ar"] or than["ar_either"], _TURN_PARTS.split(question[than.end() :].strip())[0]
        first = first.strip(" :,،?؟")
        if previous and _POINTED_SUM.match(normalize_for_match(first)):
            first = previous  # the sum the earlier question asked for
        return first, second.strip(" :,،?؟")
    side_by_side = _side_by_side(question, previous)
    if side_by_side:
        return side_by_side
    asked = _WHICH_MORE.search(question) or _WHO_MORE.search(question)
    if not asked:
        return None
    rest = question[asked.end() :].strip(" :,،?؟")
    if previous and _OF_THE_TWO.fullmatch(normalize_for_match(rest)):
        # «طيب وستارغيت؟ مين الأكبر فيهم؟» after a question on the partnership: the thing the turn
        # brings before asking, against what the earlier question asked about.
        brought = _TURN_PARTS.split(question[: asked.start()].strip())[0].strip(" :,،?؟")
        brought = re.sub(r"^(?:(?:طيب|طب|و|and|so|ok|what about|how about)\s*)+", "", brought, flags=re.IGNORECASE)
        return (previous, brought) if brought else None
    parts = _EITHER_OR.split(rest, maxsplit=1)
    things = [part.strip(" :,،?؟") for part in parts]
    things = [previous if previous and normalize_for_match(thing).casefold() in _POINTING else thing for thing in things]
    if len(things) != 2 or any(not thing or normalize_for_match(thing).casefold() in _POINTING for thing in things):
        return None
    return things[0], things[1]


def compared_years(question: str) -> list[int]:
    """The years a question compares ("… more than double between 2022 and 2026?"), in order;
    [] when it names fewer than two. Each gets its own figure. Only the question's own years
    count: "And by 2035?" after a question on 2030 asks about 2035 alone; and when the last part
    of the turn names a year, only its own: "…spend is ~80bn for FY2025 — what's the figure for
    fiscal 2026?" asks about 2026 alone."""
    years = _last_part_years(question)
    return sorted(years) if len(years) >= 2 else []


def claim_put_first(question: str) -> bool:
    """Whether a figure is put to be confirmed and then asked for with no year: "MSFT's ~$80bn AI DC
    capex is the 4-yr total through 2028, right? need the annualised figure"."""
    *before, last = _TURN_PARTS.split(question.strip())
    claim = " ".join(before)
    return (bool(before) and not _question_years(last) and asks_to_confirm(claim)
            and any(q.unit is not None for q in extract_quantities(normalize_for_match(claim))))


def _last_part_years(question: str) -> set[int]:
    """The years the turn's last part names when the parts before it state a figure, else all it
    names: a year told with a figure in the asker's context ("~80bn for FY2025 — what's the figure
    for fiscal 2026?") is not asked about; "what about 2030? and 2035?" asks about both."""
    *before, last = _TURN_PARTS.split(question.strip())
    told = bool(before) and any(q.unit or q.value >= 1000 and not q.may_be_year for q in extract_quantities(normalize_for_match(" ".join(before))))
    return told and _question_years(last) or _question_years(question)


# "… or not?", «… ولا بعدها عليه؟» ("or is it still on it?"): whether, not how much or when.
_ASKS_WHETHER = re.compile(r"\bor not\b|\bor (?:is|are|was|were|does|do|did|has|have) \w+ still\b"
                           r"|(?<![^\s])(?:ولا|والا|ام) (?:لا|لأ|لسه|لسا|بعد\w*|ما زال\w*|مازال\w*)(?![^\W\d_])")


def figure_kind(question: str, previous: str | None, answered: str = "") -> FigureKind | None:
    """The question's own kind, else that of the earlier question a follow-up leans on
    ("And including debt?", "And what about 2030?" after "How much will it raise?"), unless the
    follow-up asks for something else ("Who chairs it?"). A follow-up asking an amount of no
    named measure asks it of what the earlier turn is about, or of the figures its answer gave
    ("whats the low end of that range?" after an answer in TWh)."""
    own = expected_kind(question)
    key = normalize_for_match(question)
    if own or not previous or _ASKS_OTHER.search(key) or _ASKS_WHETHER.search(key):
        return own
    given = [q.unit for q in stated_figures(answered)]
    *before, last = [part for part in QUESTION_SENTENCE.findall(previous) if part.strip()] or [previous]
    # The turn leans on the latest question: "and what's its central case for 2026?" after "When
    # was the report published?" and "What did it put 2022 consumption at?" asks for TWh, not a date.
    last_kind = expected_kind(last) if before else None
    earlier = last_kind or expected_kind(previous)
    if before and given and last_kind is None:
        # "What about 2035?" after "When did the IEA put out its report? And what did it say data
        # centres used in 2024?", answered in TWh: the last question's kind is its answer's, not the date asked first.
        return given[0]
    if earlier not in _UNITS and _ASKS_AMOUNT.search(key):
        # «طب وإيه توقعاته لسنة ٢٠٣٥؟» after "When was the report published?" asks for a forecast, not a date.
        return measured_kind(f"{previous} {question}") or (given[0] if given else None)
    return earlier


def asked_years(text: str) -> list[int]:
    """Years a question asks about, in order (a year inside a title or quote does not count)."""
    return [int(year) for year in _YEAR.findall(_TITLED_YEAR.sub(" ", to_ascii_digits(text)))]  # «تقرير الكهرباء ٢٠٢٤» too


def _question_years(asked: str) -> set[int]:
    return set(asked_years(asked))


def _years_asked(question: str, previous: str | None) -> set[int]:
    """The years a question asks a figure for: its own, else those of the question it follows when
    that one asked for a figure ("And including debt?" after "How much in 2026?"). A year told of
    another event is none: "how much were they hoping to raise at first?" after "who joined the
    partnership in March 2025?" asks for no 2025 figure."""
    own = _last_part_years(question)
    if own or not previous or not expected_kind(previous) or _GROWTH_RATE.search(normalize_for_match(question)):
        return own  # «وبأي معدل سنوي ينمو؟» after a question on 2035: a rate is told for its span, not for 2035
    return _question_years(previous)


_GROWTH_RATE = re.compile(_RATE_ASKED)


def _all_candidates(kind: FigureKind, question: str, previous: str | None, sentences: Sequence[Sentence],
                    translations: Mapping[str, Sequence[str]] | None, years: set[int] | None = None,
                    own_figures: bool = False, heads: Mapping[str, str] | None = None) -> list[Figure]:
    """Every figure of ``kind`` in the sentences that is not the question's own (unless
    ``own_figures``), scored; ``years`` are the years asked about (default: those the question names)."""
    asked = f"{previous} {question}" if previous else question
    question_key = normalize_for_match(asked)
    named_years = _years_asked(question, previous)
    asking = _asked_after_context(kind, question)
    if asking is not None:
        # "…i told him it came out in 2023 but im wrong, when was it published": a year the asker's
        # own context names is a guess to check, not the year the date must fall in.
        named_years = _question_years(asking)
    question_years = _later_years_asked(question_key, named_years if years is None else years)
    question_values = set() if own_figures else {q.value for q in extract_quantities(question_key) if q.unit is not None}
    partial = kind == "date" and not _ASKS_FULL_DATE.search(question_key)
    if partial:
        # A year it or the turn before names is not the answer: "When was that report published?"
        # after "… its base case for 2026?" does not ask for 2026.
        question_values |= {float(year * 10000) for year in named_years | _question_years(asked)}
    wanted = {token: 0.25 for token in _words(previous or "")}
    # "In what year was it launched?", «وبأي يوم بالضبط؟»: "year" and «يوم» ask, they do not point
    # at "fiscal year 2025" or at a sentence with "day" in it.
    own_words = _ASKING_WHEN.sub(" ", normalize_for_match(question)) if kind == "date" else question
    wanted.update({token: 1.0 for token in _words(own_words)})
    launch = max((wanted.get(token, 0.0) for token in _LAUNCHED), default=0.0) if kind == "date" else 0.0
    if kind == "date" and re.search(_ANNOUNCED_FIRST, own_words):
        launch = 1.0  # "first announced" asks when it was launched
    if launch:  # "When was the AIP launched?" is answered by "It was unveiled on 17 September 2024"
        wanted.update({token: max(launch, wanted.get(token, 0.0)) for token in _LAUNCHED})
    subject = _subject(asked)
    shares_only = kind == "percent" and not _ASKS_RATE.search(question_key)
    event_told = _event_told(question, previous, translations) if kind == "date" else None
    if event_told is not None and not strict_event(question) and not any(event_told(s) for s in sentences):
        event_told = None  # no sentence tells of its publishing in words a reader lists: every date may answer
    found = [f for s in sentences
             for f in _candidates(kind, s, question_years, question_values, wanted, translations or {},
                                  bool(subject & set(bm25_tokens(s.title))), partial, shares_only, event_told, heads)]
    # A bare year or month is what a sentence without a full date offers; where another sentence of
    # the same article telling of the event asked about gives the day, that one answers ("published
    # on 24 January 2024", not "460 TWh in 2022" in the note's summary). Another article's day may
    # be another event's ("founded in 1958" is not beaten by another university's "15 March 1827").
    dated = {f.sentence.article_id for f in found if f.value % 100} if partial and event_told is not None else set()
    return [f for f in found if f.value % 100 or f.sentence.article_id not in dated]


# A year the figure must come after: "expects use to level off after 2030", «ماذا بعد عام ٢٠٣٠؟» ask for
# a later year's figure (2035's), not 2030's. On match-normalised text, digits in ASCII.
_AFTER_YEAR = re.compile(r"\b(?:after|beyond|past|post-?)\s+(?:the year\s+)?((?:19|20)\d\d)\b"
                         r"|(?<![^\s])(?:ما\s+)?بعد\s+(?:(?:ال)?(?:عام|سنه)\s+)?((?:19|20)\d\d)(?!\d)")
_LATER_REACH = 50  # years after the one named that a figure may be for


def _later_years_asked(question_key: str, years: set[int]) -> set[int]:
    """The years asked, each one a figure must come after replaced by the years after it."""
    after = {int(match[1] or match[2]) for match in _AFTER_YEAR.finditer(to_ascii_digits(question_key))}
    if not after & years:
        return years
    return (years - after) | {later for year in after & years for later in range(year + 1, year + _LATER_REACH + 1)}


def _asked_after_context(kind: FigureKind, question: str) -> str | None:
    """A date question's match key from its late "when" on, after the asker's own context ("…it came
    out in 2023, when was it published"), or None when it asks no date that way."""
    key = normalize_for_match(question)
    late = _LATE_WHEN.search(key) if kind == "date" else None
    return key[late.start() :] if late else None


def _subject(asked: str) -> set[str]:
    """The names the question asks about, as sound keys (so they match in either script)."""
    return {token for token in bm25_tokens(asked) if token.startswith("§")}


def years_stated_instead(kind: FigureKind, question: str, previous: str | None, sentences: Sequence[Sentence],
                         translations: Mapping[str, Sequence[str]] | None = None) -> list[int]:
    """The other years the sentences give figures of ``kind`` for, when the question names a year
    and no figure is for it ("What did Microsoft spend in fiscal 2024?" over sources that give
    fiscal 2025 only); [] otherwise. Such a question is refused: its figure is not stated. A figure
    the question states counts too: "… in fiscal 2024, the year before the $80bn budget?" names
    fiscal 2025's."""
    candidates = _all_candidates(kind, question, previous, sentences, translations, own_figures=True)
    if kind == "date" or any(f.year_match for f in candidates):
        return []
    return sorted({f.other_year for f in candidates if f.other_year is not None})


def _nearest_year(key: str, start: int, end: int) -> int | None:
    years = [(m.start(), int(m.group())) for m in _YEAR.finditer(key)]
    if not years:
        return None
    return min(years, key=lambda year: min(abs(year[0] - start), abs(year[0] - end)))[1]


def _within_period(key: str, years: set[int]) -> bool:
    """Whether one of the years falls in the period a sentence spans ("growing about 15% a year
    between 2024 and 2030" is the rate for 2030 as much as for 2024)."""
    written = [int(year) for year in _YEAR.findall(key)]
    return len(written) >= 2 and any(min(written) <= year <= max(written) for year in years)


def _year_of(key: str, start: int, end: int, before: str) -> int | None:
    """The year a figure is for: the nearest in its sentence, else the one the sentence before it
    names ("For 2026 the agency gives no single number. It gives a range from 620 TWh to 1,050
    TWh."). A sentence before naming several years says none: after "…exceed 1,000 TWh by 2026,
    roughly double the 2022 level…", "demand rises from about 460 TWh to just over 800 TWh" does not
    give 800 TWh for 2022."""
    nearest = _nearest_year(key, start, end)
    if nearest is None and before:
        years = set(_YEAR.findall(normalize_for_match(before)))
        nearest = int(years.pop()) if len(years) == 1 else None
    return nearest


def year_asked(question: str, sentences: Sequence[Sentence]) -> list[Figure]:
    """The year a question asks for: how far its source forecasts, or the year of a figure it states."""
    if _ASKS_HORIZON.search(normalize_for_match(question)):
        return last_year_given(sentences)
    return year_of_stated_figure(question, sentences)


def last_year_given(sentences: Sequence[Sentence]) -> list[Figure]:
    """The last year the best article gives a figure for, with the sentence giving it ("Up to which
    year does the report forecast?" → 2035 when its figures run 2024, 2030, 2035); the best article
    is that of the best-scoring sentence giving a figure for a year. [] when none does."""
    dated: list[tuple[int, Sentence]] = []
    for sentence in sentences:
        key = normalize_for_match(sentence.text)
        for quantity in extract_quantities(key):
            year = _year_of(key, quantity.start, quantity.end, sentence.before) if quantity.unit in _UNITS else None
            if year is not None:
                dated.append((year, sentence))
    if not dated:
        return []
    article = max(dated, key=lambda found: found[1].score)[1].article_id
    year, sentence = max(((year, s) for year, s in dated if s.article_id == article), key=lambda found: (found[0], found[1].score))
    return [Figure("year", float(year), None, sentence, sentence.score, True)]


def year_of_stated_figure(question: str, sentences: Sequence[Sentence]) -> list[Figure]:
    """The year a figure the question states is given for ("In which year could consumption
    approach 1,200 TWh?" → the year written nearest that figure in the best sentence stating
    it); [] when no sentence states the figure with a year."""
    stated = stated_figures(question)
    for sentence in sorted(sentences, key=lambda s: s.score, reverse=True):
        key = normalize_for_match(sentence.text)
        for quantity in extract_quantities(key):
            if any(_same_figure(quantity, q) for q in stated):
                year = _nearest_year(key, quantity.start, quantity.end)
                if year is not None:
                    return [Figure("year", float(year), None, sentence, sentence.score, True)]
    return []


def contradicted_figure(question: str, sentences: Sequence[Sentence], names: Sequence[Name] = ()) -> FigureKind | None:
    """The kind of a figure the question states that no sentence states (a false premise: "Why
    did the IEA cut its 2030 estimate to 500 TWh?"), or None. Its answer is the figure the
    sources do give for the same thing, never the question's own. When the question ``names``
    what the figure is of, only a sentence about one of them states it: Stargate's $500 billion is
    not the AIP's ("the BlackRock AIP is raising $500B!! is it true??"). A figure told for a year
    is stated only by a sentence naming that year, or none."""
    for quantity, year, given in _figures_given(question, sentences, names):
        # "…consumed 1000 TWh in 2024": the 1,000 TWh the sources give is 2026's
        if not any(year is None or _tells_year(sentence, year) for sentence in given):
            return quantity.unit  # type: ignore[return-value]  # one of _UNITS
    return None


def misdated_years(question: str, sentences: Sequence[Sentence], names: Sequence[Name] = ()) -> list[int]:
    """For a figure the question tells for a year that the sources give for other years only
    ("…1000 TWh ف ٢٠٢٤", "945 TWh in 2026"), that year and theirs, in order; [] when there is none.
    Each year's figure corrects it: 2024's 415 TWh, and 2026 as the 1,000 TWh's year."""
    years: set[int] = set()
    for quantity, year, given in _figures_given(question, sentences, names):
        if year is not None and given and not any(_tells_year(sentence, year) for sentence in given):
            years |= {year, *(told for sentence in given if (told := _year_given(sentence, quantity)) is not None)}
    return sorted(years)


def _year_given(sentence: Sentence, figure: Quantity) -> int | None:
    """The year a sentence gives a figure for ("… 945 TWh by 2030"; see ``_year_of``)."""
    key = normalize_for_match(sentence.text)
    return next((_year_of(key, q.start, q.end, sentence.before) for q in extract_quantities(key) if _same_figure(q, figure)), None)


_AFTER_NAME = re.compile(r"^(?:has|had|have|also|first|then|once|originally)\s+")  # "the IEA has said"
# A name telling a figure: "The IEA said…", «قالت الوكالة…». Not "put", which may be putting money in
# ("why did black rock put five hundred billion into…").
_SAYING = re.compile(r"(?:said|says|say|estimat|expect|project|forecast|predict|report|calculat|found|(?:[يت])?(?:قال|قول|ذكر|قدر|توقع|رجح))")


def _figures_given(question: str, sentences: Sequence[Sentence], names: Sequence[Name]
                   ) -> list[tuple[Quantity, int | None, list[Sentence]]]:
    """Each figure the question states, the year it tells it for, and the sentences stating it
    (about what the question ``names``, when it names something)."""
    stated = stated_figures(question) + ([] if measured_kind(question) == "TWh" else bare_sums(question))
    key = normalize_for_match(question)
    # "Put Microsoft's $80bn…" names Microsoft; "The IEA said … 415 TWh" names who reports it, and a
    # report's figures rarely repeat its name (the Arabic note gives 415 TWh as «التقرير»'s).
    heads = [Name.of(name.head) for name in names if not _SAYING.match(_AFTER_NAME.sub("", key.partition(f"{name.head} ")[2]))]
    about = [s for s in sentences if not heads or any(head.named_in(f"{s.title} {s.before} {s.text}") for head in heads)]
    return [(quantity, _year_told_with(key, quantity),
             [s for s in about if any(_same_figure(q, quantity) for q in extract_quantities(normalize_for_match(s.text)))])
            for quantity in stated]


# The year a stated figure is told for, written after it: "1000 TWh in 2024", «1000 TWh ف ٢٠٢٤», a few
# words on too: «1.5 بالمية من كهربا العالم سنة 2030», "$80bn AI DC capex is the 4-yr total through 2028".
_YEAR_AFTER = re.compile(r"\W*(?:[^\W\d]+\W+){0,6}?(?:(?:in|for|during|of|by|through|until|في|ف|عام|سنه|خلال|لعام|لسنه|بحلول|حتي)\s*)+((?:19|20)\d\d)(?!\d)")


def _year_told_with(key: str, quantity: Quantity) -> int | None:
    found = _YEAR_AFTER.match(to_ascii_digits(key), quantity.end)
    return int(found[1]) if found else None


def _tells_year(sentence: Sentence, year: int) -> bool:
    """Whether a figure of the sentence may be the year's: it names that year, or none."""
    years = asked_years(f"{sentence.before} {sentence.text}")
    return not years or year in years


# "the IEA's Energy and AI report": capitalised words before "report" name it.
_NAMED_REPORT = re.compile(r"\b(?P<name>[A-Z][\w-]*(?:\s+(?:and|of|&)?\s*[A-Z][\w-]*)*)\s+report\b")


def titles_named(question: str) -> list[str]:
    """The titles a question names: quoted («الكهرباء 2024»), a name with a year unquoted
    ("Electricity 2024", «تقرير الكهرباء ٢٠٢٤» → «الكهرباء 2024»), or a report's capitalised name
    ("Energy and AI report")."""
    written = to_ascii_digits(question)
    unquoted = [match["latin"] or match["title"] for match in _UNQUOTED_TITLE.finditer(written)]
    reports = [match["name"] for match in _NAMED_REPORT.finditer(written)]
    return list(dict.fromkeys(quoted_arabic_names(question) + unquoted + reports))


def names_title(title: str, text: str, translations: Mapping[str, Sequence[str]]) -> bool:
    """Whether the text names a quoted title of the question: its words in a row, each as written
    or as one of its nearest translations. «الكهرباء 2024» is named by "Electricity 2024 is the
    IEA's yearly analysis…", not by "…من الكهرباء خلال عام ٢٠٢٤" in a note on another report."""
    tokens = word_tokens(text)
    words = word_tokens(title)

    def stands_for(token: str, word: str) -> bool:
        return token == word or token in translations.get(word, ())[:_TITLE_TRANSLATIONS]

    return bool(words) and any(all(stands_for(tokens[start + i], word) for i, word in enumerate(words))
                               for start in range(len(tokens) - len(words) + 1))


_TITLE_TRANSLATIONS = 3  # a title word's nearest corpus words in the other script that may stand for it


def _stated_values(kind: FigureKind, text: str) -> list[float]:
    """The distinct values of the figures of ``kind`` a text states (a full date as yyyymmdd)."""
    if kind == "date":
        values = [float(d.year * 10000 + d.month * 100 + d.day) for d in extract_dates(text) if d.year is not None]
    else:
        values = [q.value for q in extract_quantities(normalize_for_match(text)) if q.unit == kind]
    return list(dict.fromkeys(values))


def _stated_ones(kind: FigureKind, question: str, previous: str | None, sentences: Sequence[Sentence],
                 translations: Mapping[str, Sequence[str]] | None, years: set[int] | None) -> list[Figure]:
    """When the question states two or more figures of ``kind`` ("How much is behind Stargate? I've
    seen both $100bn and $500bn quoted"), each one a source states, from its best sentence: the
    asker wants to know which source says which."""
    stated = sums_stated(question, kind)
    if len(stated) < 2:
        return []
    own = sorted((f for f in _all_candidates(kind, question, previous, sentences, translations, years, own_figures=True)
                  if f.sentence.primary), key=lambda f: f.score, reverse=True)
    best = [found for value in stated if (found := next((f for f in own if same_value(f.value, value)), None))]
    # One of them alone would read as the answer, unless they were offered as alternatives.
    return best if len(best) >= 2 or best and offered_kind(question) == kind else []


def _confirmed_one(kind: FigureKind, question: str, previous: str | None, sentences: Sequence[Sentence],
                   translations: Mapping[str, Sequence[str]] | None, years: set[int] | None) -> list[Figure]:
    """The one figure the question states and asks to have confirmed ("My notes say $30bn to start
    with. Is that right, or was the initial figure higher?"), from its best sentence about what the
    question names, for the stage it asks about; [] when no such sentence states it (the $100
    billion with debt is no first raise), and for any other question."""
    stated = sums_stated(question, kind)
    if len(stated) != 1 or not asks_to_confirm(question):
        return []
    stage = asked_stage(question) if kind == "USD" else None
    names = question_names(question)
    if years is None:
        years = _years_asked(question, previous)  # 945 TWh stated "for 2024" is the source's figure for 2030
    found = next((f for f in sorted(_all_candidates(kind, question, previous, sentences, translations, years, own_figures=True),
                                    key=lambda f: f.score, reverse=True)
                  if f.sentence.primary and same_value(f.value, stated[0]) and (stage is None or f.stage in (None, stage))
                  and (not years or f.year is None or f.year in years)  # 2026's 1,000 TWh is not 2022's
                  and all(name.named_in(f"{f.sentence.title} {f.sentence.before} {f.sentence.text}") for name in names)), None)
    return [found] if found else []


# "Is that right?", "That's the right title, isn't it?", "can you confirm", «صح؟», «هل صحيح أن…»: the
# asker wants something they state confirmed. An Arabic word of checking counts where it asks, at the
# head of a sentence, just before its question mark or "or not", or after "this": «أكتب المصدر صح بالخبر»
# ("correctly") asks nothing.
_CONFIRMING_WORD = r"(?:صح|صحيح|صحيحه|مظبوط|مضبوط|مزبوط|دقيق|دقيقه|سليم|اكيد)"
_ASKS_TO_CONFIRM = re.compile(
    r"\b(?:is|was|are|were) (?:that|this|it|they|these|those)(?: \w+)? (?:right|correct|accurate|true)\b"
    r"|\b(?:am i|are you) (?:right|correct|sure)\b|\b(?:right|correct|accurate|true)\s*\?"
    r"|\b(?:that['’]?s|that is|this is|it['’]?s) (?:the )?(?:right|correct|accurate)\b|\bconfirm\b|\bdouble[ -]check\b"
    # a newsroom's checks: "OK to run?", "Does that stand up?", "does it hold up?", "safe to publish?"
    r"|\b(?:ok|okay|safe|good|fine) to (?:run|publish|print|use|go)\b|\b(?:does|do|will|would) (?:that|this|it|the claim|they) (?:stand|hold) up\b"
    r"|\b(?:does|do) (?:that|this|it|the claim) check out\b"
    r"|\btrue or false\b|\bfact or (?:fiction|myth)\b"  # a quiz's claim
    rf"|(?:^|[.!?؟،,:]\s*|(?<![^\s])(?:و?هل|واش) ){_CONFIRMING_WORD}(?![^\W\d_])"
    rf"|(?<![^\s]){_CONFIRMING_WORD}(?: [^\s.!?؟]+)?\s*(?:[؟?]|$)|(?<![^\s]){_CONFIRMING_WORD} (?:ولا|او|ام)(?![^\W\d_])"
    rf"|(?<![^\s])(?:هذا|هذه|هاد|هادا|هيدا|ده|دا|هالكلام|الكلام)(?: \S+)? {_CONFIRMING_WORD}(?![^\W\d_])|{TAG_QUESTION}")


def asks_to_confirm(question: str) -> bool:
    """Whether the asker wants something they were told confirmed ("…, right?", «صح؟»)."""
    return bool(_ASKS_TO_CONFIRM.search(normalize_for_match(question)))


# A date written in figures, day first as Arabic and British writers do: «١٩/٣/٢٠٢٤», "19.3.2024".
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?![\d/.-])")


def dates_stated(text: str) -> list[DateMention]:
    """The dates a text states with their month at least ("19 March 2025", "September 2024",
    «١٩/٣/٢٠٢٤»), in order; a bare year is no date."""
    written = [DateMention(int(found[3]), int(found[2]), int(found[1]), found.start(), found.end())
               for found in _NUMERIC_DATE.finditer(to_ascii_digits(normalize_for_match(text))) if 1 <= int(found[2]) <= 12]
    dates = extract_dates(text) + [date for date in extract_partial_dates(text) if date.month]
    dates += [date for date in written if not any(other.start < date.end and date.start < other.end for other in dates)]
    return sorted(dates, key=lambda date: date.start)


def agrees(stated: DateMention, told: DateMention) -> bool:
    """Whether a stated date may be the told one: the same month, and year and day when both give one
    ("ends on 30 June" is the sources' 30 June 2025)."""
    return (stated.month == told.month and (stated.year is None or told.year is None or stated.year == told.year)
            and (not stated.day or not told.day or stated.day == told.day))


# "about 945 TWh or about 1,945 TWh?", «٣٠ مليار أم ٥٠؟»: figures offered to choose from.
_OR = re.compile(r"\b(?:or|vs|versus)\b|(?<![^\s])(?:او|ام|ولا)(?![^\W\d_])")


def offered_kind(question: str) -> FigureKind | None:
    """The kind of the figures a question offers as alternatives ("Which is right: $30 billion or
    $50 billion?"): it asks which one the sources give. None when it offers none."""
    if not _OR.search(normalize_for_match(question)):
        return None
    return next((kind for kind in _UNITS if len(sums_stated(question, kind)) >= 2), None)


def sums_stated(question: str, kind: FigureKind) -> list[float]:
    """The distinct values of the figures of ``kind`` the question states. A sum may be typed
    without its currency ("ive seen both 100bn and 500bn quoted"), and a second one without its
    scale too: «مصدر يقول ١٠٠ مليار ومصدر يقول ٥٠٠» is 100 and 500 billion."""
    key = normalize_for_match(question)
    quantities = extract_quantities(key)
    values = [q.value for q in quantities if q.unit == kind or kind == "USD" and q.unit is None and q.value >= _SCALED_SUM]
    if kind == "USD" and values:
        scale = 10.0 ** (3 * math.floor(math.log10(values[0]) / 3))
        values += [q.value * scale for q in quantities if q.unit is None and q.value < _SCALED_SUM and not q.may_be_year
                   and _SUM_TYPED_ON.match(key, q.end)]
    return list(dict.fromkeys(values))


# What may follow a sum typed without its scale: the clause's end or "or", not a thing counted ("4 years").
_SUM_TYPED_ON = re.compile(r"\s*(?:[?؟!.,،;)]|$|(?:or|and|to|او|ولا|و)\b)")


_SCALED_SUM = 1e6  # a bare number this large, typed in a question about money, is a sum ("100bn")


def scenarios_stated(kind: FigureKind, question: str, previous: str | None, sentences: Sequence[Sentence],
                     translations: Mapping[str, Sequence[str]] | None = None, years: set[int] | None = None) -> list[Figure]:
    """When the question states a figure of ``kind`` that an article gives as one scenario for the
    year asked, and the same article gives another ("Is it true consumption will pass 1,000 TWh in
    2026?": the IEA's high case, beside a base case of just over 800 TWh), that figure and the
    other scenario's, each from its best sentence; else []. Either alone would mislead. A question
    asking for one scenario gets both only when its figure is the other one's ("I read it could
    pass 1,000 TWh: is that its base case?")."""
    stated = [q.value for q in extract_quantities(normalize_for_match(question)) if q.unit == kind]
    if len(stated) != 1:
        return []
    candidates = sorted((f for f in _all_candidates(kind, question, previous, sentences, translations, years, own_figures=True)
                         if f.sentence.primary), key=lambda f: f.score, reverse=True)
    own = [f for f in candidates if f.year_match]
    named = next((f for f in own if f.case is not None and same_value(f.value, stated[0])), None)
    # The other scenario may be told in a sentence naming no year, after the one that does ("For 2026 … a
    # range … Inside that range, its base case … is just over 800 TWh").
    other = named and next((f for f in candidates if f.case not in (None, named.case) and f.sentence.article_id == named.sentence.article_id
                            and (f.year_match or not asked_years(f"{f.sentence.before} {f.sentence.text}"))), None)
    case = asked_case(question)
    if not named or not other or case is not None and case == named.case:
        return []  # "Is the high case 1,000 TWh?" asks for the scenario it names
    first = next(f for f in own if same_value(f.value, stated[0]))  # the best sentence stating it
    return [first, other]


# "And in millions?", "What's that in round numbers?", «وبالمليار كم؟», «وكم هذا بالتيراواط؟»: the
# figure just given, asked again in another scale or form, not a new figure of its kind.
_IN_ANOTHER_SCALE = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|now)\W+)?(?:(?:what(?:['’]s| is| would be)|how much is|how many is|can you (?:give|put|write) (?:me )?)"
    r"\s+(?:that|this|it|the figure|the number)\s+)?(?:in|as)\s+(?:a\s+)?(?:millions?|billions?|thousands?|trillions?|bn|mn"
    r"|twh|terawatt[- ]hours?|percent(?:age)?|round numbers|words|digits|figures|dollars|usd)\W*$"
    r"|^\W*[وف]?(?:(?:كم|قديش|قد ايش|كام)\s+(?:هذا|هاد|هذي|ذلك|ده|هو|يعني)?\s*)?(?:بال|ب)(?:مليون|ملايين|مليار|مليارات|الف|االف"
    r"|تريليون|تيراواط|دولار|نسبه|ارقام|كلمات)\S*(?:\s+(?:كم|قديش|كام|يعني|بالضبط|تقريبا))?\W*$"
)


def asks_in_another_scale(question: str) -> bool:
    """Whether a follow-up asks the figure just given in another scale ("And in millions?")."""
    return bool(_IN_ANOTHER_SCALE.search(normalize_for_match(question)))


def lists_figures(question: str) -> bool:
    """Whether the question asks for a list of figures ("List every figure…", «عدّد الأرقام…»)."""
    key = normalize_for_match(question)
    return bool(re.search(_LISTS_FIGURES, key) or _LIST_OF_FIGURES.search(key) or _ASKS_BOTH_DATES.search(key) or _SPAN_BETWEEN.search(key))


def asks_every_source(question: str) -> bool:
    """Whether the question wants every source's figure, not one: "It says up to 100 billion, but I
    saw a bigger number elsewhere", «لقيت أرقام مختلفة». A difference asked for needs both figures,
    an article's two as well ("the upfront amount and the max total")."""
    return bool(_ASKS_DIFFERENCES.search(normalize_for_match(question))) or asks_difference(question)


def find_figures(kind: FigureKind, question: str, previous: str | None, sentences: Sequence[Sentence],
                 min_score: float = 0.0, translations: Mapping[str, Sequence[str]] | None = None,
                 years: set[int] | None = None, answered: str = "", heads: Mapping[str, str] | None = None,
                 both_stages: bool = False, own_figures: bool = False) -> list[Figure]:
    """The figure of ``kind`` that answers the question, or several when articles disagree;
    [] when no sentence states one. With ``both_stages`` (a false sum to correct, no stage asked:
    «هل صحيح أن الصندوق سيجمع 300 مليار؟»), the best sum's sentence gives its other stage too ("30
    billion dollars initially, and up to 100 billion once debt is included").

    ``answered`` is the answer given to the earlier question: a follow-up asks for something new,
    so the one figure of ``kind`` that answer gave is not this one's ("And when did the partnership
    itself launch?" after "Announced on 19 March 2025").

    ``own_figures``: a figure the question states may answer (for the year the sources give it,
    when the question told it for another: see :func:`misdated_years`).

    ``previous`` is the earlier question a follow-up leans on: its words count a quarter (they
    place the topic; the follow-up's own words pick the figure).
    ``translations`` maps a question word's token to its other-script corpus tokens (see
    ``bot.index.Lexicon.word_translations``), so words beside a figure count across languages. Sources
    disagree when another article states a different value of the same kind for the year the
    question names (in a sentence scoring at least ``min_score``), or, when it names no year, in
    a sentence about as relevant as the best. ``years`` narrows the question's years to some
    (see :func:`compared_years`); an empty set ties no figure to a year.
    """
    asked = f"{previous} {question}" if previous else question
    asks_all = asks_every_source(question)
    # Two figures the question states are each given with its source, also when it asks what each one
    # refers to ("…$100 billion, another says $500 billion. Could you explain what each figure refers
    # to?"); a question setting two years against each other wants every figure of both years.
    sets_years_apart = asks_all and len(_years_asked(question, previous)) > 1
    stated = [] if sets_years_apart else _stated_ones(kind, question, previous, sentences, translations, years)
    # A high case put to the sources with "or is the figure lower?" («ولا الرقم أقل؟») gets the base case beside it.
    confirmed = (stated or scenarios_stated(kind, question, previous, sentences, translations, years)
                 or ([] if asks_all else _confirmed_one(kind, question, previous, sentences, translations, years)))
    if confirmed:
        return confirmed
    # A figure must be tied to the question: for the year it names (when it names one; a
    # sentence with no year does not say which year its figure is for), else by one of its
    # words written beside it.
    candidates = _all_candidates(kind, question, previous, sentences, translations, years, own_figures=own_figures, heads=heads)
    if kind == "date" and (left_out := _excluded_months(question)):
        candidates = [f for f in candidates if not in_months(f.value, left_out)]
    given = _stated_values(kind, answered)
    if len(given) == 1 or excluded_parts(question):  # "Apart from those two years…": none of the figures given
        candidates = [f for f in candidates if not any(same_value(f.value, value) for value in given)]
    figures = _tied(kind, question, previous, candidates, years)
    if _ASKS_RANGE.search(normalize_for_match(question)) and not lists_figures(question) and any(f.upper is not None for f in figures):
        figures = [f for f in figures if f.upper is not None]
    # "Are you sure its fiscal year ends in December? When does it actually end?": the month doubted is no answer's.
    asking = _asked_after_context(kind, question)
    # "…broke in June 2025, right?": the month put to be confirmed is the claim checked, no refinement.
    months = set() if asking is None and asks_to_confirm(question) else {
        month_number(name) for name in MONTH_NAME.findall(normalize_for_match(asked) if asking is None else asking)}
    refined = months_refined(kind, question, answered, previous)
    # A day of the month the last turn gave is tied to the question through that turn.
    figures += [f for f in candidates if f not in figures and in_months(f.value, refined)]
    months |= {month for _, month in refined}
    if kind == "date" and len(months) == 1 and any(int(f.value) // 100 % 100 in months for f in figures):
        # "Who launched it in September? And on which day?": a day in September, not 30 June.
        figures = [f for f in figures if int(f.value) // 100 % 100 in months]
    if kind == "USD":
        # "How big is the AI infrastructure fund?": Stargate's "up to $100 billion" and "Microsoft has
        # pledged to spend $80 billion" are others' sums; the partnership's "$30 billion" names no one.
        others = {sentence.number: _of_others(sentence, asked) for sentence in {f.sentence for f in figures}}
        own = [f for f in figures if not others[f.sentence.number]]
        if any(f.sentence.primary for f in own):
            figures = own
    case = asked_case(question)
    if case and any(f.case == case for f in figures) and not (asks_all and len({f.sentence.article_id for f in figures}) > 1):
        # "the central forecast" is not the high case; "the base case? and the article?" asks for both sources
        figures = [f for f in figures if f.case == case]
    stage = asked_stage(question) if kind == "USD" else None
    if stage:
        # "how much … in total, debt included?" is not the headline's "an initial $30 billion"; a sum
        # whose clause names no stage may still be the one asked ("Stargate's first tranche": "100 billion at once").
        figures = [replace(f, score=f.score - _OTHER_STAGE_PENALTY) if f.stage not in (None, stage) else f for f in figures]
    if not figures or _other_cases_only(case, figures):
        return []
    if lists_figures(question):
        # "List the electricity figures in the report": every value of its kind that the articles of
        # the figures tied to the question give, best first; those beside none of its words too.
        # Of the years it names only: "every figure … for 2026" is no 2022 figure.
        articles = {f.sentence.article_id for f in figures}
        named_years = bool(_years_asked(question, previous)) if years is None else bool(years)
        listed: list[Figure] = []
        for figure in sorted((f for f in candidates if f.sentence.primary and f.sentence.article_id in articles
                              and (f.year_match or not named_years)), key=lambda f: f.score, reverse=True):
            if not any(same_value(figure.value, other.value) for other in listed):
                listed.append(figure)
        # "What are the figures for Stargate?": not the partnership's $30 billion beside them, when its own are listed.
        names = question_names(question) if kind != "date" else []  # "Give me both dates" asks of two events
        about = [f for f in listed if any(name.named_in(f"{f.sentence.before} {f.sentence.text}") or about_only(f.sentence.title, name.named_in)
                                          for name in names)]
        listed = (about or listed)[:_MOST_LISTED]
        return sorted(listed, key=lambda f: f.value) if kind == "date" else listed  # dates in the order they fell
    figures.sort(key=lambda f: f.score, reverse=True)
    best = next((f for f in figures if f.sentence.primary), None)
    if best is None:
        return []  # only passages outside the best few state one: in a large corpus, often another story's
    figures.remove(best)
    figures.insert(0, best)
    chosen = [best]
    subject = _subject(asked)
    # "I keep seeing different numbers": the asker knows sources differ, so each article's figure is given.
    best_article_values = [f.value for f in figures if f.sentence.article_id == best.sentence.article_id]
    for figure in figures[1:] if kind != "date" else ():  # two dates are two events, not a disagreement
        if any(same_value(figure.value, c.value) for c in chosen):
            continue
        # (the other stage told beside the same sum: a headline with the $30bn alone leaves the $100bn to the body's sentence)
        if (both_stages and stage is None and figure.stage is not None and best.stage is not None and figure.stage != best.stage
                and any(other.sentence is figure.sentence and same_value(other.value, best.value) for other in (best, *figures))):
            chosen.append(figure)
            continue
        if not asks_all and any(figure.sentence.article_id == c.sentence.article_id for c in chosen):
            continue  # one article's other figures are other quantities (the total beside the first tranche)
        if len(chosen) == _MOST_FIGURES:
            break
        if asks_all:
            # Each article's own figure, when it is about what the question names, or given in its
            # own sentence for the year asked: names' sound keys do not meet across scripts when the
            # question has none («أرى أرقامًا متضاربة» for 2026: the English note's "just over 800 TWh in 2026").
            about = set(bm25_tokens(f"{figure.sentence.title} {figure.sentence.text}"))
            disagrees = figure.sentence.primary and figure.year_match == best.year_match and (
                not subject or bool(subject & about) or best.year_match and bool(asked_years(figure.sentence.text)))
        elif best.year_match:
            # Another article's figure for the same year (a base case beside a high case). A report
            # that names the best figure's value as one scenario is heard whatever its sentence
            # scores: "more than 1,000 TWh in 2026" is the IEA's high case, and its base case is
            # "just over 800 TWh" (the note in English scored low for a question in Arabic).
            disagrees = figure.year_match and (figure.sentence.score >= min_score or _other_scenario(figure, best, figures))
        else:
            # Without a year: about as relevant as the best, in an article whose title names what
            # the question names (sound keys match names across scripts), and a value the best figure's own article does not also state (there it
            # would be another quantity).
            disagrees = (
                figure.score >= best.score - _DISAGREEMENT_MARGIN
                and bool(subject & set(bm25_tokens(figure.sentence.title)))
                and not any(same_value(figure.value, value) for value in best_article_values)
            ) or _ceilings_differ(figure, best, subject)
        if disagrees:
            chosen.append(figure)
    return chosen + _stated_elsewhere(kind, question, previous, sentences, translations, years, chosen, subject)


def _stated_elsewhere(kind: FigureKind, question: str, previous: str | None, sentences: Sequence[Sentence],
                      translations: Mapping[str, Sequence[str]] | None, years: set[int] | None, chosen: list[Figure],
                      subject: set[str]) -> list[Figure]:
    """The one figure the question states, from its best sentence in another article about the same
    name as the answer's: "Stargate is how much big? Article say 100 billion, it is all the money or
    there is more?" is answered by the note's $500 billion beside the article's $100 billion."""
    # Not one left out ("Other than the article's $100bn…"), nor one taken for granted («بما أن الشراكة جمعت 100 مليار…»): that one is corrected.
    stated = sums_stated(without_excluded(question), kind) if kind != "date" and not any(
        rests_on_a_premise(question[span.start : span.end]) for span in split_sentences(question)) else []
    if len(stated) != 1 or any(same_value(c.value, stated[0]) for c in chosen):
        return []
    best = chosen[0].sentence
    shared = subject & set(bm25_tokens(f"{best.title} {best.text}"))
    own = sorted((f for f in _all_candidates(kind, question, previous, sentences, translations, years, own_figures=True)
                  if f.sentence.primary and same_value(f.value, stated[0]) and f.sentence.article_id != best.article_id
                  and shared & set(bm25_tokens(f"{f.sentence.title} {f.sentence.text}"))
                  # another stage ("30 billion initially" beside "100 billion once debt is included") or
                  # another year ("exceeded 1,000 TWh in 2022?": the 1,000 TWh is 2026's) is another quantity
                  and not (f.stage and chosen[0].stage and f.stage != chosen[0].stage)
                  and (f.year_match or not chosen[0].year_match)), key=lambda f: f.score, reverse=True)
    return own[:1]


# Who tells a sum is not who spends it: "… according to a report by the Emirates News Agency (WAM)".
# The teller's phrase runs to the clause's end: "According to the post, Microsoft was on track to spend…".
_CREDITING = r"according to|as reported by|citing"
_CREDITING_ARABIC = r"وفق|وفقا|بحسب|حسب|نقلا عن"
_ATTRIBUTION = re.compile(rf"\b(?:{_CREDITING})\b[^,;:،؛]*|(?<![^\s])(?:{_CREDITING_ARABIC})(?![^\W\d_])[^,;:،؛]*", re.IGNORECASE)


# "Whose reporting does the article credit for that?", "who reported the money figures?", «بحسب مين؟»,
# «أي وكالة نقلت الأرقام؟»: who the sources name as telling what they report.
# "need it for the credit line" asks nothing; "to attribute the quote properly" asks who spoke, not who reported.
_NO_CREDIT_ASKED = r"(?! lines?\b)(?! (?:the|a|this|that|his|her|their) quotes?\b)"
_ASKS_ATTRIBUTION = re.compile(
    r"\bwho (?:reported|first reported|broke)\b|\bwhose (?:report|reporting|story|scoop)\b|\baccording to (?:whom|who|which)\b"
    # asked in the passive: "The fundraising target … was reported by which news agency?"
    r"|\b(?:reported|published|carried|broken|released|put out) (?:first )?by (?:whom|who|which|what)\b"
    rf"|\b(?:credit|credits|credited|attribute|attributes|attributed|cite|cites|cited)\b{_NO_CREDIT_ASKED}.*\b(?:whom|who|whose|which)\b"
    rf"|\b(?:whom|who|whose|which)\b.*\b(?:credit|credits|credited|attribute|attributes|attributed|cite|cites|cited)\b{_NO_CREDIT_ASKED}"
    # «حسب تقرير مين؟», «وفق أي وكالة…؟»; not «حسب المقال، مين اللي أيّد…؟» (according to the article, who endorsed…?)
    r"|(?<![^\s])(?:بحسب|حسب|وفق|وفقا ل|نقلا عن) (?:[^\s،,]+ )?(?:مين|من|منو|ايش|شو|اي|ايه|انهي)(?![^\W\d_])"
    rf"|(?<![^\s])(?:من|{question_words('ar', ('who',))}) (?:اللي |الذي |لي )?(?:نقل|نقلت|ذكر|ذكرت|نشر|نشرت|اورد|اوردت)(?![^\W\d_])"
    # "Who published the report the $30bn figure came from?": whose report a figure the question states is
    r"|\bwho (?:published|released|put out|issued|wrote)\b.*\breport\b.*\b(?:figures?|numbers?|came from|comes? from)\b"
    # "which news agency reported it?", "where does that number even come from?"
    r"|\b(?:which|what) (?:news |media )?(?:agency|agencies|outlet|outlets|newspaper|paper|publication|wire|wire service|website)\b"
    r".*\b(?:reported|reports|report|published|ran|broke|carried)\b"
    r"|\bwhere (?:does|did|do) (?:that|this|the|these|those) (?:\S+ )?(?:number|figure|stat|claim)s? (?:\S+ ){0,2}?come from\b"
    # "What is the source of the $30bn initial target?", «ما مصدر رقم الـ٣٠ مليار…؟»
    r"|\b(?:what|which|who) (?:is|was) the source (?:of|for) (?:the|that|this) (?:\S+ ){0,5}?(?:figure|number|estimate|target|sum|amount|stat)s?\b"
    # in shorthand: "Source for those figures?"
    r"|^\W*(?:(?:and|so|ok)\W+)?(?:the )?sources? (?:of|for) (?:the|that|this|these|those) (?:\S+ ){0,5}?(?:figure|number|estimate|target|sum|amount|stat)s?\W*$"
    r"|(?<![^\s])(?:ما|شو|ايش|وش|شنو|اش) (?:هو |هي )?مصدر (?:ال)?(?:رقم|ارقام|تقدير|تقديرات|مبلغ)(?![^\W\d_])"
    r"|(?<![^\s])(?:اي|ايه|انهي) (?:صحيفه|جريده|وكاله|موقع)(?![^\W\d_])(?=.*(?:نقل|نشر|ذكر|اورد|ورد))"
    r"|(?:نقل|نشر|ذكر|اورد)\S*\s+(?:عن\s+)?(?:اي|ايه|انهي) (?:صحيفه|جريده|وكاله|موقع)(?![^\W\d_])"  # «نقلوها عن اي جريده؟»
    r"|(?<![^\s])(?:ينقل|تنقل|نقل|نقلت|ينسب|تنسب|نسب|نسبت)(?![^\W\d_]).*(?<![^\s])عن (?:اي|ايه|انهي|مين|منو)(?![^\W\d_])"  # «ينقل الرقم عن أي جهة؟»
)
# The teller a sentence credits, by name: "… according to the Financial Times.", «… بحسب “فايننشال تايمز”.»
_TELLER = re.compile(rf"\b(?:{_CREDITING}|reported by)\s+(?:a report (?:by|from|in)\s+)?(?P<latin>[^,;:.!?]+)"
                     rf"|(?<![^\s])(?:وفقا ل|{_CREDITING_ARABIC})\s*(?:تقرير\s*(?:ل|من\s*|صادر عن\s*)?)?(?P<arabic>[^,;:.!?،؛]+)", re.IGNORECASE)
_NAMED_TELLER = re.compile(r"(?!ما\s).*(?:[“”«»\"A-Za-z(]|\S\s+\S)")


def asks_whose_figures(question: str) -> bool:
    """Whether the question states figures and asks whose report they come from («الأرقام ديال 30
    مليار…، شكون اللي نشر التقرير اللي خرجو منو؟»): the teller a sentence credits, not an article's publisher."""
    return bool(stated_figures(question) or bare_sums(question)) and bool(_ASKS_ATTRIBUTION.search(normalize_for_match(question)))


# How far apart two events are: "how long before Nvidia and xAI joined did that happen?", "how many
# months passed between…", «بعد قديش انضمت…؟», «كم المدة بين…». On match-normalised text.
_ASKS_SPAN = re.compile(
    r"\bhow (?:long|much time|many (?:days|weeks|months|years))\b(?=.*\b(?:before|after|between|later|earlier|passed|elapsed|apart)\b)"
    r"|\b(?:gap|time|interval|span) between\b"
    r"|(?<![^\s])(?:بعد|قبل) (?:قديش|كم|قداش|شقد|كام)(?![^\W\d_])"
    r"|(?<![^\s])(?:قديش|كم|كام|شقد|قداش)\s+(?:\S+\s+){0,2}?(?:بعد|قبل)(?:ها|ه|هم)(?![^\W\d_])"  # «قديش إجا بعدها؟»
    r"|(?<![^\s])(?:قديش|كم|كام|شقد|قداش) (?:من )?(?:ال)?(?:وقت|مده|فتره|شهر|شهور|اشهر|يوم|ايام|سنه|سنين|اسبوع|اسابيع)(?![^\W\d_])"
    r"(?=.*(?<![^\s])(?:بين|بعد|قبل|مر|مرت|مضي|مضت|فات|فاتت)(?![^\W\d_]))"
    r"|(?<![^\s])(?:ال)?(?:مده|فتره|فرق) (?:الزمنيه )?بين(?![^\W\d_])")
# A sentence telling how far apart two events are: "two months after SoftBank and OpenAI launched
# Stargate", «قبل نحو شهرين من انضمام…».
_TELLS_SPAN = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)\b"
    r"|(?<![^\s])(?:قبل|بعد)\s+(?:نحو |حوالي |قرابه |اقل من |اكثر من )?(?:\d+ )?(?:شهرين|شهر|اشهر|شهور|اسابيع|اسبوعين|ايام|يومين|سنتين|سنوات|عامين|اعوام)(?![^\W\d_])")


# The two events of "between A and B" («بين A وB»), the first "and" parting them: "between the
# partnership first being unveiled and xAI and Nvidia joining it".
_BETWEEN_EVENTS = re.compile(r"\bbetween\s+(?P<first>.+?)\s+and\s+(?P<second>.+?)\s*(?:[?.!]|$)"
                             r"|(?<![^\s])بين\s+(?P<first_ar>.+?)\s+و(?P<second_ar>\S.*?)\s*(?:[؟?.!]|$)", re.IGNORECASE)


def span_events(question: str) -> tuple[str, str] | None:
    """The two events a question asks the span between, as typed, each to be dated on its own; None
    when it names them otherwise ("Give me both dates and the gap")."""
    if not asks_span_between(question):
        return None
    found = _BETWEEN_EVENTS.search(question)
    return (found["first"] or found["first_ar"], found["second"] or found["second_ar"]) if found else None


def asks_span_between(question: str) -> bool:
    """Whether the question asks how long passed between two events it names (see ``_SPAN_BETWEEN``)."""
    return bool(_SPAN_BETWEEN.search(normalize_for_match(question)))


def asks_a_span(question: str) -> bool:
    """Whether the question asks how long before, after or between events."""
    return bool(_ASKS_SPAN.search(normalize_for_match(question)))


def tells_a_span(text: str) -> bool:
    """Whether the text tells how far apart two events are ("two months after…")."""
    return bool(_TELLS_SPAN.search(normalize_for_match(text)))


def sum_named(question: str) -> bool:
    """Whether the question names a sum by what it is, not by its figure ("the fundraising target",
    «الهدف التمويلي», "the budget")."""
    return bool(_AMOUNT_NOUN.search(normalize_for_match(question)))


def asks_attribution(question: str) -> bool:
    """Whether the question asks whose report something is ("which news agency reported it?"); not
    when it asks each figure's source ("one source says $100bn and another $500bn, who says what?")."""
    key = normalize_for_match(question)
    return bool(_ASKS_ATTRIBUTION.search(key)) and not _WHO_SAYS_WHAT.search(key)


def credited_teller(question: str, sentences: Sequence[str]) -> tuple[int, str] | None:
    """When the question asks whose report something is, the best of the evidence sentences that
    credits someone (its index) and whom it credits; None otherwise. The small model credited
    "Nvidia" for a sentence ending "according to the Financial Times"."""
    if not asks_attribution(question):
        return None
    for number, sentence in enumerate(sentences):
        found = _TELLER.search(sentence)
        # A name: capitalised, or in Arabic quoted, glossed or of several words («وكالة الأنباء
        # الإماراتية»); "according to the post", «بحسب التدوينة» and «بحسب ما أعلنت» credit no one named.
        if found and (re.search(r"[A-Z]", found["latin"]) if found["latin"] else _NAMED_TELLER.match(found["arabic"])):
            return number, (found["latin"] or found["arabic"]).strip(" \"'“”«»")
    return None


_COMPOUND_ADJECTIVE = re.compile(r"[A-Z][\w]*-[a-z][\w-]*")  # "AI-enabled", "GPU-based": no one's name


# A venture named by its backers: "the BlackRock and Microsoft partnership", "that blackrock-microsoft
# AI fund". The question is about the venture, not about what either backer spends on its own.
_NAMED_BY_BACKERS = re.compile(
    r"\b\w+(?:\s*(?:-|–|/|\+|&|,|\band\b)\s*(?!(?:the|a|an)\b)\w+)+(?:['’]s)?(?P<venture>(?:\s+(?:ai|a\.i\.|infrastructure|investment|joint))*"
    rf"\s+(?:{VENTURE_NOUNS})\b)"
    # «الـ fund تبع BlackRock و Microsoft», «صندوق بلاك روك ومايكروسوفت»
    rf"|(?P<venture_ar>\b(?:{VENTURE_NOUNS})|(?<![^\s])(?:ال)?(?:صندوق|شراك[ةه]))\s+(?:(?:تبع|تبعت|حق|بتاع|تاع|ديال)\s+)?"
    r"[«\"“]?[\w.-]+(?:\s[\w.-]+)?[»\"”]?\s+و\s*[«\"“]?[\w.-]+", re.IGNORECASE)


def _of_others(sentence: Sentence, question: str) -> bool:
    """Whether a sentence names someone, and none of them is what the question names: a sum it
    states is theirs. A sentence naming no one is about its article's subject when the title names
    one only ("المشروع" in the note on «ستارغيت»). A name counts as asked about when the question
    names it whole, in either script, or by its last word ("the partnership" for the AI
    Infrastructure Partnership)."""
    told = _ATTRIBUTION.sub(" ", sentence.text)
    written = [name for name in latin_names(told) if not _COMPOUND_ADJECTIVE.fullmatch(name)]
    written += quoted_arabic_names(told) + list(sentence.opening_name)
    if not written:
        titled = list(dict.fromkeys(latin_names(sentence.title) + quoted_arabic_names(sentence.title)))
        written = titled if len(titled) == 1 else []
    names = [Name.of(without_possessive(name)) for name in written]
    question = _NAMED_BY_BACKERS.sub(lambda found: found["venture"] or found["venture_ar"], question)
    asked = set(bm25_tokens(question))
    return bool(names) and not any(name.named_in(question) or len(name.words) > 1 and name.head in asked for name in names)


_ASKS_EXACTLY = re.compile(rf"{_ASKS_DAY}|{_EXACTLY}")


def months_refined(kind: FigureKind | None, question: str, answered: str, previous: str | None = None) -> set[tuple[int | None, int]]:
    """The (year, month) of each month the last turn gave without its day, when this turn asks for
    the exact date: «وبأي تاريخ بالضبط انعلن عنه؟» after "launched in September 2024" asks for a
    day in September 2024; «وبأي يوم بالضبط؟» after «مين أطلق الصندوق في سبتمبر؟» for a day in
    September (year None: any)."""
    if kind != "date" or not _ASKS_EXACTLY.search(normalize_for_match(question)):
        return set()
    months: set[tuple[int | None, int]] = {(d.year, d.month) for d in extract_partial_dates(answered) if d.month}
    # "in September of last year (2024)": a month named with no day, its year written apart.
    dated = {d.month for d in extract_dates(answered)} | {month for _, month in months}
    months |= {(None, month) for name in MONTH_NAME.findall(normalize_for_match(answered)) if (month := month_number(name)) not in dated}
    return months | {(None, month_number(name)) for name in MONTH_NAME.findall(normalize_for_match(previous or ""))}


_ANY_YEAR = re.compile(r"(?<![\d.,])\d{3,4}(?![\d.,]\d)")
_LAST_YEAR = re.compile(r"\blast year\b|\bthe (?:previous|prior) year\b|(?:ال)?(?:عام|سنه) (?:ال)?(?:ماضي|فائت|منصرم|سابق)")
_LAST = re.compile(r"\blast\s*$|^\s*(?:ال)?(?:ماضي|فائت|منصرم)")  # "last January", «يناير الماضي»
_WEEKDAYS = re.compile(r"\b(?P<en>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
                       # with its article: a bare «أحد» is "one", «خميس» a name
                       r"|(?<![^\s])[وفب]?(?:يوم\s+)?(?P<ar>ال(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد))(?![^\W\d_])")
_ARABIC_WEEKDAYS = {"اثنين": 0, "ثلاثاء": 1, "اربعاء": 2, "خميس": 3, "جمعه": 4, "سبت": 5, "احد": 6}
_ENGLISH_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}


def is_weekday(word: str) -> bool:
    """Whether a word names a day of the week ("Friday"): a time, not a name the sources must know."""
    return word.casefold() in _ENGLISH_WEEKDAYS


def months_told(text: str, published: str | None) -> set[tuple[int | None, int]]:
    """The months a news sentence tells an event in without writing its date, as (year, month):
    "in September of last year" and "last January" counted back from the day its article was
    published, "on Wednesday" too (the Wednesday before); a year unknown is None. A date in one of
    them that another article gives may complete it. A sentence naming a year dates its months
    itself ("in May 2013 …, in December of the same year"; "2 April 742")."""
    key = normalize_for_match(text)
    if _ANY_YEAR.search(to_ascii_digits(key)):
        return set()
    try:
        day = datetime.date.fromisoformat(published or "")
    except ValueError:
        day = None
    told: set[tuple[int | None, int]] = set()
    for named in MONTH_NAME.finditer(key):
        month = month_number(named.group())
        if month is None:
            continue
        year = None
        if day is not None and _LAST_YEAR.search(key):
            year = day.year - 1
        elif day is not None and (_LAST.search(key[: named.start()]) or _LAST.search(key[named.end() :])):
            year = day.year if month < day.month else day.year - 1
        told.add((year, month))
    weekday = _WEEKDAYS.search(key)
    if not told and weekday and day is not None:
        name = weekday["en"] or weekday["ar"].removeprefix("ال")
        wanted = _ENGLISH_WEEKDAYS.get(name, _ARABIC_WEEKDAYS.get(name))
        if wanted is not None:
            before = day - datetime.timedelta(days=(day.weekday() - wanted) % 7)
            told.add((before.year, before.month))
    return told


def _excluded_months(question: str) -> set[tuple[int | None, int]]:
    """The months the asker leaves out ("Other than the March 2025 announcement, on what date…?"),
    as (year, month); a year unnamed is None."""
    left_out: set[tuple[int | None, int]] = set()
    for part in excluded_parts(question):
        key = to_ascii_digits(normalize_for_match(part))
        years = [int(year) for year in _YEAR.findall(key)] or [None]
        left_out |= {(year, month) for name in MONTH_NAME.findall(key) if (month := month_number(name)) for year in years}
    return left_out


def in_months(value: float, months: set[tuple[int | None, int]]) -> bool:
    """Whether a date (yyyymmdd) falls in one of the months, a year of None being any year."""
    year, month = int(value) // 10000, int(value) // 100 % 100
    return (year, month) in months or (None, month) in months


def _ceilings_differ(figure: Figure, best: Figure, subject: set[str]) -> bool:
    """Whether two articles give different ceilings for what the question names: "plans to spend up
    to 100 billion dollars" on Stargate (the article) and «500 مليار دولار كحد أقصى» (the note on
    Stargate), however differently their sentences score for the question."""
    return (figure.hedge == best.hedge == "up to" and figure.sentence.primary and not same_value(figure.value, best.value)
            and all(subject & set(bm25_tokens(f"{f.sentence.title} {f.sentence.text}")) for f in (figure, best)))


def _tied(kind: FigureKind, question: str, previous: str | None, candidates: list[Figure], years: set[int] | None) -> list[Figure]:
    """The candidates tied to the question: for the year it names (when it names one; a sentence
    with no year does not say which year its figure is for), else by one of its words written beside it."""
    # A date carries its own year; an empty ``years`` asks for no year ("more than half of the total").
    names_year = kind != "date" and bool(years if years is not None else _years_asked(question, previous))
    return [f for f in candidates if f.year_match or (not names_year and f.nearness > 0)]


def _other_cases_only(case: Case | None, figures: Sequence[Figure]) -> bool:
    """Whether the question asks for a scenario and every figure found is told as another one:
    "What does the high case say for 2030?" over "about 945 TWh by 2030 in the base case"."""
    return case is not None and bool(figures) and all(f.case not in (None, case) for f in figures)


def cases_stated_instead(kind: FigureKind, question: str, previous: str | None, sentences: Sequence[Sentence],
                         translations: Mapping[str, Sequence[str]] | None = None) -> bool:
    """Whether the sources give the figure asked for only under another scenario than the one the
    question asks for. Such a question is refused: its scenario's figure is not stated."""
    tied = [f for f in _tied(kind, question, previous, _all_candidates(kind, question, previous, sentences, translations), None)
            if f.sentence.primary]
    return _other_cases_only(asked_case(question), tied)


def _other_scenario(figure: Figure, best: Figure, figures: Sequence[Figure]) -> bool:
    """Whether the figure is one scenario (a base case) of an article that calls the best figure's
    value another (the high case), both for the year asked about."""
    return figure.case is not None and figure.sentence.primary and any(
        other.case not in (None, figure.case) and other.year_match and other.sentence.article_id == figure.sentence.article_id
        and same_value(other.value, best.value) for other in figures)


_KIND_NAMES: dict[str, str] = {"USD": "an amount of money", "TWh": "an amount of electricity",
                                "percent": "a percentage", "date": "a date", "year": "a year"}


def kind_mismatch(kind: FigureKind | None, answer: str) -> str | None:
    """Why an answer to a figure question is off-type, or None: it states no figure of the asked
    kind but one of another ("How much of it goes to the US?" → "on 19 March 2025"). An answer
    with no figure at all ("more than half") is not off-type, and a year is a plain number."""
    if kind is None or kind == "year":
        return None
    found = {q.unit for q in extract_quantities(answer) if q.unit} | ({"date"} if extract_dates(answer) else set())
    if not found or kind in found:
        return None
    other = sorted(found)[0]
    return f"the question asks for {_KIND_NAMES[kind]} but the answer gives {_KIND_NAMES[other]}"


# A question that asks for a number of any kind: how many, how long, which year, a count.
_ASKS_A_NUMBER = re.compile(r"\bhow (?:many|much|big|large|long|old|far|high)\b|\bnumber of\b|\b(?:what|which) (?:year|date|day|month)\b"
                            rf"|(?<![^\s])[وف]?(?:{HOW_MUCH_ARABIC}|عدد)(?![^\W\d_])|\bwhen\b|متي|امتي|ايمتي")
_FIGURE_ONLY_WORDS = 6  # an answer this short that states a figure is that figure


def unasked_figure(question: str, answer: str) -> bool:
    """Whether a short answer is only a figure to a question that asks for none ("What are the
    GPUs Musk's company wants to deploy for?" → «100 ألف وحدة معالجة رسوميات [1]»)."""
    if expected_kind(question) or _ASKS_A_NUMBER.search(normalize_for_match(question)):
        return False
    text = normalize_for_match(re.sub(r"\[\d+\]", " ", answer))
    return len(_WORD.findall(text)) <= _FIGURE_ONLY_WORDS and bool(extract_quantities(text) or extract_dates(text))


# --- writing figures -----------------------------------------------------------------------

_SCALES = ((1e12, "trillion", "تريليون"), (1e9, "billion", "مليار"), (1e6, "million", "مليون"))
_ASKABLE_SCALES = (*_SCALES, (1e3, "thousand", "ألف"))  # "how many thousands of dollars…?"
_HEDGE_WORDS: dict[Language, dict[Hedge, str]] = {
    "en": {"about": "about", "more than": "more than", "just over": "just over", "up to": "up to", "less than": "less than"},
    "ar": {"about": "نحو", "more than": "أكثر من", "just over": "ما يزيد قليلًا على", "up to": "ما يصل إلى",
           "less than": "أقل من"},
}


def _number(value: float, language: Language) -> str:
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text.replace(",", "") if language == "ar" else text


# "whats the difference between the upfront amount and the max total?", "the gap between the low end
# and the high end", «قديش الفرق بين…», «كم بيزيد … من ٢٠٢٤ لين ٢٠٣٠؟»
_ASKS_DIFFERENCE = re.compile(
    r"\b(?:difference|gap)\b|\bhow (?:much|many) (?:more|less|fewer|bigger|higher|larger|smaller|lower)\b|\bby how (?:much|many)\b"
    r"|(?<![^\s])[وب]?(?:ال)?(?:فرق|فارق)(?![^\W\d_])"
    r"|(?<![^\s])(?:كم|قديش|شكد|كام|بكم) (?:بي|ب|ح|ه|س)?(?:يزيد|تزيد|زاد|زادت|زيد)(?![^\W\d_])"
)


def asks_difference(question: str) -> bool:
    """Whether the question asks how far apart two figures are."""
    return bool(_ASKS_DIFFERENCE.search(normalize_for_match(question)))


# "how much had it risen by 2022?", "how big a jump is the FY2025 budget over that?", «قديش زاد…؟»:
# a change from one year's figure to another's.
_ASKS_CHANGE = re.compile(
    r"\b(?:ris(?:e|en|es|ing)|rose|gr[eo]w(?:n|s|th|ing)?|increas\w*|jump\w*|climb\w*|fall(?:en|s|ing)?|fell|dropp?\w*|declin\w*|chang\w*)\b"
    r"|(?<![^\s])[وف]?(?:ب|ح|ه|س|رح )?(?:زاد|زادت|يزيد|تزيد|ارتفع|ارتفعت|يرتفع|نما|نمت|ينمو|تنمو|انخفض|انخفضت|ينخفض|تغير|تغيرت|الزياده|الارتفاع|النمو)(?![^\W\d_])"
)


def asks_change(question: str) -> bool:
    """Whether the question asks how a figure changed between the years it names, or how far apart two are."""
    return asks_difference(question) or bool(_ASKS_CHANGE.search(normalize_for_match(question)))


def figures_apart(figures: Sequence[Figure]) -> tuple[FigureKind, float, float] | None:
    """The kind and the two amounts (larger first) a difference is asked between: a range's two ends,
    or the two values two figures of one kind give; None otherwise (one value, or more than two)."""
    amounts = [f for f in figures if f.kind in ("USD", "TWh", "percent") and not f.fraction]
    if len({f.kind for f in amounts}) != 1:
        return None
    kind = amounts[0].kind
    if len(amounts) == 1 and amounts[0].upper is not None:
        return kind, amounts[0].upper, amounts[0].value
    values = sorted({f.value for f in amounts if f.upper is None}, reverse=True)
    return (kind, values[0], values[1]) if len(values) == 2 else None


# "And in millions?", "how many trillions…?", «كم مليون…؟», «بالألف»: the scale a sum is asked in.
_ASKED_SCALE = re.compile(r"\b(?:in|into|how many)\s+(?P<en>thousands|millions|billions|trillions|mn|bn)\b"
                          r"|(?<![^\s])[وف]?(?:بال|كم\s+|قديش\s+|كام\s+)(?P<ar>الف مليون|الف|مليون|ملايين|مليار|مليارات|تريليون)(?![^\W\d_])")
_SCALE_WORDS = {"thousands": 1e3, "millions": 1e6, "mn": 1e6, "billions": 1e9, "bn": 1e9, "trillions": 1e12,
                "الف مليون": 1e9, "الف": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارات": 1e9, "تريليون": 1e12}


def asked_scale(question: str) -> float | None:
    """The scale a question asks its sum in (1e6 for "in millions"), or None for the usual one."""
    found = _ASKED_SCALE.search(normalize_for_match(question))
    return _SCALE_WORDS[found["en"] or found["ar"]] if found else None


def format_figure(figure: Figure, language: Language, with_year: bool = False, scale: float | None = None) -> str:
    """The figure written in ``language``: "$30 billion" / "30 مليار دولار", "945 TWh" /
    "945 تيراواط/ساعة", "1.5%", "10 April 2025" / "10 أبريل 2025", "2026" / «عام 2026»; hedge first.
    ``with_year``: the year it is for follows ("about 415 TWh in 2024"), in a list of figures.
    ``scale``: a sum in the scale asked for ("$80,000 million" for "And in millions?")."""
    written = _figure_written(figure, language, scale)
    return f"{written} {_IN_YEAR[language].format(year=figure.year)}" if with_year and figure.year is not None else written


_IN_YEAR: dict[Language, str] = {"en": "in {year}", "ar": "عام {year}"}


def _figure_written(figure: Figure, language: Language, scale: float | None = None) -> str:
    if figure.kind == "year":  # «عام 2026»: an answer of digits alone would be in no language
        return str(int(figure.value)) if language == "en" else f"عام {int(figure.value)}"
    if figure.kind == "date":
        value = int(figure.value)
        year, month, day = value // 10000, value // 100 % 100, value % 100
        return written_date(year, month, day, language) if month else str(year)
    written = _FRACTION_NAMES[language][figure.fraction] if figure.fraction else format_amount(figure.kind, figure.value, language, scale)
    if figure.upper is not None:
        high = format_amount(figure.kind, figure.upper, language, scale)
        written = f"{written} to {high}" if language == "en" else f"من {written} إلى {high}"
    written = _hedged(written, figure.hedge, language)
    # "just over 800 TWh in the base case": a scenario's figure says which one it is.
    return f"{written} {_CASE_NAMES[language][figure.case]}" if figure.case else written


_CASE_NAMES: dict[Language, dict[str, str]] = {
    "en": {"base": "in the base case", "high": "in the high case"},
    "ar": {"base": "في سيناريو الأساس", "high": "في السيناريو المرتفع"},
}

_FRACTION_NAMES: dict[Language, dict[str, str]] = {
    "en": {name: name for name in _FRACTIONS},
    "ar": {"half": "النصف", "a third": "الثلث", "two thirds": "الثلثين", "a quarter": "الربع", "three quarters": "ثلاثة أرباع"},
}


def shares_in_words(text: str, language: Language) -> list[str]:
    """The shares a sentence writes as words, hedged, in ``language``: "more than half of the total"
    is «أكثر من النصف». A pointer to a sentence in the other language names them as it names its sums."""
    key = normalize_for_match(text)
    return [_hedged(_FRACTION_NAMES[language][share.fraction], _hedge(key, share.start, share.end), language) for share in _fractions(key)]


def _hedged(written: str, hedge: Hedge | None, language: Language) -> str:
    """A figure as written, after the words its source qualifies it with ("more than half")."""
    return f"{_HEDGE_WORDS[language][hedge]} {written}" if hedge else written


def format_amount(kind: FigureKind, value: float, language: Language, scale: float | None = None) -> str:
    """A bare amount written in ``language``, with no hedge: "$400 billion", «430 تيراواط/ساعة»; a
    sum in ``scale`` when one is asked for ("$80,000 million"), else in the largest it reaches."""
    scale_en = scale_ar = ""
    if kind == "USD":
        named = (next((named for named in _SCALES if value >= named[0]), None) if scale is None
                 else next((named for named in _ASKABLE_SCALES if named[0] == scale), None))
        if named:
            size, english, arabic = named
            value, scale_en, scale_ar = value / size, f" {english}", f" {arabic}"
    number = _number(value, language)
    if kind == "percent":
        return f"{number}%"
    if kind == "TWh":
        return f"{number} TWh" if language == "en" else f"{number} تيراواط/ساعة"
    return f"${number}{scale_en}" if language == "en" else f"{number}{scale_ar} دولار"
