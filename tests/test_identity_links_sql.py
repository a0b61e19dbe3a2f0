"""authenticate_identity (sql/0013): an identity provider's (issuer, subject) is one
user, made on first sight, under any concurrency; the API role reads no links."""

from __future__ import annotations

import threading

import psycopg
import pytest

ISSUER = "https://securetoken.google.com/project-cpe"


def sign_in(conn, subject: str, email: str | None = None, verified: bool = True):
    return conn.execute(
        "SELECT user_id, email FROM authenticate_identity(%s, %s, %s, %s)",
        [ISSUER, subject, email, verified],
    ).fetchone()


def test_the_first_sign_in_makes_the_user_and_later_ones_find_it(conn):
    user_id, email = sign_in(conn, "uid-1", " Ada@Example.COM ")
    assert email == "ada@example.com"
    # The email may change at the provider: the identity stays the same user.
    assert sign_in(conn, "uid-1", "ada@new.example") == (user_id, "ada@example.com")
    assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 1


def test_the_same_subject_of_another_issuer_is_another_user(conn):
    first = sign_in(conn, "uid-1", verified=False)
    other = conn.execute(
        "SELECT user_id FROM authenticate_identity('https://other.example/', 'uid-1', NULL, false)"
    ).fetchone()
    assert other[0] != first[0]


def test_only_a_verified_email_joins_an_existing_user(conn):
    conn.execute("INSERT INTO users (email) VALUES ('alice@example.com')")
    (alice,) = conn.execute("SELECT id FROM users WHERE email = 'alice@example.com'").fetchone()
    stranger, stranger_email = sign_in(conn, "uid-x", "alice@example.com", verified=False)
    assert stranger != alice and stranger_email.endswith("@users.invalid")
    assert sign_in(conn, "uid-a", "alice@example.com", verified=True)[0] == alice
    assert sign_in(conn, "uid-n", None, verified=True)[1].endswith("@users.invalid")


def test_concurrent_first_sign_ins_of_one_identity_make_one_user(connect):
    barrier = threading.Barrier(8)
    results: list = []

    def first_sign_in() -> None:
        with connect() as own:
            barrier.wait()
            results.append(sign_in(own, "uid-race", verified=False))

    threads = [threading.Thread(target=first_sign_in) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(results) == 8 and len(set(results)) == 1
    conn = connect()
    assert conn.execute("SELECT count(*) FROM identity_links").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 1


def test_the_api_role_reads_no_links_but_signs_in_through_the_function(connect):
    api = connect()
    api.execute("SET ROLE cpe_runs_api")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        api.execute("SELECT * FROM identity_links")
    user_id, _ = sign_in(api, "uid-api", "api@example.com")
    api.execute("SELECT set_config('cpe_runs.user_id', %s, false)", [str(user_id)])
    assert api.execute("SELECT count(*) FROM users").fetchone()[0] == 1


def test_a_deleted_user_takes_its_links_along(conn):
    user_id, _ = sign_in(conn, "uid-gone", "gone@example.com")
    conn.execute("DELETE FROM users WHERE id = %s", [user_id])
    assert conn.execute("SELECT count(*) FROM identity_links").fetchone()[0] == 0
    assert sign_in(conn, "uid-gone", "gone@example.com")[0] != user_id
