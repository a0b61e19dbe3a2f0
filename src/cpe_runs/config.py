"""Settings, declared once: each field's type, bounds, default, unit and meaning.

Every setting is read from the environment variable `CPE_RUNS_<FIELD NAME>` (an
empty value counts as unset) and validated on the way in; a bad value stops the
program with one line that names the variable (SettingsError). The README's
settings table is generated from this declaration (`python -m cpe_runs.config`)
and a test keeps the two equal.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal, get_args, get_origin, get_type_hints

import msgspec
from msgspec import Meta

MIB = 1024 * 1024
PREFIX = "CPE_RUNS_"

# The kinds of value, with their bounds (msgspec checks them).
Count = Annotated[int, Meta(ge=1)]
Bytes = Annotated[int, Meta(ge=1)]
Seconds = Annotated[float, Meta(gt=0)]
RoleName = Annotated[str, Meta(pattern=r"^[a-z_][a-z0-9_$]{0,62}$")]


class SettingsError(ValueError):
    """A setting's value is not valid; the message names the variable."""


def setting(
    default: Any, meaning: str, *, unit: str = "", shown: str | None = None, factory=None
) -> Any:
    """Declare a field: its default, unit and meaning (the README's table says the same).

    `shown` is how the default reads in the README when its value is not literal.
    """
    metadata = {"meaning": meaning, "unit": unit, "shown": shown}
    if factory is not None:
        return field(default_factory=factory, metadata=metadata)
    return field(default=default, metadata=metadata)


@dataclass(frozen=True, slots=True)
class Settings:
    # -- the database and the process ---------------------------------------------
    database_url: str | None = setting(
        None,
        "a `postgresql://` URL of any PostgreSQL >= 15; no embedded server is started",
        shown="embedded server",
    )
    home: Path = setting(
        None,
        "where the embedded server keeps its data (and its lock files)",
        shown="`./.cpe-runs`",
        factory=lambda: Path.cwd() / ".cpe-runs",
    )
    listen_database_url: str | None = setting(
        None,
        "a direct `postgresql://` URL for LISTEN when CPE_RUNS_DATABASE_URL goes through"
        " PgBouncer in transaction pooling mode (README, Many processes)",
        shown="the database URL",
    )
    database_pooling: Literal["session", "transaction"] = setting(
        "session",
        "`transaction`: CPE_RUNS_DATABASE_URL goes through a pooler in transaction mode"
        " (PgBouncer): no prepared-statement cache, and its login user must act as the"
        " API's or the workers' role (README, Many processes)",
    )
    # -- where certificate bytes go (storage/, README "Many processes") ----------
    blob_store: str = setting(
        "postgres",
        "where new uploads' bytes go: `postgres` (file_chunks), `file:///path` (a directory)"
        " or `s3://bucket/prefix`",
    )
    s3_endpoint_url: str | None = setting(
        None,
        "the S3 endpoint for a service that is not AWS (MinIO, Ceph, ...); credentials and"
        " region come from the standard AWS variables",
        shown="AWS",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = setting(
        "INFO", "the lowest level logged"
    )
    log_format: Literal["text", "json"] = setting(
        "text", "`json`: one JSON object per line (for log collectors)"
    )
    # The roles the API, the workers and event subscribers act as (row-level security
    # applies to them); the migrations create them when missing.
    api_role: RoleName = setting("cpe_runs_api", "the role the API logs in as (see Security)")
    worker_role: RoleName = setting(
        "cpe_runs_worker", "the role workers, the event listener and housekeeping log in as"
    )
    subscriber_role: RoleName = setting(
        "cpe_runs_subscriber",
        "the role dashboards subscribing in the database log in as (docs/events.md)",
    )
    # How the API and worker roles log in (sql/0009: they log in themselves, never as the
    # schema owner).
    api_database_url: str | None = setting(
        None,
        "the URL the API role logs in with (a password, another host such as a pooler)",
        shown="the database URL with the role as its user, no password",
    )
    worker_database_url: str | None = setting(
        None,
        "the URL the worker role logs in with (workers, event listener, housekeeping)",
        shown="the database URL with the role as its user, no password",
    )
    # -- uploads --------------------------------------------------------------------
    max_upload_bytes: Bytes = setting(
        50 * MIB, "the largest file (also a ZIP, and each of its members)", unit="bytes"
    )
    max_upload_files: Count = setting(
        100, "files in one upload request (a ZIP counts as one)", unit="files"
    )
    max_zip_members: Count = setting(
        1000, "entries in one ZIP, folders and clutter (`__MACOSX/`) included", unit="entries"
    )
    max_zip_bytes: Bytes = setting(512 * MIB, "a ZIP's members, unpacked, together", unit="bytes")
    max_zip_ratio: Count = setting(
        100,
        "the highest compression ratio of a ZIP member over 1 MiB, and of a whole ZIP that"
        " unpacks to over 1 MiB (a ZIP bomb past it)",
    )
    abandoned_upload_hours: Annotated[float, Meta(gt=0)] = setting(
        24.0,
        "files of an upload still arriving this long (their server crashed) are swept;"
        " keep it above the longest upload",
        unit="hours",
    )
    # -- workers --------------------------------------------------------------------
    extractor: str | None = setting(
        None, "`package.module:callable` of the extractor", shown="built-in"
    )
    # Extraction runs in processes of the worker's own; a file past its time or memory
    # is stopped, and the attempt fails and is retried.
    extraction_processes: Count | None = setting(
        None,
        "extraction processes per worker (at most its `--concurrency`, or `--workers` for `serve`)",
        shown="number of cores",
    )
    task_timeout_seconds: Seconds = setting(
        120.0,
        "one file's extraction is stopped past this; the attempt fails and is retried",
        unit="seconds",
    )
    task_memory_mb: Annotated[int, Meta(ge=0)] = setting(
        1024,
        "one file's extraction is stopped past this much memory (0: no limit); the attempt"
        " fails and is retried",
        unit="MiB",
    )
    # The built-in LLM extractor (extraction/llm.py) replaces the rules when a URL is set.
    llm_url: str | None = setting(
        None,
        "the endpoint's base (`http://127.0.0.1:11434/v1`) or its `/chat/completions` address",
        shown="unset (rules only)",
    )
    llm_model: str = setting("llama3.1", "the model name the endpoint knows")
    llm_api_key: str | None = setting(
        None, "sent as `Authorization: Bearer …` when set", shown="unset"
    )
    llm_timeout_seconds: Seconds = setting(
        60.0, "per request; past it the rules' row is kept", unit="seconds"
    )
    prefetch_tasks: Annotated[int, Meta(ge=0)] = setting(
        256,
        "tasks a worker claims ahead of its free slots, at most (0: none), so that its"
        " claims and reports batch at any `--concurrency`",
        unit="tasks",
    )
    prefetch_bytes: Bytes = setting(
        32 * MIB,
        "the file bytes a worker's claimed tasks may carry in all: a file larger than its"
        " share (this ÷ (`--concurrency` + `prefetch_tasks`), at most 1 MiB) is read when"
        " it starts instead",
        unit="bytes",
    )
    prefetch_seconds: Seconds = setting(
        0.1,
        "a worker claims ahead only what it expects to start within this long, at the rate"
        " it has been finishing tasks (slow files: nothing ahead)",
        unit="seconds",
    )
    max_attempts: Count = setting(3, "attempts per task, for runs started from now on")
    lease_seconds: Seconds = setting(
        30.0, "how long a claim holds without a heartbeat", unit="seconds"
    )
    poll_seconds: Seconds = setting(
        5.0, "the latest an idle worker looks for work without a NOTIFY", unit="seconds"
    )
    shutdown_timeout: Seconds = setting(
        20.0, "how long a stopping worker or server lets work in hand finish", unit="seconds"
    )
    retry_base_seconds: Seconds = setting(
        1.0, "the first retry's longest delay; it doubles each time (jittered)", unit="seconds"
    )
    # -- the event stream -----------------------------------------------------------
    sse_ping_seconds: Seconds = setting(
        15.0, "a comment ping on idle event streams this often", unit="seconds"
    )
    sse_queue_events: Count = setting(
        4096,
        "events a stream client may fall behind (waiting for it, or written while its"
        " connection's buffer is full) before it is disconnected",
        unit="events",
    )
    event_retention_days: Annotated[float, Meta(gt=0)] = setting(
        7.0, "how long events are kept for replay", unit="days"
    )
    maintenance_seconds: Seconds = setting(
        3600.0, "how often servers prune old events and sweep abandoned uploads", unit="seconds"
    )

    # -- what one client or user may hold of a shared server (README, Security) -------
    header_timeout_seconds: Seconds = setting(
        10.0,
        "a connection must send its request line and headers within this; otherwise 408",
        unit="seconds",
    )
    idle_timeout_seconds: Seconds = setting(
        60.0,
        "a client that stops sending a body or reading a response this long is disconnected",
        unit="seconds",
    )
    max_connections_per_client: Count = setting(
        128, "open connections from one IP address; the next is answered 503", unit="connections"
    )
    spool_connections: Count = setting(
        2, "pool connections exports may use at once", unit="connections"
    )
    replay_connections: Count = setting(
        2, "pool connections event-stream replays may use at once", unit="connections"
    )
    max_request_bytes: Bytes = setting(
        512 * MIB, "bytes one upload request may store", unit="bytes"
    )
    user_quota_bytes: Bytes = setting(
        2048 * MIB, "bytes of files one user may store in all", unit="bytes"
    )
    startup_wait_seconds: Annotated[float, Meta(ge=0)] = setting(
        30.0, "how long `serve` waits for a database that does not answer yet", unit="seconds"
    )
    # -- sign-in with an OpenID Connect provider (README, "The original client") -----
    # All three, or none (then only our own cpe_ tokens sign in).
    oidc_issuer: str | None = setting(None, "the identity provider's issuer URL", shown="unset")
    oidc_audience: str | None = setting(
        None, "the audience the provider's tokens name us by", shown="unset"
    )
    oidc_jwks_url: str | None = setting(None, "the URL of the provider's JWKS", shown="unset")
    oidc_url_token_max_seconds: Seconds = setting(
        3600.0,
        "an identity token in a stream URL (`?token=`) must expire within this",
        unit="seconds",
    )
    cors_origins: tuple[str, ...] = setting(
        (),
        "comma-separated origins whose pages may call the API from a browser, e.g. the"
        " original client's `http://localhost:3000`; `*` allows every origin",
        shown="unset",
    )

    def __post_init__(self) -> None:
        # An origin never ends in a slash; browsers send it without one.
        object.__setattr__(
            self, "cors_origins", tuple(o.strip().rstrip("/") for o in self.cors_origins)
        )
        oidc = {
            "CPE_RUNS_OIDC_ISSUER": self.oidc_issuer,
            "CPE_RUNS_OIDC_AUDIENCE": self.oidc_audience,
            "CPE_RUNS_OIDC_JWKS_URL": self.oidc_jwks_url,
        }
        if any(oidc.values()) and not all(oidc.values()):
            missing = ", ".join(name for name, value in oidc.items() if not value)
            raise SettingsError(
                f"identity-provider sign-in needs all three settings: {missing} unset"
            )

    @property
    def oidc_enabled(self) -> bool:
        return self.oidc_issuer is not None

    @property
    def event_retention_seconds(self) -> float:
        return self.event_retention_days * 24 * 3600

    @property
    def abandoned_upload_seconds(self) -> float:
        return self.abandoned_upload_hours * 3600

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The settings of the environment; SettingsError names the first bad variable."""
        environ = os.environ if environ is None else environ
        hints = get_type_hints(cls, include_extras=True)
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            raw = environ.get(env_name(f.name), "").strip()
            if raw:
                values[f.name] = _convert(f, raw, hints[f.name])
        if "home" in values:
            values["home"] = values["home"].resolve()
        return cls(**values)


def env_name(field_name: str) -> str:
    return PREFIX + field_name.upper()


def _convert(f: dataclasses.Field, raw: str, hint: Any) -> Any:
    value: Any = raw
    if get_origin(hint) is Literal:  # choices match whatever their case
        value = {str(v).lower(): str(v) for v in get_args(hint)}.get(raw.lower(), raw)
    elif get_origin(hint) is tuple:  # a comma-separated list
        value = [item.strip() for item in raw.split(",") if item.strip()]
    try:
        return msgspec.convert(value, hint, strict=False, dec_hook=_decode)
    except msgspec.ValidationError:
        raise SettingsError(
            f"{env_name(f.name)} must be {_describe(hint, f.metadata['unit'])}, got {raw!r}"
        ) from None


def _decode(type_: type, value: Any) -> Any:
    if type_ is Path and isinstance(value, str):
        return Path(value)
    raise NotImplementedError


def _describe(hint: Any, unit: str) -> str:
    """What a value of this type reads as, for an error message."""
    metas: list[Meta] = []
    if get_origin(hint) is Annotated:
        hint, *extras = get_args(hint)
        metas = [m for m in extras if isinstance(m, Meta)]
    if get_origin(hint) is Literal:
        return "one of " + ", ".join(repr(v) for v in get_args(hint))
    what = {int: "a whole number", float: "a number", str: "a name"}.get(hint, "a value")
    if unit:
        what += f" of {unit}"
    for meta in metas:
        if meta.gt is not None:
            what += f" above {meta.gt:g}"
        if meta.ge is not None:
            what += f" of at least {meta.ge:g}"
        if meta.pattern is not None:
            what = "a lower-case PostgreSQL name (letters, digits, _)"
    return what


# -- the README's table ----------------------------------------------------------------


def shown_default(f: dataclasses.Field) -> str:
    if f.metadata["shown"]:
        return f.metadata["shown"]
    value = f.default
    if isinstance(value, tuple):
        value = ",".join(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"`{value}`"
    if isinstance(value, int) and value % MIB == 0 and f.metadata["unit"] == "bytes":
        text += f" ({value // MIB} MiB)"
    return text


def markdown_table() -> str:
    """Every setting as the README shows it: variable, default, unit, meaning."""
    lines = ["| variable | default | unit | meaning |", "|---|---|---|---|"]
    for f in dataclasses.fields(Settings):
        lines.append(
            f"| `{env_name(f.name)}` | {shown_default(f)} | {f.metadata['unit']} "
            f"| {f.metadata['meaning']} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(markdown_table())
