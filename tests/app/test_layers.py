"""The layering import-linter cannot express: no Qt widget in app/ (receipts may use QtGui)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_widget_module_is_imported_by_the_core() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in sorted((ROOT / "app").rglob("*.py"))
        if any(n.startswith(("PySide6.QtWidgets", "PySide6.QtPrintSupport")) for n in _imports(p))
    ]
    assert offenders == []
