"""The report loop: group commit of outcomes.

Outcomes wait in one queue; at each turn the loop writes every outcome waiting
(up to MAX_REPORT_BATCH) in one transaction, and in the same transaction claims
the tasks that refill this worker's slots and its claim-ahead buffer
(runs.report_and_claim). The first outcome of a turn waits at most
REPORT_LINGER_SECONDS for the other running slots' outcomes; while a transaction is
under way the next outcomes gather for the next one. So one commit carries many
outcomes and their replacements at any concurrency.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from .. import runs
from ..runs import ClaimedTask, Completion, TaskReport
from .calls import Database
from .listen import first
from .slots import Slots

log = logging.getLogger("cpe_runs.worker")

MAX_REPORT_BATCH = 500
# Group commit: the first outcome waits at most this long for the other running slots'
# outcomes, so that they, and the claims of their replacements, share one transaction.
REPORT_LINGER_SECONDS = 0.005


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
        self._queue: list[tuple[TaskReport, asyncio.Future[Completion | None]]] = []
        self._waiting = asyncio.Event()
        # Set when every running slot's outcome waits to be written: no reason to linger.
        self._all_in = asyncio.Event()

    async def report(self, report: TaskReport) -> Completion | None:
        """Write one outcome with the others of its turn; what the database said of it."""
        future: asyncio.Future[Completion | None] = asyncio.get_running_loop().create_future()
        self._queue.append((report, future))
        self._waiting.set()
        if len(self._queue) >= self.slots.running:
            self._all_in.set()
        return await future

    async def loop(self) -> None:
        while True:
            await self._waiting.wait()
            self._all_in.clear()
            if len(self._queue) < self.slots.running:
                await first(self._all_in, timeout=REPORT_LINGER_SECONDS)
            batch = self._queue[:MAX_REPORT_BATCH]
            del self._queue[:MAX_REPORT_BATCH]
            if not self._queue:
                self._waiting.clear()
            try:
                done = await self._report_and_claim([report for report, _ in batch])
            except Exception:
                # One bad report must not sink the others: write them one by one.
                for report, future in batch:
                    try:
                        one = await self.db.retrying(runs.increment_task_completions, [report])
                        _settle(future, one.get(report.task_id))
                    except Exception as exc:
                        _settle(future, exc)
                continue
            for report, future in batch:
                _settle(future, done.get(report.task_id))

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


def _settle(future: asyncio.Future, outcome: Any) -> None:
    if future.done():
        return
    if isinstance(outcome, BaseException):
        future.set_exception(outcome)
    else:
        future.set_result(outcome)
