"""SPEC section 8 over HTTP: rows added and deleted by hand, cancel, retry, the
original file, and duplicates refused by SHA-256."""

from __future__ import annotations

import csv
import io

import httpx

from . import apiclient
from .apiclient import (
    PDF,
    TEXT,
    assert_problem,
    certificate,
    new_sheet,
    original,
    stored_bytes,
    upload,
    zip_of,
)
from .factories import claim_all, make_token, report
from .sse import EventStream

alice, bob, client = apiclient.alice, apiclient.bob, apiclient.client


def finished_sheet(client, user, conn, *, fail: tuple[str, ...] = ()) -> dict:
    """A sheet whose first batch finished: a.txt and b.txt extracted (one row each) and
    the files named in `fail` failed."""
    sheet = new_sheet(client, user, conn)
    job = sheet["job_id"]
    names = ["a.txt", "b.txt", *fail]
    files = upload(client, user, job, *[(n, certificate(n), "text/plain") for n in names])
    by_id = {f["id"]: f["name"] for f in files.json()["files"]}
    assert client.post(f"/api/cpe/sheets/{job}/start", headers=user.headers).status_code == 202
    for task_id, attempt in claim_all(conn, sheet["run_id"]):
        (file_id,) = conn.execute(
            "SELECT file_id FROM extraction_tasks WHERE id = %s", [task_id]
        ).fetchone()
        name = by_id[str(file_id)]
        if name in fail:
            report(conn, task_id, attempt, error="cannot read it")
        else:
            report(conn, task_id, attempt, rows=[{"Course Title": name}])
    return {**sheet, "files": by_id}


def results(client, user, job) -> dict:
    response = client.get(f"/api/jobs/{job}/results", headers=user.headers)
    assert response.status_code == 200, response.text
    return response.json()


def titles(body) -> list[str]:
    return [row["values"]["Course Title"] for row in body["rows"]]


def csv_titles(client, user, job) -> list[str]:
    text = client.get(f"/api/jobs/{job}/export/csv", headers=user.headers).text.lstrip("\ufeff")
    return [row["Course Title"] for row in csv.DictReader(io.StringIO(text))]


# -- rows ------------------------------------------------------------------------------


def test_a_certificate_added_by_hand_is_part_of_the_sheet_and_its_exports(client, alice, conn):
    sheet = finished_sheet(client, alice, conn)
    job = sheet["job_id"]
    body = {
        "values": {
            "Course Title": "Ethics by hand",
            "CPE Hours": 2,
            "Completion Date": "2026-05-04",
        }
    }
    response = client.post(f"/api/jobs/{job}/results", json=body, headers=alice.headers)
    assert response.status_code == 201, response.text
    row = response.json()
    assert row["source"] == "manual" and row["file_id"] is None and row["file_name"] is None
    assert row["values"]["CPE Hours"] == 2 and row["values"]["Field of Study"] is None
    latest = client.get("/api/cpe/sheets", headers=alice.headers).json()["sheets"][0]
    assert row["run_id"] == latest["latest_run_id"]
    assert titles(results(client, alice, job)) == ["a.txt", "b.txt", "Ethics by hand"]
    assert csv_titles(client, alice, job) == ["a.txt", "b.txt", "Ethics by hand"]


def test_bad_values_answer_400_naming_the_cell_and_store_nothing(client, alice, conn):
    sheet = finished_sheet(client, alice, conn)
    job = sheet["job_id"]
    row_id = results(client, alice, job)["rows"][0]["row_id"]
    for values, field in (
        ({"Completion Date": "2024-13-01"}, "Completion Date"),
        ({"CPE Hours": "lots"}, "CPE Hours"),
        ({"Colour": "red"}, "Colour"),
    ):
        added = client.post(
            f"/api/jobs/{job}/results", json={"values": values}, headers=alice.headers
        )
        assert assert_problem(added, 400)["field"] == field
        edited = client.patch(
            f"/api/jobs/{job}/results/{row_id}", json={"values": values}, headers=alice.headers
        )
        assert assert_problem(edited, 400)["field"] == field
    empty = client.post(f"/api/jobs/{job}/results", json={"values": {}}, headers=alice.headers)
    assert "at least one value" in assert_problem(empty, 400)["detail"]
    assert titles(results(client, alice, job)) == ["a.txt", "b.txt"]


def test_a_deleted_row_leaves_the_sheet_and_answers_404_after(client, alice, bob, conn):
    sheet = finished_sheet(client, alice, conn)
    job = sheet["job_id"]
    first = results(client, alice, job)["rows"][0]["row_id"]
    url = f"/api/jobs/{job}/results/{first}"
    assert_problem(client.delete(url, headers=bob.headers), 404)
    response = client.delete(url, headers=alice.headers)
    assert response.status_code == 200 and response.json()["id"] == first
    assert titles(results(client, alice, job)) == ["b.txt"]
    assert csv_titles(client, alice, job) == ["b.txt"]
    assert_problem(client.delete(url, headers=alice.headers), 404)
    edit = client.patch(url, json={"values": {"Course Title": "x"}}, headers=alice.headers)
    assert_problem(edit, 404)


# -- cancel -----------------------------------------------------------------------------


def test_cancel_ends_the_batch_in_progress_once_and_the_sheet_takes_files_again(
    client, alice, conn
):
    sheet = new_sheet(client, alice, conn)
    job = sheet["job_id"]
    upload(client, alice, job, ("a.txt", certificate("a"), "text/plain"))
    cancel = f"/api/cpe/sheets/{job}/cancel"
    assert (
        "nothing to cancel"
        in assert_problem(client.post(cancel, headers=alice.headers), 409)["detail"]
    )
    client.post(f"/api/cpe/sheets/{job}/start", headers=alice.headers)
    response = client.post(cancel, headers=alice.headers)
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "cancelled" and response.json()["id"] == sheet["run_id"]
    assert_problem(client.post(cancel, headers=alice.headers), 409)
    files = client.get(f"/api/jobs/{job}/files:all", headers=alice.headers).json()["files"]
    assert [(f["name"], f["status"], f["run_status"]) for f in files] == [
        ("a.txt", "cancelled", "cancelled")
    ]
    again = upload(client, alice, job, ("b.txt", certificate("b"), "text/plain"))
    assert again.status_code == 201 and again.json()["run_id"] != sheet["run_id"]


# -- retry ------------------------------------------------------------------------------


def test_a_failed_file_is_retried_once_with_its_bytes(client, alice, bob, conn):
    sheet = finished_sheet(client, alice, conn, fail=("bad.txt",))
    job = sheet["job_id"]
    bad = next(i for i, n in sheet["files"].items() if n == "bad.txt")
    good = next(i for i, n in sheet["files"].items() if n == "a.txt")
    url = f"/api/jobs/{job}/files/{bad}/retry"
    assert_problem(client.post(url, headers=bob.headers), 404)
    response = client.post(url, headers=alice.headers)
    assert response.status_code == 201, response.text
    new = response.json()
    assert new["name"] == "bad.txt" and new["status"] == "uploaded" and new["id"] != bad
    assert new["job_run_id"] != sheet["run_id"] and new["run_status"] == "pending"
    assert stored_bytes(conn, new["id"]) == certificate("bad.txt")
    assert (
        "retried already" in assert_problem(client.post(url, headers=alice.headers), 409)["detail"]
    )
    not_failed = client.post(f"/api/jobs/{job}/files/{good}/retry", headers=alice.headers)
    assert "only a failed or cancelled file" in assert_problem(not_failed, 409)["detail"]
    started = client.post(f"/api/cpe/sheets/{job}/start", headers=alice.headers).json()
    assert started["tasks_total"] == 1


def test_retry_all_failed_files_of_a_batch(client, alice, conn):
    sheet = finished_sheet(client, alice, conn, fail=("bad-1.txt", "bad-2.txt"))
    job, run = sheet["job_id"], sheet["run_id"]
    response = client.post(f"/api/jobs/{job}/runs/{run}/retry", headers=alice.headers)
    assert response.status_code == 201, response.text
    assert sorted(f["name"] for f in response.json()["files"]) == ["bad-1.txt", "bad-2.txt"]
    again = client.post(f"/api/jobs/{job}/runs/{run}/retry", headers=alice.headers)
    assert "left to retry" in assert_problem(again, 409)["detail"]


# -- the original ------------------------------------------------------------------------


def test_the_original_file_comes_back_inline_with_its_type_and_a_safe_name(
    client, alice, bob, conn
):
    sheet = new_sheet(client, alice, conn)
    job = sheet["job_id"]
    name = 'ev"il\r\nname.pdf'
    files = upload(
        client, alice, job, (name, PDF, "application/pdf"), ("note.txt", TEXT, "text/plain")
    ).json()["files"]
    pdf, text = files
    response, redirected = original(client, alice, job, pdf["id"])
    assert response.status_code == 200 and response.content == PDF
    assert response.headers["content-type"] == "application/pdf"
    if not redirected:  # (S3 answers a presigned URL with the type and disposition asked)
        assert response.headers["x-content-type-options"] == "nosniff"
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("inline; filename=")
    assert "\r" not in disposition and "\n" not in disposition and disposition.count('"') == 2
    response, _ = original(client, alice, job, text["id"])
    assert response.content == TEXT and response.headers["content-type"].startswith("text/plain")
    assert response.headers["content-disposition"].startswith('inline; filename="note.txt"')
    assert_problem(
        client.get(f"/api/jobs/{job}/files/{pdf['id']}/content", headers=bob.headers), 404
    )


# -- duplicates --------------------------------------------------------------------------


def test_bytes_already_in_the_sheet_are_skipped_unless_duplicates_are_allowed(client, alice, conn):
    sheet = finished_sheet(client, alice, conn)
    job = sheet["job_id"]
    again = upload(client, alice, job, ("copy.txt", certificate("a.txt"), "text/plain"))
    assert again.status_code == 201
    assert again.json()["files"] == []
    (skipped,) = again.json()["skipped"]
    assert skipped["name"] == "copy.txt"
    assert "duplicate" in skipped["reason"] and '"a.txt" (batch 1)' in skipped["reason"]
    zipped = zip_of({"in/b.txt": certificate("b.txt"), "in/c.txt": certificate("c.txt")})
    body = upload(client, alice, job, ("more.zip", zipped, "application/zip")).json()
    c_txt, archive = body["files"]
    assert c_txt["name"] == "c.txt" and archive["members"] == [c_txt["id"]]
    assert [s["name"] for s in body["skipped"]] == ["more.zip/in/b.txt"]
    allowed = client.post(
        f"/api/jobs/{job}/files",
        params={"allow_duplicates": "true"},
        files=[("files", ("copy.txt", certificate("a.txt"), "text/plain"))],
        headers=alice.headers,
    )
    assert allowed.status_code == 201 and [f["name"] for f in allowed.json()["files"]] == [
        "copy.txt"
    ]
    assert conn.execute(
        "SELECT count(*) FROM source_files WHERE status = 'uploading'"
    ).fetchone() == (0,)


# -- events ------------------------------------------------------------------------------


def test_row_changes_reach_an_open_stream_with_the_row(live_server, conn):
    _user_id, token = make_token(conn)
    api = httpx.Client(
        base_url=live_server.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=30
    )
    with api, EventStream(live_server.base_url, token=token) as stream:
        states = api.get("/api/cpe/states").json()["states"]
        template = next(s["template_id"] for s in states if s["name"] == "California")
        job = api.post("/api/cpe/sheets", json={"template_id": template}).json()["job_id"]
        stream.open()
        row = api.post(f"/api/jobs/{job}/results", json={"values": {"Course Title": "A"}}).json()
        api.patch(f"/api/jobs/{job}/results/{row['row_id']}", json={"values": {"CPE Hours": 3}})
        api.delete(f"/api/jobs/{job}/results/{row['row_id']}")
        # Only the row events: the stream may also show the sheet's first run being made.
        got = []
        while len(got) < 3:
            event = stream.next_event()
            if event.event.startswith("row_"):
                got.append(event)
    assert [e.event for e in got] == ["row_created", "row_updated", "row_deleted"]
    assert {e.payload["row_id"] for e in got} == {row["row_id"]}
    assert got[0].payload["row"]["values"]["Course Title"] == "A"
    assert got[1].payload["row"]["values"]["CPE Hours"] == 3
    assert got[1].payload["row"]["source"] == "manual"
