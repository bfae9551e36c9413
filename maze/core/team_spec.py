"""A team as setup, `--team` and a workshop file name it: its name and its players in turn order.

On its own so that a start with `--team` loads neither every command (maze.core.commands re-exports it) nor the
workshop file reader.
"""

from __future__ import annotations

from maze.core.limits import PLAYERS
from maze.core.records import record

MAX_PLAYERS = int(PLAYERS.high)


@record(frozen=True)
class TeamSpec:
    name: str
    players: tuple[str, ...]


def players_from(value: list[str] | int | str) -> tuple[str, ...]:
    """Player names from a list, a comma-separated text, or a count ("4" -> Player 1 .. Player 4)."""
    if isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit()):
        count = int(value)
        if not 1 <= count <= MAX_PLAYERS:
            raise ValueError(f"a team has 1 to {MAX_PLAYERS} players, not {count}")
        return tuple(f"Player {i}" for i in range(1, count + 1))
    names = value if isinstance(value, list) else value.split(",")
    players = tuple(n.strip() for n in names if str(n).strip())
    if not players:
        raise ValueError("name at least one player, or give a number of players")
    if len(players) > MAX_PLAYERS:
        raise ValueError(f"a team has at most {MAX_PLAYERS} players")
    return players


def parse_team_arg(text: str) -> TeamSpec:
    """`"Red: Ana, Ben, Cy"` or `"Red: 4"`. Raises ValueError with a one-line reason."""
    name, sep, players = text.partition(":")
    if not sep or not name.strip():
        raise ValueError(f'--team "{text}": write it as "NAME: Ana, Ben" or "NAME: 4"')
    try:
        return TeamSpec(name.strip(), players_from(players))
    except ValueError as exc:
        raise ValueError(f'--team "{text}": {exc}') from None
