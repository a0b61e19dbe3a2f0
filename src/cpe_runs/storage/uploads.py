"""Uploads: a multipart body parsed as it arrives, each file staged into
file_chunks as it streams (filestore.Staging: a short transaction per chunk).

Nothing is ever whole in memory: the body is read chunk by chunk from the
request (python's `multipart` push parser, not Litestar's buffered form
parsing), each file is hashed, counted, type-checked and stored in CHUNK_BYTES
rows as it comes. A ZIP cannot be unpacked before its central directory (at its
end) has arrived, so it is spooled to a temporary file first (archives.py).
Any refusal raises; the caller's Staging then deletes what was staged.
"""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from contextlib import ExitStack

from multipart import MultipartError, MultipartSegment, PushMultipartParser, parse_options_header

from .archives import unpack
from .filestore import (
    CHUNK_BYTES,
    BadUpload,
    FileWriter,
    Limits,
    Staging,
    UnsupportedFile,
    Upload,
    UploadTooLarge,
)
from .filetypes import SNIFF_BYTES, Kind, TextCheck, Unsupported, classify, safe_name

# The form fields a file may come in (the original client sends `files`).
FILE_FIELDS = {"files", "file"}


class _Part:
    """One uploaded file as it streams in: sniffed from its head, then stored or spooled."""

    def __init__(
        self,
        writer: FileWriter,
        name: str,
        declared: str | None,
        limits: Limits,
        spools: ExitStack,
    ) -> None:
        self._writer, self._name, self._declared, self._limits = writer, name, declared, limits
        self._spools = spools
        self._head = bytearray()
        self._kind: Kind | None = None
        self._text: TextCheck | None = None
        self._spool: tempfile.SpooledTemporaryFile | None = None
        self._size = 0

    async def feed(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limits.file_bytes:
            raise UploadTooLarge(
                f"{self._name!r} is larger than the limit of {self._limits.file_bytes} bytes"
            )
        if self._kind is None:
            self._head += data
            if len(self._head) < SNIFF_BYTES:
                return
            data = bytes(self._head)
            await self._decide()
        await self._store(data)

    async def end(self, upload: Upload) -> None:
        if self._kind is None:
            head = bytes(self._head)
            await self._decide()
            await self._store(head)
        if self._text is not None:
            self._text.feed(b"", final=True)
        if self._spool is not None:
            with self._spool:
                await unpack(self._spool, self._name, self._writer, self._limits, upload)
        else:
            upload.files.append(await self._writer.close())

    async def _decide(self) -> None:
        self._kind = classify(bytes(self._head[:SNIFF_BYTES]), self._name, self._declared)
        self._head.clear()
        if self._kind is Kind.ZIP:
            # Closed by the ExitStack of receive_files, whatever happens.
            spool = tempfile.SpooledTemporaryFile(max_size=CHUNK_BYTES)  # noqa: SIM115
            self._spool = self._spools.enter_context(spool)
            return
        if self._kind is Kind.TEXT:
            self._text = TextCheck(self._name)
        await self._writer.open(self._name, self._kind)

    async def _store(self, data: bytes) -> None:
        if self._spool is not None:
            self._spool.write(data)
            return
        if self._text is not None:
            self._text.feed(data)
        await self._writer.write(data)


def _boundary(content_type: str | None) -> str:
    media_type, options = parse_options_header(content_type or "")
    boundary = options.get("boundary")
    if media_type != "multipart/form-data" or not boundary:
        raise BadUpload("send the files as multipart/form-data in the field 'files'")
    return boundary


class _Receiver:
    """Turns parser events into stored files."""

    def __init__(self, writer: FileWriter, limits: Limits, spools: ExitStack) -> None:
        self._writer, self._limits, self._spools = writer, limits, spools
        self._part: _Part | None = None
        self.count = 0
        self.upload = Upload()

    async def on(self, event: MultipartSegment | bytes | None) -> None:
        if isinstance(event, MultipartSegment):
            self._part = None
            # A browser sends an empty part with filename="" for an empty file input.
            if event.name in FILE_FIELDS and event.filename:
                self.count += 1
                if self.count > self._limits.files:
                    raise UploadTooLarge(
                        f"more than {self._limits.files} files in one upload; send fewer"
                    )
                name = safe_name(event.filename)
                self._part = _Part(
                    self._writer.fresh(), name, event.content_type, self._limits, self._spools
                )
        elif event is None:
            if self._part is not None:
                await self._part.end(self.upload)
            self._part = None
        elif self._part is not None:  # the bytes of a field that is not a file are dropped
            await self._part.feed(event)


async def receive_files(
    staging: Staging,
    content_type: str | None,
    body: AsyncIterator[bytes],
    limits: Limits,
) -> Upload:
    """Stage every file of the multipart `body` (Staging.finish makes them the run's)."""
    try:
        boundary = _boundary(content_type)
        with (
            ExitStack() as spools,
            PushMultipartParser(boundary, max_segment_count=limits.files + 32) as parser,
        ):
            receiver = _Receiver(FileWriter(staging), limits, spools)
            async for chunk in body:
                for event in parser.parse(chunk):
                    await receiver.on(event)
    except MultipartError as exc:
        raise BadUpload(f"malformed multipart body: {exc}") from exc
    except Unsupported as exc:
        raise UnsupportedFile(str(exc)) from exc
    if receiver.count == 0:
        raise BadUpload("no file in the form field 'files'")
    return receiver.upload
