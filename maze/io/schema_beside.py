"""The level files the program writes start with `# yaml-language-server: $schema=schema/level.schema.json`, so
that an editor checks them as the game does. That path is relative: a copy of the schema is written beside
each level file the program writes (in `schema/`), so the line resolves wherever the level is saved.
"""

from __future__ import annotations

from pathlib import Path

from maze.io.atomic import AtomicWriteError, write_bytes_atomic
from maze.resources import SCHEMA_DIR

LEVEL_SCHEMA = "level.schema.json"
MODELINE = f"# yaml-language-server: $schema=schema/{LEVEL_SCHEMA}"


def write_schema_beside(level_path: Path) -> str:
    """Put the level schema in `schema/` next to `level_path` unless an identical one is there. Empty on success,
    else one line saying why not (the level itself is fine either way)."""
    target = Path(level_path).parent / "schema" / LEVEL_SCHEMA
    content = (SCHEMA_DIR / LEVEL_SCHEMA).read_bytes()
    try:
        if target.is_file() and target.read_bytes() == content:
            return ""
        write_bytes_atomic(target, content)
    except (OSError, AtomicWriteError) as exc:
        return f"the schema for editors was not written beside the level: {exc}"
    return ""
