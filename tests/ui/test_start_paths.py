"""The ways into the window (maze/ui/start): what the first frame waits for, and what comes right after it."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from maze.cli import parse_args
from maze.resources import LEVELS_DIR
from maze.ui.start.demo import DemoPilot
from maze.ui.start.play import build_play_app


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ELECTRIC_MAZE_HOME", str(tmp_path / "home"))
    return tmp_path


def test_a_prepared_setup_opens_on_its_level_and_reads_the_others_after_the_first_frame(home: Path) -> None:
    mine = home / "home" / "levels"
    args = parse_args(["--level", "winding-8x12", "--team", "Red: 3", "--results-dir", str(home / "r")])
    app = build_play_app(args, time_source=lambda: 0.0)
    try:
        setup = app.top
        assert [label for label, _ in setup.defaults.levels] == ["Winding field (8 x 12) (--level)"]
        assert setup.level.value == "Winding field (8 x 12) (--level)"
        app.frame()  # the first frame: drawn with the one level
        assert app.frames_drawn == 1 and len(setup.defaults.levels) == 1
        mine.mkdir(parents=True, exist_ok=True)  # a level of one's own, found when the others are read
        (mine / "mine.yaml").write_text("name: Mine\ngrid: |\n  ##\n  ##\n", encoding="utf-8")
        app.frame()
        labels = [label for label, _ in setup.defaults.levels]
        bundled = len(list(LEVELS_DIR.glob("*.yaml")))
        assert len(labels) == 1 + bundled + 1 and labels[1] == "Classic carpet (6 x 9)" and labels[-1] == "Mine (yours)"
        assert setup.level.value == "Winding field (8 x 12) (--level)"  # still the chosen one
        assert setup.level.options == labels
    finally:
        pygame.quit()


def test_teams_alone_open_setup_on_the_classic_carpet(home: Path) -> None:
    app = build_play_app(parse_args(["--team", "Red: 3", "--results-dir", str(home / "r")]), lambda: 0.0)
    try:
        assert [label for label, _ in app.top.defaults.levels] == ["Classic carpet (6 x 9)"]
        app.frame()
        app.frame()
        assert len(app.top.defaults.levels) == len(list(LEVELS_DIR.glob("*.yaml")))
    finally:
        pygame.quit()


class _Ctx:
    """Just what the pilot reads and calls: the workshop, the time, and issue (as a key's action does)."""

    def __init__(self, workshop: object, now: float) -> None:
        self.workshop, self.now, self.issued = workshop, now, []

    def issue(self, command: object) -> list[object]:
        self.issued.append(command)
        return []


class _Run:
    paused = False


class _Workshop:
    current = _Run()


class _Simulator:
    def __init__(self) -> None:
        self.asked = 0

    def decide(self, workshop: object) -> tuple[float, object]:
        from maze.core.commands import Tick

        self.asked += 1
        return 4.0, Tick(0.0)


def test_the_demo_pilot_gives_each_command_through_the_context_when_its_time_comes() -> None:
    ctx, simulator = _Ctx(_Workshop(), 10.0), _Simulator()
    pilot = DemoPilot(ctx, simulator, speed=2.0)  # type: ignore[arg-type]
    pilot()
    assert ctx.issued == [] and pilot.due == 12.0  # 4 s of the simulation at twice the speed
    ctx.now = 11.9
    pilot()
    assert ctx.issued == []
    ctx.now = 12.0
    pilot()
    assert len(ctx.issued) == 1 and ctx.issued[0].t == 12.0 and simulator.asked == 1
    _Workshop.current.paused = True
    try:
        ctx.now = 30.0
        pilot()
        assert len(ctx.issued) == 1 and pilot.due is None  # never while paused
    finally:
        _Workshop.current.paused = False
