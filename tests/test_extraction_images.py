"""Scans and photos: every picture format, TIFF pages, PDFs mixing text and scanned
pages, and bad pictures failing their file with a clear message in bounded time and
memory. OCR takes a second or two a page here, so the OCR cases are few."""

from __future__ import annotations

import io
import struct
import time
import zlib

import pytest
from fpdf import FPDF
from PIL import Image, ImageOps

from cpe_runs.extraction import ExtractionError, extract_certificates, images
from cpe_runs.extraction import ocr as ocr_module
from cpe_runs.extraction.layout import Word, page_lines

from .certificates import CALIFORNIA_FIELDS, CORPUS, fields_only, pdf_bytes
from .certificates.scan import photo_bytes, scan_image, tiff_bytes, webp_bytes

BY_NAME = {cert.name: cert for cert in CORPUS}


def _extract(data: bytes, content_type: str, filename: str = "picture") -> list[dict]:
    return extract_certificates(
        data, filename=filename, content_type=content_type, fields=CALIFORNIA_FIELDS
    )


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header says width x height, with one tiny compressed row after it."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty image"),
        (_png_header_only(20_000, 20_000), "image too large: 400,000,000 pixels"),
        (_png_header_only(9_000, 9_000), "image too large: 9,000 x 9,000 pixels"),
        (_png(Image.new("L", (800, 600), 255))[:120], "corrupt image"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "corrupt image"),
        (_png(Image.new("L", (1700, 1100), 255)), "no text found: the image is blank"),
        (_png(Image.new("L", (8, 8), 0)), "image too small"),
    ],
    ids=["zero_bytes", "20000x20000", "9000x9000", "truncated", "corrupt", "blank", "tiny"],
)
def test_bad_pictures_fail_their_file_fast_with_a_clear_message(data: bytes, message: str):
    start = time.process_time()
    with pytest.raises(ExtractionError, match=message):
        _extract(data, "image/png", "bad.png")
    assert time.process_time() - start < 2.0  # refused before any OCR or large decode


def test_a_pdf_page_that_renders_to_nothing_fails_as_no_text_found():
    pdf = FPDF()
    pdf.add_page()  # nothing drawn
    with pytest.raises(ExtractionError, match="no text found"):
        _extract(bytes(pdf.output()), "application/pdf", "blank.pdf")


def test_without_tesseract_a_picture_fails_naming_the_package(monkeypatch):
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    ocr_module._tesseract.cache_clear()
    try:
        cert = BY_NAME["webinar_colon_labels"]
        with pytest.raises(ExtractionError, match=r"install .*tesseract-ocr tesseract-ocr-eng"):
            _extract(_png(scan_image(cert.markup, "no-ocr")), "image/png")
    finally:
        ocr_module._tesseract.cache_clear()


def test_words_on_one_baseline_keep_their_columns_and_labels():
    """Layout from positions, whatever order the words were drawn in (no OCR needed)."""
    words = [
        Word("Date:", 400, 10, 440, 22),  # right column drawn first
        Word("Title:", 0, 11, 40, 23),
        Word("Ethics", 50, 10, 100, 22),
        Word("2025-03-14", 450, 11, 530, 23),
        Word("Hours:", 0, 40, 48, 52),
        Word("2.0", 300, 40, 324, 52),  # right-aligned value
    ]
    lines = page_lines(words)
    assert lines[0].split() == ["Title:", "Ethics", "Date:", "2025-03-14"]
    assert "  " in lines[0].split("Ethics")[1]  # a column gap, not a word space
    assert lines[-1].startswith("Hours:") and lines[-1].endswith("2.0")
    # Table cells: each value starts under its label's column.
    table = page_lines(
        [
            Word("Credits", 200, 0, 260, 12),
            Word("Date", 0, 0, 40, 12),
            Word("3.0", 200, 20, 224, 32),
            Word("04/22/2025", 0, 20, 80, 32),
        ]
    )
    assert table[0].index("Credits") == table[-1].index("3.0")


@pytest.mark.slow
def test_a_tiff_is_read_page_by_page_and_a_webp_like_a_png():
    first, second = BY_NAME["webinar_colon_labels"], BY_NAME["dotted_two_column"]
    pages = [scan_image(first.markup, "tiff-1"), scan_image(second.markup, "tiff-2")]
    rows = _extract(tiff_bytes(pages), "image/tiff", "batch.tif")
    assert [row["_source"] for row in rows] == ["ocr", "ocr"]
    assert fields_only(rows) == [first.expected, second.expected]
    [row] = fields_only(_extract(webp_bytes(pages[0]), "application/octet-stream", "c.webp"))
    assert row == first.expected


@pytest.mark.slow
def test_a_pdf_with_a_text_page_and_a_scanned_page_reads_both():
    text_cert, scanned_cert = BY_NAME["table_header_row"], BY_NAME["webinar_colon_labels"]
    pdf = FPDF(orientation="L", unit="mm", format="letter")
    # Page 1: a text certificate; page 2: the picture of one (no text layer).
    text_pdf = pdf_bytes([text_cert.markup])
    image = scan_image(scanned_cert.markup, "mixed").convert("RGB")
    pdf.add_page()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf.image(buffer, x=0, y=0, w=pdf.w, h=pdf.h)
    mixed = _merge_pdfs(text_pdf, bytes(pdf.output()))
    rows = _extract(mixed, "application/pdf", "mixed.pdf")
    assert [row["_source"] for row in rows] == ["pdf", "ocr"]
    assert fields_only(rows) == [text_cert.expected, scanned_cert.expected]
    assert all(0 < c <= 1 for c in rows[1]["_confidence"].values())


def _merge_pdfs(*documents: bytes) -> bytes:
    import pypdfium2 as pdfium

    merged = pdfium.PdfDocument.new()
    for data in documents:
        merged.import_pages(pdfium.PdfDocument(data))
    out = io.BytesIO()
    merged.save(out)
    return out.getvalue()


def _photo_page(name: str) -> Image.Image:
    """A tuning certificate's phone photo as the worker decodes it: a JPEG on its side,
    turned upright by its EXIF orientation."""
    cert = BY_NAME[name]
    return ImageOps.exif_transpose(Image.open(io.BytesIO(photo_bytes(cert.markup, cert.name))))


@pytest.mark.slow
def test_words_read_doubtfully_in_black_and_white_are_read_again_in_grey():
    """Binarising a blurred photo thickens strokes and joins specks to words: "1st,"
    reads "lst," (so the date is lost), a certificate number reads at 13 %; the second
    reading, on the grey picture, reads them whole. ("Accounting" lost its "g", read as
    a "9" of its own, until the specks alone on the paper were taken out first.)"""
    binary, gray = images.prepare(_photo_page("business_management_ampersand"))
    first = ocr_module.read_words(binary, min_confidence=0)
    doubtful = {word.text for word in first if word.confidence < images._SURE}
    assert "lst," in doubtful  # the defect the second reading is for
    again = {word.text for word in images.second_reading(gray, first)}
    assert "1st," in again and "lst," not in again
    assert "Accounting" in again

    binary, gray = images.prepare(_photo_page("self_study_iso_sponsor_line"))
    first = ocr_module.read_words(binary, min_confidence=0)
    assert "QL-2025-05-19-7734" not in {word.text for word in first}
    again = images.second_reading(gray, first)
    [number] = [word for word in again if word.text == "QL-2025-05-19-7734"]
    assert number.confidence * 100 >= ocr_module.MIN_WORD_CONFIDENCE  # kept on the page
    # Words read surely the first time keep their reading and their boxes.
    assert all(word in again for word in first if word.confidence >= images._SURE)
    assert len(again) == len(first)


def test_a_box_a_speck_made_taller_is_trimmed_to_its_word():
    """Tesseract joins a speck above or below a word to its box ("Seminars," 169 pixels
    tall in a heading 65 tall; wild.py: registry_and_state_sponsor_numbers_fifty_minute_hour,
    photographed); the dot of an i and a word's own ink stay."""
    from PIL import ImageDraw

    page = Image.new("L", (600, 400), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle([100, 200, 300, 260], fill=0)  # the word's ink, 61 rows
    draw.rectangle([250, 120, 254, 124], fill=0)  # a speck 75 rows above it
    draw.rectangle([150, 188, 154, 192], fill=0)  # a dot just above (an i's)
    draw.rectangle([400, 200, 500, 260], fill=0)  # a word of the same line
    speckled = Word("Seminars,", 100, 120, 300, 260, 0.96)
    plain = Word("Inc.", 400, 200, 500, 260, 0.9)
    small = Word("of", 520, 220, 560, 260, 0.96)
    trimmed = images.trim_specks(page, [speckled, plain, small, small, small])
    assert (trimmed[0].top, trimmed[0].bottom) == (188, 260)
    assert trimmed[0].text == "Seminars," and trimmed[0].confidence == 0.96
    assert trimmed[1:] == [plain, small, small, small]  # boxes of a usual height: as read


def _page_with_text_frame_and_specks() -> Image.Image:
    """A white page with a line of text, a frame round it, a long rule across it and
    dots of grain alone on the paper."""
    from PIL import ImageDraw

    from .certificates.scan import font

    page = Image.new("L", (2400, 1800), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle([60, 60, 2340, 1740], outline=0, width=5)
    draw.text((300, 400), "Field of Study: Taxes.", font=font("DejaVuSans.ttf", 46), fill=0)
    draw.line([300, 900, 2100, 900], fill=0, width=4)
    for x, y in ((700, 1200), (1500, 1400), (2000, 600)):
        draw.ellipse([x - 4, y - 4, x + 4, y + 4], fill=0)
    return page


def _ink(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    """How many dark pixels the picture has in the box."""
    return sum(image.crop(box).point(lambda v: 1 if v < 128 else 0).histogram()[1:])


def test_a_frame_and_long_rules_are_taken_out_and_the_text_kept():
    # wild2.py: number_top_left_and_title_as_the_heading (photographed): the frame read as
    # a line of letters above the heading.
    page = _page_with_text_frame_and_specks()
    clean = images.without_rules(page)
    assert _ink(clean, (0, 0, 2400, 120)) == 0  # the frame's top edge
    assert _ink(clean, (0, 0, 120, 1800)) == 0  # its left edge
    assert _ink(clean, (250, 880, 2150, 920)) == 0  # the rule across the page
    text = (280, 380, 1200, 470)
    assert _ink(clean, text) == _ink(page, text) > 1000  # the words, every dot of them
    # A short rule (a signature's line, a third of the page or less) stays.
    short = Image.new("L", (2400, 1800), 255)
    short.paste(0, (300, 900, 1000, 904))
    assert _ink(images.without_rules(short), (0, 0, 2400, 1800)) == 700 * 4


def test_specks_alone_on_the_paper_are_taken_out_and_a_full_stop_kept():
    # wild3.py: forwarded_email_with_a_later_date_header_and_a_course_date_label
    # (photographed): a dot of grain read as a line "e" between the facts and the sponsor.
    page = images.without_rules(_page_with_text_frame_and_specks())
    clean = images.without_specks(page)
    for x, y in ((700, 1200), (1500, 1400), (2000, 600)):
        assert _ink(page, (x - 10, y - 10, x + 10, y + 10)) > 0
        assert _ink(clean, (x - 10, y - 10, x + 10, y + 10)) == 0
    text = (280, 380, 1200, 470)
    assert _ink(clean, text) == _ink(page, text)  # the full stop after "Taxes" included


def _line_ending(ending: str) -> tuple[Image.Image, Word]:
    """A black-and-white line "Responding to Letters" + `ending`, and the ink-tight box
    of its last word as Tesseract gives it when it leaves the ending out."""
    from PIL import ImageDraw

    from .certificates.scan import font

    face = font("DejaVuSans.ttf", 46)
    page = Image.new("L", (1400, 300), 255)
    draw = ImageDraw.Draw(page)
    draw.text((100, 100), "Responding to Letters" + ending, font=face, fill=0)
    left = 100 + face.getlength("Responding to ")
    _, top, right, bottom = draw.textbbox((left, 100), "Letters", font=face)
    return page, Word("Letters", left, top, right, bottom, 0.96)


def test_a_full_stop_ocr_left_out_at_the_end_of_a_line_is_given_back():
    # wild3.py: one_sentence_per_line_with_colons_inside_the_title (photographed).
    page, word = _line_ending(".")
    assert [w.text for w in images.lost_full_stops(page, [word])] == ["Letters."]
    # A colon, a comma, nothing, or a word after it: no full stop.
    for ending in (":", ",", "", " Due"):
        page, word = _line_ending(ending)
        assert [w.text for w in images.lost_full_stops(page, [word])] == ["Letters"], ending
    # A word read with its stop keeps it as read.
    page, word = _line_ending(".")
    read = Word("Letters.", word.left, word.top, word.right + 12, word.bottom, 0.96)
    assert [w.text for w in images.lost_full_stops(page, [read])] == ["Letters."]
