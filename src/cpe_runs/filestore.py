"""Where uploaded bytes go: source_files rows and their file_chunks, written as they stream.

Also the upload's refusals (each raised before commit, so nothing of a refused
upload stays), its limits and what it reports back.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field

import asyncpg

from .config import MIB, Settings
from .errors import CpeRunsError
from .filetypes import Kind

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

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        return cls(
            file_bytes=settings.max_upload_bytes,
            files=settings.max_upload_files,
            zip_members=settings.max_zip_members,
            zip_bytes=settings.max_zip_bytes,
            zip_ratio=settings.max_zip_ratio,
        )


@dataclass(frozen=True, slots=True)
class Skipped:
    name: str
    reason: str


@dataclass
class Upload:
    # The stored files' ids, in upload order.
    files: list[uuid.UUID] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class FileWriter:
    """One file into source_files and file_chunks, CHUNK_BYTES a row, hashed and counted."""

    def __init__(self, conn: asyncpg.Connection, job_id: uuid.UUID, run_id: uuid.UUID) -> None:
        self._conn, self._job_id, self._run_id = conn, job_id, run_id
        self._buffer = bytearray()
        self._hash = hashlib.sha256()
        self._chunks = 0
        self.size = 0
        self.file_id: uuid.UUID | None = None

    @property
    def conn(self) -> asyncpg.Connection:
        return self._conn

    def fresh(self) -> FileWriter:
        """A writer for another file of the same run."""
        return FileWriter(self._conn, self._job_id, self._run_id)

    async def open(
        self, name: str, kind: Kind, archive_name: str | None = None, zip_path: str | None = None
    ) -> None:
        self.file_id = await self._conn.fetchval(
            "INSERT INTO source_files (job_id, run_id, name, content_type, archive_name, zip_path)"
            " VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            self._job_id,
            self._run_id,
            name,
            kind.content_type,
            archive_name,
            zip_path,
        )

    async def write(self, data: bytes) -> None:
        self._hash.update(data)
        self.size += len(data)
        self._buffer += data
        while len(self._buffer) >= CHUNK_BYTES:
            await self._flush(CHUNK_BYTES)

    async def close(self) -> uuid.UUID:
        if self._buffer:
            await self._flush(len(self._buffer))
        await self._conn.execute(
            "UPDATE source_files SET size_bytes = $2, sha256 = $3 WHERE id = $1",
            self.file_id,
            self.size,
            self._hash.hexdigest(),
        )
        return self.file_id

    async def _flush(self, n: int) -> None:
        await self._conn.execute(
            "INSERT INTO file_chunks (file_id, chunk_no, data) VALUES ($1, $2, $3)",
            self.file_id,
            self._chunks,
            bytes(self._buffer[:n]),
        )
        del self._buffer[:n]
        self._chunks += 1
