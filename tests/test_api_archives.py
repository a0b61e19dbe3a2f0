"""ZIP uploads: one file per member, clutter skipped, traversal and bombs refused."""

from __future__ import annotations

import io
import zipfile

from . import apiclient
from .apiclient import (
    PDF,
    TEXT,
    api_client,
    assert_problem,
    certificate,
    new_sheet,
    stored_bytes,
    stored_counts,
    upload,
    zip_of,
)

# The shared fixtures of the API tests.
alice, client = apiclient.alice, apiclient.client


def test_zip_members_become_files_with_archive_name_and_path(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    archive = zip_of(
        {
            "2024/ethics.pdf": PDF,
            "2024/q1/tax.txt": TEXT,
            "2024/": b"",
            "__MACOSX/2024/._ethics.pdf": b"\x00\x05\x16\x07",
            "2024/.DS_Store": b"\x00\x00\x00\x01Bud1",
        }
    )
    response = upload(client, alice, sheet["job_id"], ("certs.zip", archive, "application/zip"))
    assert response.status_code == 201, response.text
    body = response.json()
    *stored, listed_archive = body["files"]
    files = {f["zip_path"]: f for f in stored}
    assert set(files) == {"2024/ethics.pdf", "2024/q1/tax.txt"}
    assert files["2024/ethics.pdf"]["name"] == "ethics.pdf"
    assert files["2024/ethics.pdf"]["content_type"] == "application/pdf"
    assert files["2024/q1/tax.txt"]["content_type"] == "text/plain"
    assert {f["archive_name"] for f in stored} == {"certs.zip"}
    # Then the ZIP they came from, in the shape the original client's answer had it.
    assert listed_archive == {
        "kind": "archive",
        "filename": "certs.zip",
        "file_type": "application/zip",
        "status": "unpacked",
        "members": [f["id"] for f in stored],
    }
    assert stored_bytes(conn, files["2024/ethics.pdf"]["id"]) == PDF
    assert body["skipped"] == []  # directories and clutter go silently
    # The ZIP itself is not stored: only its members.
    assert stored_counts(conn)[0] == 2


def test_zip_members_we_cannot_read_are_skipped_and_said_so(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    archive = zip_of(
        {
            "ok.txt": TEXT,
            "photo.gif": b"GIF89a" + b"\x00" * 64,
            "inner.zip": zip_of({"deep.txt": TEXT}),
        }
    )
    response = upload(client, alice, sheet["job_id"], ("mixed.zip", archive))
    assert response.status_code == 201, response.text
    body = response.json()
    assert [f.get("name", f.get("filename")) for f in body["files"]] == ["ok.txt", "mixed.zip"]
    skipped = {s["name"]: s["reason"] for s in body["skipped"]}
    assert set(skipped) == {"mixed.zip/photo.gif", "mixed.zip/inner.zip"}
    assert "ZIP inside a ZIP" in skipped["mixed.zip/inner.zip"]
    # Nothing of a skipped member is left behind.
    assert stored_counts(conn) == (1, 1)


def test_a_text_member_found_binary_half_way_leaves_nothing(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    archive = zip_of({"good.txt": TEXT, "bad.txt": TEXT * 5000 + b"\x00"})
    response = upload(client, alice, sheet["job_id"], ("a.zip", archive))
    assert response.status_code == 201, response.text
    assert [s["name"] for s in response.json()["skipped"]] == ["a.zip/bad.txt"]
    assert stored_counts(conn) == (1, 1)
    events = conn.execute(
        "SELECT count(*) FROM run_events"
        " WHERE type = 'file_status' AND payload->>'name' = 'bad.txt'"
    ).fetchone()[0]
    assert events == 0


def test_a_zip_with_nothing_we_can_read_answers_415(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    archive = zip_of({"a.gif": b"GIF89a", "b.exe": b"MZ\x90\x00"})
    body = assert_problem(upload(client, alice, sheet["job_id"], ("junk.zip", archive)), 415)
    assert {s["name"] for s in body["skipped"]} == {"junk.zip/a.gif", "junk.zip/b.exe"}
    assert stored_counts(conn) == (0, 0)


def test_path_traversal_in_a_zip_is_refused_and_nothing_is_stored(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    for evil in ("../escape.txt", "ok/../../escape.txt", "/etc/cron.d/x.txt", "C:/x.txt"):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zf:
            zf.writestr("fine.txt", TEXT)
            # ZipFile.writestr would clean the name; write the header as an attacker does.
            info = zipfile.ZipInfo("placeholder.txt")
            info.filename = evil
            zf.writestr(info, TEXT)
        response = upload(client, alice, sheet["job_id"], ("evil.zip", buffer.getvalue()))
        body = assert_problem(response, 422)
        assert "outside the archive" in body["detail"]
    assert stored_counts(conn) == (0, 0)


def test_a_zip_bomb_is_refused_before_inflating_and_nothing_is_stored(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    # 64 MiB of zeros compress about 1000 to 1; the member alone is past no other limit
    # than the ratio once the per-file limit is raised above it.
    bomb = zip_of({"ok.txt": TEXT, "bomb.txt": b"0" * (64 * 1024 * 1024)})
    assert len(bomb) < 200_000
    response = upload(client, alice, sheet["job_id"], ("bomb.zip", bomb))
    body = assert_problem(response, 413)
    assert "bomb.txt" in body["detail"]
    assert stored_counts(conn) == (0, 0)


def test_zip_ratio_limit_refuses_a_bomb_under_the_size_limits(db_url, alice, conn):
    with api_client(db_url, max_upload_bytes=200 * 1024 * 1024) as client:
        sheet = new_sheet(client, alice, conn)
        bomb = zip_of({"bomb.txt": b"0" * (20 * 1024 * 1024)})
        body = assert_problem(upload(client, alice, sheet["job_id"], ("b.zip", bomb)), 413)
        assert "ZIP bomb" in body["detail"]
    assert stored_counts(conn) == (0, 0)


def test_zip_member_count_and_total_size_limits_answer_413(db_url, alice, conn):
    with api_client(db_url, max_zip_members=3, max_zip_bytes=10_000) as client:
        sheet = new_sheet(client, alice, conn)
        many = zip_of({f"{n}.txt": TEXT for n in range(4)})
        assert (
            "limit is 3"
            in assert_problem(upload(client, alice, sheet["job_id"], ("m.zip", many)), 413)[
                "detail"
            ]
        )
        large = zip_of({"a.txt": TEXT * 100, "b.txt": TEXT * 100})
        assert (
            "unpacks to"
            in assert_problem(upload(client, alice, sheet["job_id"], ("l.zip", large)), 413)[
                "detail"
            ]
        )
        fits = zip_of({f"{n}.txt": certificate(n) for n in range(3)})
        assert upload(client, alice, sheet["job_id"], ("f.zip", fits)).status_code == 201
    assert stored_counts(conn) == (3, 3)


def test_an_unreadable_zip_answers_422(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    truncated = zip_of({"a.txt": TEXT * 100})[:-30]
    assert_problem(upload(client, alice, sheet["job_id"], ("broken.zip", truncated)), 422)
    assert stored_counts(conn) == (0, 0)


def test_encrypted_members_are_skipped(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    archive = bytearray(zip_of({"ok.txt": TEXT, "secret.txt": TEXT}, zipfile.ZIP_STORED))
    # Set the "encrypted" flag of the second member in its local and central headers.
    for signature in (b"PK\x03\x04", b"PK\x01\x02"):
        at = archive.rfind(signature)
        flag_at = at + (6 if signature == b"PK\x03\x04" else 8)
        archive[flag_at] |= 0x1
    response = upload(client, alice, sheet["job_id"], ("enc.zip", bytes(archive)))
    assert response.status_code == 201, response.text
    assert response.json()["skipped"] == [
        {"name": "enc.zip/secret.txt", "reason": "encrypted members are not unpacked"}
    ]
