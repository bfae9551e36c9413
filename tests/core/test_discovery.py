import pytest

from maze.core.commands import ExtendTime, IllegalCommand, Pause, Resume, Step, Tick
from maze.core.events import EventType
from maze.core.grid import Pos
from maze.core.team import Phase
from tests.builders import WINNING_WALK, Driver, level, types


def test_phases_run_in_order() -> None:
    d = Driver()
    assert d.run.phase is Phase.BRIEFING
    d.advance()
    assert d.run.phase is Phase.STRATEGY
    d.advance()
    assert d.run.phase is Phase.DISCOVERY


def test_first_beep_is_new_then_repeat_and_turn_passes() -> None:
    d = Driver()
    d.to_discovery()
    first = d.step(2, 1)
    assert types(first) == ["beep", "retrace", "turn_passed"]
    assert first[0]["kind"] == "new" and first[0]["player"] == 0 and first[0]["step"] == 1
    assert d.run.player == 1 and d.run.turn == 2 and not d.run.on_maze
    again = d.step(2, 1)
    assert again[0]["kind"] == "repeat" and again[0]["player"] == 1
    assert d.run.player == 0, "turn order wraps around"


def test_auto_retrace_gives_the_route_back() -> None:
    d = Driver()
    d.to_discovery()
    d.walk((2, 0), (1, 1))
    beep = d.step(0, 0)
    retrace = next(e for e in beep if e["type"] == EventType.RETRACE)
    assert retrace["route"] == [[1, 1], [2, 0]]
    assert beep[0]["step"] == 3


def test_route_found_ends_discovery() -> None:
    d = Driver()
    d.to_discovery()
    events = d.walk(*WINNING_WALK)
    assert types(events)[-2:] == ["route_found", "discovery_ended"]
    assert d.run.discovery_over and d.run.found and not d.run.revealed
    with pytest.raises(IllegalCommand):
        d.step(2, 0)


@pytest.mark.parametrize(
    "squares, message",
    [
        ([(0, 1)], "from the bottom edge"),
        ([(2, 0), (0, 0)], "one square at a time"),
        ([(2, 0), (3, 0)], "across the top edge"),
    ],
)
def test_illegal_steps_are_refused_without_events(squares, message) -> None:
    d = Driver()
    d.to_discovery()
    *ok, bad = squares
    d.walk(*ok)
    before = len(d.events)
    with pytest.raises(IllegalCommand, match=message):
        d.step(*bad)
    assert len(d.events) == before


def test_no_diagonals_when_the_level_says_so() -> None:
    d = Driver(level([". # .", ". # .", "# # ."], diagonal=False))  # a straight route up the middle
    d.to_discovery()
    d.step(2, 0)
    with pytest.raises(IllegalCommand, match="no diagonals"):
        d.step(1, 1)


def test_manual_retrace_walks_back_and_records_a_wrong_step() -> None:
    d = Driver(level(retrace="manual"))
    d.to_discovery()
    d.walk((2, 0), (1, 1))
    assert types(d.step(1, 2)) == ["beep"]
    assert d.run.retrace_route == [Pos(1, 1), Pos(2, 0)]
    wrong = d.step(0, 1)
    assert types(wrong) == ["rule_break"] and wrong[0]["seconds"] == 30
    assert d.run.position == Pos(1, 2), "a wrong step is not taken"
    assert types(d.walk((1, 1), (2, 0))) == ["retrace_step", "retrace_step"]
    assert types(d.step(3, 0)) == ["turn_passed"]
    assert d.run.player == 1 and not d.run.on_maze


def test_penalties_use_the_level_seconds() -> None:
    d = Driver(level(talk_penalty_seconds=45))
    d.to_discovery()
    events = d.penalty()
    assert events[0]["seconds"] == 45 and d.run.penalty_seconds == 45


def test_repeat_beeps_cost_the_repeat_penalty() -> None:
    d = Driver(level(repeat_penalty_seconds=5))
    d.to_discovery()
    d.step(2, 1)
    assert d.run.penalty_seconds == 0
    d.step(2, 1)
    assert d.run.penalty_seconds == 5


def test_pause_stops_the_clock_and_refuses_steps() -> None:
    d = Driver()
    d.to_discovery()
    d.do(Pause(d.at(10)))
    with pytest.raises(IllegalCommand, match="paused"):
        d.step(2, 0)
    d.do(Resume(d.at(100)))
    assert d.ws.elapsed(d.now) == pytest.approx(10)
    assert d.ws.elapsed(d.now + 5) == pytest.approx(15)


def test_time_limit_runs_out_then_extend_or_reveal() -> None:
    d = Driver(level(discovery_minutes=1))
    d.to_discovery()
    assert d.do(Tick(d.at(30))) == []
    up = d.do(Tick(d.at(40)))
    assert types(up) == ["time_up"] and up[0]["elapsed"] == 60
    with pytest.raises(IllegalCommand, match="time is up"):
        d.step(2, 0)
    d.do(ExtendTime(d.at(1), minutes=2))
    assert d.ws.time_left(d.now) == pytest.approx(120)
    d.do(Tick(d.at(200)))
    d.advance()  # the facilitator ends discovery: the route is revealed
    assert d.run.discovery_over and d.run.revealed and not d.run.found


def test_a_step_after_the_limit_is_a_time_up_not_a_step() -> None:
    d = Driver(level(discovery_minutes=1))
    d.to_discovery()
    assert types(d.step(2, 0, after=61)) == ["time_up"]
    assert not d.run.on_maze


def test_clock_never_runs_backwards() -> None:
    d = Driver()
    d.to_discovery()
    d.step(2, 0, after=10)
    late = d.ws.handle(Step(d.now - 5, Pos(1, 1)))
    assert late[0]["t"] == d.now


def test_attempts_made_counts_walkers_who_stepped_on_as_the_debrief_does() -> None:
    from maze.core.stats import team_stats

    d = Driver()
    d.to_discovery()
    assert d.run.attempts_made == 0  # Ana waits at START
    d.step(2, 1)  # Ana beeps: one attempt, and Ben is on turn
    assert d.run.turn == 2 and d.run.attempts_made == 1
    d.step(2, 0)  # Ben is on the maze: his attempt counts
    assert d.run.attempts_made == 2
    d.advance()  # discovery ended here: the debrief counts the same attempts
    assert team_stats(d.ws.team_log).discovery.turns == 2


def test_a_maze_with_no_route_under_its_rules_cannot_start_a_workshop() -> None:
    from maze.core.commands import StartWorkshop, TeamPlan, TeamSpec
    from maze.core.workshop import Workshop

    needs_diagonals = level(["# . .", ". # .", ". . #"], diagonal=False)
    with pytest.raises(IllegalCommand, match="no route"):
        Workshop().handle(StartWorkshop(0, (TeamSpec("Red", ("Ana",)),), (TeamPlan(needs_diagonals),), 0))
