"""The layering of docs/architecture.md, checked on the source: which module may
import which (module-level imports that run, not those under TYPE_CHECKING)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "cpe_runs"
DRIVERS = {"asyncpg", "psycopg", "psycopg_pool"}


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(path: Path) -> set[str]:
    """Absolute names of what the module imports when it is imported."""
    tree = ast.parse(path.read_text(), str(path))
    package = _module(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.orelse)
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = package[: len(package) - node.level + 1] if node.level else []
                name = ".".join([*base, *([node.module] if node.module else [])])
                found.add(name)
                # `from . import runs` imports a module, not a name of the package.
                found.update(
                    f"{name}.{alias.name}"
                    for alias in node.names
                    if (PACKAGE.parent / Path(*f"{name}.{alias.name}".split("."))).exists()
                    or (PACKAGE.parent / f"{Path(*f'{name}.{alias.name}'.split('.'))}.py").exists()
                )
            elif isinstance(node, ast.If | ast.Try):
                visit(node.body)
                visit(node.orelse)
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)

    visit(tree.body)
    return found


MODULES = {_module(path): _runtime_imports(path) for path in sorted(PACKAGE.rglob("*.py"))}


def _top(name: str) -> str:
    return name.split(".")[0]


def _in(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def test_the_modules_are_found():
    assert {"cpe_runs.api.events", "cpe_runs.db", "cpe_runs.worker.loop"} <= MODULES.keys()
    assert {"cpe_runs.storage.filestore", "cpe_runs.files", "cpe_runs.sheets"} <= MODULES.keys()


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _in(m, "cpe_runs.api")))
def test_the_http_layer_imports_no_sql_driver(module):
    """api/ speaks HTTP and calls the domain modules; only they hold connections' SQL."""
    assert not {name for name in MODULES[module] if _top(name) in DRIVERS}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_nothing_below_the_http_layer_imports_it(module):
    """Only the entry points wire the API in; the domain never reaches back up."""
    if _in(module, "cpe_runs.api") or module in {"cpe_runs.app", "cpe_runs.cli"}:
        return
    assert not {name for name in MODULES[module] if _in(name, "cpe_runs.api")}


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _in(m, "cpe_runs.extraction")))
def test_extraction_needs_no_database_server_or_worker(module):
    """document -> rows: it runs in the extraction processes, which hold no connection;
    of the rest of the package it shares only the file-type policy and the settings."""
    ours = {name for name in MODULES[module] if _in(name, "cpe_runs")}
    outside = {name for name in ours if not _in(name, "cpe_runs.extraction")}
    assert outside <= {"cpe_runs", "cpe_runs.storage.filetypes", "cpe_runs.config"}
    assert not {name for name in MODULES[module] if _top(name) in DRIVERS | {"litestar"}}


def _strings(path: Path) -> list[str]:
    """The string constants of a module's code, docstrings left out."""
    tree = ast.parse(path.read_text(), str(path))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b", re.S)
PATHS = {_module(path): path for path in sorted(PACKAGE.rglob("*.py"))}


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _in(m, "cpe_runs.api")))
def test_the_http_layer_holds_no_sql_and_no_connection(module):
    """api/ is HTTP only: the SQL, the transactions and the connections are the domain's."""
    source = PATHS[module].read_text()
    assert not [text for text in _strings(PATHS[module]) if SQL.search(text)]
    assert not re.search(r"\bas_user\b|\.acquire\(|\.fetch(row|val)?\(|\.execute\(", source)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_only_storage_touches_file_chunks(module):
    """The bytes kept in PostgreSQL are storage/'s: every other module asks it for them."""
    if _in(module, "cpe_runs.storage"):
        return
    touching = re.compile(r"\b(FROM|INTO|UPDATE|JOIN)\s+file_chunks\b", re.IGNORECASE)
    assert not [text for text in _strings(PATHS[module]) if touching.search(text)]


def test_the_worker_pieces_never_import_the_loop():
    pieces = [m for m in MODULES if _in(m, "cpe_runs.worker") and m != "cpe_runs.worker.loop"]
    for module in pieces:
        if module == "cpe_runs.worker":
            continue  # the package re-exports the loop's names
        assert "cpe_runs.worker.loop" not in MODULES[module], module


def test_there_is_no_import_cycle():
    graph = {
        module: {name for name in imports if name in MODULES and name != module}
        for module, imports in MODULES.items()
    }
    # A package's __init__ runs before its modules: importing the package is not a cycle
    # when the package only re-exports (the edge module -> its own package).
    for module, edges in graph.items():
        edges -= {p for p in edges if module.startswith(p + ".")}
    state: dict[str, int] = {}

    def walk(module: str, path: list[str]) -> None:
        state[module] = 1
        for name in sorted(graph[module]):
            if state.get(name) == 1:
                cycle = [*path[path.index(name) :], name]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if name not in state:
                walk(name, [*path, name])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            walk(module, [module])
