"""A sheet's rows: a page in sheet order, row edits, and CSV/XLSX exports of every row."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable

from litestar import delete, get, patch, post
from litestar.params import JSONBody
from litestar.response import Stream

from .. import exports, results, sheets
from ..spool import Spool
from .downloads import download
from .errors import problems
from .params import After, Limit, Offset, PathId, RunId, UserRequest
from .schemas import Deleted, NewCertificate, Results, RowEdit, original_results

TAGS = ["results"]


@get(
    "/api/jobs/{job_id:uuid}/results",
    summary="The sheet's rows, a page at a time",
    description=(
        "In sheet order (batch by batch, files in upload order) across the append chain of"
        " `run_id`, or of the latest run. `values` maps each column to its value: dates"
        " YYYY-MM-DD, hours as numbers. `results` holds the same rows in the original"
        " client's shape (one entry per row: `extracted_data` has `columns` and `results`)."
        " Page on with `after=<next_cursor>` (a cursor costs the same at any depth);"
        " `offset` also works and costs the rows it skips."
    ),
    tags=TAGS,
    responses=problems(400, 404),
)
async def list_results(
    request: UserRequest,
    job_id: PathId,
    run_id: RunId = None,
    limit: Limit = 100,
    offset: Offset = 0,
    after: After = None,
) -> Results:
    page = await results.page(
        request.app.state.pool, request.user.id, job_id, run_id, limit, offset, after
    )
    columns = [c.name for c in page.sheet.columns]
    return Results(
        total=page.total,
        columns=columns,
        column_types={c.name: c.data_type for c in page.sheet.columns},
        rows=page.rows,
        run_id=page.sheet.run_id,
        limit=limit,
        offset=offset,
        next_cursor=page.next_cursor,
        results=original_results(columns, page.rows),
        files_processed_count=page.files_processed,
    )


@patch(
    "/api/jobs/{job_id:uuid}/results/{row_id:uuid}",
    summary="Edit cells of a row",
    description=(
        '`values` names the columns to set (others keep theirs); null or "" clears a cell.'
        " Dates must be YYYY-MM-DD, numbers numbers (a refusal names the column in `field`)."
        " The row becomes `manual`; every open stream of the sheet gets `row_updated`."
    ),
    tags=TAGS,
    responses=problems(400, 404),
)
async def edit_result(
    request: UserRequest, job_id: PathId, row_id: PathId, data: JSONBody[RowEdit]
) -> sheets.Row:
    return await results.edit_row(
        request.app.state.pool, request.user.id, job_id, row_id, data.values
    )


@post(
    "/api/jobs/{job_id:uuid}/results",
    summary="Add a certificate by hand",
    description=(
        "A row with `source` `manual` in the sheet's latest run: part of the sheet from now on"
        " (this batch's results, every later batch's, the exports). `values` as for an edit;"
        " at least one must be set. Every open stream of the sheet gets `row_created`."
    ),
    status_code=201,
    tags=TAGS,
    responses=problems(400, 404),
)
async def add_result(
    request: UserRequest, job_id: PathId, data: JSONBody[NewCertificate]
) -> sheets.Row:
    return await results.add_row(request.app.state.pool, request.user.id, job_id, data.values)


@delete(
    "/api/jobs/{job_id:uuid}/results/{row_id:uuid}",
    summary="Delete a row",
    description=(
        "The row leaves the sheet: the results and exports of its batch and of every later one."
        " Every open stream of the sheet gets `row_deleted`."
    ),
    status_code=200,
    tags=TAGS,
    responses=problems(400, 404),
)
async def delete_result(request: UserRequest, job_id: PathId, row_id: PathId) -> Deleted:
    await results.delete_row(request.app.state.pool, request.user.id, job_id, row_id)
    return Deleted(id=row_id, message="Row deleted")


@get(
    "/api/jobs/{job_id:uuid}/export/csv",
    summary="The whole sheet as CSV",
    description="Every row; the template's columns, then the file's name.",
    media_type=exports.CSV_TYPE,
    tags=TAGS,
    responses=problems(400, 404, 503),
)
async def export_csv(request: UserRequest, job_id: PathId, run_id: RunId = None) -> Stream:
    pool, user_id = request.app.state.pool, request.user.id

    def fill(sheet: sheets.Sheet) -> Awaitable[Spool]:
        return exports.csv_spool(
            lambda output: results.copy_csv(pool, user_id, sheet, exports.FILE_COLUMN, output)
        )

    sheet, spool = await _spool(request, job_id, run_id, fill)
    return download(spool, exports.CSV_TYPE, sheet.name, "csv")


@get(
    "/api/jobs/{job_id:uuid}/export/excel",
    summary="The whole sheet as an Excel workbook (XLSX)",
    description="Every row; dates are date cells, hours numbers.",
    media_type=exports.XLSX_TYPE,
    tags=TAGS,
    responses=problems(400, 404, 503),
)
async def export_excel(request: UserRequest, job_id: PathId, run_id: RunId = None) -> Stream:
    pool, user_id = request.app.state.pool, request.user.id

    def fill(sheet: sheets.Sheet) -> Awaitable[Spool]:
        return exports.xlsx_spool(sheet, results.batches(pool, user_id, sheet))

    sheet, spool = await _spool(request, job_id, run_id, fill)
    return download(spool, exports.XLSX_TYPE, sheet.name, "xlsx")


async def _spool(
    request: UserRequest,
    job_id: uuid.UUID,
    run_id: uuid.UUID | None,
    fill: Callable[[sheets.Sheet], Awaitable[Spool]],
) -> tuple[sheets.Sheet, Spool]:
    """The sheet written by `fill` into a spool, within the spool budget: the database
    connection is released before the response starts."""
    state, user_id = request.app.state, request.user.id
    sheet = await results.open_sheet(state.pool, user_id, job_id, run_id)
    async with state.spool_budget.slot(user_id):
        return sheet, await fill(sheet)


HANDLERS = [list_results, edit_result, add_result, delete_result, export_csv, export_excel]
