"""`electric-maze` (play): the title, or a workshop prepared with --level, --team or --workshop on its setup
screen; `--resume` hands over to `maze.ui.start.resume`."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import field
from typing import TYPE_CHECKING

from maze.core.records import record
from maze.ui.start.window import StartError, TimeSource, open_app, run

if TYPE_CHECKING:
    from maze.core.commands import TeamSpec
    from maze.core.level import Level
    from maze.io.workshop_file import WorkshopPlan
    from maze.ui.app import App
    from maze.ui.context import Context
    from maze.ui.screens.base import Screen, Transition
    from maze.ui.screens.setup import SetupResult, SetupScreen
    from maze.ui.screens.title import MenuEntry

Build = Callable[[TimeSource], "App"]


def play(args: argparse.Namespace) -> int:
    try:
        build = prepared_start(args)
    except StartError as exc:
        for line in str(exc).splitlines():
            print(line, file=sys.stderr)
        return 2
    try:
        return run(build(time.monotonic))
    except Exception as exc:  # noqa: BLE001 - the last net: one line, the details in the log
        from maze.ui.errorlog import log_exception, log_path

        log_exception("the game stopped")
        print(
            f"electric-maze: the game stopped ({type(exc).__name__}: {exc}); the journal keeps every event, "
            f"carry on with --resume. Details: {log_path()}",
            file=sys.stderr,
        )
        return 1


def build_play_app(args: argparse.Namespace, time_source: TimeSource = time.monotonic) -> App:
    """The game as `electric-maze [OPTIONS]` starts it (scripts and tests pass their own clock)."""
    return prepared_start(args)(time_source)


def prepared_start(args: argparse.Namespace) -> Build:
    """Check the command line's files (StartError, before any window opens); then how to open the window."""
    if args.resume:
        from maze.ui.start.resume import prepare_resume

        return prepare_resume(args)
    prep = prepare(args)
    return lambda time_source: open_app(args, lambda ctx: first_screens(ctx, prep), time_source)


@record
class Prepared:
    """What the command line prepared for setup: levels from --level or the workshop file, teams, the plan."""

    given_levels: list[tuple[str, Level]] = field(default_factory=list)
    plan: WorkshopPlan | None = None
    teams: list[TeamSpec] = field(default_factory=list)


def prepare(args: argparse.Namespace) -> Prepared:
    prep = Prepared()
    if not (args.workshop or args.team or args.level):
        return prep
    from maze.core.team_spec import parse_team_arg
    from maze.io.level_file import LevelError, load_level
    from maze.io.level_list import label

    problems: list[str] = []
    if args.workshop:
        from maze.io.workshop_file import WorkshopFileError, load_workshop

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
            prep.given_levels.append((label(level, "--level"), level))
        except LevelError as exc:
            problems += exc.problems
    if problems:
        raise StartError("\n".join(problems))
    if prep.plan is not None:
        prep.teams = prep.teams or list(prep.plan.teams)
        if prep.plan.level is not None and not args.level:
            prep.given_levels.append((label(prep.plan.level, "workshop"), prep.plan.level))
        for team_level in prep.plan.team_levels:
            entry = (label(team_level, "workshop"), team_level) if team_level else None
            if entry and entry not in prep.given_levels:
                prep.given_levels.append(entry)
    return prep


def first_screens(ctx: Context, prep: Prepared) -> list[Screen]:
    """The title; a prepared workshop opens on its setup above it, ready to start."""
    from maze.ui.screens.title import TitleScreen

    stack: list[Screen] = [TitleScreen(ctx, _menu(prep))]
    if prep.teams or prep.plan is not None:
        stack.append(_setup_screen(ctx, prep, first_only=prep.plan is None))  # a plan's team mazes need all
    return stack


def _menu(prep: Prepared) -> list[MenuEntry]:
    kept: list[SetupScreen] = []  # the setup screen, kept when Escape goes back to the title: what was typed stays

    def setup(ctx: Context) -> Screen:
        if not kept:
            kept.append(_setup_screen(ctx, prep))
        else:
            kept[0].refresh_levels(_level_choices(ctx, prep))  # a maze saved in the editor meanwhile shows up
        return kept[0]

    return [("Start a workshop", setup), ("Make a maze", _new_maze_editor)]


def _new_maze_editor(ctx: Context) -> Screen:
    from maze.core.draft import Draft
    from maze.ui.screens.editor import EditorScreen

    return EditorScreen(ctx, Draft.blank())


def _level_choices(ctx: Context, prep: Prepared, first_only: bool = False) -> list[tuple[str, Level]]:
    """The mazes setup offers, read afresh (a maze saved in the editor shows up), with a workshop file's rules.
    `first_only`: only the one setup shows first (the given level, or the classic carpet)."""
    from maze.io.level_list import default_level, list_levels

    notices: list[str] = []
    if first_only:
        level_levels = prep.given_levels[:1] or default_level(notices)
    else:
        level_levels = prep.given_levels + list_levels(notices)
    for notice in notices:
        ctx.notify(notice, warning=True, seconds=8)
    plan = prep.plan
    if plan is not None and plan.rule_changes:
        level_levels = [(name, plan.level_with_rules(level)) for name, level in level_levels]
    return level_levels


def _setup_screen(ctx: Context, prep: Prepared, first_only: bool = False) -> SetupScreen:
    """Setup with the prepared teams and levels. `first_only`: setup opens at once with the level it shows first;
    the other levels are read after its first frame (reading every level file would hold the window back)."""
    from maze.io.level_list import label
    from maze.ui.screens.setup import SetupDefaults, SetupScreen

    plan = prep.plan
    team_levels = [label(level, "workshop") if level else None for level in plan.team_levels] if plan else []
    defaults = SetupDefaults(
        levels=_level_choices(ctx, prep, first_only),
        teams=list(prep.teams),
        strategy_minutes=plan.strategy_minutes if plan else 3,
        mazes=plan.mazes if plan else "same",
        team_levels=team_levels,
        team_rules=list(plan.team_rules) if plan else [],
        workshop_name=plan.name if plan else "",
        more_levels=(lambda: _level_choices(ctx, prep)) if first_only else None,
    )
    return SetupScreen(ctx, defaults, lambda result: _start_workshop(ctx, result))


def _start_workshop(ctx: Context, result: SetupResult) -> Transition:
    """The phase screens load when a workshop starts, not before."""
    from maze.ui.flow import start_workshop

    return start_workshop(ctx, result)
