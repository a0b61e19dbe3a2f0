"""The audit packet: one ZIP with the sheet as XLSX and CSV, every original
certificate under certificates/, and summary.pdf (the requirement, the totals
and the list of certificates).

Built in two steps so that a slow client holds nothing shared:

1. prepare() reads everything but the certificates' bytes in one read-only
   snapshot (REPEATABLE READ), so the sheet, the summary and the list agree,
   and spools the small parts (spool.Spool: memory, then disk); its connection
   goes back to the pool before the first byte is sent.
2. stream() writes the ZIP as the client reads it: the spooled parts, then each
   certificate as a download of it reads it (files.original_bytes: a stored chunk
   at a time, each in a short transaction of its own, read on from the new store
   when `blobs migrate` switches the file meanwhile). No connection is held while
   the client reads, and the packet is never whole in memory or on disk.

Certificates are named after the rows they back, "certificates/007 name.pdf"
(rows 7 to 9 of one file: "007-009 name.pdf"), so an auditor finds row 7's
certificate at once; the row numbers are the sheet's order, as in sheet.csv.
A file deleted while its packet streams ends the download with an error rather
than a packet that lacks it.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import os
import time
import uuid
import zipfile
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import asyncpg

from . import compliance, exports, files, results, sheets
from .db import as_user
from .errors import CpeRunsError, FileUnreadable, translating
from .spool import Spool
from .storage.blobs import IN_DATABASE, BlobStores
from .summarypdf import CertificateLine, summary_pdf

log = logging.getLogger(__name__)

ZIP_TYPE = "application/zip"
_PART_BYTES = 256 * 1024


class CertificateGone(CpeRunsError):
    """A certificate's bytes vanished (its file was deleted) while its packet streamed."""


@dataclass(frozen=True, slots=True)
class Certificate:
    file_id: uuid.UUID
    # Its path in the ZIP.
    path: str
    size: int
    # The store holding its bytes (source_files.storage).
    storage: str = IN_DATABASE


@dataclass
class Packet:
    sheet: sheets.Sheet
    # (path in the ZIP, its bytes, compress?) in the order they are written.
    parts: list[tuple[str, Spool, bool]] = field(default_factory=list)
    certificates: list[Certificate] = field(default_factory=list)

    def close(self) -> None:
        for _, spool, _ in self.parts:
            spool.close()


def certificate_paths(
    files: list[tuple[uuid.UUID, str]], row_numbers: dict[uuid.UUID, list[int]], total_rows: int
) -> dict[uuid.UUID, str]:
    """Each file's path under certificates/: the numbers of the rows it backs, then its
    name made portable; unique even when two names clean up alike."""
    width = max(3, len(str(total_rows)))
    taken: set[str] = set()
    paths = {}
    for file_id, name in files:
        numbers = row_numbers[file_id]
        first, last = min(numbers), max(numbers)
        label = f"{first:0{width}d}" if first == last else f"{first:0{width}d}-{last:0{width}d}"
        stem, ext = os.path.splitext(exports.portable_name(name, "certificate"))
        candidate, n = f"{label} {stem[:100]}{ext[:16]}", 1
        while candidate.lower() in taken:
            n += 1
            candidate = f"{label} {stem[:100]} ({n}){ext[:16]}"
        taken.add(candidate.lower())
        paths[file_id] = f"certificates/{candidate}"
    return paths


async def prepare(pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID) -> Packet:
    """Everything but the certificates' bytes, from one snapshot (NotFound for a
    sheet that is not the user's)."""
    async with as_user(pool, user_id, snapshot=True) as conn:
        sheet = await results.read_sheet(conn, user_id, job_id, None)
        summary = await compliance.read_summary(conn, user_id, job_id)
        counted = await compliance.read_summary_rows(conn, user_id, job_id)
        with translating():
            state = await conn.fetchval(
                "SELECT t.name FROM latest_run($1) r JOIN templates t ON t.id = r.template_id",
                job_id,
            )
            files = await conn.fetch(
                "SELECT id, name, size FROM list_sheet_files($1, $2)", user_id, job_id
            )
            stored = await conn.fetch(
                "SELECT id, storage FROM source_files WHERE job_id = $1", job_id
            )
        packet = Packet(sheet)
        try:
            titles = await _spool_sheet(conn, packet)
        except BaseException:
            packet.close()
            raise

    try:
        row_numbers: dict[uuid.UUID, list[int]] = {}
        for row in counted:
            if row.file_id is not None:
                row_numbers.setdefault(row.file_id, []).append(row.row_no)
        backing = [(f["id"], f["name"]) for f in files if f["id"] in row_numbers]
        # In sheet order: by the first row each file backs.
        backing.sort(key=lambda f: min(row_numbers[f[0]]))
        paths = certificate_paths(backing, row_numbers, len(counted))
        sizes = {f["id"]: f["size"] for f in files}
        storage = {f["id"]: f["storage"] for f in stored}
        packet.certificates = [Certificate(i, paths[i], sizes[i], storage[i]) for i, _ in backing]
        lines = [
            CertificateLine(
                row_no=row.row_no,
                title=titles.get(row.row_id),
                completion_date=row.completion_date,
                hours=row.hours,
                field_of_study=row.field_of_study,
                in_period=row.in_period,
                path=paths.get(row.file_id) if row.file_id else None,
            )
            for row in counted
        ]
        pdf = Spool()
        packet.parts.insert(0, ("summary.pdf", pdf, False))
        await pdf.write(
            await asyncio.to_thread(
                summary_pdf, sheet.name, state, summary, lines, datetime.datetime.now(datetime.UTC)
            )
        )
        return packet
    except BaseException:
        packet.close()
        raise


async def _spool_sheet(conn: asyncpg.Connection, packet: Packet) -> dict[uuid.UUID, str | None]:
    """sheet.csv (written by COPY) and sheet.xlsx (one pass over the rows), both of the
    packet's snapshot; returns each row's title (its first column) for the list of
    certificates."""
    sheet = packet.sheet
    titles: dict[uuid.UUID, str | None] = {}
    title_column = sheet.columns[0].name if sheet.columns else None
    csv = Spool()
    packet.parts.append(("sheet.csv", csv, True))
    await csv.write(exports.CSV_BOM)
    await results.write_csv(conn, sheet, exports.FILE_COLUMN, csv.write)

    async def rows() -> AsyncIterator[list[sheets.Row]]:
        async for batch in results.rows_of(conn, sheet):
            for row in batch:
                value = row.values.get(title_column) if title_column else None
                titles[row.row_id] = value if isinstance(value, str) else None
            yield batch

    packet.parts.append(("sheet.xlsx", await exports.xlsx_spool(sheet, rows()), False))
    return titles


class _Sink:
    """A write-only file for zipfile that keeps what was written until taken."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def write(self, data: bytes) -> int:
        self._buffer += data
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data = bytes(self._buffer)
        self._buffer.clear()
        return data


def _entry(path: str, size: int, compress: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(path, time.localtime()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    # Known beforehand, so that zipfile writes ZIP64 headers when an entry needs them.
    info.file_size = size
    info.external_attr = 0o644 << 16
    return info


async def stream(
    pool: asyncpg.Pool, user_id: uuid.UUID, packet: Packet, blobs: BlobStores
) -> AsyncIterator[bytes]:
    """The packet as ZIP bytes, as the client reads them (closes the packet); the
    certificates' bytes come from the stores that hold them."""
    sink = _Sink()
    try:
        # zipfile sees a file it cannot seek: it writes each entry's sizes after its data.
        with zipfile.ZipFile(sink, "w", allowZip64=True) as archive:
            for path, spool, compress in packet.parts:
                spool.file.seek(0)
                with archive.open(_entry(path, spool.size, compress), "w") as entry:
                    while data := await asyncio.to_thread(spool.file.read, _PART_BYTES):
                        entry.write(data)
                        yield sink.take()
            for certificate in packet.certificates:
                entry_info = _entry(certificate.path, certificate.size, False)
                with archive.open(entry_info, "w") as entry:
                    async for data in _certificate_bytes(pool, user_id, certificate, blobs):
                        entry.write(data)
                        yield sink.take()
                yield sink.take()
        yield sink.take()
    finally:
        packet.close()


async def _certificate_bytes(
    pool: asyncpg.Pool, user_id: uuid.UUID, certificate: Certificate, blobs: BlobStores
) -> AsyncIterator[bytes]:
    """The certificate's bytes as a download of it reads them (files.original_bytes:
    a short transaction per chunk, read on from the new store when its store switches
    meanwhile); CertificateGone when they cannot all be read."""
    sent = 0
    chunks = files.original_bytes(
        pool, user_id, certificate.file_id, certificate.size, certificate.storage, blobs
    )
    try:
        async for data in chunks:
            sent += len(data)
            yield data
    except FileUnreadable as exc:
        log.warning("audit packet: %s lost its bytes while it streamed", certificate.path)
        raise CertificateGone(
            f"{certificate.path} was deleted while the packet was sent ({exc})"
        ) from None
    if sent != certificate.size:
        raise CertificateGone(f"{certificate.path} changed while the packet was sent")
