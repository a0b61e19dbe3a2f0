"""The LLM extractor against a small HTTP server that answers like an OpenAI-compatible
chat-completions endpoint (Ollama's, vLLM's, llama.cpp's): what it sends, how it reads
the answer, and that it keeps the rules' row on any error or invalid answer."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from cpe_runs.extraction import ExtractionError, extract_certificates, load_extractor
from cpe_runs.extraction.llm import LlmExtractor

from .certificates import CALIFORNIA_FIELDS, CORPUS, text_bytes

CERT = {cert.name: cert for cert in CORPUS}["webinar_colon_labels"]
RULES_ROW = CERT.expected


class Endpoint:
    """A chat-completions endpoint whose answer each test sets; it records requests."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.answer: Callable[[dict], tuple[int, bytes]] = lambda body: (500, b"{}")
        handler = self._handler()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def _handler(self):
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                endpoint.requests.append(
                    {"path": self.path, "headers": dict(self.headers), "body": body}
                )
                status, payload = endpoint.answer(body)
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args) -> None:
                pass

        return Handler

    def replies(self, content: str) -> None:
        """Answer every request with a completion whose message is `content`."""
        completion = {
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]
        }
        self.answer = lambda body: (200, json.dumps(completion).encode())

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def endpoint() -> Iterator[Endpoint]:
    server = Endpoint()
    try:
        yield server
    finally:
        server.close()


def _extract(extractor, markup: str = CERT.markup) -> list[dict]:
    return extractor(
        text_bytes(markup), filename="c.txt", content_type="text/plain", fields=CALIFORNIA_FIELDS
    )


def _values(row: dict) -> dict:
    return {k: v for k, v in row.items() if not k.startswith("_")}


def test_the_request_carries_the_text_model_key_and_a_json_schema_of_the_fields(endpoint):
    endpoint.replies(json.dumps({name: None for name in RULES_ROW}))
    extractor = LlmExtractor(url=endpoint.url, model="qwen2.5:7b", api_key="sk-test")
    _extract(extractor)
    [request] = endpoint.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["headers"]["Authorization"] == "Bearer sk-test"
    body = request["body"]
    assert body["model"] == "qwen2.5:7b" and body["temperature"] == 0
    assert "Lease Accounting Under ASC 842" in body["messages"][-1]["content"]
    schema = body["response_format"]["json_schema"]["schema"]
    assert body["response_format"]["type"] == "json_schema"
    assert schema["required"] == [field.name for field in CALIFORNIA_FIELDS]
    assert schema["additionalProperties"] is False
    assert schema["properties"]["CPE Hours"]["type"] == ["number", "null"]
    assert schema["properties"]["Completion Date"]["type"] == ["string", "null"]


def test_the_models_answer_is_normalised_and_gaps_are_filled_from_the_rules(endpoint):
    endpoint.replies(
        "```json\n"
        + json.dumps(
            {
                "Course Title": "Lease Accounting Under ASC 842: Year Two Lessons",
                "Provider/Sponsor": "Summit CPE Academy, LLC",
                "Completion Date": "March 14, 2025",  # normalised to ISO
                "CPE Hours": "2.0 CPE credits",  # to a number
                "Field of Study": "ACCOUNTING",  # to NASBA's spelling
                "Certificate Number": None,  # left out: the rules' value
                "Delivery Method": "live webinar",  # to the standard name
            }
        )
        + "\n```"
    )
    [row] = _extract(LlmExtractor(url=endpoint.url))
    assert _values(row) == RULES_ROW
    assert row["_source"] == "llm"
    assert row["_confidence"]["Course Title"] == 0.95  # the rules read the same
    assert set(row["_confidence"]) == set(RULES_ROW)


def test_a_value_the_rules_read_otherwise_is_kept_but_marked_for_a_look(endpoint):
    answer = dict(RULES_ROW, **{"CPE Hours": 3})
    endpoint.replies(json.dumps(answer))
    [row] = _extract(LlmExtractor(url=endpoint.url))
    assert row["CPE Hours"] == 3 and row["_confidence"]["CPE Hours"] < 0.8


@pytest.mark.parametrize(
    "answer",
    [
        lambda body: (500, b'{"error": "model not loaded"}'),
        lambda body: (200, b"not json at all"),
        lambda body: (200, json.dumps({"choices": []}).encode()),
        lambda body: (
            200,
            json.dumps({"choices": [{"message": {"content": "Sure! Here"}}]}).encode(),
        ),
        lambda body: (
            200,
            json.dumps({"choices": [{"message": {"content": "[1, 2]"}}]}).encode(),
        ),
    ],
    ids=["http_500", "not_json", "no_choices", "prose_answer", "array_answer"],
)
def test_any_error_or_invalid_answer_keeps_the_rules_row(endpoint, answer):
    endpoint.answer = answer
    rows = _extract(LlmExtractor(url=endpoint.url))
    assert rows == _extract(extract_certificates)
    assert rows[0]["_source"] == "text" and _values(rows[0]) == RULES_ROW


def test_a_model_slower_than_the_timeout_keeps_the_rules_row(endpoint):
    def slow(body):
        time.sleep(1.0)
        return 200, b"{}"

    endpoint.answer = slow
    [row] = _extract(LlmExtractor(url=endpoint.url, timeout=0.2))
    assert row["_source"] == "text" and _values(row) == RULES_ROW


def test_an_endpoint_nobody_listens_on_keeps_the_rules_row(endpoint):
    url = endpoint.url
    endpoint.close()
    [row] = _extract(LlmExtractor(url=url, timeout=2))
    assert _values(row) == RULES_ROW


def test_an_unreadable_file_still_fails_without_asking_the_model(endpoint):
    with pytest.raises(ExtractionError, match="empty file"):
        LlmExtractor(url=endpoint.url)(
            b"  ", filename="e.txt", content_type="text/plain", fields=CALIFORNIA_FIELDS
        )
    assert endpoint.requests == []


def test_the_llm_url_setting_makes_it_the_default_extractor(endpoint, monkeypatch):
    monkeypatch.setenv("CPE_RUNS_LLM_URL", endpoint.url + "/chat/completions")
    monkeypatch.setenv("CPE_RUNS_LLM_MODEL", "llama3.1:8b")
    monkeypatch.delenv("CPE_RUNS_LLM_API_KEY", raising=False)
    extractor = load_extractor(None)
    assert isinstance(extractor, LlmExtractor)
    endpoint.replies(json.dumps(RULES_ROW))
    _extract(extractor)
    [request] = endpoint.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["body"]["model"] == "llama3.1:8b"
    assert "Authorization" not in request["headers"]
    monkeypatch.delenv("CPE_RUNS_LLM_URL")
    assert load_extractor(None) is extract_certificates
