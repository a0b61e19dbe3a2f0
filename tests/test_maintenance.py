"""Servers prune the event log past its retention, acting as the API role."""

from __future__ import annotations

import httpx

from cpe_runs.config import Settings
from cpe_runs.db import create_pool
from cpe_runs.maintenance import tidy_once

from .factories import make_sheet
from .live import start_live_server, wait_until


async def test_old_events_are_pruned_by_the_api_role(conn, db_url):
    make_sheet(conn)
    conn.execute("UPDATE run_events SET created_at = now() - interval '8 days'")
    make_sheet(conn)
    settings = Settings(database_url=db_url)
    pool = await create_pool(db_url, role=settings.api_role)
    try:
        assert await tidy_once(pool, settings) == 1
        assert await tidy_once(pool, settings) == 0
    finally:
        await pool.close()
    assert conn.execute("SELECT count(*) FROM run_events").fetchone() == (1,)


def test_a_running_server_prunes_on_its_timer(conn, db_url, tmp_path):
    make_sheet(conn)
    conn.execute("UPDATE run_events SET created_at = now() - interval '2 days'")
    server = start_live_server(
        db_url,
        tmp_path,
        env={"CPE_RUNS_EVENT_RETENTION_DAYS": "1", "CPE_RUNS_MAINTENANCE_SECONDS": "0.2"},
    )
    try:
        assert httpx.get(server.base_url + "/api/health").status_code == 200
        wait_until(
            lambda: conn.execute("SELECT count(*) FROM run_events").fetchone()[0] == 0,
            timeout=30,
        )
    finally:
        server.stop()
