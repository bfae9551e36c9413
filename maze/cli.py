"""Command line: parse arguments and hand over to the right part. Nothing runs at import."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from maze import __version__
from maze.core.limits import PLAYERS, TEAMS, Limit

SIDES = ("bottom", "top", "left", "right")  # as maze.core.grid.Side (a test keeps them in step)
DIFFICULTIES = ("easy", "medium", "hard")  # as maze.core.level.Difficulty


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, for `electric-maze --help` and `--version`."""
    parser = argparse.ArgumentParser(
        prog="electric-maze",
        description="The Electric Maze team-learning exercise, for a laptop and a projector.",
        epilog="With no command, the game starts (the same as `electric-maze play`).",
    )
    parser.add_argument("--version", action="version", version=f"electric-maze {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (summary, add_options) in COMMAND_OPTIONS.items():
        add_options(sub.add_parser(name, help=summary, description=summary))
    return parser


def command_parser(name: str) -> argparse.ArgumentParser:
    """One command's options, the same as under `build_parser` (building every command's parser, and argparse's
    translated words for each, would hold the game's window back)."""
    summary, add_options = COMMAND_OPTIONS[name]
    parser = argparse.ArgumentParser(prog=f"electric-maze {name}", description=summary)
    add_options(parser)
    parser.set_defaults(command=name)
    return parser


def _add_validate(validate: argparse.ArgumentParser) -> None:
    validate.add_argument("files", nargs="+", type=level_argument, metavar="FILE")


def _add_replay(replay: argparse.ArgumentParser) -> None:
    replay.add_argument("journal", type=Path, metavar="JOURNAL")
    replay.add_argument("--team", default=None, help="the team's name (default: the first team)")
    replay.add_argument("--speed", type=float, default=2.0, help="how much faster than it happened (default 2)")
    add_display_options(replay)


def _add_edit(edit: argparse.ArgumentParser) -> None:
    edit.add_argument(
        "file",
        nargs="?",
        type=_level_to_edit,
        default=None,
        metavar="FILE",
        help="a level file; a bare name (my-maze) means your own levels folder, which setup lists",
    )
    add_display_options(edit)


def _add_report(report: argparse.ArgumentParser) -> None:
    report.add_argument("inputs", nargs="+", type=Path, metavar="DIR_OR_FILE")
    report.add_argument("-o", "--output", type=Path, default=Path("report"), help="folder to write (default ./report)")


def _add_new(new: argparse.ArgumentParser) -> None:
    new.add_argument("--width", type=_side, default=6, help="squares across (2-50, default 6)")
    new.add_argument("--height", type=_side, default=9, help="squares deep (2-50, default 9)")
    new.add_argument("--seed", type=int, default=None, help="the same seed gives the same level")
    new.add_argument(
        "--diagonal", action=argparse.BooleanOptionalAction, default=True, help="allow diagonal steps (default: yes)"
    )
    new.add_argument("--difficulty", choices=DIFFICULTIES, default="medium")
    new.add_argument("--entry", choices=SIDES, default="bottom")
    new.add_argument("--name", default=None, help="the level's name")
    new.add_argument("-o", "--output", type=Path, default=None, help="file to write (default: print it)")


def _add_demo(demo: argparse.ArgumentParser) -> None:
    demo.add_argument(
        "--level", type=level_argument, help="level file or bundled level's name (default: the classic carpet)"
    )
    demo.add_argument("--teams", type=_count(TEAMS), default=None, help="how many teams (default 3, or one per style)")
    demo.add_argument("--players", type=_count(PLAYERS), default=4, help="players per team (default 4)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same workshop")
    demo.add_argument(
        "--memory",
        default=None,
        metavar="M[,M...]",
        help="how much each team remembers of others' walks, 0-1, per team in turn "
        "(default 0.9,0.3: one team that shares, one that forgets)",
    )
    demo.add_argument(
        "--styles",
        default=None,
        metavar="S[,S...]",
        help="how each team plays, in turn: bold, cautious, sharing, forgetful, sloppy (e.g. bold,cautious)",
    )
    demo.add_argument("--headless", action="store_true", help="no window: a simulated clock, as fast as possible")
    demo.add_argument("--no-pictures", action="store_true", help="headless: skip the debrief pictures")
    demo.add_argument("--speed", type=float, default=4.0, help="window: how much faster than real time (default 4)")
    demo.add_argument(
        "--resume", type=Path, default=None, metavar="JOURNAL", help="headless: carry on a demo that was stopped"
    )
    add_display_options(demo)


def add_play_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--level", type=level_argument, help="level file to play, or a bundled level's name")
    parser.add_argument(
        "--team",
        action="append",
        default=[],
        metavar='"NAME: A, B, C"',
        help='a team and its players in turn order, or "NAME: 4" for four players (repeatable)',
    )
    parser.add_argument("--workshop", type=Path, help="workshop file with level, teams and rules")
    parser.add_argument(
        "--resume",
        nargs="?",
        const="latest",
        default=None,
        metavar="JOURNAL",
        help="carry on a workshop where it stopped (default: the latest)",
    )
    add_display_options(parser)


def add_display_options(parser: argparse.ArgumentParser) -> None:
    screen = parser.add_mutually_exclusive_group()
    screen.add_argument("--fullscreen", action="store_true", help="start in fullscreen")
    screen.add_argument("--windowed", action="store_true", help="start in a window (the default)")
    parser.add_argument(
        "--display",
        type=int,
        default=None,
        metavar="N",
        help="which screen to open on (0 = first; default: Settings; with --presenter: the room's, the second)",
    )
    parser.add_argument(
        "--presenter",
        action="store_true",
        help="two windows: the room's on --display N (fullscreen), the facilitator's on the laptop's screen",
    )
    parser.add_argument("--size", type=_size, default=None, metavar="WxH", help="window size, e.g. 1280x720")
    parser.add_argument(
        "--theme", choices=["dark", "light"], default=None, help="light suits bright rooms (default: Settings, dark)"
    )
    parser.add_argument("--mute", action="store_true", help="start with sound off (default: Settings)")
    parser.add_argument(
        "--results-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="where the journal and results go (one folder per workshop inside it)",
    )


COMMAND_OPTIONS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "play": ("start the game (the default)", add_play_options),
    "new": ("write a new random level", _add_new),
    "validate": ("check level and workshop files (or a bundled level by name)", _add_validate),
    "demo": ("a workshop played by simulated teams, to show how it works", _add_demo),
    "replay": ("play a team's discovery back from a journal", _add_replay),
    "edit": ("draw a maze in the editor (a new one when FILE does not exist)", _add_edit),
    "report": ("merge the results of several workshops into one comparison", _add_report),
}
COMMANDS = tuple(COMMAND_OPTIONS)


def level_argument(text: str) -> Path:
    """A level file, or a bundled level's or one of your own levels' name (`classic`, `my-maze`) when no such
    file exists here."""
    path = Path(text)
    if path.exists():
        return path
    from maze.resources import bundled_level, user_level

    return bundled_level(text) or user_level(text) or path


def _level_to_edit(text: str) -> Path:
    from maze.resources import level_to_edit

    return level_to_edit(text)


def _side(text: str) -> int:
    from maze.core.limits import GRID_SIDE

    value = int(text)
    if not GRID_SIDE.allows(value):
        raise argparse.ArgumentTypeError(GRID_SIDE.fault(value))
    return value


def _count(limit: Limit):  # noqa: ANN202 - an argparse type
    def parse(text: str) -> int:
        value = int(text)
        if not limit.allows(value):
            raise argparse.ArgumentTypeError(limit.fault(value))
        return value

    return parse


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("write the size as WIDTHxHEIGHT, e.g. 1280x720") from None
    if not (320 <= w <= 8192 and 240 <= h <= 8192):
        raise argparse.ArgumentTypeError("the size must be between 320x240 and 8192x8192")
    return w, h


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    _argparse_words_as_written()
    argv = list(argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv = ["play", *argv]
    args = command_parser(argv[0]).parse_args(argv[1:]) if argv[0] in COMMANDS else build_parser().parse_args(argv)
    apply_user_settings(args)
    return args


def _argparse_words_as_written() -> None:
    """argparse hands each of its own words (usage, options, error) to gettext, and gettext searches the disk
    for a translation catalogue at every call, loading the `locale` module on the first: 3% of the game's start,
    before its window opens. The game has no catalogue, Python ships none for argparse, and the game speaks
    English, so argparse's words are taken as written (tests/ui/test_first_frame_modules.py checks that
    start-up loads no `locale`)."""
    argparse._ = lambda message: message  # type: ignore[attr-defined]


def apply_user_settings(args: argparse.Namespace) -> None:
    """What the command line leaves open (theme, screen, fullscreen, sound) comes from the settings file."""
    if not hasattr(args, "theme"):
        return
    from maze.io.settings_file import load_settings

    loaded = load_settings()
    chosen = loaded.settings
    args.settings_notice = loaded.notice
    if args.theme is None:
        args.theme = chosen.theme
    if args.display is None:
        args.display = chosen.display
    if not (args.fullscreen or args.windowed):
        args.fullscreen = chosen.fullscreen
    args.mute = args.mute or chosen.mute


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # the room needs no library banner
    gc.disable()  # start-up: see WINDOW_COMMANDS (maze.entry turned it off before anything was imported)
    try:
        return _main(sys.argv[1:] if argv is None else argv)
    finally:
        gc.enable()


# Until a window's first frame (maze.ui.start.window), the garbage collector waits: start-up imports and builds
# what lives as long as the game and makes no garbage worth a look, and its ~40 collections cost about 6% of a
# bare window's start. A command without a window collects from the start.
WINDOW_COMMANDS = ("play", "edit", "replay", "demo")


def _main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if args.command not in WINDOW_COMMANDS or getattr(args, "headless", False):
        gc.enable()
    if getattr(args, "settings_notice", ""):
        print(f"electric-maze: {args.settings_notice}", file=sys.stderr)
    from maze.resources import missing_files

    if problem := missing_files():
        print(problem, file=sys.stderr)
        return 2
    from maze.startup_checks import problems_before

    if problem := problems_before(args.command or "play", getattr(args, "headless", False)):
        print(problem, file=sys.stderr)
        return 2
    try:
        return _run(args)
    except KeyboardInterrupt:
        return 130


def gui_main() -> int:
    """The start from a shortcut (`electric-maze-gui`, the single-file app): on Windows there is no console, so
    one-line messages go to the terminal it was started from, if any, else to the log file."""
    if sys.stderr is None or sys.stdout is None:
        from maze.startup_checks import find_a_place_for_messages

        find_a_place_for_messages()
    return main()


def _run(args: argparse.Namespace) -> int:
    if args.command in ("new", "validate"):
        from maze.file_commands import new_level, validate

        return new_level(args) if args.command == "new" else validate(args)
    if args.command == "demo":
        from maze.ui.start.demo import demo

        return demo(args)
    if args.command == "report":
        from maze.report import report

        return report(args)
    if args.command == "replay":
        from maze.ui.start.replay import replay

        return replay(args)
    if args.command == "edit":
        from maze.ui.start.edit import edit

        return edit(args)
    from maze.ui.start.play import play

    return play(args)
