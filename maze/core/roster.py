"""The teams of a workshop: how many, how many players, and names the room can tell apart."""

from __future__ import annotations

from collections.abc import Iterable

from maze.core.limits import PLAYERS, TEAMS
from maze.core.team_spec import TeamSpec


def duplicate_team_name(names: Iterable[str]) -> tuple[int, str] | None:
    """The first team (index, name) whose name an earlier team already has; names match ignoring case and
    spaces around them, as a room reads them."""
    seen: set[str] = set()
    for index, name in enumerate(names):
        key = name.strip().casefold()
        if key in seen:
            return index, name.strip()
        seen.add(key)
    return None


def teams_problem(teams: tuple[TeamSpec, ...]) -> str:
    """Why these teams cannot play (one line), or "" when they can: the limits and unique names."""
    if not TEAMS.allows(len(teams)):
        return TEAMS.fault(len(teams))
    for team in teams:
        if not team.name.strip():
            return "every team needs a name"
        if not PLAYERS.allows(len(team.players)):
            return f"team {team.name}: {PLAYERS.fault(len(team.players))}"
    twice = duplicate_team_name(t.name for t in teams)
    if twice is not None:
        return f"two teams are called {twice[1]}; give each team its own name"
    return ""
