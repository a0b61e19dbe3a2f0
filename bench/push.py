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
client processes (spawned), each holding its share of the streams with one
epoll loop over raw sockets, not an HTTP library nor asyncio. A sample ends
when the kernel put the event's bytes on the client's socket: every stream
asks for receive timestamps (SO_TIMESTAMPNS), which the kernel takes as a
packet arrives, before and whatever any process does with it; on loopback that
is within the server's own `send` (measured: 25 us after it began). A client
on another machine has the event at that moment (plus the wire); when its
process gets a core to read it is not the server's push.

So the clients need not read while the server writes, and by default they do
not (`--read after`): between rounds nobody waits on the streams, and a round's
events are read once the COMMIT has returned and SETTLE has passed. Reading as
the events come (`--read live`, as the clients did before) puts four more
processes on the machine's cores exactly while the server writes: on the
2-core machine the clients spent more CPU per round than the server, and
every read woke a process that then ran beside (or instead of) the server.
That mode still reports both ends: the kernel's stamp and the moment the
client's epoll returned (CLOCK_MONOTONIC, read once per wake-up), the figure
this benchmark gave before. The commit's time is read from both clocks (the
kernel stamps with CLOCK_REALTIME, one clock for every process).

Besides the latency, each client checks what it was sent: every event once,
in order (`seq` strictly increasing), and the round's event in every round.
The original dashboard polled every 2 s: a change waited 1 s on average, 2 s
at worst.

`python -m bench.push [--clients 1000] [--processes 4] [--rounds 20]
[--read after|live]` runs this figure alone, on its own PostgreSQL and server,
and prints each round's p99 (the figure's tail is one or two rounds: a round's
1,000 samples are 5 % of 20 rounds').
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import os
import resource
import select
import socket
import struct
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
# Linux's SO_TIMESTAMPNS, also the type of its control message (SCM_TIMESTAMPNS):
# the socket module has no name for either.
SO_TIMESTAMPNS = 35
TIMESPEC = struct.Struct("qq")
# With `--read after`: how long after a round's COMMIT has returned the clients
# start reading (the stamps are the kernel's, so this moves no sample; it keeps
# the clients off the cores while the server writes).
SETTLE = 0.2
READ_MODES = ("after", "live")


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
    # How the clients read: "after" the round's writes, or "live" as they come.
    read: str = "after"
    # Each round's samples (the kernel's stamps), in round order.
    round_samples_ms: tuple[tuple[float, ...], ...] = ()
    # With read="live": the same rounds as the clients' processes read them.
    read_samples_ms: tuple[float, ...] = ()
    # Each round's COMMIT, sent to returned: part of every sample (the clock
    # starts as it is sent), an upper bound of how early the commit happened.
    commit_ms: tuple[float, ...] = ()
    # The server process's CPU over the rounds, per round and client (each round
    # sends each client two batches of events); less sensitive to load than latency.
    server_cpu_us: float = float("nan")
    # The same for the client processes: what measuring costs the machine.
    client_cpu_us: float = float("nan")


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


# -- a client process ----------------------------------------------------------------------


def _client_process(
    pipe: Connection, base_url: str, path: str, token: str, count: int, live: bool
) -> None:
    raise_open_files_limit(count + SPARE_FDS)
    clients = _ClientProcess(base_url, path, token, live)
    try:
        clients.open(count)
        pipe.send(("ready", len(clients.socks), clients.failures[:3]))
        clients.serve(pipe)
    finally:
        clients.close()


class _ClientProcess:
    """`count` streams held by one epoll loop, as cheaply as Python allows.

    A read is stored with two stamps: the kernel's (when the last of its bytes
    reached the socket) and the clock as epoll returned (read once per pass).
    Reads are only stored; they are searched for the event a round waits for
    (one bytes.find per read), and parsed in full, to check order, only at the
    end. With `live` False, nobody waits on the streams between the rounds'
    commands, so the server's writes wake no process.
    """

    def __init__(self, base_url: str, path: str, token: str, live: bool) -> None:
        url = urlsplit(base_url)
        self.address = (url.hostname, url.port)
        self.request = (
            f"GET {path} HTTP/1.1\r\nHost: {url.netloc}\r\n"
            f"Authorization: Bearer {token}\r\nAccept: text/event-stream\r\n\r\n"
        ).encode()
        self.live = live
        self.socks: dict[int, socket.socket] = {}
        # fd -> [(monotonic as epoll returned, kernel's CLOCK_REALTIME stamp, bytes)]
        self.reads: dict[int, list[tuple[float, float | None, bytes]]] = {}
        self.closed: set[int] = set()
        self.failures: list[str] = []
        self.epoll = select.epoll()
        self.ancillary = socket.CMSG_SPACE(TIMESPEC.size)

    def open(self, count: int) -> None:
        """Open the streams, OPEN_AT_ONCE at a time, each until its `: stream open`."""
        while len(self.socks) < count and not self.failures:
            wave = []
            for _ in range(min(OPEN_AT_ONCE, count - len(self.socks))):
                sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                # Before connecting: every packet of the stream is stamped as it arrives.
                sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
                sock.settimeout(CONNECT_TIMEOUT)
                try:
                    sock.connect(self.address)
                    sock.sendall(self.request)
                except OSError as exc:
                    sock.close()
                    self.failures.append(f"connect: {exc}")
                    return
                wave.append(sock)
            for sock in wave:
                received = b""
                while b"stream open" not in received:
                    data = sock.recv(65536)
                    if not data:
                        break
                    received += data
                if not received.startswith(b"HTTP/1.1 200 "):
                    self.failures.append(received.split(b"\r\n", 1)[0].decode(errors="replace"))
                    sock.close()
                    continue
                sock.setblocking(False)
                fd = sock.fileno()
                self.socks[fd] = sock
                self.reads[fd] = [(time.monotonic(), None, received)]
                self.epoll.register(fd, select.EPOLLIN)

    def _read(self, fd: int, now: float) -> tuple[float, float | None, bytes] | None:
        """One read of stream `fd`, stored; None when there was nothing (or it ended)."""
        try:
            data, ancillary, _flags, _address = self.socks[fd].recvmsg(65536, self.ancillary)
        except BlockingIOError:
            return None
        except OSError:
            data, ancillary = b"", []
        if not data:
            self.epoll.unregister(fd)
            self.closed.add(fd)
            return None
        stamp = None
        for level, kind, value in ancillary:
            if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS:
                seconds, nanoseconds = TIMESPEC.unpack(value)
                stamp = seconds + nanoseconds / 1e9
        read = (now, stamp, data)
        self.reads[fd].append(read)
        return read

    def serve(self, pipe: Connection) -> None:
        self.epoll.register(pipe.fileno(), select.EPOLLIN)
        # The round's wait: what to look for, since which read of each stream, until when.
        want = None
        kind = ""
        found: dict[int, tuple[float, float | None]] = {}
        scan_from = dict.fromkeys(self.socks, 0)
        deadline = 0.0
        while True:
            command = None
            if want is None and not self.live:
                # Between the rounds' commands nothing waits on the streams.
                command = pipe.recv()
                ready = []
            else:
                ready = self.epoll.poll(0.05)
            now = time.monotonic()
            for fd, _mask in ready:
                if fd == pipe.fileno():
                    command = pipe.recv()
                    continue
                read = self._read(fd, now)
                if read is not None and want is not None and fd not in found and want(read[2]):
                    found[fd] = read[:2]
                    scan_from[fd] = len(self.reads[fd]) - 1
            if command is not None:
                kind, *args = command
                if kind == "stop":
                    pipe.send(self.disordered())
                    return
                want = _started(args[0]) if kind == "started" else _finished(args[0])
                deadline = now + args[1]
                found = {}
                # The round's events may have come before the command did.
                for fd, reads in self.reads.items():
                    for index in range(scan_from[fd], len(reads)):
                        if want(reads[index][2]):
                            found[fd] = reads[index][:2]
                            scan_from[fd] = index
                            break
            if want is not None and (
                len(found) + len(self.closed - found.keys()) >= len(self.socks) or now >= deadline
            ):
                arrivals = [found.get(fd) for fd in self.socks]
                pipe.send(arrivals if kind == "finished" else sum(a is not None for a in arrivals))
                want = None

    def disordered(self) -> int:
        """Streams that got some event twice or out of seq order."""
        count = 0
        for reads in self.reads.values():
            raw = b"".join(data for _, _, data in reads)
            body, _rest = _unchunk(raw.split(b"\r\n\r\n", 1)[1])
            seqs = [
                int(line[4:])
                for message in body.split(b"\r\n\r\n")
                for line in message.split(b"\r\n")
                if line.startswith(b"id: ")
            ]
            count += any(b <= a for a, b in itertools.pairwise(seqs))
        return count

    def close(self) -> None:
        for sock in self.socks.values():
            sock.close()
        self.epoll.close()


def _unchunk(raw: bytes) -> tuple[bytes, bytes]:
    """Decode the complete chunks of HTTP/1.1 chunked framing; (body, rest)."""
    parts = []
    at = 0
    while True:
        line_end = raw.find(b"\r\n", at)
        if line_end < 0:
            break
        size = int(raw[at:line_end].split(b";")[0], 16)
        end = line_end + 2 + size + 2
        if len(raw) < end:
            break
        parts.append(raw[line_end + 2 : line_end + 2 + size])
        at = end
    return b"".join(parts), raw[at:]


def _started(run_id: str):
    """Finds the round's run_status in_progress in one read (one event is one write)."""
    needles = (b"event: run_status", b'"status":"in_progress"', b'"run_id":"' + run_id.encode())
    return lambda data: all(needle in data for needle in needles)


def _finished(run_id: str):
    """Finds the run_created of the run that appends to the round's run."""
    needle = b'"append_from_run_id":"' + run_id.encode() + b'"'
    return lambda data: needle in data and b"event: run_created" in data


# -- the measuring side ----------------------------------------------------------------


class _Clients:
    """`count` streams spread over `processes` client processes."""

    def __init__(
        self, base_url: str, path: str, token: str, count: int, processes: int, live: bool
    ) -> None:
        processes = max(1, min(processes, count))
        shares = [count // processes + (i < count % processes) for i in range(processes)]
        ctx = multiprocessing.get_context("spawn")
        self.pipes: list[Connection] = []
        self.procs = []
        for share in shares:
            ours, theirs = ctx.Pipe()
            proc = ctx.Process(
                target=_client_process,
                args=(theirs, base_url, path, token, share, live),
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
    read: str = "after",
) -> PushLatency:
    if read not in READ_MODES:
        raise ValueError(f"read must be one of {READ_MODES}, not {read!r}")
    live = read == "live"
    raise_open_files_limit(clients + SPARE_FDS)
    pool = _Clients(base_url, f"/api/events?job_id={job_id}", token, clients, processes, live)
    stopped = False
    try:
        opened = pool.ready()
        if opened != clients:
            raise RuntimeError(f"{opened} of {clients} streams opened")
        by_round: list[tuple[float, ...]] = []
        read_samples: list[float] = []
        missed = 0
        commits: list[float] = []
        received = [0] * clients
        cpu_before = cpu_seconds([server_pid]) if server_pid else {}
        client_pids = [proc.pid for proc in pool.procs]
        clients_before = cpu_seconds(client_pids)
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
                    # Both clocks: the kernel stamps arrivals with CLOCK_REALTIME.
                    committed, committed_wall = time.monotonic(), time.time()
                commits.append((time.monotonic() - committed) * 1000)
                if not live:
                    time.sleep(SETTLE)
                arrivals = [a for share in pool.ask("finished", str(task.run_id), ROUND_TIMEOUT)
                            for a in share]  # fmt: skip
                samples = []
                for client, arrived in enumerate(arrivals):
                    if arrived is None:
                        missed += 1
                        continue
                    epoll_returned, stamped = arrived
                    if stamped is None:
                        raise RuntimeError("the kernel did not stamp a read (SO_TIMESTAMPNS)")
                    received[client] += 1
                    samples.append((stamped - committed_wall) * 1000)
                    if live:
                        read_samples.append((epoll_returned - committed) * 1000)
                by_round.append(tuple(samples))
        server_cpu = (
            cpu_used(cpu_before, cpu_seconds([server_pid])) * 1e6 / (rounds * clients)
            if server_pid
            else float("nan")
        )
        client_cpu = cpu_used(clients_before, cpu_seconds(client_pids)) * 1e6 / (rounds * clients)
        disordered = sum(pool.ask("stop"))
        stopped = True
        complete = sum(count == rounds for count in received)
        return PushLatency(
            clients,
            len(pool.procs),
            rounds,
            tuple(sample for samples in by_round for sample in samples),
            missed,
            complete,
            disordered,
            read,
            tuple(by_round),
            tuple(read_samples),
            tuple(commits),
            server_cpu,
            client_cpu,
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
    parser.add_argument(
        "--read", default="after", help="after (default), live, or both taking turns: after,live"
    )
    parser.add_argument("--repeat", type=int, default=1, help="measurements on the same server")
    parser.add_argument("--data-dir", type=lambda p: __import__("pathlib").Path(p),
                        default=RESULTS_DIR)  # fmt: skip
    args = parser.parse_args(argv)
    modes = args.read.split(",")
    if not set(modes) <= set(READ_MODES):
        parser.error(f"--read takes {' or '.join(READ_MODES)}, or both separated by a comma")
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
            for _ in range(args.repeat):
                for mode in modes:
                    result = measure(
                        live.base_url, url, token, job_id,
                        clients=args.clients, rounds=args.rounds, processes=args.processes,
                        server_pid=live.process.pid, read=mode,
                    )  # fmt: skip
                    print(describe(result, percentile), flush=True)
        finally:
            live.stop()
    return 0


def describe(result: PushLatency, percentile) -> str:
    """One measurement in a few lines: the figure, each round's p99, the costs."""
    s = result.samples_ms
    lines = [
        f"--read {result.read}, load {os.getloadavg()[0]:.1f}: {result.clients} clients in"
        f" {result.processes} processes x {result.rounds} rounds: p50 {percentile(s, 50):.1f} ms,"
        f" p99 {percentile(s, 99):.1f} ms, max {max(s):.1f} ms (the kernel's stamps);"
        f" {result.complete_clients} clients received every event, {result.missed} missed,"
        f" {result.disordered_clients} out of order",
        "  p99 of each round (its COMMIT, sent to returned): "
        + " ".join(
            f"{percentile(r, 99):.1f} ({c:.1f})"
            for r, c in zip(result.round_samples_ms, result.commit_ms, strict=True)
            if r
        ),
        f"  COMMIT itself: p50 {percentile(result.commit_ms, 50):.1f} ms, max"
        f" {max(result.commit_ms):.1f} ms; CPU per round and client: server"
        f" {result.server_cpu_us:.0f} us, clients {result.client_cpu_us:.0f} us",
    ]
    if result.read_samples_ms:
        r = result.read_samples_ms
        lines.append(
            f"  as the clients' processes read it: p50 {percentile(r, 50):.1f} ms,"
            f" p99 {percentile(r, 99):.1f} ms, max {max(r):.1f} ms"
        )
    return "\n".join(lines)


def server_env(clients: int) -> dict[str, str]:
    """The live server's settings for `clients` streams from this one address."""
    return {"CPE_RUNS_MAX_CONNECTIONS_PER_CLIENT": str(clients + 100)}


if __name__ == "__main__":
    sys.exit(main())
