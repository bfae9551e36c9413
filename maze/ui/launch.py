"""Starting the game from the command line: check files, open the window, run the one loop.

Everything that can be wrong with the command line (a bad level, workshop file or journal) is
reported as one line before the window opens; nothing shows a traceback.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from maze.io.user_dirs import level_folders
from maze.resources import LEVELS_DIR, default_results_dir

if TYPE_CHECKING:  # the rules, file readers and screens load when first needed: the title comes up sooner
    from maze.core.commands import Command, TeamSpec
    from maze.core.level import Level
    from maze.core.simulate import Simulator
    from maze.io.workshop_file import WorkshopPlan
    from maze.ui.app import App


DEFAULT_LEVEL = "classic.yaml"


class StartError(Exception):
    """Something on the command line cannot be used; one line per problem."""


def play(args: argparse.Namespace) -> int:
    try:
        prepared = prepare(args)
    except StartError as exc:
        for line in str(exc).splitlines():
            print(line, file=sys.stderr)
        return 2
    try:
        return run_window(args, prepared)
    except Exception as exc:  # noqa: BLE001 - the last net: one line, the details in the log
        from maze.ui.errorlog import log_exception, log_path

        log_exception("the game stopped")
        print(
            f"electric-maze: the game stopped ({type(exc).__name__}: {exc}); the journal keeps every event, "
            f"carry on with --resume. Details: {log_path()}",
            file=sys.stderr,
        )
        return 1


class Prepared:
    def __init__(self) -> None:
        self.given_levels: list[tuple[str, Level]] = []  # from --level or the workshop file
        self.plan: WorkshopPlan | None = None
        self.teams: list[TeamSpec] = []
        self.resume_path: Path | None = None
        self.resumed = None  # maze.io.resume.Loaded, when resuming
        self.notices: list[str] = []


def prepare(args: argparse.Namespace) -> Prepared:
    prep = Prepared()
    if args.resume:
        _prepare_resume(args, prep)
        return prep
    if not (args.workshop or args.team or args.level):
        return prep
    from maze.io.level_file import LevelError, load_level
    from maze.io.workshop_file import WorkshopFileError, load_workshop, parse_team_arg

    problems: list[str] = []
    if args.workshop:
        try:
            prep.plan = load_workshop(args.workshop)
        except WorkshopFileError as exc:
            problems += exc.problems
    for text in args.team:
        try:
            prep.teams.append(parse_team_arg(text))
        except ValueError as exc:
            problems.append(str(exc))
    if args.level:
        try:
            level = load_level(args.level).level
            prep.given_levels.append((_label(level, "--level"), level))
        except LevelError as exc:
            problems += exc.problems
    if problems:
        raise StartError("\n".join(problems))
    if prep.plan is not None:
        prep.teams = prep.teams or list(prep.plan.teams)
        if prep.plan.level is not None and not args.level:
            prep.given_levels.append((_label(prep.plan.level, "workshop"), prep.plan.level))
        for team_level in prep.plan.team_levels:
            entry = (_label(team_level, "workshop"), team_level) if team_level else None
            if entry and entry not in prep.given_levels:
                prep.given_levels.append(entry)
    return prep


def list_levels(notices: list[str]) -> list[tuple[str, Level]]:
    """The bundled levels, then the user's own; a broken user level is a notice, not a stop."""
    from maze.io.level_file import LevelError, load_level

    found = []
    for folder, mark in ((LEVELS_DIR, ""), *((folder, "yours") for folder in level_folders())):
        try:  # the classic carpet first: it is what a facilitator expects to start with
            paths = sorted(folder.glob("*.yaml"), key=lambda p: (p.name != DEFAULT_LEVEL, p.name))
        except OSError:
            continue
        for path in paths:
            try:
                level = load_level(path).level
            except LevelError as exc:
                notices.append(exc.problems[0])
                continue
            found.append((_label(level, mark), level))
    return found


def _label(level: Level, mark: str) -> str:
    return f"{level.name} ({mark})" if mark else level.name


def _prepare_resume(args: argparse.Namespace, prep: Prepared) -> None:
    from maze.io.journal import JournalError
    from maze.io.resume import load_workshop
    from maze.io.resume_choice import choose_journal

    results_dir = Path(args.results_dir or default_results_dir())
    try:
        path = choose_journal(results_dir) if args.resume == "latest" else Path(args.resume)
    except JournalError as exc:
        raise StartError(str(exc)) from None
    if path is None:
        raise StartError(f"electric-maze: no workshop to resume in {results_dir}; name the journal: --resume FILE")
    if path.is_dir():
        path = path / "journal.jsonl"
    try:
        loaded = load_workshop(path)
    except JournalError as exc:
        raise StartError(str(exc)) from None
    prep.notices.extend(f"{path}: {notice}" for notice in loaded.notices)
    prep.resume_path, prep.resumed = path, loaded


def run_window(args: argparse.Namespace, prep: Prepared) -> int:
    return _run(build_app(args, prep))


def build_app(args: argparse.Namespace, prep: Prepared, time_source: Callable[[], float] = time.monotonic) -> App:
    """The whole game, ready to run: window, sound, context and the first screens."""
    import pygame

    from maze.ui import sound
    from maze.ui.context import Context, Settings
    from maze.ui.display import Display
    from maze.ui.game_clock import GameClock
    from maze.ui.painter import clear_caches
    from maze.ui.presenter.app import PresenterApp
    from maze.ui.presenter.start import open_windows, plan_windows
    from maze.ui.screens.title import TitleScreen
    from maze.ui.theme import THEMES

    sound.pre_init()
    with sound.quiet_stderr():
        pygame.init()
    clear_caches()
    display = Display(args.size, fullscreen=args.fullscreen, index=args.display or 0)
    windows = plan_windows(args, display)  # --presenter: the room's window and the facilitator's
    surface = display.open()
    sounds = sound.Sounds(muted=args.mute)
    settings = Settings(results_dir=args.results_dir)
    start = prep.resumed.last_t if prep.resumed is not None else 0.0
    clock = GameClock(start=start, source=time_source)
    ctx = Context(surface.get_size(), THEMES[args.theme], sounds, clock, settings)
    settings_notice = [args.settings_notice] if getattr(args, "settings_notice", "") else []
    for notice in prep.notices + settings_notice + ([sounds.problem] if sounds.problem else []):
        ctx.notify(notice, warning=True, seconds=8)
    if prep.resumed is not None:
        stack = [_resume(ctx, prep)]
    else:
        stack = [TitleScreen(ctx, _menu(prep))]
        if prep.teams or prep.plan is not None:
            stack.append(_setup_screen(ctx, prep))  # a prepared workshop opens on its setup, ready to start
    open_windows(windows, ctx)
    app = PresenterApp(ctx, display, stack[0], _screen_for_phase, windows)
    app.stack = stack
    return app


def _screen_for_phase(ctx):  # noqa: ANN001, ANN202 - imports every phase screen on first use
    from maze.ui.flow import screen_for_phase

    return screen_for_phase(ctx)


def _run(app: App) -> int:
    try:
        return app.run()
    finally:
        if app.ctx.recorder is not None:
            app.ctx.recorder.close()
        import pygame

        pygame.quit()


def _menu(prep: Prepared):  # noqa: ANN202
    kept: list = []  # the setup screen, kept when Escape goes back to the title: what was typed is not lost

    def setup(ctx):  # noqa: ANN001, ANN202
        if not kept:
            kept.append(_setup_screen(ctx, prep))
        else:
            kept[0].refresh_levels(_level_choices(ctx, prep))  # a maze saved in the editor meanwhile shows up
        return kept[0]

    return [("Start a workshop", setup), ("Make a maze", _new_maze_editor)]


def _new_maze_editor(ctx):  # noqa: ANN001, ANN202 - opened from the title menu
    from maze.core.draft import Draft
    from maze.ui.screens.editor import EditorScreen

    return EditorScreen(ctx, Draft.blank())


def edit(args: argparse.Namespace) -> int:
    """`electric-maze edit [FILE]`: the editor on a level file, or on a new maze saved to FILE."""
    return _build_and_run(lambda: build_editor_app(args))


def _build_and_run(build: Callable[[], App]) -> int:
    """A window for a command: what cannot start is one line and exit status 2."""
    try:
        app = build()
    except StartError as exc:
        print(exc, file=sys.stderr)
        return 2
    return _run(app)


def build_editor_app(args: argparse.Namespace, time_source: Callable[[], float] = time.monotonic) -> App:
    from maze.core.draft import Draft
    from maze.io.level_file import LevelError, load_level
    from maze.ui.screens.editor import EditorScreen

    path = args.file
    if path is not None and path.exists():
        try:
            draft = Draft(load_level(path).level)
        except LevelError as exc:
            raise StartError("\n".join(exc.problems)) from None
    else:
        draft = Draft.blank(name=path.stem.replace("-", " ").capitalize() if path else "My maze")
    args.resume = None
    app = build_app(args, Prepared(), time_source)
    app.stack = [EditorScreen(app.ctx, draft, path)]
    return app


def _level_choices(ctx, prep: Prepared) -> list[tuple[str, Level]]:  # noqa: ANN001
    """The mazes setup offers, read afresh (a maze saved in the editor shows up), with a workshop file's rules."""
    notices: list[str] = []
    level_levels = prep.given_levels + list_levels(notices)
    for notice in notices:
        ctx.notify(notice, warning=True, seconds=8)
    if prep.plan is not None and prep.plan.rule_changes:
        level_levels = [(label, prep.plan.level_with_rules(level)) for label, level in level_levels]
    return level_levels


def _setup_screen(ctx, prep: Prepared):  # noqa: ANN001, ANN202
    from maze.ui.screens.setup import SetupDefaults, SetupScreen

    plan = prep.plan
    level_levels = _level_choices(ctx, prep)
    team_levels = [_label(level, "workshop") if level else None for level in plan.team_levels] if plan else []
    defaults = SetupDefaults(
        levels=level_levels,
        teams=list(prep.teams),
        strategy_minutes=plan.strategy_minutes if plan else 3,
        mazes=plan.mazes if plan else "same",
        team_levels=team_levels,
        team_rules=list(plan.team_rules) if plan else [],
        workshop_name=plan.name if plan else "",
    )
    return SetupScreen(ctx, defaults, lambda result: _start_workshop(ctx, result))


def _start_workshop(ctx, result):  # noqa: ANN001, ANN202 - the phase screens load when a workshop starts, not before
    from maze.ui.flow import start_workshop

    return start_workshop(ctx, result)


def _resume(ctx, prep: Prepared):  # noqa: ANN001, ANN202
    from maze.core.commands import IllegalCommand, Pause
    from maze.io.resume_recorder import resume_recorder
    from maze.ui.flow import attach_recorder, screen_for_phase

    if prep.resumed is None or prep.resume_path is None:
        raise StartError("electric-maze: nothing to resume")
    recorder = resume_recorder(prep.resumed, prep.resume_path, durable=True, keep_history=True, write_exports=False)
    workshop = recorder.workshop
    attach_recorder(ctx, recorder)
    recorder.rebuild()  # results.csv, beeps.csv and pictures made afresh from what the resume folded
    if recorder.problem:
        ctx.notify(recorder.problem, warning=True)
    if not workshop.finished:
        try:
            ctx.issue(Pause(ctx.now))
        except IllegalCommand:
            pass
        run = workshop.current
        where = f"Team {run.name}, {run.phase}" if run else "the workshop"
        ctx.notify(f"Resumed {where}. Paused: press Space to carry on", seconds=10)
    print(f"electric-maze: resumed {prep.resume_path}", file=sys.stderr)
    return screen_for_phase(ctx)


def play_demo(args: argparse.Namespace, level: Level, simulator: Simulator) -> int:
    """Demo mode in the window: simulated teams play while the room watches; keys work as usual."""
    from maze.demo import start_events, style_names
    from maze.ui.flow import screen_for_phase, start_recording

    args.resume = None
    app = build_app(args, Prepared())
    ctx = app.ctx
    start_recording(ctx, f"demo-{level.name}")
    ctx.listeners.append(simulator.observe)
    start = start_events(
        level, args.teams, args.players, simulator.seed, simulator.memories, styles=style_names(simulator)
    )
    simulator.observe(ctx.issue(replace(start, t=ctx.now)))
    app.stack = [screen_for_phase(ctx)]
    app.autopilot = DemoPilot(ctx, simulator, args.speed, watching=lambda: getattr(app.stack[0], "animating", False))
    return _run(app)


def replay(args: argparse.Namespace) -> int:
    """`electric-maze replay JOURNAL`: a team's discovery, played back in the window."""
    return _build_and_run(lambda: build_replay_app(args))


def build_replay_app(args: argparse.Namespace, time_source: Callable[[], float] = time.monotonic) -> App:
    from maze.io.journal import JournalError
    from maze.io.resume import load_workshop
    from maze.ui.screens.replay import ReplayScreen, discovery_moments

    try:
        read = load_workshop(args.journal)  # every event checked against the workshop so far
        team, moments = discovery_moments(list(read.events), args.team)
    except JournalError as exc:
        raise StartError(str(exc)) from None
    except ValueError as exc:
        raise StartError(f"{args.journal}: {exc}") from None
    args.resume = None
    app = build_app(args, Prepared(), time_source)
    app.stack = [ReplayScreen(app.ctx, team, moments, args.speed)]
    return app


class DemoPilot:
    """Gives the simulated team's next command when its time comes (never while paused)."""

    def __init__(
        self,
        ctx,
        simulator: Simulator,
        speed: float,  # noqa: ANN001 - a Context
        watching: Callable[[], bool] = lambda: False,
    ) -> None:
        self.ctx = ctx
        self.simulator = simulator
        self.speed = max(speed, 0.1)
        self.watching = watching  # True while the screen still shows the last move (a flash, a walk back)
        self.due: float | None = None
        self.command: Command | None = None

    def __call__(self) -> None:
        workshop = self.ctx.workshop
        run = workshop.current
        if run is None or run.paused or self.watching():
            self.due = None
            return
        if self.due is None:
            delay, self.command = self.simulator.decide(workshop)
            self.due = self.ctx.now + delay / self.speed
        if self.ctx.now >= self.due and self.command is not None:
            self.ctx.issue(replace(self.command, t=self.ctx.now))
            self.due = None
