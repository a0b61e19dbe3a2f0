"""Which PostgreSQL we use, decided in one place."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager

import asyncpg
import psycopg
from psycopg.conninfo import conninfo_to_dict

from .config import Settings
from .embedded import EmbeddedPostgres


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
