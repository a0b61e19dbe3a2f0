"""Words with positions (a PDF's text layer, or what OCR read) laid out as lines of text.

The rules read "Label: value", "Label    value" (a gap of two or more spaces) and
tables whose cells start under their header's label. So the lines keep the page's
geometry: words on one baseline share a line whatever order the file drew them in,
a gap wider than a word space becomes two or more spaces, and each word stands at
the column its x position gives, so a value sits under its label in every row.
That is what keeps two-column forms, table cells and right-aligned values with
their labels.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import median


@dataclass(frozen=True, slots=True)
class Word:
    """One word on a page, in page units with y growing downwards."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    # OCR's certainty for the word, 0..1; 1 for a text layer.
    confidence: float = 1.0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


# A gap wider than this many line heights separates columns, not words.
_COLUMN_GAP_EMS = 0.9
# OCR's boxes hold a word's ink only, a PDF's the font's whole height: a line's OCR
# height is about three quarters of it, and the same gap is more of it. A word space
# after a colon ("ASC 842:   Year Two Lessons", wild.py: webinar_colon_labels, scanned)
# came out as a column's gap.
OCR_COLUMN_GAP_EMS = 1.2
# A gap between two words wider than this many line heights is a space.
_SPACE_EMS = 0.15
# A vertical gap wider than this many line heights is a blank line (a paragraph break).
_BLANK_LINE_EMS = 1.0


def page_lines(words: Iterable[Word], *, words_apart: bool = False) -> list[str]:
    """The page as lines of text, top to bottom, columns kept apart and aligned.

    Words whose boxes nearly touch are one word: a PDF's characters are grouped into
    words by their gaps. OCR's words are words already (``words_apart``): its break
    stands however narrow the gap, or where boxes overlap on a tilted line ("Society"
    "of", "confirms" "that", "of" "June" read run together from photos and scans; wild.py:
    live_streamed_format, prose.py: statement_of_credit_short, field_notes.py:
    ordinal_day_month_year), except within an identifier, which OCR splits at a narrow
    break: "KMF-2025-02" "10-044" (wild.py: management_fields_as_written, photographed).

    A blank line is a gap between two lines wider than a line's height. OCR's boxes are
    measured by their medians: one box a speck made taller, or the ends of a line still
    a little tilted, would otherwise close the gap (the blank line above "Northbridge
    Governance Institute" that tells the sponsor from the facts above it; prose.py:
    completion_statement_with_points_and_cpe, scanned)."""
    kept = [w for w in words if w.text.strip() and w.right > w.left and w.bottom > w.top]
    if not kept:
        return []
    # One column of text per this many page units: the page's typical character width.
    char_width = median((w.right - w.left) / len(w.text) for w in kept) or 1.0
    margin = min(w.left for w in kept)
    lines = group_lines(kept)
    out: list[str] = []
    previous_bottom: float | None = None
    for line in lines:
        em = median(w.height for w in line)
        top = median(w.top for w in line) if words_apart else min(w.top for w in line)
        if previous_bottom is not None and top - previous_bottom > _BLANK_LINE_EMS * em:
            out.append("")
        out.append(_line_text(line, char_width, em, margin, words_apart))
        previous_bottom = (
            median(w.bottom for w in line) if words_apart else max(w.bottom for w in line)
        )
    return out


def group_lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped by baseline: taken in order of their middles, a word joins the
    line whose band (the mean top and bottom of its words) covers at least half of the
    smaller of the two. Boxes differ: a short glyph ("#:") is smaller than the line, a
    speck OCR joins to a word makes it taller ("Teams" over two lines); overlap keeps
    both on their line (forms.py: table_header_row and business_management_ampersand,
    photographed)."""
    lines: list[list[Word]] = []
    bands: list[list[float]] = []  # [mean top, mean bottom] of each line's words
    for word in sorted(words, key=lambda w: (w.middle, w.left)):
        if lines:
            top, bottom = bands[-1]
            overlap = min(bottom, word.bottom) - max(top, word.top)
            if overlap >= 0.5 * min(bottom - top, word.height):
                members = lines[-1]
                members.append(word)
                bands[-1] = [top + (word.top - top) / len(members),
                             bottom + (word.bottom - bottom) / len(members)]  # fmt: skip
                continue
        lines.append([word])
        bands.append([word.top, word.bottom])
    return [sorted(members, key=lambda w: w.left) for members in lines]


def _line_text(
    words: Sequence[Word], char_width: float, em: float, margin: float, words_apart: bool
) -> str:
    text = ""
    previous: Word | None = None
    for word in words:
        if previous is not None:
            gap = word.left - previous.right
            if gap > (OCR_COLUMN_GAP_EMS if words_apart else _COLUMN_GAP_EMS) * em:
                column = max(len(text) + 2, round((word.left - margin) / char_width))
                text = text.ljust(column)
            elif (
                not _split_number(previous, word, gap, em) if words_apart else gap > _SPACE_EMS * em
            ):
                text += " "
        else:
            text = " " * max(0, round((word.left - margin) / char_width))
        text += word.text
        previous = word
    return text.rstrip()


# OCR splits a number where a speck or blur widens the gap between two digits, to about a
# third of its ink-tight line height; a space between two numbers is half of it or more.
_NUMBER_BREAK_EMS = 0.3


def _split_number(before: Word, after: Word, gap: float, em: float) -> bool:
    """Whether two OCR words a narrow gap apart are the halves of one number."""
    return (
        0 < gap <= _NUMBER_BREAK_EMS * em
        and before.text[-1:].isdigit()
        and any(c.isdigit() for c in after.text[:2])
    )


@dataclass(frozen=True, slots=True)
class Page:
    """One page as the rules read it: its text, the words it came from, and how it was
    read ('text' for a text file, 'pdf' for a PDF's text layer, 'ocr' for a picture)."""

    text: str
    words: tuple[Word, ...] = ()
    source: str = "text"
