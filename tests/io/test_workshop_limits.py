"""A valid workshop file is a playable one: the team limit is the same in the schema, loader, setup and core."""

from __future__ import annotations

from pathlib import Path

import pytest

from maze.core import limits
from maze.io.workshop_file import WorkshopFileError, load_workshop


def workshop_file(folder: Path, teams: int) -> Path:
    lines = ["name: Big room", "level: classic", "teams:"]
    lines += [f"  - {{name: Team {i + 1}, players: 2}}" for i in range(teams)]
    path = folder / "big.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_thirteen_teams_load(tmp_path: Path) -> None:
    plan = load_workshop(workshop_file(tmp_path, 13))
    assert len(plan.teams) == 13


def test_one_team_more_than_the_limit_is_refused_with_the_limit(tmp_path: Path) -> None:
    with pytest.raises(WorkshopFileError) as caught:
        load_workshop(workshop_file(tmp_path, int(limits.TEAMS.high) + 1))
    assert "big.yaml line" in caught.value.problems[0]
    assert str(int(limits.TEAMS.high)) in caught.value.problems[0]


def test_a_rule_change_that_takes_the_only_route_away_is_refused_with_its_line(tmp_path) -> None:
    """carpet-6x8's route needs diagonal steps: `diagonal: false` makes it unplayable, so the file is refused."""
    path = tmp_path / "w.yaml"
    path.write_text("level: carpet-6x8\nrules:\n  diagonal: false\nteams:\n  - name: Red\n    players: 2\n")
    with pytest.raises(WorkshopFileError) as caught:
        load_workshop(path)
    (problem,) = caught.value.problems
    assert "line 2" in problem and "no route" in problem and "without diagonal steps" in problem
