"""summary.pdf on its own: a list of certificates that spans pages with its headings
atop each, and, on a machine without its Unicode font, text in the core fonts'
characters (tests/test_api_compliance.py checks names outside Latin-1 through HTTP)."""

from __future__ import annotations

import datetime
import io
import logging

from pypdf import PdfReader

from cpe_runs import summarypdf
from cpe_runs.compliance import Requirement, Summary
from cpe_runs.summarypdf import CertificateLine, latin1, summary_pdf

SUMMARY = Summary(
    certificates=150,
    total_hours=150,
    ethics_hours=4,
    hours_by_field={"Taxes": 146, "Regulatory Ethics": 4},
    requirement=Requirement(datetime.date(2025, 1, 1), datetime.date(2026, 12, 31), 80, 4),
    period_hours=150,
    period_ethics_hours=4,
    remaining_hours=0,
    remaining_ethics_hours=0,
    days_left=30,
    uncounted_rows=0,
)


def test_latin1_keeps_what_the_font_has_and_folds_or_marks_the_rest():
    assert latin1("Zoë’s “quoted” — course…") == 'Zoë\'s "quoted" - course...'
    assert latin1("ﬁnance") == "finance"  # a ligature, folded
    assert latin1("中文") == "??"
    # Control and format characters go: a bidi override would reorder the text.
    assert latin1("a\x00b\u202ec\td") == "abcd"


def test_a_long_list_spans_pages_with_its_headings_and_cuts_long_cells():
    long_name = "a certificate whose file name goes on and on " * 3
    lines = [
        CertificateLine(n, f"Course {n}", datetime.date(2025, 3, 3), 1, "Taxes", True,
                        f"certificates/{n:03d} {long_name}.pdf")
        for n in range(1, 151)
    ]  # fmt: skip
    pages = PdfReader(
        io.BytesIO(
            summary_pdf("Sheet", "Guam", SUMMARY, lines, datetime.datetime.now(datetime.UTC))
        )
    ).pages
    assert len(pages) >= 3
    texts = [page.extract_text() for page in pages]
    assert "Jurisdiction Guam" in texts[0]
    for text in texts[1:]:
        assert text.startswith("Row Completed Hours Period Field of study Course Certificate")
    everything = "\n".join(texts)
    for n in (1, 75, 150):
        assert f"Course {n} " in everything
        assert f"{n:03d} a certificate whose file" in everything
    assert long_name.strip() not in everything and "..." in everything


def test_without_its_unicode_font_the_pdf_is_written_in_latin1_and_says_what_to_install(
    monkeypatch, scratch_path, caplog
):
    monkeypatch.setattr(summarypdf, "FONT_ROOTS", (scratch_path,))
    for cached in (summarypdf.font_file, summarypdf._warn_once):
        monkeypatch.setattr(summarypdf, cached.__name__, cached.__wrapped__)
    lines = [CertificateLine(1, "Zoë Łukasiewicz 山田", None, 1, "Taxes", True, None)]
    with caplog.at_level(logging.WARNING, logger="cpe_runs.summarypdf"):
        pdf = summary_pdf("Zoë", "Guam", SUMMARY, lines, datetime.datetime.now(datetime.UTC))
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Zoë ?ukasiewicz ??" in text
    assert "fonts-dejavu-core" in caplog.text
