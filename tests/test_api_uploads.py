"""POST /api/jobs/{job_id}/files: streamed, size- and type-checked, all or nothing."""

from __future__ import annotations

import hashlib
import uuid

import pytest

from cpe_runs.storage.filetypes import safe_name

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
from .factories import claim_all, report, run_row

# The shared fixtures of the API tests.
alice, bob, client = apiclient.alice, apiclient.bob, apiclient.client
postgres_store_client = apiclient.postgres_store_client
MIB = 1024 * 1024


def test_upload_stores_each_file_with_its_size_hash_and_bytes(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    response = upload(
        client,
        alice,
        sheet["job_id"],
        ("ethics.pdf", PDF, "application/pdf"),
        ("tax.txt", TEXT, "text/plain"),
        run_id=sheet["run_id"],
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["run_id"] == sheet["run_id"] and body["skipped"] == []
    files = {f["name"]: f for f in body["files"]}
    assert files["ethics.pdf"]["content_type"] == "application/pdf"
    assert files["tax.txt"]["content_type"] == "text/plain"
    for name, data in (("ethics.pdf", PDF), ("tax.txt", TEXT)):
        assert files[name]["size"] == len(data)
        assert files[name]["sha256"] == hashlib.sha256(data).hexdigest()
        assert files[name]["job_run_id"] == sheet["run_id"]
        assert files[name]["status"] == "uploaded"
        assert stored_bytes(conn, files[name]["id"]) == data


def test_a_file_larger_than_a_chunk_is_stored_in_several_chunks(postgres_store_client, alice, conn):
    client = postgres_store_client  # about the PostgreSQL store's chunks
    sheet = new_sheet(client, alice, conn)
    data = PDF + b"x" * (3 * 1024 * 1024 + 5)
    response = upload(client, alice, sheet["job_id"], ("big.pdf", data))
    assert response.status_code == 201, response.text
    file_id = response.json()["files"][0]["id"]
    chunks = conn.execute(
        "SELECT count(*), max(octet_length(data)) FROM file_chunks WHERE file_id = %s", [file_id]
    ).fetchone()
    assert chunks == (4, 1024 * 1024)
    assert stored_bytes(conn, file_id) == data
    # The workers read it back through the same checks.
    assert conn.execute("SELECT read_file_bytes(%s) = %s", [file_id, data]).fetchone()[0]


def test_upload_without_run_id_goes_to_the_editable_run(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    response = upload(client, alice, sheet["job_id"], ("a.txt", TEXT))
    assert response.status_code == 201
    assert response.json()["files"][0]["job_run_id"] == sheet["run_id"]


def test_upload_after_a_failed_run_creates_the_next_editable_run(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    upload(client, alice, sheet["job_id"], ("a.txt", TEXT))
    assert client.post(f"/api/cpe/sheets/{sheet['job_id']}/start", headers=alice.headers).is_success
    for task in claim_all(conn, sheet["run_id"]):
        report(conn, *task, error="unreadable")
    assert run_row(conn, sheet["run_id"])["status"] == "failed"

    response = upload(client, alice, sheet["job_id"], ("b.txt", TEXT))
    assert response.status_code == 201, response.text
    new_run = response.json()["run_id"]
    assert new_run != sheet["run_id"]
    assert run_row(conn, new_run)["append_from_run_id"] == uuid.UUID(sheet["run_id"])


def test_upload_while_a_run_is_in_progress_answers_409_with_that_run(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    upload(client, alice, sheet["job_id"], ("a.txt", TEXT))
    client.post(f"/api/cpe/sheets/{sheet['job_id']}/start", headers=alice.headers)
    before = stored_counts(conn)
    for run_id in (None, sheet["run_id"]):
        response = upload(client, alice, sheet["job_id"], ("b.txt", TEXT), run_id=run_id)
        body = assert_problem(response, 409)
        assert body["latest_run_id"] == sheet["run_id"]
    assert stored_counts(conn) == before


def test_upload_past_the_size_limit_answers_413_and_stores_nothing(db_url, alice, conn):
    with api_client(db_url, max_upload_bytes=1000) as client:
        sheet = new_sheet(client, alice, conn)
        response = upload(
            client,
            alice,
            sheet["job_id"],
            ("small.txt", TEXT),
            ("large.pdf", PDF + b"x" * 1000),
        )
        body = assert_problem(response, 413)
        assert "large.pdf" in body["detail"]
        assert stored_counts(conn) == (0, 0)
        # Exactly at the limit is fine.
        exact = upload(
            client, alice, sheet["job_id"], ("exact.pdf", PDF + b"x" * (1000 - len(PDF)))
        )
        assert exact.status_code == 201


def test_too_many_files_in_one_upload_answer_413(db_url, alice, conn):
    with api_client(db_url, max_upload_files=2) as client:
        sheet = new_sheet(client, alice, conn)
        files = [(f"{n}.txt", TEXT) for n in range(3)]
        assert_problem(upload(client, alice, sheet["job_id"], *files), 413)
        assert stored_counts(conn) == (0, 0)


def test_files_we_cannot_read_answer_415_and_store_nothing(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    refused = [
        ("photo.gif", b"GIF89a" + b"\x00" * 100, "image/gif"),
        ("fake.pdf", b"this is not a pdf", "application/pdf"),
        ("binary.txt", b"text\x00with\x01binary", "text/plain"),
        ("latin1.txt", "Caf\xe9".encode("latin-1"), "text/plain"),
        ("letter.docx", b"PK\x03\x04" + b"\x00" * 100, "application/octet-stream"),
        ("empty.txt", b"", "text/plain"),
        ("notes.html", b"<html>hi</html>", "text/html"),
    ]
    for bad in refused:
        response = upload(client, alice, sheet["job_id"], ("good.txt", TEXT), bad)
        body = assert_problem(response, 415)
        assert bad[0] in body["detail"]
    assert stored_counts(conn) == (0, 0)


def test_binary_data_late_in_a_text_file_is_refused(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    data = TEXT * 2000 + b"\x00binary tail"
    assert_problem(upload(client, alice, sheet["job_id"], ("long.txt", data, "text/plain")), 415)
    assert stored_counts(conn) == (0, 0)


# Two files that arrive whole before a third is refused: each is staged, and the
# second's two chunks written, each in a transaction of its own, before the refusal.
_ACCEPTED = [
    ("a.txt", TEXT, "text/plain"),
    ("b.pdf", PDF + b"y" * (MIB + MIB // 2), "application/pdf"),
]
_REFUSED = {
    "413 past the file limit": (
        {"max_upload_bytes": 2 * MIB},
        ("c.pdf", PDF + b"x" * 3 * MIB),
        413,
    ),
    "413 one file too many": ({"max_upload_files": 2}, ("c.txt", TEXT, "text/plain"), 413),
    "415 by its first bytes": ({}, ("c.gif", b"GIF89a" + b"\x00" * 100), 415),
    "415 binary two chunks into a text": (
        {},
        ("c.txt", TEXT * 40_000 + b"\x00", "text/plain"),
        415,
    ),
    "422 a ZIP path leaving the archive": ({}, ("c.zip", zip_of({"../c.txt": TEXT})), 422),
}


def _assert_nothing_of_it_stayed(conn) -> None:
    """No row of the refused request remains, staged or not, and none was announced."""
    assert stored_counts(conn) == (0, 0)
    announced = "SELECT count(*) FROM run_events WHERE type = 'file_status'"
    assert conn.execute(announced).fetchone() == (0,)


@pytest.mark.parametrize(("settings", "third", "status"), _REFUSED.values(), ids=list(_REFUSED))
def test_a_request_whose_third_file_is_refused_stores_none_of_them(
    db_url, alice, conn, settings, third, status
):
    with api_client(db_url, **settings) as client:
        sheet = new_sheet(client, alice, conn)
        assert_problem(upload(client, alice, sheet["job_id"], *_ACCEPTED, third), status)
        _assert_nothing_of_it_stayed(conn)
        # The run still takes the files.
        assert upload(client, alice, sheet["job_id"], *_ACCEPTED).status_code == 201


def test_a_body_cut_short_after_whole_files_answers_400_and_stores_nothing(client, alice, conn):
    sheet = new_sheet(client, alice, conn)

    def part(name: str, data: bytes, content_type: str) -> bytes:
        head = (
            f'--XX\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
            f"Content-Type: {content_type}\r\n\r\n"
        )
        return head.encode() + data + b"\r\n"

    # The third part never ends: no closing boundary.
    body = b"".join(part(*f) for f in _ACCEPTED) + part("c.pdf", PDF + b"x" * MIB, "x")[:-2]
    headers = {**alice.headers, "Content-Type": "multipart/form-data; boundary=XX"}
    response = client.post(f"/api/jobs/{sheet['job_id']}/files", content=body, headers=headers)
    assert_problem(response, 400)
    _assert_nothing_of_it_stayed(conn)


def _when_storing_chunk(conn, chunk_no: int, plpgsql: str) -> None:
    """A fault: `plpgsql` runs before chunk `chunk_no` of any file is stored."""
    conn.execute(
        "CREATE FUNCTION chunk_fault() RETURNS trigger LANGUAGE plpgsql AS"
        f" $$ BEGIN {plpgsql} END $$;"
        " CREATE TRIGGER chunk_fault BEFORE INSERT ON file_chunks FOR EACH ROW"
        f" WHEN (NEW.chunk_no = {chunk_no}) EXECUTE FUNCTION chunk_fault()"
    )


def test_a_database_failure_mid_upload_answers_503_and_stores_nothing(
    postgres_store_client, alice, conn
):
    client = postgres_store_client  # about the PostgreSQL store's chunks
    sheet = new_sheet(client, alice, conn)
    # The third chunk of the third file meets a full disk: the database is short of a
    # resource for now, so the client is told to retry later.
    _when_storing_chunk(conn, 2, "RAISE EXCEPTION 'no space left' USING ERRCODE = '53100';")
    third = ("c.pdf", PDF + b"x" * 3 * MIB)
    response = upload(client, alice, sheet["job_id"], *_ACCEPTED, third)
    assert_problem(response, 503)
    assert response.headers["retry-after"]
    _assert_nothing_of_it_stayed(conn)


def test_a_chunk_lost_on_the_way_answers_503_and_stores_nothing(postgres_store_client, alice, conn):
    client = postgres_store_client  # about the PostgreSQL store's chunks
    sheet = new_sheet(client, alice, conn)
    # The second chunk vanishes, as an unflushed commit does when the database crashes.
    _when_storing_chunk(conn, 1, "RETURN NULL;")
    response = upload(client, alice, sheet["job_id"], ("big.pdf", PDF + b"x" * 3 * MIB))
    body = assert_problem(response, 503)
    assert "big.pdf" in body["detail"] and "send it again" in body["detail"]
    _assert_nothing_of_it_stayed(conn)


def test_content_decides_over_the_name(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    response = upload(client, alice, sheet["job_id"], ("scan.txt", PDF, "text/plain"))
    assert response.status_code == 201
    assert response.json()["files"][0]["content_type"] == "application/pdf"


def test_file_names_are_stored_safely_and_keep_their_unicode(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    names = {
        "../../etc/passwd.txt": "passwd.txt",
        "C:\\Users\\ada\\Zertifikat Übung.txt": "Zertifikat Übung.txt",
        "evil\u202ename.txt": "evilname.txt",
        "  .hidden.txt": "hidden.txt",
        "証明書.txt": "証明書.txt",
        "x" * 300 + ".txt": "x" * 251 + ".txt",
    }
    for raw, expected in names.items():
        response = upload(client, alice, sheet["job_id"], (raw, certificate(raw), "text/plain"))
        assert response.status_code == 201, (raw, response.text)
        assert response.json()["files"][0]["name"] == expected


def test_malformed_multipart_bodies_answer_400(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    url = f"/api/jobs/{sheet['job_id']}/files"
    bodies = [
        ({"Content-Type": "application/json"}, b'{"files": []}'),
        ({"Content-Type": "multipart/form-data"}, b"no boundary"),
        ({"Content-Type": "multipart/form-data; boundary=XX"}, b"garbage without boundary"),
        (
            {"Content-Type": "multipart/form-data; boundary=XX"},
            b'--XX\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\n'
            b"truncated before the closing boundary",
        ),
        (
            {"Content-Type": "multipart/form-data; boundary=XX"},
            b'--XX\r\nContent-Disposition: form-data; name="other"\r\n\r\nvalue\r\n--XX--\r\n',
        ),
        (  # what a browser sends for an empty file input
            {"Content-Type": "multipart/form-data; boundary=XX"},
            b'--XX\r\nContent-Disposition: form-data; name="files"; filename=""\r\n'
            b"Content-Type: application/octet-stream\r\n\r\n\r\n--XX--\r\n",
        ),
    ]
    for headers, content in bodies:
        response = client.post(url, content=content, headers={**alice.headers, **headers})
        assert_problem(response, 400)
    assert stored_counts(conn) == (0, 0)


def test_bad_run_id_answers_4xx(client, alice, bob, conn):
    sheet = new_sheet(client, alice, conn)
    other = new_sheet(client, bob, conn)
    job = sheet["job_id"]
    assert_problem(upload(client, alice, job, ("a.txt", TEXT), run_id="not-a-uuid"), 400)
    assert_problem(upload(client, alice, job, ("a.txt", TEXT), run_id=uuid.uuid4()), 404)
    # Another sheet's run, even another user's, is not a run of this sheet.
    assert_problem(upload(client, alice, job, ("a.txt", TEXT), run_id=other["run_id"]), 404)
    assert stored_counts(conn) == (0, 0)


def test_safe_name_drops_nul_and_control_characters():
    assert safe_name("a\x00b\x07c\r\n.txt") == "abc.txt"
    assert safe_name("dir/\x00") == "upload"
    assert safe_name("non\u00a0breaking space.pdf") == "non breaking space.pdf"


# The first bytes of each picture format we read (a WebP is a RIFF container).
PICTURES = {
    "image/png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
    "image/jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64,
    "image/tiff": b"II*\x00\x08\x00\x00\x00" + b"\x00" * 64,
    "image/webp": b"RIFF\x40\x00\x00\x00WEBPVP8 " + b"\x00" * 64,
}


def test_pictures_are_taken_by_their_content_whatever_their_name(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    files = [
        ("scan.png", PICTURES["image/png"], "image/png"),
        ("IMG_0412", PICTURES["image/jpeg"], "application/octet-stream"),  # a phone's upload
        ("fax.txt", PICTURES["image/tiff"], "text/plain"),  # misnamed: the content decides
        ("photo.webp", PICTURES["image/webp"], "image/webp"),
    ]
    response = upload(client, alice, sheet["job_id"], *files)
    assert response.status_code == 201, response.text
    stored = {f["name"]: f["content_type"] for f in response.json()["files"]}
    assert stored == {
        "scan.png": "image/png",
        "IMG_0412": "image/jpeg",
        "fax.txt": "image/tiff",
        "photo.webp": "image/webp",
    }


def test_pictures_inside_a_zip_are_unpacked_as_pictures(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    archive = zip_of({f"scans/{n}.bin": data for n, data in enumerate(PICTURES.values())})
    response = upload(client, alice, sheet["job_id"], ("phone.zip", archive))
    assert response.status_code == 201, response.text
    *stored, _archive = response.json()["files"]
    assert sorted(f["content_type"] for f in stored) == sorted(PICTURES)
