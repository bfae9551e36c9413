"""Simulated teams for demo mode: players who explore, beep, go back, and remember what they saw.

A team's `memory` (0..1) is the chance that a player keeps what another player's walk showed:
near 1 a team that shares what it learns, near 0 one that forgets. Every decision is drawn from
a random generator seeded by (seed, the workshop's event number), so the same seed gives the same
workshop, and a demo resumed from its journal goes on exactly as if it had never stopped.
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import field

from maze.core.commands import Advance, Command, Predict, Step
from maze.core.events import Event, EventType
from maze.core.grid import Grid, Pos, Side
from maze.core.level import Walkers
from maze.core.limits import SNAKE_GAP
from maze.core.records import record
from maze.core.styles import TeamStyle, choose_square, memory_style
from maze.core.team import Phase, TeamRun
from maze.core.workshop import Workshop

EXECUTION_STEP_SECONDS = (0.5, 1.0)
TALK_SECONDS = {Phase.BRIEFING: (20, 60), Phase.STRATEGY: (30, 150), Phase.DEBRIEF: (30, 90)}


@record
class PlayerMemory:
    safe: set[Pos] = field(default_factory=set)
    beeps: set[Pos] = field(default_factory=set)


@record
class TeamMind:
    memory: float
    players: list[PlayerMemory]


class Simulator:
    def __init__(self, seed: int, memories: list[float], styles: list[TeamStyle] | None = None) -> None:
        self.seed = seed
        self.memories = memories
        self.styles = styles or []  # one per team in turn (maze.core.styles); none: styles from memories
        self.minds: dict[int, TeamMind] = {}

    def style_of(self, team: int) -> TeamStyle:
        if self.styles:
            return self.styles[team % len(self.styles)]
        return memory_style(self.memories[team % len(self.memories)] if self.memories else 0.7)

    def memory_of(self, team: int) -> float:
        return self.style_of(team).memory

    def _rng(self, workshop_seq: int, salt: str = "") -> random.Random:
        return random.Random(f"{self.seed}:{workshop_seq}:{salt}")

    # -- learning from what happened -----------------------------------------------------------

    def observe(self, events: list[Event]) -> None:
        for e in events:
            kind = e["type"]
            if kind == EventType.TEAM_STARTED:
                self.minds[e["team"]] = TeamMind(self.memory_of(e["team"]), [PlayerMemory() for _ in e["players"]])
            elif kind in (EventType.STEP, EventType.BEEP) and e.get("phase") == Phase.DISCOVERY:
                mind = self.minds.get(e["team"])
                if mind is None:
                    continue
                square = Pos(e["row"], e["col"])
                rng = self._rng(e.get("seq", 0), "recall")
                for index, player in enumerate(mind.players):
                    if index == e["player"] or rng.random() < mind.memory:
                        (player.beeps if kind == EventType.BEEP else player.safe).add(square)
            elif kind == EventType.TEAM_FINISHED:
                self.minds.pop(e["team"], None)  # a finished team's memories are no longer needed

    # -- deciding what comes next --------------------------------------------------------------

    def decide(self, workshop: Workshop) -> tuple[float, Command]:
        """Seconds to wait, then the command to give (its `t` is set by the caller)."""
        run = workshop.current
        if run is None or workshop.finished:
            raise ValueError("no team is playing: nothing to decide")
        rng = self._rng(workshop.seq)
        if run.phase in TALK_SECONDS:
            return rng.uniform(*TALK_SECONDS[run.phase]), Advance(0)
        if run.budget_spent:  # the game is over for this team: on to its debrief
            return rng.uniform(5, 15), Advance(0)
        if run.phase is Phase.DISCOVERY:
            if run.discovery_over or run.time_up:
                return rng.uniform(5, 20), Advance(0)
            target = self._explore(run, rng)
            mind = self.minds.get(run.index)
            untried = mind is None or target not in mind.players[run.player].safe
            return self.style_of(run.index).pause(rng, untried), Step(0, target)
        if run.execution_done:
            return rng.uniform(5, 15), Advance(0)
        if run.predicted is None and not run.execution_started:
            route = _route(run)
            players = len(run.players)
            if run.level.rules.execution_walkers is Walkers.SNAKE:  # the front walks it all, the rest catch up
                steps = len(route) + 1 + (players - 1) * (SNAKE_GAP + 1)
            else:
                steps = len(route) * players
            guess = steps * rng.uniform(0.5, 1.2)
            return rng.uniform(10, 30), Predict(0, round(max(guess, 1.0)))
        delay = rng.uniform(*EXECUTION_STEP_SECONDS)
        last = workshop.team_log[-1] if workshop.team_log else None
        if last is not None and last["type"] == EventType.SENT_BACK:  # the walkers first walk back off the maze
            delay += len(last["route"]) * EXECUTION_STEP_SECONDS[0]
        return delay, Step(0, self._walk_known_route(run, rng))

    def _explore(self, run: TeamRun, rng: random.Random) -> Pos:
        grid, rules = run.level.grid, run.level.rules
        if run.retrace_route is not None:  # manual retrace: back along the route, then off
            if run.retrace_route:
                return run.retrace_route[0]
            return grid.beyond(run.position, rules.entry) if run.position else Pos(0, 0)
        mind = self.minds.get(run.index)
        me = mind.players[run.player] if mind else PlayerMemory()
        here = run.position
        if here is not None and grid.on_edge(here, rules.exit):
            return grid.beyond(here, rules.exit)
        options = grid.edge(rules.entry) if here is None else grid.neighbours(here, rules.diagonal)
        options = [p for p in options if p not in me.beeps and p not in run.path]
        if not options:  # boxed in by what it remembers: take a chance on any neighbour
            options = grid.edge(rules.entry) if here is None else grid.neighbours(here, rules.diagonal)
        distance = _distances_to_exit(grid, rules.exit, rules.diagonal, me.beeps)
        return choose_square(options, me.safe, distance, self.style_of(run.index), rng)

    def _walk_known_route(self, run: TeamRun, rng: random.Random) -> Pos:
        grid, rules = run.level.grid, run.level.rules
        route = _route(run)
        here = run.position
        slip = self.style_of(run.index).execution_slip
        slip *= 0.6 ** (run.round - 1)  # each round is practice: fewer slips
        if here is None:
            target = route[0]
        elif grid.on_edge(here, rules.exit):
            return grid.beyond(here, rules.exit)
        else:
            target = route[route.index(here) + 1] if here in route else route[0]
        if rng.random() < slip:
            near = [
                p
                for p in (grid.neighbours(here, rules.diagonal) if here else grid.edge(rules.entry))
                if not grid.is_safe(p)
            ]
            if near:
                return rng.choice(near)
        return target


def _route(run: TeamRun) -> list[Pos]:
    return run.level.grid.safe_route(run.level.rules.entry, run.level.rules.diagonal) or []


def _distances_to_exit(grid: Grid, exit_side: Side, diagonal: bool, avoid: set[Pos]) -> dict[Pos, int]:
    """Steps from each square to the exit edge, over squares not known to beep."""
    start = [p for p in grid.edge(exit_side) if p not in avoid]
    dist = {p: 0 for p in start}
    queue = deque(start)
    while queue:
        here = queue.popleft()
        for nxt in grid.neighbours(here, diagonal):
            if nxt not in dist and nxt not in avoid:
                dist[nxt] = dist[here] + 1
                queue.append(nxt)
    return dist


__all__ = ["Simulator"]
