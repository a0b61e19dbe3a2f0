"""A sheet's files: upload (streamed multipart), list across runs, delete, retry, read back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from litestar import delete, get, post
from litestar.openapi.spec import (
    OpenAPIMediaType,
    OpenAPIResponse,
    OpenAPIType,
    Operation,
    RequestBody,
    Schema,
)
from litestar.params import QueryParameter
from litestar.response import Redirect, Stream

from .. import files
from ..exports import disposition
from ..storage.filestore import Limits
from .errors import problems
from .params import PathId, RunId, UserRequest
from .schemas import (
    Deleted,
    Files,
    ListedFile,
    Uploaded,
    listed_file,
    uploaded_archives,
    uploaded_file,
)

TAGS = ["files"]
AllowDuplicates = Annotated[
    bool,
    QueryParameter(
        description="Store a file even when the sheet already holds the same bytes (SHA-256)"
    ),
]
# Shown in the browser rather than saved: what a browser renders without running anything.
INLINE_TYPES = ("application/pdf", "image/", "text/plain")
# What a stored file may be (ZIPs are unpacked, never stored whole).
STORED_TYPES = (
    "application/pdf",
    "text/plain",
    "image/png",
    "image/jpeg",
    "image/tiff",
    "image/webp",
    "application/octet-stream",
)


@dataclass
class _MultipartUpload(Operation):
    """The upload reads the body itself (streamed), so OpenAPI is told its shape here."""

    def __post_init__(self) -> None:
        files = Schema(
            type=OpenAPIType.ARRAY,
            items=Schema(type=OpenAPIType.STRING, format="binary"),
            description="PDF or UTF-8 text certificates, or ZIPs of them",
        )
        self.request_body = RequestBody(
            required=True,
            content={
                "multipart/form-data": OpenAPIMediaType(
                    schema=Schema(
                        type=OpenAPIType.OBJECT, properties={"files": files}, required=["files"]
                    )
                )
            },
        )


@dataclass
class _FileBytes(Operation):
    """The original's bytes come in the file's own content type, one of STORED_TYPES."""

    def __post_init__(self) -> None:
        binary = Schema(type=OpenAPIType.STRING, format="binary")
        self.responses = {
            **(self.responses or {}),
            "200": OpenAPIResponse(
                description="The file's bytes",
                content={t: OpenAPIMediaType(schema=binary) for t in STORED_TYPES},
            ),
            "307": OpenAPIResponse(
                description="The file's bytes at a short-lived URL of the object store (S3)"
            ),
        }


@post(
    "/api/jobs/{job_id:uuid}/files",
    summary="Upload certificates to a run",
    description=(
        "Multipart field `files`, one or many; ZIPs are unpacked into one file per member"
        " (members we cannot extract are listed in `skipped`); `files` lists the files stored,"
        " then each ZIP they came from (`members`: their ids; not a file itself, as the"
        " original client expects). Without `run_id` the files go"
        " to the sheet's editable run. A file whose bytes (SHA-256) the sheet already holds, in"
        " any batch, also as a ZIP member, is not stored but listed in `skipped` with a reason"
        ' that says "duplicate" and names the earlier file, unless `allow_duplicates=true`.'
        " A run that is not `pending`, before the body is read or"
        " because it was started while the body arrived, answers 409 with `latest_run_id`, the"
        " run to retry against. All or nothing: the files appear together once the body has"
        " arrived, and a refused upload stores nothing."
    ),
    status_code=201,
    # The per-file limit is ours (Settings.max_upload_bytes), checked as the bytes arrive.
    request_max_body_size=None,
    operation_class=_MultipartUpload,
    tags=TAGS,
    responses=problems(400, 404, 409, 413, 415, 422, 503),
)
async def upload_files(
    request: UserRequest,
    job_id: PathId,
    run_id: RunId = None,
    allow_duplicates: AllowDuplicates = False,
) -> Uploaded:
    state = request.app.state
    # A refusal answers before the body is read to its end; uvicorn then reads and
    # drops the rest, so a client still sending gets the answer, not a reset.
    run, stored, skipped = await files.upload_files(
        state.pool,
        request.user.id,
        job_id,
        run_id,
        request.headers.get("content-type"),
        request.stream(),
        Limits.from_settings(state.settings),
        state.blobs.current,
        allow_duplicates,
    )
    return Uploaded(
        run_id=run, files=[*map(uploaded_file, stored), *uploaded_archives(stored)], skipped=skipped
    )


@get(
    "/api/jobs/{job_id:uuid}/files:all",
    summary="The files of every run of the sheet",
    description="Run by run, in upload order; each with its run's id and status.",
    tags=TAGS,
    responses=problems(400, 404),
)
async def list_files(request: UserRequest, job_id: PathId) -> Files:
    records = await files.list_files(request.app.state.pool, request.user.id, job_id)
    return Files(files=[listed_file(r) for r in records])


@delete(
    "/api/jobs/{job_id:uuid}/files/{file_id:uuid}",
    summary="Delete an uploaded file and its stored bytes",
    description="Refused (409) while the file's run is in progress. `run_id` is optional.",
    status_code=200,
    tags=TAGS,
    responses=problems(400, 404, 409),
)
async def delete_file(
    request: UserRequest, job_id: PathId, file_id: PathId, run_id: RunId = None
) -> Deleted:
    await files.delete_file(request.app.state.pool, request.user.id, job_id, file_id, run_id)
    return Deleted(id=file_id, message="File deleted")


@post(
    "/api/jobs/{job_id:uuid}/files/{file_id:uuid}/retry",
    summary="Retry a failed or cancelled file",
    description=(
        "The file, failed or cancelled in a finished batch, joins the sheet's editable run"
        " again with its stored bytes (no new upload); Start extracts it. 409 when the file did"
        " not fail, when the sheet holds its bytes again already, or while a batch is in"
        " progress."
    ),
    status_code=201,
    tags=TAGS,
    responses=problems(400, 404, 409),
)
async def retry_file(request: UserRequest, job_id: PathId, file_id: PathId) -> ListedFile:
    state = request.app.state
    record = await files.retry_file(state.pool, request.user.id, job_id, file_id, state.blobs)
    return listed_file(record)


@post(
    "/api/jobs/{job_id:uuid}/runs/{run_id:uuid}/retry",
    summary="Retry every failed or cancelled file of a batch",
    description=(
        "As retrying each file of the batch that failed or was cancelled and is not in the"
        " sheet again already. 409 when none is left, or while a batch is in progress."
    ),
    status_code=201,
    tags=TAGS,
    responses=problems(400, 404, 409),
)
async def retry_failed_files(request: UserRequest, job_id: PathId, run_id: PathId) -> Files:
    state = request.app.state
    records = await files.retry_failed_files(
        state.pool, request.user.id, job_id, run_id, state.blobs
    )
    return Files(files=[listed_file(r) for r in records])


Redirected = Annotated[
    bool,
    QueryParameter(
        description="false: the bytes themselves, also of a file kept in S3 (no redirect)"
    ),
]


@get(
    "/api/jobs/{job_id:uuid}/files/{file_id:uuid}/content",
    summary="The original file",
    description=(
        "Its bytes with its content type; PDFs, images and text `inline` (a browser shows"
        " them), anything else as an attachment. A file kept in S3 answers 307 to a"
        " presigned URL of the bucket that serves the same, unless `redirect=false`"
        " asks for the bytes themselves (the page does: a script may not follow a"
        " redirect to another origin that allows it no CORS)."
    ),
    operation_class=_FileBytes,
    tags=TAGS,
    responses=problems(400, 404),
)
async def file_content(
    request: UserRequest, job_id: PathId, file_id: PathId, redirect: Redirected = True
) -> Stream | Redirect:
    state = request.app.state
    user_id = request.user.id
    file, storage = await files.original_file(state.pool, user_id, job_id, file_id)
    content_type = file["content_type"]
    kind = "inline" if content_type.startswith(INLINE_TYPES) else "attachment"
    shown_as = disposition(kind, file["name"])
    store = state.blobs.get(storage) if redirect else None
    if store is not None:
        # Text was checked to be UTF-8 when it came: say so, nothing is left to guess
        # (Litestar says so itself of the text it sends).
        charset = "; charset=utf-8" if content_type == "text/plain" else ""
        url = await store.download_url(str(file_id), content_type + charset, shown_as)
        if url is not None:
            return Redirect(url, status_code=307, headers={"Cache-Control": "no-store"})
    chunks = files.original_bytes(state.pool, user_id, file_id, file["size"], storage, state.blobs)
    return Stream(
        chunks,
        media_type=content_type,
        headers={
            "Content-Disposition": shown_as,
            "Content-Length": str(file["size"]),
            # Our type, from the bytes' own signature at upload: never guessed again.
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-cache",
        },
    )


HANDLERS = [upload_files, list_files, delete_file, retry_file, retry_failed_files, file_content]
