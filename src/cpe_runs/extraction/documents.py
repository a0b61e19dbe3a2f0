"""Which kind of file an upload is, and its text, one string per page."""

from __future__ import annotations

import codecs
import html
import os
import re

from .contract import ExtractionError
from .pdf import pdf_pages

_PDF_TYPES = {"application/pdf", "application/x-pdf", "application/acrobat"}
_GENERIC_TYPES = {"", "application/octet-stream", "binary/octet-stream", "application/unknown"}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_EXTENSIONS = {
    ".pdf": "application/pdf",
    ".txt": "text/plain",
    ".text": "text/plain",
    ".htm": "text/html",
    ".html": "text/html",
}
_INVISIBLE = re.compile(r"<(script|style|head)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|tr|li|h[1-6]|table|section)\s*>", re.I)
_CELL_END = re.compile(r"</t[dh]\s*>", re.I)
_TAG = re.compile(r"<[^>]*>")


def document_pages(data: bytes, *, filename: str, content_type: str) -> list[str]:
    """The text of the file, page by page (a text file's pages are split at form feeds)."""
    media_type, charset = _parse_content_type(content_type)
    if media_type in _GENERIC_TYPES:
        media_type = _EXTENSIONS.get(os.path.splitext(filename or "")[1].lower(), media_type)
    if media_type in _PDF_TYPES:
        return pdf_pages(data)
    if media_type.startswith("text/") or media_type in _HTML_TYPES:
        text = decode_text(data, charset)
        if media_type in _HTML_TYPES:
            text = html_text(text)
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


def html_text(markup: str) -> str:
    """The text of an HTML certificate (an e-mailed one, say): a line per block, table
    cells kept apart like form columns."""
    markup = re.sub(r"\s+", " ", _INVISIBLE.sub(" ", markup))
    markup = _CELL_END.sub("   ", _BLOCK_END.sub("\n", markup))
    text = html.unescape(_TAG.sub("", markup))
    return "\n".join(line.strip() for line in text.split("\n"))
