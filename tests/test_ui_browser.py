"""The chat UI in a real headless Chromium (Debian's /usr/bin/chromium) against the live server.

Checks what a person sees: streamed answers with source cards, the direction the browser actually
lays each paragraph out in (computed CSS, not our attributes), escaped user text, the upload panel,
and that the page fetches nothing from outside 127.0.0.1. Screenshots go to artifacts/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no browser at {CHROMIUM} (apt-get install chromium)"),
]

# [computed direction, lang, text] of each paragraph of an answer and of its source cards.
_DIRECTIONS = """msg => ({
  answer: [...msg.querySelectorAll(':scope > p[dir]')].map(p => [getComputedStyle(p).direction, p.lang, p.textContent.trim()]),
  cards: [...msg.querySelectorAll('details.bot-source > p[dir]:not(.bot-link)')]
           .map(p => [getComputedStyle(p).direction, p.lang, p.textContent.trim()]),
})"""


# Scroll the chat so that this message sits at its top, clear of the chat's label.
_SCROLL_TO_TOP = """el => {
  el.scrollIntoView();
  let box = el.parentElement;
  while (box && !(/auto|scroll/.test(getComputedStyle(box).overflowY) && box.scrollHeight > box.clientHeight)) {
    box = box.parentElement;
  }
  if (box) box.scrollTop -= 48;
}"""


def laid_out_by_language(paragraphs: list[list[str]]) -> bool:
    """Every paragraph laid out right-to-left exactly when it is Arabic."""
    return all(d == ("rtl" if lang == "ar" else "ltr") for d, lang, _ in paragraphs)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


class Session:
    """One page on the UI, recording every request it makes."""

    def __init__(self, browser, url: str) -> None:
        self.context = browser.new_context(viewport={"width": 1200, "height": 1000})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.goto(url)
        self.page.wait_for_selector("#question textarea")
        self.page.wait_for_selector(".bot-status-ok")  # the status line says the models are ready

    def ask(self, question: str):
        """Ask, wait for the verified answer (it carries the badge), return the answer's element."""
        answers = self.page.locator("#chat .bot-msg:has(.bot-meta)")
        before = answers.count()
        self.page.fill("#question textarea", question)
        self.page.click("#send")
        self.page.wait_for_function(
            f"document.querySelectorAll('#chat .bot-msg .bot-meta').length > {before}", timeout=60_000)
        return answers.nth(before)

    def user_paragraph(self, question_start: str):
        return self.page.locator("#chat .bot-msg > p[dir]", has_text=question_start).last

    def screenshot(self, answer, name: str) -> None:
        """The question, the answer and its first source card opened, in view."""
        answer.locator("details.bot-source > summary").first.click()
        self.page.locator("#chat .bot-msg:not(:has(.bot-meta))").last.evaluate(_SCROLL_TO_TOP)
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=ARTIFACTS / name, full_page=True)

    def outside_requests(self) -> list[str]:
        return [u for u in self.requests if urlparse(u).scheme not in ("data", "blob")
                and urlparse(u).hostname != "127.0.0.1"]


@pytest.fixture
def session(browser, live_server) -> Iterator[Session]:
    session = Session(browser, live_server.url)
    yield session
    session.context.close()


def direction(locator) -> str:
    return locator.evaluate("el => getComputedStyle(el).direction")


def test_arabic_answer_is_right_to_left_even_when_it_starts_with_an_english_name(session):
    session.page.get_by_label("العربية").check()
    session.page.wait_for_selector("#send:has-text('اسأل')")  # labels switched to Arabic
    answer = session.ask("Microsoft كم تتوقع أن تنفق على مراكز البيانات؟")

    assert direction(session.user_paragraph("Microsoft كم")) == "rtl"
    laid_out = answer.evaluate(_DIRECTIONS)
    assert laid_out["answer"][0][0] == "rtl" and "80 مليار دولار" in laid_out["answer"][0][2]  # the figure, first
    assert laid_out_by_language(laid_out["answer"]) and laid_out_by_language(laid_out["cards"]), laid_out
    card = answer.locator("details.bot-source", has_text="مايكروسوفت تنفق").first
    quote = card.locator("p[dir]:not(.bot-link)")
    assert quote.text_content().strip().startswith("Microsoft تتوقع")  # an Arabic sentence opening in English
    assert direction(quote) == "rtl"
    assert card.locator("mark").count() == 1
    assert card.locator("a").get_attribute("href") == "https://example.org/microsoft-ar"
    assert answer.locator(".bot-badge").text_content() == "موثّقة بالمصادر"

    session.screenshot(answer, "ui-ar.png")
    assert session.outside_requests() == []


def test_english_answer_is_left_to_right_with_source_cards(session):
    answer = session.ask("How much will Microsoft spend on AI data centres in fiscal 2025?")

    laid_out = answer.evaluate(_DIRECTIONS)
    assert laid_out["answer"][0][0] == "ltr"
    assert laid_out_by_language(laid_out["answer"]) and laid_out_by_language(laid_out["cards"]), laid_out
    card = answer.locator("details.bot-source", has_text="Microsoft data-centre spending").first
    assert direction(card.locator("p[dir]:not(.bot-link)")) == "ltr"
    assert answer.locator(".bot-badge").text_content() == "grounded"
    assert "taken from the sources" in answer.locator(".bot-path").text_content()
    assert laid_out["answer"][0][2].startswith("$80 billion") or laid_out["answer"][0][2].startswith("About $80 billion")
    assert laid_out["answer"][1][2].startswith("From the sources:")  # the figure, then the quote below it

    session.screenshot(answer, "ui-en.png")
    assert session.outside_requests() == []


def test_user_text_is_shown_as_text_never_as_html(session):
    session.ask('What is <img src=x onerror="window.owned=1"><b>Stargate</b>?')
    assert session.page.locator("#chat img[src='x'], #chat b").count() == 0
    assert "<b>Stargate</b>" in session.user_paragraph("What is").text_content()
    assert session.page.evaluate("window.owned") is None


def test_upload_panel_refuses_bad_files_and_adds_good_ones(session, live_server, tmp_path):
    def articles() -> int:
        return httpx.get(f"{live_server.url}/api/health").json()["articles"]

    def upload(path: Path) -> str:
        page = session.page
        result = "(document.querySelector('#add-result p')?.textContent ?? '')"
        shown = page.evaluate(result)
        page.locator("#article-file input[type=file]").set_input_files(str(path))
        page.wait_for_selector(f"#article-file td.filename[aria-label='{path.name}']")
        page.click("#add-article")
        page.wait_for_function(f"shown => {result} !== shown", arg=shown)
        page.locator("#article-file button[aria-label='Clear']").click()
        return page.locator("#add-result p").text_content()

    session.page.get_by_text("Add an article").click()
    before = articles()
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 in Tartus".encode("latin-1"))
    assert upload(latin1) == "The file is not UTF-8 text. Nothing was added."
    assert articles() == before

    good = tmp_path / "harbour-news.md"
    good.write_text("---\ntitle: Tartus harbour\n---\nThe new harbour in Tartus opened in 2031.\n", encoding="utf-8")
    message = upload(good)
    try:
        assert message == f"Added “Tartus harbour” (harbour-news). The index now has {before + 1} articles."
        assert articles() == before + 1
    finally:
        httpx.delete(f"{live_server.url}/api/documents/harbour-news")
    assert session.outside_requests() == []
