"""Every REST endpoint: 401 without a valid token, 404 for another user's ids
exactly as for ids that do not exist, 4xx (never 5xx) for malformed input,
and OpenAPI documents it all."""

from __future__ import annotations

import re
import threading
import uuid
from pathlib import Path

import pytest

from cpe_runs.api.errors import STATUS
from cpe_runs.errors import _BY_SQLSTATE

from . import apiclient
from .apiclient import (
    TEXT,
    assert_problem,
    certificate,
    new_sheet,
    stored_counts,
    upload,
)
from .factories import claim_all, report

# The shared fixtures of the API tests.
alice, bob, client = apiclient.alice, apiclient.bob, apiclient.client

# (method, path template, JSON body): every route that names a sheet, run, file or
# row, in every way it can name one. The ids of ALICES_IDS are filled in.
ENDPOINTS = [
    ("DELETE", "/api/cpe/sheets/{job}", None),
    ("POST", "/api/cpe/sheets/{job}/start", None),
    ("POST", "/api/cpe/sheets/{job}/cancel", None),
    ("POST", "/api/jobs/{job}/files", None),
    ("POST", "/api/jobs/{job}/files?run_id={next_run}", None),
    ("POST", "/api/jobs/{job}/files?run_id={run}", None),
    ("GET", "/api/jobs/{job}/files:all", None),
    ("GET", "/api/jobs/{job}/files/{file}/content", None),
    ("DELETE", "/api/jobs/{job}/files/{new_file}", None),
    ("DELETE", "/api/jobs/{job}/files/{file}?run_id={run}", None),
    ("POST", "/api/jobs/{job}/files/{file}/retry", None),
    ("POST", "/api/jobs/{job}/runs/{run}/retry", None),
    ("GET", "/api/jobs/{job}/runs/{run}", None),
    ("GET", "/api/jobs/{job}/runs/{next_run}", None),
    ("GET", "/api/jobs/{job}/results", None),
    ("GET", "/api/jobs/{job}/results?run_id={run}&limit=10&offset=0", None),
    ("PATCH", "/api/jobs/{job}/results/{row}", {"values": {"Course Title": "mine"}}),
    ("POST", "/api/jobs/{job}/results", {"values": {"Course Title": "mine"}}),
    ("DELETE", "/api/jobs/{job}/results/{row}", None),
    ("GET", "/api/jobs/{job}/export/csv", None),
    ("GET", "/api/jobs/{job}/export/csv?run_id={run}", None),
    ("GET", "/api/jobs/{job}/export/excel?run_id={next_run}", None),
    ("GET", "/api/jobs/{job}/export/audit", None),
    ("GET", "/api/cpe/sheets/{job}/requirement", None),
    (
        "PUT",
        "/api/cpe/sheets/{job}/requirement",
        {
            "period_start": "2024-01-01",
            "period_end": "2024-12-31",
            "total_hours": 40,
            "ethics_hours": 2,
        },
    ),
    ("DELETE", "/api/cpe/sheets/{job}/requirement", None),
    ("GET", "/api/cpe/sheets/{job}/summary", None),
    ("GET", "/api/cpe/sheets/{job}/summary/rows", None),
    ("GET", "/api/jobs/{job}/events", None),
    ("GET", "/api/events?job_id={job}", None),
    ("GET", "/api/jobs/{job}", None),
    ("GET", "/api/jobs/{job}?run_id={run}", None),
    ("POST", "/api/jobs/{job}/runs", {"clone_from_run_id": "{run}", "append_results": True}),
]
# Routes about the caller's own things: another user's ids can only go in a body.
COLLECTIONS = [
    ("GET", "/api/cpe/states", None),
    ("GET", "/api/cpe/sheets", None),
    ("POST", "/api/cpe/sheets", {"template_id": "{template}"}),
    ("GET", "/api/me", None),
    ("POST", "/api/events/tickets", None),
]
PUBLIC = [("GET", "/api/health", None), ("GET", "/api/ready", None)]
STREAM = re.compile(r"^/api/(events|jobs/[^/]+/events)(\?|$)")
# A refusal comes at once; this only bounds the wait for one that never comes.
STREAM_REFUSAL_SECONDS = 30
ALICES_IDS = ("job", "run", "next_run", "file", "new_file", "row", "template")
_PATH_IDS = {
    "{job}": "{job_id}",
    "{run}": "{run_id}",
    "{next_run}": "{run_id}",
    "{file}": "{file_id}",
    "{new_file}": "{file_id}",
    "{row}": "{row_id}",
}


@pytest.fixture
def alices_sheet(client, alice, conn) -> dict[str, str]:
    """Alice's sheet with a finished batch (a file, a row) and a next, pending run that
    holds a new file; and a private state template of hers."""
    sheet = new_sheet(client, alice, conn)
    file_id = upload(client, alice, sheet["job_id"], ("a.txt", TEXT)).json()["files"][0]["id"]
    client.post(f"/api/cpe/sheets/{sheet['job_id']}/start", headers=alice.headers)
    for task in claim_all(conn, sheet["run_id"]):
        report(conn, *task, rows=[{"Course Title": "Ethics"}])
    row_id = conn.execute("SELECT id FROM result_rows").fetchone()[0]
    new_file = upload(client, alice, sheet["job_id"], ("b.txt", certificate("b"))).json()
    requirement = {"period_start": "2024-01-01", "period_end": "2025-12-31", "total_hours": 80,
                   "ethics_hours": 4}  # fmt: skip
    client.put(f"/api/cpe/sheets/{sheet['job_id']}/requirement", json=requirement,
               headers=alice.headers)  # fmt: skip
    template = conn.execute(
        "INSERT INTO templates (name, template_type, is_public, user_id)"
        " VALUES ('Alice private', 'cpe', false, %s) RETURNING id",
        [alice.id],
    ).fetchone()[0]
    return {
        "job": sheet["job_id"],
        "run": sheet["run_id"],
        "next_run": new_file["run_id"],
        "file": file_id,
        "new_file": new_file["files"][0]["id"],
        "row": str(row_id),
        "template": str(template),
    }


def _call(client, method, path, body, headers, ids):
    url = path.format(**ids)
    if isinstance(body, dict):
        body = {k: v.format(**ids) if isinstance(v, str) else v for k, v in body.items()}
    if url.split("?")[0].endswith("/files") and method == "POST":
        return client.post(url, files=[("files", ("b.txt", TEXT, "text/plain"))], headers=headers)
    if STREAM.match(url):
        return _refused_stream(client, url, headers)
    return client.request(method, url, json=body, headers=headers)


def _refused_stream(client, url, headers):
    """GET a stream route that must refuse. The TestClient reads a body to its end, and
    an opened stream has none: a stream that opens fails the test instead of hanging it."""
    answer: list = []
    thread = threading.Thread(target=lambda: answer.append(client.get(url, headers=headers)))
    thread.start()
    thread.join(STREAM_REFUSAL_SECONDS)
    if not answer:
        pytest.fail(f"GET {url} opened a stream; it must have been refused")
    return answer[0]


def _snapshot(conn) -> tuple:
    return conn.execute(
        "SELECT (SELECT count(*) FROM extraction_jobs), (SELECT count(*) FROM job_runs),"
        " (SELECT count(*) FROM source_files), (SELECT count(*) FROM file_chunks),"
        " (SELECT count(*) FROM extraction_tasks), (SELECT count(*) FROM run_events),"
        " (SELECT count(*) FROM templates), (SELECT count(*) FROM stream_tickets),"
        " (SELECT string_agg(\"values\"::text || source, ',') FROM result_rows)"
    ).fetchone()


def _checksums_of(conn, user_id) -> dict[str, str]:
    """A checksum of every row of the user's, table by table: any change shows."""
    owned = {
        "extraction_jobs": "user_id = %(u)s",
        "job_runs": "job_id IN (SELECT id FROM extraction_jobs WHERE user_id = %(u)s)",
        "source_files": "job_id IN (SELECT id FROM extraction_jobs WHERE user_id = %(u)s)",
        "file_chunks": "file_id IN (SELECT f.id FROM source_files f"
        " JOIN extraction_jobs j ON j.id = f.job_id WHERE j.user_id = %(u)s)",
        "extraction_tasks": "run_id IN (SELECT r.id FROM job_runs r"
        " JOIN extraction_jobs j ON j.id = r.job_id WHERE j.user_id = %(u)s)",
        "result_rows": "job_id IN (SELECT id FROM extraction_jobs WHERE user_id = %(u)s)",
        "sheet_requirements": "job_id IN (SELECT id FROM extraction_jobs WHERE user_id = %(u)s)",
        "run_events": "user_id = %(u)s"
        " OR job_id IN (SELECT id FROM extraction_jobs WHERE user_id = %(u)s)",
        "templates": "user_id = %(u)s",
        "api_tokens": "user_id = %(u)s",
        "users": "id = %(u)s",
    }
    return {
        table: conn.execute(
            f"SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text),"
            f" '')) FROM {table} t WHERE {where}",
            {"u": user_id},
        ).fetchone()[0]
        for table, where in owned.items()
    }


def _route(method: str, path: str) -> tuple[str, str]:
    """(method, path) as the OpenAPI document names the route of a matrix entry."""
    path = path.split("?")[0]
    for ours, theirs in _PATH_IDS.items():
        path = path.replace(ours, theirs)
    return method.lower(), path


def test_the_matrix_holds_every_operation_of_the_openapi_document(client):
    paths = client.get("/schema/openapi.json").json()["paths"]
    documented = {(method, path) for path, ops in paths.items() for method in ops}
    listed = {_route(m, p) for m, p, _ in ENDPOINTS + COLLECTIONS + PUBLIC}
    # A new route fails here until the matrix says how another user's ids reach it.
    assert listed == documented


def test_every_endpoint_answers_401_without_a_valid_token(client, alices_sheet):
    for headers in ({}, {"Authorization": "Bearer cpe_not_a_token"}, {"Authorization": "Basic x"}):
        for method, path, body in ENDPOINTS + COLLECTIONS:
            response = _call(client, method, path, body, headers, alices_sheet)
            assert_problem(response, 401)


def _same_words(theirs: str, nothing: str, ids: dict, missing: dict) -> bool:
    """A 404 never tells whether the id exists: the same detail but for the ids."""
    for key in ids:
        theirs = theirs.replace(ids[key], "?")
        nothing = nothing.replace(missing[key], "?")
    return theirs == nothing


def test_another_users_ids_answer_404_like_missing_ones_and_change_nothing(
    client, alice, bob, alices_sheet, conn
):
    before, alices = _snapshot(conn), _checksums_of(conn, alice.id)
    missing = {key: str(uuid.uuid4()) for key in alices_sheet}
    for method, path, body in ENDPOINTS:
        theirs = _call(client, method, path, body, bob.headers, alices_sheet)
        nothing = _call(client, method, path, body, bob.headers, missing)
        assert_problem(theirs, 404)
        assert_problem(nothing, 404)
        assert _same_words(
            theirs.json()["detail"], nothing.json()["detail"], alices_sheet, missing
        ), (method, path, theirs.json()["detail"])
    assert _snapshot(conn) == before
    assert _checksums_of(conn, alice.id) == alices


def test_another_users_collections_show_none_of_alices_things(
    client, alice, bob, alices_sheet, conn
):
    alices = _checksums_of(conn, alice.id)
    assert client.get("/api/cpe/sheets", headers=bob.headers).json() == {"sheets": [], "total": 0}
    states = client.get("/api/cpe/states", headers=bob.headers).json()["states"]
    assert states and alices_sheet["template"] not in {s["template_id"] for s in states}
    assert "Alice private" in {
        s["name"] for s in client.get("/api/cpe/states", headers=alice.headers).json()["states"]
    }
    # Her private state is as unknown to Bob as one that does not exist.
    unknown = str(uuid.uuid4())
    theirs = client.post(
        "/api/cpe/sheets", json={"template_id": alices_sheet["template"]}, headers=bob.headers
    )
    nothing = client.post("/api/cpe/sheets", json={"template_id": unknown}, headers=bob.headers)
    assert_problem(theirs, 400)
    assert_problem(nothing, 400)
    assert _same_words(
        theirs.json()["detail"],
        nothing.json()["detail"],
        {"t": alices_sheet["template"]},
        {"t": unknown},
    )
    me = client.get("/api/me", headers=bob.headers).json()
    assert me["user_id"] == str(bob.id) and me["email"] == "bob@example.com"
    # Bob's stream ticket opens his streams, not Alice's sheet's.
    ticket = client.post("/api/events/tickets", headers=bob.headers).json()["ticket"]
    stream = client.get(f"/api/jobs/{alices_sheet['job']}/events", params={"ticket": ticket})
    assert_problem(stream, 404)
    assert _checksums_of(conn, alice.id) == alices


def test_bobs_own_sheet_does_not_open_alices_runs_files_or_rows(
    client, alice, bob, alices_sheet, conn
):
    bobs = new_sheet(client, bob, conn)
    before, alices = _snapshot(conn), _checksums_of(conn, alice.id)
    mixed = {**alices_sheet, "job": bobs["job_id"]}
    for method, path, body in ENDPOINTS:
        if any("{" + key + "}" in path for key in ALICES_IDS if key != "job"):
            assert_problem(_call(client, method, path, body, bob.headers, mixed), 404)
    assert _snapshot(conn) == before
    assert _checksums_of(conn, alice.id) == alices


def test_malformed_ids_answer_4xx_never_5xx(client, alice, alices_sheet):
    for bad in ("not-a-uuid", "1234", "00000000-0000-0000-0000-00000000000g", "%00"):
        for method, path, body in ENDPOINTS:
            for key in ALICES_IDS:
                ids = {**alices_sheet, key: bad}
                if "{" + key + "}" not in path:
                    continue
                response = _call(client, method, path, body, alice.headers, ids)
                assert 400 <= response.status_code < 500, (method, path, key, response.text)


def test_paging_past_what_sql_counts_answers_400(client, alice, alices_sheet):
    results = f"/api/jobs/{alices_sheet['job']}/results"
    for url in ("/api/cpe/sheets", results):
        for params in ({"offset": 2**31}, {"offset": 2**63}, {"offset": -1}, {"limit": 2**40}):
            assert_problem(client.get(url, params=params, headers=alice.headers), 400)
        assert client.get(url, params={"offset": 2**31 - 1}, headers=alice.headers).is_success


def test_malformed_json_and_bodies_answer_400(client, alice, alices_sheet):
    headers = {**alice.headers, "Content-Type": "application/json"}
    row = f"/api/jobs/{alices_sheet['job']}/results/{alices_sheet['row']}"
    for url, method in (("/api/cpe/sheets", "POST"), (row, "PATCH")):
        for content in (b"{", b"[]", b'"text"', b"\xff\xfe", b'{"values": '):
            assert_problem(client.request(method, url, content=content, headers=headers), 400)


def test_nul_characters_the_database_cannot_store_answer_400(client, alice, alices_sheet, conn):
    headers = {**alice.headers, "Content-Type": "application/json"}
    row = f"/api/jobs/{alices_sheet['job']}/results/{alices_sheet['row']}"
    before = _snapshot(conn)
    for content in (b'{"values": {"Course Title": "a\\u0000b"}}', b'{"values": {"x\\u0000": 1}}'):
        body = assert_problem(client.patch(row, content=content, headers=headers), 400)
        assert "NUL" in body["detail"]
    assert _snapshot(conn) == before


def test_upload_refusals_store_nothing(client, alice, alices_sheet, conn):
    before = stored_counts(conn)
    job, old_run = alices_sheet["job"], alices_sheet["run"]
    assert_problem(upload(client, alice, job, ("c.txt", TEXT), run_id=old_run), 409)
    assert_problem(
        upload(client, alice, job, ("c.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")), 415
    )
    assert stored_counts(conn) == before


def test_openapi_lists_every_endpoint_with_its_errors(client):
    doc = client.get("/schema/openapi.json").json()
    paths = doc["paths"]
    upload_errors = {"400", "401", "404", "409", "413", "415", "422", "503"}
    expected = {
        ("get", "/api/cpe/states"): {"401"},
        ("get", "/api/cpe/sheets"): {"400", "401"},
        ("post", "/api/cpe/sheets"): {"400", "401"},
        ("delete", "/api/cpe/sheets/{job_id}"): {"401", "404"},
        ("post", "/api/cpe/sheets/{job_id}/start"): {"400", "401", "404", "409"},
        ("post", "/api/jobs/{job_id}/files"): upload_errors,
        ("get", "/api/jobs/{job_id}/files:all"): {"401", "404"},
        ("delete", "/api/jobs/{job_id}/files/{file_id}"): {"401", "404", "409"},
        ("get", "/api/jobs/{job_id}/files/{file_id}/content"): {"401", "404"},
        ("get", "/api/jobs/{job_id}/runs/{run_id}"): {"401", "404"},
        ("get", "/api/jobs/{job_id}/results"): {"400", "401", "404"},
        ("patch", "/api/jobs/{job_id}/results/{row_id}"): {"400", "401", "404"},
        ("post", "/api/jobs/{job_id}/results"): {"400", "401", "404"},
        ("delete", "/api/jobs/{job_id}/results/{row_id}"): {"401", "404"},
        ("post", "/api/cpe/sheets/{job_id}/cancel"): {"401", "404", "409"},
        ("post", "/api/jobs/{job_id}/files/{file_id}/retry"): {"401", "404", "409"},
        ("post", "/api/jobs/{job_id}/runs/{run_id}/retry"): {"401", "404", "409"},
        ("get", "/api/jobs/{job_id}/export/csv"): {"401", "404"},
        ("get", "/api/jobs/{job_id}/export/excel"): {"401", "404"},
    }
    for (method, path), errors in expected.items():
        responses = paths[path][method]["responses"]
        assert errors <= set(responses), (method, path, sorted(responses))
        assert responses["401"]["content"].keys() == {"application/problem+json"}
    upload_body = paths["/api/jobs/{job_id}/files"]["post"]["requestBody"]["content"]
    assert "files" in upload_body["multipart/form-data"]["schema"]["properties"]


def test_every_error_the_api_sql_raises_has_a_class_and_an_http_status():
    sql = (Path(__file__).parents[1] / "sql" / "0005_api.sql").read_text()
    codes = set(re.findall(r"ERRCODE = '(CR\d{3})'", sql))
    assert codes == {"CR004", "CR010", "CR011", "CR012", "CR013", "CR040"}
    for code in codes:
        assert _BY_SQLSTATE[code] in STATUS, code
