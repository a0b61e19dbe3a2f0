"""GET /api/me: who the token belongs to (the page's sign-in check)."""

from __future__ import annotations

import uuid

from litestar import Request, get
from msgspec import Struct

from ..auth import User
from .errors import problems


class Me(Struct):
    user_id: uuid.UUID
    email: str


@get(
    "/api/me",
    summary="The signed-in user",
    responses=problems(),
    tags=["account"],
)
async def me(request: Request[User, uuid.UUID, object]) -> Me:
    return Me(user_id=request.user.id, email=request.user.email)
