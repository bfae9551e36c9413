"""Command line: parse arguments and hand over to the right part. Nothing runs at import."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from maze import __version__
from maze.core.grid import Side
from maze.core.level import Difficulty

COMMANDS = ("play", "new", "validate", "demo", "replay", "report", "edit")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="electric-maze",
        description="The Electric Maze team-learning exercise, for a laptop and a projector.",
        epilog="With no command, the game starts (the same as `electric-maze play`).",
    )
    parser.add_argument("--version", action="version", version=f"electric-maze {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    play = sub.add_parser("play", help="start the game (the default)")
    add_play_options(play)

    new = sub.add_parser("new", help="write a new random level")
    new.add_argument("--width", type=_side, default=6, help="squares across (2-50, default 6)")
    new.add_argument("--height", type=_side, default=9, help="squares deep (2-50, default 9)")
    new.add_argument("--seed", type=int, default=None, help="the same seed gives the same level")
    new.add_argument("--diagonal", action=argparse.BooleanOptionalAction, default=True,
                     help="allow diagonal steps (default: yes)")
    new.add_argument("--difficulty", choices=[d.value for d in Difficulty], default="medium")
    new.add_argument("--entry", choices=[s.value for s in Side], default="bottom")
    new.add_argument("--name", default=None, help="the level's name")
    new.add_argument("-o", "--output", type=Path, default=None, help="file to write (default: print it)")

    validate = sub.add_parser("validate", help="check level files")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    return parser


def add_play_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--level", type=Path, help="level file to play")
    parser.add_argument("--team", action="append", default=[], metavar='"NAME: A, B, C"',
                        help='a team and its players in turn order, or "NAME: 4" for four players (repeatable)')
    parser.add_argument("--workshop", type=Path, help="workshop file with level, teams and rules")
    screen = parser.add_mutually_exclusive_group()
    screen.add_argument("--fullscreen", action="store_true", help="start in fullscreen")
    screen.add_argument("--windowed", action="store_true", help="start in a window (the default)")
    parser.add_argument("--display", type=int, default=0, metavar="N", help="which screen to open on (0 = first)")
    parser.add_argument("--size", type=_size, default=None, metavar="WxH", help="window size, e.g. 1280x720")
    parser.add_argument("--theme", choices=["dark", "light"], default="dark", help="light suits bright rooms")
    parser.add_argument("--mute", action="store_true", help="start with sound off")
    parser.add_argument("--results-dir", type=Path, default=None, metavar="DIR",
                        help="where the journal and results go")
    parser.add_argument("--resume", nargs="?", const="latest", default=None, metavar="JOURNAL",
                        help="carry on a workshop where it stopped (default: the latest)")


def _side(text: str) -> int:
    value = int(text)
    if not 2 <= value <= 50:
        raise argparse.ArgumentTypeError("must be 2 to 50")
    return value


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("write the size as WIDTHxHEIGHT, e.g. 1280x720") from None
    if not (320 <= w <= 8192 and 240 <= h <= 8192):
        raise argparse.ArgumentTypeError("the size must be between 320x240 and 8192x8192")
    return w, h


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    argv = list(argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv = ["play", *argv]
    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # the room needs no library banner
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        return _run(args)
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    if args.command == "new":
        return _new(args)
    if args.command == "validate":
        return _validate(args)
    from maze.ui.launch import play

    return play(args)


def _new(args: argparse.Namespace) -> int:
    import random

    from maze.core.generator import generate
    from maze.core.level import analyse
    from maze.io.level_file import level_yaml
    from maze.io.atomic import AtomicWriteError, write_text_atomic

    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1_000_000)
    level = generate(args.width, args.height, seed=seed, diagonal=args.diagonal,
                     difficulty=Difficulty(args.difficulty), entry=Side(args.entry), name=args.name)
    analysis = analyse(level.grid, level.rules)
    if analysis.difficulty != args.difficulty:
        print(f"note: a {args.width} x {args.height} maze cannot be made {args.difficulty} under these rules; "
              f"this one is {analysis.difficulty}", file=sys.stderr)
    text = level_yaml(level)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        write_text_atomic(args.output, text)
    except AtomicWriteError as exc:
        print(f"electric-maze: {exc}", file=sys.stderr)
        return 2
    print(f"{args.output}: {args.width} x {args.height}, route of {analysis.route_length} squares, "
          f"{analysis.difficulty}, seed {seed}", file=sys.stderr)
    return 0


def _validate(args: argparse.Namespace) -> int:
    from maze.io.level_file import LevelError, load_level

    failed = False
    for path in args.files:
        try:
            loaded = load_level(path)
        except LevelError as exc:
            failed = True
            for problem in exc.problems:
                print(problem)
            continue
        a, level = loaded.analysis, loaded.level
        print(f"{path}: ok: {level.name!r}, {level.grid.width} x {level.grid.height}, "
              f"{len(level.grid.safe)} safe squares, shortest route {a.route_length} squares, "
              f"{a.turns} turns, {a.difficulty}, {len(loaded.warnings)} warnings")
        for warning in loaded.warnings:
            print(warning)
    return 2 if failed else 0
