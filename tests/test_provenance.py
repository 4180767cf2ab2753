"""Questions about an article itself: which of its details they ask for, and how they are told."""

from __future__ import annotations

from bot.provenance import article_asked_about, asked_details, details_line


def test_questions_about_an_article_itself_ask_for_its_details():
    """Title, publisher, date, link and author of the article itself; not what its text says of a post
    or a report, not a detail set aside ("not the publication date"), not "headline totals"."""
    assert asked_details("What publication date should I give for the Arabian Business article?") == ["date"]
    assert asked_details("For my bibliography: who is the publisher of the original story?") == ["publisher"]
    assert asked_details("شو عنوان المقال؟") == ["title"]
    assert asked_details("مين الصحفي اللي كتب خبر ستارغيت؟") == ["author"]
    assert asked_details("When was the Nvidia/xAI joining announced — the day itself, not the publication date of the article?") == []
    assert asked_details("شكون اللي كتب l'article فالblog ديال مايكروسوفت؟") == []
    assert asked_details("If AIP only raises its initial equity target, how much of the headline total would remain?") == []
    assert asked_details("Who from Nvidia is quoted in the piece, and what's his title?") == []
    # XQuAD asks of articles its paragraphs name: by their year, by what their title says
    assert asked_details("What article was published in 1937?") == []
    assert asked_details("أي مقال نُشر في 1937؟") == []
    assert asked_details("في عنوان المقال، ماذا كانت الآلة تأمل أن تُنهي؟") == []
    assert asked_details("Who was the publisher of Time magazine?") == []
    # ch044: "the headline figure" is the main number, not a title
    assert asked_details("How much money is behind Stargate: what's the headline figure?") == []
    assert asked_details("What's the headline of the Arabian Business article?") == ["title"]


def test_an_articles_details_are_told_in_the_questions_language():
    details = {"title": "Stargate", "publisher": "Entrepreneur", "date": "2025-01-21", "source": "https://example.invalid/s"}
    assert details_line(details, ["date"], "en") == '"Stargate", published by Entrepreneur, on 21 January 2025'
    assert details_line(details, ["link"], "ar") == "الناشر Entrepreneur، بتاريخ 21 يناير 2025، https://example.invalid/s"


def test_a_title_in_the_other_language_is_given_only_when_asked_for():
    """ax026: an Arabic answer naming an English note's title read as English."""
    details = {"title": "Background: Microsoft's AI data-centre spending in fiscal year 2025", "publisher": "A News",
               "date": "2025-01-04"}
    assert details_line(details, ["publisher"], "ar") == "الناشر A News، بتاريخ 4 يناير 2025"
    assert details_line(details, ["title"], "ar").startswith("“Background: Microsoft's")


def test_an_uploaded_date_that_is_no_date_is_told_as_written():
    """An upload's details are the uploader's: "2025-13-40" once raised IndexError for month 13."""
    details = {"title": "Notes", "publisher": "Me", "date": "2025-13-40"}
    assert details_line(details, ["date"], "en") == '"Notes", published by Me, on 2025-13-40'


def test_the_article_asked_about_by_its_language_is_that_language_s():
    """bc007: «المقال العربي … مين الجهة اللي ناشرته؟» ("who is the party that published it") was not
    read as asking the publisher, and the details were the English translation's."""
    assert asked_details("المقال العربي تبع انضمام إنفيديا وxAI للشراكة، مين الجهة اللي ناشرته؟") == ["publisher"]
    english = {"title": "xAI and Nvidia join", "publisher": "Arabian Business (Arabic edition); English translation", "language": "en"}
    arabic = {"title": "«إكس إيه آي» و«إنفيديا» تنضمان", "publisher": "Arabian Business (Arabic edition)", "language": "ar"}
    assert article_asked_about("المقال العربي عن انضمام إنفيديا، مين ناشره؟", [english, arabic]) is arabic
    assert article_asked_about("Who published the English article on Nvidia joining?", [arabic, english]) is english
