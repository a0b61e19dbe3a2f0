"""The worker: loop.py wires its loops (claims.py, reports.py, heartbeat.py, with
tasks.py carrying each task and slots.py keeping what it holds; listen.py: its LISTEN
session) and the processes that extract the files (pool.py, child.py, talking over
wire.py).

The loop is imported on first use, so that an extraction process, which imports
this package for child.py, never loads the database side."""

from __future__ import annotations

from typing import Any

_LOOP_NAMES = {"Worker", "in_process_workers", "retry_delay", "default_worker_id"}
__all__ = sorted(_LOOP_NAMES)


def __getattr__(name: str) -> Any:
    if name in _LOOP_NAMES:
        from . import loop

        return getattr(loop, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
