"""Grid geometry: squares, sides, neighbours and routes of safe squares."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import NamedTuple

from maze.core.records import record


class Pos(NamedTuple):
    """A square (or a place just off the grid) as (row, column); row 0 is the top row."""

    row: int
    col: int


class Side(StrEnum):
    TOP = "top"
    BOTTOM = "bottom"
    LEFT = "left"
    RIGHT = "right"

    @property
    def opposite(self) -> Side:
        return _OPPOSITE[self]

    @property
    def outward(self) -> tuple[int, int]:
        """The (row, column) direction that leads off the grid across this side."""
        return _OUTWARD[self]


_OPPOSITE = {Side.TOP: Side.BOTTOM, Side.BOTTOM: Side.TOP, Side.LEFT: Side.RIGHT, Side.RIGHT: Side.LEFT}
_OUTWARD = {Side.TOP: (-1, 0), Side.BOTTOM: (1, 0), Side.LEFT: (0, -1), Side.RIGHT: (0, 1)}

ORTHOGONAL_MOVES = ((-1, 0), (1, 0), (0, -1), (0, 1))
DIAGONAL_MOVES = ((-1, -1), (-1, 1), (1, -1), (1, 1))


def moves(diagonal: bool) -> tuple[tuple[int, int], ...]:
    return ORTHOGONAL_MOVES + DIAGONAL_MOVES if diagonal else ORTHOGONAL_MOVES


def is_neighbour(a: Pos, b: Pos, diagonal: bool) -> bool:
    dr, dc = abs(a.row - b.row), abs(a.col - b.col)
    if diagonal:
        return max(dr, dc) == 1
    return dr + dc == 1


@record(frozen=True)
class Grid:
    """A width x height board and the set of its safe squares."""

    width: int
    height: int
    safe: frozenset[Pos]

    def contains(self, pos: Pos) -> bool:
        return 0 <= pos.row < self.height and 0 <= pos.col < self.width

    def is_safe(self, pos: Pos) -> bool:
        return pos in self.safe

    def squares(self) -> Iterator[Pos]:
        for row in range(self.height):
            for col in range(self.width):
                yield Pos(row, col)

    def neighbours(self, pos: Pos, diagonal: bool) -> list[Pos]:
        found = []
        for dr, dc in moves(diagonal):
            nxt = Pos(pos.row + dr, pos.col + dc)
            if self.contains(nxt):
                found.append(nxt)
        return found

    def edge(self, side: Side) -> list[Pos]:
        """The squares along one side, in reading order."""
        if side is Side.TOP:
            return [Pos(0, c) for c in range(self.width)]
        if side is Side.BOTTOM:
            return [Pos(self.height - 1, c) for c in range(self.width)]
        if side is Side.LEFT:
            return [Pos(r, 0) for r in range(self.height)]
        return [Pos(r, self.width - 1) for r in range(self.height)]

    def on_edge(self, pos: Pos, side: Side) -> bool:
        if not self.contains(pos):
            return False
        if side is Side.TOP:
            return pos.row == 0
        if side is Side.BOTTOM:
            return pos.row == self.height - 1
        if side is Side.LEFT:
            return pos.col == 0
        return pos.col == self.width - 1

    def beyond(self, pos: Pos, side: Side) -> Pos:
        """The off-grid place one step across `side` from an edge square."""
        dr, dc = side.outward
        return Pos(pos.row + dr, pos.col + dc)

    def is_beyond(self, pos: Pos, side: Side) -> bool:
        """True when `pos` lies just outside the grid across `side` (corners excluded)."""
        if side is Side.TOP:
            return pos.row == -1 and 0 <= pos.col < self.width
        if side is Side.BOTTOM:
            return pos.row == self.height and 0 <= pos.col < self.width
        if side is Side.LEFT:
            return pos.col == -1 and 0 <= pos.row < self.height
        return pos.col == self.width and 0 <= pos.row < self.height

    def safe_route(self, entry: Side, diagonal: bool) -> list[Pos] | None:
        """A shortest route of safe squares from the entry edge to the exit edge, or None."""
        starts = [p for p in self.edge(entry) if p in self.safe]
        exit_side = entry.opposite
        came_from: dict[Pos, Pos | None] = {p: None for p in starts}
        queue = deque(starts)
        while queue:
            here = queue.popleft()
            if self.on_edge(here, exit_side):
                route = [here]
                while (prev := came_from[route[-1]]) is not None:
                    route.append(prev)
                route.reverse()
                return route
            for nxt in self.neighbours(here, diagonal):
                if nxt in self.safe and nxt not in came_from:
                    came_from[nxt] = here
                    queue.append(nxt)
        return None

    def reachable_safe(self, entry: Side, diagonal: bool) -> set[Pos]:
        """Every safe square a player can reach from the entry edge over safe squares."""
        seen = {p for p in self.edge(entry) if p in self.safe}
        queue = deque(seen)
        while queue:
            here = queue.popleft()
            for nxt in self.neighbours(here, diagonal):
                if nxt in self.safe and nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return seen

    def rows_text(self) -> list[str]:
        """The grid as the level format writes it: '#' safe, '.' beeping, spaced."""
        return [" ".join("#" if Pos(r, c) in self.safe else "." for c in range(self.width)) for r in range(self.height)]

    @classmethod
    def from_rows(cls, rows: Iterable[str]) -> Grid:
        """Parse rows of '#'/'.' (spaces ignored). Raises ValueError on ragged or bad rows."""
        cells = [[ch for ch in row if not ch.isspace()] for row in rows]
        if not cells or not cells[0]:
            raise ValueError("the grid has no rows")
        width = len(cells[0])
        safe = set()
        for r, row in enumerate(cells):
            if len(row) != width:
                raise ValueError(f"row {r + 1} has {len(row)} squares, the first row has {width}")
            for c, ch in enumerate(row):
                if ch == "#":
                    safe.add(Pos(r, c))
                elif ch != ".":
                    raise ValueError(f"row {r + 1} has {ch!r}; use '#' for safe and '.' for beeping")
        return cls(width=width, height=len(cells), safe=frozenset(safe))


def count_turns(route: list[Pos]) -> int:
    """How many times a route changes direction."""
    turns = 0
    for a, b, c in zip(route, route[1:], route[2:], strict=False):
        if (b.row - a.row, b.col - a.col) != (c.row - b.row, c.col - b.col):
            turns += 1
    return turns
