"""What Prometheus' scrape costs: GET /metrics of a live server on the benchmark's
database (its runs, tasks and events), which reads the queue, runs and workers
from the database at each request."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from .report import percentile


@dataclass(frozen=True, slots=True)
class Scrapes:
    samples_ms: list[float]
    size_bytes: int

    @property
    def p50_ms(self) -> float:
        return percentile(self.samples_ms, 50)


def measure(base_url: str, requests: int) -> Scrapes:
    samples, size = [], 0
    with httpx.Client(base_url=base_url, timeout=30) as client:
        client.get("/metrics").raise_for_status()  # the first builds the app's collector
        for _ in range(requests):
            began = time.perf_counter()
            response = client.get("/metrics")
            samples.append((time.perf_counter() - began) * 1000)
            response.raise_for_status()
            if "cpe_runs_database_up 1.0" not in response.text:
                raise RuntimeError("the scrape did not read the database")
            size = len(response.content)
    return Scrapes(samples, size)
