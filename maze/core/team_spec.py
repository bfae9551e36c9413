"""A team as setup and a workshop file name it: its name and its players in turn order.

On its own so that a start with `--team` does not load every command (maze.core.commands re-exports it).
"""

from __future__ import annotations

from maze.core.records import record


@record(frozen=True)
class TeamSpec:
    name: str
    players: tuple[str, ...]
