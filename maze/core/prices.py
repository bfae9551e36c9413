"""What each kind of mistake costs, and the budget that ends a team's game when penalties exceed it.

Every priced event (a beep, a penalty, a rule break) carries its `kind`, `seconds` and `phase`, so the
debrief can itemise the ledger by kind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from maze.core import event_makers as make
from maze.core.commands import PenaltyKind
from maze.core.events import BeepKind, Event, EventType
from maze.core.level import Rules
from maze.core.team import TeamRun

if TYPE_CHECKING:
    from maze.core.workshop import Workshop

PRICED = (EventType.BEEP, EventType.PENALTY, EventType.RULE_BREAK)


def beep_seconds(rules: Rules, kind: BeepKind) -> float:
    if kind is BeepKind.NEW:
        return rules.new_beep_price_seconds
    if kind is BeepKind.REPEAT:
        return rules.repeat_penalty_seconds
    return rules.execution_error_seconds


def penalty_seconds(rules: Rules, kind: PenaltyKind) -> float:
    return rules.talk_penalty_seconds if kind is PenaltyKind.TALK else rules.rule_break_seconds


def over_budget(run: TeamRun, events: list[Event]) -> bool:
    """Would these events take the team's penalty seconds over its budget (0 = no budget)?"""
    budget = run.level.rules.budget_seconds
    if budget <= 0 or run.budget_spent:
        return False
    added = sum(e.get("seconds", 0) for e in events if e["type"] in PRICED)
    return added > 0 and run.penalty_seconds + added > budget


def with_budget(ws: Workshop, run: TeamRun, events: list[Event], t: float) -> list[Event]:
    """The events, and `budget_spent` after them when they overspend the budget."""
    if not over_budget(run, events):
        return events
    spent = run.penalty_seconds + sum(e.get("seconds", 0) for e in events if e["type"] in PRICED)
    budget = run.level.rules.budget_seconds
    return [*events, make.budget_spent(ws.stamp(t), spent=round(spent, 4), budget=budget, phase=run.phase)]
