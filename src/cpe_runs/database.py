"""Which PostgreSQL we use, decided in one place."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

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
