"""Reading a big sheet through the API: the first page, a page near the end by
cursor, the count, and the CSV export; each must cost what the page costs, not
what the sheet holds.

The sheets are built with SQL through the real triggers (every row gets its
sheet-order key, every run its chain and its counts as in production), batch
after batch: each batch's files are stored as extracted, one certificate row
each, and the run is finished with a status update, so the append trigger
creates the next run; the last run is pending, as after any finished batch.
"""

from __future__ import annotations

import statistics
import time
import uuid
from dataclasses import dataclass

import httpx
import psycopg
from psycopg.types.json import Jsonb
from tests.factories import make_sheet

from . import lastrun
from .report import Row

PAGE_ROWS = 100
WARMUP = 5


@dataclass(frozen=True, slots=True)
class BigSheet:
    job_id: uuid.UUID
    batches: int
    rows_per_batch: int

    @property
    def rows(self) -> int:
        return self.batches * self.rows_per_batch

    @property
    def label(self) -> str:
        return f"{self.batches:,} x {self.rows_per_batch:,}"


@dataclass(frozen=True, slots=True)
class ReadCosts:
    sheet: BigSheet
    first_page_ms: tuple[float, ...]
    deep_page_ms: tuple[float, ...]
    deep_offset_ms: tuple[float, ...]
    count_ms: tuple[float, ...]
    export_s: tuple[float, ...]

    @property
    def export_rows_per_s(self) -> float:
        return self.sheet.rows / statistics.median(self.export_s)


def build(
    conn: psycopg.Connection, user_id: uuid.UUID, batches: int, rows_per_batch: int
) -> BigSheet:
    job_id, run_id = make_sheet(conn, user_id=user_id, name=f"{batches} x {rows_per_batch}")
    for batch in range(batches):
        with conn.transaction():
            files = conn.execute(
                "INSERT INTO source_files"
                "   (job_id, run_id, name, content_type, size_bytes, sha256, status)"
                " SELECT %(job)s, %(run)s, format('batch %%s certificate %%s.pdf', %(batch)s, n),"
                "   'application/pdf', 1000,"
                "   encode(sha256(format('%%s %%s %%s', %(run)s, n, %(batch)s)::bytea), 'hex'),"
                "   'completed'"
                " FROM generate_series(1, %(rows)s) AS n RETURNING id",
                {"job": job_id, "run": run_id, "batch": batch, "rows": rows_per_batch},
            ).fetchall()
            conn.execute(
                'INSERT INTO result_rows (job_id, run_id, file_id, "values")'
                " SELECT %s, %s, f.id, %s::jsonb || jsonb_build_object("
                "   'Certificate Number', f.n, 'Field of Study', 'Taxes')"
                " FROM unnest(%s::uuid[]) WITH ORDINALITY AS f(id, n)",
                [job_id, run_id, Jsonb(lastrun.ROW), [f for (f,) in files]],
            )
            conn.execute(
                "UPDATE job_runs SET status = 'in_progress', tasks_total = %s WHERE id = %s",
                [rows_per_batch, run_id],
            )
            conn.execute(
                "UPDATE job_runs SET status = 'completed', tasks_completed = tasks_total"
                " WHERE id = %s",
                [run_id],
            )
            (run_id,) = conn.execute("SELECT (latest_run(%s)).id", [job_id]).fetchone()
    conn.execute("VACUUM ANALYZE result_rows, job_runs, source_files")
    return BigSheet(job_id, batches, rows_per_batch)


def measure(
    base_url: str, token: str, api_url: str, user_id: uuid.UUID, sheet: BigSheet, requests: int
) -> ReadCosts:
    """p50-ready samples of each read of `sheet` (`requests` each, the export fewer)."""
    headers = {"Authorization": f"Bearer {token}"}
    url = f"/api/jobs/{sheet.job_id}/results"
    with httpx.Client(base_url=base_url, headers=headers, timeout=120) as client:
        first = client.get(url, params={"limit": PAGE_ROWS})
        first.raise_for_status()
        total = first.json()["total"]
        if total != sheet.rows:
            raise RuntimeError(f"the sheet says {total} rows, {sheet.rows} were built")
        # The cursor after the row 2 pages before the end: its page is the second to last.
        near_end = total - 2 * PAGE_ROWS
        cursor = client.get(url, params={"limit": 1, "offset": near_end - 1}).json()["next_cursor"]

        def page(**params) -> float:
            return _timed(client, url, {"limit": PAGE_ROWS, **params})

        first_page = _samples(lambda: page(), requests)
        deep_page = _samples(lambda: page(after=cursor), requests)
        deep_offset = _samples(lambda: page(offset=near_end), max(5, requests // 10))
        exports = _samples(
            lambda: _timed_download(client, f"/api/jobs/{sheet.job_id}/export/csv", sheet.rows),
            max(3, requests // 20),
            warmup=1,
        )
    counts = _count_samples(api_url, user_id, sheet.job_id, requests)
    return ReadCosts(sheet, first_page, deep_page, deep_offset, counts, exports)


def _samples(sample, n: int, warmup: int = WARMUP) -> tuple[float, ...]:
    for _ in range(warmup):
        sample()
    return tuple(sample() for _ in range(n))


def _timed(client: httpx.Client, url: str, params: dict) -> float:
    began = time.perf_counter()
    response = client.get(url, params=params)
    elapsed = (time.perf_counter() - began) * 1000
    response.raise_for_status()
    if len(response.json()["rows"]) != PAGE_ROWS:
        raise RuntimeError(f"{url} {params}: not a full page")
    return elapsed


def _timed_download(client: httpx.Client, url: str, rows: int) -> float:
    """Seconds from the request to the CSV's last byte, read as it streams."""
    began = time.perf_counter()
    lines = 0
    with client.stream("GET", url) as response:
        response.raise_for_status()
        for chunk in response.iter_bytes():
            lines += chunk.count(b"\n")
    elapsed = time.perf_counter() - began
    if lines != rows + 1:
        raise RuntimeError(f"{url}: {lines} lines for {rows} rows and a header")
    return elapsed


def _count_samples(url: str, user_id: uuid.UUID, job_id: uuid.UUID, n: int) -> tuple[float, ...]:
    """count_sheet_rows as the API calls it: as the API role, in a transaction that
    names the user (row-level security on), one statement per sample."""
    samples = []
    with psycopg.connect(url, autocommit=True, options="-c role=cpe_runs_api") as conn:
        for i in range(WARMUP + n):
            with conn.transaction():
                conn.execute("SELECT set_config('cpe_runs.user_id', %s, true)", [str(user_id)])
                began = time.perf_counter()
                (counted,) = conn.execute(
                    "SELECT count_sheet_rows((latest_run(%s)).id)", [job_id]
                ).fetchone()
                elapsed = (time.perf_counter() - began) * 1000
            if counted == 0:
                raise RuntimeError("count_sheet_rows saw no rows: not acting for the user?")
            if i >= WARMUP:
                samples.append(elapsed)
    return tuple(samples)


# Targets (issue 21): every figure on every sheet.
FIRST_PAGE_MS = 10
DEEP_PAGE_MS = 20
COUNT_MS = 5
EXPORT_ROWS_PER_S = 100_000


def figures(costs: list[ReadCosts]) -> tuple[list[Row], dict[str, float]]:
    """Table rows for each sheet; the JSON figures are the worst sheet's."""
    rows: list[Row] = []
    for c in costs:
        what = f"{c.sheet.rows:,} rows, {c.sheet.label}"
        first, deep = statistics.median(c.first_page_ms), statistics.median(c.deep_page_ms)
        offset, count = statistics.median(c.deep_offset_ms), statistics.median(c.count_ms)
        rows += [
            Row(
                f"results first page p50 ({what})",
                f"{first:.1f} ms",
                f"{PAGE_ROWS} rows",
                f"target <= {FIRST_PAGE_MS} ms",
                first <= FIRST_PAGE_MS,
            ),
            Row(
                "  page near the end by cursor (?after=) p50",
                f"{deep:.1f} ms",
                f"by offset: {offset:.0f} ms",
                f"target <= {DEEP_PAGE_MS} ms",
                deep <= DEEP_PAGE_MS,
            ),
            Row(
                "  count_sheet_rows p50 (SQL, as the API role)",
                f"{count:.2f} ms",
                "",
                f"target <= {COUNT_MS} ms",
                count <= COUNT_MS,
            ),
            Row(
                f"  CSV export, streamed (median of {len(c.export_s)})",
                f"{c.export_rows_per_s:,.0f} rows/s",
                f"{statistics.median(c.export_s):.2f} s",
                f"target >= {EXPORT_ROWS_PER_S:,} rows/s",
                c.export_rows_per_s >= EXPORT_ROWS_PER_S,
            ),
        ]
    values = {
        "results_first_page_ms": max(statistics.median(c.first_page_ms) for c in costs),
        "results_deep_page_ms": max(statistics.median(c.deep_page_ms) for c in costs),
        "results_count_ms": max(statistics.median(c.count_ms) for c in costs),
        "export_rows_per_s": min(c.export_rows_per_s for c in costs),
    }
    return rows, values
