"""A spooled download as an HTTP response (spool.py): the way every export,
and any later one (an audit packet, a certificate ZIP), answers a client
without holding a database connection while it reads.

    async with request.app.state.spool_budget.slot(request.user.id):
        spool = await exports.csv_spool(sheet, results.batches(pool, user_id, sheet))
    return download(spool, exports.CSV_TYPE, "name.csv")
"""

from __future__ import annotations

from litestar.response import Stream

from ..exports import content_disposition
from ..spool import Spool


def download(spool: Spool, media_type: str, name: str, extension: str) -> Stream:
    """Stream the spool (and close it) as an attachment called `name`.`extension`."""
    return Stream(
        spool.stream(),
        media_type=media_type,
        headers={
            "Content-Disposition": content_disposition(name, extension),
            "Content-Length": str(spool.size),
        },
    )
