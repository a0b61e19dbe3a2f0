"""How fast a queue drains: the one procedure both queues are measured with.

Workers are started first and left to settle; a warm-up batch goes through
them (imports, prepared statements, pools); then each measured batch is
enqueued in one transaction, and the median of a few batches is kept (a
shared machine makes single batches noisy). The clock starts when that commit has returned (the
database's clock, read right after) and stops at the database timestamp of the
last task's completion, so process start-up is never counted and both queues
are timed by the same clock in the same way.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from .processes import ProcessGroup, cpu_seconds, cpu_used, wait_until

# Long enough for 5,000 tasks at 50 tasks/s; a queue slower than that is broken.
DRAIN_TIMEOUT = 100.0


class Queue(Protocol):
    name: str

    def workers(self, processes: int, concurrency: int, logdir: Path) -> ProcessGroup: ...

    def wait_ready(self, group: ProcessGroup) -> None: ...

    def enqueue(self, count: int) -> tuple[object, datetime]:
        """Commit `count` new tasks in one transaction; (batch id, database time after)."""

    def finished(self, batch: object) -> datetime | None:
        """The database time the batch's last task completed, or None while it runs."""


@dataclass(frozen=True, slots=True)
class Drain:
    queue: str
    processes: int
    concurrency: int
    tasks: int
    seconds: float
    # CPU seconds the measured batch cost the worker processes and the PostgreSQL
    # server (every backend and background process of it).
    worker_cpu: float
    database_cpu: float
    # How many batches were measured; this is their median.
    batches: int = 1

    @property
    def tasks_per_s(self) -> float:
        return self.tasks / self.seconds

    @property
    def cpu_us_per_task(self) -> tuple[float, float]:
        """(workers, database) CPU microseconds per task."""
        return (self.worker_cpu * 1e6 / self.tasks, self.database_cpu * 1e6 / self.tasks)


def measure(
    queue: Queue,
    *,
    tasks: int,
    processes: int,
    concurrency: int,
    logdir: Path,
    database_pid: int,
    repeats: int = 1,
) -> Drain:
    """Drain `repeats` batches through the same warm workers; the median batch counts."""
    runs: list[Drain] = []
    with queue.workers(processes, concurrency, logdir) as group:
        queue.wait_ready(group)
        _drain(queue, group, warmup_size(tasks))
        workers = [p.pid for p in group.processes]
        for _ in range(repeats):
            before: list[dict[int, float]] = []
            # CPU is counted from the enqueue's commit on, as the time is.
            seconds = _drain(
                queue,
                group,
                tasks,
                enqueued=lambda before=before: before.extend(
                    [cpu_seconds(workers), cpu_seconds([database_pid])]
                ),
            )
            worker_cpu = cpu_used(before[0], cpu_seconds(workers))
            database_cpu = cpu_used(before[1], cpu_seconds([database_pid]))
            runs.append(
                Drain(queue.name, processes, concurrency, tasks, seconds, worker_cpu, database_cpu)
            )
    median = sorted(runs, key=lambda run: run.seconds)[len(runs) // 2]
    return dataclasses.replace(median, batches=len(runs))


def warmup_size(tasks: int) -> int:
    return max(50, min(500, tasks // 10))


def _drain(
    queue: Queue, group: ProcessGroup, count: int, enqueued: Callable[[], None] | None = None
) -> float:
    batch, started = queue.enqueue(count)
    if enqueued:
        enqueued()
    ended: list[datetime] = []

    def done() -> bool:
        finished = queue.finished(batch)
        if finished is not None:
            ended.append(finished)
        return finished is not None

    wait_until(
        done,
        timeout=DRAIN_TIMEOUT,
        interval=0.05,
        what=f"{queue.name} to finish {count} tasks",
        check=group.check_alive,
    )
    return max((ended[0] - started).total_seconds(), 1e-6)


def settle(seconds: float = 0.5) -> None:
    """Let freshly started processes finish their start-up before work arrives."""
    time.sleep(seconds)
