"""The claim loop: claims tasks when slots have nothing to start.

In steady work the report loop refills the slots and the buffer in its own
transactions (reports.py); this loop claims at the start, after a lull and when
slots free with nothing waiting. It wakes on NOTIFY cpe_runs_tasks (listen.py), on
a freed slot, when the next delayed retry or lease falls due, and at the latest
every poll_seconds: never a busy loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from .. import db, runs
from ..config import Settings
from ..runs import ClaimedTask
from .calls import TRANSIENT_ERRORS, Database, describe
from .listen import first
from .slots import Slots

log = logging.getLogger("cpe_runs.worker")

# An idle worker never sleeps less than this, even when something is due right now
# (another worker is claiming it), so contention never turns into a busy loop.
MIN_WAIT_SECONDS = 0.05


class Claimer:
    def __init__(
        self,
        settings: Settings,
        slots: Slots,
        database: Database,
        *,
        worker_id: str,
        stopping: asyncio.Event,
        claimed: Callable[[list[ClaimedTask]], None],
    ) -> None:
        self.settings = settings
        self.slots = slots
        self.db = database
        self.worker_id = worker_id
        self.stopping = stopping
        self.claimed = claimed
        # Set by NOTIFY cpe_runs_tasks.
        self.wake = asyncio.Event()

    async def loop(self) -> None:
        """Until stop(): claim whenever a slot has nothing to start."""
        backoff = db.Backoff(first=0.5, cap=10.0)
        while not self.stopping.is_set():
            if not self.slots.idle_slots():
                await first(self.slots.freed, self.stopping)
                self.slots.freed.clear()
                # Slots that finish together (one report batch) free theirs in this turn.
                await asyncio.sleep(0)
                continue
            self.wake.clear()
            wanted = self.slots.wanted()
            try:
                claimed, due = await self._claim(wanted)
            except Exception as exc:
                # Waited out, never fatal: a worker outlives any database restart.
                delay = backoff.next_delay()
                log.warning(
                    "cannot claim tasks (%s); retrying in %.1fs",
                    describe(exc),
                    delay,
                    exc_info=not isinstance(exc, TRANSIENT_ERRORS),
                )
                await first(self.stopping, timeout=delay)
                continue
            backoff.reset()
            self.claimed(claimed)
            if len(claimed) < wanted:
                # Nothing more is ready: sleep until told, until something falls due, or poll.
                timeout = self.settings.poll_seconds
                if due is not None:
                    timeout = min(max(due, MIN_WAIT_SECONDS), timeout)
                await first(self.wake, self.stopping, timeout=timeout)

    async def _claim(self, wanted: int) -> tuple[list[ClaimedTask], float | None]:
        claimed = await self.db.once(
            runs.claim_tasks,
            self.worker_id,
            wanted,
            self.settings.lease_seconds,
            self.slots.inline_bytes(),
        )
        due = None
        if len(claimed) < wanted:
            due = await self.db.once(runs.next_task_due)
            if due is not None and due <= 0:
                # A lease ran out that no claim takes: its last attempt was abandoned.
                # Fail it now rather than wait for the sweep's timer.
                await self.db.once(runs.fail_abandoned_tasks)
        return claimed, due
