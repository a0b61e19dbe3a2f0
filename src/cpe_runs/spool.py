"""Spool, then stream: how a response built from the database reaches a client
without holding anything shared while the client reads.

A download (CSV, XLSX, a ZIP of certificates) is written from the database
into a Spool first: a temporary file that stays in memory up to
MEMORY_BYTES and moves to disk beyond, so memory is bounded whatever the
size. The database connection is released as soon as the spool is full;
only then does the response start, read from the file at the client's pace.
A client that never reads holds a file handle and its own socket, never a
pool connection (and the transport's idle timeout ends it, see server.py).

Filling spools is itself bounded by a SpoolBudget: at most `connections`
spools read the database at once (the rest of the pool stays free for
everybody else's requests) and each user fills one at a time, so one user's
exports queue behind each other, not in front of other users'.

Chosen over a per-user budget of held connections because a connection held
for the length of a download is held for as long as the slowest client
wants; a spool holds one for as long as the database takes to read.
"""

from __future__ import annotations

import asyncio
import tempfile
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import IO

from .config import MIB

MEMORY_BYTES = MIB
STREAM_BYTES = 64 * 1024


class Spool:
    """A temporary file in bounded memory: fill it, then stream it (which closes it)."""

    def __init__(self, memory_bytes: int = MEMORY_BYTES) -> None:
        self.file: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=memory_bytes)  # noqa: SIM115
        self.size = 0

    async def write(self, data: bytes) -> None:
        # A write that moves the file to disk, or goes to disk, does not block the loop.
        if self.size + len(data) > MEMORY_BYTES:
            await asyncio.to_thread(self.file.write, data)
        else:
            self.file.write(data)
        self.size += len(data)

    async def fill(self, chunks: AsyncIterator[bytes]) -> Spool:
        """Write every chunk; on any failure the spool is closed and the error goes on."""
        try:
            async for chunk in chunks:
                await self.write(chunk)
        except BaseException:
            self.close()
            raise
        return self

    def seal(self) -> None:
        """Done writing (after writing to `file` directly): take the size from the file."""
        self.file.seek(0, 2)
        self.size = self.file.tell()

    async def stream(self) -> AsyncIterator[bytes]:
        """The spooled bytes from the start, STREAM_BYTES at a time; closes the spool."""
        try:
            self.file.seek(0)
            while chunk := await asyncio.to_thread(self.file.read, STREAM_BYTES):
                yield chunk
        finally:
            self.close()

    def close(self) -> None:
        self.file.close()


class SpoolBudget:
    """How many spools may read the database at once, and one per user at a time."""

    def __init__(self, connections: int) -> None:
        self._slots = asyncio.Semaphore(max(1, connections))
        # Per user: their lock and how many of their spools hold or wait for it.
        self._users: dict[uuid.UUID, tuple[asyncio.Lock, list[int]]] = {}

    @asynccontextmanager
    async def slot(self, user_id: uuid.UUID) -> AsyncIterator[None]:
        lock, count = self._users.setdefault(user_id, (asyncio.Lock(), [0]))
        count[0] += 1
        try:
            async with lock, self._slots:
                yield
        finally:
            count[0] -= 1
            if not count[0]:
                del self._users[user_id]
