"""Workshop setup: the maze, the teams and their players, and rule changes; then the workshop starts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

import pygame

from maze.core.commands import TeamSpec
from maze.core.level import Level, MemoryAid, Retrace, Rules
from maze.ui.actions import Act, Action
from maze.ui.context import Context
from maze.ui.painter import Painter
from maze.ui.screens.base import Pop, Screen, Transition
from maze.ui.widgets import footer, header, inset
from maze.io.workshop_file import players_from

MAX_TEAMS = 12
MINUTE_CHOICES = [0, 5, 10, 15, 20, 25, 30, 45, 60]
STRATEGY_CHOICES = [0, 1, 2, 3, 4, 5, 8, 10]
NO_LIMIT = "no limit"


@dataclass
class Choice:
    label: str
    options: list[str]
    index: int = 0

    def shift(self, delta: int) -> None:
        self.index = (self.index + delta) % len(self.options)

    @property
    def value(self) -> str:
        return self.options[self.index]


@dataclass
class TextField:
    label: str
    text: str = ""
    limit: int = 120


@dataclass
class Button:
    label: str


Field = Choice | TextField | Button


@dataclass
class SetupResult:
    level: Level
    teams: tuple[TeamSpec, ...]
    strategy_seconds: float
    mazes: str = "same"


@dataclass
class SetupDefaults:
    levels: list[tuple[str, Level]] = field(default_factory=list)  # (label, level)
    teams: list[TeamSpec] = field(default_factory=list)
    level_index: int = 0
    strategy_minutes: float = 3
    mazes: str = "same"


class SetupScreen(Screen):
    def __init__(self, ctx: Context, defaults: SetupDefaults, start: Callable[[SetupResult], Transition | None],
                 maze_modes: list[str] | None = None) -> None:
        super().__init__(ctx)
        self.defaults = defaults
        self.start = start
        base = defaults.levels[defaults.level_index][1].rules if defaults.levels else Rules()
        self.level = Choice("Maze", [label for label, _ in defaults.levels] or ["(no levels found)"],
                            defaults.level_index)
        teams = defaults.teams or [TeamSpec(f"Team {i}", tuple(f"Player {n}" for n in range(1, 5))) for i in (1, 2)]
        self.team_count = Choice("Teams", [str(n) for n in range(1, MAX_TEAMS + 1)], len(teams) - 1)
        self.team_fields: list[tuple[TextField, TextField]] = [
            (TextField(f"Team {i + 1} name", t.name, 40), TextField("   players", ", ".join(t.players)))
            for i, t in enumerate(teams)
        ]
        self.diagonal = Choice("Diagonal steps", ["yes", "no"], 0 if base.diagonal else 1)
        self.retrace = Choice("Going back after a beep", ["auto", "manual"], 0 if base.retrace is Retrace.AUTO else 1)
        minutes = [str(m) if m else NO_LIMIT for m in sorted(set(MINUTE_CHOICES) | {int(base.discovery_minutes)})]
        current = str(int(base.discovery_minutes)) if base.discovery_minutes else NO_LIMIT
        self.minutes = Choice("Discovery minutes", minutes, minutes.index(current))
        self.memory = Choice("Board remembers beeps", ["no", "yes"], 1 if base.memory_aid is MemoryAid.BEEPS else 0)
        strategy = [str(m) for m in sorted(set(STRATEGY_CHOICES) | {int(defaults.strategy_minutes)})]
        self.strategy = Choice("Strategy minutes", strategy, strategy.index(str(int(defaults.strategy_minutes))))
        modes = maze_modes or ["same"]
        self.mazes = Choice("Mazes for later teams", modes, modes.index(defaults.mazes) if defaults.mazes in modes
                            else 0)
        self.start_button = Button("Start the workshop")
        # a prepared workshop (teams given) opens on the Start line; otherwise at the top, on the maze
        self.focus = len(self.fields()) - 1 if defaults.teams else 0
        self.rects: list[tuple[int, pygame.Rect]] = []
        self.scroll = 0
        self.caret_on = True

    # -- fields --------------------------------------------------------------------------------

    def fields(self) -> list[Field]:
        out: list[Field] = [self.level, self.team_count]
        for name, players in self.team_fields[: self.teams_wanted]:
            out += [name, players]
        out += [self.diagonal, self.retrace, self.minutes, self.memory, self.strategy]
        if len(self.mazes.options) > 1:
            out.append(self.mazes)
        out.append(self.start_button)
        return out

    @property
    def teams_wanted(self) -> int:
        return int(self.team_count.value)

    @property
    def focused(self) -> Field:
        fields = self.fields()
        self.focus = min(self.focus, len(fields) - 1)
        return fields[self.focus]

    @property
    def typing(self) -> bool:  # type: ignore[override]
        return isinstance(self.focused, TextField)

    def _sync_team_fields(self) -> None:
        while len(self.team_fields) < self.teams_wanted:
            n = len(self.team_fields) + 1
            self.team_fields.append((TextField(f"Team {n} name", f"Team {n}", 40),
                                     TextField("   players", "Player 1, Player 2, Player 3, Player 4")))

    # -- input ---------------------------------------------------------------------------------

    def handle(self, action: Action) -> Transition | None:
        field_ = self.focused
        if action.act is Act.MOVE:
            row, col = action.direction
            if row:
                self.focus = (self.focus + row) % len(self.fields())
            elif col and isinstance(field_, Choice):
                field_.shift(col)
                self._sync_team_fields()
        elif action.act is Act.TEXT and isinstance(field_, TextField):
            field_.text = (field_.text + action.text)[: field_.limit]
        elif action.act is Act.ERASE and isinstance(field_, TextField):
            field_.text = field_.text[:-1]
        elif action.act in (Act.CONFIRM, Act.NEXT):
            if isinstance(field_, Button):
                return self.submit()
            self.focus = min(self.focus + 1, len(self.fields()) - 1)
        elif action.act is Act.CLICK:
            return self.click(action.pos)
        elif action.act in (Act.BACK, Act.PREV):
            return Pop()
        return None

    def click(self, pos: tuple[int, int]) -> Transition | None:
        for index, rect in self.rects:
            if rect.collidepoint(pos):
                self.focus = index
                field_ = self.fields()[index]
                if isinstance(field_, Button):
                    return self.submit()
                if isinstance(field_, Choice):
                    field_.shift(1 if pos[0] > rect.centerx else -1)
                    self._sync_team_fields()
                return None
        return None

    def submit(self) -> Transition | None:
        if not self.defaults.levels:
            self.ctx.notify("No level to play: put a level file in a levels folder, or use --level FILE",
                            warning=True)
            return None
        teams = []
        for i, (name, players) in enumerate(self.team_fields[: self.teams_wanted]):
            team_name = name.text.strip()
            if not team_name:
                return self._refuse(f"Team {i + 1} needs a name", name)
            if team_name in [t.name for t in teams]:
                return self._refuse(f"Two teams are called {team_name}; give each its own name", name)
            try:
                teams.append(TeamSpec(team_name, players_from(players.text)))
            except ValueError as exc:
                return self._refuse(f"{team_name}: {exc}", players)
        level = self.defaults.levels[self.level.index][1]
        rules = replace(level.rules, diagonal=self.diagonal.value == "yes", retrace=Retrace(self.retrace.value),
                        discovery_minutes=0.0 if self.minutes.value == NO_LIMIT else float(self.minutes.value),
                        memory_aid=MemoryAid.BEEPS if self.memory.value == "yes" else MemoryAid.NONE)
        result = SetupResult(replace(level, rules=rules), tuple(teams), float(self.strategy.value) * 60,
                             self.mazes.value)
        return self.start(result)

    def _refuse(self, message: str, field_: Field) -> None:
        self.ctx.notify(message, warning=True)
        self.focus = self.fields().index(field_)
        return None

    # -- drawing -------------------------------------------------------------------------------

    def draw(self, p: Painter) -> None:
        ctx = self.ctx
        lay, th = ctx.layout, ctx.theme
        p.fill(th.background)
        header(p, ctx, "Set up the workshop", "Up/Down: choose a line    Left/Right: change    type to edit")
        fields = self.fields()
        row_h = int(lay.body_size * 1.55)
        visible = max(1, lay.body[3] // row_h)
        if self.focus < self.scroll:
            self.scroll = self.focus
        elif self.focus >= self.scroll + visible:
            self.scroll = self.focus - visible + 1
        self.scroll = max(0, min(self.scroll, max(0, len(fields) - visible)))
        self.rects = []
        x, y, w, _ = lay.body
        for offset, field_ in enumerate(fields[self.scroll: self.scroll + visible]):
            index = self.scroll + offset
            rect = pygame.Rect(x, y + offset * row_h, w, row_h - max(2, lay.margin // 4))
            self.rects.append((index, rect))
            focused = index == self.focus
            p.box(rect, th.accent if focused else th.panel, radius=lay.margin // 3)
            ink = th.background if focused else th.text
            inner = inset(ctx, rect, 0.3)
            if isinstance(field_, Button):
                p.text(field_.label, inner, lay.body_size, ink, align="center", bold=True)
                continue
            label, value = lay.split(inner, 0.42, gap=lay.margin // 2)
            p.text(field_.label, label, lay.body_size, ink, min_size=int(lay.height / 25))
            if isinstance(field_, Choice):
                shown = f"◀  {field_.value}  ▶" if focused else field_.value
                p.text(shown, value, lay.body_size, ink, bold=focused, min_size=int(lay.height / 25))
            else:
                caret = "▏" if self.caret_on else " "
                p.text(field_.text + (caret if focused else ""), value, lay.body_size, ink,
                       min_size=int(lay.height / 25))
        more = (["▲ more above"] if self.scroll else []) + \
            ([] if self.scroll + visible >= len(fields) else ["▼ more below"])
        footer(p, ctx, "    ".join(more + ["Enter on the last line starts", "Escape: back", "F1: keys"]))

    def update(self, now: float) -> bool:
        """The text caret blinks twice a second while a text field has focus."""
        caret_on = not self.typing or int(now * 2) % 2 == 0
        changed = caret_on != self.caret_on
        self.caret_on = caret_on
        return changed
