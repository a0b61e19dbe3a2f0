"""The `cpe-runs` command: serve, worker, migrate, token."""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import logging
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from . import auth
from .config import Settings
from .database import database
from .errors import ConstraintViolation, translate
from .migrations import apply_migrations

log = logging.getLogger("cpe_runs")


class CommandError(Exception):
    """A clear, expected failure: printed without a traceback, exit status 1."""


class _Stop(BaseException):
    """SIGTERM/SIGINT outside uvicorn's own handling: unwind, stopping what we started."""


def _raise_stop(signum: int, _frame) -> None:
    raise _Stop(signum)


def _migrate(url: str, settings: Settings) -> list[str]:
    return apply_migrations(url, api_role=settings.api_role, worker_role=settings.worker_role)


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

    from .server import uvicorn_config

    config = uvicorn_config(app, host, port, app.state.settings)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    # uvicorn waits for open connections before its lifespan shutdown, and
    # event streams never end by themselves: end them as soon as it stops.
    from .events import end_streams_on_exit

    streams = asyncio.create_task(end_streams_on_exit(lambda: server.should_exit, app))
    while not server.started and not task.done():
        await asyncio.sleep(0.05)
    if server.started:
        bound = server.servers[0].sockets[0].getsockname()[1]
        print(f"cpe_runs is serving on http://{host}:{bound}/", flush=True)
    await task
    streams.cancel()


def _wait_for_database(url: str, seconds: float) -> None:
    """Return once the database answers; say so once while waiting, and give up with
    one clear line (CommandError) after `seconds`."""
    import time

    import psycopg

    deadline = time.monotonic() + seconds
    said = False
    while True:
        try:
            psycopg.connect(url, connect_timeout=max(1, min(5, int(seconds) or 1))).close()
            return
        except psycopg.OperationalError as exc:
            reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            if time.monotonic() >= deadline:
                raise CommandError(
                    f"cannot reach the database at {_where(url)} ({reason}); "
                    "check CPE_RUNS_DATABASE_URL and that PostgreSQL is running"
                ) from None
            if not said:
                log.warning(
                    "waiting up to %.0f s for the database at %s (%s)", seconds, _where(url), reason
                )
                said = True
        time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))


def _where(url: str) -> str:
    """host:port/dbname of a URL, never its password."""
    from psycopg.conninfo import conninfo_to_dict

    info = conninfo_to_dict(url)
    return f"{info.get('host') or 'localhost'}:{info.get('port') or 5432}/{info.get('dbname', '')}"


def cmd_serve(args: argparse.Namespace, settings: Settings) -> None:
    from .app import create_app

    with _serve_lock(settings), database(settings) as url:
        if settings.database_url:  # the embedded server is up once `database` returns
            _wait_for_database(url, settings.startup_wait_seconds)
        _migrate(url, settings)
        if args.token_for:
            token = asyncio.run(_with_connection(url, auth.create_token, args.token_for, "serve"))
            print(f"Sign in to the dashboard as {args.token_for} with this token:\n{token}")
        try:
            app = create_app(url, settings, workers=args.workers)
        except ValueError as exc:  # a bad CPE_RUNS_EXTRACTOR
            raise CommandError(str(exc)) from exc
        asyncio.run(_run_server(app, args.host, args.port))


# -- worker ------------------------------------------------------------------------


def cmd_worker(args: argparse.Namespace, settings: Settings) -> None:
    import psycopg

    from .migrations import pending_migrations
    from .worker import Worker

    if args.concurrency < 1:
        raise CommandError("--concurrency must be at least 1")
    with database(settings) as url:
        # Workers never migrate: a schema change is the operator's step (`cpe-runs migrate`).
        try:
            pending = pending_migrations(url)
        except psycopg.OperationalError as exc:
            raise CommandError(f"cannot reach the database: {exc}".strip()) from exc
        if pending:
            raise CommandError(
                f"the database is not migrated ({len(pending)} pending: {', '.join(pending)}); "
                "run `cpe-runs migrate` first"
            )
        try:
            worker = Worker(url, settings, concurrency=args.concurrency)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
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
        return await fn(conn, *args)
    except asyncpg.PostgresError as exc:
        raise translate(exc) from exc
    finally:
        await conn.close()


def cmd_token_create(args: argparse.Namespace, settings: Settings) -> None:
    with database(settings) as url:
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
    with database(settings) as url:
        count = asyncio.run(
            _with_connection(url, lambda c: auth.revoke(c, token=args.token, email=args.email))
        )
    if not count:
        raise CommandError("no live token matched")
    print(f"revoked {count} token(s)")


# -- migrate -----------------------------------------------------------------------


def cmd_migrate(_args: argparse.Namespace, settings: Settings) -> None:
    with database(settings) as url:
        applied = _migrate(url, settings)
    print(f"applied {len(applied)} migration(s)" + (": " + ", ".join(applied) if applied else ""))


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
        default="you@localhost",
        metavar="EMAIL",
        help="print a new sign-in token for this user at start ('' for none)",
    )
    serve.set_defaults(func=cmd_serve)

    worker = sub.add_parser("worker", help="run extraction workers (SIGTERM stops gracefully)")
    worker.add_argument(
        "--concurrency", type=int, default=4, help="tasks extracted at once (default 4)"
    )
    worker.set_defaults(func=cmd_worker)

    migrate = sub.add_parser("migrate", help="apply pending database migrations")
    migrate.set_defaults(func=cmd_migrate)

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
    logging.basicConfig(
        level=os.environ.get("CPE_RUNS_LOG_LEVEL", "INFO").upper(),
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    signal.signal(signal.SIGTERM, _raise_stop)
    signal.signal(signal.SIGINT, _raise_stop)
    try:
        args.func(args, Settings.from_env())
    except CommandError as exc:
        print(f"cpe-runs: error: {exc}", file=sys.stderr)
        return 1
    except _Stop:
        log.info("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
