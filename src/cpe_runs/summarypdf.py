"""summary.pdf of the audit packet: the requirement, the totals against it and the
list of certificates, each with the row it backs and its path in the packet.

Every name is written as typed: the text is set in DejaVu Sans, a Unicode TrueType
font (Debian's fonts-dejavu-core), and the characters it lacks in fallback fonts
(Droid Sans Fallback from fonts-droid-fallback for Chinese, Japanese and Korean,
Symbola from fonts-symbola for emoji), each embedded only when the text needs it
(fpdf2 embeds the glyphs used). Only where DejaVu Sans is not installed does the
PDF fall back to fpdf2's core fonts, which hold Latin-1 only (other characters
written as their closest Latin-1 form or "?"; sheet.csv and sheet.xlsx keep every
character), and the log says which package to install.
"""

from __future__ import annotations

import datetime
import functools
import logging
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from .compliance import Summary
from .storage.filetypes import clean_text

log = logging.getLogger(__name__)

_PUNCTUATION = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-",
    "‐": "-", "‑": "-", "−": "-", "…": "...", "•": "*", "\u00a0": " ",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class CertificateLine:
    row_no: int
    title: str | None
    completion_date: datetime.date | None
    hours: float | None
    field_of_study: str | None
    in_period: bool | None
    # Its certificate in the packet; None for a row typed by hand.
    path: str | None


def latin1(text: str) -> str:
    """The text in the characters a core PDF font has, without control or format
    characters (a bidi override would reorder what the PDF shows)."""
    text = clean_text(text.translate(_PUNCTUATION))
    out = []
    for ch in text:
        if ord(ch) < 256:
            out.append(ch)
            continue
        folded = unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1")
        out.append(folded or "?")
    return "".join(out)


def hours_text(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


ROW_MM = 5

# Where font packages put their files (Debian's, and others' alike), searched by name.
FONT_ROOTS = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path("/usr/share/fonts-droid-fallback"),  # DroidSansFallback.ttf (CJK with Hangul)
    Path.home() / ".local/share/fonts",
)
# The Unicode font the PDF is set in: (style, file name), and the package shipping it.
FONT = (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"))
FONT_PACKAGE = "fonts-dejavu-core"
# Fonts for the characters it lacks, tried in order: (name, file names, package).
FALLBACK_FONTS = (
    ("cjk", ("DroidSansFallback.ttf", "DroidSansFallbackFull.ttf"), "fonts-droid-fallback"),
    ("symbols", ("Symbola_hint.ttf", "Symbola.ttf"), "fonts-symbola"),
)
_FAMILY = "sans"


@functools.cache
def font_file(*names: str) -> Path | None:
    """The first installed font file of these names (None: none is installed)."""
    for name in names:
        for root in FONT_ROOTS:
            if root.is_dir():
                for path in sorted(root.rglob(name)):
                    return path
    return None


@functools.cache
def font_characters(path: Path) -> frozenset[int]:
    """The code points the font has glyphs for."""
    font = TTFont(path, lazy=True)
    try:
        return frozenset(font["cmap"].getBestCmap())
    finally:
        font.close()


@functools.cache
def _warn_once(message: str) -> None:
    log.warning(message)


class _Document(FPDF):
    def __init__(self, title: str, texts: Iterable[str]) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        # The font family, and how text is cleaned to be drawn in it.
        self.family: str
        self.clean: Callable[[str], str]
        self._set_fonts({ord(ch) for text in texts for ch in clean_text(text)})
        self._title = self.clean(title)
        # The list of certificates' (headings, widths), repeated atop each page it spans.
        self.table_columns: tuple[list[str], tuple[float, ...]] | None = None
        self.set_auto_page_break(auto=True, margin=15)
        self.set_title(self._title)
        self.set_creator("cpe_runs")

    def _set_fonts(self, characters: set[int]) -> None:
        """DejaVu Sans, with the fallback fonts that have `characters` it lacks; the core
        fonts (Latin-1) when it is not installed."""
        files = {style: font_file(name) for style, name in FONT}
        if None in files.values():
            _warn_once(
                f"summary.pdf: {FONT[0][1]} is not installed (Debian: {FONT_PACKAGE}); names"
                " are written in Latin-1 only"
            )
            self.family, self.clean = "Helvetica", latin1
            return
        self.family, self.clean = _FAMILY, clean_text
        for style, path in files.items():
            self.add_font(_FAMILY, style, path)
        # What either style lacks (the bold one has fewer glyphs).
        characters = characters - functools.reduce(
            frozenset.intersection, map(font_characters, files.values())
        )
        fallbacks = []
        for name, names, package in FALLBACK_FONTS:
            if not characters:
                break
            path = font_file(*names)
            if path is None:
                _warn_once(
                    f"summary.pdf: {names[0]} is not installed (Debian: {package}); characters"
                    " only it has are left out"
                )
                continue
            if characters & font_characters(path):
                self.add_font(name, "", path)
                fallbacks.append(name)
                characters -= font_characters(path)
        if fallbacks:
            # Bold text too: the fallbacks have one style.
            self.set_fallback_fonts(fallbacks, exact_match=False)

    def header(self) -> None:
        if self.table_columns is not None:
            _table_headings(self, *self.table_columns)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.family, size=8)
        self.set_text_color(110)
        self.cell(0, 5, f"{self._title} - page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0)


def summary_pdf(
    sheet_name: str,
    state: str | None,
    summary: Summary,
    lines: list[CertificateLine],
    generated_at: datetime.datetime,
) -> bytes:
    """The PDF's bytes (a page per 60 certificates or so: a few hundred KiB at most)."""
    title = f"CPE audit packet: {sheet_name}"
    texts = [title, state or "", *summary.hours_by_field]
    for line in lines:
        texts += [text for text in (line.title, line.field_of_study, line.path) if text]
    pdf = _Document(title, texts)
    pdf.add_page()
    pdf.set_font(pdf.family, "B", 16)
    pdf.multi_cell(0, 8, pdf.clean(title), new_x=XPos.LMARGIN)
    pdf.set_font(pdf.family, size=10)
    facts = [
        ("Jurisdiction", state or "-"),
        ("Generated", generated_at.strftime("%Y-%m-%d %H:%M UTC")),
        ("Certificates", f"{summary.certificates} (rows of the sheet)"),
    ]
    _pairs(pdf, facts)

    _heading(pdf, "Requirement")
    requirement = summary.requirement
    if requirement is None:
        pdf.multi_cell(0, 6, "No requirement is set for this sheet.", new_x=XPos.LMARGIN)
    else:
        _pairs(pdf, [
            ("Reporting period", f"{requirement.period_start} to {requirement.period_end}"),
            ("Total hours required", hours_text(requirement.total_hours)),
            ("Ethics hours required", hours_text(requirement.ethics_hours)),
        ])  # fmt: skip

    _heading(pdf, "Totals")
    totals = [
        ("Total hours, every row", hours_text(summary.total_hours)),
        ("Ethics hours, every row", hours_text(summary.ethics_hours)),
    ]
    if requirement is not None:
        totals += [
            ("Hours in the period", hours_text(summary.period_hours)),
            ("Ethics hours in the period", hours_text(summary.period_ethics_hours)),
            ("Hours still missing", hours_text(summary.remaining_hours)),
            ("Ethics hours still missing", hours_text(summary.remaining_ethics_hours)),
            ("Days to the period's end", str(summary.days_left)),
        ]
    if summary.uncounted_rows:
        totals.append(("Rows whose hours could not be counted", str(summary.uncounted_rows)))
    _pairs(pdf, totals)

    if summary.hours_by_field:
        _heading(pdf, "Hours by field of study")
        _pairs(pdf, [
            (name or "(no field of study)", hours_text(hours))
            for name, hours in summary.hours_by_field.items()
        ])  # fmt: skip

    _heading(pdf, "Certificates")
    pdf.set_font(pdf.family, size=8)
    if not lines:
        pdf.multi_cell(0, 5, "The sheet has no rows.", new_x=XPos.LMARGIN)
    else:
        _certificate_table(pdf, lines, with_period=requirement is not None)

    return bytes(pdf.output())


def _heading(pdf: _Document, text: str) -> None:
    pdf.ln(3)
    pdf.set_font(pdf.family, "B", 12)
    pdf.cell(0, 8, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(pdf.family, size=10)


def _pairs(pdf: _Document, pairs: list[tuple[str, str]]) -> None:
    for label, value in pairs:
        pdf.set_font(pdf.family, "B", 10)
        pdf.cell(70, 6, pdf.clean(label))
        pdf.set_font(pdf.family, size=10)
        pdf.multi_cell(0, 6, pdf.clean(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _certificate_table(pdf: _Document, lines: list[CertificateLine], *, with_period: bool) -> None:
    """One line per row, each cell cut to its column (the packet holds every name in
    full): drawn cell by cell, a hundred times faster than fpdf2's table() on a
    sheet of thousands of rows."""
    headings = ["Row", "Completed", "Hours", "Field of study", "Course", "Certificate in packet"]
    widths: tuple[float, ...] = (11, 19, 12, 36, 52, 60)
    if with_period:
        headings.insert(3, "Period")
        widths = (11, 19, 12, 13, 30, 46, 59)
    pdf.table_columns = (headings, widths)
    _table_headings(pdf, headings, widths)
    widths_of = _Widths(pdf)
    for line in lines:
        cells = [
            str(line.row_no),
            str(line.completion_date) if line.completion_date else "-",
            hours_text(line.hours),
            line.field_of_study or "-",
            line.title or "-",
            line.path.removeprefix("certificates/") if line.path else "none (typed by hand)",
        ]
        if with_period:
            cells.insert(3, "in" if line.in_period else "outside")
        if pdf.will_page_break(ROW_MM):
            pdf.add_page()  # header() repeats the headings
        for text, width in zip(cells, widths, strict=True):
            pdf.cell(width, ROW_MM, widths_of.fit(pdf.clean(text), width - 2), border="B")
        pdf.ln(ROW_MM)
    pdf.table_columns = None


def _table_headings(pdf: _Document, headings: list[str], widths: tuple[float, ...]) -> None:
    pdf.set_font(pdf.family, "B", 8)
    pdf.set_fill_color(238, 240, 244)
    for text, width in zip(headings, widths, strict=True):
        pdf.cell(width, ROW_MM + 1, text, border="B", fill=True)
    pdf.ln(ROW_MM + 1)
    pdf.set_font(pdf.family, size=8)


class _Widths:
    """String widths in the table's font, summed from each character's, measured once:
    fpdf2's get_string_width costs as much as drawing the cell."""

    def __init__(self, pdf: FPDF) -> None:
        self._pdf = pdf
        self._chars: dict[str, float] = {}

    def of(self, text: str) -> float:
        chars = self._chars
        for ch in text:
            if ch not in chars:
                chars[ch] = self._pdf.get_string_width(ch)
        return sum(chars[ch] for ch in text)

    def fit(self, text: str, width: float) -> str:
        """The text, cut with "..." to fit the width."""
        if self.of(text) <= width:
            return text
        room = width - self.of("...")
        kept = 0.0
        for n, ch in enumerate(text):
            kept += self._chars[ch]
            if kept > room:
                return text[:n] + "..."
        return text
