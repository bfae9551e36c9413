import pytest

from maze.core.commands import Advance, IllegalCommand, Predict
from maze.core.team import Phase
from tests.builders import WINNING_WALK, Driver, types


def to_execution(d: Driver) -> None:
    d.to_discovery()
    d.walk(*WINNING_WALK)
    d.advance()
    assert d.run.phase is Phase.EXECUTION


def test_every_player_walks_and_the_clock_runs_from_first_step_to_last_exit() -> None:
    d = Driver()
    to_execution(d)
    d.do(Predict(d.at(1), 12))
    d.at(50)  # waiting before the first step does not count
    d.walk(*WINNING_WALK)
    assert d.run.player == 1 and not d.run.execution_done
    events = d.walk(*WINNING_WALK)
    assert types(events)[-2:] == ["player_finished", "execution_finished"]
    assert events[-1]["elapsed"] == pytest.approx(7)  # first step at t0, last exit 7 steps later
    assert d.run.predicted == 12


def test_a_beep_is_an_error_and_the_player_stays_put() -> None:
    d = Driver()
    to_execution(d)
    d.step(2, 0)
    beep = d.step(1, 0)
    assert types(beep) == ["beep"] and beep[0]["kind"] == "error" and beep[0]["seconds"] == 10
    assert d.run.position == (2, 0) and d.run.errors == 1 and d.run.penalty_seconds == 10


def test_prediction_only_before_the_first_step() -> None:
    d = Driver()
    to_execution(d)
    d.step(2, 0)
    with pytest.raises(IllegalCommand):
        d.do(Predict(d.at(1), 10))


def test_two_teams_then_workshop_finished() -> None:
    d = Driver(teams={"Red": ["a"], "Blue": ["b", "c"]})
    to_execution(d)
    d.walk(*WINNING_WALK)
    d.advance()  # to debrief
    assert d.run.phase is Phase.DEBRIEF
    events = d.do(Advance(d.at(1)))
    assert types(events) == ["team_finished", "team_started"]
    assert d.run.name == "Blue" and d.run.phase is Phase.BRIEFING
    assert len(d.ws.summaries) == 1 and d.ws.summaries[0].team == "Red"
    to_execution(d)
    d.walk(*WINNING_WALK, *WINNING_WALK)
    d.advance()
    assert types(d.do(Advance(d.at(1)))) == ["team_finished", "workshop_finished"]
    assert d.ws.finished and [s.team for s in d.ws.summaries] == ["Red", "Blue"]
    with pytest.raises(IllegalCommand):
        d.advance()
