"""An optional extractor that asks a language model: any OpenAI-compatible
chat-completions endpoint (a local Ollama, vLLM or llama.cpp server, or a hosted one).

Configured by CPE_RUNS_LLM_URL (the API's base, e.g. http://127.0.0.1:11434/v1, or
its full .../chat/completions address), CPE_RUNS_LLM_MODEL and CPE_RUNS_LLM_API_KEY
(sent as a bearer token when set). The document is read as the rules read it (text,
text layer, or OCR for scans); each certificate's text is sent with a JSON schema of
the state's fields, and the answer is normalised as the rules' values are. On any
error or invalid answer the rules' row is kept: a model that is down, slow or
talking nonsense never loses a certificate.
"""

from __future__ import annotations

import json
import logging
import re
import urllib.error
import urllib.request
from collections.abc import Sequence
from statistics import fmean
from typing import Any

from ..config import Settings
from . import labels as lb
from .certificate import certificate_row, concept_for, group_certificates
from .contract import TemplateField
from .documents import read_document
from .layout import Page
from .normalize import (
    clean_text,
    delivery_method,
    field_of_study,
    parse_date,
    parse_hours,
    parse_number,
)

log = logging.getLogger(__name__)

# An answer larger than this is not a row of a CPE sheet.
MAX_ANSWER_BYTES = 1 << 20

_SYSTEM = (
    "You copy values from one CPE (continuing professional education) certificate into"
    " a form. Answer with one JSON object holding exactly the fields asked for. Use null"
    " for anything the certificate does not state; never guess. Dates as YYYY-MM-DD (the"
    " date the course was completed; for a range, its last day). Hours as a number (CPE"
    " credits earned). Copy names and titles as printed."
)
# How sure a model's value is: when the rules read the same, when they read nothing,
# and when they read something else (a person should look).
_AGREED, _MODEL_ONLY, _DISAGREED = 0.95, 0.8, 0.7


class LlmExtractor:
    """The extractor; instantiated once per worker (CPE_RUNS_EXTRACTOR may name it)."""

    def __init__(
        self,
        url: str | None = None,
        model: str | None = None,
        api_key: str | None = None,
        timeout: float | None = None,
    ) -> None:
        settings = Settings.from_env()  # the defaults are config.py's
        url = url or settings.llm_url or ""
        if not url.strip():
            raise ValueError("CPE_RUNS_LLM_URL is not set: the LLM extractor needs an endpoint")
        self.url = completions_url(url.strip())
        self.model = model or settings.llm_model
        self.api_key = api_key if api_key is not None else settings.llm_api_key
        self.timeout = timeout or settings.llm_timeout_seconds

    def __call__(
        self, data: bytes, *, filename: str, content_type: str, fields: Sequence[TemplateField]
    ) -> list[dict[str, Any]]:
        # An unreadable file fails here, as with the rules (ExtractionError: no retry).
        pages = read_document(data, filename=filename, content_type=content_type)
        return [self._row(fields, certificate) for certificate in group_certificates(pages)]

    def _row(self, fields: Sequence[TemplateField], pages: Sequence[Page]) -> dict[str, Any]:
        rules = certificate_row(fields, pages)
        text = "\n".join(page.text for page in pages)
        try:
            answer = self.ask(text, fields)
        except Exception as exc:  # any failure of the model: the rules' row stands
            log.warning("LLM extractor fell back to the rules: %s", _describe(exc))
            return rules
        return merge(fields, answer, rules, pages)

    def ask(self, text: str, fields: Sequence[TemplateField]) -> dict[str, Any]:
        """The model's answer for one certificate's text, as a JSON object."""
        body = {
            "model": self.model,
            "temperature": 0,
            "messages": [
                {"role": "system", "content": _SYSTEM},
                {
                    "role": "user",
                    "content": f"Fields:\n{_describe_fields(fields)}\n\nCertificate:\n{text}",
                },
            ],
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": "cpe_certificate",
                    "strict": True,
                    "schema": json_schema(fields),
                },
            },
        }
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(
            self.url, json.dumps(body).encode(), headers=headers, method="POST"
        )
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            raw = response.read(MAX_ANSWER_BYTES + 1)
        if len(raw) > MAX_ANSWER_BYTES:
            raise ValueError("the answer is larger than a certificate's row")
        content = json.loads(raw)["choices"][0]["message"]["content"]
        answer = json.loads(_unfenced(content))
        if not isinstance(answer, dict):
            raise ValueError(f"the answer is a JSON {type(answer).__name__}, not an object")
        return answer


def completions_url(url: str) -> str:
    """The chat-completions address from the API's base or the address itself."""
    url = url.rstrip("/")
    return url if url.endswith("/chat/completions") else f"{url}/chat/completions"


def json_schema(fields: Sequence[TemplateField]) -> dict[str, Any]:
    """The JSON schema of one certificate's row: every field, null when not stated."""
    types = {"number": "number", "date": "string", "text": "string"}
    properties: dict[str, Any] = {}
    for field in fields:
        spec: dict[str, Any] = {"type": [types.get(field.data_type, "string"), "null"]}
        if field.data_type == "date":
            spec["description"] = "YYYY-MM-DD"
        if field.prompt:
            spec["description"] = field.prompt
        properties[field.name] = spec
    return {
        "type": "object",
        "properties": properties,
        "required": [field.name for field in fields],
        "additionalProperties": False,
    }


def _describe_fields(fields: Sequence[TemplateField]) -> str:
    return "\n".join(
        f"- {f.name} ({f.data_type}){': ' + f.prompt if f.prompt else ''}" for f in fields
    )


def _unfenced(content: str) -> str:
    """The JSON inside a ```json fence that some models add."""
    fenced = re.fullmatch(r"\s*```(?:json)?\s*(.*?)\s*```\s*", content, re.S)
    return fenced.group(1) if fenced else content


def normalise(field: TemplateField, value: Any) -> Any:
    """A model's value as the rules would store it; None when it is not one."""
    if value is None or isinstance(value, bool | dict | list):
        return None
    text = str(value).strip()
    if not text:
        return None
    if field.data_type == "date":
        return parse_date(text)
    if field.data_type == "number":
        if isinstance(value, int | float):
            return value if 0 <= value <= 999_999 else None
        concept = concept_for(field.name)
        return parse_hours(text) if concept == lb.HOURS else parse_number(text)
    concept = concept_for(field.name)
    if concept == lb.METHOD:
        return delivery_method(text) or clean_text(text)
    if concept == lb.FIELD:
        return field_of_study(text)
    return clean_text(text)


def merge(
    fields: Sequence[TemplateField],
    answer: dict[str, Any],
    rules: dict[str, Any],
    pages: Sequence[Page],
) -> dict[str, Any]:
    """The model's row, with what it left out taken from the rules, and a confidence
    for each value from whether the two readings agree."""
    ocr = [word.confidence for page in pages for word in page.words if page.source == "ocr"]
    legibility = fmean(ocr) if ocr else 1.0
    rules_confidence: dict[str, float] = rules.get("_confidence", {})
    row: dict[str, Any] = {}
    confidence: dict[str, float] = {}
    for field in fields:
        value = normalise(field, answer.get(field.name))
        ruled = rules.get(field.name)
        if value is None:
            row[field.name] = ruled
            if ruled is not None and field.name in rules_confidence:
                confidence[field.name] = rules_confidence[field.name]
            continue
        row[field.name] = value
        certainty = _MODEL_ONLY if ruled is None else _AGREED if ruled == value else _DISAGREED
        confidence[field.name] = round(certainty * legibility, 2)
    row["_confidence"] = confidence
    row["_source"] = "llm"
    return row


def _describe(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP {exc.code} from the model's endpoint"
    return f"{type(exc).__name__}: {exc}"
