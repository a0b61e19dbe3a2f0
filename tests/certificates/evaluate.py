"""`just eval`: the extractor's field accuracy on the frozen evaluation set (see
README.md here), per kind of file, and the seconds it takes per certificate.

Kinds: `text` (a .txt file), `pdf` (a text PDF), `scan` (a 300 dpi PNG: tilted,
blurred, speckled) and `photo` (a 200 dpi JPEG stored on its side with an EXIF
orientation: tilted, shadowed, blurred, grainy). Each certificate is rendered
first; only the extraction is timed, in CPU seconds of this process and of the
Tesseract processes it runs (one thread each, as workers run it): the time a
certificate takes on one core, however busy the machine is.

    python -m tests.certificates.evaluate [--kinds text,pdf,scan,photo] [--set tuning]
                                          [--module wild3] [--last 8] [--misses]

`--module` and `--last` narrow the tuning set to one file's certificates, or to the
last N of them: how a new batch's first read is measured (README.md here).

`--misses` lists the fields missed, for the tuning set only: the evaluation set's
misses are never printed, so that no rule is written against them (README.md here).
"""

from __future__ import annotations

import argparse
import importlib
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable

from cpe_runs.extraction import extract_certificates

from . import CALIFORNIA_FIELDS, EVALUATION, TUNING, Certificate, pdf_bytes, text_bytes
from .scan import photo_bytes, scan_bytes

KINDS: dict[str, tuple[Callable[[Certificate], bytes], str]] = {
    "text": (lambda cert: text_bytes(cert.markup), "text/plain"),
    "pdf": (lambda cert: pdf_bytes([cert.markup]), "application/pdf"),
    "scan": (lambda cert: scan_bytes(cert.markup, cert.name), "image/png"),
    "photo": (lambda cert: photo_bytes(cert.markup, cert.name), "image/jpeg"),
}
TARGETS = {"text": 0.97, "pdf": 0.97, "scan": 0.92, "photo": 0.92}
SECONDS_TARGETS = {"text": 0.05, "pdf": None, "scan": 4.0, "photo": 4.0}


def _cpu_seconds() -> float:
    """CPU time of this process and of the Tesseract processes it ran (each one thread):
    the seconds a certificate takes on one core, whatever else the machine runs."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def evaluate(
    certificates: list[Certificate], kind: str
) -> tuple[int, int, list[float], list[float], list[str]]:
    """(fields right, fields in all, CPU and wall seconds per certificate, misses)."""
    render, content_type = KINDS[kind]
    right = total = 0
    seconds: list[float] = []
    walls: list[float] = []
    misses: list[str] = []
    for number, cert in enumerate(certificates, 1):
        print(f"\r{kind}: {number}/{len(certificates)}", end="", file=sys.stderr, flush=True)
        data = render(cert)
        start, wall = _cpu_seconds(), time.perf_counter()
        try:
            rows = extract_certificates(
                data, filename=cert.name, content_type=content_type, fields=CALIFORNIA_FIELDS
            )
        except Exception as exc:  # a failed file counts every field as missed
            rows = []
            misses.append(f"  {cert.name} ({kind}): {type(exc).__name__}: {exc}")
        seconds.append(_cpu_seconds() - start)
        walls.append(time.perf_counter() - wall)
        row = rows[0] if len(rows) == 1 else {}
        if len(rows) > 1:
            misses.append(f"  {cert.name} ({kind}): {len(rows)} rows")
        for name, expected in cert.expected.items():
            total += 1
            if row.get(name) == expected:
                right += 1
            elif row:
                misses.append(f"  {cert.name} ({kind}) {name}: {row.get(name)!r} != {expected!r}")
    print("\r", end="", file=sys.stderr, flush=True)
    return right, total, seconds, walls, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--set", choices=("evaluation", "tuning"), default="evaluation")
    parser.add_argument(
        "--misses", action="store_true", help="list every field missed (tuning set only)"
    )
    parser.add_argument(
        "--module", help="only the tuning certificates of tests/certificates/MODULE.py"
    )
    parser.add_argument("--last", type=int, help="only the last N certificates selected")
    args = parser.parse_args(argv)
    if args.misses and args.set == "evaluation":
        parser.error(
            "--misses is for the tuning set only (--set tuning --misses): the evaluation"
            " set's misses are never listed, so that no rule is written against them"
            " (tests/certificates/README.md)"
        )
    if (args.module or args.last) and args.set == "evaluation":
        parser.error("--module and --last narrow the tuning set only (--set tuning)")
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    certificates = EVALUATION if args.set == "evaluation" else TUNING
    if args.module:
        module = importlib.import_module(f"{__package__}.{args.module}")
        names = {
            cert.name for value in vars(module).values() if isinstance(value, list)
            for cert in value if isinstance(cert, Certificate)
        }  # fmt: skip
        certificates = [cert for cert in certificates if cert.name in names]
        if not certificates:
            parser.error(f"no tuning certificates in tests/certificates/{args.module}.py")
    if args.last:
        certificates = certificates[-args.last :]
    print(f"{args.set} set: {len(certificates)} certificates, {len(CALIFORNIA_FIELDS)} fields each")
    print(f"{'kind':<6} {'fields right':>14} {'accuracy':>9} {'target':>7} {'s/cert':>7}"
          f" {'max s':>6} {'wall s':>7}  met?   (s: CPU seconds on one core)")  # fmt: skip
    all_met = True
    misses: list[str] = []
    for kind in args.kinds.split(","):
        right, total, seconds, walls, kind_misses = evaluate(certificates, kind)
        misses += kind_misses
        accuracy = right / total
        per_cert, worst = statistics.fmean(seconds), max(seconds)
        limit = SECONDS_TARGETS[kind]
        met = accuracy >= TARGETS[kind] and (limit is None or worst < limit)
        all_met &= met
        print(
            f"{kind:<6} {f'{right}/{total}':>14} {accuracy:>8.1%} {TARGETS[kind]:>7.0%}"
            f" {per_cert:>7.3f} {worst:>6.2f} {statistics.fmean(walls):>7.3f}"
            f"  {'yes' if met else 'no'}",
            flush=True,
        )
    print("targets: accuracy as above; seconds per certificate: text < 0.05, scan and photo < 4")
    if args.misses and misses:
        print("\n".join(["misses:", *misses]))
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main())
