"""Extraction stays linear and bounded on hostile files (issue 15, part 3): 1 MiB of
pathological text, pages just under the per-page bound, a PDF of 200,000 tiny text
operations. Each finishes in well under a second of CPU and fails, where it fails,
with a message that names the bound.

CPU time (not wall time) is measured, so a busy machine does not fail the test."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zlib

import pytest

from cpe_runs.extraction import ExtractionError, extract_certificates, limits

from .certificates import CALIFORNIA_FIELDS

MIB = 1 << 20


def _repeat(unit: bytes, size: int) -> bytes:
    return (unit * (size // len(unit) + 1))[:size]


# Each stresses a different reader: the label scanner, dates, hours, titles in quotes,
# sponsors after "by", nested parentheses, a single huge line, and HTML markup.
PATHOLOGICAL = {
    "quotes": b'"',
    "spaces_and_a_word": b"                x",
    "digits": b"1",
    "course_labels": b"Course: ",
    "date_labels": b"Date: ",
    "labels_alone_on_lines": b"Course Title\n",
    "dotted_leaders": b".",
    "dates": b"03/14/2025 ",
    "hours": b"1.5 CPE credits ",
    "quoted_title_cues": b'completed "',
    "sponsored_by": b"sponsored by Acme Institute ",
    "one_huge_sentence": b"This certifies that Jane has completed the course on March 14, 2025 ",
    "tabs_between_labels": b"Course\tTitle\t",
    "capitals": b"ACME INSTITUTE OF CPE ",
    # Delimited rows, copyright lines, check boxes and blanks before a label.
    "commas": b"a, ",
    "bars": b"| a ",
    "copyright_marks": b"(c) ",
    "ticked_boxes": b"[X] a ",
    "list_markers": b"1. ",
}


def _nested_parentheses(size: int) -> bytes:
    return b"(" * (size // 2) + b")" * (size // 2)


def _extract(data: bytes, content_type: str = "text/plain") -> list[dict]:
    return extract_certificates(
        data, filename="hostile", content_type=content_type, fields=CALIFORNIA_FIELDS
    )


def _cpu_seconds(data: bytes, content_type: str = "text/plain") -> tuple[float, str]:
    start = time.process_time()
    try:
        _extract(data, content_type)
        outcome = "read"
    except ExtractionError as exc:
        outcome = str(exc)
    return time.process_time() - start, outcome


@pytest.mark.parametrize("unit", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_a_mebibyte_of_pathological_text_fails_fast_naming_the_bound(unit: bytes):
    seconds, outcome = _cpu_seconds(_repeat(unit, MIB))
    assert seconds < 1.0, f"{seconds:.2f} s"
    assert "at most" in outcome and "are read" in outcome, outcome


def test_a_mebibyte_of_nested_parentheses_and_of_html_fail_fast():
    for data, content_type in [
        (_nested_parentheses(MIB), "text/plain"),
        (_repeat(b"<td><p>Course: x</td>", MIB), "text/html"),
        (_repeat(b"\x0cCourse: x", MIB), "text/plain"),  # a million tiny pages
    ]:
        seconds, outcome = _cpu_seconds(data, content_type)
        assert seconds < 1.0, f"{content_type} {seconds:.2f} s"
        assert "are read" in outcome, outcome


@pytest.mark.parametrize(
    "unit", [*PATHOLOGICAL.values(), b"(", b"<script"], ids=[*PATHOLOGICAL.keys(), "paren", "html"]
)
def test_a_page_just_under_the_bound_is_read_in_linear_time(unit: bytes):
    """Under the bounds the readers run in full: their cost must stay small per character."""
    content_type = "text/html" if unit == b"<script" else "text/plain"
    seconds, outcome = _cpu_seconds(_repeat(unit, limits.MAX_PAGE_CHARS - 1), content_type)
    assert seconds < 1.0, f"{seconds:.2f} s ({outcome})"


def hostile_pdf(operations: int) -> bytes:
    """A small PDF whose one page draws a one-letter text object `operations` times."""
    content = b"".join(
        b"BT /F1 1 Tf %d %d Td (a) Tj ET\n" % (i % 600, (i // 600) % 780) for i in range(operations)
    )
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


_MEASURE = """
import json, resource, sys, time
from cpe_runs.extraction import ExtractionError, extract_certificates
data = sys.stdin.buffer.read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.process_time()
try:
    extract_certificates(data, filename="ops.pdf", content_type="application/pdf", fields=[])
    outcome = "read"
except ExtractionError as exc:
    outcome = str(exc)
growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
print(json.dumps({"cpu": time.process_time() - start, "outcome": outcome, "growth_mib": growth}))
"""


def test_a_pdf_of_200000_tiny_text_operations_fails_fast_in_bounded_memory():
    data = hostile_pdf(200_000)
    assert len(data) < 600_000  # as small as the one that took 124 s and 444 MiB
    # In a process of its own, so that its peak memory is its own.
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE], input=data, capture_output=True, check=True, timeout=60
    )
    measured = json.loads(done.stdout)
    assert "200,000 drawing operations" in measured["outcome"]
    assert measured["cpu"] < 1.0, measured
    assert measured["growth_mib"] < 160, measured


def test_a_pdf_page_with_many_characters_fails_naming_the_bound(monkeypatch):
    monkeypatch.setattr(limits, "MAX_PAGE_CHARS", 500)
    with pytest.raises(ExtractionError, match=r"page 1 holds 2,000 characters.*are read"):
        _extract(hostile_pdf(1_000), "application/pdf")
