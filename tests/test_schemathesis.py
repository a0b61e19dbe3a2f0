"""Schemathesis over the OpenAPI document against a live `cpe-runs serve`: no 5xx,
and every answer is one the document promises (status, content type, body, headers).

Each generated request is sent as generated (random ids: the 404 paths, odd query
strings and bodies) and, when it holds well-formed ids, once more with the ids of a
real sheet (its runs, a file, a row, the California template), so the answers about
real things are checked against the schema too. Bounded by example counts, not by
time. The event streams are included: schemathesis reads a stream for its request
timeout and then cuts it.

The cases come from the app's document, built at import (schemathesis's lazy
fixture loader does not run on this pytest); a test checks that the live server
serves the very same document.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import psycopg
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from pytest_postgresql.janitor import DatabaseJanitor
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.config import SchemathesisConfig

from cpe_runs.api.problems import PROBLEM_JSON
from cpe_runs.app import create_app
from cpe_runs.config import Settings
from cpe_runs.embedded import SUPERUSER

from .apiclient import certificate
from .factories import claim_all, make_token, report, state_template_id
from .live import LiveServer, start_live_server

pytestmark = pytest.mark.slow

# Examples per operation and generation mode: some 20 operations, well under a minute.
MAX_EXAMPLES = 12
# A stream answers at once and then stays open: schemathesis reads it this long.
STREAM_READ_SECONDS = 0.5
STREAM_PATHS = r"^/api/(events|jobs/\{job_id\}/events)$"
# Every answer must be one the document lists, with its content type, body and
# headers; malformed input must be refused with a 4xx, and a call without the token
# with a 401. positive_data_acceptance is left out: a well-formed request may still
# break a documented rule (a template id that is no state: 400; Start without files).
CHECK_NAMES = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
    "negative_data_rejection",
    "ignored_auth",
    "unsupported_method",
)
UUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


def _document() -> dict[str, Any]:
    url = "postgresql://unused/unused"  # building the document touches no database
    return create_app(url, Settings(database_url=url)).openapi_schema.to_schema()


DOCUMENT = _document()
schema = schemathesis.openapi.from_dict(
    DOCUMENT,
    config=SchemathesisConfig.from_dict(
        {
            "request-timeout": 30,
            "generation": {"mode": "all", "max-examples": MAX_EXAMPLES, "database": "none"},
            "phases": {"stateful": {"enabled": False}},
            "operations": [
                {"include-path-regex": STREAM_PATHS, "request-timeout": STREAM_READ_SECONDS}
            ],
        }
    ),
)


@dataclass
class RealIds:
    """A real sheet of the caller, and other sheets for the calls that change one for good."""

    job: str
    run: str  # finished: a file and a row
    pending_run: str  # the next run, holding a new file
    file: str
    row: str
    template: str
    to_delete: str
    to_start: str
    file_to_delete: str

    def put_into(self, case) -> bool:
        """Put real ids where the case has well-formed ones; whether it put any."""
        method, path = case.method.upper(), case.path
        put = False
        if case.path_parameters and all(UUID.match(str(v)) for v in case.path_parameters.values()):
            job = self.job
            if method == "DELETE" and path == "/api/cpe/sheets/{job_id}":
                job = self.to_delete
            elif path.endswith("/start"):
                job = self.to_start
            real = {
                "job_id": job,
                "run_id": self.run,
                "file_id": self.file_to_delete if method == "DELETE" else self.file,
                "row_id": self.row,
            }
            case.path_parameters = {k: real.get(k, v) for k, v in case.path_parameters.items()}
            put = True
        if isinstance(case.query, dict) and UUID.match(str(case.query.get("run_id"))):
            uploading = method == "POST" and path.endswith("/files")
            case.query = {**case.query, "run_id": self.pending_run if uploading else self.run}
            put = True
        if isinstance(case.body, dict) and UUID.match(str(case.body.get("template_id"))):
            case.body = {**case.body, "template_id": self.template}
            put = True
        return put


def _seed(http: httpx.Client, conn: psycopg.Connection) -> RealIds:
    """Through the API: a sheet whose first batch is finished and whose next run holds a
    file; a sheet to delete; a sheet with a file to start."""
    template = str(state_template_id(conn))

    def sheet() -> dict[str, Any]:
        answer = http.post("/api/cpe/sheets", json={"template_id": template, "name": "Fuzzed"})
        assert answer.status_code == 201, answer.text
        return answer.json()

    def upload(job: str, tag: str) -> dict[str, Any]:
        files = [("files", ("certificate.txt", certificate(tag), "text/plain"))]
        answer = http.post(f"/api/jobs/{job}/files", files=files)
        assert answer.status_code == 201, answer.text
        return answer.json()

    main = sheet()
    first = upload(main["job_id"], "first")
    assert http.post(f"/api/cpe/sheets/{main['job_id']}/start").status_code == 202
    for task in claim_all(conn, main["run_id"]):
        report(conn, *task, rows=[{"Course Title": "Ethics", "CPE Hours": 2}])
    row = conn.execute("SELECT id FROM result_rows WHERE run_id = %s", [main["run_id"]]).fetchone()
    second = upload(main["job_id"], "second")  # goes to the next, pending run
    to_start = sheet()["job_id"]
    upload(to_start, "to start")
    return RealIds(
        job=main["job_id"],
        run=main["run_id"],
        pending_run=second["run_id"],
        file=first["files"][0]["id"],
        row=str(row[0]),
        template=template,
        to_delete=sheet()["job_id"],
        to_start=to_start,
        file_to_delete=second["files"][0]["id"],
    )


@pytest.fixture(scope="module")
def server(pg_server, template_db, tmp_path_factory) -> Iterator[tuple[LiveServer, str]]:
    """One live server for every operation's test, on a database of this module's."""
    name = f"cpe_schemathesis_{os.getpid()}"
    janitor = DatabaseJanitor(
        user=SUPERUSER,
        host=str(pg_server.socket_dir),
        port=5432,
        dbname=name,
        template_dbname=template_db,
    )
    with janitor:
        url = pg_server.url(name)
        live = start_live_server(url, tmp_path_factory.mktemp("schemathesis"))
        try:
            yield live, url
        finally:
            live.stop()


@pytest.fixture(scope="module")
def real_ids(server) -> tuple[RealIds, dict[str, str]]:
    live, url = server
    with psycopg.connect(url, autocommit=True) as conn:
        _, token = make_token(conn)
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=live.base_url, headers=headers, timeout=30) as http:
            return _seed(http, conn), headers


def test_the_live_server_serves_the_document_under_test(server):
    live, _ = server
    assert httpx.get(live.base_url + "/schema/openapi.json").json() == DOCUMENT


def test_every_error_is_documented_as_a_problem_and_every_api_route_as_needing_a_token():
    for path, operations in DOCUMENT["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            for status, response in responses.items():
                if int(status) >= 400:
                    assert response["content"] == {
                        PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}
                    }, (method, path, status)
            public = path in ("/api/health", "/api/ready")
            assert ("401" in responses) != public, (method, path, sorted(responses))


@schema.parametrize()
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_answer_is_documented_and_none_is_a_server_error(case, server, real_ids):
    live, _ = server
    ids, headers = real_ids
    load_all_checks()
    checks = [CHECKS.get_one(name) for name in CHECK_NAMES]
    case.call_and_validate(base_url=live.base_url, headers=headers, checks=checks)
    if ids.put_into(case):
        case.call_and_validate(base_url=live.base_url, headers=headers, checks=checks)
