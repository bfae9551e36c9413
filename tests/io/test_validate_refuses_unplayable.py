"""Files the validator accepted but the game could not play are now refused, each in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from maze.io.level_file import LevelError, parse_level
from maze.io.workshop_file import WorkshopFileError, load_workshop

GRID = "grid: |\n  . # .\n  . # .\n  # . .\n"


@pytest.mark.parametrize(
    "head, message",
    [
        ("name: T\nrules:\n  discovery_minutes: 0.5\n", "must be a whole number"),
        ("name: T\nrules:\n  discovery_minutes: .nan\n", "must be a number, not nan"),
        ("name: T\nrules:\n  discovery_minutes: .inf\n", "must be a number, not inf"),
        ("name: T\nrules:\n  talk_penalty_seconds: .nan\n", "must be a number, not nan"),
        ("name: T\nrules:\n  execution_error_seconds: -.inf\n", "must be a number"),
        ('name: "A\\0B"\n', "holds the character '\\x00'"),
        ('name: "A\\rB"\n', "holds the character '\\r'"),
        ('name: "A\\nB"\n', "holds the character '\\n'"),
        ('name: "A\\ud800B"\n', "holds the character '\\ud800'"),
        ('name: T\nauthor: "x\\x1bY"\n', "holds the character '\\x1b'"),
    ],
)
def test_unplayable_levels_are_refused(head: str, message: str) -> None:
    with pytest.raises(LevelError) as caught:
        parse_level(head + GRID)
    assert len(caught.value.problems) == 1 and message in caught.value.problems[0]


def test_whole_minutes_written_with_a_point_still_load() -> None:
    assert parse_level("name: T\nrules:\n  discovery_minutes: 20.0\n" + GRID).level.rules.discovery_minutes == 20


@pytest.mark.parametrize(
    "teams, message",
    [
        ("  - name: Red\n    players: 4.0\n", "players must be a list of names"),
        ('  - name: "R\\red"\n    players: 4\n', "holds the character '\\r'"),
        ('  - name: Red\n    players: [Ana, "B\\0b"]\n', "holds the character '\\x00'"),
        ("  - name: Red\n    players: 2\nstrategy_minutes: 2.5\n", "must be a whole number"),
        ("  - name: Red\n    players: 2\nstrategy_minutes: .nan\n", "must be a number"),
    ],
)
def test_unplayable_workshops_are_refused(tmp_path: Path, teams: str, message: str) -> None:
    path = tmp_path / "w.yaml"
    path.write_text("level: classic\nteams:\n" + teams, encoding="utf-8")
    with pytest.raises(WorkshopFileError) as caught:
        load_workshop(path)
    assert message in "\n".join(caught.value.problems)
