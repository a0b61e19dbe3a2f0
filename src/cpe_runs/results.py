"""A sheet's rows as the API reads them: a page, every row (for exports); and as a
person works them: an edit, a row added by hand, a row deleted.

The order, the append chain, the columns and the cell formats are SQL's
(sheet_columns and format_cell in sql/0005_api.sql; sheet_page,
count_sheet_rows and sheet_csv_queries in sql/0015_sheet_order.sql): a page is
one range of one index, starting at a cursor or an offset; the count is kept,
not counted; nothing is loaded whole and a read writes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import asyncpg
import msgspec

from .db import as_user
from .errors import translating
from .sheets import Column, Row, Sheet

EXPORT_BATCH_ROWS = 500


async def read_sheet(
    conn: asyncpg.Connection, user_id: uuid.UUID, job_id: uuid.UUID, run_id: uuid.UUID | None
) -> Sheet:
    """open_sheet on a connection already acting for the user."""
    with translating():
        run = await conn.fetchrow(
            "SELECT r.id, j.name, sheet_columns(r.id) AS columns"
            " FROM find_sheet_run($1, $2, $3) r, find_owned_job($1, $2) j",
            user_id,
            job_id,
            run_id,
        )
    columns = [Column(*pair) for pair in msgspec.json.decode(run["columns"] or "[]")]
    return Sheet(job_id, run["name"], run["id"], columns)


async def open_sheet(
    pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID, run_id: uuid.UUID | None
) -> Sheet:
    """The sheet a read is about: `run_id`'s chain, or the latest run's (NotFound otherwise)."""
    async with as_user(pool, user_id) as conn:
        return await read_sheet(conn, user_id, job_id, run_id)


@dataclass(frozen=True, slots=True)
class Page:
    total: int
    sheet: Sheet
    rows: list[Row]
    # Where the next page starts (`after`); None after the last row.
    next_cursor: str | None
    # How many of the files the sheet shows were extracted (the original client's count).
    files_processed: int


async def page(
    pool: asyncpg.Pool,
    user_id: uuid.UUID,
    job_id: uuid.UUID,
    run_id: uuid.UUID | None,
    limit: int,
    offset: int,
    after: str | None = None,
) -> Page:
    """The rows after the cursor `after` (None: from the first), `offset` skipped,
    `limit` of them, in sheet order (InvalidCursor for a cursor we did not make)."""
    async with as_user(pool, user_id) as conn:
        sheet = await read_sheet(conn, user_id, job_id, run_id)
        if sheet.run_id is None:
            return Page(0, sheet, [], None, 0)
        total, files_processed = await conn.fetchrow(
            "SELECT count_sheet_rows($1), count_sheet_files_processed($1)", sheet.run_id
        )
        with translating():
            # One row more than the page tells whether another page follows.
            records = await conn.fetch(
                "SELECT * FROM sheet_page($1, $2, $3, $4)", sheet.run_id, after, limit + 1, offset
            )
    more = len(records) > limit
    records = records[:limit]
    next_cursor = records[-1]["cursor"] if more else None
    return Page(total, sheet, [Row.from_record(r) for r in records], next_cursor, files_processed)


async def batches(
    pool: asyncpg.Pool, user_id: uuid.UUID, sheet: Sheet, size: int = EXPORT_BATCH_ROWS
) -> AsyncIterator[list[Row]]:
    """Every row of the sheet, in sheet order, `size` at a time from a server-side cursor."""
    async with as_user(pool, user_id) as conn:
        async for batch in rows_of(conn, sheet, size):
            yield batch


async def rows_of(
    conn: asyncpg.Connection, sheet: Sheet, size: int = EXPORT_BATCH_ROWS
) -> AsyncIterator[list[Row]]:
    """batches() on a connection already acting for the user, inside its transaction."""
    if sheet.run_id is None:
        return
    cursor = await conn.cursor("SELECT * FROM sheet_rows($1)", sheet.run_id)
    while records := await cursor.fetch(size):
        yield [Row.from_record(r) for r in records]


async def copy_csv(
    pool: asyncpg.Pool,
    user_id: uuid.UUID,
    sheet: Sheet,
    file_column: str,
    output: Callable[[bytes], Awaitable[object]],
) -> None:
    """The sheet as CSV, written to `output` by PostgreSQL's COPY: the header (the
    columns, then `file_column`), then every row in sheet order. The cells, their
    formats and the guard against formulas are SQL's (sheet_csv_queries)."""
    async with as_user(pool, user_id) as conn:
        await write_csv(conn, sheet, file_column, output)


async def write_csv(
    conn: asyncpg.Connection,
    sheet: Sheet,
    file_column: str,
    output: Callable[[bytes], Awaitable[object]],
) -> None:
    """copy_csv on a connection already acting for the user, inside its transaction."""
    header, body = await conn.fetchrow(
        "SELECT header, body FROM sheet_csv_queries($1, $2)", sheet.run_id, file_column
    )
    await conn.copy_from_query(header, output=output, format="csv")
    await conn.copy_from_query(body, output=output, format="csv")


async def edit_row(
    pool: asyncpg.Pool,
    user_id: uuid.UUID,
    job_id: uuid.UUID,
    row_id: uuid.UUID,
    values: dict[str, Any],
) -> Row:
    """Set cells of a row (InvalidCell for an unknown column or a value of the wrong type)."""
    return await _written(
        pool, user_id, "edit_result_row($1, $2, $3, $4::jsonb)", job_id, row_id, values
    )


async def add_row(
    pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID, values: dict[str, Any]
) -> Row:
    """A row typed by hand ('manual') in the sheet's latest run (InvalidCell as edit_row)."""
    return await _written(pool, user_id, "add_result_row($1, $2, $3::jsonb)", job_id, values)


async def _written(pool: asyncpg.Pool, user_id: uuid.UUID, call: str, *args: Any) -> Row:
    """The row a person's values wrote (the last argument, sent to SQL as JSON: the cells'
    types are SQL's to check), as the API shows it."""
    *ids, values = args
    with translating():
        async with as_user(pool, user_id) as conn:
            record = await conn.fetchrow(
                f"SELECT * FROM {call}", user_id, *ids, msgspec.json.encode(values).decode()
            )
    return Row.from_record(record)


async def delete_row(
    pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID, row_id: uuid.UUID
) -> None:
    """The row leaves the sheet, this batch and every later one (NotFound when it is not there)."""
    with translating():
        async with as_user(pool, user_id) as conn:
            await conn.execute("SELECT delete_result_row($1, $2, $3)", user_id, job_id, row_id)
