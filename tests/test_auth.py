"""Tokens: created by the CLI, stored as hashes, required on /api, revocable at once."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from .apiclient import api_client


def cli(db_url: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CPE_RUNS_")}
    env["CPE_RUNS_DATABASE_URL"] = db_url
    return subprocess.run(
        [sys.executable, "-m", "cpe_runs.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def client(db_url):
    with api_client(db_url) as client:
        yield client


def test_token_create_prints_the_token_last_and_stores_only_its_hash(db_url, conn):
    done = cli(db_url, "token", "create", "Ada@Example.com")
    assert done.returncode == 0, done.stderr
    token = done.stdout.strip().splitlines()[-1]
    assert token.startswith("cpe_") and len(token) >= 40
    stored = conn.execute(
        "SELECT u.email, t.token_hash FROM api_tokens t JOIN users u ON u.id = t.user_id"
    ).fetchall()
    assert stored == [("ada@example.com", hashlib.sha256(token.encode()).digest())]
    assert token not in done.stderr


def test_a_second_token_for_the_same_email_reuses_the_user(db_url, conn):
    for _ in range(2):
        assert cli(db_url, "token", "create", "ada@example.com").returncode == 0
    assert conn.execute("SELECT count(*) FROM users").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM api_tokens").fetchone() == (2,)


def test_api_needs_a_bearer_token(db_url, client):
    token = cli(db_url, "token", "create", "ada@example.com").stdout.split()[-1]
    anonymous = client.get("/api/me")
    assert anonymous.status_code == 401
    assert anonymous.headers["content-type"].startswith("application/problem+json")
    assert anonymous.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/me", headers={"Authorization": "Bearer cpe_wrong"}).status_code == 401
    assert client.get("/api/me", headers={"Authorization": f"Basic {token}"}).status_code == 401
    signed_in = client.get("/api/me", headers={"Authorization": f"Bearer {token}"})
    assert signed_in.status_code == 200
    assert signed_in.json()["email"] == "ada@example.com"
    assert client.get("/api/health").status_code == 200


def test_token_query_parameter_is_not_a_credential(db_url, client):
    token = cli(db_url, "token", "create", "ada@example.com").stdout.split()[-1]
    assert client.get(f"/api/me?ticket={token}").status_code == 401
    assert client.get(f"/api/me?token={token}").status_code == 401


def test_revoked_token_answers_401_at_once(db_url, client, conn):
    token = cli(db_url, "token", "create", "ada@example.com").stdout.split()[-1]
    other = cli(db_url, "token", "create", "ada@example.com").stdout.split()[-1]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/me", headers=headers).status_code == 200
    assert conn.execute("SELECT count(last_used_at) FROM api_tokens").fetchone() == (1,)
    revoked = cli(db_url, "token", "revoke", token)
    assert revoked.returncode == 0 and "revoked 1" in revoked.stdout
    assert client.get("/api/me", headers=headers).status_code == 401
    assert client.get("/api/me", headers={"Authorization": f"Bearer {other}"}).status_code == 200
    assert cli(db_url, "token", "revoke", "--email", "ada@example.com").returncode == 0
    assert client.get("/api/me", headers={"Authorization": f"Bearer {other}"}).status_code == 401
    assert cli(db_url, "token", "revoke", token).returncode == 1


def test_bad_email_is_refused(db_url):
    done = cli(db_url, "token", "create", "not-an-email")
    assert done.returncode == 1
    assert "is not an email address" in done.stderr and "Traceback" not in done.stderr
