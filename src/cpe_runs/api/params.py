"""The parameter types the REST handlers share."""

from __future__ import annotations

import uuid
from typing import Annotated

from litestar import Request
from litestar.datastructures import State
from litestar.params import FromPath, QueryParameter

from ..auth import User

UserRequest = Request[User, uuid.UUID, State]
# A malformed UUID in the path answers 400 (Litestar's validation), never 5xx.
PathId = FromPath[uuid.UUID]
Limit = Annotated[int, QueryParameter(ge=1, le=1000, description="Rows per page")]
# Bounded by what a SQL integer holds: a larger offset answers 400, not a 500 from the driver.
MAX_OFFSET = 2**31 - 1
Offset = Annotated[int, QueryParameter(ge=0, le=MAX_OFFSET, description="Rows to skip")]
RunId = Annotated[
    uuid.UUID | None,
    QueryParameter(description="A run of the sheet (default: the sheet's latest run)"),
]
