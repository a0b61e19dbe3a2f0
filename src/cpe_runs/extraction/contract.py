"""What an extractor receives and returns: the contract with the worker that calls it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class TemplateField:
    """One column of a state's CPE sheet, as the template defines it."""

    name: str  # e.g. "Course Title"
    data_type: str  # 'text' | 'date' | 'number'
    prompt: str | None = None
    display_order: int = 0


class ExtractionError(Exception):
    """The file can never be extracted (unreadable, no text layer, unsupported type).

    The worker fails the task at once, without retrying: the same bytes would fail again.
    """


class Extractor(Protocol):
    """Turns one uploaded file into one row per certificate it holds.

    Each row is keyed by the name of every field in ``fields``; a value the file does
    not state is None. Dates are 'YYYY-MM-DD' strings, numbers int or float, text a
    stripped str. Raise ExtractionError for a file that can never be read; any other
    exception is taken as transient and the task is retried.
    """

    def __call__(
        self,
        data: bytes,
        *,
        filename: str,
        content_type: str,
        fields: Sequence[TemplateField],
    ) -> list[dict[str, Any]]: ...


# What an extractor may say about a row besides its fields: how it was read and how
# sure it is of each value (sql/0010 moves both out of the row's values).
ROW_NOTES = frozenset({"_source", "_confidence"})


def check_rows(rows: Any, fields: Sequence[TemplateField]) -> list[dict[str, Any]]:
    """The extractor's rows if they keep the contract: a list of JSON objects, each
    keyed by the name of every field and by no other key but ROW_NOTES; otherwise
    TypeError or ValueError naming the first breach. (A run without a template has no
    fields to key by: its rows need only be objects.)"""
    if not isinstance(rows, list | tuple) or not all(isinstance(row, dict) for row in rows):
        raise TypeError(f"the extractor returned {type(rows).__name__}, not a list of dicts")
    names = {field.name for field in fields}
    for number, row in enumerate(rows if names else (), 1):
        keys = row.keys() - ROW_NOTES
        if keys != names:
            breaches = []
            if missing := sorted(names - keys):
                breaches.append("no key " + ", ".join(map(repr, missing)))
            if extra := sorted(map(str, keys - names)):
                breaches.append("keys that are not fields: " + ", ".join(map(repr, extra)))
            raise ValueError(f"row {number} of the extractor has {'; '.join(breaches)}")
    json.dumps(rows, allow_nan=False)  # TypeError or ValueError for what JSON cannot hold
    return list(rows)
