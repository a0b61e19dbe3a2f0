"""An extraction process: `python -m cpe_runs.worker.child FD PROGRESS_FD`. The
worker's pool (pool.py) starts it with one end of a socket pair as FD and a shared
count of started files as PROGRESS_FD (wire.Progress). It loads the extractor, caps
its own memory, then extracts the files of each batch it gets, one after the other,
until the socket closes. It holds no database connection and knows nothing of tasks:
the worker that started it decides what a failure means.

Each file's answer: {"rows": [...]}; {"rejected": message} (ExtractionError: the file
can never be read); {"error": "Type: message"} (anything else: worth another try);
{"memory": true} when an allocation failed under the cap (the process then sends
what it has and exits, since nothing it holds can be trusted any more). Answers go
back a few at a time (_Answers): a batch of fast files costs one message, and a slow
file never holds back the answers of the files before it.
"""

from __future__ import annotations

import ctypes
import os
import resource
import signal
import socket
import sys
import threading
import time
from typing import BinaryIO

from . import wire

PR_SET_PDEATHSIG = 1
MIB = 1024 * 1024
# Answers gathered are sent once this long has passed since the last were, or once
# they hold this many bytes (and always at the end of a batch).
FLUSH_SECONDS = 0.02
FLUSH_BYTES = 1024 * 1024
# The thread that sends answers while a file runs sleeps once nothing came this long.
PARK_SECONDS = 1.0


def main(argv: list[str]) -> int:
    sock = socket.socket(fileno=int(argv[1]))
    progress = wire.Progress(int(argv[2]))
    incoming, outgoing = sock.makefile("rb"), sock.makefile("wb")
    # Ctrl-C in a terminal is the worker's to handle: it stops this process itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    hello = wire.read_blocking(incoming)
    if hello is None:
        return 0
    init, _ = hello
    _die_with_parent(init["parent_pid"])
    sys.path[:] = init["sys_path"]
    from ..extraction import ExtractionError, TemplateField, load_extractor
    from ..extraction.contract import check_rows

    try:
        extract = load_extractor(init["extractor"])
    except Exception as exc:
        wire.write_blocking(outgoing, {"ready": False, "error": _describe(exc)})
        return 1
    _cap_memory(init["memory_mb"])
    wire.write_blocking(outgoing, {"ready": True, "pid": os.getpid()})
    answers = _Answers(outgoing)
    started = 0
    while (request := wire.read_blocking(incoming)) is not None:
        header, data = request
        fields = {
            key: [TemplateField(*field) for field in listed]
            for key, listed in header["fields"].items()
        }
        offset = 0
        for index, (filename, content_type, key, size) in enumerate(header["files"]):
            payload = data[offset : offset + size]
            offset += size
            started += 1
            progress.write(started)
            answers.starting()
            try:
                rows = extract(
                    payload, filename=filename, content_type=content_type, fields=fields[key]
                )
                answer = wire.encode_value({"rows": check_rows(rows, fields[key])})
            except MemoryError:
                del payload, data
                answers.last(index, {"memory": True})
                return 1
            except ExtractionError as exc:
                answer = wire.encode_value({"rejected": str(exc)})
            except BaseException as exc:  # SystemExit from an extractor is its failure too
                answer = wire.encode_value({"error": _describe(exc)})
            answers.add(index, answer)
        answers.send()
    return 0


class _Answers:
    """The answers of a batch not sent yet. They go at the end of the batch, once
    FLUSH_BYTES gather, and, from a thread of their own, once the file being extracted
    has run FLUSH_SECONDS: the worker then holds every answer but the slow file's, and
    a process killed on that file loses no other file's work."""

    def __init__(self, outgoing: BinaryIO) -> None:
        self._outgoing = outgoing
        self._done: list[list] = []
        self._bytes = 0
        self._since = 0.0
        self._parked = False
        self._ready = threading.Condition()
        usual = threading.stack_size(256 * 1024)
        try:
            threading.Thread(target=self._send_when_slow, daemon=True).start()
        finally:
            threading.stack_size(usual)

    def starting(self) -> None:
        self._since = time.monotonic()
        if self._parked:
            with self._ready:
                self._ready.notify()

    def add(self, index: int, answer: wire.Raw) -> None:
        with self._ready:
            if len(answer) > FLUSH_BYTES and self._done:
                # A large answer travels alone: what the worker cannot take is then
                # this file's, and only this file's, failure.
                self._send()
            self._done.append([index, answer])
            self._bytes += len(answer)
            if self._bytes > FLUSH_BYTES:
                self._send()

    def last(self, index: int, answer: dict) -> None:
        with self._ready:
            self._done.append([index, answer])
            self._send()

    def send(self) -> None:
        with self._ready:
            self._send()

    def _send(self) -> None:
        if self._done:
            wire.write_blocking(self._outgoing, {"done": self._done})
            self._done, self._bytes = [], 0

    def _send_when_slow(self) -> None:
        # It looks every FLUSH_SECONDS while files come, rather than being woken for
        # each batch (a wake-up costs the process more than a batch of fast files);
        # after PARK_SECONDS with nothing to send it sleeps till a file starts.
        with self._ready:
            while True:
                running = time.monotonic() - self._since
                if self._done and running >= FLUSH_SECONDS:
                    self._send()
                if not self._done and running > PARK_SECONDS:
                    self._parked = True
                    self._ready.wait()
                    self._parked = False
                else:
                    self._ready.wait(FLUSH_SECONDS)


def _die_with_parent(parent_pid: int) -> None:
    """Linux: SIGKILL when the worker dies (even by kill -9), also mid-extraction."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the closed socket ends us between files
        return
    if os.getppid() != parent_pid:  # it died before we asked
        os._exit(1)


def _cap_memory(megabytes: int) -> None:
    """An allocation past the cap fails (MemoryError) instead of growing the machine."""
    if megabytes > 0:
        limit = megabytes * MIB
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _describe(exc: BaseException) -> str:
    message = str(exc).strip()
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


if __name__ == "__main__":
    sys.exit(main(sys.argv))
