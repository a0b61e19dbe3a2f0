"""cpe_runs: a PostgreSQL-centric backend for a CPE tracker."""

__version__ = "0.1.0"
