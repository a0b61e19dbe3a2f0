"""What an extractor receives and returns: the contract with the worker that calls it."""

from __future__ import annotations

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
