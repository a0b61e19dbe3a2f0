"""The text of each page of a PDF, read with pypdf."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from .contract import ExtractionError

NO_TEXT_LAYER = "no text layer: scanned certificate, OCR not configured"


def pdf_pages(data: bytes) -> list[str]:
    """One string per page, laid out as on the page (columns kept apart by spaces).

    Reading the same bytes again would fail the same way, so every failure to parse
    is an ExtractionError: the worker does not retry it.
    """
    if b"%PDF" not in data[:1024]:
        raise ExtractionError("corrupt PDF: the file does not start with a PDF header")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            _decrypt(reader)
        pages = [_page_text(page) for page in reader.pages]
    except ExtractionError:
        raise
    except MemoryError:
        raise
    except Exception as exc:
        raise ExtractionError(f"corrupt PDF: {exc or type(exc).__name__}") from exc
    if not any(page.strip() for page in pages):
        raise ExtractionError(NO_TEXT_LAYER)
    return pages


def _decrypt(reader: PdfReader) -> None:
    # Certificates are often "protected" with an empty user password against editing only.
    try:
        if reader.decrypt(""):
            return
    except (DependencyError, FileNotDecryptedError, NotImplementedError) as exc:
        raise ExtractionError(f"encrypted PDF: cannot decrypt it ({exc})") from exc
    raise ExtractionError("encrypted PDF: a password is needed to read it")


def _page_text(page) -> str:
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception:  # layout mode is newer and stricter; plain mode reads more fonts
        logging.getLogger(__name__).debug("layout extraction failed", exc_info=True)
        text = page.extract_text()
    return "\n".join(line.rstrip() for line in (text or "").splitlines())
