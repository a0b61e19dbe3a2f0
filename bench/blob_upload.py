"""Upload throughput and the server's memory per blob store: one large file through
`POST /api/jobs/{job_id}/files` on a live `cpe-runs serve --workers 0`, once with
each store (PostgreSQL's file_chunks, a directory, S3 as moto's standalone server
serves it: the only S3 implementation installable here, in this process, so its
own CPU and memory are not the server's).

    python -m bench.blob_upload [--mib 200]

The memory figure is the server's peak RSS above its level before the request
(bench/upload.py); constant memory means it does not grow with the file.
"""

from __future__ import annotations

import argparse
import os
import sys

import boto3
import psycopg
from moto.server import ThreadedMotoServer
from tests.factories import make_token, state_template_id
from tests.live import free_port, start_live_server

from . import upload
from .server import BenchServer

MIB = 1024 * 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.blob_upload")
    parser.add_argument("--mib", type=int, default=200, help="the file's size (default 200)")
    args = parser.parse_args(argv)
    os.environ.update(
        AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_DEFAULT_REGION="us-east-1"
    )
    port = free_port()
    moto = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    moto.start()
    endpoint = f"http://127.0.0.1:{port}"
    boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket="bench-blobs")
    try:
        with BenchServer() as server:
            url = server.app_database()
            with psycopg.connect(url, autocommit=True) as conn:
                _, token = make_token(conn, "blobs@bench.example")
                template_id = str(state_template_id(conn))
            stores = {
                "postgres": {"CPE_RUNS_BLOB_STORE": "postgres"},
                "file": {"CPE_RUNS_BLOB_STORE": f"file://{server.workdir}/blobs"},
                "s3 (moto)": {
                    "CPE_RUNS_BLOB_STORE": "s3://bench-blobs/certificates",
                    "CPE_RUNS_S3_ENDPOINT_URL": endpoint,
                },
            }
            print(f"| store | {args.mib} MiB upload | server RSS growth |")
            print("|---|---|---|")
            for name, env in stores.items():
                env = {**env, "CPE_RUNS_MAX_UPLOAD_BYTES": str((args.mib + 10) * MIB)}
                live = start_live_server(url, server.workdir, env=env)
                try:
                    sent = upload.measure(
                        live.base_url,
                        token,
                        template_id,
                        live.process.pid,
                        server.workdir,
                        args.mib,
                    )
                finally:
                    live.stop()
                print(
                    f"| {name} | {sent.mib_per_s:.1f} MiB/s | {sent.rss_growth_mib:.1f} MiB |",
                    flush=True,
                )
    finally:
        moto.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
