"""Replay of one team's discovery, for the debrief: play, pause, step forward and back, change speed."""

from __future__ import annotations

from maze.core.events import BeepKind, Event, EventType, effective_events
from maze.core.grid import Pos
from maze.core.level import Level
from maze.core.records import record
from maze.core.team import Phase, TeamRun
from maze.core.words import figure
from maze.ui.actions import Act, Action
from maze.ui.board import BoardView
from maze.ui.context import Context
from maze.ui.painter import Painter
from maze.ui.screens.base import Quit, Screen, Transition
from maze.ui.screens.phases import clock_text
from maze.ui.widgets import footer, header, inset, panel, stat_lines

SHOWN = {
    EventType.STEP,
    EventType.BEEP,
    EventType.TURN_PASSED,
    EventType.RETRACE_STEP,
    EventType.ROUTE_FOUND,
    EventType.DISCOVERY_ENDED,
    EventType.PHASE_CHANGED,
}
MAX_PAUSE = 2.0  # seconds between two moments at speed 1, at most


@record(frozen=True)
class Moment:
    run: TeamRun
    event: Event
    elapsed: float
    new_beeps: int
    repeat_beeps: int


def discovery_moments(events: list[Event], team: str | None) -> tuple[str, list[Moment]]:
    """Every moment of one team's discovery, as the team's state right after it."""
    events = list(effective_events(events))
    starts = [e for e in events if e["type"] == EventType.TEAM_STARTED]
    if not starts:
        raise ValueError("the journal has no team")
    names = [e["name"] for e in starts]
    if team is not None and team not in names:
        raise ValueError(f"no team called {team!r}; the teams are {', '.join(names)}")
    start = starts[names.index(team)] if team else starts[0]
    index = start["team"]
    run = TeamRun(index, start["name"], tuple(start["players"]), Level.from_dict(start["level"]), start["variant"])
    moments: list[Moment] = []
    new = repeat = 0
    for e in events:
        if e.get("team") != index or e["type"] in (EventType.TEAM_STARTED, EventType.WORKSHOP_STARTED):
            continue
        run.apply(e)
        if run.phase not in (Phase.DISCOVERY,) and e["type"] != EventType.PHASE_CHANGED:
            continue
        if e["type"] == EventType.BEEP:
            new, repeat = (new + 1, repeat) if e["kind"] == BeepKind.NEW else (new, repeat + 1)
        if e["type"] in SHOWN and run.phase is Phase.DISCOVERY:
            moments.append(Moment(run.copy(), e, run.clock.elapsed(e["t"]), new, repeat))
        if e["type"] == EventType.DISCOVERY_ENDED:
            break
    if not moments:
        raise ValueError(f"team {start['name']} has no discovery to replay")
    return start["name"], moments


def describe(m: Moment) -> str:
    e, run = m.event, m.run
    who = run.players[e["player"]] if "player" in e and e["player"] < len(run.players) else ""
    kind = e["type"]
    if kind == EventType.BEEP:
        return f"{who}: beep ({e['kind']}) at row {e['row'] + 1}, column {e['col'] + 1}"
    if kind == EventType.STEP:
        return f"{who}: safe at row {e['row'] + 1}, column {e['col'] + 1}"
    if kind == EventType.TURN_PASSED:
        return f"{run.player_name}'s turn"
    if kind == EventType.ROUTE_FOUND:
        return f"{who} found the route"
    if kind == EventType.DISCOVERY_ENDED:
        return "discovery ended" + ("" if e["found"] else ": route revealed")
    return "discovery starts"


class ReplayScreen(Screen):
    def __init__(self, ctx: Context, team: str, moments: list[Moment], speed: float = 2.0) -> None:
        super().__init__(ctx)
        self.team = team
        self.moments = moments
        self.index = 0
        self.speed = speed
        self.playing = True
        self.last_move = ctx.now
        self.board = BoardView(ctx, moments[0].run.level)

    def adopt(self, ctx: Context) -> None:
        super().adopt(ctx)
        self.board.ctx = self.ctx  # the board draws with the screen's context

    def handle(self, action: Action) -> Transition | None:
        if action.act in (Act.PAUSE, Act.CONFIRM):
            self.playing = not self.playing
        elif action.act is Act.MOVE and action.direction[1]:
            self.playing = False
            self.index = min(max(self.index + action.direction[1], 0), len(self.moments) - 1)
        elif action.act in (Act.NEXT, Act.PREV):
            self.playing = False
            self.index = min(max(self.index + (1 if action.act is Act.NEXT else -1), 0), len(self.moments) - 1)
        elif action.act is Act.MOVE and action.direction[0]:
            self.speed = min(64.0, self.speed * 2) if action.direction[0] < 0 else max(0.25, self.speed / 2)
        elif action.act is Act.BACK:
            return Quit()
        self.last_move = self.ctx.now
        return None

    def update(self, now: float) -> bool:
        if not self.playing or self.index + 1 >= len(self.moments):
            return False
        gap = self.moments[self.index + 1].event["t"] - self.moments[self.index].event["t"]
        if now - self.last_move >= min(gap, MAX_PAUSE) / self.speed:
            self.index += 1
            self.last_move = now
            return True
        return False

    def shown_safe(self, m: Moment) -> list[Pos]:
        """The squares shown safe: the walker's way so far; at the end, the whole route, as the team found it
        (or, revealed, every safe square), since the walker has left the carpet by then."""
        if m.event["type"] == EventType.DISCOVERY_ENDED:
            found = [x for x in self.moments if x.event["type"] == EventType.ROUTE_FOUND]
            return list(found[-1].run.path) if found else sorted(m.run.level.grid.safe)
        return m.run.path[:-1] if m.run.retrace_route is not None else list(m.run.path)

    def draw(self, p: Painter) -> None:
        ctx, m = self.ctx, self.moments[self.index]
        lay, th = ctx.layout, ctx.theme
        p.fill(th.background)
        state = "playing" if self.playing else "paused"
        header(
            p,
            ctx,
            f"Replay: {self.team}'s discovery",
            f"attempt {m.run.turn}, {clock_text(m.elapsed)}, {state} at {self.speed:g}x",
        )
        board_area, side = lay.split(lay.body, 0.55)
        self.board.place(board_area)
        self.board.draw_static(p)
        self.board.heat(p, {(pos.row, pos.col): n for pos, n in m.run.beeps.items()})
        self.board.safe(p, self.shown_safe(m))
        if m.run.position is not None:
            self.board.token(p, m.run.position, m.run.player_name, m.run.players)
        panel(p, ctx, side)
        inner = inset(ctx, side, 0.8)
        said, figures = lay.cut_top(inner, int(inner[3] * 0.4))
        p.paragraph(describe(m), said, lay.body_size, th.text)
        stat_lines(
            p,
            ctx,
            figures,
            [
                ("moment", f"{self.index + 1}/{len(self.moments)}"),
                figure(m.new_beeps, "new beep"),
                figure(m.repeat_beeps, "repeat beep"),
            ],
            size=lay.small_size,
        )
        footer(p, ctx, "Space: play/pause    Left/Right: step    Up/Down: faster/slower    Escape: quit")
