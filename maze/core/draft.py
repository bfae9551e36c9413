"""A maze being drawn in the editor: squares, size and rules, with undo and redo, and its live check.

Every change makes a new frozen Level; undo and redo move along that history. The check is made on the
grid held here (no file round trip), worded as `electric-maze validate` words it, and kept until the maze
changes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from maze.core.generator import generate
from maze.core.grid import Grid, Pos
from maze.core.level import Difficulty, Level, LevelAnalysis, Rules, analyse
from maze.core.limits import GRID_SIDE
from maze.core.records import record

HISTORY_LIMIT = 500


@record(frozen=True)
class DraftCheck:
    ok: bool  # playable: a route of safe squares crosses the maze
    message: str  # the summary line (or the problem), as `validate` words it
    analysis: LevelAnalysis
    status: str = "not playable yet"  # the short words under the editor's title


def check_level(level: Level) -> DraftCheck:
    """The validation a level file gets after its syntax: a route must exist; unreachable squares warn."""
    grid, rules = level.grid, level.rules
    analysis = analyse(grid, rules)
    if not analysis.has_route:
        moves = "orthogonal and diagonal" if rules.diagonal else "orthogonal (no diagonal)"
        problem = (
            f"no route of safe squares '#' leads from the {rules.entry} edge "
            f"to the {rules.exit} edge with {moves} steps; connect them with '#'"
        )
        return DraftCheck(False, problem, analysis)
    warnings = []
    if analysis.unreachable_safe:
        names = [f"row {p.row + 1} column {p.col + 1}" for p in sorted(analysis.unreachable_safe)[:5]]
        extra = len(analysis.unreachable_safe) - 5
        more = f" and {extra} more" if extra > 0 else ""
        warnings.append(
            f"{len(analysis.unreachable_safe)} safe squares cannot be reached from the {rules.entry} edge "
            f"({', '.join(names)}{more})"
        )
    text = (
        f"{level.name!r}, {grid.width} x {grid.height}, {len(grid.safe)} safe squares, "
        f"shortest route {analysis.route_length} squares, {analysis.turns} turns, {analysis.difficulty}, "
        f"{len(warnings)} warnings"
    )
    status = f"route of {analysis.route_length} squares, {analysis.turns} turns, {analysis.difficulty}"
    return DraftCheck(True, "; ".join([text, *warnings[:1]]), analysis, status)


class Draft:
    def __init__(self, level: Level) -> None:
        self._history = [level]
        self._at = 0
        self.saved = level  # what the file on disk holds (or the blank start)
        self._checked: tuple[Level, DraftCheck] | None = None

    def check(self) -> DraftCheck:
        """The live check of the maze as it is now; made again only after it changed."""
        level = self.level
        if self._checked is None or self._checked[0] is not level:
            self._checked = (level, check_level(level))
        return self._checked[1]

    @classmethod
    def blank(cls, width: int = 6, height: int = 9, name: str = "My maze") -> Draft:
        return cls(Level(name=name, grid=Grid(width, height, frozenset()), rules=Rules()))

    @property
    def level(self) -> Level:
        return self._history[self._at]

    @property
    def dirty(self) -> bool:
        return self.level != self.saved

    @property
    def can_undo(self) -> bool:
        return self._at > 0

    @property
    def can_redo(self) -> bool:
        return self._at + 1 < len(self._history)

    def _push(self, level: Level) -> None:
        if level == self.level:
            return
        del self._history[self._at + 1 :]
        self._history.append(level)
        if len(self._history) > HISTORY_LIMIT:
            del self._history[0]
        self._at = len(self._history) - 1

    def undo(self) -> bool:
        if self.can_undo:
            self._at -= 1
            return True
        return False

    def redo(self) -> bool:
        if self.can_redo:
            self._at += 1
            return True
        return False

    def mark_saved(self) -> None:
        self.saved = self.level

    # -- changes -------------------------------------------------------------------------------

    def set_square(self, pos: Pos, safe: bool) -> None:
        grid = self.level.grid
        if not grid.contains(pos) or (pos in grid.safe) == safe:
            return
        squares = grid.safe | {pos} if safe else grid.safe - {pos}
        self._push(replace(self.level, grid=Grid(grid.width, grid.height, frozenset(squares))))

    def paint(self, squares: list[Pos], safe: bool) -> None:
        """Several squares in one change (a drag): one undo takes it all back."""
        grid = self.level.grid
        inside = {p for p in squares if grid.contains(p)}
        new = grid.safe | inside if safe else grid.safe - inside
        self._push(replace(self.level, grid=Grid(grid.width, grid.height, frozenset(new))))

    def resize(self, width: int, height: int) -> None:
        grid = self.level.grid
        low, high = int(GRID_SIDE.low), int(GRID_SIDE.high)
        width, height = min(max(width, low), high), min(max(height, low), high)
        kept = frozenset(p for p in grid.safe if p.row < height and p.col < width)
        self._push(replace(self.level, grid=Grid(width, height, kept)))

    def set_rule(self, name: str, value: Any) -> None:
        rules = Rules.from_dict({**self.level.rules.to_dict(), name: value})
        self._push(replace(self.level, rules=rules))

    def set_text(self, field: str, value: str) -> None:
        """`field` is name, description or author."""
        if field == "name":
            self._push(replace(self.level, name=value))
        elif field == "description":
            self._push(replace(self.level, description=value))
        elif field == "author":
            self._push(replace(self.level, author=value))
        else:
            raise ValueError(f"a level has no text field {field!r}")

    def generate(self, difficulty: Difficulty, seed: int) -> None:
        """Fill the grid from the generator, keeping the size, the rules and the texts."""
        level, grid = self.level, self.level.grid
        made = generate(
            grid.width,
            grid.height,
            seed=seed,
            diagonal=level.rules.diagonal,
            difficulty=difficulty,
            entry=level.rules.entry,
        )
        self._push(replace(level, grid=made.grid))
