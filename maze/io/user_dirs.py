"""Where the user's own files go, by each OS's conventions (platformdirs).

- data (the user's levels): `~/.local/share/electric-maze` on Linux, `~/Library/Application Support/...` on
  macOS, `%LOCALAPPDATA%\\electric-maze` on Windows;
- the log: the OS's log folder; the settings file: the OS's config folder;
- results: `Documents/Electric Maze`, where a facilitator finds them.

`ELECTRIC_MAZE_HOME` puts all of it in one folder (tests, a USB stick, a shared machine). Levels saved by older
versions in `~/.local/share/electric-maze/levels` stay listed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "electric-maze"
RESULTS_FOLDER_NAME = "Electric Maze"
HOME_VARIABLE = "ELECTRIC_MAZE_HOME"


_SAID: list[str] = []  # a missing home folder is said once


def _home() -> Path | None:
    """One folder for everything: ELECTRIC_MAZE_HOME, or, when the computer names no home folder for the user
    (HOME unset and no password entry), a folder of our own in the temporary folder, said once."""
    home = os.environ.get(HOME_VARIABLE)
    if home:
        return Path(home).expanduser()
    try:
        Path.home()
        return None
    except RuntimeError:
        import tempfile

        fallback = Path(tempfile.gettempdir()) / f"electric-maze-{getattr(os, 'getuid', lambda: 0)()}"
        if not _SAID:
            _SAID.append(str(fallback))
            print(f"electric-maze: no home folder (HOME is not set); your files go to {fallback}", file=sys.stderr)
        return fallback


def data_dir() -> Path:
    """The app's own data: the user's levels."""
    import platformdirs

    return _home() or platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    import platformdirs

    return _home() or platformdirs.user_log_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """The settings file's folder, by the OS's convention: `$XDG_CONFIG_HOME` (when it is an absolute path), else
    `~/.config` on Linux and `~/Library/Application Support` on macOS; `%LOCALAPPDATA%` on Windows.

    Worked out here, not by platformdirs, because the settings are read before the first frame and importing
    platformdirs cost 3% of a start; `tests/io/test_user_files.py` holds it to platformdirs' answer on each OS."""
    if (home := _home()) is not None:
        return home
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or "~/AppData/Local"
    elif os.path.isabs(xdg := os.environ.get("XDG_CONFIG_HOME", "")):
        base = xdg
    else:
        base = "~/Library/Application Support" if sys.platform == "darwin" else "~/.config"
    return Path(base).expanduser() / APP_NAME


def log_file() -> Path:
    return log_dir() / "electric-maze.log"


def settings_file() -> Path:
    return config_dir() / "settings.toml"


def levels_dir() -> Path:
    """Where the editor saves the user's own levels."""
    return data_dir() / "levels"


def legacy_levels_dir() -> Path:
    """Where versions before 0.2 saved the user's levels on every OS."""
    base = os.environ.get("XDG_DATA_HOME") or Path("~/.local/share").expanduser()
    return Path(base) / APP_NAME / "levels"


def level_folders() -> list[Path]:
    """Every folder of the user's own levels: the current one, then the old one if it still holds levels."""
    folders = [levels_dir()]
    if _home() is None:
        old = legacy_levels_dir()
        try:
            if old.resolve() != folders[0].resolve() and old.is_dir():
                folders.append(old)
        except OSError:
            pass
    return folders


def documents_dir() -> Path:
    import platformdirs

    return platformdirs.user_documents_path()


def default_results_dir(chosen: Path | None = None) -> Path:
    """Where results go without --results-dir: ELECTRIC_MAZE_HOME, else the settings' folder, else Documents."""
    if (home := _home()) is not None:
        return home / "results"
    if chosen is not None:
        return chosen.expanduser()
    return documents_dir() / RESULTS_FOLDER_NAME
