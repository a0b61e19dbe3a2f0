"""States, sheets, Start, runs and the files of every run, through HTTP."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx

from . import apiclient
from .apiclient import (
    TEXT,
    ApiUser,
    assert_problem,
    certificate,
    new_sheet,
    stored_blobs,
    stored_counts,
    upload,
)
from .factories import claim_all, make_token, report, run_row, state_template_id

# The shared fixtures of the API tests.
alice, client = apiclient.alice, apiclient.client


def test_states_lists_the_public_cpe_templates(client, alice):
    response = client.get("/api/cpe/states", headers=alice.headers)
    assert response.status_code == 200
    names = [s["name"] for s in response.json()["states"]]
    assert names == sorted(names) and {"California", "New York", "Texas"} <= set(names)
    assert all(uuid.UUID(s["template_id"]) for s in response.json()["states"])


def test_create_sheet_makes_a_pending_first_run_with_the_state_template(client, alice, conn):
    created = new_sheet(client, alice, conn)
    assert created["message"]
    run = run_row(conn, created["run_id"])
    assert run["job_id"] == uuid.UUID(created["job_id"])
    assert run["status"] == "pending" and run["template_id"] == state_template_id(conn)
    name, job_type, user_id = conn.execute(
        "SELECT name, job_type, user_id FROM extraction_jobs WHERE id = %s", [created["job_id"]]
    ).fetchone()
    assert (name, job_type, user_id) == ("California CPE", "cpe", alice.id)
    named = new_sheet(client, alice, conn, name="  My 2024 CPE  ")
    assert conn.execute(
        "SELECT name FROM extraction_jobs WHERE id = %s", [named["job_id"]]
    ).fetchone() == ("My 2024 CPE",)


def test_create_sheet_refuses_what_is_not_a_state(client, alice, conn):
    url, headers = "/api/cpe/sheets", alice.headers
    extraction = conn.execute(
        "INSERT INTO templates (name, template_type, is_public) VALUES ('Invoices', 'extraction',"
        " true) RETURNING id"
    ).fetchone()[0]
    for body in ({"template_id": str(uuid.uuid4())}, {"template_id": str(extraction)}):
        assert (
            "not a CPE state"
            in assert_problem(client.post(url, json=body, headers=headers), 400)["detail"]
        )
    for body in (
        {},
        {"template_id": "nope"},
        {"template_id": str(uuid.uuid4()), "name": "x" * 201},
    ):
        assert_problem(client.post(url, json=body, headers=headers), 400)
    malformed = client.post(
        url, content=b'{"template_id": ', headers={**headers, "Content-Type": "application/json"}
    )
    assert_problem(malformed, 400)
    assert conn.execute("SELECT count(*) FROM extraction_jobs").fetchone() == (0,)


def test_sheets_list_shows_the_latest_run_and_its_counters(client, alice, conn):
    first = new_sheet(client, alice, conn, name="First")
    second = new_sheet(client, alice, conn, name="Second")
    upload(client, alice, first["job_id"], ("a.txt", certificate("a")), ("b.txt", certificate("b")))
    assert (
        client.post(f"/api/cpe/sheets/{first['job_id']}/start", headers=alice.headers).status_code
        == 202
    )
    (task, attempt), _ = claim_all(conn, first["run_id"])
    report(conn, task, attempt, rows=[{"Course Title": "Ethics"}])

    body = client.get("/api/cpe/sheets", headers=alice.headers).json()
    assert body["total"] == 2
    assert [s["name"] for s in body["sheets"]] == ["Second", "First"]
    listed = body["sheets"][1]
    assert listed == {
        "job_id": first["job_id"],
        "name": "First",
        "state_name": "California",
        "status": "in_progress",
        "created_at": listed["created_at"],
        "latest_run_id": first["run_id"],
        "tasks_total": 2,
        "tasks_completed": 1,
        "tasks_failed": 0,
    }
    assert body["sheets"][0]["latest_run_id"] == second["run_id"]
    page = client.get("/api/cpe/sheets?limit=1&offset=1", headers=alice.headers).json()
    assert page["total"] == 2 and [s["name"] for s in page["sheets"]] == ["First"]
    assert client.get("/api/cpe/sheets?offset=5", headers=alice.headers).json()["total"] == 2
    assert_problem(client.get("/api/cpe/sheets?limit=0", headers=alice.headers), 400)


def test_start_queues_one_task_per_file_and_answers_202(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    upload(client, alice, sheet["job_id"], ("a.txt", certificate("a")), ("b.txt", certificate("b")))
    response = client.post(f"/api/cpe/sheets/{sheet['job_id']}/start", headers=alice.headers)
    assert response.status_code == 202, response.text
    assert response.json()["active_run_id"] == sheet["run_id"]
    assert response.json()["tasks_total"] == 2 and response.json()["message"]
    assert run_row(conn, sheet["run_id"])["status"] == "in_progress"
    tasks = conn.execute(
        "SELECT count(*), min(max_attempts) FROM extraction_tasks WHERE run_id = %s",
        [sheet["run_id"]],
    ).fetchone()
    assert tasks == (2, 3)


def test_start_without_files_answers_400(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    body = assert_problem(
        client.post(f"/api/cpe/sheets/{sheet['job_id']}/start", headers=alice.headers), 400
    )
    assert body["detail"].startswith("No files uploaded")
    assert body["run_id"] == sheet["run_id"]
    assert run_row(conn, sheet["run_id"])["status"] == "pending"


def test_start_while_a_run_is_in_progress_answers_409(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    upload(client, alice, sheet["job_id"], ("a.txt", TEXT))
    url = f"/api/cpe/sheets/{sheet['job_id']}/start"
    assert client.post(url, headers=alice.headers).status_code == 202
    body = assert_problem(client.post(url, headers=alice.headers), 409)
    assert body["latest_run_id"] == sheet["run_id"]


def test_double_clicked_start_starts_one_run_with_one_task_per_file(live_server, conn):
    user = ApiUser(*make_token(conn))
    base, headers = live_server.base_url, user.headers
    with httpx.Client(base_url=base, headers=headers, timeout=30) as http:
        template_id = str(state_template_id(conn))
        sheet = http.post("/api/cpe/sheets", json={"template_id": template_id}).json()
        files = [("files", (f"{n}.txt", certificate(n), "text/plain")) for n in range(3)]
        assert http.post(f"/api/jobs/{sheet['job_id']}/files", files=files).status_code == 201

    def click(_):
        with httpx.Client(base_url=base, headers=headers, timeout=30) as http:
            return http.post(f"/api/cpe/sheets/{sheet['job_id']}/start").status_code

    with ThreadPoolExecutor(6) as pool:
        statuses = sorted(pool.map(click, range(6)))
    assert statuses == [202] + [409] * 5
    assert conn.execute(
        "SELECT count(*) FROM job_runs WHERE job_id = %s", [sheet["job_id"]]
    ).fetchone() == (1,)
    assert conn.execute(
        "SELECT count(*), count(DISTINCT file_id) FROM extraction_tasks WHERE run_id = %s",
        [sheet["run_id"]],
    ).fetchone() == (3, 3)
    assert run_row(conn, sheet["run_id"])["tasks_total"] == 3


def test_run_shows_every_column(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    response = client.get(
        f"/api/jobs/{sheet['job_id']}/runs/{sheet['run_id']}", headers=alice.headers
    )
    assert response.status_code == 200
    run = response.json()
    assert run["id"] == sheet["run_id"] and run["job_id"] == sheet["job_id"]
    assert set(run) == {
        "id", "job_id", "run_number", "template_id", "status", "clone_from_run_id",
        "append_from_run_id", "append_results", "tasks_total", "tasks_completed",
        "tasks_failed", "created_at", "started_at", "completed_at",
    }  # fmt: skip
    assert run["status"] == "pending" and run["run_number"] == 1
    other = new_sheet(client, alice, conn)
    # A run of another sheet is not a run of this one.
    assert_problem(
        client.get(f"/api/jobs/{sheet['job_id']}/runs/{other['run_id']}", headers=alice.headers),
        404,
    )


def test_files_all_lists_the_files_of_every_run_with_their_run(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    upload(client, alice, sheet["job_id"], ("first.txt", TEXT))
    client.post(f"/api/cpe/sheets/{sheet['job_id']}/start", headers=alice.headers)
    for task in claim_all(conn, sheet["run_id"]):
        report(conn, *task, error="cannot read it")
    second = upload(client, alice, sheet["job_id"], ("second.txt", TEXT)).json()["run_id"]

    files = client.get(f"/api/jobs/{sheet['job_id']}/files:all", headers=alice.headers).json()[
        "files"
    ]
    assert [
        (f["name"], f["job_run_id"], f["run_status"], f["status"], f["error"]) for f in files
    ] == [
        ("first.txt", sheet["run_id"], "failed", "failed", "cannot read it"),
        ("second.txt", second, "pending", "uploaded", None),
    ]
    assert files[0]["size"] == len(TEXT) and files[0]["content_type"] == "text/plain"


def test_delete_file_removes_it_and_its_bytes(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    uploaded = upload(
        client, alice, sheet["job_id"], ("a.txt", certificate("a")), ("b.txt", certificate("b"))
    ).json()["files"]
    url = f"/api/jobs/{sheet['job_id']}/files/{uploaded[0]['id']}"
    # The original client sends the run; a wrong run is not where the file is.
    assert_problem(
        client.delete(url, params={"run_id": str(uuid.uuid4())}, headers=alice.headers), 404
    )
    response = client.delete(url, params={"run_id": sheet["run_id"]}, headers=alice.headers)
    assert response.status_code == 200
    assert stored_counts(conn) == (1, 1)
    assert_problem(client.delete(url, headers=alice.headers), 404)


def test_delete_file_while_its_run_is_in_progress_answers_409(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    file_id = upload(client, alice, sheet["job_id"], ("a.txt", TEXT)).json()["files"][0]["id"]
    client.post(f"/api/cpe/sheets/{sheet['job_id']}/start", headers=alice.headers)
    body = assert_problem(
        client.delete(f"/api/jobs/{sheet['job_id']}/files/{file_id}", headers=alice.headers), 409
    )
    assert body["run_id"] == sheet["run_id"]
    assert stored_counts(conn) == (1, 1)


def test_delete_sheet_removes_runs_files_bytes_tasks_and_rows(client, alice, conn):
    keep = new_sheet(client, alice, conn)
    upload(client, alice, keep["job_id"], ("keep.txt", TEXT))
    sheet = new_sheet(client, alice, conn)
    upload(client, alice, sheet["job_id"], ("a.txt", TEXT), ("big.txt", TEXT * 40_000))
    client.post(f"/api/cpe/sheets/{sheet['job_id']}/start", headers=alice.headers)
    for task in claim_all(conn, sheet["run_id"]):
        report(conn, *task, rows=[{"Course Title": "Ethics"}])
    upload(client, alice, sheet["job_id"], ("next.txt", certificate("next")))

    response = client.delete(f"/api/cpe/sheets/{sheet['job_id']}", headers=alice.headers)
    assert response.status_code == 200
    counts = conn.execute(
        "SELECT (SELECT count(*) FROM job_runs), (SELECT count(*) FROM source_files),"
        " (SELECT count(*) FROM extraction_tasks), (SELECT count(*) FROM result_rows)"
    ).fetchone()
    assert counts == (1, 1, 0, 0)  # only the other sheet's run and file remain
    assert len(stored_blobs(conn)) == 1  # and the other file's bytes
    assert_problem(client.delete(f"/api/cpe/sheets/{sheet['job_id']}", headers=alice.headers), 404)
    assert [
        s["job_id"] for s in client.get("/api/cpe/sheets", headers=alice.headers).json()["sheets"]
    ] == [keep["job_id"]]
