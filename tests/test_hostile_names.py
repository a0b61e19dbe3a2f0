"""Hostile names through the API: file names with path parts, NUL and control
characters, a thousand characters, odd Unicode and SQL metacharacters, and sheet
names with markup and SQL metacharacters. Each is stored safely and literally, and
every route that shows it shows the same text. (The page: test_hostile_names_page.py.)

Bodies are written by hand, byte for byte, as a hostile client could send them;
names are quoted the way browsers quote them (HTML: `"` %22, CR %0D, LF %0A).
"""

from __future__ import annotations

import csv
import io
import unicodedata
import uuid

import psycopg
from multipart import content_disposition_quote

from . import apiclient
from .apiclient import ApiUser, assert_problem, certificate, new_sheet
from .factories import claim_all, report, state_template_id

alice, client = apiclient.alice, apiclient.client

LONG = "x" * 996 + ".txt"
LONG_UNICODE = "é" * 996 + ".txt"
# The name sent -> the name stored and shown.
FILE_NAMES = {
    # Path parts are dropped: only the last part is a name (\ too: Windows paths).
    "../../etc/passwd": "passwd",
    "/etc/cron.d/evil.txt": "evil.txt",
    "..\\..\\Windows\\win.ini.txt": "win.ini.txt",
    "C:\\Users\\ada\\tax\\2025.txt": "2025.txt",
    "%2e%2e%2fencoded-not-decoded.txt": "%2e%2e%2fencoded-not-decoded.txt",
    "..": "upload",
    # NUL and control characters are dropped, the rest kept.
    "cert\x00ificate.txt": "certificate.txt",
    "bell\x07 and \x1b[31mescape\x7f.txt": "bell and [31mescape.txt",
    "line\r\nbreak\tand tab.txt": "linebreakand tab.txt",
    "\x00": "upload",
    # Capped at 255 characters, the extension kept.
    LONG: "x" * 251 + ".txt",
    LONG_UNICODE: "é" * 251 + ".txt",
    # Format characters (bidi overrides and isolates, zero-width) are dropped: a name
    # cannot read as something else. Unicode is stored as NFC.
    "Ethics\u202egnp.exe.txt": "Ethicsgnp.exe.txt",
    "\u2066isolated\u2069 zero\u200bwidth\ufeff.txt": "isolated zerowidth.txt",
    unicodedata.normalize("NFD", "Zertifikat Übung.txt"): "Zertifikat Übung.txt",
    unicodedata.normalize("NFC", "Certificat réussi.txt"): "Certificat réussi.txt",
    "Z\u0351\u0360a\u0352lgo combining.txt": "Z\u0351\u0360a\u0352lgo combining.txt",
    "🎓 Ethics ✅ 2025 証明書.txt": "🎓 Ethics ✅ 2025 証明書.txt",
    # SQL metacharacters are text like any other.
    "'); DROP TABLE source_files;--.txt": "'); DROP TABLE source_files;--.txt",
    "100% _done_ [a-z]* $1 ?.txt": "100% _done_ [a-z]* $1 ?.txt",
    'O\'Brien "quoted" <b>bold<b> & co.txt': 'O\'Brien "quoted" <b>bold<b> & co.txt',
}
# The name sent -> the name stored and shown.
SHEET_NAMES = {
    '<script>alert("x")</script> <img src=x onerror=alert(1)>': (
        '<script>alert("x")</script> <img src=x onerror=alert(1)>'
    ),
    "'); DROP TABLE extraction_jobs;-- 100% _a_ \\b\\": (
        "'); DROP TABLE extraction_jobs;-- 100% _a_ \\b\\"
    ),
    "Ethics\u202e2025\x00\x07 CPE": "Ethics2025 CPE",
    "Line\r\nbreak": "Linebreak",
    "🎓 " + unicodedata.normalize("NFD", "Übung"): "🎓 Übung",
}
BOUNDARY = "hostile-boundary"


def multipart_body(files: list[tuple[str, bytes]]) -> bytes:
    """A multipart body whose file names are the names' UTF-8 bytes, as a browser quotes them."""
    parts = []
    for name, data in files:
        head = (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="files";'
            f" filename={content_disposition_quote(name)}\r\nContent-Type: text/plain\r\n\r\n"
        )
        parts.append(head.encode() + data + b"\r\n")
    return b"".join(parts) + f"--{BOUNDARY}--\r\n".encode()


def post_files(client, user: ApiUser, job_id, files: list[tuple[str, bytes]]):
    headers = {**user.headers, "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}
    return client.post(f"/api/jobs/{job_id}/files", content=multipart_body(files), headers=headers)


def finish(conn: psycopg.Connection, run_id) -> None:
    """Extract the run as a worker would: one row per file, titled with the stored name."""
    for task_id, attempt in claim_all(conn, run_id):
        name = conn.execute(
            "SELECT f.name FROM extraction_tasks t JOIN source_files f ON f.id = t.file_id"
            " WHERE t.id = %s",
            [task_id],
        ).fetchone()[0]
        report(conn, task_id, attempt, rows=[{"Course Title": name}])


def test_hostile_file_names_are_stored_safely_and_shown_identically(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    job, run = sheet["job_id"], sheet["run_id"]
    sent = list(FILE_NAMES)
    expected = [FILE_NAMES[name] for name in sent]

    uploaded = post_files(
        client, alice, job, [(name, certificate(n)) for n, name in enumerate(sent)]
    )
    assert uploaded.status_code == 201, uploaded.text
    assert [f["name"] for f in uploaded.json()["files"]] == expected
    for name in expected:
        assert len(name) <= 255 and "/" not in name and "\\" not in name
        assert name == unicodedata.normalize("NFC", name)
        assert not any(unicodedata.category(ch)[0] == "C" for ch in name), name

    listed = client.get(f"/api/jobs/{job}/files:all", headers=alice.headers).json()["files"]
    assert [f["name"] for f in listed] == expected
    stored = conn.execute(
        "SELECT name FROM source_files WHERE run_id = %s ORDER BY created_at, id", [run]
    ).fetchall()
    assert [name for (name,) in stored] == expected
    # The metacharacters were data: the tables they name are still there.
    assert conn.execute("SELECT to_regclass('source_files') IS NOT NULL").fetchone()[0]

    assert client.post(f"/api/cpe/sheets/{job}/start", headers=alice.headers).status_code == 202
    finish(conn, run)
    results = client.get(
        f"/api/jobs/{job}/results", params={"run_id": run, "limit": 100}, headers=alice.headers
    ).json()
    assert [r["file_name"] for r in results["rows"]] == expected
    assert [r["values"]["Course Title"] for r in results["rows"]] == expected

    exported = client.get(f"/api/jobs/{job}/export/csv", headers=alice.headers)
    assert exported.status_code == 200
    lines = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert [line[-1] for line in lines[1:]] == expected


def test_nfc_and_nfd_spellings_of_a_name_are_one_name(client, alice, conn):
    sheet = new_sheet(client, alice, conn)
    name = "Résumé Übung.txt"
    mixed = "Re\u0301sum\u00e9 U\u0308bung.txt"  # partly composed, partly not
    spellings = [unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name), mixed]
    assert len(set(spellings)) == 3
    uploaded = post_files(
        client, alice, sheet["job_id"], [(s, certificate(n)) for n, s in enumerate(spellings)]
    )
    assert {f["name"] for f in uploaded.json()["files"]} == {unicodedata.normalize("NFC", name)}


def test_hostile_sheet_names_are_stored_literally_without_invisible_characters(client, alice, conn):
    template_id = str(state_template_id(conn))
    created = {}
    for sent, expected in SHEET_NAMES.items():
        answer = client.post(
            "/api/cpe/sheets",
            json={"template_id": template_id, "name": sent},
            headers=alice.headers,
        )
        assert answer.status_code == 201, (sent, answer.text)
        created[answer.json()["job_id"]] = expected
    listed = client.get("/api/cpe/sheets", headers=alice.headers).json()["sheets"]
    assert {s["job_id"]: s["name"] for s in listed} == created
    for job_id, expected in created.items():
        stored = conn.execute(
            "SELECT name FROM extraction_jobs WHERE id = %s", [uuid.UUID(job_id)]
        ).fetchone()[0]
        assert stored == expected
        exported = client.get(f"/api/jobs/{job_id}/export/csv", headers=alice.headers)
        assert exported.status_code == 200
        disposition = exported.headers["content-disposition"]
        assert disposition.isascii() and "\r" not in disposition and "\n" not in disposition
    assert conn.execute("SELECT to_regclass('extraction_jobs') IS NOT NULL").fetchone()[0]


def test_a_sheet_name_of_only_invisible_characters_takes_the_default(client, alice, conn):
    body = {"template_id": str(state_template_id(conn)), "name": "\x00\u202e\u200b "}
    job = client.post("/api/cpe/sheets", json=body, headers=alice.headers).json()["job_id"]
    names = {
        s["job_id"]: s["name"]
        for s in client.get("/api/cpe/sheets", headers=alice.headers).json()["sheets"]
    }
    assert names[job] == "California CPE"


def test_a_sheet_name_past_200_characters_answers_400(client, alice, conn):
    body = {"template_id": str(state_template_id(conn)), "name": "é" * 201}
    assert_problem(client.post("/api/cpe/sheets", json=body, headers=alice.headers), 400)
