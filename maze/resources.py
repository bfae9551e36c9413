"""The one place that finds the program's own files: bundled levels, their schemas, font, sounds and icons.

They ship inside the package (`maze.bundled.levels`, `maze.bundled.assets`; see pyproject.toml) and are found
beside the package's own `__init__.py` (or with importlib.resources where there is none, as in the single-file
app), so an editable install, a wheel and the single-file app find them the same way.
Nothing here depends on the current folder.
"""

from __future__ import annotations

import atexit
import importlib
from contextlib import ExitStack
from pathlib import Path

_KEEP_EXTRACTED = ExitStack()  # only used when the package is not on disk (a zip): files stay until exit
atexit.register(_KEEP_EXTRACTED.close)


def _folder(package: str) -> Path:
    """The package's folder on disk (extracted once if the package is zipped)."""
    file = getattr(importlib.import_module(package), "__file__", None)
    if file and Path(file).with_name("__init__.py").is_file():  # an install or a checkout: no need to load
        return Path(file).parent  # importlib.resources, a tenth of start-up's budget
    from importlib.resources import as_file, files

    found = files(package)
    if isinstance(found, Path):
        return found
    for child in found.iterdir():  # the single-file app: a view over the folder it unpacked to
        if isinstance(child, Path):
            return child.parent
    return _KEEP_EXTRACTED.enter_context(as_file(found))  # pragma: no cover - zip imports (Python 3.12+)


LEVELS_DIR = _folder("maze.bundled.levels")
SCHEMA_DIR = LEVELS_DIR / "schema"
ASSETS_DIR = _folder("maze.bundled.assets")
FONTS_DIR = ASSETS_DIR / "fonts"
SOUNDS_DIR = ASSETS_DIR / "sounds"
ICON_FILE = ASSETS_DIR / "icon.png"


def bundled_levels() -> list[Path]:
    """The bundled level files, by name."""
    return sorted(LEVELS_DIR.glob("*.yaml"))


def bundled_level(name: str) -> Path | None:
    """A bundled level by its file name, with or without `.yaml` (`classic`, `classic.yaml`); None if none."""
    stem = name.removesuffix(".yaml")
    path = LEVELS_DIR / f"{stem}.yaml"
    return path if stem and "/" not in stem and "\\" not in stem and path.is_file() else None


def user_level(name: str) -> Path | None:
    """One of the user's own levels (the editor's folder) by file name, with or without `.yaml`; None if none."""
    stem = name.removesuffix(".yaml")
    if not stem or "/" in stem or "\\" in stem:
        return None
    path = user_levels_dir() / f"{stem}.yaml"
    return path if path.is_file() else None


def level_to_edit(text: str) -> Path:
    """Where `edit NAME` reads and saves: a path as given when it has a folder or exists here; otherwise the
    user's levels folder, where setup lists it and `--level NAME` finds it."""
    path = Path(text)
    if path.exists() or path.parent != Path("."):
        return path
    return user_levels_dir() / (path.name if path.suffix in (".yaml", ".yml") else f"{path.name}.yaml")


def missing_files() -> str:
    """Empty when the program's own files are where it looks for them; otherwise what to do, in one line."""
    for folder in (SCHEMA_DIR,):  # without fonts or sounds the game plays on (a plain font, silent beeps)
        if not folder.is_dir():
            return (
                f"electric-maze: its own files are missing ({folder} not found); reinstall it "
                f"(pipx reinstall electric-maze, or from its source folder: pip install -e .)"
            )
    return ""


# The user's own folders are decided in maze.io.user_dirs; these names stay for the callers that use them.


def user_data_dir() -> Path:
    from maze.io.user_dirs import data_dir

    return data_dir()


def user_levels_dir() -> Path:
    from maze.io.user_dirs import levels_dir

    return levels_dir()


def default_results_dir() -> Path:
    """Where results go without --results-dir (ELECTRIC_MAZE_HOME, the settings file, or Documents)."""
    from maze.io.settings_file import load_settings
    from maze.io.user_dirs import default_results_dir as results_dir

    return results_dir(load_settings().settings.results_dir)
