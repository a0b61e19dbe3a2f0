"""The migrations as yoyo-migrations' own command sees them (yoyo.ini at the repository
root) and as the installed package carries them: the same files, and rollback steps
that undo each migration from 0008 on exactly."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from yoyo import get_backend, read_migrations

from cpe_runs.migrations import _yoyo_url, migrations, pending_migrations
from cpe_runs.schema import dump_schema

REPO_ROOT = Path(__file__).resolve().parents[1]
SQL = REPO_ROOT / "sql"
YOYO = str(Path(sys.executable).with_name("yoyo"))
# The migrations written before rollback files were asked for.
LAST_WITHOUT_ROLLBACK = "0007_tenant_isolation"


def _yoyo(*args: str) -> str:
    done = subprocess.run([YOYO, *args], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_the_package_carries_exactly_the_migrations_of_sql_folder():
    ids = [m.id for m in migrations()]
    files = sorted(p.stem for p in SQL.glob("*.sql") if not p.name.endswith(".rollback.sql"))
    assert ids == files
    assert ids[0] == "0001_foundation"
    assert not list(SQL.glob("*/")), "yoyo ignores subfolders: nothing belongs in one"


def test_every_migration_after_0007_has_a_rollback_file():
    later = [p for p in SQL.glob("*.sql") if p.stem > LAST_WITHOUT_ROLLBACK]
    missing = [
        p.name
        for p in later
        if not p.name.endswith(".rollback.sql")
        and not p.with_name(p.stem + ".rollback.sql").exists()
    ]
    assert missing == [], "add NNNN_name.rollback.sql beside each new migration"


def test_plain_yoyo_from_the_repository_root_applies_and_lists_what_cpe_runs_migrates(
    empty_db, pg_server, template_db
):
    database = ["--database", _yoyo_url(empty_db)]
    _yoyo("apply", *database)
    assert pending_migrations(empty_db) == []
    assert dump_schema(empty_db) == dump_schema(pg_server.url(template_db))

    listed = _yoyo("list", *database)
    for migration in migrations():
        assert re.search(rf"^A\s+{migration.id}\s", listed, re.M), listed


def test_yoyo_ini_names_the_folder_the_package_reads():
    from yoyo.config import read_config

    config = read_config(str(REPO_ROOT / "yoyo.ini"))
    source = config.get("DEFAULT", "sources")
    assert Path(source).resolve() == SQL.resolve()
    assert [m.id for m in read_migrations(source)] == [m.id for m in migrations()]


def test_plain_yoyo_rolls_back_the_newest_migration_and_applies_it_again(
    empty_db, pg_server, template_db
):
    database = ["--database", _yoyo_url(empty_db)]
    _yoyo("apply", *database)
    newest = migrations()[-1].id
    _yoyo("rollback", *database, "--revision", newest)
    assert pending_migrations(empty_db) == [newest]
    assert re.search(rf"^U\s+{newest}\s", _yoyo("list", *database), re.M)
    _yoyo("apply", *database)
    assert pending_migrations(empty_db) == []
    assert dump_schema(empty_db) == dump_schema(pg_server.url(template_db))


def test_each_rollback_restores_the_schema_before_its_migration(empty_db):
    """Migrate one step at a time; where a migration has a rollback, undo it and compare
    with the schema before it, then apply it again."""
    backend = get_backend(_yoyo_url(empty_db))
    # In the order yoyo applies them: by their `depends`, not by their numbers.
    every = backend.to_apply(migrations())
    exercised = []
    try:
        for migration in every:
            step = every.filter(lambda m, mid=migration.id: m.id == mid)
            before = dump_schema(empty_db)
            with backend.lock():
                backend.apply_migrations(backend.to_apply(step))
            if migration.id <= LAST_WITHOUT_ROLLBACK:
                continue
            after = dump_schema(empty_db)
            with backend.lock():
                backend.rollback_migrations(backend.to_rollback(step))
            assert dump_schema(empty_db) == before, f"{migration.id}.rollback.sql leaves a trace"
            with backend.lock():
                backend.apply_migrations(backend.to_apply(step))
            assert dump_schema(empty_db) == after
            exercised.append(migration.id)
    finally:
        backend.connection.close()
    assert "0014_event_subscribers" in exercised
