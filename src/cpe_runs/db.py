"""Connections as the API and the workers use them: the right role, the right user.

The API's pool logs in as the role of CPE_RUNS_API_ROLE, the workers' (and each
server's event listener and housekeeping) as CPE_RUNS_WORKER_ROLE: roles that
own nothing and cannot become the schema owner (sql/0009), so no statement sent
on these connections can leave them. Every request that touches a user's data
runs in a transaction that names the user; row-level security (sql/0007) then
shows that user's rows and nothing else, whatever a query forgets to filter.
"""

from __future__ import annotations

import asyncio
import random
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import asyncpg
import psycopg
from psycopg.conninfo import conninfo_to_dict

from .config import Settings
from .embedded import EmbeddedPostgres

# The connection is gone, or in a state nobody can know (a database restart, a network
# blip, a protocol left mid-operation): drop it, wait, and try again on a new one.
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    asyncio.TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    # asyncpg's own protocol state machine, e.g. "cannot switch to state 12; another
    # operation (2) is in progress" on a connection an error left mid-operation.
    asyncpg.InternalClientError,
    # admin_shutdown, crash_shutdown, cannot_connect_now: the server is restarting.
    asyncpg.exceptions.OperatorInterventionError,
)
# Worth another try, on a new transaction: the above, a deadlock or serialization
# victim, and a server short of connections or memory for a moment.
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    *CONNECTION_ERRORS,
    asyncpg.exceptions.TransactionRollbackError,
    asyncpg.exceptions.InsufficientResourcesError,
)
# Anything the database, or the way to it, can raise: what a probe or a background
# loop that must outlive the database catches (it reports "database unavailable",
# waits and goes on; only TRANSIENT_ERRORS are worth repeating a statement for).
DATABASE_ERRORS: tuple[type[BaseException], ...] = (
    *TRANSIENT_ERRORS,
    asyncpg.PostgresError,
    asyncpg.InterfaceError,
)
# InterfaceErrors that are our own mistakes (a value the driver cannot send), not outages.
_NOT_TRANSIENT = (asyncpg.exceptions.DataError, asyncpg.exceptions.ClientConfigurationError)


def is_transient(exc: BaseException) -> bool:
    """Is this the database (or the way to it) being away for a moment? (The API
    answers 503 with Retry-After.)"""
    return isinstance(exc, TRANSIENT_ERRORS) and not isinstance(exc, _NOT_TRANSIENT)


def jittered(delay: float) -> float:
    """`delay` drawn from its upper half: waiters that failed together spread out
    instead of coming back in the same instant, and none waits less than half."""
    return delay * random.uniform(0.5, 1)


class Backoff:
    """The delays before trying the database again after failures in a row: `first`,
    doubling up to `cap`, each drawn from its upper half (jitter) so that the processes
    that lost the database together do not all come back in the same instant.

    Written here rather than taken from tenacity or stamina: every caller waits on its
    own terms (until a stop event, within a deadline) and keeps its connection between
    tries, which a retry decorator around one call does not express.
    """

    def __init__(self, first: float, cap: float) -> None:
        self.first = first
        self.cap = cap
        self.failures = 0

    def next_delay(self) -> float:
        """Count a failure; the seconds to wait before the next try."""
        delay = min(self.cap, self.first * 2**self.failures)
        self.failures += 1
        return jittered(delay)

    def reset(self) -> None:
        """A try succeeded: the next failure waits `first` again."""
        self.failures = 0


def login_url(database_url: str, role: str, explicit: str | None = None) -> str:
    """The URL to log in as `role`: `explicit` when given (CPE_RUNS_API_DATABASE_URL,
    ...), `database_url` when it already names that user, else the same server and
    database as `role` without a password (trust, peer, a .pgpass or PGPASSFILE)."""
    if explicit:
        return explicit
    parts = urlsplit(database_url)
    userinfo, _, host = parts.netloc.rpartition("@")
    if unquote(userinfo.partition(":")[0]) == role:
        return database_url
    return urlunsplit(parts._replace(netloc=f"{quote(role, safe='')}@{host}"))


async def connect(database_url: str, *, role: str, **kwargs) -> asyncpg.Connection:
    """One connection logged in as `role` (see login_url)."""
    return await asyncpg.connect(login_url(database_url, role), **kwargs)


async def create_pool(
    database_url: str,
    *,
    role: str | None = None,
    min_size: int = 1,
    max_size: int = 10,
    reset: bool = True,
    pooled: bool = False,
) -> asyncpg.Pool:
    """A pool acting as `role`. It logs in as `role` itself (see login_url), unless
    pooled. reset=False skips asyncpg's reset round trip (RESET ALL, UNLISTEN *, ...)
    when a connection goes back to the pool: for users that never change session state.

    pooled=True: the URL goes through a pooler in transaction mode (PgBouncer), which
    hands each transaction any server connection: no statement is prepared by name
    (asyncpg's cache off), and the URL's login user must act as `role` by itself
    (`ALTER ROLE login SET role = ...`): checked on every new connection, refused
    (RoleMismatch) if not.
    """
    pooled_options: dict = {}
    if pooled:
        pooled_options = {"statement_cache_size": 0}
        if role:
            pooled_options["init"] = _acting_as(role)
    return await asyncpg.create_pool(
        login_url(database_url, role) if role and not pooled else database_url,
        min_size=min_size,
        max_size=max_size,
        command_timeout=60,
        reset=None if reset else _keep_session,
        **pooled_options,
    )


class RoleMismatch(asyncpg.exceptions.ClientConfigurationError):
    """Through a pooler, the login user does not act as the role it must."""


def _acting_as(role: str):
    async def check(conn: asyncpg.Connection) -> None:
        acting = await conn.fetchval("SELECT current_user")
        if acting != role:
            raise RoleMismatch(
                f"through the pooler, the database user acts as {acting!r}, not {role!r}:"
                f" ALTER ROLE <login user> SET role = '{role}' (README, Many processes)"
            )

    return check


async def _keep_session(_conn: asyncpg.Connection) -> None:
    """Nothing to reset (asyncpg still rolls back a transaction left open)."""


@asynccontextmanager
async def acquire(pool: asyncpg.Pool) -> AsyncIterator[asyncpg.Connection]:
    """A connection of the pool that is closed, never handed back, after a connection
    error: asyncpg returns a connection an error left mid-operation to the pool as it
    is (above all without a reset query), and its next user gets InternalClientError."""
    async with pool.acquire() as conn:
        try:
            yield conn
        except CONNECTION_ERRORS:
            conn.terminate()
            raise


@asynccontextmanager
async def as_user(
    pool: asyncpg.Pool, user_id: uuid.UUID, *, snapshot: bool = False
) -> AsyncIterator[asyncpg.Connection]:
    """A connection inside a transaction acting for `user_id` (closed, not pooled, when a
    connection error interrupts it, so the next request gets a sound one); snapshot=True:
    a read-only one whose reads all see the same moment (REPEATABLE READ)."""
    isolation = "repeatable_read" if snapshot else None
    async with acquire(pool) as conn, conn.transaction(isolation=isolation, readonly=snapshot):
        await conn.execute("SELECT set_config('cpe_runs.user_id', $1, true)", str(user_id))
        yield conn


# -- which PostgreSQL: CPE_RUNS_DATABASE_URL or the embedded server, decided here --------


def embedded_server(settings: Settings) -> EmbeddedPostgres:
    return EmbeddedPostgres(settings.home)


@contextmanager
def database(settings: Settings) -> Iterator[str]:
    """Yield a postgresql:// URL: CPE_RUNS_DATABASE_URL, or the embedded server.

    The embedded server is started when no process runs it yet and stopped when
    the last process using it leaves.
    """
    if settings.database_url:
        yield normalise_url(settings.database_url)
        return
    with embedded_server(settings).running() as url:
        yield url


def normalise_url(url: str) -> str:
    for prefix in ("postgres://", "postgresql+psycopg://", "postgresql+asyncpg://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix) :]
    if not url.startswith("postgresql://"):
        raise ValueError("CPE_RUNS_DATABASE_URL must be a postgresql:// URL")
    return url


class DatabaseUnavailable(Exception):
    """The database cannot be used: unreachable, refused the credentials, or missing.
    The message is one line that says which and where (never the password);
    `transient` when waiting may help (nothing answered)."""

    def __init__(self, message: str, *, reason: str = "", transient: bool = False) -> None:
        super().__init__(message)
        self.reason = reason or message
        self.transient = transient


def where(url: str) -> str:
    """host:port/dbname of a URL, for messages: never its password."""
    try:
        info = conninfo_to_dict(url)
    except (psycopg.Error, ValueError):
        return "CPE_RUNS_DATABASE_URL"
    return f"{info.get('host') or 'localhost'}:{info.get('port') or 5432}/{info.get('dbname', '')}"


def check_connection(url: str, timeout: float = 10) -> None:
    """Connect once; DatabaseUnavailable (one clear line) when that fails."""
    asyncio.run(_check_connection(url, timeout))


async def _check_connection(url: str, timeout: float) -> None:
    # asyncpg, because it reports the server's SQLSTATE for a refused connection.
    try:
        conn = await asyncpg.connect(url, timeout=timeout)
    except ValueError as exc:  # asyncpg could not parse it
        raise DatabaseUnavailable(
            f"CPE_RUNS_DATABASE_URL is not a valid PostgreSQL URL: {exc}"
        ) from None
    except (asyncpg.InvalidPasswordError, asyncpg.InvalidAuthorizationSpecificationError):
        raise DatabaseUnavailable(
            f"the database at {where(url)} refused the credentials (check user and password)"
        ) from None
    except asyncpg.InvalidCatalogNameError:
        raise DatabaseUnavailable(f"the database at {where(url)} does not exist") from None
    except (OSError, TimeoutError, asyncpg.PostgresError) as exc:
        text = str(exc).strip()
        reason = text.splitlines()[0] if text else type(exc).__name__
        raise DatabaseUnavailable(
            f"cannot reach the database at {where(url)} ({reason}); "
            "check CPE_RUNS_DATABASE_URL and that PostgreSQL is running",
            reason=reason,
            transient=True,
        ) from None
    await conn.close()
