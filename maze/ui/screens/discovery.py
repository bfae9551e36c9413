"""Silent discovery: the team finds the route one beep at a time; extending time and the meeting are its own keys."""

from __future__ import annotations

from typing import Any

from maze.core.captions import live_beep_words
from maze.core.commands import ExtendTime, Meeting
from maze.core.events import Event
from maze.core.words import figure
from maze.ui.actions import Act, Action
from maze.ui.painter import Painter
from maze.ui.screens.base import Transition
from maze.ui.screens.phases import clock_text
from maze.ui.screens.walk import EXTEND_MINUTES, WalkScreen


class DiscoveryScreen(WalkScreen):
    @property
    def finished(self) -> bool:
        return self.run.discovery_over or self.run.budget_spent

    def beep_words(self, event: Event) -> str:
        return live_beep_words(event["kind"], self.run.level.rules.label_beeps)

    def handle(self, action: Action) -> Transition | None:
        if action.act is Act.EXTEND:
            if self.ctx.issue(ExtendTime(self.ctx.now, EXTEND_MINUTES)):
                self.ctx.notify(f"Discovery extended by {EXTEND_MINUTES} minutes")
            return None
        if action.act is Act.MEETING:
            opening = self.run.meeting_from is None
            if self.ctx.issue(Meeting(self.ctx.now, open=opening)):
                self.ctx.notify("Meeting: the team may talk (O closes it)" if opening else "Meeting closed: silence")
            return None
        return super().handle(action)

    def meeting_clock(self) -> str:
        workshop = self.ctx.running_workshop()
        return clock_text(workshop.meeting_time_left(self.ctx.now) or 0)

    def figures(self) -> list[tuple[str, str]]:
        run = self.run
        figures = [
            figure(run.attempts_made, "attempt"),  # as the debrief counts them: walkers who stepped on
            figure(len(run.path), "step"),
            ("penalties", f"{run.penalty_seconds:g} s"),
        ]
        if run.level.rules.meeting_minutes > 0:
            figures.append(("meeting left", self.meeting_clock()))
        return figures

    def shown_state(self, now: float) -> Any:
        meeting = self.ctx.workshop.meeting_time_left(now) if self.ctx.workshop else None
        return (super().shown_state(now), self.run.meeting_from, meeting is not None and clock_text(meeting))

    def clock_seconds(self, now: float) -> float:
        workshop = self.ctx.running_workshop()
        left = workshop.time_left(now)
        return self.run.clock.elapsed(now) if left is None else left

    def draw(self, p: Painter) -> None:
        ctx, run = self.ctx, self.run
        self.draw_background(
            p,
            self.hints
            or "Arrows/WASD/QEZC or click: step    Space: pause    Backspace: undo    T/R: penalty    F1: keys",
        )
        self.draw_board(p)
        walking = self.retrace_label() if self.busy else run.player_name
        left = ctx.workshop.time_left(ctx.now) if ctx.workshop else None
        self.draw_panel(
            p,
            "Silent discovery",
            f"{walking} goes back" if self.busy else f"{walking}'s turn",
            f"next: {run.player_name if self.busy else run.next_player_name}",
            f"{clock_text(self.clock_seconds(ctx.now))} {'left' if left is not None else ''}".strip(),
            self.figures(),
        )
        if run.budget_spent:
            self.draw_budget_spent(p)
        elif run.meeting_from is not None:
            self.draw_banner(p, f"Meeting: talk now  ({self.meeting_clock()} left)", "O: close the meeting (silence)")
        elif run.time_up:
            self.draw_time_up(p)
        self.draw_paused(p, self.board_area())

    def draw_time_up(self, p: Painter) -> None:
        self.draw_banner(
            p,
            "Time is up",
            "The facilitator decides what comes next"  # presenter view: the keys are on the laptop
            if self.ctx.players_only
            else f"X: {EXTEND_MINUTES} more minutes    N: end discovery and reveal the route",
        )
