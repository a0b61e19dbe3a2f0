"""The Python face of the lifecycle: cpe_runs.runs and cpe_runs.errors, on asyncpg."""

from __future__ import annotations

import pytest

from cpe_runs import runs
from cpe_runs.errors import (
    InvalidRunTransition,
    NoFilesUploaded,
    NotFound,
    RunInProgress,
    translate,
)
from cpe_runs.runs import CompletionOutcome, RunStatus

from .factories import add_file, make_sheet, start, started_sheet


async def test_run_status_enum_equals_the_database_enum(aconn):
    values = await aconn.fetchval("SELECT enum_range(NULL::run_status)::text[]")
    assert [s.value for s in RunStatus] == values


async def test_completion_outcomes_are_the_ones_sql_returns(aconn):
    source = await aconn.fetchval(
        "SELECT prosrc FROM pg_proc WHERE proname = 'record_task_outcomes'"
    )
    for outcome in CompletionOutcome:
        assert f"'{outcome.value}'" in source


async def test_increment_task_completion_reports_what_it_did(conn, aconn):
    sheet = started_sheet(conn, files=1)
    task_id, attempt = sheet["tasks"][0]
    report = runs.TaskReport(task_id, attempt, rows=[{"a": 1}])
    done = (await runs.increment_task_completions(aconn, [report]))[task_id]
    assert done == runs.Completion(
        CompletionOutcome.COMPLETED, sheet["run_id"], RunStatus.COMPLETED
    )
    again = (await runs.increment_task_completions(aconn, [report]))[task_id]
    assert again.outcome is CompletionOutcome.DUPLICATE and not again.outcome.counted


async def test_errors_are_translated_by_sqlstate(conn, aconn):
    sheet = started_sheet(conn)
    with pytest.raises(RunInProgress) as in_progress:
        await runs.ensure_editable_run(aconn, sheet["job_id"])
    assert in_progress.value.run_id == sheet["run_id"]

    job_id, run_id = make_sheet(conn)
    with pytest.raises(NoFilesUploaded) as no_files:
        await runs.start_run(aconn, job_id)
    assert no_files.value.run_id == run_id
    assert "No files uploaded" in str(no_files.value)

    with pytest.raises(NotFound):
        await runs.cancel_run(aconn, "00000000-0000-0000-0000-000000000000")

    await aconn.execute("UPDATE job_runs SET status = 'cancelled' WHERE id = $1", run_id)
    with pytest.raises(Exception) as refused:
        await aconn.execute("UPDATE job_runs SET status = 'pending' WHERE id = $1", run_id)
    assert isinstance(translate(refused.value), InvalidRunTransition)


async def test_events_are_read_and_pruned(conn, aconn):
    make_sheet(conn)
    events = await runs.read_run_events(aconn, 0)
    assert [e["type"] for e in events] == ["run_created"]
    assert await runs.prune_run_events(aconn, 3600) == 0


async def test_report_and_claim_reports_and_claims_in_one_transaction(conn, aconn):
    sheet = started_sheet(conn, files=1)
    task_id, attempt = sheet["tasks"][0]
    job_id, run_id = make_sheet(conn)
    for n in range(3):
        add_file(conn, job_id, run_id, name=f"{n}.txt")
    start(conn, job_id)
    report = runs.TaskReport(task_id, attempt, rows=[{"a": 1}])
    # A claim that fails takes the report down with it: one transaction, not two.
    # (A report may write in a subtransaction, so the rows' xmin cannot tell.)
    conn.execute(
        "CREATE FUNCTION refuse_claim() RETURNS trigger LANGUAGE plpgsql AS"
        " $$BEGIN RAISE EXCEPTION 'claim refused'; END$$"
    )
    conn.execute(
        "CREATE TRIGGER refuse_claim BEFORE UPDATE ON extraction_tasks FOR EACH ROW"
        " WHEN (OLD.status = 'queued' AND NEW.status = 'running') EXECUTE FUNCTION refuse_claim()"
    )
    with pytest.raises(Exception, match="claim refused"):
        await runs.report_and_claim(aconn, [report], "worker-1", 2, 30)
    status = "SELECT status::text FROM extraction_tasks WHERE id = %s"
    assert conn.execute(status, [task_id]).fetchone()[0] == "running"
    assert conn.execute("SELECT count(*) FROM result_rows").fetchone()[0] == 0

    conn.execute("DROP TRIGGER refuse_claim ON extraction_tasks")
    done, claimed = await runs.report_and_claim(aconn, [report], "worker-1", 2, 30)
    assert done[task_id].outcome is CompletionOutcome.COMPLETED
    assert len(claimed) == 2 and {t.run_id for t in claimed} == {run_id}
    assert conn.execute(status, [task_id]).fetchone()[0] == "completed"
