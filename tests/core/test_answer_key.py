"""The facilitator's answer key: read from the core, and in step with what the rules accept."""

from __future__ import annotations

import pytest

from maze.core.answer_key import answer_key, known_safe, legal_next, penalty_ledger
from maze.core.commands import IllegalCommand, Pause, PenaltyKind, Step
from maze.core.events import EventType
from maze.core.grid import Pos
from maze.core.workshop import Workshop
from tests.builders import Driver, level


def accepted(d: Driver, place: Pos) -> bool:
    """Would the rules take a step to `place` now, without calling it a rule break? Tried on a copy of the
    workshop made from its journal."""
    copy = Workshop.replay(d.events)
    try:
        events = copy.handle(Step(d.now + 1, place))
    except IllegalCommand:
        return False
    return bool(events) and all(e["type"] != EventType.RULE_BREAK for e in events)


def every_place(d: Driver) -> list[Pos]:
    grid = d.run.level.grid
    return [Pos(r, c) for r in range(-1, grid.height + 1) for c in range(-1, grid.width + 1)]


def assert_legal_matches_rules(d: Driver) -> None:
    shown = set(legal_next(d.run))
    for place in every_place(d):
        assert (place in shown) == accepted(d, place), f"{place}: shown {place in shown}, rules disagree"


def test_legal_next_squares_are_exactly_what_the_rules_accept() -> None:
    d = Driver()
    d.to_discovery()
    assert_legal_matches_rules(d)  # off the maze: the entry edge
    d.step(2, 0)
    assert_legal_matches_rules(d)  # on the maze
    d.step(1, 1)
    d.step(0, 1)
    assert_legal_matches_rules(d)  # next to the exit
    with pytest.raises(IllegalCommand):
        d.step(2, 2)  # not a neighbour of (0, 1): refused, nothing changes
    assert_legal_matches_rules(d)


def test_legal_next_follows_a_manual_retrace() -> None:
    d = Driver(level(retrace="manual"))
    d.to_discovery()
    d.walk((2, 0), (1, 1))
    d.step(1, 0)  # beeps: now the walker must go back the way they came
    assert d.run.retrace_route is not None
    assert legal_next(d.run) == [Pos(1, 1)]
    assert_legal_matches_rules(d)


def test_no_step_is_legal_while_paused_or_outside_the_walks() -> None:
    d = Driver()
    assert legal_next(d.run) == []  # briefing
    d.to_discovery()
    d.do(Pause(d.at(1)))
    assert legal_next(d.run) == []
    assert not any(accepted(d, place) for place in every_place(d))


def test_known_squares_grow_with_steps_and_beeps_and_shrink_with_undo() -> None:
    d = Driver()
    d.to_discovery()
    assert known_safe(d.ws.team_log) == frozenset()
    d.walk((2, 0), (1, 1))
    d.step(0, 0)  # beeps
    key = answer_key(d.run, d.ws.team_log)
    assert key.known_safe == {Pos(2, 0), Pos(1, 1)}
    assert key.known_beeps == {Pos(0, 0)}
    assert key.route == (Pos(2, 0), Pos(1, 1), Pos(0, 1))
    assert Pos(0, 1) not in key.known_safe
    d.undo()  # takes back the beep: the square is no longer known
    key = answer_key(d.run, d.ws.team_log)
    assert key.known_beeps == frozenset()
    assert key.walk == (Pos(2, 0), Pos(1, 1))


def test_the_ledger_lists_each_penalty_with_who_and_how_much() -> None:
    d = Driver(level(talk_penalty_seconds=30, repeat_penalty_seconds=5))
    d.to_discovery()
    d.penalty(PenaltyKind.TALK)
    d.step(2, 1)  # a new beep costs nothing
    d.step(2, 1)  # Ben repeats it: 5 s
    d.penalty(PenaltyKind.RULE)
    lines = penalty_ledger(d.run, d.ws.team_log)
    assert [(line.what, line.player, line.seconds) for line in lines] == [
        ("talking", "Ana", 30),
        ("repeat beep", "Ben", 5),
        ("rule break", "Ana", 30),
    ]
    assert sum(line.seconds for line in lines) == d.run.penalty_seconds
