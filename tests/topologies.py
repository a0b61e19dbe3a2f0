"""Run the test suite under each topology (tests/topology.py), one after another, and
print a summary: `just test-topologies` (the whole suite under each), `just
test-topologies --ci` (CI: each non-default topology on the tests that exercise it).

    python -m tests.topologies [--ci] [--only NAME ...] [pytest arguments]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time

# name -> the environment that selects it
TOPOLOGIES: dict[str, dict[str, str]] = {
    "postgres": {},
    "file": {"CPE_TEST_BLOB_STORE": "file"},
    "s3": {"CPE_TEST_BLOB_STORE": "s3"},
    "pgbouncer": {"CPE_TEST_POOLING": "pgbouncer"},
    "two-servers": {"CPE_TEST_SERVERS": "2"},
}

# What each non-default topology changes, and so the tests CI runs under it: the
# stores' uploads, downloads, worker reads and deletions; PgBouncer's API, workers and
# streams; two servers' streams and live API.
_STORE_TESTS = [
    "tests/test_topology.py",
    "tests/test_api_uploads.py",
    "tests/test_api_sheets.py",
    "tests/test_api_sheet_editing.py",
    "tests/test_worker_loop.py",
    "tests/test_audit_live.py",
    "tests/test_api_live_uploads.py",
]
CI_TESTS: dict[str, list[str]] = {
    "file": _STORE_TESTS,
    "s3": _STORE_TESTS,
    "pgbouncer": [
        "tests/test_topology.py",
        "tests/test_api_uploads.py",
        "tests/test_worker_loop.py",
        "tests/test_worker_processes.py",
        "tests/test_stream.py",
    ],
    "two-servers": [
        "tests/test_topology.py",
        "tests/test_stream.py",
        "tests/test_stream_security.py",
        "tests/test_api_live_uploads.py",
    ],
}

_COUNTS = re.compile(r"(\d+) (passed|failed|errors?|skipped|xfailed|xpassed|deselected)")


def _summary(output: str) -> str:
    for line in reversed(output.splitlines()):
        if _COUNTS.search(line) and " in " in line:
            return line.strip("= ")
    return "no summary (see the output above)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ci", action="store_true", help="non-default topologies, CI subsets")
    parser.add_argument("--only", action="append", choices=TOPOLOGIES, help="these topologies")
    args, pytest_args = parser.parse_known_args()
    names = args.only or [n for n in TOPOLOGIES if not (args.ci and n == "postgres")]
    results = []
    for name in names:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CPE_TEST_")}
        env.update(TOPOLOGIES[name])
        paths = CI_TESTS.get(name, []) if args.ci else []
        command = [sys.executable, "-m", "pytest", "-q", *pytest_args, *paths]
        print(
            f"== {name}: {' '.join(f'{k}={v}' for k, v in TOPOLOGIES[name].items())}"
            f" {' '.join(command[1:])}",
            flush=True,
        )
        started = time.monotonic()
        output = []
        with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) as process:
            for line in process.stdout:  # shown as it comes, kept for the summary
                sys.stdout.write(line)
                sys.stdout.flush()
                output.append(line)
        results.append((name, process.returncode, time.monotonic() - started, "".join(output)))
    print("\n== topologies")
    for name, code, seconds, output in results:
        verdict = "ok" if code == 0 else f"FAILED (exit {code})"
        print(f"{name:12} {verdict:18} {seconds:7.0f} s  {_summary(output)}")
    return max((code for _, code, _, _ in results), default=0)


if __name__ == "__main__":
    sys.exit(main())
