"""Random keyboard, mouse, game-pad, resize and focus events through the real screens: 50,000 in the
default suite, a million in the deep one (`pytest -m slow`). The seed is printed, so a failure can be
replayed with FUZZ_SEED.

Nothing may raise (the driver runs the app strictly: a screen's exception fails the test), and the
workshop must stay consistent with its journal. When the random input happens to quit, the game is
started again with --resume and the barrage goes on.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pygame
import pytest

from maze.core.workshop import Workshop
from maze.io.journal import read_journal
from maze.ui.actions import MOVE_KEYS
from maze.ui.driver import Game

TINY = str(Path(__file__).parent.parent / "data" / "levels" / "good" / "tiny.yaml")
SEED = int(os.environ.get("FUZZ_SEED", "20261122"))
PER_FRAME = 1_000
# F2 opens the folder prompt, where random typing names random folders to create: not on this machine.
KEYS = [
    k
    for k in list(MOVE_KEYS)
    + [
        pygame.K_RETURN,
        pygame.K_ESCAPE,
        pygame.K_SPACE,
        pygame.K_BACKSPACE,
        pygame.K_TAB,
        pygame.K_PAGEUP,
        pygame.K_PAGEDOWN,
        pygame.K_F1,
        pygame.K_F5,
        pygame.K_F11,
        pygame.K_t,
        pygame.K_r,
        pygame.K_n,
        pygame.K_m,
        pygame.K_h,
        pygame.K_x,
        pygame.K_l,
        pygame.K_g,
        pygame.K_p,
        pygame.K_k,
        pygame.K_y,
        pygame.K_s,
        pygame.K_0,
        pygame.K_5,
        pygame.K_9,
        pygame.K_KP_ENTER,
        pygame.K_F3,
    ]
]
MODS = [0] * 12 + [pygame.KMOD_CTRL, pygame.KMOD_SHIFT, pygame.KMOD_CTRL | pygame.KMOD_SHIFT]


def random_event(rng: random.Random, size: tuple[int, int]) -> pygame.event.Event:
    roll = rng.random()
    pos = (rng.randrange(size[0]), rng.randrange(size[1]))
    if roll < 0.55:
        return pygame.event.Event(pygame.KEYDOWN, key=rng.choice(KEYS), mod=rng.choice(MODS), unicode="", scancode=0)
    if roll < 0.62:
        return pygame.event.Event(pygame.TEXTINPUT, text=rng.choice("aZé9 ,.-漢"))
    if roll < 0.72:
        return pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=rng.choice([1, 1, 1, 3]), pos=pos)
    if roll < 0.78:
        return pygame.event.Event(pygame.MOUSEBUTTONUP, button=1, pos=pos)
    if roll < 0.84:
        return pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(1, 1), buttons=(rng.randint(0, 1), 0, 0))
    if roll < 0.88:
        return pygame.event.Event(
            pygame.JOYHATMOTION, joy=0, instance_id=0, hat=0, value=(rng.randint(-1, 1), rng.randint(-1, 1))
        )
    if roll < 0.92:
        return pygame.event.Event(
            pygame.JOYAXISMOTION, joy=0, instance_id=0, axis=rng.randint(0, 3), value=rng.uniform(-1, 1)
        )
    if roll < 0.95:
        return pygame.event.Event(pygame.JOYBUTTONDOWN, joy=0, instance_id=0, button=rng.randint(0, 10))
    if roll < 0.97:
        return pygame.event.Event(
            rng.choice([pygame.WINDOWFOCUSLOST, pygame.WINDOWFOCUSGAINED, pygame.WINDOWEXPOSED, pygame.JOYDEVICEADDED]),
            device_index=0,
        )
    if roll < 0.975:
        return pygame.event.Event(pygame.QUIT)
    if roll < 0.98:
        return pygame.event.Event(pygame.VIDEORESIZE, size=size, w=size[0], h=size[1])
    return pygame.event.Event(pygame.FINGERDOWN, x=rng.random(), y=rng.random(), finger_id=0, touch_id=0)


def consistent(game: Game) -> None:
    recorder = game.ctx.recorder
    if recorder is None or not recorder.recording or not recorder.journal_path.exists():
        return
    events = read_journal(recorder.journal_path).events
    assert Workshop.replay(events).state() == game.ctx.workshop.state()


@pytest.mark.parametrize(
    "events",
    [pytest.param(50_000, id="50k"), pytest.param(1_000_000, id="1M", marks=pytest.mark.slow)],
)
def test_random_events(events: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    print(f"random input: seed {SEED} (FUZZ_SEED={SEED} replays it), {events} events")
    monkeypatch.setenv("ELECTRIC_MAZE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    rng = random.Random(SEED)
    results = str(tmp_path / "results")
    args = [
        "--results-dir",
        results,
        "--size",
        "800x600",
        "--level",
        TINY,
        "--team",
        "Red: Ana, Ben",
        "--team",
        "Blue: 3",
    ]
    game = Game.start(args)
    sent = restarts = 0
    reached: set[str] = set()  # screens showing at the end of a frame (the journal shows the rest)
    sizes = [(800, 600), (1024, 768), (640, 480)]
    while sent < events:
        size = pygame.display.get_surface().get_size()
        for _ in range(PER_FRAME):
            pygame.event.post(random_event(rng, size))
        sent += PER_FRAME
        game.frames(1, dt=rng.choice([0.0, 0.05, 0.5, 3.0, 40.0]))
        if rng.random() < 0.01:
            game.resize(rng.choice(sizes))
        if not game.app.running:  # the random keys quit the game: start it again, as a facilitator would
            consistent(game)
            workshop = game.ctx.workshop
            journal = game.ctx.recorder.journal_path if game.ctx.recorder and game.ctx.recorder.recording else None
            resume = journal is not None and journal.exists() and workshop is not None and not workshop.finished
            game.close()
            restarts += 1
            game = Game.start(
                ["--resume", str(journal), "--results-dir", results, "--size", "800x600"] if resume else args
            )
        reached.add(type(game.app.stack[0]).__name__)
        if sent % min(100_000, events // 5) == 0:
            consistent(game)
    consistent(game)
    assert game.app.stack, "a screen is always showing"
    game.close()
    assert sent == events
    journals = list(Path(results).glob("*/journal.jsonl"))
    events = [e for j in journals for e in read_journal(j).events]
    kinds = {e["type"] for e in events}
    phases = {(e.get("phase")) for e in events if e["type"] in ("step", "beep")}
    assert {"beep", "step", "undone", "penalty", "paused", "team_finished", "workshop_finished"} <= kinds, kinds
    assert phases == {"discovery", "execution"}, "steps were taken in both walking phases"
    print(f"restarts {restarts}, screens {sorted(reached)}, event kinds {len(kinds)}")
