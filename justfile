# cpe_runs: every command a person runs. `just --list` shows them.
set shell := ["bash", "-euo", "pipefail", "-c"]
set positional-arguments

python := env("PYTHON", "python3")
bin := ".venv/bin"

# Run the API, the dashboard and workers (embedded PostgreSQL unless CPE_RUNS_DATABASE_URL is set)
serve *args: _venv
    {{bin}}/cpe-runs serve "$@"

# Run the whole test suite against a real PostgreSQL (pytest arguments pass through)
test *args: _venv
    {{bin}}/pytest "$@"

# The suite under each topology: blob store postgres, file and s3 (moto), through PgBouncer, two servers; then a summary (--ci: the non-default ones on CI's subsets; --only NAME; pytest arguments pass through)
test-topologies *args: _venv
    {{bin}}/python -m tests.topologies "$@"

# Lint, format check, and fail when docs/schema.sql (the schema snapshot) is stale
check: _venv
    {{bin}}/ruff check src tests bench examples
    {{bin}}/ruff format --check src tests bench examples
    {{bin}}/pytest -q tests/test_foundation.py -k schema_snapshot

# Benchmarks, each figure against its reference, on one PostgreSQL (--quick: small sizes)
bench *args: _venv
    {{bin}}/python -m bench "$@"

# Extraction accuracy on the frozen evaluation set, per kind (text, pdf, scan, photo), and seconds per certificate
eval *args: _venv
    {{bin}}/python -m tests.certificates.evaluate "$@"

# Apply pending migrations to the configured database
migrate: _venv
    {{bin}}/cpe-runs migrate

# Regenerate docs/schema.sql from the migrations (a throwaway database migrated from zero)
dump-schema: _venv
    {{bin}}/python -m cpe_runs.schema

# Create or refresh .venv when pyproject.toml changed
_venv:
    #!/usr/bin/env bash
    set -euo pipefail
    stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
    if [ ! -f "$stamp" ]; then
        [ -x .venv/bin/python ] || {{python}} -m venv .venv
        .venv/bin/python -m pip install -q --upgrade pip
        .venv/bin/python -m pip install -q -e '.[test,bench]'
        rm -f .venv/.installed-*
        touch "$stamp"
    fi
