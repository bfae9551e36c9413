"""Showing a folder in the OS's file manager (Explorer, Finder, the desktop's file manager)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

Runner = Callable[[Sequence[str]], object]


def _start(command: Sequence[str]) -> object:
    return subprocess.Popen(  # noqa: S603 - a fixed program and a folder path, no shell
        list(command), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def open_command(folder: Path, platform: str = sys.platform) -> list[str] | None:
    """The command that opens `folder`, or None on Windows (os.startfile does it)."""
    if platform.startswith("win"):
        return None
    return ["open" if platform == "darwin" else "xdg-open", str(folder)]


def open_folder(folder: Path, run: Runner = _start, platform: str = sys.platform) -> str:
    """Open `folder` (made first if needed) in the file manager. Empty on success, else one line saying why not."""
    folder = Path(folder)
    command: list[str] | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        command = open_command(folder, platform)
        if command is None:
            os.startfile(folder)  # type: ignore[attr-defined]  # noqa: S606 - Windows only
        else:
            run(command)
    except FileNotFoundError as exc:
        if exc.filename is not None and Path(str(exc.filename)) == folder:
            return f"Cannot open the folder (it cannot be made); it is {folder}"
        program = command[0] if command else "the file manager"
        return f"Cannot open the folder: no {program} on this computer; it is {folder}"
    except (OSError, AttributeError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return f"Cannot open the folder ({detail}); it is {folder}"
    return ""
