"""maze/core is pure rules: importing every module of it must not import pygame."""

import pkgutil
import subprocess
import sys

import maze.core


def test_core_imports_no_pygame() -> None:
    modules = [f"maze.core.{m.name}" for m in pkgutil.iter_modules(maze.core.__path__)]
    assert len(modules) >= 6
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + "print('pygame' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_core_reads_no_clock() -> None:
    import inspect

    for info in pkgutil.iter_modules(maze.core.__path__):
        module = __import__(f"maze.core.{info.name}", fromlist=["x"])
        source = inspect.getsource(module)
        for clock in ("time.time(", "time.monotonic(", "datetime.now(", "perf_counter("):
            assert clock not in source, f"maze.core.{info.name} reads a clock ({clock})"
