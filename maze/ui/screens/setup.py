"""Workshop setup: the maze, the teams and their players, and rule changes; then the workshop starts."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import field, replace
from typing import TYPE_CHECKING

from maze.core.level import Level, MemoryAid, Retrace, Rules
from maze.core.limits import TEAM_NAME_LENGTH, TEAMS
from maze.core.maze_mode import MazeMode
from maze.core.records import record
from maze.core.roster import duplicate_team_name, teams_problem
from maze.core.team_spec import TeamSpec
from maze.ui.actions import Act, Action
from maze.ui.context import Context
from maze.ui.form import Button, Choice, Field, Form, TextField
from maze.ui.painter import Painter
from maze.ui.screens.base import Pop, Screen, Transition
from maze.ui.screens.setup_rules import RuleLines, rules_summary
from maze.ui.widgets import footer, header

if TYPE_CHECKING:
    from maze.core.commands import TeamPlan

MINUTE_CHOICES = [0, 5, 10, 15, 20, 25, 30, 45, 60]
STRATEGY_CHOICES = [0, 1, 2, 3, 4, 5, 8, 10]
NO_LIMIT = "no limit"


@record
class SetupResult:
    level: Level
    teams: tuple[TeamSpec, ...]
    strategy_seconds: float
    plans: tuple[TeamPlan, ...]
    workshop_name: str = ""  # a workshop file's `name:`, kept in the journal and shown on its screens


@record
class SetupDefaults:
    levels: list[tuple[str, Level]] = field(default_factory=list)  # (label, level)
    teams: list[TeamSpec] = field(default_factory=list)
    strategy_minutes: float = 3
    mazes: str = "same"
    team_levels: list[str | None] = field(default_factory=list)  # tournament: the label of each team's maze
    team_rules: list[dict | None] = field(default_factory=list)  # tournament: each team's own rule changes
    workshop_name: str = ""
    # every other level, read after setup's first frame when `levels` holds only the one shown first
    more_levels: Callable[[], list[tuple[str, Level]]] | None = None


class SetupScreen(Screen):
    def __init__(
        self, ctx: Context, defaults: SetupDefaults, start: Callable[[SetupResult], Transition | None]
    ) -> None:
        super().__init__(ctx)
        self.defaults = defaults
        self.start = start
        base = defaults.levels[0][1].rules if defaults.levels else Rules()
        self.level = Choice("Maze", [label for label, _ in defaults.levels] or ["(no levels found)"])
        teams = defaults.teams or [TeamSpec(f"Team {i}", tuple(f"Player {n}" for n in range(1, 5))) for i in (1, 2)]
        self.team_count = Choice("Teams", [str(n) for n in TEAMS.values()], len(teams) - 1)
        self.team_fields: list[tuple[TextField, TextField]] = [
            (TextField(f"Team {i + 1} name", t.name, TEAM_NAME_LENGTH), TextField("   players", ", ".join(t.players)))
            for i, t in enumerate(teams)
        ]
        self.diagonal = Choice("Diagonal steps", ["yes", "no"], 0 if base.diagonal else 1)
        self.retrace = Choice("Going back after a beep", ["auto", "manual"], 0 if base.retrace is Retrace.AUTO else 1)
        minutes = [str(m) if m else NO_LIMIT for m in sorted(set(MINUTE_CHOICES) | {int(base.discovery_minutes)})]
        current = str(int(base.discovery_minutes)) if base.discovery_minutes else NO_LIMIT
        self.minutes = Choice("Discovery minutes", minutes, minutes.index(current))
        self.memory = Choice("Board remembers beeps", ["no", "yes"], 1 if base.memory_aid is MemoryAid.BEEPS else 0)
        self.label_beeps = Choice("Beeps say new or repeat", ["no", "yes"], 1 if base.label_beeps else 0)
        strategy = [str(m) for m in sorted(set(STRATEGY_CHOICES) | {int(defaults.strategy_minutes)})]
        self.strategy = Choice("Strategy minutes", strategy, strategy.index(str(int(defaults.strategy_minutes))))
        self.rule_lines = RuleLines(base)
        self.mazes = Choice("Mazes for the teams", [m.value for m in MazeMode])
        self.mazes.select(defaults.mazes)
        self.plays: list[Choice] = []
        self._sync_team_fields()
        self.start_button = Button("Start the workshop")
        # a prepared workshop (teams given) opens on the Start line; otherwise at the top, on the maze
        self.form = Form(self.fields, focus=len(self.fields()) - 1 if defaults.teams else 0)
        self._drawn_focus = self.form.focus
        self._drawn = False

    # -- fields --------------------------------------------------------------------------------

    @property
    def tournament(self) -> bool:
        return self.mazes.value == MazeMode.TOURNAMENT

    def fields(self) -> list[Field]:
        out: list[Field] = [self.level, self.team_count, self.mazes]
        for index, (name, players) in enumerate(self.team_fields[: self.teams_wanted]):
            out += [name, players]
            if self.tournament:  # each team's maze keeps its own rules: shown, not changed here
                out += [self.plays[index], Choice("   rules", [rules_summary(self.team_level(index).rules)])]
        if not self.tournament:
            out += [self.diagonal, self.retrace, self.minutes, self.memory, self.label_beeps]
            out += self.rule_lines.fields()
        out += [self.strategy, self.start_button]
        return out

    @property
    def teams_wanted(self) -> int:
        return int(self.team_count.value)

    @property
    def typing(self) -> bool:
        return self.form.typing

    def team_level(self, index: int) -> Level:
        """Tournament: the maze team `index` plays, with its own rules (its file's, then its workshop entry's)."""
        level = self.defaults.levels[self.plays[index].index][1]
        changes = self.defaults.team_rules[index] if index < len(self.defaults.team_rules) else None
        if not changes:
            return level
        return replace(level, rules=Rules.from_dict({**level.rules.to_dict(), **changes}))

    def _sync_team_fields(self) -> None:
        while len(self.team_fields) < self.teams_wanted:
            n = len(self.team_fields) + 1
            self.team_fields.append(
                (
                    TextField(f"Team {n} name", f"Team {n}", TEAM_NAME_LENGTH),
                    TextField("   players", "Player 1, Player 2, Player 3, Player 4"),
                )
            )
        labels = self.level.options
        while len(self.plays) < len(self.team_fields):
            choice = Choice("   plays maze", list(labels), self.level.index)
            wanted = (
                self.defaults.team_levels[len(self.plays)] if len(self.plays) < len(self.defaults.team_levels) else None
            )
            if wanted:
                choice.select(wanted)
            self.plays.append(choice)

    # -- input ---------------------------------------------------------------------------------

    def handle(self, action: Action) -> Transition | None:
        if action.act in (Act.BACK, Act.PREV):
            return Pop()
        event = self.form.handle(action)
        if event is None:
            return None
        if event.kind == "pressed":
            return self.submit()
        if event.field is self.level and self.defaults.levels:
            self._show_rules(self.defaults.levels[self.level.index][1].rules)
        self._sync_team_fields()
        return None

    def _show_rules(self, rules: Rules) -> None:
        """The rule lines show the chosen maze's own rules, to be changed from there."""
        self.diagonal.select("yes" if rules.diagonal else "no")
        self.retrace.select(rules.retrace.value)
        minutes = str(int(rules.discovery_minutes)) if rules.discovery_minutes else NO_LIMIT
        if minutes not in self.minutes.options:
            self.minutes.options.append(minutes)
        self.minutes.select(minutes)
        self.memory.select("yes" if rules.memory_aid is MemoryAid.BEEPS else "no")
        self.rule_lines.show(rules)
        self.label_beeps.select("yes" if rules.label_beeps else "no")

    def submit(self) -> Transition | None:
        from maze.core.commands import TeamPlan
        from maze.core.deciders import plans_problem
        from maze.core.team_spec import players_from
        from maze.core.variants import team_mazes  # loaded when the workshop starts: setup comes up sooner

        if not self.defaults.levels:
            self.ctx.notify("No level to play: put a level file in a levels folder, or use --level FILE", warning=True)
            return None
        teams = []
        wanted = self.team_fields[: self.teams_wanted]
        for i, (name, players) in enumerate(wanted):
            team_name = name.text.strip()
            if not team_name:
                self._refuse(f"Team {i + 1} needs a name", name)
                return None
            try:
                teams.append(TeamSpec(team_name, players_from(players.text)))
            except ValueError as exc:
                self._refuse(f"{team_name}: {exc}", players)
                return None
        twice = duplicate_team_name(t.name for t in teams)
        if twice is not None:
            self._refuse(f"Two teams are called {twice[1]}; give each its own name", wanted[twice[0]][0])
            return None
        problem = teams_problem(tuple(teams))
        if problem:
            self._refuse(problem, self.team_count)
            return None
        level = self.with_rules(self.defaults.levels[self.level.index][1])
        if self.tournament:
            plans = tuple(
                TeamPlan(self.team_level(index), f"designed: {choice.value}")
                for index, choice in enumerate(self.plays[: len(teams)])
            )
        else:
            seed = random.SystemRandom().randrange(1, 1_000_000)  # kept in the journal with the mazes it made
            plans = tuple(
                TeamPlan(maze, variant)
                for maze, variant in team_mazes(level, len(teams), MazeMode(self.mazes.value), seed)
            )
        problem = plans_problem(tuple(teams), plans)  # the core says whether these mazes can be played
        if problem:
            self._refuse(problem, self.diagonal if not self.tournament else self.plays[0])
            return None
        minutes = float(self.strategy.value)
        return self.start(SetupResult(level, tuple(teams), minutes * 60, plans, self.defaults.workshop_name))

    def refresh_levels(self, levels: list[tuple[str, Level]]) -> None:
        """The mazes offered, read again; the chosen one stays chosen if it is still there."""
        chosen = self.level.value
        self.defaults.levels = levels
        self.level.options = [label for label, _ in levels] or ["(no levels found)"]
        self.level.index = 0
        self.level.select(chosen)

    def with_rules(self, level: Level) -> Level:
        """A maze with the rule lines of this setup."""
        rules = replace(
            level.rules,
            diagonal=self.diagonal.value == "yes",
            retrace=Retrace(self.retrace.value),
            discovery_minutes=0.0 if self.minutes.value == NO_LIMIT else float(self.minutes.value),
            memory_aid=MemoryAid.BEEPS if self.memory.value == "yes" else MemoryAid.NONE,
            label_beeps=self.label_beeps.value == "yes",
        )
        rules = self.rule_lines.apply(rules)
        return replace(level, rules=rules)

    def _refuse(self, message: str, field_: Field) -> None:
        self.ctx.notify(message, warning=True)
        self.form.refuse(field_, message)

    # -- drawing -------------------------------------------------------------------------------

    def draw(self, p: Painter) -> None:
        self._drawn = True
        ctx = self.ctx
        p.fill(ctx.theme.background)
        title = f"Set up: {self.defaults.workshop_name}" if self.defaults.workshop_name else "Set up the workshop"
        header(p, ctx, title, "Up/Down: choose a line    Left/Right: change    type to edit")
        scrolled = self.form.draw(p, ctx, ctx.layout.body)
        footer(
            p,
            ctx,
            "    ".join(
                self.form.more_hint(not scrolled) + ["Enter on the last line starts", "Escape: back", "F1: keys"]
            ),
        )

    def update(self, now: float) -> bool:
        focus_moved = self.form.focus != self._drawn_focus  # the focused line must be scrolled into view
        self._drawn_focus = self.form.focus
        more = self.defaults.more_levels if self._drawn else None  # read once the first frame is up
        if more is not None:
            self.defaults.more_levels = None
            self.refresh_levels(more())
        return self.form.update(now) or focus_moved or more is not None
