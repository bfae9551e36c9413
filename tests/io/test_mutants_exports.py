"""results.csv and beeps.csv cell by cell, written in this process (found by mutation testing, docs/mutation.md;
the demo tests check the same files from a separate process, which a mutation tool cannot see into)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from maze.core.events import EventType, effective_events
from maze.core.stats import Lens, ranks
from maze.core.workshop import Workshop
from maze.demo import demo_simulator, run_headless, start_events
from maze.io.exports import BEEPS_CSV, RESULT_COLUMNS, RESULTS_CSV, clock_text, write_results
from maze.io.journal import read_journal
from maze.io.level_file import load_level
from maze.io.recorder import Recorder
from maze.resources import LEVELS_DIR
from tests.builders import Driver

STYLES = ["bold", "cautious", "sloppy", "forgetful"]


@pytest.fixture
def played(tmp_path: Path) -> tuple[Path, Workshop]:
    """Four simulated teams of different styles play the practice field to the end (for each test: a mutation tool
    maps the code a test runs to that test, and a fixture shared by a module runs inside only the first one)."""
    folder = tmp_path / "played"
    level = load_level(LEVELS_DIR / "practice-field.yaml").level
    recorder = Recorder(Workshop(), folder, durable=False)
    simulator = demo_simulator(3, None, ",".join(STYLES))
    simulator.observe(recorder.issue(start_events(level, 4, 2, 3, simulator.memories, styles=STYLES)))
    run_headless(recorder, simulator)
    recorder.close()
    return folder, recorder.workshop


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def figure(value: float | None, digits: int) -> str:
    """A figure as the file shows it: rounded to `digits` places, empty when there is none."""
    return "" if value is None else str(round(value, digits))


def test_every_results_column_holds_its_teams_figure_at_its_precision(played: tuple[Path, Workshop]) -> None:
    folder, workshop = played
    table = rows(folder / RESULTS_CSV)
    assert list(table[0]) == RESULT_COLUMNS and len(table) == len(workshop.summaries) == 4
    for row, stats in zip(table, workshop.summaries, strict=True):
        d, e, ins = stats.discovery, stats.execution, stats.insights
        assert row["team"] == stats.team and row["players"] == "; ".join(stats.players)
        assert row["level"] == stats.level == "Practice field (3 x 16)" and row["variant"] == stats.variant
        assert row["found_path"] == ("yes" if d.found else "no")
        assert row["discovery_seconds"] == figure(d.seconds, 1) and row["share_new"] == figure(d.share_new, 3)
        assert (row["turns"], row["steps"], row["beeps"]) == (str(d.turns), str(d.steps), str(d.beeps))
        assert (row["new_beeps"], row["repeat_beeps"]) == (str(d.new_beeps), str(d.repeat_beeps))
        assert row["penalty_seconds"] == figure(stats.penalty_seconds, 1)
        assert row["predicted_seconds"] == figure(e.predicted, 1) and row["execution_seconds"] == figure(e.seconds, 1)
        assert row["execution_errors"] == str(e.errors) and row["execution_rounds"] == str(e.rounds)
        assert row["score_seconds"] == figure(stats.score_seconds, 1)
        assert row["failures_on_record"] == str(ins.failures_on_record)
        assert row["minutes_to_route"] == figure(ins.minutes_to_route, 2)
        assert row["new_beeps_per_minute"] == figure(ins.new_beeps_per_minute, 2)
        assert row["attempts_without_new_info"] == str(ins.attempts_without_new_info)
        assert row["median_pause_untried_s"] == figure(ins.median_pause_untried, 1)
        assert row["median_pause_known_s"] == figure(ins.median_pause_known, 1)
        assert (row["own_repeat_beeps"], row["others_repeat_beeps"]) == (
            str(ins.own_repeat_beeps),
            str(ins.others_repeat_beeps),
        )
        for readable, seconds in (("discovery_time", "discovery_seconds"), ("execution_time", "execution_seconds")):
            assert row[readable] == clock_text(float(row[seconds]))  # the seconds beside it, as h:mm:ss
        assert row["score_time"] == clock_text(float(row["score_seconds"]))
        assert row["workshop_started"] == workshop.started_at and row["workshop_finished"] == workshop.finished_at
    for lens in Lens:  # each lens ranks the teams as the debrief does (1 = first)
        assert [int(r[f"rank_{lens.value}"]) for r in table] == ranks(workshop.summaries, lens)
    assert len({tuple(r[f"rank_{lens.value}"] for r in table) for lens in Lens}) > 1, "the lenses disagree"
    decimals = [r[c] for r in table for c in ("minutes_to_route", "new_beeps_per_minute", "median_pause_known_s")]
    assert all("." in cell for cell in decimals), "the demo's figures have fractions, so rounding shows"


def test_a_team_that_found_nothing_has_empty_cells_not_zeros(tmp_path: Path) -> None:
    driver = Driver()
    while not driver.ws.finished:
        driver.advance()  # the facilitator moves on through every phase; nobody steps
    [row] = rows(write_results(tmp_path, driver.ws.summaries))
    assert row["found_path"] == "no" and row["predicted_seconds"] == ""
    assert row["minutes_to_route"] == "" and row["median_pause_untried_s"] == "" and row["median_pause_known_s"] == ""
    assert row["workshop_started"] == "" and row["workshop_finished"] == ""


def test_every_beep_is_one_row_naming_the_player_the_square_one_based_and_the_turn(
    played: tuple[Path, Workshop],
) -> None:
    folder, workshop = played
    table = rows(folder / BEEPS_CSV)
    assert list(table[0]) == ["team", "player", "phase", "seconds", "row", "col", "kind", "turn", "step"]
    events = list(effective_events(read_journal(folder / "journal.jsonl").events))
    starts = {e["team"]: e for e in events if e["type"] == EventType.TEAM_STARTED}
    beeps = [e for e in events if e["type"] == EventType.BEEP]
    assert len(table) == len(beeps) > 10
    turn: dict[int, int] = {}
    expected = []
    for e in events:
        if e["type"] == EventType.TURN_PASSED:
            turn[e["team"]] = e["turn"]
        elif e["type"] == EventType.BEEP:
            start = starts[e["team"]]
            expected.append(
                {
                    "team": start["name"],
                    "player": start["players"][e["player"]],
                    "phase": e["phase"],
                    "seconds": str(round(e["elapsed"], 2)),
                    "row": str(e["row"] + 1),
                    "col": str(e["col"] + 1),
                    "kind": e["kind"],
                    "turn": str(turn.get(e["team"], 1)) if e["phase"] == "discovery" else "",
                    "step": str(e["step"]),
                }
            )
    assert table == expected
    assert {r["turn"] for r in table if r["phase"] == "discovery"} > {"1"}, "turns pass"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00:00"),
        (59.4, "0:00:59"),
        (59.6, "0:01:00"),
        (3600, "1:00:00"),
        (3725, "1:02:05"),
        (7199.6, "2:00:00"),
        (None, ""),
        ("", ""),
    ],
)
def test_durations_read_as_hours_minutes_seconds(seconds: float | None, text: str) -> None:
    assert clock_text(seconds) == text
