"""Screen tests: the real app under SDL's dummy drivers, driven by posted pygame events."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from maze.cli import COMMANDS  # noqa: E402
from maze.ui.driver import Game  # noqa: E402


@pytest.fixture
def make_game(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    monkeypatch.setenv("ELECTRIC_MAZE_HOME", str(tmp_path / "home"))
    games: list[Game] = []

    def make(*argv: str, size: tuple[int, int] = (1024, 768)) -> Game:
        command = [argv[0]] if argv and argv[0] in COMMANDS else []
        rest = argv[len(command) :]
        game = Game.start(
            [*command, "--results-dir", str(tmp_path / "results"), "--size", f"{size[0]}x{size[1]}", *rest]
        )
        games.append(game)
        return game

    yield make
    for game in games:
        game.close()
