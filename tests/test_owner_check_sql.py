"""Ownership has one home, is_owner(user, owner) (sql/0020): the row-level security
policies ask it for the user the transaction acts for, the API functions for their
p_user_id, and nothing else compares user ids to decide whose a row is."""

from __future__ import annotations

import re

import psycopg
import pytest

from .factories import make_sheet, make_user

API = "cpe_runs_api"
# The one check and the template rule built on it.
CHECKS = ("is_owner(", "may_use_template(")
# Functions that take a user id without asking whose anything is: the event writers
# (p_user_id is the owner written into the event, taken from its sheet) and the quota
# (the caller's own counter, looked up by its key).
NOT_A_CALLER = {"emit_run_event", "announce_run_event", "check_storage_quota"}
# A user id compared to the caller, however it is spelt: `user_id = p_user_id`,
# `j.user_id = p_user_id`, `id = (SELECT app_user_id())`, either way round.
CALLER = (
    r"(?:\w+\.)?(?:p_user_id|\(?\s*SELECT\s+(?:public\.)?app_user_id\(\)[^)]*\)|app_user_id\(\))"
)
COMPARED = re.compile(
    rf"(?:\w+\.)?\b(?:user_id|id)\s*=\s*{CALLER}|{CALLER}\s*=\s*(?:\w+\.)?\b(?:user_id|id)\b",
    re.IGNORECASE,
)


def _functions(conn) -> dict[str, tuple[list[str], str]]:
    """Every function of ours: name -> (argument names, definition)."""
    rows = conn.execute(
        "SELECT p.proname, coalesce(p.proargnames, '{}'), pg_get_functiondef(p.oid)"
        " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
        " LEFT JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'"
        " WHERE n.nspname = 'public' AND p.prokind = 'f' AND d.objid IS NULL"
    ).fetchall()
    return {name: (args, definition) for name, args, definition in rows}


def _reaches_the_check(name: str, functions: dict, seen: set[str]) -> bool:
    definition = functions[name][1]
    if any(check in definition for check in CHECKS):
        return True
    seen.add(name)
    called = {c for c in re.findall(r"\b(\w+)\s*\(", definition) if c in functions}
    return any(_reaches_the_check(c, functions, seen) for c in called - seen - {name})


def test_every_policy_of_the_api_role_asks_is_owner_or_its_sheet(conn):
    """A policy either asks the one check for app_user_id(), or sees a row when the row
    it belongs to is visible (a run when its sheet is, a chunk when its file is)."""
    policies = conn.execute(
        "SELECT tablename, policyname, coalesce(qual, ''), coalesce(with_check, '')"
        " FROM pg_policies WHERE %s = ANY (roles)",
        [API],
    ).fetchall()
    assert len(policies) >= 10
    for table, name, qual, check in policies:
        for expression in filter(None, (qual, check)):
            assert not COMPARED.search(expression), (table, name, expression)
            asks = any(c in expression for c in CHECKS)
            defers = re.fullmatch(
                r"\(?EXISTS \( SELECT 1\s+FROM \w+ \w+\s+WHERE .*\)\)?", expression, re.S
            )
            assert asks or defers, (table, name, expression)
            if "app_user_id" in expression:
                assert asks, (table, name, expression)


def test_every_api_function_reaches_is_owner_and_none_compares_user_ids(conn):
    functions = _functions(conn)
    callers = [
        name
        for name, (args, _definition) in functions.items()
        if args and args[0] == "p_user_id" and name not in NOT_A_CALLER
    ]
    assert {"find_owned_job", "list_cpe_sheets", "write_upload_chunk", "read_user_events"} <= set(
        callers
    )
    assert [name for name in callers if not _reaches_the_check(name, functions, set())] == []
    comparing = [
        name
        for name, (_args, definition) in functions.items()
        if name not in {"is_owner", "check_storage_quota"} and COMPARED.search(definition)
    ]
    assert comparing == []


def test_the_check_is_inlined_so_the_indexes_on_user_id_still_serve(conn, connect):
    """A plain SQL expression the planner folds into the query: no call per row."""
    alice = make_user(conn)
    api = connect()
    api.execute(f"SET ROLE {API}")
    api.execute("SELECT set_config('cpe_runs.user_id', %s, false)", [str(alice)])
    for query, args in (
        ("SELECT * FROM extraction_jobs", []),
        ("SELECT * FROM run_events", []),
        ("SELECT * FROM templates", []),
        ("SELECT * FROM extraction_jobs WHERE is_owner(%s, user_id)", [alice]),
    ):
        explained = api.execute("EXPLAIN (VERBOSE) " + query, args).fetchall()
        plan = "\n".join(row[0] for row in explained)
        assert "is_owner" not in plan and "may_use_template" not in plan, plan


def test_changing_the_one_check_changes_the_policies_and_the_functions_together(conn, connect):
    """Were the rule to change (here: nobody owns anything), both the row-level security
    and the API functions follow it at once: there is no second copy to forget."""
    alice = make_user(conn)
    job_id, _run_id = make_sheet(conn, user_id=alice)
    api = connect()
    api.execute(f"SET ROLE {API}")
    api.execute("SELECT set_config('cpe_runs.user_id', %s, false)", [str(alice)])
    assert api.execute("SELECT count(*) FROM extraction_jobs").fetchone() == (1,)
    assert api.execute("SELECT id FROM find_owned_job(%s, %s)", [alice, job_id]).fetchone()
    conn.execute(
        "CREATE OR REPLACE FUNCTION is_owner(p_user uuid, p_owner uuid) RETURNS boolean"
        " LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN false"
    )
    fresh = connect()
    fresh.execute(f"SET ROLE {API}")
    fresh.execute("SELECT set_config('cpe_runs.user_id', %s, false)", [str(alice)])
    assert fresh.execute("SELECT count(*) FROM extraction_jobs").fetchone() == (0,)
    with pytest.raises(psycopg.Error) as refused:
        fresh.execute("SELECT find_owned_job(%s, %s)", [alice, job_id])
    assert refused.value.sqlstate == "CR004"
    assert fresh.execute("SELECT count_cpe_sheets(%s)", [alice]).fetchone() == (0,)
