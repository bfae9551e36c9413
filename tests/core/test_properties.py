"""Property tests: invariants that hold for any sequence of commands and any generated level."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maze.core.commands import (
    Advance,
    ExtendTime,
    IllegalCommand,
    Pause,
    Penalty,
    PenaltyKind,
    Predict,
    Resume,
    StartWorkshop,
    Step,
    TeamPlan,
    TeamSpec,
    Tick,
    Undo,
)
from maze.core.events import BeepKind, EventType
from maze.core.generator import generate
from maze.core.grid import Pos
from maze.core.level import Difficulty, analyse
from maze.core.stats import team_stats
from maze.core.workshop import Workshop
from maze.io.level_file import level_yaml, parse_level
from tests.depth import depths, run_property

levels = st.builds(
    generate,
    width=st.integers(2, 9),
    height=st.integers(2, 9),
    seed=st.integers(0, 10_000),
    diagonal=st.booleans(),
    difficulty=st.sampled_from(list(Difficulty)),
)


def level_round_trips(lvl) -> None:
    loaded = parse_level(level_yaml(lvl))
    assert loaded.level == lvl
    assert loaded.analysis.has_route and not loaded.warnings


@pytest.mark.parametrize("examples", depths(20, 200))
def test_generated_levels_always_validate_and_round_trip(examples: int) -> None:
    run_property(examples, level_round_trips, levels)


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from(list(Difficulty)))
def test_same_seed_same_level(seed, difficulty) -> None:
    assert generate(6, 9, seed, True, difficulty) == generate(6, 9, seed, True, difficulty)


def command_strategy(width: int = 3, height: int = 3):
    squares = st.builds(Pos, st.integers(-1, height), st.integers(-1, width))
    gap = st.floats(0, 30)
    return st.lists(
        st.one_of(
            st.tuples(st.just("step"), gap, squares),
            st.tuples(st.just("step"), gap, squares),
            st.tuples(st.just("step"), gap, squares),
            st.tuples(st.sampled_from(["advance", "pause", "resume", "undo", "tick", "talk", "rule"]), gap, st.none()),
            st.tuples(st.just("extend"), gap, st.none()),
            st.tuples(st.just("predict"), gap, st.none()),
        ),
        max_size=80,
    )


def build(kind: str, t: float, pos: Pos | None):
    return {
        "step": lambda: Step(t, pos),
        "advance": lambda: Advance(t),
        "pause": lambda: Pause(t),
        "resume": lambda: Resume(t),
        "undo": lambda: Undo(t),
        "tick": lambda: Tick(t),
        "talk": lambda: Penalty(t, PenaltyKind.TALK),
        "rule": lambda: Penalty(t, PenaltyKind.RULE),
        "extend": lambda: ExtendTime(t, 1),
        "predict": lambda: Predict(t, 30),
    }[kind]()


def play(commands, retrace: str = "auto"):
    from tests.builders import level

    lvl = level(discovery_minutes=1, retrace=retrace)
    ws = Workshop()
    events = ws.handle(
        StartWorkshop(0, (TeamSpec("A", ("a", "b", "c")), TeamSpec("B", ("d",))), (TeamPlan(lvl), TeamPlan(lvl)))
    )
    t = 0.0
    for kind, gap, pos in commands:
        t += gap
        try:
            events.extend(ws.handle(build(kind, t, pos)))
        except IllegalCommand:
            continue
    return ws, events


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(command_strategy(), st.sampled_from(["auto", "manual"]))
def test_replay_equals_live_state_and_clocks_never_run_backwards(commands, retrace) -> None:
    ws, events = play(commands, retrace)
    assert Workshop.replay(events).state() == ws.state()
    times = [e["t"] for e in events]
    assert times == sorted(times)
    if ws.current is not None:
        assert ws.current.clock.elapsed(ws.last_t) >= 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(command_strategy())
def test_beep_counts_agree_and_first_beep_on_a_square_is_new(commands) -> None:
    ws, events = play(commands)
    from maze.core.events import effective_events

    live = list(effective_events(events))
    for team in {e["team"] for e in live if "team" in e}:
        seen: set[tuple[int, int]] = set()
        team_events = [e for e in live if e.get("team") == team]
        for e in team_events:
            if e["type"] == EventType.BEEP and e["kind"] != BeepKind.ERROR:
                square = (e["row"], e["col"])
                assert (e["kind"] == BeepKind.NEW) == (square not in seen)
                seen.add(square)
        stats = team_stats(team_events).discovery
        assert stats.new_beeps + stats.repeat_beeps == stats.beeps
        assert stats.new_beeps == len(seen)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(command_strategy(), st.sampled_from(["auto", "manual"]))
def test_undo_restores_the_state_before_the_undone_command(commands, retrace) -> None:
    from tests.builders import level

    lvl = level(retrace=retrace)
    ws = Workshop()
    ws.handle(StartWorkshop(0, (TeamSpec("A", ("a", "b")),), (TeamPlan(lvl),)))
    t = 0.0
    for kind, gap, pos in commands:
        t += gap
        command = build(kind, t, pos)
        before = copy.deepcopy(ws.state())
        try:
            new = ws.handle(command)
        except IllegalCommand:
            continue
        if isinstance(command, (Step, Penalty)) and new and new[0]["type"] != EventType.TIME_UP:
            ws.handle(Undo(t))
            assert ws.state() == before
            ws.handle(command)  # play on from the same place


def test_generated_difficulty_shapes_length_and_turns() -> None:
    shapes = {}
    for difficulty in Difficulty:
        routes = [
            analyse(lvl.grid, lvl.rules) for lvl in (generate(10, 12, seed, True, difficulty) for seed in range(8))
        ]
        shapes[difficulty] = (sum(r.route_length for r in routes), sum(r.turns for r in routes))
        assert all(r.difficulty is difficulty for r in routes)
    assert shapes[Difficulty.EASY][0] < shapes[Difficulty.MEDIUM][0] < shapes[Difficulty.HARD][0]
    assert shapes[Difficulty.EASY][1] < shapes[Difficulty.HARD][1]
