"""SIGTERM (a laptop shutting down, `kill`) mid-workshop ends the game as a confirmed quit does: no question
that nobody is there to answer, the journal closed whole, one line saying where the workshop is kept."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pygame
import pytest

from maze.core.team import Phase
from maze.io.journal import read_journal
from maze.ui.driver import Game
from maze.ui.start.window import run
from tests.ui.test_game_flow import TINY, to_discovery


def test_sigterm_mid_discovery_saves_and_ends_without_a_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ELECTRIC_MAZE_HOME", str(tmp_path / "home"))
    game = Game.start(["--results-dir", str(tmp_path / "results"), "--level", TINY, "--team", "Red: Ana, Ben"])
    game.press(pygame.K_RETURN)
    to_discovery(game)
    assert game.run.phase is Phase.DISCOVERY
    before = signal.getsignal(signal.SIGTERM)
    term = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGTERM))
    give_up = threading.Timer(10, setattr, (game.app, "running", False))  # a question would hold the loop: no hang
    term.start()
    give_up.start()
    try:
        assert run(game.app) == 0
    finally:
        term.cancel()
        give_up.cancel()
    said = capsys.readouterr().err.splitlines()
    folder = game.ctx.recorder.folder
    assert said[-1] == f"electric-maze: stopped (SIGTERM); {folder} keeps the workshop (--resume)"
    assert not game.app.top.asks_to_quit and not game.app.top.modal, "SIGTERM asked the quit question"
    assert signal.getsignal(signal.SIGTERM) is before  # the test process's own handler is back
    read = read_journal(folder / "journal.jsonl")
    assert read.skipped == 0 and not read.torn  # closed whole
    kinds = [e["type"] for e in read.events]
    assert kinds.count("team_started") == 1 and "workshop_finished" not in kinds  # resumable, mid-discovery
