"""A level: the grid, its hidden route and the rules the team plays under."""

from __future__ import annotations

from dataclasses import asdict, field, replace
from enum import StrEnum
from typing import Any

from maze.core.grid import Grid, Pos, Side, count_turns
from maze.core.records import record


class Retrace(StrEnum):
    AUTO = "auto"
    MANUAL = "manual"


class MemoryAid(StrEnum):
    NONE = "none"
    BEEPS = "beeps"


class Walkers(StrEnum):
    """Execution: one walker on the maze at a time, or the whole team as a snake."""

    ONE = "one"
    SNAKE = "snake"


class ErrorRule(StrEnum):
    """Execution: an error costs seconds and the walker carries on, or sends the walkers back to start."""

    PENALTY = "penalty"
    BACK_TO_START = "back_to_start"


class Difficulty(StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


@record(frozen=True)
class Rules:
    diagonal: bool = True
    entry: Side = Side.BOTTOM
    retrace: Retrace = Retrace.AUTO
    discovery_minutes: float = 20
    repeat_penalty_seconds: float = 0
    talk_penalty_seconds: float = 30
    execution_error_seconds: float = 10
    memory_aid: MemoryAid = MemoryAid.NONE
    rule_break_penalty_seconds: float | None = None  # None: the talking price, as before this rule existed
    new_beep_price_seconds: float = 0
    budget_seconds: float = 0  # 0 = no budget
    execution_rounds: int = 1
    execution_walkers: Walkers = Walkers.ONE
    execution_error: ErrorRule = ErrorRule.PENALTY
    meeting_minutes: float = 0  # talking time in discovery, in meetings the facilitator opens; 0 = none
    label_beeps: bool = False  # say "new information" / "beeped before" live; the debrief always classifies

    @property
    def exit(self) -> Side:
        return self.entry.opposite

    @property
    def rule_break_seconds(self) -> float:
        """The price of a rule break (a skipped square, a wrong way back, touching)."""
        return self.talk_penalty_seconds if self.rule_break_penalty_seconds is None else self.rule_break_penalty_seconds

    def prices(self) -> list[tuple[str, str]]:
        """Every price of these rules as (what, how much), in the words the setup screen shows."""

        def seconds(value: float) -> str:
            return f"{value:g} s"

        return [
            ("talking", seconds(self.talk_penalty_seconds)),
            ("rule break", seconds(self.rule_break_seconds)),
            ("repeat beep", seconds(self.repeat_penalty_seconds)),
            ("new beep", seconds(self.new_beep_price_seconds)),
            ("execution error", seconds(self.execution_error_seconds)),
            ("budget", seconds(self.budget_seconds) if self.budget_seconds else "none"),
        ]

    def to_dict(self) -> dict[str, Any]:
        return {k: (str(v) if isinstance(v, StrEnum) else v) for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Rules:
        rules = cls()
        converters = {
            "entry": Side,
            "retrace": Retrace,
            "memory_aid": MemoryAid,
            "execution_walkers": Walkers,
            "execution_error": ErrorRule,
        }
        values: dict[str, Any] = {k: converters.get(k, lambda v: v)(v) for k, v in data.items()}
        return replace(rules, **values)


@record(frozen=True)
class Level:
    name: str
    grid: Grid
    rules: Rules = field(default_factory=Rules)
    description: str = ""
    author: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A plain, JSON-ready record of the level (as stored in the journal)."""
        return {
            "name": self.name,
            "description": self.description,
            "author": self.author,
            "rules": self.rules.to_dict(),
            "grid": self.grid.rows_text(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Level:
        return cls(
            name=data["name"],
            description=data.get("description", ""),
            author=data.get("author", ""),
            rules=Rules.from_dict(data.get("rules", {})),
            grid=Grid.from_rows(data["grid"]),
        )


@record(frozen=True)
class LevelAnalysis:
    """What a facilitator wants to know about a maze before using it."""

    route: tuple[Pos, ...]
    unreachable_safe: frozenset[Pos]
    difficulty_score: float

    @property
    def has_route(self) -> bool:
        return bool(self.route)

    @property
    def route_length(self) -> int:
        return len(self.route)

    @property
    def turns(self) -> int:
        return count_turns(list(self.route))

    @property
    def difficulty(self) -> Difficulty:
        if self.difficulty_score < 0.35:
            return Difficulty.EASY
        if self.difficulty_score < 0.6:
            return Difficulty.MEDIUM
        return Difficulty.HARD


def route_problem(level: Level) -> str:
    """Why `level` cannot be played under its own rules ("" when it can): no route from the entry edge to the
    exit edge (a rule change such as `diagonal: false` can take a maze's only route away)."""
    rules = level.rules
    if level.grid.safe_route(rules.entry, rules.diagonal):
        return ""
    steps = "" if rules.diagonal else " without diagonal steps"
    return f"'{level.name}' has no route of safe squares from the {rules.entry} edge to the {rules.exit} edge{steps}"


def analyse(grid: Grid, rules: Rules) -> LevelAnalysis:
    route = grid.safe_route(rules.entry, rules.diagonal) or []
    reachable = grid.reachable_safe(rules.entry, rules.diagonal)
    unreachable = frozenset(grid.safe - reachable)
    return LevelAnalysis(tuple(route), unreachable, difficulty_score(grid, rules, route))


def difficulty_score(grid: Grid, rules: Rules, route: list[Pos]) -> float:
    """0 (trivial) .. 1 (very hard): how much longer and more winding the route is than a straight walk.

    A straight walk across takes `depth` squares; every extra square and every turn is another
    square the team can only learn by beeping.
    """
    if not route:
        return 1.0
    depth = grid.height if rules.entry in (Side.TOP, Side.BOTTOM) else grid.width
    detour = (len(route) - depth) / max(depth, 1)
    turn_rate = count_turns(route) / max(len(route) - 2, 1)
    score = 0.55 * min(detour / 1.5, 1.0) + 0.45 * min(turn_rate / 0.6, 1.0)
    return round(min(max(score, 0.0), 1.0), 3)
