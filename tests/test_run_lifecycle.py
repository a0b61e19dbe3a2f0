"""The run lifecycle in SQL: status guard, append trigger, task completion."""

from __future__ import annotations

import itertools
import threading

import psycopg
import pytest
from psycopg.rows import dict_row

from .factories import (
    add_file,
    claim_all,
    make_sheet,
    report,
    run_row,
    runs_of,
    start,
    started_sheet,
    state_template_id,
)

STATUSES = ["pending", "in_progress", "completed", "partially_completed", "failed", "cancelled"]
TERMINAL = {"completed", "partially_completed", "failed", "cancelled"}


def _allowed(old: str, new: str) -> bool:
    if old in TERMINAL:
        return False
    return not (old == "in_progress" and new == "pending")


# -- minimal inserts and the status guard --------------------------------------------


def test_minimal_inserts_work_and_a_new_run_is_pending(conn):
    job_id = conn.execute(
        "INSERT INTO extraction_jobs (name, job_type) VALUES ('x', 'cpe') RETURNING id"
    ).fetchone()[0]
    run = conn.execute(
        "INSERT INTO job_runs (job_id) VALUES (%s) RETURNING status, run_number, append_results,"
        " tasks_total, tasks_completed, tasks_failed",
        [job_id],
    ).fetchone()
    assert run == ("pending", 1, False, 0, 0, 0)
    default_type = conn.execute(
        "INSERT INTO extraction_jobs (name) VALUES ('y') RETURNING job_type"
    ).fetchone()
    assert default_type == ("extraction",)


@pytest.mark.parametrize(("old", "new"), list(itertools.permutations(STATUSES, 2)))
def test_status_transitions(conn, old, new):
    job_id = conn.execute(
        "INSERT INTO extraction_jobs (name, job_type) VALUES ('x', 'extraction') RETURNING id"
    ).fetchone()[0]
    run_id = conn.execute(
        "INSERT INTO job_runs (job_id, status) VALUES (%s, %s) RETURNING id", [job_id, old]
    ).fetchone()[0]
    update = "UPDATE job_runs SET status = %s WHERE id = %s"
    if _allowed(old, new):
        conn.execute(update, [new, run_id])
        assert run_row(conn, run_id)["status"] == new
    else:
        with pytest.raises(psycopg.Error) as refused:
            conn.execute(update, [new, run_id])
        assert refused.value.sqlstate == "CR001"
        message = refused.value.diag.message_primary
        assert str(run_id) in message and f"{old} -> {new}" in message
        assert run_row(conn, run_id)["status"] == old


def test_lifecycle_times_are_stamped(conn):
    sheet = started_sheet(conn)
    run = run_row(conn, sheet["run_id"])
    assert run["started_at"] is not None and run["completed_at"] is None
    report(conn, *sheet["tasks"][0])
    assert run_row(conn, sheet["run_id"])["completed_at"] is not None


# -- the append trigger -----------------------------------------------------------


@pytest.mark.parametrize("final", ["completed", "partially_completed"])
def test_finishing_a_cpe_run_creates_the_next_append_run(conn, final):
    job_id, run_id = make_sheet(conn)
    conn.execute("UPDATE job_runs SET status = %s WHERE id = %s", [final, run_id])
    first, second = runs_of(conn, job_id)
    assert second["status"] == "pending"
    assert second["clone_from_run_id"] == run_id
    assert second["append_from_run_id"] == run_id
    assert second["append_results"] is True
    assert second["template_id"] == first["template_id"] == state_template_id(conn)
    assert second["run_number"] == 2


@pytest.mark.parametrize("final", ["failed", "cancelled"])
def test_failed_or_cancelled_runs_get_no_append_run(conn, final):
    job_id, run_id = make_sheet(conn)
    conn.execute("UPDATE job_runs SET status = %s WHERE id = %s", [final, run_id])
    assert len(runs_of(conn, job_id)) == 1


def test_non_cpe_jobs_get_no_append_run(conn):
    job_id, run_id = make_sheet(conn, job_type="extraction")
    conn.execute("UPDATE job_runs SET status = 'completed' WHERE id = %s", [run_id])
    assert len(runs_of(conn, job_id)) == 1


def test_no_append_run_when_the_job_already_has_a_newer_run(conn):
    job_id, old_run = make_sheet(conn)
    conn.execute("INSERT INTO job_runs (job_id) VALUES (%s)", [job_id])
    conn.execute("UPDATE job_runs SET status = 'completed' WHERE id = %s", [old_run])
    runs = runs_of(conn, job_id)
    assert len(runs) == 2
    assert all(run["append_from_run_id"] is None for run in runs)


def test_no_append_run_for_a_run_that_was_already_terminal(conn):
    job_id, run_id = make_sheet(conn)
    conn.execute("UPDATE job_runs SET status = 'failed' WHERE id = %s", [run_id])
    # Same status again is no change; the guard refuses any other.
    conn.execute("UPDATE job_runs SET status = 'failed' WHERE id = %s", [run_id])
    with pytest.raises(psycopg.Error):
        conn.execute("UPDATE job_runs SET status = 'completed' WHERE id = %s", [run_id])
    assert len(runs_of(conn, job_id)) == 1


def test_a_chain_of_batches_appends_each_to_the_last(conn):
    job_id, run_id = make_sheet(conn)
    expected_rows = 0
    for batch in range(4):
        for n in range(batch + 1):
            add_file(conn, job_id, run_id, name=f"b{batch}-{n}.txt")
        start(conn, job_id)
        for task_id, attempt in claim_all(conn, run_id):
            report(conn, task_id, attempt, rows=[{"Course Title": f"batch {batch}"}])
            expected_rows += 1
        run_id = runs_of(conn, job_id)[-1]["id"]
    runs = runs_of(conn, job_id)
    assert [r["status"] for r in runs] == ["completed"] * 4 + ["pending"]
    for previous, run in itertools.pairwise(runs):
        assert run["append_from_run_id"] == previous["id"]
    chain = conn.execute("SELECT count(*) FROM run_chain(%s)", [run_id]).fetchone()[0]
    assert chain == 5
    visible = conn.execute(
        "SELECT count(*) FROM result_rows WHERE run_id IN (SELECT run_id FROM run_chain(%s))",
        [run_id],
    ).fetchone()[0]
    assert visible == expected_rows == 1 + 2 + 3 + 4


def test_the_unique_partial_index_allows_one_append_run_per_finished_run(conn):
    job_id, run_id = make_sheet(conn)
    conn.execute("UPDATE job_runs SET status = 'completed' WHERE id = %s", [run_id])
    with pytest.raises(psycopg.errors.UniqueViolation) as refused:
        conn.execute(
            "INSERT INTO job_runs (job_id, append_from_run_id) VALUES (%s, %s)", [job_id, run_id]
        )
    assert refused.value.diag.constraint_name == "job_runs_job_id_append_from_run_id_key"


def test_create_append_run_on_conflict_returns_the_existing_run(conn):
    job_id, run_id = make_sheet(conn, job_type="extraction")
    conn.execute("UPDATE job_runs SET status = 'completed' WHERE id = %s", [run_id])
    first = conn.execute(
        "SELECT create_append_run(r) FROM job_runs r WHERE id = %s", [run_id]
    ).fetchone()[0]
    again = conn.execute(
        "SELECT create_append_run(r) FROM job_runs r WHERE id = %s", [run_id]
    ).fetchone()[0]
    assert first == again
    assert len(runs_of(conn, job_id)) == 2


# -- increment_task_completion ----------------------------------------------------


def test_run_ends_completed_partially_or_failed_by_its_tasks(conn):
    outcomes = {}
    for errors in (0, 1, 3):
        sheet = started_sheet(conn, files=3)
        for n, (task_id, attempt) in enumerate(sheet["tasks"]):
            error = "unreadable" if n < errors else None
            report(conn, task_id, attempt, rows=[{"n": n}] if error is None else None, error=error)
        run = run_row(conn, sheet["run_id"])
        outcomes[errors] = (run["status"], run["tasks_completed"], run["tasks_failed"])
    assert outcomes == {
        0: ("completed", 3, 0),
        1: ("partially_completed", 2, 1),
        3: ("failed", 0, 3),
    }


def test_completion_stores_rows_and_file_status(conn):
    sheet = started_sheet(conn, files=2)
    (ok_task, ok_attempt), (bad_task, bad_attempt) = sheet["tasks"]
    rows = [{"Course Title": "Ethics"}, {"Course Title": "Tax update"}]
    assert report(conn, ok_task, ok_attempt, rows=rows)[0] == "completed"
    assert report(conn, bad_task, bad_attempt, error="no text layer")[0] == "failed"
    stored = conn.execute(
        'SELECT position, "values" FROM result_rows WHERE task_id = %s ORDER BY position',
        [ok_task],
    ).fetchall()
    assert stored == [(0, rows[0]), (1, rows[1])]
    files = dict(
        conn.execute(
            "SELECT f.status, f.error FROM source_files f JOIN extraction_tasks t"
            " ON t.file_id = f.id WHERE t.run_id = %s",
            [sheet["run_id"]],
        ).fetchall()
    )
    assert files == {"completed": None, "failed": "no text layer"}
    task_error = conn.execute(
        "SELECT status, last_error FROM extraction_tasks WHERE id = %s", [bad_task]
    ).fetchone()
    assert task_error == ("failed", "no text layer")


def test_duplicate_report_changes_nothing(conn):
    sheet = started_sheet(conn, files=2)
    task_id, attempt = sheet["tasks"][0]
    assert report(conn, task_id, attempt, rows=[{"a": 1}])[0] == "completed"
    before = run_row(conn, sheet["run_id"])
    assert report(conn, task_id, attempt, rows=[{"a": 1}])[0] == "duplicate"
    assert report(conn, task_id, attempt, error="late failure")[0] == "duplicate"
    assert run_row(conn, sheet["run_id"]) == before
    assert conn.execute("SELECT count(*) FROM result_rows").fetchone()[0] == 1


def test_stale_attempt_report_changes_nothing(conn):
    sheet = started_sheet(conn, files=2)
    task_id, attempt = sheet["tasks"][0]
    # The lease expired and another worker took the task over: attempt 2.
    conn.execute("UPDATE extraction_tasks SET attempts = attempts + 1 WHERE id = %s", [task_id])
    before = run_row(conn, sheet["run_id"])
    outcome = report(conn, task_id, attempt, rows=[{"a": 1}])
    assert outcome[0] == "stale_attempt"
    assert run_row(conn, sheet["run_id"]) == before
    assert report(conn, task_id, attempt + 1, rows=[{"a": 1}])[0] == "completed"
    assert run_row(conn, sheet["run_id"])["tasks_completed"] == 1


def test_report_for_an_attempt_that_was_requeued_changes_nothing(conn):
    sheet = started_sheet(conn, files=2)
    task_id, attempt = sheet["tasks"][0]
    # The attempt failed and was put back for a retry: same attempt number, queued.
    conn.execute(
        "UPDATE extraction_tasks SET status = 'queued', lease_expires_at = NULL WHERE id = %s",
        [task_id],
    )
    before = run_row(conn, sheet["run_id"])
    assert report(conn, task_id, attempt, rows=[{"a": 1}])[0] == "stale_attempt"
    assert run_row(conn, sheet["run_id"]) == before
    assert conn.execute("SELECT count(*) FROM result_rows").fetchone() == (0,)


def test_report_after_cancel_changes_nothing_and_the_run_stays_cancelled(conn):
    sheet = started_sheet(conn, files=2)
    conn.execute("SELECT cancel_run(%s)", [sheet["run_id"]])
    for task_id, attempt in sheet["tasks"]:
        assert report(conn, task_id, attempt, rows=[{"a": 1}])[0] == "run_not_in_progress"
    run = run_row(conn, sheet["run_id"])
    assert (run["status"], run["tasks_completed"], run["tasks_failed"]) == ("cancelled", 0, 0)
    assert conn.execute("SELECT count(*) FROM result_rows").fetchone()[0] == 0
    assert len(runs_of(conn, sheet["job_id"])) == 1


def test_report_for_unknown_task(conn):
    outcome = conn.execute(
        "SELECT outcome FROM increment_task_completion(gen_random_uuid(), 1)"
    ).fetchone()
    assert outcome == ("unknown_task",)


def test_concurrent_final_completions_create_one_append_run(connect):
    """32 connections report the last 32 tasks of a run at once; 50 times over."""
    setup = connect()
    workers = [connect() for _ in range(32)]
    for _ in range(50):
        sheet = started_sheet(setup, files=32)
        barrier = threading.Barrier(len(workers))
        outcomes: list[str] = []
        errors: list[BaseException] = []

        def finish(conn, task, barrier=barrier, outcomes=outcomes, errors=errors):
            try:
                barrier.wait(10)
                outcomes.append(report(conn, *task, rows=[{"ok": True}])[0])
            except BaseException as exc:
                errors.append(exc)

        threads = [
            threading.Thread(target=finish, args=(conn, task))
            for conn, task in zip(workers, sheet["tasks"], strict=True)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert errors == []
        assert outcomes == ["completed"] * 32
        runs = runs_of(setup, sheet["job_id"])
        assert len(runs) == 2, "exactly one append run"
        assert (runs[0]["status"], runs[0]["tasks_completed"], runs[0]["tasks_failed"]) == (
            "completed",
            32,
            0,
        )
        assert runs[1]["append_from_run_id"] == sheet["run_id"]
        events = setup.execute(
            "SELECT count(*) FILTER (WHERE type = 'run_created'),"
            " count(*) FILTER (WHERE type = 'run_status' AND payload->>'status' = 'completed')"
            " FROM run_events WHERE job_id = %s",
            [sheet["job_id"]],
        ).fetchone()
        assert events == (2, 1)


# -- the editable run and start ---------------------------------------------------


def test_editable_run_after_failed_or_cancelled_run_is_created_on_demand(conn):
    for final in ("failed", "cancelled"):
        job_id, run_id = make_sheet(conn)
        conn.execute("UPDATE job_runs SET status = %s WHERE id = %s", [final, run_id])
        with conn.cursor(row_factory=dict_row) as cur:
            editable = cur.execute("SELECT * FROM ensure_editable_run(%s)", [job_id]).fetchone()
            again = cur.execute("SELECT * FROM ensure_editable_run(%s)", [job_id]).fetchone()
        assert editable == again
        assert editable["status"] == "pending"
        assert editable["append_from_run_id"] == run_id
        assert editable["append_results"] is True
        assert editable["template_id"] == state_template_id(conn)


def test_editable_run_of_a_job_without_runs_and_of_a_pending_run(conn):
    job_id = conn.execute(
        "INSERT INTO extraction_jobs (name, job_type) VALUES ('x', 'cpe') RETURNING id"
    ).fetchone()[0]
    created = conn.execute(
        "SELECT id, run_number FROM ensure_editable_run(%s)", [job_id]
    ).fetchone()
    assert created[1] == 1
    assert (
        conn.execute("SELECT id FROM ensure_editable_run(%s)", [job_id]).fetchone()[0]
        == (created[0])
    )


def test_editable_run_refused_while_a_run_is_in_progress(conn):
    sheet = started_sheet(conn)
    with pytest.raises(psycopg.Error) as refused:
        conn.execute("SELECT ensure_editable_run(%s)", [sheet["job_id"]])
    assert refused.value.sqlstate == "CR003"
    assert refused.value.diag.message_detail == str(sheet["run_id"])


def test_concurrent_editable_run_requests_create_one_run(connect):
    setup = connect()
    job_id, run_id = make_sheet(setup)
    setup.execute("UPDATE job_runs SET status = 'failed' WHERE id = %s", [run_id])
    conns = [connect() for _ in range(16)]
    barrier = threading.Barrier(len(conns))
    got: list = []

    def ask(conn):
        barrier.wait(10)
        got.append(conn.execute("SELECT id FROM ensure_editable_run(%s)", [job_id]).fetchone()[0])

    threads = [threading.Thread(target=ask, args=(c,)) for c in conns]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(got) == 16 and len(set(got)) == 1
    assert len(runs_of(setup, job_id)) == 2


def test_start_without_new_files_is_refused(conn):
    job_id, run_id = make_sheet(conn)
    with pytest.raises(psycopg.Error) as refused:
        start(conn, job_id)
    assert refused.value.sqlstate == "CR005"
    assert "No files uploaded" in refused.value.diag.message_primary
    assert run_row(conn, run_id)["status"] == "pending"


def test_start_queues_one_task_per_new_file(conn):
    job_id, run_id = make_sheet(conn)
    for n in range(3):
        add_file(conn, job_id, run_id, name=f"{n}.txt")
    assert start(conn, job_id) == run_id
    run = run_row(conn, run_id)
    assert (run["status"], run["tasks_total"]) == ("in_progress", 3)
    statuses = conn.execute(
        "SELECT t.status, f.status FROM extraction_tasks t JOIN source_files f ON f.id = t.file_id"
    ).fetchall()
    assert statuses == [("queued", "queued")] * 3


def test_double_start_is_refused_and_queues_nothing_twice(connect):
    setup = connect()
    job_id, run_id = make_sheet(setup)
    add_file(setup, job_id, run_id)
    conns = [connect() for _ in range(8)]
    barrier = threading.Barrier(len(conns))
    results: list = []

    def click(conn):
        barrier.wait(10)
        try:
            results.append(start(conn, job_id))
        except psycopg.Error as exc:
            results.append(exc.sqlstate)

    threads = [threading.Thread(target=click, args=(c,)) for c in conns]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(map(str, results)) == sorted([str(run_id)] + ["CR003"] * 7)
    assert setup.execute("SELECT count(*) FROM extraction_tasks").fetchone()[0] == 1


def test_start_after_a_failed_run_uses_a_new_run(conn):
    sheet = started_sheet(conn)
    report(conn, *sheet["tasks"][0], error="unreadable")
    assert run_row(conn, sheet["run_id"])["status"] == "failed"
    with pytest.raises(psycopg.Error) as refused:
        start(conn, sheet["job_id"])  # the next run would hold no file: nothing changes
    assert refused.value.sqlstate == "CR005"
    assert len(runs_of(conn, sheet["job_id"])) == 1
    # An upload gets the next run on demand (no dead end), and Start then starts it.
    editable = conn.execute("SELECT id FROM ensure_editable_run(%s)", [sheet["job_id"]]).fetchone()
    add_file(conn, sheet["job_id"], editable[0])
    assert start(conn, sheet["job_id"]) == editable[0]
    assert [r["status"] for r in runs_of(conn, sheet["job_id"])] == ["failed", "in_progress"]


# -- no row copying ----------------------------------------------------------------


def test_next_run_on_a_sheet_of_100000_rows_touches_none_of_them(conn):
    sheet = started_sheet(conn, files=2)
    (big_task, big_attempt), (last_task, last_attempt) = sheet["tasks"]
    rows = [{"Course Title": f"course {n}"} for n in range(100_000)]
    report(conn, big_task, big_attempt, rows=rows)
    before = conn.execute(
        "SELECT count(*), max(xmin::text::bigint), min(xmin::text::bigint) FROM result_rows"
    ).fetchone()
    assert before[0] == 100_000 and before[1] == before[2]

    report(conn, last_task, last_attempt, rows=[{"Course Title": "the last one"}])
    new_run = runs_of(conn, sheet["job_id"])[-1]
    assert new_run["append_from_run_id"] == sheet["run_id"]
    untouched = conn.execute(
        "SELECT count(*) FROM result_rows WHERE xmin::text::bigint = %s", [before[1]]
    ).fetchone()[0]
    assert untouched == 100_000, "no earlier row may be rewritten"
    visible = conn.execute(
        "SELECT count(*) FROM result_rows WHERE run_id IN (SELECT run_id FROM run_chain(%s))",
        [new_run["id"]],
    ).fetchone()[0]
    assert visible == 100_001


# -- deletion --------------------------------------------------------------------


def test_deleting_a_sheet_removes_runs_rows_and_file_bytes(conn):
    sheet = started_sheet(conn, files=2)
    for task in sheet["tasks"]:
        report(conn, *task, rows=[{"a": 1}])
    conn.execute("DELETE FROM extraction_jobs WHERE id = %s", [sheet["job_id"]])
    for table in ("job_runs", "source_files", "file_chunks", "extraction_tasks", "result_rows"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    last = conn.execute("SELECT type FROM run_events ORDER BY seq DESC LIMIT 1").fetchone()
    assert last == ("sheet_deleted",)


def test_a_batch_of_reports_across_runs_counts_each_task_once(conn):
    first, second = started_sheet(conn, files=2), started_sheet(conn, files=1)
    (a, a_try), (b, b_try) = first["tasks"]
    (c, c_try) = second["tasks"][0]
    reports = [
        {"task_id": str(a), "attempt": a_try, "rows": [{"n": 1}, {"n": 2}]},
        {"task_id": str(a), "attempt": a_try, "rows": [{"n": 1}]},  # the same report again
        {"task_id": str(b), "attempt": b_try, "error": "unreadable"},
        {"task_id": str(c), "attempt": c_try + 1, "rows": [{"n": 3}]},  # a stale attempt
        {"task_id": "00000000-0000-0000-0000-000000000000", "attempt": 1},
    ]
    outcomes = conn.execute(
        "SELECT outcome, run_status FROM increment_task_completions(%s)",
        [psycopg.types.json.Jsonb(reports)],
    ).fetchall()
    assert outcomes == [
        ("completed", "partially_completed"),
        ("duplicate", "partially_completed"),
        ("failed", "partially_completed"),
        ("stale_attempt", "in_progress"),
        ("unknown_task", None),
    ]
    assert conn.execute("SELECT count(*) FROM result_rows").fetchone() == (2,)
    assert [r["status"] for r in runs_of(conn, first["job_id"])] == [
        "partially_completed",
        "pending",
    ]
    run = run_row(conn, second["run_id"])
    assert (run["status"], run["tasks_completed"], run["tasks_failed"]) == ("in_progress", 0, 0)
