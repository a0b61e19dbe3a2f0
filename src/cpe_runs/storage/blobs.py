"""The blob store interface, and the stores by URL.

A blob is the bytes of one uploaded file, keyed by the file's id. `source_files.storage`
says which store holds a file's blob: `db` (the rows of file_chunks, the default), or
the URL of a directory (`file:///path`) or a bucket (`s3://bucket/prefix`). The store
for new uploads is CPE_RUNS_BLOB_STORE; files keep the store they were written to until
`cpe-runs blobs migrate` moves them, so a process reads every store that rows name.

Writers take the bytes as they stream and hold at most one part in memory; nothing is
visible under the key until `close()`, and `abort()` leaves nothing behind.
"""

from __future__ import annotations

import asyncio
import hashlib
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from typing import IO, TYPE_CHECKING

from ..errors import FileUnreadable

if TYPE_CHECKING:
    from ..config import Settings

# What `source_files.storage` says for bytes kept in file_chunks.
IN_DATABASE = "db"
READ_BYTES = 1024 * 1024


async def read_through(stream: IO[bytes]) -> AsyncIterator[bytes]:
    """A blocking stream's bytes, READ_BYTES at a time off the event loop; closed after."""
    try:
        while data := await asyncio.to_thread(stream.read, READ_BYTES):
            yield data
    finally:
        stream.close()


class BlobWriter(ABC):
    @abstractmethod
    async def write(self, data: bytes) -> None: ...

    @abstractmethod
    async def close(self) -> None:
        """Make the blob visible under its key, whole."""

    @abstractmethod
    async def abort(self) -> None:
        """Drop what was written; nothing stays under the key nor beside it."""


class BlobStore(ABC):
    """A place for blobs. `url` is what source_files.storage records for its files."""

    url: str

    @abstractmethod
    def writer(self, key: str) -> BlobWriter: ...

    @abstractmethod
    def chunks(self, key: str) -> AsyncIterator[bytes]:
        """The blob's bytes in order; BlobMissing when there is none under the key."""

    @abstractmethod
    async def delete(self, key: str) -> None:
        """Delete the blob; deleting one that is not there is not an error."""

    @abstractmethod
    async def exists(self, key: str) -> bool: ...

    @abstractmethod
    def list_keys(self) -> AsyncIterator[str]:
        """Every key of a whole blob in the store (for sweeps, migrations and tests)."""

    async def download_url(self, key: str, content_type: str, disposition: str) -> str | None:
        """A URL a browser may fetch the blob from directly for a while, answered with
        these Content-Type and Content-Disposition; None when the store cannot give one
        (then the API streams the bytes itself)."""
        return None

    @abstractmethod
    async def sweep_abandoned(self, older_than_seconds: float) -> int:
        """Remove what writers that died (a crashed server) left half-written longer ago
        than that; how many pieces went."""

    async def read(self, key: str) -> bytes:
        return b"".join([chunk async for chunk in self.chunks(key)])

    @abstractmethod
    async def close(self) -> None:
        """Release the store's connections."""


class BlobMissing(FileUnreadable):
    """No blob under the key (CR040's meaning for bytes outside the database)."""


async def read_verified(store: BlobStore, key: str, size: int, sha256: str | None) -> bytes:
    """The blob's bytes, refused (FileUnreadable) when missing or not the ones uploaded."""
    try:
        data = await store.read(key)
    except BlobMissing:
        raise FileUnreadable(
            f"the stored file cannot be read: its bytes are not in {store.url}"
        ) from None
    if len(data) != size:
        raise FileUnreadable(
            f"the stored file cannot be read: {len(data)} of its {size} bytes are there"
        )
    if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
        raise FileUnreadable("the stored file cannot be read: its bytes do not match its sha256")
    return data


def open_store(url: str, settings: Settings) -> BlobStore | None:
    """The store at `url` (None for `postgres`/`db`: the bytes live in file_chunks, read
    and written by SQL in the transactions that own them). ValueError for a URL that
    names no store."""
    if url in ("postgres", IN_DATABASE):
        return None
    if url.startswith("file://"):
        from .local import DirectoryStore

        return DirectoryStore(url)
    if url.startswith("s3://"):
        from .s3 import S3Store

        return S3Store(url, endpoint_url=settings.s3_endpoint_url)
    raise ValueError(
        f"CPE_RUNS_BLOB_STORE must be postgres, file:///path or s3://bucket/prefix, got {url!r}"
    )


class BlobStores:
    """The store for new uploads and, opened when first needed, every store rows name."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.current = open_store(settings.blob_store, settings)
        self._open: dict[str, BlobStore] = {}
        if self.current is not None:
            self._open[self.current.url] = self.current

    @property
    def current_url(self) -> str:
        return IN_DATABASE if self.current is None else self.current.url

    def get(self, url: str) -> BlobStore | None:
        if url == IN_DATABASE:
            return None
        store = self._open.get(url)
        if store is None:
            store = self._open[url] = open_store(url, self.settings)
        return store

    async def close(self) -> None:
        for store in self._open.values():
            await store.close()
        self._open.clear()
