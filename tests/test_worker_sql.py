"""The worker's SQL (sql/0004_workers.sql): claims, leases, retries, releases, batches."""

from __future__ import annotations

import json
import threading
import uuid

import psycopg
import pytest

from .factories import add_file, make_sheet, report, run_row

LEASE = 30.0


def sheet_with_files(conn, files: int = 1, *, max_attempts: int = 3, data: bytes = b"x"):
    """A sheet whose first run is started with `files` queued tasks; (job_id, run_id)."""
    job_id, run_id = make_sheet(conn)
    for n in range(files):
        add_file(conn, job_id, run_id, name=f"certificate-{n}.txt", data=data)
    conn.execute("SELECT start_run(%s, %s)", [job_id, max_attempts])
    return job_id, run_id


def claim(conn, worker: str = "w1", limit: int = 10, lease: float = LEASE):
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        return cur.execute(
            "SELECT * FROM claim_tasks(%s, %s, %s)", [worker, limit, lease]
        ).fetchall()


def expire_leases(conn, run_id) -> None:
    """As if every worker of the run stopped renewing a while ago."""
    conn.execute(
        "UPDATE extraction_tasks SET lease_expires_at = now() - interval '1 second'"
        " WHERE run_id = %s AND status = 'running'",
        [run_id],
    )


def task_row(conn, task_id):
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        return cur.execute(
            "SELECT t.*, f.status AS file_status, f.error AS file_error"
            " FROM extraction_tasks t JOIN source_files f ON f.id = t.file_id WHERE t.id = %s",
            [task_id],
        ).fetchone()


def retry(conn, task_id, attempt, error="boom", delay=0.0):
    return conn.execute(
        "SELECT * FROM retry_task(%s, %s, %s, %s)", [task_id, attempt, error, delay]
    ).fetchone()


def terminal_status_events(conn, run_id) -> int:
    return conn.execute(
        "SELECT count(*) FROM run_events WHERE run_id = %s AND type = 'run_status'"
        " AND payload->>'status' IN ('completed', 'partially_completed', 'failed', 'cancelled')",
        [run_id],
    ).fetchone()[0]


def test_claim_stamps_attempt_lease_worker_and_file_processing(conn):
    job_id, run_id = sheet_with_files(conn, files=1)
    [claimed] = claim(conn, "worker-a")
    task = task_row(conn, claimed["task_id"])
    assert claimed["run_id"] == run_id and claimed["job_id"] == job_id
    assert claimed["attempt"] == 1 and claimed["file_name"] == "certificate-0.txt"
    assert claimed["content_type"] == "text/plain"
    assert claimed["template_id"] == run_row(conn, run_id)["template_id"] is not None
    assert claimed["data"] == b"x"  # small files come with the claim
    assert task["status"] == "running" and task["worker_id"] == "worker-a"
    assert task["attempts"] == 1 and task["lease_expires_at"] is not None
    assert task["started_at"] is not None and task["file_status"] == "processing"
    assert claim(conn, "worker-b") == []


def test_claim_takes_at_most_the_limit(conn):
    sheet_with_files(conn, files=5)
    assert len(claim(conn, limit=2)) == 2
    assert len(claim(conn, limit=10)) == 3
    assert claim(conn, limit=10) == []


def claim_concurrently(connect, claimers: int, limit: int) -> list[list[uuid.UUID]]:
    """`claimers` connections claim `limit` at a time, all at once, until nothing is
    left; every batch each one got, as lists of task ids."""
    barrier = threading.Barrier(claimers)
    batches: list[list[list[uuid.UUID]]] = [[] for _ in range(claimers)]

    def claim_until_empty(n: int) -> None:
        own = connect()
        barrier.wait()
        for _ in range(300):  # bounded: each round claims at least one task or stops
            batch = claim(own, f"worker-{n}", limit=limit)
            if not batch:
                return
            batches[n].append([row["task_id"] for row in batch])

    threads = [threading.Thread(target=claim_until_empty, args=(n,)) for n in range(claimers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return [batch for own in batches for batch in own]


def test_claims_are_exclusive_under_concurrency(connect, conn):
    sheet_with_files(conn, files=300)
    everything = [task for batch in claim_concurrently(connect, 6, limit=7) for task in batch]
    assert len(everything) == len(set(everything)) == 300
    assert conn.execute(
        "SELECT count(*), max(attempts) FROM extraction_tasks WHERE status = 'running'"
    ).fetchone() == (300, 1)


def test_only_tasks_of_runs_in_progress_are_claimed(conn):
    _, run_id = sheet_with_files(conn, files=2)
    conn.execute("UPDATE job_runs SET status = 'failed' WHERE id = %s", [run_id])
    assert claim(conn) == []
    _, cancelled = sheet_with_files(conn, files=2)
    conn.execute("SELECT cancel_run(%s)", [cancelled])
    assert claim(conn) == []


def test_an_expired_lease_is_claimed_again_and_the_zombie_report_is_ignored(conn):
    _, run_id = sheet_with_files(conn, files=2)
    first = claim(conn, "zombie")
    expire_leases(conn, run_id)
    second = claim(conn, "rescuer")
    assert {r["task_id"] for r in second} == {r["task_id"] for r in first}
    assert {r["attempt"] for r in second} == {2}
    held = [[r["task_id"] for r in first], [r["attempt"] for r in first]]
    # The zombie's heartbeat learns it holds nothing; its reports count for nothing.
    assert conn.execute("SELECT * FROM renew_leases('zombie', %s, %s, 30)", held).fetchall() == []
    for row in first:
        assert report(conn, row["task_id"], row["attempt"], rows=[{"by": "zombie"}])[0] == (
            "stale_attempt"
        )
    for row in second:
        assert report(conn, row["task_id"], row["attempt"], rows=[{"by": "rescuer"}])[0] == (
            "completed"
        )
    run = run_row(conn, run_id)
    assert (run["status"], run["tasks_completed"], run["tasks_failed"]) == ("completed", 2, 0)
    assert conn.execute(
        "SELECT array_agg(DISTINCT \"values\"->>'by'), count(*) FROM result_rows WHERE run_id = %s",
        [run_id],
    ).fetchone() == (["rescuer"], 2)
    assert terminal_status_events(conn, run_id) == 1


def test_renew_extends_only_the_leases_the_worker_holds(conn):
    _, run_id = sheet_with_files(conn, files=3)
    mine = claim(conn, "w1", limit=2)
    other = claim(conn, "w2", limit=1)
    before = conn.execute(
        "SELECT id, lease_expires_at FROM extraction_tasks WHERE run_id = %s", [run_id]
    ).fetchall()
    ids = [r["task_id"] for r in mine + other]
    attempts = [r["attempt"] for r in mine] + [r["attempt"] for r in other]
    stale = [mine[0]["task_id"]], [mine[0]["attempt"] + 1]
    with conn.transaction():  # a later transaction: now() has moved on
        held = conn.execute(
            "SELECT * FROM renew_leases('w1', %s, %s, 3600)", [ids, attempts]
        ).fetchall()
    assert {r[0] for r in held} == {r["task_id"] for r in mine}
    after = dict(
        conn.execute(
            "SELECT id, lease_expires_at FROM extraction_tasks WHERE run_id = %s", [run_id]
        ).fetchall()
    )
    for task_id, lease in before:
        assert (after[task_id] > lease) == (task_id in {r["task_id"] for r in mine})
    assert conn.execute("SELECT * FROM renew_leases('w1', %s, %s, 30)", stale).fetchall() == []


def test_retry_requeues_with_backoff_then_fails_with_the_last_error(conn, connect):
    _, run_id = sheet_with_files(conn, files=1, max_attempts=3)
    listener = connect()
    listener.execute("LISTEN cpe_runs_tasks")
    for attempt in (1, 2):
        [row] = claim(conn)
        assert row["attempt"] == attempt
        assert retry(conn, row["task_id"], attempt, f"boom {attempt}", 60)[0] == "retrying"
        task = task_row(conn, row["task_id"])
        assert (task["status"], task["lease_expires_at"], task["file_status"]) == (
            "queued",
            None,
            "queued",
        )
        assert task["last_error"] == f"boom {attempt}"
        # Backing off: not claimable before run_after, and the worker knows when to look.
        assert claim(conn) == []
        assert 55 < conn.execute("SELECT next_task_due()").fetchone()[0] <= 60
        assert retry(conn, row["task_id"], attempt, "again", 0)[0] == "stale_attempt"
        conn.execute(
            "UPDATE extraction_tasks SET run_after = now() WHERE id = %s", [row["task_id"]]
        )
    # Each requeue woke the workers.
    assert [n.payload for n in listener.notifies(timeout=1, stop_after=2)] == [str(run_id)] * 2
    [row] = claim(conn)
    assert row["attempt"] == 3
    assert retry(conn, row["task_id"], 3, "boom 3", 60) == ("failed", run_id, "failed")
    task = task_row(conn, row["task_id"])
    assert (task["status"], task["file_status"], task["file_error"]) == (
        "failed",
        "failed",
        "boom 3",
    )
    run = run_row(conn, run_id)
    assert (run["tasks_completed"], run["tasks_failed"]) == (0, 1)
    assert retry(conn, row["task_id"], 3, "late", 0)[0] == "duplicate"
    assert retry(conn, uuid.uuid4(), 1, "who?", 0)[0] == "unknown_task"


def test_release_hands_tasks_back_without_counting_the_attempt(conn, connect):
    _, run_id = sheet_with_files(conn, files=2)
    claimed = claim(conn, "w1")
    listener = connect()
    listener.execute("LISTEN cpe_runs_tasks")
    ids = [r["task_id"] for r in claimed]
    attempts = [r["attempt"] for r in claimed]
    released = conn.execute("SELECT * FROM release_tasks(%s, %s)", [ids, attempts]).fetchall()
    assert {r[0] for r in released} == set(ids)
    for task_id in ids:
        task = task_row(conn, task_id)
        assert (task["status"], task["attempts"], task["lease_expires_at"]) == ("queued", 0, None)
        assert task["file_status"] == "queued"
    assert [n.payload for n in listener.notifies(timeout=1, stop_after=1)] == [str(run_id)]
    # Releasing again (or a stale attempt) changes nothing; the next claim is attempt 1.
    assert conn.execute("SELECT * FROM release_tasks(%s, %s)", [ids, attempts]).fetchall() == []
    assert {r["attempt"] for r in claim(conn, "w2")} == {1}
    assert run_row(conn, run_id)["status"] == "in_progress"


def test_a_task_whose_workers_keep_dying_fails_after_its_last_attempt(conn):
    _, run_id = sheet_with_files(conn, files=2, max_attempts=2)
    for attempt in (1, 2):
        rows = claim(conn)
        assert {r["attempt"] for r in rows} == {attempt}
        expire_leases(conn, run_id)
    assert claim(conn) == []  # nobody gets it a third time...
    # ...and the workers' sweep fails it (they run it on a timer).
    assert conn.execute("SELECT fail_abandoned_tasks()").fetchone() == (2,)
    assert conn.execute("SELECT fail_abandoned_tasks()").fetchone() == (0,)
    for task_id in conn.execute(
        "SELECT id FROM extraction_tasks WHERE run_id = %s", [run_id]
    ).fetchall():
        task = task_row(conn, task_id[0])
        assert task["status"] == "failed" and task["file_status"] == "failed"
        assert task["file_error"] == "the worker processing it stopped 2 times (lease expired)"
    run = run_row(conn, run_id)  # ...and the run still ends, once
    assert (run["status"], run["tasks_failed"]) == ("failed", 2)
    assert terminal_status_events(conn, run_id) == 1


def test_a_last_attempt_lost_after_an_earlier_failure_names_both(conn):
    _, run_id = sheet_with_files(conn, files=1, max_attempts=2)
    [row] = claim(conn)
    retry(conn, row["task_id"], 1, "RuntimeError: flaky", 0)
    claim(conn)
    expire_leases(conn, run_id)
    assert claim(conn) == []
    conn.execute("SELECT fail_abandoned_tasks()")
    error = task_row(conn, row["task_id"])["file_error"]
    assert "last attempt (2 of 2) stopped (lease expired)" in error
    assert "RuntimeError: flaky" in error


def test_increment_task_completions_reports_each_outcome(conn):
    _, run_id = sheet_with_files(conn, files=3)
    a, b, c = claim(conn)
    reports = [
        {"task_id": str(a["task_id"]), "attempt": 1, "rows": [{"n": 1}, {"n": 2}]},
        {"task_id": str(b["task_id"]), "attempt": 1, "error": "unreadable"},
        {"task_id": str(c["task_id"]), "attempt": 7, "rows": [{"n": 3}]},
        {"task_id": str(uuid.uuid4()), "attempt": 1},
    ]
    outcomes = dict(
        (task_id, outcome)
        for task_id, outcome, *_ in conn.execute(
            "SELECT * FROM increment_task_completions(%s::jsonb)", [json.dumps(reports)]
        ).fetchall()
    )
    assert [outcomes[uuid.UUID(r["task_id"])] for r in reports] == [
        "completed",
        "failed",
        "stale_attempt",
        "unknown_task",
    ]
    again = conn.execute(
        "SELECT outcome FROM increment_task_completions(%s::jsonb)", [json.dumps(reports[:2])]
    ).fetchall()
    assert again == [("duplicate",), ("duplicate",)]
    run = run_row(conn, run_id)
    assert (run["tasks_completed"], run["tasks_failed"], run["status"]) == (1, 1, "in_progress")
    assert (
        conn.execute("SELECT count(*) FROM result_rows WHERE run_id = %s", [run_id]).fetchone()[0]
        == 2
    )


def test_read_file_bytes_joins_the_chunks_in_order(conn):
    job_id, run_id = make_sheet(conn)
    file_id = add_file(conn, job_id, run_id, data=b"first")
    whole = b"first, second"
    conn.execute(
        "UPDATE source_files SET size_bytes = %s, sha256 = encode(sha256(%s), 'hex') WHERE id = %s",
        [len(whole), whole, file_id],
    )
    conn.execute(
        "INSERT INTO file_chunks (file_id, chunk_no, data) VALUES (%s, 1, ', second')", [file_id]
    )
    assert conn.execute("SELECT read_file_bytes(%s)", [file_id]).fetchone()[0] == whole


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        ("DELETE FROM file_chunks WHERE file_id = %s", "0 of its 11 bytes"),
        ("UPDATE file_chunks SET data = 'certificatX' WHERE file_id = %s", "sha256"),
    ],
)
def test_read_file_bytes_refuses_missing_or_damaged_bytes(conn, damage, reason):
    job_id, run_id = make_sheet(conn)
    file_id = add_file(conn, job_id, run_id, data=b"certificate")
    conn.execute(damage, [file_id])
    with pytest.raises(psycopg.Error) as refused:
        conn.execute("SELECT read_file_bytes(%s)", [file_id])
    assert refused.value.sqlstate == "CR040"
    assert reason in refused.value.diag.message_primary


def test_claim_brings_only_small_intact_files_along(conn):
    job_id, run_id = make_sheet(conn)
    add_file(conn, job_id, run_id, name="small.txt", data=b"small")
    add_file(conn, job_id, run_id, name="large.txt", data=b"large" * 100)
    damaged = add_file(conn, job_id, run_id, name="damaged.txt", data=b"damaged")
    conn.execute("UPDATE file_chunks SET data = 'DAMAGED' WHERE file_id = %s", [damaged])
    conn.execute("SELECT start_run(%s)", [job_id])
    with conn.cursor() as cur:
        cur.execute("SELECT file_name, data FROM claim_tasks('w', 10, 30, 100)")
        assert dict(cur.fetchall()) == {
            "small.txt": b"small",
            "large.txt": None,
            "damaged.txt": None,
        }


def test_run_template_fields_are_in_display_order(conn):
    _, run_id = make_sheet(conn)
    names = [r[0] for r in conn.execute("SELECT * FROM run_template_fields(%s)", [run_id])]
    assert names[:4] == ["Course Title", "Provider/Sponsor", "Completion Date", "CPE Hours"]
    assert len(names) == 7
    _, no_template = make_sheet(conn, template=None)
    assert conn.execute("SELECT * FROM run_template_fields(%s)", [no_template]).fetchall() == []


def test_next_task_due_is_null_when_nothing_waits(conn):
    assert conn.execute("SELECT next_task_due()").fetchone() == (None,)
    sheet_with_files(conn, files=1)
    assert conn.execute("SELECT next_task_due()").fetchone()[0] <= 0
