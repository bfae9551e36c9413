import json

import pytest

from maze.core.commands import PenaltyKind, Predict
from maze.core.stats import team_stats
from tests.builders import WINNING_WALK, Driver, level


def played_team() -> Driver:
    d = Driver(level(repeat_penalty_seconds=5))
    d.to_discovery()
    d.step(2, 1)  # Ana: new beep at 1 s
    d.step(2, 1)  # Ben: repeat beep
    d.walk((2, 0), (1, 0))  # Ana: step, new beep
    d.penalty(PenaltyKind.TALK)
    d.walk(*WINNING_WALK)  # Ben finds the route
    d.advance()
    d.do(Predict(d.at(1), 5))
    d.walk(*WINNING_WALK)
    d.walk((2, 0), (1, 0), (1, 1), (0, 1), (-1, 1))  # Ben: one error
    d.advance()
    return d


def test_discovery_figures() -> None:
    s = team_stats(played_team().ws.team_log).discovery
    assert (s.beeps, s.new_beeps, s.repeat_beeps) == (3, 2, 1)
    assert s.share_new == pytest.approx(2 / 3)
    assert s.turns == 4 and s.steps == 7
    assert s.found and s.time_to_route == s.seconds
    assert s.penalties == 1 and s.penalty_seconds == 30 + 5
    assert s.beeps_per_square == {(2, 1): 2, (1, 0): 1}
    assert [p.name for p in s.players] == ["Ana", "Ben"]
    assert [(p.turns, p.beeps, p.new_beeps) for p in s.players] == [(2, 2, 2), (2, 1, 0)]
    assert s.new_beeps_per_minute == pytest.approx(2 / (s.seconds / 60))


def test_learning_curve_counts_distinct_squares_over_time() -> None:
    curve = team_stats(played_team().ws.team_log).discovery.learning_curve
    counts = [n for _, n in curve]
    assert counts == sorted(counts) and counts[-1] == 5  # (2,1) (2,0) (1,0) (1,1) (0,1)
    times = [t for t, _ in curve]
    assert times == sorted(times)


def test_execution_figures_and_score() -> None:
    stats = team_stats(played_team().ws.team_log)
    ex = stats.execution
    assert ex.errors == 1 and ex.error_seconds == 10 and ex.predicted == 5 and ex.completed
    assert [name for name, _ in ex.player_seconds] == ["Ana", "Ben"]
    assert sum(sec for _, sec in ex.player_seconds) == pytest.approx(ex.seconds)
    assert stats.score_seconds == pytest.approx(ex.seconds + 30 + 5 + 10)


def test_events_are_plain_json_records() -> None:
    d = played_team()
    for event in d.events:
        assert json.loads(json.dumps(event)) == event


def test_the_two_lenses_rank_the_same_teams_differently() -> None:
    from maze.core.stats import Lens, ranked

    careful = team_stats(played_team().ws.team_log)  # 2 new beeps, 1 repeat, 1 execution error
    d = Driver(level())
    d.to_discovery()
    d.walk(*WINNING_WALK)  # found at once: no beeps, nothing learned from failure
    d.advance()
    d.walk(*WINNING_WALK, *WINNING_WALK)
    d.advance()
    lucky = team_stats(d.ws.team_log)
    assert ranked([careful, lucky], Lens.ERRORS) == [lucky, careful]
    assert ranked([careful, lucky], Lens.LEARNING) == [careful, lucky]
