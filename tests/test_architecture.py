"""The shape we keep: only the adapter imports discord; the core has no global state to speak of."""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_only_the_discord_adapter_imports_discord() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "bot").rglob("*.py"))
        if "discord_app" not in path.parts and "discord" in imported_modules(path)
    ]
    assert offenders == []


def test_settings_are_not_read_at_import_time() -> None:
    source = (ROOT / "bot" / "config.py").read_text()
    module_level = [node for node in ast.parse(source).body if isinstance(node, ast.Assign)]
    assigned = {target.id for node in module_level for target in node.targets if isinstance(target, ast.Name)}
    assert assigned == {"PROJECT_ROOT", "DEFAULT_DATA_DIR"}
