"""Running the real `cpe-runs serve` in a subprocess, for tests that need a live server."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx


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
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        return self.process.returncode


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
