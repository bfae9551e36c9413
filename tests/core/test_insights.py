"""Known answers: each insight worked out by hand on small journals written out event by event."""

from __future__ import annotations

from typing import Any

import pytest

from maze.core.captions import team_captions
from maze.core.events import Event
from maze.core.insights import PenaltyLine, team_insights
from tests.builders import level

# The test level: entry at the bottom, 3 rows deep; the route is (2,0) -> (1,1) -> (0,1).
LEVEL = level().to_dict()


def ev(event_type: str, t: float, **fields: Any) -> Event:
    return {"type": event_type, "t": t, "cmd": 0, "team": 0, **fields}


def at(
    event_type: str, t: float, player: int, row: int, col: int, elapsed: float, phase: str = "discovery", **more: Any
) -> Event:
    return ev(event_type, t, player=player, row=row, col=col, elapsed=elapsed, phase=phase, step=1, **more)


def worked_journal() -> list[Event]:
    """Ana (0) and Ben (1). Discovery starts at t=2; a 30 s pause from t=18 to t=48."""
    return [
        ev("team_started", 0, name="Red", players=["Ana", "Ben"], level=LEVEL, variant="same"),
        ev("phase_changed", 1, phase="strategy"),
        ev("phase_changed", 2, phase="discovery"),
        # attempt 1, Ana: new beep on an untried square after 10 s; depth 1
        at("beep", 12, 0, 2, 1, 10, kind="new", seconds=0),
        ev("retrace", 12, player=0, route=[]),
        ev("turn_passed", 12, player=1, turn=2),
        # attempt 2, Ben: repeats Ana's beep (a teammate's); depth 1; taught nothing
        at("beep", 15, 1, 2, 1, 13, kind="repeat", seconds=0),
        ev("turn_passed", 15, player=0, turn=3),
        # attempt 3, Ana: untried safe square after 2 s, pause, untried beep 3 active s later; depth 2
        at("step", 17, 0, 2, 0, 15),
        ev("paused", 18),
        ev("resumed", 48),
        at("beep", 50, 0, 1, 0, 18, kind="new", seconds=0),
        ev("turn_passed", 50, player=1, turn=4),
        # attempt 4, Ben: his own repeat on (2,1); depth 1 (the dip); taught nothing
        at("beep", 51, 1, 2, 1, 19, kind="repeat", seconds=0),
        ev("turn_passed", 51, player=0, turn=5),
        # attempt 5, Ana: known safe square after 2 s, then her own repeat on (1,0); depth 2; taught nothing
        at("step", 53, 0, 2, 0, 21),
        at("beep", 55, 0, 1, 0, 23, kind="repeat", seconds=0),
        ev("turn_passed", 55, player=1, turn=6),
        # attempt 6, Ben: known square after 1 s, talking penalty, untried after 4 s and 1 s, then across
        at("step", 56, 1, 2, 0, 24),
        ev("penalty", 58, kind="talk", seconds=30, player=1, elapsed=26, phase="discovery"),
        at("step", 60, 1, 1, 1, 28),
        at("step", 61, 1, 0, 1, 29),
        ev("route_found", 62, player=1, elapsed=30),
        ev("discovery_ended", 62, found=True, revealed=False, elapsed=30),
        ev("phase_changed", 70, phase="execution"),
        ev("prediction", 80, seconds=8),
        at("step", 90, 0, 2, 0, 0, phase="execution"),
        at("beep", 91, 0, 1, 0, 1, phase="execution", kind="error", seconds=10),
        ev("execution_finished", 102, elapsed=12, completed=True),
        ev("phase_changed", 110, phase="debrief"),
        ev("team_finished", 120),
    ]


def test_failures_on_record_are_discovery_beeps_plus_execution_errors() -> None:
    ins = team_insights(worked_journal())
    assert (ins.discovery_beeps, ins.execution_errors, ins.failures_on_record) == (5, 1, 6)


def test_experiment_speed() -> None:
    ins = team_insights(worked_journal())
    assert ins.minutes_to_route == pytest.approx(0.5)  # 30 s of discovery
    assert ins.new_beeps == 2
    assert ins.new_beeps_per_minute == pytest.approx(4.0)  # 2 new beeps in half a minute
    assert len(ins.attempts) == 6
    assert [a.new_info for a in ins.attempts] == [True, False, True, False, False, True]
    assert ins.attempts_without_new_info == 3
    assert ins.share_failed_attempts == pytest.approx(5 / 6)


def test_hesitation_leaves_out_the_pause_key() -> None:
    ins = team_insights(worked_journal())
    assert ins.pauses_untried == (10, 2, 3, 4, 1)  # (2,1) (2,0) (1,0) (1,1) (0,1); the 30 s pause left out
    assert ins.pauses_known == (2, 1)  # (2,0) twice; repeats onto known beeping squares are neither
    assert ins.median_pause_untried == 3
    assert ins.median_pause_known == 1.5


def test_repeat_beeps_split_into_own_and_a_teammates() -> None:
    ins = team_insights(worked_journal())
    assert (ins.own_repeat_beeps, ins.others_repeat_beeps) == (2, 1)


def test_depth_per_attempt_can_dip() -> None:
    assert team_insights(worked_journal()).depth_per_attempt == (1, 1, 2, 1, 2, 3)


def test_switch_moment() -> None:
    switch = team_insights(worked_journal()).switch
    assert switch.route_known_at == 30 and not switch.route_revealed
    assert switch.route_known_session == 32  # t=62 less the 30 s pause
    assert switch.execution_started_session == 60  # t=90 less the 30 s pause
    assert switch.gap_seconds == 28


def test_penalties_by_phase_and_kind_and_predicted_against_actual() -> None:
    ins = team_insights(worked_journal())
    assert set(ins.penalties) == {
        PenaltyLine("discovery", "talking", 1, 30),
        PenaltyLine("execution", "execution error", 1, 10),
    }
    (only,) = ins.rounds
    assert (only.predicted, only.actual, only.completed, only.difference) == (8, 12, True, 4)


def test_undone_moves_do_not_count() -> None:
    events = worked_journal()
    undone_step = dict(events[8], cmd=99)  # Ana's first step onto (2,0), later undone
    events[8] = undone_step
    events.insert(9, ev("undone", 17.5, target=99))
    ins = team_insights(events)
    # (2,1); (1,0) 5 active s after the turn began; (2,0) now first tried by Ana at t=53; (1,1); (0,1)
    assert ins.pauses_untried == (10, 5, 2, 4, 1)
    assert ins.pauses_known == (1,)  # Ben onto (2,0) at t=56


def test_a_team_shown_the_route_without_trying() -> None:
    events = [
        ev("team_started", 0, name="Blue", players=["Cy"], level=LEVEL, variant="same"),
        ev("phase_changed", 1, phase="strategy"),
        ev("phase_changed", 2, phase="discovery"),
        ev("discovery_ended", 7, found=False, revealed=True, elapsed=5),
        ev("phase_changed", 8, phase="execution"),
    ]
    ins = team_insights(events)
    assert ins.failures_on_record == 0 and ins.attempts == ()
    assert ins.minutes_to_route is None and ins.new_beeps_per_minute == 0
    assert ins.median_pause_untried is None and ins.median_pause_known is None
    assert ins.switch.route_revealed and ins.switch.route_known_at == 5 and ins.switch.gap_seconds is None
    assert ins.rounds == ()


def test_every_insight_has_a_caption_to_read_out() -> None:
    captions = team_captions(team_insights(worked_journal()))
    by_label = {c.label: c for c in captions}
    assert by_label["failures on record"].value == "6"
    assert by_label["attempts: nothing new"].value == "3 of 6"
    assert by_label["pause: untried / known"].text.startswith("You paused 3.0 s before untried squares and 1.5 s")
    assert by_label["repeats: own / others'"].value == "2 / 1"
    assert by_label["predicted / actual"].text.startswith("4.0 s slower than predicted")
    assert all(c.text.strip() for c in captions)


def test_a_beep_during_play_is_neutral_unless_the_level_labels_it() -> None:
    from maze.core.captions import live_beep_words

    assert live_beep_words("new", label=False) == live_beep_words("repeat", label=False) == "Go back"
    assert "New information" in live_beep_words("new", label=True)
    assert "before" in live_beep_words("repeat", label=True)
