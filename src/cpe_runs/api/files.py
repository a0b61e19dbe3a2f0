"""A sheet's files: upload (streamed multipart), list across runs, delete."""

from __future__ import annotations

from dataclasses import dataclass

from litestar import delete, get, post
from litestar.openapi.spec import OpenAPIMediaType, OpenAPIType, Operation, RequestBody, Schema

from .. import sheets
from ..filestore import Limits
from .errors import problems
from .params import PathId, RunId, UserRequest
from .schemas import Deleted, Files, Uploaded, listed_file, uploaded_file

TAGS = ["files"]


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


@post(
    "/api/jobs/{job_id:uuid}/files",
    summary="Upload certificates to a run",
    description=(
        "Multipart field `files`, one or many; ZIPs are unpacked into one file per member"
        " (members we cannot extract are listed in `skipped`). Without `run_id` the files go"
        " to the sheet's editable run. A run that is not `pending`, before the body is read or"
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
async def upload_files(request: UserRequest, job_id: PathId, run_id: RunId = None) -> Uploaded:
    state = request.app.state
    # A refusal answers before the body is read to its end; uvicorn then reads and
    # drops the rest, so a client still sending gets the answer, not a reset.
    run, files, skipped = await sheets.upload_files(
        state.pool,
        request.user.id,
        job_id,
        run_id,
        request.headers.get("content-type"),
        request.stream(),
        Limits.from_settings(state.settings),
    )
    return Uploaded(run_id=run, files=[uploaded_file(f) for f in files], skipped=skipped)


@get(
    "/api/jobs/{job_id:uuid}/files:all",
    summary="The files of every run of the sheet",
    description="Run by run, in upload order; each with its run's id and status.",
    tags=TAGS,
    responses=problems(400, 404),
)
async def list_files(request: UserRequest, job_id: PathId) -> Files:
    records = await sheets.list_files(request.app.state.pool, request.user.id, job_id)
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
    await sheets.delete_file(request.app.state.pool, request.user.id, job_id, file_id, run_id)
    return Deleted(id=file_id, message="File deleted")


HANDLERS = [upload_files, list_files, delete_file]
