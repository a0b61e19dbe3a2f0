"""The pipe between a worker and its extraction processes: frames of a JSON header
and raw bytes (the file going out). JSON both ways, never pickle: a process that
reads hostile files must not be able to run code in the worker by what it answers."""

from __future__ import annotations

import asyncio
import json
import struct
from typing import Any, BinaryIO

# (header length, payload length), network order.
_LENGTHS = struct.Struct("!II")
# An answer past this is refused rather than read into the worker's memory.
MAX_ANSWER_BYTES = 64 * 1024 * 1024


class FrameTooLarge(Exception):
    pass


def encode(header: dict[str, Any], payload: bytes = b"") -> bytes:
    body = json.dumps(header, ensure_ascii=False, allow_nan=False).encode()
    return _LENGTHS.pack(len(body), len(payload)) + body + payload


async def read(reader: asyncio.StreamReader) -> tuple[dict[str, Any], bytes]:
    """One frame; IncompleteReadError when the other end is gone."""
    size, payload_size = _LENGTHS.unpack(await reader.readexactly(_LENGTHS.size))
    if size + payload_size > MAX_ANSWER_BYTES:
        raise FrameTooLarge(f"an answer of {size + payload_size:,} bytes")
    header = json.loads(await reader.readexactly(size))
    return header, await reader.readexactly(payload_size)


def read_blocking(stream: BinaryIO) -> tuple[dict[str, Any], bytes] | None:
    """One frame from a blocking stream; None at its end."""
    lengths = stream.read(_LENGTHS.size)
    if len(lengths) < _LENGTHS.size:
        return None
    size, payload_size = _LENGTHS.unpack(lengths)
    header = json.loads(stream.read(size))
    payload = stream.read(payload_size)
    if len(payload) < payload_size:
        return None
    return header, payload


def write_blocking(stream: BinaryIO, header: dict[str, Any], payload: bytes = b"") -> None:
    stream.write(encode(header, payload))
    stream.flush()
