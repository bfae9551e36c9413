"""The settings file: what the facilitator chose last time (theme, display, fullscreen, sound, results folder).

TOML in the OS's config folder (`maze.io.user_dirs.settings_file`), written whole (a temporary file, then a
rename) and read by maze.io.toml_subset (what its writer writes at once, anything else by tomllib). A broken file
is a one-line notice and the defaults, never a crash; a value of the wrong kind is ignored on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any

from maze.core.records import record
from maze.io.toml_subset import read_toml, toml_value
from maze.io.user_dirs import settings_file

THEMES = ("dark", "light")
MAX_BYTES = 64 * 1024


@record(frozen=True)
class UserSettings:
    theme: str = "dark"
    display: int = 0
    fullscreen: bool = False
    mute: bool = False
    results_dir: Path | None = None  # None: the default folder (Documents/Electric Maze)


@record(frozen=True)
class LoadedSettings:
    settings: UserSettings
    notice: str = ""  # one line when the file could not be used as it is


def load_settings(path: Path | None = None) -> LoadedSettings:
    path = settings_file() if path is None else Path(path)
    try:
        if not path.exists():
            return LoadedSettings(UserSettings())
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            return LoadedSettings(UserSettings(), f"{path}: not a settings file; using the defaults")
        data = read_toml(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # ValueError: UnicodeDecodeError and tomllib.TOMLDecodeError
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return LoadedSettings(UserSettings(), f"{path}: cannot be read ({detail}); using the defaults")
    settings, wrong = settings_from(data)
    notice = f"{path}: ignored {', '.join(wrong)} (not a value it can take)" if wrong else ""
    return LoadedSettings(settings, notice)


def settings_from(data: dict[str, Any]) -> tuple[UserSettings, list[str]]:
    """The settings in a parsed file, and the names of the values that had the wrong kind or range."""
    chosen: dict[str, Any] = {}
    wrong: list[str] = []
    checks: dict[str, Callable[[Any], object]] = {
        "theme": lambda v: v if v in THEMES else None,
        "display": lambda v: v if type(v) is int and 0 <= v < 16 else None,
        "fullscreen": lambda v: v if type(v) is bool else None,
        "mute": lambda v: v if type(v) is bool else None,
        "results_dir": lambda v: Path(v).expanduser() if isinstance(v, str) and v.strip() else None,
    }
    for name, check in checks.items():
        if name in data:
            value = check(data[name])
            if value is None:
                wrong.append(name)
            else:
                chosen[name] = value
    return UserSettings(**chosen), wrong


def save_settings(settings: UserSettings, path: Path | None = None) -> str:
    """Write the settings whole. Empty on success, else one line saying why not."""
    from maze.io.atomic import AtomicWriteError, write_text_atomic

    path = settings_file() if path is None else Path(path)
    try:
        write_text_atomic(path, to_toml(settings))
    except AtomicWriteError as exc:
        return str(exc)
    return ""


HEADER = "# Electric Maze settings, changed from the title screen (Settings). Delete this file for the defaults.\n"


def to_toml(settings: UserSettings) -> str:
    lines = [HEADER]
    for item in fields(settings):
        value = getattr(settings, item.name)
        if value is not None:
            lines.append(f"{item.name} = {toml_value(value)}\n")
    return "".join(lines)
