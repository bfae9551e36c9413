"""The bundled levels, read ahead: `levels/index.json` holds each bundled level file's exact text and the level
the YAML reader makes of it, so a start with a bundled level (`--level classic`, setup's first maze) draws its
first frame without loading PyYAML and the schema check, a fifth of that start.

The YAML files stay the source. The index is only used for a file whose text is, character for character, one
it holds (an edited file is read as YAML, as any other), and a test checks that the index equals a fresh parse
of every bundled file. After changing a bundled level, write it again: `python -m maze.io.level_index_writer`.
"""

from __future__ import annotations

import json
from typing import Any

from maze.core.level import Level

INDEX_NAME = "index.json"

_LOADED: list[dict[str, dict[str, Any]]] = []  # the index by file text, read once


def _index() -> dict[str, dict[str, Any]]:
    if not _LOADED:
        from maze.resources import LEVELS_DIR

        try:
            entries = json.loads((LEVELS_DIR / INDEX_NAME).read_text(encoding="utf-8"))
            _LOADED.append({entry["text"]: entry["level"] for entry in entries})
        except (OSError, ValueError, KeyError, TypeError):  # no index (or a broken one): every file is read as YAML
            _LOADED.append({})
    return _LOADED[0]


def indexed_level(text: str) -> Level | None:
    """The level a bundled file with exactly this text makes, or None when the index holds no such text."""
    record = _index().get(text)
    return None if record is None else Level.from_dict(record)
