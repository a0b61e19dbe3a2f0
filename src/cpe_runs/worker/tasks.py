"""One task, from its start to its outcome: its file, with the template's fields,
goes to the extraction processes (pool.py) in a batch with the others ready then;
its outcome goes to the reporter (reports.py), or its attempt is requeued for a
retry. It decides nothing the database decides: whether an outcome counts is
increment_task_completion's to say.

A task whose bytes came with its claim and whose run's fields are known goes to a
batch as it is, with no coroutine of its own; one whose bytes must be read first (a
large file, one in a blob store, one whose bytes are damaged) is prepared by a
coroutine, then submitted."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Coroutine
from typing import Any

from .. import runs
from ..config import Settings
from ..db import jittered
from ..errors import FileUnreadable, NotFound
from ..extraction import ExtractionError, TemplateField
from ..runs import Completion, TaskReport
from ..storage.blobs import BlobStores
from ..storage.reading import read_file
from .calls import Database, describe
from .pool import MAX_BATCH_BYTES, ExtractionPool, Job, Outcome
from .reports import Reporter
from .slots import Slot, Slots

log = logging.getLogger("cpe_runs.worker")

MAX_RETRY_DELAY_SECONDS = 300.0
MAX_ERROR_CHARS = 2000
TEMPLATE_CACHE_RUNS = 256


def retry_delay(settings: Settings, attempt: int) -> float:
    """Exponential backoff with jitter: up to base, 2 x base, 4 x base, ... after
    attempts 1, 2, 3, ..., each from its upper half, so that the tasks of a batch that
    failed together (a provider down, a database restart) do not all retry at once."""
    return jittered(min(settings.retry_base_seconds * 2 ** (attempt - 1), MAX_RETRY_DELAY_SECONDS))


class TaskRunner:
    """Hands waiting tasks to the extraction processes and carries each to its outcome."""

    def __init__(
        self,
        settings: Settings,
        slots: Slots,
        database: Database,
        extraction: ExtractionPool,
        blobs: BlobStores,
        reporter: Reporter,
        *,
        stopping: asyncio.Event,
    ) -> None:
        self.settings = settings
        self.slots = slots
        self.db = database
        self.extraction = extraction
        self.blobs = blobs
        self.reporter = reporter
        self.stopping = stopping
        reporter.reported = self._reported
        # run id -> (the key its fields go by in a batch, the fields)
        self._fields: dict[uuid.UUID, tuple[str, list[TemplateField]]] = {}
        self._reading_fields: dict[uuid.UUID, asyncio.Future] = {}
        self._background: set[asyncio.Task] = set()

    async def start(self) -> None:
        """Start the extraction processes, which take their batches from here."""
        await self.extraction.start(self._take, self._available, self._extracted)

    def start_waiting(self) -> None:
        """Tasks are waiting: idle extraction processes take them."""
        self.extraction.wake()

    def stop(self, slot: Slot) -> None:
        """Stop what carries the task now (its lease was lost, or the worker stops)."""
        job = slot.job
        if isinstance(job, asyncio.Task):
            job.cancel()
        elif isinstance(job, Job):
            self.extraction.stop(job)

    async def settled(self) -> None:
        """Wait for the retries and reports under way (the worker stops)."""
        while self._background:
            await asyncio.gather(*list(self._background), return_exceptions=True)

    # -- into the extraction processes -----------------------------------------------

    def _available(self) -> int:
        return 0 if self.stopping.is_set() else len(self.slots.waiting)

    def _take(self, limit: int) -> list[Job]:
        """Up to `limit` waiting tasks for a batch, oldest claim first (at most
        MAX_BATCH_BYTES of files, the first aside); those whose bytes must be read
        first are prepared apart and submitted when they are ready."""
        jobs: list[Job] = []
        size = 0
        prepared = 0  # they count: their bytes are read now, for this batch's place
        if self.stopping.is_set():
            return jobs  # a stopping worker starts nothing more
        while len(jobs) + prepared < limit and size < MAX_BATCH_BYTES:
            slot = self.slots.start_next()
            if slot is None:
                break
            task = slot.task
            known = self._fields.get(task.run_id)
            if task.data is None or known is None:
                self._spawn(slot, self._prepare(slot))
                prepared += 1
                continue
            job = Job(task.data, task.file_name, task.content_type, known[1], known[0], slot)
            slot.job = job
            jobs.append(job)
            size += len(task.data)
        return jobs

    async def _prepare(self, slot: Slot) -> None:
        task = slot.task
        try:
            data = task.data
            if data is None:  # a large file, one in a blob store, or one whose bytes are damaged
                try:
                    data = await self._read_file(task.file_id)
                except FileUnreadable as exc:
                    self.slots.extracted(slot)
                    self._report(slot, TaskReport(task.task_id, task.attempt, error=str(exc)))
                    return
            key, fields = await self._template_fields(task.run_id)
        except NotFound:
            slot.log("lost", error="the file is gone (its sheet was deleted)")
            self.slots.finish(slot)
            return
        except asyncio.CancelledError:
            self.slots.finish(slot)
            raise
        except Exception:
            # A bug, not the extractor's failure: the lease expires and the task is retried.
            log.exception("task %s: unexpected error in the worker", task.task_id)
            self.slots.finish(slot)
            return
        job = Job(data, task.file_name, task.content_type, fields, key, slot)
        slot.job = job
        self.extraction.submit(job)

    def _extracted(self, job: Job, outcome: Outcome) -> None:
        """A file's outcome, from its extraction process."""
        slot: Slot = job.owner
        slot.job = None
        if slot.lost:
            self.slots.finish(slot)  # said when it was found lost
            return
        # Its outcome is written with the others of its turn; it stays held till then.
        self.slots.extracted(slot)
        task = slot.task
        if isinstance(outcome, list):
            self._report(slot, TaskReport(task.task_id, task.attempt, rows=outcome))
        elif isinstance(outcome, ExtractionError):
            message = str(outcome).strip() or "the extractor cannot read this file"
            self._report(slot, TaskReport(task.task_id, task.attempt, error=truncate(message)))
        else:
            delay = retry_delay(self.settings, task.attempt)
            self._spawn(slot, self._retry(slot, truncate(str(outcome)), delay))

    # -- out to the database -----------------------------------------------------------

    def _report(self, slot: Slot, report: TaskReport) -> None:
        self.reporter.add(slot, report)

    def _reported(
        self, slot: Slot, report: TaskReport, completion: Completion | BaseException | None
    ) -> None:
        """What the database said of an outcome."""
        if isinstance(completion, BaseException):
            # The outcome itself was refused (a bug somewhere): try again, then fail.
            error = truncate(f"the outcome could not be recorded: {describe(completion)}")
            self._spawn(slot, self._retry(slot, error, 0.0))
            return
        outcome = completion.outcome.value if completion else "unknown_task"
        slot.log(outcome, error=report.error, rows=len(report.rows))
        self.slots.finish(slot)

    async def _retry(self, slot: Slot, error: str, delay: float) -> None:
        task = slot.task
        try:
            completion = await self.db.retrying(
                runs.retry_task, task.task_id, task.attempt, error, delay
            )
            if completion is None:
                slot.log("retrying", error=error, retry_in_s=round(delay, 3))
            else:  # that was the last attempt (failed), or a late report
                slot.log(completion.outcome.value, error=error)
        except asyncio.CancelledError:
            raise
        except Exception:
            # A bug, not the extractor's failure: the lease expires and the task is retried.
            log.exception("task %s: unexpected error in the worker", task.task_id)
        finally:
            self.slots.finish(slot)

    def _spawn(self, slot: Slot, work: Coroutine[Any, Any, None]) -> None:
        job = asyncio.create_task(work)
        slot.job = job
        self._background.add(job)
        job.add_done_callback(self._background.discard)

    async def _read_file(self, file_id: uuid.UUID) -> bytes:
        """The file's bytes from wherever they are, checked against its size and sha256
        (from the store it moved to when `blobs migrate` switched it meanwhile)."""
        stored = await self.db.retrying(runs.stored_file, file_id)

        async def where_now() -> str | None:
            try:
                return (await self.db.retrying(runs.stored_file, file_id))["storage"]
            except NotFound:
                return None

        return await read_file(
            str(file_id),
            stored["size_bytes"],
            stored["sha256"],
            stored["storage"],
            where_now,
            # file_chunks: read_file_bytes checks them in SQL
            lambda: self.db.retrying(runs.read_file_bytes, file_id),
            self.blobs,
        )

    async def _template_fields(self, run_id: uuid.UUID) -> tuple[str, list[TemplateField]]:
        """The run's fields, read once however many of its tasks ask at the same time
        (a new run's first batch asks for each of its files)."""
        known = self._fields.get(run_id)
        if known is not None:
            return known
        reading = self._reading_fields.get(run_id)
        if reading is None:
            reading = asyncio.ensure_future(self._read_template_fields(run_id))
            self._reading_fields[run_id] = reading
            reading.add_done_callback(lambda _: self._reading_fields.pop(run_id, None))
        # Shielded: one task cancelled (its lease lost) does not stop the others' read.
        return await asyncio.shield(reading)

    async def _read_template_fields(self, run_id: uuid.UUID) -> tuple[str, list[TemplateField]]:
        records = await self.db.retrying(runs.run_template_fields, run_id)
        fields = [
            TemplateField(r["field_name"], r["data_type"], r["prompt"], r["display_order"])
            for r in records
        ]
        if len(self._fields) >= TEMPLATE_CACHE_RUNS:
            del self._fields[next(iter(self._fields))]
        known = self._fields[run_id] = (str(run_id), fields)
        return known


def truncate(text: str) -> str:
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"
