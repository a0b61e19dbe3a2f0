"""The compliance figures, through HTTP on the live server:

- the audit packet of a sheet of many certificates (500 of 200 KiB in `just
  bench`: 100 MB), downloaded whole: MiB/s and the server process's peak RSS
  above its level just before (sampled as for the upload), which shows whether
  the packet is held in memory;
- GET /api/cpe/sheets/{id}/summary on a sheet of 10,000 rows with a
  requirement: p50 of repeated requests.

The sheets are built with SQL: a finished batch whose files' bytes are stored
in file_chunks as an upload stores them (one chunk each, up to 1 MiB).
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass

import httpx
import psycopg
from tests.factories import make_sheet

from .report import percentile
from .upload import MIB, RssSampler, UploadResult

SUMMARY_WARMUP = 3


@dataclass(frozen=True, slots=True)
class SummaryLatency:
    rows: int
    samples_ms: tuple[float, ...]

    @property
    def p50_ms(self) -> float:
        return percentile(self.samples_ms, 50)


def build(
    conn: psycopg.Connection, user_id: uuid.UUID, rows: int, certificate_kib: int | None
) -> uuid.UUID:
    """A sheet of `rows` rows in one finished batch; with `certificate_kib`, each row
    backed by a certificate of that size (else rows without files). Returns the job."""
    job_id, run_id = make_sheet(conn, user_id=user_id, name=f"bench {rows} rows")
    with conn.transaction():
        if certificate_kib:
            # md5 hex is 16 bytes decoded: repeat it to the size (stored uncompressed).
            conn.execute(
                "INSERT INTO source_files (job_id, run_id, name, content_type, size_bytes,"
                " sha256, status, created_at)"
                " SELECT %(job)s, %(run)s, format('certificate %%s.pdf', n), 'application/pdf',"
                "   %(bytes)s, encode(sha256(n::text::bytea), 'hex'), 'completed',"
                "   now() + n * interval '1 millisecond'"
                " FROM generate_series(1, %(rows)s) n",
                {"job": job_id, "run": run_id, "rows": rows, "bytes": certificate_kib * 1024},
            )
            conn.execute(
                "INSERT INTO file_chunks (file_id, chunk_no, data)"
                " SELECT f.id, 0, decode(repeat(md5(f.id::text), %s), 'hex')"
                " FROM source_files f WHERE f.run_id = %s",
                [certificate_kib * 1024 // 16, run_id],
            )
        conn.execute(
            """
            INSERT INTO result_rows (job_id, run_id, file_id, position, "values")
            SELECT %(job)s, %(run)s, f.id, 0, jsonb_build_object(
                     'Course Title', 'Course ' || n,
                     'Completion Date', to_char(date '2025-01-01' + n %% 700, 'YYYY-MM-DD'),
                     'CPE Hours', n %% 8 + 1,
                     'Field of Study',
                     (ARRAY['Taxes', 'Regulatory Ethics', 'Auditing'])[n %% 3 + 1])
              FROM generate_series(1, %(rows)s) n
              LEFT JOIN LATERAL (
                SELECT id FROM source_files WHERE run_id = %(run)s
                 ORDER BY created_at, id OFFSET n - 1 LIMIT 1) f ON %(files)s
            """,
            {"job": job_id, "run": run_id, "rows": rows, "files": bool(certificate_kib)},
        )
        conn.execute(
            "UPDATE job_runs SET tasks_total = 1, tasks_completed = 1, status = 'completed'"
            " WHERE id = %s",
            [run_id],
        )
        conn.execute(
            "SELECT set_sheet_requirement(%s, %s, '2025-01-01', '2026-12-31', 80, 4)",
            [user_id, job_id],
        )
    return job_id


def measure_packet(base_url: str, token: str, job_id: uuid.UUID, server_pid: int) -> UploadResult:
    """The packet's download, measured as an upload is (its size, time and server RSS)."""
    headers = {"Authorization": f"Bearer {token}"}
    url = f"/api/jobs/{job_id}/export/audit"
    with httpx.Client(base_url=base_url, headers=headers, timeout=600) as client:
        # Once first, so that the one-time imports (fpdf2, openpyxl) are not counted.
        client.get(f"/api/jobs/{job_id}/export/csv").raise_for_status()
        sampler = RssSampler(server_pid)
        sampler.start()
        began = time.perf_counter()
        received = 0
        try:
            with client.stream("GET", url) as response:
                response.raise_for_status()
                for chunk in response.iter_raw(MIB):
                    received += len(chunk)
        finally:
            seconds = time.perf_counter() - began
            sampler.stop()
    return UploadResult(
        size_mib=received / MIB,
        seconds=seconds,
        rss_before_mib=sampler.before / MIB,
        rss_peak_mib=sampler.peak / MIB,
    )


def measure_summary(
    base_url: str, token: str, job_id: uuid.UUID, rows: int, requests: int
) -> SummaryLatency:
    headers = {"Authorization": f"Bearer {token}"}
    samples = []
    with httpx.Client(base_url=base_url, headers=headers, timeout=60) as client:
        for n in range(SUMMARY_WARMUP + requests):
            began = time.perf_counter()
            response = client.get(f"/api/cpe/sheets/{job_id}/summary")
            elapsed = (time.perf_counter() - began) * 1000
            response.raise_for_status()
            assert response.json()["certificates"] == rows
            if n >= SUMMARY_WARMUP:
                samples.append(elapsed)
    return SummaryLatency(rows, tuple(samples))
