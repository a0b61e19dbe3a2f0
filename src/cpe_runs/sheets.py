"""What a sheet is (its columns and rows, as every reader of them sees it: the API,
the exports, the audit packet) and what the API does to a user's sheets and their
runs: list, create, delete, start, cancel, read a run.

Each function is one transaction acting for the user (db.as_user, so row-level
security applies) that calls the SQL functions of sql/0005_api.sql; another
user's ids answer NotFound exactly as missing ones. A sheet's files are
files.py's. Database errors leave as the classes of cpe_runs.errors.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import asyncpg
import msgspec

from . import runs
from .db import as_user
from .errors import translating


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    data_type: str  # 'text' | 'date' | 'number'


@dataclass(frozen=True, slots=True)
class Sheet:
    """The run whose chain a read shows (None for a job without runs) and its columns."""

    job_id: uuid.UUID
    name: str
    run_id: uuid.UUID | None
    columns: list[Column]


class Row(msgspec.Struct):
    """One row of the sheet, as the API shows it."""

    row_id: uuid.UUID
    run_id: uuid.UUID
    file_id: uuid.UUID | None
    file_name: str | None
    # How the row was read (docs/extractors.md): 'text', 'pdf', 'ocr' or 'llm';
    # 'manual' once a person typed, added or edited it; 'ai' from an extractor that does not say.
    source: str
    # Column name -> value: dates 'YYYY-MM-DD', hours as numbers, null when unknown.
    values: dict[str, Any]
    # Column name -> how sure the extractor is of that value, 0..1 (absent for values
    # a person set, and for rows whose extractor gave none).
    confidence: dict[str, float] | None = None

    @classmethod
    def from_record(cls, record: asyncpg.Record) -> Row:
        fields = {name: record[name] for name in cls.__struct_fields__}
        fields["values"] = msgspec.json.decode(record["values"])
        if fields["confidence"] is not None:
            fields["confidence"] = msgspec.json.decode(fields["confidence"])
        return cls(**fields)


async def list_states(pool: asyncpg.Pool, user_id: uuid.UUID) -> list[asyncpg.Record]:
    async with as_user(pool, user_id) as conn:
        return await conn.fetch("SELECT * FROM list_cpe_states($1)", user_id)


async def list_sheets(
    pool: asyncpg.Pool, user_id: uuid.UUID, limit: int, offset: int
) -> tuple[list[asyncpg.Record], int]:
    async with as_user(pool, user_id) as conn:
        sheets = await conn.fetch(
            "SELECT * FROM list_cpe_sheets($1, $2, $3)", user_id, limit, offset
        )
        total = await conn.fetchval("SELECT count_cpe_sheets($1)", user_id)
    return sheets, total


async def create_sheet(
    pool: asyncpg.Pool, user_id: uuid.UUID, template_id: uuid.UUID, name: str | None
) -> asyncpg.Record:
    """The new sheet's first run (its job_id is the sheet's id)."""
    with translating():
        async with as_user(pool, user_id) as conn:
            return await conn.fetchrow(
                "SELECT * FROM create_cpe_sheet($1, $2, $3)", user_id, template_id, name
            )


async def delete_sheet(pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID) -> None:
    with translating():
        async with as_user(pool, user_id) as conn:
            await conn.execute("SELECT delete_cpe_sheet($1, $2)", user_id, job_id)


async def check_sheet(pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID) -> None:
    """NotFound unless the sheet (of any type) is the user's: find_owned_job, the check
    every function of sql/0005 makes, for a caller that only needs the answer."""
    with translating():
        async with as_user(pool, user_id) as conn:
            await conn.execute("SELECT find_owned_job($1, $2)", user_id, job_id)


async def start_sheet(
    pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID, max_attempts: int
) -> asyncpg.Record:
    """Start the sheet's editable run (RunInProgress, NoFilesUploaded)."""
    async with as_user(pool, user_id) as conn:
        with translating():
            await conn.execute("SELECT find_owned_job($1, $2, 'cpe')", user_id, job_id)
        return await runs.start_run(conn, job_id, max_attempts=max_attempts)


async def cancel_sheet(pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID) -> asyncpg.Record:
    """Cancel the sheet's batch in progress; the cancelled run (NothingInProgress when none is)."""
    with translating():
        async with as_user(pool, user_id) as conn:
            return await conn.fetchrow("SELECT * FROM cancel_sheet($1, $2)", user_id, job_id)


async def get_run(
    pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID, run_id: uuid.UUID
) -> asyncpg.Record:
    with translating():
        async with as_user(pool, user_id) as conn:
            return await conn.fetchrow(
                "SELECT * FROM find_sheet_run($1, $2, $3)", user_id, job_id, run_id
            )


async def run_details(
    pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID, run_id: uuid.UUID | None
) -> tuple[asyncpg.Record, str, list[asyncpg.Record]]:
    """(the run, the sheet's name, its template's fields): `run_id`, or the latest run."""
    with translating():
        async with as_user(pool, user_id) as conn:
            run = await conn.fetchrow(
                "SELECT r.*, j.name AS job_name"
                " FROM find_sheet_run($1, $2, $3) r, find_owned_job($1, $2) j",
                user_id,
                job_id,
                run_id,
            )
            fields = await conn.fetch("SELECT * FROM run_template_fields($1)", run["id"])
    return run, run["job_name"], fields


async def editable_run(pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID) -> asyncpg.Record:
    """The sheet's editable run, made when it has none (RunInProgress while one runs)."""
    with translating():
        async with as_user(pool, user_id) as conn:
            await conn.execute("SELECT find_owned_job($1, $2, 'cpe')", user_id, job_id)
            return await runs.ensure_editable_run(conn, job_id)
