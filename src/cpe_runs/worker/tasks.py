"""One task, from a free slot to its outcome: read the file, have it extracted in an
extraction process (pool.py), hand the outcome to the reporter (reports.py), or
requeue the attempt for a retry. It decides nothing the database decides: whether an
outcome counts is increment_task_completion's to say."""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass

from .. import runs
from ..config import Settings
from ..errors import FileUnreadable, NotFound
from ..extraction import ExtractionError, TemplateField
from ..runs import ClaimedTask, TaskReport
from ..storage.blobs import BlobStores
from ..storage.reading import read_file
from .calls import Database, describe
from .pool import ExtractionFailed, ExtractionPool
from .reports import Reporter
from .slots import Slot, Slots

log = logging.getLogger("cpe_runs.worker")

MAX_RETRY_DELAY_SECONDS = 300.0
MAX_ERROR_CHARS = 2000
TEMPLATE_CACHE_RUNS = 256


def retry_delay(settings: Settings, attempt: int) -> float:
    """Exponential backoff: base, 2 x base, 4 x base, ... after attempts 1, 2, 3, ..."""
    return min(settings.retry_base_seconds * 2 ** (attempt - 1), MAX_RETRY_DELAY_SECONDS)


@dataclass(frozen=True, slots=True)
class _Retry:
    error: str


class TaskRunner:
    """Starts waiting tasks in free slots and carries each to its outcome."""

    def __init__(
        self,
        settings: Settings,
        slots: Slots,
        database: Database,
        extraction: ExtractionPool,
        blobs: BlobStores,
        reporter: Reporter,
    ) -> None:
        self.settings = settings
        self.slots = slots
        self.db = database
        self.extraction = extraction
        self.blobs = blobs
        self.reporter = reporter
        self._fields: dict[uuid.UUID, list[TemplateField]] = {}

    def start_waiting(self) -> None:
        """Start waiting tasks in the free slots."""
        while (slot := self.slots.next_to_start()) is not None:
            slot.job = asyncio.create_task(self._run(slot))

    async def _run(self, slot: Slot) -> None:
        try:
            await self._process(slot)
        except asyncio.CancelledError:
            raise
        except Exception:
            # A bug, not the extractor's failure: the lease expires and the task is retried.
            log.exception("task %s: unexpected error in the worker", slot.task.task_id)
        finally:
            self.slots.finish(slot)
            self.start_waiting()

    async def _process(self, slot: Slot) -> None:
        try:
            result = await self._attempt(slot.task)
        except NotFound:
            slot.log("lost", error="the file is gone (its sheet was deleted)")
            return
        if slot.lost:
            slot.log("lost", error="the lease was taken over or the run ended")
            return
        # The slot takes its next task while this outcome is written.
        self.slots.extracted(slot)
        self.start_waiting()
        if isinstance(result, _Retry):
            await self._retry(slot, result.error, retry_delay(self.settings, slot.task.attempt))
            return
        try:
            completion = await self.reporter.report(result)
        except Exception as exc:
            # The outcome itself was refused (a bug somewhere): try again, then fail.
            error = truncate(f"the outcome could not be recorded: {describe(exc)}")
            await self._retry(slot, error, 0.0)
            return
        outcome = completion.outcome.value if completion else "unknown_task"
        slot.log(outcome, error=result.error, rows=len(result.rows))

    async def _retry(self, slot: Slot, error: str, delay: float) -> None:
        task = slot.task
        completion = await self.db.retrying(
            runs.retry_task, task.task_id, task.attempt, error, delay
        )
        if completion is None:
            slot.log("retrying", error=error, retry_in_s=round(delay, 3))
        else:  # that was the last attempt (failed), or a late report
            slot.log(completion.outcome.value, error=error)

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
            return TaskReport(task.task_id, task.attempt, error=truncate(message))
        except ExtractionFailed as exc:
            return _Retry(truncate(str(exc)))
        return TaskReport(task.task_id, task.attempt, rows=rows)

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

    async def _template_fields(self, run_id: uuid.UUID) -> list[TemplateField]:
        fields = self._fields.get(run_id)
        if fields is None:
            records = await self.db.retrying(runs.run_template_fields, run_id)
            fields = [
                TemplateField(r["field_name"], r["data_type"], r["prompt"], r["display_order"])
                for r in records
            ]
            if len(self._fields) >= TEMPLATE_CACHE_RUNS:
                del self._fields[next(iter(self._fields))]
            self._fields[run_id] = fields
        return fields


def truncate(text: str) -> str:
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"
