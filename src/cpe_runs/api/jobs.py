"""The original client's job routes: its job details, and its createJobRun.

The original CPE page polls `GET /api/jobs/{job_id}?run_id=` (useJobDetails)
and older pages call `POST /api/jobs/{job_id}/runs` before an upload. A sheet
has one editable run at a time, which SQL makes on demand, so the POST never
makes a second one: it answers the editable run, made when there was none.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from litestar import get, post
from litestar.exceptions import NotFoundException
from msgspec import Struct

from .. import sheets
from .errors import problems
from .params import PathId, RunId, UserRequest

TAGS = ["jobs"]


class JobField(Struct):
    field_name: str
    # The field's type: text, date or number.
    data_type_id: str
    ai_prompt: str | None
    display_order: int


class JobDetails(Struct):
    """A run of the sheet as the original's job details: `id` is the sheet's (job's) id."""

    id: uuid.UUID
    name: str
    # The run's status (the original's JobStatus has the same values).
    status: str
    persist_data: bool
    created_at: datetime
    completed_at: datetime | None
    job_fields: list[JobField]
    template_id: uuid.UUID | None
    description: str | None
    extraction_tasks: list[dict[str, Any]]
    # Ours beside the original's: which run this is.
    run_id: uuid.UUID


class RunCreated(Struct):
    job_run_id: uuid.UUID
    status: str
    message: str


@get(
    "/api/jobs/{job_id:uuid}",
    summary="A run of the sheet as the original client's job details",
    description="`run_id`, or the sheet's latest run: its status, the sheet's name and the"
    " state's fields.",
    tags=TAGS,
    responses=problems(400, 404),
)
async def job_details(request: UserRequest, job_id: PathId, run_id: RunId = None) -> JobDetails:
    run, name, fields = await sheets.run_details(
        request.app.state.pool, request.user.id, job_id, run_id
    )
    if run["id"] is None:
        raise NotFoundException(detail=f"sheet {job_id} has no run")
    return JobDetails(
        id=job_id,
        name=name,
        status=run["status"],
        persist_data=True,
        created_at=run["created_at"],
        completed_at=run["completed_at"],
        job_fields=[
            JobField(f["field_name"], f["data_type"], f["prompt"], f["display_order"])
            for f in fields
        ],
        template_id=run["template_id"],
        description=None,
        extraction_tasks=[],
        run_id=run["id"],
    )


@post(
    "/api/jobs/{job_id:uuid}/runs",
    summary="The sheet's editable run (made when it has none): the original's createJobRun",
    description="Idempotent: a sheet has one editable (`pending`) run, and this answers it."
    " The original's body (`clone_from_run_id`, `template_id`, `append_results`) is not read:"
    " a sheet's next run always continues the sheet. 409 with `latest_run_id` while a run is"
    " in progress.",
    status_code=200,
    tags=TAGS,
    responses=problems(400, 404, 409),
)
async def create_run(request: UserRequest, job_id: PathId) -> RunCreated:
    run = await sheets.editable_run(request.app.state.pool, request.user.id, job_id)
    return RunCreated(
        job_run_id=run["id"], status=run["status"], message="The sheet's editable run"
    )


HANDLERS = [job_details, create_run]
