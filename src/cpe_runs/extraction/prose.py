"""Read fields that a certificate states in sentences rather than after labels:
"This certifies that Jane Doe has successfully completed <title> on <date> ...".

Each reader returns None rather than guess: only what the wording plainly says.
"""

from __future__ import annotations

import re

from .fields import labelled_values
from .normalize import (
    METHOD_PHRASES,
    clean_text,
    delivery_method,
    find_dates,
    nasba_field,
    parse_hours,
)

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
_NOUN = (
    r"course|program|programme|seminar|webinar|webcast|workshop|conference|session|class"
    r"|event|training|module|panel|symposium"
)
_DESCRIPTOR = (
    r"live|online|on-demand|self-study|self-paced|in-person|group|internet|internet-based"
    r"|virtual|interactive|cpe|qas|nano|recorded|following|annual|blended|learning"
)
_TITLE_CUE = re.compile(
    r"\b(?:completed|attended|participated\s+in|completing|attending|participating\s+in"
    r"|completion\s+of)"
    # "attended 50 minutes of the webinar" (attended_minutes_of_the_webinar_title_below)
    r"(?:\s+\d+\s+(?:minutes|hours)\s+of)?"
    rf"(?:\s+(?:the|a|an)\b)?(?:(?:\s+(?:{_DESCRIPTOR}|(?-i:[a-z][a-z-]*))\b){{0,3}}\s+(?:{_NOUN})\b"
    r"(?:\s+(?:entitled|titled|called|named))?)?\s*[:,-]?\s*",
    re.I,
)
_TITLE_STOP = re.compile(
    rf"\s+(?:on|held)\s+(?=(?:the\s+)?\d|{_MONTH})|,\s*(?={_MONTH}|\d)"
    r"|\s+held\s+(?:on|in|at|from|during|virtually|online)\b"
    r"|,?\s+(?:sponsored|presented|offered|provided|hosted|conducted|delivered|organi[sz]ed)\s+by\b"
    r"|\s+for\s+(?=\d|which\b|a\s+total\b)"
    r"|,?\s+(?:earning|and\s+(?:has|have|is|was|earned|received)\b|with\s+\d|in\s+the\s+field)"
    r"|,\s+(?:a|an|which|held|on|for|presented|sponsored|offered)\s"
    r"|\s*\(|\s+\|\s+|[.!?](?:\s+(?=[A-Z])|\s*$)",
    re.I,
)
_NEXT_LINE_STOP = re.compile(
    r"^\s*(?:on|held|presented|sponsored|offered|provided|hosted|conducted|for|and|earning"
    r"|with|a|an|in|at|dated?|completed|location|which|has|is|was|this|\d)\b",
    re.I,
)
_UNFINISHED = re.compile(r"(?:[:,&-]|\b(?:and|of|for|the|in|to|a|an|with|on))$", re.I)
_NOT_A_TITLE = re.compile(
    r"^(?:the\s+)?(?:following|above|below|(?:program|course)\s+(?:below|above))\b"
    r"|^(?:on|held|dated?|in|at)\b",
    re.I,
)
_QUOTED = re.compile(r"[\"“]([^\"“”]{3,200})[\"”]")
_QUOTE_CUE = re.compile(
    r"(?:complet\w*|attend\w*|participat\w*|join\w*|watch\w*|view\w*|entitled|titled|for"
    r"|course|program|webinar|seminar|session)\W*$",
    re.I,
)
_HEADING_TITLE = re.compile(
    r"^\s*certificate\s+of\s+(?:completion|attendance|achievement|participation)"
    r"\s*(?:\||:|-|–)\s*(.+)$",
    re.I,
)


def _is_label_line(line: str) -> bool:
    return bool(labelled_values([line]))


def _accept_title(title: str | None) -> str | None:
    stop = _TITLE_STOP.search(title or "")
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
    if rest.startswith(('"', "“")):
        joined = " ".join([rest, *(line.strip() for line in lines[index + 1 : index + 4])])
        quoted = _QUOTED.match(joined)
        return clean_text(quoted.group(1)) if quoted else None
    title = rest
    for line in lines[index + 1 : index + 3]:
        if (
            _TITLE_STOP.search(title)
            or not line.strip()
            or _NEXT_LINE_STOP.match(line)
            or _is_label_line(line)
            or not (wrapped or _UNFINISHED.search(title) or line.strip()[:1].islower())
        ):
            break
        title = f"{title} {line.strip()}"
    return _accept_title(title)


def prose_title(lines: list[str]) -> str | None:
    """The title after "has completed", "attended the seminar", "for completion of" ..."""
    joined = " ".join(line.strip() for line in lines)
    for quoted in _QUOTED.finditer(joined):
        if _QUOTE_CUE.search(joined[max(0, quoted.start() - 40) : quoted.start()]):
            return clean_text(quoted.group(1))
    for index, line in enumerate(lines):
        for cue in _TITLE_CUE.finditer(line):
            title = _title_at(lines, index, line[cue.end() : cue.end() + _LONGEST_TITLE].strip())
            if title:
                return title
    for line in lines:
        heading = _HEADING_TITLE.match(line)
        if heading and not delivery_method(heading.group(1)):
            return _accept_title(heading.group(1))
    return _heading_title(lines)


def _heading_title(lines: list[str]) -> str | None:
    """A title set as the heading next to "Certificate of Completion", where no sentence
    names it: a heading that is not the sponsor's name."""
    top = [line.strip() for line in lines if line.strip()][:3]
    for index, line in enumerate(top):
        if not re.match(r"^certificate\s+of\s+\w+$", line, re.I):
            continue
        for neighbour in top[max(0, index - 1) : index] + top[index + 1 : index + 2]:
            if (
                neighbour in _top_lines(lines)
                and not _ORG_WORDS.search(neighbour)
                and not re.search(r"certif|presented|awarded", neighbour, re.I)
            ):
                return _accept_title(neighbour)
    return None


# ---------------------------------------------------------------- sponsor

_ORG_WORDS = re.compile(
    r"\b(?:institute|academy|society|association|cpe|group|learning|education|educational"
    r"|seminars?|llc|inc|llp|university|college|partners|network|forum|center|centre"
    r"|school|training|council|foundation|firm|consulting|advisors|cpas)\b",
    re.I,
)
_NASBA_AFTER = re.compile(r"^\s*(?P<org>[A-Z][^:|]{2,80}?)\s*(?:,|-|–|\|)\s*NASBA\b")
_REGISTERED = re.compile(
    r"(?P<org>[A-Z][\w&.,'’ -]{2,80}?)\s+(?:is|are)\s+(?:also\s+)?(?:a\s+)?"
    r"(?:registered|approved|recognized)\b"
)
_CERTIFIES = re.compile(r"(?:hereby\s+)?(?:certifies|confirms|attests)\s+that\b", re.I)
_BY = re.compile(
    r"\b(?:sponsored|presented|offered|provided|hosted|delivered|organi[sz]ed)(?:\s+\S+){0,3}?"
    r"\s+by\s+(?P<org>[A-Z][^.;|()\n]{2,80})",
    re.I,
)
_ORG_STOP = re.compile(
    r",?\s+(?:on|in|at|for|and|NASBA|National|with|as)\b|,\s+(?!(?:LLC|Inc|LLP|Ltd|PC|P\.C\.)\b)"
)
_NOT_AN_ORG = re.compile(r"^(?:this|it|we|the\s+sponsor|the\s+course|our|you)\b", re.I)


_DATE_LEAD_IN = re.compile(r"(?:[\s,]+(?:on|held(?:\s+on)?|dated|from))*[\s,]*$", re.I)


def clean_sponsor(value: str | None) -> str | None:
    """A sponsor's name without the NASBA number that often follows it."""
    if not value:
        return None
    value = re.split(
        r"[,;(–-]?\s*\b(?:NASBA|National\s+Registry|Registry\s+(?:ID|#|No)"
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
    value = clean_text(value)
    return None if not value or _NOT_AN_ORG.match(value) else value


def prose_sponsor(lines: list[str]) -> str | None:
    """The sponsor named in sentences, NASBA statements or the letterhead."""
    # A sentence wrapped by the layout runs on over the next line (layouts.py:
    # sponsor_sentence_wrapped_into_the_date).
    for line in _paragraphs(lines):
        by = _BY.search(line)
        if by:
            stop = _ORG_STOP.search(by.group("org"))
            return clean_sponsor(by.group("org")[: stop.start()] if stop else by.group("org"))
    for line in lines:
        nasba = _NASBA_AFTER.match(line.strip())
        if nasba and not _is_label_line(nasba.group("org")):
            return clean_sponsor(nasba.group("org"))
    for line in lines:
        for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
            registered = _REGISTERED.match(sentence)
            if registered and clean_sponsor(registered.group("org")):
                return clean_sponsor(registered.group("org"))
    for index, line in enumerate(lines):
        certifies = _CERTIFIES.search(line)
        if not certifies:
            continue
        before = line[: certifies.start()].strip()
        if not before:
            before = next((p.strip() for p in reversed(lines[:index]) if p.strip()), "")
        if before and _ORG_WORDS.search(before) and not re.search(r"certif", before, re.I):
            return clean_sponsor(before)
    for line in _top_lines(lines):
        if _ORG_WORDS.search(line) and not re.search(r"certif|statement|credit", line, re.I):
            return clean_sponsor(line)
    return None


def _paragraphs(lines: list[str]) -> list[str]:
    """Runs of lines with no blank line between them, each joined into one line."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    return [" ".join(paragraph) for paragraph in paragraphs if paragraph]


_SENTENCE = re.compile(r"[.!?]$|\b(?:has|have|is|was|by|to|that|completed|earned)\b", re.I)


def _top_lines(lines: list[str]) -> list[str]:
    """The letterhead: the names heading the page, up to its first sentence or label."""
    top: list[str] = []
    for line in [line.strip() for line in lines if line.strip()][:3]:
        if _SENTENCE.search(line) or _is_label_line(line):
            break
        if len(line.split()) <= 8:
            top.append(line)
    return top


# ---------------------------------------------------------------- hours, field, method, date

_WORD_NUMBERS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen|twenty"
_HOURS_PHRASE = re.compile(
    rf"(?P<val>(?:(?:{_WORD_NUMBERS})\s*\(\s*)?\d{{1,3}}(?:\.\d+)?\s*\)?|\b(?:{_WORD_NUMBERS}))"
    r"\s*(?P<unit>(?:cpe\s+|continuing\s+professional\s+education\s+)?"
    r"(?:credit\s+hours?|credits?|hours?|units?)(?:\s+of\s+(?:cpe\s+)?credit)?)\b",
    re.I,
)


def prose_hours(text: str) -> int | float | None:
    """Credits stated in a sentence: "earning 4.0 CPE credits", "for 3 hours of CPE credit"."""
    best: tuple[int, int | float] | None = None
    previous_end = 0
    for match in _HOURS_PHRASE.finditer(text):
        if not re.search(r"cpe|credit", match.group(), re.I):
            continue
        hours = parse_hours(match.group("val"))
        if hours is None:
            continue
        # Only the words since the previous amount qualify this one.
        before = text[max(previous_end, match.start() - 40) : match.start()].lower()
        previous_end = match.end()
        rank = 2 if "recommend" in before else 4 if re.search(r"earn|award|grant", before) else 3
        if best is None or rank > best[0]:
            best = (rank, hours)
    return best[1] if best else None


_FIELD_CUE = re.compile(
    r"\bin\s+(?:the\s+)?(?:fields?|areas?)\s+of\s+(?:study\s+)?(?:of\s+)?"
    r"|\b(?:credits?|hours?|cpe)\s+in\s+(?:the\s+(?:field|area)\s+of\s+)?"
    r"|\b(?:credits?|hours?)\s*[-–|,:(]\s*",
    re.I,
)


def prose_field(text: str) -> str | None:
    """A NASBA field of study named in a sentence ("4.0 CPE credits in Taxes")."""
    for cue in _FIELD_CUE.finditer(text):
        words = text[cue.end() : cue.end() + 80].split()
        for length in range(min(5, len(words)), 0, -1):
            field = nasba_field(" ".join(words[:length]))
            if field:
                return field
    return None


# "Certificate CPE-24-77120": an identifier (capitals and digits, a digit in it) right
# after the word, with no label (layouts.py: unlabelled_number_after_certificate).
_CERTIFICATE_NUMBER = re.compile(
    r"\b(?i:certificate)\s*(?:#\s*)?(?P<id>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,}[A-Z0-9])(?![\w-])"
)


def prose_number(lines: list[str]) -> str | None:
    """A certificate number printed after the word "Certificate" with no label."""
    for line in lines:
        for match in _CERTIFICATE_NUMBER.finditer(line):
            if not find_dates(match.group("id")):
                return match.group("id")
    return None


_STATEMENT = re.compile(r"registered\s+with|national\s+registry|sponsor\s+of|as\s+a\s+qas", re.I)


def prose_method(lines: list[str]) -> str | None:
    """A delivery method named anywhere but in the sponsor's NASBA statement."""
    for line in lines:
        if _STATEMENT.search(line):
            continue
        phrase = METHOD_PHRASES.search(line)
        if phrase:
            return delivery_method(phrase.group())
    return None


_DATE_CUE = re.compile(r"\b(?:on|held|completed|dated|attended|date|from)\W*(?:the\s+)?$", re.I)
_NOT_COMPLETION = re.compile(r"issue|print|expir|signature|birth|valid", re.I)


def prose_date(text: str, excluded: set[str]) -> str | None:
    """The completion date a sentence gives ("on March 14, 2025"), or the only date there is."""
    candidates = []
    for start, _end, value in find_dates(text):
        before = text[max(0, start - 30) : start]
        if value in excluded or _NOT_COMPLETION.search(before):
            continue
        if _DATE_CUE.search(before):
            return value
        candidates.append(value)
    return candidates[0] if len(set(candidates)) == 1 else None
