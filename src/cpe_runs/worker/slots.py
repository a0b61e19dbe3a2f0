"""What one worker holds: every task it has claimed (under a lease it renews), the
ones running (at most `concurrency`) and the ones claimed ahead, waiting for a slot.

Claiming ahead is what lets a worker at the default concurrency batch its claims
and reports: a transaction that writes N outcomes also claims their replacements
plus a small buffer, so the extraction processes never wait for the database and
the next transaction has N outcomes again. The buffer is bounded twice: by
`prefetch_tasks`, and by time, to what this worker is expected to start within
`prefetch_seconds` at the rate it has been finishing tasks (so a worker on slow
files claims nothing ahead, and a file claimed ahead never waits long behind a
slow one while another worker could start it; fair turns stay fair). A task that
still waits after PREFETCH_MAX_WAIT_SECONDS goes back (heartbeat.py).

What the held tasks weigh is bounded too: a claim brings a file's bytes along only
when they are within the file's share of `prefetch_bytes` (every held task, running
or waiting, gets the same share), so a worker whose rate was learnt on tiny files
never holds hundreds of large ones in memory; a larger file is read when it starts.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
import uuid
from collections import deque
from dataclasses import dataclass
from typing import Any

from .. import metrics
from ..runs import INLINE_MAX_BYTES, ClaimedTask

log = logging.getLogger("cpe_runs.worker")

# A task claimed ahead that has not started after this long is handed back.
PREFETCH_MAX_WAIT_SECONDS = 1.0
# The finishing rate is measured over this many recent tasks, and this recent a past.
RATE_WINDOW_TASKS = 64
RATE_WINDOW_SECONDS = 5.0


@dataclass(eq=False)
class Slot:
    """One claimed attempt, from its claim to its outcome."""

    task: ClaimedTask
    claimed: float
    started: float | None = None
    # What carries it now: its file in the extraction processes (pool.Job), or a
    # coroutine reading its bytes, retrying it or writing its outcome (asyncio.Task).
    job: Any = None
    # The lease went to another worker, or the run ended: never report.
    lost: bool = False
    # Started: between its start and the end of its extraction.
    in_slot: bool = False
    # Extraction is over and the outcome is being written: let it finish on shutdown.
    reporting: bool = False

    @property
    def key(self) -> tuple[uuid.UUID, int]:
        return self.task.task_id, self.task.attempt

    def log(self, outcome: str, *, error: str | None = None, **extra: Any) -> None:
        """One structured line per task outcome (key=value; strings quoted as JSON)."""
        seconds = time.monotonic() - (self.started or self.claimed)
        metrics.observe_task(outcome, seconds)
        level = logging.INFO if outcome == "completed" else logging.WARNING
        if not log.isEnabledFor(level):
            return  # formatting the line costs more than the rest of a fast task's path
        fields: dict[str, Any] = {
            "task": self.task.task_id,
            "run": self.task.run_id,
            "attempt": self.task.attempt,
            "duration_ms": round(seconds * 1000),
            "outcome": outcome,
            **extra,
            "error": error,
        }
        log.log(level, "task_outcome %s", " ".join(f"{k}={_value(v)}" for k, v in fields.items()))


class Slots:
    """The tasks one worker holds; running ones and those claimed ahead."""

    def __init__(
        self,
        concurrency: int,
        *,
        prefetch_tasks: int,
        prefetch_seconds: float,
        prefetch_bytes: int = 32 * 1024 * 1024,
    ) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, got {concurrency}")
        self.concurrency = concurrency
        self.prefetch_tasks = prefetch_tasks
        self.prefetch_seconds = prefetch_seconds
        self.prefetch_bytes = prefetch_bytes
        self.held: dict[uuid.UUID, Slot] = {}
        self.waiting: deque[Slot] = deque()
        self.running = 0
        # Set whenever a task is done with (finished, lost, handed back).
        self.freed = asyncio.Event()
        self._finished: deque[float] = deque(maxlen=RATE_WINDOW_TASKS)

    def __len__(self) -> int:
        return len(self.held)

    # -- how many to claim ----------------------------------------------------------

    def rate(self) -> float:
        """Tasks per second this worker has been finishing lately (0 when unknown)."""
        now = time.monotonic()
        while self._finished and now - self._finished[0] > RATE_WINDOW_SECONDS:
            self._finished.popleft()
        # The first finishes come together (every slot started at once), so a rate
        # read off them is any number: trust it only past two rounds of the slots.
        if len(self._finished) <= 2 * self.concurrency:
            return 0.0
        span = now - self._finished[0]
        return (len(self._finished) - 1) / span if span > 0 else 0.0

    def ahead(self) -> int:
        """How many tasks to hold beyond the slots: what this worker would start within
        prefetch_seconds at its recent rate, at most prefetch_tasks."""
        if self.prefetch_tasks == 0:
            return 0
        return min(self.prefetch_tasks, math.floor(self.rate() * self.prefetch_seconds))

    def inline_bytes(self) -> int:
        """The largest file whose bytes a claim brings along: each task this worker can
        hold gets an equal share of prefetch_bytes (at most INLINE_MAX_BYTES), so the
        bytes held in all stay within it however many tasks are claimed ahead."""
        share = self.prefetch_bytes // (self.concurrency + self.prefetch_tasks)
        return min(INLINE_MAX_BYTES, share)

    def wanted(self, finishing: int = 0) -> int:
        """Tasks to claim now so that the slots and the buffer are full, counting
        `finishing` held tasks as already done (their outcomes are being written)."""
        return max(0, self.concurrency + self.ahead() - (len(self.held) - finishing))

    def idle_slots(self) -> int:
        """Slots with no task to start: the claim loop claims when there are any."""
        return max(0, self.concurrency - len(self.held))

    # -- the tasks ------------------------------------------------------------------

    def add(self, task: ClaimedTask) -> Slot:
        slot = Slot(task, time.monotonic())
        self.held[task.task_id] = slot
        self.waiting.append(slot)
        return slot

    def next_to_start(self) -> Slot | None:
        """A waiting task for a free slot, oldest claim first; None when none."""
        if self.running >= self.concurrency:
            return None
        return self.start_next()

    def start_next(self) -> Slot | None:
        """The oldest waiting task, started whatever runs: for a batch of fast files,
        which the extraction processes bound (pool.py); None when none waits."""
        if not self.waiting:
            return None
        slot = self.waiting.popleft()
        slot.started = time.monotonic()
        slot.in_slot = True
        self.running += 1
        return slot

    def extracted(self, slot: Slot) -> None:
        """The task's extraction is over: its slot takes the next task while its outcome
        is written (it is still held, under its lease, until then). So the outcomes of
        the tasks that ran meanwhile wait together for the next transaction."""
        slot.reporting = True
        if slot.in_slot:
            slot.in_slot = False
            self.running -= 1
            self._finished.append(time.monotonic())

    def finish(self, slot: Slot) -> None:
        """A task is done with (reported, lost or failed in the worker)."""
        if self.held.get(slot.task.task_id) is slot:
            del self.held[slot.task.task_id]
        if slot.in_slot:
            slot.in_slot = False
            self.running -= 1
        self.freed.set()

    def stale(self, max_wait: float) -> list[Slot]:
        """Take out the tasks claimed ahead more than max_wait seconds ago. The first
        waiting tasks, as many as slots are free, are not ahead: they are in their
        slots, waiting for an extraction process."""
        now = time.monotonic()
        in_slots = max(0, self.concurrency - self.running)
        taken = [
            slot
            for n, slot in enumerate(self.waiting)
            if n >= in_slots and now - slot.claimed > max_wait
        ]
        for slot in taken:
            self.waiting.remove(slot)
        return taken

    def take_waiting(self) -> list[Slot]:
        """Take out every waiting task (shutdown)."""
        taken = list(self.waiting)
        self.waiting.clear()
        return taken

    def put_back(self, slots: list[Slot]) -> None:
        """Waiting tasks that could not be handed back wait again, first in line."""
        self.waiting.extendleft(reversed(slots))

    def drop(self, slots: list[Slot]) -> None:
        """Waiting tasks handed back (or lost) before they started."""
        for slot in slots:
            if self.held.get(slot.task.task_id) is slot:
                del self.held[slot.task.task_id]
            if slot in self.waiting:
                self.waiting.remove(slot)
        if slots:
            self.freed.set()

    def leased(self) -> list[tuple[uuid.UUID, int]]:
        """(task, attempt) of every task whose lease is still ours to renew."""
        return [slot.key for slot in self.held.values() if not slot.lost]


def _value(value: Any) -> str:
    if value is None:
        return "-"
    text = str(value)
    if not text or any(c in text for c in ' "=\n\t\\'):
        return json.dumps(text, ensure_ascii=False)
    return text
