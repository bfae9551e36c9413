"""Random mazes: one hidden route that never touches itself, shaped by difficulty.

The route is the only set of safe squares and no square of it is a neighbour of another
except the one before and after, so the shortest route is the whole route: its length and
its turns are exactly what the team has to learn.
"""

from __future__ import annotations

import random

from maze.core.grid import Grid, Pos, Side, count_turns, moves
from maze.core.level import Difficulty, Level, Rules, analyse, difficulty_score
from maze.core.limits import GRID_SIDE
from maze.core.records import record


@record(frozen=True)
class _Target:
    min_stretch: float  # route length as a multiple of a straight walk across
    max_stretch: float
    straightness: float  # chance of keeping direction when possible


_TARGETS = {
    Difficulty.EASY: _Target(1.0, 1.3, 0.75),
    Difficulty.MEDIUM: _Target(1.4, 2.0, 0.45),
    Difficulty.HARD: _Target(2.1, 4.0, 0.25),
}
_WALKS = 8  # random walks tried before taking the closest route found
_BANDS = {Difficulty.EASY: (0.0, 0.35), Difficulty.MEDIUM: (0.35, 0.6), Difficulty.HARD: (0.6, 1.0)}


def generate(
    width: int,
    height: int,
    seed: int = 0,
    diagonal: bool = True,
    difficulty: Difficulty = Difficulty.MEDIUM,
    entry: Side = Side.BOTTOM,
    name: str | None = None,
) -> Level:
    """A valid level; the same arguments always give the same level."""
    if not (GRID_SIDE.allows(width) and GRID_SIDE.allows(height)):
        raise ValueError(GRID_SIDE.fault(width if not GRID_SIDE.allows(width) else height))
    rng = random.Random(f"{seed}:{width}x{height}:{diagonal}:{difficulty}:{entry}")
    rules = Rules(diagonal=diagonal, entry=entry)
    probe = Grid(width, height, frozenset())
    depth = height if entry in (Side.TOP, Side.BOTTOM) else width
    target = _TARGETS[Difficulty(difficulty)]
    wanted = (max(depth, round(depth * target.min_stretch)), max(depth, round(depth * target.max_stretch)))
    wanted_difficulty = Difficulty(difficulty)
    best: list[Pos] = []
    best_miss = float("inf")
    walk_budget = max(1500, 3 * width * height)  # squares one random walk may try
    budget = _WALKS * walk_budget
    while budget > 0 and best_miss > 0:
        route, used = _walk(probe, rules, wanted, target.straightness, rng, min(budget, walk_budget))
        budget -= used
        if not route:
            continue
        miss = _difficulty_miss(probe, rules, route, wanted_difficulty)
        if miss < best_miss:
            best, best_miss = route, miss
    if not best:  # cannot happen for 2..50 squares a side, but never return an unplayable maze
        best = _straight(probe, entry)
    grid = Grid(width, height, frozenset(best))
    title = name or f"Generated {width} x {height} ({difficulty}, seed {seed})"
    level = Level(
        name=title,
        grid=grid,
        rules=rules,
        author="electric-maze new",
        description=f"Generated with --seed {seed} --difficulty {difficulty}.",
    )
    if analyse(grid, rules).route_length != len(best):
        raise RuntimeError(f"generated maze (seed {seed}): its route is not the shortest way through")
    return level


def _difficulty_miss(grid: Grid, rules: Rules, route: list[Pos], wanted: Difficulty) -> float:
    """How far the route's difficulty score lies outside the band of the wanted difficulty."""
    score = difficulty_score(Grid(grid.width, grid.height, frozenset(route)), rules, route)
    low, high = _BANDS[wanted]
    return (
        0.0
        if low <= score < high or (wanted is Difficulty.HARD and score >= low)
        else min(abs(score - low), abs(score - high))
    )


def _straight(grid: Grid, entry: Side) -> list[Pos]:
    start = grid.edge(entry)[len(grid.edge(entry)) // 2]
    dr, dc = entry.opposite.outward
    route = [start]
    while not grid.on_edge(route[-1], entry.opposite):
        route.append(Pos(route[-1].row + dr, route[-1].col + dc))
    return route


def _walk(
    grid: Grid, rules: Rules, wanted: tuple[int, int], straightness: float, rng: random.Random, budget: int
) -> tuple[list[Pos] | None, int]:
    """Depth-first random walk from the entry edge to the exit edge with a bounded budget."""
    entry, exit_side = rules.entry, rules.exit
    start = rng.choice(grid.edge(entry))
    route = [start]
    on_route = {start}
    options: list[list[Pos]] = [_choices(grid, rules, route, on_route, straightness, rng, wanted)]
    used = 0
    best: list[Pos] | None = None
    while options and used < budget:
        used += 1
        if grid.on_edge(route[-1], exit_side):
            if len(route) >= wanted[0]:
                return list(route), used
            if best is None or len(route) > len(best):
                best = list(route)
        if not options[-1]:
            options.pop()
            on_route.discard(route.pop())
            continue
        nxt = options[-1].pop()
        route.append(nxt)
        on_route.add(nxt)
        options.append(_choices(grid, rules, route, on_route, straightness, rng, wanted))
    return best, used


def _choices(
    grid: Grid,
    rules: Rules,
    route: list[Pos],
    on_route: set[Pos],
    straightness: float,
    rng: random.Random,
    wanted: tuple[int, int],
) -> list[Pos]:
    """Squares the route may go to next, the preferred one last (it is popped first)."""
    here = route[-1]
    if grid.on_edge(here, rules.exit) or len(route) >= wanted[1]:
        return []
    found = []
    for nxt in grid.neighbours(here, rules.diagonal):
        if nxt in on_route or grid.on_edge(nxt, rules.entry):
            continue
        if any(n in on_route and n != here for n in grid.neighbours(nxt, rules.diagonal)):
            continue  # touching the route elsewhere would make a shortcut
        if grid.on_edge(nxt, rules.exit) and len(route) + 1 < wanted[0]:
            continue  # reaching the exit too soon
        if len(route) + 1 + _distance_to_edge(grid, nxt, rules.exit) > wanted[1]:
            continue  # the exit would be out of reach within the wanted length
        found.append(nxt)
    rng.shuffle(found)
    if len(route) >= 2:
        heading = (here.row - route[-2].row, here.col - route[-2].col)
        ahead = Pos(here.row + heading[0], here.col + heading[1])
        if ahead in found and rng.random() < straightness:
            found.remove(ahead)
            found.append(ahead)
        elif ahead in found:
            found.remove(ahead)
            found.insert(0, ahead)
    return found


def _distance_to_edge(grid: Grid, pos: Pos, side: Side) -> int:
    """Fewest steps from `pos` to a square on `side` (the same with or without diagonals)."""
    if side is Side.TOP:
        return pos.row
    if side is Side.BOTTOM:
        return grid.height - 1 - pos.row
    if side is Side.LEFT:
        return pos.col
    return grid.width - 1 - pos.col


def route_shape(level: Level) -> tuple[int, int]:
    """(length, turns) of the level's shortest route."""
    route = list(analyse(level.grid, level.rules).route)
    return len(route), count_turns(route)


__all__ = ["generate", "route_shape", "moves"]
