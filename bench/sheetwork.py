"""Working a big sheet through the API as the page does (SPEC 8).

The page reads the whole sheet, 1,000 rows a request (the API's largest page,
each after the cursor the one before gave), and then sorts, filters and
scrolls it itself; every cell edit is one PATCH,
a row added by hand one POST, a deletion one DELETE. Measured here: reading a
sheet of `rows` rows whole, and the round trip of each kind of change, on a
live server (row events are written and announced by each, as in use).
"""

from __future__ import annotations

import statistics
import time
import uuid
from dataclasses import dataclass

import httpx
import psycopg
from tests.browser import fill_finished_batch
from tests.factories import make_sheet

PAGE_ROWS = 1000
LOADS = 5


@dataclass(frozen=True, slots=True)
class SheetWork:
    rows: int
    # Reading the whole sheet, as the page does: one figure per load.
    load_ms: tuple[float, ...]
    edit_ms: tuple[float, ...]
    add_ms: tuple[float, ...]
    delete_ms: tuple[float, ...]

    @property
    def load_median_ms(self) -> float:
        return statistics.median(self.load_ms)


def build(conn: psycopg.Connection, user_id: uuid.UUID, rows: int) -> uuid.UUID:
    """A sheet whose first batch holds `rows` rows (20 files); its job id."""
    job_id, _run = make_sheet(conn, user_id=user_id, name="Big sheet")
    fill_finished_batch(conn, job_id, rows=rows, files=20)
    conn.execute("ANALYZE result_rows, source_files, job_runs")
    return job_id


def _load(client: httpx.Client, job_id: uuid.UUID) -> list[dict]:
    rows: list[dict] = []
    params: dict = {"limit": PAGE_ROWS}
    while True:
        answer = client.get(f"/api/jobs/{job_id}/results", params=params)
        answer.raise_for_status()
        body = answer.json()
        rows.extend(body["rows"])
        if not body["rows"] or not body.get("next_cursor") or len(rows) >= body["total"]:
            return rows
        params = {"limit": PAGE_ROWS, "after": body["next_cursor"]}


def _timed(call) -> float:
    began = time.perf_counter()
    answer = call()
    elapsed = (time.perf_counter() - began) * 1000
    answer.raise_for_status()
    return elapsed


def measure(base_url: str, token: str, job_id: uuid.UUID, *, rows: int, changes: int) -> SheetWork:
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base_url, headers=headers, timeout=60) as client:
        loaded = _load(client, job_id)  # warm-up
        if len(loaded) != rows:
            raise RuntimeError(f"the sheet read {len(loaded)} rows, {rows} were built")
        load_ms = []
        for _ in range(LOADS):
            began = time.perf_counter()
            _load(client, job_id)
            load_ms.append((time.perf_counter() - began) * 1000)

        path = f"/api/jobs/{job_id}/results"
        step = max(1, rows // changes)
        edit_ms = [
            _timed(
                lambda row=row, n=n: client.patch(
                    f"{path}/{row['row_id']}", json={"values": {"CPE Hours": n % 40 + 1}}
                )
            )
            for n, row in enumerate(loaded[::step][:changes])
        ]
        add_ms, delete_ms, added = [], [], []
        for n in range(changes):
            began = time.perf_counter()
            answer = client.post(path, json={"values": {"Course Title": f"By hand {n}"}})
            add_ms.append((time.perf_counter() - began) * 1000)
            answer.raise_for_status()
            added.append(answer.json()["row_id"])
        for row_id in added:
            delete_ms.append(_timed(lambda row_id=row_id: client.delete(f"{path}/{row_id}")))
    return SheetWork(rows, tuple(load_ms), tuple(edit_ms), tuple(add_ms), tuple(delete_ms))
