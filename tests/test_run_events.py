"""The event log behind the stream: rows, notifications, and the replay rule."""

from __future__ import annotations

import json

from .factories import add_file, make_sheet, report, start, started_sheet


def _read(conn, after: int = 0) -> list[tuple[int, str, dict]]:
    return conn.execute(
        "SELECT seq, type, payload FROM read_run_events(%s, 10000)", [after]
    ).fetchall()


def test_each_change_writes_an_event_in_order(conn):
    job_id, run_id = make_sheet(conn)
    add_file(conn, job_id, run_id)
    start(conn, job_id)
    (task,) = conn.execute("SELECT id FROM extraction_tasks").fetchall()
    conn.execute(
        "UPDATE extraction_tasks SET status='running', attempts=1,"
        " lease_expires_at = now() + interval '1 minute'"
    )
    report(conn, task[0], 1, rows=[{"a": 1}])
    events = _read(conn)
    seqs = [seq for seq, _, _ in events]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    kinds = [(kind, payload.get("status")) for _, kind, payload in events]
    assert kinds == [
        ("run_created", "pending"),
        ("file_status", "uploaded"),
        ("file_status", "queued"),
        ("run_status", "in_progress"),
        ("file_status", "completed"),
        ("run_status", "completed"),
        ("run_created", "pending"),
    ]
    run_status = events[5][2]
    assert run_status["old_status"] == "in_progress"
    assert (run_status["tasks_total"], run_status["tasks_completed"]) == (1, 1)


def test_listeners_are_notified_with_ids_only(connect):
    listener = connect()
    listener.execute("LISTEN cpe_runs_events")
    writer = connect()
    _job_id, run_id = make_sheet(writer)
    notes = [json.loads(n.payload) for n in listener.notifies(timeout=2, stop_after=1)]
    assert notes, "no notification arrived"
    note = notes[0]
    assert set(note) == {"seq", "type", "job_id", "run_id", "user_id"}
    assert note["type"] == "run_created" and note["run_id"] == str(run_id)
    stored = writer.execute("SELECT type FROM run_events WHERE seq = %s", [note["seq"]]).fetchone()
    assert stored == ("run_created",)


def test_an_event_of_a_transaction_that_commits_late_is_never_skipped(connect):
    """T1 writes first and commits last; a reader must not hand out T2's event first."""
    reader, t1, t2 = connect(), connect(autocommit=False), connect(autocommit=False)
    job_id, _ = make_sheet(reader, job_type="extraction")
    cursor = max(seq for seq, _, _ in _read(reader))

    t1.execute("INSERT INTO job_runs (job_id) VALUES (%s)", [job_id])
    t2_job = t2.execute(
        "INSERT INTO extraction_jobs (name) VALUES ('other') RETURNING id"
    ).fetchone()[0]
    t2.execute("INSERT INTO job_runs (job_id) VALUES (%s)", [t2_job])
    t2.commit()
    assert _read(reader, cursor) == [], "T2's event must wait for T1, which started first"

    t1.commit()
    delivered = _read(reader, cursor)
    assert [payload["job_id"] for _, _, payload in delivered] == [str(job_id), str(t2_job)]


def test_an_older_transaction_whose_event_comes_later_is_not_skipped(connect):
    """T2 starts first but writes its event after T1; whoever commits first, nothing is lost."""
    reader, t1, t2 = connect(), connect(autocommit=False), connect(autocommit=False)
    job_id, _ = make_sheet(reader, job_type="extraction")
    other_job, _ = make_sheet(reader, job_type="extraction")
    cursor = max(seq for seq, _, _ in _read(reader))

    t2.execute("UPDATE extraction_jobs SET name = 'renamed' WHERE id = %s", [other_job])  # xid
    t1.execute("UPDATE extraction_jobs SET name = 'renamed' WHERE id = %s", [job_id])  # xid
    t1.execute("INSERT INTO job_runs (job_id) VALUES (%s)", [job_id])
    t2.execute("INSERT INTO job_runs (job_id) VALUES (%s)", [other_job])
    t2.commit()
    first = _read(reader, cursor)
    assert [p["job_id"] for _, _, p in first] == [str(other_job)]
    cursor = first[-1][0]
    t1.commit()
    second = _read(reader, cursor)
    assert [p["job_id"] for _, _, p in second] == [str(job_id)]


def test_events_of_a_rolled_back_transaction_never_appear(connect):
    reader, writer = connect(), connect(autocommit=False)
    job_id, _ = make_sheet(reader, job_type="extraction")
    cursor = max(seq for seq, _, _ in _read(reader))
    writer.execute("INSERT INTO job_runs (job_id) VALUES (%s)", [job_id])
    writer.rollback()
    make_sheet(reader, job_type="extraction")
    assert [kind for _, kind, _ in _read(reader, cursor)] == ["run_created"]


def test_progress_events_are_throttled_but_the_final_status_carries_the_counts(conn):
    sheet = started_sheet(conn, files=50)
    for task in sheet["tasks"]:
        report(conn, *task, rows=[{"a": 1}])
    counts = dict(
        conn.execute(
            "SELECT type, count(*) FROM run_events WHERE run_id = %s GROUP BY type",
            [sheet["run_id"]],
        ).fetchall()
    )
    assert 1 <= counts["run_progress"] < 49
    final = conn.execute(
        "SELECT payload FROM run_events WHERE run_id = %s AND type = 'run_status'"
        " ORDER BY seq DESC LIMIT 1",
        [sheet["run_id"]],
    ).fetchone()[0]
    assert (final["status"], final["tasks_completed"]) == ("completed", 50)


def test_events_carry_the_sheet_owner(conn):
    user_id = conn.execute("INSERT INTO users (email) VALUES ('a@example.com') RETURNING id")
    user_id = user_id.fetchone()[0]
    make_sheet(conn, user_id=user_id)
    owners = {row[0] for row in conn.execute("SELECT user_id FROM run_events").fetchall()}
    assert owners == {user_id}


def test_old_events_are_pruned(conn):
    make_sheet(conn)
    conn.execute("UPDATE run_events SET created_at = now() - interval '30 days'")
    make_sheet(conn)
    assert conn.execute("SELECT prune_run_events(interval '7 days')").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM run_events").fetchone() == (1,)


def test_event_payloads_stay_small(conn):
    job_id, run_id = make_sheet(conn)
    add_file(conn, job_id, run_id, name="x" * 2000 + ".pdf")
    longest = conn.execute("SELECT max(length(payload::text)) FROM run_events").fetchone()[0]
    assert longest < 8000
