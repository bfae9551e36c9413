"""Regenerate the README's screenshots by playing a scripted workshop: python tools/screenshots.py [OUT_DIR]

Runs under SDL's dummy drivers, so it needs no screen and no sound card.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

from maze.ui.driver import Game, window  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LEVEL = ROOT / "levels" / "classic.yaml"
K = pygame
# The classic carpet's route from the START band's middle (column 4 of 6, counting from 1).
ROUTE_KEYS = [
    K.K_LEFT,
    K.K_LEFT,
    K.K_LEFT,
    K.K_UP,
    K.K_e,
    K.K_e,
    K.K_e,
    K.K_e,
    K.K_e,
    K.K_UP,
    K.K_q,
    K.K_LEFT,
    K.K_LEFT,
    K.K_z,
    K.K_q,
    K.K_UP,
    K.K_UP,
]


def capture(out: Path, size: tuple[int, int] = (1280, 720), theme: str = "dark") -> list[Path]:
    """Play a scripted two-team workshop on the classic carpet and save a picture of each screen; then the
    editor. The prepared workshop opens on its setup; Escape shows the title first."""
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="maze-shots-")
    os.environ["ELECTRIC_MAZE_HOME"] = home
    game = Game.start(
        [
            "--results-dir",
            str(Path(home) / "results"),
            "--size",
            f"{size[0]}x{size[1]}",
            "--theme",
            theme,
            "--level",
            str(LEVEL),
            "--team",
            "Red: Ana, Ben, Cy",
            "--team",
            "Blue: Dee, Eli",
        ]
    )
    shots = []

    def shot(name: str) -> None:
        game.ctx.notices.clear()  # passing notices from the scripted key presses are not part of the screen
        path = out / f"{name}.png"
        game.screenshot(str(path))
        shots.append(path)

    try:
        game.press(K.K_ESCAPE)
        shot("title")
        game.press(K.K_RETURN)
        shot("setup")
        game.press(K.K_RETURN)
        shot("briefing")
        game.press(K.K_RETURN)
        game.wait(12)
        shot("strategy")
        game.press(K.K_RETURN)
        game.press(K.K_UP)  # a beep on the first step
        game.frames(3)
        shot("discovery-beep")
        game.wait(2)
        for key in ROUTE_KEYS[:9]:
            game.press(key)
        game.wait(1)
        shot("discovery")
        for key in ROUTE_KEYS[9:]:
            game.press(key)
        shot("discovery-result")
        game.press(K.K_RETURN)
        game.digits("40")
        game.press(K.K_RETURN)
        for _ in range(3):
            for key in ROUTE_KEYS:
                game.press(key)
                game.wait(0.4)
        shot("execution-done")
        game.press(K.K_RETURN)
        shot("team-debrief")
        game.press(K.K_TAB)
        shot("team-debrief-insights")
        game.press(K.K_RETURN)  # next team: Blue
        game.press(K.K_RETURN)
        game.press(K.K_RETURN)
        for _ in range(4):  # Blue beeps a few times before finding the way
            game.press(K.K_UP)
            game.wait(2)
        game.press(K.K_n)
        game.press(K.K_LEFT)  # questions start on No
        game.press(K.K_RETURN)  # the facilitator reveals the route
        game.press(K.K_RETURN)  # on to execution
        for _ in range(2):
            for key in ROUTE_KEYS[:5]:
                game.press(key)
            game.press(K.K_UP)  # one error each
            game.wait(1)
            for key in ROUTE_KEYS:
                game.press(key)
        game.press(K.K_RETURN)
        game.press(K.K_RETURN)
        shot("workshop-debrief")
        game.press(K.K_l)
        shot("workshop-debrief-learning")
        game.press(K.K_l)
        shot("workshop-debrief-execution")
        game.press(K.K_F1)
        shot("help")
    finally:
        game.close()
    editor = Game.start(["edit", str(LEVEL), "--size", f"{size[0]}x{size[1]}", "--theme", theme])
    try:
        editor.press(K.K_TAB)
        editor.screenshot(str(out / "editor.png"))
        shots.append(out / "editor.png")
    finally:
        editor.close()
    shots.append(presenter_picture(out, size, theme, home))
    return shots


def presenter_picture(out: Path, size: tuple[int, int], theme: str, home: str) -> Path:
    """Both windows of the presenter view side by side: the facilitator's (left) and the room's (right)."""
    game = Game.start(
        ["--results-dir", str(Path(home) / "results-presenter"), "--size", f"{size[0]}x{size[1]}", "--theme", theme]
        + ["--level", str(LEVEL), "--team", "Red: Ana, Ben, Cy", "--presenter"]
    )
    try:
        windows = game.presenter.windows
        if windows is None or windows.facilitator is None:
            raise RuntimeError("the presenter view opened no facilitator's window")
        desk = windows.facilitator
        desk.size = size
        pygame.event.post(pygame.event.Event(pygame.WINDOWSIZECHANGED, window=desk))
        for _ in range(3):  # setup, briefing, strategy
            game.press(K.K_RETURN)
        game.press(K.K_UP)  # Ana beeps on her first step
        game.wait(2)
        for key in ROUTE_KEYS[:7]:  # Ben walks part of the route
            game.press(key)
        game.press(K.K_t)  # someone spoke
        game.wait(1)
        game.app.draw()
        room = window()
        facilitator = windows.facilitator_surface
        if facilitator is None:
            raise RuntimeError("the facilitator's window has no picture")
        gap = max(8, size[1] // 60)
        both = pygame.Surface((facilitator.get_width() + gap + room.get_width(), max(size[1], room.get_height())))
        both.fill((0, 0, 0))
        both.blit(facilitator, (0, 0))
        both.blit(room, (facilitator.get_width() + gap, 0))
        path = out / "presenter.png"
        pygame.image.save(both, str(path))
        return path
    finally:
        game.close()


REVIEW_SIZES = ((1024, 768), (1920, 1080), (3840, 2160))


def main(argv: list[str]) -> None:
    """`python tools/screenshots.py [OUT]` makes the README's pictures; `--review OUT` makes every screen at
    1024x768, 1920x1080 and 3840x2160 in both themes, for a look at each before a release."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--review", action="store_true", help="every size and theme, in OUT/<size>-<theme>/")
    args = parser.parse_args(argv)
    if not args.review:
        for path in capture(args.out):
            print(path)
        return
    for width, height in REVIEW_SIZES:
        for theme in ("dark", "light"):
            for path in capture(args.out / f"{width}x{height}-{theme}", (width, height), theme):
                print(path)


if __name__ == "__main__":
    main(sys.argv[1:])
