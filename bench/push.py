"""Push latency: from the commit that finishes a run to each SSE client's
receipt of the `run_created` event of the sheet's next run.

N clients hold `GET /api/events?job_id=` streams open on ONE live server
process. Each round prepares a run with one claimed task (untimed, and its own
events are let through first), then finishes it with increment_task_completion
in a transaction on a plain connection; the clock starts as its COMMIT is sent.
(Taken when COMMIT returns, the clock could start after some clients already
had the event: the listening server can run before this process does. So the
commit's own round trip, a WAL flush, is part of every sample.)

The clients must not be what is measured. They live in `processes` separate
client processes (spawned, each with its own event loop), each holding its
share of the streams as raw asyncio protocols, not an HTTP library. A client
stamps the time the moment bytes arrive (`data_received`), before anything is
parsed: the parsing of a whole batch of reads is deferred until after every
read of that batch is stamped. Every stamp and the commit's time are read from
CLOCK_MONOTONIC (`time.monotonic()` on Linux), one clock for every process of
the machine. Whatever client cost remains makes the figure larger, never
smaller.

Besides the latency, each client checks what it was sent: every event once,
in order (`seq` strictly increasing), and the round's event in every round.
The original dashboard polled every 2 s: a change waited 1 s on average, 2 s
at worst.

`python -m bench.push [--clients 1000] [--processes 4] [--rounds 20]` runs
this figure alone, on its own PostgreSQL and server.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import multiprocessing
import resource
import sys
import time
import uuid
from dataclasses import dataclass
from multiprocessing.connection import Connection
from urllib.parse import urlsplit

import psycopg

from . import lastrun
from .processes import cpu_seconds, cpu_used

POLL_MEAN_MS = 1000.0
POLL_WORST_MS = 2000.0
ROUND_TIMEOUT = 10.0
CONNECT_TIMEOUT = 60.0
# Connections a client process opens at once (the server's accept backlog is larger).
OPEN_AT_ONCE = 50
# File descriptors besides the streams (the interpreter, pipes, the database).
SPARE_FDS = 256


@dataclass(frozen=True, slots=True)
class PushLatency:
    clients: int
    processes: int
    rounds: int
    samples_ms: tuple[float, ...]
    # (client, round) pairs whose event never arrived within ROUND_TIMEOUT.
    missed: int
    # Clients that received the event of every round.
    complete_clients: int
    # Clients that received some event twice or out of seq order (must be 0).
    disordered_clients: int
    # Each round's COMMIT, sent to returned: part of every sample (the clock
    # starts as it is sent), an upper bound of how early the commit happened.
    commit_ms: tuple[float, ...] = ()
    # The server process's CPU over the rounds, per round and client (each round
    # sends each client two batches of events); less sensitive to load than latency.
    server_cpu_us: float = float("nan")


def raise_open_files_limit(needed: int) -> None:
    """Raise this process's soft RLIMIT_NOFILE to `needed` (children inherit it)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft >= needed:
        return
    if hard != resource.RLIM_INFINITY and hard < needed:
        raise RuntimeError(
            f"{needed} open files are needed, the hard limit is {hard}: raise it (ulimit -Hn)"
        )
    resource.setrlimit(resource.RLIMIT_NOFILE, (needed, hard))


# -- one stream, in a client process ---------------------------------------------------


class _Stream(asyncio.Protocol):
    """One raw SSE connection: stamps each read, parses later (see the module doc)."""

    def __init__(self, group: _Group, request: bytes) -> None:
        self.group = group
        self.request = request
        self.transport: asyncio.Transport | None = None
        self.reads: list[tuple[float, bytes]] = []
        self.raw = b""  # bytes still to parse: headers, then chunked framing
        self.text = b""  # SSE text still to split into messages
        self.head: bytes | None = None
        self.chunked = False
        self.opened = False
        self.closed = False
        # (seq, event line, data, arrival) of every event received.
        self.events: list[tuple[int, bytes, bytes, float]] = []
        self.matched: float | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.transport.write(self.request)

    def data_received(self, data: bytes) -> None:
        if not self.reads:
            self.group.to_parse.append(self)
            if not self.group.parse_scheduled:
                self.group.parse_scheduled = True
                # Runs after every read of this loop iteration has been stamped.
                asyncio.get_running_loop().call_soon(self.group.parse)
        self.reads.append((time.monotonic(), data))

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.group.changed.set()

    def parse(self) -> None:
        reads, self.reads = self.reads, []
        for arrived, data in reads:
            self.raw += data
            if self.head is None:
                end = self.raw.find(b"\r\n\r\n")
                if end < 0:
                    continue
                self.head, self.raw = self.raw[: end + 4], self.raw[end + 4 :]
                if b" 200 " not in self.head.split(b"\r\n", 1)[0] + b" ":
                    self.group.failures.append(self.head.split(b"\r\n", 1)[0].decode())
                    self.transport.close()
                    return
                self.chunked = b"transfer-encoding: chunked" in self.head.lower()
            if self.chunked:
                body, self.raw = _unchunk(self.raw)
                self.text += body
            else:
                self.text, self.raw = self.text + self.raw, b""
            *messages, self.text = self.text.split(b"\r\n\r\n")
            for message in messages:
                self._take(message, arrived)

    def _take(self, message: bytes, arrived: float) -> None:
        if message.startswith(b": stream open") or b"\r\n: stream open" in message:
            self.opened = True
            self.group.changed.set()
            return
        seq = event = data = None
        for line in message.split(b"\r\n"):
            if line.startswith(b"id: "):
                seq = int(line[4:])
            elif line.startswith(b"event: "):
                event = line[7:]
            elif line.startswith(b"data: "):
                data = line[6:]
        if seq is None:
            return  # a ping
        self.events.append((seq, event or b"", data or b"", arrived))
        want = self.group.want
        if self.matched is None and want is not None and want(event, data):
            self.matched = arrived
            self.group.changed.set()


def _unchunk(raw: bytes) -> tuple[bytes, bytes]:
    """Decode the complete chunks of HTTP/1.1 chunked framing; (body, rest)."""
    body = b""
    while True:
        line_end = raw.find(b"\r\n")
        if line_end < 0:
            return body, raw
        size = int(raw[:line_end].split(b";")[0], 16)
        end = line_end + 2 + size + 2
        if len(raw) < end:
            return body, raw
        body += raw[line_end + 2 : line_end + 2 + size]
        raw = raw[end:]


def _started(run_id: str):
    status, run = b'"status":"in_progress"', run_id.encode()
    return lambda event, data: event == b"run_status" and status in data and run in data


def _finished(run_id: str):
    appended = b'"append_from_run_id":"' + run_id.encode() + b'"'
    return lambda event, data: event == b"run_created" and appended in data


class _Group:
    """The streams of one client process."""

    def __init__(self) -> None:
        self.streams: list[_Stream] = []
        self.to_parse: list[_Stream] = []
        self.parse_scheduled = False
        self.changed = asyncio.Event()
        self.failures: list[str] = []
        self.want = None

    def parse(self) -> None:
        self.parse_scheduled = False
        streams, self.to_parse = self.to_parse, []
        for stream in streams:
            stream.parse()

    async def until(self, done, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not done():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self.changed.clear()
            try:
                async with asyncio.timeout(left):
                    await self.changed.wait()
            except TimeoutError:
                return done()
        return True

    async def wait_for(self, want, timeout: float) -> list[float | None]:
        """Each stream's arrival time of the first event `want` accepts (None: not in time)."""
        for stream in self.streams:
            stream.matched = None
            # Already received (the round's events may come before the command does).
            for _seq, event, data, arrived in stream.events:
                if want(event, data):
                    stream.matched = arrived
                    break
        self.want = want
        await self.until(
            lambda: all(s.matched is not None or s.closed for s in self.streams), timeout
        )
        self.want = None
        return [s.matched for s in self.streams]


def _client_process(pipe: Connection, base_url: str, path: str, token: str, count: int) -> None:
    raise_open_files_limit(count + SPARE_FDS)
    asyncio.run(_client_main(pipe, base_url, path, token, count))


async def _client_main(pipe: Connection, base_url: str, path: str, token: str, count: int) -> None:
    loop = asyncio.get_running_loop()
    url = urlsplit(base_url)
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {url.netloc}\r\n"
        f"Authorization: Bearer {token}\r\nAccept: text/event-stream\r\n\r\n"
    ).encode()
    group = _Group()
    gate = asyncio.Semaphore(OPEN_AT_ONCE)

    async def open_one() -> None:
        async with gate:
            stream = _Stream(group, request)
            await loop.create_connection(lambda: stream, url.hostname, url.port)
            group.streams.append(stream)
            await group.until(lambda: stream.opened or stream.closed, CONNECT_TIMEOUT)

    try:
        await asyncio.gather(*(open_one() for _ in range(count)))
    except OSError as exc:
        group.failures.append(f"connect: {exc}")
    opened = sum(s.opened and not s.closed for s in group.streams)
    pipe.send(("ready", opened, group.failures[:3]))
    try:
        while True:
            command, *args = await loop.run_in_executor(None, pipe.recv)
            if command == "started":
                arrivals = await group.wait_for(_started(args[0]), args[1])
                pipe.send(sum(a is not None for a in arrivals))
            elif command == "finished":
                pipe.send(await group.wait_for(_finished(args[0]), args[1]))
            elif command == "stop":
                disordered = 0
                for stream in group.streams:
                    seqs = [seq for seq, *_ in stream.events]
                    if any(b <= a for a, b in itertools.pairwise(seqs)):
                        disordered += 1
                pipe.send(disordered)
                return
    finally:
        for stream in group.streams:
            if stream.transport is not None:
                stream.transport.abort()


# -- the measuring side ----------------------------------------------------------------


class _Clients:
    """`count` streams spread over `processes` client processes."""

    def __init__(self, base_url: str, path: str, token: str, count: int, processes: int) -> None:
        processes = max(1, min(processes, count))
        shares = [count // processes + (i < count % processes) for i in range(processes)]
        ctx = multiprocessing.get_context("spawn")
        self.pipes: list[Connection] = []
        self.procs = []
        for share in shares:
            ours, theirs = ctx.Pipe()
            proc = ctx.Process(
                target=_client_process,
                args=(theirs, base_url, path, token, share),
                name="bench push clients",
                daemon=True,
            )
            proc.start()
            theirs.close()
            self.pipes.append(ours)
            self.procs.append(proc)

    def ready(self) -> int:
        opened = 0
        for pipe in self.pipes:
            if not pipe.poll(CONNECT_TIMEOUT * 2):
                raise TimeoutError("a client process did not open its streams in time")
            _, count, failures = pipe.recv()
            if failures:
                raise RuntimeError(f"streams failed to open: {failures}")
            opened += count
        return opened

    def ask(self, *command) -> list:
        for pipe in self.pipes:
            pipe.send(command)
        answers = []
        for pipe in self.pipes:
            if not pipe.poll(ROUND_TIMEOUT * 3):
                raise TimeoutError(f"a client process did not answer {command[0]}")
            answers.append(pipe.recv())
        return answers

    def close(self) -> None:
        for proc in self.procs:
            proc.join(5)
            if proc.is_alive():
                proc.terminate()
                proc.join(5)
        for pipe in self.pipes:
            pipe.close()


def measure(
    base_url: str,
    url: str,
    token: str,
    job_id: uuid.UUID,
    *,
    clients: int,
    rounds: int,
    processes: int = 4,
    server_pid: int | None = None,
) -> PushLatency:
    raise_open_files_limit(clients + SPARE_FDS)
    pool = _Clients(base_url, f"/api/events?job_id={job_id}", token, clients, processes)
    stopped = False
    try:
        opened = pool.ready()
        if opened != clients:
            raise RuntimeError(f"{opened} of {clients} streams opened")
        samples: list[float] = []
        missed = 0
        commits: list[float] = []
        received = [0] * clients
        cpu_before = cpu_seconds([server_pid]) if server_pid else {}
        with psycopg.connect(url, autocommit=True) as conn:
            for _ in range(rounds):
                task = lastrun.start_with_one_file(conn, job_id)
                # The round's own events (files queued, run started) are through first.
                pool.ask("started", str(task.run_id), ROUND_TIMEOUT)
                time.sleep(0.05)
                with conn.transaction():
                    lastrun.report(conn, task)
                    # The clock starts as COMMIT is sent, not when it returns: the
                    # hub may hear of the commit before this process runs again.
                    committed = time.monotonic()
                commits.append((time.monotonic() - committed) * 1000)
                arrivals = [a for share in pool.ask("finished", str(task.run_id), ROUND_TIMEOUT)
                            for a in share]  # fmt: skip
                for client, arrived in enumerate(arrivals):
                    if arrived is None:
                        missed += 1
                    else:
                        received[client] += 1
                        samples.append((arrived - committed) * 1000)
        server_cpu = (
            cpu_used(cpu_before, cpu_seconds([server_pid])) * 1e6 / (rounds * clients)
            if server_pid
            else float("nan")
        )
        disordered = sum(pool.ask("stop"))
        stopped = True
        complete = sum(count == rounds for count in received)
        return PushLatency(
            clients,
            len(pool.procs),
            rounds,
            tuple(samples),
            missed,
            complete,
            disordered,
            tuple(commits),
            server_cpu,
        )
    finally:
        if not stopped:
            for proc in pool.procs:
                proc.terminate()
        pool.close()


# -- alone: python -m bench.push -----------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    from tests.factories import make_sheet, make_user
    from tests.live import start_live_server

    from .report import percentile
    from .runner import _token
    from .server import RESULTS_DIR, BenchServer

    parser = argparse.ArgumentParser(prog="bench.push", description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--data-dir", type=lambda p: __import__("pathlib").Path(p),
                        default=RESULTS_DIR)  # fmt: skip
    args = parser.parse_args(argv)
    raise_open_files_limit(args.clients + SPARE_FDS)
    with BenchServer(args.data_dir) as server:
        url = server.app_database()
        with psycopg.connect(url, autocommit=True) as conn:
            user = make_user(conn, "push@bench.example")
            job_id, _run = make_sheet(conn, user_id=user, name="push")
        token = _token(url, "push@bench.example")
        live = start_live_server(
            url, server.workdir, args=("--workers", "0", "--token-for", ""),
            env=server_env(args.clients), timeout=60,
        )  # fmt: skip
        try:
            result = measure(
                live.base_url, url, token, job_id,
                clients=args.clients, rounds=args.rounds, processes=args.processes,
                server_pid=live.process.pid,
            )  # fmt: skip
        finally:
            live.stop()
    s = result.samples_ms
    print(
        f"{result.clients} clients in {result.processes} processes x {result.rounds} rounds:"
        f" p50 {percentile(s, 50):.1f} ms, p99 {percentile(s, 99):.1f} ms, max {max(s):.1f} ms;"
        f" {result.complete_clients} clients received every event, {result.missed} missed,"
        f" {result.disordered_clients} out of order; COMMIT itself: p50"
        f" {percentile(result.commit_ms, 50):.1f} ms; server CPU per round and client:"
        f" {result.server_cpu_us:.0f} us"
    )
    return 0


def server_env(clients: int) -> dict[str, str]:
    """The live server's settings for `clients` streams from this one address."""
    return {"CPE_RUNS_MAX_CONNECTIONS_PER_CLIENT": str(clients + 100)}


if __name__ == "__main__":
    sys.exit(main())
