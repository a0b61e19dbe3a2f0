"""Bearer tokens and stream tickets.

A token is 256 random bits, shown once; the database keeps only its SHA-256.
Every /api route but the health check needs one (default deny: a middleware,
not a per-handler dependency). EventSource cannot send headers, so the two
stream routes also take `?ticket=`, a short-lived credential bound to a token.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

import asyncpg
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException
from litestar.middleware import AbstractAuthenticationMiddleware, AuthenticationResult

TOKEN_PREFIX = "cpe_"
TICKET_SECONDS = 60
# Routes open to all: the health check, the page and its assets, the OpenAPI document.
PUBLIC_PATHS = [r"^/api/health$", r"^/$", r"^/static/", r"^/schema", r"^/favicon"]
_STREAM_PATH = re.compile(r"^/api/(events|jobs/[^/]+/events)$")


@dataclass(frozen=True, slots=True)
class User:
    id: uuid.UUID
    email: str
    token_id: uuid.UUID


def new_secret() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def secret_hash(secret: str) -> bytes:
    return hashlib.sha256(secret.encode()).digest()


async def create_token(conn: asyncpg.Connection, email: str, label: str | None = None) -> str:
    """Create the user when needed and a new token for them; returns the token."""
    token = new_secret()
    await conn.fetchval("SELECT create_api_token($1, $2, $3)", email, secret_hash(token), label)
    return token


async def revoke(conn: asyncpg.Connection, *, token: str | None = None, email: str | None = None):
    """Revoke one token, or every token of a user; returns how many."""
    return await conn.fetchval(
        "SELECT revoke_api_tokens($1, $2)", secret_hash(token) if token else None, email
    )


async def issue_ticket(conn: asyncpg.Connection, user: User) -> tuple[str, datetime]:
    ticket = new_secret()
    expires_at = await conn.fetchval(
        "SELECT issue_stream_ticket($1, $2, $3)", user.token_id, secret_hash(ticket), TICKET_SECONDS
    )
    return ticket, expires_at


async def _lookup(pool: asyncpg.Pool, function: str, secret: str) -> User | None:
    digest = secret_hash(secret)
    row = await pool.fetchrow(f"SELECT * FROM {function}($1)", digest)
    # The index lookup found the row; compare in constant time all the same.
    if row is None or not hmac.compare_digest(bytes(row["token_hash"]), digest):
        return None
    return User(row["user_id"], row["email"], row["token_id"])


async def token_is_live(pool: asyncpg.Pool, token_id: uuid.UUID) -> bool:
    return await pool.fetchval("SELECT token_is_live($1)", token_id)


class TokenAuthMiddleware(AbstractAuthenticationMiddleware):
    async def authenticate_request(self, connection: ASGIConnection) -> AuthenticationResult:
        pool = connection.app.state.pool
        header = connection.headers.get("authorization", "")
        scheme, _, secret = header.partition(" ")
        user = None
        if scheme.lower() == "bearer" and secret.strip():
            user = await _lookup(pool, "authenticate_token", secret.strip())
        elif not header and _STREAM_PATH.match(connection.scope["path"]):
            ticket = connection.query_params.get("ticket")
            if ticket:
                user = await _lookup(pool, "authenticate_ticket", ticket)
        if user is None:
            raise NotAuthorizedException(
                detail="missing, invalid or revoked token: send Authorization: Bearer <token>",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return AuthenticationResult(user=user, auth=user.token_id)
