"""The pages of a PDF: the text layer with word positions, and OCR for pages without one.

Read with pdfium (pypdfium2): it parses in C, gives each character's box, and
renders the pages that are only a picture (scans) for OCR. A PDF with a text
layer on some pages and not on others gets both.

Hostile files are bounded before the costly step: pages per document, drawing
operations per page (checked before the text is collected), characters per page,
and the pixels a page may render to.
"""

from __future__ import annotations

import logging
import math

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from . import limits
from .contract import ExtractionError
from .layout import Page, Word, page_lines

log = logging.getLogger(__name__)

NO_TEXT = "no text found: the PDF's pages are blank or hold nothing legible"
# pdfium's page units are points (1/72 inch).
_POINTS_PER_INCH = 72


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page, laid out as on the page (see ``layout``)."""
    return [page.text for page in read_pdf(data)]


def read_pdf(data: bytes) -> list[Page]:
    """Each page of the PDF: its text layer, or what OCR reads on it when it has none.

    Reading the same bytes again would fail the same way, so every failure to parse
    is an ExtractionError: the worker does not retry it.
    """
    if b"%PDF" not in data[:1024]:
        raise ExtractionError("corrupt PDF: the file does not start with a PDF header")
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise _open_error(exc) from exc
    try:
        count = len(document)
        if count > limits.MAX_PDF_PAGES:
            raise ExtractionError(
                f"too many pages: the PDF has {count}; at most {limits.MAX_PDF_PAGES} are read"
            )
        budget = _Budget()
        pages: list[Page | None] = [_text_page(document, n, budget) for n in range(count)]
        scanned = [n for n, page in enumerate(pages) if page is None]
        if len(scanned) > limits.MAX_OCR_PAGES:
            raise ExtractionError(
                f"too many scanned pages: {len(scanned)} pages need OCR; at most"
                f" {limits.MAX_OCR_PAGES} are read per file"
            )
        if scanned:
            from .images import ocr_page_image  # Pillow and Tesseract only when needed

            for n in scanned:
                pages[n] = ocr_page_image(_render(document, n))
    finally:
        document.close()
    read = [page for page in pages if page is not None]
    if not any(page.text.strip() for page in read):
        raise ExtractionError(NO_TEXT)
    return read


def _open_error(exc: pdfium.PdfiumError) -> ExtractionError:
    message = str(exc)
    if "password" in message.lower():
        return ExtractionError("encrypted PDF: a password is needed to read it")
    return ExtractionError(f"corrupt PDF: {message}")


class _Budget:
    """What the pages read so far have cost: the document's bounds apply to the sum."""

    def __init__(self) -> None:
        self.spent: dict[str, int] = {}

    def spend(self, page: int, what: str, n: int, per_page: int, per_file: int) -> None:
        """Count n of what on page (1-based); refuse a page or a file past its bound."""
        so_far = self.spent[what] = self.spent.get(what, 0) + n
        if n > per_page or so_far > per_file:
            raise ExtractionError(
                f"page {page} holds {n:,} {what} ({so_far:,} so far); a certificate has far"
                f" fewer (at most {per_page:,} per page and {per_file:,} per file are read)"
            )


def _text_page(document: pdfium.PdfDocument, index: int, budget: _Budget) -> Page | None:
    """The page's text layer as a Page; None when it has none (a scan)."""
    page = document[index]
    try:
        objects = pdfium_c.FPDFPage_CountObjects(page.raw)
        budget.spend(
            index + 1,
            "drawing operations",
            objects,
            limits.MAX_PAGE_OBJECTS,
            limits.MAX_PDF_OBJECTS,
        )
        textpage = page.get_textpage()
        try:
            chars = textpage.count_chars()
            budget.spend(
                index + 1, "characters", chars, limits.MAX_PAGE_CHARS, limits.MAX_TEXT_CHARS
            )
            words = _words(textpage, chars, page.get_height())
        finally:
            textpage.close()
    finally:
        page.close()
    if not words:
        return None
    return Page("\n".join(page_lines(words)), tuple(words), "pdf")


def _words(textpage: pdfium.PdfTextPage, chars: int, height: float) -> list[Word]:
    """The page's words with their boxes: runs of characters between blanks."""
    text = textpage.get_text_range(0, chars) if chars else ""
    words: list[Word] = []
    current: list[str] = []
    box = [math.inf, math.inf, -math.inf, -math.inf]  # left, top, right, bottom

    def flush() -> None:
        if current and box[2] > box[0]:
            words.append(Word("".join(current), box[0], box[1], box[2], box[3]))
        current.clear()
        box[:] = [math.inf, math.inf, -math.inf, -math.inf]

    # get_text_range gives one character per index (pdfium's own line breaks included).
    for index, char in enumerate(text[:chars]):
        if char.isspace() or char == "\x00":
            flush()
            continue
        left, bottom, right, top = textpage.get_charbox(index, loose=True)
        top, bottom = height - top, height - bottom  # y grows downwards from here
        if current:
            size = box[3] - box[1]
            jumped = left < box[2] - 0.5 * size or left > box[2] + 0.5 * size
            if jumped or top >= box[3] or bottom <= box[1]:
                flush()  # the next character is elsewhere on the page: a new word
        current.append(char)
        box[0], box[1] = min(box[0], left), min(box[1], top)
        box[2], box[3] = max(box[2], right), max(box[3], bottom)
    flush()
    return words


def _render(document: pdfium.PdfDocument, index: int):
    """The page as a grayscale picture at ~300 dpi, fewer pixels for a huge page."""
    page = document[index]
    try:
        width, height = page.get_size()
        scale = limits.OCR_DPI / _POINTS_PER_INCH
        pixels = width * height * scale * scale
        if pixels > limits.MAX_IMAGE_PIXELS:
            scale *= math.sqrt(limits.MAX_IMAGE_PIXELS / pixels)
        if width * scale < 1 or height * scale < 1:
            raise ExtractionError(f"page {index + 1} has no area to read")
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            return bitmap.to_pil()
        finally:
            bitmap.close()
    finally:
        page.close()
