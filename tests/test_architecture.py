"""The architecture (docs/architecture.md) is checked: the import direction and who may reach
the database by import-linter, what an import cannot say (SQL text, the database object, the
transaction primitives in services and the GUI) by walking their syntax trees."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTRACTS = 5


def _lint_imports(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},  # this tree's desktop, not the installed one
        timeout=300,
    )


def test_import_contracts_are_kept():
    done = _lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Contracts: {CONTRACTS} kept, 0 broken." in done.stdout


def test_the_contracts_break_on_a_service_that_reaches_the_database_or_a_circle(tmp_path):
    """Planted in a copy of the tree: a service importing peewee and the store's SQL runner,
    and hearings and printing importing each other again. Each breaks its contract."""
    shutil.copytree(ROOT / "desktop", tmp_path / "desktop", ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    services = tmp_path / "desktop" / "services"
    (services / "planted.py").write_text("import peewee\n\nfrom desktop.store import sql\n")
    for module, other in (("hearings", "printing"), ("printing", "hearings")):
        path = services / f"{module}.py"
        path.write_text(path.read_text() + f"\nfrom desktop.services import {other}  # noqa\n")
    done = _lint_imports(tmp_path)
    assert done.returncode != 0
    out = " ".join(done.stdout.split())
    assert "Only the store speaks to the database" in out
    assert "dialect BROKEN" in out, out
    assert "were a circle) BROKEN" in out, out
    assert "desktop.services.planted -> peewee" in out
    assert "desktop.services.planted -> desktop.store.sql" in out
    assert f"Contracts: {CONTRACTS - 2} kept, 2 broken." in out


# What services, the GUI and the command line may not touch: the database object and its
# transaction and raw-SQL primitives, and dialect idioms of peewee's query builder.
BANNED_ATTRIBUTES = frozenset(
    {
        "database",
        "execute_sql",
        "executemany",
        "atomic",
        "transaction",
        "savepoint",
        "manual_commit",
        "connection_context",
        "in_transaction",
        "lastrowid",
        "raw",
        "pragma",
        "on_conflict",
        "on_conflict_replace",
        "on_conflict_ignore",
    }
)
BANNED_NAMES = frozenset({"database"})  # peewee's own names: import-linter bars peewee itself
# SQL text: a statement's shape, or an idiom of one (FTS5 MATCH, INDEXED BY, LIMIT -1).
SQL_TEXT = re.compile(
    r"\b(SELECT\s.+\sFROM\s|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\S+\s+SET\s|DELETE\s+FROM\s"
    r"|PRAGMA\s|BEGIN(\s+(IMMEDIATE|DEFERRED|EXCLUSIVE))?\s*;?\s*$|CREATE\s+(TABLE|INDEX|TRIGGER)\s"
    r")|\s(MATCH\s+\?|INDEXED\s+BY\s|LIMIT\s+(-1|\?))",
    re.DOTALL,
)


def database_reach(source: str) -> list[str]:
    """Where code reaches past the store: SQL text, the database object, its primitives."""
    found = []
    for node in ast.walk(ast.parse(source)):
        where = f"line {getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Attribute) and node.attr in BANNED_ATTRIBUTES:
            found.append(f"{where}: .{node.attr}")
        elif isinstance(node, ast.Name) and node.id in BANNED_NAMES:
            found.append(f"{where}: {node.id}")
        elif isinstance(node, ast.ImportFrom):
            names = {a.name for a in node.names}
            if names & BANNED_NAMES or names & {"transaction", "sql", "dialect"}:
                found.append(f"{where}: from {node.module} import {', '.join(sorted(names))}")
        elif isinstance(node, ast.JoinedStr):  # an f-string: its text with a mark per value
            text = "".join(v.value if isinstance(v, ast.Constant) else "x" for v in node.values)
            if SQL_TEXT.search(text):
                found.append(f"{where}: SQL text {text[:50]!r}")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and SQL_TEXT.search(node.value)
        ):
            found.append(f"{where}: SQL text {node.value[:50]!r}")
    return found


def _outside_the_store() -> list[Path]:
    """Every layer above the store: services and the GUI, and those between them and it."""
    desktop = ROOT / "desktop"
    layers = ("services", "gui", "documents", "scanning", "sync", "mail")
    return [
        *(path for layer in layers for path in (desktop / layer).glob("*.py")),
        desktop / "cli.py",
    ]


def test_services_and_the_gui_leave_sql_and_the_database_object_to_the_store():
    found = {}
    for path in _outside_the_store():
        reach = database_reach(path.read_text())
        if path.name == "context.py":  # services.context.write is the one way into a write
            reach = [r for r in reach if not r.endswith(".transaction")]
        if reach:
            found[str(path.relative_to(ROOT))] = reach
    assert found == {}


def test_the_walk_finds_each_kind_of_reach_planted_in_a_service():
    planted = {
        "from desktop.store.models import database\n": "import database",
        "def f(db):\n    db.execute_sql('SELECT 1')\n": ".execute_sql",
        "def f(c):\n    return c.lastrowid\n": ".lastrowid",
        "def f(m):\n    with m.atomic():\n        pass\n": ".atomic",
        "def f(S):\n    S.insert(key=1).on_conflict_replace().execute()\n": ".on_conflict_replace",
        "Q = 'SELECT id FROM \"case\" WHERE reg_no = ?'\n": "SQL text",
        "def q(t):\n    return f'SELECT {t} FROM visitor'\n": "SQL text",
        "Q = 'x MATCH ?'\n": "SQL text",
        "Q = ' LIMIT -1'\n": "SQL text",
        "Q = 'BEGIN IMMEDIATE'\n": "SQL text",
        "from desktop.store import sql\n": "import sql",
        "def f(m):\n    return m.database.close()\n": ".database",
    }
    for source, expected in planted.items():
        reach = database_reach(source)
        assert len(reach) == 1 and expected in reach[0], (source, reach)
    # and leaves words alone that merely contain SQL keywords
    assert database_reach("T = 'Select the cases you want, then update the list'\n") == []


# A model's query builder: what builds, runs or fetches a query from the model class itself.
# Above the store these are store functions with names that say what they do, so that a second
# dialect has one place to look. A row the store handed out may still be saved (``row.save``).
QUERY_BUILDER = frozenset(
    {
        "select",
        "update",
        "delete",
        "insert",
        "insert_many",
        "insert_from",
        "replace",
        "replace_many",
        "get",
        "get_or_none",
        "get_by_id",
        "get_or_create",
        "create",
        "bulk_create",
        "bulk_update",
        "delete_by_id",
    }
)


def query_builder_reach(source: str) -> list[str]:
    """Where code calls a query builder method on a model imported from ``store.models``
    (``Case.select()``, ``models.Case.update(…)``, also under another name)."""
    tree = ast.parse(source)
    models, modules = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "desktop.store.models":
            models |= {a.asname or a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module == "desktop.store":
            modules |= {a.asname or a.name for a in node.names if a.name == "models"}
        elif isinstance(node, ast.Import):
            modules |= {a.asname for a in node.names if a.name == "desktop.store.models"}
    found = []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in QUERY_BUILDER
        ):
            continue
        owner = node.func.value
        if isinstance(owner, ast.Name) and owner.id in models:
            found.append(f"line {node.lineno}: {owner.id}.{node.func.attr}")
        elif (
            isinstance(owner, ast.Attribute)
            and isinstance(owner.value, ast.Name)
            and owner.value.id in modules
        ):
            found.append(f"line {node.lineno}: {owner.attr}.{node.func.attr}")
    return found


def test_services_and_the_gui_leave_the_models_query_builder_to_the_store():
    found = {}
    for path in _outside_the_store():
        reach = query_builder_reach(path.read_text())
        if reach:
            found[str(path.relative_to(ROOT))] = reach
    assert found == {}


def test_the_walk_finds_a_model_query_planted_in_a_service():
    planted = {
        "from desktop.store.models import Case\n"
        "def f(u):\n    return Case.select().where(Case.uuid == u).first()\n": "Case.select",
        "from desktop.store.models import HistoryEvent as E\n"
        "def f():\n    E.update(sync_status='pending').where(E.id > 0).execute()\n": "E.update",
        "from desktop.store.models import Staff\n"
        "def f(n):\n    return Staff.get_or_none(Staff.username == n)\n": "Staff.get_or_none",
        "from desktop.store.models import Visitor\n"
        "def f(**v):\n    return Visitor.create(**v)\n": "Visitor.create",
        "from desktop.store import models\n"
        "def f():\n    models.Setting.delete().execute()\n": "Setting.delete",
        "import desktop.store.models as m\n"
        "def f():\n    m.Agency.insert(code='X', name='X').execute()\n": "Agency.insert",
    }
    for source, expected in planted.items():
        reach = query_builder_reach(source)
        assert len(reach) == 1 and expected in reach[0], (source, reach)
    # and leaves alone what is no query of a model: a row handed out by the store, saved; a
    # combo box's select; a dict's update and get
    left_alone = (
        "from desktop.store import accounts\n"
        "from desktop.store.models import Staff\n"
        "def f(u, combos, box, d):\n"
        "    s = accounts.by_uuid(u)\n"
        "    s.save(only=[Staff.locked])\n"
        "    combos.select(box, 'x')\n"
        "    d.update(a=1)\n"
        "    return d.get('a')\n"
    )
    assert query_builder_reach(left_alone) == []


def test_the_domain_imports_only_the_standard_library_and_rule_libraries():
    """Plain Python: what the domain may import is listed, and nothing else creeps in."""
    allowed = {"desktop", "phonenumbers", "stdnum", "holidays", "babel", "lokal", "__future__"}
    for path in (ROOT / "desktop" / "domain").glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module]
                if isinstance(node, ast.ImportFrom) and node.module
                else []
            )
            for name in names:
                top = name.split(".")[0]
                assert top in allowed or top in sys.stdlib_module_names, f"{path.name}: {name}"
