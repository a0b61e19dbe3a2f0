"""Bearer tokens and stream tickets.

A token is 256 random bits, shown once; the database keeps only its SHA-256.
Every /api route but the health check needs one (default deny: a middleware,
not a per-handler dependency). EventSource cannot send headers, so the two
stream routes also take `?ticket=`, a short-lived credential bound to a token.

With an identity provider configured (oidc.py), a bearer that is not one of
our tokens may be the provider's JWT: the user it names is made on first sight
(authenticate_identity in sql/0013) and is an ordinary user from then on. Such
a short-lived token is also taken as `?token=` on the stream routes, like a
ticket; our long-lived tokens never are (URLs end up in logs and histories).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime

import asyncpg
from litestar import Litestar
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, ServiceUnavailableException
from litestar.middleware import AbstractAuthenticationMiddleware, AuthenticationResult

from .config import Settings
from .oidc import (
    LEEWAY_SECONDS,
    InvalidIdentityToken,
    JwksCache,
    KeysUnavailable,
    OidcVerifier,
    looks_like_jwt,
)

TOKEN_PREFIX = "cpe_"
TICKET_SECONDS = 60
# Routes open to all: the health check, the page and its assets, the OpenAPI document.
PUBLIC_PATHS = [
    r"^/api/health$",
    r"^/api/ready$",
    r"^/metrics$",
    r"^/$",
    r"^/static/",
    r"^/schema",
    r"^/favicon",
]
_STREAM_PATH = re.compile(r"^/api/(events|jobs/[^/]+/events)$")


@dataclass(frozen=True, slots=True)
class User:
    id: uuid.UUID
    email: str
    # The cpe_ token of the request; None when an identity provider's token signed in.
    token_id: uuid.UUID | None
    # When an identity token expires (epoch seconds); None: our token, valid until revoked.
    expires_at: float | None = None


def new_secret() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def secret_hash(secret: str) -> bytes:
    return hashlib.sha256(secret.encode()).digest()


async def create_token(conn: asyncpg.Connection, email: str, label: str | None = None) -> str:
    """Create the user when needed and a new token for them; returns the token."""
    token = new_secret()
    await conn.fetchval("SELECT create_api_token($1, $2, $3)", email, secret_hash(token), label)
    return token


async def has_live_token(conn: asyncpg.Connection, email: str) -> bool:
    """Does the user (by email) hold a token that is not revoked?"""
    return await conn.fetchval(
        "SELECT EXISTS (SELECT 1 FROM api_tokens t JOIN users u ON u.id = t.user_id"
        " WHERE u.email = lower(btrim($1)) AND t.revoked_at IS NULL)",
        email,
    )


async def revoke(conn: asyncpg.Connection, *, token: str | None = None, email: str | None = None):
    """Revoke one token, or every token of a user; returns how many."""
    return await conn.fetchval(
        "SELECT revoke_api_tokens($1, $2)", secret_hash(token) if token else None, email
    )


async def issue_ticket(pool: asyncpg.Pool, user: User) -> tuple[str, datetime]:
    ticket = new_secret()
    expires_at = await pool.fetchval(
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


def _refused(detail: str) -> NotAuthorizedException:
    return NotAuthorizedException(
        detail=detail, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}
    )


async def _identity_user(
    connection: ASGIConnection, token: str, *, max_seconds: float | None = None
) -> User | None:
    """The user an identity provider's token names (None: no provider, or not a JWT);
    `max_seconds` bounds how long the token may still be valid."""
    verifier: OidcVerifier | None = connection.app.state.oidc
    if verifier is None or not looks_like_jwt(token):
        return None
    try:
        identity = await verifier.verify(token)
    except InvalidIdentityToken as exc:
        raise _refused(str(exc)) from None
    except KeysUnavailable as exc:
        raise ServiceUnavailableException(detail=str(exc), headers={"Retry-After": "30"}) from None
    if max_seconds is not None and identity.expires_at - time.time() > max_seconds + LEEWAY_SECONDS:
        raise _refused(
            f"an identity token in a URL must expire within {max_seconds:.0f} s"
            " (CPE_RUNS_OIDC_URL_TOKEN_MAX_SECONDS); send a longer-lived one as a header"
        )
    row = await connection.app.state.pool.fetchrow(
        "SELECT * FROM authenticate_identity($1, $2, $3, $4)",
        identity.issuer,
        identity.subject,
        identity.email,
        identity.email_verified,
    )
    return User(row["user_id"], row["email"], None, identity.expires_at)


@asynccontextmanager
async def identity_provider_lifespan(app: Litestar) -> AsyncIterator[None]:
    """app.state.oidc: the identity-token verifier when a provider is configured, else None."""
    settings: Settings = app.state.settings
    if not settings.oidc_enabled:
        app.state.oidc = None
        yield
        return
    keys = JwksCache(settings.oidc_jwks_url)
    app.state.oidc = OidcVerifier(settings.oidc_issuer, settings.oidc_audience, keys)
    try:
        yield
    finally:
        await keys.close()


class TokenAuthMiddleware(AbstractAuthenticationMiddleware):
    async def authenticate_request(self, connection: ASGIConnection) -> AuthenticationResult:
        pool = connection.app.state.pool
        header = connection.headers.get("authorization", "")
        scheme, _, secret = header.partition(" ")
        secret = secret.strip()
        user = None
        if scheme.lower() == "bearer" and secret.startswith(TOKEN_PREFIX):
            user = await _lookup(pool, "authenticate_token", secret)
        elif scheme.lower() == "bearer" and secret:
            user = await _identity_user(connection, secret)
        elif not header and _STREAM_PATH.match(connection.scope["path"]):
            ticket = connection.query_params.get("ticket")
            token = connection.query_params.get("token")
            if ticket:
                user = await _lookup(pool, "authenticate_ticket", ticket)
            elif token and token.startswith(TOKEN_PREFIX):
                raise _refused(
                    "our long-lived tokens are refused in URLs:"
                    " get a ticket from POST /api/events/tickets and pass ?ticket="
                )
            elif token:
                max_seconds = connection.app.state.settings.oidc_url_token_max_seconds
                user = await _identity_user(connection, token, max_seconds=max_seconds)
        if user is None:
            raise NotAuthorizedException(
                detail="missing, invalid or revoked token: send Authorization: Bearer <token>",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return AuthenticationResult(user=user, auth=user.token_id)
