"""The report: one table row per figure, then the summary JSON as the last line."""

from __future__ import annotations

import json
from dataclasses import dataclass

JSON_KEYS = (
    "tasks_per_s",
    "procrastinate_tasks_per_s",
    "throughput_ratio",
    "update_commits_per_s",
    "push_p50_ms",
    "push_p99_ms",
    "push_p99_ms_1000",
    "push_p99_ms_1000_read_live",
    "append_ratio_100k_vs_100",
    "upload_mb_per_s",
    "upload_rss_growth_mb",
    "sheets_p99_ms",
    "fair_wait_p95_ms",
    "audit_mb_per_s",
    "audit_rss_growth_mb",
    "summary_p50_ms",
    "metrics_scrape_p50_ms",
    "results_first_page_ms",
    "results_deep_page_ms",
    "results_count_ms",
    "export_rows_per_s",
    "tasks_per_s_vs_update_commits",
    "cpu_us_per_task",
    "sheet_load_ms",
    "row_edit_p99_ms",
)


def percentile(samples, pct: float) -> float:
    """The nearest-rank percentile: p99 of 1,000 samples is the 990th smallest."""
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


@dataclass(frozen=True, slots=True)
class Row:
    figure: str
    value: str
    reference: str = ""
    target: str = ""
    met: bool | None = None


def table(rows: list[Row]) -> str:
    header = Row("figure", "value", "reference", "ratio / target", None)
    cells = [
        (r.figure, r.value, r.reference, r.target, _met(r.met) if r is not header else "met?")
        for r in [header, *rows]
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(5)]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if n == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def _met(met: bool | None) -> str:
    return "" if met is None else ("yes" if met else "NO")


def summary_json(values: dict[str, float], *, partial: bool = False) -> str:
    """The figures as JSON, in JSON_KEYS order; every key unless `partial` (bench --only)."""
    missing = set(JSON_KEYS) - set(values)
    if missing and not partial:
        raise ValueError(f"summary lacks {sorted(missing)}")
    return json.dumps({key: round(float(values[key]), 3) for key in JSON_KEYS if key in values})
