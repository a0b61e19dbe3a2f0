"""Which kind of file an upload is, and its text, one string per page."""

from __future__ import annotations

import codecs
import os

from .contract import ExtractionError
from .pdf import pdf_pages

_PDF_TYPES = {"application/pdf", "application/x-pdf", "application/acrobat"}
_GENERIC_TYPES = {"", "application/octet-stream", "binary/octet-stream", "application/unknown"}
_EXTENSIONS = {".pdf": "application/pdf", ".txt": "text/plain", ".text": "text/plain"}


def document_pages(data: bytes, *, filename: str, content_type: str) -> list[str]:
    """The text of the file, page by page (a text file's pages are split at form feeds)."""
    media_type, charset = _parse_content_type(content_type)
    if media_type in _GENERIC_TYPES:
        media_type = _EXTENSIONS.get(os.path.splitext(filename or "")[1].lower(), media_type)
    if media_type in _PDF_TYPES:
        return pdf_pages(data)
    if media_type.startswith("text/"):
        text = decode_text(data, charset)
        if not text.strip():
            raise ExtractionError("empty file: it holds no text")
        return text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    raise ExtractionError(f"unsupported file type: {content_type or 'unknown'} ({filename})")


def _parse_content_type(content_type: str | None) -> tuple[str, str | None]:
    media_type, *params = (content_type or "").split(";")
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"') or None
    return media_type.strip().lower(), charset


def decode_text(data: bytes, charset: str | None = None) -> str:
    """Text in the charset it declares, else UTF-8 (with or without BOM), else Windows-1252."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    if b"\x00" in data:
        raise ExtractionError("unsupported file type: binary data in a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
