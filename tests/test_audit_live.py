"""The audit packet from a live server to a client that reads slowly: while the client
does not read, the server holds no transaction (no pool connection is taken), and the
ZIP that arrives in the end holds every certificate, byte for byte; a certificate
deleted meanwhile ends the download rather than leaving it out."""

from __future__ import annotations

import io
import os
import time
import zipfile

import httpx
import psycopg
import pytest

from cpe_runs import audit
from cpe_runs.config import Settings
from cpe_runs.db import create_pool
from cpe_runs.storage.blobs import BlobStores

from .factories import add_file, make_sheet, make_token

CERTIFICATES = 24
CERTIFICATE_BYTES = 1024 * 1024 + 17  # two stored chunks each


def sheet_of_big_certificates(conn: psycopg.Connection, user_id) -> tuple[str, dict[str, bytes]]:
    """A finished batch of CERTIFICATES random files, one row each; (job_id, bytes by name)."""
    job_id, run_id = make_sheet(conn, user_id=user_id)
    contents = {}
    with conn.transaction():
        for n in range(CERTIFICATES):
            name = f"certificate-{n:02d}.pdf"
            data = b"%PDF-1.4\n" + os.urandom(CERTIFICATE_BYTES - 9)
            contents[name] = data
            file_id = add_file(conn, job_id, run_id, name=name, data=b"")
            # Stored as an upload stores it: 1 MiB chunks.
            conn.execute("DELETE FROM file_chunks WHERE file_id = %s", [file_id])
            for chunk_no, start in enumerate(range(0, len(data), 1024 * 1024)):
                conn.execute(
                    "INSERT INTO file_chunks (file_id, chunk_no, data) VALUES (%s, %s, %s)",
                    [file_id, chunk_no, data[start : start + 1024 * 1024]],
                )
            conn.execute(
                "UPDATE source_files SET size_bytes = %s, status = 'completed' WHERE id = %s",
                [len(data), file_id],
            )
            conn.execute(
                "INSERT INTO result_rows (job_id, run_id, file_id, \"values\")"
                " VALUES (%s, %s, %s, %s)",
                [job_id, run_id, file_id,
                 psycopg.types.json.Jsonb({"Course Title": name, "CPE Hours": 1})],
            )  # fmt: skip
        conn.execute(
            "UPDATE job_runs SET tasks_total = 1, tasks_completed = 1, status = 'completed'"
            " WHERE id = %s",
            [run_id],
        )
    return str(job_id), contents


def last_queries(conn: psycopg.Connection) -> set[tuple]:
    """When each other session of the test database last started a query."""
    return set(
        conn.execute(
            "SELECT pid, query_start FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchall()
    )


def wait_until_the_server_stalls(conn: psycopg.Connection, quiet: float = 0.5) -> None:
    """Until no session of the server has started a query for `quiet` seconds: its
    socket buffers are full and it waits for the client."""
    deadline = time.monotonic() + 30
    seen, since = last_queries(conn), time.monotonic()
    while time.monotonic() - since < quiet:
        assert time.monotonic() < deadline, "the server never stopped sending"
        time.sleep(0.05)
        now = last_queries(conn)
        if now != seen:
            seen, since = now, time.monotonic()


def open_transactions(conn: psycopg.Connection) -> list[tuple]:
    """Sessions of the test database (but this one) inside a transaction for a second
    or more: one held through the stalled read would be (the housekeeping of another
    server, with two of them, takes milliseconds)."""
    return conn.execute(
        "SELECT pid, state, left(query, 80) FROM pg_stat_activity"
        " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        " AND xact_start < now() - interval '1 second'"
    ).fetchall()


@pytest.mark.slow
def test_a_slow_reader_holds_no_connection_and_gets_every_certificate(conn, live_server):
    user_id, token = make_token(conn)
    job_id, contents = sheet_of_big_certificates(conn, user_id)
    headers = {"Authorization": f"Bearer {token}"}
    url = f"{live_server.base_url}/api/jobs/{job_id}/export/audit"
    received = bytearray()
    with (
        httpx.Client(timeout=60) as client,
        client.stream("GET", url, headers=headers) as response,
    ):
        assert response.status_code == 200
        chunks = response.iter_raw(64 * 1024)
        received += next(chunks)
        # The client stops reading; the server fills the socket's buffers and waits.
        # Meanwhile no session of the server may sit in a transaction.
        wait_until_the_server_stalls(conn)
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline:
            assert open_transactions(conn) == []
            time.sleep(0.1)
        # Other users are served meanwhile.
        assert client.get(f"{live_server.base_url}/api/cpe/sheets", headers=headers).is_success
        for chunk in chunks:
            received += chunk
    assert len(received) > CERTIFICATES * CERTIFICATE_BYTES

    archive = zipfile.ZipFile(io.BytesIO(bytes(received)))
    assert archive.testzip() is None
    certificates = [n for n in archive.namelist() if n.startswith("certificates/")]
    assert len(certificates) == CERTIFICATES
    for n, path in enumerate(certificates, start=1):
        name = f"certificate-{n - 1:02d}.pdf"
        assert path == f"certificates/{n:03d} {name}"
        assert archive.read(path) == contents[name]


async def test_a_certificate_deleted_while_its_packet_streams_ends_the_download(db_url, conn):
    """No packet that silently lacks a certificate: the stream fails instead."""
    user_id, _token = make_token(conn)
    job_id, _contents = sheet_of_big_certificates(conn, user_id)
    pool = await create_pool(db_url, role="cpe_runs_api")
    try:
        packet = await audit.prepare(pool, user_id, job_id)
        chunks = audit.stream(pool, user_id, packet, BlobStores(Settings()))
        await anext(chunks)  # summary.pdf and the sheet go first
        conn.execute(
            "DELETE FROM source_files WHERE job_id = %s AND name = 'certificate-05.pdf'", [job_id]
        )
        with pytest.raises(audit.CertificateGone, match=r"certificate-05\.pdf was deleted"):
            async for _ in chunks:
                pass
    finally:
        await pool.close()
