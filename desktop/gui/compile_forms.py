"""The Designer forms of ui/ compiled to Python by pyside6-uic (`make forms`; `make run`,
`make test` and build.spec run it). Loading a compiled form skips QUiLoader (its module, and
reading XML at every start); each compiled module names the hash of the .ui it was made from,
so a form edited since is loaded from its .ui until compiled again."""

from __future__ import annotations

import ast
import hashlib
import os
import subprocess
import sys
from pathlib import Path

from desktop.paths import UI

COMPILED = Path(__file__).with_name("forms_compiled")
PACKAGE = "desktop.gui.forms_compiled"


def source_hash(ui_file: Path) -> str:
    return hashlib.sha256(ui_file.read_bytes()).hexdigest()[:16]


def _uic() -> list[str]:
    beside = Path(sys.executable).with_name("pyside6-uic" + (".exe" if os.name == "nt" else ""))
    return [str(beside) if beside.exists() else "pyside6-uic"]


def _trimmed(code: str) -> str:
    """uic's module with only the Qt names it uses imported. It imports a set of QtGui classes
    whatever the form holds, and PySide6 sets a class up (and makes Python enums of all its
    enums: QGradient alone has 180 presets) when it is imported: 30 ms at every start."""
    tree = ast.parse(code)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = code.splitlines()
    for node in reversed(tree.body):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            kept = sorted(alias.name for alias in node.names if alias.name in used)
            text = [f"from {node.module} import {', '.join(kept)}"] if kept else []
            lines[node.lineno - 1 : node.end_lineno] = text
    return "\n".join(lines) + "\n"


def stale() -> list[Path]:
    """The forms whose compiled module is missing or was made from another version."""
    found = []
    for ui_file in sorted(UI.glob("*.ui")):
        target = COMPILED / f"{ui_file.stem}.py"
        head = target.read_text(encoding="utf-8").split("\n", 1)[0] if target.exists() else ""
        if head != f'SOURCE = "{source_hash(ui_file)}"':
            found.append(ui_file)
    return found


def compile_forms() -> list[str]:
    """Compile every stale form; returns their names."""
    COMPILED.mkdir(exist_ok=True)
    (COMPILED / "__init__.py").write_text('"""Made by desktop.gui.compile_forms."""\n')
    done = []
    for ui_file in stale():
        code = subprocess.run(
            [*_uic(), "--generator", "python", str(ui_file)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        target = COMPILED / f"{ui_file.stem}.py"
        partial = target.with_suffix(".tmp")
        text = f'SOURCE = "{source_hash(ui_file)}"\n{_trimmed(code)}'
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)  # never half a module where the desk imports it
        done.append(ui_file.stem)
    return done


if __name__ == "__main__":
    made = compile_forms()
    print(f"{len(made)} form(s) compiled" + (f": {', '.join(made)}" if made else ""))
