"""How much of a file the extractor reads: bounds that keep hostile files cheap.

Each bound sits far above what a real certificate needs and is checked before the
step it protects, so a hostile file fails fast with a message that names the bound.
"""

from __future__ import annotations

# Text: characters per page (a dense certificate page holds a few thousand) and per file.
MAX_PAGE_CHARS = 20_000
MAX_TEXT_CHARS = 300_000
# PDFs: pages read, and drawing operations per page (checked before its text is collected).
MAX_PDF_PAGES = 300
MAX_PAGE_OBJECTS = 50_000
MAX_PDF_OBJECTS = 250_000
# Scans and photos: pages that need OCR per file (each takes a second or two), image
# frames (TIFF pages), and pixels per picture before it is decoded (a 20,000 x 20,000
# image is refused from its header); 300 dpi is what OCR reads best.
MAX_OCR_PAGES = 40
MAX_IMAGE_PIXELS = 60_000_000
OCR_DPI = 300
