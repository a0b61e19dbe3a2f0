"""The topology the suite runs against (tests/topology.py) is really in effect: the
app's uploads land in the chosen store, its connections come through PgBouncer when
the suite runs through it, and the live-server fixture is two servers when asked."""

from __future__ import annotations

import httpx

from . import apiclient, topology
from .apiclient import PDF, api_client, new_sheet, stored_blobs, upload

alice = apiclient.alice


def test_uploads_land_in_the_topologys_store(db_url, conn, alice):
    with api_client(db_url) as client:
        sheet = new_sheet(client, alice, conn)
        response = upload(client, alice, sheet["job_id"], ("a.pdf", PDF))
        assert response.status_code == 201, response.text
        file_id = response.json()["files"][0]["id"]
        login = conn.execute(
            "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = %s"
            " AND usename LIKE 'cpe%%'",
            [conn.info.dbname],
        ).fetchall()
    storage = conn.execute("SELECT storage FROM source_files WHERE id = %s", [file_id]).fetchone()
    if topology.BLOB_STORE == "postgres":
        assert storage == ("db",)
    else:
        assert storage[0].startswith(f"{topology.BLOB_STORE}://")
    assert stored_blobs(conn) == {file_id}
    logins = {row[0] for row in login}
    if topology.POOLING == "pgbouncer":
        assert "cpe_api_login" in logins and "cpe_runs_api" not in logins
    else:
        assert "cpe_runs_api" in logins and "cpe_api_login" not in logins


def test_the_live_server_fixture_is_as_many_servers_as_asked(live_server):
    urls = {live_server.base_url for _ in range(4)}
    assert len(urls) == topology.SERVERS
    for url in urls:
        assert httpx.get(url + "/api/health").status_code == 200
