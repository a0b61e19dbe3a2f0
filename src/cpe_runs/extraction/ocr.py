"""Read the words of a picture with Tesseract (Debian: tesseract-ocr, tesseract-ocr-eng).

Tesseract runs on the worker, never a hosted service, one thread per page so that a
scanned page costs one core. Where it is missing, the file fails with a message that
names the package to install; the worker does not retry (it would fail again).
"""

from __future__ import annotations

import functools
import os
import re

from PIL import Image

from .contract import ExtractionError
from .layout import Word

# One core per page: the worker runs several extractions side by side.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

MISSING = (
    "OCR is not available: install Tesseract on the worker (Debian/Ubuntu:"
    " apt-get install tesseract-ocr tesseract-ocr-eng) to read scans and photos"
)
# Words Tesseract is less sure of than this are noise (specks, border ornaments).
MIN_WORD_CONFIDENCE = 20
# Sparse text: every word Tesseract finds, in no particular order; the words are laid
# out again from their boxes (layout). The automatic segmentation (--psm 3) drops
# what it takes for a drawing, such as "4.0" after a line of dotted leaders
# (forms.py: dotted_two_column, scanned).
_CONFIG = "--psm 11 --oem 1"
# A speck before a word reads as "_", "~" or ".": it would hide the word's label.
_SPECK_BEFORE = re.compile(r"^[.,'`~_‘’]+(?=[A-Za-z0-9])")
_ONLY_SPECKS = re.compile(r"^[.,'`~_‘’\"]+$")
_TIMEOUT_SECONDS = 60


@functools.cache
def _tesseract():
    try:
        import pytesseract
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise ExtractionError(MISSING) from exc
    try:
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise ExtractionError(MISSING) from exc
    if "eng" not in languages:
        raise ExtractionError(
            "OCR is not available: Tesseract has no English data; install"
            " tesseract-ocr-eng on the worker"
        )
    return pytesseract


def ensure_available() -> None:
    """Raise the ExtractionError that names the package when Tesseract cannot run."""
    try:
        _tesseract()
    except ExtractionError:
        _tesseract.cache_clear()  # installed later: the next file tries again
        raise


def read_words(image: Image.Image, min_confidence: float = MIN_WORD_CONFIDENCE) -> list[Word]:
    """Every word Tesseract reads on the picture, with its box and confidence (0..100)
    of at least `min_confidence`."""
    ensure_available()
    pytesseract = _tesseract()
    try:
        data = pytesseract.image_to_data(
            image,
            lang="eng",
            config=_CONFIG,
            output_type=pytesseract.Output.DICT,
            timeout=_TIMEOUT_SECONDS,
        )
    except RuntimeError as exc:  # pytesseract's timeout
        raise ExtractionError(f"OCR gave up on a page after {_TIMEOUT_SECONDS} s") from exc
    except pytesseract.TesseractNotFoundError as exc:
        _tesseract.cache_clear()
        raise ExtractionError(MISSING) from exc
    except pytesseract.TesseractError as exc:
        raise ExtractionError(f"OCR failed: {exc.message or exc.status}") from exc
    words = []
    for text, conf, left, top, width, height in zip(
        data["text"],
        data["conf"],
        data["left"],
        data["top"],
        data["width"],
        data["height"],
        strict=True,
    ):
        text = _SPECK_BEFORE.sub("", (text or "").strip().strip("_~`"))
        confidence = float(conf)
        if text and not _ONLY_SPECKS.match(text) and confidence >= min_confidence:
            words.append(Word(text, left, top, left + width, top + height, confidence / 100))
    return words
