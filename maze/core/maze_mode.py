"""How setup gives each team its maze (maze.core.variants makes the mazes; setup only needs the choice)."""

from __future__ import annotations

from enum import StrEnum


class MazeMode(StrEnum):
    SAME = "same"  # every team plays the layout the facilitator chose
    MIRRORED = "mirrored"  # mirrored and flipped copies, then generated mazes of equal difficulty
    GENERATED = "generated"  # a new maze of similar difficulty for each team after the first
    TOURNAMENT = "tournament"  # each team plays the maze assigned to it (one another team designed)
