"""Team styles in demo mode: the bold team and the cautious team show the flip, and results.csv's new
columns agree with the journal and beeps.csv."""

from __future__ import annotations

import csv
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from maze.core.events import EventType, effective_events
from maze.io.journal import read_journal


def run_demo(results: Path, *args: str) -> Path:
    out = subprocess.run(
        [sys.executable, "-m", "maze", "demo", "--headless", "--no-pictures", "--results-dir", str(results), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    (folder,) = [p for p in results.iterdir() if p.is_dir()]
    return folder


def rows_of(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_bold_and_cautious_flip_between_the_failures_and_learning_lenses(tmp_path: Path) -> None:
    flips = []
    for seed in range(1, 11):
        rows = rows_of(run_demo(tmp_path / str(seed), "--styles", "bold,cautious", "--seed", str(seed)), "results.csv")
        bold, cautious = rows
        flips.append(cautious["rank_failures"] == "1" and bold["rank_learning"] == "1")
        assert int(bold["failures_on_record"]) > 0
    assert sum(flips) >= 8, f"the flip showed for seeds {[s for s, f in zip(range(1, 11), flips, strict=True) if f]}"


def test_styles_name_the_choices_when_one_is_unknown(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "maze", "demo", "--headless", "--styles", "bold,brave", "--results-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 2
    assert "brave" in out.stderr and "cautious" in out.stderr and "Traceback" not in out.stderr


def walker_pauses(events: list[dict]) -> tuple[list[float], list[float]]:
    """Pauses before untried and known safe squares, worked out afresh (a demo never pauses)."""
    untried: list[float] = []
    known: list[float] = []
    touched: set[tuple[int, int]] = set()
    safe: set[tuple[int, int]] = set()
    mark = None
    phase = ""
    for e in events:
        if e["type"] == EventType.PHASE_CHANGED:
            phase = e["phase"]
            mark = e["t"]
        elif phase != "discovery":
            continue
        elif e["type"] in (EventType.TURN_PASSED, EventType.RETRACE_STEP, EventType.RULE_BREAK):
            mark = e["t"]
        elif e["type"] in (EventType.STEP, EventType.BEEP):
            square = (e["row"], e["col"])
            if square not in touched:
                untried.append(e["t"] - mark)
            elif square in safe:
                known.append(e["t"] - mark)
            mark = e["t"]
            touched.add(square)
            if e["type"] == EventType.STEP:
                safe.add(square)
    return untried, known


def empty_attempts(events: list[dict]) -> int:
    seen: set[tuple[int, int]] = set()
    turns: dict[int, bool] = {}
    turn = 1
    phase = ""
    for e in events:
        if e["type"] == EventType.PHASE_CHANGED:
            phase = e["phase"]
        elif e["type"] == EventType.TURN_PASSED:
            turn = e["turn"]
        elif phase == "discovery" and e["type"] in (EventType.STEP, EventType.BEEP, EventType.ROUTE_FOUND):
            square = (e.get("row"), e.get("col"))
            taught = e["type"] == EventType.ROUTE_FOUND or square not in seen
            turns[turn] = turns.get(turn, False) or taught
            seen.add(square)
    return sum(1 for taught in turns.values() if not taught)


@pytest.fixture(scope="module")
def styled_demo(tmp_path_factory) -> Path:
    return run_demo(tmp_path_factory.mktemp("styled"), "--styles", "bold,cautious,sloppy,forgetful", "--seed", "3")


def test_every_new_results_column_agrees_with_the_journal_and_beeps_csv(styled_demo: Path) -> None:
    rows = rows_of(styled_demo, "results.csv")
    beeps = rows_of(styled_demo, "beeps.csv")
    events = list(effective_events(read_journal(styled_demo / "journal.jsonl").events))
    assert len(rows) == 4
    for index, row in enumerate(rows):
        mine = [b for b in beeps if b["team"] == row["team"]]
        assert int(row["failures_on_record"]) == len(mine)
        team_events = [e for e in events if e.get("team") == index and e["type"] != EventType.WORKSHOP_STARTED]
        found = [e for e in team_events if e["type"] == EventType.ROUTE_FOUND]
        assert row["minutes_to_route"] == (f"{round(found[0]['elapsed'] / 60, 2)}" if found else "")
        new = [b for b in mine if b["kind"] == "new"]
        minutes = float(row["discovery_seconds"]) / 60
        assert float(row["new_beeps_per_minute"]) == pytest.approx(len(new) / minutes, abs=0.01)
        own = others = 0
        earlier: list[dict[str, str]] = []
        for beep in mine:
            if beep["kind"] == "repeat":
                same = [
                    b
                    for b in earlier
                    if (b["row"], b["col"], b["player"]) == (beep["row"], beep["col"], beep["player"])
                ]
                own, others = (own + 1, others) if same else (own, others + 1)
            earlier.append(beep)
        assert (int(row["own_repeat_beeps"]), int(row["others_repeat_beeps"])) == (own, others)
        assert own + others == int(row["repeat_beeps"])
        untried, known = walker_pauses(team_events)
        assert float(row["median_pause_untried_s"]) == pytest.approx(statistics.median(untried), abs=0.051)
        assert float(row["median_pause_known_s"]) == pytest.approx(statistics.median(known), abs=0.051)
        assert int(row["attempts_without_new_info"]) == empty_attempts(team_events)


def test_the_ranks_follow_each_lens(styled_demo: Path) -> None:
    rows = rows_of(styled_demo, "results.csv")
    assert all(r["found_path"] == "yes" for r in rows)  # every team finished: no outcome tier in play

    def rank_of(values: list[float]) -> list[int]:
        return [1 + sum(other < value for other in values) for value in values]

    assert [int(r["rank_failures"]) for r in rows] == rank_of([float(r["failures_on_record"]) for r in rows])
    assert [int(r["rank_learning"]) for r in rows] == rank_of([float(r["minutes_to_route"]) for r in rows])
    for a in rows:
        for b in rows:
            if float(a["score_seconds"]) < float(b["score_seconds"]):
                assert int(a["rank_execution"]) < int(b["rank_execution"])


def test_a_sloppy_team_learns_well_and_executes_badly(styled_demo: Path) -> None:
    bold, cautious, sloppy, forgetful = rows_of(styled_demo, "results.csv")
    assert int(sloppy["execution_errors"]) > max(int(r["execution_errors"]) for r in (bold, cautious, forgetful))
    assert int(sloppy["repeat_beeps"]) < int(forgetful["repeat_beeps"])
    assert float(cautious["median_pause_untried_s"]) > float(bold["median_pause_untried_s"])


def test_memory_still_sets_each_team_and_overrides_a_styles_memory() -> None:
    from maze.demo import demo_simulator, resumed_simulator

    plain = demo_simulator(1, "0.9,0.2", None)
    assert (plain.memory_of(0), plain.memory_of(1), plain.styles) == (0.9, 0.2, [])
    styled = demo_simulator(1, "0.4", "bold,cautious")
    assert [s.name for s in styled.styles] == ["bold", "cautious"]
    assert (styled.memory_of(0), styled.memory_of(1)) == (0.4, 0.4)
    again = resumed_simulator({"seed": 1, "memories": styled.memories, "styles": ["bold", "cautious"]})
    assert again.styles == styled.styles
    old = resumed_simulator({"seed": 1, "memories": [0.9, 0.3]})  # a journal from before styles
    assert old.styles == [] and old.memory_of(1) == 0.3


def test_a_stopped_styled_demo_resumes_as_if_it_had_never_stopped(tmp_path: Path) -> None:
    from maze.core.workshop import Workshop
    from maze.demo import demo_simulator, run_headless, start_events
    from maze.io.level_file import load_level
    from maze.io.recorder import Recorder
    from maze.resources import LEVELS_DIR

    level = load_level(LEVELS_DIR / "classic.yaml").level
    part = tmp_path / "part"
    part.mkdir()
    simulator = demo_simulator(5, None, "bold,cautious")
    recorder = Recorder(Workshop(), part, durable=False)
    simulator.observe(recorder.issue(start_events(level, 2, 4, 5, simulator.memories, styles=["bold", "cautious"])))
    run_headless(recorder, simulator, stop_after=300)
    recorder.close()
    out = subprocess.run(
        [sys.executable, "-m", "maze", "demo", "--headless", "--no-pictures", "--resume", str(part / "journal.jsonl")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    whole = run_demo(tmp_path / "whole", "--styles", "bold,cautious", "--seed", "5")
    assert (part / "results.csv").read_text() == (whole / "results.csv").read_text()
