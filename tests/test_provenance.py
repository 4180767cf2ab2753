"""Questions about an article itself: which of its details they ask for, and how they are told."""

from __future__ import annotations

from bot.provenance import asked_details, details_line


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


def test_an_articles_details_are_told_in_the_questions_language():
    details = {"title": "Stargate", "publisher": "Entrepreneur", "date": "2025-01-21", "source": "https://example.invalid/s"}
    assert details_line(details, ["date"], "en") == '"Stargate", published by Entrepreneur, on 21 January 2025'
    assert details_line(details, ["link"], "ar") == "“Stargate”، الناشر Entrepreneur، بتاريخ 21 يناير 2025، https://example.invalid/s"
