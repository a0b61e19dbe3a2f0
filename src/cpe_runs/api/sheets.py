"""CPE sheets: the states to choose from, list, create, delete, start."""

from __future__ import annotations

from litestar import delete, get, post
from litestar.params import JSONBody

from .. import sheets
from ..storage.filetypes import clean_text
from .errors import problems
from .params import Limit, Offset, PathId, UserRequest
from .schemas import (
    Deleted,
    NewSheet,
    Run,
    SheetCreated,
    Sheets,
    SheetSummary,
    Started,
    State,
    States,
    from_record,
)

TAGS = ["sheets"]


@get(
    "/api/cpe/states", summary="The CPE states a sheet can be for", tags=TAGS, responses=problems()
)
async def list_states(request: UserRequest) -> States:
    records = await sheets.list_states(request.app.state.pool, request.user.id)
    return States(states=[State(template_id=r["template_id"], name=r["name"]) for r in records])


@get(
    "/api/cpe/sheets",
    summary="The user's CPE sheets, newest first",
    description="`status` is the latest run's; `latest_run_id` is the run to upload to.",
    tags=TAGS,
    responses=problems(400),
)
async def list_sheets(
    request: UserRequest,
    limit: Limit = 200,
    offset: Offset = 0,
) -> Sheets:
    records, total = await sheets.list_sheets(
        request.app.state.pool, request.user.id, limit, offset
    )
    return Sheets(sheets=[from_record(SheetSummary, r) for r in records], total=total)


@post(
    "/api/cpe/sheets",
    summary="Create a CPE sheet for a state",
    description=(
        "Creates the sheet and its first, editable run. The name is kept as typed but for"
        " control and format characters (NUL, bidi overrides), which are dropped."
    ),
    tags=TAGS,
    responses=problems(400),
)
async def create_sheet(request: UserRequest, data: JSONBody[NewSheet]) -> SheetCreated:
    # Cleaned as file names are: nothing invisible may change how a name reads.
    name = clean_text(data.name) if data.name is not None else None
    run = await sheets.create_sheet(request.app.state.pool, request.user.id, data.template_id, name)
    return SheetCreated(job_id=run["job_id"], run_id=run["id"], message="Sheet created")


@delete(
    "/api/cpe/sheets/{job_id:uuid}",
    summary="Delete a sheet",
    description="Its runs, files (and their stored bytes), tasks and rows go with it.",
    status_code=200,
    tags=TAGS,
    responses=problems(400, 404),
)
async def delete_sheet(request: UserRequest, job_id: PathId) -> Deleted:
    await sheets.delete_sheet(request.app.state.pool, request.user.id, job_id)
    return Deleted(id=job_id, message="Sheet deleted")


@post(
    "/api/cpe/sheets/{job_id:uuid}/start",
    summary="Start extracting the files of the sheet's editable run",
    description=(
        "One task per new file, the run `in_progress`, in one transaction. 400 when the run"
        " holds no new file; 409 while a run of the sheet is in progress (a double click"
        " starts one run)."
    ),
    status_code=202,
    tags=TAGS,
    responses=problems(400, 404, 409),
)
async def start_sheet(request: UserRequest, job_id: PathId) -> Started:
    settings = request.app.state.settings
    run = await sheets.start_sheet(
        request.app.state.pool, request.user.id, job_id, settings.max_attempts
    )
    return Started(
        active_run_id=run["id"],
        tasks_total=run["tasks_total"],
        message=f"Extraction started: {run['tasks_total']} file(s) queued",
    )


@post(
    "/api/cpe/sheets/{job_id:uuid}/cancel",
    summary="Cancel the batch being extracted",
    description=(
        "The run in progress becomes `cancelled`: its unfinished files show `cancelled`, the"
        " reports of extractions still under way count nothing, rows already extracted stay."
        " The next upload opens a new editable run. 409 when nothing is in progress."
    ),
    status_code=200,
    tags=TAGS,
    responses=problems(400, 404, 409),
)
async def cancel_sheet(request: UserRequest, job_id: PathId) -> Run:
    record = await sheets.cancel_sheet(request.app.state.pool, request.user.id, job_id)
    return from_record(Run, record)


@get(
    "/api/jobs/{job_id:uuid}/runs/{run_id:uuid}",
    summary="One run of a sheet",
    tags=TAGS,
    responses=problems(400, 404),
)
async def get_run(request: UserRequest, job_id: PathId, run_id: PathId) -> Run:
    record = await sheets.get_run(request.app.state.pool, request.user.id, job_id, run_id)
    return from_record(Run, record)


HANDLERS = [
    list_states,
    list_sheets,
    create_sheet,
    delete_sheet,
    start_sheet,
    cancel_sheet,
    get_run,
]
