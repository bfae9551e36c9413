"""The bundled levels, read ahead: `levels/index.py` (the module `maze.bundled.levels.index`) holds each bundled
level file's exact text and the level the YAML reader makes of it, so a start with a bundled level (`--level
classic`, setup's first maze) draws its first frame without loading PyYAML and the schema check, a fifth of that
start. It is Python, not JSON, because a module's constants load from its bytecode, while the json module alone
cost 2% of a start.

The YAML files stay the source. The index is only used for a file whose text is, character for character, one
it holds (an edited file is read as YAML, as any other), and a test checks that the index equals a fresh parse
of every bundled file. After changing a bundled level, write it again: `python -m maze.io.level_index_writer`.
"""

from __future__ import annotations

from typing import Any

from maze.core.level import Level

INDEX_NAME = "index.py"

_LOADED: list[dict[str, dict[str, Any]]] = []  # the index by file text, read once


def _index() -> dict[str, dict[str, Any]]:
    if not _LOADED:
        try:
            from maze.bundled.levels.index import ENTRIES  # type: ignore[import-not-found]  # levels/index.py

            _LOADED.append({entry["text"]: entry["level"] for entry in ENTRIES})
        except (ImportError, SyntaxError, KeyError, TypeError):  # no index, or a broken one: every file is YAML
            _LOADED.append({})
    return _LOADED[0]


def indexed_level(text: str) -> Level | None:
    """The level a bundled file with exactly this text makes, or None when the index holds no such text."""
    record = _index().get(text)
    return None if record is None else Level.from_dict(record)
