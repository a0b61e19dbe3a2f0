"""Issue 7 end to end: real certificates uploaded through the API to a California sheet
on a live `cpe-runs serve --workers 2` with the default extractor, started, and the
rows read back through the API with their values normalised.

The certificates are the corpus's (tests/certificates), written the ways sponsors
write them: a text file, a PDF, a ZIP holding a PDF, a PDF of three certificates
(one a certificate that states no date, hours or number), a scanned PNG and a phone
photo (JPEG) read with OCR, and a scanned page of shapes without a word.
Completion is watched through the API only.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from .apiclient import ApiUser, zip_of
from .certificates import CORPUS, image_only_pdf, pdf_bytes, text_bytes
from .certificates.scan import photo_bytes, scan_bytes
from .factories import make_token, state_template_id
from .live import start_live_server, wait_until

pytestmark = pytest.mark.slow

BY_NAME = {cert.name: cert for cert in CORPUS}
NO_TEXT = "no text found: the PDF's pages are blank or hold nothing legible"
TERMINAL = {"completed", "partially_completed", "failed", "cancelled"}
# Two cores shared with the whole suite: generous, and only the bound of a wait.
EXTRACTION_SECONDS = 180

# "14-Mar-2025", "Taxation", "Self-study (QAS)": normalised to ISO, NASBA, standard names.
TEXT_CERT = BY_NAME["self_study_dd_mon_yyyy"]
# "Jan. 9, 2025", a fifth of a credit, "Tax", "Nano".
PDF_CERT = BY_NAME["nano_fifth_credit"]
# "05/06/2025", "Recommended CPE Credit 4.0", dotted leaders.
ZIPPED_CERT = BY_NAME["dotted_two_column"]
# Prose ("This is to certify ... earning 4.0 CPE credits"), an all-caps form with
# "LIVE WEBCAST", and a certificate that states no date, hours or number.
# Read with OCR: a 300 dpi scan (PNG) and a phone photo (JPEG stored on its side, EXIF
# orientation, shadow, tilt, blur).
SCAN_CERT = BY_NAME["webinar_colon_labels"]
PHOTO_CERT = BY_NAME["table_header_row"]
# This test checks the path (upload, worker, OCR, rows), not OCR accuracy (just eval
# does): renderings are seeded, and this seed's photo reads whole ("e2e" misreads
# the certificate number NPE-30219 as NPE-302).
PHOTO_SEED = "e2e-1"
MULTI_CERTS = [
    BY_NAME["one_paragraph_everything"],
    BY_NAME["all_caps_values_below_labels"],
    BY_NAME["no_hours_no_date_found"],
]


@pytest.fixture
def server_with_workers(db_url: str, tmp_path: Path):
    server = start_live_server(db_url, tmp_path, args=("--workers", "2"))
    try:
        yield server
    finally:
        server.stop()


def test_certificates_uploaded_through_the_api_become_normalised_rows(server_with_workers, conn):
    user = ApiUser(*make_token(conn))
    base_url = server_with_workers.base_url
    with httpx.Client(base_url=base_url, headers=user.headers, timeout=60) as http:
        body = {"template_id": str(state_template_id(conn)), "name": "CPE 2025"}
        sheet = http.post("/api/cpe/sheets", json=body).json()
        job, run = sheet["job_id"], sheet["run_id"]
        files = [
            ("files", ("self-study.txt", text_bytes(TEXT_CERT.markup), "text/plain")),
            ("files", ("nano.pdf", pdf_bytes([PDF_CERT.markup]), "application/pdf")),
            ("files", ("scan.pdf", image_only_pdf(), "application/pdf")),
            ("files", ("scan.png", scan_bytes(SCAN_CERT.markup, "e2e"), "image/png")),
            # Declared as nothing in particular: the content says it is a JPEG.
            (
                "files",
                ("photo", photo_bytes(PHOTO_CERT.markup, PHOTO_SEED), "application/octet-stream"),
            ),
            ("files", ("three.pdf", pdf_bytes(c.markup for c in MULTI_CERTS), "application/pdf")),
            (
                "files",
                (
                    "batch.zip",
                    zip_of({"fraud.pdf": pdf_bytes([ZIPPED_CERT.markup])}),
                    "application/zip",
                ),
            ),
        ]
        uploaded = http.post(f"/api/jobs/{job}/files", files=files)
        assert uploaded.status_code == 201, uploaded.text
        assert http.post(f"/api/cpe/sheets/{job}/start").json()["active_run_id"] == run

        def finished():
            answer = http.get(f"/api/jobs/{job}/runs/{run}").json()
            return answer if answer["status"] in TERMINAL else None

        finished_run = wait_until(finished, EXTRACTION_SECONDS, "the run finishing", 0.2)
        # The scan failed, everything else was extracted.
        assert finished_run["status"] == "partially_completed"
        assert (finished_run["tasks_total"], finished_run["tasks_completed"]) == (7, 6)
        assert finished_run["tasks_failed"] == 1

        listed = {f["name"]: f for f in http.get(f"/api/jobs/{job}/files:all").json()["files"]}
        assert listed["scan.pdf"]["status"] == "failed"
        assert listed["scan.pdf"]["error"] == NO_TEXT
        assert listed["photo"]["content_type"] == "image/jpeg"
        others = [f for name, f in listed.items() if name != "scan.pdf"]
        assert {f["status"] for f in others} == {"completed"}
        assert all(f["error"] is None for f in others)

        # The sheet (its latest run: the next, editable one) shows the batch's rows.
        results = http.get(f"/api/jobs/{job}/results").json()
    expected = [
        ("self-study.txt", TEXT_CERT),
        ("nano.pdf", PDF_CERT),
        ("scan.png", SCAN_CERT),
        ("photo", PHOTO_CERT),
        *[("three.pdf", cert) for cert in MULTI_CERTS],
        ("fraud.pdf", ZIPPED_CERT),
    ]
    assert results["total"] == len(expected)
    assert results["columns"] == list(TEXT_CERT.expected)
    rows = results["rows"]
    assert [(r["file_name"], r["values"]) for r in rows] == [
        (name, cert.expected) for name, cert in expected
    ]
    assert [r["source"] for r in rows] == ["text", "pdf", "ocr", "ocr", "pdf", "pdf", "pdf", "pdf"]
    for row in rows:  # a confidence for every value read, and only for those
        assert set(row["confidence"]) == {k for k, v in row["values"].items() if v is not None}
        assert all(0 < c <= 1 for c in row["confidence"].values())
    assert {r["run_id"] for r in rows} == {run}
    for row in rows:
        hours = row["values"]["CPE Hours"]
        assert hours is None or (isinstance(hours, int | float) and not isinstance(hours, bool))
    # Spot checks of the normalisation, spelled out.
    text_row, pdf_row = rows[0]["values"], rows[1]["values"]
    assert text_row["Completion Date"] == "2025-03-14"
    assert text_row["Field of Study"] == "Taxes"
    assert text_row["Delivery Method"] == "QAS Self Study"
    assert pdf_row["CPE Hours"] == 0.2 and pdf_row["Delivery Method"] == "Nano Learning"
    assert rows[5]["values"]["Delivery Method"] == "Group Internet Based"  # "LIVE WEBCAST"
    # Nothing is invented for what a certificate does not say.
    assert [rows[6]["values"][k] for k in ("Completion Date", "CPE Hours")] == [None, None]
