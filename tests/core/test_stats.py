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


def finish_team(d: Driver, execute: bool = True) -> None:
    """From the end of discovery: execution by both players, the debrief, and on to the next team."""
    d.advance()
    if execute:
        d.walk(*WINNING_WALK, *WINNING_WALK)
    d.advance(2 if execute else 3)


def lens_workshop(*plays) -> list:  # noqa: ANN002 - each play walks one team's discovery
    names = ["Bold", "Cautious", "Third", "Fourth"][: len(plays)]
    d = Driver(level(), teams={name: ["Ana", "Ben"] for name in names})
    for play in plays:
        d.to_discovery()
        play(d)
    return d.ws.summaries


def bold(d: Driver) -> None:
    d.step(2, 1)  # two quick new beeps, then across: 6 s
    d.step(2, 2)
    d.walk(*WINNING_WALK)
    finish_team(d)


def cautious(d: Driver) -> None:
    for row, col in WINNING_WALK:  # no beep at all, but a minute before every step: 4 minutes
        d.step(row, col, after=60)
    finish_team(d)


def skipped(d: Driver) -> None:
    d.advance()  # discovery ended at once: the route is revealed to a team that never tried
    finish_team(d)


def test_the_failures_and_learning_lenses_flip_a_bold_and_a_cautious_team() -> None:
    from maze.core.stats import Lens, ranked, ranks

    fast, slow = lens_workshop(bold, cautious)
    assert (fast.insights.failures_on_record, slow.insights.failures_on_record) == (2, 0)
    assert ranked([fast, slow], Lens.FAILURES) == [slow, fast]
    assert ranked([fast, slow], Lens.LEARNING) == [fast, slow]
    assert ranks([fast, slow], Lens.FAILURES) == [2, 1]
    assert ranks([fast, slow], Lens.LEARNING) == [1, 2]


def test_ties_share_a_rank() -> None:
    from maze.core.stats import Lens, ranks

    summaries = lens_workshop(bold, bold, cautious)
    assert ranks(summaries, Lens.FAILURES) == [2, 2, 1]
    assert ranks(summaries, Lens.LEARNING) == [1, 1, 3]


def test_a_team_that_skipped_discovery_is_labelled_and_never_above_a_finished_team() -> None:
    from maze.core.stats import Lens, Outcome, ranks

    summaries = lens_workshop(bold, skipped)
    assert [s.outcome for s in summaries] == [Outcome.ALL_ACROSS, Outcome.SKIPPED]
    assert summaries[1].insights.failures_on_record == 0  # fewest failures, yet ranked after the team that finished
    for lens in Lens:
        assert ranks(summaries, lens) == [1, 2]


def test_outcomes_say_how_a_run_ended() -> None:
    from maze.core.stats import Outcome

    def revealed(d: Driver) -> None:
        d.step(2, 1)
        d.advance()  # the facilitator reveals the route after one beep
        finish_team(d)

    def stopped(d: Driver) -> None:
        d.walk(*WINNING_WALK)
        d.advance()
        d.walk(*WINNING_WALK)  # Ana across, then execution stopped before Ben crossed
        d.advance(3)

    summaries = lens_workshop(revealed, stopped)
    assert [s.outcome for s in summaries] == [Outcome.REVEALED, Outcome.NOT_ACROSS]
    assert all(not s.outcome.finished for s in summaries)


def test_a_stopped_execution_is_never_ranked_above_a_completed_one_nor_compared_with_its_prediction() -> None:
    from maze.core.captions import prediction_caption
    from maze.core.commands import Advance, Predict
    from maze.core.stats import Lens, ranked, team_stats
    from tests.builders import WINNING_WALK, Driver

    def team(stop_at_once: bool):
        d = Driver()
        d.to_discovery()
        d.advance()  # the facilitator reveals the route: neither team is "All across"
        d.advance()  # on to execution
        d.do(Predict(d.at(1), 60))
        if stop_at_once:
            d.do(Advance(d.at(1)))  # the facilitator ends execution before anyone walks
        else:
            for _ in d.run.players:
                d.walk(*WINNING_WALK)
        d.advance()  # the debrief
        d.advance()
        return team_stats(d.ws.finished_team_log)

    stopped, walked = team(True), team(False)
    assert not stopped.execution.completed and walked.execution.completed
    assert stopped.outcome == walked.outcome  # the same tier: only the stopped execution tells them apart
    assert stopped.score_seconds < walked.score_seconds  # it looks better by time alone...
    assert ranked([stopped, walked], Lens.EXECUTION)[0] is walked  # ...and is still ranked after
    assert "stopped before everyone crossed" in prediction_caption(stopped.insights).text
