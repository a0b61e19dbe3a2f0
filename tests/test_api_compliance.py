"""Requirements, the summary and the audit packet through the REST API: shapes, bad input,
other users' sheets, and an audit ZIP opened and checked byte for byte."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from . import apiclient
from .apiclient import assert_problem, new_sheet
from .test_api_results import run_batch

alice, bob, client = apiclient.alice, apiclient.bob, apiclient.client

SUMMARY_KEYS = {
    "certificates", "total_hours", "ethics_hours", "hours_by_field", "requirement",
    "period_hours", "period_ethics_hours", "remaining_hours", "remaining_ethics_hours",
    "days_left", "uncounted_rows",
}  # fmt: skip
REQUIREMENT = {
    "period_start": "2024-01-01",
    "period_end": "2025-12-31",
    "total_hours": 80,
    "ethics_hours": 4,
}


def requirement_url(job_id) -> str:
    return f"/api/cpe/sheets/{job_id}/requirement"


@pytest.fixture
def sheet(client, alice, conn) -> str:
    return new_sheet(client, alice, conn)["job_id"]


def test_requirement_is_null_until_set_then_answers_what_was_stored(client, alice, sheet):
    url = requirement_url(sheet)
    empty = client.get(url, headers=alice.headers)
    assert empty.status_code == 200 and empty.content == b"null"
    assert empty.headers["content-type"].startswith("application/json")

    stored = client.put(url, json=REQUIREMENT, headers=alice.headers)
    assert stored.status_code == 200, stored.text
    assert stored.json() == REQUIREMENT
    assert client.get(url, headers=alice.headers).json() == REQUIREMENT

    replaced = {**REQUIREMENT, "period_end": "2026-12-31", "total_hours": 120.5}
    assert client.put(url, json=replaced, headers=alice.headers).json() == replaced
    assert client.get(url, headers=alice.headers).json() == replaced

    assert client.delete(url, headers=alice.headers).status_code == 204
    assert client.get(url, headers=alice.headers).content == b"null"


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        ({"period_end": "2023-12-31"}, "ends (2023-12-31) before it starts (2024-01-01)"),
        ({"period_start": "2024-02-30"}, 'period_start "2024-02-30" is not a date'),
        ({"period_end": "next year"}, 'period_end "next year" is not a date'),
        ({"period_start": "01/01/2024"}, 'period_start "01/01/2024" is not a date'),
        ({"total_hours": -5}, "total_hours must be from 0 to 1000, not -5"),
        ({"total_hours": 1e9}, "total_hours must be from 0 to 1000"),
        ({"ethics_hours": -1}, "ethics_hours must be from 0 to 1000"),
        ({"ethics_hours": 100}, "ethics_hours (100) cannot exceed total_hours (80)"),
        ({"period_end": "2040-01-01"}, "more than 10 years"),
    ],
)
def test_a_bad_requirement_answers_400_with_the_reason_and_stores_nothing(
    client, alice, sheet, change, detail
):
    url = requirement_url(sheet)
    client.put(url, json=REQUIREMENT, headers=alice.headers)
    refused = client.put(url, json={**REQUIREMENT, **change}, headers=alice.headers)
    body = assert_problem(refused, 400)
    assert detail in body["detail"]
    assert client.get(url, headers=alice.headers).json() == REQUIREMENT


@pytest.mark.parametrize(
    "body",
    [
        {k: v for k, v in REQUIREMENT.items() if k != "total_hours"},
        {**REQUIREMENT, "total_hours": "eighty"},
        {**REQUIREMENT, "period_start": 20240101},
        [],
    ],
)
def test_a_malformed_requirement_body_answers_400(client, alice, sheet, body):
    assert_problem(client.put(requirement_url(sheet), json=body, headers=alice.headers), 400)
    assert client.get(requirement_url(sheet), headers=alice.headers).content == b"null"


def test_another_users_sheet_answers_404_everywhere(client, alice, bob, sheet):
    url = requirement_url(sheet)
    client.put(url, json=REQUIREMENT, headers=alice.headers)
    for method, path, body in [
        ("GET", url, None),
        ("PUT", url, REQUIREMENT),
        ("DELETE", url, None),
        ("GET", f"/api/cpe/sheets/{sheet}/summary", None),
        ("GET", f"/api/cpe/sheets/{sheet}/summary/rows", None),
        ("GET", f"/api/jobs/{sheet}/export/audit", None),
    ]:
        assert_problem(client.request(method, path, json=body, headers=bob.headers), 404)
    assert client.get(url, headers=alice.headers).json() == REQUIREMENT


def test_summary_has_the_spec_keys_and_counts_the_period(client, alice, conn, sheet):
    run_batch(client, alice, conn, sheet, {
        "ethics.txt": [{"Course Title": "Ethics", "Completion Date": "2024-01-01",
                        "CPE Hours": 4, "Field of Study": "Regulatory Ethics"}],
        "tax.txt": [{"Course Title": "Tax", "Completion Date": "2025-12-31", "CPE Hours": "8",
                     "Field of Study": "Taxes"},
                    {"Course Title": "Old", "Completion Date": "2023-12-31", "CPE Hours": 2,
                     "Field of Study": "Taxes"},
                    {"Course Title": "Odd", "Completion Date": "2024-05-05", "CPE Hours": "n/a",
                     "Field of Study": None}],
    })  # fmt: skip
    url = f"/api/cpe/sheets/{sheet}/summary"
    before = client.get(url, headers=alice.headers).json()
    assert set(before) == SUMMARY_KEYS
    assert before["certificates"] == 4 and before["total_hours"] == 14
    assert before["ethics_hours"] == 4 and before["uncounted_rows"] == 1
    assert before["hours_by_field"] == {"Regulatory Ethics": 4, "Taxes": 10}
    assert before["requirement"] is None and before["period_hours"] is None

    client.put(requirement_url(sheet), json=REQUIREMENT, headers=alice.headers)
    after = client.get(url, headers=alice.headers).json()
    assert after["requirement"] == REQUIREMENT
    assert (after["period_hours"], after["period_ethics_hours"]) == (12, 4)
    assert (after["remaining_hours"], after["remaining_ethics_hours"]) == (68, 0)
    assert isinstance(after["days_left"], int)

    rows = client.get(f"{url}/rows", headers=alice.headers).json()["rows"]
    assert [(r["row_no"], r["hours"], r["in_period"], r["ethics"]) for r in rows] == [
        (1, 4, True, True), (2, 8, True, False), (3, 2, False, False), (4, None, True, False),
    ]  # fmt: skip


def test_summary_follows_edits(client, alice, conn, sheet):
    run_batch(client, alice, conn, sheet, {"a.txt": [
        {"Course Title": "A", "Completion Date": "2024-03-03", "CPE Hours": 3},
    ]})  # fmt: skip
    row_id = client.get(f"/api/jobs/{sheet}/results", headers=alice.headers).json()["rows"][0]
    edit = {"values": {"CPE Hours": 5, "Field of Study": "Ethics (state)"}}
    patched = client.patch(
        f"/api/jobs/{sheet}/results/{row_id['row_id']}", json=edit, headers=alice.headers
    )
    assert patched.status_code == 200, patched.text
    summary = client.get(f"/api/cpe/sheets/{sheet}/summary", headers=alice.headers).json()
    assert (summary["total_hours"], summary["ethics_hours"]) == (5, 5)


# -- the audit packet -------------------------------------------------------------

PDF_A = b"%PDF-1.4\n% certificate A\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
PDF_B = b"%PDF-1.4\n% certificate B\n" + bytes(range(255, -1, -1)) * 30 + b"\n%%EOF\n"
TEXT_C = "Certificate of completion\nCourse: Ünïcode ethics — “quoted”\nCPE Hours: 2\n".encode()


def upload_and_extract(client, user, conn, job_id, files, rows_by_name):
    """Upload (name, bytes) files, start, and report each file's rows (by name)."""
    from .factories import claim_all, report

    parts = [("files", (name, data, "application/octet-stream")) for name, data in files]
    response = client.post(f"/api/jobs/{job_id}/files", files=parts, headers=user.headers)
    assert response.status_code == 201, response.text
    uploaded = response.json()["files"]
    run_id = response.json()["run_id"]
    assert client.post(f"/api/cpe/sheets/{job_id}/start", headers=user.headers).status_code == 202
    by_file = {f["id"]: f["name"] for f in uploaded}
    tasks = dict(
        conn.execute("SELECT id, file_id FROM extraction_tasks WHERE run_id = %s", [run_id])
    )
    for task_id, attempt in claim_all(conn, run_id):
        name = by_file[str(tasks[task_id])]
        rows = rows_by_name.get(name)
        report(conn, task_id, attempt, rows=rows, error=None if rows else "unreadable")
    return uploaded


def test_audit_packet_holds_the_sheet_every_certificate_and_a_summary(client, alice, conn, sheet):
    client.put(requirement_url(sheet), json=REQUIREMENT, headers=alice.headers)
    upload_and_extract(
        client,
        alice,
        conn,
        sheet,
        [("a.pdf", PDF_A), ("b.pdf", PDF_B), ("c:/..\\weird?.txt", TEXT_C), ("x.pdf", b"%PDF-")],
        {
            "a.pdf": [
                {"Course Title": "Ethics one", "Completion Date": "2024-02-02", "CPE Hours": 4,
                 "Field of Study": "Regulatory Ethics"},
                {"Course Title": "Ethics two", "Completion Date": "2026-02-02", "CPE Hours": 2,
                 "Field of Study": "Behavioral Ethics"},
            ],
            "b.pdf": [{"Course Title": "Tax update", "Completion Date": "2025-06-30",
                       "CPE Hours": 8, "Field of Study": "Taxes"}],
            "weird?.txt": [{"Course Title": "Ünïcode ethics — “quoted”",
                            "Completion Date": "2024-09-09", "CPE Hours": 2,
                            "Field of Study": "Taxes"}],
        },
    )  # fmt: skip
    response = client.get(f"/api/jobs/{sheet}/export/audit", headers=alice.headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    assert "California CPE audit packet.zip" in response.headers["content-disposition"]

    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.testzip() is None
    names = archive.namelist()
    assert names[:3] == ["summary.pdf", "sheet.csv", "sheet.xlsx"]
    certificates = {n: archive.read(n) for n in names if n.startswith("certificates/")}
    # Named after the rows they back, in sheet order; the failed file backs no row.
    assert certificates == {
        "certificates/001-002 a.pdf": PDF_A,
        "certificates/003 b.pdf": PDF_B,
        "certificates/004 weird_.txt": TEXT_C,
    }

    lines = list(csv.reader(io.StringIO(archive.read("sheet.csv").decode("utf-8-sig"))))
    assert lines[0][:4] == ["Course Title", "Provider/Sponsor", "Completion Date", "CPE Hours"]
    assert [line[0] for line in lines[1:]] == [
        "Ethics one", "Ethics two", "Tax update", "Ünïcode ethics — “quoted”",
    ]  # fmt: skip
    workbook = load_workbook(io.BytesIO(archive.read("sheet.xlsx")), read_only=True)
    assert len(list(workbook.active.iter_rows())) == 5

    text = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(archive.read("summary.pdf"))).pages
    )
    text = " ".join(text.split())
    for expected in [
        "CPE audit packet: California CPE",
        "Jurisdiction California",
        "Reporting period 2024-01-01 to 2025-12-31",
        "Total hours required 80",
        "Ethics hours required 4",
        "Total hours, every row 16",
        "Hours in the period 14",
        "Ethics hours in the period 4",
        "Hours still missing 66",
        "Ethics hours still missing 0",
        "001-002 a.pdf",
        "003 b.pdf",
        "004 weird_.txt",
        "Ünïcode ethics — “quoted”",
        "outside",
    ]:
        assert expected in text, expected


def test_audit_packet_of_an_empty_sheet_has_the_parts_and_no_certificate(client, alice, sheet):
    response = client.get(f"/api/jobs/{sheet}/export/audit", headers=alice.headers)
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.namelist() == ["summary.pdf", "sheet.csv", "sheet.xlsx"]
    text = PdfReader(io.BytesIO(archive.read("summary.pdf"))).pages[0].extract_text()
    assert "No requirement is set" in text and "The sheet has no rows" in text


# Names as people and courses have them: outside Latin-1, in CJK, emoji past the BMP.
NAMES = {
    "title": [
        "Zoë Łukasiewicz",
        "François — Éthique",
        "山田太郎の税務",
        "김민수 😀 🎓",
        "Ωμέγα Привет",
    ],
    "field": "Ethics — Łódź",
}


def test_summary_pdf_writes_every_name_as_typed(client, alice, conn):
    sheet = new_sheet(client, alice, conn, name="Zoë Łukasiewicz — 山田 🎓")["job_id"]
    titles = NAMES["title"]
    upload_and_extract(
        client, alice, conn, sheet, [("a.pdf", PDF_A)],
        {"a.pdf": [
            {"Course Title": title, "Completion Date": "2025-01-02", "CPE Hours": 1,
             "Field of Study": NAMES["field"]}
            for title in titles
        ]},
    )  # fmt: skip
    response = client.get(f"/api/jobs/{sheet}/export/audit", headers=alice.headers)
    assert response.status_code == 200, response.text
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    reader = PdfReader(io.BytesIO(archive.read("summary.pdf")))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "CPE audit packet: Zoë Łukasiewicz — 山田 🎓" in text
    assert f"{NAMES['field']} 5" in text  # hours by field of study
    for title in titles:
        assert title in text, title
    assert "?" not in text
    assert reader.metadata.title == "CPE audit packet: Zoë Łukasiewicz — 山田 🎓"
