"""Database errors as exception classes, decided in one place.

SQL functions raise with their own SQLSTATEs (CRnnn, see sql/); constraint
violations are recognised by constraint name, never by message text. Both
asyncpg and psycopg errors translate through `translate`.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class CpeRunsError(Exception):
    """Base of every domain error."""


class RunError(CpeRunsError):
    """An error about a run: `run_id` names it (SQL gives it as the error's DETAIL)."""

    def __init__(self, message: str, run_id: uuid.UUID | None) -> None:
        super().__init__(message)
        self.run_id = run_id


class InvalidRunTransition(CpeRunsError):
    """CR001: the status guard refused a status change."""


class NotFound(CpeRunsError):
    """CR004: the job or run does not exist."""


class RunInProgress(RunError):
    """CR003: the sheet's latest run is in progress; nothing is editable."""


class NoFilesUploaded(RunError):
    """CR005: Start on a run that holds no new file."""


class FileUnreadable(CpeRunsError):
    """CR040: an uploaded file's stored bytes are missing or damaged; its task fails at once."""


class TooManyEvents(CpeRunsError):
    """CR009: more events in one transaction than a seq can number."""


class RunNotPending(RunError):
    """CR010: an upload to a run that takes no more files; run_id is the run to retry against."""


class UnknownState(CpeRunsError):
    """CR011: a sheet for a template that is not a CPE state the user may use."""


class FileInProgress(RunError):
    """CR012: deleting a file whose run is in progress (run_id)."""


class InvalidCell(CpeRunsError):
    """CR013: a row edit names an unknown column or a value that is not of its type;
    `field` is the column at fault, when one is."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NothingInProgress(CpeRunsError):
    """CR014: cancelling a sheet none of whose batches is in progress."""


class NotRetryable(CpeRunsError):
    """CR015: retrying a file that did not fail, or whose bytes the sheet holds again already."""


class InvalidRequirement(CpeRunsError):
    """CR060: a requirement that cannot be one (a bad date, a period that ends before it
    starts, negative or absurd hours); the message says which."""


class InvalidCursor(CpeRunsError):
    """CR150: a page's `after` that is not a cursor the API handed out."""


class ConstraintViolation(CpeRunsError):
    """A check, unique or foreign-key constraint refused the data."""

    def __init__(self, message: str, constraint: str | None) -> None:
        super().__init__(message)
        self.constraint = constraint


class UnstorableText(CpeRunsError):
    """22021, 22P05: text PostgreSQL cannot store (a NUL character), as a value or in JSON."""

    MESSAGE = "text must not contain NUL characters (\\u0000)"


class StorageQuotaExceeded(CpeRunsError):
    """CR050: the user's stored bytes would pass their storage quota (413)."""


class ArgumentOutOfBounds(CpeRunsError):
    """CR051: a privileged function refused an argument outside its bounds."""


_BY_SQLSTATE: dict[str, type[CpeRunsError]] = {
    # character_not_in_repertoire, untranslatable_character: PostgreSQL's words for a NUL.
    "22021": UnstorableText,
    "22P05": UnstorableText,
    "CR001": InvalidRunTransition,
    "CR003": RunInProgress,
    "CR004": NotFound,
    "CR005": NoFilesUploaded,
    "CR009": TooManyEvents,
    "CR010": RunNotPending,
    "CR011": UnknownState,
    "CR012": FileInProgress,
    "CR013": InvalidCell,
    "CR014": NothingInProgress,
    "CR015": NotRetryable,
    "CR040": FileUnreadable,
    "CR050": StorageQuotaExceeded,
    "CR051": ArgumentOutOfBounds,
    "CR060": InvalidRequirement,
    "CR150": InvalidCursor,
}
# unique_violation, foreign_key_violation, check_violation, not_null_violation
_CONSTRAINT_STATES = {"23505", "23503", "23514", "23502"}


def _detail(exc: Exception) -> str | None:
    detail = getattr(exc, "detail", None)  # asyncpg
    if detail is None and hasattr(exc, "diag"):  # psycopg
        detail = exc.diag.message_detail
    return detail


def _constraint(exc: Exception) -> str | None:
    name = getattr(exc, "constraint_name", None)
    if name is None and hasattr(exc, "diag"):
        name = exc.diag.constraint_name
    return name


def _column(exc: Exception) -> str | None:
    name = getattr(exc, "column_name", None)
    if name is None and hasattr(exc, "diag"):
        name = exc.diag.column_name
    return name


def _primary_message(exc: Exception) -> str:
    message = getattr(exc, "message", None)
    if message is None and hasattr(exc, "diag"):
        message = exc.diag.message_primary
    return message or str(exc)


def _uuid_or_none(text: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(text) if text else None
    except ValueError:
        return None


def translate(exc: Exception) -> Exception:
    """The domain error for a database error, or the error itself when it is not ours."""
    state = getattr(exc, "sqlstate", None)
    message = _primary_message(exc)
    cls = _BY_SQLSTATE.get(state or "")
    if cls is not None and issubclass(cls, RunError):
        return cls(message, _uuid_or_none(_detail(exc)))
    if cls is InvalidCell:
        return cls(message, _column(exc))
    if cls is UnstorableText:
        return cls(UnstorableText.MESSAGE)
    if cls is not None:
        return cls(message)
    if state in _CONSTRAINT_STATES:
        return ConstraintViolation(message, _constraint(exc))
    return exc


@contextmanager
def translating() -> Iterator[None]:
    """Inside the block, a database error of ours leaves as its domain error."""
    try:
        yield
    except Exception as exc:
        translated = translate(exc) if getattr(exc, "sqlstate", None) else exc
        if translated is exc:
            raise
        raise translated from exc


def translated(fn: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[T]]:
    """`translating` around every call of a coroutine function (a context manager alone
    cannot wrap one: the error leaves at await, after the call has returned)."""

    @wraps(fn)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        with translating():
            return await fn(*args, **kwargs)

    return wrapper
