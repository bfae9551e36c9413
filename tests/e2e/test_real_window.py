"""The real program in a real X window under Xvfb, played with real key presses from xdotool."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

import pytest

from tests.e2e.xsession import Program, XDisplay

pytestmark = pytest.mark.window
TINY = str(Path(__file__).parent.parent / "data" / "levels" / "good" / "tiny.yaml")
ROUTE = ("Left", "Up", "e", "Up", "Up")  # from the middle of the START band, up the tiny maze's route


@pytest.fixture
def display():
    xd = XDisplay()
    yield xd
    xd.close()


def journal_types(folder: Path) -> list[str]:
    return [json.loads(line)["type"] for line in (folder / "journal.jsonl").read_text().splitlines()]


def await_journal(results: Path, done, timeout: float = 30) -> list[str]:  # noqa: ANN001 - done(types) -> bool
    """Poll the journal until `done(event types)` holds."""
    deadline = time.monotonic() + timeout
    while True:
        folders = [p for p in results.iterdir() if p.is_dir()] if results.exists() else []
        types = journal_types(folders[0]) if len(folders) == 1 and (folders[0] / "journal.jsonl").exists() else []
        if done(types):
            return types
        if time.monotonic() > deadline:
            raise AssertionError(f"the journal never got there: {types}")
        time.sleep(0.05)


def beep_then_walk_back(game: Program, results: Path, beeps: int) -> None:
    """Up onto the tiny maze's beeping middle square; wait for the beep in the journal, for its flash on the
    window's border, and for the flash to end (on the tiny maze the flash outlasts the walk back)."""
    calm = game.pixel(2, 2)
    assert calm is not None and calm != (0, 0, 0)
    game.keys("Up")
    await_journal(results, lambda types: types.count("beep") == beeps)
    game.await_pixel(2, 2, calm, leave=True)  # the flash is on screen (the journal is written before the frame)
    game.await_pixel(2, 2, calm)


def only_workshop(results: Path) -> Path:
    folders = [p for p in results.iterdir() if p.is_dir()]
    assert len(folders) == 1, folders
    return folders[0]


def test_a_workshop_played_with_real_keys(display: XDisplay, tmp_path: Path) -> None:
    results = tmp_path / "results"
    game = Program(
        display, tmp_path, "--level", TINY, "--team", "Red: Ana, Ben", "--results-dir", str(results), "--windowed"
    )
    game.keys("Return", "Return", "Return")  # start, briefing, strategy
    beep_then_walk_back(game, results, beeps=1)  # Ana beeps on the middle square and walks back
    game.keys(*ROUTE)  # Ben finds the route
    game.keys("Return")  # on to execution
    game.keys("2", "0", "Return")  # predicted 20 s
    game.keys(*ROUTE, *ROUTE)
    game.keys("Return", "Return")  # team debrief, workshop debrief
    game.keys("Return", "Left", "Return")  # finish? yes (the answer starts on No)
    assert game.wait(30) == 0
    folder = only_workshop(results)
    assert journal_types(folder)[-1] == "workshop_finished"
    row = next(csv.DictReader((folder / "results.csv").open(encoding="utf-8-sig")))
    assert row["found_path"] == "yes" and row["beeps"] == "1" and row["predicted_seconds"] == "20"
    assert (folder / "debrief-workshop-learning.png").stat().st_size > 10_000
    assert "Traceback" not in game.proc.stderr.read()


def test_pull_the_plug_mid_discovery_then_resume(display: XDisplay, tmp_path: Path) -> None:
    results = tmp_path / "results"
    game = Program(display, tmp_path, "--level", TINY, "--team", "Red: Ana, Ben", "--results-dir", str(results))
    game.keys("Return", "Return", "Return")
    beep_then_walk_back(game, results, beeps=1)
    game.keys("Left", "Up", "e")  # Ben is two squares in
    await_journal(results, lambda types: types.count("step") == 2)
    folder = only_workshop(results)
    before = journal_types(folder)
    game.kill()  # kill -9: no chance to save anything more
    assert before.count("step") == 2 and before.count("beep") == 1

    again = Program(display, tmp_path, "--resume", "--results-dir", str(results))
    assert journal_types(folder)[: len(before)] == before
    again.keys("space")  # resumed paused: the facilitator carries on
    again.keys("Up", "Up")  # Ben goes on from where he stood, and out
    again.keys("Return", *ROUTE, *ROUTE, "Return", "Return", "Return", "Left", "Return")
    assert again.wait(30) == 0
    types = journal_types(folder)
    assert types[: len(before)] == before and types[-1] == "workshop_finished"
    assert "resumed" in again.proc.stderr.read()


def test_two_rounds_of_a_snake_with_back_to_start_in_a_real_window(display: XDisplay, tmp_path: Path) -> None:
    relay = str(Path(__file__).parent.parent / "data" / "levels" / "good" / "rounds-snake.yaml")
    front = ("Up", "e", "Up", "e", "Up")  # from (row 4, col 1): up the relay route and off the exit
    following = ("Up", "e", "Up")  # the next walker, two squares behind: the rest of the route
    results = tmp_path / "results"
    game = Program(display, tmp_path, "--level", relay, "--team", "Red: Ana, Ben", "--results-dir", str(results))
    game.keys("Return", "Return", "Down", "Left", "Return")  # start, briefing; Ben walks first; discovery
    game.keys("Left", "Left", *front)  # Ben finds the route
    game.keys("Return", "2", "0", "Return")  # round 1: predicted 20 s
    calm = game.pixel(2, 2)
    game.keys("Left", "Left", "Up", "Up")  # Ben onto the route, then a beep: back to the start
    await_journal(results, lambda types: "sent_back" in types)
    game.await_pixel(2, 2, calm, leave=True)  # the beep's flash; keys are not taken until the walk back is over,
    game.await_pixel(2, 2, calm)  # and Ben's two squares back take less time than the flash
    game.keys(*front, *following)
    game.keys("Return", "9", "Return")  # round 2: predicted 9 s
    game.keys("Left", "Left", *front, *following)
    game.keys("Return", "Return", "Return", "Left", "Return")  # team debrief, workshop debrief, finish? yes
    assert game.wait(30) == 0
    folder = only_workshop(results)
    types = journal_types(folder)
    assert types[-1] == "workshop_finished" and types.count("sent_back") == 1 and types.count("round_started") == 1
    rows = list(csv.DictReader((folder / "rounds.csv").open(encoding="utf-8-sig")))
    assert [(r["round"], r["predicted_seconds"], r["errors"], r["walkers"], r["error_rule"]) for r in rows] == [
        ("1", "20", "1", "snake", "back_to_start"),
        ("2", "9", "0", "snake", "back_to_start"),
    ]
    assert "Traceback" not in game.proc.stderr.read()
