"""Settings, read once from the environment (every name starts with CPE_RUNS_)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

MIB = 1024 * 1024


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from None


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, got {raw!r}") from None


@dataclass(frozen=True, slots=True)
class Settings:
    # A postgresql:// URL; when None an embedded PostgreSQL is started under `home`.
    database_url: str | None = None
    # Where the embedded server keeps its data (and its lock files).
    home: Path = field(default_factory=lambda: Path.cwd() / ".cpe-runs")
    max_upload_bytes: int = 50 * MIB
    # Files in one upload request (a ZIP counts as one; its members have their own limit).
    max_upload_files: int = 100
    # ZIP limits: members unpacked, their total size, and the compression ratio
    # past which a member larger than 1 MiB is taken for a ZIP bomb.
    max_zip_members: int = 1000
    max_zip_bytes: int = 512 * MIB
    max_zip_ratio: int = 100
    # "module:callable"; None uses the built-in certificate extractor.
    extractor: str | None = None
    # Extraction runs in processes of the worker's own: this many per worker (None:
    # one per core; never more than its slots), each file stopped past this time or
    # memory (the attempt then fails and is retried).
    extraction_processes: int | None = None
    task_timeout_seconds: float = 120.0
    task_memory_mb: int = 1024
    max_attempts: int = 3
    lease_seconds: float = 30.0
    # Fallback poll when no NOTIFY arrives (workers wake on NOTIFY first).
    poll_seconds: float = 5.0
    shutdown_timeout: float = 20.0
    # A failed attempt is retried after this many seconds, doubling each time.
    retry_base_seconds: float = 1.0
    sse_ping_seconds: float = 15.0
    # Events buffered per stream client; one that falls further behind is
    # disconnected (it resumes with Last-Event-ID).
    sse_queue_events: int = 4096
    # How long run_events are kept for replay, and how often servers prune them.
    event_retention_seconds: float = 7 * 24 * 3600.0
    maintenance_seconds: float = 3600.0
    # A file still 'uploading' this long after its upload began was abandoned (its
    # server crashed) and is swept; far longer than any upload lasts.
    abandoned_upload_seconds: float = 24 * 3600.0
    # The roles the API and the workers act as (row-level security applies to them).
    api_role: str = "cpe_runs_api"
    worker_role: str = "cpe_runs_worker"
    # What one client or user may hold of the shared server (see README, Security).
    header_timeout_seconds: float = 10.0
    idle_timeout_seconds: float = 60.0
    max_connections_per_client: int = 128
    # Pool connections exports (spooling) and stream replays may use at once.
    spool_connections: int = 2
    replay_connections: int = 2
    # Bytes one upload request may store, and one user in all.
    max_request_bytes: int = 512 * MIB
    user_quota_bytes: int = 2048 * MIB
    # How long `serve` waits for a database that does not answer yet.
    startup_wait_seconds: float = 30.0
    # Sign-in with an OpenID Connect provider (docs: README "The original client"):
    # its issuer, the audience its tokens name us by, and the URL of its JWKS.
    # All three, or none (then only our own cpe_ tokens sign in).
    oidc_issuer: str | None = None
    oidc_audience: str | None = None
    oidc_jwks_url: str | None = None
    # An identity token in a stream URL (?token=) must expire within this many seconds.
    oidc_url_token_max_seconds: float = 3600.0
    # Origins whose pages may call the API from a browser (CORS), e.g. the
    # original client's http://localhost:3000; "*" allows every origin.
    cors_origins: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        oidc = {
            "CPE_RUNS_OIDC_ISSUER": self.oidc_issuer,
            "CPE_RUNS_OIDC_AUDIENCE": self.oidc_audience,
            "CPE_RUNS_OIDC_JWKS_URL": self.oidc_jwks_url,
        }
        if any(oidc.values()) and not all(oidc.values()):
            missing = ", ".join(name for name, value in oidc.items() if not value)
            raise ValueError(f"identity-provider sign-in needs all three settings: {missing} unset")

    @property
    def oidc_enabled(self) -> bool:
        return self.oidc_issuer is not None

    @classmethod
    def from_env(cls) -> Settings:
        home = os.environ.get("CPE_RUNS_HOME", "").strip()
        return cls(
            database_url=os.environ.get("CPE_RUNS_DATABASE_URL", "").strip() or None,
            home=Path(home).resolve() if home else Path.cwd() / ".cpe-runs",
            max_upload_bytes=_int("CPE_RUNS_MAX_UPLOAD_BYTES", 50 * MIB),
            max_upload_files=_int("CPE_RUNS_MAX_UPLOAD_FILES", 100),
            max_zip_members=_int("CPE_RUNS_MAX_ZIP_MEMBERS", 1000),
            max_zip_bytes=_int("CPE_RUNS_MAX_ZIP_BYTES", 512 * MIB),
            max_zip_ratio=_int("CPE_RUNS_MAX_ZIP_RATIO", 100),
            extractor=os.environ.get("CPE_RUNS_EXTRACTOR", "").strip() or None,
            extraction_processes=_int("CPE_RUNS_EXTRACTION_PROCESSES", 0) or None,
            task_timeout_seconds=_float("CPE_RUNS_TASK_TIMEOUT_SECONDS", 120.0),
            task_memory_mb=_int("CPE_RUNS_TASK_MEMORY_MB", 1024),
            max_attempts=_int("CPE_RUNS_MAX_ATTEMPTS", 3),
            lease_seconds=_float("CPE_RUNS_LEASE_SECONDS", 30.0),
            poll_seconds=_float("CPE_RUNS_POLL_SECONDS", 5.0),
            shutdown_timeout=_float("CPE_RUNS_SHUTDOWN_TIMEOUT", 20.0),
            retry_base_seconds=_float("CPE_RUNS_RETRY_BASE_SECONDS", 1.0),
            sse_ping_seconds=_float("CPE_RUNS_SSE_PING_SECONDS", 15.0),
            sse_queue_events=_int("CPE_RUNS_SSE_QUEUE_EVENTS", 4096),
            event_retention_seconds=_float("CPE_RUNS_EVENT_RETENTION_DAYS", 7.0) * 24 * 3600,
            maintenance_seconds=_float("CPE_RUNS_MAINTENANCE_SECONDS", 3600.0),
            abandoned_upload_seconds=_float("CPE_RUNS_ABANDONED_UPLOAD_HOURS", 24.0) * 3600,
            api_role=os.environ.get("CPE_RUNS_API_ROLE", "").strip() or "cpe_runs_api",
            worker_role=os.environ.get("CPE_RUNS_WORKER_ROLE", "").strip() or "cpe_runs_worker",
            header_timeout_seconds=_float("CPE_RUNS_HEADER_TIMEOUT_SECONDS", 10.0),
            idle_timeout_seconds=_float("CPE_RUNS_IDLE_TIMEOUT_SECONDS", 60.0),
            max_connections_per_client=_int("CPE_RUNS_MAX_CONNECTIONS_PER_CLIENT", 128),
            spool_connections=_int("CPE_RUNS_SPOOL_CONNECTIONS", 2),
            replay_connections=_int("CPE_RUNS_REPLAY_CONNECTIONS", 2),
            max_request_bytes=_int("CPE_RUNS_MAX_REQUEST_BYTES", 512 * MIB),
            user_quota_bytes=_int("CPE_RUNS_USER_QUOTA_BYTES", 2048 * MIB),
            startup_wait_seconds=_float("CPE_RUNS_STARTUP_WAIT_SECONDS", 30.0),
            oidc_issuer=os.environ.get("CPE_RUNS_OIDC_ISSUER", "").strip() or None,
            oidc_audience=os.environ.get("CPE_RUNS_OIDC_AUDIENCE", "").strip() or None,
            oidc_jwks_url=os.environ.get("CPE_RUNS_OIDC_JWKS_URL", "").strip() or None,
            oidc_url_token_max_seconds=_float("CPE_RUNS_OIDC_URL_TOKEN_MAX_SECONDS", 3600.0),
            cors_origins=tuple(
                origin.strip().rstrip("/")
                for origin in os.environ.get("CPE_RUNS_CORS_ORIGINS", "").split(",")
                if origin.strip()
            ),
        )
