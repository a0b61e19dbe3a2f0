"""The sheet's read structures in SQL (sql/0015_sheet_order.sql): each run's chain,
each row's place in sheet order, the kept row counts and the cursors stay right
whatever writes the rows, and under concurrent appends, edits and deletions.

The oracle is the definition the structures replace: the append chain walked
run by run (append_from_run_id while append_results), its rows joined with
their files and sorted by (run number, file upload time, file id, position,
row creation, row id).
"""

from __future__ import annotations

import random
import threading
import uuid

import psycopg
import pytest
from psycopg.types.json import Jsonb

from .factories import (
    add_file,
    claim_all,
    make_sheet,
    report,
    runs_of,
    start,
    started_sheet,
)

REFERENCE_ORDER = """
WITH RECURSIVE chain AS (
  SELECT r.id, r.run_number, r.append_from_run_id, r.append_results
    FROM job_runs r WHERE r.id = %(run)s
  UNION ALL
  SELECT p.id, p.run_number, p.append_from_run_id, p.append_results
    FROM chain c JOIN job_runs p ON p.id = c.append_from_run_id
   WHERE c.append_results
)
SELECT rr.id, f.name
  FROM chain JOIN result_rows rr ON rr.run_id = chain.id
  LEFT JOIN source_files f ON f.id = rr.file_id
 ORDER BY chain.run_number, f.created_at, f.id, rr.position, rr.created_at, rr.id
"""


REFERENCE_FILES_PROCESSED = (
    REFERENCE_ORDER.split("SELECT rr.id")[0]
    + "SELECT count(*) FROM chain JOIN source_files f ON f.run_id = chain.id"
    " WHERE f.status = 'completed'"
)


def reference(conn: psycopg.Connection, run_id: uuid.UUID) -> list[tuple[uuid.UUID, str | None]]:
    return [tuple(r) for r in conn.execute(REFERENCE_ORDER, {"run": run_id}).fetchall()]


def sheet(conn: psycopg.Connection, run_id: uuid.UUID) -> list[tuple[uuid.UUID, str | None]]:
    return [
        tuple(r)
        for r in conn.execute("SELECT row_id, file_name FROM sheet_rows(%s)", [run_id]).fetchall()
    ]


def count(conn: psycopg.Connection, run_id: uuid.UUID) -> int:
    return conn.execute("SELECT count_sheet_rows(%s)", [run_id]).fetchone()[0]


def assert_consistent(conn: psycopg.Connection, job_id: uuid.UUID) -> None:
    """Every run of the job reads as the oracle says, its kept counts are its rows'
    and its extracted files' (a run's row plus the deltas 0019 keeps while another
    transaction holds it), and every row's copied key is its run's and its file's."""
    for run in runs_of(conn, job_id):
        expected = reference(conn, run["id"])
        assert sheet(conn, run["id"]) == expected, f"order of run {run['run_number']}"
        assert count(conn, run["id"]) == len(expected), f"count of run {run['run_number']}"
        processed = conn.execute("SELECT count_sheet_files_processed(%s)", [run["id"]]).fetchone()[
            0
        ]
        walked = conn.execute(REFERENCE_FILES_PROCESSED, {"run": run["id"]}).fetchone()[0]
        assert processed == walked, f"files processed of run {run['run_number']}"
    stale = conn.execute(
        "SELECT count(*) FROM job_runs r WHERE r.job_id = %s"
        " AND r.row_count + coalesce((SELECT sum(d.row_count) FROM run_task_counts d"
        "  WHERE d.run_id = r.id), 0)"
        " <> (SELECT count(*) FROM result_rows rr WHERE rr.run_id = r.id)",
        [job_id],
    ).fetchone()[0]
    assert stale == 0, "job_runs.row_count"
    unprocessed = conn.execute(
        "SELECT count(*) FROM job_runs r WHERE r.job_id = %s AND r.files_processed <>"
        " (SELECT count(*) FROM source_files f WHERE f.run_id = r.id AND f.status = 'completed')",
        [job_id],
    ).fetchone()[0]
    assert unprocessed == 0, "job_runs.files_processed"
    wrong = conn.execute(
        "SELECT count(*) FROM result_rows rr JOIN job_runs r ON r.id = rr.run_id"
        " LEFT JOIN source_files f ON f.id = rr.file_id"
        " WHERE rr.job_id = %s AND (rr.chain_id, rr.run_number, rr.file_created_at, rr.file_key,"
        "   rr.file_name) IS DISTINCT FROM (r.chain_id, r.run_number,"
        "   coalesce(f.created_at, 'infinity'),"
        "   coalesce(f.id, 'ffffffff-ffff-ffff-ffff-ffffffffffff'),"
        "   f.name)",
        [job_id],
    ).fetchone()[0]
    assert wrong == 0, "rows' copied sheet keys"


def run_batch(conn, job_id, run_id, rows_per_file: list[int]) -> uuid.UUID:
    """Upload one file per entry, start, report each file's rows (last file first);
    returns the sheet's next run."""
    for n in range(len(rows_per_file)):
        add_file(conn, job_id, run_id, name=f"{run_id.hex[:6]}-{n}.txt", data=uuid.uuid4().bytes)
    start(conn, job_id)
    attempts = dict(claim_all(conn, run_id))
    tasks = conn.execute(
        "SELECT t.id FROM extraction_tasks t JOIN source_files f ON f.id = t.file_id"
        " WHERE t.run_id = %s ORDER BY f.created_at",
        [run_id],
    ).fetchall()
    for (task_id,), rows in reversed(list(zip(tasks, rows_per_file, strict=True))):
        report(
            conn, task_id, attempts[task_id], rows=[{"Course Title": f"r{i}"} for i in range(rows)]
        )
    return runs_of(conn, job_id)[-1]["id"]


def manual_row(conn, job_id, run_id, title: str) -> uuid.UUID:
    """A row a person typed: no file, no task (any insert path keeps the keys)."""
    return conn.execute(
        "INSERT INTO result_rows (job_id, run_id, source, \"values\") VALUES (%s, %s, 'manual', %s)"
        " RETURNING id",
        [job_id, run_id, Jsonb({"Course Title": title})],
    ).fetchone()[0]


# -- order and counts along the chain ------------------------------------------------


def test_every_run_reads_its_chain_in_sheet_order_with_its_kept_count(conn):
    job_id, run_id = make_sheet(conn)
    for rows in ([2, 1, 3], [1], [], [4, 2]):
        if rows:
            run_id = run_batch(conn, job_id, run_id, rows)
        manual_row(conn, job_id, run_id, "typed")
    assert len(runs_of(conn, job_id)) == 4
    assert_consistent(conn, job_id)
    # A person's rows come after the files of their run.
    latest = runs_of(conn, job_id)[-1]["id"]
    assert sheet(conn, latest)[-1][1] is None
    # Batches of 6, 1 and 6 rows, and a typed row before each batch and at the end.
    assert count(conn, latest) == 6 + 1 + 1 + 1 + 1 + 6 + 1


def test_a_run_that_fails_halfway_keeps_its_rows_in_the_chain(conn):
    job_id, run_id = make_sheet(conn)
    run_id = run_batch(conn, job_id, run_id, [1])
    for n in range(4):
        add_file(conn, job_id, run_id, name=f"half-{n}.txt", data=bytes([n]))
    start(conn, job_id)
    tasks = claim_all(conn, run_id)
    report(conn, *tasks[0], rows=[{"Course Title": "made it"}, {"Course Title": "also"}])
    report(conn, *tasks[1], error="unreadable")
    # A batch of reports that fails halfway through (its second task's row is not
    # an object) writes nothing at all.
    with pytest.raises(psycopg.errors.CheckViolation), conn.transaction():
        conn.execute(
            "SELECT * FROM increment_task_completions(%s)",
            [Jsonb([
                {"task_id": str(tasks[2][0]), "attempt": tasks[2][1], "rows": [{"a": 1}]},
                {"task_id": str(tasks[3][0]), "attempt": tasks[3][1], "rows": [5]},
            ])],
        )  # fmt: skip
    assert_consistent(conn, job_id)
    conn.execute("SELECT cancel_run(%s)", [run_id])
    assert count(conn, run_id) == 3
    after = conn.execute("SELECT id FROM ensure_editable_run(%s)", [job_id]).fetchone()[0]
    assert count(conn, after) == 3
    assert_consistent(conn, job_id)
    run_batch(conn, job_id, after, [2])
    assert_consistent(conn, job_id)
    assert count(conn, runs_of(conn, job_id)[-1]["id"]) == 5


def test_deleting_and_moving_rows_keeps_the_counts(conn):
    job_id, run_id = make_sheet(conn)
    first = run_id
    run_id = run_batch(conn, job_id, run_id, [3, 3])
    second = run_batch(conn, job_id, run_id, [2])
    rows = [r for r, _ in sheet(conn, second)]
    conn.execute("DELETE FROM result_rows WHERE id = ANY(%s)", [[rows[0], rows[4]]])
    conn.execute("UPDATE result_rows SET run_id = %s WHERE id = %s", [second, rows[1]])
    conn.execute('UPDATE result_rows SET "values" = \'{"x": 1}\' WHERE id = %s', [rows[2]])
    assert_consistent(conn, job_id)
    assert count(conn, first) == 3 and count(conn, second) == 6


def test_a_deleted_file_sends_its_rows_after_the_runs_files_and_a_rename_follows(conn):
    job_id, run_id = make_sheet(conn)
    latest = run_batch(conn, job_id, run_id, [2, 2, 2])
    files = conn.execute(
        "SELECT id FROM source_files WHERE run_id = %s ORDER BY created_at", [run_id]
    ).fetchall()
    conn.execute("UPDATE source_files SET name = 'renamed.pdf' WHERE id = %s", [files[2][0]])
    conn.execute("DELETE FROM source_files WHERE id = %s", [files[0][0]])
    assert_consistent(conn, job_id)
    names = [name for _, name in sheet(conn, latest)]
    assert names[2:4] == ["renamed.pdf", "renamed.pdf"] and names[4:] == [None, None]


# -- the chain --------------------------------------------------------------------------


def test_each_run_knows_its_chain_and_creating_one_touches_no_row(conn):
    sheet_ = started_sheet(conn, files=2)
    (big, big_try), (last, last_try) = sheet_["tasks"]
    report(conn, big, big_try, rows=[{"n": n} for n in range(2000)])
    before = conn.execute("SELECT max(xmin::text::bigint) FROM result_rows").fetchone()[0]
    report(conn, last, last_try, rows=[{"n": "last"}])
    runs = runs_of(conn, sheet_["job_id"])
    assert [r["chain_id"] for r in runs] == [runs[0]["id"]] * 2
    assert runs[1]["row_count"] == 0 and runs[0]["row_count"] == 2001
    rewritten = conn.execute(
        "SELECT count(*) FROM result_rows WHERE xmin::text::bigint > %s", [before]
    ).fetchone()[0]
    assert rewritten == 1, "only the last report's row is new; no earlier row is rewritten"
    assert count(conn, runs[1]["id"]) == 2001


def test_runs_that_do_not_append_are_chains_of_their_own(conn):
    job_id, run_id = make_sheet(conn, job_type="extraction")
    run_batch(conn, job_id, run_id, [2])
    other = conn.execute(
        "INSERT INTO job_runs (job_id) VALUES (%s) RETURNING id", [job_id]
    ).fetchone()[0]
    manual_row(conn, job_id, other, "own")
    not_appending = conn.execute(
        "INSERT INTO job_runs (job_id, append_from_run_id) VALUES (%s, %s) RETURNING id",
        [job_id, other],
    ).fetchone()[0]
    assert count(conn, other) == 1 and count(conn, not_appending) == 0
    assert_consistent(conn, job_id)


def test_deleting_a_run_in_the_middle_splits_its_chain(conn):
    job_id, run_id = make_sheet(conn)
    for rows in ([1], [2], [3], [4]):
        run_id = run_batch(conn, job_id, run_id, rows)
    runs = runs_of(conn, job_id)
    conn.execute("DELETE FROM job_runs WHERE id = %s", [runs[1]["id"]])
    runs = runs_of(conn, job_id)
    assert [r["chain_id"] for r in runs] == [runs[0]["id"]] + [runs[1]["id"]] * 3
    assert_consistent(conn, job_id)
    assert count(conn, runs[-1]["id"]) == 3 + 4


def test_a_run_appends_only_to_an_earlier_run_of_its_own_sheet(conn):
    job_id, run_id = make_sheet(conn)
    other_job, other_run = make_sheet(conn)
    conn.execute("UPDATE job_runs SET status = 'completed' WHERE id = %s", [other_run])
    with pytest.raises(psycopg.Error) as refused:
        conn.execute(
            "INSERT INTO job_runs (job_id, append_from_run_id, append_results)"
            " VALUES (%s, %s, true)",
            [job_id, other_run],
        )
    assert refused.value.sqlstate == "CR151"
    later = runs_of(conn, job_id)[-1]["id"]
    with pytest.raises(psycopg.Error) as cycle:
        conn.execute(
            "UPDATE job_runs SET append_from_run_id = %s, append_results = true WHERE id = %s",
            [later, run_id],
        )
    assert cycle.value.sqlstate == "CR151"
    with pytest.raises(psycopg.Error) as moved:
        conn.execute("UPDATE job_runs SET job_id = %s WHERE id = %s", [other_job, run_id])
    assert moved.value.sqlstate == "CR151"


# -- cursors --------------------------------------------------------------------------


def _pages(conn, run_id, size: int) -> list[list[uuid.UUID]]:
    pages, after = [], None
    while True:
        rows = conn.execute(
            "SELECT row_id, cursor FROM sheet_page(%s, %s, %s)", [run_id, after, size]
        ).fetchall()
        if not rows:
            return pages
        pages.append([r[0] for r in rows])
        after = rows[-1][1]


def test_cursor_pages_cover_the_sheet_once_in_order(conn):
    job_id, run_id = make_sheet(conn)
    for rows in ([3, 1], [2], [5]):
        run_id = run_batch(conn, job_id, run_id, rows)
        manual_row(conn, job_id, run_id, "typed")
    expected = [r for r, _ in reference(conn, run_id)]
    for size in (1, 4, 100):
        assert [r for page in _pages(conn, run_id, size) for r in page] == expected


def test_a_cursor_holds_its_place_when_rows_come_and_go(conn):
    job_id, run_id = make_sheet(conn)
    latest = run_batch(conn, job_id, run_id, [4, 4])
    rows = [r for r, _ in sheet(conn, latest)]
    after = conn.execute("SELECT cursor FROM sheet_page(%s, NULL, 3)", [latest]).fetchall()[-1][0]
    # The cursor's own row and an earlier one are deleted, a row is typed at the end.
    conn.execute("DELETE FROM result_rows WHERE id = ANY(%s)", [[rows[0], rows[2]]])
    typed = manual_row(conn, job_id, latest, "typed")
    rest = conn.execute("SELECT row_id FROM sheet_page(%s, %s)", [latest, after]).fetchall()
    assert [r[0] for r in rest] == [*rows[3:], typed]
    skipped = conn.execute(
        "SELECT row_id FROM sheet_page(%s, %s, 2, 1)", [latest, after]
    ).fetchall()
    assert [r[0] for r in skipped] == rows[4:6]


@pytest.mark.parametrize(
    "cursor",
    ["", "nope", "djE", "!!!!", "x" * 400, "djEsMSwyLDMsNCw1LDY", "djIsMSwyLDMsNCw1LDYsNw"],
)
def test_a_cursor_we_did_not_make_is_refused(conn, cursor):
    _job_id, run_id = make_sheet(conn)
    with pytest.raises(psycopg.Error) as refused:
        conn.execute("SELECT * FROM sheet_page(%s, %s)", [run_id, cursor])
    assert refused.value.sqlstate == "CR150"


# -- CSV ------------------------------------------------------------------------------


def test_csv_queries_quote_names_and_guard_formulas(conn):
    template = conn.execute(
        "INSERT INTO templates (name, template_type) VALUES ('odd', 'cpe') RETURNING id"
    ).fetchone()[0]
    conn.execute(
        "INSERT INTO template_fields (template_id, field_name, data_type, display_order) VALUES"
        " (%s, 'it''s \"quoted\"), (1', 'text', 1), (%s, '=SUM(A1)', 'number', 2),"
        " (%s, 'When', 'date', 3)",
        [template, template, template],
    )
    job_id = conn.execute(
        "INSERT INTO extraction_jobs (name, job_type) VALUES ('odd', 'cpe') RETURNING id"
    ).fetchone()[0]
    run_id = conn.execute(
        "INSERT INTO job_runs (job_id, template_id) VALUES (%s, %s) RETURNING id",
        [job_id, template],
    ).fetchone()[0]
    conn.execute(
        'INSERT INTO result_rows (job_id, run_id, position, "values") VALUES'
        " (%s, %s, 0, %s), (%s, %s, 1, %s)",
        [
            job_id, run_id, Jsonb({'it\'s "quoted"), (1': "=cmd|' /C calc'!A0", "=SUM(A1)": "-2",
                                   "When": "2024-01-02T10:00:00"}),
            job_id, run_id, Jsonb({'it\'s "quoted"), (1': "", "=SUM(A1)": -3, "When": "soon"}),
        ],
    )  # fmt: skip
    header, body = conn.execute("SELECT * FROM sheet_csv_queries(%s, 'File')", [run_id]).fetchone()
    assert conn.execute(header).fetchall() == [('it\'s "quoted"), (1', "'=SUM(A1)", "When", "File")]
    assert conn.execute(body).fetchall() == [
        ("'=cmd|' /C calc'!A0", "-2", "2024-01-02", None),
        (None, "-3", "soon", None),
    ]


# -- concurrency ------------------------------------------------------------------------


def test_structures_stay_right_under_concurrent_appends_edits_and_deletions(connect):
    """Four connections at once: one finishes batch after batch (each finish creates
    the next run), one types rows into the latest run, one edits and one deletes
    rows anywhere in the sheet; then every run reads as the oracle says."""
    setup = connect()
    job_id, run_id = make_sheet(setup)
    run_id = run_batch(setup, job_id, run_id, [3, 3])
    stop = threading.Event()
    errors: list[BaseException] = []

    def appender(conn):
        nonlocal run_id
        for _ in range(8):
            run_id = run_batch(conn, job_id, run_id, [2, 1])

    def typist(conn):
        while not stop.is_set():
            latest = conn.execute("SELECT (latest_run(%s)).id", [job_id]).fetchone()[0]
            manual_row(conn, job_id, latest, "typed")

    def editor(conn):
        while not stop.is_set():
            conn.execute(
                'UPDATE result_rows SET "values" = "values" || \'{"CPE Hours": 1}\''
                " WHERE id = (SELECT id FROM result_rows WHERE job_id = %s"
                " ORDER BY random() LIMIT 1)",
                [job_id],
            )

    def deleter(conn):
        rng = random.Random(7)
        while not stop.is_set():
            conn.execute(
                "DELETE FROM result_rows WHERE id = (SELECT id FROM result_rows WHERE job_id = %s"
                " ORDER BY random() LIMIT 1)",
                [job_id],
            )
            stop.wait(rng.random() / 50)

    def guarded(target, conn):
        try:
            target(conn)
        except BaseException as exc:  # reported below
            errors.append(exc)

    others = [
        threading.Thread(target=guarded, args=(work, connect()))
        for work in (typist, editor, deleter)
    ]
    for thread in others:
        thread.start()
    try:
        guarded(appender, connect())
    finally:
        stop.set()
        for thread in others:
            thread.join(60)
    assert errors == []
    assert len(runs_of(setup, job_id)) == 10
    assert_consistent(setup, job_id)
