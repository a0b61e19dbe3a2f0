"""Where uploaded bytes go: source_files rows and their bytes, written as they stream,
into file_chunks or the blob store of CPE_RUNS_BLOB_STORE (storage/blobs.py).

No transaction stays open while a client sends (the functions of sql/0005):
each file's row is staged as 'uploading' and each CHUNK_BYTES of it written in
a short transaction of its own, with a pool connection taken for just that; at
the end one transaction finishes every file of the request together. Until
then nobody sees them. A refused or failed upload deletes what it staged
before it answers, so nothing of it stays; what a crash leaves is swept. A blob
outside the database is deleted through the outbox (sql/0017) once its staged
row is gone, and directly as well when the upload fails, in case its row was
swept already.

Also the upload's refusals, its limits and what it reports back.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from types import TracebackType

import asyncpg

from ..config import MIB, Settings
from ..db import as_user
from ..errors import CpeRunsError, translating
from .blobs import BlobStore, BlobWriter
from .filetypes import Kind

log = logging.getLogger(__name__)

CHUNK_BYTES = MIB


class UploadError(CpeRunsError):
    """An upload refused as a whole; nothing of it is stored."""


class BadUpload(UploadError):
    """The body is not a multipart form with files (400)."""


class UploadTooLarge(UploadError):
    """A file, an archive or the request is past a limit (413)."""


class UnsupportedFile(UploadError):
    """A file we can neither extract nor unpack (415); `skipped` lists an archive's members."""

    def __init__(self, message: str, skipped: list[Skipped] | None = None) -> None:
        super().__init__(message)
        self.skipped = skipped or []


class BadArchive(UploadError):
    """A ZIP that cannot be read, or whose member paths leave the archive (422)."""


@dataclass(frozen=True, slots=True)
class Limits:
    file_bytes: int
    files: int
    zip_members: int
    zip_bytes: int
    zip_ratio: int
    # Bytes one request may store in all (ZIP members unpacked included).
    request_bytes: int
    # Bytes a user's files may take in all (None: no quota); the rule is SQL's
    # (check_storage_quota), this is its argument.
    quota_bytes: int | None

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        return cls(
            file_bytes=settings.max_upload_bytes,
            files=settings.max_upload_files,
            zip_members=settings.max_zip_members,
            zip_bytes=settings.max_zip_bytes,
            zip_ratio=settings.max_zip_ratio,
            request_bytes=settings.max_request_bytes,
            quota_bytes=settings.user_quota_bytes or None,
        )


@dataclass(frozen=True, slots=True)
class Skipped:
    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class WrittenFile:
    """A file whose bytes are all written, as finish_upload records it."""

    id: uuid.UUID
    size: int
    sha256: str


@dataclass
class Upload:
    # The files written, in upload order.
    files: list[WrittenFile] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class Staging:
    """The files of one upload request, written step by step: each step one short
    transaction acting for the user (db.as_user, so row-level security applies) on a
    pool connection taken for that step only.

    Use it as `async with`: leaving the block with an exception (a refusal, a
    failure, the client gone, cancellation) deletes whatever it staged before the
    exception goes on, unless `finish` already made the files the run's.
    """

    def __init__(
        self,
        pool: asyncpg.Pool,
        user_id: uuid.UUID,
        job_id: uuid.UUID,
        run_id: uuid.UUID,
        limits: Limits,
        store: BlobStore | None = None,
    ) -> None:
        self._pool, self._user_id, self._job_id, self.run_id = pool, user_id, job_id, run_id
        self._limits = limits
        # Where the bytes go: None for file_chunks.
        self.store = store
        # Every row staged and not discarded yet, in upload order.
        self._staged: list[uuid.UUID] = []
        # Blob writers not closed yet: aborted when the upload fails.
        self._writing: dict[uuid.UUID, BlobWriter] = {}
        # Bytes this request has stored (refused files' included: they count while stored).
        self.stored = 0

    async def __aenter__(self) -> Staging:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            return
        staged = list(self._staged)
        # Shielded: a cancelled request still deletes its rows (the sweep is the last resort).
        try:
            await asyncio.shield(self._abandon(staged))
        except Exception:
            log.exception("could not discard %d staged files", len(staged))

    async def _abandon(self, staged: list[uuid.UUID]) -> None:
        for writer in list(self._writing.values()):
            await writer.abort()
        self._writing.clear()
        if staged:
            await self.discard(staged)
        if self.store is not None and staged:
            # A row swept while its bytes still arrived left its blob to us alone. Only
            # blobs whose rows are gone: a commit whose answer was lost may have kept some.
            async with as_user(self._pool, self._user_id) as conn:
                kept = await conn.fetch("SELECT id FROM source_files WHERE id = ANY($1)", staged)
            kept_ids = {r["id"] for r in kept}
            for file_id in staged:
                if file_id not in kept_ids:
                    await self.store.delete(str(file_id))

    async def stage(
        self, name: str, kind: Kind, archive_name: str | None, zip_path: str | None
    ) -> uuid.UUID:
        """A new file's row, 'uploading' (RunNotPending once the run takes no more files)."""
        with translating():
            async with as_user(self._pool, self._user_id) as conn:
                file_id = await conn.fetchval(
                    "SELECT stage_upload_file($1, $2, $3, $4, $5, $6, $7)",
                    self._user_id,
                    self._job_id,
                    self.run_id,
                    name,
                    kind.content_type,
                    archive_name,
                    zip_path,
                )
                if self.store is not None:
                    await conn.execute(
                        "SELECT set_upload_storage($1, $2, $3)",
                        self._user_id,
                        file_id,
                        self.store.url,
                    )
        self._staged.append(file_id)
        return file_id

    def blob_writer(self, file_id: uuid.UUID) -> BlobWriter:
        """The store's writer for a staged file's bytes (aborted if the upload fails)."""
        writer = self._writing[file_id] = self.store.writer(str(file_id))
        return writer

    async def close_blob(self, file_id: uuid.UUID) -> None:
        await self._writing[file_id].close()
        del self._writing[file_id]

    async def abort_blob(self, file_id: uuid.UUID) -> None:
        writer = self._writing.pop(file_id, None)
        if writer is not None:
            await writer.abort()

    def count(self, n: int) -> None:
        """Count `n` more bytes of this request (UploadTooLarge past its total)."""
        if self.stored + n > self._limits.request_bytes:
            raise UploadTooLarge(
                f"this upload would store more than {self._limits.request_bytes} bytes"
                " (ZIPs counted unpacked); send its files in several uploads"
            )
        self.stored += n

    async def write_chunk(self, file_id: uuid.UUID, chunk_no: int, data: bytes) -> None:
        """Store a chunk in file_chunks: StorageQuotaExceeded past the user's quota (the
        database's count, which every upload shares)."""
        with translating():
            async with as_user(self._pool, self._user_id) as conn:
                await conn.execute(
                    "SELECT write_upload_chunk($1, $2, $3, $4, $5)",
                    self._user_id,
                    file_id,
                    chunk_no,
                    data,
                    self._limits.quota_bytes,
                )

    async def finish(
        self, files: list[WrittenFile], allow_duplicates: bool = False
    ) -> tuple[list[asyncpg.Record], list[Skipped]]:
        """Make the files the run's, all at once (RunNotPending when it has started
        meanwhile); they come back as sheets.list_files shows them. Unless
        `allow_duplicates`, a file whose bytes the sheet already holds is deleted
        instead and comes back as skipped, with the earlier file named."""
        ids = [f.id for f in files]
        with translating():
            async with as_user(self._pool, self._user_id) as conn:
                duplicates = []
                if not allow_duplicates:
                    duplicates = await conn.fetch(
                        "SELECT * FROM discard_duplicate_uploads($1, $2, $3, $4, $5)",
                        self._user_id,
                        self._job_id,
                        self.run_id,
                        ids,
                        [f.sha256 for f in files],
                    )
                gone = {d["file_id"] for d in duplicates}
                kept = [f for f in files if f.id not in gone]
                await conn.execute(
                    "SELECT finish_upload($1, $2, $3, $4, $5, $6)",
                    self._user_id,
                    self._job_id,
                    self.run_id,
                    [f.id for f in kept],
                    [f.size for f in kept],
                    [f.sha256 for f in kept],
                )
                # Bytes in a blob store count from here (file_chunks' as they came).
                await conn.execute(
                    "SELECT check_storage_quota($1, $2)", self._user_id, self._limits.quota_bytes
                )
                listed = await conn.fetch(
                    "SELECT * FROM list_sheet_files($1, $2, $3)",
                    self._user_id,
                    self._job_id,
                    [f.id for f in kept],
                )
        # Finished files are the run's, duplicates are gone: nothing is left to discard.
        self._forget(ids)
        return listed, [Skipped(name=d["name"], reason=d["reason"]) for d in duplicates]

    async def discard(self, file_ids: list[uuid.UUID]) -> None:
        """Delete these staged files with their bytes."""
        gone = list(file_ids)
        async with as_user(self._pool, self._user_id) as conn:
            await conn.execute("SELECT discard_upload($1, $2)", self._user_id, gone)
        self._forget(gone)

    def _forget(self, file_ids: list[uuid.UUID]) -> None:
        done = set(file_ids)
        self._staged = [i for i in self._staged if i not in done]


class FileWriter:
    """One file of an upload into source_files and its bytes, hashed and counted: into
    file_chunks CHUNK_BYTES a transaction, or streamed to the blob store."""

    def __init__(self, staging: Staging) -> None:
        self._staging = staging
        self._buffer = bytearray()
        self._hash = hashlib.sha256()
        self._chunks = 0
        self.size = 0
        self.file_id: uuid.UUID | None = None
        # The store's writer when the bytes go to a blob store.
        self._blob: BlobWriter | None = None

    def fresh(self) -> FileWriter:
        """A writer for another file of the same upload."""
        return FileWriter(self._staging)

    async def open(
        self, name: str, kind: Kind, archive_name: str | None = None, zip_path: str | None = None
    ) -> None:
        self.file_id = await self._staging.stage(name, kind, archive_name, zip_path)
        if self._staging.store is not None:
            self._blob = self._staging.blob_writer(self.file_id)

    async def write(self, data: bytes) -> None:
        self._staging.count(len(data))
        self._hash.update(data)
        self.size += len(data)
        if self._blob is not None:
            await self._blob.write(data)
            return
        self._buffer += data
        while len(self._buffer) >= CHUNK_BYTES:
            await self._flush(CHUNK_BYTES)

    async def close(self) -> WrittenFile:
        if self._blob is not None:
            await self._staging.close_blob(self.file_id)
        if self._buffer:
            await self._flush(len(self._buffer))
        return WrittenFile(self.file_id, self.size, self._hash.hexdigest())

    async def discard(self) -> None:
        """Delete what this writer staged (a file refused on its own, e.g. a ZIP member)."""
        if self.file_id is not None:
            await self._staging.abort_blob(self.file_id)
            await self._staging.discard([self.file_id])

    async def _flush(self, n: int) -> None:
        await self._staging.write_chunk(self.file_id, self._chunks, bytes(self._buffer[:n]))
        del self._buffer[:n]
        self._chunks += 1


async def sweep_abandoned_uploads(conn: asyncpg.Connection, older_than_seconds: float) -> int:
    """Delete the staged files of uploads abandoned (by a crash) longer ago than that."""
    return await conn.fetchval(
        "SELECT sweep_abandoned_uploads(make_interval(secs => $1))", float(older_than_seconds)
    )


async def file_chunks(
    pool: asyncpg.Pool, user_id: uuid.UUID, file_id: uuid.UUID, size: int
) -> AsyncIterator[bytes]:
    """The `size` bytes of a file kept in file_chunks, a chunk at a time, each read in a
    short transaction of its own: no connection is held while the caller hands them on
    to a client that reads slowly. They stop short where a chunk is missing (the file
    was deleted, or its chunks went with a switch of its store: storage/reading.py)."""
    sent, chunk_no = 0, 0
    while sent < size:
        async with as_user(pool, user_id) as conn:
            data = await read_chunk(conn, file_id, chunk_no)
        if data is None:
            return
        sent += len(data)
        chunk_no += 1
        yield data


async def read_chunk(conn: asyncpg.Connection, file_id: uuid.UUID, chunk_no: int) -> bytes | None:
    """One chunk of a file kept in file_chunks (None when it is not there)."""
    return await conn.fetchval(
        "SELECT data FROM file_chunks WHERE file_id = $1 AND chunk_no = $2", file_id, chunk_no
    )
