"""The extraction processes of one worker: files are extracted there, never in the
worker (nor in `serve`, whose in-process workers use the same pool).

Each process (child.py) has a driver here that takes a batch of files from the
worker when the process is idle (`take`), sends it in one message and hands each
file's outcome back (`done`) as its answer comes. A batch holds as many files as the
process is expected to extract within BATCH_SECONDS at the pace it has shown (one
until that pace is known, so slow files go one at a time, each to the first idle
process), split evenly between the idle processes.

Every file keeps the limits it had alone. A process that passes a file's time
(CPE_RUNS_TASK_TIMEOUT_SECONDS, counted from that file's start) or its memory
(CPE_RUNS_TASK_MEMORY_MB: a cap on its address space, and a watch on the memory it
and its own subprocesses hold) is killed with everything it started; so is one that
dies. The file it was on (the shared count of files started, wire.Progress) fails
with ExtractionFailed; the files of the batch it had not answered yet go to the next
batch, their attempts untouched, and a new process takes the old one's place.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import signal
import socket
import sys
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import msgspec
import psutil

from .. import metrics
from ..extraction import ExtractionError, TemplateField
from . import wire

log = logging.getLogger("cpe_runs.worker.pool")

MIB = 1024 * 1024
# How often a busy process's time and memory (its own and its subprocesses') are looked at.
MEMORY_CHECK_SECONDS = 0.25
# A process that is not ready this long after its start is taken for broken.
START_TIMEOUT_SECONDS = 60.0
# A batch holds what a process is expected to extract within this long, at most
# MAX_BATCH_FILES files (and at most MAX_BATCH_BYTES of them, the first file aside).
BATCH_SECONDS = 0.05
MAX_BATCH_FILES = 32
MAX_BATCH_BYTES = 8 * MIB
# How much a batch's pace moves the estimate of the time per file.
PACE_WEIGHT = 0.3


class ExtractionFailed(Exception):
    """The attempt failed in a way worth another try: the extractor raised, or its
    process died, ran out of time or of memory and was stopped."""


@dataclass(eq=False, slots=True)
class Job:
    """One file to extract, and whatever its owner needs back with the outcome."""

    data: bytes
    filename: str
    content_type: str
    fields: Sequence[TemplateField]
    # Jobs with the same key have the same fields: a batch sends them once.
    fields_key: str
    owner: Any = None


# A job's outcome: its rows, ExtractionError (the file can never be read) or
# ExtractionFailed (worth another try).
Outcome = list[dict[str, Any]] | ExtractionError | ExtractionFailed


@dataclass(eq=False)
class _Process:
    process: asyncio.subprocess.Process
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    progress: wire.Progress
    # Why it was killed, when it was: what the failed file's error says.
    killed_for: str | None = None
    psutil_process: psutil.Process | None = field(default=None, repr=False)
    # The batch it is on: its files, how many it had started before it (the shared
    # count), and since when (monotonic) the file it is on has been running.
    batch: list[Job] = field(default_factory=list)
    base: int = 0
    seen: int = 0
    since: float = 0.0
    # The index in the batch of the file it was on when it was killed.
    culprit: int | None = None

    @property
    def pid(self) -> int:
        return self.process.pid

    def current(self) -> int:
        """The index in its batch of the file it is on (-1: none started yet)."""
        return self.progress.read() - self.base - 1

    def kill(self, reason: str | None = None) -> None:
        """SIGKILL it and everything it started (it leads a process group of its own)."""
        if reason and self.killed_for is None:
            self.killed_for = reason
            self.culprit = self.current()
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.writer.close()

    def memory_bytes(self) -> int:
        """Resident memory of the process and of every process it started."""
        try:
            if self.psutil_process is None:
                self.psutil_process = psutil.Process(self.pid)
            family = [self.psutil_process, *self.psutil_process.children(recursive=True)]
        except psutil.Error:
            return 0
        total = 0
        for member in family:
            with contextlib.suppress(psutil.Error):
                total += member.memory_info().rss
        return total


class ExtractionPool:
    """Up to `processes` extraction processes, started on demand and kept warm, each
    driven by a loop that takes batches of jobs from `take` and hands each job's
    outcome to `done`."""

    def __init__(
        self,
        extractor: str | None,
        *,
        processes: int,
        timeout_seconds: float,
        memory_mb: int,
    ) -> None:
        if processes < 1:
            raise ValueError(f"CPE_RUNS_EXTRACTION_PROCESSES must be at least 1, got {processes}")
        if timeout_seconds <= 0:
            raise ValueError(
                f"CPE_RUNS_TASK_TIMEOUT_SECONDS must be above 0, got {timeout_seconds:g}"
            )
        self.extractor = extractor
        self.size = processes
        self.timeout_seconds = timeout_seconds
        self.memory_mb = memory_mb
        self._take: Callable[[int], list[Job]] = lambda limit: []
        self._available: Callable[[], int] = lambda: 0
        self._done: Callable[[Job, Outcome], None] = lambda job, outcome: None
        # Jobs given back (their process died before answering them), and jobs
        # submitted by their owner: taken before anything new.
        self._ready: deque[Job] = deque()
        self._work = asyncio.Event()
        self._idle_drivers = 0
        self._busy: set[_Process] = set()
        self._live: set[_Process] = set()
        self._warm: list[_Process] = []
        self._drivers: list[asyncio.Task] = []
        # Estimated seconds per file (None: not known yet).
        self._pace: float | None = None
        self._closed = False

    @property
    def live(self) -> int:
        """Processes started and not stopped."""
        return len(self._live)

    @property
    def busy(self) -> int:
        """Processes extracting a batch now."""
        return len(self._busy)

    async def start(
        self,
        take: Callable[[int], list[Job]],
        available: Callable[[], int],
        done: Callable[[Job, Outcome], None],
    ) -> None:
        """Start every process now (so that the first files do not wait for them) and
        their drivers: `take(n)` gives up to n jobs, `available()` how many it could,
        `done(job, outcome)` gets each outcome."""
        self._take, self._available, self._done = take, available, done
        metrics.EXTRACTION_POOLS.add(self)
        started = await asyncio.gather(
            *(self._spawn() for _ in range(self.size)), return_exceptions=True
        )
        for outcome in started:
            if isinstance(outcome, BaseException):
                log.warning("an extraction process did not start: %s", outcome)
            else:
                self._warm.append(outcome)
        self._drivers = [asyncio.create_task(self._drive()) for _ in range(self.size)]
        self._drivers.append(asyncio.create_task(self._watch()))

    def wake(self) -> None:
        """There may be jobs to take."""
        self._work.set()

    def submit(self, job: Job) -> None:
        """A job its owner prepared apart (its bytes read): the next batch takes it."""
        self._ready.append(job)
        self._work.set()

    def stop(self, job: Job) -> None:
        """Its outcome no longer matters (the task was lost): when its process is on
        it, kill the process, so that a file that hangs cannot keep it; the batch's
        other files go on in a new one. Otherwise its outcome comes and is ignored."""
        for child in self._busy:
            index = child.current()
            if 0 <= index < len(child.batch) and child.batch[index] is job:
                child.kill("the task was taken over")

    async def close(self) -> None:
        """Stop every process (those still extracting are killed): outcomes not in yet
        never come."""
        self._closed = True
        metrics.EXTRACTION_POOLS.discard(self)
        for driver in self._drivers:
            driver.cancel()
        await asyncio.gather(*self._drivers, return_exceptions=True)
        for child in list(self._live):
            child.kill()
        await asyncio.gather(*(self._discard(child) for child in list(self._live)))
        self._warm.clear()

    # -- the drivers -----------------------------------------------------------------

    def _batch_size(self) -> int:
        """How many files the next batch takes: what a process does in BATCH_SECONDS at
        the pace seen, shared between the idle processes."""
        if self._pace is None:
            return 1
        wanted = max(1, min(MAX_BATCH_FILES, math.floor(BATCH_SECONDS / max(self._pace, 1e-6))))
        # Shared with the other idle processes (this one is not counted among them).
        share = math.ceil((len(self._ready) + self._available()) / (self._idle_drivers + 1))
        return max(1, min(wanted, share))

    def _next_batch(self) -> list[Job]:
        limit = self._batch_size()
        batch: list[Job] = []
        while self._ready and len(batch) < limit:
            batch.append(self._ready.popleft())
        if len(batch) < limit:
            batch.extend(self._take(limit - len(batch)))
        return batch

    async def _drive(self) -> None:
        child: _Process | None = None
        while True:
            batch = self._next_batch()
            if not batch:
                self._work.clear()
                self._idle_drivers += 1
                try:
                    await self._work.wait()
                finally:
                    self._idle_drivers -= 1
                continue
            if child is None:
                try:
                    child = self._warm.pop() if self._warm else await self._spawn()
                except Exception as exc:
                    reason = str(exc) if isinstance(exc, ExtractionFailed) else repr(exc)
                    for job in batch:
                        self._deliver(job, ExtractionFailed(reason))
                    if not self._closed:
                        await asyncio.sleep(0.5)  # not a busy loop while processes cannot start
                    continue
            if not await self._run_batch(child, batch):
                await self._discard(child)
                child = None

    async def _run_batch(self, child: _Process, batch: list[Job]) -> bool:
        """Extract a batch in one process; False when the process is gone."""
        fields: dict[str, list] = {}
        files = []
        for job in batch:
            if job.fields_key not in fields:
                fields[job.fields_key] = [
                    [f.name, f.data_type, f.prompt, f.display_order] for f in job.fields
                ]
            files.append([job.filename, job.content_type, job.fields_key, len(job.data)])
        payload = batch[0].data if len(batch) == 1 else b"".join(job.data for job in batch)
        child.batch = batch
        child.base = child.seen = child.progress.read()
        child.since = started = time.monotonic()
        answered = [False] * len(batch)
        left = len(batch)
        self._busy.add(child)
        try:
            child.writer.write(wire.encode({"files": files, "fields": fields}, payload))
            await child.writer.drain()
            while left:
                answer, _ = await wire.read(child.reader)
                exhausted = False
                for index, answered_file in _answers(answer, len(batch)):
                    if answered[index]:
                        continue
                    answered[index] = True
                    left -= 1
                    exhausted = exhausted or "memory" in answered_file
                    self._deliver(batch[index], _outcome(answered_file, self._memory_message))
                if exhausted:
                    metrics.EXTRACTION_KILLS.labels("memory").inc()  # it stops itself
                    # Out of memory on a file that has its answer: the process exits;
                    # the files it had not reached go to the next batch.
                    self._give_back(child, batch, answered, None)
                    return False
        except (asyncio.IncompleteReadError, ConnectionError, wire.FrameTooLarge) as exc:
            why = await self._why_it_ended(child, exc)
            self._give_back(child, batch, answered, why)
            return False
        except (ValueError, msgspec.DecodeError) as exc:
            # Not what child.py sends: the extractor wrote to the socket, or worse.
            child.kill(f"the extraction process answered what cannot be read ({exc})")
            self._give_back(child, batch, answered, await self._why_it_ended(child, exc))
            return False
        finally:
            self._busy.discard(child)
            child.batch = []
        pace = (time.monotonic() - started) / len(batch)
        self._pace = pace if self._pace is None else self._pace + PACE_WEIGHT * (pace - self._pace)
        return True

    def _give_back(
        self, child: _Process, batch: list[Job], answered: list[bool], why: str | None
    ) -> None:
        """The process is gone mid-batch: the file it was on fails with `why` (None: that
        file has its answer); the others not answered yet go to the next batch, their
        attempts going on."""
        culprit = None
        if why is not None:
            culprit = child.culprit if child.killed_for else child.current()
            if culprit is None or not 0 <= culprit < len(batch) or answered[culprit]:
                # It died between files: the first file not answered takes the blame,
                # so that no file can kill process after process and never fail.
                culprit = next((i for i, done in enumerate(answered) if not done), None)
        again = [job for i, job in enumerate(batch) if not answered[i] and i != culprit]
        self._ready.extendleft(reversed(again))
        # After a failure, files go one at a time until a pace is seen anew.
        self._pace = None
        if culprit is not None:
            self._deliver(batch[culprit], ExtractionFailed(why))
        if again:
            self._work.set()

    def _deliver(self, job: Job, outcome: Outcome) -> None:
        try:
            self._done(job, outcome)
        except Exception:
            log.exception("the outcome of %s could not be handed over", job.filename)

    async def _watch(self) -> None:
        """Every MEMORY_CHECK_SECONDS: kill a busy process whose file has run past its
        time, or that holds more memory than allowed."""
        limit = self.memory_mb * MIB
        while True:
            await asyncio.sleep(min(MEMORY_CHECK_SECONDS, self.timeout_seconds))
            now = time.monotonic()
            for child in list(self._busy):
                if child.killed_for is not None:
                    continue
                started = child.progress.read()
                if started != child.seen:  # on another file since the last look
                    child.seen, child.since = started, now
                if now - child.since >= self.timeout_seconds:
                    metrics.EXTRACTION_KILLS.labels("time").inc()
                    child.kill(self._timeout_message())
                elif limit > 0 and child.memory_bytes() > limit:
                    metrics.EXTRACTION_KILLS.labels("memory").inc()
                    child.kill(self._memory_message())

    async def _why_it_ended(self, child: _Process, exc: BaseException) -> str:
        if isinstance(exc, wire.FrameTooLarge):
            child.kill(f"the extractor's answer is too large ({exc})")
        child.kill()
        code = await child.process.wait()
        if child.killed_for:
            return child.killed_for
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return f"the extraction process died (killed by {name})"
        return f"the extraction process died (exit status {code})"

    # -- processes -------------------------------------------------------------------

    async def _spawn(self) -> _Process:
        if self._closed:
            raise ExtractionFailed("the worker is stopping")
        ours, theirs = socket.socketpair()
        progress, progress_fd = wire.Progress.create()
        try:
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "cpe_runs.worker.child",
                str(theirs.fileno()),
                str(progress_fd),
                pass_fds=(theirs.fileno(), progress_fd),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=sys.stderr.fileno() if _has_fileno(sys.stderr) else None,
                # Its own process group: a kill takes whatever it started along.
                start_new_session=True,
                # Threads must not reserve an arena each against the address-space cap.
                env={**os.environ, "MALLOC_ARENA_MAX": "2"},
            )
        except BaseException:
            progress.close()
            raise
        finally:
            theirs.close()
            os.close(progress_fd)
        reader, writer = await asyncio.open_unix_connection(sock=ours)
        child = _Process(process, reader, writer, progress)
        self._live.add(child)
        hello = {
            "parent_pid": os.getpid(),
            "sys_path": sys.path,
            "extractor": self.extractor,
            "memory_mb": self.memory_mb,
        }
        try:
            writer.write(wire.encode(hello))
            ready, _ = await asyncio.wait_for(wire.read(reader), START_TIMEOUT_SECONDS)
        except BaseException as exc:
            await self._discard(child)
            if isinstance(exc, asyncio.CancelledError):
                raise
            raise ExtractionFailed(f"an extraction process did not start: {exc!r}") from None
        if not ready.get("ready"):
            await self._discard(child)
            raise ExtractionFailed(f"the extractor cannot be loaded: {ready.get('error')}")
        return child

    async def _discard(self, child: _Process) -> None:
        child.kill()
        self._live.discard(child)
        if child in self._warm:
            self._warm.remove(child)
        with contextlib.suppress(ProcessLookupError):
            await child.process.wait()
        child.progress.close()

    def _timeout_message(self) -> str:
        return (
            f"extraction took longer than {self.timeout_seconds:g} s and was stopped"
            " (CPE_RUNS_TASK_TIMEOUT_SECONDS)"
        )

    def _memory_message(self) -> str:
        return (
            f"extraction used more than {self.memory_mb} MiB of memory and was stopped"
            " (CPE_RUNS_TASK_MEMORY_MB)"
        )


def _answers(frame: Any, files: int) -> list[tuple[int, dict[str, Any]]]:
    """The (index, answer) pairs of a frame; ValueError for anything else."""
    try:
        pairs = [(index, answer) for index, answer in frame["done"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"not a list of answers: {exc}") from None
    for index, answer in pairs:
        if type(index) is not int or not 0 <= index < files or type(answer) is not dict:
            raise ValueError(f"no answer for a file of the batch: {index!r}")
    return pairs


def _outcome(answer: dict[str, Any], memory_message: Callable[[], str]) -> Outcome:
    if "rows" in answer:
        rows = answer["rows"]
        if type(rows) is list and all(type(row) is dict for row in rows):
            return rows
        return ExtractionFailed("the extraction process answered rows that are not rows")
    if "rejected" in answer:
        return ExtractionError(str(answer["rejected"]))
    if "memory" in answer:
        return ExtractionFailed(memory_message())
    return ExtractionFailed(str(answer.get("error") or "the extractor failed"))


def _has_fileno(stream: Any) -> bool:
    try:
        stream.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True
