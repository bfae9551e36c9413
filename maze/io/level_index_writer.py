"""Writes `levels/index.py` (maze.io.level_index) from the bundled YAML files: `python -m maze.io.level_index_writer`
after changing a bundled level (a test fails until the index says what the files say)."""

from __future__ import annotations

import pprint
import sys
from pathlib import Path
from typing import Any

from maze.io.level_file import LevelError, parse_level
from maze.io.level_index import INDEX_NAME
from maze.io.text_file import MAX_TEXT_BYTES, read_text
from maze.resources import LEVELS_DIR


def index_entries(folder: Path) -> list[dict[str, Any]]:
    """What the index holds for the level files in `folder`, parsed as YAML: each good level without warnings
    (a warning names the file's path, which an index cannot know)."""
    entries = []
    for path in sorted(folder.glob("*.yaml")):
        text = read_text(path, MAX_TEXT_BYTES, "level file")  # the text load_level reads
        try:
            loaded = parse_level(text, path)
        except LevelError:
            continue
        if not loaded.warnings:
            entries.append({"file": path.name, "text": text, "level": loaded.level.to_dict()})
    return entries


HEADER = '''"""The bundled levels read ahead, for maze.io.level_index: each file's exact text and the level it makes.
Written from the YAML files beside it by `python -m maze.io.level_index_writer`; do not edit it by hand."""

# fmt: off
'''


def index_source(folder: Path) -> str:
    """The index module for the levels in `folder`: one constant, ENTRIES."""
    entries = pprint.pformat(index_entries(folder), indent=1, width=118, sort_dicts=False)
    return f"{HEADER}ENTRIES = {entries}\n"


def main() -> int:
    target = LEVELS_DIR / INDEX_NAME
    target.write_text(index_source(LEVELS_DIR), encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
