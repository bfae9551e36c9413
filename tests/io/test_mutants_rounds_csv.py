"""rounds.csv's columns and values, written in this process (found by mutation testing, docs/mutation.md; the demo
test checks the same file from a separate process, which a mutation tool cannot see into)."""

from __future__ import annotations

import csv
from pathlib import Path

from maze.core.events import EventType, effective_events
from maze.core.simulate import Simulator
from maze.core.workshop import Workshop
from maze.demo import run_headless, start_events
from maze.io.journal import read_journal
from maze.io.level_file import load_level
from maze.io.recorder import Recorder
from maze.io.rounds_csv import ROUNDS_CSV, round_rows
from tests.builders import Driver

SNAKE = Path(__file__).parent.parent / "data" / "levels" / "good" / "rounds-snake.yaml"


def test_each_round_of_each_team_is_one_row_with_its_figures_rounded_to_tenths(tmp_path: Path) -> None:
    level = load_level(SNAKE).level
    recorder = Recorder(Workshop(), tmp_path, durable=False)
    simulator = Simulator(2, [0.0])
    simulator.observe(recorder.issue(start_events(level, 2, 2, 2, [0.0])))
    run_headless(recorder, simulator)
    recorder.close()
    text = (tmp_path / ROUNDS_CSV).read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "team,round,predicted_seconds,actual_seconds,errors,walkers,error_rule"
    rows = list(csv.DictReader(text.splitlines()))
    events = list(effective_events(read_journal(tmp_path / "journal.jsonl").events))
    assert [(r["team"], r["round"]) for r in rows] == [
        ("Team 1", "1"),
        ("Team 1", "2"),
        ("Team 2", "1"),
        ("Team 2", "2"),
    ]
    for index, team in enumerate(("Team 1", "Team 2")):
        mine = [e for e in events if e.get("team") == index]
        finished = [e for e in mine if e["type"] == EventType.EXECUTION_FINISHED]
        predicted = [e for e in mine if e["type"] == EventType.PREDICTION]
        errors = [e for e in mine if e["type"] == EventType.BEEP and e["phase"] == "execution"]
        team_rows = [r for r in rows if r["team"] == team]
        assert [r["actual_seconds"] for r in team_rows] == [str(round(e["elapsed"], 1)) for e in finished]
        assert [r["predicted_seconds"] for r in team_rows] == [str(round(e["seconds"], 1)) for e in predicted]
        assert sum(int(r["errors"]) for r in team_rows) == len(errors)
        assert {(r["walkers"], r["error_rule"]) for r in team_rows} == {("snake", "back_to_start")}
    assert any(r["actual_seconds"] != str(round(float(r["actual_seconds"]))) for r in rows), "tenths are kept"


def test_a_round_without_a_prediction_leaves_its_cell_empty_and_no_events_give_no_rows() -> None:
    driver = Driver()
    driver.to_discovery()
    driver.walk((2, 0), (1, 1), (0, 1), (-1, 1))
    driver.advance()  # on to execution, predicting nothing
    driver.walk((2, 0), (1, 1), (0, 1), (-1, 1))
    rows = round_rows(driver.events)
    assert [(r["team"], r["round"], r["predicted_seconds"]) for r in rows] == [("Red", 1, "")]
    assert round_rows([]) == []
