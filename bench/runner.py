"""`python -m bench [--quick]` (`just bench`): every figure against its reference,
in one run, on one PostgreSQL. Progress goes to stderr; stdout gets the table
and, as its very last line, the summary JSON."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import psycopg
from tests.factories import make_sheet, make_user, state_template_id
from tests.live import start_live_server

from cpe_runs import auth

from . import (
    append,
    audit,
    drain,
    fairness,
    push,
    reads,
    scrape,
    sheets,
    sheetwork,
    updates,
    upload,
)
from .procrastinate_ref import ProcrastinateQueue
from .report import Row, percentile, summary_json, table
from .server import RESULTS_DIR, BenchServer
from .throughput import CpeRunsQueue


@dataclass(frozen=True, slots=True)
class Sizes:
    tasks: int
    sse_clients: int
    push_rounds: int
    # push_p99_ms_1000: this many SSE clients on the one server process.
    sse_clients_many: int
    append_rows: tuple[int, ...]
    append_repeats: int
    upload_mib: int
    sheets: int
    runs_per_sheet: int
    sheet_requests: int
    pgbench_seconds: float
    # Measured batches per throughput figure (the median counts).
    drain_repeats: int
    # Fair scheduling: the other user's big batch, and how many 1-file batches wait.
    fair_batch: int
    fair_samples: int
    # The audit packet: certificates of this size; the summary: a sheet of this many rows.
    audit_certificates: int
    audit_certificate_kib: int
    summary_rows: int
    summary_requests: int
    # Big sheets read through the API: (batches, rows per batch) each, requests per read.
    read_sheets: tuple[tuple[int, int], ...]
    read_requests: int
    # Working a sheet as the page does: its rows, and the edits, additions, deletions timed.
    sheet_rows: int
    row_changes: int


THROUGHPUT_BUDGET_SECONDS = 200

FULL = Sizes(
    tasks=5000,
    sse_clients=100,
    push_rounds=20,
    sse_clients_many=1000,
    append_rows=(100, 10_000, 100_000),
    append_repeats=15,
    upload_mib=200,
    sheets=1000,
    runs_per_sheet=20,
    sheet_requests=300,
    pgbench_seconds=5,
    drain_repeats=3,
    fair_batch=1000,
    fair_samples=20,
    audit_certificates=500,
    audit_certificate_kib=200,
    summary_rows=10_000,
    summary_requests=20,
    read_sheets=((10, 10_000), (500, 200)),
    read_requests=50,
    sheet_rows=5000,
    row_changes=200,
)
# A smoke check: every code path, small sizes, in well under two minutes.
QUICK = Sizes(
    tasks=500,
    sse_clients=20,
    push_rounds=5,
    sse_clients_many=200,
    append_rows=(100, 1_000, 10_000),
    append_repeats=7,
    upload_mib=20,
    sheets=100,
    runs_per_sheet=20,
    sheet_requests=100,
    pgbench_seconds=2,
    drain_repeats=1,
    fair_batch=200,
    fair_samples=5,
    audit_certificates=50,
    audit_certificate_kib=200,
    summary_rows=2_000,
    summary_requests=5,
    read_sheets=((4, 500), (50, 20)),
    read_requests=20,
    sheet_rows=1000,
    row_changes=30,
)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke check")
    parser.add_argument(
        "--concurrency",
        type=int,
        default=4,
        help="tasks in flight per worker process, both queues; the headline figure"
        " (default: 4, cpe-runs worker's default)",
    )
    parser.add_argument(
        "--high-concurrency",
        type=int,
        default=32,
        help="a second concurrency measured the same way, where claims and reports batch"
        " (default: 32; 0 skips it)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=RESULTS_DIR,
        help="where the benchmark's PostgreSQL keeps its data (default: bench/results/)",
    )
    parser.add_argument(
        "--only",
        type=_groups,
        default=GROUPS,
        metavar="GROUP[,GROUP...]",
        help=f"measure only these groups of figures, of {', '.join(GROUPS)}; the JSON then"
        " holds only their keys and the output is not saved as the last run",
    )
    parser.add_argument(
        "--worker-env",
        action="append",
        default=[],
        metavar="CPE_RUNS_X=VALUE",
        help="a setting for the measured cpe-runs workers (repeatable), to compare a"
        " variant: `--only throughput --worker-env CPE_RUNS_PREFETCH_TASKS=0`",
    )
    parser.add_argument(
        "--worker-command",
        metavar="PATH",
        help="another `cpe-runs` to measure as the cpe_runs workers (default: this one),"
        " e.g. main's, for a before/after on one machine: `--only throughput"
        " --worker-command ../main/.venv/bin/cpe-runs`",
    )
    args = parser.parse_args(argv)
    worker_env = dict(_setting(text) for text in args.worker_env)
    # SIGTERM unwinds like Ctrl-C, so that the workers, the live server and the
    # benchmark's PostgreSQL are stopped and its data deleted on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    sizes = QUICK if args.quick else FULL
    levels = [args.concurrency] + [c for c in [args.high_concurrency] if c > 0]
    began = time.monotonic()
    with BenchServer(args.data_dir) as server:
        settings = server.settings()
        log(f"PostgreSQL {settings['version']} in {server.root}: {settings}")
        rows, values = run_all(server, sizes, levels, args.only, worker_env, args.worker_command)
    log(f"done in {time.monotonic() - began:.0f}s")
    complete = args.only == GROUPS
    output = table(rows) + "\n" + summary_json(values, partial=not complete)
    if complete:
        (args.data_dir / ("last-quick.txt" if args.quick else "last.txt")).write_text(output + "\n")
    print(output, flush=True)
    return 0


def run_all(
    server: BenchServer,
    sizes: Sizes,
    levels: list[int],
    only: tuple[str, ...] = (),
    worker_env: dict[str, str] | None = None,
    worker_command: str | None = None,
) -> tuple[list[Row], dict]:
    """Every figure (or those of the groups in `only`), in an order that keeps them
    apart: SQL-only first, HTTP last."""
    values: dict[str, float] = {}
    url = server.app_database()
    rows: list[Row] = []
    only = only or GROUPS
    if "throughput" in only:
        ours = CpeRunsQueue(url, worker_env, worker_command)
        rows += _throughput_figures(server, url, sizes, levels, values, ours)
    if "fairness" in only:
        rows += _fairness_figures(server, url, sizes, values)
    if "append" in only:
        rows += _append_figures(url, sizes, values)
    if "live" in only:
        rows += _live_figures(server, url, sizes, values)
    return rows, values


# The groups of figures, in the order they run.
GROUPS = ("throughput", "fairness", "append", "live")


def _setting(text: str) -> tuple[str, str]:
    name, equals, value = text.partition("=")
    if not equals or not name.startswith("CPE_RUNS_"):
        raise SystemExit(f"--worker-env wants CPE_RUNS_NAME=VALUE, got {text!r}")
    return name, value


def _groups(text: str) -> tuple[str, ...]:
    chosen = {name.strip() for name in text.split(",") if name.strip()}
    unknown = chosen - set(GROUPS)
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            f"unknown group(s) {', '.join(sorted(unknown)) or '(none)'}; choose from"
            f" {', '.join(GROUPS)}"
        )
    return tuple(group for group in GROUPS if group in chosen)


def _throughput_figures(
    server: BenchServer,
    url: str,
    sizes: Sizes,
    levels: list[int],
    values: dict,
    ours: CpeRunsQueue,
) -> list[Row]:
    log("physical reference: single-row UPDATE commits (pgbench)")
    updates.prepare(server)
    commits = {
        clients: updates.update_commits_per_s(
            server, clients=clients, seconds=sizes.pgbench_seconds
        )
        for clients in (1, 4)
    }
    values["update_commits_per_s"] = commits[4]

    reference = ProcrastinateQueue(server)
    drains: dict[tuple[str, int, int], drain.Drain] = {}
    began = time.monotonic()
    try:
        for concurrency in levels:
            for processes in (1, 4):
                # A slow machine gets single batches past the budget: the whole run
                # must stay well under ten minutes.
                late = time.monotonic() - began > THROUGHPUT_BUDGET_SECONDS
                repeats = 1 if late else sizes.drain_repeats
                for queue in (ours, reference):
                    log(
                        f"task throughput: {queue.name}, {sizes.tasks} tasks,"
                        f" {processes} process(es) x {concurrency}"
                    )
                    drains[queue.name, processes, concurrency] = drain.measure(
                        queue,
                        tasks=sizes.tasks,
                        processes=processes,
                        concurrency=concurrency,
                        logdir=server.workdir / "logs",
                        database_pid=server.postmaster_pid(),
                        repeats=repeats,
                    )
    finally:
        ours.close()
        reference.close()

    rows: list[Row] = []
    headline = levels[0]
    for concurrency in levels:
        for processes in (4, 1):
            mine = drains["cpe_runs", processes, concurrency]
            theirs = drains["procrastinate", processes, concurrency]
            ratio = mine.tasks_per_s / theirs.tasks_per_s
            judged = processes == 4 and concurrency == headline
            rows.append(
                Row(
                    f"tasks/s, {processes} worker process{'es' if processes > 1 else ''}"
                    f" x {concurrency} ({sizes.tasks:,} tasks{_median(mine, theirs)})",
                    f"{mine.tasks_per_s:,.0f}",
                    f"procrastinate {theirs.tasks_per_s:,.0f}",
                    f"{ratio:.1f}x" + (" (target >= 10x)" if judged else ""),
                    ratio >= 10 if judged else None,
                )
            )
        mine = drains["cpe_runs", 4, concurrency]
        theirs = drains["procrastinate", 4, concurrency]
        rows.append(
            Row(
                f"  CPU per task, 4 x {concurrency} (workers + PostgreSQL)",
                _cpu(mine),
                f"procrastinate {_cpu(theirs)}",
                f"{sum(theirs.cpu_us_per_task) / sum(mine.cpu_us_per_task):.1f}x less",
            )
        )
    for clients in (4, 1):
        best = max(drains["cpe_runs", clients, c].tasks_per_s for c in levels)
        rows.append(
            Row(
                f"single-row UPDATE commits/s, {clients} client{'s' if clients > 1 else ''}",
                f"{commits[clients]:,.0f}",
                "pgbench, same server",
                f"best tasks/s = {best / commits[clients]:.2f}x of it",
            )
        )
    best = max(drains["cpe_runs", p, c].tasks_per_s for p in (1, 4) for c in levels)
    values["tasks_per_s_vs_update_commits"] = best / commits[1]
    rows.append(
        Row(
            "best tasks/s vs 1-client UPDATE commits/s",
            f"{values['tasks_per_s_vs_update_commits']:.2f}x",
            f"pgbench 1 client {commits[1]:,.0f}/s",
            "target >= 1.0",
            values["tasks_per_s_vs_update_commits"] >= 1.0,
        )
    )
    cpu = sum(drains["cpe_runs", 4, headline].cpu_us_per_task)
    values["cpu_us_per_task"] = cpu
    rows.append(
        Row(
            f"CPU per task, 4 x {headline} (workers + PostgreSQL)",
            f"{cpu:,.0f} us",
            "",
            "target <= 500 us",
            cpu <= 500,
        )
    )
    values["tasks_per_s"] = drains["cpe_runs", 4, headline].tasks_per_s
    values["procrastinate_tasks_per_s"] = drains["procrastinate", 4, headline].tasks_per_s
    values["throughput_ratio"] = values["tasks_per_s"] / values["procrastinate_tasks_per_s"]
    return rows


def _median(*results: drain.Drain) -> str:
    batches = min(result.batches for result in results)
    return f", median of {batches} batches" if batches > 1 else ""


def _cpu(result: drain.Drain) -> str:
    workers, database = result.cpu_us_per_task
    return f"{workers:,.0f} + {database:,.0f} us"


def _fairness_figures(server: BenchServer, url: str, sizes: Sizes, values: dict) -> list[Row]:
    log(
        f"fair scheduling: {sizes.fair_samples} 1-file batches while another user's"
        f" {sizes.fair_batch}-file batch runs, {fairness.SLOTS} slots"
    )
    fair = fairness.measure(
        url,
        big_batch=sizes.fair_batch,
        samples=sizes.fair_samples,
        logdir=server.workdir / "logs",
    )
    p50, p95 = percentile(fair.waits_ms, 50), percentile(fair.waits_ms, 95)
    fifo = percentile(fair.fifo_waits_ms, 50)
    values["fair_wait_p95_ms"] = p95
    what = f"{len(fair.waits_ms)} 1-file batches, another user's {fair.big_batch:,} running"
    return [
        Row(f"fair wait p50 ({what}, {fairness.SLOTS} slots)", f"{p50:,.0f} ms", "", ""),
        Row(
            "fair wait p95",
            f"{p95:,.0f} ms",
            f"first come, first served: {fifo / 1000:,.0f} s",
            "target <= 2,000 ms",
            p95 <= 2000,
        ),
    ]


def _append_figures(url: str, sizes: Sizes, values: dict) -> list[Row]:
    rows: list[Row] = []
    log(f"append-run cost: sheets of {sizes.append_rows} rows, {sizes.append_repeats} repeats")
    costs = append.measure(url, sizes.append_rows, sizes.append_repeats)
    smallest, largest = costs[0], costs[-1]
    for cost in costs:
        rows.append(
            Row(
                f"finish a run + append trigger, {cost.rows:,} earlier rows",
                f"{cost.median_ms:.2f} ms",
                "median",
                f"{cost.median_ms / smallest.median_ms:.2f}x of {smallest.rows:,} rows",
            )
        )
    append_ratio = largest.median_ms / smallest.median_ms
    rows.append(
        Row(
            f"append cost ratio, {largest.rows:,} vs {smallest.rows:,} rows",
            f"{append_ratio:.2f}",
            "",
            "target <= 1.5",
            append_ratio <= 1.5,
        )
    )
    values["append_ratio_100k_vs_100"] = append_ratio
    return rows


def _live_figures(server: BenchServer, url: str, sizes: Sizes, values: dict) -> list[Row]:
    """The figures measured through HTTP, on one live `cpe-runs serve --workers 0`."""
    rows: list[Row] = []
    log(f"building {sizes.sheets} sheets of {sizes.runs_per_sheet} runs with SQL")
    with psycopg.connect(url, autocommit=True) as conn:
        lister = make_user(conn, "sheets@bench.example")
        sheets.build(conn, lister, sizes.sheets, sizes.runs_per_sheet)
        pusher = make_user(conn, "push@bench.example")
        push_job, _run = make_sheet(conn, user_id=pusher, name="push")
        template_id = str(state_template_id(conn))
        auditor = make_user(conn, "audit@bench.example")
        log(f"building a sheet of {sizes.audit_certificates} certificates and one of"
            f" {sizes.summary_rows:,} rows with SQL")  # fmt: skip
        packet_job = audit.build(
            conn, auditor, sizes.audit_certificates, sizes.audit_certificate_kib
        )
        summary_job = audit.build(conn, auditor, sizes.summary_rows, None)
        worker = make_user(conn, "sheetwork@bench.example")
        log(f"building a sheet of {sizes.sheet_rows:,} rows with SQL")
        work_job = sheetwork.build(conn, worker, sizes.sheet_rows)
        reader = make_user(conn, "reads@bench.example")
        big_sheets = []
        for batches, rows_per_batch in sizes.read_sheets:
            log(f"building a sheet of {batches} batches x {rows_per_batch} rows with SQL")
            big_sheets.append(reads.build(conn, reader, batches, rows_per_batch))
    lister_token = _token(url, "sheets@bench.example")
    auditor_token = _token(url, "audit@bench.example")
    reader_token = _token(url, "reads@bench.example")
    pusher_token = _token(url, "push@bench.example")
    worker_token = _token(url, "sheetwork@bench.example")

    env = {
        "CPE_RUNS_MAX_UPLOAD_BYTES": str((sizes.upload_mib + 16) * upload.MIB),
        **push.server_env(sizes.sse_clients_many),
    }
    live = start_live_server(
        url, server.workdir, args=("--workers", "0", "--token-for", ""), env=env, timeout=60
    )
    try:
        log(f"GET /api/cpe/sheets: {sizes.sheet_requests} requests")
        listing = sheets.measure(
            live.base_url,
            lister_token,
            sheets=sizes.sheets,
            runs=sizes.runs_per_sheet,
            requests=sizes.sheet_requests,
        )
        read_costs = []
        for big in big_sheets:
            log(f"reading a sheet of {big.rows:,} rows ({big.label}), {sizes.read_requests} times")
            read_costs.append(
                reads.measure(live.base_url, reader_token, url, reader, big, sizes.read_requests)
            )
        log(f"a sheet of {sizes.sheet_rows:,} rows read whole, {sizes.row_changes} changes each")
        work = sheetwork.measure(
            live.base_url, worker_token, work_job, rows=sizes.sheet_rows, changes=sizes.row_changes
        )
        latencies = []
        # The figures: clients that read after the server's writes, kernel-stamped; then
        # the most clients again reading as the events come, as they did before (push.py).
        for clients, read in (
            (sizes.sse_clients, "after"),
            (sizes.sse_clients_many, "after"),
            (sizes.sse_clients_many, "live"),
        ):
            log(f"push latency: {clients} SSE clients, {sizes.push_rounds} rounds, --read {read}")
            latencies.append(
                push.measure(
                    live.base_url,
                    url,
                    pusher_token,
                    push_job,
                    clients=clients,
                    rounds=sizes.push_rounds,
                    server_pid=live.process.pid,
                    read=read,
                )
            )
        log(f"upload: {sizes.upload_mib} MiB")
        sent = upload.measure(
            live.base_url,
            pusher_token,
            template_id,
            live.process.pid,
            server.workdir,
            sizes.upload_mib,
        )
        log(f"audit packet: {sizes.audit_certificates} certificates")
        packet = audit.measure_packet(live.base_url, auditor_token, packet_job, live.process.pid)
        log(f"summary: {sizes.summary_rows:,} rows, {sizes.summary_requests} requests")
        summary = audit.measure_summary(
            live.base_url, auditor_token, summary_job, sizes.summary_rows, sizes.summary_requests
        )
        log(f"GET /metrics: {sizes.summary_requests} scrapes")
        scrapes = scrape.measure(live.base_url, sizes.summary_requests)
    finally:
        live.stop()

    rows += _push_rows(latencies, sizes, values)

    values["upload_mb_per_s"] = sent.mib_per_s
    values["upload_rss_growth_mb"] = sent.rss_growth_mib
    rows.append(Row(f"upload {sent.size_mib} MiB, one file", f"{sent.mib_per_s:.1f} MiB/s", "", ""))
    rows.append(
        Row(
            "upload: server peak RSS growth",
            f"{sent.rss_growth_mib:.1f} MiB",
            f"file {sent.size_mib} MiB, RSS before {sent.rss_before_mib:.0f} MiB",
            "target <= 64 MiB",
            sent.rss_growth_mib <= 64,
        )
    )

    values["audit_mb_per_s"] = packet.mib_per_s
    values["audit_rss_growth_mb"] = packet.rss_growth_mib
    rows.append(
        Row(
            f"audit packet, {sizes.audit_certificates} certificates ({packet.size_mib:.0f} MiB)",
            f"{packet.mib_per_s:.1f} MiB/s",
            "",
            "",
        )
    )
    rows.append(
        Row(
            "audit packet: server peak RSS growth",
            f"{packet.rss_growth_mib:.1f} MiB",
            f"packet {packet.size_mib:.0f} MiB, RSS before {packet.rss_before_mib:.0f} MiB",
            "target <= 64 MiB",
            packet.rss_growth_mib <= 64,
        )
    )
    values["summary_p50_ms"] = summary.p50_ms
    rows.append(
        Row(
            f"GET summary p50 ({summary.rows:,} rows, {len(summary.samples_ms)} requests)",
            f"{summary.p50_ms:.1f} ms",
            "",
            "",
        )
    )

    values["metrics_scrape_p50_ms"] = scrapes.p50_ms
    rows.append(
        Row(
            f"GET /metrics p50 ({len(scrapes.samples_ms)} scrapes, {scrapes.size_bytes:,} bytes)",
            f"{scrapes.p50_ms:.1f} ms",
            "",
            "",
        )
    )

    s50, s99 = percentile(listing.samples_ms, 50), percentile(listing.samples_ms, 99)
    values["sheets_p99_ms"] = s99
    what = f"{listing.sheets:,} sheets x {listing.runs_per_sheet} runs, {listing.listed} listed"
    rows.append(Row(f"GET /api/cpe/sheets p50 ({what})", f"{s50:.1f} ms", "", ""))
    rows.append(
        Row(
            f"GET /api/cpe/sheets p99 ({len(listing.samples_ms)} requests)",
            f"{s99:.1f} ms",
            "",
            "target <= 10 ms",
            s99 <= 10,
        )
    )

    read_rows, read_values = reads.figures(read_costs)
    rows += read_rows
    values.update(read_values)
    load = work.load_median_ms
    values["sheet_load_ms"] = load
    rows.append(
        Row(
            f"sheet of {work.rows:,} rows read whole like the page (median of {len(work.load_ms)})",
            f"{load:.0f} ms",
            f"{-(-work.rows // sheetwork.PAGE_ROWS)} requests of {sheetwork.PAGE_ROWS:,} rows",
            "target <= 1,000 ms",
            load <= 1000,
        )
    )
    e99 = percentile(work.edit_ms, 99)
    values["row_edit_p99_ms"] = e99
    rows.append(
        Row(
            f"cell edit (PATCH) p50 / p99, {len(work.edit_ms)} edits",
            f"{percentile(work.edit_ms, 50):.1f} / {e99:.1f} ms",
            "",
            "target p99 <= 50 ms",
            e99 <= 50,
        )
    )
    rows.append(
        Row(
            f"row added (POST) / deleted (DELETE) p99, {len(work.add_ms)} each",
            f"{percentile(work.add_ms, 99):.1f} / {percentile(work.delete_ms, 99):.1f} ms",
            "",
            "",
        )
    )
    return rows


def _push_rows(latencies: list[push.PushLatency], sizes: Sizes, values: dict) -> list[Row]:
    few, many, many_live = latencies
    rows: list[Row] = []
    p50, p99 = percentile(few.samples_ms, 50), percentile(few.samples_ms, 99)
    values["push_p50_ms"], values["push_p99_ms"] = p50, p99
    rows.append(
        Row(
            f"push p50, commit -> run_created ({_push_what(few)})",
            f"{p50:.1f} ms",
            f"2 s polling: mean {push.POLL_MEAN_MS:.0f} ms",
            f"{push.POLL_MEAN_MS / p50:.0f}x sooner" if p50 > 0 else "",
        )
    )
    rows.append(
        Row(
            "push p99",
            f"{p99:.1f} ms",
            f"2 s polling: worst {push.POLL_WORST_MS:.0f} ms",
            "target <= 50 ms",
            p99 <= 50 and _push_whole(few),
        )
    )
    m50, m99 = percentile(many.samples_ms, 50), percentile(many.samples_ms, 99)
    values["push_p99_ms_1000"] = m99
    quick = "" if many.clients == 1000 else f"; --quick: {many.clients} clients, not 1,000"
    rows.append(
        Row(
            f"push p50 / p99 / max, {_push_what(many)}{quick}",
            f"{m50:.1f} / {m99:.1f} / {max(many.samples_ms, default=float('nan')):.1f} ms",
            f"{many.complete_clients:,} of {many.clients:,} clients got every event;"
            f" CPU per round and client: server {many.server_cpu_us:.0f} us,"
            f" clients {many.client_cpu_us:.0f} us",
            "target p99 <= 20 ms",
            m99 <= 20 and _push_whole(many),
        )
    )
    # The same clients reading as the events come: both ends of each sample.
    k99, r99 = percentile(many_live.samples_ms, 99), percentile(many_live.read_samples_ms, 99)
    values["push_p99_ms_1000_read_live"] = r99
    rows.append(
        Row(
            f"push p99, {many_live.clients:,} clients reading as events come (--read live)",
            f"{r99:.1f} ms as read, {k99:.1f} ms as stamped by the kernel",
            f"clients {many_live.client_cpu_us:.0f} us of CPU per round and client,"
            f" server {many_live.server_cpu_us:.0f} us",
            "(the clients share the cores with the server)",
        )
    )
    return rows


def _push_what(latency: push.PushLatency) -> str:
    missed = f", {latency.missed} missed" if latency.missed else ""
    out_of_order = latency.disordered_clients
    disordered = f", {out_of_order} out of order" if out_of_order else ""
    return (
        f"{latency.clients:,} SSE clients in {latency.processes} processes"
        f" x {latency.rounds} rounds{missed}{disordered}"
    )


def _push_whole(latency: push.PushLatency) -> bool:
    return not latency.missed and not latency.disordered_clients


def _token(url: str, email: str) -> str:
    async def create() -> str:
        conn = await asyncpg.connect(url)
        try:
            return await auth.create_token(conn, email)
        finally:
            await conn.close()

    return asyncio.run(create())
