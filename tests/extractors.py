"""Plug-in extractors for the worker tests: CPE_RUNS_EXTRACTOR=tests.extractors:<name>.

Each returns (or fails to return) what the extractor contract allows, so that the
worker can be driven into every path: slow, always raising, refusing the file,
killing its own process, never returning. `steered` does what the file's bytes say,
so one run can mix outcomes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from typing import Any

from cpe_runs.extraction import ExtractionError, TemplateField

ALWAYS_RAISES_MESSAGE = "the certificate service is down"
REJECTS_MESSAGE = "this file is not a certificate"


def _row(name: str, filename: str, fields: Sequence[TemplateField]) -> dict[str, Any]:
    """One row: the file's name as the first field, the extractor's name as the second."""
    row: dict[str, Any] = {field.name: None for field in fields}
    names = [field.name for field in fields] + ["file", "extractor"]
    row[names[0]] = filename
    row[names[1]] = name
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


def steered(data: bytes, *, filename: str, content_type: str, fields: Sequence[TemplateField]):
    """Does what the file says: 'sleep:<seconds>', 'raise:<message>', 'reject:<message>',
    'crash', 'hang'; anything else is extracted like echo."""
    command, _, argument = data.decode(errors="replace").strip().partition(":")
    if command == "sleep":
        time.sleep(float(argument))
    elif command == "raise":
        raise RuntimeError(argument)
    elif command == "reject":
        raise ExtractionError(argument)
    elif command == "crash":
        crash(data, filename=filename, content_type=content_type, fields=fields)
    elif command == "hang":
        hang(data, filename=filename, content_type=content_type, fields=fields)
    return [_row("steered", filename, fields)]
