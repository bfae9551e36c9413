"""The demo plays execution as in the room: two rounds, a snake, errors that send walkers back."""

from __future__ import annotations

import csv
from pathlib import Path

from maze.core.events import EventType, effective_events
from maze.core.workshop import Workshop
from maze.io.journal import read_journal
from tests.test_demo import run_maze, workshop_folder

LEVEL = str(Path(__file__).parent / "data" / "levels" / "good" / "rounds-snake.yaml")


def test_demo_writes_two_rounds_per_team_consistent_with_the_journal(tmp_path: Path) -> None:
    out = run_maze(
        *("demo", "--headless", "--no-pictures", "--level", LEVEL, "--teams", "3", "--seed", "2", "--memory", "0"),
        *("--results-dir", str(tmp_path)),
    )
    assert out.returncode == 0, out.stderr
    folder = workshop_folder(tmp_path)
    events = list(effective_events(read_journal(folder / "journal.jsonl").events))
    rows = list(csv.DictReader((folder / "rounds.csv").open(encoding="utf-8-sig")))
    assert [(r["team"], r["round"]) for r in rows] == [
        (team, str(n)) for team in ("Team 1", "Team 2", "Team 3") for n in (1, 2)
    ]
    assert {r["walkers"] for r in rows} == {"snake"} and {r["error_rule"] for r in rows} == {"back_to_start"}
    assert any(e["type"] == EventType.SENT_BACK for e in events)  # forgetful teams err, and go back
    for index, team in enumerate(("Team 1", "Team 2", "Team 3")):
        mine = [e for e in events if e.get("team") == index and e["type"] != EventType.WORKSHOP_STARTED]
        finished = [e for e in mine if e["type"] == EventType.EXECUTION_FINISHED]
        predicted = [e for e in mine if e["type"] == EventType.PREDICTION]
        errors = [e for e in mine if e["type"] == EventType.BEEP and e["phase"] == "execution"]
        sent_back = [e for e in mine if e["type"] == EventType.SENT_BACK]
        team_rows = [r for r in rows if r["team"] == team]
        assert [float(r["actual_seconds"]) for r in team_rows] == [round(e["elapsed"], 1) for e in finished]
        assert [float(r["predicted_seconds"]) for r in team_rows] == [round(e["seconds"], 1) for e in predicted]
        assert sum(int(r["errors"]) for r in team_rows) == len(errors)
        assert len(sent_back) == len([e for e in errors if e["step"] > 1])  # a walker on the maze goes back
    results = list(csv.DictReader((folder / "results.csv").open(encoding="utf-8-sig")))
    assert {r["execution_rounds"] for r in results} == {"2"}
    for result in results:
        team_rows = [r for r in rows if r["team"] == result["team"]]
        assert float(result["execution_seconds"]) in [float(r["actual_seconds"]) for r in team_rows]
    assert Workshop.replay(read_journal(folder / "journal.jsonl").events).finished


def test_simulated_teams_stop_when_their_budget_is_spent(tmp_path: Path) -> None:
    level = tmp_path / "budget.yaml"
    level.write_text(
        "name: Tight\nrules:\n  budget_seconds: 20\n  new_beep_price_seconds: 5\n"
        "grid: |\n  . # . .\n  . # . .\n  . . # .\n  . # . .\n",
        encoding="utf-8",
    )
    out = run_maze(
        "demo", "--headless", "--no-pictures", "--level", str(level), "--teams", "2", "--results-dir", str(tmp_path)
    )
    assert out.returncode == 0, out.stderr
    events = read_journal(workshop_folder(tmp_path) / "journal.jsonl").events
    spent = [e for e in events if e["type"] == EventType.BUDGET_SPENT]
    assert spent and all(e["spent"] > e["budget"] for e in spent)
    assert events[-1]["type"] == EventType.WORKSHOP_FINISHED
