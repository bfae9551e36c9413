"""The shipped levels pass their schema; every file, shipped or not, is checked each time it is loaded, by the
quick check (maze.io.schema_subset), and only a file with a fault loads the full validator to word it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from maze.io.level_file import LevelError, load_level
from maze.io.safe_yaml import load
from maze.io.schema_check import schema_faults
from maze.resources import LEVELS_DIR

BUNDLED = sorted(LEVELS_DIR.glob("*.yaml"))


def test_there_are_bundled_levels() -> None:
    assert len(BUNDLED) >= 6


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_every_bundled_level_passes_its_schema(path: Path) -> None:
    doc = load(path.read_text(encoding="utf-8"))
    assert schema_faults(doc, "level.schema.json", path) == []
    assert load_level(path).level.name


def test_a_copy_outside_the_bundle_is_checked(tmp_path: Path) -> None:
    copy = tmp_path / "classic.yaml"
    copy.write_text((LEVELS_DIR / "classic.yaml").read_text(encoding="utf-8") + "colour: blue\n", encoding="utf-8")
    with pytest.raises(LevelError) as caught:
        load_level(copy)
    assert "unknown key 'colour'" in str(caught.value)


def test_only_a_file_with_a_fault_imports_the_validator(tmp_path: Path) -> None:
    good = tmp_path / "mine.yaml"
    good.write_text((LEVELS_DIR / "classic.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(good.read_text(encoding="utf-8") + "colour: blue\n", encoding="utf-8")
    code = (
        "import sys\nfrom maze.io.level_file import LevelError, load_level\n"
        f"load_level({str(LEVELS_DIR / 'classic.yaml')!r})\nprint('jsonschema' in sys.modules)\n"
        f"load_level({str(good)!r})\nprint('jsonschema' in sys.modules)\n"
        f"try:\n    load_level({str(bad)!r})\nexcept LevelError as exc:\n    print(exc.problems[0])\n"
        "print('jsonschema' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    assert lines[:2] == ["False", "False"] and lines[-1] == "True"
    assert "unknown key 'colour'" in lines[2]
