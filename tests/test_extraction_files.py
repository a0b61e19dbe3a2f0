"""What the default extractor does with each kind of file, with PDFs holding several
certificates, and with templates other than California's."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from cpe_runs.extraction import ExtractionError, TemplateField, extract_certificates
from cpe_runs.extraction.pdf import pdf_pages

from .certificates import (
    CALIFORNIA_FIELDS,
    CORPUS,
    fields_only,
    image_only_pdf,
    pdf_bytes,
    text_bytes,
)

BY_NAME = {cert.name: cert for cert in CORPUS}
NO_TEXT = "no text found: the PDF's pages are blank or hold nothing legible"


def _extract(data: bytes, content_type: str, filename: str = "certificate", fields=None):
    return fields_only(
        extract_certificates(
            data, filename=filename, content_type=content_type, fields=fields or CALIFORNIA_FIELDS
        )
    )


def test_pdf_page_of_shapes_without_words_fails_with_no_text_found():
    # No text layer, so the page is rendered and read with OCR: bars are no words.
    with pytest.raises(ExtractionError) as raised:
        _extract(image_only_pdf(), "application/pdf", "scan.pdf")
    assert str(raised.value) == NO_TEXT


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", b"this is not a pdf", b""],
    ids=["truncated", "not_a_pdf", "empty"],
)
def test_corrupt_pdf_fails_with_a_clear_error(data: bytes):
    with pytest.raises(ExtractionError, match="corrupt PDF"):
        _extract(data, "application/pdf", "broken.pdf")


def test_pdf_with_a_damaged_tail_fails_as_corrupt_or_reads():
    data = pdf_bytes([BY_NAME["dotted_two_column"].markup])
    try:
        rows = _extract(data[: len(data) // 2], "application/pdf", "half.pdf")
    except ExtractionError as exc:
        assert "corrupt PDF" in str(exc) or str(exc) == NO_TEXT
    else:
        assert len(rows) == 1


@pytest.mark.parametrize(
    ("content_type", "filename"),
    [
        ("image/gif", "scan.gif"),
        ("application/zip", "certificates.zip"),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "c.docx"),
        ("application/octet-stream", "certificate.docx"),
    ],
)
def test_other_file_types_fail_as_unsupported(content_type: str, filename: str):
    with pytest.raises(ExtractionError, match=r"^unsupported file type: "):
        _extract(b"PK\x03\x04 whatever", content_type, filename)


def test_octet_stream_is_read_by_its_extension():
    cert = BY_NAME["webinar_colon_labels"]
    as_text = _extract(text_bytes(cert.markup), "application/octet-stream", "c.txt")
    as_pdf = _extract(pdf_bytes([cert.markup]), "application/octet-stream", "C.PDF")
    assert as_text == as_pdf == [cert.expected]


@pytest.mark.parametrize(
    "content_type", ["text/plain", "text/plain; charset=utf-8", "text/markdown", "TEXT/PLAIN"]
)
def test_any_text_type_is_read_as_text(content_type: str):
    cert = BY_NAME["dotted_two_column"]
    assert _extract(text_bytes(cert.markup), content_type) == [cert.expected]


def test_text_in_windows_encodings_and_line_endings_is_read():
    text = "Course Title: Café Owners' Tax Guide\r\nCPE Hours: 1.5\r\nDate: 03/14/2025\r\n"
    rows = _extract(text.encode("cp1252"), "text/plain")
    assert rows[0]["Course Title"] == "Café Owners' Tax Guide"
    assert rows[0]["CPE Hours"] == 1.5
    utf16 = _extract(text.encode("utf-16"), "text/plain")
    assert utf16 == rows


def test_html_certificate_is_read_as_its_text():
    page = """<html><head><style>td { padding: 4px }</style></head><body>
      <h1>Certificate of
          Completion</h1>
      <p>This certifies that <b>Jane Doe</b> has completed</p>
      <table>
        <tr><td>Course Title</td><td>Leases &amp; Lessees</td></tr>
        <tr><td>CPE Credits Earned</td><td>2.0</td></tr>
        <tr><td>Date Completed</td><td>March 14, 2025</td></tr>
      </table></body></html>"""
    [row] = _extract(page.encode(), "text/html; charset=utf-8", "certificate.html")
    assert (row["Course Title"], row["CPE Hours"], row["Completion Date"]) == (
        "Leases & Lessees",
        2,
        "2025-03-14",
    )


def test_empty_text_file_fails():
    with pytest.raises(ExtractionError, match="empty file"):
        _extract(b"  \n\n", "text/plain")


def test_dates_that_are_not_the_completion_date_are_left_out():
    text = b"Course Title: Leases\nRegistration Date: 02/01/2025\nDate Issued: 03/20/2025\n"
    text += b"Expiration Date: 03/20/2026\n"
    assert _extract(text, "text/plain")[0]["Completion Date"] is None


def test_missing_fields_are_none_and_every_field_is_a_key():
    rows = _extract(b"Certificate of Completion\nCourse Title: Leases\n", "text/plain")
    assert rows == [{field.name: None for field in CALIFORNIA_FIELDS} | {"Course Title": "Leases"}]


def test_a_file_that_states_nothing_still_gives_one_empty_row():
    rows = _extract(b"Thank you for your order.\n", "text/plain")
    assert rows == [{field.name: None for field in CALIFORNIA_FIELDS}]


MULTI = ["dotted_two_column", "one_paragraph_everything", "all_caps_values_below_labels"]


def test_pdf_with_one_certificate_per_page_gives_one_row_each():
    certs = [BY_NAME[name] for name in MULTI]
    rows = _extract(pdf_bytes([cert.markup for cert in certs]), "application/pdf", "three.pdf")
    assert rows == [cert.expected for cert in certs]


def test_page_numbers_of_a_batch_export_do_not_merge_its_certificates():
    certs = [BY_NAME[name] for name in MULTI]
    pages = [f"{cert.markup}\nPage {n} of 3" for n, cert in enumerate(certs, 1)]
    rows = _extract(pdf_bytes(pages), "application/pdf", "batch.pdf")
    assert rows == [cert.expected for cert in certs]


def test_text_with_form_feeds_gives_one_row_per_page():
    certs = [BY_NAME[name] for name in MULTI]
    data = "\f".join(text_bytes(cert.markup).decode() for cert in certs).encode()
    assert _extract(data, "text/plain") == [cert.expected for cert in certs]


def test_page_that_continues_a_certificate_does_not_start_a_row():
    cert = BY_NAME["webinar_colon_labels"]
    terms = """
Terms and Conditions
~ Retain this certificate for at least five years. Credits may be subject to review by \
your state board of accountancy. Complaints regarding registered sponsors may be submitted \
to the National Registry of CPE Sponsors.
"""
    rows = _extract(pdf_bytes([cert.markup, terms]), "application/pdf", "two-pages.pdf")
    assert rows == [cert.expected]


def test_blank_pages_between_certificates_are_skipped():
    first, second = BY_NAME["nano_fifth_credit"], BY_NAME["hours_in_words"]
    rows = _extract(pdf_bytes([first.markup, "\n", second.markup]), "application/pdf", "x.pdf")
    assert rows == [first.expected, second.expected]


def _encrypted_pdf(user_password: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.set_encryption(owner_password="owner", user_password=user_password)
    pdf.cell(text="Course Title: Leases")
    return bytes(pdf.output())


def test_an_indented_section_keeps_its_indent_in_the_pdf_and_under_its_wrap():
    """The corpus's PDFs draw an indented line at its first word's column, wrapped
    under it, as the word-position reader then sees it (render.py)."""
    long_title = "Course: " + " ".join(["Lease Accounting for Lessees and Lessors"] * 4)
    markup = f"Program details\n      {long_title}\n      Date: March 3, 2025\nSponsor: Acme CPE"
    lines = [line for line in pdf_pages(pdf_bytes([markup]))[0].splitlines() if line.strip()]
    assert lines[0].startswith("Program") and lines[-1].startswith("Sponsor:")
    indented = lines[1:-1]
    assert len(indented) >= 3, "the long line wraps"
    assert all(line.startswith("    ") and not line.startswith(" " * 9) for line in indented)


def test_pdf_locked_only_against_editing_is_read():
    fields = CALIFORNIA_FIELDS[:1]
    assert _extract(_encrypted_pdf(""), "application/pdf", fields=fields) == [
        {"Course Title": "Leases"}
    ]


def test_pdf_that_needs_a_password_fails_with_a_clear_error():
    with pytest.raises(ExtractionError, match=r"^encrypted PDF: a password is needed"):
        _extract(_encrypted_pdf("secret"), "application/pdf")


def test_other_states_template_is_filled_by_field_name():
    fields = [
        TemplateField("Program Title", "text", display_order=1),
        TemplateField("Sponsor", "text", display_order=2),
        TemplateField("NASBA Sponsor Number", "text", display_order=3),
        TemplateField("Date Completed", "date", display_order=4),
        TemplateField("Credit Hours", "number", display_order=5),
        TemplateField("Subject Area", "text", display_order=6),
        TemplateField("Participant Name", "text", display_order=7),
        TemplateField("Format", "text", display_order=8),
    ]
    cert = BY_NAME["dotted_two_column"]
    rows = _extract(pdf_bytes([cert.markup]), "application/pdf", fields=fields)
    assert rows == [
        {
            "Program Title": "Fraud Risk Assessment for Small Entities",
            "Sponsor": "Ledgerline Learning Inc.",
            "NASBA Sponsor Number": "112233",
            "Date Completed": "2025-05-06",
            "Credit Hours": 4,
            "Subject Area": "Auditing",
            "Participant Name": "Daniel Okafor",
            "Format": "Group Live",
        }
    ]


@pytest.mark.parametrize(
    ("name", "concept_value"),
    [
        ("Provider", "Ledgerline Learning Inc."),
        ("Course Name", "Fraud Risk Assessment for Small Entities"),
        ("Title of Program", "Fraud Risk Assessment for Small Entities"),
        ("Hours Claimed", 4),
        ("Date of Completion", "2025-05-06"),
        ("Certificate ID", "LL-2025-0456"),
        ("Instructional Delivery Method", "Group Live"),
        ("NASBA Field of Study", "Auditing"),
    ],
)
def test_field_names_are_matched_through_synonyms(name: str, concept_value):
    data_type = "number" if isinstance(concept_value, int) else "text"
    if name.startswith("Date"):
        data_type = "date"
    cert = BY_NAME["dotted_two_column"]
    rows = _extract(text_bytes(cert.markup), "text/plain", fields=[TemplateField(name, data_type)])
    assert rows == [{name: concept_value}]


def test_a_field_no_synonym_knows_is_read_from_its_own_label():
    text = b"Course Title: Leases\nCPA License Number: 123456\nRoom:   Ballroom B\n"
    fields = [TemplateField("Room", "text"), TemplateField("Badge", "text")]
    assert _extract(text, "text/plain", fields=fields) == [{"Room": "Ballroom B", "Badge": None}]


def test_values_take_the_type_the_template_asks_for():
    fields = [
        TemplateField("CPE Hours", "text"),
        TemplateField("Completion Date", "text"),
        TemplateField("Certificate Number", "number"),
    ]
    data = b"CPE Hours: 1.5\nCompletion Date: March 14, 2025\nCertificate No.: 000123\n"
    assert _extract(data, "text/plain", fields=fields) == [
        {"CPE Hours": "1.5", "Completion Date": "2025-03-14", "Certificate Number": 123}
    ]
