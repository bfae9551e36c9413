"""Where the program starts (`electric-maze`, `electric-maze-gui`, `python -m maze`, the single-file app).

Nothing is imported here before the garbage collector is turned off: the game's start-up (the command line,
pygame, the screens) builds what lives as long as the game and leaves no garbage worth a look, and the
collections it would trigger while importing cost about 2% of a bare window's start. maze.cli.main turns it on
again (for a command without a window, at once; for the game, after its first frame).
"""

from __future__ import annotations

import gc
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    gc.disable()
    from maze.cli import main as command_line

    return command_line(argv)


def gui_main() -> int:
    gc.disable()
    from maze.cli import gui_main as from_a_shortcut

    return from_a_shortcut()
