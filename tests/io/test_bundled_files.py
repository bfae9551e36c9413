"""The shipped levels are checked against their schema here, once, so that loading one at start-up does not
need the schema validator; a user's own file is still checked every time it is loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from maze.io.level_file import LevelError, load_level
from maze.io.safe_yaml import load
from maze.io.schema_check import is_bundled, schema_faults
from maze.resources import LEVELS_DIR

BUNDLED = sorted(LEVELS_DIR.glob("*.yaml"))


def test_there_are_bundled_levels() -> None:
    assert len(BUNDLED) >= 6


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_every_bundled_level_passes_its_schema(path: Path) -> None:
    doc = load(path.read_text(encoding="utf-8"))
    assert schema_faults(doc, "level.schema.json", path) == []
    assert is_bundled(path) and load_level(path).level.name


def test_a_copy_outside_the_bundle_is_checked(tmp_path: Path) -> None:
    copy = tmp_path / "classic.yaml"
    copy.write_text((LEVELS_DIR / "classic.yaml").read_text(encoding="utf-8") + "colour: blue\n", encoding="utf-8")
    assert not is_bundled(copy) and not is_bundled("levels/classic.yaml")
    with pytest.raises(LevelError) as caught:
        load_level(copy)
    assert "unknown key 'colour'" in str(caught.value)


def test_loading_a_bundled_level_does_not_import_the_validator(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text((LEVELS_DIR / "classic.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    code = (
        "import sys\nfrom maze.io.level_file import load_level\n"
        f"load_level({str(LEVELS_DIR / 'classic.yaml')!r})\nprint('jsonschema' in sys.modules)\n"
        f"load_level({str(user)!r})\nprint('jsonschema' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
