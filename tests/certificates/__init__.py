"""A corpus of CPE certificates, written the way sponsors write them, with the
values a careful person would copy into a California CPE sheet.

Each certificate is marked-up text (see ``render``) that the tests turn into a
plain-text file, a PDF page, a scan or a photo (``scan``). Two sets (README.md):
``TUNING`` (also called ``CORPUS``), which rules may be written against, and
``EVALUATION``, frozen, which no rule may be written against and whose misses
no one reads (``just eval`` prints only its figures).
"""

from __future__ import annotations

from .corpus import CALIFORNIA_FIELDS, Certificate
from .earlier_evaluation import EARLIER_EVALUATION
from .evaluation import EVALUATION
from .field_notes import FIELD_NOTES
from .forms import FORMS
from .holdout import HOLDOUT
from .layouts import LAYOUTS
from .prose import PROSE
from .render import image_only_pdf, pdf_bytes, plain_text, text_bytes
from .wild import WILD
from .wild2 import WILD2
from .wild3 import WILD3
from .wild4a import WILD4A
from .wild4b import WILD4B
from .wild4c import WILD4C
from .wild4d import WILD4D
from .wild4e import WILD4E

TUNING: list[Certificate] = [
    *FORMS,
    *PROSE,
    *HOLDOUT,
    *LAYOUTS,
    *WILD,
    *EARLIER_EVALUATION,
    *FIELD_NOTES,
    *WILD2,
    *WILD3,
    *WILD4B,
    *WILD4D,
    *WILD4A,
    *WILD4E,
    *WILD4C,
]
CORPUS = TUNING


def fields_only(rows: list[dict]) -> list[dict]:
    """The rows without what the extractor says about them (_confidence, _source)."""
    return [{k: v for k, v in row.items() if not k.startswith("_")} for row in rows]


__all__ = [
    "CALIFORNIA_FIELDS",
    "CORPUS",
    "EVALUATION",
    "TUNING",
    "Certificate",
    "fields_only",
    "image_only_pdf",
    "pdf_bytes",
    "plain_text",
    "text_bytes",
]
