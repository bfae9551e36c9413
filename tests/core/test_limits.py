"""The JSON schemas say the same limits as maze.core.limits, the one place they are kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from maze.core import limits
from maze.core.commands import IllegalCommand, StartWorkshop, TeamPlan, TeamSpec
from maze.core.workshop import Workshop
from tests.builders import level

SCHEMA = Path(__file__).resolve().parents[2] / "levels" / "schema"


def _schema(name: str) -> dict:
    return json.loads((SCHEMA / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(limits.RULE_LIMITS))
def test_every_number_rule_in_the_schema_has_the_limit_of_the_limits_module(name: str) -> None:
    rule = _schema("level.schema.json")["properties"]["rules"]["properties"][name]
    limit = limits.RULE_LIMITS[name]
    assert (rule["minimum"], rule["maximum"]) == (limit.low, limit.high)


def test_every_number_rule_of_the_schema_is_in_the_limits_module() -> None:
    rules = _schema("level.schema.json")["properties"]["rules"]["properties"]
    numbers = {name for name, rule in rules.items() if rule.get("type") in ("number", "integer")}
    assert numbers == set(limits.RULE_LIMITS)


def test_workshop_schema_limits_match() -> None:
    props = _schema("workshop.schema.json")["properties"]
    teams = props["teams"]
    assert (teams["minItems"], teams["maxItems"]) == (limits.TEAMS.low, limits.TEAMS.high)
    team = teams["items"]["properties"]
    listed, counted = team["players"]["oneOf"]
    assert (listed["minItems"], listed["maxItems"]) == (limits.PLAYERS.low, limits.PLAYERS.high)
    assert (counted["minimum"], counted["maximum"]) == (limits.PLAYERS.low, limits.PLAYERS.high)
    assert listed["items"]["maxLength"] == limits.PLAYER_NAME_LENGTH
    assert team["name"]["maxLength"] == limits.TEAM_NAME_LENGTH
    strategy = props["strategy_minutes"]
    assert (strategy["minimum"], strategy["maximum"]) == (limits.STRATEGY_MINUTES.low, limits.STRATEGY_MINUTES.high)
    assert props["name"]["maxLength"] == limits.WORKSHOP_NAME_LENGTH


def test_level_schema_text_limits_match() -> None:
    props = _schema("level.schema.json")["properties"]
    assert props["name"]["maxLength"] == limits.LEVEL_NAME_LENGTH
    assert props["description"]["maxLength"] == limits.DESCRIPTION_LENGTH
    assert props["author"]["maxLength"] == limits.AUTHOR_LENGTH
    assert f"{limits.GRID_SIDE.low:g} to {limits.GRID_SIDE.high:g} squares a side" in props["grid"]["description"]


def _start(teams: int, players: int = 2) -> StartWorkshop:
    specs = tuple(TeamSpec(f"Team {i}", tuple(f"P{n}" for n in range(players))) for i in range(teams))
    return StartWorkshop(0.0, specs, tuple(TeamPlan(level()) for _ in specs))


def test_the_core_plays_every_team_count_the_limit_allows_and_refuses_one_more() -> None:
    top = int(limits.TEAMS.high)
    assert Workshop().handle(_start(top))[0]["type"] == "workshop_started"
    with pytest.raises(IllegalCommand, match=limits.TEAMS.what):
        Workshop().handle(_start(top + 1))


def test_the_core_refuses_too_many_players() -> None:
    with pytest.raises(IllegalCommand, match=limits.PLAYERS.what):
        Workshop().handle(_start(1, int(limits.PLAYERS.high) + 1))
