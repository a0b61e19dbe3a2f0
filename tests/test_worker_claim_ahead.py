"""Claiming ahead (worker/slots.py): a worker holds, besides its slots, what it expects
to start within CPE_RUNS_PREFETCH_SECONDS, so that claims batch at any concurrency;
a task claimed ahead that waits too long is handed back without counting its attempt."""

from __future__ import annotations

import hashlib
import logging
import time
import uuid

import pytest

from cpe_runs.runs import ClaimedTask
from cpe_runs.worker import Worker
from cpe_runs.worker.slots import INLINE_MAX_BYTES, Slots

from . import topology
from .test_worker_loop import Running, outcomes, run_ended, settings, started_run, until


@pytest.fixture(autouse=True)
def _worker_logs(caplog):
    caplog.set_level(logging.INFO, logger="cpe_runs.worker")


def task(n: int) -> ClaimedTask:
    return ClaimedTask(uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), 1, f"{n}", "x", None)


def finish_some(slots: Slots, count: int) -> None:
    for n in range(count):
        slots.add(task(n))
        slot = slots.next_to_start()
        slots.extracted(slot)
        slots.finish(slot)


def test_nothing_is_claimed_ahead_before_the_rate_is_known():
    slots = Slots(4, prefetch_tasks=32, prefetch_seconds=0.1)
    assert slots.wanted() == 4
    assert slots.idle_slots() == 4


def test_fast_tasks_fill_the_buffer_up_to_its_cap(monkeypatch):
    slots = Slots(4, prefetch_tasks=32, prefetch_seconds=0.1)
    clock = iter(range(1000))
    # A clock that moves 0.1 ms a look: thousands of tasks a second, capped at 32.
    monkeypatch.setattr(time, "monotonic", lambda: next(clock) / 10_000)
    finish_some(slots, 10)
    assert slots.ahead() == 32
    assert slots.wanted() == 36
    # Outcomes being written count as done: their replacements are claimed with them.
    for n in range(6):
        slots.add(task(n))
    assert slots.wanted(finishing=2) == 36 - 6 + 2


def test_slots_finishing_together_at_the_start_claim_nothing_ahead(monkeypatch):
    # Two slots started together finish within a millisecond of each other: that is no
    # rate of thousands a second, and the buffer stays empty until two rounds are done.
    slots = Slots(2, prefetch_tasks=256, prefetch_seconds=0.1)
    clock = iter(range(1000))
    monkeypatch.setattr(time, "monotonic", lambda: next(clock) / 10_000)
    finish_some(slots, 2)
    assert slots.ahead() == 0


def test_slow_tasks_leave_the_buffer_empty(monkeypatch):
    slots = Slots(2, prefetch_tasks=32, prefetch_seconds=0.1)
    clock = iter(range(0, 100_000, 250))
    # A clock that moves 0.25 s a look, a task every 0.75 s: none would start within 0.1 s.
    monkeypatch.setattr(time, "monotonic", lambda: next(clock) / 1000)
    finish_some(slots, 5)
    assert slots.ahead() == 0
    assert slots.wanted() == 2


def test_no_claiming_ahead_when_it_is_off():
    slots = Slots(4, prefetch_tasks=0, prefetch_seconds=0.1)
    finish_some(slots, 50)
    assert slots.wanted() == 4


def test_only_free_slots_start_tasks_and_the_oldest_claim_first():
    slots = Slots(2, prefetch_tasks=8, prefetch_seconds=0.1)
    held = [slots.add(task(n)) for n in range(5)]
    started = [slots.next_to_start(), slots.next_to_start(), slots.next_to_start()]
    assert started == [held[0], held[1], None]
    # A task whose outcome is being written frees its slot; it is still held.
    slots.extracted(held[0])
    assert slots.next_to_start() is held[2]
    assert held[0].task.task_id in slots.held
    slots.finish(held[0])
    assert {key for key, _ in slots.leased()} == {s.task.task_id for s in held[1:]}


def test_every_task_a_worker_can_hold_gets_an_equal_share_of_the_byte_budget():
    # 4 slots and 256 ahead share 32 MiB: a claim brings a file along up to 126 KiB, so
    # 260 held tasks carry 32 MiB at most, wherever the rate says to claim.
    slots = Slots(4, prefetch_tasks=256, prefetch_seconds=0.1, prefetch_bytes=32 << 20)
    assert slots.inline_bytes() == (32 << 20) // 260
    assert slots.inline_bytes() * (4 + 256) <= 32 << 20
    # A small buffer never brings more than INLINE_MAX_BYTES a file.
    assert Slots(1, prefetch_tasks=0, prefetch_seconds=0.1).inline_bytes() == INLINE_MAX_BYTES


async def test_files_past_their_share_of_the_byte_budget_are_read_when_they_start(db_url, conn):
    contents = [f"certificate {n} ".encode() * 20 for n in range(30)]  # ~300 bytes each
    _, run_id = started_run(conn, contents)
    # 2 slots and 8 ahead share 1,000 bytes: 100 a file, so no file comes with its claim.
    worker = Worker(
        topology.worker_url(db_url),
        settings(db_url, "digest", prefetch_tasks=8, prefetch_seconds=30.0, prefetch_bytes=1000),
        concurrency=2,
    )
    assert worker.slots.inline_bytes() == 100
    async with Running(worker):
        run = await until(lambda: run_ended(conn, run_id), message="run ends")
    assert (run["status"], run["tasks_completed"]) == ("completed", 30)
    digests = conn.execute(
        "SELECT \"values\"->>'Course Title' FROM result_rows WHERE run_id = %s", [run_id]
    ).fetchall()
    assert sorted(d[0] for d in digests) == sorted(hashlib.sha256(c).hexdigest() for c in contents)


async def test_fast_files_are_claimed_in_batches_at_concurrency_one(db_url, conn):
    _, run_id = started_run(conn, [b"certificate"] * 60)
    worker = Worker(
        topology.worker_url(db_url),
        settings(db_url, "echo", prefetch_tasks=8, prefetch_seconds=30.0),
        concurrency=1,
    )
    async with Running(worker):
        run = await until(lambda: run_ended(conn, run_id), message="run ends")
    assert (run["status"], run["tasks_completed"]) == ("completed", 60)
    # A claim's tasks share its transaction's start: without claiming ahead each of
    # the 60 would have had a claim of its own.
    claims, attempts = conn.execute(
        "SELECT count(DISTINCT started_at), max(attempts) FROM extraction_tasks WHERE run_id = %s",
        [run_id],
    ).fetchone()
    assert claims <= 20
    assert attempts == 1


@pytest.mark.slow
async def test_a_task_claimed_ahead_that_waits_too_long_goes_back(db_url, conn, caplog):
    # Three finish before the rate is trusted; then 3 are claimed ahead of one slot.
    _, run_id = started_run(conn, [b"sleep:0.5"] * 9)
    worker = Worker(
        topology.worker_url(db_url),
        settings(db_url, "steered", prefetch_tasks=3, prefetch_seconds=30.0),
        concurrency=1,
    )
    async with Running(worker):
        run = await until(lambda: run_ended(conn, run_id), message="run ends")
    assert (run["status"], run["tasks_completed"]) == ("completed", 9)
    lines = outcomes(caplog)
    assert "released" in {line["outcome"] for line in lines}
    # Handed back, its attempt did not count.
    assert (
        conn.execute(
            "SELECT max(attempts) FROM extraction_tasks WHERE run_id = %s", [run_id]
        ).fetchone()[0]
        == 1
    )


async def test_a_stopping_worker_hands_back_what_it_claimed_ahead(db_url, conn):
    _, run_id = started_run(conn, [b"sleep:0.3"] * 12)
    worker = Worker(
        topology.worker_url(db_url),
        settings(db_url, "steered", prefetch_tasks=4, prefetch_seconds=30.0, shutdown_timeout=0.1),
        concurrency=1,
    )
    async with Running(worker):
        await until(lambda: len(worker.slots.waiting) > 0, message="tasks claimed ahead")
    # Stopped: nothing is held any more, and no attempt was spent on the tasks handed back.
    assert (
        conn.execute(
            "SELECT count(*) FROM extraction_tasks WHERE run_id = %s AND status = 'running'",
            [run_id],
        ).fetchone()[0]
        == 0
    )
    assert (
        conn.execute(
            "SELECT count(*) FROM extraction_tasks WHERE run_id = %s AND status = 'queued'"
            " AND attempts > 0",
            [run_id],
        ).fetchone()[0]
        == 0
    )
