"""Worker processes started and stopped by a benchmark, with bounded waits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import psutil

REPO_ROOT = Path(__file__).resolve().parents[1]


def bench_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a child: no developer CPE_RUNS_ settings, bench/ importable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CPE_RUNS_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env.update(extra or {})
    return env


def console_script(name: str) -> str:
    """A command installed beside this interpreter (the venv's bin/)."""
    return str(Path(sys.executable).with_name(name))


class ProcessGroup:
    """N copies of one command, each logging to its own file."""

    def __init__(self, argv: Sequence[str], count: int, env: dict[str, str], logdir: Path) -> None:
        self.argv = list(argv)
        self.count = count
        self.env = env
        self.logdir = logdir
        self.processes: list[subprocess.Popen] = []
        self.logs: list[Path] = []

    def __enter__(self) -> ProcessGroup:
        self.logdir.mkdir(parents=True, exist_ok=True)
        for n in range(self.count):
            log_path = self.logdir / f"{Path(self.argv[0]).name}-{len(self.logs)}-{n}.log"
            with open(log_path, "wb") as log:
                self.processes.append(
                    subprocess.Popen(
                        self.argv,
                        cwd=REPO_ROOT,
                        env=self.env,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                    )
                )
            self.logs.append(log_path)
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()

    def check_alive(self) -> None:
        for process, log in zip(self.processes, self.logs, strict=True):
            if process.poll() is not None:
                tail = log.read_text(errors="replace")[-3000:]
                raise RuntimeError(f"{self.argv[0]} exited with {process.returncode}:\n{tail}")

    def stop(self, timeout: float = 30) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for process in self.processes:
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)


def wait_until(
    condition: Callable[[], bool],
    *,
    timeout: float,
    interval: float = 0.05,
    what: str,
    check: Callable[[], None] | None = None,
) -> None:
    """Poll `condition` until it holds; raise TimeoutError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check:
            check()
        if condition():
            return
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}")


def cpu_seconds(roots: Sequence[int]) -> dict[int, float]:
    """CPU time (user + system) of each process under `roots`, the roots included.

    CPU time, unlike wall time, does not grow while a process waits for a core,
    so it stays comparable when other work shares the machine.
    """
    seconds: dict[int, float] = {}
    for root in roots:
        try:
            process = psutil.Process(root)
            family = [process, *process.children(recursive=True)]
        except psutil.Error:
            continue
        for member in family:
            try:
                times = member.cpu_times()
            except psutil.Error:  # it exited meanwhile
                continue
            seconds[member.pid] = times.user + times.system
    return seconds


def cpu_used(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU seconds spent between two cpu_seconds() readings (new processes count whole)."""
    return sum(spent - before.get(pid, 0.0) for pid, spent in after.items())
