"""The `cpe-runs` command: serve, worker, migrate, status, token."""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import logging
import os
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from . import auth
from .config import Settings, SettingsError
from .db import Backoff, DatabaseUnavailable, check_connection, database, normalise_url, where
from .embedded import EmbeddedPostgresError
from .errors import ConstraintViolation, translating
from .logs import configure_logging
from .migrations import NewerSchema, apply_migrations, check_not_newer, migrations

log = logging.getLogger("cpe_runs")


class CommandError(Exception):
    """A clear, expected failure: printed without a traceback, exit status 1."""


class _Stop(BaseException):
    """SIGTERM/SIGINT outside uvicorn's own handling: unwind, stopping what we started."""


def _raise_stop(signum: int, _frame) -> None:
    raise _Stop(signum)


# The user `serve` makes a token for on the embedded database, the first time.
LOCAL_USER = "you@localhost"


@contextmanager
def _database(settings: Settings, *, wait: float = 0) -> Iterator[str]:
    """The database's URL once it answers (waiting up to `wait` seconds for one that
    cannot be reached yet) and no newer cpe_runs migrated it."""
    try:
        with database(settings) as url:
            _wait_for_database(url, wait if settings.database_url else 0)
            check_not_newer(_direct(url, settings))
            yield url
    except (DatabaseUnavailable, NewerSchema) as exc:
        raise CommandError(str(exc)) from None
    except EmbeddedPostgresError as exc:
        raise CommandError(f"the embedded PostgreSQL failed: {exc}") from None
    except ValueError as exc:  # not a postgresql:// URL
        raise CommandError(str(exc)) from None


def _direct(url: str, settings: Settings) -> str:
    """The URL that reaches PostgreSQL itself: CPE_RUNS_LISTEN_DATABASE_URL when set
    (CPE_RUNS_DATABASE_URL may go through PgBouncer, as a role that reads no schema
    history and may not migrate), else the database URL."""
    return normalise_url(settings.listen_database_url) if settings.listen_database_url else url


def _wait_for_database(url: str, seconds: float) -> None:
    """Return once the database answers; say so once while waiting for one that cannot
    be reached, and raise DatabaseUnavailable after `seconds` (at once for refused
    credentials or a missing database: waiting cannot mend those)."""
    deadline = time.monotonic() + seconds
    backoff = Backoff(first=0.25, cap=2.0)
    said = False
    while True:
        try:
            check_connection(url, timeout=max(1.0, min(5.0, seconds)))
            return
        except DatabaseUnavailable as exc:
            if not exc.transient or time.monotonic() >= deadline:
                raise
            if not said:
                log.warning(
                    "waiting up to %.0f s for the database at %s (%s)",
                    seconds,
                    where(url),
                    exc.reason,
                )
                said = True
        time.sleep(min(backoff.next_delay(), max(0.0, deadline - time.monotonic())))


def _migrate(url: str, settings: Settings) -> list[str]:
    applied = apply_migrations(
        url,
        api_role=settings.api_role,
        worker_role=settings.worker_role,
        subscriber_role=settings.subscriber_role,
    )
    total = len(migrations())
    if applied:
        log.info("database %s: %d migration(s) applied, %d in all", where(url), len(applied), total)
    else:
        log.info("database %s: up to date (%d migrations)", where(url), total)
    return applied


# -- serve -------------------------------------------------------------------------


@contextmanager
def _serve_lock(settings: Settings) -> Iterator[None]:
    """One `serve` per embedded data folder; with a database URL any number may run."""
    if settings.database_url:
        yield
        return
    settings.home.mkdir(parents=True, exist_ok=True)
    path = settings.home / "serve.lock"
    with open(path, "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            pid = fh.read().strip() or "?"
            raise CommandError(
                f"another `cpe-runs serve` (pid {pid}) is already running with the data in "
                f"{settings.home}; stop it first, or set CPE_RUNS_HOME or CPE_RUNS_DATABASE_URL"
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        try:
            yield
        finally:
            fh.truncate(0)


async def _run_server(app, host: str, port: int) -> None:
    import uvicorn

    from .server import end_streams_on_exit, uvicorn_config

    config = uvicorn_config(app, host, port, app.state.settings)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    # uvicorn waits for open connections before its lifespan shutdown, and
    # event streams never end by themselves: end them as soon as it stops.
    streams = asyncio.create_task(end_streams_on_exit(lambda: server.should_exit, app))
    while not server.started and not task.done():
        await asyncio.sleep(0.05)
    if server.started:
        bound = server.servers[0].sockets[0].getsockname()[1]
        print(f"cpe_runs is serving on http://{host}:{bound}/", flush=True)
    await task
    streams.cancel()


def _check_login(
    url: str, role: str, explicit: str | None, variable: str, pooled: bool = False
) -> str:
    """The URL `role` logs in with, once it is known to work (CommandError otherwise);
    warns when that login could act as the schema owner. Through a pooler the URL's
    login user acts as the role (db.create_pool checks) and is taken as it is."""
    import psycopg

    from .db import login_url

    role_url = explicit or (url if pooled else login_url(url, role))
    try:
        with psycopg.connect(role_url, connect_timeout=10) as conn:
            owner_like = conn.execute(
                "SELECT r.rolsuper OR pg_has_role(current_user, t.tableowner, 'MEMBER')"
                " FROM pg_roles r, pg_tables t WHERE r.rolname = current_user"
                " AND t.tablename = 'job_runs' AND t.schemaname = current_schema()"
            ).fetchone()
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise CommandError(
            f"cannot log in as {role} at {where(role_url)} ({reason}); make {role} a login"
            f" role this server accepts, or set {variable} to a URL it logs in with"
            " (README: Security)"
        ) from None
    if owner_like and owner_like[0]:
        log.warning(
            "%s can act as the schema owner (a superuser, or a member of the owner's role):"
            " the database does not enforce tenant isolation for it",
            role,
        )
    return role_url


def cmd_serve(args: argparse.Namespace, settings: Settings) -> None:
    from .app import create_app
    from .server import freeze_startup_heap

    # A managed database may still be starting: serve waits for it (the embedded one
    # is up once `database` returns).
    with _serve_lock(settings), _database(settings, wait=settings.startup_wait_seconds) as url:
        _migrate(_direct(url, settings), settings)
        pooled = settings.database_pooling == "transaction"
        _check_login(
            url, settings.api_role, settings.api_database_url, "CPE_RUNS_API_DATABASE_URL", pooled
        )
        # Also with --workers 0: the event listener and housekeeping log in as it, directly.
        _check_login(
            settings.listen_database_url or settings.worker_database_url or url,
            settings.worker_role,
            None,
            "CPE_RUNS_WORKER_DATABASE_URL",
        )
        _print_sign_in(_direct(url, settings), settings, args.token_for)
        try:
            app = create_app(url, settings, workers=args.workers)
        except ValueError as exc:  # a bad CPE_RUNS_EXTRACTOR
            raise CommandError(str(exc)) from exc
        freeze_startup_heap()
        asyncio.run(_run_server(app, args.host, args.port))


def _print_sign_in(url: str, settings: Settings, token_for: str | None) -> None:
    """A new token when asked (--token-for), or for the local user of the embedded
    database when they have none yet; otherwise one line on how to get one."""
    email = token_for or (None if settings.database_url else LOCAL_USER)
    if email is None:
        return
    if token_for is None and asyncio.run(_with_connection(url, auth.has_live_token, email)):
        log.info(
            "sign in as %s with the token printed at the first start "
            "(`cpe-runs serve --token-for %s` prints a new one)",
            email,
            email,
        )
        return
    try:
        token = asyncio.run(_with_connection(url, auth.create_token, email, "serve"))
    except ConstraintViolation as exc:
        raise CommandError(f"{email!r} is not an email address") from exc
    print(f"Sign in to the dashboard as {email.strip().lower()} with this token:\n{token}")


# -- worker ------------------------------------------------------------------------


def cmd_worker(args: argparse.Namespace, settings: Settings) -> None:
    import psycopg

    from .migrations import pending_migrations
    from .worker import Worker

    if args.concurrency < 1:
        raise CommandError("--concurrency must be at least 1")
    with _database(settings) as url:
        # Workers never migrate: a schema change is the operator's step (`cpe-runs migrate`).
        try:
            pending = pending_migrations(_direct(url, settings))
        except psycopg.OperationalError as exc:
            raise CommandError(f"cannot reach the database: {exc}".strip()) from exc
        if pending:
            raise CommandError(
                f"the database is not migrated ({len(pending)} pending: {', '.join(pending)}); "
                "run `cpe-runs migrate` first"
            )
        worker_url = _check_login(
            url,
            settings.worker_role,
            settings.worker_database_url,
            "CPE_RUNS_WORKER_DATABASE_URL",
            settings.database_pooling == "transaction",
        )
        try:
            worker = Worker(worker_url, settings, concurrency=args.concurrency)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        if args.metrics_port is not None:
            from .metrics import serve_worker_metrics

            try:
                serve_worker_metrics(args.metrics_port)
            except OSError as exc:
                raise CommandError(f"--metrics-port {args.metrics_port}: {exc.strerror}") from None
            log.info("metrics on http://0.0.0.0:%d/metrics", args.metrics_port)
        asyncio.run(_run_worker(worker))


async def _run_worker(worker) -> None:
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, worker.stop)
    await worker.run()


# -- token -------------------------------------------------------------------------


async def _with_connection(url: str, fn, *args):
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        with translating():
            return await fn(conn, *args)
    finally:
        await conn.close()


def cmd_token_create(args: argparse.Namespace, settings: Settings) -> None:
    with _database(settings) as url:
        _migrate(url, settings)
        try:
            token = asyncio.run(_with_connection(url, auth.create_token, args.email, args.label))
        except ConstraintViolation as exc:
            raise CommandError(f"{args.email!r} is not an email address") from exc
    print(f"Token for {args.email.strip().lower()} (shown once; keep it secret):")
    print(token)


def cmd_token_revoke(args: argparse.Namespace, settings: Settings) -> None:
    if bool(args.token) == bool(args.email):
        raise CommandError("give either a TOKEN or --email EMAIL")
    with _database(settings) as url:
        count = asyncio.run(
            _with_connection(url, lambda c: auth.revoke(c, token=args.token, email=args.email))
        )
    if not count:
        raise CommandError("no live token matched")
    print(f"revoked {count} token(s)")


# -- migrate -----------------------------------------------------------------------


def cmd_migrate(_args: argparse.Namespace, settings: Settings) -> None:
    with _database(settings) as url:
        applied = _migrate(url, settings)
    print(f"applied {len(applied)} migration(s)" + (": " + ", ".join(applied) if applied else ""))


# -- blobs -------------------------------------------------------------------------


def cmd_blobs_migrate(args: argparse.Namespace, settings: Settings) -> None:
    from .storage.blobs import BlobStores
    from .storage.moving import migrate_blobs

    async def move(url: str):
        import asyncpg

        pool = await asyncpg.create_pool(url, min_size=1, max_size=2)
        blobs = BlobStores(settings)
        try:
            return await migrate_blobs(pool, blobs, args.to)
        finally:
            await blobs.close()
            await pool.close()

    with _database(settings) as url:
        try:
            moved = asyncio.run(move(_direct(url, settings)))
        except ValueError as exc:  # --to names no store
            raise CommandError(str(exc).replace("CPE_RUNS_BLOB_STORE", "--to")) from None
    print(
        f"moved {moved.moved} file(s) to {args.to}; {moved.gone} deleted meanwhile;"
        f" {len(moved.failed)} could not be moved"
    )
    for file_id, why in moved.failed:
        print(f"  {file_id}: {why}")
    if moved.failed:
        raise CommandError(
            f"{len(moved.failed)} file(s) stay where they are: their bytes are missing or damaged"
        )


# -- status ------------------------------------------------------------------------


def cmd_status(_args: argparse.Namespace, settings: Settings) -> None:
    from . import monitoring
    from .migrations import pending_migrations

    async def gather(conn):
        return (
            await monitoring.live_workers(conn),
            await monitoring.task_states(conn),
            await monitoring.runs_by_status(conn),
        )

    with _database(settings) as url:
        pending = pending_migrations(url)
        version = asyncio.run(_with_connection(url, lambda c: c.fetchval("SHOW server_version")))
        _print_status("database", f"{where(url)} (PostgreSQL {version})")
        applied = len(migrations()) - len(pending)
        _print_status("migrations", f"{applied} applied, {len(pending)} pending")
        if pending:
            raise CommandError(f"not migrated ({', '.join(pending)}): run `cpe-runs migrate`")
        workers, tasks, runs = asyncio.run(_with_connection(url, gather))
    queued, running = tasks["queued"], tasks["running"]
    others = ", ".join(f"{n} {status}" for status, n in runs.items() if status != "in_progress")
    _print_status(
        "workers", f"{len(workers)} alive" + (": " + ", ".join(workers) if workers else "")
    )
    _print_status(
        "tasks",
        f"{queued.tasks} queued (oldest {queued.oldest_seconds:.0f} s), "
        f"{running.tasks} running (oldest {running.oldest_seconds:.0f} s)",
    )
    _print_status("runs", f"{runs.get('in_progress', 0)} in progress ({others})")


def _print_status(name: str, value: str) -> None:
    print(f"{name:<11} {value}", flush=True)


# -- entry point -------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cpe-runs", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the API, the dashboard and workers")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--workers", type=int, default=2, help="worker tasks in this process (0: none)"
    )
    serve.add_argument(
        "--token-for",
        default=None,
        metavar="EMAIL",
        help=f"print a new sign-in token for this user (without it, {LOCAL_USER} of the"
        " embedded database gets one at the first start)",
    )
    serve.set_defaults(func=cmd_serve)

    worker = sub.add_parser("worker", help="run extraction workers (SIGTERM stops gracefully)")
    worker.add_argument(
        "--concurrency", type=int, default=4, help="tasks extracted at once (default 4)"
    )
    worker.add_argument(
        "--metrics-port",
        type=int,
        default=None,
        metavar="P",
        help="serve this process's Prometheus metrics on port P (all addresses)",
    )
    worker.set_defaults(func=cmd_worker)

    migrate = sub.add_parser("migrate", help="apply pending database migrations")
    migrate.set_defaults(func=cmd_migrate)

    blobs = sub.add_parser("blobs", help="where certificates' bytes are kept")
    blobs_sub = blobs.add_subparsers(dest="blobs_command", required=True)
    move = blobs_sub.add_parser(
        "migrate",
        help="copy every file's bytes to another store, verify each SHA-256, then switch the"
        " files to it (resumable; set CPE_RUNS_BLOB_STORE to the same URL afterwards)",
    )
    move.add_argument(
        "--to", required=True, metavar="URL", help="postgres, file:///path or s3://bucket/prefix"
    )
    move.set_defaults(func=cmd_blobs_migrate)

    status = sub.add_parser(
        "status", help="the database, its migrations, live workers, the queue and runs"
    )
    status.set_defaults(func=cmd_status)

    token = sub.add_parser("token", help="create or revoke API tokens")
    token_sub = token.add_subparsers(dest="token_command", required=True)
    create = token_sub.add_parser("create", help="create a token (and the user when needed)")
    create.add_argument("email")
    create.add_argument("--label", default=None)
    create.set_defaults(func=cmd_token_create)
    revoke = token_sub.add_parser("revoke", help="revoke a token, or every token of a user")
    revoke.add_argument("token", nargs="?")
    revoke.add_argument("--email")
    revoke.set_defaults(func=cmd_token_revoke)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"cpe-runs: error: {exc}", file=sys.stderr)
        return 1
    configure_logging(settings)
    signal.signal(signal.SIGTERM, _raise_stop)
    signal.signal(signal.SIGINT, _raise_stop)
    try:
        args.func(args, settings)
    except CommandError as exc:
        print(f"cpe-runs: error: {exc}", file=sys.stderr)
        return 1
    except _Stop:
        log.info("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
