"""maze/core is pure rules: it never imports pygame and never reads a clock.

Both rules are checked from the import graph (every import statement of every module, found with `ast`),
not by searching the text, so `from time import monotonic` or `import datetime as dt` are caught too.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import maze.core

CORE = Path(maze.core.__file__).parent
# Modules that read a clock (or wrap one) or draw: none of them may be imported by the core.
FORBIDDEN = {"pygame", "time", "datetime", "timeit", "asyncio", "sched", "threading", "calendar"}


def imported_modules(source: str) -> set[str]:
    """Every module an import statement names, with each of its parents (`a.b.c` gives a, a.b, a.b.c)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name | ast.Attribute)
            and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr) in ("__import__", "import_module")
        ):
            found = [arg.value for arg in node.args[:1] if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
        else:
            continue
        for name in found:
            parts = name.split(".")
            names.update(".".join(parts[: i + 1]) for i in range(len(parts)))
    return names


def core_sources() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(CORE.rglob("*.py"))}


def test_the_import_check_sees_every_way_of_importing_a_clock() -> None:
    """The checker itself: each of these must be seen, or the real check below proves nothing."""
    for line in (
        "import time",
        "from time import monotonic",
        "import datetime as dt",
        "from datetime import datetime",
        "import pygame.display",
        "from pygame import Surface",
        "def f():\n    import time\n",
        "importlib.import_module('time')",
        "__import__('pygame')",
    ):
        assert imported_modules(line) & FORBIDDEN, line
    assert not imported_modules("from maze.core.grid import Pos\nimport json\n") & FORBIDDEN


def test_core_imports_no_clock_and_no_pygame() -> None:
    sources = core_sources()
    assert len(sources) >= 6
    for name, source in sources.items():
        bad = imported_modules(source) & FORBIDDEN
        assert not bad, f"maze/core/{name} imports {sorted(bad)}: the core is given time, it never reads a clock"


def test_core_imports_nothing_of_the_ui_or_io() -> None:
    for name, source in core_sources().items():
        outside = {m for m in imported_modules(source) if m.startswith(("maze.ui", "maze.io", "maze.demo"))}
        assert not outside, f"maze/core/{name} imports {sorted(outside)}"


def test_importing_the_whole_core_loads_no_pygame_and_no_clock_module() -> None:
    """The same rule at run time, transitively: what the core's own imports pull in."""
    modules = [f"maze.core.{m.name}" for m in pkgutil.iter_modules(maze.core.__path__)]
    code = (
        "import sys\nbefore = set(sys.modules)\n"
        + "".join(f"import {m}\n" for m in modules)
        + "print('pygame' in sys.modules, 'datetime' in set(sys.modules) - before)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
