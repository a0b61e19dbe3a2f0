"""The extraction processes of one worker: files are extracted there, never in the
worker (nor in `serve`, whose in-process workers use the same pool).

Each process (child.py) extracts one file at a time. One that passes its time
(CPE_RUNS_TASK_TIMEOUT_SECONDS) or its memory (CPE_RUNS_TASK_MEMORY_MB: a cap on
its address space, and a watch on the memory it and its own subprocesses hold) is
killed with everything it started, and the attempt fails with ExtractionFailed; so
does one that dies. Only that attempt is lost: a new process takes its place.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import psutil

from .. import metrics
from ..extraction import ExtractionError, TemplateField
from . import wire

log = logging.getLogger("cpe_runs.worker.pool")

MIB = 1024 * 1024
# How often a busy process's memory (its own and its subprocesses') is looked at.
MEMORY_CHECK_SECONDS = 0.25
# A process that is not ready this long after its start is taken for broken.
START_TIMEOUT_SECONDS = 60.0


class ExtractionFailed(Exception):
    """The attempt failed in a way worth another try: the extractor raised, or its
    process died, ran out of time or of memory and was stopped."""


@dataclass(eq=False)
class _Process:
    process: asyncio.subprocess.Process
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    # Why it was killed, when it was: what the attempt's error says.
    killed_for: str | None = None
    psutil_process: psutil.Process | None = field(default=None, repr=False)

    @property
    def pid(self) -> int:
        return self.process.pid

    def kill(self, reason: str | None = None) -> None:
        """SIGKILL it and everything it started (it leads a process group of its own)."""
        if reason and self.killed_for is None:
            self.killed_for = reason
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
    """Up to `processes` extraction processes, started on demand and kept warm."""

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
        self._idle: list[_Process] = []
        self._live: set[_Process] = set()
        self._free = asyncio.Semaphore(processes)
        self._closed = False

    @property
    def live(self) -> int:
        """Processes started and not stopped."""
        return len(self._live)

    @property
    def busy(self) -> int:
        """Processes extracting a file (or starting) now."""
        return len(self._live) - len(self._idle)

    async def start(self) -> None:
        """Start every process now, so that the first files do not wait for them."""
        metrics.EXTRACTION_POOLS.add(self)
        started = await asyncio.gather(
            *(self._spawn() for _ in range(self.size - len(self._live))), return_exceptions=True
        )
        for outcome in started:
            if isinstance(outcome, BaseException):
                log.warning("an extraction process did not start: %s", outcome)
            else:
                self._idle.append(outcome)

    async def extract(
        self,
        data: bytes,
        *,
        filename: str,
        content_type: str,
        fields: Sequence[TemplateField],
    ) -> list[dict[str, Any]]:
        """The extractor's rows for one file; ExtractionError when it refuses the file,
        ExtractionFailed for a failure worth another try."""
        request = {
            "filename": filename,
            "content_type": content_type,
            "fields": [[f.name, f.data_type, f.prompt, f.display_order] for f in fields],
        }
        async with self._free:
            child = self._idle.pop() if self._idle else await self._spawn_or_fail()
            try:
                answer = await self._exchange(child, wire.encode(request, data))
            except BaseException:
                # Cancelled (the worker is stopping) or failed: never reuse a process
                # that may still be extracting.
                await self._discard(child)
                raise
            if "memory" in answer:
                metrics.EXTRACTION_KILLS.labels("memory").inc()  # it stops itself
                await self._discard(child)
                raise ExtractionFailed(self._memory_message())
            self._idle.append(child)
        if "rows" in answer:
            return answer["rows"]
        if "rejected" in answer:
            raise ExtractionError(answer["rejected"])
        raise ExtractionFailed(answer.get("error") or "the extractor failed")

    async def close(self) -> None:
        """Stop every process (those still extracting are killed)."""
        self._closed = True
        metrics.EXTRACTION_POOLS.discard(self)
        for child in list(self._live):
            child.kill()
        await asyncio.gather(*(self._discard(child) for child in list(self._live)))
        self._idle.clear()

    # -- internals -------------------------------------------------------------------

    async def _exchange(self, child: _Process, request: bytes) -> dict[str, Any]:
        """Send one file and wait for the answer, watching time and memory."""
        deadline = time.monotonic() + self.timeout_seconds
        limit = self.memory_mb * MIB
        answer = asyncio.ensure_future(self._send_and_read(child, request))
        try:
            while True:
                done, _ = await asyncio.wait(
                    {answer}, timeout=min(MEMORY_CHECK_SECONDS, self.timeout_seconds)
                )
                if done:
                    break
                if child.killed_for:
                    continue  # killed, its answer about to fail
                if time.monotonic() >= deadline:
                    metrics.EXTRACTION_KILLS.labels("time").inc()
                    child.kill(self._timeout_message())
                elif limit > 0 and child.memory_bytes() > limit:
                    metrics.EXTRACTION_KILLS.labels("memory").inc()
                    child.kill(self._memory_message())
            return answer.result()
        except (asyncio.IncompleteReadError, ConnectionError, wire.FrameTooLarge) as exc:
            raise ExtractionFailed(await self._why_it_ended(child, exc)) from None
        finally:
            if not answer.done():
                answer.cancel()

    async def _send_and_read(self, child: _Process, request: bytes) -> dict[str, Any]:
        child.writer.write(request)
        await child.writer.drain()
        answer, _ = await wire.read(child.reader)
        return answer

    async def _why_it_ended(self, child: _Process, exc: BaseException) -> str:
        if isinstance(exc, wire.FrameTooLarge):
            child.kill()
            return f"the extractor's answer is too large ({exc})"
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

    async def _spawn_or_fail(self) -> _Process:
        try:
            return await self._spawn()
        except ExtractionFailed:
            raise
        except Exception as exc:
            raise ExtractionFailed(f"cannot start an extraction process: {exc}") from exc

    async def _spawn(self) -> _Process:
        if self._closed:
            raise ExtractionFailed("the worker is stopping")
        ours, theirs = socket.socketpair()
        try:
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "cpe_runs.worker.child",
                str(theirs.fileno()),
                pass_fds=(theirs.fileno(),),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=sys.stderr.fileno() if _has_fileno(sys.stderr) else None,
                # Its own process group: a kill takes whatever it started along.
                start_new_session=True,
                # Threads must not reserve an arena each against the address-space cap.
                env={**os.environ, "MALLOC_ARENA_MAX": "2"},
            )
        finally:
            theirs.close()
        reader, writer = await asyncio.open_unix_connection(sock=ours)
        child = _Process(process, reader, writer)
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
        if child in self._idle:
            self._idle.remove(child)
        with contextlib.suppress(ProcessLookupError):
            await child.process.wait()

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


def _has_fileno(stream: Any) -> bool:
    try:
        stream.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True
