"""The whole sheet as CSV or XLSX, every row, never whole in memory.

Both are spooled (spool.py): CSV batch by batch as the cursor reads
(results.batches), XLSX by openpyxl's write_only workbook; the response
streams the spool once the database connection is released, so a client that
reads slowly, or never, holds no connection.

Spreadsheets run text that starts with = + - @ as a formula (CSV injection):
in CSV such a cell gets a leading apostrophe; in XLSX it is typed as text.
"""

from __future__ import annotations

import asyncio
import csv
import datetime
import io
import re
from collections.abc import AsyncIterator, Iterable
from typing import Any
from urllib.parse import quote

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from .results import Column, Row, Sheet
from .spool import Spool

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FILE_COLUMN = "File"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def portable_name(name: str, fallback: str = "sheet") -> str:
    """The name as a file name every system takes: no path separators, control
    characters or characters Windows refuses."""
    return re.sub(r'[\x00-\x1f\x7f/\\:*?"<>|]+', "_", name).strip(" .") or fallback


def content_disposition(sheet_name: str, extension: str) -> str:
    """`attachment` with the quoted ASCII name, after the exact one in RFC 5987 form
    when the two differ.

    Browsers take filename* wherever it stands (RFC 6266). The ASCII name comes
    last because the original client reads the name with /filename=(.+)/ (which
    filename*= does not match) and strips the quotes: everything after
    `filename=` must be that name alone.
    """
    exact = portable_name(sheet_name)
    ascii_name = re.sub(r"[^A-Za-z0-9 ._()-]+", "_", exact).strip(" ._") or "sheet"
    ascii_part = f'filename="{ascii_name}.{extension}"'
    if ascii_name == exact:
        return f"attachment; {ascii_part}"
    return f"attachment; filename*=UTF-8''{quote(exact)}.{extension}; {ascii_part}"


def _header(columns: list[Column]) -> list[str]:
    return [c.name for c in columns] + [FILE_COLUMN]


def _cells(row: Row, columns: list[Column]) -> list[Any]:
    return [row.values.get(c.name) for c in columns] + [row.file_name]


def csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv_text(rows: Iterable[list[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
    return buffer.getvalue().encode()


def csv_head(sheet: Sheet) -> bytes:
    # The byte-order mark makes Excel read the file as UTF-8.
    return b"\xef\xbb\xbf" + _csv_text([_header(sheet.columns)])


def csv_lines(sheet: Sheet, rows: list[Row]) -> bytes:
    return _csv_text(_cells(row, sheet.columns) for row in rows)


async def csv_stream(sheet: Sheet, batches: AsyncIterator[list[Row]]) -> AsyncIterator[bytes]:
    yield csv_head(sheet)
    async for batch in batches:
        yield csv_lines(sheet, batch)


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


async def csv_spool(sheet: Sheet, batches: AsyncIterator[list[Row]]) -> Spool:
    """The sheet as CSV in a spool (the caller streams it)."""
    return await Spool().fill(csv_stream(sheet, batches))


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
