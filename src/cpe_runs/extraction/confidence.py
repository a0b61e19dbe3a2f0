"""How sure the reading of each value is, 0..1: the way it was found (after a label,
by its rank, or in the wording) times how surely OCR read its words, lowered where
the value itself looks doubtful. The page marks values below 0.8 so that a person
checks those first (static/js/table.js)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean
from typing import Any

from .layout import Word
from .normalize import STANDARD_METHODS, nasba_field

_MOST_HOURS = 80  # more credits than a week-long conference earns: probably misread
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Found:
    """A value read from a certificate, the text it was read from, and how surely the
    way it was found names that field (0..1)."""

    value: Any
    raw: str
    certainty: float


def row_confidence(
    row: dict[str, Any], how: dict[str, Found], ocr_words: Sequence[Word]
) -> dict[str, float]:
    """A confidence for every value of the row that is not None."""
    by_token: dict[str, list[float]] = {}
    for word in ocr_words:
        for token in _TOKEN.findall(word.text.lower()):
            by_token.setdefault(token, []).append(word.confidence)
    page = fmean(w.confidence for w in ocr_words) if ocr_words else 1.0
    confidence: dict[str, float] = {}
    for name, found in how.items():
        value = row.get(name)
        if value is None:
            continue
        score = found.certainty * _doubt(name, value)
        if ocr_words:
            seen = [min(by_token[t]) for t in _TOKEN.findall(found.raw.lower()) if t in by_token]
            score *= fmean(seen) if seen else 0.9 * page
        confidence[name] = round(max(0.0, min(1.0, score)), 2)
    return confidence


def _doubt(name: str, value: Any) -> float:
    """Less than 1 for a value that looks unlike what its field holds."""
    lowered = name.lower()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return 0.7 if value > _MOST_HOURS else 1.0
    if not isinstance(value, str):
        return 1.0
    if ("field" in lowered or "subject" in lowered) and nasba_field(value) is None:
        return 0.85
    if ("delivery" in lowered or "method" in lowered) and value not in STANDARD_METHODS:
        return 0.85
    return 1.0
