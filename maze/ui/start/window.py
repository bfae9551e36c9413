"""The one piece every way in shares: open the window, sound and context, put the first screens up, run."""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from maze.ui.app import App
    from maze.ui.context import Context
    from maze.ui.screens.base import Screen

TimeSource = Callable[[], float]


class StartError(Exception):
    """Something on the command line cannot be used; one line per problem."""


def open_app(
    args: argparse.Namespace,
    first_screens: Callable[[Context], list[Screen]],
    time_source: TimeSource = time.monotonic,
    clock_start: float = 0.0,
    notices: Sequence[str] = (),
) -> App:
    """The window, sound and context, with `first_screens(ctx)` as the screen stack (the last one shows)."""
    import pygame

    from maze.ui import sound
    from maze.ui.context import Context, Settings
    from maze.ui.display import Display
    from maze.ui.game_clock import GameClock
    from maze.ui.painter import clear_caches
    from maze.ui.presenter.app import PresenterApp
    from maze.ui.presenter.start import open_windows, plan_windows
    from maze.ui.theme import THEMES

    sound.pre_init()  # before the mixer's init, which waits until the first frame is up (see _sound_up)
    with sound.quiet_stderr():
        pygame.display.init()
        pygame.font.init()
    clear_caches()
    display = Display(args.size, fullscreen=args.fullscreen, index=args.display or 0)
    windows = plan_windows(args, display)  # --presenter: the room's window and the facilitator's
    surface = display.open()
    sounds = sound.Sounds(muted=args.mute, open_device=False)
    settings = Settings(results_dir=args.results_dir)
    clock = GameClock(start=clock_start, source=time_source)
    ctx = Context(surface.get_size(), THEMES[args.theme], sounds, clock, settings)
    settings_notice = [args.settings_notice] if getattr(args, "settings_notice", "") else []
    for notice in [*notices, *settings_notice]:
        ctx.notify(notice, warning=True, seconds=8)
    stack = first_screens(ctx)
    open_windows(windows, ctx)
    app = PresenterApp(ctx, display, stack[0], _screen_for_phase, windows)
    app.stack = stack
    app.after_first_frame.append(lambda: _sound_up(app))
    app.after_first_frame.append(_collect_from_now_on)
    return app


def _collect_from_now_on() -> None:
    """After the first frame, when start-up ran without the garbage collector (maze.cli.WINDOW_COMMANDS): what
    it built lives as long as the game, so it is frozen out of every later collection (which keeps them short
    while teams walk), and collection begins."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _sound_up(app: App) -> None:
    """After the first frame: game pads (clickers) and the sound (the mixer as pre_init asked, and the cues).
    Nothing can beep before the second frame reads the first key; a room without a sound card is told so then."""
    import pygame

    try:
        pygame.joystick.init()  # a pad already plugged in says so with JOYDEVICEADDED from now on
    except pygame.error:
        pass  # no pads here: the keyboard and mouse play
    sounds = app.ctx.sounds
    sounds.open_device()
    if sounds.problem and not sounds.muted:  # started muted: said when the facilitator turns the sound on
        app.ctx.notify(sounds.problem, warning=True, seconds=8)


def _screen_for_phase(ctx: Context) -> Screen:
    """Imports every phase screen on first use."""
    from maze.ui.flow import screen_for_phase

    return screen_for_phase(ctx)


def run(app: App) -> int:
    """The one loop; the journal is closed and the window shut however it ends. SIGTERM (the laptop shutting
    down, or `kill`) ends it as a confirmed quit does: nothing is asked, and the journal and exports are saved
    (from the second frame on: the `signal` module is not worth the first frame's wait)."""
    asked: list[int] = []
    previous: list[Any] = []
    app.after_first_frame.append(lambda: previous.append(_stop_on_sigterm(app, asked)))
    try:
        return app.run()
    finally:
        if app.ctx.recorder is not None:
            app.ctx.recorder.close()
            if asked:
                folder = app.ctx.recorder.folder
                print(f"electric-maze: stopped (SIGTERM); {folder} keeps the workshop (--resume)", file=sys.stderr)
        app.close_windows()
        import pygame

        pygame.quit()
        if previous and previous[0] is not None:  # last: a second SIGTERM during the saving above changes nothing
            import signal

            signal.signal(signal.SIGTERM, previous[0])


def _stop_on_sigterm(app: App, asked: list[int]) -> Any:
    """Put a handler in place of SDL's, which made SIGTERM a click on the window's close button (and so the quit
    question, which a laptop that is shutting down cannot answer). Returns the handler that was there, to put
    back; None when none can be set here (not the main thread)."""
    import signal

    def stop(signum: int, frame: object) -> None:
        asked.append(signum)
        app.running = False  # the loop ends after this frame, as after a confirmed quit

    try:
        return signal.signal(signal.SIGTERM, stop)
    except ValueError:
        return None


def build_and_run(build: Callable[[], App]) -> int:
    """A window for a command: what cannot start is one line and exit status 2."""
    try:
        app = build()
    except StartError as exc:
        print(exc, file=sys.stderr)
        return 2
    return run(app)
