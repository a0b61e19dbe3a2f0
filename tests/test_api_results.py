"""GET /results in sheet order across batches, row edits, and CSV/XLSX exports of every row."""

from __future__ import annotations

import csv
import datetime
import io

from openpyxl import load_workbook

from . import apiclient
from .apiclient import (
    assert_problem,
    certificate,
    new_sheet,
    upload,
)
from .factories import claim_all, report

# The shared fixtures of the API tests.
alice, client = apiclient.alice, apiclient.client

COLUMNS = [
    "Course Title",
    "Provider/Sponsor",
    "Completion Date",
    "CPE Hours",
    "Field of Study",
    "Certificate Number",
    "Delivery Method",
]


def run_batch(client, user, conn, job_id, rows_per_file: dict[str, list[dict]]) -> str:
    """Upload one file per key, start, and report each file's rows, last file first
    (so the sheet order cannot come from the order the reports arrive in)."""
    files = [(name, certificate(name), "text/plain") for name in rows_per_file]
    run_id = upload(client, user, job_id, *files).json()["run_id"]
    assert client.post(f"/api/cpe/sheets/{job_id}/start", headers=user.headers).status_code == 202
    tasks = conn.execute(
        "SELECT t.id, f.name FROM extraction_tasks t JOIN source_files f ON f.id = t.file_id"
        " WHERE t.run_id = %s",
        [run_id],
    ).fetchall()
    by_task = {task_id: name for task_id, name in tasks}
    for task_id, attempt in reversed(sorted(claim_all(conn, run_id), key=lambda t: by_task[t[0]])):
        report(conn, task_id, attempt, rows=rows_per_file[by_task[task_id]])
    return run_id


def titles(body) -> list[str]:
    return [row["values"]["Course Title"] for row in body["rows"]]


def test_results_come_in_sheet_order_across_three_batches_a_page_at_a_time(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    job = sheet["job_id"]
    runs = [
        run_batch(client, alice, conn, job, {
            "a.txt": [{"Course Title": "1a"}, {"Course Title": "1b"}],
            "b.txt": [{"Course Title": "1c"}],
        }),
        run_batch(client, alice, conn, job, {"c.txt": [{"Course Title": "2a"}]}),
        run_batch(client, alice, conn, job, {
            "d.txt": [{"Course Title": "3a"}],
            "e.txt": [{"Course Title": "3b"}, {"Course Title": "3c"}],
        }),
    ]  # fmt: skip
    url, headers = f"/api/jobs/{job}/results", alice.headers
    expected = ["1a", "1b", "1c", "2a", "3a", "3b", "3c"]
    everything = client.get(url, headers=headers).json()
    assert everything["total"] == 7 and everything["columns"] == COLUMNS
    assert titles(everything) == expected

    pages = [
        client.get(url, params={"limit": 3, "offset": offset}, headers=headers).json()
        for offset in (0, 3, 6)
    ]
    assert [titles(p) for p in pages] == [expected[:3], expected[3:6], expected[6:]]
    assert {p["total"] for p in pages} == {7}
    assert [r["run_id"] for r in pages[0]["rows"]] == [runs[0]] * 3
    first = pages[0]["rows"][0]
    assert set(first) == {
        "row_id",
        "run_id",
        "file_id",
        "file_name",
        "source",
        "values",
        "confidence",
    }
    assert first["file_name"] == "a.txt" and first["source"] == "ai"
    assert set(first["values"]) == set(COLUMNS)

    # A run shows its own append chain: the second run's view stops at batch two.
    second = client.get(url, params={"run_id": runs[1]}, headers=headers).json()
    assert second["total"] == 4 and titles(second) == expected[:4]
    # The latest run (pending, after batch three) shows the whole sheet.
    latest = client.get("/api/cpe/sheets", headers=headers).json()["sheets"][0]["latest_run_id"]
    assert client.get(url, params={"run_id": latest}, headers=headers).json()["total"] == 7


def test_results_format_dates_and_hours(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    run_batch(client, alice, conn, sheet["job_id"], {"a.txt": [
        {"Course Title": "Ethics", "Completion Date": "2024-03-05T00:00:00", "CPE Hours": "4.5"},
        {"Course Title": "Tax", "Completion Date": "2024-01-02", "CPE Hours": 2, "Unknown": "x"},
        {"Course Title": "Odd", "Completion Date": "sometime", "CPE Hours": "four"},
    ]})  # fmt: skip
    rows = client.get(f"/api/jobs/{sheet['job_id']}/results", headers=alice.headers).json()["rows"]
    values = [(r["values"]["Completion Date"], r["values"]["CPE Hours"]) for r in rows]
    assert values == [("2024-03-05", 4.5), ("2024-01-02", 2), ("sometime", "four")]
    assert "Unknown" not in rows[1]["values"]
    assert rows[0]["values"]["Field of Study"] is None


def test_results_read_writes_nothing(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    run_batch(client, alice, conn, sheet["job_id"], {"a.txt": [{"Course Title": "x"}]})
    before = conn.execute(
        "SELECT max(seq), (SELECT count(*) FROM job_runs) FROM run_events"
    ).fetchone()
    for path in ("results", "export/csv", "export/excel", "files:all"):
        assert (
            client.get(f"/api/jobs/{sheet['job_id']}/{path}", headers=alice.headers).status_code
            == 200
        )
    after = conn.execute(
        "SELECT max(seq), (SELECT count(*) FROM job_runs) FROM run_events"
    ).fetchone()
    assert after == before


def test_results_of_a_sheet_without_rows_are_empty(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    body = client.get(f"/api/jobs/{sheet['job_id']}/results", headers=alice.headers).json()
    assert (body["total"], body["rows"], body["columns"]) == (0, [], COLUMNS)


def test_edit_row_sets_cells_and_marks_it_manual(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    run_batch(client, alice, conn, sheet["job_id"], {"a.txt": [
        {"Course Title": "Ethics", "CPE Hours": 4, "Completion Date": "2024-03-05"},
    ]})  # fmt: skip
    url = f"/api/jobs/{sheet['job_id']}/results"
    row = client.get(url, headers=alice.headers).json()["rows"][0]
    edit = {"values": {"CPE Hours": "2.5", "Completion Date": "2024-02-29", "Field of Study": ""}}
    response = client.patch(f"{url}/{row['row_id']}", json=edit, headers=alice.headers)
    assert response.status_code == 200, response.text
    edited = response.json()
    assert edited["source"] == "manual" and edited["row_id"] == row["row_id"]
    assert edited["values"]["CPE Hours"] == 2.5
    assert edited["values"]["Completion Date"] == "2024-02-29"
    assert edited["values"]["Course Title"] == "Ethics"
    assert client.get(url, headers=alice.headers).json()["rows"][0] == edited

    for bad in (
        {"values": {"CPE Hours": "four"}},
        {"values": {"CPE Hours": -1}},
        {"values": {"CPE Hours": "-0.5"}},
        {"values": {"CPE Hours": 1e300}},
        {"values": {"Completion Date": "2023-02-29"}},
        {"values": {"Completion Date": "03/05/2024"}},
        {"values": {"No Such Column": "x"}},
        {"values": "not an object"},
        {},
    ):
        assert_problem(client.patch(f"{url}/{row['row_id']}", json=bad, headers=alice.headers), 400)
    assert client.get(url, headers=alice.headers).json()["rows"][0] == edited


def _many_rows(client, user, conn, job_id, count: int) -> None:
    rows = [
        {
            "Course Title": f"Course {n:04d}",
            "Provider/Sponsor": '=HYPERLINK("http://evil")' if n == 7 else "AICPA, Inc.",
            "Completion Date": "2024-03-05",
            "CPE Hours": n % 8 + 0.5,
            "Field of Study": "Ethics — Ünïcode",
        }
        for n in range(count)
    ]
    run_batch(client, user, conn, job_id, {"many.txt": rows})


def test_csv_export_has_every_row_streamed_and_guarded_against_formulas(client, alice, conn):
    sheet = new_sheet(client, alice, conn, name="Ada's 2024 CPE: Ünïcode")
    _many_rows(client, alice, conn, sheet["job_id"], 2500)
    response = client.get(f"/api/jobs/{sheet['job_id']}/export/csv", headers=alice.headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment; ")
    assert "filename*=UTF-8''Ada%27s%202024%20CPE_%20%C3%9Cn%C3%AFcode.csv" in disposition
    # The ASCII name last: the original client reads the name with /filename=(.+)/.
    assert disposition.endswith('; filename="Ada_s 2024 CPE_ _n_code.csv"')
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert table[0] == [*COLUMNS, "File"]
    assert len(table) == 2501
    assert [r[0] for r in table[1:]] == [f"Course {n:04d}" for n in range(2500)]
    assert table[8][1] == '\'=HYPERLINK("http://evil")'
    assert table[1][2:5] == ["2024-03-05", "0.5", "Ethics — Ünïcode"]
    assert table[1][-1] == "many.txt"


def test_excel_export_has_every_row_with_dates_and_numbers(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    _many_rows(client, alice, conn, sheet["job_id"], 2500)
    response = client.get(f"/api/jobs/{sheet['job_id']}/export/excel", headers=alice.headers)
    assert response.status_code == 200
    assert "spreadsheetml" in response.headers["content-type"]
    assert response.headers["content-disposition"].startswith(
        'attachment; filename="California CPE.xlsx"'
    )
    book = load_workbook(io.BytesIO(response.content), read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    assert list(rows[0]) == [*COLUMNS, "File"]
    assert len(rows) == 2501
    assert [r[0] for r in rows[1:]] == [f"Course {n:04d}" for n in range(2500)]
    assert rows[1][2] == datetime.datetime(2024, 3, 5) and rows[1][3] == 0.5
    # Text that looks like a formula stays text.
    assert rows[8][1] == '=HYPERLINK("http://evil")'
    book.close()
    book = load_workbook(io.BytesIO(response.content))
    assert book.active.cell(row=9, column=2).data_type == "s"


def test_exports_of_an_empty_sheet_have_the_header_only(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    csv_text = client.get(f"/api/jobs/{sheet['job_id']}/export/csv", headers=alice.headers).content
    assert list(csv.reader(io.StringIO(csv_text.decode("utf-8-sig")))) == [[*COLUMNS, "File"]]
    xlsx = client.get(f"/api/jobs/{sheet['job_id']}/export/excel", headers=alice.headers).content
    rows = list(load_workbook(io.BytesIO(xlsx)).active.iter_rows(values_only=True))
    assert rows == [(*COLUMNS, "File")]


def test_results_page_on_by_cursor_to_the_end(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    job = sheet["job_id"]
    run_batch(client, alice, conn, job, {
        "a.txt": [{"Course Title": "1a"}, {"Course Title": "1b"}],
        "b.txt": [{"Course Title": "1c"}],
    })  # fmt: skip
    second = run_batch(client, alice, conn, job, {"c.txt": [{"Course Title": "2a"}]})
    run_batch(client, alice, conn, job, {"d.txt": [{"Course Title": f"3{c}"} for c in "abc"]})
    url, headers = f"/api/jobs/{job}/results", alice.headers
    expected = ["1a", "1b", "1c", "2a", "3a", "3b", "3c"]

    pages, after = [], None
    while True:
        params = {"limit": 3} | ({"after": after} if after else {})
        body = client.get(url, params=params, headers=headers).json()
        assert body["total"] == 7
        pages.append(titles(body))
        after = body["next_cursor"]
        if after is None:
            break
    assert pages == [expected[:3], expected[3:6], expected[6:]]
    # A page that ends exactly at the last row says so.
    assert client.get(url, params={"limit": 7}, headers=headers).json()["next_cursor"] is None

    first = client.get(url, params={"limit": 2}, headers=headers).json()
    # The cursor and an offset together: skip one row after the cursor.
    skipped = client.get(
        url, params={"limit": 2, "after": first["next_cursor"], "offset": 1}, headers=headers
    ).json()
    assert titles(skipped) == ["2a", "3a"]
    # A run's own chain, by cursor: the second run's view stops at batch two.
    of_second = client.get(
        url, params={"run_id": second, "after": first["next_cursor"]}, headers=headers
    ).json()
    assert (of_second["total"], titles(of_second)) == (4, ["1c", "2a"])
    assert of_second["next_cursor"] is None

    for bad in ("nope", "djEsMSwyLDMsNCw1LDY", "x" * 301):
        assert_problem(client.get(url, params={"after": bad}, headers=headers), 400)
