"""No import circle anywhere in `maze`, and a core that reaches neither pygame nor a clock.

The graph is read from the source with `ast`: every import statement of every module, at module level and
inside functions alike (a lazy import still ties two modules together), and the packages a dotted import runs.
Imports under `if TYPE_CHECKING:` are left out: they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import maze

ROOT = Path(maze.__file__).parent
CLOCKS_AND_WINDOWS = {"pygame", "time", "datetime", "timeit", "asyncio", "sched", "threading", "calendar"}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runs(node: ast.AST) -> list[ast.AST]:
    """The statements below `node` that can run: `if TYPE_CHECKING:` bodies are skipped (their else kept)."""
    out: list[ast.AST] = []
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
            for stmt in child.orelse:
                out += [stmt, *_runs(stmt)]
            continue
        out += [child, *_runs(child)]
    return out


def imports_of(source: str, name: str, is_package: bool) -> set[str]:
    """Every module name an import in `source` can load (each dotted name with its parents)."""
    found: set[str] = set()
    package = name if is_package else name.rpartition(".")[0]
    for node in _runs(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        for dotted in names:
            parts = dotted.split(".")
            found.update(".".join(parts[: i + 1]) for i in range(len(parts)))
    return found


def import_graph() -> dict[str, set[str]]:
    """Module -> the modules of `maze` (and the outside modules) its imports load."""
    graph: dict[str, set[str]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        name = module_name(path)
        graph[name] = imports_of(path.read_text(encoding="utf-8"), name, path.name == "__init__.py") - {name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One circle of imports among the graph's own modules (as a path that ends where it starts), or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node] & graph.keys()):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(graph.get(node, set()))
    return seen


def test_the_graph_sees_imports_inside_functions_and_skips_type_checking_only_ones() -> None:
    source = (
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from maze.ui.app import App\n"
        "def f():\n    from maze.ui.start.play import play\n    import time\n"
        "from . import sound\nfrom .start import window\n"
    )
    found = imports_of(source, "maze.ui.launchpad", is_package=False)
    assert {"maze.ui.start.play", "maze.ui.start", "time", "maze.ui.sound", "maze.ui.start.window"} <= found
    assert "maze.ui.app" not in found


def test_the_cycle_finder_finds_a_circle_through_a_lazy_import() -> None:
    graph = {
        "maze.demo": imports_of("def f():\n    from maze.ui.launch import play_demo\n", "maze.demo", False),
        "maze.ui.launch": imports_of("from maze.demo import start_events\n", "maze.ui.launch", False),
        "maze.ui": set(),
        "maze": set(),
    }
    cycle = find_cycle(graph)
    assert cycle is not None and set(cycle) == {"maze.demo", "maze.ui.launch"} and cycle[0] == cycle[-1]
    graph["maze.ui.launch"] = set()
    assert find_cycle(graph) is None


def test_there_is_no_import_circle_in_maze() -> None:
    graph = import_graph()
    assert len(graph) > 80 and "maze.ui.start.play" in graph
    cycle = find_cycle(graph)
    assert cycle is None, "import circle: " + " -> ".join(cycle or [])


def test_nothing_the_core_imports_reaches_pygame_or_a_clock() -> None:
    graph = import_graph()
    core = [name for name in graph if name.startswith("maze.core")]
    assert len(core) >= 6
    for name in core:
        reached = reachable(graph, name)
        assert not reached & CLOCKS_AND_WINDOWS, f"{name} reaches {sorted(reached & CLOCKS_AND_WINDOWS)}"
        assert not {m for m in reached if m.startswith(("maze.ui", "maze.io", "maze.demo"))}, name


def test_the_demo_without_a_window_imports_nothing_of_the_ui() -> None:
    reached = reachable(import_graph(), "maze.demo")
    assert "maze.io.recorder" in reached
    assert not {m for m in reached if m.startswith("maze.ui") or m == "pygame"}
