"""Fair mazes for every team: variants of a layout that a later team has not watched being solved.

The four symmetries of a rectangle (as it is, mirrored, flipped, turned half round) keep the
route's length and turns; a flipped route is walked the other way round, so the entry stays on the
same side. Past those, or for `generated`, new mazes of the same size, rules and difficulty.
"""

from __future__ import annotations

from dataclasses import replace

from maze.core.events import Symmetry
from maze.core.generator import generate
from maze.core.grid import Grid, Pos
from maze.core.level import Level, analyse
from maze.core.maze_mode import MazeMode as MazeMode  # setup's choice, on its own so setup opens without events

SYMMETRIES = tuple(Symmetry)


def transform(level: Level, symmetry: Symmetry) -> Level:
    grid = level.grid
    h, w = grid.height, grid.width
    rows = symmetry in (Symmetry.FLIPPED, Symmetry.TURNED)
    cols = symmetry in (Symmetry.MIRRORED, Symmetry.TURNED)
    safe = frozenset(Pos(h - 1 - p.row if rows else p.row, w - 1 - p.col if cols else p.col) for p in grid.safe)
    return replace(level, grid=Grid(w, h, safe))


def similar_generated(level: Level, seed: int, attempts: int = 12) -> Level:
    """A new maze with the same size and rules whose difficulty is as close as can be found."""
    target = analyse(level.grid, level.rules)
    best: Level | None = None
    best_gap = float("inf")
    for n in range(attempts):
        candidate = generate(
            level.grid.width,
            level.grid.height,
            seed=seed * 1000 + n,
            diagonal=level.rules.diagonal,
            difficulty=target.difficulty,
            entry=level.rules.entry,
        )
        a = analyse(candidate.grid, level.rules)
        gap = abs(a.difficulty_score - target.difficulty_score) + abs(a.route_length - target.route_length) / max(
            target.route_length, 1
        )
        if gap < best_gap:
            best, best_gap = candidate, gap
    if best is None:
        raise ValueError("no attempts to generate a similar maze")
    return replace(level, grid=best.grid)


def team_mazes(level: Level, teams: int, mode: MazeMode, seed: int = 0) -> list[tuple[Level, str]]:
    """(level, variant name) for each team, in playing order; no two teams get the same layout
    unless the mode is `same`."""
    if mode in (MazeMode.SAME, MazeMode.TOURNAMENT):
        return [(level, Symmetry.SAME)] * teams
    out: list[tuple[Level, str]] = []
    seen: set[frozenset[Pos]] = set()
    symmetries = list(SYMMETRIES) if mode is MazeMode.MIRRORED else [Symmetry.SAME]
    for index in range(teams):
        chosen: tuple[Level, str] | None = None
        while symmetries and chosen is None:
            name = symmetries.pop(0)
            candidate = transform(level, name)
            if candidate.grid.safe not in seen:  # a symmetric maze mirrors onto itself: skip that one
                chosen = (candidate, name)
        if chosen is None:
            for extra in range(20):
                candidate = similar_generated(level, seed * 100 + index * 20 + extra + 1)
                if candidate.grid.safe not in seen:
                    chosen = (candidate, f"generated {seed * 100 + index * 20 + extra + 1}")
                    break
        if chosen is None:
            raise ValueError("a new layout could not be found")
        seen.add(chosen[0].grid.safe)
        out.append(chosen)
    return out
