"""Domain errors as HTTP problems: the one place an exception class gets its status.

Handlers raise (or let through) the classes of cpe_runs.errors and of the
upload modules; this maps them to problem details, adding the ids a client
needs to carry on (the run to retry an upload against, the run in progress).
It also documents those responses in OpenAPI (`problems(...)`).
"""

from __future__ import annotations

import logging
import uuid
from http import HTTPStatus
from typing import Any

from litestar import Request, Response
from litestar.openapi import ResponseSpec
from msgspec import Struct

from ..db import TRANSIENT_ERRORS, is_transient
from ..errors import (
    ArgumentOutOfBounds,
    ConstraintViolation,
    CpeRunsError,
    FileInProgress,
    FileUnreadable,
    InvalidCell,
    InvalidCursor,
    InvalidRequirement,
    InvalidRunTransition,
    NoFilesUploaded,
    NotFound,
    NothingInProgress,
    NotRetryable,
    RunInProgress,
    RunNotPending,
    StorageQuotaExceeded,
    UnknownState,
    UnstorableText,
)
from ..storage.filestore import BadArchive, BadUpload, UnsupportedFile, UploadTooLarge
from .problems import PROBLEM_JSON, internal_error_handler, problem

log = logging.getLogger(__name__)

# What a 503 for an unreachable database tells the client to wait (seconds).
RETRY_AFTER_SECONDS = 2

STATUS: dict[type[CpeRunsError], int] = {
    NotFound: 404,
    RunInProgress: 409,
    RunNotPending: 409,
    FileInProgress: 409,
    InvalidRunTransition: 409,
    NothingInProgress: 409,
    NotRetryable: 409,
    NoFilesUploaded: 400,
    UnknownState: 400,
    InvalidCell: 400,
    InvalidRequirement: 400,
    InvalidCursor: 400,
    ConstraintViolation: 400,
    UnstorableText: 400,
    BadUpload: 400,
    UploadTooLarge: 413,
    StorageQuotaExceeded: 413,
    ArgumentOutOfBounds: 400,
    UnsupportedFile: 415,
    BadArchive: 422,
    # Bytes of an upload lost while stored (a database crash): sending it again works.
    FileUnreadable: 503,
}


def _status(exc: CpeRunsError) -> int | None:
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return None


def _extra(exc: CpeRunsError) -> dict[str, Any]:
    run_id: uuid.UUID | None = getattr(exc, "run_id", None)
    if isinstance(exc, RunNotPending | RunInProgress):
        # The run a client should use next: retry the upload against it, or watch it run.
        return {"latest_run_id": str(run_id) if run_id else None}
    if isinstance(exc, NoFilesUploaded | FileInProgress):
        return {"run_id": str(run_id) if run_id else None}
    if isinstance(exc, InvalidCell) and exc.field is not None:
        # The column at fault, so that a client shows the refusal at its cell.
        return {"field": exc.field}
    if isinstance(exc, UnsupportedFile) and exc.skipped:
        return {"skipped": [{"name": s.name, "reason": s.reason} for s in exc.skipped]}
    return {}


def domain_error_handler(request: Request, exc: CpeRunsError) -> Response[dict[str, Any]]:
    status = _status(exc)
    if status is None:
        return internal_error_handler(request, exc)
    return problem(status, str(exc), **_extra(exc))


def database_unavailable_handler(request: Request, exc: Exception) -> Response[dict[str, Any]]:
    """The database (or the way to it) is away for a moment: 503 and when to retry."""
    if not is_transient(exc):
        return internal_error_handler(request, exc)
    log.warning(
        "database unavailable on %s %s: %s: %s",
        request.method,
        request.url.path,
        type(exc).__name__,
        exc,
    )
    return unavailable(f"the database is not answering ({type(exc).__name__})")


def unavailable(reason: str) -> Response[dict[str, Any]]:
    response = problem(503, f"{reason}; try again in a few seconds")
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class Problem(Struct):
    """An error (RFC 9457 problem details); some carry ids to act on."""

    type: str
    title: str
    status: int
    detail: str
    latest_run_id: uuid.UUID | None = None
    run_id: uuid.UUID | None = None
    # A refused cell's column.
    field: str | None = None


_DESCRIPTIONS = {
    400: "Bad request: malformed JSON, parameters or multipart body, or a rule refused it",
    401: "Missing, invalid or revoked token",
    404: "No such sheet, run, file or row for this user (another user's ids answer the same)",
    409: (
        "A run is in progress, or the run takes no more files (`latest_run_id` says which to"
        " use); nothing is in progress to cancel; or the file did not fail"
    ),
    413: "A file, an archive or the upload is past a size or count limit, or the user's storage"
    " quota would be; nothing was stored",
    415: "A file we can neither extract (PDF, UTF-8 text) nor unpack (ZIP); nothing was stored",
    422: "A ZIP that cannot be read or whose paths leave the archive; nothing was stored",
    503: "The database does not answer (try again after Retry-After seconds), or lost part of"
    " an upload as it restarted: send it again",
}


def problems(*statuses: int, public: bool = False) -> dict[int, ResponseSpec]:
    """OpenAPI responses for the given error statuses (401 is one unless the route is public;
    503 always: every route answers it, with Retry-After, while the database is away).

    Use this, not `raises=`: Litestar documents raised exceptions with its own error
    body as application/json, which is not what the problem handlers send."""
    return {
        status: ResponseSpec(
            data_container=Problem,
            generate_examples=False,
            description=_DESCRIPTIONS.get(status, HTTPStatus(status).phrase),
            media_type=PROBLEM_JSON,
        )
        for status in sorted({503, *statuses} if public else {401, 503, *statuses})
    }


EXCEPTION_HANDLERS = {
    CpeRunsError: domain_error_handler,
    **dict.fromkeys(TRANSIENT_ERRORS, database_unavailable_handler),
}
