"""Turn the ways certificates write dates, hours, delivery methods and fields of
study into the values a CPE sheet stores."""

from __future__ import annotations

import datetime as dt
import re

# ---------------------------------------------------------------- text

_EDGE_JUNK = " \t\"'“”‘’,;:|-–—_*·•"
_UNBALANCED_TAIL = re.compile(r"\s*[(\[]\s*$")


def drop_article(value: str) -> str:
    """A name after "by" without the sentence's article: "the Peach State Society", or
    "THE GOLDEN STATE CPE INSTITUTE" set all in capitals; a name printed "The Yellow Book
    Institute" keeps its own (wild.py: summit_cross_month_range_credits_by_field,
    all_capitals_design_with_sentences)."""
    value = value.lstrip()
    if value.startswith("the ") or (value.startswith("THE ") and not re.search("[a-z]", value)):
        return value[4:]
    return value


def clean_text(value: str | None) -> str | None:
    """A value as a person would copy it: one line, no leaders, quotes or blanks."""
    if value is None:
        return None
    value = re.sub(r"\.{2,}|_{2,}", " ", value)
    whole = " ".join(value.split())
    value = whole.strip(_EDGE_JUNK)
    # A quote at an edge is kept when its partner is inside: '"Ask the Auditor" - Single
    # Audit Findings ...' opens with a quoted phrase (wild4c.py:
    # quoted_title_with_dash_virtual_instructor_led_through_platform).
    if value.count('"') % 2 and whole.startswith('"') and whole[1:].startswith(value):
        value = '"' + value
    value = _UNBALANCED_TAIL.sub("", value)
    if value.count("(") < value.count(")") and value.endswith(")"):
        value = value[:-1]
    value = value.rstrip(_EDGE_JUNK)
    if value.endswith(".") and not re.search(r"\b(?:inc|ltd|co|corp|no|jr|sr)\.$", value, re.I):
        value = value[:-1].rstrip()
    return value or None


# ---------------------------------------------------------------- dates

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
# "November 3 & 4, 2025" is a range too (wild.py: two_day_and_range_conference).
_DASH = r"\s*(?:-|–|—|to|through|thru|&|and)\s*"
_YEAR = r"(?P<year>\d{4}|'?\d{2})"
_ERA = r"(?:A\.\s?D\.\s+)?"
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                  "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth")  # fmt: skip
# "twenty-first", "twenty first", "thirtieth": the days of a month as ordinal words.
_ORDINAL_DAYS = {
    **{word: n for n, word in enumerate(_ORDINAL_WORDS, 1)},
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty{sep}{word}": 20 + n for n, word in enumerate(_ORDINAL_WORDS[:9], 1)
       for sep in ("-", " ")},
    **{f"thirty{sep}first": 31 for sep in ("-", " ")},
}  # fmt: skip
# Each pattern names the completion day: for a range that is its last day.
_DATE_PATTERNS = [
    # 2025-03-14, 2025/03/14
    r"(?P<year>\d{4})[-/.](?P<num_mon>\d{1,2})[-/.](?P<day>\d{1,2})",
    # 03/14/2025, 3-4-25, 14.03.2025 (day first only when the first number cannot be a month)
    # "03/04/2025-03/05/2025", a range without blanks (wild4a.py:
    # form_revised_in_header_and_footer_with_a_compact_date_range)
    # "11/03-11/05/2025", a range whose first day has no year (wild4b.py:
    # one_row_table_with_a_date_range_in_its_date_cell)
    r"(?:\d{1,2}/\d{1,2}\s?[-–]\s?)?"
    r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>\d{4}|\d{2})"
    r"(?![\d/.]\d|-(?!\d{1,2}[/.]\d{1,2}[/.]\d{4}\b)\d)",
    # March 12 - March 14, 2025 / March 14, 2025 / June 9-11, 2025 / Dec 1st 2024
    rf"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?{_DASH})?"
    # Nov-03-2025 (wild.py: presents_this_certificate_month_dash_date)
    rf"{_MON}(?:\s+|-)(?:\d{{1,2}}(?:st|nd|rd|th)?{_DASH})?{_DAY}(?:,?\s+|-){_YEAR}",
    # 14 March 2025 / 12-13 November 2024 / the 21st of March, 2025 / 14-Mar-2025 /
    # this 5th day of December, 2025 (wild.py: state_board_ethics_day_of_month)
    # ... day of November, A.D. 2025 (wild2.py: dated_this_day_of_month_anno_domini)
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?{_DASH})?{_DAY}(?:\s+day)?(?:\s+of)?[\s-]+{_MON}[\s,-]+"
    rf"{_ERA}{_YEAR}",
    # this twenty-first day of October, 2025 (wild2.py: ordinal_day_in_words_given_under_seal)
    rf"(?P<day_word>{'|'.join(sorted(_ORDINAL_DAYS, key=len, reverse=True))})\s+day\s+of\s+"
    rf"{_MON}[\s,]+{_ERA}{_YEAR}",
]
# A date ends at a word's end, or where a timestamp's time begins: 2025-08-21T15:42:07Z
# (wild.py: lms_export_timestamp_learner_id).
_DATE_RES = [
    re.compile(rf"(?:(?<![\w/.-])|(?<=\d{{4}}-)){p}(?:(?![\w/])|(?=T\d{{1,2}}:\d))", re.I)
    for p in _DATE_PATTERNS
]
# Two whole dates joined as a range: "from 06/02/2025 to 06/04/2025" ends on the second
# (wild.py: from_to_dates_in_person_venue).
# "Monday, November 3, 2025 - Wednesday, November 5, 2025" (wild.py: two_dates_weekday_range)
# "From: 03/03/2025   To: 03/05/2025" (field_notes.py:
# from_to_date_labels_and_credits_with_two_decimals)
_RANGE_JOIN = re.compile(
    r"\s*(?:-|–|—|to|through|thru|until):?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?",
    re.I,
)


def _year(text: str) -> int:
    text = text.lstrip("'")
    return int(text) + 2000 if len(text) == 2 else int(text)


def _to_date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    try:
        year = _year(groups["year"])
        if groups.get("a"):
            first, second = int(groups["a"]), int(groups["b"])
            month, day = (first, second) if first <= 12 else (second, first)
        elif groups.get("num_mon"):
            month, day = int(groups["num_mon"]), int(groups["day"])
        elif groups.get("day_word"):
            month = _MONTHS[groups["mon"][:3].lower()]
            day = _ORDINAL_DAYS[" ".join(groups["day_word"].lower().split())]
        else:
            month, day = _MONTHS[groups["mon"][:3].lower()], int(groups["day"])
        value = dt.date(year, month, day)
    except (ValueError, KeyError, TypeError):
        return None
    return value if 1990 <= value.year <= 2100 else None


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every date in ``text`` as (start, end, 'YYYY-MM-DD'), in reading order; a range
    counts once, as its last day."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_RES:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            value = _to_date(match)
            if value is not None:
                found.append((start, end, value.isoformat()))
                taken.append((start, end))
    found.sort()
    merged: list[tuple[int, int, str]] = []
    for start, end, value in found:
        if merged and _RANGE_JOIN.fullmatch(text, merged[-1][1], start) and value > merged[-1][2]:
            merged[-1] = (merged[-1][0], end, value)
        else:
            merged.append((start, end, value))
    return merged


def parse_date(text: str | None) -> str | None:
    """The completion date a value states: its last date ('09/18 - 09/19/2024' ends on the 19th)."""
    if not text:
        return None
    dates = find_dates(text)
    # A date in brackets after one outside them says it again or says another thing:
    # "Nov 12, 2025 11:58 PM ET (Nov 13, 2025 04:58 UTC)" (wild4a.py:
    # completion_time_in_local_zone_and_utc_on_the_next_day).
    said_again = {
        n for n in range(1, len(dates)) if _SAID_AGAIN.fullmatch(text, dates[n - 1][1], dates[n][0])
    }
    dates = [date for n, date in enumerate(dates) if n not in said_again]
    return dates[-1][2] if dates else None


# What stands between a date and the same moment in brackets: its time and zone, then "(".
_SAID_AGAIN = re.compile(r"[^()]{0,25}\(\s*")

# ---------------------------------------------------------------- hours

# "2,5": a decimal comma, one or two digits after it and no more (wild3.py:
# bracket_x_rows_for_field_and_method_comma_decimal).
_NUMBER = r"\d{1,3}(?:\.\d+|,\d{1,2}(?![\d,]))?|\.\d+"
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "sixteen": 16,
    "twenty": 20, "twenty-four": 24, "half": 0.5,
}  # fmt: skip
_HOURS_RE = re.compile(
    # Not an amount of money: "Total ..... $250.00"
    # (wild.py: summit_cross_month_range_credits_by_field).
    rf"(?<![\w.#/$€£-])(?P<num>{_NUMBER})(?!\s*-?\s*min)(?![\w/-]|\.\d)"
    rf"|\b(?P<word>{'|'.join(sorted(_WORDS, key=len, reverse=True))})\b(?!\s*\(\s*\d)",
    re.I,
)


def as_number(value: float) -> int | float:
    """Whole credits as int, half and fifth credits kept: 2, 1.5, 0.2."""
    value = round(value, 2)
    return int(value) if value == int(value) else value


# "1 1/2", "1-1/2", "1½", "½": a credit written as a fraction (field_notes.py:
# fraction_hours_one_and_a_half). Never a date's "1/2/2025".
_FRACTION = re.compile(
    r"(?<![\w./-])(?:(?P<whole>\d{1,2})(?:\s+|-)?)?(?:(?P<n>[1-9])/(?P<d>[2-8])(?![\w/])|(?P<u>[½¼¾]))"
)
_UNICODE_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def _as_decimal(match: re.Match[str]) -> str:
    whole = int(match["whole"] or 0)
    part = _UNICODE_FRACTIONS[match["u"]] if match["u"] else int(match["n"]) / int(match["d"])
    return f"{whole + part:g}"


def fractions_as_decimals(text: str) -> str:
    """'1 1/2 CPE hours' as '1.5 CPE hours'."""
    return _FRACTION.sub(_as_decimal, text) if "/" in text or re.search("[½¼¾]", text) else text


# A credit stated only in minutes, at NASBA's 50 minutes to the credit: "100 minutes" is
# 2.0, a 20-minute nano program 0.4 (field_notes.py: credit_in_minutes_only,
# nano_twenty_minutes). Not "a 50-minute hour", which says what a credit is.
_MINUTES = re.compile(r"(?<![\w.])(?P<min>\d{1,4})\s*-?\s*min(?:ute)?s?\b(?!\s*hours?\b)", re.I)
_MINUTES_PER_CREDIT = 50
_DURATION = re.compile(r"\d\s*(?:hours?|hrs?)\.?\s+(?:and\s+)?\d{1,2}\s*min", re.I)
_NAMED_CREDIT = re.compile(
    r"(?<![\w.])(?P<num>\d{1,3}(?:\.\d+)?)\s*(?:cpe\s+)?(?:credits?|cpe)\b", re.I
)
OTHER_CREDIT = re.compile(r"\b(?:cle|cfp|irs|cpd|cfe|ctec|cia|cma|pdu|ceus?|afsp)\b", re.I)
# "1.0 per session x 3 sessions = 3.0" (wild4e.py:
# three_session_dates_on_one_line_the_last_completes)
_SUM_OF_PARTS = re.compile(
    r"(?:[+×*]|\sx\s)\s*.*?=\s*(?P<sum>\d{1,3}(?:[.,]\d+)?)(?![\w.])"
    r"|[+].*?(?<![\w.])(?P<total>\d{1,3}(?:[.,]\d+)?)\s+total\b",
    re.I,
)
_CPE_TAGGED = re.compile(
    r"(?<![\w.])(?P<num>\d{1,3}(?:\.\d+)?)\s*(?:hours?\s+|credits?\s+)?cpe\b"
    r"|\bcpe\b\s*(?:credits?|hours?)?\s*[:=(]?\s*(?P<after>\d{1,3}(?:\.\d+)?)(?![\w.])",
    re.I,
)


# "Two and one-half" (field_notes.py: hours_in_words_with_a_half).
_AND_A_HALF = re.compile(
    rf"\b(?P<whole>\d{{1,2}}|{'|'.join(sorted(_WORDS, key=len, reverse=True))})\s+and\s+"
    r"(?:a|one)[\s-]half\b",
    re.I,
)


def _half_more(match: re.Match[str]) -> str:
    whole = match["whole"].lower()
    return f"{(float(whole) if whole.isdigit() else _WORDS[whole]) + 0.5:g}"


def parse_hours(text: str | None) -> int | float | None:
    """The credit a value states: '4.0 CPE credits' -> 4, 'Eight (8.0)' -> 8, '0.2' -> 0.2,
    '1 1/2' -> 1.5, '100 minutes' -> 2."""
    if not text:
        return None
    text = fractions_as_decimals(_AND_A_HALF.sub(_half_more, text))
    # "1.5 CFP / 2.0 CPE / 2.0 IRS": the credit tagged CPE among other bodies' (field_notes.py:
    # several_credit_types_in_one_value).
    if OTHER_CREDIT.search(text):
        tagged = _CPE_TAGGED.search(text)
        if tagged:
            text = tagged.group("num") or tagged.group("after")
    # "1 hour 40 minutes (2.0 CPE credits)": the amount named credit, not the length
    # before it (wild.py: duration_before_the_credit_in_one_value).
    # "1.0 Behavioral Ethics + 2.0 Taxes = 3.0 total CPE": the sum, not its first part
    # (wild4e.py: credits_by_field_added_up_to_a_total_on_one_line).
    elif _SUM_OF_PARTS.search(text):
        total = _SUM_OF_PARTS.search(text)
        text = total.group("sum") or total.group("total")  # type: ignore[union-attr]
    elif _DURATION.search(text):
        credit = _NAMED_CREDIT.search(text)
        if credit:
            text = credit.group("num")
    for match in _HOURS_RE.finditer(text):
        number = (
            float(match["num"].replace(",", "."))
            if match["num"]
            else float(_WORDS[match["word"].lower()])
        )
        if 0 < number <= 500:
            return as_number(number)
    minutes = _MINUTES.search(text)
    if minutes and 0 < int(minutes["min"]) <= 500 * _MINUTES_PER_CREDIT:
        return as_number(round(int(minutes["min"]) / _MINUTES_PER_CREDIT, 1))
    return None


def parse_number(text: str | None) -> int | float | None:
    """A plain number, for a 'number' field that is not the credit."""
    if not text:
        return None
    match = re.search(r"-?\d[\d,]*(?:\.\d+)?|-?\.\d+", text)
    if not match:
        return None
    return as_number(float(match.group().replace(",", "")))


# ---------------------------------------------------------------- delivery method

GROUP_LIVE = "Group Live"
GROUP_INTERNET = "Group Internet Based"
SELF_STUDY = "QAS Self Study"
NANO = "Nano Learning"
BLENDED = "Blended Learning"

# Checked in this order: "on-demand webcast" is self study, "live webinar" is internet based.
_METHOD_WORDS = [
    (NANO, r"nano[\s-]?learning|nano"),
    (BLENDED, r"blended"),
    (SELF_STUDY, r"self[\s-]?study|self[\s-]?paced|on[\s-]?demand|\bqas\b|independent study"),
    (
        GROUP_INTERNET,
        # "intemet": OCR reads "rn" as "m".
        # "Live-streamed" is watched over the internet (wild.py: live_streamed_format).
        r"inte(?:rn|m)et|webinar|webcast|web[\s-]based|virtual|online|zoom|remote|\bgib\b"
        r"|live[\s-]?stream|stream(?:ed|ing)\b"
        # "via Microsoft Teams" (wild3.py: title_with_a_date_and_a_session_number)
        r"|microsoft\s+teams|via\s+teams|webex|goto\s?(?:webinar|meeting)",
    ),
    (
        GROUP_LIVE,
        r"\blive\b|in[\s-]person|classroom|seminar|conference|on[\s-]?site|face[\s-]to"
        # Held at a hotel, a conference centre or on a campus (wild3.py:
        # annual_meeting_sessions_attended_bullets_and_total,
        # university_letter_verifies_week_long_contact_hours)
        r"|\b(?:hotel|resort|marriott|hilton|hyatt|sheraton|westin|campus)\b"
        r"|(?:convention|conference)\s+cent(?:er|re)",
    ),
]
_METHOD_RES = [(name, re.compile(words, re.I)) for name, words in _METHOD_WORDS]

# Phrases specific enough to name the method where no label does.
METHOD_PHRASES = re.compile(
    # "Certificate of Completion - Blended Program" (wild3.py:
    # blended_portions_each_with_credit_and_date)
    # A badge's tag, "[ NANO ]   0.4 CPE" (wild4b.py: nano_badge_with_dots_between_facts)
    r"nano[\s-]?learning|\bnano\b|blended\s+(?:learning|program|course|format|delivery)"
    r"|self[\s-]?study|self[\s-]?paced|on[\s-]demand"
    r"|group internet[\s-]based|webinar|webcast|virtual live|live virtual|live online"
    # (wild2.py: lms_export_credit_types_one_per_row)
    r"|virtual\s+instructor[\s-]led"
    r"|online live|group[\s-]live|in[\s-]person|classroom|live[\s-]?stream\w*"
    # "attended the live seminar" (wild.py: registry_and_state_sponsor_numbers_fifty_minute_hour)
    r"|live\s+(?:seminar|conference|workshop|class|event)"
    # "you attended the seminar ... in Seattle" (wild3.py:
    # signed_letter_quoted_title_with_year_part_and_dash)
    # "your attendance at the seminar" (wild3.py: letter_with_credit_hours_in_digits_and_words)
    r"|(?:attended|attendance\s+at)\s+(?:the|a|an|this|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:seminar|conference|workshop)s?\b"
    # "held virtually on 2 December 2025" (field_notes.py:
    # title_in_quotes_then_held_virtually_sentence)
    # "offered online, live, by ..." (wild3.py:
    # one_fact_per_sentence_with_instructor_and_one_cpe_hour)
    r"|(?:held|attended|presented|delivered|conducted|offered|given)\s+(?:virtually|online)"
    # "The forum was held live at our Columbus office." (wild3.py:
    # letter_signed_on_behalf_of_the_society)
    r"|(?:held|presented|delivered|conducted)\s+live\b(?![\s-]+(?:online|virtual|stream|web|via))"
    # "attending the virtual conference" (field_notes.py:
    # virtual_conference_name_in_capitals_after_attending)
    r"|virtual\s+(?:conference|seminar|event|session|class|program|workshop|summit|forum)"
    # "attended ... virtually via Zoom" (field_notes.py: attended_virtually_via_zoom)
    r"|\bvirtually\b|\bvia\s+(?:zoom|teams|microsoft\s+teams|webex|gotowebinar)\b"
    r"|\b(?:hotel|resort|marriott|hilton|hyatt|sheraton|westin)\b|\bon\s+(?:the\s+)?[\w-]+\s+campus\b"
    r"|(?:convention|conference)\s+cent(?:er|re)"
    # "10:00 AM - 12:00 PM PT (online)" (wild3.py:
    # registration_confirmation_with_a_confirmation_code_and_credits)
    r"|\((?:online|virtual|zoom|webinar)\)",
    re.I,
)


STANDARD_METHODS = frozenset({GROUP_LIVE, GROUP_INTERNET, SELF_STUDY, NANO, BLENDED})


# NASBA's abbreviations, as a whole value: "Method: GL" (wild.py: nasba_method_abbreviations).
_METHOD_CODES = {"GL": GROUP_LIVE, "GIB": GROUP_INTERNET, "QAS": SELF_STUDY, "SS": SELF_STUDY,
                 "QAS SS": SELF_STUDY, "NL": NANO, "BL": BLENDED,
                 # (Virtual) instructor-led training (wild2.py:
                 # dotted_leaders_vilt_and_a_session_time_range)
                 "VILT": GROUP_INTERNET, "ILT": GROUP_LIVE}  # fmt: skip


def delivery_method(text: str | None) -> str | None:
    """The standard delivery method a value names, or None when it names none."""
    if not text:
        return None
    code = _METHOD_CODES.get(" ".join(re.sub(r"[^A-Za-z]+", " ", text).split()))
    if code is not None:
        return code
    for name, pattern in _METHOD_RES:
        if pattern.search(text):
            return name
    return None


# ---------------------------------------------------------------- field of study

# NASBA's fields of study, 2016 revision of the Fields of Study document that the Statement
# on Standards for CPE Programs refers to (in force since 2018): its 20 subject matter areas.
# "Management Services" took over the 2006 list's "Management Advisory Services", and
# "Mathematics" of 2006 is no 2016 field.
NASBA_FIELDS = (
    "Accounting",
    "Accounting (Governmental)",
    "Auditing",
    "Auditing (Governmental)",
    "Behavioral Ethics",
    "Business Law",
    "Business Management & Organization",
    "Communications & Marketing",
    "Computer Software & Applications",
    "Economics",
    "Finance",
    "Information Technology",
    "Management Services",
    "Personal Development",
    "Personnel/Human Resources",
    "Production",
    "Regulatory Ethics",
    "Specialized Knowledge",
    "Statistics",
    "Taxes",
)


# The abbreviations sponsors print in fields of study: "Acctg", "Auditing (Gov't)",
# "Computer Software & Apps", "Bus Mgmt & Org" (wild.py: nano_footer_address_and_phone,
# university_term_range_ceus_beside_hours, lms_export_timestamp_learner_id,
# abbreviated_field_cert_hash).
_ABBREVIATIONS = {
    "acct": "accounting", "acctg": "accounting", "actg": "accounting", "acc": "accounting",
    "aud": "auditing", "govt": "governmental", "gov": "governmental", "govtl": "governmental",
    "bus": "business", "mgmt": "management", "mgt": "management", "org": "organization",
    "comm": "communications", "comms": "communications", "mktg": "marketing",
    "comp": "computer", "apps": "applications", "app": "applications",
    "info": "information", "tech": "technology", "econ": "economics", "fin": "finance",
    "pers": "personal", "dev": "development", "stat": "statistics", "stats": "statistics",
    "spec": "specialized", "reg": "regulatory", "behav": "behavioral", "prod": "production",
}  # fmt: skip


def _key(text: str) -> str:
    text = re.sub(r"[’']", "", text.lower()).replace("&", " and ")
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)


# Variants and the names of earlier revisions, mapped to the 2016 names.
_FIELD_VARIANTS = {
    "Accounting (Governmental)": ["governmental accounting", "government accounting"],
    "Auditing (Governmental)": ["governmental auditing", "government auditing", "yellow book"],
    "Auditing": ["audit", "audit and assurance", "assurance"],
    "Behavioral Ethics": [
        "ethics behavioral",
        "behavioural ethics",
        "ethics behavioural",
        "ethics behavioral ethics",
    ],
    "Business Management & Organization": [
        "business management",
        "business management organization",
        "management and organization",
        "business management and organisation",
    ],
    "Communications & Marketing": ["communications", "communication", "marketing"],
    "Computer Software & Applications": [
        "computer software",
        "computer software applications",
        "computer software and application",
        "software and applications",
    ],
    "Information Technology": ["it", "info tech"],
    "Personnel/Human Resources": [
        "personnel",
        "human resources",
        "personnel hr",
        "hr",
        "personnel and human resources",
    ],
    "Regulatory Ethics": [
        "ethics regulatory",
        "ethics regulatory review",
        "ethics regulatory ethics",
        "state regulatory ethics",
    ],
    "Specialized Knowledge": [
        "specialized knowledge and applications",
        "specialized knowledge and application",
        "specialised knowledge",
    ],
    "Taxes": ["tax", "taxation", "federal tax", "taxes federal"],
}
# Sponsors' short codes for the fields (wild.py: nasba_method_abbreviations).
_FIELD_CODES = {
    "Business Management & Organization": ["bmo", "bm and o"],
    "Communications & Marketing": ["c and m"],
    "Computer Software & Applications": ["cs and a", "csa"],
    "Specialized Knowledge": ["sk"],
    "Personnel/Human Resources": ["p hr"],
    "Behavioral Ethics": ["b eth"],
    "Regulatory Ethics": ["r eth"],
}
for _name, _codes in _FIELD_CODES.items():
    _FIELD_VARIANTS.setdefault(_name, []).extend(_codes)
_NAMES_BY_KEY = {_key(name): name for name in NASBA_FIELDS}
_FIELDS_BY_KEY = {
    _key(variant): name for name, variants in _FIELD_VARIANTS.items() for variant in variants
}


def nasba_field(text: str | None) -> str | None:
    """The NASBA field of study ``text`` names (any case, spacing, punctuation), or None.

    A value printed as one of the 2016 names is kept as printed ("Computer Software
    and Applications" stays so; only text set in one case gets NASBA's capitals); a
    variant or an older name ("Ethics (Regulatory)", "Tax") becomes the 2016 name.
    """
    if not text:
        return None
    key = _key(text)
    name = _NAMES_BY_KEY.get(key)
    if name is not None:
        printed = " ".join(text.split()).strip(" .,;:-–")
        # Kept as printed only when it is NASBA's name, "and" for "&" aside; any other
        # spelling ("AUDITING - GOVERNMENTAL", "information technology") gets NASBA's.
        return printed if printed.replace(" and ", " & ") == name else name
    return _FIELDS_BY_KEY.get(key)


_CREDIT_TAIL = re.compile(
    r"[\s,:;(–-]*\d{1,3}(?:\.\d+)?\s*(?:cpe\s*)?(?:credits?|hours?|hrs?\.?)?\)?$", re.I
)


_BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
_SUBFIELD = re.compile(r"(?:\s*:|\s+[-–])\s+.*$")


def field_of_study(text: str | None) -> str | None:
    """The NASBA name when the value is one ("Taxes - 8.0 hours" is Taxes), else the
    value as written."""
    value = clean_text(text)
    if not value:
        return None
    return (
        nasba_field(value)
        or nasba_field(_CREDIT_TAIL.sub("", value))
        or nasba_field(_FIELD_CODE.sub("", value))
        # "Specialized Knowledge (formerly Specialized Knowledge and Applications)"
        # (field_notes.py: field_with_its_former_name_in_brackets)
        or nasba_field(_BRACKETED_TAIL.sub("", value))
        or _OLDER_BY_KEY.get(_key(value))
        # A field and its part: "Taxes - State and Local" (wild2.py:
        # completed_on_with_seconds_and_utc_offset_field_with_a_subfield)
        or nasba_field(_SUBFIELD.sub("", value))
        # A field and the method after it: "Field of Study: Taxes, QAS Self Study" (wild4d.py:
        # irs_annual_refresher_record_of_completion_with_cpe_beside)
        or nasba_field(_without_a_method_after(value))
        or _fields_named_in_capitals(value)
        or value
    )


def _fields_named_in_capitals(value: str) -> str | None:
    """Several fields a page sets in capitals, each as the sheet spells its name: "ACCOUNTING
    8.0; AUDITING 6.0" is "Accounting 8.0; Auditing 6.0" (wild4d.py:
    state_society_virtual_conference_caps_with_cpe_and_cle_columns)."""
    if not value.isupper():
        return None
    spelled, count = _FIELD_NAME_ANYWHERE.subn(
        lambda name: _FIELD_BY_CAPITALS[name.group().upper()], value
    )
    return spelled if count else None


def _without_a_method_after(value: str) -> str:
    head, comma, tail = value.rpartition(",")
    return head if comma and delivery_method(tail) else value


# A name of the 2006 list that certificates still print, kept as its older name (a sheet
# copies what the certificate says) and spelled out when abbreviated: "Mgmt Advisory
# Services" (field_notes.py: abbreviated_management_advisory_services).
OLDER_FIELDS = ("Management Advisory Services",)
_OLDER_BY_KEY = {_key(name): name for name in OLDER_FIELDS}
# Every field of study a sheet's "Field of Study" may hold as a name: the one home of the
# list (tests/test_extraction_corpus.py checks the corpus's expected rows against it).
FIELD_NAMES = frozenset(NASBA_FIELDS) | frozenset(OLDER_FIELDS)
_FIELD_BY_CAPITALS = {name.upper(): name for name in FIELD_NAMES}
_FIELD_NAME_ANYWHERE = re.compile(
    "|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name in sorted(FIELD_NAMES, key=len)[::-1]),
    re.I,
)


def sheet_field(text: str | None) -> str | None:
    """The field of study ``text`` names, of NASBA's 2016 list or an older name a sheet
    keeps (``OLDER_FIELDS``), or None."""
    return nasba_field(text) or (_OLDER_BY_KEY.get(_key(text)) if text else None)


# A sponsor's code for the field beside its name: "TX - Taxes", "Taxes (TX)" (wild.py:
# field_with_code_prefix_and_sponsoring_firm).
_FIELD_CODE = re.compile(r"^[A-Z]{2,5}\s*[-–:]\s*|\s*\([A-Z]{2,5}\)$")
