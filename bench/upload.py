"""Upload: one large file through POST /api/jobs/{job_id}/files.

The client streams it from disk (httpx reads a file object in chunks for the
multipart body), so only the server could hold it whole. A thread samples the
server process's RSS from before the request until after the response; the
figure is the peak above the level just before. A small upload first loads
the upload path's code, so that its one-time import cost is not counted.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil

MIB = 1024 * 1024
# The server's RSS, sampled this often (a 200 MiB upload lasts seconds).
SAMPLE_SECONDS = 0.005


@dataclass(frozen=True, slots=True)
class UploadResult:
    size_mib: float
    seconds: float
    rss_before_mib: float
    rss_peak_mib: float

    @property
    def mib_per_s(self) -> float:
        return self.size_mib / self.seconds

    @property
    def rss_growth_mib(self) -> float:
        return self.rss_peak_mib - self.rss_before_mib


def make_file(path: Path, size_mib: int) -> Path:
    """A PDF-looking file of `size_mib` MiB: a PDF header, then incompressible bytes."""
    block = os.urandom(MIB)
    with open(path, "wb") as fh:
        fh.write(b"%PDF-1.7\n%" + block[: MIB - 10])
        for _ in range(size_mib - 1):
            fh.write(block)
    return path


class RssSampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.process = psutil.Process(pid)
        self.before = self.process.memory_info().rss
        self.peak = self.before
        self._finished = threading.Event()

    def run(self) -> None:
        while not self._finished.is_set():
            self.peak = max(self.peak, self.process.memory_info().rss)
            time.sleep(SAMPLE_SECONDS)

    def stop(self) -> None:
        self._finished.set()
        self.join(5)
        self.peak = max(self.peak, self.process.memory_info().rss)


def measure(
    base_url: str, token: str, template_id: str, server_pid: int, workdir: Path, size_mib: int
) -> UploadResult:
    path = make_file(workdir / "upload.pdf", size_mib)
    headers = {"Authorization": f"Bearer {token}"}
    try:
        with httpx.Client(base_url=base_url, headers=headers, timeout=300) as client:
            created = client.post(
                "/api/cpe/sheets", json={"template_id": template_id, "name": "upload"}
            )
            created.raise_for_status()
            job_id = created.json()["job_id"]
            _post(client, job_id, "warm-up.pdf", b"%PDF-1.7\n%warm-up\n")
            sampler = RssSampler(server_pid)
            sampler.start()
            began = time.perf_counter()
            with open(path, "rb") as fh:
                _post(client, job_id, "large.pdf", fh)
            seconds = time.perf_counter() - began
            sampler.stop()
    finally:
        path.unlink(missing_ok=True)
    return UploadResult(size_mib, seconds, sampler.before / MIB, sampler.peak / MIB)


def _post(client: httpx.Client, job_id: str, name: str, content) -> None:
    response = client.post(
        f"/api/jobs/{job_id}/files", files={"files": (name, content, "application/pdf")}
    )
    if response.status_code != 201:
        raise RuntimeError(f"upload of {name} answered {response.status_code}: {response.text}")
