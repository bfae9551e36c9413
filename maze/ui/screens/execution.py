"""Execution: the team walks the route it found, in one or more timed rounds, predicted before each."""

from __future__ import annotations

from typing import Any

from maze.core.commands import Predict
from maze.core.events import Event, EventType
from maze.core.level import Walkers
from maze.core.moves import snake_walkers
from maze.core.rounds import best_round, round_results
from maze.core.words import duration, figure
from maze.ui.actions import Act, Action
from maze.ui.context import Context
from maze.ui.painter import Painter
from maze.ui.screens.base import Transition
from maze.ui.screens.phases import clock_text
from maze.ui.screens.walk import WalkScreen


class ExecutionScreen(WalkScreen):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        workshop = ctx.running_workshop()
        self.predicting = workshop.can_predict and self.run.predicted is None
        self.entry = ""

    @property
    def finished(self) -> bool:
        return self.run.execution_done or self.run.budget_spent

    @property
    def rounds(self) -> int:
        return self.run.level.rules.execution_rounds

    def beep_words(self, event: Event) -> str:
        if any(e["type"] == EventType.SENT_BACK for e in self.ctx.running_workshop().team_log[-2:]):
            return f"Error: +{event['seconds']:g} s, back to the start"
        return f"Error: +{event['seconds']:g} s"

    def on_events(self, events: list[Event]) -> None:
        super().on_events(events)
        if any(e["type"] == EventType.ROUND_STARTED for e in events):  # a new round: predict again
            self.predicting, self.entry = True, ""

    def handle(self, action: Action) -> Transition | None:
        if self.predicting and self.ctx.workshop is not None and self.ctx.workshop.can_predict:
            return self.handle_prediction(action)
        return super().handle(action)

    def handle_prediction(self, action: Action) -> Transition | None:
        if action.act is Act.TEXT:
            digits = "".join(ch for ch in action.text if ch.isdigit())
            self.entry = (self.entry + digits)[:5]
        elif action.act is Act.UNDO:
            self.entry = self.entry[:-1]
        elif action.act is Act.CONFIRM:
            if self.entry and int(self.entry) > 0:
                self.ctx.issue(Predict(self.ctx.now, int(self.entry)))
            self.predicting = False
        elif action.act is Act.BACK:
            self.predicting = False
        else:  # anything else (a step, a click, a facilitator key) skips the prediction and counts
            self.predicting = False
            return super().handle(action)
        self._shown = None
        return None

    def shown_state(self, now: float) -> Any:
        run = self.run
        return (super().shown_state(now), self.predicting, self.entry, run.execution_done, run.round)

    def draw_board(self, p: Painter) -> None:
        super().draw_board(p)
        run = self.run
        if run.level.rules.execution_walkers is Walkers.SNAKE and not self.busy:
            for player, square in snake_walkers(run)[1:]:  # the front walker is drawn already
                self.board.token(p, square, run.players[player], run.players)

    def round_figures(self) -> list[tuple[str, str]]:
        """After a round: its time and errors, and the best round so far."""
        workshop = self.ctx.running_workshop()
        results = round_results(workshop.team_log, already_effective=True)
        best = best_round(results)
        last = results[-1] if results else None
        figures: list[tuple[str, str]] = []  # the heading names the round
        if last is not None:
            predicted = "-" if last.predicted is None else duration(last.predicted)
            figures += [("predicted", predicted), ("actual", duration(last.seconds)), ("errors", str(last.errors))]
        if best is not None and self.rounds > 1:
            figures.append((f"best: round {best.round}", duration(best.seconds)))
        return figures

    def everyone_crossed(self) -> bool:
        """Whether the round that just ended got every walker across (the core's record of it says)."""
        if self.ctx.workshop is None:
            return False
        results = round_results(self.ctx.workshop.team_log, already_effective=True)
        return bool(results) and results[-1].completed

    def hints_now(self) -> str:
        run = self.run
        if run.budget_spent:
            return "Enter: the team debrief"
        if run.execution_done:
            coming = self.ctx.workshop.next_round if self.ctx.workshop else None
            return f"Enter: round {coming}" if coming else "Enter: the team debrief"
        steps = "Arrows/WASD/QEZC" if run.level.rules.diagonal else "Arrows/WASD"
        return f"{steps} or click: step    Space: pause    Backspace: undo    T/R: penalty    F1: keys"

    def draw(self, p: Painter) -> None:
        ctx, run = self.ctx, self.run
        self.draw_background(p, self.hints_now())
        self.draw_board(p)
        heading = "Execution" if self.rounds == 1 else f"Round {run.round} of {self.rounds}"
        predicted = "-" if run.predicted is None else duration(run.predicted)
        walker = run.place_of(run.player) + 1
        if self.predicting and not run.budget_spent:
            self.draw_panel(
                p,
                heading,
                "Prediction?",
                "whole team, seconds",
                f"{self.entry or '_'} s",
                [("to record it", "Enter"), ("to skip", "walk")],
            )
        elif run.execution_done:
            self.draw_panel(
                p,
                heading,
                "All across!" if self.everyone_crossed() else "Stopped early",
                "round over" if self.everyone_crossed() else "not everyone crossed",
                duration(run.clock.elapsed(ctx.now)),  # a stopped clock is a time: written as times are
                self.round_figures(),
            )
        else:
            together = run.level.rules.execution_walkers is Walkers.SNAKE
            self.draw_panel(
                p,
                heading,
                f"{run.player_name} leads" if together else f"{run.player_name}'s walk",
                f"snake: {walker} of {len(run.players)} leads"
                if together
                else f"walker {walker} of {len(run.players)}",
                clock_text(run.clock.elapsed(ctx.now)),
                [figure(run.errors, "error"), ("penalties", f"{run.penalty_seconds:g} s"), ("predicted", predicted)],
            )
        if run.budget_spent:
            self.draw_budget_spent(p)
        self.draw_paused(p, self.board_area())
