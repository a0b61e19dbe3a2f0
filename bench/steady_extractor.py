"""An extractor that takes a steady time per file (BENCH_TASK_SECONDS, default 0.1 s)
and returns no row: the fairness figure needs slots that stay busy, as they are
with real certificates, not a queue that drains in a blink."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from typing import Any


def extract(
    data: bytes, *, filename: str, content_type: str, fields: Sequence[Any]
) -> list[dict[str, Any]]:
    time.sleep(float(os.environ.get("BENCH_TASK_SECONDS", "0.1")))
    return []
