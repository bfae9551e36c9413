"""Where the walker on turn may step: the one place that knows a legal move.

The rules core classifies a step with `walk_target`; the screens highlight `legal_squares` and never
work out a move themselves.
"""

from __future__ import annotations

from enum import StrEnum

from maze.core.commands import IllegalCommand
from maze.core.event_makers import Walk
from maze.core.grid import Pos, is_neighbour
from maze.core.limits import SNAKE_GAP
from maze.core.team import Phase, TeamRun


class Target(StrEnum):
    """What a legal step does."""

    ENTER = "enter"  # onto the maze from its entry edge
    MOVE = "move"  # to another square of the maze
    EXIT = "exit"  # off the maze across its exit edge


def walk_target(run: TeamRun, target: Pos) -> Target:
    """Classify a step. Raises IllegalCommand for anything else."""
    grid, rules = run.level.grid, run.level.rules
    here = run.position
    if here is None:
        if grid.on_edge(target, rules.entry):
            return Target.ENTER
        raise IllegalCommand(f"step onto the maze from the {rules.entry} edge")
    if not is_neighbour(here, target, rules.diagonal):
        raise IllegalCommand("one square at a time" if rules.diagonal else "one square at a time, no diagonals")
    if grid.contains(target):
        return Target.MOVE
    if grid.is_beyond(target, rules.exit):
        return Target.EXIT
    raise IllegalCommand(f"the way out is across the {rules.exit} edge")


def step_fields(run: TeamRun, target: Pos, elapsed: float) -> Walk:
    """What a step or a beep onto `target` records: who, where, which step of the walk, when, in which phase."""
    return Walk(run.player, target.row, target.col, len(run.path) + 1, elapsed, run.phase)


def can_walk(run: TeamRun) -> bool:
    """Is a step possible at all right now (the right phase, not paused, time left, budget left)."""
    if run.paused or run.budget_spent:
        return False
    if run.phase is Phase.DISCOVERY:
        return not (run.discovery_over or run.time_up)
    if run.phase is Phase.EXECUTION:
        return not run.execution_done
    return False


def legal_squares(run: TeamRun) -> list[Pos]:
    """Every square the walker on turn may step onto now (squares just off the grid mean stepping off)."""
    if not can_walk(run):
        return []
    grid, rules = run.level.grid, run.level.rules
    here = run.position
    if run.retrace_route is not None and here is not None:
        if run.retrace_route:
            return [run.retrace_route[0]]
        return [p for p in _around(here) if grid.is_beyond(p, rules.entry) and is_neighbour(here, p, rules.diagonal)]
    if here is None:
        return grid.edge(rules.entry)
    places = grid.neighbours(here, rules.diagonal)
    places += [p for p in _around(here) if grid.is_beyond(p, rules.exit) and is_neighbour(here, p, rules.diagonal)]
    return places


def snake_walkers(run: TeamRun) -> list[tuple[int, Pos]]:
    """Execution with a snake: (player, square) of every walker on the maze, the front walker first.

    The front walker's path is the snake's trail; each walker behind stands SNAKE_GAP squares further
    back along it, and steps on once the one ahead is that far in.
    """
    walkers: list[tuple[int, Pos]] = []
    order = run.walking_order
    place, index = run.place_of(run.player), len(run.path) - 1
    while index >= 0 and place < len(order):
        walkers.append((order[place], run.path[index]))
        place, index = place + 1, index - SNAKE_GAP
    return walkers


def _around(pos: Pos) -> list[Pos]:
    return [Pos(pos.row + dr, pos.col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]
