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
    game.keys("Up")  # Ana beeps on the middle square
    time.sleep(1.5)  # the walk back
    game.keys(*ROUTE)  # Ben finds the route
    game.keys("Return")  # on to execution
    game.keys("2", "0", "Return")  # predicted 20 s
    game.keys(*ROUTE, *ROUTE)
    game.keys("Return", "Return")  # team debrief, workshop debrief
    game.keys("Return", "Return")  # finish? yes
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
    game.keys("Return", "Return", "Return", "Up")
    time.sleep(1.5)
    game.keys("Left", "Up", "e")  # Ben is two squares in
    folder = only_workshop(results)
    before = journal_types(folder)
    game.kill()  # kill -9: no chance to save anything more
    assert before.count("step") == 2 and before.count("beep") == 1

    again = Program(display, tmp_path, "--resume", "--results-dir", str(results))
    assert journal_types(folder)[: len(before)] == before
    again.keys("space")  # resumed paused: the facilitator carries on
    again.keys("Up", "Up")  # Ben goes on from where he stood, and out
    again.keys("Return", *ROUTE, *ROUTE, "Return", "Return", "Return", "Return")
    assert again.wait(30) == 0
    types = journal_types(folder)
    assert types[: len(before)] == before and types[-1] == "workshop_finished"
    assert "resumed" in again.proc.stderr.read()
