"""The commands that work on files and open no window: `new` (a random level) and `validate` (levels and workshop
files, or a bundled level by name)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def new_level(args: argparse.Namespace) -> int:
    import random

    from maze.core.generator import generate
    from maze.core.grid import Side
    from maze.core.level import Difficulty, analyse
    from maze.io.atomic import AtomicWriteError, write_text_atomic
    from maze.io.level_file import level_yaml

    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1_000_000)
    level = generate(
        args.width,
        args.height,
        seed=seed,
        diagonal=args.diagonal,
        difficulty=Difficulty(args.difficulty),
        entry=Side(args.entry),
        name=args.name,
    )
    analysis = analyse(level.grid, level.rules)
    if analysis.difficulty != args.difficulty:
        print(
            f"note: a {args.width} x {args.height} maze cannot be made {args.difficulty} under these rules; "
            f"this one is {analysis.difficulty}",
            file=sys.stderr,
        )
    text = level_yaml(level)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        write_text_atomic(args.output, text)
    except AtomicWriteError as exc:
        print(f"electric-maze: {exc}", file=sys.stderr)
        return 2
    from maze.io.schema_beside import write_schema_beside

    if problem := write_schema_beside(args.output):
        print(f"note: {problem}", file=sys.stderr)
    print(
        f"{args.output}: {args.width} x {args.height}, route of {analysis.route_length} squares, "
        f"{analysis.difficulty}, seed {seed}",
        file=sys.stderr,
    )
    return 0


def validate(args: argparse.Namespace) -> int:
    from maze.io.file_kind import FileKind, file_kind
    from maze.io.level_file import LevelError, load_level, summary

    failed = False
    for path in args.files:
        if file_kind(path) is FileKind.WORKSHOP:
            from maze.io.workshop_file import WorkshopFileError, load_workshop  # the teams' rules: only for workshops

            try:
                plan = load_workshop(path)
            except WorkshopFileError as exc:
                failed = True
                print("\n".join(exc.problems))
                continue
            print(f"{path}: ok: {workshop_summary(plan)}")
            continue
        try:
            loaded = load_level(path)
        except LevelError as exc:
            failed = True
            for problem in exc.problems:
                print(problem)
            continue
        print(f"{_shown(path)}: ok: {summary(loaded)}")
        for warning in loaded.warnings:
            print(warning)
    return 2 if failed else 0


def _shown(path: Path) -> str:
    """A bundled level by its name (its folder inside the app means nothing to the reader); others as given."""
    from maze.resources import LEVELS_DIR

    return f"{path.stem} (bundled)" if path.parent == LEVELS_DIR else str(path)


def workshop_summary(plan) -> str:  # noqa: ANN001 - a WorkshopPlan (imported only when validating)
    """The one line `validate` prints for a good workshop file."""
    players = sum(len(team.players) for team in plan.teams)
    level = f"level {plan.level.name!r}" if plan.level is not None else "the level chosen in setup"
    name = f"workshop {plan.name!r}" if plan.name else "workshop"
    changes = f", rule changes: {', '.join(sorted(plan.rule_changes))}" if plan.rule_changes else ""
    return (
        f"{name}, {len(plan.teams)} teams, {players} players, {level}, mazes {plan.mazes}, "
        f"{plan.strategy_minutes:g} minutes of strategy{changes}"
    )
