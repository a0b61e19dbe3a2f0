"""Read fields that a certificate states in sentences rather than after labels:
"This certifies that Jane Doe has successfully completed <title> on <date> ...".

Each reader returns None rather than guess: only what the wording plainly says.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .fields import checked_option, label_spans, labelled_values
from .labels import DATE, HOURS, ISSUED, NUMBER, OTHER, iter_labels
from .normalize import (
    METHOD_PHRASES,
    clean_text,
    delivery_method,
    drop_article,
    find_dates,
    fractions_as_decimals,
    nasba_field,
    parse_hours,
    sheet_field,
)

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_NOUN = (
    r"course|program|programme|seminar|webinar|webcast|workshop|conference|session|class"
    r"|event|training|module|panel|symposium"
)
_DESCRIPTOR = (
    r"live|online|on-demand|self-study|self-paced|in-person|group|internet|internet-based"
    r"|virtual|interactive|cpe|qas|nano|recorded|following|annual|blended|learning"
)
_TITLE_CUE = re.compile(
    # Not a list's heading: "Sessions attended:" (wild3.py:
    # annual_meeting_sessions_attended_bullets_and_total)
    r"\b(?<!sessions\s)(?<!courses\s)(?<!programs\s)(?<!events\s)(?<!classes\s)"
    r"(?:completed|attended|participated\s+in|completing|attending|participating\s+in"
    # "took part in the course ..." (wild3.py: facts_as_short_paragraphs)
    r"|took\s+part\s+in"
    # "You finished the on-demand course ..." (wild4c.py:
    # email_on_demand_completion_with_cpe_and_ctec_in_a_list)
    r"|finished|finishing"
    # "The seminar was titled Partnership Taxation - ..." (wild4c.py:
    # one_sentence_per_fact_presented_in_cooperation_with)
    rf"|(?<=\s)(?:{_NOUN})\s+(?:was|is)\s+(?:entitled|titled|called|named)"
    r"|completion\s+of"
    # "... is awarded to Louisa Fairbanks for participation in" with the title below
    # (wild2.py: given_this_ordinal_day_state_society)
    r"|participation\s+in"
    # "Thanks for joining our live webinar ..." (wild3.py:
    # email_date_header_link_and_certificate_id)
    r"|join(?:ed|ing)"
    # "You're confirmed for: Auditing Cash and Crypto Holdings" (wild4a.py:
    # webinar_registration_with_calendar_block_duration_in_minutes)
    r"|(?:confirmed|registered|enrolled|signed\s+up)\s+for"
    # A sponsor's line that ends presenting what stands below: "Granary Row Education, Inc.
    # presents" over the title (wild4e.py: sponsor_presents_on_its_line_then_the_title)
    r"|presents(?=\s*:?\s*$)"
    # "your attendance at the seminar ..."; "It is for the course ..." (wild3.py:
    # letter_with_credit_hours_in_digits_and_words,
    # statement_sponsor_first_then_each_fact_in_its_own_sentence)
    r"|attendance\s+at"
    # The program's kind and then its name within a sentence: "confirms the attendance of
    # Ana Ferreira at its half-day seminar, Internal Controls for Small Nonprofits, held on",
    # "awarded to Dmitri Volkov for the webinar IT General Controls for SOC 1 Engagements,
    # offered by" (wild4c.py: statement_of_attendance_ordinal_of_month_cpe_after_number,
    # sentence_credits_first_then_title_and_sponsor_with_weekday)
    # The kind in lower case, not a name: "held at the Rocky Ridge Conference Center" (wild3.py:
    # conference_total_in_words_and_digits).
    rf"|(?:at|for)(?=\s+(?:its|their|the|our)\s+(?-i:(?:[a-z][\w'’-]*\s+){{0,2}}?(?:{_NOUN}))"
    r"\s*,?\s+(?-i:[A-Z0-9\"“]))"
    rf"|\bis\s+for(?=\s+the\s+(?:[\w-]+\s+){{0,2}}(?:{_NOUN})\b)"
    # "Awarded to Paula Jimenez for the course" over the title (wild3.py:
    # credit_hours_fifty_minute_label_and_nasba_cpe_credits_label)
    rf"|for(?=\s+the\s+(?:[\w-]+\s+){{0,2}}(?:{_NOUN})\s*:?\s*$)"
    # "This confirms the following CPE activity:" over the title (wild3.py:
    # sponsor_statement_first_then_facts_one_per_line)
    rf"|the\s+following\s+(?:cpe\s+|continuing\s+education\s+)?(?:activity|{_NOUN})\s*:"
    # "You have earned credit for the live webinar ..." (wild.py:
    # webinar_platform_email_credits_with_field_in_brackets)
    # "for passing the final examination of" (wild.py:
    # recognizes_for_passing_the_final_examination)
    r"|pass(?:ed|ing)\s+(?:the\s+)?(?:final\s+)?(?:exam|examination|assessment|test)\s+(?:of|for)"
    # "has met the requirements for" (wild.py: signature_block_names_the_sponsor)
    r"|(?:met|fulfilled|satisfied)\s+the\s+requirements\s+(?:for|of)"
    # "Attached is your certificate for Construction Lending Risk Review" (wild3.py:
    # email_reply_quoting_the_original_message)
    r"|(?:credits?|certificate)\s+for(?!\s+(?:completing|attending|participating|completion"
    r"|attendance)\b))"
    # "attended 50 minutes of the webinar" (attended_minutes_of_the_webinar_title_below)
    r"(?:\s+\d+\s+(?:minutes|hours)\s+of)?"
    # "the firm's in-house course" (wild3.py: firm_training_letter_with_hours_and_instructor)
    # "attending our Spring Ethics Forum" (wild3.py: letter_signed_on_behalf_of_the_society)
    # "completed the 1.0-credit webinar" (wild3.py:
    # one_sentence_certificate_with_a_number_at_its_end)
    # "attended the chapter's" at the end of its line, the title below (wild2.py:
    # society_chapter_event_with_cpe_and_ceu_on_one_row)
    r"(?:\s+(?:the|our|your)\s+(?-i:[a-z][\w-]*)['’]s(?=\s*$))?"
    rf"(?:\s+(?:the|a|an|our|your|its|their)\b)?(?:(?:\s+(?:{_DESCRIPTOR}|(?-i:[a-z][a-z'’-]*)"
    r"|\d+(?:\.\d+)?-(?:credit|hour|cpe)(?:-hour)?)\b){0,3}"
    rf"\s+(?:{_NOUN})\b"
    # "the course of study entitled" (wild2.py: ordinal_day_in_words_given_under_seal)
    # "having completed the prescribed course of study in" over the title (wild4c.py:
    # by_these_presents_cpe_units_conferred_date_of_conferral)
    r"(?:\s+of\s+(?:study|instruction)(?:\s+in\b)?)?"
    r"(?:\s+(?:entitled|titled|called|named))?)?\s*[:,-]?\s*",
    re.I,
)
_NOT_AN_EDITION = (
    r"(?!(?:\s*[-–/]\s*\d{2,4})?\s+(?:edition|ed\.|update|version|revision|release|series)\b)"
)
_TITLE_STOP = re.compile(
    # "... on Thursday, the 6th of November 2025" (wild2.py:
    # sentence_with_weekday_ordinal_and_field_in_brackets)
    rf"\s+(?:on|held|from)\s+(?=(?:{_WEEKDAY},?\s+)?(?:the\s+)?\d|(?:{_WEEKDAY},?\s+)?{_MONTH})"
    # A comma before a date or a credit, not before a title's number: "ASC 606: 5 Steps, 10
    # Pitfalls" (wild3.py: title_with_a_standard_number_counts_and_a_colon)
    # Not a year that names the title's edition: ", 2025-2026 Edition" (wild4c.py:
    # state_ethics_self_study_hours_in_words_exam_passed)
    rf"|,\s*(?={_MONTH}|\d{{1,2}}[/.-]\d|\d{{4}}\b{_NOT_AN_EDITION}|\d+(?:\.\d+)?\s*(?:cpe|credit|hour))"
    r"|\s+held\s+(?:on|in|at|from|during|virtually|online)\b"
    # An apposition saying what the program was: "..., our live virtual workshop of 16
    # October 2025" (wild4d.py: canadian_institute_cpd_letter_with_hours_in_words)
    r"|,\s+(?:our|your|this|the)\s+(?:[\w-]+\s+){0,3}?(?:workshop|webinar|webcast|seminar|course"
    r"|session|class|conference)\b(?=\s+(?:of|on|held|in)\b|[.,]|$)"
    # "..., taught by Sara Quinn, CPA" (wild3.py: firm_training_letter_with_hours_and_instructor)
    r"|,?\s+(?:sponsored|presented|offered|provided|hosted|conducted|delivered|organi[sz]ed|taught"
    r"|led|instructed)\s+by\b"
    # "... for 2.0 CPE credits", not the year a title names: "Tax Update for 2025: What
    # Changed for S Corporations for 2.0 CPE credits" (wild4e.py:
    # title_with_for_and_a_year_in_a_sentence_with_its_credits)
    r"|\s+for\s+(?=\d+(?:[.,]\d+)?\s*(?:-\s*)?(?:cpe|credits?|hours?|hrs?|contact|ceus?"
    r"|nasba|minutes?|continuing|professional)\b|which\b|a\s+total\b)"
    # "... under ASC 842 yesterday, 6 October 2025" (wild4a.py:
    # email_sent_day_first_and_attended_yesterday_with_the_date)
    r"|\s+(?:yesterday|today|last\s+(?:week|month|\w+day))\b"
    r"|,?\s+(?:earning|and\s+(?:has|have|is|was|earned|received)\b|with\s+\d|in\s+the\s+field)"
    # The sentence's next clause, of an exam passed or a score: "... Governmental Fund
    # Accounting Basics and passed its final examination" (wild4e.py:
    # letter_dated_at_the_top_course_completed_in_the_body)
    r"|\s+and\s+(?:successfully\s+)?(?:passed|scored|completed|achieved|attained|obtained)\b"
    # ", the live webinar you attended" (wild3.py: email_reply_quoting_the_original_message)
    r"|,\s+(?:a|an|which|held|on|for|presented|sponsored|offered)\s"
    rf"|,\s+the\s+(?:(?:{_DESCRIPTOR})\s+)*(?:{_NOUN})\b"
    # A parenthesis ends the title unless more of the title follows it: "Tax Provision
    # (ASC 740) Interim Reporting" (wild.py: firm_certifies_title_with_parenthesis).
    r"|\s*\((?![^()\n]{1,40}\)\s+(?!(?:on|held|from|for|and|in|at|by)\b)(?-i:[A-Z0-9]))"
    # Not the full stop of "vs." or "Inc." (wild2.py: heading_row_with_bars_title_and_number)
    r"|\s+\|\s+|(?<!\bvs)(?<!\bInc)(?<!\bCo)(?<!\bNo)(?<!\bSt)[.!](?:\s+(?=[A-Z])|\s*$)"
    # What kind of program it was, after a dash: "Nonprofit Functional Expense Reporting - a
    # group internet based program -" (wild4e.py: title_in_a_sentence_then_a_dash_and_its_kind)
    r"|\s+[-–]\s+(?=an?\s)"
    # A question mark is the title's own: "Is Your Firm Ready for Peer Review? on 03/03/2025"
    # (wild4e.py: title_ending_in_a_question_mark_inside_a_sentence)
    r"|(?<=\?)(?:\s+(?=[A-Z])|\s*$)"
    # "..., program no. 2025-114, which we presented" (wild3.py:
    # letter_with_program_number_hours_in_words_and_cc)
    r"|,?\s+\(?(?:program|course|event|session|webinar)\s+(?:no\.?|number|#|code|id)(?!\w)"
    # "... Internal Audit Basics this 3rd day of March 2025" (field_notes.py:
    # completed_this_day_of_in_a_sentence_without_cue)
    r"|\s+(?:on\s+)?this\s+\d{1,2}(?:st|nd|rd|th)?\s+day\b",
    re.I,
)
_NEXT_LINE_STOP = re.compile(
    # A line opening "for" goes on with the title unless the credit or the reason follows:
    # "Fair Value Measurement" over "for Private Equity Funds, offered by ..." (wild4e.py:
    # employer_letterhead_confirming_an_outside_program).
    r"^\s*(?:for(?=\s+(?:\d|a\s+total|completing|attending|participating|successful|his|her"
    r"|their|your|the\s+(?:period|year))\b)"
    r"|on|held|from|presented|sponsored|offered|provided|hosted|conducted|and|earning"
    r"|with|a|an|in|at|dated?|completed|location|which|has|is|was|this|\d)\b",
    re.I,
)
_JOINS_A_NAME = re.compile(r"^\s*(?:and|or|of|in|with|to)\s+(?-i:[A-Z])", re.I)
_UNFINISHED = re.compile(r"(?:[:,&-]|\b(?:and|of|for|the|in|to|a|an|with|on))$", re.I)
_NOT_A_TITLE = re.compile(
    r"^(?:the\s+)?(?:following|above|below|(?:program|course)\s+(?:below|above))\b"
    # "attended the conference listed above" (wild2.py:
    # conference_week_range_hours_with_cpe_after_the_number); a sentence's next clause,
    # "Completed the course and passed the final assessment" (wild2.py:
    # badge_with_skills_and_earning_criteria)
    r"|^(?:listed|named|shown|described|indicated|noted|referenced|identified)\s+(?:above|below)\b"
    # "attended the sessions checked below" (wild4a.py:
    # conference_two_day_columns_with_day_subtotals)
    r"|^(?:the\s+)?[\w-]+\s+(?:checked|marked|ticked|listed|shown|named|indicated)\s+(?:above|below)$"
    r"|^(?:and|or|but|then)\b"
    # A part of the program, "Phase A, e-learning, on 2025-02-10" (wild4a.py:
    # blended_phases_in_sentences_with_their_dates_and_credits)
    r"|^(?:part|phase|module|segment|step|stage)\s+(?:\d{1,2}|[ivx]{1,4}|[a-d])\s*,"
    # Days attended: "Mon 6/9/2025 (8.0), Tue 6/10/2025 ..." (wild4a.py:
    # conference_days_with_credits_in_brackets_on_one_line)
    rf"|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:\d|{_MONTH})"
    r"|^(?:on|held|dated?|in|at)\b"
    # A title never opens with a date: "Completed November 14, 2025" (field_notes.py:
    # credits_line_with_method_and_number_in_a_footer_table).
    rf"|^{_MONTH}",
    re.I,
)
# In double quotes, or in single ones, whose apostrophes stand between letters: "completed
# the course 'Fraud in Payroll: Ghost Employees, Padding and Kickbacks' offered online by"
# (wild4c.py: single_quoted_title_in_a_sentence_offered_online_by).
_QUOTED = re.compile(
    r"[\"“](?P<double>[^\"“”]{3,200})[\"”]"
    r"|(?<!\w)['‘](?P<single>(?:[^'‘’\n]|(?<=\w)['’](?=\w)){3,200}?)['’](?!\w)"
)


def _quoted_words(quoted: re.Match[str]) -> str | None:
    return clean_text(quoted["double"] or quoted["single"])


# "The course was Controllership Fundamentals." (field_notes.py: one_short_sentence_per_fact)
_TITLE_IS = re.compile(
    # "The course title is: IRS Notices: ..." (wild3.py:
    # one_sentence_per_line_with_colons_inside_the_title)
    rf"\b(?:{_NOUN})(?:\s+(?:title|name))?\s+(?:was|is):?\s+(?=(?-i:[A-Z0-9\"“]))",
    re.I,
)
_QUOTE_CUE = re.compile(
    r"(?:complet\w*|attend\w*|participat\w*|join\w*|watch\w*|view\w*|entitled|titled|for"
    r"|course|program|webinar|seminar|session"
    # 'RE: "Texas Property Tax Protests: ..."' (wild3.py:
    # letter_re_line_with_a_quoted_title_and_credits_in_the_body)
    r"|\bre:)\W*$",
    re.I,
)
# Also a letter's "Re:" line (field_notes.py: letter_with_re_line_naming_the_program).
_CERTIFICATE_OF = r"certificate\s+of\s+(?:completion|attendance|achievement|participation)"
# What stands between such a heading and the title it gives.
# "Certificate of Achievement in Governmental Auditing Foundations" (wild4e.py:
# certificate_of_achievement_in_the_title)
# "Certificate of Completion for Construction Accounting: ..." (wild4e.py:
# certificate_of_completion_for_the_title_in_the_heading)
_THEN_TITLE = r"(?:\s*(?:\||:|-|–)\s*|\s+(?:in|for)\s+(?=(?-i:[A-Z])))"
_HEADING_TITLE = re.compile(rf"^\s*(?:re:\s*)?{_CERTIFICATE_OF}{_THEN_TITLE}(.+)$", re.I)


def _is_label_line(line: str) -> bool:
    return bool(labelled_values([line]))


def _opens_with_label(line: str) -> bool:
    """A line that begins with a label, not one a sentence runs on to that names a label's
    words in passing ("Engagements, offered by the ...")."""
    first = next(iter_labels(line), None)
    return (
        first is not None
        and not line[: first[0].start()].strip(" \t•·*>-")
        and _is_label_line(line)
    )


def _caps_run(title: str, line: str) -> bool:
    """A title set in capitals over two lines: "ADVANCED ISSUES IN S CORPORATION" over
    "BASIS AND DISTRIBUTIONS" (field_notes.py:
    all_caps_title_over_two_lines_below_has_completed)."""
    line = line.strip()
    return (
        title.isupper()
        and line.isupper()
        and len(line.split()) <= 10
        and not find_dates(line)
        and not re.search(r"certif", line, re.I)
    )


# What a parenthesis says of a program rather than of its name: credits, a date, a
# sponsor's or a registry's number, the delivery method.
_ABOUT_THE_PROGRAM = re.compile(
    # Not a standard's number: "(SQMS No. 1)" (wild3.py: check_marks_written_as_yes_beside_options)
    # "(course section ACCT-X410-01)" (wild4d.py:
    # university_continuing_studies_letter_verifying_hours)
    r"\b(?:cpe|credits?|hours?|hrs|minutes?|nasba|sponsor|registry|qas"
    r"|(?:program|course)\s+(?:id|section|code))\b"
    # How many parts it has: "Fall Fraud Examination Series (3 sessions)" (wild4a.py:
    # webinar_series_date_range_with_time_zone)
    # "(3-session series)" (wild4e.py: three_session_dates_on_one_line_the_last_completes)
    # "(three weekly sessions)" (wild4e.py: three_dates_listed_after_one_label)
    r"|^\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight)[\s-]+(?:[a-z-]+\s+)?"
    r"(?:sessions?|parts?|modules?"
    r"|days?|weeks?|webinars?|episodes?|lessons?|units?)(?:\s+(?:series|program|course))?\s*$"
    r"|#"
    # Which version of the course it is: "(version 3.2, revised 01/2025)" (wild4d.py:
    # national_provider_on_demand_certificate_with_course_version_and_exam_attempts)
    r"|\b(?:version|revised|last\s+updated)\b",
    re.I,
)
_PARENTHESIS = re.compile(r"\(([^()\n]{1,40})\)")


def _title_stop(title: str) -> re.Match[str] | None:
    """Where the title ends: at the first stop, past a parenthesis that is part of the
    name ("Ethics for CPAs: Independence Rules Refresher (2025 Edition)", "Leases (ASC
    842) on May 1"; wild3.py: nasba_and_qas_sponsor_numbers_slashed_certificate_number)."""
    at = 0
    # Nor inside a date the title holds: "Year-End Tax Planning Roundtable - December 2,
    # 2025 Session" (wild3.py: title_with_a_date_and_a_session_number).
    dates = [(start, end) for start, end, _ in find_dates(title)]
    while (stop := _TITLE_STOP.search(title, at)) is not None:
        within = next((end for start, end in dates if start < stop.start() < end), None)
        if within is not None:
            at = within
            continue
        inside = _PARENTHESIS.match(title, stop.end() - 1) if stop.group().endswith("(") else None
        if inside is None or not _names_part(inside.group(1)):
            return stop
        at = inside.end()
    return None


def said_of_the_program(inside: str) -> bool:
    """Whether words in brackets after a title say something of the program (credits, a
    date, a sponsor's number, the method, the field) rather than belong to its name."""
    return not _names_part(inside)


def names_a_body(name: str) -> bool:
    """Whether a name is an organisation's by the words it holds ("Seminars", "Institute")."""
    return bool(_ORG_WORDS.search(name)) and not _PERSON.match(name)


def _names_part(inside: str) -> bool:
    return not (
        _ABOUT_THE_PROGRAM.search(inside)
        or find_dates(inside)
        or delivery_method(inside)
        or nasba_field(inside)
    )


def _accept_title(title: str | None) -> str | None:
    stop = _title_stop(title) if title else None
    title = clean_text(title[: stop.start()] if title and stop else title)
    if not title or len(title) < 4 or _NOT_A_TITLE.search(title):
        return None
    dates = find_dates(title)
    if dates and dates[0][0] == 0:
        return None
    # "attended 95 of 100 minutes", "completed 4.0 CPE credits": an amount, not a title.
    amount = r"^\d+(?:\.\d+)?\s*(?:cpe|credit|hour|minute|%|percent|of\s+\d)"
    return None if re.match(amount, title, re.I) else title


_LONGEST_TITLE = 300


def _title_at(lines: list[str], index: int, rest: str) -> str | None:
    """The title that opens with ``rest`` of ``lines[index]`` (or on the next line when
    ``rest`` is empty) and may run on to the lines below."""
    wrapped = bool(rest)  # a sentence wrapped by the layout runs on; a title line rarely does
    if not rest:
        below = next((n for n in range(index + 1, len(lines)) if lines[n].strip()), None)
        if below is None or below - index > 3 or _is_label_line(lines[below]):
            return None
        index, rest = below, lines[below].strip()
        # A title line as wide as the widest line of the page was wrapped by the layout
        # (wild.py: long_centred_title_after_its_cue, read from its PDF).
        widest = max(len(line.strip()) for line in lines)
        wrapped = len(rest) >= 50 and len(rest) >= 0.85 * widest
    if rest.startswith(('"', "“", "'", "‘")):
        joined = " ".join([rest, *(line.strip() for line in lines[index + 1 : index + 4])])
        quoted = _QUOTED.match(joined)
        if quoted or rest.startswith(('"', "“")):
            return _quoted_words(quoted) if quoted else None
    title = rest
    for at, line in enumerate(lines[index + 1 : index + 3], index + 1):
        # A parenthesis the line leaves open closes on the next: "... Refresher (2025" over
        # "Edition)" (wild3.py: nasba_and_qas_sponsor_numbers_slashed_certificate_number,
        # scanned, where the heading wraps).
        if title.count("(") > title.count(")") and ")" in line and not _is_label_line(line):
            title = f"{title} {line.strip()}"
            continue
        if (
            _TITLE_STOP.search(title)
            or not line.strip()
            # A title on lines of its own goes on over "and Distributions of Property"
            # (wild4e.py: title_wrapped_onto_a_line_opening_with_and); a sentence's
            # "and earned ..." does not.
            or (_NEXT_LINE_STOP.match(line) and (wrapped or not _JOINS_A_NAME.match(line)))
            # A wrapped sentence runs on past a label's words in passing
            # (field_notes.py: weekday_long_date_and_offered_by_in_the_sentence).
            # A label opens with a capital: "for Private Equity Funds, offered by ..." goes
            # on with the sentence (wild4e.py: employer_letterhead_confirming_an_outside_program).
            or (
                _opens_with_label(line) and not line.strip()[:1].islower()
                if wrapped
                else _is_label_line(line)
            )
            or not (
                wrapped
                or _UNFINISHED.search(title)
                or line.strip()[:1].islower()
                or _caps_run(title, line)
                or _before_the_sentence_goes_on(lines, at)
            )
        ):
            break
        title = f"{title} {line.strip()}"
    return _accept_title(title)


_SENTENCE_GOES_ON = re.compile(
    r"^\s*(?:offered|presented|sponsored|provided|hosted|delivered|conducted)\s+by\b", re.I
)


def _before_the_sentence_goes_on(lines: list[str], at: int) -> bool:
    """A title a narrow column wraps onto its next line, which the sentence goes on under:
    "Internal Control Deficiency" over "Evaluation for Small Entities" over "offered by
    Keller Audit Institute." (wild4b.py: narrative_left_details_sidebar_right)."""
    line = lines[at].strip()
    return (
        at + 1 < len(lines)
        and bool(_SENTENCE_GOES_ON.match(lines[at + 1]))
        and _bare_heading(line)
        and line[:1].isupper()
    )


_BY_ONLY = re.compile(
    r"^(?:offered|presented|sponsored|provided|hosted|delivered|conducted|organi[sz]ed)\s+by\b"
    r"[^.]{0,80}:\s*$",
    re.I,
)


# What a sentence says of the program before naming it below, ending the line with the
# noun in lower case: "completed the California Board of Accountancy approved course"
# (wild.py: state_board_ethics_day_of_month). A title ends with its noun capitalised.
_DESCRIBED_NOUN = re.compile(
    rf"^(?:[\w'’&/-]+\s+){{1,8}}(?-i:(?:{_NOUN})s?)(?:\s+(?:entitled|titled|called|named))?"
    r"\s*[:,-]?$",
    re.I,
)


def prose_title(lines: list[str], sponsor: str | None = None) -> str | None:
    """The title after "has completed", "attended the seminar", "for completion of" ...,
    or the heading beside "Certificate of ..." that is not the sponsor's name (``sponsor``:
    the name a label gives, when one does)."""
    joined = " ".join(line.strip() for line in lines)
    for quoted in _QUOTED.finditer(joined):
        if _QUOTE_CUE.search(joined[max(0, quoted.start() - 40) : quoted.start()]):
            return _quoted_words(quoted)
    for index, line in enumerate(lines):
        # An e-mail's subject is not its body: "Subject: Thank you for attending"
        # (field_notes.py: email_date_header_the_only_labelled_date).
        if _EMAIL_HEADER.match(line.strip()):
            continue
        # A credit label's words are no cue: "Total credits for sessions attended: 7.0"
        # (wild3.py: annual_meeting_sessions_attended_bullets_and_total). Found once per
        # line: a long line holds many cues.
        credit_labels: list[tuple[int, int]] | None = None
        for cue in _TITLE_CUE.finditer(line):
            if credit_labels is None:
                credit_labels = [(a, b) for a, b, what in label_spans(line) if what == HOURS]
            if any(start <= cue.start() < end for start, end in credit_labels):
                continue
            rest = line[cue.end() : cue.end() + _LONGEST_TITLE].strip()
            # Who did it is no title: "Completed by: Anthony Russo, CPA/PFS" (wild4e.py:
            # cfp_board_and_irs_provider_ids_with_the_sponsor_at_the_signature).
            if re.match(r"by\b", rest, re.I):
                continue
            title = None
            # "... course offered by Bayshore Accounting Society:" with the title below
            # (field_notes.py: offered_by_before_the_title_below).
            if _DESCRIBED_NOUN.match(rest) or _BY_ONLY.match(rest):
                title = _title_at(lines, index, "")
            title = title or _title_at(lines, index, rest)
            if title:
                return title
    for index, line in enumerate(lines):
        stated = _TITLE_IS.search(line)
        if stated:
            title = _title_at(lines, index, line[stated.end() : stated.end() + _LONGEST_TITLE])
            if title:
                return title
    # The title as the sentence's subject, named after its kind: "The program Governmental
    # Internal Controls Refresher was presented by Ridgeline CPE" (wild4e.py:
    # presented_by_a_division_in_an_apposition_then_the_date).
    for paragraph in _paragraphs(lines):
        subject = _NAMED_SUBJECT.search(paragraph)
        if subject:
            title = _accept_title(subject["title"])
            if title:
                return title
    for line in lines:
        heading = _HEADING_TITLE.match(line)
        # Nor the participant's name: "Certificate of Completion - Tanya Brooks, CPA (WA
        # #38814)" (wild3.py: summit_agenda_tables_with_daily_totals).
        named = heading and re.sub(r"\s*\([^()]*\)\s*$", "", heading.group(1).strip())
        if heading and not delivery_method(heading.group(1)) and not _PERSON.match(named):
            # A name there, "Certificate of Attendance - Lisa Tran", is the attendee's when
            # the page is headed with its event (wild3.py:
            # sessions_table_with_a_day_column_dates_in_the_heading).
            event = _event_heading(lines, sponsor) if _TWO_WORD_NAME.fullmatch(named) else None
            return event or _accept_title(heading.group(1))
    return (
        _title_below_the_name(lines)
        or _heading_title(lines, sponsor)
        or _event_heading(lines, sponsor)
        or _subject_title(lines)
    )


_NAMED_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?i:the)\s+(?i:{_NOUN})\s+(?P<title>[A-Z0-9][^.!?\n]{{3,150}}?)"
    r"\s+(?:was|is|were)\s+(?:presented|offered|held|delivered|conducted|hosted|given)\b"
)
_TWO_WORD_NAME = re.compile(
    r"(?:(?:Dr|Mr|Ms|Mrs)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+"
)
_ABOVE = re.compile(
    rf"\b(?:the\s+)?(?:{_NOUN})\s+(?:above|named\s+above|in\s+the\s+subject)\b"
    # "attended the above program", "the above-named course" (wild4c.py:
    # letter_dated_with_the_program_in_a_re_line_and_hours_in_words_ethics)
    rf"|\bthe\s+above(?:[\s-](?:named|mentioned|referenced))?\s+(?:{_NOUN})\b",
    re.I,
)
# A letter's "RE: Verification of CPE - Case Studies in ..." too, over "the course named
# above" (wild4a.py: letter_with_a_re_line_naming_the_course_and_a_day_first_date).
_SUBJECT = re.compile(
    r"^\s*(?:subject|re)\s*:\s*(?:(?:re|fw|fwd)\s*:\s*)*(?:your\s+)?(?:cpe\s+)?"
    rf"(?:{_CERTIFICATE_OF}|certificate"
    r"|(?:verification|confirmation)\s+of\s+(?:cpe|attendance|completion)(?:\s+credits?)?)"
    rf"{_THEN_TITLE}(?P<title>\S.*)$",
    re.I,
)


def _subject_title(lines: list[str]) -> str | None:
    """The title an e-mail's subject gives when its body calls it "the course above":
    "Subject: Certificate: Internal Audit Report Writing" (wild3.py:
    email_subject_names_the_course_the_body_says_above)."""
    # A subject that is the certificate of a program names it, where nothing else does:
    # "Subject: Certificate - Auditing Revenue in Health Care Entities" (wild4a.py:
    # outlook_print_with_received_and_date_headers_and_a_weekday_after_the_date).
    subject = next((match for match in map(_SUBJECT.match, lines) if match), None)
    if subject:
        return _accept_title(subject["title"])
    if not any(_ABOVE.search(line) for line in lines):
        return None
    # Or the title a cue in the subject names: "Subject: Thanks for attending Tax Talk: Cost
    # Segregation on 2/12/2025" (wild3.py: email_whose_subject_holds_the_title_and_date).
    line = next((line for line in lines if re.match(r"\s*subject\s*:", line, re.I)), "")
    cue = _TITLE_CUE.search(line)
    if cue:
        return _accept_title(line[cue.end() :])
    # Or a letter's "Re:" line whole, the matter the body calls "the above program":
    # "Re: Louisiana Ethics for CPAs - Annual Update 2025" (wild4c.py:
    # letter_dated_with_the_program_in_a_re_line_and_hours_in_words_ethics).
    regarding = next(filter(None, (_RE_LINE.match(line) for line in lines)), None)
    return _accept_title(regarding["title"]) if regarding else None


_RE_LINE = re.compile(r"^\s*re\s*:\s*(?P<title>(?-i:[A-Z0-9\"“]).*)$", re.I)


_EVENT_NAME = re.compile(
    r"\b(?:conference|symposium|summit|forum|convention|expo|retreat|roundtable|boot\s+camp"
    # "2025 Annual Professional Development Meeting" under its sponsor's name (wild3.py:
    # annual_meeting_sessions_attended_bullets_and_total)
    r"|workshop|seminar|webinar|update|series|meeting"
    # "2025 Accounting Show", "2025 Fall Update Day" (wild3.py:
    # credits_by_field_on_one_line_with_a_total, total_cpe_hours_earned_this_event)
    # "Mountain States Tax Symposium 2025" (wild3.py:
    # conference_sessions_by_day_with_times_and_a_credits_total_line)
    r"|show|fair|day)(?:\s+(?:19|20)\d{2})?$"
    # A year's "Institute" is an event, not a body: "2025 Governmental Accounting Institute"
    # (wild3.py: institute_sessions_table_with_dates_and_no_total)
    r"|^(?:19|20)\d{2}\s.*\binstitute$",
    re.I,
)


_PARENTHESIS_AT_END = re.compile(r"\s*\(([^()\n]{1,60})\)\s*$")
_EVENT_WORD = re.compile(
    r"\s+(?:seminar|webinar|workshop|conference|forum|summit)(?:\s+(?:19|20)\d{2})?$", re.I
)


def _event_heading(lines: list[str], sponsor: str | None) -> str | None:
    """The event a page is headed with, where no sentence or label names the program and
    no "Certificate of ..." stands beside it: "2025 Buckeye Spring Accounting Conference"
    over its dates and venue (wild3.py: conference_year_in_the_heading_days_without_year)."""
    top = [line.strip() for line in lines if line.strip()][:3]
    # The event's name before its date and place: "2025 Fall Update Day - October 30, 2025 -
    # Laconia, NH" (wild3.py: total_cpe_hours_earned_this_event).
    # Or after the sponsor's name: "Silver State Society of CPAs - 2025 Annual Conference"
    # (wild3.py: conference_credits_by_track_and_a_total).
    # Or after the sponsor's name and a colon: "Tri-Lakes CPE Consortium: 2025 Year-End Tax
    # Update" (wild4e.py: sponsor_and_title_in_one_heading_after_a_colon).
    top = [(_body_and_event(heading) or ("", heading))[1] for heading in top]
    for line in (part for heading in top for part in _PIPES.split(heading)):
        # Its place and days in brackets after it: "2025 Great Plains Accounting Expo (Omaha,
        # Oct 8-9, 2025)" (wild4a.py: badge_scan_export_with_credits_verified_and_available).
        said = _PARENTHESIS_AT_END.search(line)
        if said and said_of_the_program(said.group(1)):
            line = line[: said.start()]
        if (
            _EVENT_NAME.search(line)
            # Where no label names the sponsor, the event's own word ("Seminar", "Forum")
            # does not make it a body's name: "2025 Mid-Year Tax Seminar" (wild3.py:
            # two_day_seminar_agenda_with_credit_per_day_and_a_certificate_number).
            and not _names_sponsor(_EVENT_WORD.sub("", line) if not sponsor else line, sponsor)
            and not _SENTENCE.search(line)
            and not _is_label_line(line)
        ):
            return _accept_title(line)
    return None


_BODY_THEN_EVENT = re.compile(r"^(?P<body>[A-Z][^:]{2,60}):\s+(?P<event>\S.*)$")


def _body_and_event(heading: str) -> tuple[str, str] | None:
    """The body a heading names before a colon and its event's name after it: "Tri-Lakes
    CPE Consortium" and "2025 Year-End Tax Update"."""
    headed = _BODY_THEN_EVENT.match(heading.strip())
    if (
        not headed
        or not _EVENT_NAME.search(headed["event"])
        or not _ORG_WORDS.search(headed["body"])
        or _is_label_line(heading)
    ):
        return None
    return headed["body"], headed["event"]


# Words that name a body rather than an event; "Institute", "Forum" or "Academy" name
# either ("2025 Rocky Mountain Tax Institute").
_BODY_WORDS = re.compile(
    # "CPAs" names a firm, not "Texas Ethics for CPAs" (wild.py:
    # ethics_course_state_board_number_not_certificate)
    r"\b(?:society|association|llc|inc|llp|ltd|pc|pllc|university|college|firm|(?<!for )cpas"
    r"|partners|council|foundation|network|consulting|advisors|company|corporation)\b",
    re.I,
)
# A body's name ends with such a word, or goes on with "of" or a comma: "Buckeye Society of
# CPAs", "Lakeside Partners"; "Form 7203 S Corporation Basis" names a subject (wild2.py:
# nano_learning_in_a_badge_line_with_minutes).
_BODY_NAME = re.compile(rf"(?:{_BODY_WORDS.pattern})(?=\s*$|\s*,|\s+(?:of|for|in|on)\b)", re.I)


# A letterhead's body never opens with a year; an event's name often does (wild4a.py:
# day_range_before_an_abbreviated_month_with_a_full_stop).
_A_YEAR_OPENS = re.compile(r"^\s*(?:19|20)\d{2}\s+[A-Z]")


def _names_sponsor(heading: str, sponsor: str | None) -> bool:
    """Whether a heading names the sponsor: the sponsor stated elsewhere, or when none is,
    a heading that reads as an organisation's name."""
    if sponsor is None:
        return bool(_ORG_WORDS.search(heading))
    a, b = (" ".join(re.findall(r"\w+", text.casefold())) for text in (heading, sponsor))
    # A body's word after "for" names whom the program is for, not who gives it:
    # "Leadership Academy for Emerging Partners" under the society's name (wild4e.py:
    # start_date_and_end_date_on_one_line).
    own = _FOR_WHOM.sub("", heading)
    return a in b or b in a or bool(_BODY_NAME.search(own))


_FOR_WHOM = re.compile(r"\s+for\s+.*$", re.I)


# "Certificate of Completion", and what a badge is headed: "Digital Badge" (field_notes.py:
# badge_style_short_lines).
# A person's name as certificates print it: "Diego Ramos", "Jessica M. Alvarez", "Brian
# Walsh, CPA".
_PERSON_NAME = re.compile(
    r"^(?:(?:Dr|Mr|Ms|Mrs)\.?\s+)?[A-Z][A-Za-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Za-z'’-]+){1,2}"
    r"(?:,?\s+(?:Jr|Sr)\.?)?(?:,\s*[A-Z]{2,5})*$"
)


def _title_below_the_name(lines: list[str]) -> str | None:
    """Under "Certificate of Completion", the participant's name and then the program's
    title, with no words to tell them apart: the line after the name (wild.py:
    big_numbers_over_their_captions)."""
    text = [n for n, line in enumerate(lines) if line.strip()]
    for at, index in enumerate(text[:4]):
        if not any(
            _CERTIFICATE_HEADING.match(cell) for cell in _COLUMNS.split(lines[index].strip())
        ):
            continue
        following = [lines[n].strip() for n in text[at + 1 : at + 3]]
        if (
            len(following) == 2
            and _PERSON_NAME.match(following[0])
            and not _PERSON_NAME.match(following[1])
            and not _is_label_line(following[1])
            and not _SENTENCE.search(following[1])
            and len(following[1].split()) <= 14
            and not find_dates(following[1])
        ):
            return _accept_title(following[1])
    return None


# "Verified Credential" (wild2.py: verified_credential_issuer_and_issue_date_only)
# "Nano Learning Badge" (wild3.py: nano_badge_with_minutes_and_url)
_CREDENTIAL = r"(?:[a-z-]+\s+){0,3}?(?:badge|credential)"
# "CERTIFICATE - BLENDED LEARNING PROGRAM": what kind of certificate, after a dash
# (wild4a.py: blended_phases_in_sentences_with_their_dates_and_credits).
_CERTIFICATE_HEADING = re.compile(
    rf"^(?:certificate\s+of\s+\w+|{_CREDENTIAL}"
    r"|certificate\s+[-–:]\s+(?:[\w-]+\s+){0,3}(?:program|programme|course|learning|training))$",
    re.I,
)
_CREDENTIAL_HEADING = re.compile(rf"^{_CREDENTIAL}$", re.I)
# What the certificate is for, before the word, on a line of its own: "CPE Certificate"
# (wild3.py: one_fact_per_line_without_labels_after_a_heading); not a part of a line,
# "CPE CERTIFICATE - SESSIONS SCANNED" under the event's line (wild4b.py:
# vendor_conference_badge_scans_with_a_total_row).
# Or what kind of learning it was: "Nano Learning Certificate", "Webinar Completion
# Certificate" (wild4c.py: nano_twenty_minutes_with_credit_and_abbreviated_field,
# year_first_title_with_colon_webinar_hours_one_cpe_field_s).
_KIND_CERTIFICATE = re.compile(
    r"^(?:[a-z-]+\s+){0,2}(?:cpe|cpd|completion|attendance|learning|webinar|webcast|seminar"
    r"|course|program|training|self-study|workshop)\s+certificate$",
    re.I,
)


def headed_as_a_badge(lines: list[str]) -> bool:
    """Whether the page is headed as a badge or a credential ("Digital Badge", "Verified
    Credential"), whose issue date is the day it was earned (certificate.py)."""
    top = [line.strip() for line in lines if line.strip()][:3]
    return any(_CREDENTIAL_HEADING.match(line) for line in top)


def _heading_title(lines: list[str], sponsor: str | None = None) -> str | None:
    """A title set as the heading next to "Certificate of Completion", where no sentence
    names it: a heading that is not the sponsor's name. Where the certificate names its
    sponsor elsewhere, a heading that is another name is the program's, even one called
    an "Institute" (wild.py: conference_sessions_table_heading_title)."""
    top = _heading_lines(lines)[:4]
    whole = {line.strip() for line in lines}
    for index, line in enumerate(top[:3]):
        if not (
            _CERTIFICATE_HEADING.match(line) or (_KIND_CERTIFICATE.match(line) and line in whole)
        ):
            continue
        named = sponsor
        # Under the heading, the sponsor's name and then the title: "Summit Ridge Leadership
        # Academy" over "Firm Leadership Academy, Cohort 7" (wild4a.py:
        # academy_dates_sept_through_sept_with_abbreviated_months).
        below = top[index + 1 : index + 3] if index + 1 < 3 else []
        # An event's place and days after its name on its line: "Northern Lights Accounting
        # Conference, Anchorage - February 10-11, 2026" (wild4a.py:
        # conference_tracks_side_by_side_and_credits_earned_across_tracks).
        # Not a place's own line: "Reno, Nevada - June 16-18, 2025" (wild3.py:
        # conference_credits_by_track_and_a_total) leaves no name of three words.
        below = [_without_place_and_days(line) for line in below]
        for neighbour in top[max(0, index - 1) : index] + below:
            # Only a bare heading there, not the event's date and place line (wild3.py:
            # total_cpe_hours_earned_this_event).
            if neighbour in below[1:] and (
                sponsor is not None or named is None or not _bare_heading(neighbour)
            ):
                break
            # A title may hold a colon: "Quick Take: 3 Red Flags in Vendor Master Data"
            # under "Nano Learning Badge" (wild3.py: nano_badge_with_minutes_and_url).
            if (
                (neighbour in _top_lines(lines) or _bare_heading(neighbour))
                and not _names_sponsor(neighbour, named)
                and not re.search(r"certif|presented|awarded", neighbour, re.I)
            ):
                if neighbour in below:
                    neighbour = _caps_run_below(lines, neighbour, named)
                return _accept_title(_PLACE_AFTER.sub("", neighbour))
            # The body named over the heading is the sponsor; the heading under it is
            # another name, though it holds a body's word: "Clearwater Audit Institute"
            # over the heading over "Audit Data Analytics Practicum" (wild4a.py:
            # blended_phases_in_sentences_with_their_dates_and_credits).
            if named is None and _names_sponsor(neighbour, None):
                named = neighbour
    return None


def _caps_run_below(lines: list[str], title: str, sponsor: str | None) -> str:
    """A heading title set in capitals over the lines right under it, no blank between:
    "NOT-FOR-PROFIT ACCOUNTING AND AUDITING" over "UPDATE: NET ASSETS, LIQUIDITY AND" over
    "CONTRIBUTED NONFINANCIAL ASSETS" (wild4c.py:
    capital_title_wrapped_presented_by_with_co_sponsor_below); not the sponsor's name in
    capitals under it, nor a line of labels or a date."""
    at = next((n for n, line in enumerate(lines) if line.strip() == title), None)
    if at is None:
        return title
    for line in lines[at + 1 : at + 4]:
        if (
            not _caps_run(title, line)
            or _is_label_line(line)
            or _NEXT_LINE_STOP.match(line)
            or _names_sponsor(line.strip(), sponsor)
        ):
            break
        title = f"{title} {line.strip()}"
    return title


def _heading_lines(lines: list[str]) -> list[str]:
    """The page's lines as headings: a line's parts set apart by a dash around "Certificate
    of Completion" each a heading of its own, "Quillmark Forensic Learning - Certificate of
    Completion"; without the number set at a line's right, "Advanced Fraud Analytics    No.
    AFA-2025-0193" (wild4e.py: number_at_the_right_of_the_title_line); without a line that
    only puts the format in brackets under the title, "(Live Webcast)" (wild4e.py:
    heading_title_with_its_format_on_the_next_line_in_brackets)."""
    headings: list[str] = []
    for line in (line.strip() for line in lines):
        cells = _COLUMNS.split(line)
        if len(cells) > 1 and _only_a_number(cells[-1]):
            line = "   ".join(cells[:-1])
        if not line or (_FORMAT_IN_BRACKETS.match(line) and delivery_method(line)):
            continue
        parts = _PIPES.split(line)
        if len(parts) == 2 and any(_CERTIFICATE_HEADING.match(part) for part in parts):
            headings.extend(parts)
        else:
            headings.append(line)
    return headings


_FORMAT_IN_BRACKETS = re.compile(r"^[(\[][^()\[\]]{2,40}[)\]]$")


# The place after an event's name: "Big Sky Tax & Accounting Conference - Billings, Montana"
# (wild4a.py: days_without_year_with_a_daily_cpe_column_and_total_awarded).
_PLACE_AFTER = re.compile(
    r"\s+[-–|]\s+(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}),\s+(?-i:[A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)$"
)


_PLACE_AND_DAYS_AFTER = re.compile(
    r"(?:,\s+(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}))?\s+[-–|]\s+"
    rf"(?:{_MONTH}[\d\s,&-]*\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}(?:\s*-\s*\d{{1,2}}/\d{{1,2}}/\d{{2,4}})?)$",
    re.I,
)


def _without_place_and_days(line: str) -> str:
    name = _PLACE_AND_DAYS_AFTER.sub("", line)
    return name if len(name.split()) >= 3 else line


def title_over_its_code(lines: list[str], index: int) -> str | None:
    """The title on the line right above the line that opens with its course's code: an
    LMS page's "Revenue Recognition for SaaS Companies" over "Course code: ACC-3140"
    (wild4a.py: lms_activity_page_modules_exam_and_issue_dates)."""
    above = next((n for n in range(index - 1, max(-1, index - 3), -1) if lines[n].strip()), None)
    if above is None:
        return None
    line = lines[above].strip()
    if not _bare_heading(line) or _COLUMNS.search(line) or re.search(r"certif|[|:]", line, re.I):
        return None
    return _accept_title(line)


def _bare_heading(line: str) -> bool:
    """A line that is neither a label's, a sentence nor a date: a heading."""
    return (
        len(line.split()) <= 14
        and not _is_label_line(line)
        and not _SENTENCE.search(line)
        and not find_dates(line)
    )


# ---------------------------------------------------------------- sponsor

_ORG_WORDS = re.compile(
    r"\b(?:institute|academy|society|association|cpe|group|learning|education|educational"
    r"|seminars?|llc|inc|llp|university|college|partners|network|forum|center|centre"
    r"|school|training|council|foundation|firm|consulting|advisors|cpas"
    # (wild4b.py: centred_heading_with_the_number_under_it_and_facts_in_two_columns)
    r"|bureau"
    # Other words businesses name themselves by (field_notes.py:
    # certificate_code_with_lowercase_letters_and_completion_time)
    r"|analytics|solutions|systems|services|associates|consultants|advisory|labs|webinars"
    # "Evergreen State Tax Educators" at the foot (wild4a.py:
    # event_code_sponsor_qas_receipt_and_a_certificate_number_sharing_the_prefix)
    r"|educators"
    # "North Shore Government Finance Officers" (wild4a.py: ordinal_range_across_months_in_words)
    r"|officers"
    # "Anglia Professional Accountancy Courses certifies that" (wild4a.py:
    # completed_on_a_weekday_day_first_date_at_a_time_in_gmt)
    r"|accountancy"
    # "Tidewater Chapter of Government Accountants" (wild3.py:
    # annual_meeting_sessions_attended_bullets_and_total)
    r"|chapter|(?<!for\s)accountants"
    # Companies outside the US: "Thamesgate Professional Training Ltd" (wild4d.py:
    # uk_cpd_certificate_with_duration_reference_and_company_footer)
    r"|ltd|plc|pty"
    # A provider's name ending in "Online": "Meridian Ethics Online" (wild4a.py:
    # footer_line_of_certificate_course_sponsor_and_qas_numbers_between_bars)
    r"|online(?=\s*$))\b",
    re.I,
)
_NASBA_AFTER = re.compile(r"^\s*(?P<org>[A-Z][^:|]{2,80}?)\s*(?:,|-|–|\|)\s*NASBA\b")
_REGISTERED = re.compile(
    r"(?P<org>[A-Z][\w&.,'’ -]{2,80}?)\s+(?:is|are)\s+(?:also\s+)?(?:a\s+)?"
    r"(?:registered|approved|recognized)\b"
)
# "Brightwater Learning recognizes", "Redstone CPE Institute presents this certificate to"
# (wild.py: recognizes_for_passing_the_final_examination,
# presents_this_certificate_month_dash_date)
_CERTIFIES = re.compile(
    # "The Cascade Tax Learning Group states that ..." (wild4c.py:
    # completion_statement_credit_hours_earned_ctec_and_ea_in_a_sentence)
    r"(?:hereby\s+)?(?:(?:certifies|confirms|attests|states|verifies|declares)\s+that\b"
    # "Hollis & Reed Learning, in collaboration with ..., thanks you for attending" (wild4c.py:
    # thank_you_for_attending_hosted_in_collaboration_credits_as_units)
    r"|thanks\s+you\s+for\b"
    r"|(?:is\s+pleased\s+to\s+)?(?:recogni[sz]es?|acknowledges?|presents?|awards?)"
    r"(?:\s+this\s+certificate)?(?:\s+to)?\s*$"
    # "The Heartland Society of Accountants presents this certificate to Brian Lee for ..."
    # (field_notes.py: sponsor_first_in_the_sentence_presents_to)
    r"|(?:presents?|awards?)\s+this\s+certificate\s+to\b"
    # "Harbor Bay CPE issues this statement." (wild3.py:
    # statement_sponsor_first_then_each_fact_in_its_own_sentence)
    r"|issues\s+this\s+(?:certificate|statement)\b"
    # "Mesa Verde Accounting Forum confirms the attendance of ..." (wild4c.py:
    # statement_of_attendance_ordinal_of_month_cpe_after_number)
    r"|(?:confirms|records|acknowledges)\s+the\s+(?:attendance|participation|completion)\s+of\b"
    # "Lakeview CPE Collaborative hereby recognizes Hiroshi Tanaka for completing ..."
    # (wild4c.py: certificate_told_as_one_paragraph_with_sponsor_first)
    r"|(?:recogni[sz]es|honou?rs|commends|congratulates)\s+(?=(?-i:[A-Z][a-z]))"
    r"(?=(?:[\w.'’-]+\s+){1,4}for\s))",
    re.I,
)
_BY = re.compile(
    # "delivered as a live webinar by ..." (wild.py: completed_hours_of_cpe_in_the_course)
    # "awarded by the Coastal Plains Chapter ..." (field_notes.py:
    # certificate_awarded_by_and_given_this_day)
    # "Brought to you by the ..." (field_notes.py: brought_to_you_by_and_through_range)
    r"\b(?:sponsored|presented|offered|provided|hosted|delivered|organi[sz]ed|awarded|issued"
    r"|brought"
    # "Verified by Cornhusker Society of CPAs on 10/14/2025" (wild4a.py:
    # badge_scan_export_with_credits_verified_and_available); a name, not "verified by
    # polling" (wild4e.py: date_and_time_range_after_a_bar_credit_with_its_field)
    r"|verified(?=\s+by\s+(?:the\s+)?(?-i:[A-Z])))"
    r"(?:\s+\S+){0,4}?"
    # "issued to Marcus Bell on Nov 4, 2025 by ..." (wild2.py:
    # open_badge_issued_to_on_by_in_one_sentence)
    rf"(?:\s+on\s+(?:{_MONTH}\d?(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}))?"
    r"\s+by\s+(?P<org>[A-Z][^.;|()\n]{2,80})",
    re.I,
)
# "<title>, a program of the Tidewater Chapter of ..., on March 19, 2025" (wild4c.py:
# acknowledges_completion_a_program_of_hours_awarded_in_words)
_A_PROGRAM_OF = re.compile(
    rf",\s+an?\s+(?:[\w-]+\s+)?(?:{_NOUN})\s+of\s+(?:the\s+)?(?P<org>(?-i:[A-Z])[^.;|()\n]{{2,80}})",
    re.I,
)
_ORG_STOP = re.compile(
    # "awarded by the X Chapter to Rebecca Stone" (field_notes.py:
    # certificate_awarded_by_and_given_this_day)
    r",?\s+(?:on|in|at|for|and|NASBA|National|with|as|to)\b|,\s+(?!(?:LLC|Inc|LLP|Ltd|PC|P\.C\.)\b)"
    # The next line's "Issued Nov 4, 2025" (wild2.py: badge_issued_and_expires_dates)
    r"|\s+(?i:issued|expires?|expiring|valid|dated)\b"
)
_ASIDE_IN_BRACKETS = re.compile(
    r"\s*\((?:formerly|previously|now|also\s+known\s+as|f/k/a|fka|dba|d/b/a)\b[^()]*\)\s*$"
    # Or the group it belongs to: "(a Wolters & Pike company)" (wild4e.py:
    # sponsor_label_with_its_parent_company_in_brackets)
    r"|\s*\(an?\s[^()]*\b(?:company|subsidiary|division|affiliate|brand|member)\)\s*$",
    re.I,
)
_PLACE_IN_BRACKETS = re.compile(
    r"\s*\((?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}),\s*(?-i:[A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)\s*$"
)
_NOT_AN_ORG = re.compile(r"^(?:this|it|we|the\s+sponsor|the\s+course|our|you)\b", re.I)


_ADDRESS = re.compile(
    r"\s*(?:,|\||\s[-–]\s)\s*(?=\d{1,6}\s+[A-Z]|P\.?\s*O\.?\s+Box\b|\(?\d{3}\)?[\s.-]\d{3}[.-]\d{4}"
    r"|1-\d{3}-\d{3}-\d{4})",
    re.I,
)
# "LearnWell CPE | learnwell.example" (wild3.py:
# email_with_a_labelled_completion_date_in_the_body)
_WEBSITE = re.compile(
    r"\s*(?:,|\||\s[-–]\s)\s*(?=www\.|https?://|[\w.+-]+@"
    r"|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|io|us|co|example)\b)",
    re.I,
)
_PART_OF = re.compile(
    r"^\s*(?:an?\s+)?(?:program|programme|service|division|product|initiative|offering"
    r"|publication|member)\s+of\s+(?=(?:the\s+)?[A-Z])"
    # Who signs for it: "- The team at Brookfield CPE Online" (wild4e.py:
    # email_signed_by_the_team_at_the_sponsor)
    r"|^[\s–—-]*(?:the|your)\s+(?:[\w-]+\s+)?(?:team|staff|folks|friends)\s+(?:at|of)\s+(?=[A-Z])",
    re.I,
)
_PERSON = re.compile(
    r"^\s*(?:the\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2},\s*"
    r"(?:CPA|CGMA|CFE|CMA|CIA|CISA|CFP|EA|JD|MBA|PhD|Esq|CFA|CVA|ABV|CITP|CFF|CGFM)\b"
)
_SAID_OF_IT = re.compile(
    # "Issued by X in accordance with the standards of ..." (field_notes.py:
    # capital_labels_in_boxes_values_below_in_three_columns)
    r"\s+(?:in\s+accordance|pursuant\s+to|in\s+compliance)\b"
    # "Ledgerlight Training, LLC - a NASBA registered sponsor" (wild4e.py:
    # brought_to_you_by_an_llc_then_a_registry_statement)
    r"|\s+[-–]\s+(?=an?\b)"
    # A partner it worked with: "Clearwater CPE in collaboration with Harbor National Bank"
    # (wild4e.py: presented_by_in_collaboration_with_a_bank)
    r"|\s+(?:in\s+(?:collaboration|partnership|cooperation|association|conjunction)|together"
    r"|jointly)\s+with\b"
    r"|,\s+(?=(?:an?|the|irs|ctec|approved|registered|accredited|authori[sz]ed|recognized)\s)"
    # "Meridian International Tax School, carries 2 CPE credits" (wild3.py:
    # two_sentences_date_first_and_offered_by_in_an_apposition)
    r"|,\s+(?=(?-i:[a-z]{3,})\b)"
    # The platform it reached the participant through: "the Redwood Valley CPA Society
    # through the CPEngage learning platform" (wild4c.py:
    # quoted_title_with_dash_virtual_instructor_led_through_platform)
    r"|\s+(?:through|via)\s+(?=(?:the|its|our|an?)\s|(?-i:[A-Z]))"
    # The sentence ends with the name: "Offered by Bluestem CPE Online. Completed November
    # 18, 2025." (wild4c.py: minutes_of_instruction_only_on_demand); not "Inc." or "Co."
    r"|(?<!\bInc)(?<!\bCo)(?<!\bLtd)(?<!\bCorp)(?<!\bSt)(?<!\bMt)(?<!\bNo)(?<!\b[A-Z])"
    r"\.\s+(?=(?-i:[A-Z][a-z]))"
    r"|,?\s+(?:on|held\s+on|dated)\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    rf"|{_MONTH})",
    re.I,
)
_DATE_LEAD_IN = re.compile(r"(?:[\s,]+(?:on|held(?:\s+on)?|dated|from))*[\s,]*$", re.I)


def clean_sponsor(value: str | None) -> str | None:
    """A sponsor's name without the NASBA number that often follows it."""
    if not value:
        return None
    # A state board's number too: "Lone Star Ethics Institute, TSBPA Sponsor No. 011234"
    # (wild3.py: parenthesis_x_options_and_yes_no_ethics).
    value = re.split(
        r"(?:[,;(–-]\s*(?!(?:LLC|INC|LLP|LTD|PLLC|PC|CO)\b)(?-i:[A-Z]{2,8})\s+|[,;(–-]?\s*)"
        r"\b(?:NASBA|National\s+Registry|Registry\s+(?:ID|#|No)"
        r"|Sponsor\s*(?:ID|#|No\.?|Number))\b",
        value,
        maxsplit=1,
        flags=re.I,
    )[0]
    # A name never holds a date: "Brightline Institute on March 12, 2024" ends before it
    # (layouts.py: hosted_by_label_runs_into_the_date).
    dates = find_dates(value)
    if dates:
        value = _DATE_LEAD_IN.sub("", value[: dates[0][0]])
    # A name ends where its address or phone begins, and never inside a parenthesis it
    # opens: "Lakeshore Professional Education, 3005 Highland Parkway, ...", "Lone Oak
    # Ethics Academy (TSBPA Sponsor No. 012345)" (wild.py: sponsor_label_runs_into_its_address,
    # ethics_course_state_board_number_not_certificate).
    value = _ADDRESS.split(value, maxsplit=1)[0]
    # Nor its website or e-mail (field_notes.py: footer_with_website_and_phone_between_bars).
    value = _WEBSITE.split(value, maxsplit=1)[0]
    value = re.sub(r"\s*\([^)]*$", "", value)
    # ... or given in brackets: "Sentinel Practice Academy (www.sentinelpractice.example)"
    # (wild.py: sponsor_with_web_address_and_email).
    value = re.sub(r"\s*\([^()]*(?:www\.|https?://|@)[^()]*\)\s*$", "", value, flags=re.I)
    # ... or the city it is in: "Ridgecrest Accounting Society (Reno, NV)" (wild4e.py:
    # hosted_by_with_a_city_in_brackets).
    value = _PLACE_IN_BRACKETS.sub("", value)
    # ... or its former name: "Clearview Audit Academy (formerly Clearview CPE Seminars)"
    # (wild4e.py: provider_label_with_its_former_name_in_brackets).
    value = _ASIDE_IN_BRACKETS.sub("", value)
    # Nor what is said of it after a comma, or the day it held the program on: "Taxwise
    # Learning Center, IRS Approved CE Provider", "the Northern Plains Valuation Institute
    # on Wednesday, February 19" (field_notes.py:
    # irs_ea_credit_line_and_program_number_not_certificate_number,
    # weekday_long_date_and_offered_by_in_the_sentence).
    value = _SAID_OF_IT.split(value, maxsplit=1)[0]
    # Nor how the program was delivered, after a comma: "Capitol Audit Training Center,
    # Group Live" (wild4b.py: captions_set_inside_the_rules_under_their_values).
    method = re.search(r",\s*([^,]+)$", value)
    if method and METHOD_PHRASES.fullmatch(method.group(1).strip()):
        value = value[: method.start()]
    # A person with their credentials presents a program; the sponsor is a body
    # (field_notes.py: presented_by_a_person_sponsor_in_the_letterhead).
    if _PERSON.match(value):
        return None
    # "Presented by the Peach State Society of CPAs": an article in lower case is the
    # sentence's, not the name's (wild.py: summit_cross_month_range_credits_by_field);
    # so is "A program of the ..." (field_notes.py:
    # a_program_of_the_society_day_first_dashed_date).
    value = _PART_OF.sub("", value)
    value = clean_text(re.sub(r"^\s*the\s+(?=[A-Z])", "", value))
    return None if not value or _NOT_AN_ORG.match(value) or _REGISTRAR.fullmatch(value) else value


# A body that registers sponsors or approves their programs is none of them: "CFP Board
# Sponsor ID 8871  |  NASBA Sponsor 120661" over the sponsor's name under the signature
# (wild4e.py: cfp_board_and_irs_provider_ids_with_the_sponsor_at_the_signature).
_REGISTRAR = re.compile(
    r"(?:the\s+)?(?:cfp\s+board|nasba|irs|internal\s+revenue\s+service"
    r"|national\s+association\s+of\s+state\s+boards\s+of\s+accountancy"
    r"|(?:[a-z]+\s+){1,3}(?:state\s+)?board\s+of\s+(?:public\s+)?accountancy)",
    re.I,
)


def prose_sponsor(lines: list[str], title: str | None = None) -> str | None:
    """The sponsor named in sentences, NASBA statements or the letterhead (``title``: the
    program's title, when the certificate gives it)."""
    return _as_written_in_the_text(_prose_sponsor(lines, title), lines)


def _as_written_in_the_text(name: str | None, lines: list[str]) -> str | None:
    """A name a letterhead sets in capitals as the text writes it elsewhere: "MIDLANDS TAX
    INSTITUTE" signed "Program Director, Midlands Tax Institute" (wild3.py:
    letter_with_program_number_hours_in_words_and_cc)."""
    if not name or not name.isupper():
        return name
    written = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
    for line in lines:
        for match in written.finditer(line):
            if not match.group().isupper():
                return match.group()
    return name


def _prose_sponsor(lines: list[str], title: str | None) -> str | None:
    name = _sentence_sponsor(lines)
    if name is not None:
        return _as_letterhead_prints_it(name, lines)
    name = _by_under_the_title(lines, title)
    if name is not None:
        return name
    name = _above_its_address(lines)
    if name is not None:
        return name
    # The title found elsewhere is no letterhead, and its colon ends none: the body's name
    # below "Sales Tax Nexus After Wayfair: 2025 Review" (wild3.py:
    # one_fact_per_line_without_labels_after_a_heading).
    top = _top_lines([line for line in lines if not title or line.strip() != title])
    for index, line in enumerate(top):
        # "Ledgerwise Academy | Learning Transcript", "Beacon CPE Online - My Transcript":
        # the name, not what the page is (field_notes.py: lms_transcript_row_under_its_headers;
        # wild3.py: lms_transcript_pipe_table_one_row; wild2.py:
        # completed_on_with_seconds_and_utc_offset_field_with_a_subfield).
        parts = _PIPES.split(line)
        named = [part for part in parts if not _WHAT_THE_PAGE_IS.search(part)]
        line = next((part for part in named if _ORG_WORDS.search(part)), line)
        site = _SITE.sub("", named[0]) if len(named) == 1 and len(parts) > 1 else ""
        if any(_WEB_PAGE.search(part) for part in parts) and _SITE_NAME.fullmatch(site):
            return clean_sponsor(site)
        # The site's name is the sponsor's: "Alder Professional Education Portal" (wild3.py:
        # lms_learning_history_row_with_course_id_and_status).
        line = _SITE.sub("", line)
        # Nor what the page is: a form's name, "CPE ATTENDANCE FORM" (field_notes.py:
        # sponsor_name_and_number_on_one_state_form_label), "Learning Record" over the firm's
        # name (wild4b.py: numbered_sections_with_right_aligned_labels_under_them). A
        # society "of Certified Public Accountants" names a body, not a certificate (wild2.py:
        # given_this_ordinal_day_state_society).
        # Nor an event's name, which opens with its year: "2025 Rocky Mountain Governmental
        # Accounting Institute" (wild4a.py: day_range_before_an_abbreviated_month_with_a_full_stop).
        if (
            _ORG_WORDS.search(line)
            and not _WHAT_THE_PAGE_IS.search(_CPAS.sub("", line))
            and not _A_YEAR_OPENS.match(line)
        ):
            # The letterhead's next line may give the same name in full: "Redwood
            # Professional Education" over "Redwood Professional Education, Inc."
            # (earlier_evaluation.py: letterhead_address_block_then_form).
            fuller = top[index + 1] if index + 1 < len(top) else ""
            if (fuller.casefold().startswith(line.casefold()) and len(fuller) > len(line)) or (
                _UNIT.match(line) and _ORG_WORDS.search(fuller) and not _UNIT.match(fuller)
            ):
                line = fuller
            return clean_sponsor(line)
    return (
        _name_over_heading(lines, title)
        or _foot_sponsor(lines)
        or _sender(lines)
        or _copyright_holder(lines)
    )


_BY_NAME = re.compile(r"^\s*by\s+(?P<name>(?-i:[A-Z])[^,;|]{2,80}?)\s*$", re.I)


def _by_under_the_title(lines: list[str], title: str | None) -> str | None:
    """The body named on the line right under the title, after a bare "by": "Quick Hits:
    Deferred Revenue Red Flags" over "by Sparrowhawk Micro-CPE" (wild4c.py:
    nano_twenty_minutes_with_credit_and_abbreviated_field). Only a body's name: a person's
    is the author's or the instructor's."""
    if not title:
        return None
    for index, line in enumerate(lines[:-1]):
        if " ".join(line.split()) == title:
            by = _BY_NAME.match(lines[index + 1])
            if by and names_a_body(by["name"]):
                return clean_sponsor(by["name"])
    return None


# The display name before the address; of "Events Team, Copperfield CPE" the last part.
# Or with no address: "From: CE Department, Pinnacle Health Finance Institute" (wild4a.py:
# outlook_print_with_received_and_date_headers_and_a_weekday_after_the_date).
_FROM = re.compile(r"^\s*from\s*:\s*\"?(?:[^<\"\n,]*,\s*)*(?P<name>[^<\"\n,]+?)\"?\s*(?:<|$)", re.I)


def _sender(lines: list[str]) -> str | None:
    """The body an e-mail is from, by the name its From header gives: "From: Lakeside CPE
    Webinars <support@...>" (wild3.py: outlook_printed_reply_with_a_parenthesised_summary)."""
    # Or a name the e-mail also signs with, on a line of its own (wild3.py:
    # email_whose_subject_holds_the_title_and_date).
    signed = {line.strip() for line in lines}
    for line in lines:
        sender = _FROM.match(line)
        name = sender.group("name").strip() if sender else ""
        # Of "Events | Thames Valley Accountancy Training", the body's name (wild4a.py:
        # email_sent_with_utc_offset_and_a_day_first_date_attended).
        name = next((part for part in _PIPES.split(name) if part in signed), name)
        name = next((part for part in _PIPES.split(name) if _ORG_WORDS.search(part)), name)
        if name and (_ORG_WORDS.search(name) or name in signed):
            return _a_name(name)
    return None


_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:&|and|of|[A-Z][\w'’.-]*)){0,5}$")


def _name_over_heading(lines: list[str], title: str | None) -> str | None:
    """A name heading the page over "Certificate of Completion" where the program's title
    is given elsewhere: the sponsor's, though it names no kind of body ("Kestrel &
    Vaughn"; field_notes.py: letterhead_name_without_kind_of_body_above_the_heading). Not a
    person's name: a firm's joins its names ("&", "and", "of") or runs to four words."""
    if not title:
        return None
    top = [line.strip() for line in lines if line.strip()][:3]
    for line, below in pairwise(top):
        if (
            _CERTIFICATE_HEADING.match(below)
            and _NAME.match(line)
            and (re.search(r"&|\band\b|\bof\b", line) or len(line.split()) >= 4)
            and line.casefold() != title.casefold()
            and not _CERTIFICATE_HEADING.match(line)
            and not re.search(r"certif", line, re.I)
        ):
            return _a_name(line)
    return None


# "(c) 2025 Tidewell Learning, LLC. All rights reserved." (wild.py:
# copyright_footer_names_the_sponsor)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)|copyright))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?"
    r"(?P<org>[A-Z][^|\n]{2,80}?)(?:\.?\s+all\s+rights\s+reserved|\.?\s*$)",
    re.I,
)


def _copyright_holder(lines: list[str]) -> str | None:
    for line in lines:
        match = _COPYRIGHT.search(line)
        if match and _ORG_WORDS.search(match.group("org")):
            return clean_sponsor(match.group("org"))
    return None


_PIPES = re.compile(r"\s+[|–—-]\s+")
# "Learning History - Alder Professional Education Portal" (wild3.py:
# lms_learning_history_row_with_course_id_and_status)
_SITE = re.compile(r"\s+(?:learning\s+|online\s+)?(?:portal|platform|lms)$", re.I)
_CPAS = re.compile(r"certified\s+public\s+accountants?\b", re.I)
_WHAT_THE_PAGE_IS = re.compile(
    r"certif|statement|credit|transcript|\bform\b|\brecord\b|\bhistory\b"
    # A site's breadcrumb or page: "My Learning > Course Details" (wild4a.py:
    # lms_activity_page_modules_exam_and_issue_dates)
    r"|\s>\s|\bmy\s+(?:learning|courses|account|dashboard)\b|\b(?:course|program)\s+details\b"
    r"|\bdashboard\b",
    re.I,
)
# A site's page, beside which the site's name stands whatever words it holds.
_WEB_PAGE = re.compile(
    r"\s>\s|\bmy\s+(?:learning|courses|account|dashboard|transcript)\b"
    r"|\b(?:course|program)\s+details\b|\bdashboard\b|\btranscript\b|\blearning\s+history\b",
    re.I,
)
# A site's name beside what the page is: "LedgerLearn | My Learning > Course Details" (wild4a.py:
# lms_activity_page_modules_exam_and_issue_dates): a capitalised word or few, no digits.
_SITE_NAME = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,3}")
# An address: a street ("1800 Larimer Street, Suite 900", "55 Water Street | Boston, MA"),
# a post office box, or a city, its state and ZIP ("Denver, CO 80202").
_ADDRESS_LINE = re.compile(
    r"^(?:\d{1,6}\s+(?:[\w.'-]+\s+){0,4}?(?i:street|st|avenue|ave|road|rd|boulevard|blvd"
    r"|drive|dr|lane|ln|way|parkway|pkwy|place|pl|court|ct|plaza|square|sq|highway|hwy|circle"
    r"|terrace|trail|suite)\b"
    r"|(?i:p\.?\s*o\.?\s+box)\b"
    r"|[A-Z][\w .'-]+,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b)"
)


def _above_its_address(lines: list[str]) -> str | None:
    """The name a letterhead prints above its address, where it names no kind of body:
    "Kessler Whitford" over "1800 Larimer Street, Suite 900" (field_notes.py:
    letterhead_logo_line_above_address_block, letterhead_name_then_pipe_address_and_phone,
    confirmation_letter_dated_above_the_text). Only the page's first line, where the
    sender's letterhead stands; a recipient's address comes below a heading or a date."""
    head = [line.strip() for line in lines if line.strip() and not _EMAIL_HEADER.match(line)]
    if len(head) < 2 or not _ADDRESS_LINE.match(head[1]):
        return _address_column(lines)
    # "CERTIFICATE OF COMPLETION      Silver Lake Accounting Institute" over its address in
    # the right-hand column (wild3.py: sponsor_top_right_heading_left_then_facts).
    return _a_name(_COLUMNS.split(head[0], maxsplit=1)[0]) or _address_column(lines)


def _address_column(lines: list[str]) -> str | None:
    """The name heading an address block set in a column beside the facts: "Participant:
    Sophia Turner      Willow Creek Tax Academy" over "Course: ...      450 Main Street"
    (field_notes.py: sponsor_address_block_beside_the_facts). A right-hand column only:
    the left one holds the facts, or a recipient's address."""
    for index, line in enumerate(lines[:_HEAD_LINES]):
        below = lines[index + 1] if index + 1 < len(lines) else ""
        starts = {cell.start(): cell.group() for cell in _CELL_RUN.finditer(below)}
        for cell in list(_CELL_RUN.finditer(line))[1:]:
            address = next(
                (text for start, text in starts.items() if abs(start - cell.start()) <= 3), None
            )
            if address and _ADDRESS_LINE.match(address):
                return _a_name(cell.group())
    return None


_HEAD_LINES = 12
_CELL_RUN = re.compile(r"\S+(?: \S+)*")


def _a_name(name: str) -> str | None:
    """``name`` as a sponsor, unless it reads as anything else."""
    if (
        len(name.split()) > 8
        or _ADDRESS_LINE.match(name)
        or re.search(r"\d|certif|statement|transcript|@", name, re.I)
        or _SENTENCE.search(name)
        or _is_label_line(name)
    ):
        return None
    return clean_sponsor(name)


# Where a name ends in a sentence that goes on: "Westfield Financial Training, registered
# with NASBA ...", "Harborline Learning (NASBA Sponsor 109234) certifies" (wild.py:
# on_demand_course_completion_day_first_words, registry_number_in_the_certifying_sentence).
_APPOSITION = re.compile(r"\s*\(|,\s+(?!(?:LLC|Inc|LLP|Ltd|PC|P\.C\.|PLLC|Co)\b)")
# Sentences end at a full stop, not at "Inc." (wild.py:
# registry_and_state_sponsor_numbers_fifty_minute_hour).
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bInc\.)(?<!\bLtd\.)(?<!\bCo\.)(?<!\bCorp\.)(?<!\bNo\.)\s+"
)
# A unit of an institution, which the letterhead names first: "Northfield State University
# / School of Professional and Continuing Studies" (wild.py:
# university_term_range_ceus_beside_hours).
_UNIT = re.compile(
    r"^(?:school|department|college|division|office|faculty|cent(?:er|re))\s+(?:of|for)\b", re.I
)


# "The sponsor is Oakridge Finance Academy." (field_notes.py: one_short_sentence_per_fact)
_SPONSOR_IS = re.compile(
    r"\b(?:sponsor|provider)\s+(?:is|was):?\s+(?P<org>(?-i:[A-Z])[^;|()\n]{2,80})", re.I
)


def _before_a_label(org: str) -> str:
    """A name up to the label the next line opens with: "Mesa Verde Healthcare CPE" over
    "Completion Date: 11/13/2025" (wild2.py: number_top_left_and_title_as_the_heading)."""
    for match, _label in iter_labels(org):
        if match.start() > 0 and org[match.end() :].lstrip().startswith(":"):
            return org[: match.start()].rstrip()
    return org


def _sentence_sponsor(lines: list[str]) -> str | None:
    """The sponsor a sentence or a NASBA statement names."""
    # A sentence wrapped by the layout runs on over the next line (layouts.py:
    # sponsor_sentence_wrapped_into_the_date).
    for line in _paragraphs(lines):
        by = _BY.search(line)
        if by and not _PERSON.match(by.group("org")):
            org = _before_a_label(drop_article(by.group("org")))
            stop = _ORG_STOP.search(org)
            return clean_sponsor(org[: stop.start()] if stop else org)
    for line in _paragraphs(lines):
        of = _A_PROGRAM_OF.search(line)
        if of:
            org = _before_a_label(of.group("org"))
            stop = _ORG_STOP.search(org)
            sponsor = clean_sponsor(org[: stop.start()] if stop else org)
            if sponsor:
                return sponsor
    for line in _paragraphs(lines):
        stated = _SPONSOR_IS.search(line)
        if stated:
            return clean_sponsor(_SENTENCE_END.split(stated.group("org"), maxsplit=1)[0])
    for line in lines:
        nasba = _NASBA_AFTER.match(line.strip())
        if nasba and not _is_label_line(nasba.group("org")) and clean_sponsor(nasba["org"]):
            return clean_sponsor(nasba.group("org"))
    for line in lines:
        for sentence in _SENTENCE_END.split(line.strip()):
            registered = _REGISTERED.match(sentence)
            if registered and clean_sponsor(registered.group("org")):
                return clean_sponsor(registered.group("org"))
    for index, line in enumerate(lines):
        certifies = _CERTIFIES.search(line)
        if not certifies:
            continue
        before = line[: certifies.start()].strip()
        previous = next((n for n in range(index - 1, -1, -1) if lines[n].strip()), None)
        if previous is not None and (not before or before.startswith("(")):
            # The name is on the line above, or opens there and runs on to this one.
            before = f"{lines[previous].strip()} {before}".strip()
        # The article that opens the sentence is not the name's.
        before = re.sub(r"^The\s+(?=[A-Z])", "", _APPOSITION.split(before, maxsplit=1)[0])
        if before and _ORG_WORDS.search(before) and not re.search(r"certif", before, re.I):
            if _UNIT.match(before):
                before = _institution_of(before, lines)
            return clean_sponsor(before)
    return _nasba_line_sponsor(lines) or _named_in_passing(lines)


# An organisation named in passing: "... on October 2, 2025 from Foundry Startup Finance
# Academy", "Contact Ledger Labs Learning at support@..." (wild.py:
# labels_right_of_a_wide_left_column, webinar_platform_email_credits_with_field_in_brackets).
_IN_PASSING = re.compile(
    # "Thank you for your payment to Crescent Valley Accounting Society." (wild3.py:
    # payment_confirmation_with_cpe_credit_line)
    # "Thank you for registering with Pacific Crest CPA Society." (wild3.py:
    # registration_receipt_with_attendance_confirmed)
    r"\b(?:from|(?i:contact|questions\?\s+contact|payment\s+to|registering\s+with))\s+"
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,7})"
)


# A name whose words may be joined by "of", "and", "for": "Ridgeview Society of CPAs".
_ORG_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z&][\w&'’.-]*){0,6}"
# "for completing the Mountain West Tax School program" (wild3.py:
# blended_program_consists_of_sentence)
_ORGS_PROGRAM = re.compile(
    r"\b(?:completing|completed|attending|attended)\s+(?:the|a|an)\s+"
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,6})\s+(?:program|course|seminar|webinar)\b"
    # "through the self-study program of Northbridge Tax Learning" (wild3.py:
    # number_with_dashes_a_slash_and_a_letter_after_no)
    r"|\bthrough\s+the\s+(?:[\w-]+\s+){0,2}(?:program|course|curriculum)s?\s+of\s+"
    r"(?:the\s+)?(?P<of>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,6})"
    # "On behalf of the Ridgeview Society of CPAs," (wild3.py:
    # letter_signed_on_behalf_of_the_society); "Generated by Brightpath LMS for Tally Ridge
    # Learning" (wild3.py: lms_generated_certificate_with_duration_and_utc_date)
    rf"|\b(?i:on\s+behalf\s+of)\s+(?:the\s+)?(?P<behalf>{_ORG_NAME})"
    r"|\b(?i:generated|created|produced|powered)\s+by\s+[^.\n]{1,40}?\s+for\s+(?:the\s+)?"
    rf"(?P<client>{_ORG_NAME})"
)


def _named_in_passing(lines: list[str]) -> str | None:
    for line in _paragraphs(lines):
        for pattern in (_IN_PASSING, _ORGS_PROGRAM):
            for match in pattern.finditer(line):
                # A name ends with its sentence (wild3.py:
                # payment_confirmation_with_cpe_credit_line, as PDF: the next line runs on).
                named = next(value for value in match.groupdict().values() if value)
                org = _SENTENCE_END.split(named, maxsplit=1)[0]
                if _ORG_WORDS.search(org) and not find_dates(org):
                    return clean_sponsor(org)
    return None


def _institution_of(unit: str, lines: list[str]) -> str:
    """The institution the letterhead names above one of its units, else the unit."""
    top = _top_lines(lines)
    if unit in top:
        above = [line for line in top[: top.index(unit)] if _ORG_WORDS.search(line)]
        if above:
            return above[0]
    return unit


def _as_letterhead_prints_it(name: str, lines: list[str]) -> str:
    """A name a sentence gives with an article ("The American Institute of CPAs is
    registered ...") as the letterhead prints it, when the letterhead names it too
    (wild.py: institute_letterhead_self_study_registry_statement)."""
    bare = re.sub(r"^the\s+", "", name, flags=re.I).strip().casefold()
    for line in _top_lines(lines):
        printed = clean_text(line)
        if not printed:
            continue
        if printed.casefold() == bare and bare != name.casefold():
            return printed
        # A unit the letterhead names with the body it belongs to: "The Lakeshore Chapter
        # is registered ..." under "Lakeshore Chapter, Association of Fraud Examiners"
        # (wild4d.py: cfe_association_chapter_certificate_with_cpe_and_cfe_credits).
        unit, _, body = printed.partition(", ")
        if unit.casefold() == bare and _ORG_WORDS.search(body):
            return printed
    # An office the letterhead prints under the body it belongs to: "The Office of Executive
    # Education certifies" under "Eastlake University" over "Graduate School of Business -
    # Office of Executive Education" is the university's (wild4c.py:
    # university_contact_hours_and_cpe_credits_module_of_series).
    if _UNIT.match(bare):
        top = [printed for printed in map(clean_text, _top_lines(lines)) if printed]
        if (
            len(top) > 1
            and any(printed.casefold().endswith(bare) for printed in top[1:])
            and names_a_body(top[0])
            and not _UNIT.match(top[0])
        ):
            return top[0]
    if not re.match(r"the\s", name, re.I):
        return name
    bare = name[4:].strip().casefold()
    # Or a seal's text at the top names it between stars or bars: "* OFFICIAL SEAL * GRANITE
    # STATE FOUNDATION FOR ACCOUNTING EDUCATION * 1979 *", in capitals: written as the
    # sentence writes it (wild4b.py: seal_text_naming_the_foundation_and_a_registry_statement).
    for line in [line for line in lines if line.strip()][:_HEAD_LINES]:
        for part in _SEAL_PARTS.split(line):
            if part.strip().casefold() == bare:
                return name[4:].strip() if part.isupper() else part.strip()
    return name


_SEAL_PARTS = re.compile(r"\s[*•·|]\s")


# An organisation opening a line that ends in its registry number, with its address or
# phone between: "QuickStudy CPE, 1200 Market Street, ... | (215) 555-0142 | NASBA
# Sponsor ID 151212" (wild.py: nano_footer_address_and_phone).
# "Ohio Valley Society of CPAs  -  sponsor ID 109988  -  www..." (wild3.py:
# conference_year_in_the_heading_days_without_year)
_NASBA_LINE = re.compile(
    r"\bNASBA\b|\bnational\s+registry\b|\bsponsor\s*(?:id|#|no\.?|number)\b", re.I
)
# Or across a column's gap: "Great Lakes Government Finance Officers Association     Sponsor
# ID 117392" (wild4a.py: conference_two_day_columns_with_day_subtotals).
_SEGMENT = re.compile(
    r"\s*(?:\||,(?!\s*(?:LLC|Inc|LLP|Ltd|PC|P\.C\.|PLLC|Co)\b)|\s[-–]\s|[ \t]{3,})\s*"
)


def _nasba_line_sponsor(lines: list[str]) -> str | None:
    for line in lines:
        if not _NASBA_LINE.search(line) or _SENTENCE.search(line.strip()):
            continue
        first = _SEGMENT.split(line.strip(), maxsplit=1)[0]
        if _ORG_WORDS.search(first) and not _is_label_line(first) and not _NASBA_LINE.search(first):
            return clean_sponsor(first)
    return None


_SIGNER = re.compile(
    r"^[^,]{3,40},\s+(?:[\w ]+\s)?(?:director|president|manager|coordinator|chair|officer|ceo"
    r"|administrator|dean|registrar|principal|partner|head)\b"
    # "The Education Team" over the institute's name (wild3.py:
    # letter_signed_by_the_education_team_of_the_institute)
    r"|^(?:the\s+)?[\w ]{0,30}\b(?:team|department|office|staff|committee)$"
    # A signer's title alone under the signature's rule: "Director of Education" over the
    # institute's name (wild4e.py: cfp_board_and_irs_provider_ids_with_the_sponsor_at_the_signature)
    r"|^(?:(?:executive|program|managing|education|educational|chief|senior|general)\s+)?"
    r"(?:director|president|manager|coordinator|chair|officer|administrator|dean|registrar)"
    r"(?:\s+(?:of|for)\s+[\w ]{1,30})?$",
    re.I,
)


_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+(?:\s+(?:page\s+)?\d+\s*(?:/|of)\s*\d+)?$", re.I)


_LEGAL_FOOTER = re.compile(
    r"\bregistered\s+(?:in|office)\b|\bcompany\s+(?:no\b|number|registration)"
    r"|\bvat\s+(?:no\b|number|reg)|\b(?:abn|acn|gst/hst|bn)\s*:?\s*\d",
    re.I,
)


def _foot_sponsor(lines: list[str]) -> str | None:
    """A name standing alone at the foot of the page, under the fields and the wording:
    "Tri-County CPA Education Foundation" above the certificate ID (wild.py:
    webinar_times_beside_date_sponsor_at_foot)."""
    foot = [n for n, line in enumerate(lines) if line.strip()][-3:]
    # The company a legal footer registers stands on the line right above it, whatever
    # notice follows: "Southern Cross Accounting Education Pty Ltd" over "ABN 41 123 456
    # 789  |  Level 12, ..." over a sentence on keeping the certificate (wild4d.py:
    # australian_cpd_record_with_activity_type_and_abn_footer).
    texts = [line.strip() for line in lines if line.strip()][-5:]
    for above, line in pairwise(texts):
        if _LEGAL_FOOTER.search(line) and not _LEGAL_FOOTER.search(above):
            name = _COLUMNS.split(above)[0]
            if (
                len(name.split()) <= 8
                and _ORG_WORDS.search(name)
                and not _SENTENCE.search(name)
                and not _is_label_line(name)
                and not re.search(r"certif|credit|\d", name, re.I)
            ):
                return clean_sponsor(name)
    for index in reversed(foot):
        line = lines[index].strip()
        # Under it may stand its registry number (field_notes.py:
        # participation_sentence_with_in_the_field_of); beside it, its address
        # (completion_month_day_year_without_comma_and_cert_no_beside_heading).
        # A browser's footer too: the page's address and number (field_notes.py:
        # browser_printed_page_with_url_and_print_time).
        # Or the delivery method alone: "Group Live" (field_notes.py:
        # completed_this_day_of_in_a_sentence_without_cue).
        # Or its address (wild3.py: address_block_under_the_signature_at_the_foot).
        # Or a company's legal footer: "Registered in England and Wales No. 07654321 | VAT
        # No. ..." (wild4d.py: uk_cpd_certificate_with_duration_reference_and_company_footer).
        if (
            _is_label_line(line)
            or _LEGAL_FOOTER.search(line)
            or _NASBA_LINE.search(line)
            or _URL_LINE.match(line)
            or METHOD_PHRASES.fullmatch(line.strip(" .|"))
            or _ADDRESS_LINE.match(line)
        ):
            continue
        line = _ADDRESS.split(line, maxsplit=1)[0]
        # Set apart from the wording above by a blank line, or under a signer's name and
        # title: not a title a sentence runs on to ("has completed the program" /
        # "Controller Academy"; wild.py: signature_block_names_the_sponsor); or under the
        # labelled facts (wild3.py: email_reply_quoting_the_original_message).
        above = lines[index - 1] if index > 0 else ""
        # Or a body's name by its kind, "... Society of Accountants" (wild3.py:
        # conference_total_in_words_and_digits).
        if (
            index > 0
            and (
                not above.strip()
                or _SIGNER.search(above)
                or _opens_with_label(above)
                or (_BODY_WORDS.search(line) and not _UNFINISHED.search(above.strip()))
                # Or the line above stands in another column, far right of it: a signer's
                # title in a signature block beside the facts (wild4b.py:
                # signature_blocks_with_later_dates_beside_the_facts).
                or _indent(above) >= _indent(lines[index]) + _OTHER_COLUMN
            )
            and len(line.split()) <= 8
            and _ORG_WORDS.search(line)
            and not _SENTENCE.search(line)
            and not _names_a_method(line)
            and not re.search(r"certif|statement|credit|\d", line, re.I)
        ):
            return clean_sponsor(line)
        break
    return None


def _names_a_method(line: str) -> bool:
    """Whether a line names a delivery method, not a body named by its kind of program:
    "Bayline Audit Webinars" ends with a body's word (wild4a.py:
    registration_follow_up_with_minutes_attended_and_cpe_earned)."""
    words = line.split()
    return bool(METHOD_PHRASES.search(line)) and not (
        len(words) >= 2 and _ORG_WORDS.fullmatch(words[-1])
    )


# How far right of a line another line's text must open to stand in another column.
_OTHER_COLUMN = 20


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _paragraphs(lines: list[str]) -> list[str]:
    """Runs of lines with no blank line between them, each joined into one line."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    return [" ".join(paragraph) for paragraph in paragraphs if paragraph]


# A full stop ends a sentence, not a name's "Inc." (wild.py:
# registry_and_state_sponsor_numbers_fifty_minute_hour).
_SENTENCE = re.compile(
    r"(?<!\binc)(?<!\bltd)(?<!\bco)(?<!\bcorp)[.!?]$"
    r"|\b(?:has|have|is|was|by|to|that|completed|earned)\b",
    re.I,
)


_PICTURE = re.compile(
    r"^\s*\[(?:[\w ]{0,12}\s)?(?:logo|image|img|seal|picture|graphic|photo|emblem|badge|qr)"
    r"\b[^\]\n]{0,120}\]\s*$",
    re.I,
)


def _top_lines(lines: list[str]) -> list[str]:
    """The letterhead: the names heading the page, up to its first sentence or label. A
    line's first column counts: "Meridian CPE Partners    Certificate #: ..." (wild.py:
    number_on_the_letterhead_line)."""
    top: list[str] = []
    # An e-mail's headers are not its letterhead (field_notes.py:
    # email_forwarded_with_date_header_and_labels).
    # Nor a picture's caption: "[Logo: Thamesgate Professional Training]", "[image: Keystone
    # Society of CPAs logo]" stand over the letterhead (wild4d.py:
    # uk_cpd_certificate_with_duration_reference_and_company_footer,
    # state_society_letter_spaced_heading_and_logo_alt_text).
    texts = [line.strip() for line in lines if line.strip() and not _PICTURE.match(line)]
    for line in [line for line in texts if not _EMAIL_HEADER.match(line)][:3]:
        # The first column that is not the heading "Certificate of Completion" nor a bar:
        # "Certificate of Completion    |   Bayside CPE Network   |   No. BCN-58120"
        # (wild2.py: heading_row_with_bars_title_and_number, read from its PDF).
        # The number in a column or between bars leaves the name beside it: "Certificate
        # ID: GLS-77310    Glenmoor Learning Services" (wild4b.py:
        # form_footer_with_revision_page_and_header_id), "... |  Bayside CPE Network  |  No.
        # BCN-58120" (wild2.py: heading_row_with_bars_title_and_number).
        cells = [_without_a_number(cell.strip(" |")) for cell in _COLUMNS.split(line)]
        cells = [cell for cell in cells if cell] or [line]
        # So does a bill's number before a dash: "Order #A-77120 - Bright Harbor Learning"
        # (wild4a.py: order_placed_accessed_and_completed_in_sentences).
        parts = _PIPES.split(cells[0])
        if len(parts) > 1 and _a_bills_number(parts[0]):
            cells[0] = " - ".join(parts[1:])
        # Or what the page is: "CPE TRANSCRIPT        Ironwood Learning Network" (wild4a.py:
        # transcript_with_one_course_and_a_totals_row).
        heading = _CERTIFICATE_HEADING.match(cells[0]) or (
            len(cells[0].split()) <= 3 and _WEB_PAGE.search(cells[0])
        )
        # Not a date beside it: "CPE CERTIFICATE  |  No. 55012  |  Issued 04/02/2025"
        # (wild4b.py: header_band_with_number_and_issue_date_body_with_completion).
        names = [cell for cell in cells[1:] if cell and not find_dates(cell)] if heading else []
        line = names[0] if names else cells[0]
        # The certificate's number set at the right between the heading's lines does not
        # end them: "Statement No. CS-88120" (wild2.py:
        # statement_number_right_and_right_aligned_labels).
        if _only_a_number(line):
            continue
        # A body's name before its event's: "Tri-Lakes CPE Consortium: 2025 Year-End Tax
        # Update" (wild4e.py: sponsor_and_title_in_one_heading_after_a_colon).
        line = (_body_and_event(line) or (line,))[0]
        # Nor the platform the page came from: "Powered by CourseCloud LMS" above the
        # sponsor's name (wild4e.py: platform_name_and_sponsor_both_named).
        if _PLATFORM.match(line):
            continue
        # A heading's parts are no sentence: "Redline Learning - Completed Training" (wild3.py:
        # transcript_row_with_completed_on_timestamp_and_certificate_column).
        if (
            _SENTENCE.search(_PIPES.split(line, maxsplit=1)[0])
            or _is_label_line(line)
            or ":" in line
        ):
            break
        # Each part of a line set apart by bars or dashes counts: "Certificate of Completion
        # - Maple Leaf Cross-Border Tax Institute" (wild2.py:
        # day_first_numeric_date_with_month_over_twelve_and_taxation).
        if max(len(part.split()) for part in _PIPES.split(line)) <= 8:
            top.append(line)
    return top


def _a_bills_number(text: str) -> bool:
    labelled = labelled_values([text])
    return bool(labelled) and all(item.concept in (NUMBER, OTHER) for item in labelled)


_PLATFORM = re.compile(r"^(?:powered|hosted|delivered|generated|built)\s+(?:by|on|with)\s", re.I)


def _only_a_number(line: str) -> bool:
    labelled = labelled_values([line])
    return bool(labelled) and all(item.concept == NUMBER for item in labelled)


_COLUMNS = re.compile(r"[ \t]{3,}|\t")
_BARS = re.compile(r"\s+\|\s+")


def _without_a_number(cell: str) -> str:
    """A letterhead's cell without the parts, set apart by bars, that only number or date
    it: "CPE CERTIFICATE  |  No. 55012  |  Issued 04/02/2025" over the sponsor's name
    (wild4b.py: header_band_with_number_and_issue_date_body_with_completion)."""
    parts = [part for part in _BARS.split(cell) if not _only_a_number(part)]
    if len(parts) > 1:
        parts = [part for part in parts if not _only_a_date(part)]
    return "  |  ".join(parts)


def _only_a_date(part: str) -> bool:
    labelled = labelled_values([part])
    return bool(labelled) and all(item.concept in (DATE, ISSUED) for item in labelled)


_EMAIL_HEADER = re.compile(
    r"^(?:from|sent|to|cc|bcc|subject|date|reply-to)\s*:|^-{2,}\s*(?:original|forwarded)", re.I
)


# ---------------------------------------------------------------- hours, field, method, date

_WORD_NUMBERS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen|twenty"
_HOURS_PHRASE = re.compile(
    # Never the end of a year or a date: "03/19/2025 Credit: 100 minutes" states no 25
    # credits (field_notes.py: credit_in_minutes_only).
    rf"(?<![\d.,/])(?P<val>(?:(?:{_WORD_NUMBERS})\s*\(\s*)?\d{{1,3}}(?:\.\d+)?\s*\)?|\b(?:{_WORD_NUMBERS}))"
    # "6 contact hours" (wild3.py: one_sentence_per_fact_contact_hours)
    r"\s*(?P<unit>(?:cpe\s+|continuing\s+professional\s+education\s+|contact\s+)?"
    # "4 hours of continuing professional education credit" (wild.py:
    # dated_this_day_without_comma)
    # "1.5 hrs CPE" (field_notes.py: hrs_in_a_sentence_and_field_after_a_dash)
    r"(?:(?:credit\s+hours?|credits?|hours?|hrs?\.?(?:\s+cpe\b)?|units?)"
    # "seven (7) hours of verifiable continuing professional development" (wild4d.py:
    # canadian_institute_cpd_letter_with_hours_in_words)
    r"(?:\s+of\s+(?:verifiable\s+)?(?:cpe|cpd|continuing\s+(?:professional\s+)?"
    r"(?:education|development))(?:\s+credit)?"
    r"|\s+of\s+credit)?"
    # "3.0 CPE | Computer Software & Applications" (field_notes.py: badge_style_short_lines)
    r"|cpe(?!\s+(?:sponsor|provider|program|registry|id|no|number|#))))\b",
    re.I,
)


# "a 2-hour Group Internet Based program": the length of the program, where no credit is
# stated (field_notes.py: one_sentence_quoted_title_hour_count_and_field).
_HOUR_PROGRAM = re.compile(
    # "the 1.0-credit webinar" (wild3.py: one_sentence_certificate_with_a_number_at_its_end)
    rf"\b(?P<val>\d{{1,2}}(?:\.\d+)?)[-\s](?:cpe[-\s])?(?:credit(?:[-\s]hour)?|hour)\b"
    rf"(?=(?:\s+[\w-]+){{0,5}}?\s+(?:{_NOUN})\b)",
    re.I,
)


# "16.0 hours (50-minute hour) in Accounting (Governmental)" (wild3.py:
# confirmation_letter_with_a_dates_range_and_a_postscript)
_IN_FIELD = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+in\s+(?:the\s+(?:field|area)\s+of\s+)?", re.I)


def _in_a_field(text: str, end: int) -> bool:
    cue = _IN_FIELD.match(text, end)
    if cue is None:
        return False
    words = text[cue.end() : cue.end() + 60].split()
    return any(nasba_field(" ".join(words[:length])) for length in range(1, min(5, len(words)) + 1))


_EARNED_OF = re.compile(r"(?<![\w.])(?P<val>\d{1,3}(?:\.\d+)?)\s*(?:/|of|out\s+of)\s*$", re.I)


def prose_hours(text: str) -> int | float | None:
    """Credits stated in a sentence: "earning 4.0 CPE credits", "for 3 hours of CPE credit",
    "1 1/2 CPE hours", or failing those the length of "a 2-hour ... program"."""
    text = fractions_as_decimals(text)
    best: tuple[float, int | float] | None = None
    previous_end = 0
    for match in _HOURS_PHRASE.finditer(text):
        # "for 2 hours in Taxation": hours in a field of study are credit (field_notes.py:
        # completed_at_a_time_of_day_and_sentence_field_in_taxation).
        # "awarded CPE credit of 16.0 hours" (wild3.py:
        # confirmation_letter_with_a_dates_range_and_a_postscript)
        credit_of = re.search(r"credit\s+of\s*$", text[max(0, match.start() - 12) : match.start()])
        if (
            not re.search(r"cpe|cpd|credit|contact|continuing", match.group(), re.I)
            and not _in_a_field(text, match.end())
            and not credit_of
        ):
            continue
        hours = parse_hours(match.group("val"))
        if hours is None:
            continue
        start = match.start()
        # The credit earned of those possible: "Earned: 6.0 / 8.0 CPE" (wild4e.py:
        # earned_of_possible_credits_with_a_slash).
        earned = _EARNED_OF.search(text, max(previous_end, start - 20), start)
        if earned:
            hours, start = parse_hours(earned.group("val")) or hours, earned.start()
        # Only the words since the previous amount qualify this one.
        before = text[max(previous_end, start - 40) : start].lower()
        previous_end = match.end()
        rank = 2 if "recommend" in before else 4 if re.search(r"earn|award|grant", before) else 3
        # The sum the parts add up to: "... 1 CPE + ... 3 CPE = 4 CPE" (wild4a.py:
        # blended_parts_added_up_in_one_line_with_plus_and_equals).
        if before.rstrip().endswith("="):
            rank = 5
        # Contact hours are the class's length, not its credit, beside a CPE figure: "20
        # contact hours of instruction and carries 24.0 CPE credits" (wild4d.py:
        # university_continuing_studies_letter_verifying_hours).
        if match.group("unit").lower().startswith("contact"):
            rank -= 0.5
        if best is None or rank > best[0]:
            best = (rank, hours)
    if best is None:
        length = _HOUR_PROGRAM.search(text)
        if length:
            return parse_hours(length.group("val"))
        stated = _CREDIT_IS.search(text)
        if stated:
            return parse_hours(stated.group("val"))
        minutes = _MINUTES_OF_CREDIT.search(text)
        return parse_hours(f"{minutes['min'] or minutes['min2']} minutes") if minutes else None
    return best[1]


# The credit after the words that name it, in a sentence: "CPE hours earned are 6."
# (wild4c.py: one_fact_per_sentence_course_first_with_hours_as_cpe_hours_earned)
_CREDIT_IS = re.compile(
    r"\bcpe\s+(?:credit\s+)?(?:hours?|credits?)\s+(?:earned|awarded|granted)?\s*"
    # Or after a colon in the sentences: "Attendee: Monica Hale. CPE credits earned: 3.0 in
    # Auditing (Governmental)." (wild4e.py: presented_by_a_division_in_an_apposition_then_the_date)
    rf"(?:(?:are|is|were|was|totals?|totalled|totaled)\s+|:\s*)(?P<val>\d{{1,2}}(?:\.\d+)?|{_WORD_NUMBERS})\b",
    re.I,
)


# Credit granted in minutes, in a sentence: "Credit is granted for 150 minutes of
# instruction, at 50 minutes to the CPE credit" (wild4c.py:
# minutes_of_instruction_only_on_demand); not the rate that follows ("50 minutes to the").
_MINUTES_OF_CREDIT = re.compile(
    r"\b(?:credit|cpe)\b[^.\n\d]{0,40}?(?<![\d.,/])(?P<min>\d{2,4})\s*minutes\b(?!\s+(?:to|per)\b)"
    r"|(?<![\d.,/])(?P<min2>\d{2,4})\s*minutes\s+of\s+(?:instruction|cpe|continuing|credit)\b",
    re.I,
)


_FIELD_CUE = re.compile(
    r"\bin\s+(?:the\s+)?(?:fields?|areas?)\s+of\s+(?:study\s+)?(?:of\s+)?"
    # "(12 CPE hours) in Finance" (wild2.py: awarded_hours_and_ceus_in_a_sentence)
    # "Credits in the field of study of Accounting (Governmental)" (wild4c.py:
    # know_all_persons_in_witness_whereof_given_this_day)
    # "eight (8) CPE units in Taxes" (wild4c.py:
    # by_these_presents_cpe_units_conferred_date_of_conferral)
    # "hours of verifiable continuing professional development in Accounting" (wild4d.py:
    # canadian_institute_cpd_letter_with_hours_in_words)
    r"|\b(?:credits?|hours?|cpe|cpd|units?|continuing\s+professional\s+(?:development|education))"
    r"\)?(?:\s*\([^()]{1,30}\))?\s+in\s+"
    r"(?:the\s+(?:field|area)\s+of\s+(?:study\s+)?(?:of\s+)?)?"
    # "Credits earned: 1 (Accounting)"
    # (wild.py: webinar_platform_email_credits_with_field_in_brackets); tried before the
    # cue below, which would take "Credits:" of "Credits: 2.0 (Taxes)" (wild3.py:
    # forwarded_email_with_two_header_dates_and_labels)
    r"|\b(?:credits?|hours?|cpe)\b[^\n\d]{0,20}\d+(?:[.,]\d+)?\s*\(\s*"
    # "CPE credits earned: 3.0 in Auditing (Governmental)" (wild4e.py:
    # presented_by_a_division_in_an_apposition_then_the_date)
    r"|\b(?:credits?|hours?|cpe)\b[^\n\d]{0,20}:\s*\d+(?:[.,]\d+)?\s+in\s+"
    # (Before the bare cue below, which would end at the figure.)
    # "CPE: 2.0 - Information Technology - QAS Self Study" (wild4a.py:
    # ids_between_middle_dots_and_a_certificate_hash_number)
    r"|\b(?:credits?|hours?|hrs|cpe)\s*:?\s*\d{1,2}(?:[.,]\d{1,2})?\s*[-–|]\s*"
    # "1.5 hrs CPE - Auditing" (field_notes.py: hrs_in_a_sentence_and_field_after_a_dash)
    r"|\b(?:credits?|hours?|hrs|cpe)\s*[-–|,:(]\s*"
    # "It counts toward Accounting." (wild3.py: you_sentences_it_is_worth)
    r"|\bcounts?\s+towards?\s+(?:the\s+)?"
    # "Payroll Tax Deposits Made Simple (Taxes) on 2/20/2025" (wild3.py:
    # one_sentence_certificate_with_a_number_at_its_end)
    r"|\((?=[^()]{3,45}\))"
    # "The field of study is Accounting." (field_notes.py: one_short_sentence_per_fact)
    r"|\bfield\s+of\s+study\s+(?:is|was)\s+"
    # "a 2-hour Group Internet Based program in Taxes" (field_notes.py:
    # one_sentence_quoted_title_hour_count_and_field)
    rf"|\b(?:{_NOUN})s?\s+in\s+",
    re.I,
)


def prose_field(text: str, lines: list[str] | None = None) -> str | None:
    """A NASBA field of study named in a sentence ("4.0 CPE credits in Taxes"), or a cell
    of a line (``lines``) that is one and nothing else: "3.0 CPE | Computer Software &
    Applications | Group Internet Based" (field_notes.py: badge_style_short_lines)."""
    for cue in _FIELD_CUE.finditer(text):
        words = text[cue.end() : cue.end() + 80].split()
        for length in range(min(5, len(words)), 0, -1):
            # An older name too: "2 hours of CPE in Management Advisory Services" (wild4a.py:
            # letter_signed_this_day_below_and_attended_date_in_the_body)
            field = sheet_field(" ".join(words[:length]))
            if field:
                return field
    # Only where no other cell names another field: a sessions table's fields are not the
    # certificate's (wild.py: conference_sessions_table_with_total).
    rows = [line.strip() for line in lines or [] if _CELLS.search(line.strip())]
    cells = [cell for row in rows for cell in _CELLS.split(row)]
    # A line of its own that is a field and nothing else, among one fact a line: "Taxes"
    # under "2.0 CPE credits" (wild3.py: one_fact_per_line_without_labels_after_a_heading).
    cells += [line.strip() for line in lines or [] if line.strip() and line.strip() not in rows]
    fields = {field for field in map(nasba_field, cells) if field}
    return fields.pop() if len(fields) == 1 else None


_CELLS = re.compile(r"\s+\|\s+|[ \t]{3,}|\t")


# "Certificate CPE-24-77120": an identifier (capitals and digits, a digit in it) right
# after the word, with no label (layouts.py: unlabelled_number_after_certificate).
# "Certificate: CAI-DA2-00981" too (wild.py: blended_bare_certificate_label).
# "No. 25-0988/B" (wild3.py: state_sponsor_numbers_and_slashed_number_with_letter)
_ID = r"(?P<id>(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{4,}[A-Z0-9])(?![\w/-])"
_CERTIFICATE_NUMBER = re.compile(
    # "Your certificate ID is LX-22-9981." (wild.py: certificate_id_given_in_a_sentence)
    # "Certificate: #000123" (wild2.py: certificate_hash_number_alone_and_live_stream)
    # "Your certificate reference is MRIA-16102025-0442." (wild4d.py:
    # canadian_institute_cpd_letter_with_hours_in_words)
    # A label inside a sentence: "... earned 2.0 CPE credits. Certificate number:
    # OBFA-0625-340." (wild4e.py: re_line_certificate_for_the_title); saying whose number it
    # is: "Certificate reference from the provider: WPS-FV-0513-224" (wild4e.py:
    # employer_letterhead_confirming_an_outside_program).
    rf"\b(?i:certificate|cert\.?)(?:\s*:?\s*#|\s*[#:]"
    rf"|\s+(?i:id|number|no\.?|code|serial|reference)"
    rf"(?:\s+(?i:from|of|by|given\s+by|issued\s+by)\s+(?i:the\s+)?[A-Za-z]+(?:\s+[A-Za-z]+)?)?"
    rf"(?:\s+(?i:is)|\s*:))?"
    rf"\s*{_ID}"
)
# "Verify at lakeshoretax.example/verify with code LTA-44721-Q" (wild2.py:
# number_after_verify_at_and_a_sponsor_in_the_sentence)
_VERIFY_NUMBER = re.compile(
    rf"\b(?i:verify|verification)\b[^\n]{{0,60}}?\b(?i:code|id|number)\s*:?\s*{_ID}"
)
# A line that is only a number: "No. 2025-SK-004417" under the heading
# (wild.py: number_in_heading_specialized_knowledge_and_applications).
_NUMBER_LINE = re.compile(rf"^\s*(?i:no\.?|n[º°]\.?|#)\s*{_ID}\s*$")


# An identifier alone on one of the last lines, letters and digits in it: "BKL-2025-06610"
# under the sponsor's name (field_notes.py: unlabelled_number_at_the_foot).
_FOOT_ID = re.compile(rf"^\s*(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*-)(?=(?:[A-Z-]*\d){{3}}){_ID}\s*$")


def prose_number(lines: list[str]) -> str | None:
    """A certificate number printed after the word "Certificate" with no label, alone on
    its line after "No." or "#", or alone on one of the page's last lines."""
    # "No. CSA-9931-25" may be the heading's right-hand cell (field_notes.py:
    # two_column_labels_with_values_in_the_right_half_and_number_heading); never a value
    # a label gives ("Sponsor ID:    #107231").
    cells = [
        cell
        for line in lines
        for cell in (_CELLS.split(line.strip()) if not _is_label_line(line) else [line])
    ]
    # A sentence wrapped by the layout runs on: "Your certificate number is" over
    # "LCW-0227-19." (wild3.py: outlook_printed_reply_with_a_parenthesised_summary, as PDF).
    sentences = lines + _paragraphs(lines)
    for pattern, texts in (
        (_CERTIFICATE_NUMBER, sentences),
        (_VERIFY_NUMBER, sentences),
        (_NUMBER_LINE, cells),
    ):
        for text in texts:
            for match in pattern.finditer(text):
                if not find_dates(match.group("id")):
                    return match.group("id")
    texts = [line for line in lines if line.strip()]
    for at in range(max(0, len(texts) - 3), len(texts)):
        foot = _FOOT_ID.match(texts[at])
        # Not the value of a label the line above ends with: "...; Enrollment ID:" over
        # "BCO-ETH-50221" (wild3.py: lms_record_on_one_line_with_semicolons, as PDF).
        after_a_label = at > 0 and texts[at - 1].rstrip().endswith(":")
        if foot and not find_dates(foot.group("id")) and not after_a_label:
            return foot.group("id")
    return None


_STATEMENT = re.compile(r"registered\s+with|national\s+registry|sponsor\s+of|as\s+a\s+qas", re.I)


_YES_NO = re.compile(r"([A-Za-z][\w &/-]{2,40}?):\s*(yes|no)\b", re.I)


_METHOD_OPENS = re.compile(
    r"^\s*(?:(?:live|online|on-demand|self-study|self-paced|nano|blended|group)[\w -]{0,20}?)?"
    r"\s*(?:course|program|webinar|webcast|seminar|session)\b",
    re.I,
)


def prose_method(lines: list[str]) -> str | None:
    """A delivery method named anywhere but in the sponsor's NASBA statement: the
    statement's own sentence, for a paragraph may name the method before it ("..., a
    self-study course. The course was provided by X, a QAS sponsor registered with
    NASBA": field_notes.py: two_sentences_credit_before_the_title)."""
    for line in lines:
        for sentence in _SENTENCE_END.split(line):
            statement = _STATEMENT.search(sentence)
            if statement:
                # What opens it before the cue still describes the program: "Self-study
                # course registered with NASBA as QAS self study." (wild4a.py:
                # score_and_hours_columns_in_a_one_row_results_table); not a sponsor's
                # "a QAS sponsor" (field_notes.py: two_sentences_credit_before_the_title).
                opening = _METHOD_OPENS.match(sentence[: statement.start()])
                if opening and delivery_method(opening.group()):
                    return delivery_method(opening.group())
                continue
            # Of a row of check boxes, only the option ticked (fields.py).
            # "Group Live: No    Group Internet Based: Yes" (wild3.py:
            # check_marks_written_as_yes_beside_options)
            answers = _YES_NO.findall(sentence)
            said_yes = [option for option, answer in answers if answer.lower() == "yes"]
            if len(answers) >= 2 and len(said_yes) == 1:
                sentence = said_yes[0]
            phrase = METHOD_PHRASES.search(checked_option(sentence))
            if phrase:
                return delivery_method(phrase.group())
    return None


# "On Thursday, November 27, 2025 you completed" (wild3.py:
# email_sent_header_then_on_weekday_you_completed)
_DATE_CUE = re.compile(
    r"\b(?:on|held|completed|dated|attended|date|from)\W*(?:the\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$",
    re.I,
)
# A form's revision, a copyright (field_notes.py:
# form_revision_date_in_the_footer_and_a_date_line_alone).
NOT_COMPLETION = re.compile(
    # An e-mail's "Sent:" header (wild3.py: email_sent_header_then_on_weekday_you_completed),
    # the days one registered and paid ("Registered 01/05/2025"; not "registered with NASBA").
    # Not a title's "Issues ... on April 30"; "Signed this 5th day of May" (wild3.py:
    # letter_signed_this_day_after_the_attendance_date).
    r"\bissue(?:d|\s+date)?\b|print|expir|signature|\bsigned\b|birth|valid|\brev(?:ision|ised)?\b|updated|copyright|©|\(c\)"
    r"|\bsent\b|\bregistered\b(?!\s+with)|\bregistration\b|\benrol(?:l?ed|l?ment)\b"
    r"|\b(?:paid|purchased|ordered)\b"
    # "certificate reissued 12/01/2025", "Attendance verified on 07/01/2025 for the session of
    # 06/30/2025" (wild4e.py: attended_date_and_a_reissued_date_in_brackets,
    # attendance_verified_a_day_after_the_session); a course "reviewed" or "generated" on a day.
    r"|\b(?:re-?issued|reviewed|generated|verified)\b",
    re.I,
)


# A date alone on its line, as an agenda heads each day: "Friday, April 11, 2025".
# "Day 2 - Tuesday, June 3, 2025" too (field_notes.py: agenda_with_day_numbers_before_the_dates).
_DAY_HEADING = re.compile(
    r"^\s*(?:day\s+\d{1,2}\s*[-:–]?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<date>[^\n]{6,30}?)[\s:]*$",
    re.I,
)


# A date opening an agenda's row before a dash: "June 12, 2025 - Trusts, Estates and Gift
# Tax .... 8.0 CPE" (wild3.py: two_day_seminar_agenda_with_credit_per_day_and_a_certificate_number).
# Or a table's row, its first cell: "| Nov 13, 2025 | Fraud in the Cash Cycle | 3.0 |"
# (wild4a.py: markdown_sessions_table_with_day_totals_and_a_grand_total).
_DAY_ROW = re.compile(r"^\s*(?:\|\s*)?(?P<date>[^-–|\n]{6,30}?)\s+(?:[-–]|\|)\s+\S")


def _day_headings(lines: list[str], excluded: set[str]) -> list[str]:
    """The dates that stand alone on their lines, each the whole line, or open an agenda's
    rows."""
    days = []
    for line in lines:
        heading = _DAY_HEADING.match(line) or _DAY_ROW.match(line)
        if heading is None:
            continue
        dates = find_dates(heading.group("date"))
        whole = len(dates) == 1 and dates[0][:2] == (0, len(heading.group("date")))
        if whole and dates[0][2] not in excluded:
            days.append(dates[0][2])
    return days


def prose_date(text: str, excluded: set[str], lines: list[str] | None = None) -> str | None:
    """The completion date a sentence gives ("on March 14, 2025"), or the only date there
    is, or the last of the days an agenda heads with their dates (``lines``: the
    certificate's lines; field_notes.py:
    conference_agenda_times_per_session_credits_and_total)."""
    candidates = []
    for start, _end, value in find_dates(text):
        before = text[max(0, start - 30) : start]
        if value in excluded or NOT_COMPLETION.search(before):
            continue
        if _DATE_CUE.search(before):
            return value
        candidates.append(value)
    if len(set(candidates)) == 1:
        return candidates[0]
    days = _day_headings(lines or [], excluded) or _day_columns(lines or [], excluded)
    return max(days) if len(set(days)) >= 2 else None


def _day_columns(lines: list[str], excluded: set[str]) -> list[str]:
    """The days a row of columns heads with their dates, "Mon 6/2/2025    Tue 6/3/2025
    Wed 6/4/2025    Total" (wild3.py: conference_days_as_columns_with_a_total)."""
    for line in lines:
        cells = _CELLS.split(line.strip())
        days = [day for cell in cells for day in _day_headings([_WEEKDAY.sub("", cell)], excluded)]
        if len(days) >= 2:
            return days
    return []


_WEEKDAY = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\s+", re.I)
