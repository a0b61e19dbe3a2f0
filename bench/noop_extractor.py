"""The no-op extractor the throughput benchmark plugs into `cpe-runs worker`
(CPE_RUNS_EXTRACTOR=bench.noop_extractor:extract): it returns no row at once,
so the figure is the queue's own cost: claim, lease, report, run bookkeeping."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def extract(
    data: bytes, *, filename: str, content_type: str, fields: Sequence[Any]
) -> list[dict[str, Any]]:
    return []
