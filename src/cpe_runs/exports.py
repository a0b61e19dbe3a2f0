"""The whole sheet as CSV or XLSX, every row, never whole in memory.

Both are spooled (spool.py): CSV as PostgreSQL's COPY writes it
(results.write_csv: the cells and their guard are SQL's), XLSX by openpyxl's
write_only workbook from results.batches; the response streams the spool once
the database connection is released, so a client that reads slowly, or never,
holds no connection.

Spreadsheets run text that starts with = + - @ as a formula (CSV injection):
in CSV such a cell gets a leading apostrophe (SQL's csv_cell); in XLSX it is
typed as text.
"""

from __future__ import annotations

import asyncio
import datetime
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any
from urllib.parse import quote

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from .sheets import Column, Row, Sheet
from .spool import Spool

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FILE_COLUMN = "File"
# The byte-order mark makes Excel read a CSV as UTF-8.
CSV_BOM = b"\xef\xbb\xbf"


def portable_name(name: str, fallback: str = "sheet") -> str:
    """The name as a file name every system takes: no path separators, control
    characters or characters Windows refuses."""
    return re.sub(r'[\x00-\x1f\x7f/\\:*?"<>|]+', "_", name).strip(" .") or fallback


def content_disposition(sheet_name: str, extension: str) -> str:
    """`attachment` of the sheet as `<sheet name>.<extension>` (see disposition)."""
    return disposition("attachment", sheet_name, extension, fallback="sheet")


def disposition(kind: str, stem: str, extension: str = "", fallback: str = "file") -> str:
    """`kind` (attachment or inline) with the quoted ASCII name, after the exact one in
    RFC 5987 form when the two differ; nothing in the name can end the header or name
    a path.

    Browsers take filename* wherever it stands (RFC 6266). The ASCII name comes
    last because the original client reads the name with /filename=(.+)/ (which
    filename*= does not match) and strips the quotes: everything after
    `filename=` must be that name alone.
    """
    exact = portable_name(stem, fallback)
    ascii_name = re.sub(r"[^A-Za-z0-9 ._()-]+", "_", exact).strip(" ._") or fallback
    suffix = f".{extension}" if extension else ""
    ascii_part = f'filename="{ascii_name}{suffix}"'
    if ascii_name == exact:
        return f"{kind}; {ascii_part}"
    return f"{kind}; filename*=UTF-8''{quote(exact)}{suffix}; {ascii_part}"


def _header(columns: list[Column]) -> list[str]:
    return [c.name for c in columns] + [FILE_COLUMN]


def _cells(row: Row, columns: list[Column]) -> list[Any]:
    return [row.values.get(c.name) for c in columns] + [row.file_name]


def _xlsx_cell(sheet, value: Any, column: Column | None):
    """A value for worksheet.append: plain values where openpyxl types them right
    (it is several times faster than a cell object each)."""
    if not isinstance(value, str):
        return value
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if column is not None and column.data_type == "date":
        try:
            cell = WriteOnlyCell(sheet, value=datetime.date.fromisoformat(value))
        except ValueError:
            pass
        else:
            cell.number_format = "yyyy-mm-dd"
            return cell
    if value.startswith("="):  # openpyxl would store it as a formula
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def _append(sheet, rows: list[Row], columns: list[Column]) -> None:
    for row in rows:
        values = _cells(row, columns)
        sheet.append(
            [_xlsx_cell(sheet, v, c) for v, c in zip(values, [*columns, None], strict=True)]
        )


async def csv_spool(copy: Callable[[Callable[[bytes], Awaitable[None]]], Awaitable[None]]) -> Spool:
    """The CSV that `copy` writes (results.copy_csv) in a spool, after the byte-order
    mark (the caller streams it)."""
    spool = Spool()
    try:
        await spool.write(CSV_BOM)
        await copy(spool.write)
    except BaseException:
        spool.close()
        raise
    return spool


async def xlsx_spool(sheet: Sheet, batches: AsyncIterator[list[Row]]) -> Spool:
    """The sheet as an XLSX in a spool (the caller streams it)."""
    book = Workbook(write_only=True)
    title = re.sub(r"[\[\]:*?/\\]", "_", sheet.name)[:31] or "Sheet"
    worksheet = book.create_sheet(title)
    header = []
    for name in _header(sheet.columns):
        cell = WriteOnlyCell(worksheet, value=ILLEGAL_CHARACTERS_RE.sub("", name))
        cell.font = Font(bold=True)
        header.append(cell)
    worksheet.append(header)
    async for batch in batches:
        await asyncio.to_thread(_append, worksheet, batch, sheet.columns)
    spool = Spool()
    try:
        await asyncio.to_thread(book.save, spool.file)
    except BaseException:
        spool.close()
        raise
    spool.seal()
    return spool
