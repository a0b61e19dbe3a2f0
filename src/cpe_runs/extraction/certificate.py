"""The default extractor: each certificate in a file becomes one row of the
template's fields, read from labels first and from the wording when there are none."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from . import labels as lb
from .contract import TemplateField
from .documents import document_pages
from .fields import labelled_values
from .normalize import (
    clean_text,
    delivery_method,
    field_of_study,
    parse_date,
    parse_hours,
    parse_number,
)
from .prose import (
    clean_sponsor,
    prose_date,
    prose_field,
    prose_hours,
    prose_method,
    prose_sponsor,
    prose_title,
)


def extract_certificates(
    data: bytes, *, filename: str, content_type: str, fields: Sequence[TemplateField]
) -> list[dict[str, Any]]:
    """One row per certificate in the file, keyed by the name of every field."""
    pages = document_pages(data, filename=filename, content_type=content_type)
    return [fill_row(fields, read_certificate(text), text) for text in split_certificates(pages)]


# ---------------------------------------------------------------- one certificate


def _identifier(raw: str) -> str | None:
    match = re.search(r"[A-Za-z0-9][A-Za-z0-9\-_/.:]*", raw.lstrip(" #:"))
    if not match or not re.search(r"\d", match.group()):
        return None
    return match.group().rstrip(".-:/")


_NORMALISERS = {
    lb.SPONSOR: clean_sponsor,
    lb.DATE: parse_date,
    lb.ISSUED: parse_date,
    lb.HOURS: parse_hours,
    lb.FIELD: field_of_study,
    lb.NUMBER: _identifier,
    lb.SPONSOR_ID: _identifier,
    lb.LICENSE: _identifier,
    lb.COURSE_ID: _identifier,
    lb.METHOD: lambda raw: delivery_method(raw) or clean_text(raw),
}


def read_certificate(text: str) -> dict[str, Any]:
    """Every field the certificate states, by concept (see ``labels``), normalised."""
    lines = text.splitlines()
    values: dict[str, Any] = {}
    issued: set[str] = set()
    for item in sorted(labelled_values(lines), key=lambda item: -item.rank):
        value = _NORMALISERS.get(item.concept, clean_text)(item.value)
        if item.concept == lb.ISSUED and isinstance(value, str):
            issued.add(value)
        if value is not None and item.concept not in values:
            values[item.concept] = value
    flat = " ".join(line.strip() for line in lines if line.strip())
    fallbacks = {
        lb.TITLE: lambda: prose_title(lines),
        lb.SPONSOR: lambda: prose_sponsor(lines),
        lb.DATE: lambda: prose_date(flat, issued),
        lb.HOURS: lambda: prose_hours(flat),
        lb.FIELD: lambda: prose_field(flat),
        lb.METHOD: lambda: prose_method(lines),
    }
    for concept, fallback in fallbacks.items():
        if concept not in values:
            value = fallback()
            if value is not None:
                values[concept] = value
    return values


# ---------------------------------------------------------------- pages into certificates

_MARKER = re.compile(
    r"certif(?:y|ies|icate)|statement\s+of\s+(?:cpe\s+)?credit|in\s+recognition"
    r"|awarded\s+to|presented\s+to",
    re.I,
)
# Not "Page 2 of 3": batch exports number the pages of separate certificates too.
_CONTINUED = re.compile(r"\(continued\)|\bcontinued\s+from\b", re.I)


def _starts_certificate(page: str, values: dict[str, Any]) -> bool:
    """Whether a page opens a certificate of its own rather than continuing the last one."""
    if _CONTINUED.search(page):
        return False
    core = [concept for concept in (lb.TITLE, lb.DATE, lb.HOURS) if concept in values]
    if _MARKER.search(page) and core:
        return True
    return lb.TITLE in values and len(core) >= 2


def split_certificates(pages: Sequence[str]) -> list[str]:
    """The text of each certificate: a page that opens one starts a new certificate,
    any other page (terms, a breakdown of credits) belongs to the one before."""
    certificates: list[str] = []
    for page in pages:
        if not page.strip():
            continue
        if not certificates or _starts_certificate(page, read_certificate(page)):
            certificates.append(page)
        else:
            certificates[-1] = f"{certificates[-1]}\n{page}"
    return certificates


# ---------------------------------------------------------------- template fields

# Tried in order when a field's name is not itself a label: "Hours Claimed", "Course Code".
_NAME_WORDS = [
    (lb.SPONSOR_ID, r"(?:sponsor|provider|nasba).*(?:\bid\b|number|#|\bno\b)"),
    (lb.SPONSOR, r"sponsor|provider|organi[sz]ation"),
    (lb.NUMBER, r"certificate|\bcert\b"),
    (lb.COURSE_ID, r"(?:course|program).*(?:\bid\b|code|number)"),
    (lb.DATE, r"\bdate"),
    (lb.HOURS, r"hour|credit|\bcpe\b"),
    (lb.FIELD, r"field|subject|category|\barea"),
    (lb.METHOD, r"delivery|format|method|\bmode\b"),
    (lb.TITLE, r"title|course|program|seminar|webinar|event|activity"),
    (lb.LICENSE, r"licen[sc]e"),
    (lb.INSTRUCTOR, r"instructor|presenter|speaker"),
    (lb.PARTICIPANT, r"participant|attendee|\bname\b"),
    (lb.LOCATION, r"location|venue|city"),
    (lb.LEVEL, r"\blevel\b"),
]


def concept_for(name: str) -> str | None:
    """Which concept a template field asks for, from its name and its synonyms."""
    label = lb.concept_of_label(name.strip().rstrip(":"))
    if label is not None:
        return label.concept
    for concept, words in _NAME_WORDS:
        if re.search(words, name, re.I):
            return concept
    return None


def _by_own_label(name: str, text: str) -> str | None:
    """A field no synonym knows, read from a line that labels it with its own name."""
    pattern = re.compile(
        rf"(?im)^[^\S\n]*{re.escape(name.strip())}[^\S\n]*(?::|\.{{2,}}|[^\S\n]{{2,}})"
        r"[^\S\n]*(?P<value>\S[^\n]*)$"
    )
    match = pattern.search(text)
    return clean_text(match.group("value")) if match else None


def _coerce(value: Any, data_type: str) -> Any:
    """A value in the type the template asks for: ISO date, number or text."""
    if value is None:
        return None
    if data_type == "date":
        return parse_date(value) if isinstance(value, str) else None
    if data_type == "number":
        return value if isinstance(value, int | float) else parse_number(str(value))
    return str(value).strip() or None


def fill_row(fields: Sequence[TemplateField], values: dict[str, Any], text: str) -> dict[str, Any]:
    """The row for one certificate: every field of the template, None where not stated."""
    row: dict[str, Any] = {}
    for field in fields:
        concept = concept_for(field.name)
        value = values.get(concept) if concept else _by_own_label(field.name, text)
        row[field.name] = _coerce(value, field.data_type)
    return row
