"""Is the sheet compliant? Its requirement, its summary against it, and the audit packet."""

from __future__ import annotations

import msgspec
from litestar import MediaType, Response, delete, get, put
from litestar.params import JSONBody
from litestar.response import Stream
from msgspec import Struct

from .. import audit, compliance, exports
from .errors import problems
from .params import PathId, UserRequest

TAGS = ["compliance"]


class RequirementBody(Struct):
    # YYYY-MM-DD; both edges of the period count.
    period_start: str
    period_end: str
    total_hours: float
    ethics_hours: float


class SummaryRows(Struct):
    rows: list[compliance.SummaryRow]


@put(
    "/api/cpe/sheets/{job_id:uuid}/requirement",
    summary="Set the sheet's requirement",
    description=(
        "The reporting period (both edges included) and the hours the board asks for in it,"
        " of which `ethics_hours` in ethics. Check the numbers with your board: rules differ"
        " by state and change. 400 with the reason for a date that is not YYYY-MM-DD, a"
        " period that ends before it starts or lasts more than 10 years, hours below 0 or"
        " above 1000, or more ethics hours than hours."
    ),
    tags=TAGS,
    responses=problems(400, 404),
)
async def put_requirement(
    request: UserRequest, job_id: PathId, data: JSONBody[RequirementBody]
) -> compliance.Requirement:
    return await compliance.set_requirement(
        request.app.state.pool,
        request.user.id,
        job_id,
        data.period_start,
        data.period_end,
        data.total_hours,
        data.ethics_hours,
    )


@get(
    "/api/cpe/sheets/{job_id:uuid}/requirement",
    summary="The sheet's requirement (null when none is set)",
    tags=TAGS,
    responses=problems(400, 404),
)
async def get_requirement(
    request: UserRequest, job_id: PathId
) -> Response[compliance.Requirement | None]:
    requirement = await compliance.get_requirement(request.app.state.pool, request.user.id, job_id)
    # Encoded here: Litestar would send an empty body for None, the contract says null.
    return Response(msgspec.json.encode(requirement), media_type=MediaType.JSON)


@delete(
    "/api/cpe/sheets/{job_id:uuid}/requirement",
    summary="Remove the sheet's requirement",
    status_code=204,
    tags=TAGS,
    responses=problems(400, 404),
)
async def delete_requirement(request: UserRequest, job_id: PathId) -> None:
    await compliance.clear_requirement(request.app.state.pool, request.user.id, job_id)


@get(
    "/api/cpe/sheets/{job_id:uuid}/summary",
    summary="The sheet against its requirement",
    description=(
        "Hours are the rows' CPE Hours; ethics hours those of rows whose Field of Study"
        " mentions ethics. `period_*` and `remaining_*` count rows completed in the"
        " requirement's period (edges included; null without a requirement); `remaining_*`"
        " never go below 0; `days_left` counts from today to the period's end."
        ' `hours_by_field` keys rows without a field of study as "". `uncounted_rows`:'
        " rows whose hours are empty or not a number, which count for nothing."
    ),
    tags=TAGS,
    responses=problems(400, 404),
)
async def get_summary(request: UserRequest, job_id: PathId) -> compliance.Summary:
    return await compliance.summary(request.app.state.pool, request.user.id, job_id)


@get(
    "/api/cpe/sheets/{job_id:uuid}/summary/rows",
    summary="Every row as the summary counts it",
    description=(
        "In sheet order: the row's number, its countable hours (null when they cannot be"
        " counted), completion date (null when none or not a date), field of study, whether"
        " it is ethics and whether it lies in the requirement's period (null without one)."
    ),
    tags=TAGS,
    responses=problems(400, 404),
)
async def get_summary_rows(request: UserRequest, job_id: PathId) -> SummaryRows:
    rows = await compliance.summary_rows(request.app.state.pool, request.user.id, job_id)
    return SummaryRows(rows=rows)


@get(
    "/api/jobs/{job_id:uuid}/export/audit",
    summary="The audit packet: the sheet, every certificate and a summary, as one ZIP",
    description=(
        "`sheet.xlsx` and `sheet.csv` (every row), `certificates/` with every original"
        " certificate named after the rows it backs (`007 name.pdf`, `007-009 name.pdf`),"
        " and `summary.pdf` (the requirement, the totals, the list of certificates)."
        " Streamed: nothing is held while the client reads."
    ),
    media_type=audit.ZIP_TYPE,
    tags=TAGS,
    responses=problems(400, 404),
)
async def export_audit(request: UserRequest, job_id: PathId) -> Stream:
    pool, user_id = request.app.state.pool, request.user.id
    # Preparing reads the whole sheet on one connection: within the spool budget (spool.py).
    async with request.app.state.spool_budget.slot(user_id):
        packet = await audit.prepare(pool, user_id, job_id)
    disposition = exports.content_disposition(f"{packet.sheet.name} audit packet", "zip")
    return Stream(
        audit.stream(pool, user_id, packet, request.app.state.blobs),
        media_type=audit.ZIP_TYPE,
        headers={"Content-Disposition": disposition},
    )


HANDLERS = [
    put_requirement,
    get_requirement,
    delete_requirement,
    get_summary,
    get_summary_rows,
    export_audit,
]
