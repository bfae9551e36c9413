"""Small builders shared by the tests: levels from rows, and a workshop driven on a fake clock."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from maze.core.commands import Advance, Command, Penalty, PenaltyKind, StartWorkshop, Step, TeamPlan, TeamSpec, Undo
from maze.core.events import Event
from maze.core.grid import Grid, Pos
from maze.core.level import Level, Rules
from maze.core.workshop import Workshop

# Entry at the bottom; the route is (2,0) -> (1,1) -> (0,1) with diagonals, and the only one.
SMALL_ROWS = [". # .", ". # .", "# . ."]


def level(rows: list[str] | None = None, **rules: Any) -> Level:
    return Level("test", Grid.from_rows(rows or SMALL_ROWS), Rules.from_dict(rules))


class Driver:
    """A workshop and a clock that moves one second per command unless told otherwise."""

    def __init__(self, lvl: Level | None = None, teams: dict[str, list[str]] | None = None) -> None:
        self.ws = Workshop()
        self.now = 0.0
        self.events: list[Event] = []
        teams = teams or {"Red": ["Ana", "Ben"]}
        lvl = lvl or level()
        specs = tuple(TeamSpec(name, tuple(players)) for name, players in teams.items())
        self.do(StartWorkshop(self.now, specs, tuple(TeamPlan(lvl) for _ in specs)))

    def do(self, command: Command) -> list[Event]:
        events = self.ws.handle(command)
        self.events.extend(events)
        return events

    def at(self, seconds: float) -> float:
        self.now += seconds
        return self.now

    def advance(self, times: int = 1) -> None:
        for _ in range(times):
            self.do(Advance(self.at(1)))

    def to_discovery(self) -> None:
        self.advance(2)

    def step(self, row: int, col: int, after: float = 1) -> list[Event]:
        return self.do(Step(self.at(after), Pos(row, col)))

    def walk(self, *squares: tuple[int, int]) -> list[Event]:
        out: list[Event] = []
        for r, c in squares:
            out.extend(self.step(r, c))
        return out

    def penalty(self, kind: PenaltyKind = PenaltyKind.TALK) -> list[Event]:
        return self.do(Penalty(self.at(1), kind))

    def undo(self) -> list[Event]:
        return self.do(Undo(self.at(1)))

    @property
    def run(self):  # noqa: ANN201 - the current TeamRun
        assert self.ws.current is not None
        return self.ws.current


def types(events: list[Event]) -> list[str]:
    return [e["type"] for e in events]


WINNING_WALK = [(2, 0), (1, 1), (0, 1), (-1, 1)]


def with_rules(lvl: Level, **rules: Any) -> Level:
    return replace(lvl, rules=replace(lvl.rules, **rules))
