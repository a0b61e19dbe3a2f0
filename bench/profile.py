"""`python -m bench.profile`: where the worker's task throughput goes.

It runs the throughput figure once for `cpe-runs worker`, with py-spy
sampling every worker process (the thread holding the GIL), PostgreSQL timing
every PL/pgSQL function (track_functions) and a thread sampling what the
workers' database sessions wait on, and prints: CPU per task, the sessions'
states and waits, the SQL functions by their own time, and the worker's Python
frames by the samples they were on top of, and under. Function times are
wall-clock: they include lock waits, and on a busy machine waiting for a core.
"""

from __future__ import annotations

import argparse
import collections
import subprocess
import threading
from pathlib import Path

import psycopg

from . import drain
from .processes import ProcessGroup, console_script
from .server import APP_DB, BenchServer
from .throughput import CpeRunsQueue

TOP = 25
SAMPLE_SECONDS = 0.005


class WaitSampler(threading.Thread):
    """What the database's other sessions are doing, sampled every few milliseconds:
    running, idle, or waiting (and on what: a row lock, the WAL flush, ...)."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url = url
        self.counts: collections.Counter[str] = collections.Counter()
        self.finished = threading.Event()

    def run(self) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            while not self.finished.wait(SAMPLE_SECONDS):
                for state, wait in conn.execute(
                    "SELECT state, wait_event_type || ':' || wait_event FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    "   AND backend_type = 'client backend'"
                    "   AND application_name NOT LIKE 'cpe_runs worker%%'"
                ):
                    self.counts[f"{state} {wait or ''}".strip()] += 1

    def stop(self) -> None:
        self.finished.set()
        self.join(10)


class ProfiledQueue(CpeRunsQueue):
    """The same queue, with py-spy attached to each worker once it is ready, and the
    database's sessions sampled while the measured batch runs."""

    def __init__(self, url: str, outdir: Path) -> None:
        super().__init__(url)
        self.outdir = outdir
        self.spies: list[subprocess.Popen] = []
        self.waits = WaitSampler(url)
        self._batches = 0

    def enqueue(self, count: int):
        self._batches += 1
        if self._batches == 2:  # the measured batch, after the warm-up
            self.waits.start()
        return super().enqueue(count)

    def finished(self, batch: object):
        done = super().finished(batch)
        if done is not None and self.waits.is_alive():
            self.waits.stop()
        return done

    def wait_ready(self, group: ProcessGroup) -> None:
        super().wait_ready(group)
        for n, process in enumerate(group.processes):
            self.spies.append(
                subprocess.Popen(
                    [
                        console_script("py-spy"),
                        "record",
                        # Only the thread holding the GIL: Python's own work, not its waits.
                        "--gil",
                        "--format=raw",
                        "--rate=250",
                        f"--output={self.outdir / f'worker-{n}.txt'}",
                        f"--pid={process.pid}",
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        # py-spy attaches in a moment; the warm-up batch covers the rest.
        drain.settle(1.0)
        # Only the measured batches count in the function statistics.
        self.conn.execute("SELECT pg_stat_reset()")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.profile", description=__doc__)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--tasks", type=int, default=5000)
    args = parser.parse_args(argv)
    with BenchServer() as server:
        url = server.app_database()
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"ALTER DATABASE {APP_DB} SET track_functions = 'pl'")
        queue = ProfiledQueue(url, server.workdir)
        try:
            result = drain.measure(
                queue,
                tasks=args.tasks,
                processes=args.processes,
                concurrency=args.concurrency,
                logdir=server.workdir / "logs",
                database_pid=server.postmaster_pid(),
            )
        finally:
            for spy in queue.spies:
                spy.wait(30)
            functions = _function_times(queue.conn)
            queue.close()
        workers_us, database_us = result.cpu_us_per_task
        print(
            f"{result.tasks} tasks, {result.processes} process(es) x {result.concurrency}:"
            f" {result.tasks_per_s:,.0f} tasks/s; CPU per task: workers {workers_us:,.0f} us,"
            f" PostgreSQL {database_us:,.0f} us\n"
        )
        samples = sum(queue.waits.counts.values())
        print(f"worker sessions in the database, share of {samples} samples:")
        for what, count in queue.waits.counts.most_common(12):
            print(f"  {100 * count / max(samples, 1):5.1f}%  {what}")
        print()
        print("SQL functions (warm-up and measured batch), by own time:")
        print(f"  {'function':<32} {'calls':>7} {'total ms':>9} {'self ms':>9} {'us/task':>8}")
        tasks = result.tasks + drain.warmup_size(result.tasks)
        for name, calls, total, own in functions:
            print(f"  {name:<32} {calls:>7} {total:>9.0f} {own:>9.0f} {own * 1000 / tasks:>8.1f}")
        print()
        _print_samples(sorted(server.workdir.glob("worker-*.txt")))
    return 0


def _function_times(conn: psycopg.Connection) -> list[tuple]:
    return conn.execute(
        "SELECT funcname, calls, total_time, self_time FROM pg_stat_user_functions"
        " ORDER BY self_time DESC LIMIT %s",
        [TOP],
    ).fetchall()


def _print_samples(files: list[Path]) -> None:
    """py-spy's raw format: one `frame;frame;...;frame count` line per distinct stack."""
    own: collections.Counter[str] = collections.Counter()
    under: collections.Counter[str] = collections.Counter()
    total = 0
    for path in files:
        for line in path.read_text().splitlines():
            stack, _, count = line.rpartition(" ")
            frames = [_short(frame) for frame in stack.split(";")]
            total += int(count)
            own[frames[-1]] += int(count)
            for frame in set(frames):
                under[frame] += int(count)
    if not total:
        print("py-spy recorded nothing (is ptrace allowed here?)")
        return
    for title, counter in (("on top of the stack", own), ("anywhere in the stack", under)):
        print(f"worker Python frames, share of {total} samples {title}:")
        for frame, count in counter.most_common(TOP):
            print(f"  {100 * count / total:5.1f}%  {frame}")
        print()


def _short(frame: str) -> str:
    # "function (path/to/module.py:123)" -> "function (module.py:123)"
    name, _, where = frame.partition(" (")
    return f"{name} ({where.rsplit('/', 1)[-1]}" if where else name


if __name__ == "__main__":
    raise SystemExit(main())
