"""Read labelled values from a certificate's lines.

Handles "Label: value", "Label ........ value", "Label    value" (a gap of two or
more spaces, as PDF forms come out), several labels on one line, a label alone on
its line with the value on the next ("COURSE TITLE" / "ETHICS FOR CPAS"), and a
table whose header row holds the labels and whose next row holds the values.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import takewhile

from .labels import (
    DATE,
    FIELD,
    HOURS,
    INLINE_CONCEPTS,
    ISSUED,
    METHOD,
    NUMBER,
    OTHER,
    SPONSOR,
    TITLE,
    Label,
    concept_of_label,
    is_loose,
    iter_labels,
)
from .normalize import (
    OTHER_CREDIT,
    delivery_method,
    drop_article,
    find_dates,
    nasba_field,
    parse_hours,
)

# A label may be qualified before its colon: "Credit(s) (CPE): 2.0", "CPE credits (US): 7.0"
# (wild.py: plural_s_and_qualified_labels; field_notes.py: cpd_and_cpe_with_ethics_minutes).
# Dotted leaders OCR reads as runs of e's: "Total   ee  eee ee eee   8.0" (wild3.py:
# blended_parts_with_their_own_dates_and_leaders, scanned).
_STRONG_SEP = re.compile(
    r"\s*(?:\([^()\n]{1,25}\)\s*)?(?::|=|\.{2,}|…+)\s*|\s+(?:e{1,8}\s+){2,}|\s{2,}|\t+"
)
_WEAK_SEP = re.compile(r" ?")
# Credits or a field qualified before the colon: "Total credits for sessions attended: 7.0",
# "Field of study for APE-3391: Auditing" (wild3.py:
# annual_meeting_sessions_attended_bullets_and_total,
# lms_learning_history_row_with_course_id_and_status).
# "Total CPE Hours Earned This Event: 6.5" (wild3.py: total_cpe_hours_earned_this_event)
_QUALIFIED = re.compile(r"\s+(?:for|from|of|in|this|at|during)\s+[^:\n]{1,30}?:\s*", re.I)
# What may stand right before a label that does not open its line.
_HARD_BEFORE = re.compile(r"(?:\s{2,}|\t|[|;(\[,•·]\s*|\s[-–—]\s*)$")
_SENTENCE_BEFORE = re.compile(r"[.)]\s+$")
_CELL = re.compile(r"\S+(?: \S+)*")
# What may open a line before its first label: blanks, bullets, a list's number or letter
# ("1. Participant:", "b) Course:"; wild.py: numbered_list_of_labels).
# A table's border "|" opens a row as a bullet does.
# (The trailing run is inside the group, so that two runs never share blanks to backtrack over.)
_BULLET = re.compile(
    r"[\s•·*>|-]*(?:(?:\d{1,2}|[a-z])[.)]\s+[\s•·*>-]*|\(\d{1,2}\)\s+[\s•·*>-]*)?$", re.I
)
# A label that opens its line may end at a dash or a bar: "Sponsor - Red Rock Tax
# Academy", "Provider | Southwest Fraud Institute" (wild.py: dash_separated_labels,
# pipe_separated_label_and_value, asterisk_bullets_and_dash_separators).
# "Course -- Advanced Excel Modeling" (wild3.py: facts_separated_by_double_dashes)
_OPENING_SEP = re.compile(r"\s+(?:--?|[–—])\s+|\s*\|\s*")
_BLANK_REST = re.compile(r"\s*$")
# The number alone after a bare "Certificate" and a bar or a dash: "CERTIFICATE  |
# RAL-DTA-250821-3" (wild4b.py: labels_left_of_a_bar_values_right_of_it), "CERTIFICATE --
# WPL-0630-9021" among facts set "LABEL -- VALUE" (wild4c.py:
# capitals_labels_with_dashes_behavioral_ethics_and_ceu).
_BAR_IDENTIFIER = re.compile(r"(?:\s*\||\s+(?:--?|[–—]))\s*(?=[^\s|]*\d)[^\s|]{4,}\s*$")
_GAP_BEFORE = re.compile(r"[ \t]{3,}$")
_BETWEEN_FACTS = re.compile(r" \| |\s[.·•]\s")
# A caption qualified in brackets before a column's gap: "CPE (hrs)    Course" (wild4b.py:
# wide_table_cert_number_first_under_a_provided_by_line), in a row of captions only: not
# a value alone on its line, "Webcast (live)" (wild4b.py:
# indented_labels_with_colons_values_on_the_next_line_deeper).
_BRACKETED_CAPTION = re.compile(r"\s?\([^()\n]{1,25}\)(?:[ \t]{2,}|\t|[ \t]*$)")


def _row_of_captions(line: str) -> bool:
    cells = [cell.group().strip() for cell in _COLUMN_CELL.finditer(line)]
    return len(cells) >= 2 and all(_caption_label(cell) for cell in cells)


_INSTRUCTION_REST = re.compile(
    r"\s*\((?:please\s+)?(?:mark|check|select|tick|circle|choose)\b[^()\n]{0,30}\)\s*$", re.I
)
_UNFINISHED = re.compile(r"(?:[:,&-]|\b(?:and|of|for|the|in|to|a|an|with|on))$", re.I)
_COLUMN_GAP = re.compile(r"[ \t]{3,}|\t")
# A cell of a line: text up to a column's gap.
_COLUMN_CELL = re.compile(r"\S(?:(?![ \t]{3,}|\t).)*")


# The heading of a key/value table's second column is no value: "| Field | Value |"
# (wild.py: markdown_table_with_field_and_value_header).
# A column's heading is no value of the label beside it: "Sponsor    Certificate" over the
# sponsor and the number (field_notes.py: credits_line_with_method_and_number_in_a_footer_table).
_HEADER_WORDS = frozenset(
    {"value", "values", "details", "detail", "description", "entry", "data", "certificate"}
)


@dataclass(frozen=True, slots=True)
class Labelled:
    """One value a certificate states after a label."""

    concept: str
    rank: int
    value: str
    line: int


@dataclass(frozen=True, slots=True)
class _Hit:
    label: Label
    start: int
    value_start: int


def labelled_values(lines: list[str]) -> list[Labelled]:
    """Every labelled value of a certificate, in reading order."""
    # A double rule between rows of captions and values parts them as a blank line does
    # (wild4b.py: captions_over_values_between_double_rules).
    lines = [
        "" if _DOUBLE_RULE.match(line) else _captions_out_of_brackets(_captions_out_of_rules(line))
        for line in lines
    ]
    lines = _captions_after_values(lines)
    given = lines
    lines, captions = _wrapped_labels_joined(lines)
    lines = _label_heads_joined(_section_labels_named(_column_sections_named(lines)))
    found: list[Labelled] = []
    skip: set[int] = set()
    for index, line in enumerate(lines):
        if index in skip:
            continue
        row = _delimited_row(lines, index) or _barred_pairs(line, index)
        if row:
            found.extend(row)
            skip.add(row[0].line)
            continue
        hits = captions.get(index) or _hits(line)
        if not hits:
            continue
        header = (
            None if index in captions else _header_row(line, hits, _one_row_below(lines, index))
        )
        if header:
            hits = header
        values = [
            checked_option(
                line[hit.value_start : (hits[n + 1].start if n + 1 < len(hits) else len(line))]
            )
            for n, hit in enumerate(hits)
        ]
        # A value ends at a column's gap: what stands past a wide gap belongs to another
        # column (a signature line, the right half of a two-column form). A form's blank
        # is no part of it: "__10/27/2025__" (wild.py: sample_form_with_underscored_values).
        # Nor past a bar or a dot set between facts: "Issued by Quickmark CPE  .  Issued on
        # 02 Dec 2025" (wild4b.py: nano_badge_with_dots_between_facts).
        values = [
            _COLUMN_GAP.split(_BETWEEN_FACTS.split(value)[0].strip())[0].strip(" _")
            for value in values
        ]
        # A row of options with a mark under the one chosen (_option_marked_below).
        values = [
            _option_marked_below(lines, index, hit) or value
            for hit, value in zip(hits, values, strict=True)
        ]
        # Nor past a semicolon before words and a colon: "Field: Ethics (Behavioral); Type:
        # Self-study" (wild3.py: lms_record_on_one_line_with_semicolons).
        values = [_NEXT_PAIR.split(value, maxsplit=1)[0] for value in values]
        # A label and its colon opened inside a bracket end its value at the bracket's close:
        # "approved for 7.0 hours of CPE credit (Field of Study: Taxes) under the standards
        # ..." (wild4d.py: bar_section_cle_sentence_approving_cpe_with_field_in_brackets); not
        # a sentence's "(completed 5/1/2025) and a live virtual session (5/8/2025)" (wild3.py:
        # blended_sentence_with_a_date_for_each_part).
        values = [
            value.split(")", 1)[0]
            if line[: hit.start].rstrip().endswith("(") and ":" in line[hit.start : hit.value_start]
            else value
            for hit, value in zip(hits, values, strict=True)
        ]
        # "Delivery method      Mark one": what to do is no value (wild3.py:
        # method_table_with_an_x_column).
        values = ["" if _INSTRUCTION.match(value) else value for value in values]
        # Nor words without a digit across a column's gap from a number's label: another
        # column's caption, "certificate no.      verify at" over the number and an address
        # (wild4b.py: number_captioned_above_in_the_bottom_left_corner).
        values = [
            ""
            if hit.label.concept == NUMBER
            and not re.search(r"\d", value)
            and _GAP_BEFORE.search(line, 0, hit.value_start)
            else value
            for hit, value in zip(hits, values, strict=True)
        ]
        if not header:
            hits, values = _label_word_as_value(line, hits, values)
            values = _under_total(lines, index, hits, values)
        if header or not any(values):
            # Labels alone on their line: the values are on the next line; captions under
            # a rule, or under nothing, are printed under their values.
            above = next((n for n in range(index - 1, -1, -1) if lines[n].strip()), None)
            if above is not None and _RULE.match(lines[above]):
                found.extend(_values_above(lines, above, hits, typed_only=False))
                continue
            # Captions set close under their values and apart from what follows (the line
            # above, a blank line below) caption the line above: "Materiality and Audit
            # Sampling Refresher" over "course", "Westlake Audit Institute    January 22, 2025"
            # over "sponsor    date completed" (wild4b.py:
            # captions_under_values_without_rules_number_alone_bottom_right).
            if _set_under_the_line_above(given, index):
                captioned = list(_values_above(lines, index, hits, typed_only=False))
                if captioned:
                    found.extend(captioned)
                    continue
            # Values above that are each plainly their caption's kind win over a line
            # below: "8.0    Taxes    11/30/2025" over "CPE CREDITS    FIELD OF STUDY
            # DATE COMPLETED" (wild.py: big_numbers_over_their_captions).
            above = list(_values_above(lines, index, hits, typed_only=True))
            if len(above) < len(hits):
                # A table's rows are read under their headings, never as lines of their own.
                below = [item for item in _values_below(lines, index, hits, skip) if _fits(item)]
                # A rule a scan lost leaves a caption under its value with nothing between:
                # "Program Title" under the title, over the date's line (wild2.py:
                # values_standing_on_captioned_rules, scanned). Not a section's heading over
                # its labelled lines: "PROGRAM" over "Title: ..." (wild2.py:
                # firm_lms_record_fields_under_section_headings).
                following = _next_text_line(lines, index)
                if (
                    not below
                    and len(hits) == 1
                    and hits[0].label.concept in (TITLE, SPONSOR)
                    and (following is None or not _opens_with_a_label(lines, following))
                ):
                    below = [
                        item
                        for item in _values_above(lines, index, hits, typed_only=False)
                        if ":" not in item.value
                    ]
                above = below or above
            found.extend(above)
            continue
        before_run_on = values[-1]
        values[-1] = _run_on(lines, index, hits[-1], values[-1])
        values = [
            _wrapped_in_its_cell(lines, index, hit, value, last=n == len(hits) - 1)
            if hit.label.concept == TITLE and value
            else value
            for n, (hit, value) in enumerate(zip(hits, values, strict=True))
        ]
        # A title its cell wraps over more lines than one: "COURSE:  Managing Engagement
        # Risk in Small" over "Firms: Acceptance, Continuance and" over "Withdrawal
        # Decisions", each under the value (wild4b.py:
        # narrow_table_with_right_aligned_colon_labels_and_a_long_wrapped_title).
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if (
            hits[-1].label.concept == TITLE
            and values[-1]
            and not _COLUMN_GAP.search(following.strip())
        ):
            ran_on = values[-1] != before_run_on
            values[-1] = _cell_lines_after(
                lines, index + (2 if ran_on else 1), hits[-1], values[-1]
            )
        found.extend(
            Labelled(hit.label.concept, hit.label.rank, value, index)
            for hit, value in zip(hits, values, strict=True)
            if value
            and value.casefold().strip(" |") not in _HEADER_WORDS
            and not _other_bodys_credit(hit.label, value)
        )
    return found


# Words that head a table's column but name no field of the sheet (wild2.py:
# one_row_table_with_score_credits_and_day_month_year).
# "Exam Score", "Final Grade" too (wild2.py: exam_score_and_result_columns_in_the_course_row).
# "Type" of course (wild3.py: lms_learning_history_row_with_course_id_and_status).
# "Day" of a sessions table (wild3.py: sessions_table_with_a_day_column_dates_in_the_heading).
_COLUMN_HEADINGS = frozenset(
    {"score", "grade", "result", "results", "status", "passed", "pass", "percent", "mark"}
    | {"type", "day"}
    # An invoice's "Line" number (wild4a.py: invoice_with_several_line_items_and_an_attended_line)
    | {"line"}
    # "Time (ET)" beside "Date" over a sessions table (wild4a.py:
    # sessions_table_with_a_time_column_and_credits_claimed)
    | {"time", "times"}
    # "Step    Activity    Due    Completed    Credits", "Attempt    Result" (wild4a.py:
    # blended_steps_table_with_due_and_completed_columns,
    # transcript_with_a_failed_and_a_passed_attempt_of_one_course)
    | {"step", "due", "attempt", "attempts"}
)


def _under_total(lines: list[str], index: int, hits: list[_Hit], values: list[str]) -> list[str]:
    """Of a row of credits by day, the cell under the heading "Total": "CPE credits    8.0
    8.0    4.0    20.0" under "Mon 6/2/2025 ... Total" (wild3.py:
    conference_days_as_columns_with_a_total). The line's cells are found once."""
    above = next((n for n in range(index - 1, max(-1, index - 3), -1) if lines[n].strip()), None)
    totals = (
        [total.start() for total in _TOTAL_HEADING.finditer(lines[above])]
        if above is not None
        else []
    )
    if not totals or not any(hit.label.concept == HOURS for hit in hits):
        return values
    under = [
        cell
        for cell in _CELL.finditer(lines[index])
        if any(abs(cell.start() - total) <= 3 for total in totals) and parse_hours(cell.group())
    ]
    return [
        next((cell.group() for cell in under if cell.start() >= hit.value_start), value)
        if hit.label.concept == HOURS
        else value
        for hit, value in zip(hits, values, strict=True)
    ]


# "Totals (1 course)" ends a transcript (wild4a.py: transcript_with_one_course_and_a_totals_row).
_TOTAL_HEADING = re.compile(r"\btotals?\b", re.I)


def _label_heads_joined(lines: list[str]) -> list[str]:
    """A label the layout wrapped after its first word: "...; Enrollment" over "ID:
    BCO-ETH-50221" is an enrollment's ID, not a bare "ID" (wild3.py:
    lms_record_on_one_line_with_semicolons, as PDF). The word moves down to its label,
    so that every line keeps its number."""
    joined = list(lines)
    for index in range(1, len(lines)):
        first = next(iter_labels(lines[index]), None)
        words = joined[index - 1].rstrip().rsplit(" ", 1)
        if first is None or first[0].start() != len(lines[index]) - len(lines[index].lstrip()):
            continue
        # Only a line of prose wraps so, not a row of column headings ("PARTICIPANT
        # PROGRAM" over "Name: ..."; wild2.py: section_headings_over_two_columns_of_fields).
        if len(words) != 2 or not words[1][:1].isupper() or _COLUMN_GAP.search(words[0]):
            continue
        whole = concept_of_label(f"{words[1]} {first[0].group()}")
        if whole is not None and whole.concept != first[1].concept:
            joined[index - 1] = words[0]
            joined[index] = f"{words[1]} {lines[index].lstrip()}"
    return joined


def _label_word_as_value(
    line: str, hits: list[_Hit], values: list[str]
) -> tuple[list[_Hit], list[str]]:
    """A label's word ending the line as the value of the label before it: "Delivery
    Webinar" is no two labels alone but a method (wild3.py:
    signed_statement_certify_under_the_facts). Only a value of the label's kind."""
    if len(hits) >= 2 and not values[-1] and not values[-2]:
        word = line[hits[-1].start :].strip()
        check = _CAPTIONED.get(hits[-2].label.concept)
        if check is not None and check(word):
            return hits[:-1], [*values[:-2], word]
    return hits, values


def _section_labels_named(lines: list[str]) -> list[str]:
    """A label indented under a section heading may be the heading's: "Number" under
    "Certificate" is the certificate's number (wild3.py:
    indented_sections_with_gaps_and_a_certificate_section). The heading's word is put
    before such a label, so that every line keeps its number."""
    named = list(lines)
    heading: tuple[int, str] | None = None
    for index, line in enumerate(lines):
        indent = len(line) - len(line.lstrip())
        text = line.strip()
        if not text:
            continue
        if heading is None or indent <= heading[0]:
            bare = len(text.split()) <= 3 and not _COLUMN_GAP.search(text) and ":" not in text
            heading = (indent, text) if bare else None
            continue
        cell = _LABEL_CELL.match(line.rstrip())
        if cell is None or concept_of_label(cell["label"]) is not None:
            continue
        if concept_of_label(f"{heading[1]} {cell['label']}") is not None:
            named[index] = f"{cell['indent']}{heading[1]} {text}"
    return named


def _column_sections_named(lines: list[str]) -> list[str]:
    """Sections set side by side, each heading its column: "Number: RCP-..." under
    "CERTIFICATE" beside "Name: ..." under "PARTICIPANT" is the certificate's number
    (wild4b.py: two_sections_side_by_side_with_labels_inside). A label that names nothing
    alone, starting where a heading of the row of headings above starts, is given the
    heading's word, up to the next blank line; the cells are named right to left, so that
    each keeps its place."""
    named = list(lines)
    headings: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        cells = [(cell.start(), cell.group()) for cell in _COLUMN_CELL.finditer(line)]
        if not cells:
            headings = []
            continue
        if len(cells) >= 2 and all(
            len(text.split()) <= 3 and ":" not in text and not re.search(r"\d", text)
            for _, text in cells
        ):
            headings = cells
            continue
        for start, text in reversed(cells):
            heading = next((word for at, word in headings if abs(at - start) <= 2), None)
            label = text.split(":", 1)[0] if ":" in text else None
            if (
                heading is None
                or label is None
                or concept_of_label(label) is not None
                or concept_of_label(f"{heading} {label}") is None
            ):
                continue
            line = f"{line[:start]}{heading} {line[start:]}"
        named[index] = line
    return named


def _wrapped_labels_joined(lines: list[str]) -> tuple[list[str], dict[int, list[_Hit]]]:
    """A narrow table's label column wraps a label over two lines: "Program" over "Title",
    "CPE Credit" over "Hours", "Field of" over "Study", each with the value beside its first
    line, and the value's rest, if any, beside its second (wild2.py:
    labels_wrapped_in_a_narrow_table_column). The label and the value are joined on the
    first line and the second is left blank, so that every line keeps its number. Not two
    labels of their own: "Course    X" over "Date    Y" stay apart, unless the value beside
    the first is unfinished. A row of captions wrapped over two lines is read as one: its
    second line is left blank, and its captions' hits are given by the first line's number."""
    captions: dict[int, list[_Hit]] = {}
    if not any(_COLUMN_GAP.search(line) for line in lines):
        return lines, captions
    joined = list(lines)
    for index in range(len(lines) - 1):
        block = lines[index : index + 3]
        tall = _captions_over_three_lines(block) if index + 3 < len(lines) else None
        if tall is not None and _COLUMN_GAP.search(lines[index + 3].strip()):
            captions[index], joined[index + 1], joined[index + 2] = tall, "", ""
            continue
        wrapped = _captions_joined(joined[index], lines[index + 1])
        if wrapped is not None:
            captions[index], joined[index + 1] = wrapped, ""
            continue
        first, second = _label_cell(joined[index]), _label_cell(lines[index + 1])
        if first is None or second is None or first[0] != second[0]:
            continue
        (_, label, value), (_, rest_label, rest) = first, second
        whole = concept_of_label(f"{label} {rest_label}")
        if whole is None or whole.concept == OTHER:
            continue
        # A value beside the second line that opens in lower case goes on from the first's:
        # "Program    Internal Audit Analytics" over "Title    with Python: Sampling and"
        # (wild4b.py: labels_and_values_both_wrapped_in_a_narrow_table).
        if (
            concept_of_label(label) is None
            or not rest
            or _UNFINISHED.search(value)
            or rest[:1].islower()
        ):
            column = lines[index].find(value, len(label))
            joined[index] = f"{label} {rest_label}   {value} {rest}".rstrip()
            joined[index + 1] = ""
            # And so do the lines under it in its column, while it is unfinished: "Exception
            # Testing" under "with Python: Sampling and".
            for below in range(index + 2, min(index + 5, len(lines))):
                line = lines[below]
                indent = len(line) - len(line.lstrip())
                if not (_UNFINISHED.search(joined[index]) and line.strip()):
                    break
                if abs(indent - column) > 2 or _hits(line):
                    break
                joined[index] = f"{joined[index]} {line.strip()}"
                joined[below] = ""
    return joined, captions


def _captions_joined(first: str, second: str) -> list[_Hit] | None:
    """A row of captions wrapped over two lines, "CPE CREDIT    FIELD OF    DELIVERY" over
    "HOURS         STUDY       METHOD", as one row of whole captions, each a hit at the
    column it stands at (the whole caption may be wider than its column: "Course Number"
    over "Course" / "Number" in a wide table; wild4b.py:
    wide_table_one_row_headers_and_title_wrapped); None unless every caption it joins is a
    label (wild2.py: captions_wrapped_over_two_lines_above_their_values)."""
    if re.search(r"\d|:", second) or not _COLUMN_GAP.search(first.strip()):
        return None
    top = [(cell.start(), cell.group().strip()) for cell in _COLUMN_CELL.finditer(first)]
    below = [(cell.start(), cell.group().strip()) for cell in _COLUMN_CELL.finditer(second)]
    if len(top) < 2 or not below:
        return None
    rest: dict[int, str] = {}
    for start, text in below:
        column = next((at for at, _ in top if abs(at - start) <= 2), None)
        if column is None:
            return None
        rest[column] = text
    hits = []
    for at, text in top:
        label = concept_of_label(f"{text} {rest[at]}" if at in rest else text)
        if label is None:
            return None
        hits.append(_Hit(label, at, at + len(text)))
    return hits


def _captions_over_three_lines(block: list[str]) -> list[_Hit] | None:
    """A row of captions each wrapped over up to three lines, "Date of" / "Completion",
    "Recommended" / "CPE" / "Credits", "Field" / "of" / "Study", with a short one ("Program")
    on any of them: a hit at each column, whose caption is its words top to bottom (wild4b.py:
    headings_wrapped_over_three_lines_over_one_row); None unless every caption is a label."""
    if len(block) != 3 or any(not line.strip() or re.search(r"\d|:", line) for line in block):
        return None
    columns: dict[int, list[str]] = {}  # each column's start: its words top to bottom
    for line in block:
        for cell in _COLUMN_CELL.finditer(line):
            at = next((at for at in columns if abs(at - cell.start()) <= 2), cell.start())
            columns.setdefault(at, []).append(cell.group().strip())
    starts = sorted(columns)
    if len(starts) < 3 or not any(len(words) == 3 for words in columns.values()):
        return None
    hits = []
    for at, end in zip(starts, [*starts[1:], len(block[0])], strict=True):
        label = concept_of_label(" ".join(columns[at]))
        if label is None:
            return None
        hits.append(_Hit(label, at, max(at, end)))
    return hits


# A label cell opening its line, a column's gap, and the value beside it (or none).
_LABEL_CELL = re.compile(
    r"^(?P<indent>\s*)(?P<label>\S+(?: \S+){0,3})(?:(?:[ \t]{3,}|\t)(?P<value>\S.*))?$"
)


def _label_cell(line: str) -> tuple[int, str, str] | None:
    match = _LABEL_CELL.match(line.rstrip())
    if match is None or _COLUMN_GAP.search(match["value"] or ""):
        return None
    return len(match["indent"]), match["label"], (match["value"] or "").strip()


def _fits(item: Labelled) -> bool:
    """Whether a value below a caption may be that caption's: a title or a sponsor is no
    date and no bare number."""
    if item.concept not in (TITLE, SPONSOR):
        return True
    value = item.value.strip()
    return not (re.fullmatch(r"[\d.,/ -]+", value) or (find_dates(value) and len(value) < 30))


def _one_row_below(lines: list[str], index: int) -> bool:
    """Whether one row of cells stands under a line, and no second one under it."""
    below = lines[index + 1 : index + 3]
    return (
        len(below) >= 1
        and _COLUMN_GAP.search(below[0].strip()) is not None
        and (len(below) == 1 or not _COLUMN_GAP.search(below[1].strip()))
    )


def _header_row(line: str, hits: list[_Hit], one_row: bool = False) -> list[_Hit] | None:
    """A table's heading row of labels and column headings that name no field, "Participant
    Course    Score    Credits    Completed": the values stand below, and the cells under
    "Score" are that column's, not the title's; a hit for each heading (OTHER)."""
    cells = [cell for cell in _COLUMN_CELL.finditer(line) if cell.group().strip()]
    # Other bodies' credits head columns beside the CPE one: "CPE    CLE    IRS CE" over
    # "6.0    5.5    6.0" (wild2.py: cpe_cle_irs_columns_table_with_one_row).
    bodies = sum(_credit_body(cell.group().strip()) for cell in cells)
    if len(cells) < (2 if bodies else 3) or len(hits) < (1 if bodies else 2):
        return None
    starts = {hit.start: hit for hit in hits}
    labels = [
        starts.get(cell.start()) if _caption_label(cell.group().strip()) is not None else None
        for cell in cells
    ]
    # Among three labels or more over one row, any short heading of words heads a column
    # of its own: "Employee    Course Title    Completed    CPE ..." (wild2.py:
    # wide_lms_export_header_and_one_row). Over several rows, a sessions table's
    # "Component" keeps to the rules for sessions (wild3.py:
    # blended_components_table_with_format_and_dates).
    many = one_row and sum(label is not None for label in labels) >= 3
    row: list[_Hit] = []
    for cell, hit in zip(cells, labels, strict=True):
        text = cell.group().strip()
        if hit is not None:
            row.append(hit)
        elif (
            _BRACKET_AT_END.sub("", text).casefold().strip(" :%()").split()[-1:]
            in ([word] for word in _COLUMN_HEADINGS)
            or (many and _SHORT_HEADING.fullmatch(text))
            or _credit_body(text)
        ):
            row.append(_Hit(Label(OTHER, 1), cell.start(), cell.end()))
        else:
            return None
    return row if len(row) > len(hits) else None


_BRACKET_AT_END = re.compile(r"\s*\([^()]*\)\s*$")
_SHORT_HEADING = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)?")
_BODIES = frozenset({"cle", "cfp", "irs", "cpd", "cfe", "ctec", "cia", "cma", "pdu", "ceu", "ceus"})
_BODY_WORDS = _BODIES | {"ce", "ea", "afsp", "credit", "credits", "hours"}


def _credit_body(text: str) -> bool:
    """A column heading naming another body's credit: "CLE", "IRS CE", "CFP Credits"."""
    words = text.casefold().strip(" :()").split()
    return bool(words) and words[0] in _BODIES | {"ea", "afsp"} and set(words) <= _BODY_WORDS


def _other_bodys_credit(label: Label, value: str) -> bool:
    """Credits of another body are not the CPE credit, though a label names credit: in
    "Credits Earned: CLE 10.0 | CPE 12.0 | IRS CE 12.0" the first value is the CLE one,
    and "CPE" labels its own (wild2.py: cpe_cle_irs_and_cfp_credits_on_one_line)."""
    return label.concept == HOURS and bool(OTHER_CREDIT.match(value.strip()))


def _cells(line: str) -> list[str]:
    # A table drawn with bars, however spaced: "| Course | Date | Credits |" (wild.py:
    # single_spaced_pipe_table, compact_pipe_table_with_header_row).
    if line.count("|") >= 2:
        return [cell.strip() for cell in line.strip().strip("|").split("|")]
    delimiter = max("\t;,", key=line.count)
    return [cell.strip() for cell in next(csv.reader([line], delimiter=delimiter))]


def _delimited_row(lines: list[str], index: int) -> list[Labelled]:
    """A spreadsheet's header row of labels, comma-, semicolon- or tab-separated, and the
    row of values under it: an LMS or tracker export saved as text (field_notes.py:
    comma_separated_export_row)."""
    line = lines[index]
    # Counted, not searched for: a long line without delimiters stays linear.
    if len(line) > _LONGEST_ROW or sum(map(line.count, ",;\t|")) < 2:
        return []
    header = _cells(line)
    # A heading qualified in brackets names its label: "CPE Credits (50-min)" (wild4b.py:
    # markdown_table_one_row_with_a_browser_header_and_footer).
    labels = [_caption_label(cell) for cell in header]
    # A box drawn with bars holds its captions however few: "| COURSE |" over "| Single
    # Audit ... |", "| DELIVERY | CERTIFICATE NUMBER |" over its two values (wild4b.py:
    # ruled_ascii_boxes_caption_over_value). Commas and tabs need three to be a header.
    boxed = _BOXED_ROW.match(line) is not None
    # Boxes side by side leave an empty cell between them: "| COURSE |   | CREDIT |"
    # (wild4b.py: facts_in_two_boxes_side_by_side_with_bars).
    spacers = [boxed and not cell for cell in header]
    if len(header) - sum(spacers) < (1 if boxed else 3):
        return []
    if not all(label or spacer for label, spacer in zip(labels, spacers, strict=True)):
        return []
    below = _next_text_line(lines, index)
    while below is not None and _TABLE_RULE.match(lines[below]):  # "|---|---|"
        below = _next_text_line(lines, below)
    values = _cells(lines[below]) if below is not None else []
    if len(values) != len(header) or any(
        spacer and value for spacer, value in zip(spacers, values, strict=True)
    ):
        return []
    if line.count("|") >= 2:
        values = _box_cells_run_on(lines, below, labels, values)
    return [
        Labelled(label.concept, label.rank, value, below)
        for label, value in zip(labels, values, strict=True)
        if label is not None and value
    ]


def _barred_pairs(line: str, index: int) -> list[Labelled]:
    """A row of bars holding labels and values by turns: "| Title | Audit Evidence and
    Documentation | Hours | 2.0 |", each value the label's before it, whatever label its
    words would make ("| Format | Webinar |"; wild4b.py: four_column_barred_record_card)."""
    if not _BOXED_ROW.match(line):
        return []
    cells = _cells(line)
    labels = [_caption_label(cell) for cell in cells[::2]]
    # A label of words no label of ours knows still holds its value: "| Card No. | ... |".
    if len(cells) < 4 or len(cells) % 2 or labels[0] is None or labels.count(None) > 1:
        return []
    if all(_caption_label(cell) for cell in cells[1::2]):
        return []  # a table's heading row
    return [
        Labelled(label.concept, label.rank, value, index)
        for label, value in zip(labels, cells[1::2], strict=True)
        if label is not None and value
    ]


def _box_cells_run_on(
    lines: list[str], below: int, labels: list[Label | None], values: list[str]
) -> list[str]:
    """A title or a sponsor wrapped down its box, over the rows under its first: "| State
    Conformity to the 2025 |" over "| Federal Tax Changes |", up to a row whose cell holds
    a label, a date or a credit (wild4b.py: facts_in_two_boxes_side_by_side_with_bars). Not
    a table's next row, which states a date or a credit under its heading."""
    values = list(values)
    stated = [n for n, label in enumerate(labels) if label and label.concept in (DATE, HOURS)]
    for row in lines[below + 1 : below + 4]:
        # Or a table's cells between bars, with none at its ends: "Partnership Allocations
        # Workshop:   | 09/15/2025 | ..." over "Special Allocations and 704(b)   |   |"
        # (wild4b.py: bar_separated_header_and_row_title_wrapped_in_its_cell).
        cells = _cells(row) if row.count("|") >= 2 else []
        # Its empty cells at the end may lose their bar: "...   |   |   |" under five.
        cells += [""] * (len(values) - len(cells)) if 2 <= len(cells) < len(values) else []
        if len(cells) != len(values) or any(
            find_dates(cells[n]) or parse_hours(cells[n]) is not None for n in stated
        ):
            break
        grew = False
        for n, label in enumerate(labels):
            cell = cells[n]
            if label is None or label.concept not in (TITLE, SPONSOR) or not cell:
                continue
            if _hits(cell) or find_dates(cell) or _CREDIT_AMOUNT.search(cell):
                continue
            values[n] = f"{values[n]} {cell}"
            grew = True
        if not grew:
            break
    return values


_LONGEST_ROW = 2000
_BRACKETS_AFTER = re.compile(r"\s*\([^()]{1,25}\)$")


def _caption_label(text: str) -> Label | None:
    """The label a caption names, qualified in brackets or not: "CPE Credits (50-min)",
    "CPE (hrs)" (wild4b.py: markdown_table_one_row_with_a_browser_header_and_footer,
    wide_table_cert_number_first_under_a_provided_by_line)."""
    return concept_of_label(text) or concept_of_label(_BRACKETS_AFTER.sub("", text))


_BOXED_ROW = re.compile(r"^\s*\|.*\|\s*$")
_NEXT_PAIR = re.compile(r"\s*;\s+(?=[A-Za-z][\w ]{0,25}:)")
_INSTRUCTION = re.compile(
    r"^\(?(?:please\s+)?(?:mark|check|select|tick|circle|choose)\s+(?:one|all(?:\s+that\s+apply)?)\)?$",
    re.I,
)
_TABLE_RULE = re.compile(r"^[\s|:+-]*-[\s|:+-]*$")


def _run_on(lines: list[str], index: int, hit: _Hit, value: str) -> str:
    """A title its line leaves unfinished runs on to the next line when that line is all
    text: "Course Title: Leases Under ASC 842:" over "Beyond the Basics for Lessees"
    (field_notes.py: title_with_subtitle_wrapped_after_its_colon), or that opens in lower
    case: "... for Software" over "and subscription companies" (field_notes.py:
    title_label_value_continues_in_lower_case)."""
    if index + 1 >= len(lines):
        return value
    if hit.label.concept == SPONSOR:
        return _sponsor_run_on(lines[index + 1], value, hit.value_start)
    if hit.label.concept != TITLE:
        return _wrapped_before_a_label(lines[index + 1], value, lines[index])
    following = lines[index + 1].strip()
    # A bordered table's row whose label cell is empty holds the rest of the title cell
    # above: "| Course  | Audit Sampling: Attribute and Variables |" over "|  | Sampling
    # Plans for Small Firms |" (wild2.py:
    # bordered_two_cell_table_title_wrapped_in_a_row_of_its_own).
    rest_of_cell = _EMPTY_LABEL_CELL.match(following)
    if rest_of_cell and rest_of_cell.group("text"):
        return f"{value} {rest_of_cell.group('text')}"
    # Nor into a list's next item: "b. Date held: 08/07/2025" (wild4b.py:
    # outline_with_lettered_labels_under_numbered_sections).
    if (
        not following
        or _COLUMN_GAP.search(following)
        or _hits(following)
        or _LIST_ITEM.match(following)
    ):
        return value
    # In a two-cell table a title wraps in its cell: the next line opens at the column
    # its value does, under it ("Course          Forensic Accounting and Fraud" over
    # "                Investigation for Controllers"; wild2.py:
    # narrow_two_cell_table_title_wrapped_in_its_cell).
    # A PDF may set the wrapped part at the margin: a line with no label between a list's
    # labelled lines is still the value's (the same certificate, read from its PDF).
    indent = len(lines[index + 1]) - len(lines[index + 1].lstrip())
    in_its_cell = hit.value_start >= _CELL_INDENT and abs(indent - hit.value_start) <= 2
    # Not a line labelled in words no label of ours knows: "Final exam score: 85%",
    # "Course Version: 2025" (wild.py: self_study_exam_score_sponsor_address_and_phone,
    # course_acronym_beside_the_title); nor one opening with a label's words, whose
    # leaders OCR misread: "Program Sponsor eeeeee Ledgerline Learning Inc." (forms.py:
    # dotted_two_column, scanned).
    in_a_list = _opens_with_a_label(lines, index) and _opens_with_a_label(lines, index + 2)
    # Nor a line stating credits or a date, whose label's colon OCR lost: "Components
    # Self-study pre-work (3.0 CPE); ..." (field_notes.py: blended_components_with_total,
    # scanned).
    in_a_list = in_a_list and not (_CREDIT_AMOUNT.search(following) or find_dates(following))
    # In a list of labelled lines, a line opening with words and a colon is the list's next
    # item, whatever its label: "Room: Prairie Ballroom C", "PUBLISHER / SPONSOR: Tanager
    # Professional Press" (wild4c.py:
    # conference_session_certificate_track_and_room_and_cpe_hours_after,
    # title_in_capitals_with_edition_and_self_study_with_expiry).
    in_a_list = in_a_list and not _OTHER_LABEL.match(following)
    if (
        _UNFINISHED.search(value)
        or following[:1].islower()
        or ((in_its_cell or in_a_list) and not _labelled_line(following))
    ):
        return f"{value} {following}"
    return value


def _wrapped_in_its_cell(lines: list[str], index: int, hit: _Hit, value: str, *, last: bool) -> str:
    """A title wrapped inside its cell while the cells beside it go on: "Course
    Ethics for Tax Practitioners:    Field    Regulatory Ethics" over "Circular 230 in
    Practice" under the title's column (wild4b.py:
    two_column_grid_without_colons_title_wrapping_left), or "Course Title    Not-for-Profit
    Meridian Professional Learning" over "Revenue: Contributions,    1200 Market Street",
    an address block beside the facts (wild4b.py:
    narrow_table_title_in_three_lines_address_block_beside). Each line whose label column
    is blank and whose text opens at the value's column adds its cell, up to the column's
    gap, until a line holds a label, a date or a credit. The last value of a line with
    nothing beside its wrapped part is ``_run_on``'s."""
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if hit.value_start < _CELL_INDENT or (last and not _COLUMN_GAP.search(following.strip())):
        return value
    parts = [value]
    for line in lines[index + 1 : index + 5]:
        indent = len(line) - len(line.lstrip())
        if not line.strip() or abs(indent - hit.value_start) > 2:
            break
        cell = _COLUMN_CELL.match(line, indent)
        text = cell.group().strip() if cell else ""
        if not text or _hits(text) or find_dates(text) or _CREDIT_AMOUNT.search(text):
            break
        parts.append(text)
    return " ".join(parts)


def _cell_lines_after(lines: list[str], start: int, hit: _Hit, value: str) -> str:
    """The value with the lines from ``start`` on that stand in its cell: opening at its
    column, the label column blank, holding no label, date or credit, nor words and a colon
    before a number ("Score: 85%")."""
    if hit.value_start < _CELL_INDENT:
        return value
    for line in lines[start : start + 4]:
        indent = len(line) - len(line.lstrip())
        text = line.strip()
        if not text or abs(indent - hit.value_start) > 2 or _COLUMN_GAP.search(text):
            break
        other = _OTHER_LABEL.match(text)
        if _hits(text) or find_dates(text) or _CREDIT_AMOUNT.search(text):
            break
        if other and re.search(r"\d", text[other.end() :]):
            break
        value = f"{value} {text}"
    return value


_LIST_ITEM = re.compile(r"(?:\d{1,2}|[a-h])[.)]\s+\S", re.I)
_CREDIT_AMOUNT = re.compile(r"\b\d{1,3}(?:[.,]\d{1,2})?\s*(?:cpe|credits?|hours?|hrs)\b", re.I)


def _sponsor_run_on(line: str, value: str, value_start: int) -> str:
    """A sponsor's name its line leaves on a comma or "of" runs on to a next line of text
    alone: "Association of Public Finance Officers," over "Capital Region Chapter" in a
    narrow cell (wild2.py: sponsor_wrapped_in_a_narrow_cell); so does one whose next line
    opens under it, in its cell: "Great Lakes Association of Nonprofit" over "Financial
    Professionals" (wild2.py: title_and_sponsor_both_wrapped_in_a_narrow_table)."""
    following = line.strip()
    indent = len(line) - len(line.lstrip())
    in_its_cell = value_start >= _CELL_INDENT and abs(indent - value_start) <= 2
    # Or set flush right under it, opening within its span: "Bluewater Government Finance"
    # over "Training Institute" (wild4b.py: values_flush_right_title_wrapped_flush_right);
    # an address has digits.
    flush_right = (
        value_start >= _CELL_INDENT
        and value_start < indent <= value_start + len(value)
        and not re.search(r"\d", following)
    )
    if (
        not following
        or not (re.search(r"(?:,|\b(?:of|for|and|&))$", value) or in_its_cell or flush_right)
        or _COLUMN_GAP.search(following)
        or _hits(following)
        or find_dates(following)
        or re.match(r"\d", following)
    ):
        return value
    return f"{value} {following}"


def _wrapped_before_a_label(following: str, value: str, line: str = "") -> str:
    """A value its line leaves on "&" or "and" runs on to the words that open the next line
    before its first label: "Field of Study: Communications &" over "Marketing; Delivery
    Method: GIB", a line of facts wrapped by the page (wild2.py:
    facts_separated_by_semicolons_on_one_line, read from its PDF)."""
    # Or inside a bracket its line leaves open: "(Field of Study: Taxes; Delivery: Group"
    # over "Live)" (wild2.py: awarded_this_ordinal_day_quoted_title_credit_sentence, scanned).
    closing = _CLOSING.match(following)
    if line.count("(") > line.count(")") and closing and len(closing["rest"].split()) <= 3:
        return f"{value} {closing['rest'].strip()}"
    if not _ENDS_ON_A_JOIN.search(value):
        return value
    hits = _hits(following)
    rest = following[: hits[0].start] if hits else following
    rest = re.split(r"[;|]|[ \t]{3,}", rest.strip(), maxsplit=1)[0].strip(" ,")
    return f"{value} {rest}" if rest and len(rest.split()) <= 4 else value


_CLOSING = re.compile(r"^\s*(?P<rest>[^()\n:]{1,40}?)\)")
_ENDS_ON_A_JOIN = re.compile(r"(?:&|\band)$", re.I)


def _labelled_line(line: str) -> bool:
    """Whether a line opens with a label's words or with words before a colon; not a
    title's words before its subtitle, in capitals and without digits: "Contractors: Input
    and Output Methods" (wild2.py: two_cell_table_label_column_right_aligned_with_colons)."""
    other = _OTHER_LABEL.match(line)
    rest = line[other.end() :].strip() if other else ""
    if other and (re.search(r"\d", rest) or not _SUBTITLE.fullmatch(rest)):
        return True
    first = next(iter_labels(line), None)
    return first is not None and first[0].start() == 0


def _opens_with_a_label(lines: list[str], index: int) -> bool:
    if index >= len(lines):
        return False
    hits = _hits(lines[index])
    return bool(hits) and _BULLET.match(lines[index], 0, hits[0].start) is not None


# How far in a value's column must stand for a line under it to be its cell's.
_CELL_INDENT = 8
_SUBTITLE = re.compile(r"(?:(?:[A-Z][\w'’-]*|and|of|for|the|in|to|a|an|with|on|&)\s*)+")
_OTHER_LABEL = re.compile(r"^[^:]{1,30}:(?:\s|$)")
_EMPTY_LABEL_CELL = re.compile(r"^\|\s*\|\s*(?P<text>[^|]*?)\s*\|?$")


# A label joined to another before its colon names the first: "Sponsor Name and Number:",
# "Name of Sponsor/Provider:" (field_notes.py: sponsor_name_and_number_on_one_state_form_label,
# name_of_sponsor_slash_provider_and_program_level_beside).
# Or its translation, up to five words: "Competency area / Domaine de compétence:",
# "Certificate number / Numéro d'attestation:" (wild4d.py:
# canadian_bilingual_cpd_certificate_with_competency_area).
_JOINED_LABEL = re.compile(
    r"\s*(?:/\s*[\w#.'’]+(?: [\w#.'’]+){0,4}|(?:&|\band\b)\s*[\w#.]+(?: [\w#.]+)?)\s*:\s*",
    re.I,
)


def _column_heading_only(label_text: str) -> bool:
    """A bare "Certificate" names the number only as a table's column heading, right of
    another: "Sponsor    Certificate" over the sponsor and its number (field_notes.py:
    credits_line_with_method_and_number_in_a_footer_table). Opening a line it is the
    heading "Certificate" or "Certificate: X", which prose.py reads."""
    return label_text.casefold() == "certificate"


_COLUMN_SEP = re.compile(r"[ \t]{2,}|\s*$")


def _hits(line: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match, label in iter_labels(line):
        if hits and match.start() < hits[-1].value_start:
            continue
        # Matched in place, never sliced off: a long line must stay linear.
        end = match.end()
        # Described ("Blended Program:") only before a colon: "LIVE WEBCAST" alone on
        # its line is a value (forms.py: all_caps_values_below_labels).
        described = not hits and _DESCRIBED.match(line, 0, match.start()) is not None
        described = described and _COLON.match(line, end) is not None
        at_start = _BULLET.match(line, 0, match.start()) is not None or (
            not hits and (_label_words_before(line, match.start()) or described)
        )
        # A caption opening its cell, after a column's gap ("Date    CPE (hrs)"), not a word
        # of a value before its bracket ("Ridgeway CPE (NASBA Sponsor ID: 117245)").
        cell_start = line.endswith("  ", 0, match.start())
        strong = (
            _STRONG_SEP.match(line, end)
            or (
                _BRACKETED_CAPTION.match(line, end)
                if (at_start or cell_start) and _row_of_captions(line)
                else None
            )
            or (_OPENING_SEP.match(line, end) if at_start else None)
            or (_JOINED_LABEL.match(line, end) if at_start else None)
            or (
                _QUALIFIED.match(line, end)
                if at_start and label.concept in (HOURS, FIELD)
                else None
            )
        )
        # What to do in brackets ends a label alone on its line: "Field of study (check all
        # that apply)" over its options (wild4b.py:
        # boxes_after_the_options_with_leaders_one_per_line).
        if strong or _BLANK_REST.match(line, end) or _INSTRUCTION_REST.match(line, end):
            sep_end = strong.end() if strong else len(line)
        elif is_loose(match.group()) or _typed_value_follows(label, line[end : end + 40]):
            sep_end = _WEAK_SEP.match(line, end).end()  # type: ignore[union-attr]
            qualifier = _QUALIFIER.match(line, end)
            if qualifier and not is_loose(match.group()):
                sep_end = qualifier.end()
        else:
            continue
        # Or before a bar or a dash and the number alone (_BAR_IDENTIFIER).
        if (
            _column_heading_only(match.group())
            and (at_start or not _COLUMN_SEP.match(line, end))
            and not _BAR_IDENTIFIER.match(line, end)
        ):
            continue
        # What stands just before is all that matters.
        before = line[max(0, match.start() - 12) : match.start()]
        colon = strong is not None and ":" in strong.group()
        if not (
            at_start
            or _HARD_BEFORE.search(before)
            or (_SENTENCE_BEFORE.search(before) and is_loose(match.group()))
            or (before.endswith(" ") and colon and label.concept in INLINE_CONCEPTS)
        ):
            continue
        if match.group().lower().endswith("by"):
            # "Presented by the ...": the article is the sentence's (normalize.drop_article).
            rest = line[sep_end : sep_end + 200]
            sep_end += len(rest) - len(drop_article(rest))
        hits.append(_Hit(label, match.start(), sep_end))
    return hits


# Words that say what kind of program a label names, opening the line before it: "Blended
# Program:", "Live Webinar:", "Self-Study Course:" (wild3.py:
# blended_parts_with_their_own_dates_and_leaders).
_COLON = re.compile(r"\s*:")
_DESCRIBED = re.compile(
    r"[\s•·*>-]*(?:(?:live|online|on-demand|self-study|self-paced|in-person|virtual|blended"
    r"|hybrid|annual|recorded|featured|group|internet|web-based|nano|cpe|qas)\s+){1,2}$",
    re.I,
)


def label_spans(line: str) -> list[tuple[int, int, str]]:
    """Where each label of ``line`` stands, from its start to where its value begins, and
    the concept it names."""
    return [(hit.start, hit.value_start, hit.label.concept) for hit in _hits(line)]


def _label_words_before(line: str, start: int) -> bool:
    """Whether only a label's words open the line before ``start``: "Course Credits",
    "Hours of CPE Credit" are one label whose last words name the field, whatever the
    first would name alone (wild.py: hours_of_cpe_credit_then_a_gap)."""
    if start > 40:
        return False
    words = line[:start].split()
    while words and words[-1].lower() in ("of", "the", "for", "in"):
        words.pop()
    return 0 < len(words) <= 3 and concept_of_label(" ".join(words)) is not None


# A label's qualifier in brackets before a value with no colon: "Credits (CPE/CLE) 4.0 /
# 3.5", the colon a scan lost (wild2.py: cpe_cle_credits_in_one_slashed_label, scanned).
_QUALIFIER = re.compile(r"\s*\([^()\n]{1,25}\)[ \t]*")


def _typed_value_follows(label: Label, rest: str) -> bool:
    """'Completed 2/14/2025', 'Credits 2.0': no colon, but plainly a value."""
    qualifier = _QUALIFIER.match(rest)
    if qualifier:
        rest = " " + rest[qualifier.end() :]
    if not rest.startswith(" "):
        return False
    # "Issued on 02 Dec 2025" between facts (wild4b.py: nano_badge_with_dots_between_facts)
    if label.concept in (DATE, ISSUED):
        dates = find_dates(rest)
        return bool(dates) and dates[0][0] <= 1
    if label.concept == HOURS:
        return re.match(r" \d", rest) is not None and parse_hours(rest) is not None
    # "Serial 25-0917-3321" at the right of the heading row (wild4b.py:
    # serial_at_the_right_of_the_heading_row_issued_in_the_corner).
    if label.concept == NUMBER:
        return _IDENTIFIER_FOLLOWS.match(rest) is not None
    return False


# One word of five characters or more, two digits among them, ending its cell.
_IDENTIFIER_FOLLOWS = re.compile(
    r" (?=[A-Za-z/-]*\d[A-Za-z/-]*\d)[A-Za-z0-9][A-Za-z0-9/-]{4,}(?:[ \t]{2,}|[ \t]*$)"
)


def _next_text_line(lines: list[str], index: int) -> int | None:
    for below in range(index + 1, min(index + 4, len(lines))):
        if lines[below].strip():
            return below
    return None


# The sentence going on past a title set on its own line: "on March 31, 2025 for 2.0 CPE
# credits" under "completed the webcast" over the title (wild4b.py:
# header_band_with_number_and_issue_date_body_with_completion).
_CLAUSE_AFTER_THE_TITLE = re.compile(
    r"^\s*(?:(?:on|held|from|dated)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
    r"|for\s+\d+(?:\.\d+)?\s*(?:cpe|credits?|hours?)\b)",
    re.I,
)


def _values_below(
    lines: list[str], index: int, hits: list[_Hit], rows_read: set[int] | None = None
) -> Iterator[Labelled]:
    """The values under labels alone on their line (``rows_read``: the table rows read
    here, which no other label reads again)."""
    below = _next_text_line(lines, index)
    # A word that names a method as well as labels a title, "Webinar", without a colon in a
    # row under captions is the method, a value (wild4b.py:
    # three_by_three_grid_of_captions_over_values_without_blank_lines).
    below_hits = (
        [hit for hit in _hits(lines[below]) if not _method_word(lines[below], hit)]
        if below is not None
        else []
    )
    if below is None or (
        below_hits
        and _BULLET.match(lines[below][: below_hits[0].start])
        and not (len(hits) > 1 and _names_the_row(below_hits, hits))
        and not (len(hits) == 1 and _beside_labelled_lines(lines[below], below_hits, hits[0]))
    ):
        return
    row = lines[below]
    # Lists of options side by side, each under its caption (_option_lists).
    lists = _option_lists(lines, below, hits) if len(hits) > 1 else {}
    if lists:
        for column, ticked in lists.items():
            if ticked:
                label = hits[column].label
                yield Labelled(label.concept, label.rank, ticked, below)
        return
    option = _option_marked(lines, below) if len(hits) == 1 else None
    if option is not None:
        if option:
            yield Labelled(hits[0].label.concept, hits[0].label.rank, option, below)
        return
    if len(hits) == 1:
        # The value ends where the line's next column, bar or label begins: "Harbor
        # Learning Group        Date Completed: 03/14/2025" (wild.py:
        # value_below_its_label_beside_a_right_hand_column).
        # Of the line's cells, the one under the label ("Hours" over "CPE (NASBA)   2.0";
        # field_notes.py: credit_types_table_cpe_row_among_others).
        row_hits = [hit for hit in _hits(row) if hit.start >= hits[0].start - 3]
        row = row[: row_hits[0].start] if row_hits else row
        cells = [
            cell for cell in _COLUMN_CELL.finditer(row.split(" | ")[0]) if cell.group().strip()
        ]
        if not cells:
            return
        under = [cell for cell in cells if cell.start() >= hits[0].start - 3]
        value = (under or cells)[0].group().strip()
        # A title wrapped below its label runs on while its line is unfinished
        # (layouts.py: title_wrapped_below_its_label) or the next opens in lower case
        # (wild2.py: caption_boxes_title_wrapped_below_its_caption_four_columns).
        following = below + 1
        while (
            hits[0].label.concept == TITLE
            and following < len(lines)
            and (_UNFINISHED.search(value) or lines[following].strip()[:1].islower())
            and lines[following].strip()
            and not _hits(lines[following])
            and not _CLAUSE_AFTER_THE_TITLE.match(lines[following])
            and following - below < 3
        ):
            value = f"{value} {lines[following].strip()}"
            following += 1
        yield Labelled(hits[0].label.concept, hits[0].label.rank, value, below)
        return
    # A table: each cell of a row belongs to the header label whose column it starts under.
    rows = [below]
    while (
        rows[-1] + 1 < len(lines)
        and _COLUMN_GAP.search(lines[rows[-1] + 1].strip())
        and (not _hits(lines[rows[-1] + 1]) or _names_the_row(_hits(lines[rows[-1] + 1]), hits))
    ):
        rows.append(rows[-1] + 1)
    if rows_read is not None and len(rows) > 1:
        rows_read.update(rows)
    # A row that says "total" is no session: its credit is the sessions' total, "Program
    # total    17.0" under the credit column (wild4a.py:
    # blended_program_components_table_with_dates_and_credit).
    totals = [n for n in rows[1:] if _TOTAL_HEADING.search(lines[n])]
    rows = [n for n in rows if n not in totals]
    for n in totals:
        for column, parts in _row_cells(lines[n], hits).items():
            if hits[column].label.concept == HOURS and parse_hours(" ".join(parts)) is not None:
                yield Labelled(HOURS, 1, " ".join(parts), n)
    # A transcript's row not yet completed is no part of the record: "Governmental GAAP
    # Update    In progress    -" (wild3.py: transcript_two_rows_one_in_progress).
    done = [n for n in rows if not _NOT_DONE.search(lines[n])]
    if len(rows) > 1 and len(done) == 1:
        rows = done
        below = done[0]
    # Blocks side by side under their labels, "Issued by:    Issued to:" over names and
    # addresses, are no sessions: the row under the labels holds the values (wild3.py:
    # sponsor_address_bottom_left_participant_address_right).
    if len(rows) > 1 and not any(hit.label.concept in (DATE, HOURS) for hit in hits):
        rows = [below]
    wraps = len(rows) == 2 and _wraps_the_row(lines[rows[0]], lines[rows[1]], hits)
    if wraps:
        rows = [below]
    if len(rows) == 1:
        cells = _row_cells(lines[below], hits)
        if wraps:
            for column, parts in _row_cells(lines[below + 1], hits).items():
                cells[column].extend(parts)
        # A cell wrapped onto the next line, alone under its column: "Revenue Recognition
        # for Software" / "and SaaS Companies" (wild.py: table_title_cell_wraps_to_a_second_line).
        # Over as many lines as it takes: "Ethical Decision-Making for" / "Finance
        # Professionals: Cases" / "from Small Practices" (wild4b.py:
        # one_row_table_title_in_three_lines_and_a_total_row).
        start = below + (2 if wraps else 1)
        for wrapped in lines[start : start + 3]:
            if not wrapped.strip() or _COLUMN_GAP.search(wrapped.strip()) or _hits(wrapped):
                break
            column = _column_of(len(wrapped) - len(wrapped.lstrip()), hits)
            if column not in cells or not (
                wrapped.strip()[:1].islower() or _UNFINISHED.search(cells[column][-1])
            ):
                break
            cells[column].append(wrapped.strip())
        for column, parts in cells.items():
            label = hits[column].label
            yield Labelled(label.concept, label.rank, " ".join(parts), below)
        return
    # Several rows list the sessions of a program, not the program: a session's title is
    # not the certificate's, it completes on the last session's date, and the sessions'
    # credits add up, below any total the certificate states (wild.py:
    # conference_sessions_table_heading_title; layouts.py:
    # total_credits_beat_the_sessions_table).
    by_column: dict[int, list[str]] = {}
    for index in rows:
        for column, parts in _row_cells(lines[index], hits).items():
            by_column.setdefault(column, []).append(" ".join(parts))
    for column, values in by_column.items():
        label = hits[column].label
        if label.concept == DATE:
            dated = [found for value in values for found in find_dates(value)]
            if dated:
                yield Labelled(DATE, label.rank, max(dated, key=lambda d: d[2])[2], below)
        elif label.concept == HOURS:
            # A dash is no credit: "Accounting    -" (wild4b.py:
            # fields_listed_with_hours_beside_the_one_earned).
            credits = [parse_hours(value) for value in values if not _NONE_CELL.fullmatch(value)]
            if all(credit is not None for credit in credits):
                total = sum(credits)  # type: ignore[arg-type]
                # Rank 0: below any total, a bare "TOTAL" row's too; the sums of several
                # tables add up (certificate.py; wild3.py:
                # conference_sessions_table_under_date_headings_total_row).
                yield Labelled(HOURS, 0, f"{total:g}", below)
    # A list of fields of study with the hours earned in each names those with hours:
    # "Behavioral Ethics    2.0" among fields marked "-" (wild4b.py:
    # fields_listed_with_hours_beside_the_one_earned). Rank 0: a labelled field wins.
    earned = _fields_with_credit([_row_cells(lines[n], hits) for n in rows], hits)
    if earned:
        yield Labelled(FIELD, 0, "; ".join(earned), below)


_NONE_CELL = re.compile(r"\s*(?:[-–—]+|n/?a|none)?\s*", re.I)


def _fields_with_credit(rows: list[dict[int, list[str]]], hits: list[_Hit]) -> list[str]:
    """The fields of study of a table's rows that state a credit, in the order listed,
    where the table lists fields of study (its first column) and some earned none: a form
    of fields, not the sessions of a program, each with its field and its credits
    (earlier_evaluation.py: conference_sessions_table_with_total)."""
    concepts = [hit.label.concept for hit in hits]
    if concepts[:1] != [FIELD] or HOURS not in concepts:
        return []
    field, hours = concepts.index(FIELD), concepts.index(HOURS)
    names = [" ".join(row.get(field, [])) for row in rows]
    if not all(nasba_field(name) for name in names):
        return []
    earned = [
        name
        for name, row in zip(names, rows, strict=True)
        if (parse_hours(" ".join(row.get(hours, []))) or 0) > 0
    ]
    return list(dict.fromkeys(earned)) if len(earned) < len(names) else []


def _captions_out_of_rules(line: str) -> str:
    """A rule with its caption set inside it, "------- Participant -------          -------
    Date -------", as the captions alone, each at its rule's first column, so that they
    caption the values above as captions under a rule do (wild4b.py:
    captions_set_inside_the_rules_under_their_values)."""
    if "---" not in line and "___" not in line:
        return line
    if not _CAPTIONED_RULES.fullmatch(line):
        return line
    rules = list(_CAPTIONED_RULE.finditer(line))
    # A caption joining two, "Sponsor and Format", names the first.
    captions = [_JOINED_CAPTION.split(rule["caption"], maxsplit=1)[0] for rule in rules]
    if not all(concept_of_label(caption) for caption in captions):
        return line
    out = ""
    for rule, caption in zip(rules, captions, strict=True):
        out = out.ljust(max(rule.start(), len(out) + 3 if out else 0)) + caption
    return out


_JOINED_CAPTION = re.compile(r"\s+(?:and|&)\s+|\s*/\s*", re.I)


_CAPTIONED_RULE = re.compile(r"[-_]{3,}[ \t]*(?P<caption>[A-Za-z][^-_\n]{0,40}?)[ \t]*[-_]{3,}")
_CAPTIONED_RULES = re.compile(rf"[ \t]*(?:{_CAPTIONED_RULE.pattern}[ \t]*)+")


# How many lines of values with their captions after them make such a list.
_CAPTIONS_AFTER_LINES = 4


def _captions_after_values(lines: list[str]) -> list[str]:
    """Values at the left with their captions flush right on the same line, "Pillar Point
    CPE    provider", a run of such lines, as "provider: Pillar Point CPE" (wild4b.py:
    values_left_captions_flush_right_on_the_same_line). Only where every line of the run
    ends in a caption at one column and opens with no label."""
    out = list(lines)
    for start, end in line_runs(lines):
        pairs = [pair for line in lines[start:end] if (pair := _value_then_caption(line))]
        ends = {len(line.rstrip()) for line in lines[start:end]}
        whole = len(pairs) == end - start >= _CAPTIONS_AFTER_LINES
        if whole and max(ends) - min(ends) <= 2:
            out[start:end] = [f"{_caption_as_label(caption)}: {value}" for value, caption in pairs]
    return out


def line_runs(lines: list[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of lines with no blank line between them."""
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        if end > start:
            yield start, end
        start = end + 1


def _caption_as_label(caption: str) -> str:
    """A bare "certificate" is a caption here, as over a column, and names the number
    (_column_heading_only): "PPC-0903-CCA-41    certificate" (wild4b.py:
    values_left_captions_flush_right_on_the_same_line)."""
    return "Certificate number" if _column_heading_only(caption) else caption


def _value_then_caption(line: str) -> tuple[str, str] | None:
    cells = [cell.group().strip() for cell in _COLUMN_CELL.finditer(line)]
    if len(cells) != 2 or concept_of_label(cells[0]) or not concept_of_label(cells[1]):
        return None
    return cells[0], cells[1]


def _captions_out_of_brackets(line: str) -> str:
    """Captions in brackets under their values, "(Sponsor)    (CPE Hours)    (Field of
    Study)", as bare captions at the same columns (wild4b.py:
    parenthesised_captions_under_their_values)."""
    if "(" not in line:
        return line
    cells = [cell.group() for cell in _COLUMN_CELL.finditer(line)]
    if not cells or not all(
        _IN_BRACKETS.fullmatch(cell) and concept_of_label(cell[1:-1].strip()) for cell in cells
    ):
        return line
    return line.replace("(", " ").replace(")", " ").rstrip()


_DOUBLE_RULE = re.compile(r"^[\s=]*={3,}[\s=]*$")
_IN_BRACKETS = re.compile(r"\([^()]{2,40}\)")


def _set_under_the_line_above(lines: list[str], index: int) -> bool:
    """Whether a line of captions (``lines`` as given, before any were joined) is closer
    to the line above than to the one below: no blank line above it, one below it (or the
    end); or, where a PDF's blank lines are too narrow to tell, the line below is the
    values of the next line of captions ("course" over "Westlake Audit Institute    January
    22, 2025" over "sponsor    date completed"; wild4b.py:
    captions_under_values_without_rules_number_alone_bottom_right, read from its PDF). Not
    under a rule, whole or in part: "Jane Smith, Director    ______" over "Instructor
    Date" is a signature's line."""
    if index == 0 or not lines[index - 1].strip() or "___" in lines[index - 1]:
        return False
    if _RULE.match(lines[index - 1]):
        return False
    if index + 1 >= len(lines) or not lines[index + 1].strip():
        return True
    # The run of lines without a blank between: values and captions by turns, a value first
    # and captions last (a list of labels over values starts with a label).
    start = index
    while start > 0 and lines[start - 1].strip():
        start -= 1
    end = index
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
    return (
        (index - start) % 2 == 1
        and (end - start) % 2 == 1
        and all(
            _captions_only(lines[n]) if (n - start) % 2 else not _hits(lines[n])
            for n in range(start, end + 1)
        )
    )


def _captions_only(line: str) -> bool:
    """Whether a line holds labels and nothing else."""
    hits = _hits(line)
    return bool(hits) and all(
        not line[hit.value_start : (hits[n + 1].start if n + 1 < len(hits) else len(line))].strip()
        for n, hit in enumerate(hits)
    )


def _option_marked_below(lines: list[str], index: int, hit: _Hit) -> str | None:
    """The options of a row marked by a line under it that holds only marks, each under
    the option it chooses: "Delivery method:  Group Live   Group Internet Based   QAS Self
    Study" over an "X" under "Group Internet Based" (wild4b.py:
    method_marked_with_x_under_its_column_heading). None unless the row is options of
    the label's kind and the line under it only marks."""
    check = {METHOD: delivery_method, FIELD: nasba_field}.get(hit.label.concept)
    if check is None or index + 1 >= len(lines) or not _MARKS_ONLY.match(lines[index + 1]):
        return None
    marks = [mark.start() for mark in re.finditer(r"\S", lines[index + 1])]
    options = [
        cell
        for cell in _COLUMN_CELL.finditer(lines[index], hit.value_start)
        if cell.group().strip()
    ]
    if len(options) < 2 or not all(check(cell.group().strip()) for cell in options):
        return None
    chosen = [
        cell.group().strip()
        for cell in options
        if any(cell.start() - 1 <= mark <= cell.end() for mark in marks)
    ]
    return "; ".join(chosen) or None


_MARKS_ONLY = re.compile(r"^\s+[xX✓✔*](?:\s+[xX✓✔*])*\s*$")


def _beside_labelled_lines(row: str, row_hits: list[_Hit], caption: _Hit) -> bool:
    """Whether a caption in a right-hand column stands over a cell of its own beside the
    labelled lines at the left: "EVENT DETAILS    ISSUED BY" over "Event: Construction
    Industry Accounting Forum    Keystone Builders Accounting Group" (wild4b.py:
    sections_at_the_margin_issued_by_block_at_the_right)."""
    return (
        caption.start >= _RIGHT_COLUMN
        and all(hit.start < caption.start - 3 for hit in row_hits)
        and any(
            abs(cell.start() - caption.start) <= 3
            for cell in _COLUMN_CELL.finditer(row)
            if cell.group().strip()
        )
    )


# Where a caption must stand to head a column of its own at the right of the page.
_RIGHT_COLUMN = 20


def _wraps_the_row(row: str, wrapped: str, hits: list[_Hit]) -> bool:
    """Whether a table's second row is the first one's cells wrapped, not a row of its own:
    each of its cells stands under one of the first row's, it states no date and no credit
    where the first row does. "Advanced Governmental    ACCT-X    Nov 17-18,    11/18/2025
    16.0    Accounting" over "Accounting: GASB 96 and 101    512    2025
    (Governmental)" is one course (wild4b.py: wide_table_one_row_headers_and_title_wrapped)."""
    cells, under = _row_cells(row, hits), _row_cells(wrapped, hits)
    # Or a date: "Audit Quality Roundtable:    Northern Plains Society of    06/12/2025" over
    # "Small Firm Edition    Certified Public Accountants" (wild4b.py:
    # three_column_grid_label_over_value_sponsor_wrapped).
    stated = [
        n
        for n, hit in enumerate(hits)
        if n in cells
        and (
            (hit.label.concept == DATE and find_dates(" ".join(cells[n])))
            or (hit.label.concept == HOURS and parse_hours(" ".join(cells[n])) is not None)
        )
    ]
    return (
        len(under) < len(cells)
        and set(under) <= set(cells)
        and bool(stated)
        and not any(n in under for n in stated if hits[n].label.concept == HOURS)
        and not find_dates(wrapped)
    )


_NOT_DONE = re.compile(
    r"\b(?:in\s+progress|incomplete|not\s+(?:started|completed)|enrolled|pending|withdrawn"
    # "Registered    09/15/2025": a seat booked, not a course done (wild4a.py:
    # transcript_rows_with_statuses_only_one_completed)
    r"|registered|cancel+ed|dropped|wait-?listed|no[\s-]show"
    # An attempt that failed (wild4a.py:
    # transcript_with_a_failed_and_a_passed_attempt_of_one_course)
    r"|failed|not\s+passed)\b",
    re.I,
)


def _method_word(line: str, hit: _Hit) -> bool:
    words = line[hit.start : hit.value_start]
    return hit.label.concept == TITLE and ":" not in words and bool(delivery_method(words.strip()))


def _option_lists(lines: list[str], below: int, hits: list[_Hit]) -> dict[int, str]:
    """The options ticked in lists of boxes side by side, each under its caption: "FIELD OF
    STUDY    DELIVERY METHOD" over "[x] Auditing    [x] Group Internet Based" among rows of
    boxes (wild4b.py: two_checkbox_lists_side_by_side_under_their_captions); none unless
    every cell of every row opens with a box."""
    rows = list(takewhile(str.strip, lines[below : below + 12]))
    by_column: dict[int, list[str]] = {}
    for row in rows:
        cells = _row_cells(row, hits)
        if not all(_BOX.match(" ".join(parts)) for parts in cells.values()):
            return {}
        for column, parts in cells.items():
            by_column.setdefault(column, []).append(" ".join(parts))
    if len(rows) < 2 or len(by_column) < 2:
        return {}
    return {column: checked_option("   ".join(cells)) for column, cells in by_column.items()}


def _option_marked(lines: list[str], below: int) -> str | None:
    """The option marked in a list of options one per line, "" when none is; None when
    the lines below are no such list. Boxes before the options: "[ ] Group Live" over "[X]
    Group Internet Based" (wild3.py: reporting_form_revised_date_on_top_and_vertical_check_list);
    or a mark in a column beside one of them: "Group Internet Based            X" (wild3.py:
    method_table_with_an_x_column)."""
    rows = list(takewhile(str.strip, (line.strip() for line in lines[below : below + 10])))
    boxed = list(takewhile(_BOX.match, rows))
    if boxed:
        return checked_option(" ".join(boxed))
    # Or boxes after the options, behind leaders: "Auditing ........ [X]" (wild4b.py:
    # boxes_after_the_options_with_leaders_one_per_line).
    ending = list(takewhile(lambda row: _BOX_AT_END.search(row) is not None, rows))
    if len(ending) >= 2:
        return checked_option("   ".join(ending))
    # An option is a few words: a long line is none (and would cost the pattern dearly).
    marks = [_MARK_BESIDE.match(row) if len(row) <= _OPTION_LENGTH else None for row in rows]
    if len(rows) < 2 or sum(mark is not None for mark in marks) != 1:
        return None
    if any(mark is None and _COLUMN_GAP.search(row) for row, mark in zip(rows, marks, strict=True)):
        return None
    return next(mark.group(1) for mark in marks if mark is not None)


# After a gap or leaders, bare or on a blank: "Group Internet Based .. _X_" (wild3.py:
# method_rows_with_underscore_marks).
_OPTION_LENGTH = 120
_BOX_AT_END = re.compile(r"(?:\[\s*[xX✓✔*]?\s*\]|\(\s*[xX✓✔*]?\s*\)|[☐☑☒])$")
_MARK_BESIDE = re.compile(r"^(\S.*?)\s*(?:\.{2,}\s*|[ \t]{2,}|\t)_*[xX✓✔]_*$")


def _names_the_row(line_hits: list[_Hit], hits: list[_Hit]) -> bool:
    """Whether a table row's only labels are words of its first cell, left of every
    heading: "Workshop    In person, Chicago    03/10/2025 ..." under "Component    Format
    Date(s)    CPE" (wild3.py: blended_components_table_with_format_and_dates). A "Total"
    row ends the table."""
    return all(
        hit.start < hits[0].start - 3 and hit.label.concept not in (HOURS, DATE)
        for hit in line_hits
    )


def _column_of(start: int, hits: list[_Hit]) -> int:
    """The header label a cell starting at ``start`` stands under."""
    return max((n for n, hit in enumerate(hits) if hit.start <= start + 3), default=0)


def _row_cells(row: str, hits: list[_Hit]) -> dict[int, list[str]]:
    """The cells of a table row, by the header label whose column each starts under."""
    cells: dict[int, list[str]] = {}
    for cell in _CELL.finditer(row):
        cells.setdefault(_column_of(cell.start(), hits), []).append(cell.group())
    return cells


# Captions name only values whose kind shows they are that field, so that a line above
# that is something else (a signature, a name) gives nothing.
_CAPTIONED = {
    DATE: lambda value: bool(find_dates(value)),
    HOURS: lambda value: re.fullmatch(r"[\d.]+(?:\s*\w+)?", value) and parse_hours(value),
    METHOD: delivery_method,
    FIELD: nasba_field,
}


def _values_above(
    lines: list[str], index: int, hits: list[_Hit], *, typed_only: bool
) -> Iterator[Labelled]:
    """Captions under their values: "August 14, 2025    6.0    Group Live" above "Date
    CPE Credits    Delivery Method" (wild.py: captions_under_their_values). Under a rule
    ("_______") any caption names the value above the rule (wild.py:
    title_and_sponsor_captions_under_lines); under nothing, only a value whose kind shows
    it is that field (``typed_only``)."""
    above = next((n for n in range(index - 1, max(-1, index - 3), -1) if lines[n].strip()), None)
    if above is None or _hits(lines[above]) or _RULE.match(lines[above]):
        return
    for column, parts in _row_cells(lines[above], hits).items():
        label, value = hits[column].label, " ".join(parts)
        check = _CAPTIONED.get(label.concept)
        # What a rule holds is a name, a title or a date, never the paragraph above it:
        # "Authorized Signature" under a rule under the certifying sentence (field_notes.py:
        # signature_date_below_the_text_is_not_completion).
        if (check is not None and check(value)) or (not typed_only and not _is_paragraph(value)):
            yield Labelled(label.concept, label.rank, value, above)


def _is_paragraph(value: str) -> bool:
    """Fifteen words or more, or a full stop at the end: a sentence, not a value (split and
    counted rather than matched, which would be quadratic on a long line)."""
    return len(value.split()) > 14 or value.rstrip().endswith((".", "!", "?"))


# A rule drawn for a value to stand on: a line of underscores.
# Or of dashes (wild2.py: values_above_dashed_rules_with_captions).
_RULE = re.compile(r"^[\s_]*(?:_{3,}|-{3,})[\s_-]*$")
# Check boxes: "[ ] Accounting   [X] Auditing (Governmental)   [ ] Taxes" names the one
# ticked (wild.py: check_boxes_for_method_and_field); so do "( ) Classroom   (X) Live
# webinar" (wild3.py: parenthesis_x_options_and_yes_no_ethics).
_BOX = re.compile(
    # "(*) Information Technology" (wild3.py: asterisk_in_parentheses_for_the_option_chosen)
    # "(o) Group Live   ( ) Group Internet Based", a radio button filled (wild4b.py:
    # radio_marks_as_letter_o_for_the_method_chosen)
    r"\[\s*(?P<mark>[xX✓✔*])?\s*\]|\((?:\s+|\s*(?P<paren_mark>[xX✓✔*oO●])\s*)\)|(?P<glyph>[☐☑☒])"
)


_LEADERS_AT_END = re.compile(r"[\s.]*\.{2,}[\s.]*$")


def checked_option(value: str) -> str:
    """The option ticked in a row of check boxes; the value itself when it has none."""
    boxes = list(_BOX.finditer(value))
    if not boxes:
        return value
    # Each option before its box, "Yes (X)  No ( )", when text opens the row and none ends it.
    after = bool(value[: boxes[0].start()].strip()) and not value[boxes[-1].end() :].strip()
    # Every option ticked, in the order printed: "[X] Taxes   [ ] Auditing   [X] Accounting"
    # is two fields of study (wild4b.py: radio_methods_and_two_fields_ticked_over_two_days).
    ticked = []
    for n, box in enumerate(boxes):
        if box.group("mark") or box.group("paren_mark") or box.group("glyph") in ("☑", "☒"):
            if after:
                option = value[boxes[n - 1].end() if n else 0 : box.start()]
                ticked.append(_LEADERS_AT_END.sub("", option).strip())
            else:
                end = boxes[n + 1].start() if n + 1 < len(boxes) else len(value)
                ticked.append(value[box.end() : end].strip())
    return "; ".join(option for option in ticked if option)
