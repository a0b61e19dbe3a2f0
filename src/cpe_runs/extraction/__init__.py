"""Certificate extraction: turn an uploaded file into rows of a CPE sheet.

The worker calls an ``Extractor``: the built-in ``extract_certificates`` (text PDFs
and plain text, offline) or the callable that ``load_extractor`` finds from the
CPE_RUNS_EXTRACTOR setting. See docs/extractors.md.
"""

from .certificate import extract_certificates
from .contract import ExtractionError, Extractor, TemplateField
from .plugin import check_extractor, load_extractor

__all__ = [
    "ExtractionError",
    "Extractor",
    "TemplateField",
    "check_extractor",
    "extract_certificates",
    "load_extractor",
]
