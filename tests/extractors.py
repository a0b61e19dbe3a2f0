"""Plug-in extractors for the worker tests: CPE_RUNS_EXTRACTOR=tests.extractors:<name>.

Each returns (or fails to return) what the extractor contract allows, so that the
worker can be driven into every path: slow, always raising, refusing the file,
killing its own process, never returning, eating memory. `steered` does what the
file's bytes say, so one run can mix outcomes. They run in the worker's extraction
processes: each row says which process extracted it (`pid`).
"""

from __future__ import annotations

import hashlib
import os
import struct
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cpe_runs.extraction import ExtractionError, TemplateField

ALWAYS_RAISES_MESSAGE = "the certificate service is down"
REJECTS_MESSAGE = "this file is not a certificate"
PID_FIELD = "Certificate Number"


def _row(name: str, filename: str, fields: Sequence[TemplateField]) -> dict[str, Any]:
    """One row: the file's name as the first field, the extractor's name as the second,
    and the process that extracted it as the certificate number."""
    row: dict[str, Any] = {field.name: None for field in fields}
    names = [field.name for field in fields] + ["file", "extractor"]
    row[names[0]] = filename
    row[names[1]] = name
    row[PID_FIELD if PID_FIELD in row else "pid"] = str(os.getpid())
    return row


def echo(data: bytes, *, filename: str, content_type: str, fields: Sequence[TemplateField]):
    return [_row("echo", filename, fields)]


def slow(data: bytes, *, filename: str, content_type: str, fields: Sequence[TemplateField]):
    """Sleeps CPE_TEST_SLEEP seconds (default 1) per file."""
    time.sleep(float(os.environ.get("CPE_TEST_SLEEP", "1")))
    return [_row("slow", filename, fields)]


def always_raises(data: bytes, *, filename: str, content_type: str, fields):
    raise RuntimeError(ALWAYS_RAISES_MESSAGE)


def rejects(data: bytes, *, filename: str, content_type: str, fields):
    raise ExtractionError(REJECTS_MESSAGE)


def crash(data: bytes, *, filename: str, content_type: str, fields):
    """Kills the worker process in the middle of the task, every time."""
    os._exit(3)


def hang(data: bytes, *, filename: str, content_type: str, fields):
    """Never returns: sleeps until the process is killed."""
    while True:
        time.sleep(3600)


def sizes(data: bytes, *, filename: str, content_type: str, fields: Sequence[TemplateField]):
    """One row whose first field is the number of bytes it got."""
    return [_row("sizes", str(len(data)), fields)]


def eat_memory(megabytes: int) -> None:
    """Hold `megabytes` of memory it has written to (resident, not just reserved)."""
    held = [b"x" * (1024 * 1024) for _ in range(megabytes)]
    time.sleep(60)
    del held


def steered(data: bytes, *, filename: str, content_type: str, fields: Sequence[TemplateField]):
    """Does what the file says: 'sleep:<seconds>', 'raise:<message>', 'reject:<message>',
    'crash', 'hang', 'wait:<path>' (until that file exists), 'hang-once:<path>' (hangs
    unless the file exists, which it creates), 'memory:<MiB>' (holds that much),
    'children-memory:<n>x<MiB>' (n subprocesses holding that much each), 'forge:<json>'
    (that frame written to the worker as if the process answered it); anything
    else is extracted like echo."""
    command, _, argument = data.decode(errors="replace").strip().partition(":")
    if command == "wait":
        deadline = time.monotonic() + 60
        while not Path(argument).exists() and time.monotonic() < deadline:
            time.sleep(0.02)
    elif command == "hang-once":
        marker = Path(argument)
        if not marker.exists():
            marker.touch()
            hang(data, filename=filename, content_type=content_type, fields=fields)
    elif command == "memory":
        eat_memory(int(argument))
    elif command == "children-memory":
        count, _, megabytes = argument.partition("x")
        holders = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    f"from tests.extractors import eat_memory; eat_memory({megabytes})",
                ],
                env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
            )
            for _ in range(int(count))
        ]
        for holder in holders:
            holder.wait()
    elif command == "sleep":
        time.sleep(float(argument))
    elif command == "raise":
        raise RuntimeError(argument)
    elif command == "reject":
        raise ExtractionError(argument)
    elif command == "crash":
        crash(data, filename=filename, content_type=content_type, fields=fields)
    elif command == "hang":
        hang(data, filename=filename, content_type=content_type, fields=fields)
    elif command == "forge":
        # Writes a frame of its own to the worker (child.py's socket is its argv[1]).
        body = argument.encode()
        os.write(int(sys.argv[1]), struct.pack("!II", len(body), 0) + body)
    return [_row("steered", filename, fields)]


def not_rows(data: bytes, *, filename: str, content_type: str, fields):
    """Breaks the contract: a string instead of a list of rows."""
    return "not a list of rows"


def extra_key(data: bytes, *, filename: str, content_type: str, fields):
    """Breaks the contract: every field, and one key that is none."""
    return [{**{field.name: None for field in fields}, "course": filename}]


def digest(data: bytes, *, filename: str, content_type: str, fields: Sequence[TemplateField]):
    """One row whose first field is the SHA-256 of the bytes it got."""
    return [_row("digest", hashlib.sha256(data).hexdigest(), fields)]
