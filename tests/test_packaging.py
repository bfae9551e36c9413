"""The program's own files ship inside the package and are found through importlib.resources."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path

from maze import resources

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_folder_is_listed_for_the_wheel() -> None:
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "maze").rglob("__init__.py")}
    on_disk |= {"maze.bundled.levels", "maze.bundled.assets"}
    assert on_disk == listed


def test_bundled_folders_are_the_top_level_ones_mapped_into_the_package() -> None:
    mapping = PYPROJECT["tool"]["setuptools"]["package-dir"]
    assert mapping == {"maze.bundled.levels": "levels", "maze.bundled.assets": "assets"}
    assert Path(str(files("maze.bundled.levels"))) == resources.LEVELS_DIR


def test_every_bundled_file_is_declared_as_package_data() -> None:
    from fnmatch import fnmatch

    data = PYPROJECT["tool"]["setuptools"]["package-data"]
    for package, folder in (("maze.bundled.levels", "levels"), ("maze.bundled.assets", "assets")):
        for path in (ROOT / folder).rglob("*"):
            name = path.relative_to(ROOT / folder).as_posix()
            if path.is_dir() or path.suffix == ".py" or "__pycache__" in name:
                continue
            assert any(fnmatch(name, pattern) for pattern in data[package]), f"{folder}/{name} would not ship"


def test_the_program_finds_its_own_files() -> None:
    assert resources.missing_files() == ""
    assert (resources.FONTS_DIR / "DejaVuSans.ttf").is_file()
    assert (resources.SOUNDS_DIR / "beep.wav").is_file()
    assert resources.ICON_FILE.is_file()
    assert (resources.SCHEMA_DIR / "level.schema.json").is_file()
    names = [p.stem for p in resources.bundled_levels()]
    assert "classic" in names and len(names) >= 6


def test_a_bundled_level_is_found_by_name_and_nothing_else_is() -> None:
    assert resources.bundled_level("classic") == resources.LEVELS_DIR / "classic.yaml"
    assert resources.bundled_level("classic.yaml") == resources.LEVELS_DIR / "classic.yaml"
    for name in ("nope", "", "../pyproject", "schema/level"):
        assert resources.bundled_level(name) is None


def test_validate_takes_a_bundled_level_by_name_from_any_folder(tmp_path, monkeypatch, capsys) -> None:
    from maze.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["validate", "classic"]) == 0
    assert "ok:" in capsys.readouterr().out


def test_one_version_source() -> None:
    from importlib.metadata import version

    import maze

    assert PYPROJECT["project"]["dynamic"] == ["version"] and "version" not in PYPROJECT["project"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "maze.__version__"}
    assert version("electric-maze") == maze.__version__


def test_licences_and_entry_points_are_declared() -> None:
    project = PYPROJECT["project"]
    assert project["license"] == "MIT"
    for name in project["license-files"]:
        assert (ROOT / name).is_file(), name
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert project["scripts"]["electric-maze"] == "maze.entry:main"
    assert project["gui-scripts"]["electric-maze-gui"] == "maze.entry:gui_main"


def test_readme_pictures_are_relative_files_that_exist() -> None:
    import re

    for text in ((ROOT / "README.md").read_text(encoding="utf-8"),):
        for link in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text):
            assert not link.startswith(("http:", "https:", "/")), link
            assert (ROOT / link).is_file(), link
