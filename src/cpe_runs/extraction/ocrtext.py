"""What OCR misreads on a certificate's words, mended where the context shows the misreading.

Tesseract reads a scan or a phone photo letter by letter, and blur, grain and specks
turn a few letters into others: a capital I into "l" or "i" ("lronbridge", "Crescent
Analytics institute"), a narrow word space into none ("Societyof"), a speck beside a
word into punctuation ("Finance.Conference", "Ethics:,") or into a glyph of its own
("°"), one letter of a label into another ("Field af Study:"). Each rule here mends
one such class, only where the words around show what was meant, and marks the word
it changed less sure (``MENDED``): the value read from it is checked by a person first.
Applied to OCR's words only, never to a text layer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from statistics import median

from .labels import OTHER, catalogue_words, concept_of_label
from .layout import OCR_COLUMN_GAP_EMS, Word, group_lines
from .normalize import NASBA_FIELDS, STANDARD_METHODS

# A mended word is this much less sure than Tesseract said: a reading by rule, not by eye.
MENDED = 0.85
# A value read after a label that was itself mended is a little less sure too.
_AFTER_MENDED_LABEL = 0.92
# A gap wider than this many line heights separates cells (as layout reads columns).
_CELL_GAP_EMS = OCR_COLUMN_GAP_EMS
# Glyphs a speck of dust or grain reads as, standing alone (bullets and dashes are kept:
# they shape lines, "Sponsor - Red Rock" and "• Credits: 2").
_SPECK_GLYPHS = frozenset("°º˚¨^'`‘’\"“”,.~_")
# Words written in lower case inside a title or a name ("Ethics and Independence for
# Nonattest Services").
_LOWER_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of",
     "off", "on", "onto", "or", "over", "per", "the", "than", "to", "under", "upon", "via",
     "vs", "with", "within", "without", "through"}
)  # fmt: skip
# Letters whose capital OCR reads small on the tuning scans and photos: a capital I is a
# bar like an l, a J a descending hook like a j (c, o, s ... are told apart by size).
_SIZE_ONLY = frozenset("ij")
# "l" before these opens no English word: it is a capital I ("lronbridge", "lnstitute").
_NOT_AFTER_INITIAL_L = frozenset("bcdfghjkmnpqrstvwxz")
# Function words OCR runs into the word before when the space is narrow: "Societyof",
# "Samplingfor", "confirmsthat". Words that end so themselves are kept: "proof", "roof",
# "thereof", "therefor"; and a short name: "Okafor" (forms.py: dotted_two_column).
_JOINED = re.compile(r"^(?P<word>[A-Za-z]{5,}?)(?P<small>of|for|that)$")
_ENDS_SO = re.compile(r"(?:o|re)$", re.I)
# A speck read between two words as punctuation: "Finance.Conference", "Revenue’Cycle",
# "Education.LLC"; not a web address ("www.example.com", lower case after the dot).
_SPECK_BETWEEN = re.compile(r"^(?P<a>[A-Za-z]{2,})[.’'`](?P<b>[A-Z][A-Za-z]+[,.;:]?)$")
# Two marks where a certificate prints one: "Ethics:," (the second a speck).
_DOUBLE_MARK = re.compile(r"(?<=[A-Za-z0-9])(?P<mark>[:;])[,.'’`]+$")
# Single letters OCR confuses, both ways.
_CONFUSED = [
    ("a", "o"),
    ("a", "e"),
    ("e", "c"),
    ("e", "o"),
    ("i", "l"),
    ("l", "1"),
    ("i", "1"),
    ("f", "t"),
    ("n", "u"),
    ("h", "b"),
    ("s", "5"),
    ("o", "0"),
    ("i", "!"),
    ("l", "!"),
]


def mend_words(words: Sequence[Word]) -> list[Word]:
    """The words of one page as OCR read them, with the misreadings above mended."""
    kept = [word for word in words if not _lone_speck(word, words)]
    out: list[Word] = []
    for line in group_lines(kept):
        line = _leaders(line)
        line = _mend_boxes(line)
        line = _mend_quotes(line)
        line = [_mend_word(word) for word in line]
        line = _mend_dates(line)
        line = _mend_case(line)
        line = _mend_labels(line)
        line = _mend_field_list(line)
        out.extend(line)
    return out


def _changed(word: Word, text: str, factor: float = MENDED) -> Word:
    if text == word.text:
        return word
    return replace(word, text=text, confidence=word.confidence * factor)


def _lone_speck(word: Word, words: Sequence[Word]) -> bool:
    """A speck read as a glyph of its own: nothing but speck glyphs, in a box smaller than
    a letter ("°" above a heading joined "Seminars," to its line and left "Lone Star Tax"
    below; wild.py: registry_and_state_sponsor_numbers_fifty_minute_hour, photographed;
    "Practice Growth Institute °", holdout.py: abbreviated_management_advisory_services,
    scanned)."""
    if not word.text or any(char not in _SPECK_GLYPHS for char in word.text):
        return False
    em = _em(words)
    return word.height < 0.45 * em and (word.right - word.left) < 0.45 * em


@cache
def _em_of(heights: tuple[float, ...]) -> float:
    return median(heights) if heights else 1.0


def _em(words: Sequence[Word]) -> float:
    return _em_of(tuple(word.height for word in words if any(c.isalpha() for c in word.text)))


def _mend_word(word: Word) -> Word:
    """What one word shows of itself: a capital I read as "l" at its start, a speck read
    as punctuation between two words or after a colon, a function word run into it."""
    text = word.text
    # A speck before a capital read as a hyphen: "-CPE Hours" (forms.py: table_header_row,
    # scanned).
    if re.match(r"^[-–—~][A-Z]", text):
        text = text[1:]
    # "lronbridge Fraud Institute", "lronwood" (wild.py: single_spaced_pipe_table,
    # field_notes.py: confirmation_letter_dated_above_the_text, scanned).
    if len(text) > 2 and text[0] == "l" and text[1] in _NOT_AFTER_INITIAL_L:
        text = "I" + text[1:]
    # "CiVIC" (field_notes.py: title_wrapped_over_two_lines_below_its_label, photographed),
    # "IFl" (wild.py: single_spaced_pipe_table, scanned): capitals with a small i or l.
    text = re.sub(r"\b(?=[A-Zil]*[A-Z][A-Zil]*[A-Z])[A-Zil]{3,}\b", lambda m: m.group().upper(),
                  text)  # fmt: skip
    # "Western States Government Finance.Conference" (wild.py: conference_multi_day_dash_dates),
    # "Revenue’Cycle Controls" (field_notes.py: course_name_slash_number_label),
    # "Keystone Tax Education.LLC" (layouts.py: title_with_its_parenthesis), photographed.
    between = _SPECK_BETWEEN.match(text)
    if between and not between.group("a").isupper():
        return _split(word, between.group("a"), between.group("b"))
    # "Professional Ethics:, Doing the Right Thing" (wild.py: behavioral_ethics_long_labels).
    text = _DOUBLE_MARK.sub(lambda m: m.group("mark"), text)
    # "Cascadia Societyof CPAs", "Preparing Statementsof Cash Flows", "Statistical
    # Samplingfor Auditors" (wild.py: live_streamed_format, multiple_fields_of_study;
    # field_notes.py: statistics_minutes_and_credits), "confirmsthat" (prose.py:
    # statement_of_credit_short, scanned).
    joined = _JOINED.match(text)
    if joined and not _ENDS_SO.search(joined.group("word")) and joined.group("word")[-1].islower():
        return _split(word, joined.group("word"), joined.group("small"))
    # A date's closing speck: "Completed 06/12/25”" (wild.py: pipe_row_with_two_digit_year,
    # photographed).
    # Not a quotation's close: 'Under SQMS 1"' (wild.py:
    # awarded_on_date_before_name_and_tracking_hash).
    if _DATE_SPECK.match(text):
        text = text.rstrip("\"”’'`")
    # A range's dash read as a degree sign: "June 16°18, 2025" (wild3.py:
    # conference_credits_by_track_and_a_total, photographed).
    text = re.sub(r"(?<=\d)[°º˚](?=\d)", "-", text)
    return _changed(word, _domain_word(text))


_WORD = re.compile(r"^(?P<core>[A-Za-z]{5,})(?P<tail>[,.;:]?)$")


_DATE_SPECK = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}[\"”’'`]+$")


def _domain_word(text: str) -> str:
    """A word of a certificate's own vocabulary (its labels' words, the NASBA fields and
    delivery methods) with "rn" read as "m": "Stonegate
    Professional Leaming", "Group Intemet Based" (field_notes.py:
    participants_firm_beside_the_name_sponsor_in_the_statement, wild.py:
    ascii_grid_table; photographed). Not a letter confused for another: "Quantify" is
    one letter from "quantity" (wild.py: asterisk_bullets_and_dash_separators)."""
    vocabulary = domain_vocabulary()
    # A speck over a letter read as its accent, on it or on the letter it was: "Acéounting"
    # (wild2.py: two_credits_lines_cpe_for_the_program_and_ethics_part, photographed).
    accented = [n for n, char in enumerate(text) if not char.isascii()]
    if len(accented) == 1:
        n = accented[0]
        base = unicodedata.normalize("NFKD", text[n])[:1].lower()
        letters = (
            {base} | {b for a, b in _CONFUSED if a == base} | {a for a, b in _CONFUSED if b == base}
        )
        found = set()
        for letter in letters:
            letter = letter.upper() if text[n].isupper() else letter
            plain = text[:n] + letter + text[n + 1 :]
            folded = _WORD.match(plain)
            if folded and folded.group("core").lower() in vocabulary:
                found.add(plain)
        if len(found) == 1:
            text = found.pop()
    match = _WORD.match(text)
    if not match:
        return text
    core = match.group("core")
    lowered = core.lower()
    if lowered in vocabulary:
        return text
    candidates = {
        lowered[:n] + "rn" + lowered[n + 1 :] for n, char in enumerate(lowered) if char == "m"
    }
    found = candidates & vocabulary
    if len(found) != 1:
        return text
    return _same_case(found.pop(), core) + match.group("tail")


def _split(word: Word, first: str, second: str) -> Word:
    """One box read as two words: kept as one Word whose text holds the space (the layout
    keeps a word's text as it is)."""
    return _changed(word, f"{first} {second}")


def _mend_case(line: list[Word]) -> list[Word]:
    """A capital I or J read small inside a name or a title: "Crescent Analytics
    institute", "Audit Data Analytics - journal Entry Testing" (wild.py:
    blended_bare_certificate_label, firm_in_house_employee_id_virtual_classroom;
    photographed), also where a sentence holds the name: "in the course Multistate income
    Tax Apportionment", "issued by Tri-Valley Payroll institute in accordance with"
    (field_notes.py: completed_hours_of_cpe_in_the_course,
    capital_labels_in_boxes_values_below_in_three_columns; photographed). Only where the
    word before is capitalised and the word after is too, or a word a title keeps small
    ("in", "and", "of"), or nothing; or where the line's every other word is capitalised."""
    words = [word.text for word in line]
    content = [n for n, text in enumerate(words) if _is_content(text)]
    small = [n for n in content if words[n][0].islower()]
    out = list(line)
    for n in small:
        # A sentence's full stop or comma may close the name: "... Finance institute."
        # (wild3.py: one_sentence_per_fact_contact_hours, photographed).
        text = words[n].rstrip(".,;:")
        if (
            text[0] not in _SIZE_ONLY
            or len(text) < 4
            or not text.isalpha()
            or not text[1:].islower()
        ):
            continue
        before = [k for k in content if k < n]
        after = words[n + 1] if n + 1 < len(words) else None
        capital_before = bool(before) and before[-1] == n - 1 and _capitalised(words[n - 1])
        capital_after = (
            after is None or _capitalised(after) or after.strip(",.").lower() in _LOWER_WORDS
        )
        title_line = len(small) == 1 and len(content) >= 3
        if (capital_before and capital_after) or title_line:
            out[n] = _changed(line[n], words[n][0].upper() + words[n][1:])
    return out


def _capitalised(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit()


def _is_content(text: str) -> bool:
    letters = text.strip("\"'“”‘’,.:;()-–—&/")
    return bool(letters) and letters[0].isalnum() and letters.lower() not in _LOWER_WORDS


# A check box's pieces as OCR reads them on a photo: its brackets as braces or parentheses
# ("{x]", "{)", "{" "}"), a speck after it as a mark ("[x].", "( )-"), the tick inside.
_BOX_PIECE = re.compile(r"^(?P<core>[\[{(]?[xX✓✔*]?[\]})]?)[.,:;-]*$")
_OPENERS, _CLOSERS, _TICKS = "[{(", "]})", "xX✓✔*"


def _mend_boxes(line: list[Word]) -> list[Word]:
    """A row of check boxes as it was printed, where OCR read its brackets as others:
    "Method: { } Group Live {x] Group Internet Based [ ] Self Study", "{x} Taxes {)
    Accounting", "Field: [x]. Accounting { ] Auditing { Taxes", "Group Live { )- ...
    Self-Study ()." (wild3.py: lower_case_x_boxes_and_a_yes_no_row,
    check_boxes_in_a_two_by_two_grid, options_with_their_boxes_after_them,
    spaced_capital_x_in_brackets; photographed). Only in a row holding two boxes or
    more, so that a lone brace or parenthesis elsewhere is left as read. Braces are
    never printed as a box: a box with one is given square brackets; a box that lost
    its closing bracket gets it back ("{ Taxes" is "[ ] Taxes")."""
    pieces = [n for n, word in enumerate(line) if _is_box_piece(word.text)]
    boxes = sum(1 for n in pieces if any(c in _OPENERS for c in line[n].text))
    if boxes < 2:
        return line
    out = list(line)
    for k, n in enumerate(pieces):
        core = _BOX_PIECE.match(line[n].text).group("core")  # type: ignore[union-attr]
        square = "{" in core or "}" in core or "[" in core or "]" in core
        opens, closes = core[:1] in _OPENERS, core[-1:] in _CLOSERS
        tick = "".join(c for c in core if c in _TICKS)
        if opens and not closes:
            # The rest of the box in the next words: "{" "X" "]", "(" ")".
            rest = [m for m in pieces[k + 1 : k + 3] if m - n <= 2]
            if not any(line[m].text[-1:] in _CLOSERS or
                       _BOX_PIECE.match(line[m].text).group("core")[-1:] in _CLOSERS  # type: ignore[union-attr]
                       for m in rest):  # fmt: skip
                closes = True  # the closing bracket was lost
            elif not tick:
                out[n] = _changed(line[n], "[" if square or core == "{" else core)
                continue
        if not opens and closes and not tick:
            before = pieces[k - 1] if k else None
            opener = line[before].text[:1] if before is not None and before >= n - 2 else ""
            square = square or opener in "[{"
            out[n] = _changed(line[n], "]" if square else ")")
            continue
        if not opens:
            continue
        left, right = ("[", "]") if square else ("(", ")")
        out[n] = _changed(line[n], f"{left}{tick or ' '}{right}" if closes else f"{left}{tick}")
    return out


def _is_box_piece(text: str) -> bool:
    match = _BOX_PIECE.match(text)
    return match is not None and any(c in _OPENERS + _CLOSERS for c in match.group("core"))


def _mend_quotes(line: list[Word]) -> list[Word]:
    """Quotation marks OCR read as a pair of two kinds, a curly one opening and a
    straight one closing or the other way: 'Beyond “Going Concern": Auditor Judgments'
    (wild3.py: credit_hours_fifty_minute_label_and_nasba_cpe_credits_label,
    photographed). A certificate prints its quotes alike; the pair is given straight
    quotes, as typed."""
    text = " ".join(word.text for word in line)
    if not re.search(r"[“”]", text) or '"' not in text:
        return line
    return [_changed(word, re.sub(r"[“”]", '"', word.text)) for word in line]


# What a colon reads as when a speck joins it (never a full stop: "Cert. No.").
_COLON_READ_AS = frozenset(";’'`")
# Dotted leaders between a label and its value, read as letters the dots resemble ("eee
# ee", "oo", "wee"), in boxes lower than a letter and read unsurely.
# (Never a dash: " - " parts a line, "1.5 CPE Credits - Information Technology"; field_notes.py:
# successful_completion_of_the_course_on.)
_LEADER = re.compile(r"^[eoacw.,:;•·]{2,}$")
_LEADER_CONFIDENCE = 0.5


def _leaders(line: list[Word]) -> list[Word]:
    """Dotted leaders read as small letters, given back as the dots they are, one run of
    them as one word: "Program Sponsor eee eee ee ee  Ledgerline Learning Inc." (forms.py:
    dotted_two_column, scanned) reads "Program Sponsor ....  Ledgerline Learning Inc."."""
    if not line:
        return line
    em = median(word.height for word in line)
    out: list[Word] = []
    for word in line:
        leader = (
            _LEADER.match(word.text) is not None
            and word.text != "we"
            and word.confidence < _LEADER_CONFIDENCE
            and word.height < 0.85 * em
        )
        if not leader:
            out.append(word)
        elif out and out[-1].text.startswith("...."):
            last = out[-1]
            out[-1] = replace(last, right=word.right, top=min(last.top, word.top),
                              bottom=max(last.bottom, word.bottom))  # fmt: skip
        else:
            out.append(replace(word, text="." * 8))
    return out


_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_ABBREVIATIONS = {month[:3] for month in _MONTHS}
# A number's digits read as letters of their shape: "2O25", "l0/02/2025".
_DIGIT_LOOKALIKES = str.maketrans("OoIl|", "00111")
_NUMBERLIKE = re.compile(r"^(?=(?:\D*\d){2})[\dOoIl|/.,:-]+$")


def _is_month(text: str) -> bool:
    word = text.strip(".,").lower()
    return word in _MONTHS or word in _MONTH_ABBREVIATIONS


def _mend_dates(line: list[Word]) -> list[Word]:
    """Dates as OCR breaks them: a month with one confused letter ("Octaber 2, 2025"),
    a day's digits read as letters ("December Ist, 2024") or split apart ("February 1 1,
    2025", "3/ 14/25"), a year's zero read as O (field_notes.py:
    labels_right_of_a_wide_left_column; forms.py: business_management_ampersand; prose.py:
    two_digit_year_in_a_sentence; field_notes.py: statistics_minutes_and_credits;
    scanned)."""
    out = list(line)
    for n, word in enumerate(out):
        text = word.text
        before = out[n - 1].text if n else ""
        after = out[n + 1].text if n + 1 < len(out) else ""
        near_number = any(c.isdigit() for c in before + after)
        core = text.strip(".,").lower()
        if near_number and len(core) >= 4 and not _is_month(core):
            months = {c for c in _one_letter_confused(core) if c in _MONTHS}
            if len(months) == 1:
                month = months.pop()
                out[n] = _changed(word, text.lower().replace(core, month).capitalize())
                continue
        if _is_month(before) or _is_month(after):
            ordinal = re.fullmatch(r"[Il|](st|th)(\W?)", text)
            if ordinal:
                out[n] = _changed(word, "1" + ordinal.group(1) + ordinal.group(2))
                continue
        if _NUMBERLIKE.match(text) and re.search("[OoIl|]", text):
            out[n] = _changed(word, text.translate(_DIGIT_LOOKALIKES))
    joined: list[Word] = []
    for word in out:
        if joined and _halves_of_a_date(joined, word):
            last = joined.pop()
            word = replace(
                last,
                text=last.text + word.text,
                right=word.right,
                top=min(last.top, word.top),
                bottom=max(last.bottom, word.bottom),
                confidence=min(last.confidence, word.confidence) * MENDED,
            )
        joined.append(word)
    return joined


def _halves_of_a_date(before: list[Word], word: Word) -> bool:
    """Whether ``word`` continues the last word of ``before`` as one date: "3/" "14/25",
    or a day after its month split in two, "February" "1" "1,"."""
    last = before[-1].text
    if re.fullmatch(r"\d{1,4}[/.-]", last) and re.match(r"\d", word.text):
        return True
    return (
        len(before) >= 2
        and _is_month(before[-2].text)
        and re.fullmatch(r"\d", last) is not None
        and re.fullmatch(r"\d,", word.text) is not None
    )


def _mend_labels(line: list[Word]) -> list[Word]:
    """A label with one letter misread, at the start of a cell and before its colon: "Field
    af Study:", "Fiald of Study:", "Field” of Study:" (wild.py: date_range_same_month,
    field_with_code_prefix_and_sponsoring_firm,
    registry_and_state_sponsor_numbers_fifty_minute_hour; photographed). Mended only where
    the mended words are a label the rules know and the words as read are not; the value
    after it is marked a little less sure."""
    if not line:
        return line
    em = median(word.height for word in line)
    out = list(line)
    start = 0
    for n, word in enumerate(line):
        if n > start and (
            word.left - line[n - 1].right > _CELL_GAP_EMS * em or line[n - 1].text == "|"
        ):
            start = n  # a new cell
        if n - start > 4 or word.text == "|":
            continue
        run = [w.text for w in line[start : n + 1]]
        mark = ":"
        if word.text.endswith(":"):
            run[-1] = run[-1][:-1]
            if concept_of_label(" ".join(run)) is not None:
                continue
        elif (
            word.text[-1:] in _COLON_READ_AS
            and n + 1 < len(line)
            and line[n + 1].left - word.right <= _CELL_GAP_EMS * em
            and concept_of_label(" ".join(run)) is None
        ):
            # A colon read as a mark a speck makes of it: "Sponsor’ Spreadsheet Skills
            # Institute" (field_notes.py: self_study_with_date_passed_and_enrollment_id,
            # photographed).
            run[-1] = run[-1][:-1]
        elif (
            start > 0
            and line[start - 1].text == "|"
            and n + 1 < len(line)
            and (line[n + 1].text == "|" or line[n + 1].left - word.right > _CELL_GAP_EMS * em)
            and concept_of_label(" ".join(run)) is None
        ):
            # A label a whole cell holds, a table's value in the next: "| Certificate 1D |",
            # "| Record Number. |" (wild.py: ascii_grid_table, pipe_table_label_value_cells;
            # photographed).
            mark = ""
        else:
            continue
        mended = [_label_word(text) for text in run]
        label = concept_of_label(" ".join(mended))
        if (
            label is None
            or (mended == run and word.text.endswith(":"))
            # A bordered cell is mended only to a label of a field the rules read: a value
            # may be one letter from one of the others ("Quantify", "Quantity").
            or (not mark and label.concept == OTHER)
        ):
            continue
        for k, text in enumerate(mended):
            index = start + k
            out[index] = _changed(line[index], text + (mark if index == n else ""))
        after = start + len(run)
        while after < len(line) and (
            not mark or line[after].left - line[after - 1].right <= _CELL_GAP_EMS * em
        ):
            if not mark and after > start + len(run) + 3:
                break  # a table's value: the next cell's words
            out[after] = replace(
                line[after], confidence=line[after].confidence * _AFTER_MENDED_LABEL
            )
            after += 1
    return out


def _mend_field_list(line: list[Word]) -> list[Word]:
    """A list of fields of study whose semicolons OCR read as colons or lost: "Fields of
    study: Accounting Auditing: Behavioral Ethics", "Taxes; Accounting: Auditing"
    (wild3.py: conference_total_in_words_and_digits, conference_credits_by_track_and_a_total;
    photographed). A colon between two fields' names is a semicolon (a field is never a
    label); then, where a semicolon parts two of the list's names, a name followed by
    another with no mark at all gets one too. A list printed with commas or "and" is left
    alone."""
    texts = [word.text for word in line]
    names = _field_names(texts)
    starts = {start for start, _ in names}
    ends = [end for _, end in names if end + 1 in starts]
    if not ends:
        return line
    out = list(line)
    for end in ends:
        if texts[end].endswith(":"):
            texts[end] = texts[end][:-1] + ";"
    if any(texts[end].endswith(";") for end in ends):
        for end in ends:
            if texts[end][-1:].isalpha() or texts[end].endswith(")"):
                texts[end] += ";"
    return [_changed(word, text) for word, text in zip(out, texts, strict=True)]


def _field_names(texts: list[str]) -> list[tuple[int, int]]:
    """Where NASBA fields of study stand among a line's words, longest name first."""
    fields = sorted((name.lower().split() for name in NASBA_FIELDS), key=len, reverse=True)
    found: list[tuple[int, int]] = []
    n = 0
    while n < len(texts):
        for name in fields:
            words = [text.strip(",.;:").lower() for text in texts[n : n + len(name)]]
            if words == name:
                found.append((n, n + len(name) - 1))
                n += len(name)
                break
        else:
            n += 1
    return found


def _label_word(text: str) -> str:
    """The label word ``text`` was read from: itself, without a speck at its edge, or the
    one word of the labels' vocabulary a single confused letter away."""
    vocabulary = label_vocabulary()
    core = text.strip("\"'“”‘’,.`")
    if not core:
        return text
    if core.lower() in vocabulary:
        return core
    candidates = {
        candidate for candidate in _one_letter_confused(core.lower()) if candidate in vocabulary
    }
    if len(candidates) != 1:
        return text
    [found] = candidates
    return _same_case(found, core)


def _one_letter_confused(text: str) -> set[str]:
    out: set[str] = set()
    for n, char in enumerate(text):
        for a, b in _CONFUSED:
            for this, that in ((a, b), (b, a)):
                if char == this:
                    out.add(text[:n] + that + text[n + 1 :])
    return out


def _same_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@cache
def domain_vocabulary() -> frozenset[str]:
    """The labels' words, and the words of the NASBA fields and delivery methods."""
    words = {
        word.lower()
        for name in (*NASBA_FIELDS, *STANDARD_METHODS)
        for word in re.findall(r"[A-Za-z]{3,}", name)
    }
    return label_vocabulary() | words


@cache
def label_vocabulary() -> frozenset[str]:
    """Every word of every label the rules know ("field", "of", "study", "sponsor" ...)."""
    return frozenset(catalogue_words())
