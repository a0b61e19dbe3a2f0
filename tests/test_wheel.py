"""The built wheel works alone: installed into a fresh virtual environment, its
`cpe-runs` migrates a database, serves and runs a worker that extracts a certificate,
from a folder that holds nothing of the repository."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from cpe_runs.migrations import migrations

from .live import free_port, stop_process, wait_until

REPO_ROOT = Path(__file__).resolve().parents[1]
CERTIFICATE = (
    b"Certificate of Completion\n"
    b"Course Title: Ethics for Accountants\n"
    b"Sponsor: Example Learning\n"
    b"Completion Date: 2024-03-05\n"
    b"CPE Hours: 4\n"
    b"Field of Study: Ethics\n"
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """`python -m build` (sdist, then the wheel from it), pip-installed into a new venv."""
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(REPO_ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    (wheel,) = dist.glob("cpe_runs-*.whl")
    # pip's cache makes this quick after the first run.
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return venv / "bin" / "cpe-runs"


def _env(url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CPE_RUNS_", "PYTHON"))}
    return {**env, "CPE_RUNS_DATABASE_URL": url}


def test_the_wheel_carries_its_migrations_and_nothing_of_the_checkout(installed):
    python = installed.with_name("python")
    where = subprocess.run(
        [str(python), "-c", "import cpe_runs.migrations as m; print(m.__file__)"],
        cwd="/",
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert str(installed.parents[1]) in where and str(REPO_ROOT) not in where
    sql = Path(where).with_name("sql")
    assert not sql.is_symlink()
    assert sorted(p.name for p in sql.glob("*.sql")) == sorted(
        p.name for p in (REPO_ROOT / "sql").glob("*.sql")
    )


def test_the_installed_command_migrates_serves_and_works_from_another_folder(
    installed, empty_db, tmp_path
):
    env = _env(empty_db)
    migrate = subprocess.run(
        [str(installed), "migrate"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert migrate.returncode == 0, migrate.stderr
    migration_count = len(migrations())
    assert f"applied {migration_count} migration(s)" in migrate.stdout

    token = subprocess.run(
        [str(installed), "token", "create", "wheel@example.com"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[-1]
    headers = {"Authorization": f"Bearer {token}"}

    port = free_port()
    with (
        open(tmp_path / "serve.log", "wb") as serve_log,
        open(tmp_path / "worker.log", "wb") as worker_log,
    ):
        serve = subprocess.Popen(
            [str(installed), "serve", "--port", str(port), "--workers", "0"],
            cwd=tmp_path,
            env=env,
            stdout=serve_log,
            stderr=subprocess.STDOUT,
        )
        worker = subprocess.Popen(
            [str(installed), "worker", "--concurrency", "1"],
            cwd=tmp_path,
            env=env,
            stdout=worker_log,
            stderr=subprocess.STDOUT,
        )
    try:
        base = f"http://127.0.0.1:{port}"

        def healthy() -> bool:
            assert serve.poll() is None, (tmp_path / "serve.log").read_text()
            try:
                return httpx.get(base + "/api/health", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        wait_until(healthy, timeout=60, message="the installed server answers")
        with httpx.Client(base_url=base, headers=headers, timeout=10) as client:
            state = client.get("/api/cpe/states").json()["states"][0]["template_id"]
            sheet = client.post("/api/cpe/sheets", json={"template_id": state}).json()
            job = sheet["job_id"]
            upload = client.post(
                f"/api/jobs/{job}/files", files={"files": ("ethics.txt", CERTIFICATE)}
            )
            assert upload.status_code == 201, upload.text
            assert client.post(f"/api/cpe/sheets/{job}/start").status_code == 202

            def finished() -> dict | None:
                assert worker.poll() is None, (tmp_path / "worker.log").read_text()
                run = client.get(f"/api/jobs/{job}/runs/{sheet['run_id']}").json()
                return run if run["status"] not in ("pending", "in_progress") else None

            run = wait_until(finished, timeout=60, message="the installed worker extracts")
            assert run["status"] == "completed", (tmp_path / "worker.log").read_text()
            rows = client.get(f"/api/jobs/{job}/results").json()["rows"]
            assert [r["values"]["CPE Hours"] for r in rows] == [4]
    finally:
        assert stop_process(worker) == 0, (tmp_path / "worker.log").read_text()
        assert stop_process(serve) == 0, (tmp_path / "serve.log").read_text()
    assert not list(tmp_path.glob(".cpe-runs")), "no embedded server with a database URL"
