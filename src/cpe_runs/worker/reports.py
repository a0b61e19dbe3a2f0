"""The report loop: group commit of outcomes.

Outcomes wait in one queue; at each turn the loop writes every outcome waiting
(up to MAX_REPORT_BATCH) in one transaction, and in the same transaction claims
the tasks that refill this worker's slots and its claim-ahead buffer
(runs.report_and_claim). The first outcome of a turn waits at most
REPORT_LINGER_SECONDS for the outcomes of the tasks still running (none when nothing
else runs, or once FLUSH_OUTCOMES wait; REPORT_LINGER_BUSY_SECONDS while tasks claimed
ahead wait, since no slot then waits for the claims); while a transaction is under way the next
outcomes gather for the next one. So one commit carries many outcomes and their
replacements at any concurrency. What the database said of each outcome goes to
`reported`, a callback: no future per task.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from .. import runs
from ..runs import ClaimedTask, Completion, TaskReport
from .calls import Database
from .listen import first
from .slots import Slot, Slots

log = logging.getLogger("cpe_runs.worker")

MAX_REPORT_BATCH = 500
# Group commit: the first outcome waits at most this long for the outcomes of the
# tasks still running, so that they, and the claims of their replacements, share one
# transaction; not at all when nothing else runs (a lone task reports at once), nor
# once FLUSH_OUTCOMES wait.
REPORT_LINGER_SECONDS = 0.005
# ... and this long while tasks claimed ahead wait for the extraction processes.
REPORT_LINGER_BUSY_SECONDS = 0.02
FLUSH_OUTCOMES = 64


class Reporter:
    def __init__(
        self,
        slots: Slots,
        database: Database,
        *,
        worker_id: str,
        lease_seconds: float,
        stopping: asyncio.Event,
        claimed: Callable[[list[ClaimedTask]], None],
    ) -> None:
        self.slots = slots
        self.db = database
        self.worker_id = worker_id
        self.lease_seconds = lease_seconds
        self.stopping = stopping
        self.claimed = claimed
        # What the database said of each outcome (or why it could not be written) is
        # handed to this callback, set by the task runner (tasks.py).
        self.reported: Callable[[Slot, TaskReport, Completion | BaseException | None], None] = (
            lambda slot, report, completion: None
        )
        self._queue: list[tuple[Slot, TaskReport]] = []
        self._waiting = asyncio.Event()
        # Set when every running task's outcome waits to be written: no reason to linger.
        self._all_in = asyncio.Event()

    def add(self, slot: Slot, report: TaskReport) -> None:
        """Write one outcome with the others of its turn."""
        self._queue.append((slot, report))
        self._waiting.set()
        if self.slots.running == 0 or len(self._queue) >= FLUSH_OUTCOMES:
            self._all_in.set()

    async def loop(self) -> None:
        while True:
            await self._waiting.wait()
            self._all_in.clear()
            if self.slots.running and len(self._queue) < FLUSH_OUTCOMES:
                # Longer while tasks wait for the extraction processes: no slot idles for
                # the claims this transaction brings, and a bigger transaction costs the
                # database less per outcome (the claim's cost is mostly per call).
                linger = REPORT_LINGER_BUSY_SECONDS if self.slots.waiting else REPORT_LINGER_SECONDS
                await first(self._all_in, timeout=linger)
            batch = self._queue[:MAX_REPORT_BATCH]
            del self._queue[:MAX_REPORT_BATCH]
            if not self._queue:
                self._waiting.clear()
            try:
                done = await self._report_and_claim([report for _, report in batch])
            except Exception:
                # One bad report must not sink the others: write them one by one.
                for slot, report in batch:
                    try:
                        one = await self.db.retrying(runs.increment_task_completions, [report])
                        self._settle(slot, report, one.get(report.task_id))
                    except Exception as exc:
                        self._settle(slot, report, exc)
                continue
            for slot, report in batch:
                self._settle(slot, report, done.get(report.task_id))

    def _settle(
        self, slot: Slot, report: TaskReport, completion: Completion | BaseException | None
    ) -> None:
        try:
            self.reported(slot, report, completion)
        except Exception:
            log.exception("task %s: unexpected error in the worker", report.task_id)

    async def _report_and_claim(self, reports: list[TaskReport]) -> dict:
        """Write the outcomes and, in the same commit, claim what refills the slots and
        the buffer (the reported tasks are still held until their futures settle)."""
        wanted = 0 if self.stopping.is_set() else self.slots.wanted(finishing=len(reports))
        if not wanted:
            return await self.db.retrying(runs.increment_task_completions, reports)
        # Not repeated on failure (a claim is not safe to repeat): the caller falls back
        # to reporting alone, and the claim loop fills the slots.
        done, claimed = await self.db.once(
            runs.report_and_claim, reports, self.worker_id, wanted, self.lease_seconds
        )
        self.claimed(claimed)
        return done
