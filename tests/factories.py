"""Test factories: rows in the state a test asks for, with fitting defaults.

They write through plain SQL on a psycopg connection (autocommit), calling the
same SQL functions the application calls.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from typing import Any

import psycopg

CALIFORNIA = "California"


def state_template_id(conn: psycopg.Connection, name: str = CALIFORNIA) -> uuid.UUID:
    return conn.execute(
        "SELECT id FROM templates WHERE name = %s AND template_type = 'cpe'", [name]
    ).fetchone()[0]


def make_user(conn: psycopg.Connection, email: str | None = None) -> uuid.UUID:
    email = email or f"user-{uuid.uuid4().hex[:8]}@example.com"
    return conn.execute("INSERT INTO users (email) VALUES (%s) RETURNING id", [email]).fetchone()[0]


def make_token(conn: psycopg.Connection, email: str | None = None) -> tuple[uuid.UUID, str]:
    """A user (created when needed) and a new API token of theirs; (user_id, token)."""
    email = email or f"user-{uuid.uuid4().hex[:8]}@example.com"
    token = "cpe_" + secrets.token_urlsafe(32)
    conn.execute(
        "SELECT create_api_token(%s, %s)", [email, hashlib.sha256(token.encode()).digest()]
    )
    user_id = conn.execute("SELECT id FROM users WHERE email = lower(%s)", [email]).fetchone()[0]
    return user_id, token


def make_sheet(
    conn: psycopg.Connection,
    *,
    user_id: uuid.UUID | None = None,
    job_type: str = "cpe",
    name: str = "CPE sheet",
    template: str | None = CALIFORNIA,
) -> tuple[uuid.UUID, uuid.UUID]:
    """A job with its first (pending) run; returns (job_id, run_id)."""
    job_id = conn.execute(
        "INSERT INTO extraction_jobs (user_id, name, job_type) VALUES (%s, %s, %s) RETURNING id",
        [user_id, name, job_type],
    ).fetchone()[0]
    template_id = state_template_id(conn, template) if template else None
    run_id = conn.execute(
        "INSERT INTO job_runs (job_id, template_id) VALUES (%s, %s) RETURNING id",
        [job_id, template_id],
    ).fetchone()[0]
    return job_id, run_id


def add_file(
    conn: psycopg.Connection,
    job_id: uuid.UUID,
    run_id: uuid.UUID,
    name: str = "certificate.txt",
    data: bytes = b"Certificate of completion",
    content_type: str = "text/plain",
) -> uuid.UUID:
    file_id = conn.execute(
        "INSERT INTO source_files (job_id, run_id, name, content_type, size_bytes, sha256)"
        " VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
        [job_id, run_id, name, content_type, len(data), hashlib.sha256(data).hexdigest()],
    ).fetchone()[0]
    conn.execute(
        "INSERT INTO file_chunks (file_id, chunk_no, data) VALUES (%s, 0, %s)", [file_id, data]
    )
    return file_id


def stage_file(
    conn: psycopg.Connection,
    user_id: uuid.UUID,
    job_id: uuid.UUID,
    run_id: uuid.UUID,
    name: str = "certificate.txt",
    data: bytes = b"Certificate of completion",
) -> uuid.UUID:
    """A file of an upload still in progress ('uploading', its bytes written), as an
    upload stages it; finish_upload would make it the run's."""
    file_id = conn.execute(
        "SELECT stage_upload_file(%s, %s, %s, %s, 'text/plain')", [user_id, job_id, run_id, name]
    ).fetchone()[0]
    conn.execute("SELECT write_upload_chunk(%s, %s, 0, %s)", [user_id, file_id, data])
    return file_id


def finish_upload(
    conn: psycopg.Connection,
    user_id: uuid.UUID,
    job_id: uuid.UUID,
    run_id: uuid.UUID,
    file_ids: list[uuid.UUID],
    data: bytes = b"Certificate of completion",
) -> None:
    """Finish the upload of staged files (each holding `data`), as the API does."""
    n = len(file_ids)
    conn.execute(
        "SELECT finish_upload(%s, %s, %s, %s, %s, %s)",
        [
            user_id,
            job_id,
            run_id,
            file_ids,
            [len(data)] * n,
            [hashlib.sha256(data).hexdigest()] * n,
        ],
    )


def start(conn: psycopg.Connection, job_id: uuid.UUID) -> uuid.UUID:
    return conn.execute("SELECT id FROM start_run(%s)", [job_id]).fetchone()[0]


def claim_all(conn: psycopg.Connection, run_id: uuid.UUID) -> list[tuple[uuid.UUID, int]]:
    """Mark every queued task of the run as claimed (as a worker would); (task, attempt)."""
    return conn.execute(
        "UPDATE extraction_tasks SET status = 'running', attempts = attempts + 1,"
        " lease_expires_at = now() + interval '1 minute', started_at = now()"
        " WHERE run_id = %s AND status = 'queued' RETURNING id, attempts",
        [run_id],
    ).fetchall()


def report(
    conn: psycopg.Connection,
    task_id: uuid.UUID,
    attempt: int,
    rows: list[dict[str, Any]] | None = None,
    error: str | None = None,
) -> tuple[str, uuid.UUID | None, str | None]:
    rows_json = psycopg.types.json.Jsonb(rows if rows is not None else [])
    return conn.execute(
        "SELECT * FROM increment_task_completion(%s, %s, %s, %s)",
        [task_id, attempt, rows_json, error],
    ).fetchone()


def started_sheet(conn: psycopg.Connection, files: int = 1, **kwargs) -> dict[str, Any]:
    """A sheet whose first run is in progress with `files` claimed tasks."""
    job_id, run_id = make_sheet(conn, **kwargs)
    for n in range(files):
        add_file(conn, job_id, run_id, name=f"certificate-{n}.txt")
    start(conn, job_id)
    tasks = claim_all(conn, run_id)
    return {"job_id": job_id, "run_id": run_id, "tasks": tasks}


def run_row(conn: psycopg.Connection, run_id: uuid.UUID) -> dict[str, Any]:
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        return cur.execute("SELECT * FROM job_runs WHERE id = %s", [run_id]).fetchone()


def runs_of(conn: psycopg.Connection, job_id: uuid.UUID) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        return cur.execute(
            "SELECT * FROM job_runs WHERE job_id = %s ORDER BY run_number", [job_id]
        ).fetchall()
