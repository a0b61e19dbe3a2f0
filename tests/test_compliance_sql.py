"""Compliance at the SQL level: every jurisdiction, requirements and their rules, and
the summary (sheet_summary) of a sheet's rows: period edges, ethics, edits, deletions,
cells that cannot be counted, across batches and states with other field names."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from typing import Any

import psycopg
import pytest

from .factories import add_file, make_sheet, make_user

JURISDICTIONS = {
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
    "Wisconsin", "Wyoming", "District of Columbia", "Puerto Rico", "Guam",
    "U.S. Virgin Islands", "Northern Mariana Islands",
}  # fmt: skip
CPE_FIELDS = [
    ("Course Title", "text"),
    ("Provider/Sponsor", "text"),
    ("Completion Date", "date"),
    ("CPE Hours", "number"),
    ("Field of Study", "text"),
    ("Certificate Number", "text"),
    ("Delivery Method", "text"),
]


def finish_batch(conn: psycopg.Connection, job_id, rows: list[dict[str, Any]]) -> list:
    """The sheet's pending run becomes a completed batch of one file holding `rows`
    (the append trigger opens the next run); returns the new rows' ids in order."""
    run_id = conn.execute(
        "SELECT id FROM job_runs WHERE job_id = %s AND status = 'pending'", [job_id]
    ).fetchone()[0]
    file_id = add_file(conn, job_id, run_id, name=f"batch-{run_id}.txt")
    ids = [
        conn.execute(
            'INSERT INTO result_rows (job_id, run_id, file_id, position, "values")'
            " VALUES (%s, %s, %s, %s, %s) RETURNING id",
            [job_id, run_id, file_id, n, psycopg.types.json.Jsonb(values)],
        ).fetchone()[0]
        for n, values in enumerate(rows)
    ]
    conn.execute(
        "UPDATE job_runs SET tasks_total = 1, tasks_completed = 1, status = 'completed'"
        " WHERE id = %s",
        [run_id],
    )
    return ids


def row(day: str | None, hours: Any, field: str | None = "Taxes") -> dict[str, Any]:
    return {"Course Title": "Course", "Completion Date": day, "CPE Hours": hours,
            "Field of Study": field}  # fmt: skip


@pytest.fixture
def sheet(conn):
    user_id = make_user(conn)
    job_id, _ = make_sheet(conn, user_id=user_id)
    return user_id, job_id


def summary(conn, user_id, job_id) -> dict[str, Any]:
    text = conn.execute("SELECT sheet_summary(%s, %s)::text", [user_id, job_id]).fetchone()[0]
    return json.loads(text, parse_float=Decimal)


def set_requirement(conn, user_id, job_id, start, end, total, ethics) -> dict[str, Any]:
    return conn.execute(
        "SELECT set_sheet_requirement(%s, %s, %s, %s, %s::numeric, %s::numeric)",
        [user_id, job_id, start, end, total, ethics],
    ).fetchone()[0]


# -- jurisdictions -----------------------------------------------------------------


def test_every_us_jurisdiction_is_a_public_cpe_state_with_the_cpe_fields(conn):
    states = conn.execute(
        "SELECT t.name, array_agg(f.field_name ORDER BY f.display_order),"
        " array_agg(f.data_type ORDER BY f.display_order)"
        " FROM templates t JOIN template_fields f ON f.template_id = t.id"
        " WHERE t.is_public AND t.template_type = 'cpe' GROUP BY t.name"
    ).fetchall()
    by_name = {name: list(zip(fields, types, strict=True)) for name, fields, types in states}
    assert set(by_name) == JURISDICTIONS
    for name in JURISDICTIONS - {"New York", "Texas"}:
        assert by_name[name] == CPE_FIELDS, name


def test_every_state_names_the_fields_the_summary_reads(conn):
    roles = conn.execute(
        "SELECT t.name, jsonb_object_agg(f.summary_role, f.field_name)"
        " FROM templates t JOIN template_fields f ON f.template_id = t.id"
        " WHERE t.is_public AND t.template_type = 'cpe' AND f.summary_role IS NOT NULL"
        " GROUP BY t.name"
    ).fetchall()
    by_name = dict(roles)
    assert set(by_name) == JURISDICTIONS
    assert by_name["Texas"] == {
        "hours": "Credit Hours",
        "completion_date": "Date Completed",
        "field_of_study": "Subject Area",
    }
    assert by_name["Guam"] == {
        "hours": "CPE Hours",
        "completion_date": "Completion Date",
        "field_of_study": "Field of Study",
    }


# -- requirements ------------------------------------------------------------------


def test_a_requirement_is_stored_replaced_and_read_back(conn, sheet):
    assert conn.execute("SELECT sheet_requirement(%s, %s)", sheet).fetchone()[0] is None
    first = set_requirement(conn, *sheet, "2024-01-01", "2025-12-31", 80, 4)
    assert first == {"period_start": "2024-01-01", "period_end": "2025-12-31",
                     "total_hours": 80, "ethics_hours": 4}  # fmt: skip
    set_requirement(conn, *sheet, "2025-01-01", "2027-12-31", 120.5, 4.5)
    stored = conn.execute("SELECT sheet_requirement(%s, %s)", sheet).fetchone()[0]
    assert stored["total_hours"] == 120.5 and stored["period_start"] == "2025-01-01"
    assert conn.execute("SELECT count(*) FROM sheet_requirements").fetchone()[0] == 1
    conn.execute("SELECT clear_sheet_requirement(%s, %s)", sheet)
    assert conn.execute("SELECT sheet_requirement(%s, %s)", sheet).fetchone()[0] is None


@pytest.mark.parametrize(
    ("start", "end", "total", "ethics", "message"),
    [
        ("2025-01-01", "2024-12-31", 80, 4, "ends (2024-12-31) before it starts (2025-01-01)"),
        ("2024-02-30", "2025-01-01", 80, 4, 'period_start "2024-02-30" is not a date'),
        ("soon", "2025-01-01", 80, 4, 'period_start "soon" is not a date'),
        ("2024-01-01", "31/12/2025", 80, 4, 'period_end "31/12/2025" is not a date'),
        ("2024-01-01", "2025-12-31", -1, 0, "total_hours must be from 0 to 1000, not -1"),
        ("2024-01-01", "2025-12-31", 100000, 4, "total_hours must be from 0 to 1000"),
        ("2024-01-01", "2025-12-31", 80, -4, "ethics_hours must be from 0 to 1000"),
        ("2024-01-01", "2025-12-31", 4, 8, "ethics_hours (8) cannot exceed total_hours (4)"),
        ("2024-01-01", "2099-12-31", 80, 4, "more than 10 years"),
        ("1066-10-14", "1067-10-14", 80, 4, "between 1900-01-01 and 2199-12-31"),
        (None, "2025-12-31", 80, 4, "are all required"),
        ("2024-01-01", "2025-12-31", None, 4, "are all required"),
    ],
)
def test_a_requirement_that_cannot_be_one_is_refused_with_the_reason(
    conn, sheet, start, end, total, ethics, message
):
    set_requirement(conn, *sheet, "2024-01-01", "2024-12-31", 40, 2)
    with pytest.raises(psycopg.Error) as refused:
        set_requirement(conn, *sheet, start, end, total, ethics)
    assert refused.value.sqlstate == "CR060"
    assert message in refused.value.diag.message_primary
    # The stored requirement is unchanged.
    stored = conn.execute("SELECT sheet_requirement(%s, %s)", sheet).fetchone()[0]
    assert stored["period_end"] == "2024-12-31" and stored["total_hours"] == 40


def test_the_table_refuses_what_the_setter_refuses(conn, sheet):
    with pytest.raises(psycopg.errors.CheckViolation) as refused:
        conn.execute(
            "INSERT INTO sheet_requirements (job_id, period_start, period_end, total_hours,"
            " ethics_hours) VALUES (%s, '2025-01-01', '2024-01-01', 80, 4)",
            [sheet[1]],
        )
    assert refused.value.diag.constraint_name == "sheet_requirements_check"


def test_another_users_sheet_answers_like_a_missing_one(conn, sheet):
    stranger = make_user(conn)
    for sql, args in [
        ("SELECT sheet_requirement(%s, %s)", [stranger, sheet[1]]),
        ("SELECT sheet_summary(%s, %s)", [stranger, sheet[1]]),
        ("SELECT set_sheet_requirement(%s, %s, '2024-01-01', '2024-12-31', 1, 0)",
         [stranger, sheet[1]]),
        ("SELECT clear_sheet_requirement(%s, %s)", [stranger, sheet[1]]),
    ]:  # fmt: skip
        with pytest.raises(psycopg.Error) as refused:
            conn.execute(sql, args)
        assert refused.value.sqlstate == "CR004", sql
    assert conn.execute("SELECT count(*) FROM sheet_requirements").fetchone()[0] == 0


def test_a_requirement_goes_with_its_sheet(conn, sheet):
    set_requirement(conn, *sheet, "2024-01-01", "2024-12-31", 40, 2)
    conn.execute("SELECT delete_cpe_sheet(%s, %s)", sheet)
    assert conn.execute("SELECT count(*) FROM sheet_requirements").fetchone()[0] == 0


# -- the summary -------------------------------------------------------------------


def test_an_empty_sheet_without_a_requirement(conn, sheet):
    assert summary(conn, *sheet) == {
        "certificates": 0,
        "total_hours": 0,
        "ethics_hours": 0,
        "hours_by_field": {},
        "requirement": None,
        "period_hours": None,
        "period_ethics_hours": None,
        "remaining_hours": None,
        "remaining_ethics_hours": None,
        "days_left": None,
        "uncounted_rows": 0,
    }


def test_totals_ethics_and_hours_by_field_across_batches(conn, sheet):
    finish_batch(
        conn,
        sheet[1],
        [
            row("2024-03-01", 4, "Regulatory Ethics"),
            row("2024-04-01", 2.5, "Taxes"),
        ],
    )
    finish_batch(conn, sheet[1], [
        row("2024-05-01", "1.5", "taxes "),  # text hours, as an extractor may write them
        row("2024-06-01", 2, "Behavioral Ethics"),
        row("2024-07-01", 3, None),
    ])  # fmt: skip
    result = summary(conn, *sheet)
    assert result["certificates"] == 5
    assert result["total_hours"] == Decimal("13.0")
    assert result["ethics_hours"] == 6
    # Grouped by the value as written, trimmed; "" holds rows that name no field.
    assert result["hours_by_field"] == {
        "": 3, "Behavioral Ethics": 2, "Regulatory Ethics": 4, "Taxes": Decimal("2.5"),
        "taxes": Decimal("1.5"),
    }  # fmt: skip
    assert result["uncounted_rows"] == 0


@pytest.mark.parametrize(
    ("field", "ethics"),
    [
        ("Regulatory Ethics", True),
        ("ETHICS", True),
        ("Professional ethics (state-specific)", True),
        ("Ethical decision making", True),
        ("Behavioral Ethics", True),
        ("Taxes", False),
        ("Prosthetics in accounting", False),
        ("", False),
        (None, False),
    ],
)
def test_ethics_is_a_field_of_study_that_mentions_ethics(conn, sheet, field, ethics):
    finish_batch(conn, sheet[1], [row("2024-03-01", 2, field)])
    assert summary(conn, *sheet)["ethics_hours"] == (2 if ethics else 0)


def test_period_edges_are_inclusive(conn, sheet):
    set_requirement(conn, *sheet, "2024-01-01", "2025-12-31", 80, 4)
    finish_batch(conn, sheet[1], [
        row("2023-12-31", 100, "Regulatory Ethics"),  # the day before: out
        row("2024-01-01", 1, "Regulatory Ethics"),    # first day: in
        row("2025-12-31", 2),                         # last day: in
        row("2026-01-01", 200),                       # the day after: out
        row(None, 300),                               # no date: never in a period
        row("2024-02-30", 400),                       # not a date: never in a period
    ])  # fmt: skip
    result = summary(conn, *sheet)
    assert result["total_hours"] == 1003
    assert (result["period_hours"], result["period_ethics_hours"]) == (3, 1)
    assert (result["remaining_hours"], result["remaining_ethics_hours"]) == (77, 3)
    in_period = conn.execute(
        "SELECT in_period FROM summary_rows(%s, %s) ORDER BY row_no", sheet
    ).fetchall()
    assert [r[0] for r in in_period] == [False, True, True, False, False, False]


def test_the_summary_is_the_sum_of_its_rows_whatever_the_cells_hold(conn, sheet):
    """sheet_summary adds up summary_rows (the audit packet's list): hours typed as
    text, with spaces, signs or nothing to count, dates with a time or none, and
    fields of study blank or in ethics, are counted the same way by both."""
    set_requirement(conn, *sheet, "2024-01-01", "2024-12-31", 40, 4)
    finish_batch(conn, sheet[1], [
        row("2024-03-01", " 2.5 ", "Regulatory Ethics"),
        row("2024-03-02T09:30:00", "+1", "  "),
        row("2024-03-03", "two", "Taxes"),
        row("2023-03-03", 7, "Ethics (Behavioral)"),
        row(None, 1.25, None),
        row("2024-13-01", "-.5", "Auditing"),  # negative hours do not count
    ])  # fmt: skip
    rows = conn.execute(
        "SELECT hours, completion_date, field_of_study, ethics, in_period"
        " FROM summary_rows(%s, %s) ORDER BY row_no",
        sheet,
    ).fetchall()
    counted = [r for r in rows if r[0] is not None]
    result = summary(conn, *sheet)
    assert result["certificates"] == len(rows) == 6
    assert result["uncounted_rows"] == len(rows) - len(counted) == 2
    assert result["total_hours"] == sum(r[0] for r in counted) == Decimal("11.75")
    assert result["ethics_hours"] == sum(r[0] for r in counted if r[3]) == Decimal("9.5")
    assert result["period_hours"] == sum(r[0] for r in counted if r[4]) == Decimal("3.5")
    assert result["period_ethics_hours"] == sum(r[0] for r in counted if r[3] and r[4])
    by_field: dict[str, Decimal] = {}
    for hours, _, field, _, _ in counted:
        by_field[field or ""] = by_field.get(field or "", Decimal(0)) + hours
    assert result["hours_by_field"] == by_field
    assert rows[1][1] == datetime.date(2024, 3, 2) and rows[1][2] is None


def test_remaining_hours_never_go_below_zero(conn, sheet):
    set_requirement(conn, *sheet, "2024-01-01", "2024-12-31", 10, 1)
    finish_batch(conn, sheet[1], [row("2024-05-05", 30, "Ethics")])
    result = summary(conn, *sheet)
    assert (result["remaining_hours"], result["remaining_ethics_hours"]) == (0, 0)
    assert result["period_hours"] == 30


def test_days_left_count_to_the_period_end(conn, sheet):
    today = conn.execute("SELECT current_date").fetchone()[0]
    end = today + datetime.timedelta(days=30)
    set_requirement(conn, *sheet, str(today - datetime.timedelta(days=300)), str(end), 40, 0)
    assert summary(conn, *sheet)["days_left"] == 30
    set_requirement(conn, *sheet, str(today - datetime.timedelta(days=300)), str(today), 40, 0)
    assert summary(conn, *sheet)["days_left"] == 0
    yesterday = str(today - datetime.timedelta(days=1))
    set_requirement(conn, *sheet, "2020-01-01", yesterday, 40, 0)
    assert summary(conn, *sheet)["days_left"] == -1


def test_hours_that_cannot_be_counted_are_counted_as_rows(conn, sheet):
    finish_batch(conn, sheet[1], [
        row("2024-01-01", 2),
        row("2024-01-02", "four"),
        row("2024-01-03", None),
        row("2024-01-04", -3),
        row("2024-01-05", {"hours": 1}),
        row("2024-01-06", " 1.25 "),
    ])  # fmt: skip
    result = summary(conn, *sheet)
    assert result["certificates"] == 6
    assert result["total_hours"] == Decimal("3.25")
    assert result["uncounted_rows"] == 4


def test_edits_and_deletions_show_in_the_next_summary(conn, sheet):
    user_id, job_id = sheet
    set_requirement(conn, *sheet, "2024-01-01", "2024-12-31", 40, 4)
    ids = finish_batch(conn, job_id, [
        row("2024-03-01", 4, "Taxes"),
        row("2023-06-01", 8, "Auditing"),
        row("2024-08-01", 2, "Ethics"),
    ])  # fmt: skip
    before = summary(conn, *sheet)
    assert (before["period_hours"], before["period_ethics_hours"]) == (6, 2)

    def edit(row_id, values):
        conn.execute(
            "SELECT * FROM edit_result_row(%s, %s, %s, %s)",
            [user_id, job_id, row_id, psycopg.types.json.Jsonb(values)],
        )

    edit(ids[0], {"Field of Study": "Regulatory Ethics"})
    edit(ids[1], {"Completion Date": "2024-06-01", "CPE Hours": 7.5})
    after = summary(conn, *sheet)
    assert after["total_hours"] == Decimal("13.5")
    assert (after["period_hours"], after["period_ethics_hours"]) == (Decimal("13.5"), 6)
    assert after["hours_by_field"] == {"Auditing": Decimal("7.5"), "Ethics": 2,
                                       "Regulatory Ethics": 4}  # fmt: skip

    conn.execute("DELETE FROM result_rows WHERE id = %s", [ids[0]])
    gone = summary(conn, *sheet)
    assert gone["certificates"] == 2
    assert (gone["period_hours"], gone["period_ethics_hours"]) == (Decimal("9.5"), 2)
    assert (gone["remaining_hours"], gone["remaining_ethics_hours"]) == (Decimal("30.5"), 2)


def test_a_state_with_other_field_names_is_summarised_by_their_meaning(conn):
    user_id = make_user(conn)
    job_id, _ = make_sheet(conn, user_id=user_id, template="Texas")
    finish_batch(conn, job_id, [
        {"Program Title": "Ethics", "Date Completed": "2024-02-02", "Credit Hours": 4,
         "Subject Area": "Ethics (Texas)"},
        {"Program Title": "Tax", "Date Completed": "2024-03-03", "Credit Hours": 6,
         "Subject Area": "Taxes"},
    ])  # fmt: skip
    set_requirement(conn, user_id, job_id, "2024-01-01", "2026-12-31", 120, 4)
    result = summary(conn, user_id, job_id)
    assert (result["total_hours"], result["ethics_hours"], result["period_hours"]) == (10, 4, 10)
    assert result["hours_by_field"] == {"Ethics (Texas)": 4, "Taxes": 6}


def test_the_summary_reads_the_sheet_of_its_latest_run_only(conn, sheet):
    """Rows of another sheet never count, and a cancelled batch's rows stay in the sheet."""
    other_job, _ = make_sheet(conn, user_id=sheet[0])
    finish_batch(conn, other_job, [row("2024-01-01", 50)])
    finish_batch(conn, sheet[1], [row("2024-01-01", 5)])
    assert summary(conn, *sheet)["total_hours"] == 5
    assert summary(conn, sheet[0], other_job)["total_hours"] == 50


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('"2024-02-29"', datetime.date(2024, 2, 29)),
        ('"2023-02-29"', None),
        ('"2024-04-31"', None),
        ('"2024-12-31"', datetime.date(2024, 12, 31)),
        ('"2024-13-01"', None),
        ('"0000-01-01"', None),
        ('"2024-1-1"', None),
        ('" 2024-01-01"', None),
        ("20240101", None),
        ('"March 5"', None),
        ("null", None),
    ],
)
def test_cell_date_reads_real_days_only(conn, cell, expected):
    assert conn.execute("SELECT cell_date(%s::jsonb)", [cell]).fetchone()[0] == expected
