"""Applying the yoyo migrations, safely from several processes at once.

The migrations are the `.sql` files of the repository's `sql/` folder; the package
reaches them as `cpe_runs/sql` (a link in a checkout, a copy inside the wheel), so
an installed `cpe-runs migrate` needs no checkout. yoyo.ini at the repository root
names the same folder for the plain `yoyo` command.
"""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Iterator
from urllib.parse import urlencode

import psycopg
from yoyo import get_backend, read_migrations

# yoyo's own notation for a folder inside an installed package (importlib.resources).
MIGRATIONS_SOURCE = "package:cpe_runs:sql"
# pg_advisory_lock key: "cpe_runs migrate"; it also covers yoyo's own table creation,
# which its lock does not.
_LOCK_KEY = 0x6370_655F_6D69


log = logging.getLogger(__name__)


@contextlib.contextmanager
def _yoyo_output_to_debug_log() -> Iterator[None]:
    """yoyo prints what a migration's SELECTs return: detail for DEBUG, not stdout."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        yield
    if out.getvalue().strip():
        log.debug("migration output:\n%s", out.getvalue().rstrip())


def migrations():
    """Every migration this version of cpe_runs knows, oldest first."""
    return read_migrations(MIGRATIONS_SOURCE)


def _yoyo_url(url: str, settings: dict[str, str] | None = None) -> str:
    yoyo_url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if settings:
        # Session settings the migrations read (libpq's `options`).
        options = " ".join(f"-c {key}={value}" for key, value in settings.items())
        yoyo_url += ("&" if "?" in yoyo_url else "?") + urlencode({"options": options})
    return yoyo_url


def apply_migrations(
    url: str,
    *,
    api_role: str = "cpe_runs_api",
    worker_role: str = "cpe_runs_worker",
    subscriber_role: str = "cpe_runs_subscriber",
) -> list[str]:
    """Apply what is pending; return the ids applied (empty when up to date).

    The role names are passed to the migrations that create the roles.
    """
    check_not_newer(url)
    roles = {
        "cpe_runs.api_role": api_role,
        "cpe_runs.worker_role": worker_role,
        "cpe_runs.subscriber_role": subscriber_role,
    }
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", [_LOCK_KEY])
        try:
            backend = get_backend(_yoyo_url(url, roles))
            try:
                with backend.lock(), _yoyo_output_to_debug_log():
                    pending = backend.to_apply(migrations())
                    backend.apply_migrations(pending)
                return [m.id for m in pending]
            finally:
                backend.connection.close()
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", [_LOCK_KEY])


class NewerSchema(Exception):
    """The database carries migrations this version does not know: a newer one migrated it."""


def unknown_migrations(url: str) -> list[str]:
    """Ids applied to the database that this version of cpe_runs does not have."""
    with psycopg.connect(url, autocommit=True) as conn:
        if conn.execute("SELECT to_regclass('_yoyo_migration')").fetchone()[0] is None:
            return []
        applied = [row[0] for row in conn.execute("SELECT migration_id FROM _yoyo_migration")]
    known = {m.id for m in migrations()}
    return sorted(mid for mid in applied if mid not in known)


def check_not_newer(url: str) -> None:
    """NewerSchema when a newer cpe_runs migrated the database (running would corrupt it)."""
    unknown = unknown_migrations(url)
    if unknown:
        raise NewerSchema(
            f"the database was migrated by a newer cpe_runs (migrations unknown to this "
            f"version: {', '.join(unknown)}); upgrade cpe-runs"
        )


def pending_migrations(url: str) -> list[str]:
    """Ids of migrations not yet applied (for processes that do not migrate)."""
    backend = get_backend(_yoyo_url(url))
    try:
        return [m.id for m in backend.to_apply(migrations())]
    finally:
        backend.connection.close()
