"""Prometheus metrics.

Process-wide (prometheus_client's default registry): task attempts by outcome and
their durations, and the workers' extraction processes (how many, how many busy,
how many killed for time or memory) (every worker, in `serve` or `cpe-runs
worker`), and HTTP requests by route (Litestar's PrometheusMiddleware, refused
ones included). The API's GET /metrics adds what the
database and the app know at the moment of the scrape: the task queue by age, runs
by status, live workers, stream clients, the event log's head against the last
event delivered, and the connection pool. A worker process serves its own on
`--metrics-port`.
"""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, Protocol

import asyncpg
from litestar import Litestar, Request, Response, get
from litestar.exceptions import HTTPException
from litestar.plugins.prometheus import PrometheusConfig, PrometheusMiddleware
from litestar.types import ASGIApp, Message, Receive, Scope, Send
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeHistogramMetricFamily, GaugeMetricFamily, Metric

from . import monitoring
from .db import DATABASE_ERRORS

log = logging.getLogger(__name__)

PREFIX = "cpe_runs"
# Task attempts take from milliseconds (text) to minutes (OCR of a long scan).
TASK_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)
SCRAPE_TIMEOUT_SECONDS = 5.0

TASK_SECONDS = Histogram(
    f"{PREFIX}_task_duration_seconds",
    "Seconds a worker spent on one task attempt, by its outcome",
    ["outcome"],
    buckets=TASK_BUCKETS,
)
TASK_OUTCOMES = Counter(
    f"{PREFIX}_task_outcomes", "Task attempts finished by this process, by outcome", ["outcome"]
)


# The metrics of each outcome, looked up once (labels() takes a lock and builds a key).
_TASK_METRICS: dict[str, tuple[Any, Any]] = {}


def observe_task(outcome: str, seconds: float) -> None:
    """A worker finished a task attempt (completed, failed, retrying, lost, ...)."""
    pair = _TASK_METRICS.get(outcome)
    if pair is None:
        pair = (TASK_SECONDS.labels(outcome), TASK_OUTCOMES.labels(outcome))
        _TASK_METRICS[outcome] = pair
    pair[0].observe(seconds)
    pair[1].inc()


EXTRACTION_KILLS = Counter(
    f"{PREFIX}_extraction_process_kills",
    "Extraction processes this process's workers stopped, by cause: past"
    " CPE_RUNS_TASK_TIMEOUT_SECONDS (time) or CPE_RUNS_TASK_MEMORY_MB (memory)",
    ["cause"],
)
for _cause in ("time", "memory"):
    EXTRACTION_KILLS.labels(_cause)  # graphed from 0, before the first kill


class ExtractionPool(Protocol):
    """What a worker's extraction pool (worker/pool.py) shows of itself."""

    size: int

    @property
    def live(self) -> int: ...

    @property
    def busy(self) -> int: ...


class ExtractionPools:
    """The extraction pools of this process's running workers, read at each scrape."""

    def __init__(self) -> None:
        self._pools: weakref.WeakSet[ExtractionPool] = weakref.WeakSet()

    def add(self, pool: ExtractionPool) -> None:
        self._pools.add(pool)

    def discard(self, pool: ExtractionPool) -> None:
        self._pools.discard(pool)

    def collect(self) -> Iterator[Metric]:
        pools = list(self._pools)
        processes = GaugeMetricFamily(
            f"{PREFIX}_extraction_processes",
            "Extraction processes of this process's workers: started (live), extracting"
            " a file or starting (busy), and at most (max: CPE_RUNS_EXTRACTION_PROCESSES)",
            labels=["state"],
        )
        processes.add_metric(["max"], sum(pool.size for pool in pools))
        processes.add_metric(["live"], sum(pool.live for pool in pools))
        processes.add_metric(["busy"], sum(pool.busy for pool in pools))
        yield processes


EXTRACTION_POOLS = ExtractionPools()
REGISTRY.register(EXTRACTION_POOLS)


class _RequestMetrics(PrometheusMiddleware):
    """Litestar's request metrics, also of requests refused by raising.

    Authentication (inside this middleware) refuses a request by raising; Litestar's
    own handler outside renders the 401, so no response passes through here, and
    Litestar's middleware would count the request as the 200 it starts from. Here a
    request that raises before its response starts is counted with its exception's
    status (500 for any other exception), and its time until then."""

    def __init__(self, app: ASGIApp, config: PrometheusConfig) -> None:
        super().__init__(app=_refusals_counted(app), config=config)

    def _get_wrapped_send(self, send: Send, request_span: dict[str, float]):
        wrapped = super()._get_wrapped_send(send, request_span)
        wrapped.request_span = request_span  # what the request is counted as
        return wrapped


def _refusals_counted(app: ASGIApp) -> ASGIApp:
    async def call(scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def noting_start(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await app(scope, receive, noting_start)
        except Exception as exc:
            span = getattr(send, "request_span", None)
            if span is not None and not started:
                span["status_code"] = exc.status_code if isinstance(exc, HTTPException) else 500
                span["duration"] = time.perf_counter() - span["start_time"]
            raise

    return call


def http_metrics() -> PrometheusConfig:
    """Request counts and latency by route template, refused requests included (event
    streams, which last as long as a client stays, and the scrape itself are left out)."""
    return PrometheusConfig(
        app_name="cpe_runs",
        prefix=f"{PREFIX}_http",
        group_path=True,
        exclude_unhandled_paths=True,
        exclude=[r"^/metrics$", r"^/api/events$", r"^/api/jobs/[^/]+/events$"],
        middleware_class=_RequestMetrics,
    )


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the database said at one scrape."""

    tasks: dict[str, monitoring.TaskState]
    runs: dict[str, int]
    workers: int
    newest_seq: int
    # The process's last delivered seq when the scrape began (what `undelivered` follows).
    delivered_seq: int
    undelivered: int
    undelivered_age_seconds: float


class AppCollector:
    """The metrics of one app: its last database snapshot, its stream clients and pool."""

    def __init__(self, app_state) -> None:
        self._state = app_state
        self.snapshot: Snapshot | None = None
        # One connection kept between scrapes: a new one would prepare (and introspect
        # the types of) every query again, several times the queries' own cost.
        self._pool: asyncpg.Pool | None = None

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.close()

    async def refresh(self) -> None:
        """Read the database as its URL's user (every user's rows); None when it fails."""
        hub = getattr(self._state, "event_hub", None)
        delivered = hub.head if hub is not None else 0
        try:
            async with asyncio.timeout(SCRAPE_TIMEOUT_SECONDS):
                if self._pool is None:
                    # The direct URL when the database URL goes through PgBouncer.
                    settings = self._state.settings
                    self._pool = await asyncpg.create_pool(
                        settings.listen_database_url or self._state.database_url,
                        min_size=0,
                        max_size=1,
                        server_settings={"application_name": "cpe_runs metrics"},
                    )
                async with self._pool.acquire() as conn:
                    tasks = await monitoring.task_states(conn)
                    runs = await monitoring.runs_by_status(conn)
                    workers = len(await monitoring.live_workers(conn))
                    newest = await monitoring.newest_event_seq(conn)
                    undelivered, age = await monitoring.events_after(conn, delivered)
        except DATABASE_ERRORS as exc:
            log.warning("metrics: the database did not answer (%s)", exc)
            self.snapshot = None
            return
        self.snapshot = Snapshot(tasks, runs, workers, newest, delivered, undelivered, age)

    def collect(self) -> Iterator[Metric]:
        snap = self.snapshot
        up = GaugeMetricFamily(
            f"{PREFIX}_database_up", "1 when the database answered this scrape, else 0"
        )
        up.add_metric([], 1 if snap else 0)
        yield up
        hub = getattr(self._state, "event_hub", None)
        if hub is not None:
            clients = GaugeMetricFamily(
                f"{PREFIX}_stream_clients", "Event-stream clients connected to this process"
            )
            clients.add_metric([], sum(1 for _ in hub.subscriptions()))
            yield clients
            delivered = GaugeMetricFamily(
                f"{PREFIX}_event_delivered_seq",
                "The seq of the last event this process handed to its streams",
            )
            delivered.add_metric([], snap.delivered_seq if snap else hub.head)
            yield delivered
        pool = getattr(self._state, "pool", None)
        if pool is not None:
            connections = GaugeMetricFamily(
                f"{PREFIX}_db_pool_connections",
                "Connections of the API's pool by state (max: its limit)",
                labels=["state"],
            )
            size, idle = pool.get_size(), pool.get_idle_size()
            connections.add_metric(["busy"], size - idle)
            connections.add_metric(["idle"], idle)
            connections.add_metric(["max"], pool.get_max_size())
            yield connections
        if snap is None:
            return
        yield from _database_metrics(snap)


def _database_metrics(snap: Snapshot) -> Iterator[Metric]:
    tasks = GaugeMetricFamily(
        f"{PREFIX}_tasks", "Tasks queued (due or waiting to retry) and running", labels=["state"]
    )
    oldest = GaugeMetricFamily(
        f"{PREFIX}_task_oldest_age_seconds",
        "Age of the oldest queued task (since due) and running task (since claimed)",
        labels=["state"],
    )
    by_age = GaugeHistogramMetricFamily(
        f"{PREFIX}_task_age_seconds",
        "Queued and running tasks by age (queued: since due; running: since claimed)",
        labels=["state"],
    )
    for state, ts in snap.tasks.items():
        tasks.add_metric([state], ts.tasks)
        oldest.add_metric([state], ts.oldest_seconds)
        buckets = [(f"{b:g}", n) for b, n in zip(monitoring.AGE_BUCKETS, ts.by_age, strict=True)]
        by_age.add_metric([state], [*buckets, ("+Inf", ts.tasks)], ts.age_sum_seconds)
    yield from (tasks, oldest, by_age)
    runs = GaugeMetricFamily(f"{PREFIX}_runs", "Runs by status", labels=["status"])
    for status, count in snap.runs.items():
        runs.add_metric([status], count)
    yield runs
    workers = GaugeMetricFamily(
        f"{PREFIX}_workers_alive", "Worker processes (or in-process worker groups) connected"
    )
    workers.add_metric([], snap.workers)
    yield workers
    newest = GaugeMetricFamily(f"{PREFIX}_event_newest_seq", "The newest seq in run_events")
    newest.add_metric([], snap.newest_seq)
    yield newest
    behind = GaugeMetricFamily(
        f"{PREFIX}_events_undelivered", "Events in run_events after this process's last delivered"
    )
    behind.add_metric([], snap.undelivered)
    yield behind
    lag = GaugeMetricFamily(
        f"{PREFIX}_event_lag_seconds", "Age of the oldest event this process has not delivered"
    )
    lag.add_metric([], snap.undelivered_age_seconds)
    yield lag


@asynccontextmanager
async def metrics_lifespan(app: Litestar) -> AsyncIterator[None]:
    """The app's collector (app.state.metrics) and its registry; its connection closes
    with the app."""
    collector = app.state.metrics = AppCollector(app.state)
    app.state.metrics_registry = CollectorRegistry(auto_describe=False)
    app.state.metrics_registry.register(collector)
    try:
        yield
    finally:
        await collector.close()


@get("/metrics", include_in_schema=False)
async def metrics_endpoint(request: Request) -> Response:
    """Prometheus text format: this process's metrics and the database's at this moment."""
    state = request.app.state
    await state.metrics.refresh()
    body = generate_latest(REGISTRY) + generate_latest(state.metrics_registry)
    # Litestar adds the charset itself.
    return Response(body, media_type=CONTENT_TYPE_LATEST.removesuffix("; charset=utf-8"))


def serve_worker_metrics(port: int) -> None:
    """`cpe-runs worker --metrics-port`: this process's metrics over HTTP, in a thread."""
    from prometheus_client import start_http_server

    start_http_server(port)
