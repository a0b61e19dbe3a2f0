"""Applying the yoyo migrations in sql/, safely from several processes at once."""

from __future__ import annotations

import configparser
from pathlib import Path
from urllib.parse import urlencode

import psycopg
from yoyo import get_backend, read_migrations

REPO_ROOT = Path(__file__).resolve().parents[2]
# sql/schema.sql is the generated snapshot, not a migration.
SNAPSHOT_ID = "schema"
# pg_advisory_lock key: "cpe_runs migrate"; it also covers yoyo's own table creation,
# which its lock does not.
_LOCK_KEY = 0x6370_655F_6D69


def migrations_dir() -> Path:
    """The folder named by `sources` in yoyo.ini (the one home of that setting)."""
    parser = configparser.ConfigParser(defaults={"here": str(REPO_ROOT)})
    parser.read(REPO_ROOT / "yoyo.ini")
    return Path(parser.get("DEFAULT", "sources"))


def _migrations():
    return read_migrations(str(migrations_dir())).filter(lambda m: m.id != SNAPSHOT_ID)


def _yoyo_url(url: str, settings: dict[str, str] | None = None) -> str:
    yoyo_url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if settings:
        # Session settings the migrations read (libpq's `options`).
        options = " ".join(f"-c {key}={value}" for key, value in settings.items())
        yoyo_url += ("&" if "?" in yoyo_url else "?") + urlencode({"options": options})
    return yoyo_url


def apply_migrations(
    url: str, *, api_role: str = "cpe_runs_api", worker_role: str = "cpe_runs_worker"
) -> list[str]:
    """Apply what is pending; return the ids applied (empty when up to date).

    The role names are passed to the migrations that create the roles.
    """
    roles = {"cpe_runs.api_role": api_role, "cpe_runs.worker_role": worker_role}
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", [_LOCK_KEY])
        try:
            backend = get_backend(_yoyo_url(url, roles))
            try:
                with backend.lock():
                    pending = backend.to_apply(_migrations())
                    backend.apply_migrations(pending)
                return [m.id for m in pending]
            finally:
                backend.connection.close()
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", [_LOCK_KEY])


def pending_migrations(url: str) -> list[str]:
    """Ids of migrations not yet applied (for processes that do not migrate)."""
    backend = get_backend(_yoyo_url(url))
    try:
        return [m.id for m in backend.to_apply(_migrations())]
    finally:
        backend.connection.close()
