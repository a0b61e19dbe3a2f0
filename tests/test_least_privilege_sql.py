"""Least privilege at the database (sql/0009): the API and worker roles log in
themselves, cannot become the schema owner, and call privileged functions only
as far as they need, with bounded arguments; the servers' connections are all
theirs."""

from __future__ import annotations

import hashlib
import uuid

import psycopg
import pytest

from cpe_runs.db import login_url

from . import topology
from .factories import make_sheet, make_token

API, WORKER = "cpe_runs_api", "cpe_runs_worker"

# Every SECURITY DEFINER function and who may call it. A new one fails this test
# until it is added here, that is until somebody decided who may call it.
PRIVILEGED = {
    "authenticate_token": {API},
    "authenticate_ticket": {API},
    "authenticate_identity": {API},
    "token_is_live": {API, WORKER},
    "issue_stream_ticket": {API},
    "applied_migrations": {API},
    "prune_run_events": {WORKER},
    "sweep_abandoned_uploads": {WORKER},
    "tg_source_files__count_storage": set(),
    "tg_extraction_jobs__count_storage": set(),
    "tg_source_files__blob_deletions": set(),
    "fold_pending_run_counts": {WORKER},
    "fold_run_counts": set(),
    "tg_job_runs__fold_counts": set(),
    "claim_blob_deletions": {WORKER},
    "finish_blob_deletion": {WORKER},
    "fail_blob_deletion": {WORKER},
    "switch_file_storage": set(),
    "begin_blob_deletion": {WORKER},
    "prepare_blob_copy": set(),
}


@pytest.fixture
def as_role(db_url):
    opened = []

    def _connect(role: str) -> psycopg.Connection:
        conn = psycopg.connect(login_url(db_url, role), autocommit=True)
        opened.append(conn)
        return conn

    yield _connect
    for conn in opened:
        conn.close()


def _owner(conn) -> str:
    return conn.execute(
        "SELECT tableowner FROM pg_tables WHERE tablename = 'job_runs' AND schemaname = 'public'"
    ).fetchone()[0]


@pytest.mark.parametrize("role", [API, WORKER])
def test_the_roles_log_in_themselves_and_cannot_become_the_owner(as_role, conn, role):
    owner = _owner(conn)
    session = as_role(role)
    assert session.execute("SELECT session_user, current_user").fetchone() == (role, role)
    flags = session.execute(
        "SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication"
        " FROM pg_roles WHERE rolname = current_user"
    ).fetchone()
    assert flags == (False, False, False, False, False)
    assert session.execute(
        "SELECT pg_has_role(current_user, %s, 'MEMBER')", [owner]
    ).fetchone() == (False,)
    for escape in (f'SET ROLE "{owner}"', f'SET SESSION AUTHORIZATION "{owner}"'):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            session.execute(escape)
    session.execute("RESET ROLE")
    assert session.execute("SELECT current_user").fetchone() == (role,)
    # Nor can it read the credentials, or change what it does not own.
    for statement in (
        "SELECT * FROM api_tokens",
        "SELECT * FROM stream_tickets",
        "ALTER TABLE job_runs DISABLE ROW LEVEL SECURITY",
        "CREATE TABLE public.mine (x int)",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            session.execute(statement)


def test_every_privileged_function_is_callable_only_by_the_roles_that_need_it(conn):
    rows = conn.execute(
        "SELECT p.proname,"
        " has_function_privilege('public', p.oid, 'EXECUTE'),"
        " has_function_privilege(%s, p.oid, 'EXECUTE'),"
        " has_function_privilege(%s, p.oid, 'EXECUTE')"
        " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
        " WHERE n.nspname = 'public' AND p.prosecdef",
        [API, WORKER],
    ).fetchall()
    callers = {}
    for name, public, api, worker in rows:
        assert not public, f"{name} is SECURITY DEFINER and callable by everybody"
        callers[name] = {r for r, ok in ((API, api), (WORKER, worker)) if ok}
    assert callers == PRIVILEGED


def test_the_api_role_cannot_run_housekeeping_or_mint_tokens(as_role):
    api = as_role(API)
    for call in (
        "SELECT prune_run_events(interval '7 days')",
        "SELECT sweep_abandoned_uploads(interval '1 day')",
        "SELECT create_api_token('eve@example.com', sha256('x'))",
        "SELECT revoke_api_tokens(NULL, 'alice@example.com')",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            api.execute(call)


@pytest.mark.parametrize(
    "call",
    [
        "SELECT prune_run_events(interval '59 minutes')",
        "SELECT prune_run_events(interval '-7 days')",
        "SELECT prune_run_events(NULL)",
        "SELECT sweep_abandoned_uploads(interval '0')",
        "SELECT sweep_abandoned_uploads(NULL)",
    ],
)
def test_housekeeping_takes_bounded_arguments_only(as_role, conn, call):
    make_sheet(conn)
    events = conn.execute("SELECT count(*) FROM run_events").fetchone()
    with pytest.raises(psycopg.DatabaseError) as refused:
        as_role(WORKER).execute(call)
    assert refused.value.sqlstate == "CR051"
    assert conn.execute("SELECT count(*) FROM run_events").fetchone() == events


def _mint(session, token_id, seconds):
    ticket = hashlib.sha256(uuid.uuid4().bytes).digest()
    return session.execute(
        "SELECT issue_stream_ticket(%s, %s, %s)", [token_id, ticket, seconds]
    ).fetchone()[0]


def test_tickets_are_minted_for_live_tokens_short_lived_and_few(as_role, conn):
    _, token = make_token(conn, "alice@example.com")
    token_id = conn.execute(
        "SELECT id FROM api_tokens WHERE token_hash = %s", [hashlib.sha256(token.encode()).digest()]
    ).fetchone()[0]
    api = as_role(API)
    for seconds in (0, 301, 10**9, None):
        with pytest.raises(psycopg.DatabaseError) as refused:
            _mint(api, token_id, seconds)
        assert refused.value.sqlstate == "CR051"
    for _ in range(50):
        _mint(api, token_id, 60)
    live = "SELECT count(*) FROM stream_tickets WHERE token_id = %s"
    assert conn.execute(live, [token_id]).fetchone() == (20,)
    conn.execute("SELECT revoke_api_tokens(NULL, 'alice@example.com')")
    with pytest.raises(psycopg.DatabaseError) as refused:
        _mint(api, token_id, 60)
    assert refused.value.sqlstate == "CR004"
    with pytest.raises(psycopg.DatabaseError):
        _mint(api, uuid.uuid4(), 60)


def test_a_live_server_and_its_workers_log_in_only_as_their_roles(live_server_with_workers, conn):
    dbname = conn.info.dbname
    users = {
        row[0]
        for row in conn.execute(
            "SELECT usename FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [dbname],
        ).fetchall()
    }
    if topology.POOLING == "pgbouncer":
        # PgBouncer's logins act as their roles; the event listener and housekeeping
        # log in as the worker role on the direct URL (README: roles through a pooler).
        assert users == {"cpe_api_login", "cpe_worker_login", WORKER}
    else:
        assert users == {API, WORKER}


@pytest.fixture
def live_server_with_workers(db_url, tmp_path):
    from .live import start_live_server

    server = start_live_server(db_url, tmp_path, args=("--workers", "2"))
    try:
        yield server
    finally:
        server.stop()
