"""The original Next.js CPE page (ghost1034/bytereview, release/cloud-run-min,
70e098b) against a live server, signed in with its identity provider, from
its own origin.

Its request code is replayed here, written from reading it: lib/api.ts (the
ApiClient: JSON requests with the bearer, uploads one file per XHR, exports
that read the name with /filename=(.+)/), app/dashboard/cpe-tracker/page.tsx
(the sheet list, Start, the 2 s polling that follows latest_run_id),
CpeResultsTable.tsx (which flattens `results[].extracted_data`) and
EnhancedFileUpload.tsx (the file list of every run, the upload's answer, the
409 path, and the EventSource it opens with ?token= and reads with onmessage).
A browser's CORS checks are replayed too: the preflight of every request that
carries a bearer, and the headers a cross-origin page may read.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from . import oidc
from .apiclient import PDF, TEXT, certificate, stored_counts, zip_of
from .factories import claim_all, make_sheet, make_token, report
from .live import start_live_server
from .oidc import IdentityProvider
from .sse import EventStream
from .test_api_results import COLUMNS

idp = oidc.idp

ORIGIN = "http://localhost:3000"
# The original's file statuses (backend/models/job.py FileStatus).
ORIGINAL_FILE_STATUSES = {"uploading", "uploaded", "importing", "unpacking", "unpacked", "failed"}


class ApiError(Exception):
    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class OriginalApi:
    """lib/api.ts's ApiClient, the methods the CPE page calls, in a browser on ORIGIN."""

    def __init__(self, base_url: str, id_token: str) -> None:
        self.http = httpx.Client(base_url=base_url, headers={"Origin": ORIGIN}, timeout=30)
        self.id_token = id_token  # auth.currentUser.getIdToken()
        self.preflights: list[str] = []

    def close(self) -> None:
        self.http.close()

    # -- what the browser does around every cross-origin call -------------------------

    def _preflight(self, method: str, path: str, headers: list[str]) -> None:
        """A request with a bearer is not simple: the browser asks first."""
        answer = self.http.options(
            path,
            headers={
                "Access-Control-Request-Method": method,
                "Access-Control-Request-Headers": ",".join(headers),
            },
        )
        assert answer.is_success, f"preflight {method} {path}: {answer.status_code}"
        assert answer.headers["access-control-allow-origin"] in (ORIGIN, "*")
        allowed = answer.headers["access-control-allow-headers"].lower()
        assert all(h in allowed for h in headers), allowed
        self.preflights.append(f"{method} {path}")

    @staticmethod
    def _readable(response: httpx.Response) -> httpx.Response:
        """The page sees the answer only when the server allows its origin."""
        assert response.headers.get("access-control-allow-origin") in (ORIGIN, "*"), (
            f"CORS: {response.request.method} {response.request.url} not readable from {ORIGIN}"
        )
        return response

    # -- ApiClient.request<T>() --------------------------------------------------------

    def request(self, path: str, method: str = "GET", body: Any = None) -> Any:
        self._preflight(method, path.split("?")[0], ["authorization", "content-type"])
        response = self._readable(
            self.http.request(
                method,
                path,
                headers={
                    "Content-Type": "application/json",
                    "Authorization": f"Bearer {self.id_token}",
                },
                # JSON.stringify leaves out undefined members.
                content=json.dumps({k: v for k, v in body.items() if v is not None})
                if body is not None
                else None,
            )
        )
        if not response.is_success:
            try:
                error = response.json()
            except ValueError:
                error = {"message": "Request failed"}
            message = error.get("detail") or error.get("message") or f"HTTP {response.status_code}"
            raise ApiError(message, response.status_code)
        return response.json()

    def get_cpe_states(self) -> dict:
        return self.request("/api/cpe/states")

    def list_cpe_sheets(self) -> dict:
        return self.request("/api/cpe/sheets")

    def create_cpe_sheet(self, template_id: str, name: str | None = None) -> dict:
        return self.request("/api/cpe/sheets", "POST", {"template_id": template_id, "name": name})

    def delete_cpe_sheet(self, job_id: str) -> dict:
        return self.request(f"/api/cpe/sheets/{job_id}", "DELETE")

    def start_cpe_sheet(self, job_id: str) -> dict:
        return self.request(f"/api/cpe/sheets/{job_id}/start", "POST")

    def get_job_details(self, job_id: str, run_id: str | None = None) -> dict:
        return self.request(f"/api/jobs/{job_id}" + (f"?run_id={run_id}" if run_id else ""))

    def get_job_results(self, job_id: str, *, limit: int, run_id: str | None) -> dict:
        query = f"limit={limit}" + (f"&run_id={run_id}" if run_id else "")
        return self.request(f"/api/jobs/{job_id}/results?{query}")

    def get_job_files_all_runs(self, job_id: str) -> dict:
        return self.request(f"/api/jobs/{job_id}/files:all")

    def remove_file_from_job(self, job_id: str, file_id: str, run_id: str | None) -> dict:
        query = f"?run_id={run_id}" if run_id else ""
        return self.request(f"/api/jobs/{job_id}/files/{file_id}{query}", "DELETE")

    def create_job_run(self, job_id: str, request: dict) -> dict:
        return self.request(f"/api/jobs/{job_id}/runs", "POST", request)

    # -- addFilesToJob: one XHR per file, the bearer and a multipart body ---------------

    def add_files_to_job(
        self, job_id: str, files: list[tuple[str, bytes]], on_file_complete, run_id: str | None
    ) -> dict:
        url = f"/api/jobs/{job_id}/files" + (f"?run_id={run_id}" if run_id else "")
        uploaded: list[dict] = []
        for name, data in files:
            self._preflight("POST", url.split("?")[0], ["authorization"])
            xhr = self._readable(
                self.http.post(
                    url,
                    headers={"Authorization": f"Bearer {self.id_token}"},
                    files=[("files", (name, data, _browser_type(name)))],
                )
            )
            if not 200 <= xhr.status_code < 300:
                raise ApiError(f"Upload failed with status {xhr.status_code}", xhr.status_code)
            result = xhr.json()
            uploaded.extend(result["files"])
            if result["files"]:
                on_file_complete(result["files"][0], name)
        return {"files": uploaded}

    # -- exportJobCSV / exportJobExcel ----------------------------------------------------

    def export(self, job_id: str, kind: str, run_id: str | None) -> tuple[bytes, str]:
        path = f"/api/jobs/{job_id}/export/{kind}"
        self._preflight("GET", path, ["authorization"])
        response = self._readable(
            self.http.get(
                path + (f"?run_id={run_id}" if run_id else ""),
                headers={"Authorization": f"Bearer {self.id_token}"},
            )
        )
        assert response.is_success, response.text
        # A cross-origin page reads only the headers the server exposes.
        exposed = response.headers.get("access-control-expose-headers", "").lower()
        disposition = (
            response.headers.get("content-disposition")
            if "content-disposition" in exposed
            else None
        )
        match = re.search(r"filename=(.+)", disposition or "")
        filename = match.group(1) if match else f"export.{'csv' if kind == 'csv' else 'xlsx'}"
        return response.content, filename.replace('"', "")

    # -- the EventSource of EnhancedFileUpload.setupSSEConnection ---------------------------

    def event_source(self, job_id: str) -> EventStream:
        return EventStream(
            str(self.http.base_url),
            f"/api/jobs/{job_id}/events",
            params={"token": self.id_token, "include_full_state": "false"},
            headers={"Origin": ORIGIN},
        )


def _browser_type(name: str) -> str:
    return {"pdf": "application/pdf", "txt": "text/plain", "zip": "application/zip"}[
        name.rsplit(".", 1)[-1]
    ]


def results_table(data: dict) -> tuple[list[str], list[dict[str, Any]]]:
    """CpeResultsTable: (columns, rows) as it renders them; a missing key throws as it does."""
    if not data or len(data["results"]) == 0:
        return [], []
    columns = ["Source File Path(s)"]
    rows = []
    for result in data["results"]:
        extracted = result["extracted_data"]
        if not extracted:
            continue
        result_columns = extracted.get("columns") or []
        for column in result_columns:
            if column not in columns:
                columns.append(column)
        for values in extracted.get("results") or []:
            row = {"Source File Path(s)": ", ".join(result.get("source_files") or [])}
            for index, column in enumerate(result_columns):
                value = values[index] if index < len(values) else None
                row[column] = "" if value is None else value
            rows.append(row)
    return columns, rows


@dataclass
class UploadPanel:
    """EnhancedFileUpload with fileListScope="allRuns": its file list and its upload."""

    api: OriginalApi
    job_id: str
    files: list[dict] = field(default_factory=list)
    toasts: list[str] = field(default_factory=list)

    def load_existing_files(self) -> None:
        data = self.api.get_job_files_all_runs(self.job_id)
        self.files = sorted(
            data["files"],
            key=lambda f: (f.get("original_path") or f.get("original_filename") or "").lower(),
        )

    def shown(self) -> list[tuple[str, str]]:
        """(name, size) as each file's row shows them."""
        return [
            (
                f.get("original_filename") or "Unknown file",
                f"{f['file_size_bytes']} B" if f.get("file_size_bytes") else "Unknown size",
            )
            for f in self.files
        ]

    def upload(self, files: list[tuple[str, bytes]], run_id: str | None, on_conflict) -> dict:
        temp = [
            {"id": f"temp-{n}", "original_filename": name, "original_path": name,
             "file_size_bytes": len(data), "status": "uploading"}
            for n, (name, data) in enumerate(files)
        ]  # fmt: skip
        self.files += temp

        def on_file_complete(file_data: dict, file_path: str) -> None:
            for n, entry in enumerate(self.files):
                if entry["original_path"] == file_path and entry["id"].startswith("temp-"):
                    self.files[n] = {
                        "id": file_data["id"],
                        "original_filename": file_data["filename"],
                        "original_path": file_path,
                        "file_size_bytes": file_data["file_size"],
                        "status": file_data["status"],
                    }

        try:
            result = self.api.add_files_to_job(self.job_id, files, on_file_complete, run_id)
        except ApiError as error:
            is409 = error.status == 409 or "409" in str(error) or "submitted" in str(error)
            self.files = [f for f in self.files if not f["id"].startswith("temp-")]
            if is409 and on_conflict:
                on_conflict()
                self.toasts.append("Run completed")
            else:
                self.toasts.append("Upload failed")
            return {"files": [], "conflict": is409}
        self.files = [f for f in self.files if not f["id"].startswith("temp-")]
        self.toasts.append(f"Successfully uploaded {len(result['files'])} files")
        has_zip = any(
            f["filename"].lower().endswith(".zip")
            or f["file_type"] in ("application/zip", "application/x-zip-compressed")
            for f in result["files"]
        )
        return {**result, "has_zip_files": has_zip, "conflict": False}


@dataclass
class CpePage:
    """app/dashboard/cpe-tracker/page.tsx: the selected sheet and its active run."""

    api: OriginalApi
    job_id: str | None = None
    active_run_id: str | None = None
    sheet: dict | None = None

    def refetch_sheets(self) -> dict:
        sheets = self.api.list_cpe_sheets()["sheets"]
        self.sheet = next((s for s in sheets if s["job_id"] == self.job_id), None)
        # useEffect: always follow latest_run_id (the backend makes the next run).
        if self.sheet and self.sheet.get("latest_run_id"):
            self.active_run_id = self.sheet["latest_run_id"]
        return self.sheet

    @property
    def is_processing(self) -> bool:
        return bool(self.sheet) and self.sheet["status"] == "in_progress"

    def poll_until_done(self, timeout: float = 30) -> None:
        """The 2 s polling while processing (shortened: the test does not wait 2 s)."""
        deadline = time.monotonic() + timeout
        while self.is_processing:
            assert time.monotonic() < deadline, "the batch never finished"
            time.sleep(0.1)
            self.refetch_sheets()
            self.api.get_job_details(self.job_id, self.active_run_id)
            self.api.get_job_results(self.job_id, limit=1000, run_id=self.active_run_id)


def finish_batch(conn, run_id: str, outcomes: dict[str, dict | str]) -> None:
    """What the workers do: one report per task (rows, or an error message)."""
    for task_id, attempt in claim_all(conn, run_id):
        (name,) = conn.execute(
            "SELECT f.name FROM extraction_tasks t JOIN source_files f ON f.id = t.file_id"
            " WHERE t.id = %s",
            [task_id],
        ).fetchone()
        outcome = outcomes[name]
        if isinstance(outcome, str):
            report(conn, task_id, attempt, error=outcome)
        else:
            report(conn, task_id, attempt, rows=[outcome])


def row_for(title: str, hours: float) -> dict[str, Any]:
    return {
        "Course Title": title,
        "Provider/Sponsor": "AICPA",
        "Completion Date": "2024-03-05",
        "CPE Hours": hours,
        "Field of Study": "Ethics",
    }


@pytest.fixture
def original(db_url, tmp_path, idp: IdentityProvider):
    server = start_live_server(db_url, tmp_path, env={**idp.env(), "CPE_RUNS_CORS_ORIGINS": ORIGIN})
    # A Firebase ID token: one hour, an email the provider verified.
    token = idp.token("firebase-uid-7", email="cpa@example.com", exp=int(time.time()) + 3600)
    api = OriginalApi(server.base_url, token)
    try:
        yield api
    finally:
        api.close()
        server.stop()
    assert token not in server.log()


def test_the_original_page_loads_uploads_starts_follows_shows_exports_and_recovers(original, conn):
    page = CpePage(original)
    states = original.get_cpe_states()["states"]
    california = next(s for s in states if s["name"] == "California")
    assert original.list_cpe_sheets() == {"sheets": [], "total": 0}

    created = original.create_cpe_sheet(california["template_id"])
    page.job_id, page.active_run_id = created["job_id"], created["run_id"]
    assert page.refetch_sheets()["status"] == "pending"
    assert page.active_run_id == created["run_id"]
    details = original.get_job_details(page.job_id, page.active_run_id)
    assert details["id"] == page.job_id and details["status"] == "pending"
    assert [f["field_name"] for f in details["job_fields"]] == COLUMNS

    # The empty sheet renders "No results yet" instead of crashing on data.results.
    empty = original.get_job_results(page.job_id, limit=1000, run_id=page.active_run_id)
    assert results_table(empty) == ([], [])
    panel = UploadPanel(original, page.job_id)
    panel.load_existing_files()
    assert panel.files == []

    answer = panel.upload([("ethics.txt", TEXT), ("tax.pdf", PDF)], page.active_run_id, None)
    assert panel.toasts == ["Successfully uploaded 2 files"]
    assert not answer["has_zip_files"]
    assert [(f["filename"], f["file_size"], f["status"]) for f in answer["files"]] == [
        ("ethics.txt", len(TEXT), "uploaded"),
        ("tax.pdf", len(PDF), "uploaded"),
    ]
    first_run = page.active_run_id

    started = original.start_cpe_sheet(page.job_id)
    assert started["active_run_id"] == first_run
    page.active_run_id = started["active_run_id"]
    page.refetch_sheets()
    assert page.is_processing

    finish_batch(
        conn, first_run, {"ethics.txt": row_for("Ethics", 4), "tax.pdf": row_for("Tax", 2)}
    )
    page.poll_until_done()
    # The backend made the next run; the page followed latest_run_id by itself.
    assert page.sheet["status"] == "pending" and page.active_run_id != first_run
    second_run = page.active_run_id

    columns, rows = results_table(
        original.get_job_results(page.job_id, limit=1000, run_id=second_run)
    )
    assert columns == ["Source File Path(s)", *COLUMNS]
    assert [(r["Source File Path(s)"], r["Course Title"], r["CPE Hours"]) for r in rows] == [
        ("ethics.txt", "Ethics", 4),
        ("tax.pdf", "Tax", 2),
    ]
    assert rows[0]["Completion Date"] == "2024-03-05" and rows[0]["Certificate Number"] == ""

    panel.load_existing_files()
    assert panel.shown() == [("ethics.txt", f"{len(TEXT)} B"), ("tax.pdf", f"{len(PDF)} B")]

    csv_bytes, csv_name = original.export(page.job_id, "csv", second_run)
    assert csv_name == "California CPE.csv" and b"Ethics" in csv_bytes
    xlsx_bytes, xlsx_name = original.export(page.job_id, "excel", second_run)
    assert xlsx_name == "California CPE.xlsx" and xlsx_bytes.startswith(b"PK")

    # A stale tab still on the first run: 409, it refetches, follows latest_run_id,
    # and the user's next upload lands in the editable run.
    # A certificate of its own: the sheet refuses the same bytes twice.
    late = certificate("late")
    stale = CpePage(original, page.job_id, first_run)
    stale_panel = UploadPanel(original, page.job_id)
    before = stored_counts(conn)
    refused = stale_panel.upload([("late.txt", late)], stale.active_run_id, stale.refetch_sheets)
    assert refused["conflict"] and stale_panel.toasts == ["Run completed"]
    assert stored_counts(conn) == before
    assert stale.active_run_id == second_run
    again = stale_panel.upload([("late.txt", late)], stale.active_run_id, stale.refetch_sheets)
    assert not again["conflict"] and again["files"][0]["filename"] == "late.txt"

    # Its remove button: files of the active run that are `uploaded` (or `unpacked`).
    stale_panel.load_existing_files()
    removable = [
        f
        for f in stale_panel.files
        if f["status"] in ("uploaded", "unpacked") and f["job_run_id"] == stale.active_run_id
    ]
    assert [f["original_filename"] for f in removable] == ["late.txt"]
    original.remove_file_from_job(page.job_id, removable[0]["id"], stale.active_run_id)
    stale_panel.load_existing_files()
    assert [name for name, _ in stale_panel.shown()] == ["ethics.txt", "tax.pdf"]

    # Older pages call createJobRun first: it answers the editable run, never a second one.
    for _ in range(2):
        made = original.create_job_run(
            page.job_id, {"clone_from_run_id": first_run, "append_results": True}
        )
        assert made["job_run_id"] == second_run
    assert (
        conn.execute("SELECT count(*) FROM job_runs WHERE job_id = %s", [page.job_id]).fetchone()[0]
        == 2
    )
    assert f"POST /api/jobs/{page.job_id}/files" in original.preflights

    # Its delete dialog.
    assert original.delete_cpe_sheet(page.job_id)["message"]
    assert original.list_cpe_sheets() == {"sheets": [], "total": 0}


def onmessage(stream: EventStream, until) -> list[dict]:
    """What EventSource.onmessage receives: only unnamed messages, as JSON `data`."""
    received = []
    while True:
        message = stream.next_message()
        if message.data is None:
            continue  # a comment (ping)
        assert message.event in (None, "message"), f"a named event onmessage never sees: {message}"
        data = json.loads(message.data)
        received.append(data)
        if until(data):
            return received


def test_a_zip_upload_and_the_stream_the_original_opens(original, conn):
    page = CpePage(original)
    states = original.get_cpe_states()["states"]
    created = original.create_cpe_sheet(states[0]["template_id"])
    page.job_id, page.active_run_id = created["job_id"], created["run_id"]
    panel = UploadPanel(original, page.job_id)
    archive = zip_of({"2024/ethics.txt": TEXT, "2024/scan.pdf": PDF})

    answer = panel.upload([("certificates.zip", archive)], page.active_run_id, None)
    # Unpacked while it arrived: the answer lists every member in the original's shape,
    # then the ZIP, so that the panel opens its stream as for a ZIP its backend unpacked.
    *members, zipped = answer["files"]
    assert [(f["filename"], f["file_size"], f["file_type"]) for f in members] == [
        ("ethics.txt", len(TEXT), "text/plain"),
        ("scan.pdf", len(PDF), "application/pdf"),
    ]
    assert (zipped["filename"], zipped["file_type"]) == ("certificates.zip", "application/zip")
    assert answer["has_zip_files"]
    assert {f["status"] for f in answer["files"]} <= ORIGINAL_FILE_STATUSES
    panel.load_existing_files()
    assert [(f["original_filename"], f["original_path"]) for f in panel.files] == [
        ("ethics.txt", "2024/ethics.txt"),
        ("scan.pdf", "2024/scan.pdf"),
    ]

    # setupSSEConnection: ?token= (its ID token), include_full_state=false, onmessage.
    with original.event_source(page.job_id) as stream:
        stream.open()
        assert stream.response.headers["access-control-allow-origin"] == ORIGIN
        # It opens with what its panel waits for: every member of the ZIP.
        [extracted] = onmessage(stream, until=lambda d: True)
        assert extracted["type"] == "files_extracted"
        assert [(f["id"], f["original_path"]) for f in extracted["files"]] == [
            (f["id"], path)
            for f, path in zip(members, ["2024/ethics.txt", "2024/scan.pdf"], strict=True)
        ]
        run_id = original.start_cpe_sheet(page.job_id)["active_run_id"]
        finish_batch(conn, run_id, {"ethics.txt": row_for("Ethics", 4), "scan.pdf": "unreadable"})
        received = onmessage(
            stream,
            until=lambda d: d["type"] == "run_status" and d["run_id"] == run_id
            and d.get("status") == "partially_completed",
        )  # fmt: skip
    assert all(isinstance(d.get("type"), str) for d in received)
    failed = [d for d in received if d["type"] == "file_status" and d["status"] == "failed"]
    assert [d["name"] for d in failed] == ["scan.pdf"]

    # The page follows the batch by polling; the rows of the member that was read show.
    page.refetch_sheets()
    _, rows = results_table(
        original.get_job_results(page.job_id, limit=1000, run_id=page.active_run_id)
    )
    assert [(r["Source File Path(s)"], r["Course Title"]) for r in rows] == [
        ("ethics.txt", "Ethics")
    ]


def test_another_origin_gets_no_cors_and_our_tokens_never_ride_in_urls(original, conn):
    stranger = httpx.options(
        str(original.http.base_url) + "/api/cpe/sheets",
        headers={
            "Origin": "https://evil.example",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "authorization",
        },
    )
    assert stranger.headers.get("access-control-allow-origin") not in ("https://evil.example", "*")
    sheets = original.http.get(
        "/api/cpe/sheets",
        headers={"Authorization": f"Bearer {original.id_token}", "Origin": "https://evil.example"},
    )
    assert "access-control-allow-origin" not in sheets.headers

    user_id, token = make_token(conn)
    job_id, _ = make_sheet(conn, user_id=user_id)
    with EventStream(
        str(original.http.base_url), f"/api/jobs/{job_id}/events", params={"token": token}
    ) as stream:
        assert stream.status_code == 401
        assert "ticket" in stream.response.read().decode()


def test_events_are_unnamed_only_when_the_client_asks(original, conn):
    user_id, token = make_token(conn)
    job_id, run_id = make_sheet(conn, user_id=user_id)
    base, path = str(original.http.base_url), f"/api/jobs/{job_id}/events"
    streams = {
        "named": EventStream(base, path, token=token),
        "unnamed": EventStream(base, path, token=token, params={"format": "unnamed"}),
        "original": EventStream(base, path, token=token, params={"include_full_state": "true"}),
    }
    for stream in streams.values():
        stream.__enter__().open()
    try:
        conn.execute("UPDATE job_runs SET status = 'cancelled' WHERE id = %s", [run_id])
        got = {}
        for name, stream in streams.items():
            message = stream.next_message()
            while message.data is None or message.payload["type"] == "files_extracted":
                if message.data is not None:  # the original's opening: not in the log
                    assert (name, message.id, message.payload["files"]) == ("original", None, [])
                message = stream.next_message()
            got[name] = (message.event, message.payload["type"], message.id)
    finally:
        for stream in streams.values():
            stream.close()
    assert got["named"][:2] == ("run_status", "run_status")
    assert got["unnamed"] == got["original"] == (None, "run_status", got["named"][2])
