"""The procrastinate application the reference workers run (`procrastinate --app ...`)."""

from __future__ import annotations

import os

import procrastinate

DSN_VARIABLE = "BENCH_PROCRASTINATE_DSN"

app = procrastinate.App(
    connector=procrastinate.PsycopgConnector(conninfo=os.environ.get(DSN_VARIABLE, ""))
)


# An async task: procrastinate runs it on its event loop, without the thread hop
# a sync task costs. That is its fastest path, so the reference is its best case.
@app.task(name="noop")
async def noop() -> None:
    return None
