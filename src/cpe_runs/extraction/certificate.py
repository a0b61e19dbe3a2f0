"""The default extractor: each certificate in a file becomes one row of the
template's fields, read from labels first and from the wording when there are none."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Any

from . import labels as lb
from .confidence import Found, row_confidence
from .contract import TemplateField
from .documents import read_document
from .fields import Labelled, label_spans, labelled_values, line_runs
from .layout import Page
from .normalize import (
    BLENDED,
    GROUP_INTERNET,
    GROUP_LIVE,
    OTHER_CREDIT,
    clean_text,
    delivery_method,
    field_of_study,
    find_dates,
    nasba_field,
    parse_date,
    parse_hours,
    parse_number,
)
from .prose import (
    NOT_COMPLETION,
    clean_sponsor,
    headed_as_a_badge,
    names_a_body,
    prose_date,
    prose_field,
    prose_hours,
    prose_method,
    prose_number,
    prose_sponsor,
    prose_title,
    said_of_the_program,
    title_over_its_code,
)


def extract_certificates(
    data: bytes, *, filename: str, content_type: str, fields: Sequence[TemplateField]
) -> list[dict[str, Any]]:
    """One row per certificate in the file, keyed by the name of every field, with how
    sure the reading is of each value (``_confidence``) and how the file was read
    (``_source``: 'text', 'pdf' or 'ocr'); see docs/extractors.md."""
    pages = read_document(data, filename=filename, content_type=content_type)
    return [certificate_row(fields, certificate) for certificate in group_certificates(pages)]


def certificate_row(fields: Sequence[TemplateField], pages: Sequence[Page]) -> dict[str, Any]:
    """The row of one certificate (its pages), with its confidence and source."""
    text = "\n".join(page.text for page in pages)
    found = read_certificate_found(text)
    row, how = fill_row_found(fields, found, text)
    words = [word for page in pages for word in page.words if page.source == "ocr"]
    row["_confidence"] = row_confidence(row, how, words)
    row["_source"] = "ocr" if any(page.source == "ocr" for page in pages) else pages[0].source
    return row


# ---------------------------------------------------------------- one certificate


# A number printed in groups of digits: "Certificate No. 2025 0481 77" (wild2.py:
# certificate_number_in_groups_of_digits).
_DIGIT_GROUPS = re.compile(r"^\s*[#:]?\s*(\d{2,6}(?: \d{2,6}){1,4})\s*$")


def _identifier(raw: str) -> str | None:
    groups = _DIGIT_GROUPS.match(raw)
    if groups:
        return groups.group(1)
    match = re.search(r"[A-Za-z0-9][A-Za-z0-9\-_/.:]*", raw.lstrip(" #:"))
    if not match or not re.search(r"\d", match.group()):
        return None
    address = _ADDRESS.match(match.group())
    return address["last"] if address else match.group().rstrip(".-:/")


# What a line item says of a program besides its title: "Webinar - Cash Flow Statements
# Made Simple (May 21, 2025)" (wild3.py: payment_confirmation_with_cpe_credit_line).
# "Nano: Reading a Cash Flow Statement ..." (wild3.py: receipt_for_a_nano_course_with_credits)
_KIND_BEFORE = re.compile(
    r"^(?:cpe\s+)?(?:live\s+|online\s+|on-demand\s+)?(?:webinar|webcast|seminar|workshop|course"
    # "Seminar registration: Multistate Payroll Issues" (wild4a.py:
    # invoice_with_several_line_items_and_an_attended_line)
    r"|nano)(?:\s+(?:registration|enrollment|tuition|ticket|fee))?(?:\s+[-–]\s+|:\s+)",
    re.I,
)
# "... - 2.0 CPE (Auditing)" (wild3.py: invoice_description_with_dashes_and_a_date_of_service)
_CREDIT_AFTER = re.compile(r"\s+[-–]\s+\d+(?:\.\d+)?\s*(?:cpe|credits?|hours?)\b.*$", re.I)
# "Nevada Ethics for CPAs - live seminar, August 21, 2025": how and when it was held
# (wild4a.py: invoice_with_event_date_and_credit_line_item)
_HELD_AFTER = re.compile(
    r"\s+[-–]\s+(?:(?:live|online|on-demand|in-person|virtual|recorded|self-study|self-paced)\s+)?"
    r"(?:webinar|webcast|seminar|workshop|course|class|session|self-study)\b[^-–]*$",
    re.I,
)
_TIME = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
_TIMES_ONLY = re.compile(rf"{_TIME}(?:\s*(?:-|–|to)\s*{_TIME})?(?:\s+[A-Z]{{2,4}})?", re.I)
# Who teaches it, after a comma or a dash: "Ethics in Tax Practice, instructor Maria Chen,
# CPA" (wild4e.py: course_label_value_runs_on_into_its_instructor)
_TEACHER_AFTER = re.compile(
    r"(?:,|\s+[-–])\s+(?:instructors?|presenters?|speakers?|facilitators?|moderators?"
    r"|lecturers?)\s*:?\s+(?-i:[A-Z]).*$",
    re.I,
)
_BRACKETS_AT_END = re.compile(r"\s*\(([^()]*)\)$")
# Not when the title goes on after the quote: '"Ask the Auditor" - Single Audit Findings
# and the 2025 Compliance Supplement' (wild4c.py:
# quoted_title_with_dash_virtual_instructor_led_through_platform).
_QUOTED_TITLE = re.compile(r'^\s*["“](?P<title>[^"“”]{3,200})["”](?!\s*[-–:]\s+\w)')


def _title_value(raw: str) -> str | None:
    # The quoted words of a quoted title: '"Revenue Recognition for Franchisors" (ACC-1187)'
    # (wild2.py: quoted_title_with_a_code_in_brackets).
    quoted = _QUOTED_TITLE.match(raw)
    value = clean_text(quoted["title"] if quoted else raw)
    # A time of day is no title: "Program: 8:00 AM - 4:00 PM" (wild4a.py:
    # event_ticket_with_check_in_time_and_a_ticket_number).
    if not value or _TIMES_ONLY.fullmatch(value):
        return None
    # Nor a bracket at its end that says something of the program rather than name it: a
    # date, how it was delivered, its credits or field: "(blended: online modules and a live
    # workshop)", "(On-demand, 3 CPE credits, Accounting)" (wild2.py:
    # blended_program_with_its_completion_and_ceu; wild3.py:
    # order_summary_with_a_money_total_and_credits).
    said = _BRACKETS_AT_END.search(value)
    if said and said_of_the_program(said.group(1)):
        value = value[: said.start()]
    value = _TEACHER_AFTER.sub("", value)
    return clean_text(_HELD_AFTER.sub("", _CREDIT_AFTER.sub("", _KIND_BEFORE.sub("", value))))


# "Course No. TX-2025-04: Individual Estimated Tax Payments" (wild3.py:
# sponsor_and_qas_numbers_course_number_and_cert_no)
# "Course No. AUD-4410 - Audit of Inventory and Cost of Sales" (wild4a.py:
# order_course_sponsor_qas_numbers_and_a_completion_id)
_NUMBERED_TITLE = re.compile(r"^\s*\S*\d\S*(?:\s*:|\s+[-–])\s+(?P<title>\S.*)$")


_NORMALISERS = {
    lb.TITLE: _title_value,
    lb.SPONSOR: clean_sponsor,
    lb.DATE: lambda raw: _completion_date(raw),
    lb.ISSUED: parse_date,
    lb.HOURS: parse_hours,
    lb.FIELD: field_of_study,
    lb.NUMBER: _identifier,
    lb.SPONSOR_ID: _identifier,
    lb.LICENSE: _identifier,
    lb.COURSE_ID: _identifier,
    lb.BADGE_ID: _identifier,
    lb.METHOD: lambda raw: delivery_method(raw) or clean_text(raw),
}


def read_certificate(text: str) -> dict[str, Any]:
    """Every field the certificate states, by concept (see ``labels``), normalised."""
    return {concept: found.value for concept, found in read_certificate_found(text).items()}


# How sure a value is by the way it was found: after a label (by the label's rank),
# or in the wording (prose readers name what a sentence says, less surely).
_LABEL_CERTAINTY = {4: 0.97, 3: 0.95, 2: 0.88, 1: 0.8, 0: 0.75}
_PROSE_CERTAINTY = {
    lb.TITLE: 0.75,
    lb.SPONSOR: 0.72,
    lb.DATE: 0.8,
    lb.HOURS: 0.88,
    lb.FIELD: 0.85,
    lb.METHOD: 0.82,
    lb.NUMBER: 0.75,
}


def _title_of(values: dict[str, Found]) -> str | None:
    found = values.get(lb.TITLE)
    return found.value if found is not None and isinstance(found.value, str) else None


def _labelled_sponsor(values: dict[str, Found]) -> str | None:
    found = values.get(lb.SPONSOR)
    return found.value if found is not None and isinstance(found.value, str) else None


_SIGNATURE = re.compile(r"signature|\bsigned\b", re.I)


def _signed_above(lines: list[str], index: int) -> bool:
    """Whether a bare "Date:" stands under a signature (its line or a rule), or after one
    on its own line ("Signature of Sponsor Representative: ____   Date: 06/25/2025"): the
    day it was signed, not the day the program was completed (field_notes.py:
    signature_date_below_the_text_is_not_completion; wild3.py:
    numbered_state_form_underscore_x_method_and_revision_footer)."""
    above = [line for line in lines[max(0, index - 2) : index] if line.strip()]
    # Or under a letter's closing and the name and office signed below it: "Respectfully,"
    # ... "Director, Executive Education" over "Date: November 3, 2025" (wild4a.py:
    # confirmation_letter_signed_and_dated_below).
    closed = any(_CLOSING.match(line) for line in lines[max(0, index - 6) : index])
    # Or at a letter's head, over its salutation: "Date: December 2, 2025" ... "Dear Ms.
    # Carter:" (wild4a.py: letter_dated_at_the_top_with_a_two_day_range_in_the_body).
    headed = any(_SALUTATION.match(line) for line in lines[index + 1 : index + 12])
    # Or under a signer's rule, name and title, no blank line between: "______" over
    # "Martin Cole, CPA" over "President" over "Date: 12/01/2025" (wild4b.py:
    # two_signatures_side_by_side_with_their_dates_above_the_facts).
    # Its own "Date:" labels it; a value standing on a rule over its caption "Date" is
    # the program's (wild.py: captions_under_their_values, read from its PDF).
    block = lines[max(0, index - 3) : index]
    ruled = (
        _DATE_COLON.search(lines[index]) is not None
        and all(line.strip() for line in block)
        and any(_SIGNING_RULE.search(line) for line in block)
    )
    return (
        closed
        or headed
        or ruled
        or any(_SIGNATURE.search(line) for line in above)
        or bool(_SIGNED_BEFORE_DATE.search(lines[index]))
    )


_SIGNING_RULE = re.compile(r"_{8,}")
_DATE_COLON = re.compile(r"\bdate\s*:", re.I)


_CLOSING = re.compile(
    r"^\s*(?:(?:yours\s+)?(?:sincerely|respectfully|truly|cordially)(?:\s+yours)?"
    r"|(?:best|kind|warm|with\s+best)?\s*regards|thank\s+you)\s*[,.]?\s*$",
    re.I,
)


# A signer's line before its date: "Provider representative ... J. Morales    Date: 03/06/2025"
# (wild4a.py: form_revised_in_header_and_footer_with_a_compact_date_range).
_SIGNED_BEFORE_DATE = re.compile(
    r"(?:signature|signed|representative|authori[sz]ed\s+by|approved\s+by|certified\s+by)"
    r".*date\s*:",
    re.I,
)
_SALUTATION = re.compile(r"^\s*(?:dear|to\s+whom\s+it\s+may\s+concern)\b", re.I)


_HEADER = re.compile(r"^\s*(?:from|to|cc|subject|sent)\s*:", re.I)


def _sent_header(lines: list[str], index: int) -> bool:
    """Whether a bare "Date:" is an e-mail's header, among From, To and Subject: the day it
    was sent (field_notes.py: email_date_header_the_only_labelled_date)."""
    near = lines[max(0, index - 3) : index + 4]
    # A memo's "To:" right above or below is one too (wild3.py:
    # firm_training_letter_with_hours_and_instructor); not "From: 03/03/2025".
    beside = [line for line in lines[max(0, index - 1) : index + 2] if not find_dates(line)]
    return re.match(r"^\s*date\s*:", lines[index], re.I) is not None and (
        sum(bool(_HEADER.match(line)) for line in near) >= 2
        or any(_HEADER.match(line) for line in beside)
    )


# "Exam attempt 1: 05/02/2025 - 62% (not passed)" (wild4a.py:
# self_study_with_a_failed_and_a_passed_exam_attempt)
_NOT_PASSED = re.compile(r"\bnot\s+passed\b|\bfail(?:ed)?\b|\bunsuccessful\b", re.I)


# A registration's confirmation confirms a seat, not a credit: "Confirmation number:
# MIAS-88314" under "REGISTRATION CONFIRMED" (wild4a.py:
# registration_confirmation_for_a_conference_day_first_range); an attendance's does.
_REGISTRATION = re.compile(
    r"\bregistration\s+(?:confirmed|confirmation)\b|\bfor\s+registering\b"
    r"|\byou(?:'re|\s+are)\s+registered\b",
    re.I,
)
_CONFIRMS = re.compile(r"^\s*confirmation\b", re.I)


# A line that names a part of the program: "Part 2 - Live virtual workshop (09/12/2025)",
# "DAY TWO - Thursday, October 16, 2025", "Module 3: ...", "Live virtual portion: 3.0 CPE
# credits, attended 02/14/2025" (wild3.py: blended_portions_each_with_credit_and_date).
_PART = re.compile(
    # "Step 2 (virtual classroom) completed 1/24/2025" (wild3.py: blended_steps_each_completed)
    r"^[\s•·*-]*(?:(?:part|module|component|segment|phase|session|unit|day|week|step|stage)\s+"
    r"(?:\d{1,2}|[ivx]{1,4}|[a-d]|one|two|three|four|five|six|seven|eight)\b"
    # "Online component completed: 03/02/2025" (wild3.py:
    # blended_components_each_with_a_labelled_date)
    r"|(?:[\w-]+\s+){1,3}(?:portion|component|segment|part)(?:\s+[a-z]+)?\s*:"
    # "On-demand completed: 11/10/2025" beside "Live Q&A date: 11/14/2025" (wild3.py:
    # blended_format_with_an_on_demand_date_and_a_live_date)
    r"|(?:on-demand|self-study|live|virtual|in-person|online|classroom|pre-?work|pre-course)"
    r"(?:\s+[\w&-]+){0,2}\s+(?:completed|date|attended)\s*:"
    # "Pre-work completed: 02/03/2025" over "Workshop: 02/10/2025 - 02/11/2025" (wild3.py:
    # blended_with_a_workshop_date_range_and_prework)
    r"|(?:workshop|live\s+session)\s*:\s*(?=\S*\d)"
    # "Session day: 04/08/2025" over its sessions (wild4a.py:
    # session_day_headers_with_time_session_credit_rows_and_an_event_total)
    r"|(?:session|class|event|training|conference)\s+day\s*:\s*(?=\S*\d)"
    # "Pre-reading (self-study): 1.0 credit, completed 10/01/2025; ..." (wild4a.py:
    # blended_parts_on_one_line_separated_by_semicolons_with_a_total)
    r"|(?:pre|post)-?(?:reading|work|assessment|test|course)\b[^:\n]{0,30}:"
    # A day's row opening with its weekday: "Wed, April 9, 2025    4 of 4    8.0", or the
    # days attended on one line, "Attended: Mon 6/9/2025 (8.0), Tue 6/10/2025 (8.0), ..."
    # (wild4a.py: credits_available_beside_credits_earned_and_day_subtotals,
    # conference_days_with_credits_in_brackets_on_one_line)
    r"|(?:(?:attended|days?(?:\s+attended)?)\s*:\s*)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"
    r"(?=\d{1,2}/|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))",
    re.I,
)


def _parts_end(lines: list[str]) -> str | None:
    """The last date of the lines naming the program's parts: a program is completed on
    its last part's day, whatever a part's own "completed" says (wild3.py:
    blended_parts_with_their_own_dates_and_leaders,
    conference_days_in_words_sessions_and_total)."""
    dates = [date for line in lines if _PART.match(line) for _, _, date in find_dates(line)]
    return max(dates) if dates else None


# A quoted e-mail's lines: "| Hi Sam," or "> Hi Sam,".
_QUOTED = re.compile(r"^[ \t]*[|>][ \t]?")


def _unquoted(lines: list[str]) -> list[str]:
    """The lines of an e-mail quoted in a reply, without the marks that quote them: a run
    of three or more lines opening with "|" or ">" that are not a table's rows (which end
    with their bar) (wild3.py: email_reply_quoting_the_original_message)."""
    out = list(lines)
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        if _QUOTED.match(line) and not line.rstrip().endswith("|"):
            run.append(index)
            continue
        if len(run) >= 3:
            for n in run:
                out[n] = _QUOTED.sub("", lines[n], count=1)
        run = []
    return out


def _names_fields(value: object) -> bool:
    """Whether a value is a field of study or a list of them: "Accounting; Auditing"."""
    parts = re.split(r"\s*[;,/]\s*|\s+and\s+", str(value or ""))
    return all(nasba_field(part) for part in parts)


def _sessions_credits(labelled: list[Labelled], lines: list[str]) -> list[Labelled]:
    """Credits labelled alike on three lines or more, each after the text of its line, are
    the sessions' credits: they add up (rank 0), below any total the certificate states:
    "- Auditing Accounting Estimates (CPE 2.0)" (wild4a.py:
    agenda_under_weekday_headings_with_credits_in_brackets_and_dates_in_the_heading)."""
    inline = [
        item
        for item in labelled
        if item.concept == lb.HOURS
        and item.rank > 0
        and not _opens_with_a_label(lines[item.line])
        and _SESSION_LINE.match(lines[item.line])
    ]
    if len({item.line for item in inline}) < 3:
        return labelled
    sessions = set(map(id, inline))
    return [replace(item, rank=0) if id(item) in sessions else item for item in labelled]


_SESSION_LINE = re.compile(r"^\s*(?:[-•·*]|\d{1,2}[.)])?\s*[A-Za-z]")


def _title_over_a_code(lines: list[str], labelled: list[Labelled]) -> str | None:
    """Where nothing else names the program, the line over its code's (prose.py)."""
    codes = [item.line for item in labelled if item.concept == lb.COURSE_ID]
    opening = [n for n in codes if _opens_with_a_label(lines[n])]
    return next(filter(None, (title_over_its_code(lines, n) for n in opening)), None)


def _opens_with_a_label(line: str) -> bool:
    spans = label_spans(line)
    return bool(spans) and spans[0][0] == len(line) - len(line.lstrip())


# A box drawn around the text: "+-----+" over "| CERTIFICATE OF COMPLETION    |".
_BOX_EDGE = re.compile(r"^\s*\+[-=+]{3,}\+?\s*$")
_BOX_SIDES = re.compile(r"^(\s*)\|(?P<inside>[^|]*)\|\s*$")


def _unboxed(lines: list[str]) -> list[str]:
    """The lines of a box drawn with "+---+" and bars, without the box: a line between its
    edges holds one cell, whose text stands as a line of its own (wild4a.py:
    blended_portions_in_a_box_and_a_certificate_generated_date). A table's rows, with bars
    between cells, keep theirs."""
    edges = [n for n, line in enumerate(lines) if _BOX_EDGE.match(line)]
    if len(edges) < 2:
        return lines
    out = list(lines)
    for top, bottom in pairwise(edges):
        inside = [_BOX_SIDES.match(line) for line in lines[top + 1 : bottom]]
        if not inside or not all(inside):
            continue
        out[top] = out[bottom] = ""
        for n, side in enumerate(inside, top + 1):
            out[n] = side.group(1) + side["inside"].rstrip()  # type: ignore[union-attr]
    return out


# Where a sidebar's column must start, and how many lines a narrative beside it takes.
_SIDEBAR_COLUMN = 20
_SIDEBAR_LINES = 4
_GAP = re.compile(r"[ \t]{3,}")


def _columns_apart(lines: list[str]) -> list[str]:
    """A narrative at the left with a column of facts beside it, "successfully completed the
    course    Credits" over "Internal Control Deficiency    2.5 CPE", read one column after
    the other: the narrative's sentence and the sidebar's captions over values each whole
    (wild4b.py: narrative_left_details_sidebar_right). Only a run of lines whose right
    column starts at one place, beside sentences that hold no "Label:"."""
    out = list(lines)
    for start, end in line_runs(lines):
        if end - start >= _SIDEBAR_LINES:
            out[start:end] = _sidebar_after(lines[start:end])
    return out


def _sidebar_after(run: list[str]) -> list[str]:
    """The run's left column, then its right one; the run as it is unless it is a narrative
    with a sidebar."""
    lefts: list[str] = []
    rights: list[str] = []
    column: int | None = None
    for line in run:
        indent = len(line) - len(line.lstrip())
        gaps = list(_GAP.finditer(line.strip()))
        if len(gaps) > 1:
            return run
        if gaps:
            at = indent + gaps[0].end()
            left, right = line[:at].strip(), line[at:].strip()
        elif indent >= _SIDEBAR_COLUMN:
            at, left, right = indent, "", line.strip()
        else:
            at, left, right = None, line.strip(), ""
        if at is not None:
            if column is None:
                column = at
            if abs(at - column) > 1:
                return run
        lefts += [left] if left else []
        rights += [right] if right else []
    # A sentence runs on from line to line in lower case: not a column of labels, "Participant
    # Name    Olga Ivanova" (wild.py: compound_labels_then_a_gap).
    running_on = sum(left[:1].islower() for left in lefts[1:])
    if (
        column is None
        or column < _SIDEBAR_COLUMN
        or len(rights) < _SIDEBAR_LINES
        or running_on < 2
        or any(":" in left or lb.concept_of_label(left) for left in lefts)
    ):
        return run
    return [*lefts, "", *rights, *[""] * (len(run) - len(lefts) - len(rights) - 1)]


# Markdown's marks: "## 2025 Desert Southwest Accounting Summit", "| | **Grand total** |
# **7.0** |" (wild4a.py: markdown_sessions_table_with_day_totals_and_a_grand_total).
_MD_HEADING = re.compile(r"^(\s*)#{2,6}\s+")
_MD_BOLD = re.compile(r"\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*")


def _unmarked(lines: list[str]) -> list[str]:
    """The lines of a Markdown export without its heading and bold marks."""
    return [_MD_BOLD.sub(r"\1", _MD_HEADING.sub(r"\1", line)) for line in lines]


# "course_title = Excel for Auditors: ...": a key of an export and its value (wild4c.py:
# dashboard_export_key_value_pairs_with_equals_signs).
_KEY_EQUALS = re.compile(
    r"^(?P<indent>\s*)(?P<key>[A-Za-z]+(?:_[A-Za-z0-9]+)*)\s*=\s*(?P<value>\S.*)$"
)


def _keys_as_labels(lines: list[str]) -> list[str]:
    """An export's "key = value" lines as labelled ones, "course title: value", where the
    document is such an export (three such lines or more); its keys' underscores are
    spaces, as a label's words are."""
    pairs = [_KEY_EQUALS.match(line) for line in lines]
    if sum(pair is not None for pair in pairs) < 3:
        return lines
    return [
        f"{pair['indent']}{pair['key'].replace('_', ' ')}: {pair['value']}" if pair else line
        for line, pair in zip(lines, pairs, strict=True)
    ]


def read_certificate_found(text: str) -> dict[str, Found]:
    """Every field the certificate states, with the text it came from and how surely."""
    lines = _keys_as_labels(_unmarked(_columns_apart(_unboxed(_unquoted(text.splitlines())))))
    values: dict[str, Found] = {}
    issued: set[str] = set()
    sessions: list[float] = []
    labelled = sorted(
        _sessions_credits(labelled_values(lines), lines),
        key=lambda item: (-item.rank, -_preference(item, lines)),
    )
    registration = _REGISTRATION.search(text) is not None
    for item in labelled:
        if item.concept == lb.DATE and _PART.match(lines[item.line]):
            continue  # a part's date (_parts_end)
        if item.concept == lb.DATE and _NOT_PASSED.search(lines[item.line]):
            continue  # an exam attempt that failed completes nothing
        if item.concept == lb.HOURS and item.rank == 0:
            # A sessions table's sum (fields.py), a day's total (labels.py); not a bill's
            # "Subtotal $129.00" (wild3.py: order_summary_with_a_money_total_and_credits).
            part = parse_hours(item.value)
            if part is not None:
                sessions.append(float(part))
            continue
        if (
            item.concept == lb.DATE
            and item.rank == 1
            and (_signed_above(lines, item.line) or _sent_header(lines, item.line))
        ):
            item = replace(item, concept=lb.ISSUED)
        value = _NORMALISERS.get(item.concept, clean_text)(item.value)
        if item.concept == lb.FIELD and item.rank == 1 and not _names_fields(value):
            continue  # "Subject: Your CPE certificate" is an e-mail's subject (labels.py)
        if item.concept == lb.NUMBER and registration and _CONFIRMS.match(lines[item.line]):
            continue  # it confirms the registration, not the credit (_REGISTRATION)
        if item.concept == lb.ISSUED and isinstance(value, str):
            issued.add(value)
        if value is not None and item.concept not in values:
            values[item.concept] = Found(value, item.value, _LABEL_CERTAINTY[item.rank])
    # A field label whose value names a field of study beats one whose value does not:
    # "NASBA field of study: Auditing (Govt)" over "Subject area: Nonprofit Compliance"
    # (wild4c.py: subject_area_beside_nasba_field_offered_in_partnership_with_platform).
    field = values.get(lb.FIELD)
    if field is not None and not _names_fields(field.value):
        named = (
            (item, field_of_study(item.value))
            for item in labelled
            if item.concept == lb.FIELD and item.rank > 0
        )
        better = next(((item, value) for item, value in named if _names_fields(value)), None)
        if better is not None:
            values[lb.FIELD] = Found(better[1], better[0].value, _LABEL_CERTAINTY[better[0].rank])
    numbered = [
        _NUMBERED_TITLE.match(item.value) for item in labelled if item.concept == lb.COURSE_ID
    ]
    title = next((_title_value(match["title"]) for match in numbered if match), None)
    if lb.TITLE not in values and title:
        values[lb.TITLE] = Found(title, title, _LABEL_CERTAINTY[1])
    if lb.HOURS not in values and sessions:
        total = parse_hours(f"{sum(sessions):g}")
        values[lb.HOURS] = Found(total, f"{sum(sessions):g}", _LABEL_CERTAINTY[0])
    if lb.DATE not in values:
        end = _parts_end(lines)
        if end is not None:
            values[lb.DATE] = Found(end, end, _LABEL_CERTAINTY[2])
    # The field a CPE credit names after its number where no label names one: "CPE (NASBA)
    # 3.0 Taxes    Group Internet Based" among other bodies' credits (wild4d.py:
    # cle_certificate_of_attendance_that_also_grants_cpe).
    # Or the fields of its parts: "1.0 Behavioral Ethics + 2.0 Taxes = 3.0 total CPE"
    # (wild4e.py: credits_by_field_added_up_to_a_total_on_one_line).
    # Or a total's split in brackets: "3.0 (2.0 Taxes, 1.0 Regulatory Ethics)" (wild4e.py:
    # total_credits_with_its_split_by_field_in_brackets).
    credit = values.get(lb.HOURS)
    field = _fields_of_the_credit(credit.raw) if credit is not None else None
    if lb.FIELD not in values and field:
        values[lb.FIELD] = Found(field, credit.raw, _LABEL_CERTAINTY[1])  # type: ignore[union-attr]
    # A labelled title's own word for its method beats one the rows below mention in passing:
    # "New Manager Finance Fundamentals (Blended)" over a "Virtual workshop" step (wild4a.py:
    # blended_steps_table_with_due_and_completed_columns).
    _method_of_the_title(values)
    # Where no total is stated, the parts' credits add up: "Module 3 (live virtual) -
    # 3/17/2025 - 4 CPE" under two on-demand modules (wild4a.py:
    # blended_modules_with_formats_dates_and_credits_and_no_total).
    parts = [prose_hours(line) for line in lines if _PART.match(line)]
    if lb.HOURS not in values and len(parts) >= 2 and None not in parts:
        total = parse_hours(f"{sum(parts):g}")  # type: ignore[arg-type]
        values[lb.HOURS] = Found(total, f"{total}", _PROSE_CERTAINTY[lb.HOURS])
    # Parts delivered in two ways make a blended program: "Self-study portion: ..." and
    # "Live portion: ..." (wild4a.py: blended_portions_in_a_box_and_a_certificate_generated_date).
    ways = {delivery_method(line) for line in lines if _PART.match(line)} - {None}
    if lb.METHOD not in values and len(ways) >= 2:
        values[lb.METHOD] = Found(BLENDED, ", ".join(sorted(ways)), _PROSE_CERTAINTY[lb.METHOD])
    # The credit a field's value names after the field, where no label names the credit:
    # "CPE hours by field of study: Taxes 2.5" (wild4d.py:
    # firm_self_study_certificate_generated_stamp_and_employee_numbers).
    field = values.get(lb.FIELD)
    credit = _credit_of_the_fields(field.raw) if field is not None else None
    if lb.HOURS not in values and credit is not None:
        values[lb.HOURS] = Found(credit, field.raw, _LABEL_CERTAINTY[1])  # type: ignore[union-attr]
    flat = " ".join(line.strip() for line in lines if line.strip())
    fallbacks = {
        lb.TITLE: lambda: (
            prose_title(lines, _labelled_sponsor(values)) or _title_over_a_code(lines, labelled)
        ),
        lb.SPONSOR: lambda: prose_sponsor(lines, _title_of(values)),
        lb.DATE: lambda: prose_date(flat, issued, lines),
        lb.HOURS: lambda: prose_hours(flat),
        lb.FIELD: lambda: prose_field(flat, lines),
        lb.METHOD: lambda: prose_method(lines),
        lb.NUMBER: lambda: prose_number(lines),
    }
    for concept, fallback in fallbacks.items():
        if concept not in values:
            value = fallback()
            if value is not None:
                values[concept] = Found(value, str(value), _PROSE_CERTAINTY[concept])
    # A sponsor found in the wording tells the heading that is not its name: "2025 Rocky
    # Mountain Governmental Accounting Institute" over the society at the foot (wild4a.py:
    # day_range_before_an_abbreviated_month_with_a_full_stop).
    sponsor = values.get(lb.SPONSOR)
    if lb.TITLE not in values and sponsor is not None:
        title = prose_title(lines, str(sponsor.value))
        if title:
            values[lb.TITLE] = Found(title, title, _PROSE_CERTAINTY[lb.TITLE] - 0.05)
    # So is one issued with its badge's ID: "Issued on 02 Dec 2025  .  Badge ID QM-NANO-77120"
    # (wild4b.py: nano_badge_with_dots_between_facts); not a conference's name badge, "Badge
    # #: 4471", which is never issued on a day (wild3.py: conference_days_as_columns_with_a_total).
    if headed_as_a_badge(lines) or (lb.BADGE_ID in values and issued):
        _badge_values(values, issued, flat)
    # Where nothing names the method, a place the program was held at is a room: "Venue:
    # Springfield Hilton" (wild3.py: check_in_and_check_out_receipt_with_credits).
    # A place online names its method: "Location: Online (Zoom)" (wild3.py:
    # registration_confirmation_with_day_month_year_and_time_range).
    # A join link or a meeting's ID names a program online: "Join link: https://...",
    # "Meeting ID: 883 2210 4471" (wild4a.py:
    # webinar_registration_with_calendar_block_duration_in_minutes).
    online = _JOIN_ONLINE.search(flat)
    if lb.METHOD not in values and online:
        values[lb.METHOD] = Found(GROUP_INTERNET, online.group(), _PROSE_CERTAINTY[lb.METHOD] - 0.1)
    # A date and then a city and its state: "Sept. 8 through Sept. 10, 2025 - Asheville, North
    # Carolina" (wild4a.py: academy_dates_sept_through_sept_with_abbreviated_months).
    if lb.METHOD not in values and any(_dated_in_a_city(line) for line in lines):
        values[lb.METHOD] = Found(GROUP_LIVE, "", _PROSE_CERTAINTY[lb.METHOD] - 0.1)
    place = values.get(lb.LOCATION)
    if lb.METHOD not in values and place is not None:
        method = delivery_method(str(place.value)) or GROUP_LIVE
        values[lb.METHOD] = Found(method, str(place.value), _PROSE_CERTAINTY[lb.METHOD])
    # A body named as the presenter presents its program where nothing else names the
    # sponsor: "Presenter: Gateway Audit Seminars" (wild3.py:
    # credit_hours_awarded_with_the_number_in_words_after).
    presenter = values.get(lb.INSTRUCTOR)
    if lb.SPONSOR not in values and presenter is not None and names_a_body(str(presenter.value)):
        body = clean_sponsor(str(presenter.value))
        if body:
            values[lb.SPONSOR] = Found(body, str(presenter.value), _LABEL_CERTAINTY[1])
    # A method the title's line names before or after it: "Nano: Reading a Cash Flow
    # Statement ...", "Leading Audit Teams (blended)" (wild3.py:
    # receipt_for_a_nano_course_with_credits, blended_with_a_workshop_date_range_and_prework).
    _method_of_the_title(values)
    # So is a conference, where nothing says it was held online: "Great Plains Tax
    # Conference" (wild3.py: conference_day_subtotals_and_conference_total).
    title = _title_of(values)
    if lb.METHOD not in values and title is not None and _IN_PERSON_EVENT.search(title):
        values[lb.METHOD] = Found(GROUP_LIVE, title, _PROSE_CERTAINTY[lb.METHOD] - 0.1)
    # So is a program "held ... in Bloomington, Indiana" (wild3.py:
    # sessions_with_fields_and_a_fields_summary_line,
    # confirmation_letter_with_a_dates_range_and_a_postscript).
    held = _HELD_IN.search(flat)
    if lb.METHOD not in values and held and not delivery_method(held.group("place")):
        values[lb.METHOD] = Found(GROUP_LIVE, held.group(), _PROSE_CERTAINTY[lb.METHOD] - 0.1)
    # Our own place is a room, whatever it is called: "at our Westfield campus" (wild4a.py:
    # i_hereby_confirm_letter_with_a_date_signed).
    ours = _AT_OUR_PLACE.search(flat)
    if lb.METHOD not in values and ours:
        values[lb.METHOD] = Found(GROUP_LIVE, ours.group(), _PROSE_CERTAINTY[lb.METHOD] - 0.1)
    return values


def _completion_date(raw: str) -> str | None:
    """The date a completion label gives, without what brackets say of another day: "Date
    attended: 11/18/2025 (certificate reissued 12/01/2025 with corrected name)" (wild4e.py:
    attended_date_and_a_reissued_date_in_brackets)."""
    # Any date in brackets beside one outside them is an aside: "10/31/2025 (grade posted
    # 11/03/2025)" (wild4e.py: completed_date_with_a_grade_posted_date_in_brackets).
    kept = _BRACKETS.sub(
        lambda inside: "" if NOT_COMPLETION.search(inside.group()) else inside.group(), raw
    )
    # A value cut inside a sentence's brackets is no such value: "5/1/2025) and a live virtual
    # session (5/8/2025) ..." (wild3.py: blended_sentence_with_a_date_for_each_part).
    outside = _BRACKETS.sub("", raw) if raw.count("(") == raw.count(")") else ""
    return (
        (parse_date(outside) if find_dates(outside) else None)
        or parse_date(kept)
        or parse_date(raw)
    )


_BRACKETS = re.compile(r"\([^()]*\)")


def _preference(item: Labelled, lines: list[str]) -> int:
    """Of values of one field labelled alike, which its line says most of the CPE credit's
    completion (the document's order decides between equals): a credit its row names CPE
    over one it names another body's, "CPE    4.0" under "CLE (NY)    3.5" in a table of
    credit types (wild4e.py: cle_irs_and_cpe_credits_in_a_small_table); a date its line
    says the program was completed, attended or passed on over one it was issued,
    printed, registered or bought on."""
    line = lines[item.line]
    before = line[: max(line.find(item.value), 0)] or line
    if item.concept == lb.HOURS:
        cpe = _CPE_NAMED.search(before) is not None
        return cpe - (OTHER_CREDIT.search(before) is not None and not cpe)
    if item.concept == lb.DATE:
        return (_COMPLETED_ON.search(before) is not None) - (
            NOT_COMPLETION.search(before) is not None
        )
    return 0


_CPE_NAMED = re.compile(r"\bcpe\b", re.I)
_COMPLETED_ON = re.compile(r"\b(?:complet\w*|attended|passed|held|earned|finished)\b", re.I)


def _fields_of_the_credit(raw: str) -> str | None:
    """The fields a credit's value names beside its amounts, when each is a NASBA field."""
    parts = _PARTS.split(raw.split("=")[0])
    if not _FIELD_AFTER_CREDIT.match(parts[0]):
        split = _BRACKETS.search(raw)
        parts = _SPLIT.split(split.group()[1:-1]) if split else []
    named = [_FIELD_AFTER_CREDIT.match(part) for part in parts]
    fields = [nasba_field(match["field"]) if match else None for match in named]
    return "; ".join(fields) if fields and all(fields) else None  # type: ignore[arg-type]


def _credit_of_the_fields(raw: str) -> int | float | None:
    """The credits a field's value gives after each NASBA field it names, added up:
    "Taxes 2.5", "Accounting 8.0; Auditing 6.0"."""
    named = [_CREDIT_AFTER_FIELD.match(part) for part in re.split(r"\s*[;,]\s*", raw.strip())]
    if not named or not all(match and nasba_field(match["field"]) for match in named):
        return None
    return parse_hours(f"{sum(float(match['val']) for match in named):g}")  # type: ignore[index]


_CREDIT_AFTER_FIELD = re.compile(
    r"^(?P<field>[A-Za-z][^\d\n]{2,60}?)\s*[-–:]?\s+(?P<val>\d{1,2}(?:\.\d{1,2})?)"
    r"(?:\s*(?:cpe\s+)?(?:credits?|hours?|hrs)\.?)?$",
    re.I,
)
_PARTS = re.compile(r"\s+[+&]\s+")
_SPLIT = re.compile(r"\s*[,;+&]\s*")
_FIELD_AFTER_CREDIT = re.compile(
    r"^\s*\d{1,3}(?:[.,]\d{1,2})?\s+(?:(?:cpe\s+)?(?:credits?|hours?|hrs)\.?\s+)?(?:in\s+)?"
    r"(?P<field>[A-Za-z][^\d\n]{2,60}?)\s*$",
    re.I,
)


# A verification address names the certificate by its last part:
# "taxpilot.example/verify/TPL-7Q4K-22019" (wild4d.py:
# tax_software_learning_center_on_demand_with_irs_and_ctec_numbers).
_ADDRESS = re.compile(
    r"^(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/[^/\s]+)*"
    r"/(?P<last>[\w-]*\d[\w-]*)/?$",
    re.I,
)


_JOIN_ONLINE = re.compile(
    r"\bjoin\s+(?:link|url|the\s+(?:webinar|meeting|session))\b|\b(?:meeting|webinar)\s+id\b"
    r"|\b(?:zoom|webex|gotowebinar|microsoft\s+teams)\b",
    re.I,
)
_CITY_AFTER = re.compile(
    r"^\s*(?:[-–|,]\s*)(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}),\s+"
    r"(?-i:[A-Z]{2}\b|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*$"
)


def _dated_in_a_city(line: str) -> bool:
    """Whether a line gives a date and then the city it was held in."""
    dates = find_dates(line)
    return bool(dates) and _CITY_AFTER.match(line[dates[-1][1] :]) is not None


def _method_of_the_title(values: dict[str, Found]) -> None:
    """A method the title's line names before or after it: "Nano: Reading a Cash Flow
    Statement ...", "Leading Audit Teams (blended)" (wild3.py:
    receipt_for_a_nano_course_with_credits, blended_with_a_workshop_date_range_and_prework)."""
    titled = values.get(lb.TITLE)
    if lb.METHOD in values or titled is None:
        return
    raw = clean_text(titled.raw) or ""
    kind, said = _KIND_BEFORE.match(raw), _BRACKETS_AT_END.search(raw)
    method = delivery_method(kind.group() if kind else None) or delivery_method(
        said.group(1) if said else None
    )
    if method:
        values[lb.METHOD] = Found(method, raw, _PROSE_CERTAINTY[lb.METHOD])


_HELD_IN = re.compile(
    # "held from the 3rd through the 5th of June, 2025 in Houston" (wild4a.py:
    # ordinal_day_range_from_the_3rd_through_the_5th_of_june)
    # Or "Held at Lakeshore University, Kellogg Hall, Evanston, IL" (wild4e.py:
    # venue_a_university_and_presented_by_the_sponsor)
    r"\b(?:held|presented|took\s+place)\b[^.\n]{0,80}?\b(?:in|at)\s+"
    r"(?P<place>(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"(?-i:[A-Z][a-z]+)(?:[ ,]+(?-i:[A-Z][a-z]+)){0,2})",
    re.I,
)


# "attended ... at our Portsmouth center" (wild4a.py:
# confirmation_letter_with_a_printed_date_in_the_footer)
_AT_OUR_PLACE = re.compile(
    r"\bat\s+our\s+(?P<place>(?-i:[A-Z][a-z]+\s+)*(?:training\s+)?(?:center|centre|office"
    r"|offices|campus|facility|headquarters))\b",
    re.I,
)
_IN_PERSON_EVENT = re.compile(r"\b(?:conference|symposium|convention|summit|expo)\b", re.I)


_EXPIRES = re.compile(r"expir|valid\s+(?:through|until|thru)|renew", re.I)


def _badge_values(values: dict[str, Found], issued: set[str], flat: str) -> None:
    """A badge is issued the day it is earned: where it states no other date, the one date
    it states, issued or not, is the completion date; and its ID is the certificate's
    number (wild2.py: verified_credential_issuer_and_issue_date_only,
    open_badge_issued_to_on_by_in_one_sentence)."""
    # Not the day it expires: "Issued Nov 4, 2025    Expires Nov 4, 2027" (wild2.py:
    # badge_issued_and_expires_dates).
    days = {
        day
        for start, _end, day in find_dates(flat)
        if not _EXPIRES.search(flat[max(0, start - 25) : start])
    }
    if lb.DATE not in values and len(days) == 1:
        (day,) = days
        values[lb.DATE] = Found(day, day, _PROSE_CERTAINTY[lb.DATE])
    if lb.NUMBER not in values and lb.BADGE_ID in values:
        values[lb.NUMBER] = values[lb.BADGE_ID]


# ---------------------------------------------------------------- pages into certificates

_MARKER = re.compile(
    r"certif(?:y|ies|icate)|statement\s+of\s+(?:cpe\s+)?credit|in\s+recognition"
    r"|awarded\s+to|presented\s+to",
    re.I,
)
# Not "Page 2 of 3": batch exports number the pages of separate certificates too.
_CONTINUED = re.compile(r"\(continued\)|\bcontinued\s+from\b", re.I)


def _starts_certificate(page: str, values: dict[str, Any]) -> bool:
    """Whether a page opens a certificate of its own rather than continuing the last one."""
    if _CONTINUED.search(page):
        return False
    core = [concept for concept in (lb.TITLE, lb.DATE, lb.HOURS) if concept in values]
    if _MARKER.search(page) and core:
        return True
    return lb.TITLE in values and len(core) >= 2


def split_certificates(pages: Sequence[str]) -> list[str]:
    """The text of each certificate: a page that opens one starts a new certificate,
    any other page (terms, a breakdown of credits) belongs to the one before."""
    grouped = group_certificates([Page(text) for text in pages])
    return ["\n".join(page.text for page in certificate) for certificate in grouped]


def group_certificates(pages: Sequence[Page]) -> list[list[Page]]:
    """The pages of each certificate (see ``split_certificates``)."""
    certificates: list[list[Page]] = []
    for page in pages:
        if not page.text.strip():
            continue
        if not certificates or _starts_certificate(page.text, read_certificate(page.text)):
            certificates.append([page])
        else:
            certificates[-1].append(page)
    return certificates


# ---------------------------------------------------------------- template fields

# Tried in order when a field's name is not itself a label: "Hours Claimed", "Course Code".
_NAME_WORDS = [
    (lb.SPONSOR_ID, r"(?:sponsor|provider|nasba).*(?:\bid\b|number|#|\bno\b)"),
    (lb.SPONSOR, r"sponsor|provider|organi[sz]ation"),
    (lb.NUMBER, r"certificate|\bcert\b"),
    (lb.COURSE_ID, r"(?:course|program).*(?:\bid\b|code|number)"),
    (lb.DATE, r"\bdate"),
    (lb.HOURS, r"hour|credit|\bcpe\b"),
    (lb.FIELD, r"field|subject|category|\barea"),
    (lb.METHOD, r"delivery|format|method|\bmode\b"),
    (lb.TITLE, r"title|course|program|seminar|webinar|event|activity"),
    (lb.LICENSE, r"licen[sc]e"),
    (lb.INSTRUCTOR, r"instructor|presenter|speaker"),
    (lb.PARTICIPANT, r"participant|attendee|\bname\b"),
    (lb.LOCATION, r"location|venue|city"),
    (lb.LEVEL, r"\blevel\b"),
]


def concept_for(name: str) -> str | None:
    """Which concept a template field asks for, from its name and its synonyms."""
    label = lb.concept_of_label(name.strip().rstrip(":"))
    if label is not None:
        return label.concept
    for concept, words in _NAME_WORDS:
        if re.search(words, name, re.I):
            return concept
    return None


def _by_own_label(name: str, text: str) -> str | None:
    """A field no synonym knows, read from a line that labels it with its own name."""
    pattern = re.compile(
        rf"(?im)^[^\S\n]*{re.escape(name.strip())}[^\S\n]*(?::|\.{{2,}}|[^\S\n]{{2,}})"
        r"[^\S\n]*(?P<value>\S[^\n]*)$"
    )
    match = pattern.search(text)
    return clean_text(match.group("value")) if match else None


def _coerce(value: Any, data_type: str) -> Any:
    """A value in the type the template asks for: ISO date, number or text."""
    if value is None:
        return None
    if data_type == "date":
        return parse_date(value) if isinstance(value, str) else None
    if data_type == "number":
        return value if isinstance(value, int | float) else parse_number(str(value))
    return str(value).strip() or None


def fill_row(fields: Sequence[TemplateField], values: dict[str, Any], text: str) -> dict[str, Any]:
    """The row for one certificate: every field of the template, None where not stated."""
    found = {concept: Found(value, str(value), 1.0) for concept, value in values.items()}
    return fill_row_found(fields, found, text)[0]


# A field no synonym names, read from a line labelled with its own name.
_OWN_LABEL_CERTAINTY = 0.8


def fill_row_found(
    fields: Sequence[TemplateField], found: dict[str, Found], text: str
) -> tuple[dict[str, Any], dict[str, Found]]:
    """The row for one certificate and, for each value, how it was found."""
    row: dict[str, Any] = {}
    how: dict[str, Found] = {}
    for field in fields:
        concept = concept_for(field.name)
        if concept:
            item = found.get(concept)
        else:
            raw = _by_own_label(field.name, text)
            item = Found(raw, raw, _OWN_LABEL_CERTAINTY) if raw is not None else None
        row[field.name] = _coerce(item.value if item else None, field.data_type)
        if item is not None and row[field.name] is not None:
            how[field.name] = item
    return row, how
