"""The bundled levels' index (levels/index.py) is the YAML read ahead: it must equal a fresh parse of every
bundled file, and only a file with exactly an indexed text may skip the YAML reader."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from maze.io import level_index
from maze.io.level_file import LevelError, load_level, parse_level
from maze.io.level_index import INDEX_NAME, indexed_level
from maze.io.level_index_writer import index_entries, index_source
from maze.resources import LEVELS_DIR

BUNDLED = sorted(LEVELS_DIR.glob("*.yaml"))


def test_the_index_is_what_the_yaml_files_say_now() -> None:
    written = (LEVELS_DIR / INDEX_NAME).read_text(encoding="utf-8")
    assert written == index_source(LEVELS_DIR), "a bundled level changed: run `python -m maze.io.level_index_writer`"


def test_the_index_holds_every_bundled_level() -> None:
    from maze.bundled.levels.index import ENTRIES

    assert [entry["file"] for entry in ENTRIES] == [path.name for path in BUNDLED]
    assert ENTRIES == index_entries(LEVELS_DIR)


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_an_indexed_level_equals_its_yaml_parse(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    parsed = parse_level(text, path)
    assert indexed_level(text) == parsed.level
    loaded = load_level(path)
    assert loaded.level == parsed.level
    assert loaded.analysis == parsed.analysis and loaded.warnings == parsed.warnings == ()


def test_an_edited_bundled_level_is_read_as_yaml(tmp_path: Path) -> None:
    text = (LEVELS_DIR / "classic.yaml").read_text(encoding="utf-8")
    edited = text.replace('name: "', 'name: "Edited ', 1)
    assert edited != text and indexed_level(edited) is None
    path = tmp_path / "classic.yaml"
    path.write_text(edited, encoding="utf-8")
    assert load_level(path).level.name.startswith("Edited ")
    path.write_text(text.replace("grid: |", "grid: |\n  # . x"), encoding="utf-8")
    with pytest.raises(LevelError):  # a fault in an edited copy is still found
        load_level(path)


def test_a_level_with_a_warning_stays_out_of_the_index(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text((LEVELS_DIR / "classic.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    island = "name: island\ngrid: |\n  # . #\n  # . .\n  # . .\n"  # the right-hand corner cannot be reached
    (tmp_path / "island.yaml").write_text(island, encoding="utf-8")
    assert parse_level(island).warnings
    assert [entry["file"] for entry in index_entries(tmp_path)] == ["good.yaml"]
    written: dict = {}
    exec(index_source(tmp_path), written)  # noqa: S102 - the module the writer writes
    assert [entry["file"] for entry in written["ENTRIES"]] == ["good.yaml"]


def test_without_an_index_every_level_is_read_as_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    text = (LEVELS_DIR / "classic.yaml").read_text(encoding="utf-8")
    monkeypatch.setattr(level_index, "_LOADED", [])
    monkeypatch.setitem(sys.modules, "maze.bundled.levels.index", None)  # no index module: importing it fails
    assert indexed_level(text) is None
    monkeypatch.setattr(level_index, "_LOADED", [])
    broken = types.ModuleType("maze.bundled.levels.index")
    broken.ENTRIES = [{"file": "classic.yaml"}]  # type: ignore[attr-defined]  # a broken index is no index
    monkeypatch.setitem(sys.modules, "maze.bundled.levels.index", broken)
    assert indexed_level(text) is None
    assert load_level(LEVELS_DIR / "classic.yaml").level == parse_level(text).level


def test_loading_a_bundled_level_needs_no_yaml_reader() -> None:
    code = (
        "import sys\nfrom maze.io.level_file import load_level\n"
        f"print(load_level({str(LEVELS_DIR / 'classic.yaml')!r}).level.name)\n"
        "print(sorted(m for m in ('yaml', 'json', 'maze.io.safe_yaml', 'maze.io.schema_check') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    name, modules = out.stdout.splitlines()
    assert name == parse_level((LEVELS_DIR / "classic.yaml").read_text(encoding="utf-8")).level.name
    assert modules == "[]"
