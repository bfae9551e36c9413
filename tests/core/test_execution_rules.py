"""Execution as in the room: rounds, a snake of walkers, errors that send walkers back; and old journals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from maze.core.commands import Advance, IllegalCommand, PenaltyKind, Predict
from maze.core.grid import Pos
from maze.core.moves import snake_walkers
from maze.core.rounds import best_round, round_results
from maze.core.stats import team_stats
from maze.core.team import Phase
from maze.core.workshop import Workshop
from tests.builders import WINNING_WALK, Driver, level, types

OLD_JOURNAL = Path(__file__).resolve().parents[1] / "data" / "old-format-journal.jsonl"


def to_execution(d: Driver) -> None:
    d.to_discovery()
    d.walk(*WINNING_WALK)
    d.advance()
    assert d.run.phase is Phase.EXECUTION


def test_two_rounds_each_predicted_and_the_best_one_counts() -> None:
    d = Driver(level(execution_rounds=2), teams={"Red": ["Ana"]})
    to_execution(d)
    d.do(Predict(d.at(1), 9))
    d.walk((2, 0), (2, 1))  # an error
    d.walk((1, 1), (0, 1), (-1, 1))
    assert d.run.execution_done and d.run.round == 1
    started = d.do(Advance(d.at(5)))
    assert types(started) == ["round_started"] and started[0]["round"] == 2
    assert d.run.round == 2 and not d.run.execution_started and d.run.predicted is None and d.run.errors == 0
    d.do(Predict(d.at(1), 4))
    d.walk(*WINNING_WALK)
    assert d.run.execution_done
    d.advance()
    assert d.run.phase is Phase.DEBRIEF
    rounds = round_results(d.events)
    assert [(r.round, r.predicted, r.errors, r.completed) for r in rounds] == [(1, 9, 1, True), (2, 4, 0, True)]
    assert rounds[0].seconds == pytest.approx(4) and rounds[1].seconds == pytest.approx(3)
    best = best_round(rounds)
    assert best is not None and best.round == 2
    execution = team_stats(d.events).execution
    assert (execution.seconds, execution.errors, execution.predicted) == (pytest.approx(3), 0, 4)


def test_one_round_goes_straight_to_the_debrief() -> None:
    d = Driver()
    to_execution(d)
    d.walk(*WINNING_WALK, *WINNING_WALK)
    d.advance()
    assert d.run.phase is Phase.DEBRIEF


def test_undo_stays_inside_the_round() -> None:
    d = Driver(level(execution_rounds=2), teams={"Red": ["Ana"]})
    to_execution(d)
    d.walk(*WINNING_WALK)
    d.advance()  # round 2
    assert not d.ws.can_undo


def test_a_snake_walks_everyone_at_once_each_two_squares_behind() -> None:
    d = Driver(level(execution_walkers="snake"), teams={"Red": ["Ana", "Ben", "Cy"]})
    to_execution(d)
    d.walk((2, 0), (1, 1))
    assert snake_walkers(d.run) == [(0, Pos(1, 1))]
    d.step(0, 1)
    assert snake_walkers(d.run) == [(0, Pos(0, 1)), (1, Pos(2, 0))]
    finished = d.step(-1, 1)  # Ana crosses: Ben leads from where he stands
    assert types(finished) == ["player_finished"] and d.run.player == 1
    assert snake_walkers(d.run) == [(1, Pos(2, 0))]
    d.walk((1, 1), (0, 1))
    assert snake_walkers(d.run) == [(1, Pos(0, 1)), (2, Pos(2, 0))]
    d.step(-1, 1)
    d.walk((1, 1), (0, 1))
    assert types(d.step(-1, 1)) == ["player_finished", "execution_finished"]
    assert len([e for e in d.events if e["type"] == "step" and e["phase"] == "execution"]) == 7  # one by one: 9


def test_back_to_start_sends_the_walker_back_and_adds_the_seconds() -> None:
    d = Driver(level(execution_error="back_to_start"), teams={"Red": ["Ana"]})
    to_execution(d)
    d.walk((2, 0), (1, 1))
    events = d.step(1, 0)
    assert types(events) == ["beep", "sent_back"] and events[1]["route"] == [[1, 1], [2, 0]]
    assert d.run.position is None and d.run.penalty_seconds == 10 and d.run.errors == 1
    d.walk(*WINNING_WALK)
    assert d.run.execution_done
    d.undo()  # the last exit comes back; the error stays
    d.undo()
    assert d.run.errors == 1


def test_penalty_rule_keeps_the_walker_where_it_stands() -> None:
    d = Driver(teams={"Red": ["Ana"]})
    to_execution(d)
    d.walk((2, 0), (1, 1))
    assert types(d.step(1, 0)) == ["beep"] and d.run.position == Pos(1, 1)


def test_a_snake_error_sends_every_walker_back() -> None:
    d = Driver(level(execution_walkers="snake", execution_error="back_to_start"), teams={"Red": ["Ana", "Ben"]})
    to_execution(d)
    d.walk((2, 0), (1, 1), (0, 1))
    assert len(snake_walkers(d.run)) == 2
    assert types(d.step(0, 0)) == ["beep", "sent_back"]
    assert snake_walkers(d.run) == [] and d.run.player == 0


def test_prices_are_separate_and_every_priced_event_says_its_kind_seconds_and_phase() -> None:
    d = Driver(
        level(new_beep_price_seconds=5, repeat_penalty_seconds=3, rule_break_penalty_seconds=7, retrace="manual"),
        teams={"Red": ["Ana", "Ben"]},
    )
    d.to_discovery()
    new = d.step(2, 1)[0]
    assert (new["kind"], new["seconds"], new["phase"]) == ("new", 5, "discovery")
    wrong = d.step(2, 2)[0]  # off the way back: a rule break
    assert (wrong["type"], wrong["kind"], wrong["seconds"], wrong["phase"]) == ("rule_break", "rule", 7, "discovery")
    talk = d.penalty(PenaltyKind.TALK)[0]
    rule = d.penalty(PenaltyKind.RULE)[0]
    assert (talk["kind"], talk["seconds"]) == ("talk", 30) and (rule["kind"], rule["seconds"]) == ("rule", 7)
    assert d.run.penalty_seconds == 5 + 7 + 30 + 7


def test_without_its_own_price_a_rule_break_costs_what_talking_costs() -> None:
    assert level(talk_penalty_seconds=45).rules.rule_break_seconds == 45


def test_overspending_the_budget_ends_the_game() -> None:
    d = Driver(level(budget_seconds=40))
    d.to_discovery()
    d.penalty()
    events = d.penalty()
    assert types(events) == ["penalty", "budget_spent"] and events[1]["spent"] == 60
    assert d.run.budget_spent and d.ws.legal_squares() == []
    with pytest.raises(IllegalCommand, match="budget"):
        d.step(2, 0)
    d.advance()
    assert d.run.phase is Phase.DEBRIEF
    assert Workshop.replay(d.events).state() == d.ws.state()


def test_an_old_journal_still_replays() -> None:
    events = [json.loads(line) for line in OLD_JOURNAL.read_text(encoding="utf-8").splitlines()]
    assert "new_beep_price_seconds" not in events[0]["plans"][0]["level"]["rules"]
    ws = Workshop.replay(events)
    assert ws.finished and [s.team for s in ws.summaries] == ["Red", "Blue"]
    red = ws.summaries[0]
    assert red.execution.errors == 1 and red.execution.predicted == 20
    assert red.discovery.penalties == 1  # the old talking penalty in strategy still counts
    assert [r.round for r in round_results(_team_events(events, 0))] == [1]


def _team_events(events: list[dict], team: int) -> list[dict]:
    return [e for e in events if e.get("team") == team and e["type"] != "workshop_started"]
