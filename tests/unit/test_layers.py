"""The layers only look down (DESIGN.md): no import goes up from the domain to the command
line or the UI, and Qt stays in ui/ and printing/, so the CLI and the tests run headless."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "secframe"
# top-level modules every layer may use
SHARED = {"i18n", "config", "jobs", "files", "memory", "__version__"}
ALLOWED = {
    "models": {"models"},
    "db": {"db", "models"},
    "services": {"services", "db", "models"},
    "exchange": {"exchange", "services", "db", "models"},
    "reports": {"reports", "services", "db", "models"},
    "printing": {"printing", "reports", "services", "db", "models"},
    "commands": {"commands", "printing", "reports", "exchange", "services", "db", "models"},
    "ui": {"ui", "printing", "reports", "exchange", "services", "db", "models"},
}
QT_FREE = ("models", "db", "services", "exchange", "reports")
# The one arrow up that the design wants: `secframe gui` starts the desktop app.
EXCEPTIONS = {("commands/database.py", "secframe.ui.app")}


def imports(path: Path) -> list[tuple[int, str]]:
    """Every module ``path`` imports, with its line (relative imports are not used here)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module))
            if node.module == "secframe":  # from secframe import i18n, ...
                found += [(node.lineno, f"secframe.{alias.name}") for alias in node.names]
    return found


def layer_files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_a_layer_imports_only_the_layers_below_it(layer):
    wrong = []
    for path in layer_files(layer):
        rel = path.relative_to(PACKAGE).as_posix()
        for line, module in imports(path):
            parts = module.split(".")
            if parts[0] != "secframe" or len(parts) < 2 or parts[1] in SHARED:
                continue
            if parts[1] not in ALLOWED[layer] and (rel, module) not in EXCEPTIONS:
                wrong.append(f"{rel}:{line} imports {module}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("layer", QT_FREE)
def test_the_domain_layers_do_not_import_qt(layer):
    wrong = [
        f"{path.relative_to(PACKAGE).as_posix()}:{line} imports {module}"
        for path in layer_files(layer)
        for line, module in imports(path)
        if module.split(".")[0] in {"PySide6", "shiboken6"}
    ]
    assert not wrong, "\n".join(wrong)


def test_the_shared_modules_import_no_layer_and_no_qt():
    for name in ("i18n.py", "config.py", "jobs.py", "files.py"):
        for line, module in imports(PACKAGE / name):
            parts = module.split(".")
            assert parts[0] not in {"PySide6", "shiboken6"}, f"{name}:{line} imports {module}"
            if parts[0] == "secframe" and len(parts) > 1:
                assert parts[1] in SHARED, f"{name}:{line} imports {module}"


def test_every_package_is_in_a_layer():
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert packages - {"resources"} == set(ALLOWED)


def test_every_module_imports():
    """Every module of the package imports (a moved module leaves no stale import behind:
    mypy, which ignores missing imports, would not say so)."""
    import importlib
    import pkgutil

    import secframe

    names = [
        m.name
        for m in pkgutil.walk_packages(secframe.__path__, "secframe.")
        if ".migrations." not in m.name and m.name != "secframe.__main__"
    ]
    assert len(names) > 100
    for name in names:
        importlib.import_module(name)


def test_exchange_writes_no_sql():
    """The importers and exporters read and write through the services: from SQLAlchemy they
    take the Session type only."""
    wrong = []
    for path in layer_files("exchange"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
                names = {alias.name for alias in node.names}
                if node.module != "sqlalchemy.orm" or names - {"Session"}:
                    wrong.append(f"{path.relative_to(PACKAGE).as_posix()}:{node.lineno}")
            elif isinstance(node, ast.Import) and any(
                a.name.startswith("sqlalchemy") for a in node.names
            ):
                wrong.append(f"{path.relative_to(PACKAGE).as_posix()}:{node.lineno}")
    assert not wrong, "\n".join(wrong)
