"""Telling a workshop file from a level file, so that `validate` checks each against its own format."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from maze.io.safe_yaml import MAX_BYTES, YamlFault, load
from maze.io.text_file import FileFault, read_text


class FileKind(StrEnum):
    LEVEL = "level"
    WORKSHOP = "workshop"


def file_kind(path: Path) -> FileKind:
    """WORKSHOP for a mapping with `teams:` and no `grid:`; otherwise LEVEL (whose checks then say what is wrong)."""
    try:
        data = load(read_text(Path(path), MAX_BYTES, "file")).data
    except (FileFault, YamlFault):
        return FileKind.LEVEL
    if isinstance(data, dict) and "teams" in data and "grid" not in data:
        return FileKind.WORKSHOP
    return FileKind.LEVEL
