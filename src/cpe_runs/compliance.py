"""Is the sheet compliant? Its requirement (reporting period, total and ethics hours)
and its summary against it.

The rules are SQL's (sql/0012_compliance.sql): what a requirement may be
(requirement_problem), how a row's hours, date and field of study count
(cell_hours, cell_date, is_ethics, in_period) and the summary itself
(sheet_summary, one statement). Each function here is one transaction acting for
the user; another user's sheet answers NotFound like a missing one.
"""

from __future__ import annotations

import datetime
import uuid

import asyncpg
import msgspec

from .db import as_user
from .errors import translating


class Requirement(msgspec.Struct):
    """What the board asks for in a reporting period (both edges included)."""

    period_start: datetime.date
    period_end: datetime.date
    total_hours: float
    ethics_hours: float


class Summary(msgspec.Struct):
    # Rows of the sheet.
    certificates: int
    total_hours: float
    # Hours of rows whose field of study mentions ethics.
    ethics_hours: float
    # Field of study as written -> hours; "" for rows that name none.
    hours_by_field: dict[str, float]
    requirement: Requirement | None
    # The rest is null without a requirement: hours of rows completed in the period,
    period_hours: float | None
    period_ethics_hours: float | None
    # what the period still lacks (never below 0),
    remaining_hours: float | None
    remaining_ethics_hours: float | None
    # and days from today to the period's end (0 on its last day, negative after).
    days_left: int | None
    # Rows whose hours could not be counted (empty, not a number, negative).
    uncounted_rows: int


class SummaryRow(msgspec.Struct):
    """One row as the summary counts it."""

    row_no: int
    row_id: uuid.UUID
    file_id: uuid.UUID | None
    hours: float | None
    completion_date: datetime.date | None
    field_of_study: str | None
    ethics: bool
    # Null without a requirement.
    in_period: bool | None


def _requirement(text: str | None) -> Requirement | None:
    return msgspec.json.decode(text, type=Requirement) if text is not None else None


async def get_requirement(
    pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID
) -> Requirement | None:
    with translating():
        async with as_user(pool, user_id) as conn:
            text = await conn.fetchval("SELECT sheet_requirement($1, $2)::text", user_id, job_id)
    return _requirement(text)


async def set_requirement(
    pool: asyncpg.Pool,
    user_id: uuid.UUID,
    job_id: uuid.UUID,
    period_start: str,
    period_end: str,
    total_hours: float,
    ethics_hours: float,
) -> Requirement:
    """Store (or replace) the sheet's requirement; InvalidRequirement says why it cannot be."""
    with translating():
        async with as_user(pool, user_id) as conn:
            text = await conn.fetchval(
                "SELECT set_sheet_requirement($1, $2, $3, $4, $5::float8::numeric,"
                " $6::float8::numeric)::text",
                user_id,
                job_id,
                period_start,
                period_end,
                total_hours,
                ethics_hours,
            )
    return _requirement(text)


async def clear_requirement(pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID) -> None:
    with translating():
        async with as_user(pool, user_id) as conn:
            await conn.execute("SELECT clear_sheet_requirement($1, $2)", user_id, job_id)


async def read_summary(conn: asyncpg.Connection, user_id: uuid.UUID, job_id: uuid.UUID) -> Summary:
    """summary() on a connection already acting for the user."""
    with translating():
        text = await conn.fetchval("SELECT sheet_summary($1, $2)::text", user_id, job_id)
    return msgspec.json.decode(text, type=Summary)


async def summary(pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID) -> Summary:
    async with as_user(pool, user_id) as conn:
        return await read_summary(conn, user_id, job_id)


async def read_summary_rows(
    conn: asyncpg.Connection, user_id: uuid.UUID, job_id: uuid.UUID
) -> list[SummaryRow]:
    """Every row of the sheet as the summary counts it, in sheet order."""
    with translating():
        records = await conn.fetch("SELECT * FROM summary_rows($1, $2)", user_id, job_id)
    return [
        SummaryRow(**{**dict(r), "hours": float(r["hours"]) if r["hours"] is not None else None})
        for r in records
    ]


async def summary_rows(
    pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID
) -> list[SummaryRow]:
    async with as_user(pool, user_id) as conn:
        return await read_summary_rows(conn, user_id, job_id)
