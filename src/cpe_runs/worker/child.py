"""An extraction process: `python -m cpe_runs.worker.child FD`. The worker's pool
(pool.py) starts it with one end of a socket pair as FD. It loads the extractor,
caps its own memory, then extracts one file per request until the socket closes.
It holds no database connection and knows nothing of tasks: the worker that
started it decides what a failure means.

Answers: {"rows": [...]}; {"rejected": message} (ExtractionError: the file can never
be read); {"error": "Type: message"} (anything else: worth another try);
{"memory": true} when an allocation failed under the cap (the process then exits,
since nothing it holds can be trusted any more).
"""

from __future__ import annotations

import ctypes
import os
import resource
import signal
import socket
import sys

from . import wire

PR_SET_PDEATHSIG = 1
MIB = 1024 * 1024


def main(argv: list[str]) -> int:
    sock = socket.socket(fileno=int(argv[1]))
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
    while (request := wire.read_blocking(incoming)) is not None:
        header, data = request
        fields = [TemplateField(*field) for field in header["fields"]]
        try:
            rows = extract(
                data,
                filename=header["filename"],
                content_type=header["content_type"],
                fields=fields,
            )
            answer = wire.encode({"rows": check_rows(rows, fields)})
        except MemoryError:
            del data
            wire.write_blocking(outgoing, {"memory": True})
            return 1
        except ExtractionError as exc:
            answer = wire.encode({"rejected": str(exc)})
        except BaseException as exc:  # SystemExit from an extractor is its failure too
            answer = wire.encode({"error": _describe(exc)})
        outgoing.write(answer)
        outgoing.flush()
    return 0


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
