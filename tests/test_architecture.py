"""Layer rules of DESIGN.md section 2, checked on the source (imports, not conventions)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _offenders(package: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in _modules(package):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    return bad


def test_core_imports_nothing_heavy() -> None:
    assert _modules("pos_desktop/core"), "core package is missing"
    forbidden = ("PySide6", "sqlalchemy", "httpx", "alembic", "escpos", "reportlab")
    forbidden += ("pos_desktop.store", "pos_desktop.services", "pos_desktop.ui", "sync")
    assert _offenders("pos_desktop/core", forbidden) == []


def test_only_ui_imports_pyside6() -> None:
    bad = []
    for package in ("pos_desktop", "sync"):
        for line in _offenders(package, ("PySide6", "shiboken6")):
            if not line.startswith("pos_desktop/ui/"):
                bad.append(line)
    assert bad == []


def test_sync_never_imports_ui() -> None:
    assert _offenders("sync", ("pos_desktop.ui",)) == []


def test_services_and_store_do_not_import_ui_or_hardware() -> None:
    forbidden = ("pos_desktop.ui", "pos_desktop.hardware")
    assert _offenders("pos_desktop/services", forbidden) == []
    assert _offenders("pos_desktop/store", (*forbidden, "pos_desktop.services")) == []


def test_checker_sees_a_violation(tmp_path: Path) -> None:
    # Guard against a checker that silently passes: it must flag a planted import.
    planted = tmp_path / "bad.py"
    planted.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert _imports(planted) == {"PySide6.QtWidgets", "sqlalchemy.orm"}
