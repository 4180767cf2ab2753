"""The Gradio chat UI, mounted at / on the API's FastAPI app.

Direction is decided per paragraph with :func:`bot.text.detect_language`, not with ``dir="auto"``:
an Arabic news sentence often starts with an English name ("Microsoft تتوقع ...") and the browser
would then lay the whole paragraph out left-to-right. Model, user and article text is always
HTML-escaped before it is wrapped in our own markup; only http(s) sources become links.
Nothing is fetched from outside the machine: analytics are off and the theme uses system fonts.
"""

from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before gradio is imported: no telemetry calls

import html
import re
import secrets
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlparse

import gradio as gr
from fastapi import FastAPI
from pydantic import ValidationError

from bot.api import DocumentIn, NotReadyError, RateLimiter, Service, parse_document
from bot.corpus import Article, CorpusError, slugify
from bot.pipeline import Answer, Citation, QuestionError
from bot.settings import Settings
from bot.text import detect_language

#: gradio_client: ``text, citations, grounded, refused, path = Client(url).predict(question, history, api_name="/chat")``
CHAT_API_NAME = "chat"
_CONTEXT_CHARS = 160  # article text shown around a quoted span in a source card
_FORMATS = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".html": "html", ".htm": "html"}

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Ask the articles",
        "subtitle": "Answers come only from the indexed articles, with the quoted sources. Ask in Arabic or English.",
        "chat": "Conversation", "question": "Your question", "placeholder": "Ask in Arabic or English…", "send": "Ask",
        "examples": "Examples",
        "upload": "Add an article", "file": "Article file (.md, .txt, .html)", "key": "API key", "add": "Add to the index",
        "grounded": "grounded", "refused": "refused", "ungrounded": "not grounded",
        "path_llm": "answered by the local model, checked against the sources",
        "path_llm-retry": "answered by the local model on a second try, checked against the sources",
        "path_extractive": "taken from the sources (no model text)",
        "path_refusal": "the sources do not answer this",
        "checking": "checking the draft against the sources…",
        "loading": "Loading the models… the chat answers as soon as they are ready.",
        "failed": "The bot could not start: {detail}",
        "ready": "Ready · {generator} · {articles} articles",
        "no_llm": "Ready · no language model configured: answers are quoted from the sources · {articles} articles",
        "llm_down": "The language model is unavailable ({detail}); answers are quoted from the sources instead.",
        "rate": "Too many questions from you; wait a minute and ask again.",
        "no_file": "Choose a file first.", "bad_key": "Wrong or missing API key: nothing was added.",
        "bad_type": "Unsupported file type “{suffix}”: use .md, .txt or .html. Nothing was added.",
        "too_big": "The file is larger than {limit} bytes. Nothing was added.",
        "not_utf8": "The file is not UTF-8 text. Nothing was added.", "empty": "The file is empty. Nothing was added.",
        "bad_doc": "The file cannot be used: {detail}. Nothing was added.",
        "added": "Added “{title}” ({id}). The index now has {count} articles.",
    },
    "ar": {
        "title": "اسأل المقالات",
        "subtitle": "تأتي الإجابات من المقالات المفهرسة وحدها، مع المصادر المقتبسة. اسأل بالعربية أو بالإنجليزية.",
        "chat": "المحادثة", "question": "سؤالك", "placeholder": "اكتب سؤالك بالعربية أو بالإنجليزية…", "send": "اسأل",
        "examples": "أمثلة",
        "upload": "إضافة مقال", "file": "ملف المقال (‎.md أو ‎.txt أو ‎.html)", "key": "مفتاح الواجهة البرمجية",
        "add": "أضف إلى الفهرس",
        "grounded": "موثّقة بالمصادر", "refused": "رفض الإجابة", "ungrounded": "غير موثّقة",
        "path_llm": "أجاب النموذج المحلي، وتم التحقق من الإجابة بالمصادر",
        "path_llm-retry": "أجاب النموذج المحلي في المحاولة الثانية، وتم التحقق من الإجابة بالمصادر",
        "path_extractive": "مأخوذة من المصادر (دون نص من النموذج)",
        "path_refusal": "لا تجيب المصادر عن هذا السؤال",
        "checking": "جارٍ التحقق من المسودة بالمصادر…",
        "loading": "جارٍ تحميل النماذج… ستجيب المحادثة حين تصبح جاهزة.",
        "failed": "تعذّر تشغيل البوت: {detail}",
        "ready": "جاهز · {generator} · {articles} مقالًا",
        "no_llm": "جاهز · لا يوجد نموذج لغوي مُعدّ: الإجابات مقتبسة من المصادر · {articles} مقالًا",
        "llm_down": "النموذج اللغوي غير متاح ({detail})؛ الإجابات مقتبسة من المصادر بدلًا منه.",
        "rate": "أرسلت أسئلة كثيرة؛ انتظر دقيقة ثم اسأل مجددًا.",
        "no_file": "اختر ملفًا أولًا.", "bad_key": "مفتاح الواجهة البرمجية خاطئ أو مفقود: لم يُضَف شيء.",
        "bad_type": "نوع الملف «{suffix}» غير مدعوم: استخدم ‎.md أو ‎.txt أو ‎.html. لم يُضَف شيء.",
        "too_big": "الملف أكبر من {limit} بايت. لم يُضَف شيء.",
        "not_utf8": "الملف ليس نصًا بترميز UTF-8. لم يُضَف شيء.", "empty": "الملف فارغ. لم يُضَف شيء.",
        "bad_doc": "لا يمكن استخدام الملف: {detail}. لم يُضَف شيء.",
        "added": "أُضيف «{title}» ({id}). يضم الفهرس الآن {count} مقالًا.",
    },
}

EXAMPLES = [
    "How much does the AI Infrastructure Partnership plan to raise initially?",
    "Which two companies joined the AI Infrastructure Partnership in March 2025?",
    "كم تنوي الشراكة جمعه من المستثمرين في المرحلة الأولى؟",
    "Microsoft كم ستنفق على مراكز البيانات في سنتها المالية الحالية؟",
]

THEME = gr.themes.Default(
    font=["system-ui", "Segoe UI", "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", "sans-serif"],
    font_mono=["ui-monospace", "DejaVu Sans Mono", "monospace"],
)
CSS = """
.bot-msg p[dir] { text-align: start; margin: 0 0 .4em; }
.bot-meta { margin-top: .5em; font-size: .85em; display: flex; gap: .5em; flex-wrap: wrap; align-items: center; }
.bot-badge { border-radius: 999px; padding: .1em .7em; font-weight: 600; }
.bot-grounded { background: #dcfce7; color: #166534; }
.bot-refused { background: #fef3c7; color: #92400e; }
.bot-ungrounded { background: #fee2e2; color: #991b1b; }
.bot-path, .bot-pending { opacity: .7; }
.bot-pending { font-style: italic; }
.bot-source { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .3em .7em; margin-top: .4em; }
.bot-source summary { cursor: pointer; font-weight: 600; }
.bot-source mark { background: #fde68a; color: inherit; padding: 0 .1em; }
.bot-link { font-size: .85em; overflow-wrap: anywhere; }
.bot-status { padding: .5em .8em; border-radius: 8px; background: var(--background-fill-secondary); }
.bot-status-warn { background: #fef3c7; color: #92400e; }
.bot-ok { color: #166534; } .bot-error { color: #991b1b; }
"""


# --- HTML --------------------------------------------------------------------------------------


def _dir(language: str) -> str:
    return 'dir="rtl" lang="ar"' if language == "ar" else 'dir="ltr" lang="en"'


def _escape(text: str) -> str:
    """Escaped, on one line: a blank line would end Gradio's HTML block and start Markdown."""
    return html.escape(" ".join(text.split()))


def paragraphs_html(text: str) -> str:
    """Each line its own <p>, right-to-left if it is Arabic, whatever script it starts with."""
    return "".join(f"<p {_dir(detect_language(line))}>{_escape(line)}</p>" for line in text.splitlines() if line.strip())


def _link(source: str) -> str:
    url = urlparse(source)
    if url.scheme in ("http", "https") and url.netloc:
        href = html.escape(source, quote=True)
        return f'<a href="{href}" title="{href}" target="_blank" rel="noopener noreferrer">{_escape(url.netloc)}</a>'
    return _escape(source)


def source_card(citation: Citation, article: Article | None) -> str:
    """A collapsible card: title, the quote highlighted in its surrounding text, the source."""
    before = after = ""
    if article is not None and article.text[citation.start : citation.end] == citation.quote:
        before = article.text[max(0, citation.start - _CONTEXT_CHARS) : citation.start]
        after = article.text[citation.end : citation.end + _CONTEXT_CHARS]
        before = ("…" if citation.start > _CONTEXT_CHARS else "") + before
        after += "…" if citation.end + _CONTEXT_CHARS < len(article.text) else ""
    body = f"{_escape(before)} <mark>{_escape(citation.quote)}</mark> {_escape(after)}"
    source = f'<p class="bot-link" dir="ltr">{_link(citation.source)}</p>' if citation.source else ""
    direction = _dir(detect_language(citation.quote))
    return (f'<details class="bot-source" {direction}><summary>[{citation.number}] {_escape(citation.title)}</summary>'
            f"<p {direction}>{body}</p>{source}</details>")


def answer_html(answer: Answer, articles: dict[str, Article], lang: str) -> str:
    labels = LABELS[lang]
    kind = "refused" if answer.refused else ("grounded" if answer.grounded else "ungrounded")
    meta = (f'<div class="bot-meta" {_dir(lang)}><span class="bot-badge bot-{kind}">{labels[kind]}</span>'
            f'<span class="bot-path">{labels["path_" + answer.path]}</span></div>')
    cards = "".join(source_card(c, articles.get(c.doc_id)) for c in answer.citations)
    text = answer.text
    if answer.path == "extractive":  # a figure, then quotes in their sources' languages: one paragraph each
        text = re.sub(r"(\[\d+\]\.?)\s+", r"\1\n", text)
    return f'<div class="bot-msg">{paragraphs_html(text)}{meta}{cards}</div>'


def status_html(service: Service, lang: str) -> str:
    labels, health = LABELS[lang], service.health()
    if health["status"] == "loading":
        text, kind = labels["loading"], "warn"
    elif health["status"] == "error":
        text, kind = labels["failed"].format(detail=health["detail"]), "warn"
    elif health["generator_error"]:
        text, kind = labels["llm_down"].format(detail=health["generator_error"]), "warn"
    elif health["generator"] == "extractive":
        text, kind = labels["no_llm"].format(**health), "ok"
    else:
        text, kind = labels["ready"].format(**health), "ok"
    return f'<div class="bot-status bot-status-{kind}" {_dir(lang)}>{_escape(text)}</div>'


def _header(lang: str) -> str:
    labels = LABELS[lang]
    return f'<div {_dir(lang)}><h1>{_escape(labels["title"])}</h1><p>{_escape(labels["subtitle"])}</p></div>'


def _note(text: str, ok: bool, lang: str) -> str:
    return f'<p class="{"bot-ok" if ok else "bot-error"}" {_dir(lang)}>{_escape(text)}</p>'


# --- the app -----------------------------------------------------------------------------------


def build_ui(service: Service, settings: Settings, limiter: RateLimiter) -> gr.Blocks:
    """The Blocks app; ``chat`` is also exposed to gradio_client as ``/chat``."""

    def client_of(request: gr.Request | None) -> str:
        return request.client.host if request is not None and request.client else "unknown"

    def respond(message: str, chat: list[dict[str, Any]], pairs: list[list[str]], lang: str,
                request: gr.Request) -> Iterator[tuple[list[dict[str, Any]], list[list[str]], str]]:
        if not message.strip():
            yield chat, pairs, ""
            return
        chat = chat + [{"role": "user", "content": f'<div class="bot-msg">{paragraphs_html(message)}</div>'}]

        def say(content: str) -> list[dict[str, Any]]:
            return chat + [{"role": "assistant", "content": content}]

        if limiter.retry_after(client_of(request)):
            yield say(_note(LABELS[lang]["rate"], False, lang)), pairs, ""
            return
        try:
            pipeline = service.ready()
            text = ""
            for event in pipeline.stream(message, pairs):
                if event["type"] == "token":  # provisional: replaced by the verified answer below
                    text += event["text"]
                    pending = f'<p class="bot-pending" {_dir(lang)}>{_escape(LABELS[lang]["checking"])}</p>'
                    yield say(f'<div class="bot-msg">{paragraphs_html(text)}{pending}</div>'), pairs, ""
                else:
                    answer: Answer = event["answer"]
                    yield say(answer_html(answer, pipeline.index.articles, lang)), pairs + [[message, answer.text]], ""
        except NotReadyError:
            yield say(status_html(service, lang)), pairs, ""
        except QuestionError as error:
            yield say(_note(str(error), False, lang)), pairs, ""

    def chat(question: str, history: list[list[str]] | None = None,
             request: gr.Request = None) -> tuple[str, list[dict[str, Any]], bool, bool, str]:
        """Answer one question from the articles: (text, citations, grounded, refused, path).

        A tuple, not the Answer dict: gradio_client would take a dict with a "path" key for a file.
        """
        if limiter.retry_after(client_of(request)):
            raise gr.Error(LABELS["en"]["rate"])
        try:
            answer = service.ready().ask(question, [tuple(turn) for turn in history or []])
        except (NotReadyError, QuestionError) as error:
            raise gr.Error(str(error)) from None
        return answer.text, [c.model_dump() for c in answer.citations], answer.grounded, answer.refused, answer.path

    def add_file(path: str | None, key: str, lang: str) -> str:
        labels = LABELS[lang]
        if not path:
            return _note(labels["no_file"], False, lang)
        if settings.api_key and not secrets.compare_digest((key or "").encode(), settings.api_key.encode()):
            return _note(labels["bad_key"], False, lang)
        file = Path(path)
        if file.suffix.lower() not in _FORMATS:
            return _note(labels["bad_type"].format(suffix=file.suffix or "?"), False, lang)
        raw = file.read_bytes()
        if len(raw) > settings.max_request_bytes:
            return _note(labels["too_big"].format(limit=settings.max_request_bytes), False, lang)
        try:
            content = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            return _note(labels["not_utf8"], False, lang)
        if not content.strip():
            return _note(labels["empty"], False, lang)
        try:
            article = parse_document(DocumentIn(content=content, format=_FORMATS[file.suffix.lower()]), slugify(file.stem))
            service.add(article)
        except (CorpusError, NotReadyError, ValidationError) as error:
            return _note(labels["bad_doc"].format(detail=error), False, lang)
        count = len(service.ready().index.articles)
        return _note(labels["added"].format(title=article.title, id=article.id, count=count), True, lang)

    def relabel(lang: str) -> tuple[Any, ...]:
        labels = LABELS[lang]
        return (_header(lang), status_html(service, lang), gr.Chatbot(label=labels["chat"]),
                gr.Textbox(label=labels["question"], placeholder=labels["placeholder"]), gr.Button(labels["send"]),
                gr.Accordion(label=labels["upload"]), gr.File(label=labels["file"]), gr.Textbox(label=labels["key"]),
                gr.Button(labels["add"]))

    def refresh_status(lang: str) -> tuple[str, gr.Timer]:
        return status_html(service, lang), gr.Timer(active=service.health()["status"] == "loading")

    labels = LABELS["en"]
    with gr.Blocks(title="Bilingual grounded QA") as blocks:
        with gr.Row():
            header = gr.HTML(_header("en"))
            lang = gr.Radio([("English", "en"), ("العربية", "ar")], value="en", label="Language · اللغة", scale=0,
                            min_width=200)
        status = gr.HTML()
        timer = gr.Timer(1.0)
        pairs = gr.State([])
        chatbot = gr.Chatbot(label=labels["chat"], height=520, sanitize_html=True, render_markdown=False,
                             latex_delimiters=[], elem_id="chat")
        with gr.Row():
            question = gr.Textbox(label=labels["question"], placeholder=labels["placeholder"], scale=5, elem_id="question")
            send = gr.Button(labels["send"], variant="primary", scale=1, elem_id="send")
        gr.Examples(EXAMPLES, inputs=[question], label="Examples · أمثلة")
        with gr.Accordion(labels["upload"], open=False) as upload:
            file = gr.File(label=labels["file"], file_types=list(_FORMATS), type="filepath", elem_id="article-file")
            key = gr.Textbox(label=labels["key"], type="password", visible=bool(settings.api_key))
            add = gr.Button(labels["add"], elem_id="add-article")
            added = gr.HTML(elem_id="add-result")

        for trigger in (question.submit, send.click):
            trigger(respond, [question, chatbot, pairs, lang], [chatbot, pairs, question], api_visibility="private")
        add.click(add_file, [file, key, lang], [added], api_visibility="private")
        lang.change(relabel, [lang], [header, status, chatbot, question, send, upload, file, key, add],
                    api_visibility="private")
        for trigger in (blocks.load, timer.tick):
            trigger(refresh_status, [lang], [status, timer], api_visibility="private")
        gr.api(chat, api_name=CHAT_API_NAME)
    return blocks


def mount_ui(app: FastAPI, service: Service, settings: Settings, limiter: RateLimiter) -> None:
    """Mount the UI at / (after the API routes, which keep precedence)."""
    gr.mount_gradio_app(app, build_ui(service, settings, limiter), path="/", theme=THEME, css=CSS, ssr_mode=False,
                        footer_links=["api", "settings"], max_file_size=settings.max_request_bytes)
