"""The parameter types the REST handlers share."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from litestar import Request
from litestar.datastructures import State
from litestar.exceptions import ClientException
from litestar.params import FromPath, QueryParameter

from ..auth import User


class GuardedRequest(Request):
    """A request whose JSON body is refused with a 400, never a 500, however absurd it
    is (msgspec raises RecursionError for very deep nesting, not a decode error)."""

    async def json(self) -> Any:
        try:
            return await super().json()
        except RecursionError:
            raise ClientException(detail="malformed JSON: nested too deeply") from None


UserRequest = Request[User, uuid.UUID, State]
# A malformed UUID in the path answers 400 (Litestar's validation), never 5xx.
PathId = FromPath[uuid.UUID]
Limit = Annotated[int, QueryParameter(ge=1, le=1000, description="Rows per page")]
# Bounded by what a SQL integer holds: a larger offset answers 400, not a 500 from the driver.
MAX_OFFSET = 2**31 - 1
Offset = Annotated[int, QueryParameter(ge=0, le=MAX_OFFSET, description="Rows to skip")]
After = Annotated[
    str | None,
    QueryParameter(
        max_length=300,
        description="A page's `next_cursor`: the rows after it (then `offset` more are skipped)",
    ),
]
RunId = Annotated[
    uuid.UUID | None,
    QueryParameter(description="A run of the sheet (default: the sheet's latest run)"),
]
