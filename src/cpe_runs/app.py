"""The Litestar application: create_app() and the lifespan that owns the pools."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from litestar import Litestar
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.logging import LoggingConfig
from litestar.middleware import DefineMiddleware
from litestar.openapi import OpenAPIConfig

from . import __version__
from .api import compliance as compliance_api
from .api import files as files_api
from .api import jobs as jobs_api
from .api import results as results_api
from .api import sheets as sheets_api
from .api.account import me
from .api.errors import EXCEPTION_HANDLERS as DOMAIN_EXCEPTION_HANDLERS
from .api.events import create_ticket, stream_events, stream_job_events
from .api.health import health, ready
from .api.page import route_handlers as page_routes
from .api.params import GuardedRequest
from .api.problems import EXCEPTION_HANDLERS
from .auth import PUBLIC_PATHS, TokenAuthMiddleware, identity_provider_lifespan
from .config import Settings
from .db import create_pool, login_url
from .events import event_hub_lifespan
from .maintenance import maintenance_lifespan
from .metrics import http_metrics, metrics_endpoint, metrics_lifespan
from .spool import SpoolBudget
from .storage.blobs import BlobStores
from .worker import in_process_workers


def create_app(
    database_url: str, settings: Settings | None = None, *, workers: int = 0
) -> Litestar:
    """The app; `workers` > 0 also runs that many worker slots in this process."""
    settings = settings or Settings.from_env()
    # Requests act as the API role; the event listener, housekeeping and workers,
    # which act for every user and never run a request's SQL, as the worker role. Each
    # logs in as its role (db.login_url), except through a pooler, where the URL's
    # login user acts as it (db.create_pool checks).
    api_url = settings.api_database_url or database_url
    worker_url = settings.worker_database_url or database_url
    # Sessions of their own (LISTEN, housekeeping) go straight to PostgreSQL.
    direct_url = login_url(settings.listen_database_url or worker_url, settings.worker_role)

    @asynccontextmanager
    async def pool_lifespan(app: Litestar) -> AsyncIterator[None]:
        # Every request acts as the API role: row-level security applies to all it reads.
        # Requests keep no session state (the user is set per transaction, LISTEN has its
        # own connection), so a connection goes back without asyncpg's reset round trip.
        app.state.pool = await create_pool(
            api_url,
            role=settings.api_role,
            reset=False,
            pooled=settings.database_pooling == "transaction",
        )
        # What exports and stream replays may take of the pool at once (spool.py).
        app.state.spool_budget = SpoolBudget(settings.spool_connections)
        app.state.replay_budget = asyncio.Semaphore(max(1, settings.replay_connections))
        # Where new uploads' bytes go, and every store that files name (storage/blobs.py).
        app.state.blobs = BlobStores(settings)
        try:
            yield
        finally:
            await app.state.blobs.close()
            await app.state.pool.close()

    return Litestar(
        route_handlers=[
            health,
            ready,
            metrics_endpoint,
            me,
            *sheets_api.HANDLERS,
            *files_api.HANDLERS,
            *results_api.HANDLERS,
            *compliance_api.HANDLERS,
            *jobs_api.HANDLERS,
            create_ticket,
            stream_events,
            stream_job_events,
            *page_routes,
        ],
        lifespan=[
            pool_lifespan,
            identity_provider_lifespan,
            event_hub_lifespan,
            metrics_lifespan,
            maintenance_lifespan(settings),
            in_process_workers(worker_url, settings, workers),
        ],
        # Metrics around authentication, so that refused requests count too (as their
        # 401: metrics.py).
        middleware=[
            http_metrics().middleware,
            DefineMiddleware(TokenAuthMiddleware, exclude=PUBLIC_PATHS),
        ],
        cors_config=_cors(settings),
        exception_handlers={**EXCEPTION_HANDLERS, **DOMAIN_EXCEPTION_HANDLERS},
        openapi_config=OpenAPIConfig(title="cpe_runs", version=__version__, path="/schema"),
        state=State(
            {
                "settings": settings,
                "database_url": database_url,
                "worker_url": worker_url,
                "direct_url": direct_url,
            }
        ),
        request_class=GuardedRequest,
        # Log through the process's own handlers (logs.py: text or JSON).
        logging_config=LoggingConfig(
            configure_root_logger=False,
            loggers={"litestar": {"level": "INFO", "handlers": [], "propagate": True}},
        ),
    )


def _cors(settings: Settings) -> CORSConfig | None:
    """Browsers on the configured origins (the original client's) may call the API.

    They send the token as a header, never a cookie, so no credentials mode; they
    read the export's name from Content-Disposition, so it is exposed.
    """
    if not settings.cors_origins:
        return None
    return CORSConfig(
        allow_origins=list(settings.cors_origins),
        allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        allow_headers=["Authorization", "Content-Type", "Cache-Control", "Last-Event-ID"],
        expose_headers=["Content-Disposition"],
        max_age=600,
    )
