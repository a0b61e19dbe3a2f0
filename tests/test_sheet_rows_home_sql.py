"""One home for "the sheet's rows in order": sheet_result_rows (sql/0015). The results
API's pages (sheet_page), the exports (sheet_rows, sheet_csv_queries), the compliance
summary's rows (summary_rows: the audit packet's list) all read the sheet through it,
and none walks the run chain to result_rows itself; so the summary counts exactly the
rows the sheet shows. The summary (sheet_summary) adds up summary_rows: how a row counts
has one home."""

from __future__ import annotations

import re

import pytest

READERS = {
    "sheet_page": "sheet_result_rows",
    "sheet_rows": "sheet_page",
    "sheet_csv_queries": "sheet_result_rows",
    "sheet_summary": "summary_rows",
    "summary_rows": "sheet_result_rows",
}


def body(conn, name: str) -> str:
    (source,) = conn.execute(
        "SELECT prosrc FROM pg_proc WHERE proname = %s AND pronamespace = 'public'::regnamespace",
        [name],
    ).fetchone()
    return source


@pytest.mark.parametrize(("reader", "through"), READERS.items())
def test_each_reader_of_the_sheet_goes_through_the_sheet_order_function(conn, reader, through):
    source = body(conn, reader)
    assert re.search(rf"\b{through}\(", source), f"{reader} does not read through {through}"
    assert not re.search(r"\bresult_rows\b(?!\()", source.replace("sheet_result_rows", "")), (
        f"{reader} reads result_rows itself"
    )


def test_no_function_walks_the_run_chain_to_the_rows(conn):
    walkers = conn.execute(
        "SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace"
        " AND prosrc ~ '\\mrun_chain\\(' AND prosrc ~ '\\mresult_rows\\M'"
    ).fetchall()
    assert walkers == []


def test_the_summary_counts_the_rows_the_results_api_shows(conn):
    """Across batches, with a row deleted and one typed by hand: the same rows."""
    from .factories import add_file, make_sheet, make_token

    user_id, _ = make_token(conn)
    job_id, run_id = make_sheet(conn, user_id=user_id)
    for n in range(3):
        file_id = add_file(conn, job_id, run_id, name=f"c{n}.txt", data=f"c{n}".encode())
        conn.execute(
            'INSERT INTO result_rows (job_id, run_id, file_id, "values")'
            " VALUES (%s, %s, %s, jsonb_build_object('CPE Hours', %s::int))",
            [job_id, run_id, file_id, n + 1],
        )
    conn.execute("UPDATE job_runs SET status = 'completed' WHERE id = %s", [run_id])
    (next_run,) = conn.execute(
        "SELECT id FROM job_runs WHERE job_id = %s AND status = 'pending'", [job_id]
    ).fetchone()
    conn.execute(
        'INSERT INTO result_rows (job_id, run_id, source, "values")'
        " VALUES (%s, %s, 'manual', '{\"CPE Hours\": 10}')",
        [job_id, next_run],
    )
    conn.execute(
        "DELETE FROM result_rows WHERE id = (SELECT row_id FROM sheet_rows(%s) LIMIT 1)",
        [next_run],
    )
    shown = conn.execute("SELECT row_id FROM sheet_rows(%s)", [next_run]).fetchall()
    counted = conn.execute(
        "SELECT row_id FROM summary_rows(%s, %s) ORDER BY row_no", [user_id, job_id]
    ).fetchall()
    assert counted == shown and len(shown) == 3
    summary = conn.execute("SELECT sheet_summary(%s, %s)", [user_id, job_id]).fetchone()[0]
    assert (summary["certificates"], summary["total_hours"]) == (3, 2 + 3 + 10)
