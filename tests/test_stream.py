"""The live event stream on a real server: order, no duplicates, resume, ping."""

from __future__ import annotations

import time

import pytest

from .factories import add_file, claim_all, make_sheet, make_token, report, start
from .sse import EventStream


def user_events(conn, user_id, after: int = 0, job_id=None) -> list[tuple[int, str]]:
    """What the stream must deliver: the user's events after `after`, in seq order."""
    return conn.execute(
        "SELECT seq, type FROM run_events WHERE user_id = %s AND seq > %s"
        " AND (%s::uuid IS NULL OR job_id = %s::uuid) ORDER BY seq",
        [user_id, after, job_id, job_id],
    ).fetchall()


def drive_sheet(conn, user_id, files: int = 2):
    """A sheet taken through upload, start and completion; returns its job_id."""
    job_id, run_id = make_sheet(conn, user_id=user_id)
    for n in range(files):
        add_file(conn, job_id, run_id, name=f"certificate-{n}.txt")
    start(conn, job_id)
    for task_id, attempt in claim_all(conn, run_id):
        report(conn, task_id, attempt, rows=[{"Course Title": "Ethics"}])
    return job_id


def seen(events) -> list[tuple[int, str]]:
    return [(event.id, event.event) for event in events]


def test_events_of_a_sheet_arrive_in_order_without_duplicates(live_server, conn):
    user_id, token = make_token(conn)
    with EventStream(live_server.base_url, token=token) as stream:
        stream.open()
        job_id = drive_sheet(conn, user_id)
        expected = user_events(conn, user_id)
        got = stream.events_until(expected[-1][0])
    assert seen(got) == expected
    assert [t for _, t in expected][:3] == ["run_created", "file_status", "file_status"]
    assert expected[-1][1] == "run_created"  # the next editable run
    first = got[0].payload
    assert (first["seq"], first["job_id"], first["type"]) == (got[0].id, str(job_id), "run_created")
    assert first["run_id"] and first["status"] == "pending"


def test_a_stream_without_last_event_id_starts_now(live_server, conn):
    user_id, token = make_token(conn)
    drive_sheet(conn, user_id)
    with EventStream(live_server.base_url, token=token) as stream:
        stream.open()
        job_id, _ = make_sheet(conn, user_id=user_id)
        (event,) = stream.events_until(user_events(conn, user_id)[-1][0])
    assert event.event == "run_created" and event.payload["job_id"] == str(job_id)


@pytest.mark.parametrize("how", ["header", "query"])
def test_a_reconnect_with_last_event_id_replays_exactly_the_missed_events(live_server, conn, how):
    user_id, token = make_token(conn)
    with EventStream(live_server.base_url, token=token) as stream:
        stream.open()
        drive_sheet(conn, user_id, files=1)
        first = user_events(conn, user_id)
        stream.events_until(first[-1][0])
    last_seen = first[2][0]  # as if the connection dropped after the third event

    drive_sheet(conn, user_id, files=3)  # written while disconnected
    resume = (
        {"last_event_id": last_seen}
        if how == "header"
        else {"params": {"last_event_id": str(last_seen)}}
    )
    with EventStream(live_server.base_url, token=token, **resume) as stream:
        stream.open()
        make_sheet(conn, user_id=user_id)  # and one live after the replay
        expected = user_events(conn, user_id, after=last_seen)
        got = stream.events_until(expected[-1][0])
    assert seen(got) == expected


def test_a_bad_last_event_id_answers_400(live_server, conn):
    _user_id, token = make_token(conn)
    bad = EventStream(live_server.base_url, token=token, headers={"Last-Event-ID": "x"})
    with bad:
        assert bad.status_code == 400
    with EventStream(live_server.base_url, token=token, params={"last_event_id": "-1"}) as neg:
        assert neg.status_code == 400


def test_one_sheet_streams_only_that_sheet(live_server, conn):
    user_id, token = make_token(conn)
    job_id, run_id = make_sheet(conn, user_id=user_id)
    path = f"/api/jobs/{job_id}/events"
    with (
        EventStream(live_server.base_url, path, token=token) as by_path,
        EventStream(live_server.base_url, token=token, params={"job_id": str(job_id)}) as by_query,
    ):
        by_path.open()
        by_query.open()
        drive_sheet(conn, user_id)  # another sheet of the same user
        add_file(conn, job_id, run_id)
        expected = user_events(conn, user_id, after=0, job_id=job_id)[-1:]
        assert expected[0][1] == "file_status"
        for stream in (by_path, by_query):
            assert seen(stream.events_until(expected[0][0])) == expected


def test_an_event_whose_transaction_commits_late_arrives_first_and_once(live_server, connect):
    """T1 writes first and commits last: the stream must not hand out T2's event before it."""
    conn, t1, t2 = connect(), connect(autocommit=False), connect(autocommit=False)
    user_id, token = make_token(conn)
    first_job, _ = make_sheet(conn, user_id=user_id)
    second_job, _ = make_sheet(conn, user_id=user_id)
    with EventStream(live_server.base_url, token=token) as stream:
        stream.open()
        t1.execute("INSERT INTO job_runs (job_id) VALUES (%s)", [first_job])
        t2.execute("INSERT INTO job_runs (job_id) VALUES (%s)", [second_job])
        t2.commit()
        # Give a wrong implementation the time to send T2's event first; the
        # assertion does not depend on this wait.
        time.sleep(0.3)
        t1.commit()
        expected = user_events(conn, user_id)[-2:]
        got = stream.events_until(expected[-1][0])
    assert seen(got) == expected
    assert [event.payload["job_id"] for event in got] == [str(first_job), str(second_job)]
