"""Batches of files to one extraction process (cpe_runs.worker.pool): a file that runs
past its time or its memory, or kills its process, fails alone with its own error;
the other files of its batch are extracted once each, never lost, and their attempts
go on untouched. First the pool alone, then a worker against the database."""

from __future__ import annotations

import asyncio
import logging
from collections import deque

import pytest

from cpe_runs.extraction import ExtractionError, TemplateField
from cpe_runs.worker import Worker
from cpe_runs.worker import pool as pool_module
from cpe_runs.worker.pool import ExtractionFailed, ExtractionPool, Job

from . import topology
from .extractors import PID_FIELD
from .test_worker_loop import Running, run_ended, settings, started_run, until

pytestmark = pytest.mark.slow

FIELDS = [TemplateField("Course Title", "text", "", 0), TemplateField(PID_FIELD, "text", "", 1)]
TIMEOUT = "extraction took longer than 1 s and was stopped (CPE_RUNS_TASK_TIMEOUT_SECONDS)"
MEMORY = "extraction used more than 200 MiB of memory and was stopped (CPE_RUNS_TASK_MEMORY_MB)"


class Feed:
    """What the pool takes its batches from, and what it hands back."""

    def __init__(self) -> None:
        self.waiting: deque[Job] = deque()
        self.jobs: dict[str, Job] = {}
        self.batches: list[list[str]] = []
        self.outcomes: dict[str, list] = {}
        self.arrived = asyncio.Event()

    def put(self, pool: ExtractionPool, contents: list[bytes]) -> list[str]:
        names = []
        for data in contents:
            name = f"file-{len(self.outcomes) + len(self.waiting)}-{data.decode()}"
            self.jobs[name] = Job(data, name, "text/plain", FIELDS, "run", name)
            self.waiting.append(self.jobs[name])
            names.append(name)
        pool.wake()
        return names

    def take(self, limit: int) -> list[Job]:
        batch = [self.waiting.popleft() for _ in range(min(limit, len(self.waiting)))]
        if batch:
            self.batches.append([job.owner for job in batch])
        return batch

    def available(self) -> int:
        return len(self.waiting)

    def done(self, job: Job, outcome) -> None:
        self.outcomes.setdefault(job.owner, []).append(outcome)
        self.arrived.set()

    async def all_in(self, names: list[str], timeout: float = 30) -> None:
        async def wait() -> None:
            while not all(name in self.outcomes for name in names):
                self.arrived.clear()
                await self.arrived.wait()

        await asyncio.wait_for(wait(), timeout)


@pytest.fixture
def _batches_of_any_pace(monkeypatch):
    """Whatever pace a loaded machine shows, a batch takes every file waiting."""
    monkeypatch.setattr(pool_module, "BATCH_SECONDS", 3600.0)


async def pool_with_a_known_pace(**limits) -> tuple[ExtractionPool, Feed]:
    """A one-process pool that has seen fast files, so that it sends them in batches."""
    pool = ExtractionPool(
        "tests.extractors:steered",
        processes=1,
        timeout_seconds=limits.get("timeout_seconds", 1.0),
        memory_mb=limits.get("memory_mb", 200),
    )
    feed = Feed()
    await pool.start(feed.take, feed.available, feed.done)
    await feed.all_in(feed.put(pool, [b"warm-up"] * 3))
    return pool, feed


def pid(outcome) -> str:
    [row] = outcome
    return row[PID_FIELD]


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        (b"hang", TIMEOUT),
        (b"memory:600", MEMORY),  # past the address-space cap of the process itself
        (b"children-memory:2x120", MEMORY),  # each under the cap, together over it
        (b"crash", "the extraction process died (exit status 3)"),
    ],
)
@pytest.mark.usefixtures("_batches_of_any_pace")
async def test_one_bad_file_in_a_batch_fails_alone_and_the_others_are_extracted_once(bad, error):
    pool, feed = await pool_with_a_known_pace()
    try:
        names = feed.put(pool, [b"one", b"two", bad, b"four", b"five"])
        await feed.all_in(names)
        # The five went out as one batch.
        assert names in feed.batches
        outcomes = {name: feed.outcomes[name] for name in names}
        assert all(len(got) == 1 for got in outcomes.values()), outcomes
        [failure] = outcomes[names[2]]
        assert isinstance(failure, ExtractionFailed) and str(failure) == error
        good = [outcomes[name][0] for name in names if name != names[2]]
        assert all(isinstance(rows, list) and len(rows) == 1 for rows in good)
        # The files after the bad one were extracted in the process that replaced it.
        first = pid(next(iter(feed.outcomes.values()))[0])
        assert pid(good[2]) == pid(good[3]) != first
        if bad == b"hang":
            # The answers of the files before a slow one went while it ran (the others
            # died with their process before they were sent, and were extracted again).
            assert pid(good[0]) == pid(good[1]) == first
    finally:
        await pool.close()


@pytest.mark.parametrize(
    ("frame", "why"),
    [
        ('{"done": [[-1, {"rows": []}]]}', "no answer for a file of the batch: -1"),
        ('{"done": 7}', "not a list of answers"),
        ("not json", "JSON is malformed"),
    ],
)
@pytest.mark.usefixtures("_batches_of_any_pace")
async def test_an_answer_the_worker_cannot_read_fails_that_file_alone(frame, why):
    pool, feed = await pool_with_a_known_pace()
    try:
        # Last of its batch: the process is still on it when the worker reads the frame
        # (which file wrote a frame is not known, only which file the process is on).
        names = feed.put(pool, [b"one", b"two", f"forge:{frame}".encode()])
        await feed.all_in(names)
        assert assert_once(feed, names)
        [failure] = feed.outcomes[names[2]]
        assert isinstance(failure, ExtractionFailed)
        assert str(failure).startswith("the extraction process answered what cannot be read (")
        assert why in str(failure)
        assert isinstance(feed.outcomes[names[0]][0], list)
        assert isinstance(feed.outcomes[names[1]][0], list)
    finally:
        await pool.close()


@pytest.mark.usefixtures("_batches_of_any_pace")
async def test_a_batch_goes_on_after_a_refused_and_a_raising_file():
    pool, feed = await pool_with_a_known_pace()
    try:
        names = feed.put(pool, [b"one", b"reject:not a certificate", b"raise:flaky", b"four"])
        await feed.all_in(names)
        assert names in feed.batches
        outcomes = [feed.outcomes[name] for name in names]
        assert [len(got) for got in outcomes] == [1, 1, 1, 1]
        assert isinstance(outcomes[1][0], ExtractionError)
        assert str(outcomes[1][0]) == "not a certificate"
        assert isinstance(outcomes[2][0], ExtractionFailed)
        assert str(outcomes[2][0]) == "RuntimeError: flaky"
        # Neither costs the process: one process extracted the whole batch.
        assert pid(outcomes[0][0]) == pid(outcomes[3][0])
    finally:
        await pool.close()


async def test_slow_files_go_one_at_a_time_to_the_idle_processes():
    pool = ExtractionPool("tests.extractors:steered", processes=2, timeout_seconds=30, memory_mb=0)
    feed = Feed()
    await pool.start(feed.take, feed.available, feed.done)
    try:
        await feed.all_in(feed.put(pool, [b"sleep:0.2"] * 2))
        names = feed.put(pool, [b"sleep:0.2"] * 4)
        await feed.all_in(names)
        # 0.2 s a file is past a batch's time: never more than one file a message.
        assert all(len(batch) == 1 for batch in feed.batches)
        assert len({pid(feed.outcomes[name][0]) for name in names}) == 2
    finally:
        await pool.close()


@pytest.mark.usefixtures("_batches_of_any_pace")
async def test_a_lost_file_that_hangs_frees_its_process_and_the_batch_goes_on():
    pool, feed = await pool_with_a_known_pace(timeout_seconds=60)
    try:
        names = feed.put(pool, [b"one", b"hang", b"three"])
        # The answer of the file before the slow one comes without waiting for it.
        await until(lambda: names[0] in feed.outcomes, 5, "the first file's answer")
        pool.stop(feed.jobs[names[1]])
        await feed.all_in(names, timeout=10)
        assert assert_once(feed, names)
        assert isinstance(feed.outcomes[names[1]][0], ExtractionFailed)
        assert isinstance(feed.outcomes[names[2]][0], list)
    finally:
        await pool.close()


def assert_once(feed: Feed, names: list[str]) -> bool:
    assert all(len(feed.outcomes[name]) == 1 for name in names), feed.outcomes
    return True


@pytest.fixture(autouse=True)
def _worker_logs(caplog):
    caplog.set_level(logging.INFO, logger="cpe_runs.worker")


async def test_a_worker_fails_the_bad_files_of_its_batches_and_counts_each_good_one_once(
    db_url, conn
):
    good = [b"certificate"] * 40
    bad = [b"hang", b"memory:600", b"crash"]
    _, run_id = started_run(conn, good[:20] + bad + good[20:], max_attempts=2)
    worker = Worker(
        topology.worker_url(db_url),
        settings(
            db_url,
            "steered",
            extraction_processes=1,
            task_timeout_seconds=1.0,
            task_memory_mb=200,
            prefetch_tasks=16,
            prefetch_seconds=30.0,
        ),
        concurrency=4,
    )
    async with Running(worker):
        run = await until(lambda: run_ended(conn, run_id), 60, "run ends")
    assert (run["status"], run["tasks_completed"], run["tasks_failed"]) == (
        "partially_completed",
        40,
        3,
    )
    # Each good file counted once, on its first attempt: a bad file's failures never
    # cost the files batched with it an attempt.
    rows = conn.execute(
        "SELECT t.attempts, count(r.id) FROM extraction_tasks t"
        " LEFT JOIN result_rows r ON r.task_id = t.id"
        " WHERE t.run_id = %s AND t.status = 'completed' GROUP BY t.id",
        [run_id],
    ).fetchall()
    assert len(rows) == 40 and set(rows) == {(1, 1)}
    failed = conn.execute(
        "SELECT f.error, t.attempts FROM extraction_tasks t JOIN source_files f"
        " ON f.id = t.file_id WHERE t.run_id = %s AND t.status = 'failed' ORDER BY f.error",
        [run_id],
    ).fetchall()
    assert failed == [
        ("extraction took longer than 1 s and was stopped (CPE_RUNS_TASK_TIMEOUT_SECONDS)", 2),
        (MEMORY, 2),
        ("the extraction process died (exit status 3)", 2),
    ]


async def test_a_new_runs_fields_are_read_once_for_its_first_batch(db_url, conn, monkeypatch):
    from cpe_runs import runs

    reads = []
    read = runs.run_template_fields

    async def counted(connection, run_id):
        reads.append(run_id)
        await asyncio.sleep(0.05)  # long enough for the whole batch to ask meanwhile
        return await read(connection, run_id)

    monkeypatch.setattr(runs, "run_template_fields", counted)
    _, run_id = started_run(conn, [b"certificate"] * 30)
    worker = Worker(
        topology.worker_url(db_url),
        settings(db_url, "echo", prefetch_tasks=16, prefetch_seconds=30.0),
        concurrency=8,
    )
    async with Running(worker):
        run = await until(lambda: run_ended(conn, run_id), message="run ends")
    assert (run["status"], run["tasks_completed"]) == ("completed", 30)
    assert reads == [run_id]
