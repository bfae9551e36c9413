"""One place says what an event holds: the `Event` type, `REQUIRED_FIELDS`, one maker per event type,
and the journal's line check derived from them, all agreeing."""

from __future__ import annotations

import json
import typing
from collections.abc import Callable
from pathlib import Path

import pytest

from maze.core import event_makers as make
from maze.core.commands import PenaltyKind
from maze.core.event_makers import Stamp, Walk
from maze.core.events import REQUIRED_FIELDS, BeepKind, BreakReason, Event, EventType, MeetingEnd, Phase
from maze.io.event_check import FIELD_KINDS, REQUIRED, event_fault

AT = Stamp(t=12.5, cmd=3, seq=7, team=0)
WALK = Walk(player=1, row=2, col=0, step=3, elapsed=4.25, phase=Phase.DISCOVERY)
LEVEL = {"name": "test", "grid": [". # .", ". # .", "# . ."], "rules": {}}

SAMPLES: dict[EventType, Callable[[], Event]] = {
    EventType.WORKSHOP_STARTED: lambda: make.workshop_started(
        Stamp(0.0, 1, 1, None),
        teams=[{"name": "Red", "players": ["Ana", "Ben"]}],
        plans=[{"level": LEVEL, "variant": "same"}],
        strategy_seconds=180,
        about={"seed": 1},
        started_at="2026-11-30T08:00:00+00:00",
    ),
    EventType.TEAM_STARTED: lambda: make.team_started(
        AT, team=0, name="Red", players=["Ana", "Ben"], level=LEVEL, variant="mirrored"
    ),
    EventType.PHASE_CHANGED: lambda: make.phase_changed(AT, phase=Phase.STRATEGY),
    EventType.STEP: lambda: make.step(AT, WALK),
    EventType.BEEP: lambda: make.beep(AT, WALK, kind=BeepKind.NEW, seconds=0),
    EventType.RETRACE: lambda: make.retrace(AT, player=1, route=[[1, 1], [2, 0]]),
    EventType.RETRACE_STEP: lambda: make.retrace_step(AT, player=1, row=2, col=0),
    EventType.RULE_BREAK: lambda: make.rule_break(
        AT, player=1, reason=BreakReason.LEFT_ROUTE_BACK, seconds=10, phase=Phase.DISCOVERY, row=3, col=1, elapsed=5
    ),
    EventType.TURN_PASSED: lambda: make.turn_passed(AT, player=0, turn=2),
    EventType.ROUTE_FOUND: lambda: make.route_found(AT, player=1, elapsed=60.5),
    EventType.TIME_UP: lambda: make.time_up(AT, elapsed=1200.0),
    EventType.TIME_EXTENDED: lambda: make.time_extended(AT, minutes=5),
    EventType.DISCOVERY_ENDED: lambda: make.discovery_ended(AT, found=True, revealed=False, elapsed=61),
    EventType.PENALTY: lambda: make.penalty(
        AT, kind=PenaltyKind.TALK, seconds=30, player=0, elapsed=2, phase=Phase.STRATEGY
    ),
    EventType.PAUSED: lambda: make.paused(AT),
    EventType.RESUMED: lambda: make.resumed(AT),
    EventType.UNDONE: lambda: make.undone(AT, target=2),
    EventType.PREDICTION: lambda: make.prediction(AT, seconds=40, round=1),
    EventType.PLAYER_FINISHED: lambda: make.player_finished(AT, player=0, next_player=1, elapsed=9, round=1),
    EventType.EXECUTION_FINISHED: lambda: make.execution_finished(AT, elapsed=20, completed=True, round=1),
    EventType.TEAM_FINISHED: lambda: make.team_finished(AT),
    EventType.ROUND_STARTED: lambda: make.round_started(AT, round=2),
    EventType.SENT_BACK: lambda: make.sent_back(AT, player=0, route=[[1, 1]], round=1),
    EventType.ORDER_SET: lambda: make.order_set(AT, order=[1, 0]),
    EventType.MEETING_OPENED: lambda: make.meeting_opened(AT, left=120),
    EventType.MEETING_CLOSED: lambda: make.meeting_closed(AT, used=30.5, reason=MeetingEnd.KEY),
    EventType.BUDGET_SPENT: lambda: make.budget_spent(AT, spent=70, budget=60, phase=Phase.EXECUTION),
    EventType.WORKSHOP_FINISHED: lambda: make.workshop_finished(AT, finished_at="2026-11-30T09:00:00+00:00"),
}


def test_every_event_type_has_one_maker_and_a_list_of_fields() -> None:
    assert set(SAMPLES) == set(EventType) == set(REQUIRED_FIELDS)
    for kind in EventType:
        assert callable(getattr(make, kind.value)), f"no maker named {kind.value}"


@pytest.mark.parametrize("kind", list(EventType), ids=str)
def test_a_made_event_carries_its_fields_and_reads_back_from_a_journal_line(kind: EventType) -> None:
    event = SAMPLES[kind]()
    assert event["type"] == kind
    missing = [name for name in REQUIRED_FIELDS[kind] if name not in event]
    assert not missing, f"{kind} made without {missing}"
    if kind is not EventType.WORKSHOP_STARTED:
        assert event.get("team") == 0
    line = json.dumps(event)
    read = json.loads(line)
    assert event_fault(read) == "", line
    assert read == event  # an enum member and the string it is written as are equal


@pytest.mark.parametrize("kind", list(EventType), ids=str)
def test_the_journal_check_refuses_a_line_without_a_required_field(kind: EventType) -> None:
    event = json.loads(json.dumps(SAMPLES[kind]()))
    for name in REQUIRED_FIELDS[kind]:
        line = {key: value for key, value in event.items() if key != name}
        assert event_fault(line), f"{kind} without {name} was accepted"


def test_the_journal_check_knows_every_field_of_the_event_type() -> None:
    assert set(FIELD_KINDS) == set(typing.get_type_hints(Event))
    for kind, spec in REQUIRED.items():
        assert tuple(name for name, _check in spec) == REQUIRED_FIELDS[EventType(kind)]
    assert FIELD_KINDS["phase"] == FIELD_KINDS["kind"] == FIELD_KINDS["reason"] == "str"
    assert FIELD_KINDS["found"] == "bool" and FIELD_KINDS["seconds"] == "num" and FIELD_KINDS["round"] == "int"


TYPO = """
from maze.core import event_makers as make
from maze.core.events import Event, Phase


def made() -> Event:
    event = make.phase_changed(make.Stamp(1.0, 1, 1, 0), phase=Phase.STRATEGY)
    event["phaze"] = Phase.DISCOVERY
    return event


def read(event: Event) -> object:
    return event["playr"]


def maker() -> Event:
    return make.turn_passed(make.Stamp(1.0, 1, 1, 0), player=1, trun=2)
"""


def test_a_typo_in_an_event_field_fails_type_checking(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api", reason="mypy is installed beside the test extra (README, .ci/run)")
    source = tmp_path / "typo.py"
    source.write_text(TYPO, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    out, _err, status = api.run(["--no-incremental", "--config-file", str(root / "pyproject.toml"), str(source)])
    assert status == 1
    for line, typo in ((8, "phaze"), (13, "playr"), (17, "trun")):
        assert f"typo.py:{line}: error" in out and typo in out, out
