"""The served app: REST + SSE, OpenAI-compatible (official client), documents, access, Gradio API, UI HTML.

Everything runs against one real uvicorn server (``live_server``) with the extractive backend;
access-control tests build small extra apps that share its loaded service.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import openai
import pytest
from fastapi.testclient import TestClient
from gradio_client import Client

from bot.api import MODEL_ID, Service, create_app
from bot.corpus import Article
from bot.pipeline import Answer, Citation, Pipeline
from bot.settings import Settings
from bot.ui import answer_html, status_html

EN_QUESTION = "How much will Stargate invest immediately?"
AR_QUESTION = "ما هي أكبر دولة منتجة لحبوب القهوة؟"


@pytest.fixture(scope="module")
def http(live_server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server.url, timeout=60) as client:
        yield client


def sse_events(text: str) -> list[tuple[str, dict]]:
    events = []
    for block in text.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((fields["event"], json.loads(fields["data"])))
    return events


def document_ids(http: httpx.Client) -> list[str]:
    return [doc["id"] for doc in http.get("/api/documents").json()]


# --- asking ------------------------------------------------------------------------------------


def test_health_is_ready_with_models_and_article_count(http):
    response = http.get("/api/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "embedder": "use-multilingual-v3", "generator": "extractive",
                               "generator_error": None, "articles": 6}


def test_health_says_loading_until_the_models_are_loaded(live_server):
    app = create_app(live_server.settings, Service(live_server.settings), ui=False)
    client = TestClient(app)  # no `with`: the lifespan (which starts loading) does not run
    assert client.get("/api/health").status_code == 503
    assert client.get("/api/health").json() == {"status": "loading"}
    response = client.post("/api/ask", json={"question": EN_QUESTION})
    assert response.status_code == 503 and "loading" in response.json()["detail"]


@pytest.mark.parametrize(("question", "language", "source"), [(EN_QUESTION, "en", "stargate-en"),
                                                              (AR_QUESTION, "ar", "coffee-ar")])
def test_ask_returns_a_cited_answer_in_the_question_language(http, question, language, source):
    response = http.post("/api/ask", json={"question": question})
    assert response.status_code == 200
    answer = response.json()
    assert answer["language"] == language and answer["grounded"] and not answer["refused"]
    assert answer["path"] == "extractive"
    assert source in [c["doc_id"] for c in answer["citations"]]
    assert all({"title", "source", "quote", "start", "end"} <= c.keys() for c in answer["citations"])


def test_ask_refuses_when_the_sources_do_not_answer(http):
    answer = http.post("/api/ask", json={"question": "What did Zorblaxian say about Mars?"}).json()
    assert answer["refused"] and answer["citations"] == []


def test_ask_uses_history_for_a_follow_up(http):
    history = [["How much will Stargate invest immediately?", "$100 billion [1]"]]
    answer = http.post("/api/ask", json={"question": "And over four years?", "history": history}).json()
    assert "Stargate" in answer["standalone_question"]
    assert "stargate-en" in [c["doc_id"] for c in answer["citations"]]


def test_ask_stream_sends_answer_then_done(http):
    with http.stream("POST", "/api/ask", json={"question": EN_QUESTION, "stream": True}) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        events = sse_events(response.read().decode())
    assert [name for name, _ in events] == ["answer", "done"]  # the extractive backend writes no tokens
    assert events[0][1]["citations"]


class EchoGenerator:
    """A stand-in LLM that streams a short grounded answer citing passage [1]."""

    name = "echo"

    def stream(self, messages, *, max_tokens, temperature=0.0, stop=None) -> Iterator[str]:
        yield from ["The sources ", "answer this ", "[1]."]

    def generate(self, messages, *, max_tokens, temperature=0.0, stop=None) -> str:
        return "".join(self.stream(messages, max_tokens=max_tokens))


def test_ask_stream_sends_tokens_then_the_verified_answer_then_done(live_server):
    settings = live_server.settings.model_copy(update={"figure_answers": False})  # let the LLM answer the figure
    service = Service(settings)
    service.pipeline = Pipeline(live_server.service.ready().index, EchoGenerator(), settings)
    client = TestClient(create_app(settings, service, ui=False))
    with client.stream("POST", "/api/ask", json={"question": EN_QUESTION, "stream": True}) as response:
        events = sse_events(response.read().decode())
    names = [name for name, _ in events]
    assert names == ["token", "token", "token", "answer", "done"]
    assert "".join(data["text"] for name, data in events if name == "token") == "The sources answer this [1]."
    assert events[3][1]["path"] == "llm" and events[3][1]["text"] == "The sources answer this [1]."


# --- OpenAI-compatible ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def openai_client(live_server) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{live_server.url}/v1", api_key="unused", max_retries=0)


def test_openai_models(openai_client):
    assert [model.id for model in openai_client.models.list()] == [MODEL_ID]


def test_openai_chat_completion_with_sources(openai_client):
    completion = openai_client.chat.completions.create(
        model=MODEL_ID, messages=[{"role": "system", "content": "ignored"}, {"role": "user", "content": AR_QUESTION}])
    assert completion.object == "chat.completion"
    assert completion.choices[0].message.content.startswith("من المصادر")
    assert completion.choices[0].finish_reason == "stop"
    extra = completion.model_extra
    assert extra["grounded"] is True and extra["refused"] is False
    assert "coffee-ar" in [source["doc_id"] for source in extra["sources"]]


def test_openai_streamed_chat_completion_matches_the_whole_answer(openai_client):
    messages = [{"role": "user", "content": "How much will Stargate invest immediately?"},
                {"role": "assistant", "content": "$100 billion [1]"},
                {"role": "user", "content": "And over four years?"}]
    whole = openai_client.chat.completions.create(model=MODEL_ID, messages=messages)
    chunks = list(openai_client.chat.completions.create(model=MODEL_ID, messages=messages, stream=True))
    assert all(chunk.object == "chat.completion.chunk" for chunk in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(chunk.choices[0].delta.content or "" for chunk in chunks) == whole.choices[0].message.content
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert chunks[-1].model_extra["sources"] == whole.model_extra["sources"]


def test_openai_stream_ends_with_done(http):
    body = {"model": MODEL_ID, "stream": True, "messages": [{"role": "user", "content": EN_QUESTION}]}
    with http.stream("POST", "/v1/chat/completions", json=body) as response:
        text = response.read().decode()
    assert text.endswith("data: [DONE]\n\n")


def test_openai_last_message_must_be_the_users(openai_client):
    with pytest.raises(openai.UnprocessableEntityError, match="last message must come from the user"):
        openai_client.chat.completions.create(model=MODEL_ID, messages=[{"role": "assistant", "content": "hi"}])


# --- documents -----------------------------------------------------------------------------------

MUSEUM_MD = """---
id: glass-museum
title: A glass museum opens in Tartus
language: en
source: https://example.org/glass
date: 2031-05-02
---
The Qalamoun Glass Museum opened in Tartus in May 2031 with 4,200 pieces of Phoenician glass.
"""
MUSEUM_QUESTION = "How many pieces of glass does the Qalamoun Glass Museum hold?"


def cited(http: httpx.Client, question: str) -> list[str]:
    return [c["doc_id"] for c in http.post("/api/ask", json={"question": question}).json()["citations"]]


def test_documents_add_list_delete_change_answers_live(http, live_server):
    assert "glass-museum" not in cited(http, MUSEUM_QUESTION)
    response = http.post("/api/documents", json={"content": MUSEUM_MD, "format": "markdown"})
    assert response.status_code == 201
    assert response.json()["id"] == "glass-museum" and response.json()["title"] == "A glass museum opens in Tartus"
    assert "glass-museum" in document_ids(http)
    assert cited(http, MUSEUM_QUESTION)[0] == "glass-museum"
    assert http.delete("/api/documents/glass-museum").json() == {"deleted": "glass-museum"}
    assert "glass-museum" not in document_ids(http)
    assert "glass-museum" not in cited(http, MUSEUM_QUESTION)
    assert http.get("/api/health").json()["articles"] == 6


def test_documents_are_saved_to_the_index_on_disk(http, live_server):
    from bot.index import HybridIndex

    http.post("/api/documents", json={"content": "Tartus has a new harbour.", "format": "text", "id": "harbour"})
    try:
        saved = HybridIndex.load(live_server.settings.index_dir, live_server.service.ready().index.embedder)
        assert "harbour" in saved.articles
    finally:
        http.delete("/api/documents/harbour")


def test_html_documents_keep_text_only(http, live_server):
    page = ("<html><head><title>Harbour news</title><script>alert('owned')</script></head><body>"
            "<p onclick=\"steal()\">The new harbour in <b>Tartus</b> opened in 2031.</p>"
            "<script>document.cookie</script><style>p{}</style></body></html>")
    response = http.post("/api/documents", json={"content": page, "format": "html", "id": "harbour-html"})
    assert response.status_code == 201
    try:
        text = live_server.service.ready().index.articles["harbour-html"].text
        assert text == "The new harbour in Tartus opened in 2031."
        assert response.json()["title"] == "Harbour news"
    finally:
        http.delete("/api/documents/harbour-html")


@pytest.mark.parametrize(("body", "message"), [
    ({"content": "text", "format": "pdf"}, "format: Input should be 'text', 'markdown' or 'html'"),
    ({"content": "", "format": "text"}, "content: String should have at least 1 character"),
    ({"content": "text", "format": "text", "id": "bad id!"}, "id: String should match pattern"),
    ({"content": "text", "format": "text", "language": "fr"}, "language: Input should be 'ar' or 'en'"),
    ({"content": "---\nid: 'bad id!'\n---\nbody", "format": "markdown"}, "invalid id 'bad id!'"),
    ({"content": "---\ntitle: [unclosed\n---\nbody", "format": "markdown"}, "invalid front matter"),
    ({"content": "<script>only()</script>", "format": "html"}, "the document has no text"),
    ({"format": "text"}, "content: Field required"),
])
def test_bad_documents_are_refused_and_change_nothing(http, body, message):
    before = document_ids(http)
    response = http.post("/api/documents", json=body)
    assert response.status_code == 422
    assert message in response.json()["detail"]
    assert document_ids(http) == before


def test_deleting_an_unknown_document_is_404(http):
    response = http.delete("/api/documents/no-such-doc")
    assert response.status_code == 404 and "no-such-doc" in response.json()["detail"]


# --- bad questions -------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "message"), [
    ({"question": "   "}, "the question is empty"),
    ({"question": "x" * 1001}, "longer than 1000 characters"),
    ({"question": 5}, "question: Input should be a valid string"),
    ({"question": "q", "history": "not a list"}, "history: Input should be a valid list"),
    ({"question": "q", "history": [["only one"]]}, "history.0"),
    ({"question": "q", "stream": "maybe"}, "stream: Input should be a valid boolean"),
    ({}, "question: Field required"),
])
def test_bad_questions_get_a_clear_422(http, body, message):
    response = http.post("/api/ask", json=body)
    assert response.status_code == 422
    assert message in response.json()["detail"]


def test_bad_json_gets_a_clear_422(http):
    response = http.post("/api/ask", content=b'{"question": ', headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert "not valid JSON" in response.json()["detail"]


# --- access --------------------------------------------------------------------------------------


def test_large_bodies_are_refused_with_413(http, live_server):
    limit = live_server.settings.max_request_bytes
    response = http.post("/api/ask", json={"question": "x" * limit})
    assert response.status_code == 413 and str(limit) in response.json()["detail"]
    chunked = http.post("/api/documents", content=iter([b"{" + b" " * limit, b"}"]),
                        headers={"content-type": "application/json"})
    assert chunked.status_code == 413


@pytest.fixture(scope="module")
def keyed(live_server) -> TestClient:
    settings = live_server.settings.model_copy(update={"api_key": "s3cret"})
    return TestClient(create_app(settings, live_server.service, ui=False))


@pytest.mark.parametrize(("method", "path", "body"), [
    ("POST", "/api/ask", {"question": EN_QUESTION}),
    ("GET", "/v1/models", None),
    ("POST", "/v1/chat/completions", {"messages": [{"role": "user", "content": EN_QUESTION}]}),
    ("GET", "/api/documents", None),
    ("POST", "/api/documents", {"content": "text", "format": "text"}),
    ("DELETE", "/api/documents/coffee-en", None),
])
def test_api_key_is_required_when_set(keyed, method, path, body):
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"X-API-Key": "wrong"}):
        response = keyed.request(method, path, json=body, headers=headers)
        assert response.status_code == 401, headers
        assert "API key" in response.json()["detail"]


def test_api_key_is_accepted_as_bearer_or_header(keyed):
    assert keyed.get("/v1/models", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert keyed.get("/api/documents", headers={"X-API-Key": "s3cret"}).status_code == 200
    assert keyed.get("/api/health").status_code == 200  # probes need no key


def test_openai_client_sends_the_key(keyed):
    def client(key: str) -> openai.OpenAI:
        return openai.OpenAI(base_url="http://testserver/v1", api_key=key, http_client=keyed, max_retries=0)

    assert [model.id for model in client("s3cret").models.list()] == [MODEL_ID]
    with pytest.raises(openai.AuthenticationError):
        client("wrong").models.list()


def test_rate_limit_answers_429(live_server):
    settings = live_server.settings.model_copy(update={"rate_limit_per_minute": 3})
    client = TestClient(create_app(settings, live_server.service, ui=False))
    codes = [client.get("/v1/models").status_code for _ in range(10)]
    assert codes[:3] == [200, 200, 200] and 429 in codes  # a minute boundary can reset the count once
    limited = next(r for r in (client.get("/v1/models") for _ in range(4)) if r.status_code == 429)
    assert int(limited.headers["Retry-After"]) > 0 and "3 requests per minute" in limited.json()["detail"]
    assert client.get("/api/health").status_code == 200


def test_cors_is_off_unless_origins_are_set(live_server, http):
    preflight = {"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"}
    assert "access-control-allow-origin" not in http.options("/api/ask", headers=preflight).headers
    settings = live_server.settings.model_copy(update={"cors_origins": ["https://elsewhere.example"]})
    client = TestClient(create_app(settings, live_server.service, ui=False))
    response = client.options("/api/ask", headers=preflight)
    assert response.headers["access-control-allow-origin"] == "https://elsewhere.example"


# --- Gradio's own API ----------------------------------------------------------------------------


def test_gradio_client_chat(live_server):
    client = Client(live_server.url, verbose=False)
    text, citations, grounded, refused, path = client.predict(AR_QUESTION, [], api_name="/chat")
    assert text.startswith("من المصادر") and grounded and not refused and path == "extractive"
    assert "coffee-ar" in [c["doc_id"] for c in citations]
    follow_up = client.predict("And over four years?", [[EN_QUESTION, "$100 billion [1]"]], api_name="/chat")
    assert "stargate-en" in [c["doc_id"] for c in follow_up[1]]


# --- start-up states and the UI's HTML -----------------------------------------------------------


def test_openapi_docs_are_served(http):
    assert http.get("/docs").status_code == 200
    paths = http.get("/openapi.json").json()["paths"]
    assert {"/api/ask", "/api/documents", "/api/documents/{doc_id}", "/api/health", "/v1/chat/completions",
            "/v1/models"} <= paths.keys()


def test_a_failed_load_is_reported_not_fatal(live_server, tmp_path):
    (tmp_path / "empty").mkdir()
    settings = live_server.settings.model_copy(update={"index_dir": tmp_path / "none", "corpus_dir": tmp_path / "empty"})
    service = Service(settings)
    service.load()
    client = TestClient(create_app(settings, service, ui=False))
    response = client.get("/api/health")
    assert response.status_code == 503
    assert response.json()["status"] == "error" and "holds no supported files" in response.json()["detail"]
    assert "holds no supported files" in client.post("/api/ask", json={"question": EN_QUESTION}).json()["detail"]
    assert "could not start" in status_html(service, "en")


def test_an_unavailable_llm_falls_back_to_extractive_and_says_so(live_server, tmp_path):
    settings = live_server.settings.model_copy(update={"generator": "llama", "llm_model": str(tmp_path / "none.gguf")})
    service = Service(settings)
    service.load()
    health = service.health()
    assert health["status"] == "ready" and health["generator"] == "extractive"
    assert "none.gguf" in health["generator_error"]
    assert service.ready().ask(EN_QUESTION).path == "extractive"
    assert "language model is unavailable" in status_html(service, "en")
    assert "النموذج اللغوي غير متاح" in status_html(service, "ar")


def test_status_while_loading():
    assert "Loading the models" in status_html(Service(Settings()), "en")


def _answer(text: str, language: str, quote: str, source: str, path: str = "llm") -> Answer:
    citation = Citation(number=1, doc_id="d", title="<b>T</b>", source=source, language=language, quote=quote,
                        start=0, end=len(quote))
    return Answer(question="q", standalone_question="q", text=text, language=language, citations=[citation],
                  grounded=True, refused=False, path=path)


def test_answer_html_escapes_everything_and_sets_direction_per_paragraph():
    answer = _answer('<script>alert(1)</script> Hi\nMicrosoft تتوقع إنفاق 80 مليار دولار. [1]', "en",
                     "Microsoft تتوقع إنفاق 80 مليار دولار.", "https://example.org/a?b=1&c=<x>")
    article = Article(id="d", title="t", text="Microsoft تتوقع إنفاق 80 مليار دولار. وقالت الشركة.", language="ar")
    html = answer_html(answer, {"d": article}, "en")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; Hi" in html
    assert '<p dir="ltr" lang="en">&lt;script&gt;' in html
    assert '<p dir="rtl" lang="ar">Microsoft تتوقع' in html
    assert "<b>" not in html and "&lt;b&gt;T&lt;/b&gt;" in html
    assert '<mark>Microsoft تتوقع إنفاق 80 مليار دولار.</mark> وقالت الشركة.' in html
    assert 'href="https://example.org/a?b=1&amp;c=&lt;x&gt;"' in html
    assert "bot-grounded" in html and "checked against the sources" in html


@pytest.mark.parametrize("source", ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.org/f", "notes"])
def test_only_http_sources_become_links(source):
    html = answer_html(_answer("Hi [1]", "en", "Hi.", source), {}, "en")
    assert "href=" not in html and "<b>x" not in html


def test_extractive_answers_put_each_quote_in_its_own_paragraph():
    answer = _answer("From the sources: Microsoft expects $80 billion. [1] Microsoft تتوقع 80 مليار دولار. [2]", "en",
                     "q", "", path="extractive")
    html = answer_html(answer, {}, "en")
    assert '<p dir="ltr" lang="en">From the sources: Microsoft expects $80 billion. [1]</p>' in html
    assert '<p dir="rtl" lang="ar">Microsoft تتوقع 80 مليار دولار. [2]</p>' in html
