"""The heartbeat: every lease_seconds / 3 it renews the leases of every task the
worker holds (running or claimed ahead), stops the tasks it no longer holds (taken
over after an expired lease, or cancelled: their outcome would count for nothing),
sweeps the tasks abandoned on their last attempt (fail_abandoned_tasks), so that
their runs end, and folds the run counts that reports left as deltas
(fold_pending_run_counts). Beside it, tasks claimed ahead that waited too long for
a slot are handed back (release_tasks: the attempt does not count), so that
another worker may start them."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from .. import runs
from .calls import Database, warn
from .slots import PREFETCH_MAX_WAIT_SECONDS, Slot, Slots

log = logging.getLogger("cpe_runs.worker")


class Heartbeat:
    def __init__(
        self,
        slots: Slots,
        database: Database,
        *,
        worker_id: str,
        lease_seconds: float,
        stop: Callable[[Slot], None],
    ):
        self.slots = slots
        self.db = database
        self.worker_id = worker_id
        self.lease_seconds = lease_seconds
        # Stops what carries a started task (tasks.py: TaskRunner.stop).
        self.stop = stop

    async def loop(self) -> None:
        while True:
            await asyncio.sleep(self.lease_seconds / 3)
            await self.sweep()
            await self.renew()

    async def sweep(self) -> None:
        """Fail the tasks abandoned on their last attempt, and fold the run counts that
        reports left as deltas (every worker, on this timer)."""
        try:
            await self.db.once(runs.fail_abandoned_tasks)
            await self.db.once(runs.fold_pending_run_counts)
        except Exception as exc:
            warn("cannot sweep abandoned tasks", exc)

    async def renew(self) -> None:
        held = self.slots.leased()
        if not held:
            return
        try:
            still_held = await self.db.once(
                runs.renew_leases, self.worker_id, held, self.lease_seconds
            )
        except Exception as exc:  # the heartbeat must outlive anything: try next time
            warn(f"cannot renew {len(held)} lease(s)", exc)
            return
        gone: list[Slot] = []
        for task_id, attempt in held:
            slot = self.slots.held.get(task_id)
            if (
                task_id in still_held
                or slot is None
                or slot.task.attempt != attempt
                or slot.reporting
            ):
                continue
            # Whatever it extracts now counts for nothing: stop it, and free its
            # extraction process for work that counts.
            slot.lost = True
            slot.log("lost", error="the lease was taken over or the run ended")
            if slot.started is None:
                gone.append(slot)
            else:
                self.stop(slot)
        self.slots.drop(gone)

    async def hand_back_loop(self) -> None:
        """Hand back the tasks claimed ahead that waited longer than they should."""
        while True:
            await asyncio.sleep(PREFETCH_MAX_WAIT_SECONDS / 2)
            stale = self.slots.stale(PREFETCH_MAX_WAIT_SECONDS)
            if stale:
                await self.hand_back(stale)

    async def hand_back(self, waiting: list[Slot]) -> set:
        """Release tasks that never started; those that cannot be released wait again."""
        try:
            released = await self.db.once(runs.release_tasks, [s.key for s in waiting])
        except Exception as exc:
            warn(f"cannot hand back {len(waiting)} task(s) claimed ahead", exc)
            self.slots.put_back(waiting)
            return set()
        for slot in waiting:
            slot.log("released" if slot.task.task_id in released else "lost")
        self.slots.drop(waiting)
        return released
