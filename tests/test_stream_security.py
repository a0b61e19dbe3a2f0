"""Who may read which stream: users, tickets, revoked tokens, and the access log."""

from __future__ import annotations

import hashlib
import uuid

import httpx
import psycopg
import pytest

from .factories import make_sheet, make_token
from .sse import EventStream, StreamEnded
from .test_stream import drive_sheet, seen, user_events


def ticket_for(base_url: str, token: str) -> str:
    answer = httpx.post(
        base_url + "/api/events/tickets", headers={"Authorization": f"Bearer {token}"}
    )
    assert answer.status_code == 201, answer.text
    assert set(answer.json()) == {"ticket", "expires_at"}
    return answer.json()["ticket"]


def assert_ends(stream: EventStream, max_messages: int = 5) -> None:
    """The server ends the stream without sending another event."""
    with pytest.raises(StreamEnded):
        for _ in range(max_messages):
            message = stream.next_message()
            assert message.event is None, f"an event after the end: {message}"


def test_a_user_never_receives_another_users_events(live_server, conn):
    alice, alice_token = make_token(conn)
    bob, bob_token = make_token(conn)
    with (
        EventStream(live_server.base_url, token=alice_token) as alices,
        EventStream(live_server.base_url, token=bob_token) as bobs,
    ):
        alices.open()
        bobs.open()
        drive_sheet(conn, alice)
        drive_sheet(conn, bob, files=1)
        got_alice = alices.events_until(user_events(conn, alice)[-1][0])
        got_bob = bobs.events_until(user_events(conn, bob)[-1][0])
    assert seen(got_alice) == user_events(conn, alice)
    assert seen(got_bob) == user_events(conn, bob)

    # The replay from the very start of the log holds only Bob's events too.
    make_sheet(conn, user_id=bob)
    with EventStream(live_server.base_url, token=bob_token, last_event_id=0) as replay:
        replay.open()
        got = replay.events_until(user_events(conn, bob)[-1][0])
    assert seen(got) == user_events(conn, bob)
    assert {event.payload["job_id"] for event in got}.isdisjoint(
        {
            str(job)
            for (job,) in conn.execute("SELECT id FROM extraction_jobs WHERE user_id = %s", [alice])
        }
    )


def test_another_users_sheet_or_a_missing_one_answers_404(live_server, conn):
    alice, _ = make_token(conn)
    _bob, bob_token = make_token(conn)
    alices_job, _ = make_sheet(conn, user_id=alice)
    for job_id in (alices_job, uuid.uuid4()):
        for path, params in [
            (f"/api/jobs/{job_id}/events", None),
            ("/api/events", {"job_id": str(job_id)}),
        ]:
            with EventStream(live_server.base_url, path, token=bob_token, params=params) as stream:
                assert stream.status_code == 404
                assert stream.response.headers["content-type"] == "application/problem+json"
    for path, params in [("/api/jobs/not-a-uuid/events", None), ("/api/events", {"job_id": "x"})]:
        with EventStream(live_server.base_url, path, token=bob_token, params=params) as stream:
            assert stream.status_code in (400, 404)


def test_a_stream_needs_a_credential(live_server, conn):
    _user, token = make_token(conn)
    for headers, params in [
        ({}, None),
        ({"Authorization": "Bearer cpe_wrong"}, None),
        ({}, {"ticket": token}),  # the token itself is not a ticket
        ({}, {"token": token}),
        ({}, {"ticket": "cpe_made_up"}),
    ]:
        with EventStream(live_server.base_url, headers=headers, params=params) as stream:
            assert stream.status_code == 401


def test_a_ticket_opens_streams_until_it_expires(live_server, conn):
    user_id, token = make_token(conn)
    ticket = ticket_for(live_server.base_url, token)
    job_id, _ = make_sheet(conn, user_id=user_id)
    # EventSource reconnects with the same URL: the ticket serves every reconnect.
    for path in ("/api/events", f"/api/jobs/{job_id}/events", "/api/events"):
        with EventStream(live_server.base_url, path, params={"ticket": ticket}) as stream:
            stream.open()
    assert httpx.get(live_server.base_url + "/api/me", params={"ticket": ticket}).status_code == 401

    conn.execute(
        "UPDATE stream_tickets SET expires_at = now() - interval '1 second' WHERE ticket_hash = %s",
        [hashlib.sha256(ticket.encode()).digest()],
    )
    with EventStream(live_server.base_url, params={"ticket": ticket}) as stream:
        assert stream.status_code == 401
    log = live_server.log()
    assert ticket not in log and token not in log
    assert "/api/events?[redacted]" in log


@pytest.mark.parametrize("credential", ["bearer", "ticket"])
def test_revoking_the_token_ends_an_open_stream(live_server, conn, credential):
    user_id, token = make_token(conn)
    other_user, other_token = make_token(conn)
    auth = (
        {"token": token}
        if credential == "bearer"
        else {"params": {"ticket": ticket_for(live_server.base_url, token)}}
    )
    with (
        EventStream(live_server.base_url, **auth) as stream,
        EventStream(live_server.base_url, token=other_token) as other,
    ):
        stream.open()
        other.open()
        conn.execute("SELECT revoke_api_tokens(%s)", [hashlib.sha256(token.encode()).digest()])
        make_sheet(conn, user_id=user_id)  # an event that must no longer arrive
        assert_ends(stream)
        # Another token's stream lives on.
        other_user_event = make_sheet(conn, user_id=other_user)
        assert other.next_event().payload["job_id"] == str(other_user_event[0])
    with EventStream(live_server.base_url, **auth) as again:
        assert again.status_code == 401


def test_the_replay_and_the_ownership_check_obey_row_level_security(connect, conn):
    """Even asking for Alice by id, the API role acting for Bob reads nothing of hers."""
    alice, _ = make_token(conn)
    bob, _ = make_token(conn)
    alices_job = drive_sheet(conn, alice, files=1)
    api = connect()
    api.execute("SET ROLE cpe_runs_api")
    head = api.execute("SELECT run_events_head()").fetchone()[0]

    def replay(acting_for, user_id, job_id=None):
        api.execute("SELECT set_config('cpe_runs.user_id', %s, false)", [str(acting_for)])
        return api.execute(
            "SELECT seq, type FROM read_user_events(%s, %s, 0, %s, 1000)", [user_id, job_id, head]
        ).fetchall()

    assert replay(alice, alice) == user_events(conn, alice)
    assert replay(alice, alice, alices_job) == user_events(conn, alice)
    assert replay(bob, alice) == replay(bob, alice, alices_job) == []
    with pytest.raises(psycopg.Error) as hidden:  # her sheet answers like a missing one
        api.execute("SELECT find_owned_job(%s, %s)", [alice, alices_job])
    assert hidden.value.sqlstate == "CR004"
