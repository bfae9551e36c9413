"""The levels setup offers: the bundled ones (the classic carpet first), then the user's own."""

from __future__ import annotations

from maze.core.level import Level
from maze.io.level_file import LevelError, load_level
from maze.io.user_dirs import level_folders
from maze.resources import LEVELS_DIR

DEFAULT_LEVEL = "classic.yaml"


def list_levels(notices: list[str]) -> list[tuple[str, Level]]:
    """(label, level) for each level found; a broken user level is a notice, not a stop."""
    found = []
    for folder, mark in ((LEVELS_DIR, ""), *((folder, "yours") for folder in level_folders())):
        try:  # the classic carpet first: it is what a facilitator expects to start with
            paths = sorted(folder.glob("*.yaml"), key=lambda p: (p.name != DEFAULT_LEVEL, p.name))
        except OSError:
            continue
        for path in paths:
            try:
                level = load_level(path).level
            except LevelError as exc:
                notices.append(exc.problems[0])
                continue
            found.append((label(level, mark), level))
    return found


def default_level(notices: list[str]) -> list[tuple[str, Level]]:
    """Just the level setup shows first when none is given (the classic carpet): the rest can wait."""
    try:
        level = load_level(LEVELS_DIR / DEFAULT_LEVEL).level
    except LevelError as exc:
        notices.append(exc.problems[0])
        return []
    return [(label(level, ""), level)]


def label(level: Level, mark: str) -> str:
    """How setup names a level: its name, and where it came from (`yours`, `workshop`, `--level`)."""
    return f"{level.name} ({mark})" if mark else level.name
