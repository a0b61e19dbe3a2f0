"""Turn a certificate's marked-up text into the bytes a user would upload.

The markup is one prefix per line, so that the same certificate can be written
as a plain-text file and laid out as a PDF page the way sponsors lay them out:

- ``# `` a heading: large and bold, centred on the page;
- ``> `` a centred line of prose, wrapped when it is long;
- ``~ `` fine print (sponsor statements), small and wrapped;
- a line with a gap of two or more spaces: cells placed at the columns where
  they start in the text, as form layouts and tables do;
- any other line: left-aligned body text, wrapped when it is long; a line indented
  with blanks starts at the column its first word stands at in the text, and wraps
  under it (an indented section keeps its indent, which the reader of word positions
  sees);
- an empty line: vertical space.

fpdf2's core fonts are used, so certificate text must be latin-1.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from fpdf import FPDF

_GAP = re.compile(r"\s{2,}")
_MARKERS = ("# ", "> ", "~ ")
_MM_PER_COLUMN = 2.4
_LEFT = 20.0


def plain_text(markup: str) -> str:
    """The certificate as a plain-text file holds it: markers dropped, layout kept."""
    lines = []
    for line in markup.strip("\n").splitlines():
        for marker in _MARKERS:
            if line.startswith(marker):
                line = line[len(marker) :]
                break
        lines.append(line.rstrip())
    return "\n".join(lines) + "\n"


def text_bytes(markup: str) -> bytes:
    return plain_text(markup).encode("utf-8")


def pdf_bytes(pages: Iterable[str]) -> bytes:
    """One landscape letter page per markup, as a certificate PDF is laid out."""
    pdf = FPDF(orientation="L", unit="mm", format="letter")
    pdf.set_auto_page_break(auto=True, margin=12)
    pdf.set_margins(_LEFT, 15, _LEFT)
    for markup in pages:
        pdf.add_page()
        _border(pdf)
        for line in markup.strip("\n").splitlines():
            _draw_line(pdf, line)
    return bytes(pdf.output())


def image_only_pdf() -> bytes:
    """A scanned certificate: drawn shapes and no text layer at all."""
    pdf = FPDF(orientation="L", unit="mm", format="letter")
    pdf.add_page()
    _border(pdf)
    pdf.set_fill_color(40, 40, 40)
    for row in range(12):
        pdf.rect(40, 40 + row * 10, 120 + (row % 3) * 30, 4, style="F")
    return bytes(pdf.output())


def _border(pdf: FPDF) -> None:
    pdf.set_draw_color(120, 90, 30)
    pdf.set_line_width(1.2)
    pdf.rect(8, 8, pdf.w - 16, pdf.h - 16)


def _draw_line(pdf: FPDF, line: str) -> None:
    width = pdf.w - 2 * _LEFT
    if not line.strip():
        pdf.ln(4)
    elif line.startswith("# "):
        pdf.set_font("Helvetica", "B", 20)
        pdf.multi_cell(width, 11, line[2:], align="C", new_x="LMARGIN", new_y="NEXT")
    elif line.startswith("> "):
        pdf.set_font("Times", "", 13)
        pdf.set_x(_LEFT + 30)
        pdf.multi_cell(width - 60, 7, line[2:], align="C", new_x="LMARGIN", new_y="NEXT")
    elif line.startswith("~ "):
        pdf.set_font("Helvetica", "", 8)
        pdf.multi_cell(width, 4, line[2:], new_x="LMARGIN", new_y="NEXT")
    elif _GAP.search(line.strip()):
        pdf.set_font("Helvetica", "", 11)
        _draw_cells(pdf, line)
    else:
        pdf.set_font("Helvetica", "", 11)
        indent = (len(line) - len(line.lstrip())) * _MM_PER_COLUMN
        pdf.set_x(_LEFT + indent)
        pdf.multi_cell(width - indent, 6, line.strip(), new_x="LMARGIN", new_y="NEXT")


def _draw_cells(pdf: FPDF, line: str) -> None:
    """Each run of text at the column where it starts, like a form or a table row."""
    y = pdf.get_y()
    for match in re.finditer(r"\S+(?: \S+)*", line):
        pdf.set_xy(_LEFT + match.start() * _MM_PER_COLUMN, y)
        pdf.cell(text=match.group())
    pdf.set_xy(_LEFT, y + 6)
