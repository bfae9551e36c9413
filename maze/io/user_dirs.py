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
from pathlib import Path

APP_NAME = "electric-maze"
RESULTS_FOLDER_NAME = "Electric Maze"
HOME_VARIABLE = "ELECTRIC_MAZE_HOME"


def _home() -> Path | None:
    home = os.environ.get(HOME_VARIABLE)
    return Path(home).expanduser() if home else None


def data_dir() -> Path:
    """The app's own data: the user's levels."""
    import platformdirs

    return _home() or platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    import platformdirs

    return _home() or platformdirs.user_log_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    import platformdirs

    return _home() or platformdirs.user_config_path(APP_NAME, appauthor=False)


def log_file() -> Path:
    return log_dir() / "electric-maze.log"


def settings_file() -> Path:
    return config_dir() / "settings.toml"


def levels_dir() -> Path:
    """Where the editor saves the user's own levels."""
    return data_dir() / "levels"


def legacy_levels_dir() -> Path:
    """Where versions before 0.2 saved the user's levels on every OS."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
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
