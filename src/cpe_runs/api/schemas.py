"""Request and response bodies of the REST API (the original client's shapes)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

from msgspec import Meta, Struct

from ..sheets import Row
from ..storage.filestore import Skipped
from ..storage.filetypes import Kind

if TYPE_CHECKING:
    import asyncpg

S = TypeVar("S", bound=Struct)


def from_record(cls: type[S], record: asyncpg.Record) -> S:
    """The struct from the record's columns of the same names (the SQL names them so)."""
    return cls(**{name: record[name] for name in cls.__struct_fields__})


# -- states and sheets ------------------------------------------------------------


class State(Struct):
    template_id: uuid.UUID
    name: str


class States(Struct):
    states: list[State]


class SheetSummary(Struct):
    job_id: uuid.UUID
    name: str
    state_name: str | None
    # The latest run's status: the sheet's.
    status: str | None
    created_at: datetime
    latest_run_id: uuid.UUID | None
    tasks_total: int
    tasks_completed: int
    tasks_failed: int


class Sheets(Struct):
    sheets: list[SheetSummary]
    total: int


class NewSheet(Struct, forbid_unknown_fields=False):
    template_id: uuid.UUID
    # Defaults to "<state> CPE".
    name: Annotated[str, Meta(max_length=200)] | None = None


class SheetCreated(Struct):
    job_id: uuid.UUID
    run_id: uuid.UUID
    message: str


class Deleted(Struct):
    id: uuid.UUID
    message: str


class Started(Struct):
    active_run_id: uuid.UUID
    tasks_total: int
    message: str


# -- runs -------------------------------------------------------------------------


class Run(Struct):
    """A run: every column of SPEC section 2 (and its number in the sheet)."""

    id: uuid.UUID
    job_id: uuid.UUID
    run_number: int
    template_id: uuid.UUID | None
    status: str
    clone_from_run_id: uuid.UUID | None
    append_from_run_id: uuid.UUID | None
    append_results: bool
    tasks_total: int
    tasks_completed: int
    tasks_failed: int
    created_at: datetime
    started_at: datetime | None
    completed_at: datetime | None


# -- files ------------------------------------------------------------------------


class File(Struct):
    id: uuid.UUID
    job_run_id: uuid.UUID
    run_status: str | None
    name: str
    size: int
    content_type: str
    sha256: str | None
    status: str
    error: str | None
    created_at: datetime
    # For a file unpacked from a ZIP: the archive's name and the member's path in it.
    archive_name: str | None
    zip_path: str | None


# The original client's names for the same facts (README "The original client"):
# its upload answer had filename, file_size and file_type; its file list
# original_filename, original_path (a ZIP member's path in the archive) and
# file_size_bytes. `status` keeps our values; the README maps them to its.


class UploadedFile(File, tag_field="kind", tag="file"):
    filename: str
    file_size: int
    file_type: str


class ListedFile(File):
    original_filename: str
    original_path: str
    file_size_bytes: int


class UploadedArchive(Struct, tag_field="kind", tag="archive"):
    """A ZIP of the upload, listed after the members it stored (the original client's
    answer listed the ZIP itself; its panel learns of the members from the event
    stream it opens when an answer lists one). Not a file: the members are."""

    filename: str
    file_type: str
    status: str
    # The ids of its members stored by this upload, in upload order.
    members: list[uuid.UUID]


def uploaded_file(record: asyncpg.Record) -> UploadedFile:
    return UploadedFile(
        **{name: record[name] for name in File.__struct_fields__},
        filename=record["name"],
        file_size=record["size"],
        file_type=record["content_type"],
    )


def uploaded_archives(records: list[asyncpg.Record]) -> list[UploadedArchive]:
    """The ZIPs whose members these stored files are, in upload order."""
    members: dict[str, list[uuid.UUID]] = {}
    for record in records:
        if record["archive_name"] is not None:
            members.setdefault(record["archive_name"], []).append(record["id"])
    zip_type = Kind.ZIP.content_type
    return [
        UploadedArchive(filename=name, file_type=zip_type, status="unpacked", members=ids)
        for name, ids in members.items()
    ]


def extracted_files(records: list[asyncpg.Record]) -> dict[str, Any]:
    """The original client's `files_extracted` event for these files: its upload panel
    adds those it does not show yet."""
    return {
        "type": "files_extracted",
        "files": [
            {
                "id": str(r["id"]),
                "filename": r["name"],
                "original_path": r["zip_path"] or r["name"],
                "file_type": r["content_type"],
                "file_size": r["size"],
                "status": r["status"],
            }
            for r in records
        ],
    }


def listed_file(record: asyncpg.Record) -> ListedFile:
    return ListedFile(
        **{name: record[name] for name in File.__struct_fields__},
        original_filename=record["name"],
        original_path=record["zip_path"] or record["name"],
        file_size_bytes=record["size"],
    )


class Uploaded(Struct):
    run_id: uuid.UUID
    # The files stored, then each ZIP they came from.
    files: list[UploadedFile | UploadedArchive]
    # Members of uploaded ZIPs that were not stored, and why.
    skipped: list[Skipped]


class Files(Struct):
    files: list[ListedFile]


# -- results ----------------------------------------------------------------------


class OriginalResult(Struct):
    """A row as the original client's results table reads it (one entry per row)."""

    # The row's id (the original answered one entry per extraction task).
    task_id: uuid.UUID
    source_files: list[str]
    processing_mode: str
    # {"columns": [field names], "results": [[values in column order]]}
    extracted_data: dict[str, list[Any]]


def original_results(columns: list[str], rows: list[Row]) -> list[OriginalResult]:
    return [
        OriginalResult(
            task_id=row.row_id,
            source_files=[row.file_name] if row.file_name else [],
            processing_mode="individual",
            extracted_data={
                "columns": columns,
                "results": [[row.values.get(column) for column in columns]],
            },
        )
        for row in rows
    ]


class Results(Struct):
    total: int
    # The template's field names in display order.
    columns: list[str]
    # Each column's type: 'text', 'date' (YYYY-MM-DD) or 'number'.
    column_types: dict[str, str]
    rows: list[Row]
    run_id: uuid.UUID | None
    limit: int
    offset: int
    # The same rows in the original client's shape, and its count of extracted files.
    results: list[OriginalResult]
    files_processed_count: int
    # Pass it as `after` for the page that follows (null after the last row): a
    # cursor costs the same at any depth, an offset the rows it skips.
    next_cursor: str | None = None


class RowEdit(Struct):
    # Column name -> new value; null or "" clears a cell.
    values: dict[str, Any]


class NewCertificate(Struct):
    # Column name -> value, as for an edit; at least one set.
    values: dict[str, Any]
