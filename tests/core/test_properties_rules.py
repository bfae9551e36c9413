"""Property tests for the room's rules: any commands under rounds, snakes, back-to-start, meetings, budgets
and a walking order replay to the live state, and undo puts back the state before the undone command."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maze.core.commands import (
    Advance,
    IllegalCommand,
    Meeting,
    Penalty,
    PenaltyKind,
    Predict,
    SetOrder,
    StartWorkshop,
    Step,
    TeamPlan,
    TeamSpec,
    Tick,
    Undo,
)
from maze.core.events import EventType
from maze.core.grid import Pos
from maze.core.workshop import Workshop
from tests.builders import level

squares = st.builds(Pos, st.integers(-1, 3), st.integers(-1, 3))
gap = st.floats(0, 40)
commands = st.lists(
    st.one_of(
        st.tuples(st.just("step"), gap, squares),
        st.tuples(st.just("step"), gap, squares),
        st.tuples(st.just("step"), gap, squares),
        st.tuples(
            st.sampled_from(["advance", "undo", "tick", "talk", "rule", "predict", "open", "close"]), gap, st.none()
        ),
        st.tuples(st.just("order"), gap, st.permutations([0, 1, 2])),
        st.tuples(st.just("route"), st.floats(0, 3), st.none()),
        st.tuples(st.just("route"), st.floats(0, 3), st.none()),
        st.tuples(st.just("route"), st.floats(0, 3), st.none()),
        st.tuples(st.just("route"), st.floats(0, 3), st.none()),
        st.tuples(st.just("advance"), gap, st.none()),
    ),
    min_size=10,
    max_size=150,
)
rules = st.fixed_dictionaries(
    {
        "execution_rounds": st.integers(1, 3),
        "execution_walkers": st.sampled_from(["one", "snake"]),
        "execution_error": st.sampled_from(["penalty", "back_to_start"]),
        "meeting_minutes": st.sampled_from([0, 1]),
        "budget_seconds": st.sampled_from([0, 90]),
        "new_beep_price_seconds": st.sampled_from([0, 5]),
        "discovery_minutes": st.sampled_from([0, 2]),
    }
)


def along_route(ws: Workshop) -> Pos:
    """The next square of the safe route from where the walker on turn stands (or off the exit)."""
    run = ws.current
    if run is None:
        return Pos(0, 0)
    grid, rules_ = run.level.grid, run.level.rules
    route = grid.safe_route(rules_.entry, rules_.diagonal) or []
    here = run.position
    if here is None or here not in route:
        return route[0]
    place = route.index(here)
    return route[place + 1] if place + 1 < len(route) else grid.beyond(here, rules_.exit)


def build(kind: str, t: float, arg, ws: Workshop):  # noqa: ANN001, ANN201
    if kind == "route":
        return Step(t, along_route(ws))
    return {
        "step": lambda: Step(t, arg),
        "advance": lambda: Advance(t),
        "undo": lambda: Undo(t),
        "tick": lambda: Tick(t),
        "talk": lambda: Penalty(t, PenaltyKind.TALK),
        "rule": lambda: Penalty(t, PenaltyKind.RULE),
        "predict": lambda: Predict(t, 30),
        "open": lambda: Meeting(t, True),
        "close": lambda: Meeting(t, False),
        "order": lambda: SetOrder(t, tuple(arg or ())),
    }[kind]()


def start(room_rules: dict) -> tuple[Workshop, list]:
    lvl = level([". # . .", ". # . .", ". # . .", "# . . ."], **room_rules)
    ws = Workshop()
    teams = (TeamSpec("A", ("a", "b", "c")), TeamSpec("B", ("d", "e", "f")))
    events = ws.handle(StartWorkshop(0, teams, (TeamPlan(lvl),) * 2))
    return ws, events + ws.handle(Advance(0))  # from strategy, where an order may be set


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(commands, rules)
def test_replay_equals_live_under_every_room_rule(played, room_rules) -> None:
    ws, events = start(room_rules)
    t = 0.0
    for kind, wait, arg in played:
        t += wait
        try:
            events.extend(ws.handle(build(kind, t, arg, ws)))
        except IllegalCommand:
            continue
    assert Workshop.replay(events).state() == ws.state()
    run = ws.current
    if run is not None and run.budget_spent:
        assert run.penalty_seconds > run.level.rules.budget_seconds


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(commands, rules)
def test_undo_restores_the_state_before_the_undone_command_under_every_room_rule(played, room_rules) -> None:
    ws, _ = start(room_rules)
    t = 0.0
    for kind, wait, arg in played:
        t += wait
        command = build(kind, t, arg, ws)
        before = copy.deepcopy(ws.state())
        try:
            new = ws.handle(command)
        except IllegalCommand:
            continue
        undoable = new and new[0]["type"] not in (EventType.TIME_UP, EventType.MEETING_CLOSED)
        if isinstance(command, (Step, Penalty)) and undoable:
            ws.handle(Undo(t))
            assert ws.state() == before
            ws.handle(command)
