"""The facilitator's keys, the same on every phase screen: pause, undo, penalties, skip, quit."""

from __future__ import annotations

from enum import Enum

from maze.core.commands import Advance, Pause, Penalty, PenaltyKind, Resume, Undo
from maze.core.records import record
from maze.core.team import Phase, TeamRun
from maze.ui.actions import Act, Action
from maze.ui.context import Context
from maze.ui.screens.base import ModalResult, Pop, Push, Transition
from maze.ui.screens.overlays import ConfirmDialog, quit_question

SKIP_QUESTIONS = {
    Phase.BRIEFING: ("Skip the briefing?", "Strategy time starts."),
    Phase.STRATEGY: ("End strategy time?", "Discovery starts: from now on, silence."),
    Phase.DISCOVERY: (
        "End discovery now?",
        "The route will be shown to everyone, and the debrief will say it was revealed, not found.",
    ),
    Phase.EXECUTION: ("End execution now?", "Players who have not crossed will not be timed."),
    Phase.DEBRIEF: ("Go on to the next team?", ""),
}


class Handled(Enum):
    HANDLED = "handled"  # the key was dealt with and nothing else follows


HANDLED = Handled.HANDLED


@record(frozen=True)
class SkipPhase(ModalResult):
    """Yes to "skip the briefing?", "end discovery now?", "reveal the route?" and the like: the phase ends."""


def skip_question(ctx: Context, question: str, detail: str) -> Push:
    """A question about the phase on screen: yes ends it; it closes by itself if the phase ends meanwhile."""
    dialog = ConfirmDialog(ctx, question, detail, yes=Pop(SkipPhase()), forward_says_yes=True, phase_bound=True)
    return Push(dialog)


def same_maze_warning(ctx: Context) -> str:
    """A sentence for a question that will show the route, when later teams will walk this same maze."""
    later = ctx.workshop.later_teams_on_this_maze() if ctx.workshop is not None else []
    if not later:
        return ""
    names = ", ".join(later[:3]) + (" and more" if len(later) > 3 else "")
    return f" {names} will play this same maze: send them out of the room first."


def facilitator_action(ctx: Context, run: TeamRun, action: Action) -> Transition | Handled | None:
    """Handle a facilitator key; None when the action is not one of them."""
    act = action.act
    if act is Act.PAUSE:
        ctx.issue(Resume(ctx.now) if run.paused else Pause(ctx.now))
        return HANDLED
    if act is Act.UNDO:
        if ctx.issue(Undo(ctx.now)):
            ctx.notify("Undone")
        return HANDLED
    if act in (Act.TALK, Act.RULE):
        kind = PenaltyKind.TALK if act is Act.TALK else PenaltyKind.RULE
        events = ctx.issue(Penalty(ctx.now, kind))
        if events:
            what = "Talking" if kind is PenaltyKind.TALK else "Rule break"
            ctx.notify(f"{what} penalty: +{events[0]['seconds']:g} s  (Backspace undoes it)", warning=True)
        return HANDLED
    if act is Act.SKIP:
        question, detail = SKIP_QUESTIONS[run.phase]
        if run.phase is Phase.DISCOVERY:
            detail += same_maze_warning(ctx)
        return skip_question(ctx, question, detail)
    if act is Act.REVEAL:
        if run.phase is Phase.DISCOVERY and not run.discovery_over:
            return skip_question(
                ctx,
                "Reveal the route?",
                "Discovery ends and the route is shown to the room. The debrief will say it was revealed."
                + same_maze_warning(ctx),
            )
        ctx.notify("The route can be revealed during discovery only")
        return HANDLED
    if act is Act.BACK:
        return quit_question(ctx)
    if act is Act.PREV:  # a presenter clicker's back: take back the last step or penalty, as Backspace does
        workshop = ctx.workshop
        if workshop is not None and workshop.can_undo:
            if ctx.issue(Undo(ctx.now)):
                ctx.notify("Undone")
        else:
            ctx.notify("Nothing to take back here: a finished phase cannot be reopened")
        return HANDLED
    return None


def on_skip_result(ctx: Context, result: ModalResult) -> None:
    if isinstance(result, SkipPhase):
        ctx.issue(Advance(ctx.now))
