"""Running the real `cpe-runs serve` in a subprocess, for tests that need a live server."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from . import topology


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LiveServer:
    process: subprocess.Popen
    base_url: str
    log_path: Path
    env: dict[str, str] = field(default_factory=dict)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> int:
        return stop_process(self.process, sig, timeout)


class ServerPair:
    """Two `serve` processes on one database, used as one server: each read of
    `base_url` names the other one, so clients (and streams) alternate between them."""

    def __init__(self, servers: list[LiveServer]) -> None:
        self.servers = servers
        self._next = 0

    @property
    def base_url(self) -> str:
        server = self.servers[self._next % len(self.servers)]
        self._next += 1
        return server.base_url

    @property
    def process(self) -> subprocess.Popen:
        return self.servers[0].process

    @property
    def env(self) -> dict[str, str]:
        return self.servers[0].env

    def log(self) -> str:
        return "\n".join(s.log() for s in self.servers)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> int:
        codes = [s.stop(sig, timeout) for s in self.servers]
        return next((c for c in codes if c), 0)


def stop_process(process: subprocess.Popen, sig: int = signal.SIGTERM, timeout: float = 30) -> int:
    """Signal the process and wait for it; kill it when it does not exit in time."""
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
    return process.returncode


def start_live_server(
    database_url: str | None,
    workdir: Path,
    *,
    args: tuple[str, ...] = ("--workers", "0"),
    env: dict[str, str] | None = None,
    wait: bool = True,
    timeout: float = 30,
) -> LiveServer:
    """Start `cpe-runs serve` with its working folder `workdir`; wait for /api/health."""
    port = free_port()
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CPE_RUNS_")}
    if database_url:
        full_env["CPE_RUNS_DATABASE_URL"] = database_url
    full_env.update(topology.current().env(database_url))
    full_env.update(env or {})
    log_path = workdir / f"serve-{port}.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "cpe_runs.cli", "serve", "--port", str(port), *args],
            cwd=workdir,
            env=full_env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = LiveServer(process, f"http://127.0.0.1:{port}", log_path, full_env)
    if wait:
        wait_until_healthy(server, timeout)
    return server


def wait_until_healthy(server: LiveServer, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"server exited with {server.process.returncode}:\n{server.log()}")
        try:
            if httpx.get(server.base_url + "/api/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    server.stop()
    raise TimeoutError(f"server not healthy after {timeout}s:\n{server.log()}")


# -- workers -----------------------------------------------------------------------

REPO_ROOT = Path(__file__).resolve().parents[1]


@dataclass
class WorkerProcess:
    process: subprocess.Popen
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> int:
        return stop_process(self.process, sig, timeout)


def start_worker(
    database_url: str,
    workdir: Path,
    extractor: str,
    *,
    concurrency: int = 1,
    env: dict[str, str] | None = None,
    args: tuple[str, ...] = (),
) -> WorkerProcess:
    """`cpe-runs worker` in a subprocess with CPE_RUNS_EXTRACTOR=tests.extractors:<extractor>
    (run from the repository, so that `tests` imports). Stop it in a finally."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CPE_RUNS_")}
    full_env.update(
        CPE_RUNS_DATABASE_URL=database_url,
        CPE_RUNS_EXTRACTOR=f"tests.extractors:{extractor}",
        CPE_RUNS_LOG_LEVEL="INFO",
    )
    full_env.update(topology.current().env(database_url))
    full_env.update(env or {})
    log_path = Path(tempfile.mkstemp(prefix="worker-", suffix=".log", dir=workdir)[1])
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "cpe_runs.cli", "worker"),
                *("--concurrency", str(concurrency), *args),
            ],
            cwd=REPO_ROOT,
            env=full_env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return WorkerProcess(process, log_path)


def wait_until(predicate, timeout: float = 60, message: str = "condition", interval=0.05):
    """Poll `predicate` until it returns something truthy (returned) or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"{message}: not reached in {timeout}s")
        time.sleep(interval)
