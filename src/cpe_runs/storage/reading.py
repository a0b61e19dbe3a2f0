"""Reading a file's bytes while `cpe-runs blobs migrate` may switch its store.

A reader looks the file up (which store holds it), then reads. A switch between the
two (storage/moving.py) leaves the old copy for a while (sql/0021), so most readers
simply finish from it; bytes in file_chunks go with the switch, and a store can lose
the old copy early. So when the bytes are missing or cut short, a reader looks the
file up again: if its store changed it reads on from the new one (the copies are the
same bytes, verified by SHA-256 before the switch), otherwise the failure stands.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from ..errors import FileUnreadable
from .blobs import BlobStores, read_verified

log = logging.getLogger(__name__)

# Store switches a reader follows before it gives up (a file moved back and forth
# faster than it can be read).
SWITCHES = 3

Lookup = Callable[[], Awaitable[str | None]]


async def read_file(
    key: str,
    size: int,
    sha256: str | None,
    storage: str,
    lookup: Lookup,
    read_database: Callable[[], Awaitable[bytes]],
    blobs: BlobStores,
) -> bytes:
    """The file's whole bytes, checked, from `storage` or the store it moved to.
    `lookup` says where the file is now (None: gone); `read_database` reads and
    checks bytes kept in file_chunks."""
    for switches in range(SWITCHES + 1):
        try:
            store = blobs.get(storage)
            if store is None:
                return await read_database()
            return await read_verified(store, key, size, sha256)
        except FileUnreadable:
            now = await lookup()
            if now is None or now == storage or switches == SWITCHES:
                raise
            log.info("file %s moved from %s to %s while read: reading it there", key, storage, now)
            storage = now
    raise AssertionError("unreachable")


async def stream_file(
    key: str,
    size: int,
    storage: str,
    lookup: Lookup,
    database_chunks: Callable[[], AsyncIterator[bytes]],
    blobs: BlobStores,
) -> AsyncIterator[bytes]:
    """The file's bytes as they are read, from `storage`, going on from the store it
    moved to where they stop short (the bytes already sent are skipped there).
    FileUnreadable when they stop short and the file did not move."""
    sent = 0
    for switches in range(SWITCHES + 1):
        store = blobs.get(storage)
        chunks = database_chunks() if store is None else store.chunks(key)
        position = 0
        try:
            async for data in chunks:
                start, position = position, position + len(data)
                if position <= sent:
                    continue  # sent already, from the store the file was in before
                data = data[sent - start :] if start < sent else data
                sent += len(data)
                yield data
        except FileUnreadable:
            pass
        if sent >= size:
            return
        now = await lookup()
        if now is None or now == storage or switches == SWITCHES:
            raise FileUnreadable(
                f"the stored file cannot be read: {sent} of its {size} bytes are there"
            )
        log.info("file %s moved from %s to %s while sent: sending on from there", key, storage, now)
        storage = now
