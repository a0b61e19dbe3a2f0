"""The worker: `concurrency` extraction slots against one database; run() until stop().

It holds no SQL and no rule (claims, leases, retries and reports are SQL functions
in sql/0004_workers.sql, 0008_fair_claims.sql, 0016_hot_path.sql and
0019_throughput.sql, called through cpe_runs.runs), and each of its loops lives in a
module of its own; this one wires them together and shuts them down:

- claims.py: the claim loop, for slots with nothing to start;
- reports.py: the report loop, writing the outcomes waiting at each turn in one
  transaction that also claims their replacements and the claim-ahead buffer;
- tasks.py: waiting tasks into the extraction processes (pool.py), which take them
  in batches, and each outcome on to the reporter or a retry;
- heartbeat.py: lease renewal, the abandoned-task sweep, and handing back tasks
  claimed ahead that waited too long;
- slots.py: what the worker holds (running tasks and those claimed ahead);
- listen.py: the LISTEN session that wakes the claim loop and the blob deletions.

Connection trouble is waited out, never fatal (calls.py). `stop()` (SIGTERM) stops
claiming; tasks claimed ahead are handed back at once, running extractions get
shutdown_timeout seconds to finish, and the rest are handed back (release_tasks:
the attempt does not count) and their processes killed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg

from .. import db, runs
from ..config import Settings
from ..extraction import check_extractor
from ..monitoring import WORKER_APPLICATION_NAME
from ..runs import ClaimedTask
from ..storage import outbox
from ..storage.blobs import BlobStores
from .calls import TRANSIENT_ERRORS, Database, describe, warn
from .claims import Claimer
from .heartbeat import Heartbeat
from .listen import first, listen_forever
from .pool import ExtractionPool
from .reports import Reporter
from .slots import Slot, Slots
from .tasks import TaskRunner, retry_delay

log = logging.getLogger("cpe_runs.worker")

TASKS_CHANNEL = "cpe_runs_tasks"

__all__ = ["Worker", "default_worker_id", "in_process_workers", "retry_delay"]


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


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
        self.settings = settings
        self.concurrency = concurrency
        self.worker_id = worker_id or default_worker_id()
        self.slots = Slots(
            concurrency,
            prefetch_tasks=settings.prefetch_tasks,
            prefetch_seconds=settings.prefetch_seconds,
            prefetch_bytes=settings.prefetch_bytes,
        )
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
        self.db = Database()
        self._stopping = asyncio.Event()
        self.reporter = Reporter(
            self.slots,
            self.db,
            worker_id=self.worker_id,
            lease_seconds=settings.lease_seconds,
            stopping=self._stopping,
            claimed=self._claimed,
        )
        self.claimer = Claimer(
            settings,
            self.slots,
            self.db,
            worker_id=self.worker_id,
            stopping=self._stopping,
            claimed=self._claimed,
        )
        self.runner = TaskRunner(
            settings,
            self.slots,
            self.db,
            self.extraction,
            self.blobs,
            self.reporter,
            stopping=self._stopping,
        )
        self.heartbeat = Heartbeat(
            self.slots,
            self.db,
            worker_id=self.worker_id,
            lease_seconds=settings.lease_seconds,
            stop=self.runner.stop,
        )
        self._blobs_to_delete = asyncio.Event()
        # Set once connected and claiming (serve prints its URL after that).
        self.started = asyncio.Event()

    def stop(self) -> None:
        """Stop claiming and shut down gracefully (call it from the worker's event loop)."""
        if not self._stopping.is_set():
            log.info("worker %s stopping", self.worker_id)
        self._stopping.set()

    async def run(self) -> None:
        try:
            self.db.pool = await self._create_pool()
            if self.db.pool is None:
                return  # stopped before the database answered
            await self.runner.start()
            await self._run()
        finally:
            await self.extraction.close()
            await self.blobs.close()

    def _claimed(self, tasks: list[ClaimedTask]) -> None:
        for task in tasks:
            self.slots.add(task)
        self.runner.start_waiting()

    async def _run(self) -> None:
        background = [
            asyncio.create_task(self._listen()),
            asyncio.create_task(self.heartbeat.loop()),
            asyncio.create_task(self.heartbeat.hand_back_loop()),
            asyncio.create_task(self.reporter.loop()),
            asyncio.create_task(self._blob_deletion_loop()),
        ]
        log.info(
            "worker %s started: concurrency=%d extraction_processes=%d claim_ahead<=%d",
            self.worker_id,
            self.concurrency,
            self.extraction.size,
            self.settings.prefetch_tasks,
        )
        self.started.set()
        try:
            await self.claimer.loop()
            await self._drain()
        finally:
            for job in background:
                job.cancel()
            await asyncio.gather(*background, return_exceptions=True)
            try:
                await asyncio.wait_for(self.db.pool.close(), 10)
            except (TimeoutError, *TRANSIENT_ERRORS):
                self.db.pool.terminate()
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

    async def _blob_deletion_loop(self) -> None:
        """Delete the blobs of deleted files (storage/outbox.py): when told, and at the
        latest every poll_seconds (retries fall due without a notification)."""
        while True:
            await first(self._blobs_to_delete, timeout=self.settings.poll_seconds)
            self._blobs_to_delete.clear()
            try:
                await outbox.delete_due_blobs(self.db.pool, self.blobs, self.settings.lease_seconds)
            except Exception as exc:
                warn("cannot delete blobs", exc)

    async def _listen(self) -> None:
        """LISTEN on a connection of its own (listen.py): new tasks wake the claim loop,
        blobs to delete the deletion loop."""
        await listen_forever(
            self._listen_url,
            role=self.settings.worker_role,
            application_name=WORKER_APPLICATION_NAME + self.worker_id,
            wakes={TASKS_CHANNEL: self.claimer.wake, outbox.CHANNEL: self._blobs_to_delete},
        )

    # -- shutdown ------------------------------------------------------------------

    async def _drain(self) -> None:
        waiting = self.slots.take_waiting()
        if waiting:
            await self.heartbeat.hand_back(waiting)
        if self._extracting():
            log.info(
                "waiting up to %.1fs for %d running task(s)",
                self.settings.shutdown_timeout,
                len(self._extracting()),
            )
            await self._until(lambda: not self._extracting(), self.settings.shutdown_timeout)
        unfinished = self._extracting()
        for slot in unfinished:
            if isinstance(slot.job, asyncio.Task):  # its bytes being read
                slot.job.cancel()
        # Its processes killed, no outcome comes from the pool after this.
        await self.extraction.close()
        held = [slot.key for slot in unfinished if not slot.lost]
        released: set = set()
        if held:
            try:
                released = await asyncio.wait_for(self.db.once(runs.release_tasks, held), 10)
            except (TimeoutError, *TRANSIENT_ERRORS) as exc:
                log.warning("cannot release %d task(s) (%s): their leases expire", len(held), exc)
        for slot in unfinished:
            self.slots.finish(slot)
            if slot.lost:
                continue  # said when it was found lost
            slot.log("released" if slot.task.task_id in released else "abandoned")
        # Claimed by a report's transaction under way when the stop came.
        late = self.slots.take_waiting()
        if late:
            await self.heartbeat.hand_back(late)
        writing = max(10.0, self.settings.lease_seconds)
        await self._until(lambda: not any(s.reporting for s in self.slots.held.values()), writing)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.runner.settled(), 1)

    def _extracting(self) -> list[Slot]:
        """Tasks started whose extraction is not over."""
        return [s for s in self.slots.held.values() if s.in_slot]

    @staticmethod
    async def _until(condition, timeout: float) -> bool:
        """Wait (shutdown only: a short poll) until condition() or the timeout."""
        deadline = asyncio.get_running_loop().time() + timeout
        while not condition():
            if asyncio.get_running_loop().time() >= deadline:
                return False
            await asyncio.sleep(0.01)
        return True


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
