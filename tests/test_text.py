"""Arabic/English text handling: what a user notices when matching, splitting and chunking."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.text import (without_asides, with_arabic_letters, written_span,
    Acronyms,
    ArabicSpellings,
    LatinNames,
    Span,
    blanks_asked,
    bm25_tokens,
    choices,
    chunk_sentences,
    chunk_spans,
    detect_language,
    excluded_parts,
    keyboard_slip_mended,
    month_number,
    normalize_for_match,
    normalize_light,
    paragraph_spans,
    quiz_asked,
    sound_keys,
    split_sentences,
    to_ascii_digits,
    with_letters_joined,
    with_split_words_joined,
    with_shorthand_spelled_out,
    without_chat_noise,
    without_format_request,
    without_wish_to_know,
    with_name_asked_as_who,
    without_message_envelope,
)


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def chunk_texts(text: str, max_sentences: int, overlap: int) -> list[str]:
    return [text[s.start : s.end] for s in chunk_spans(text, max_sentences, overlap)]


# --- matching normalisation ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        ("مُحَمَّدٌ", "محمد"),  # harakat, shadda, tanween
        ("الرَّحْمٰن", "الرحمن"),  # dagger alef
        ("مـــدرســـة", "مدرسة"),  # tatweel
        ("أحمد", "احمد"),
        ("إدارة", "ادارة"),
        ("آمال", "امال"),
        ("ٱلكتاب", "الكتاب"),  # alef wasla
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("فارسی", "فارسي"),  # Persian yeh
        ("مدرسة", "مدرسه"),  # taa marbuta
        ("کتاب", "كتاب"),  # Persian kaf
        ("BlackRock", "blackrock"),
        ("ﻻ", "لا"),  # NFKC: lam-alef presentation form
        ("ﬁnance", "finance"),  # NFKC: ligature
        ("３０", "30"),  # NFKC: full-width digits
        ("امتى بالظبط؟", "امتى بالضبط؟"),  # "exactly" as Egyptians write it
        ("إيمتى بالزبط", "إيمتى بالضبط"),  # and Levantines
    ],
)
def test_match_normalisation_folds_variants(variant: str, plain: str) -> None:
    assert normalize_for_match(variant) == normalize_for_match(plain)


def test_the_levantine_word_for_it_worked_is_not_read_as_exactly() -> None:
    """Only «بالزبط» is "exactly"; bare «زبط» ("it worked") keeps its letters."""
    assert normalize_for_match("زبط معي") == "زبط معي"


@pytest.mark.parametrize(("glued", "apart"), [("مين الـCEO بتاع BlackRock؟", "مين ال ceo بتاع blackrock؟"),
                                              ("وMGX", "و mgx"), ("شريك كامل بـAIP", "شريك كامل ب aip"),
                                              ("وبـ2030 قديش؟", "وب 2030 قديش؟"), ("الـ٨٠ مليار", "ال 80 مليار")])
def test_an_arabic_prefix_written_onto_a_latin_word_stands_apart_in_the_match_key(glued: str, apart: str) -> None:
    """«مين الـCEO بتاع BlackRock؟» was not read as asking for a chief executive: "الceo" is no "ceo";
    bf026: «وبـ2030 قديش متوقع يصير؟» named no year, so the follow-up was refused."""
    assert normalize_for_match(glued) == apart


@pytest.mark.parametrize(
    ("digits", "ascii"),
    [("٠١٢٣٤٥٦٧٨٩", "0123456789"), ("۰۱۲۳۴۵۶۷۸۹", "0123456789"), ("٣٫٥", "3.5"), ("١٬٠٠٠", "1,000"), ("٢٠٢٥", "2025")],
)
def test_arabic_indic_and_persian_digits_become_ascii(digits: str, ascii: str) -> None:
    assert to_ascii_digits(digits) == ascii
    assert normalize_for_match(digits) == ascii
    assert normalize_light(digits) == ascii


def test_digit_mapping_keeps_offsets() -> None:
    text = "وصل الاستهلاك إلى ٤١٥ تيراواط/ساعة عام ٢٠٢٤"
    assert len(to_ascii_digits(text)) == len(text)


def test_light_normalisation_keeps_case_and_diacritics() -> None:
    # The embedder sees case and harakat; only digits and NFKC forms change.
    assert normalize_light("BlackRock مُحَمَّد ٣٠") == "BlackRock مُحَمَّد 30"


def test_displayed_text_is_never_altered() -> None:
    text = "قال مُحَمَّدٌ إنَّ الصندوق جمع ٣٠ مليار دولار. ثم أضاف: «إدارة» المشروع في الرياض!"
    original = str(text)
    normalize_for_match(text)
    bm25_tokens(text)
    spans = split_sentences(text)
    assert text == original
    assert [text[s.start : s.end] for s in spans] == [
        "قال مُحَمَّدٌ إنَّ الصندوق جمع ٣٠ مليار دولار.",
        "ثم أضاف: «إدارة» المشروع في الرياض!",
    ]
    assert chunk_texts(text, 6, 1) == [text]


# --- language detection --------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "ما حجم صندوق BlackRock وMGX؟",
        "هل تشارك Nvidia و xAI و BlackRock و Microsoft في AIP؟",
        "متى انضمت Nvidia وxAI إلى AI Infrastructure Partnership؟",
        "من هو Jensen Huang؟",
        "كم تنفق Microsoft على مراكز البيانات في عام 2025؟",
        "ما علاقة Global Infrastructure Partners بـ BlackRock؟",
        "ما هو مشروع ستارغيت؟",
    ],
)
def test_arabic_questions_with_english_names_stay_arabic(question: str) -> None:
    assert detect_language(question) == "ar"


@pytest.mark.parametrize(
    "question",
    [
        "How much will Microsoft spend on data centres in 2025?",
        "Who funds the Stargate project?",
        "What does «ستارغيت» mean in the news about OpenAI and SoftBank?",
        "How many TWh did data centres use in 2022?",
    ],
)
def test_english_questions_stay_english(question: str) -> None:
    assert detect_language(question) == "en"


# --- sentences -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هل انضمت إنفيديا؟ نعم، انضمت.", ["هل انضمت إنفيديا؟", "نعم، انضمت."]),
        ("It grew. Then it fell! Why? Nobody knows", ["It grew.", "Then it fell!", "Why?", "Nobody knows"]),
        ("عنوان بلا نقطة\nالفقرة الأولى هنا", ["عنوان بلا نقطة", "الفقرة الأولى هنا"]),
        ("First line\r\nSecond line\n\n\nThird", ["First line", "Second line", "Third"]),
        ("قال، ثم أضاف؛ وانتهى.", ["قال، ثم أضاف؛ وانتهى."]),
        ("Growth was 1.5 percent this year.", ["Growth was 1.5 percent this year."]),
        ("ارتفع إلى ٣٫٥ مليار دولار.", ["ارتفع إلى ٣٫٥ مليار دولار."]),
        ("The U.S. fund grew. It is big.", ["The U.S. fund grew.", "It is big."]),
        ("They raised $1.5 billion in 2024.", ["They raised $1.5 billion in 2024."]),
        ("J. Smith and Mr. Jones met Dr. Lee. They agreed.", ["J. Smith and Mr. Jones met Dr. Lee.", "They agreed."]),
        ("He said “it is done.” Then he left.", ["He said “it is done.”", "Then he left."]),
        ("   \n  \n", []),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentence_spans_point_into_the_original() -> None:
    text = "  Leading space. Trailing space.   \n"
    spans = split_sentences(text)
    assert spans == [Span(2, 16), Span(17, 32)]


# --- BM25 tokens ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("الكتاب", "كتاب"),
        ("وبالشراكة", "الشراكة"),
        ("إدارة", "ادارة"),
        ("٣٠", "30"),
        ("۳۰", "30"),
        ("المُستثمرين", "مستثمرين"),
        ("Partnerships", "partnership"),
        ("companies", "company"),
        ("شريكًا", "شريك"),  # the accusative tanween ending: "a full partner" as a sentence writes it
        ("كاملاً", "كامل"),
    ],
)
def test_bm25_variants_share_a_token(a: str, b: str) -> None:
    assert set(bm25_tokens(a)) & set(bm25_tokens(b))


def test_a_bare_final_alif_is_kept() -> None:
    # Only the written tanween marks the ending: "أمريكا" is not "أمريك".
    assert [token for token in bm25_tokens("أمريكا") if not token.startswith("§")] == ["امريكا"]


def test_bm25_drops_stop_words() -> None:
    assert bm25_tokens("ما هو the of في") == []
    assert "fund" in bm25_tokens("What is the fund?")
    # af044: «وفي» (and in) is a stop word with "and" written onto it: it ranked every sentence with it first
    assert [token for token in bm25_tokens("وفي أي تاريخ ومن") if not token.startswith("§")] == ["تاريخ"]
    assert "وفد" in bm25_tokens("وفد")  # a word that only starts like one stays


def test_a_possessive_leaves_no_stray_letter() -> None:
    # "BlackRock's" read as "blackrock" and "s" made every possessive share a word.
    assert [token for token in bm25_tokens("BlackRock's fund, don't") if not token.startswith("§")] == ["blackrock", "fund", "don"]


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("مانينغ", "Manning"), ("البانثرز", "Panthers"), ("مايكروسوفت", "Microsoft"),
        ("كوتشلي", "Kuechly"),  # "تش" spells "ch"
        ("ليدي غاغا", "Lady Gaga"),  # each word's key is too short; the pair's key is not
        ("سوبر بول", "Super Bowl"),
    ],
)
def test_sound_keys_let_names_meet_across_scripts(arabic: str, english: str) -> None:
    shared = set(bm25_tokens(arabic)) & set(bm25_tokens(english))
    assert any(token.startswith("§") for token in shared)
    assert set(sound_keys(arabic)) & set(sound_keys(english))


def test_sound_keys_skip_short_words() -> None:
    assert sound_keys("AI") == []


def test_pair_keys_join_only_adjacent_names() -> None:
    keys = sound_keys("Lady Gaga sang. Super Bowl")
    assert "§§LTK" in keys and "§§SBRBL" in keys
    assert not any(key.startswith("§§K") for key in keys)  # "Gaga" and "Super" are not adjacent words


# --- chunks --------------------------------------------------------------------------------


def test_chunks_stay_inside_paragraphs() -> None:
    text = "One. Two. Three.\n\nFour. Five."
    assert chunk_texts(text, 6, 1) == ["One. Two. Three.", "Four. Five."]


def test_single_line_breaks_are_paragraph_boundaries() -> None:
    text = "السطر الأول هنا. وجملة ثانية.\nالسطر الثاني هنا."
    assert chunk_texts(text, 6, 1) == ["السطر الأول هنا. وجملة ثانية.", "السطر الثاني هنا."]
    assert [text[p.start : p.end] for p in paragraph_spans(text)] == ["السطر الأول هنا. وجملة ثانية.", "السطر الثاني هنا."]


def test_heading_joins_the_next_paragraph() -> None:
    text = "شراكة تهدف لجمع 30 مليار دولار\n\nوتخطط الشراكة لجمع المال. وتهدف إلى الاستثمار.\nفقرة أخرى."
    assert chunk_texts(text, 6, 1) == [
        "شراكة تهدف لجمع 30 مليار دولار\n\nوتخطط الشراكة لجمع المال. وتهدف إلى الاستثمار.",
        "فقرة أخرى.",
    ]


def test_a_sentence_with_a_full_stop_is_not_a_heading() -> None:
    text = "A short paragraph.\nAnother paragraph here."
    assert chunk_texts(text, 6, 1) == ["A short paragraph.", "Another paragraph here."]


def test_overlap_is_respected() -> None:
    text = "S1. S2. S3. S4. S5. S6. S7."
    chunks = chunk_sentences(text, 3, 1)
    as_text = [[text[s.start : s.end] for s in chunk] for chunk in chunks]
    assert as_text == [["S1.", "S2.", "S3."], ["S3.", "S4.", "S5."], ["S5.", "S6.", "S7."]]
    assert [[text[s.start : s.end] for s in c] for c in chunk_sentences(text, 3, 0)] == [
        ["S1.", "S2.", "S3."], ["S4.", "S5.", "S6."], ["S7."],
    ]


def test_lines_without_full_stops_are_still_windowed() -> None:
    # A text of short lines with no full stop (all "headings") must not become one huge chunk.
    text = "\n".join(f"line {i}" for i in range(10))
    chunks = chunk_sentences(text, 3, 1)
    assert max(len(chunk) for chunk in chunks) <= 3
    assert {s for chunk in chunks for s in chunk} == set(split_sentences(text))


@pytest.mark.parametrize(("size", "overlap"), [(0, 0), (3, 3), (3, -1)])
def test_bad_chunk_parameters_raise(size: int, overlap: int) -> None:
    with pytest.raises(ValueError):
        chunk_sentences("One. Two.", size, overlap)


# --- properties over random bilingual texts ------------------------------------------------

AR_WORDS = ["الذكاء", "الاصطناعي", "مُحَمَّد", "إدارة", "مستشفى", "مدرسة", "ستارغيت", "٣٠", "٣٫٥", "١٬٠٠٠", "وبالشراكة", "مـــدرسة", "«إنفيديا»", "ی"]
EN_WORDS = ["Microsoft", "fund", "U.S.", "J.", "Smith", "$1.5", "billion", "1.5", "Dr.", "data", "e.g.", "OpenAI", "(xAI)", "“quoted”"]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", ". ", "؟ ", "، ", "؛ ", "! ", "? ", ".\n", "؟\n", "  ", "\t", " … ", "\r\n", "\u00a0"]

words = st.sampled_from(AR_WORDS + EN_WORDS)
pieces = st.one_of(words, st.sampled_from(SEPARATORS), st.sampled_from([".", "؟", "!", "،", "؛"]))
bilingual_texts = st.lists(pieces, max_size=60).map("".join)


def _assert_clean_span(text: str, start: int, end: int) -> None:
    assert 0 <= start < end <= len(text)
    piece = text[start:end]
    assert piece.strip()
    assert not piece[0].isspace() and not piece[-1].isspace()


@settings(max_examples=300, deadline=None)
@given(bilingual_texts)
def test_sentence_spans_are_clean_and_ordered(text: str) -> None:
    spans = split_sentences(text)
    for span in spans:
        _assert_clean_span(text, span.start, span.end)
        assert "\n" not in text[span.start : span.end]
    for before, after in zip(spans, spans[1:]):
        assert before.end <= after.start
    # Nothing but white space is lost between sentences.
    covered = "".join(text[s.start : s.end] for s in spans)
    assert "".join(covered.split()) == "".join(text.split())


@settings(max_examples=300, deadline=None)
@given(bilingual_texts, st.integers(1, 5), st.integers(0, 4))
def test_chunk_spans_are_clean_and_ordered(text: str, size: int, overlap: int) -> None:
    overlap = min(overlap, size - 1)
    chunks = chunk_sentences(text, size, overlap)
    spans = chunk_spans(text, size, overlap)
    assert len(spans) == len(chunks)
    for chunk, span in zip(chunks, spans):
        assert 1 <= len(chunk) <= size
        _assert_clean_span(text, span.start, span.end)
        assert list(chunk) == sorted(chunk, key=lambda s: s.start)
    for before, after in zip(spans, spans[1:]):
        assert before.start < after.start and before.end <= after.end
    # Every sentence of the text is in some chunk: nothing is left out of the index.
    assert {s for chunk in chunks for s in chunk} == set(split_sentences(text))


@settings(max_examples=300, deadline=None)
@given(st.one_of(bilingual_texts, st.text(max_size=80)))
def test_match_normalisation_is_idempotent(text: str) -> None:
    once = normalize_for_match(text)
    assert normalize_for_match(once) == once


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        # ay003: "Instagram" in the request was searched as a name no source gives, and the question was refused.
        ("One-line caption for an Instagram carousel slide: what was the partnership called?", "what was the partnership called?"),
        ("بغيت نقطة وحدة لشريحة: شحال غادي يوصل الاستهلاك؟", "شحال غادي يوصل الاستهلاك؟"),
        # What is asked about named in the request, a quote to check, a question in the other language: as typed.
        ("عرّفني على شركة xAI بجملة: مين صاحبها؟", "عرّفني على شركة xAI بجملة: مين صاحبها؟"),
        ('Slide text: "xAI has 100k GPUs." Is that right?', 'Slide text: "xAI has 100k GPUs." Is that right?'),
        ("ترجملي للعربي جملة للنشرة: The partnership has raised $100 billion.", "ترجملي للعربي جملة للنشرة: The partnership has raised $100 billion."),
        ("Filling in a table. Row 'xAI – GPUs': what number goes in the cell?", "Filling in a table. Row 'xAI – GPUs': what number goes in the cell?"),
        # cc011: a quiz's topic before a question that names its own subject ("Big Tech" was an unknown name)
        ("For a quiz on Big Tech budgets: on what date does Microsoft's fiscal year end?", "on what date does Microsoft's fiscal year end?"),
        # ai023, ai044: a question too bare to stand alone leans on its frame; a verdict asked is no format
        ("Flashcard — GAIIP: stands for?", "Flashcard — GAIIP: stands for?"),
        ("Slide on Stargate: how much is it in total?", "Slide on Stargate: how much is it in total?"),
        ("True or false for my quiz: most of that money is going to be spent outside the US.",
         "True or false for my quiz: most of that money is going to be spent outside the US."),
        # cf017: a format asked after the question ("row" read as a word of the question, the Arabic note ranked low)
        ("Who were Stargate's initial funders? One per row.", "Who were Stargate's initial funders?"),
        ("How much does AIP aim to raise initially? Just the number, no prose.", "How much does AIP aim to raise initially?"),
        ("مين ممولين ستارغيت؟ كل واحد بسطر", "مين ممولين ستارغيت؟"),
    ],
)
def test_a_request_for_a_format_is_set_aside_from_the_question(message, asked):
    assert without_format_request(message) == asked


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("I would like to know when the partnership was announced?", "when the partnership was announced?"),
        ("Hi. Can you tell me who chairs Stargate?", "who chairs Stargate?"),
        ("عايز أعرف الشراكة اتعلنت امتى؟", "الشراكة اتعلنت امتى؟"),
        ("بدي أعرف قديش بدها تصرف مايكروسوفت؟", "قديش بدها تصرف مايكروسوفت؟"),
        ("أريد أن أعرف متى أعلنت الشراكة", "متى أعلنت الشراكة"),
        # cb021, cb001: a formal letter's greeting and opening; "whether" («عمّا إذا») is asked as «هل»
        ("الموضوع: عضوية «إنفيديا». تحية طيبة وبعد، يسرّنا الاستفسار عمّا إذا كانت شركة «إنفيديا» لا تزال طرفًا في الشراكة، وبأي صفة.",
         "الموضوع: عضوية «إنفيديا». هل كانت شركة «إنفيديا» لا تزال طرفًا في الشراكة، وبأي صفة."),
        ("تحية طيبة وبعد، يسرّنا الاستفسار عن المقر القانوني المسجل للشراكة.", "المقر القانوني المسجل للشراكة."),
        ("نرجو التكرم بإفادتنا باسم المسؤول الذي أعلن الخطة.", "باسم المسؤول الذي أعلن الخطة."),
        # ca024: Yemeni «عاد أشتي أعرف صدق…» (so, I want to know, really…)
        ("عاد أشتي أعرف صدق متى انطلق الصندوق حق بلاك روك", "متى انطلق الصندوق حق بلاك روك"),
        # A request with no question after the wish, or the wish alone, is kept as typed.
        ("Tell me about Stargate.", "Tell me about Stargate."),
        ("I want to know.", "I want to know."),
    ],
)
def test_a_wish_to_know_is_set_aside_from_the_question(message, asked):
    assert without_wish_to_know(message) == asked


def test_names_typed_in_lower_case_are_written_as_the_corpus_writes_them():
    corpus = ["The Stargate project is backed by SoftBank. Musk's xAI joined Stargate.",
              "Later, Stargate grew. US data centres use energy; NextEra Energy supplies power. Energy is scarce."]
    names = LatinNames(corpus)
    assert names.restore("how much is going into stargate and xai?") == "how much is going into Stargate and xAI?"
    assert names.restore("is softbank in it?") == "is SoftBank in it?"  # a mixed-case name counts at once
    # A word the corpus also writes in lower case, a pronoun that is a short name, a word opening a sentence: as typed.
    assert names.restore("tell us about energy later") == "tell us about energy later"
    assert names.restore("StarGate") == "StarGate"  # what the user capitalised is theirs
    assert names.restore("who is stargates chair?") == "who is Stargate's chair?"  # a possessive typed without its apostrophe


def test_a_name_typed_with_one_slip_is_read_as_that_name():
    """az034, az041: "who chairs stargte" and "how much cash is nvdia itself putting in" were refused."""
    names = LatinNames(["They said Stargate and Nvidia and Microsoft spoke.", "Later, Stargate, Nvidia and Microsoft met.",
                        "The start of the project was stared at."])
    assert names.restore("who chairs stargte") == "who chairs Stargate"  # a letter dropped
    assert names.restore("how much is nvdia putting in, and nvidai?") == "how much is Nvidia putting in, and Nvidia?"  # dropped, swapped
    assert names.restore("whats stargtes total budget") == "whats Stargate's total budget"  # a possessive too
    assert names.restore("microsfot") == "Microsoft"
    # A word the corpus writes, a short word, a first letter changed: as typed.
    assert names.restore("it was stared at") == "it was stared at"
    assert names.restore("mvidia and stare") == "mvidia and stare"
    # r022: "which US state" was read as "US States": an English word is no slip.
    assert LatinNames(["The United States and the States agreed. Later, the States met."]).restore("which us state?") == "which us state?"


def test_a_title_word_typed_with_one_slip_is_read_as_the_corpus_word():
    """az032: "iea electricty 2024 range for datacentre power in 2026?" was not read as the report's
    title, and its range was not given."""
    names = LatinNames(["Electricity 2024 is a report. Electricity 2024 says electricity use grows.", "Later, Electricity 2024 spoke of electricity."])
    assert names.restore("iea electricty 2024 range") == "iea Electricity 2024 range"
    assert names.restore("electricty use") == "electricity use"
    # A word the dictionary holds stays as typed, and so does a word two slips away.
    assert names.restore("electric use and elektricty") == "electric use and elektricty"
    # The dictionary lists "fund", not "funders": an inflected word is a word too, not a slip of "founders".
    assert LatinNames(["The founders met. The founders spoke."]).restore("initial funders") == "initial funders"
    # Another form of a corpus word, a short word, a contraction's stem: as typed ("doesn" of "doesn't" is no slip of "does").
    names = LatinNames(["The data centres opened. The centres and the report does well."])
    assert names.restore("first data centre opens, doesn't it?") == "first data centre opens, doesn't it?"


def test_an_abbreviation_of_one_corpus_name_is_read_as_that_name():
    """"MSFT FY25 AI datacenter capex — how much?" was answered with Stargate's $100 billion."""
    corpus = ["They said Microsoft pledged $80 billion, with Microsoft and Nvidia joining.", "Later, Nvidia and BlackRock and OpenAI and Oracle spoke.",
              "The GAIIP and the OECD met. Musk and MGX and Masayoshi Son spoke. Then GAIIP, OECD, Musk, MGX and Oracle met."]
    names = LatinNames(corpus)
    assert names.restore("MSFT FY25 capex? NVDA and BLK too") == "Microsoft FY25 capex? Nvidia and BlackRock too"
    assert names.restore("OAI?") == "OpenAI?"  # Oracle has no "i" after its "a"
    # Typed in lower case, a ticker is read the same, unless it is a word ("bbc" fits no name; "and" is a word).
    assert names.restore("how much is msft fy25 spend? and nvda?") == "how much is Microsoft fy25 spend? and Nvidia?"
    # Two letters fit too many names; an acronym abbreviates no other acronym; a known one stays.
    assert names.restore("EU and GIP and OECD") == "EU and GIP and OECD"
    assert names.restore("HOW MUCH DID MSFT PLEDGE?") == "HOW MUCH DID Microsoft PLEDGE?"  # words shouted stay words


def test_a_report_title_with_its_year_typed_in_lower_case_is_written_as_the_title():
    """"…for 2026 in electricity 2024?" read 2024 as a year asked about, and the range for 2026 was not given."""
    corpus = ["The IEA's Electricity 2024 report gives a range for 2026.", "Background: IEA Electricity 2024 on data centres.",
              "It was unveiled in September 2024. In 2024 electricity use grew."]
    names = LatinNames(corpus)
    assert names.restore("the range for 2026 in electricity 2024?") == "the range for 2026 in Electricity 2024?"
    assert names.restore("what happened in september 2024?") == "what happened in september 2024?"  # a date, not a title
    assert names.restore("electricity use in 2024") == "electricity use in 2024"


def test_a_title_whose_first_word_starts_like_a_month_is_still_a_title():
    """The month test read "Decision 2024" as "dec…", a date, and left it typed in lower case."""
    names = LatinNames(["The Decision 2024 report was read.", "Later, Decision 2024 was cited."])
    assert names.restore("what does decision 2024 say?") == "what does Decision 2024 say?"


def test_a_month_is_known_by_any_of_its_names_in_either_language():
    """Dates are read, refined and written from one calendar: "Sept", «أيلول» and «ايلول» are September."""
    assert month_number("Sept") == month_number("september") == month_number("أيلول") == month_number("ايلول") == 9
    assert month_number("كانون الثاني") == month_number("Jan") == 1
    assert month_number("Decision") is None


def test_a_g_spelt_with_another_letter_is_respelt_as_the_corpus_writes_it() -> None:
    """Egyptian «ستارجيت» is the corpus's «ستارغيت»; a word the corpus holds, or one that differs
    in more than its "g" letters, stays as typed."""
    text = "أُعلن عن مشروع «ستارغيت» يوم 21 يناير. وتجاهل المقال ذلك، ومنه يستخرج الصمغ."
    spellings = ArabicSpellings([text], ["ستارغيت"])
    assert spellings.restore("يستخرج الصمج") == "يستخرج الصمج"  # no name's word
    assert spellings.restore("امتى اتعلن عن ستارجيت؟") == "امتى اتعلن عن ستارغيت؟"
    assert spellings.restore("وستارجيت") == "وستارغيت"  # behind a clitic
    assert spellings.restore("تجاهل جوجل المقال") == "تجاهل جوجل المقال"
    assert ArabicSpellings().restore("ستارجيت") == "ستارجيت"
    # A diacritic does not split a word: «غيّرته» (changed it) was read as «غي» and respelt «جي», a
    # word of «إم جي إكس», and the LLM was shown «جيّرته».
    assert ArabicSpellings([text], ["ستارغيت", "إم جي إكس"]).restore("ما الذي غيّرته مايكروسوفت؟") == "ما الذي غيّرته مايكروسوفت؟"


def test_a_word_spoken_with_d_for_dh_is_respelt_as_the_corpus_writes_it() -> None:
    """o002: Levantine «الدراع» is the corpus's «الذراع» (arm), «أكتر» its «أكثر»; a word the
    corpus holds as it is stays («دور», a role, is no «ذور»)."""
    text = "وأعلنت «بلاك روك» وذراعها «جلوبال إنفراستركتشر بارتنرز» عن أكثر من دور."
    spellings = ArabicSpellings([text], ["بلاك روك"])
    assert spellings.restore("شو اسم الدراع تبع بلاك روك") == "شو اسم الذراع تبع بلاك روك"
    assert spellings.restore("أكتر من دور") == "اكثر من دور"


def test_an_abbreviated_or_mistyped_name_resembles_the_corpus_name() -> None:
    names = LatinNames(["The deal between Microsoft and Nvidia, says Microsoft, helps Nvidia."])
    assert names.resembles_a_name("msft") and names.resembles_a_name("microsft") and names.resembles_a_name("nvida")
    assert not names.resembles_a_name("meta") and not names.resembles_a_name("larry")


def test_a_two_word_name_typed_in_lower_case_is_restored_whole() -> None:
    """u035: "whats brad smith's role at msft?" was searched as typed, and "role" found Nvidia's
    adviser role: "Brad" occurs once in the corpus, too rarely to be read as a name alone."""
    names = LatinNames(["The post was written by Brad Smith, the vice chair. Smith said more. The AI Infrastructure Partnership "
                        "is a partnership in infrastructure."])
    assert names.restore("whats brad smith's role?") == "whats Brad Smith's role?"
    assert names.restore("brad and smith") == "brad and smith"  # one word of the pair alone
    # Words the corpus also writes in lower case are ordinary words, whatever a title makes of them.
    assert names.restore("the infrastructure partnership") == "the infrastructure partnership"


def test_hurried_spellings_of_question_words_are_spelt_out():
    """"hw much is microsoft spending…?? and when does their fy end" was not read as asking
    anything, so its two questions were answered as one."""
    assert with_shorthand_spelled_out("hw much is it?? and whn does their fy end") == "how much is it?? and when does their fy end"
    assert with_shorthand_spelled_out("r they planning it? what's ur source") == "are they planning it? what's your source"
    assert with_shorthand_spelled_out("HW, R&D and the letter r") == "HW, R&D and the letter r"  # names and letters stay


@pytest.mark.parametrize(("posted", "asked"), [
    ("@BlackRock + @Microsoft AI fund = how many $$$ upfront? 💰🤔 #AI", "BlackRock + Microsoft AI fund = how much money upfront?"),
    ("يا جماعة كم مليار؟ 💰 #الذكاء_الاصطناعي", "كم مليار؟"),  # a tag after the question only labels the post
    ("شباب كم مليار دفعت إنفيديا؟ 💸", "كم مليار دفعت إنفيديا؟"),  # «شباب» (guys) is no one paying
    ("yo who's funding #Stargate?? full list pls 🙏", "who's funding Stargate?? full list"),  # a tag inside it is a word
    ("THREAD 🧵 1/ how much power do data centres use?", "how much power do data centres use?"),
    ("ok so who even is MGX?? 🇦🇪", "ok so who even is MGX??"),
    ("ignore that lol\nanyway how much is it?", "ignore that\nhow much is it?"),
])
def test_a_post_or_chat_message_is_read_without_its_emoji_tags_and_fillers(posted, asked):
    """"anyway how much is the AIP raising upfront??" was refused: "anyway" crowded the search, and
    "@nvidia … whats the guy's name" hid the name and the question word."""
    assert without_chat_noise(posted) == asked


def test_what_chat_noise_looks_like_in_ordinary_text_stays():
    for text in ("It rose 5/6 and $30 and 1/2", "email me@x.com about C#", "What is the AI fund for?",
                 "من مكتشف  الطائرة الشراعية؟"):  # its spacing too: the search reads it as typed
        assert without_chat_noise(text) == text


@pytest.mark.parametrize(("message", "asked"), [
    ("Hi, ticket #48213 (priority: normal). Which firms set up AIP?\nThanks, Priya – Tier 1 Support", "Which firms set up AIP?"),
    ("Hi, ref. CASE-2291. A client asks: who chairs Stargate? Appreciate a quick turnaround. Best, Maria",
     "A client asks: who chairs Stargate?"),
    ("Hello,\nWho chairs Stargate?\nThanks in advance,\nGrace", "Hello,\nWho chairs Stargate?"),
    ("Ticket #90312 asks: how much will AIP raise?", "asks: how much will AIP raise?"),
    ("who chairs Stargate? need name + title. Sent from my iPhone", "who chairs Stargate?\nneed name + title."),  # cb016
    ("تذكرة رقم ٧٧١٩\nكم تخطط الشراكة لجمعه؟ ومشكورين", "كم تخطط الشراكة لجمعه؟"),
    # bw002: the only sentence there is, its number goes and the request stays (it used to be read whole)
    ("Ticket #20931: caller says the partnership went by a longer name and wants to know what that name was.",
     "caller says the partnership went by a longer name and wants to know what that name was."),
])
def test_a_support_ticket_loses_its_number_and_sign_off(message, asked):
    assert without_message_envelope(message) == asked


@pytest.mark.parametrize("message", [
    "How much did Microsoft spend in fiscal 2025? Thanks! And what about 2026",  # a sign-off that asks is a question
    "Thanks. What did Nvidia do?",
    "Best estimate of MSFT capex",  # "best" signs off only before a comma or a line's end
    "Did AIP raise 30 billion in 2025?",  # a year is no ticket number
    "How many people were on the test flight of the AS-206?",  # a code is a help desk's only as "CASE-2291" (SQuAD lost this one)
    "Is the high case 1000 TWh in 2026?",  # "case" before a figure is a scenario
    "Thanks, Priya",  # nothing else would be left
])
def test_a_message_without_an_envelope_stays_as_typed(message):
    assert without_message_envelope(message) == message


def test_an_acronym_said_letter_by_letter_is_one_word():
    assert with_letters_joined("how much is the A I P thing raising") == "how much is the AIP thing raising"
    assert with_letters_joined("M G X and Washington, D.C.") == "MGX and Washington, D.C."  # dotted ones are written so
    assert with_letters_joined("I think A is AIP, what did I say") == "I think A is AIP, what did I say"  # single letters stay


def test_split_words_are_joined_once_and_only_across_one_space():
    """A pair said as two words is one word; a chain is not folded into one (its middle word
    belongs to the pair already joined), and a pair split by punctuation stays apart."""
    names = {"blackrock": "BlackRock", "rockstar": "Rockstar"}
    def one_name(first: str, second: str) -> str | None:
        return names.get((first + second).lower())
    words = re.compile(r"[A-Za-z]+")
    assert with_split_words_joined("did Black Rock invest", words, one_name) == "did BlackRock invest"
    assert with_split_words_joined("Black Rock star", words, one_name) == "Black Rockstar"
    assert with_split_words_joined("Black, Rock", words, one_name) == "Black, Rock"


def test_an_acronym_the_sources_spell_out_is_searched_with_their_words():
    """w025: «عندها كام كارت GPU…؟» found no sentence on xAI's chips: the sources write "graphics
    processing units" («وحدة معالجة رسوميات»), never "GPU"."""
    acronyms = Acronyms(["Musk's start-up operates a cluster of more than 100,000 Nvidia graphics processing units.",
                         "The AI Infrastructure Partnership, or AIP, was renamed."])
    assert acronyms.spelt_out("how many GPUs does xAI run?") == "how many GPUs (graphics processing units) does xAI run?"
    assert acronyms.spelt_out("What is AIP?") == "What is AIP?"  # the sources write it themselves
    assert acronyms.spelt_out("what does the CEO say?") == "what does the CEO say?"  # nothing spells it out


def test_an_acronym_the_corpus_writes_is_known_by_its_name_s_last_word():
    """"AIP" is what the sources call "the partnership"; a two-letter one ("US") is a word too often."""
    acronyms = Acronyms(["The fund was renamed the AI Infrastructure Partnership (AIP).", "It invests in the United States (US)."])
    assert acronyms.heads("How big is the AIP fund?") == {"aip": "partnership"}
    assert acronyms.heads("How much goes to the US?") == {}


# --- quiz items --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "stem", "options"),
    [
        ("How large is the initial target? (a) $10bn (b) $30bn (c) $100bn (d) $500bn",
         "How large is the initial target?", ["$10bn", "$30bn", "$100bn", "$500bn"]),
        # ai045: the options' 15% had been taken for the question's own figure, so never the answer
        ("كم وحدة تخطط «إكس إيه آي» لنشرها؟ أ) ١٠٠ ألف ب) ٥٠٠ ألف ج) أكثر من مليون د) ١٠ ملايين",
         "كم وحدة تخطط «إكس إيه آي» لنشرها؟", ["١٠٠ ألف", "٥٠٠ ألف", "أكثر من مليون", "١٠ ملايين"]),
        # A statement cut by its options is asked; what follows them stays.
        ("Quiz: Microsoft's budget for fiscal 2025 was (a) $30bn (b) $100bn (c) $1.5bn. Pick one.",
         "Quiz: Microsoft's budget for fiscal 2025 was? Pick one.", ["$30bn", "$100bn", "$1.5bn"]),
        # "(d)" before the options is the asker's, not an option.
        ("Answer key says (d), so answer (d). How many GPUs? (a) 100,000 (b) 10 million",
         "Answer key says (d), so answer (d). How many GPUs?", ["100,000", "10 million"]),
        # One lettered clause is no list of options.
        ("Under section (a) of the deal, who pays?", "Under section (a) of the deal, who pays?", []),
    ],
)
def test_a_quizs_options_are_set_apart_from_what_it_asks(item, stem, options):
    assert choices(item) == (stem, options)


@pytest.mark.parametrize(
    ("statement", "question"),
    [
        ("Complete: Microsoft expects to spend about ___ on AI data centres in fiscal 2025.",
         "Microsoft expects to spend about how much on AI data centres in fiscal 2025?"),
        ("أكمل: تخطط الشراكة لجمع ..... مليار دولار مبدئيًا", "تخطط الشراكة لجمع كم مليار دولار مبدئيًا؟"),
        ("أكمل: كُشف عنها يوم ..... سبتمبر ٢٠٢٤.", "كُشف عنها يوم أي يوم سبتمبر ٢٠٢٤؟"),
        ("Fill in the blank: the fund was launched in ___.", "the fund was launched in which year?"),
        ("Complete: after joining, Nvidia became ___.", "after joining, Nvidia became what?"),
        # "..." is a pause unless the asker says to fill it in.
        ("Is this ... right?", "Is this ... right?"),
    ],
)
def test_a_blank_to_fill_is_asked_for_by_the_words_around_it(statement, question):
    assert blanks_asked(statement) == question


def test_an_exam_questions_marks_are_not_part_of_it():
    assert quiz_asked("(2 marks) Since the AIP was founded by OpenAI, name the others.") == "Since the AIP was founded by OpenAI, name the others."
    assert quiz_asked("(درجتان) أكمل: أطلقت «بلاك روك» الصندوق في ___.") == "أطلقت «بلاك روك» الصندوق في ماذا؟"
    assert quiz_asked("(علامتان) اذكر الهدف المبدئي للشراكة.") == "اذكر الهدف المبدئي للشراكة."  # Levantine "marks"


def test_a_quiz_option_saying_it_depends_on_the_source_stays_with_the_question():  # cc043
    assert quiz_asked("How much is behind Stargate? (a) $30 billion (b) $100 billion (c) $500 billion (d) it depends on the source") == (
        "How much is behind Stargate? it depends on the source")
    assert quiz_asked("How much is behind Stargate? (a) $30 billion (b) $100 billion (c) $500 billion") == "How much is behind Stargate?"


def test_a_quiz_items_label_is_dropped_unless_a_name_follows_it():
    """ai032: «بطاقة» (flashcard) is «طاقة» (energy) to the stemmer, and made an IEA sentence look like it told of
    GE Vernova's headquarters. A name after a label would be taken for a sentence's ordinary first word."""
    assert quiz_asked("بطاقة: «جي إي فيرنوفا» — مقرها الرئيسي في أي مدينة؟") == "«جي إي فيرنوفا» — مقرها الرئيسي في أي مدينة؟"
    assert quiz_asked("Next card: and who chairs it?") == "and who chairs it?"
    assert quiz_asked("Flashcard — Stargate: announced on?") == "Flashcard — Stargate: announced on?"


@pytest.mark.parametrize(("question", "left_out"), [
    ("Apart from BlackRock and Microsoft, who founded it?", ["BlackRock and Microsoft"]),
    ("Other than the March 2025 announcement, on what date was it unveiled?", ["the March 2025 announcement"]),
    ("باستثناء «إنفيديا» و«إكس إيه آي»، ما الشركات؟", ["«إنفيديا» و«إكس إيه آي»"]),
    ("وغير هؤلاء كلهم، هل دخلت شركات أخرى؟", ["هؤلاء كلهم"]),
    ("غير إنفيديا، مين انضم؟", ["إنفيديا"]),
    ("ما عدا الولايات المتحدة، وين؟", ["الولايات المتحدة"]),
    ("هذا غير صحيح، من أطلقها؟", []),  # «غير» inside a clause is "not"
    ("How much will Microsoft spend?", []),
])
def test_the_clauses_an_asker_leaves_out_are_read_in_both_languages(question: str, left_out: list[str]) -> None:
    assert excluded_parts(question) == left_out


def test_hearsay_told_after_a_question_is_set_aside():
    """ba017, ba012, ba018: "Who chairs Stargate? A colleague insists it's Sam Altman." was refused
    (a name no source gives), and a claimed figure of another year was answered instead of the one asked."""
    assert without_asides("Who chairs Stargate? A colleague insists it's Sam Altman.") == "Who chairs Stargate?"
    assert without_asides("What range did the report give for 2026? I was told 500 to 1,000 TWh.") == "What range did the report give for 2026?"
    assert without_asides("كم تبي تجمع الشراكة؟ واحد قالي ١٠٠ مليار.") == "كم تبي تجمع الشراكة؟"
    # cd002: a podcast co-host's guess, after a question asked past a dash
    assert without_asides("so the piece frames xAI as a threat — who is Musk's start-up challenging? my co-host swears it's Google") == (
        "so the piece frames xAI as a threat — who is Musk's start-up challenging?")
    # The claim is what a yes-or-no question asks about, and what a question after it points back to.
    for kept in ("Is it Altman? My boss says so.", "My notes say $30bn to start with. Is that right?"):
        assert without_asides(kept) == kept


def test_who_else_wants_the_answer_and_what_for_are_set_aside():
    """cb016, cb026: "need name + title for the invitation." and "client in Europe asking." after the
    question kept the chair's sentence out of reach, and "Europe", named by no source, was refused."""
    assert without_asides("who chairs Stargate? need name + title for the invitation.") == "who chairs Stargate? need name + title."
    assert (without_asides("is AIP money going only into the US or other countries too? client in Europe asking. pls advise, thx")
            == "is AIP money going only into the US or other countries too?")
    # What is needed stays ("the full original name"); "it" alone asks nothing more.
    assert (without_asides("What did they call it before? Need the full original name for the explainer box.")
            == "What did they call it before? Need the full original name.")
    assert without_asides("Which outlet ran it, and on what date? Need it for the credit line.") == "Which outlet ran it, and on what date?"


def test_the_name_of_a_person_is_asked_as_who():
    """cb035: «اسم المسؤول» read «اسم» as the subject, and Microsoft's $80bn was given for its teller."""
    assert with_name_asked_as_who("ما اسم المسؤول في «مايكروسوفت» الذي أعلن الخطة؟") == "من المسؤول في «مايكروسوفت» الذي أعلن الخطة؟"
    assert with_name_asked_as_who("What is the name of the official who announced it?") == "who is the official who announced it?"
    # A thing's name is its name: «ما اسم الذراع التابعة لبلاك روك…» asks for GIP.
    assert with_name_asked_as_who("ما اسم الذراع التابعة لبلاك روك؟") == "ما اسم الذراع التابعة لبلاك روك؟"


def test_iraqi_and_gulf_letters_fold_to_the_standard_ones():
    """«چان» is «كان» (was), «يگولون» is «يقولون» (they say), «ڤيرنوڤا» is «فيرنوفا»."""
    assert normalize_for_match("چان يگولون ڤيرنوڤا") == normalize_for_match("كان يقولون فيرنوفا")


def test_a_fiscal_year_in_shorthand_is_spelt_out():
    assert with_shorthand_spelled_out("Has MSFT guided FY26 capex? fy'25 too") == "Has MSFT guided fiscal year 2026 capex? fiscal year 2025 too"
    assert with_shorthand_spelled_out("the FY2025 budget") == "the FY2025 budget"


def test_a_word_typed_with_a_letter_dropped_or_swapped_is_mended():
    """"mony" is money and "bilion" billion; a word with a letter mistyped ("capex" is no "caper"),
    a British spelling ("centre"), a word the dictionary holds and a word that measures nothing
    ("relase", whose mending ranked another report's date first) stay as typed."""
    assert keyboard_slip_mended("mony") == "money"
    assert keyboard_slip_mended("bilion") == "billion"
    assert keyboard_slip_mended("eletricity") == "electricity"
    for word in ("capex", "centre", "many", "hyperscaler", "Mony", "relase", "diffrent"):
        assert keyboard_slip_mended(word) == word


def test_arabic_typed_on_a_persian_keyboard_is_read_in_arabic_letters():
    """cj043: «شرکة … رسومیات» and «۳۱» as a Persian or Urdu speaker types them."""
    assert with_arabic_letters("شرکة xAI تخطط لنشر کم وحدة معالجة رسومیات؟ ۳۱") == "شركة xAI تخطط لنشر كم وحدة معالجة رسوميات؟ ٣١"
    assert with_arabic_letters("How much?") == "How much?"


def test_the_s_of_a_contraction_is_no_letter_said_aloud():
    """"it's a b test" read "s a b" as an acronym spoken letter by letter."""
    assert with_letters_joined("it's a b test") == "it's a b test"
    assert with_letters_joined("the m g x fund") == "the mgx fund"


@pytest.mark.parametrize(("earlier", "later", "english", "arabic"), [
    ((2024, 9, 17), (2025, 3, 19), "6 months and 2 days", "6 أشهر ويومان"),
    ((2025, 1, 21), (2025, 3, 19), "1 month and 26 days", "شهر واحد و26 يومًا"),
    ((2024, 9, 17), (2025, 9, 17), "12 months", "12 شهرًا"),
])
def test_a_span_between_two_dates_is_written_as_a_calendar_counts_it(earlier, later, english, arabic):
    assert written_span(date(*earlier), date(*later), "en") == english
    assert written_span(date(*earlier), date(*later), "ar") == arabic
