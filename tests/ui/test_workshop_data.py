"""Workshop data from the screens: an unwritable folder during play, replay, and the report."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pygame

from maze.io.journal import read_journal
from maze.ui.driver import Game
from tests.ui.test_game_flow import TINY, to_discovery

K = pygame


def test_unwritable_results_folder_then_f2_moves_everything(make_game, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    game = Game.start(["--results-dir", str(blocker), "--size", "1024x768", "--level", TINY, "--team", "Red: Ana"])
    try:
        game.press(K.K_RETURN)
        to_discovery(game)
        game.press(K.K_UP)  # a beep: play goes on although nothing can be saved
        assert game.run.beeps
        assert "Not saved: " in game.text() and "F2: save in another folder" in game.text()
        game.press(K.K_F2)
        assert type(game.screen).__name__ == "FolderPrompt"
        game.erase(400)
        target = tmp_path / "usb-stick"
        game.type(str(target))
        game.press(K.K_RETURN)
        assert game.ctx.recorder.folder == target and not game.ctx.recorder.problem
        events = read_journal(target / "journal.jsonl").events
        assert [e["type"] for e in events].count("beep") == 1
        assert "Results now go to" in game.text()
    finally:
        game.close()


def test_replay_plays_steps_back_and_changes_speed(make_game, tmp_path: Path) -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "maze",
            "demo",
            "--headless",
            "--no-pictures",
            "--teams",
            "2",
            "--results-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    journal = next(tmp_path.glob("*/journal.jsonl"))
    game = make_game("replay", str(journal), "--team", "Team 2")
    screen = game.screen
    assert "Replay: Team 2's discovery" in game.text()
    game.press(K.K_SPACE)  # pause
    first = screen.index
    game.press(K.K_RIGHT)
    game.press(K.K_RIGHT)
    assert screen.index == first + 2
    game.press(K.K_LEFT)
    assert screen.index == first + 1
    game.press(K.K_UP)
    assert screen.speed == 4
    game.press(K.K_SPACE)  # play
    game.wait(20)
    assert screen.index > first + 5
    assert "new beeps" in game.text()
    game.press(K.K_SPACE)  # pause, and go to the end: the route the team found stays on the carpet
    for _ in range(len(screen.moments)):
        game.press(K.K_RIGHT)
    last = screen.moments[screen.index]
    assert last.event["type"] == "discovery_ended" and last.run.path == []  # the walker has left the carpet
    found = next(m for m in screen.moments if m.event["type"] == "route_found")
    shown = screen.shown_safe(last)
    assert shown == list(found.run.path) and len(shown) >= last.run.level.grid.height


def test_report_merges_workshops(tmp_path: Path) -> None:
    for seed in ("1", "2"):
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "maze",
                "demo",
                "--headless",
                "--no-pictures",
                "--teams",
                "2",
                "--seed",
                seed,
                "--results-dir",
                str(tmp_path / "rooms"),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert out.returncode == 0, out.stderr
    out = subprocess.run(
        [sys.executable, "-m", "maze", "report", str(tmp_path / "rooms"), "-o", str(tmp_path / "report")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "4 teams from 2 workshops" in out.stdout
    lines = (tmp_path / "report" / "report.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("workshop,team,") and len(lines) == 5
    assert pygame.image.load(str(tmp_path / "report" / "report.png")).get_size() == (1920, 1080)
    bad = subprocess.run(
        [sys.executable, "-m", "maze", "report", str(tmp_path / "nothing-here")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and "no such file or folder" in bad.stderr and "Traceback" not in bad.stderr


def test_a_big_workshop_debrief_pages_and_fits(make_game, tmp_path: Path) -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "maze",
            "demo",
            "--headless",
            "--no-pictures",
            "--teams",
            "24",
            "--level",
            "levels/practice-field.yaml",
            "--results-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    journal = next(tmp_path.glob("*/journal.jsonl"))
    from tests.ui.test_layout_sizes import check

    game = make_game("--resume", str(journal), size=(800, 600))
    screen = game.screen
    assert type(screen).__name__ == "WorkshopDebriefScreen" and screen.pages > 1
    check(game, "workshop debrief, 24 teams, page 1")
    first_page = [t for t in game.texts() if t.startswith("Team ")]
    game.press(pygame.K_PAGEDOWN)
    assert screen.page == 1
    check(game, "workshop debrief, 24 teams, page 2")
    assert not set(first_page) & {t for t in game.texts() if t.startswith("Team ")}


def test_a_game_pad_walks_and_continues(make_game) -> None:
    from tests.ui.test_game_flow import TINY, to_discovery

    game = make_game("--level", TINY, "--team", "Red: Ana")
    pygame.event.post(pygame.event.Event(pygame.JOYBUTTONDOWN, joy=0, instance_id=0, button=0))  # A: start
    game.frames(1)
    to_discovery(game)
    for value in ((-1, 0), (0, 1)):  # d-pad: left along the START band, then up onto the maze
        pygame.event.post(pygame.event.Event(pygame.JOYHATMOTION, joy=0, instance_id=0, hat=0, value=value))
        game.frames(1)
    assert game.run.position == (2, 0)
    for axis, value in ((0, 0.9), (1, -0.9)):  # the stick: up and to the right, one step per push
        pygame.event.post(pygame.event.Event(pygame.JOYAXISMOTION, joy=0, instance_id=0, axis=axis, value=value))
    game.frames(1)
    assert game.run.position == (1, 1)
    pygame.event.post(pygame.event.Event(pygame.JOYBUTTONDOWN, joy=0, instance_id=0, button=7))  # Start: pause
    game.frames(1)
    assert game.run.paused
