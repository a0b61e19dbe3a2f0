"""`python -m bench --quick` runs end to end and ends with the summary JSON.

Only the shape is checked: performance is measured by `just bench`, never
asserted by a timed test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from bench.report import JSON_KEYS

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_quick_bench_prints_every_figure_as_its_last_line(scratch_path):
    bench = subprocess.Popen(
        [sys.executable, "-m", "bench", "--quick", "--data-dir", str(scratch_path)],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        stdout, stderr = bench.communicate(timeout=600)
    finally:
        # SIGTERM, not SIGKILL: the bench then stops its workers and its PostgreSQL.
        if bench.poll() is None:
            bench.terminate()
            bench.communicate(timeout=60)
    assert bench.returncode == 0, stderr[-5000:]
    *table, last = stdout.strip().splitlines()
    summary = json.loads(last)
    assert tuple(summary) == JSON_KEYS
    assert all(isinstance(value, int | float) for value in summary.values())
    assert any("procrastinate" in line for line in table)
