"""The editor checks the grid it holds (maze.core.draft), with no file round trip; its words stay those of
`electric-maze validate`, which reads the same maze from a file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from maze.core.draft import Draft, check_level
from maze.core.generator import generate
from maze.core.grid import Grid, Pos
from maze.core.level import Difficulty, Level, Rules
from maze.io.level_file import LevelError, level_yaml, load_level, parse_level, summary
from maze.resources import LEVELS_DIR


def through_a_file(level: Level) -> tuple[str, bool]:
    """What the editor said when it wrote the maze as YAML and read it back."""
    try:
        loaded = parse_level(level_yaml(level), "this maze")
    except LevelError as exc:
        return exc.problems[0].replace("this maze line ", "line ").split(": ", 1)[-1], False
    text = summary(loaded)
    if loaded.warnings:
        text += "; " + loaded.warnings[0].split("warning: ", 1)[-1]
    return text, True


def levels() -> list[Level]:
    found = [load_level(path).level for path in sorted(LEVELS_DIR.glob("*.yaml"))]
    found += [generate(50, 50, seed=5, difficulty=Difficulty.HARD), generate(7, 4, seed=2, diagonal=False)]
    blank = Level(name="Empty", grid=Grid(6, 9, frozenset()), rules=Rules())
    column = frozenset(Pos(r, 2) for r in range(9))
    islands = frozenset(Pos(r, c) for r in (1, 3, 5, 7) for c in (0, 4, 5))  # twelve squares no one can reach
    found += [blank, replace(blank, name="Column", grid=Grid(6, 9, column | islands))]
    found += [replace(blank, name="No diagonal", grid=Grid(6, 9, frozenset({Pos(8, 0), Pos(7, 1)})))]
    return found


@pytest.mark.parametrize("level", levels(), ids=lambda level: level.name)
def test_the_draft_check_says_what_validate_says(level: Level) -> None:
    checked = check_level(level)
    assert (checked.message, checked.ok) == through_a_file(level)


def test_the_check_is_kept_until_the_maze_changes() -> None:
    draft = Draft(generate(12, 12, seed=3))
    first = draft.check()
    assert draft.check() is first
    draft.set_square(Pos(0, 0), Pos(0, 0) not in draft.level.grid.safe)
    changed = draft.check()
    assert changed is not first
    draft.undo()
    assert draft.check().message == first.message
