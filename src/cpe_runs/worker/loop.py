"""The worker loop: claims extraction tasks, has them extracted in its extraction
processes, reports the outcomes.

It holds no SQL and no rule. Claims, leases, retries and reports are SQL functions
(sql/0004_workers.sql, sql/0008_fair_claims.sql) called through cpe_runs.runs; this
module only loops:

- one claim loop fills `concurrency` slots, waking on NOTIFY cpe_runs_tasks (a
  dedicated LISTEN connection that reconnects by itself: listen.py), on a freed
  slot, when the next delayed retry or lease falls due, or at the latest every
  poll_seconds;
- each slot reads the file, hands it to the extraction pool (pool.py: separate
  processes, each killed past its time or memory, the attempt then failed and
  retried) and its outcome to one reporter, which writes the outcomes waiting at
  that moment in one transaction;
- a heartbeat renews the leases every lease_seconds / 3 and drops tasks the worker
  no longer holds (taken over after an expired lease, or cancelled): their late
  outcome is never reported, and increment_task_completion would ignore it anyway.

Every database call goes through a pool connection that is dropped after a
connection error (db.acquire); connection trouble is waited out, never fatal.

`stop()` (SIGTERM) stops claiming; running extractions get shutdown_timeout seconds
to finish, and the rest are handed back (release_tasks: the attempt does not count)
and their processes killed.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import secrets
import socket
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import asyncpg

from .. import db, metrics, runs
from ..config import Settings
from ..errors import FileUnreadable, NotFound
from ..extraction import ExtractionError, TemplateField, check_extractor
from ..monitoring import WORKER_APPLICATION_NAME
from ..runs import ClaimedTask, Completion, TaskReport
from ..storage import outbox
from ..storage.blobs import BlobStores
from ..storage.reading import read_file
from .listen import describe, first, listen_forever
from .pool import ExtractionFailed, ExtractionPool

log = logging.getLogger("cpe_runs.worker")

TASKS_CHANNEL = "cpe_runs_tasks"
TRANSIENT_ERRORS = db.TRANSIENT_ERRORS
# An idle worker never sleeps less than this, even when something is due right now
# (another worker is claiming it), so contention never turns into a busy loop.
MIN_WAIT_SECONDS = 0.05
MAX_RETRY_DELAY_SECONDS = 300.0
MAX_REPORT_BATCH = 500
# Group commit: the first outcome waits at most this long for the other slots'
# outcomes, so that they, and the claims of their replacements, share one
# transaction (fewer commits, fewer notifying transactions) even with few slots.
REPORT_LINGER_SECONDS = 0.005
MAX_ERROR_CHARS = 2000


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


def retry_delay(settings: Settings, attempt: int) -> float:
    """Exponential backoff: base, 2 x base, 4 x base, ... after attempts 1, 2, 3, ..."""
    return min(settings.retry_base_seconds * 2 ** (attempt - 1), MAX_RETRY_DELAY_SECONDS)


@dataclass(eq=False)
class _Slot:
    task: ClaimedTask
    started: float
    job: asyncio.Task | None = None
    # The lease went to another worker, or the run ended: never report.
    lost: bool = False
    # Extraction is over and the outcome is being written: let it finish on shutdown.
    reporting: bool = False


@dataclass(frozen=True, slots=True)
class _Retry:
    error: str


class Worker:
    """`concurrency` extraction slots against one database; run() until stop()."""

    def __init__(
        self,
        database_url: str,
        settings: Settings,
        *,
        concurrency: int = 4,
        worker_id: str | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, got {concurrency}")
        self.settings = settings
        self.concurrency = concurrency
        self.worker_id = worker_id or default_worker_id()
        # Checked now (imported, never called), so that a bad CPE_RUNS_EXTRACTOR fails
        # at start, not per task; only the extraction processes load and call it.
        check_extractor(settings.extractor)
        self.extraction = ExtractionPool(
            settings.extractor,
            processes=min(concurrency, settings.extraction_processes or os.cpu_count() or 1),
            timeout_seconds=settings.task_timeout_seconds,
            memory_mb=settings.task_memory_mb,
        )
        self._url = database_url
        # LISTEN needs a session of its own: a direct URL when _url goes through PgBouncer.
        self._listen_url = settings.listen_database_url or database_url
        self.blobs = BlobStores(settings)
        self._pool: asyncpg.Pool | None = None
        self._slots: dict[uuid.UUID, _Slot] = {}
        self._fields: dict[uuid.UUID, list[TemplateField]] = {}
        self._reports: list[tuple[TaskReport, asyncio.Future[Completion | None]]] = []
        self._reports_waiting = asyncio.Event()
        # Set when every slot's outcome waits to be written: no reason to linger.
        self._reports_all_in = asyncio.Event()
        self._wake = asyncio.Event()
        self._blobs_to_delete = asyncio.Event()
        self._slot_freed = asyncio.Event()
        self._stopping = asyncio.Event()
        # Set once connected and claiming (serve prints its URL after that).
        self.started = asyncio.Event()

    def stop(self) -> None:
        """Stop claiming and shut down gracefully (call it from the worker's event loop)."""
        if not self._stopping.is_set():
            log.info("worker %s stopping", self.worker_id)
        self._stopping.set()

    async def run(self) -> None:
        try:
            self._pool = await self._create_pool()
            if self._pool is None:
                return  # stopped before the database answered
            await self.extraction.start()
            await self._run()
        finally:
            await self.extraction.close()
            await self.blobs.close()

    async def _run(self) -> None:
        background = [
            asyncio.create_task(self._listen()),
            asyncio.create_task(self._heartbeat()),
            asyncio.create_task(self._report_loop()),
            asyncio.create_task(self._blob_deletion_loop()),
        ]
        log.info(
            "worker %s started: concurrency=%d extraction_processes=%d",
            self.worker_id,
            self.concurrency,
            self.extraction.size,
        )
        self.started.set()
        try:
            await self._claim_loop()
            await self._drain()
        finally:
            for job in background:
                job.cancel()
            await asyncio.gather(*background, return_exceptions=True)
            try:
                await asyncio.wait_for(self._pool.close(), 10)
            except (TimeoutError, *TRANSIENT_ERRORS):
                self._pool.terminate()
            log.info("worker %s stopped", self.worker_id)

    async def _create_pool(self) -> asyncpg.Pool | None:
        """The pool, once the database answers (a worker may start before it)."""
        backoff = db.Backoff(first=0.5, cap=30.0)
        while not self._stopping.is_set():
            pool = None
            try:
                pool = await db.create_pool(
                    self._url,
                    role=self.settings.worker_role,
                    # No floor: asyncpg restores one in the background, with a traceback
                    # per failed try while the database restarts; connections open on use.
                    min_size=0,
                    max_size=min(self.concurrency, 8) + 3,
                    # Every call here is one SQL function call: no session state to reset.
                    reset=False,
                    pooled=self.settings.database_pooling == "transaction",
                )
                await pool.fetchval("SELECT 1")
                return pool
            except TRANSIENT_ERRORS as exc:
                if pool is not None:
                    pool.terminate()
                delay = backoff.next_delay()
                log.warning("cannot connect (%s); retrying in %.1fs", describe(exc), delay)
                await first(self._stopping, timeout=delay)
        return None

    # -- claiming ------------------------------------------------------------------

    async def _claim_loop(self) -> None:
        lease = self.settings.lease_seconds
        backoff = db.Backoff(first=0.5, cap=10.0)
        while not self._stopping.is_set():
            free = self.concurrency - len(self._slots)
            if free <= 0:
                await first(self._slot_freed, self._stopping)
                self._slot_freed.clear()
                # Slots that finish together (one report batch) free theirs in this turn.
                await asyncio.sleep(0)
                continue
            self._wake.clear()
            try:
                claimed = await self._db_once(runs.claim_tasks, self.worker_id, free, lease)
                due = None
                if len(claimed) < free:
                    due = await self._db_once(runs.next_task_due)
                    if due is not None and due <= 0:
                        # A lease ran out that no claim takes: its last attempt was
                        # abandoned. Fail it now rather than wait for the sweep's timer.
                        await self._db_once(runs.fail_abandoned_tasks)
            except Exception as exc:
                # Waited out, never fatal: a worker outlives any database restart.
                delay = backoff.next_delay()
                log.warning(
                    "cannot claim tasks (%s); retrying in %.1fs",
                    describe(exc),
                    delay,
                    exc_info=not isinstance(exc, TRANSIENT_ERRORS),
                )
                await first(self._stopping, timeout=delay)
                continue
            backoff.reset()
            for task in claimed:
                self._start(task)
            if len(claimed) < free:
                # Nothing more is ready: sleep until told, until something falls due, or poll.
                timeout = self.settings.poll_seconds
                if due is not None:
                    timeout = min(max(due, MIN_WAIT_SECONDS), timeout)
                await first(self._wake, self._stopping, timeout=timeout)

    def _start(self, task: ClaimedTask) -> None:
        slot = _Slot(task, time.monotonic())
        self._slots[task.task_id] = slot
        slot.job = asyncio.create_task(self._run_slot(slot))

    async def _run_slot(self, slot: _Slot) -> None:
        try:
            await self._process(slot)
        except asyncio.CancelledError:
            raise
        except Exception:
            # A bug, not the extractor's failure: the lease expires and the task is retried.
            log.exception("task %s: unexpected error in the worker", slot.task.task_id)
        finally:
            self._slots.pop(slot.task.task_id, None)
            self._slot_freed.set()

    # -- one task ------------------------------------------------------------------

    async def _process(self, slot: _Slot) -> None:
        try:
            result = await self._attempt(slot.task)
        except NotFound:
            self._log(slot, "lost", error="the file is gone (its sheet was deleted)")
            return
        if slot.lost:
            self._log(slot, "lost", error="the lease was taken over or the run ended")
            return
        slot.reporting = True
        if isinstance(result, _Retry):
            await self._retry(slot, result.error, retry_delay(self.settings, slot.task.attempt))
            return
        try:
            completion = await self._report(result)
        except Exception as exc:
            # The outcome itself was refused (a bug somewhere): try again, then fail.
            error = _truncate(f"the outcome could not be recorded: {describe(exc)}")
            await self._retry(slot, error, 0.0)
            return
        outcome = completion.outcome.value if completion else "unknown_task"
        self._log(slot, outcome, error=result.error, rows=len(result.rows))

    async def _retry(self, slot: _Slot, error: str, delay: float) -> None:
        task = slot.task
        completion = await self._db(runs.retry_task, task.task_id, task.attempt, error, delay)
        if completion is None:
            self._log(slot, "retrying", error=error, retry_in_s=round(delay, 3))
        else:  # that was the last attempt (failed), or a late report
            self._log(slot, completion.outcome.value, error=error)

    async def _attempt(self, task: ClaimedTask) -> TaskReport | _Retry:
        """Read and extract the file: rows, an error that fails the task, or a retry."""
        data = task.data
        if data is None:  # a large file, one in a blob store, or one whose bytes are damaged
            try:
                data = await self._read_file(task.file_id)
            except FileUnreadable as exc:
                return TaskReport(task.task_id, task.attempt, error=str(exc))
        fields = await self._template_fields(task.run_id)
        try:
            rows = await self.extraction.extract(
                data, filename=task.file_name, content_type=task.content_type, fields=fields
            )
        except ExtractionError as exc:
            message = str(exc).strip() or "the extractor cannot read this file"
            return TaskReport(task.task_id, task.attempt, error=_truncate(message))
        except ExtractionFailed as exc:
            return _Retry(_truncate(str(exc)))
        return TaskReport(task.task_id, task.attempt, rows=rows)

    async def _read_file(self, file_id: uuid.UUID) -> bytes:
        """The file's bytes from wherever they are, checked against its size and sha256
        (from the store it moved to when `blobs migrate` switched it meanwhile)."""
        stored = await self._db(runs.stored_file, file_id)

        async def where_now() -> str | None:
            try:
                return (await self._db(runs.stored_file, file_id))["storage"]
            except NotFound:
                return None

        return await read_file(
            str(file_id),
            stored["size_bytes"],
            stored["sha256"],
            stored["storage"],
            where_now,
            # file_chunks: read_file_bytes checks them in SQL
            lambda: self._db(runs.read_file_bytes, file_id),
            self.blobs,
        )

    async def _template_fields(self, run_id: uuid.UUID) -> list[TemplateField]:
        fields = self._fields.get(run_id)
        if fields is None:
            records = await self._db(runs.run_template_fields, run_id)
            fields = [
                TemplateField(r["field_name"], r["data_type"], r["prompt"], r["display_order"])
                for r in records
            ]
            if len(self._fields) >= 256:
                del self._fields[next(iter(self._fields))]
            self._fields[run_id] = fields
        return fields

    # -- reporting -----------------------------------------------------------------

    async def _report(self, report: TaskReport) -> Completion | None:
        future: asyncio.Future[Completion | None] = asyncio.get_running_loop().create_future()
        self._reports.append((report, future))
        self._reports_waiting.set()
        if len(self._reports) >= len(self._slots):
            self._reports_all_in.set()
        return await future

    async def _report_loop(self) -> None:
        """Write the outcomes waiting at each turn in one transaction."""
        while True:
            await self._reports_waiting.wait()
            # Group commit: wait for the other slots' outcomes, but never long.
            self._reports_all_in.clear()
            if len(self._reports) < len(self._slots):
                await first(self._reports_all_in, timeout=REPORT_LINGER_SECONDS)
            batch = self._reports[:MAX_REPORT_BATCH]
            del self._reports[:MAX_REPORT_BATCH]
            if not self._reports:
                self._reports_waiting.clear()
            reports = [r for r, _ in batch]
            try:
                done = await self._report_and_replace(reports)
            except Exception:
                # One bad report must not sink the others: write them one by one.
                for report, future in batch:
                    try:
                        one = await self._db(runs.increment_task_completions, [report])
                        _settle(future, one.get(report.task_id))
                    except Exception as exc:
                        _settle(future, exc)
                continue
            for report, future in batch:
                _settle(future, done.get(report.task_id))

    async def _report_and_replace(self, reports: list[TaskReport]) -> dict:
        """Write the outcomes and, in the same commit, claim tasks for the slots they free."""
        # The reported tasks still hold their slots until their futures settle.
        free = self.concurrency - len(self._slots) + len(reports)
        wanted = 0 if self._stopping.is_set() else max(0, min(len(reports), free))
        if not wanted:
            return await self._db(runs.increment_task_completions, reports)
        # Not repeated on failure (a claim is not safe to repeat): the caller falls back
        # to reporting alone, and the claim loop fills the slots.
        done, claimed = await self._db_once(
            runs.report_and_claim, reports, self.worker_id, wanted, self.settings.lease_seconds
        )
        for task in claimed:
            self._start(task)
        return done

    async def _heartbeat(self) -> None:
        lease = self.settings.lease_seconds
        while True:
            await asyncio.sleep(lease / 3)
            await self._sweep()
            held = [(s.task.task_id, s.task.attempt) for s in self._slots.values() if not s.lost]
            if not held:
                continue
            try:
                still_held = await self._db_once(runs.renew_leases, self.worker_id, held, lease)
            except Exception as exc:  # the heartbeat must outlive anything: try next time
                log.warning(
                    "cannot renew %d lease(s): %s",
                    len(held),
                    describe(exc),
                    exc_info=not isinstance(exc, TRANSIENT_ERRORS),
                )
                continue
            for task_id, attempt in held:
                slot = self._slots.get(task_id)
                if (
                    task_id not in still_held
                    and slot is not None
                    and slot.task.attempt == attempt
                    and not slot.reporting
                ):
                    # Whatever it extracts now counts for nothing: stop it, and free
                    # its extraction process for work that counts.
                    slot.lost = True
                    self._log(slot, "lost", error="the lease was taken over or the run ended")
                    if slot.job is not None:
                        slot.job.cancel()

    async def _sweep(self) -> None:
        """Fail the tasks abandoned on their last attempt, so that their runs end (every
        worker does it on the heartbeat's timer; claims no longer do)."""
        try:
            await self._db_once(runs.fail_abandoned_tasks)
        except Exception as exc:
            log.warning(
                "cannot sweep abandoned tasks: %s",
                describe(exc),
                exc_info=not isinstance(exc, TRANSIENT_ERRORS),
            )

    async def _blob_deletion_loop(self) -> None:
        """Delete the blobs of deleted files (storage/outbox.py): when told, and at the
        latest every poll_seconds (retries fall due without a notification)."""
        while True:
            await first(self._blobs_to_delete, timeout=self.settings.poll_seconds)
            self._blobs_to_delete.clear()
            try:
                await outbox.delete_due_blobs(self._pool, self.blobs, self.settings.lease_seconds)
            except Exception as exc:
                log.warning(
                    "cannot delete blobs: %s",
                    describe(exc),
                    exc_info=not isinstance(exc, TRANSIENT_ERRORS),
                )

    # -- shutdown ------------------------------------------------------------------

    async def _drain(self) -> None:
        jobs = [s.job for s in self._slots.values() if s.job]
        if jobs:
            log.info(
                "waiting up to %.1fs for %d running task(s)",
                self.settings.shutdown_timeout,
                len(jobs),
            )
            await asyncio.wait(jobs, timeout=self.settings.shutdown_timeout)
        unfinished = [s for s in self._slots.values() if not s.reporting]
        for slot in unfinished:
            slot.job.cancel()
        held = [(s.task.task_id, s.task.attempt) for s in unfinished if not s.lost]
        released: set[uuid.UUID] = set()
        if held:
            try:
                released = await asyncio.wait_for(self._db_once(runs.release_tasks, held), 10)
            except (TimeoutError, *TRANSIENT_ERRORS) as exc:
                log.warning("cannot release %d task(s) (%s): their leases expire", len(held), exc)
        for slot in unfinished:
            if slot.lost:
                continue  # said when it was found lost
            released_now = slot.task.task_id in released
            self._log(slot, "released" if released_now else "abandoned")
        writing = [s.job for s in self._slots.values() if s.reporting and s.job]
        if writing:
            await asyncio.wait(writing, timeout=max(10.0, self.settings.lease_seconds))

    # -- the database --------------------------------------------------------------

    async def _db_once(self, fn: Callable[..., Any], *args: Any) -> Any:
        async with db.acquire(self._pool) as conn:
            return await fn(conn, *args)

    async def _db(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Call through connection trouble; every call made this way is safe to repeat
        (claims are not, and go through _db_once)."""
        backoff = db.Backoff(first=0.2, cap=5.0)
        while True:
            try:
                return await self._db_once(fn, *args)
            except TRANSIENT_ERRORS as exc:
                delay = backoff.next_delay()
                log.warning("database unavailable (%s); retrying in %.1fs", describe(exc), delay)
                await asyncio.sleep(delay)

    async def _listen(self) -> None:
        """LISTEN on a connection of its own (listen.py): new tasks wake the claim loop,
        blobs to delete the deletion loop."""
        await listen_forever(
            self._listen_url,
            role=self.settings.worker_role,
            application_name=WORKER_APPLICATION_NAME + self.worker_id,
            wakes={TASKS_CHANNEL: self._wake, outbox.CHANNEL: self._blobs_to_delete},
        )

    # -- logging -------------------------------------------------------------------

    def _log(self, slot: _Slot, outcome: str, *, error: str | None = None, **extra: Any) -> None:
        """One structured line per task outcome (key=value; strings quoted as JSON)."""
        seconds = time.monotonic() - slot.started
        metrics.observe_task(outcome, seconds)
        fields: dict[str, Any] = {
            "task": slot.task.task_id,
            "run": slot.task.run_id,
            "attempt": slot.task.attempt,
            "duration_ms": round(seconds * 1000),
            "outcome": outcome,
            **extra,
            "error": error,
        }
        level = logging.INFO if outcome == "completed" else logging.WARNING
        log.log(level, "task_outcome %s", " ".join(f"{k}={_value(v)}" for k, v in fields.items()))


# -- helpers -----------------------------------------------------------------------


def _settle(future: asyncio.Future, outcome: Any) -> None:
    if future.done():
        return
    if isinstance(outcome, BaseException):
        future.set_exception(outcome)
    else:
        future.set_result(outcome)


def _truncate(text: str) -> str:
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"


def _value(value: Any) -> str:
    if value is None:
        return "-"
    text = str(value)
    if not text or any(c in text for c in ' "=\n\t\\'):
        return json.dumps(text, ensure_ascii=False)
    return text


def in_process_workers(database_url: str, settings: Settings, concurrency: int):
    """A lifespan for the web app that runs `concurrency` worker slots beside it (none
    for 0) and shuts them down gracefully with the app. Files are extracted in the
    worker's extraction processes, never in the app's. The extractor is checked now,
    so a bad CPE_RUNS_EXTRACTOR stops `serve` before it starts (ValueError)."""
    worker = Worker(database_url, settings, concurrency=concurrency) if concurrency > 0 else None

    @asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        if worker is None:
            yield
            return
        job = asyncio.create_task(worker.run())
        job.add_done_callback(_log_crash)
        app.state.worker = worker
        # The app's start ends with its URL: let the workers say they are up first.
        up = asyncio.create_task(worker.started.wait())
        await asyncio.wait({job, up}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
        up.cancel()
        try:
            yield
        finally:
            worker.stop()
            await asyncio.gather(job, return_exceptions=True)

    return lifespan


def _log_crash(job: asyncio.Task) -> None:
    if not job.cancelled() and job.exception() is not None:
        log.error("the in-process worker stopped", exc_info=job.exception())
