"""Row-level security, checked directly in SQL as the API and worker roles."""

from __future__ import annotations

import psycopg
import pytest

from .factories import add_file, claim_all, make_sheet, make_user, report, start

USER_TABLES = [
    "extraction_jobs",
    "job_runs",
    "source_files",
    "file_chunks",
    "extraction_tasks",
    "result_rows",
    "run_events",
    "users",
]


def _as(conn: psycopg.Connection, role: str, user_id=None) -> None:
    conn.execute(f"SET ROLE {role}")
    if user_id is not None:
        conn.execute("SELECT set_config('cpe_runs.user_id', %s, false)", [str(user_id)])


def _counts(conn) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in USER_TABLES}


@pytest.fixture
def two_tenants(conn):
    """User A with a finished batch (rows, files, tasks, events); user B with nothing."""
    alice, bob = make_user(conn, "alice@example.com"), make_user(conn, "bob@example.com")
    job_id, run_id = make_sheet(conn, user_id=alice)
    add_file(conn, job_id, run_id)
    start(conn, job_id)
    for task in claim_all(conn, run_id):
        report(conn, *task, rows=[{"Course Title": "Ethics"}])
    return {"alice": alice, "bob": bob, "job_id": job_id, "run_id": run_id}


def test_api_role_without_a_user_sees_no_row(two_tenants, connect):
    api = connect()
    _as(api, "cpe_runs_api")
    assert _counts(api) == dict.fromkeys(USER_TABLES, 0)
    # The public state templates are for everyone.
    assert api.execute("SELECT count(*) FROM templates WHERE is_public").fetchone()[0] >= 3


def test_api_role_as_another_user_sees_none_of_their_rows(two_tenants, connect):
    api = connect()
    _as(api, "cpe_runs_api", two_tenants["bob"])
    counts = _counts(api)
    assert counts.pop("users") == 1  # Bob sees himself only
    assert counts == dict.fromkeys(counts, 0)


def test_api_role_as_the_owner_sees_their_rows(two_tenants, connect):
    api = connect()
    _as(api, "cpe_runs_api", two_tenants["alice"])
    counts = _counts(api)
    assert counts["extraction_jobs"] == 1 and counts["result_rows"] == 1
    assert counts["file_chunks"] == 1 and counts["run_events"] > 0


def test_api_role_cannot_write_into_another_users_sheet(two_tenants, connect):
    api = connect()
    _as(api, "cpe_runs_api", two_tenants["bob"])
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        api.execute(
            "INSERT INTO extraction_jobs (user_id, name, job_type) VALUES (%s, 'x', 'cpe')",
            [two_tenants["alice"]],
        )
    # Not found for Bob, whatever he tries: the rows are simply not there.
    assert (
        api.execute(
            "UPDATE extraction_jobs SET name = 'mine' WHERE id = %s", [two_tenants["job_id"]]
        ).rowcount
        == 0
    )
    assert api.execute("DELETE FROM result_rows").rowcount == 0
    with pytest.raises(psycopg.Error) as refused:
        api.execute("SELECT ensure_editable_run(%s)", [two_tenants["job_id"]])
    assert refused.value.sqlstate == "CR004"


def test_api_role_runs_the_lifecycle_for_its_user(two_tenants, connect):
    api = connect()
    _as(api, "cpe_runs_api", two_tenants["alice"])
    editable = api.execute("SELECT id FROM ensure_editable_run(%s)", [two_tenants["job_id"]])
    run_id = editable.fetchone()[0]
    add_file(api, two_tenants["job_id"], run_id, name="second.txt")
    assert start(api, two_tenants["job_id"]) == run_id


def test_api_role_never_reads_tokens(two_tenants, connect, conn):
    conn.execute("SELECT create_api_token('alice@example.com', sha256('secret'::bytea))")
    api = connect()
    _as(api, "cpe_runs_api", two_tenants["alice"])
    for table in ("api_tokens", "stream_tickets"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            api.execute(f"SELECT * FROM {table}")
    # ...but authentication works, as a function of the owner.
    user = api.execute("SELECT email FROM authenticate_token(sha256('secret'::bytea))").fetchone()
    assert user == ("alice@example.com",)


def test_worker_role_completes_tasks_for_any_user_but_reads_no_accounts(conn, connect):
    alice = make_user(conn, "alice@example.com")
    job_id, run_id = make_sheet(conn, user_id=alice)
    add_file(conn, job_id, run_id)
    start(conn, job_id)
    worker = connect()
    _as(worker, "cpe_runs_worker")
    for task in claim_all(worker, run_id):
        assert report(worker, *task, rows=[{"a": 1}])[0] == "completed"
    assert worker.execute(
        "SELECT count(*) FROM job_runs WHERE job_id = %s", [job_id]
    ).fetchone() == (2,)
    for table in ("users", "api_tokens", "stream_tickets"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            worker.execute(f"SELECT * FROM {table}")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        worker.execute("DELETE FROM result_rows")


def test_roles_own_nothing_and_cannot_bypass_rls(conn):
    rows = conn.execute(
        "SELECT rolname, rolbypassrls, rolsuper FROM pg_roles"
        " WHERE rolname IN ('cpe_runs_api', 'cpe_runs_worker') ORDER BY rolname"
    ).fetchall()
    assert rows == [("cpe_runs_api", False, False), ("cpe_runs_worker", False, False)]
    owned = conn.execute(
        "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner"
        " WHERE r.rolname IN ('cpe_runs_api', 'cpe_runs_worker')"
    ).fetchone()[0]
    assert owned == 0
    unprotected = conn.execute(
        "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"
        " AND relkind = 'r' AND NOT relrowsecurity AND relname NOT LIKE '%yoyo%'"
    ).fetchall()
    assert unprotected == []


def test_operator_role_names_are_used_and_migrating_again_is_idempotent(pg_server):
    from cpe_runs.migrations import apply_migrations

    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS cpe_custom_roles")
        admin.execute("CREATE DATABASE cpe_custom_roles")
    url = pg_server.url("cpe_custom_roles")
    try:
        roles = {
            "api_role": "acme_api",
            "worker_role": "acme_worker",
            "subscriber_role": "acme_subscriber",
        }
        apply_migrations(url, **roles)
        assert apply_migrations(url, **roles) == []
        with psycopg.connect(url) as conn:
            roles = conn.execute(
                "SELECT DISTINCT r::text FROM pg_policy, unnest(polroles::regrole[]) r ORDER BY 1"
            ).fetchall()
        assert roles == [("acme_api",), ("acme_subscriber",), ("acme_worker",)]
    finally:
        with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
            admin.execute("DROP DATABASE cpe_custom_roles")
