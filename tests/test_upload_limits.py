"""Limits that count everything (issue 15): every ZIP entry counts, the archive's
ratio as a whole, a total per request and a storage quota per user. Each is a
413 with a clear detail and leaves nothing stored, and another user is served
meanwhile."""

from __future__ import annotations

import struct
import threading
import time
import zlib

import httpx
import psycopg
import pytest

from cpe_runs.db import login_url

from .apiclient import (
    TEXT,
    ApiUser,
    alice,  # noqa: F401
    api_client,
    assert_problem,
    new_sheet,
    stored_counts,
    upload,
    zip_of,
)
from .factories import add_file, make_sheet, make_token, make_user, stage_file
from .live import start_live_server

MIB = 1024 * 1024
FAST_SECONDS = 2.0


def entries_zip(names: list[str], last: tuple[str, bytes] | None = None) -> bytes:
    """A ZIP of empty stored entries (and one file), written directly: zipfile takes
    minutes for 400,000 entries."""
    local, central = bytearray(), bytearray()
    members = [(n, b"") for n in names] + ([last] if last else [])
    for name, data in members:
        raw, crc, offset = name.encode(), zlib.crc32(data), len(local)
        local += struct.pack(
            "<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 0, crc, len(data), len(data), len(raw), 0
        )
        local += raw + data
        central += struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            20,
            20,
            0,
            0,
            0,
            0,
            crc,
            len(data),
            len(data),
            len(raw),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += raw
    count = min(len(members), 0xFFFF)  # (a lying count: the directory says more)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(central), len(local), 0)
    return bytes(local + central + end)


# -- ZIPs ----------------------------------------------------------------------------


def test_directories_and_clutter_count_towards_the_member_limit(db_url, alice, conn):  # noqa: F811
    with api_client(db_url, max_zip_members=10) as client:
        sheet = new_sheet(client, alice, conn)
        names = ["__MACOSX/", "docs/", "__MACOSX/._a.txt", ".DS_Store", "docs/.DS_Store"]
        names += [f"__MACOSX/docs/._{n}.txt" for n in range(5)]
        body = assert_problem(
            upload(
                client,
                alice,
                sheet["job_id"],
                ("m.zip", zip_of({**dict.fromkeys(names, b""), "docs/a.txt": TEXT})),
            ),
            413,
        )
        assert "11 entries" in body["detail"] and "__MACOSX" in body["detail"]
        fits = zip_of({**dict.fromkeys(names[:9], b""), "docs/a.txt": TEXT})
        assert upload(client, alice, sheet["job_id"], ("f.zip", fits)).status_code == 201
    assert stored_counts(conn) == (1, 1)


@pytest.mark.parametrize("declared", ["true", "lying"])
def test_400000_macosx_entries_are_refused_at_once(client_limits, alice, conn, declared):  # noqa: F811
    names = [f"__MACOSX/._{n:06d}" for n in range(400_000)]
    archive = entries_zip(names, ("a.txt", TEXT))
    if declared == "lying":  # the end record claims 2 entries; the directory holds them all
        archive = archive[:-14] + struct.pack("<2H", 2, 2) + archive[-10:]
    sheet = new_sheet(client_limits, alice, conn)
    started = time.monotonic()
    response = upload(client_limits, alice, sheet["job_id"], ("mac.zip", archive))
    body = assert_problem(response, 413)
    assert time.monotonic() - started < 10
    assert "entries" in body["detail"] or "central directory" in body["detail"]
    assert stored_counts(conn) == (0, 0)


@pytest.fixture
def client_limits(db_url):
    with api_client(db_url) as client:
        yield client


def test_many_small_members_are_refused_by_the_archives_ratio(client_limits, alice, conn):  # noqa: F811
    # 512 members of 1 MiB: none is past the per-member ratio floor, the archive is.
    bomb = zip_of({f"m{n}.txt": b"\n" * MIB for n in range(512)})
    assert len(bomb) < 1_000_000
    sheet = new_sheet(client_limits, alice, conn)
    body = assert_problem(upload(client_limits, alice, sheet["job_id"], ("s.zip", bomb)), 413)
    assert "ZIP bomb" in body["detail"] and "s.zip" in body["detail"]
    assert stored_counts(conn) == (0, 0)


# -- totals --------------------------------------------------------------------------


def test_an_upload_is_bounded_in_the_bytes_it_stores(db_url, alice, conn):  # noqa: F811
    with api_client(db_url, max_request_bytes=3 * MIB) as client:
        sheet = new_sheet(client, alice, conn)
        files = [(f"{n}.txt", b"x" * MIB, "text/plain") for n in range(4)]
        body = assert_problem(upload(client, alice, sheet["job_id"], *files), 413)
        assert "more than 3145728 bytes" in body["detail"]
        assert stored_counts(conn) == (0, 0)
        # A ZIP counts unpacked.
        packed = zip_of({f"{n}.txt": b"y" * MIB for n in range(4)})
        assert len(packed) < MIB
        assert_problem(upload(client, alice, sheet["job_id"], ("p.zip", packed)), 413)
        assert stored_counts(conn) == (0, 0)
        assert upload(client, alice, sheet["job_id"], *files[:3]).status_code == 201


def _usage(conn, user) -> int:
    row = conn.execute(
        "SELECT stored_bytes FROM user_storage WHERE user_id = %s", [user]
    ).fetchone()
    return row[0] if row else 0


def test_the_storage_quota_counts_every_upload_and_frees_on_delete(db_url, conn):
    ada = ApiUser(*make_token(conn, "alice@example.com"))
    ben = ApiUser(*make_token(conn, "bob@example.com"))
    with api_client(db_url, user_quota_bytes=3 * MIB) as client:
        first = new_sheet(client, ada, conn)
        second = new_sheet(client, ada, conn)
        big = ("big.txt", b"a" * (2 * MIB), "text/plain")
        assert upload(client, ada, first["job_id"], big).status_code == 201
        assert _usage(conn, ada.id) == 2 * MIB
        # Another sheet of hers shares her quota; the refusal stores nothing.
        before = stored_counts(conn)
        more = ("more.txt", b"b" * (MIB + MIB // 2), "text/plain")
        body = assert_problem(upload(client, ada, second["job_id"], more), 413)
        assert "storage quota of 3145728 bytes" in body["detail"]
        assert stored_counts(conn) == before and _usage(conn, ada.id) == 2 * MIB
        # Bob has a quota of his own.
        bobs = new_sheet(client, ben, conn)
        assert upload(client, ben, bobs["job_id"], more).status_code == 201
        # A full quota refuses before reading the body.
        fill = ("fill.txt", b"c" * MIB, "text/plain")
        assert upload(client, ada, second["job_id"], fill).status_code == 201
        assert _usage(conn, ada.id) == 3 * MIB
        body = assert_problem(upload(client, ada, second["job_id"], ("t.txt", TEXT)), 413)
        assert "quota" in body["detail"]
        # Deleting frees it: a sheet, then a file.
        response = client.delete(f"/api/cpe/sheets/{first['job_id']}", headers=ada.headers)
        assert response.status_code == 200
        assert _usage(conn, ada.id) == MIB
        assert upload(client, ada, second["job_id"], more).status_code == 201
    assert _usage(conn, ada.id) == MIB + MIB + MIB // 2
    assert _usage(conn, ben.id) == MIB + MIB // 2


# -- the count in SQL -----------------------------------------------------------------


def test_user_storage_follows_every_way_bytes_come_and_go(conn):
    ada, ben = make_user(conn), make_user(conn)
    job, run = make_sheet(conn, user_id=ada)
    staged = stage_file(conn, ada, job, run, data=b"x" * 100)
    assert _usage(conn, ada) == 100
    kept = add_file(conn, job, run, data=b"y" * 40)
    assert _usage(conn, ada) == 140
    conn.execute("SELECT discard_upload(%s, %s)", [ada, [staged]])
    assert _usage(conn, ada) == 40
    bens_job, bens_run = make_sheet(conn, user_id=ben)
    add_file(conn, bens_job, bens_run, data=b"z" * 7)
    conn.execute("DELETE FROM source_files WHERE id = %s", [kept])
    assert (_usage(conn, ada), _usage(conn, ben)) == (0, 7)
    stage_file(conn, ada, job, run, data=b"x" * 10)
    add_file(conn, job, run, data=b"y" * 20)
    conn.execute("SELECT delete_cpe_sheet(%s, %s)", [ada, job])
    assert (_usage(conn, ada), _usage(conn, ben)) == (0, 7)
    # Sweeping an abandoned upload frees it too.
    job, run = make_sheet(conn, user_id=ada)
    stage_file(conn, ada, job, run, data=b"x" * 10)
    conn.execute("UPDATE source_files SET created_at = now() - interval '2 days'")
    conn.execute("SELECT sweep_abandoned_uploads(interval '1 day')")
    assert (_usage(conn, ada), _usage(conn, ben)) == (0, 7)


def test_concurrent_uploads_of_one_user_cannot_pass_the_quota_together(db_url, conn):
    ada = make_user(conn)
    job, run = make_sheet(conn, user_id=ada)
    first, second = (stage_file(conn, ada, job, run, data=b"") for _ in range(2))
    api = login_url(db_url, "cpe_runs_api")
    write = "SELECT write_upload_chunk(%s, %s, 1, %s, 1000)"
    with psycopg.connect(api) as one, psycopg.connect(api) as two:
        for session in (one, two):
            session.execute("SELECT set_config('cpe_runs.user_id', %s, false)", [str(ada)])
        one.execute(write, [ada, first, b"x" * 600])  # not committed yet
        outcome = {}

        def second_writer():
            try:
                two.execute(write, [ada, second, b"y" * 600])
                two.commit()
                outcome["second"] = "stored"
            except psycopg.DatabaseError as exc:
                outcome["second"] = exc.sqlstate

        thread = threading.Thread(target=second_writer)
        thread.start()
        time.sleep(0.5)
        assert thread.is_alive()  # waits for the first to commit or roll back
        one.commit()
        thread.join(10)
    assert outcome == {"second": "CR050"}
    assert _usage(conn, ada) == 600


# -- another user meanwhile -----------------------------------------------------------


def test_another_user_is_served_while_hostile_zips_are_refused(db_url, conn, tmp_path):
    _, alice_token = make_token(conn, "alice@example.com")
    bob_id, bob_token = make_token(conn, "bob@example.com")
    make_sheet(conn, user_id=bob_id)
    server = start_live_server(db_url, tmp_path)
    try:
        alice_job = httpx.post(
            server.base_url + "/api/cpe/sheets",
            json={
                "template_id": str(
                    conn.execute("SELECT id FROM templates WHERE name = 'California'").fetchone()[0]
                )
            },
            headers={"Authorization": f"Bearer {alice_token}"},
        ).json()["job_id"]
        hostile = [
            entries_zip([f"__MACOSX/._{n:06d}" for n in range(400_000)], ("a.txt", TEXT)),
            zip_of({f"m{n}.txt": b"\n" * MIB for n in range(512)}),
        ]
        answers = []

        def attack():
            for archive in hostile * 2:
                answers.append(
                    httpx.post(
                        f"{server.base_url}/api/jobs/{alice_job}/files",
                        files=[("files", ("x.zip", archive, "application/zip"))],
                        headers={"Authorization": f"Bearer {alice_token}"},
                        timeout=60,
                    ).status_code
                )

        thread = threading.Thread(target=attack)
        thread.start()
        latencies = []
        with httpx.Client(base_url=server.base_url, timeout=30) as bob:
            while thread.is_alive():
                started = time.monotonic()
                response = bob.get(
                    "/api/cpe/sheets", headers={"Authorization": f"Bearer {bob_token}"}
                )
                assert response.status_code == 200
                latencies.append(time.monotonic() - started)
                time.sleep(0.05)
        thread.join()
    finally:
        server.stop()
    assert answers == [413] * 4
    assert max(latencies) < FAST_SECONDS, sorted(latencies)[-3:]
    assert stored_counts(conn) == (0, 0)
