"""A directory as the blob store (CPE_RUNS_BLOB_STORE=file:///path): one file per blob,
under a folder named by the key's first two characters so no folder grows huge.

A blob is written to `.partial/` first and renamed into place once whole (and flushed
to disk), so a reader never sees half of one and a crash leaves only a partial file,
which `sweep_abandoned` removes.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import time
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import unquote, urlparse

from .blobs import BlobMissing, BlobStore, BlobWriter, read_through

PARTIAL = ".partial"


class DirectoryStore(BlobStore):
    def __init__(self, url: str) -> None:
        parsed = urlparse(url)
        if parsed.netloc not in ("", "localhost") or not parsed.path.startswith("/"):
            raise ValueError(f"a file store needs an absolute path: file:///path, got {url!r}")
        self.root = Path(unquote(parsed.path)).resolve()
        self.url = "file://" + str(self.root)
        (self.root / PARTIAL).mkdir(parents=True, exist_ok=True)

    def path(self, key: str) -> Path:
        if not key or "/" in key or key.startswith("."):
            raise ValueError(f"not a blob key: {key!r}")
        return self.root / key[:2] / key

    def writer(self, key: str) -> BlobWriter:
        return _DirectoryWriter(
            self.path(key), self.root / PARTIAL / f"{key}.{secrets.token_hex(4)}"
        )

    async def chunks(self, key: str) -> AsyncIterator[bytes]:
        try:
            handle = await asyncio.to_thread(open, self.path(key), "rb")
        except FileNotFoundError:
            raise BlobMissing(f"no blob {key} in {self.url}") from None
        async for data in read_through(handle):
            yield data

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self.path(key).unlink, missing_ok=True)

    async def exists(self, key: str) -> bool:
        return await asyncio.to_thread(self.path(key).is_file)

    async def list_keys(self) -> AsyncIterator[str]:
        names = await asyncio.to_thread(_listing, self.root)
        for name in names:
            yield name

    async def close(self) -> None:
        """Nothing to release: every read and write opens its own file."""

    async def sweep_abandoned(self, older_than_seconds: float) -> int:
        return await asyncio.to_thread(self._sweep_partials, older_than_seconds)

    def _sweep_partials(self, older_than_seconds: float) -> int:
        cutoff = time.time() - older_than_seconds
        removed = 0
        for entry in (self.root / PARTIAL).iterdir():
            with contextlib.suppress(FileNotFoundError):  # its writer finished meanwhile
                if entry.stat().st_mtime < cutoff:
                    entry.unlink()
                    removed += 1
        return removed


def _listing(root: Path) -> list[str]:
    return sorted(
        entry.name
        for folder in root.iterdir()
        if folder.is_dir() and folder.name != PARTIAL
        for entry in folder.iterdir()
        if entry.is_file()
    )


class _DirectoryWriter(BlobWriter):
    def __init__(self, final: Path, partial: Path) -> None:
        self._final, self._partial = final, partial
        self._handle = None

    async def write(self, data: bytes) -> None:
        if self._handle is None:
            self._handle = await asyncio.to_thread(open, self._partial, "wb")
        await asyncio.to_thread(self._handle.write, data)

    async def close(self) -> None:
        if self._handle is None:
            self._handle = await asyncio.to_thread(open, self._partial, "wb")
        await asyncio.to_thread(self._finish)

    def _finish(self) -> None:
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        self._final.parent.mkdir(exist_ok=True)
        os.replace(self._partial, self._final)

    async def abort(self) -> None:
        if self._handle is not None:
            self._handle.close()
        await asyncio.to_thread(self._partial.unlink, missing_ok=True)
