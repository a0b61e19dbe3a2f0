"""Which kind of file an upload is, and its pages as the rules read them."""

from __future__ import annotations

import codecs
import os
from html.parser import HTMLParser

from ..storage.filetypes import EXTENSIONS, EXTRACTED_KINDS, IMAGE_KINDS, PDF_TYPE
from . import limits
from .contract import ExtractionError
from .layout import Page
from .pdf import read_pdf

# The types the worker passes are filetypes' (the upload decided the kind from the
# bytes); the aliases, generic types and HTML serve other callers (`just eval`, an
# extractor of one's own calling document_pages with what a client declared).
_PDF_TYPES = {PDF_TYPE, "application/x-pdf", "application/acrobat"}
_IMAGE_TYPES = {kind.content_type for kind in IMAGE_KINDS} | {"image/pjpeg"}
_GENERIC_TYPES = {"", "application/octet-stream", "binary/octet-stream", "application/unknown"}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_EXTENSIONS = {
    **{ext: kind.content_type for ext, kind in EXTENSIONS.items() if kind in EXTRACTED_KINDS},
    ".htm": "text/html",
    ".html": "text/html",
}


def document_pages(data: bytes, *, filename: str, content_type: str) -> list[str]:
    """The text of the file, page by page (a text file's pages are split at form feeds)."""
    return [page.text for page in read_document(data, filename=filename, content_type=content_type)]


def read_document(data: bytes, *, filename: str, content_type: str) -> list[Page]:
    """Each page of the file: text files and text PDFs as they are, scans and photos
    (and PDF pages that are only a picture) through OCR."""
    media_type, charset = _parse_content_type(content_type)
    if media_type in _GENERIC_TYPES:
        media_type = _EXTENSIONS.get(os.path.splitext(filename or "")[1].lower(), media_type)
    if media_type in _PDF_TYPES:
        pages = read_pdf(data)
    elif media_type in _IMAGE_TYPES:
        from .images import image_pages  # Pillow and Tesseract only for pictures

        pages = image_pages(data)
    elif media_type.startswith("text/") or media_type in _HTML_TYPES:
        pages = _text_pages(data, charset, html=media_type in _HTML_TYPES)
    else:
        raise ExtractionError(f"unsupported file type: {content_type or 'unknown'} ({filename})")
    check_size(pages)
    return pages


def _text_pages(data: bytes, charset: str | None, *, html: bool) -> list[Page]:
    # Checked before decoding: whatever the encoding, a character takes a byte at least.
    limit = limits.MAX_TEXT_CHARS * (8 if html else 1)
    if len(data) > limit:
        raise _too_long(len(data))
    text = decode_text(data, charset)
    if html:
        text = html_text(text)
    if not text.strip():
        raise ExtractionError("empty file: it holds no text")
    pages = text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    return [Page(page, (), "text") for page in pages]


def _too_long(chars: int) -> ExtractionError:
    return ExtractionError(
        f"too much text for a certificate file: {chars:,} characters; at most"
        f" {limits.MAX_TEXT_CHARS:,} are read (split it into smaller files)"
    )


def check_size(pages: list[Page]) -> None:
    """Every later step costs a bounded amount per character: bound the characters."""
    total = 0
    for number, page in enumerate(pages, 1):
        if len(page.text) > limits.MAX_PAGE_CHARS:
            raise ExtractionError(
                f"page {number} holds {len(page.text):,} characters; at most"
                f" {limits.MAX_PAGE_CHARS:,} are read per page (a certificate page holds"
                " a few thousand)"
            )
        total += len(page.text)
    if total > limits.MAX_TEXT_CHARS:
        raise _too_long(total)


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


_BLOCKS = frozenset(
    {"p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section"}
)
_INVISIBLE = frozenset({"script", "style", "head"})


class _HtmlText(HTMLParser):
    """The text of HTML in one pass: a parser, not regexes, so any markup stays linear."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _INVISIBLE:
            self._hidden += 1
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE:
            self._hidden = max(0, self._hidden - 1)
        elif tag in ("td", "th"):
            self.parts.append("   ")
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(" ".join(data.split()) if data.strip() else " ")


def html_text(markup: str) -> str:
    """The text of an HTML certificate (an e-mailed one, say): a line per block, table
    cells kept apart like form columns."""
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    return "\n".join(line.strip(" ") for line in "".join(parser.parts).split("\n"))
