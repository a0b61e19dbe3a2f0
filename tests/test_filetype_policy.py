"""One file-type policy: every kind an upload accepts for extraction is a kind the
extractor reads, under the content type the upload stores and under its name alone."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from cpe_runs.extraction import ExtractionError
from cpe_runs.extraction.documents import read_document
from cpe_runs.storage.filetypes import EXTENSIONS, EXTRACTED_KINDS, Kind, classify

from .certificates import pdf_bytes

_PIL_FORMATS = {Kind.PNG: "PNG", Kind.JPEG: "JPEG", Kind.TIFF: "TIFF", Kind.WEBP: "WEBP"}


def _sample(kind: Kind) -> bytes:
    if kind is Kind.PDF:
        return pdf_bytes(["Course: Ethics\nHours: 2"])
    if kind is Kind.TEXT:
        return b"Course: Ethics\nHours: 2\n"
    out = io.BytesIO()
    Image.new("L", (64, 32), 255).save(out, _PIL_FORMATS[kind])
    return out.getvalue()


def _read(data: bytes, filename: str, content_type: str) -> str:
    """'read' or the extractor's refusal: never 'unsupported file type' for our kinds."""
    try:
        read_document(data, filename=filename, content_type=content_type)
    except ExtractionError as exc:
        return str(exc)
    return "read"


@pytest.mark.parametrize("kind", EXTRACTED_KINDS, ids=lambda kind: kind.value)
def test_every_kind_an_upload_accepts_is_read_under_its_stored_content_type(kind):
    data = _sample(kind)
    assert classify(data[:8192], "file", kind.content_type) is kind
    outcome = _read(data, "file", kind.content_type)
    assert not outcome.startswith("unsupported file type"), outcome
    # A blank picture has no words: OCR ran on it, which is all this checks.
    assert outcome == "read" or kind in _PIL_FORMATS


@pytest.mark.parametrize("ext", sorted(set(EXTENSIONS) - {".zip"}))
def test_every_name_an_upload_knows_is_read_when_the_type_is_generic(ext):
    kind = EXTENSIONS[ext]
    outcome = _read(_sample(kind), f"certificate{ext}", "application/octet-stream")
    assert not outcome.startswith("unsupported file type"), outcome
