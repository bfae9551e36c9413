"""Level files (`levels/*.yaml`): loading with one-line faults, and writing them back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from maze.core.grid import Grid, Pos
from maze.core.level import Level, LevelAnalysis, Rules, analyse
from maze.core.limits import GRID_SIDE
from maze.core.records import record
from maze.io.text_file import MAX_TEXT_BYTES, FileFault, FileProblems, read_text, where

if TYPE_CHECKING:
    from maze.io.safe_yaml import Document

MIN_SIDE, MAX_SIDE = int(GRID_SIDE.low), int(GRID_SIDE.high)
SCHEMA = "level.schema.json"


class LevelError(FileProblems):
    """A level file that cannot be used."""


@record(frozen=True)
class LoadedLevel:
    level: Level
    analysis: LevelAnalysis
    warnings: tuple[str, ...]
    path: Path | None = None


def load_level(path: Path | str) -> LoadedLevel:
    path = Path(path)
    try:
        text = read_text(path, MAX_TEXT_BYTES, "level file")
    except FileFault as fault:
        raise LevelError([str(fault)]) from None
    from maze.io.level_index import indexed_level

    level = indexed_level(text)  # a bundled level's exact text: parsed ahead, no YAML reader to load
    if level is not None:
        return LoadedLevel(level, analyse(level.grid, level.rules), (), path)
    loaded = parse_level(text, path)
    return LoadedLevel(loaded.level, loaded.analysis, loaded.warnings, path)


def parse_level(text: str, source: Path | str = "<level>") -> LoadedLevel:
    from maze.io.schema_check import checked_document  # the YAML reader and the schema: for a file to parse

    doc = checked_document(text, SCHEMA, source, "a level needs at least `name:` and `grid:`", LevelError)
    rules = Rules.from_dict(doc.data.get("rules", {}))
    grid = _parse_grid(doc, source)
    analysis = analyse(grid, rules)
    line = doc.line_of(("grid",))
    if not analysis.has_route:
        moves = "orthogonal and diagonal" if rules.diagonal else "orthogonal (no diagonal)"
        raise LevelError(
            [
                f"{where(source, line)}: no route of safe squares '#' leads from the {rules.entry} edge "
                f"to the {rules.exit} edge with {moves} steps; connect them with '#'"
            ]
        )
    warnings = []
    if analysis.unreachable_safe:
        squares = ", ".join(_square_name(p) for p in sorted(analysis.unreachable_safe)[:5])
        more = "" if len(analysis.unreachable_safe) <= 5 else f" and {len(analysis.unreachable_safe) - 5} more"
        warnings.append(
            f"{where(source, line)}: warning: {len(analysis.unreachable_safe)} safe squares cannot "
            f"be reached from the {rules.entry} edge ({squares}{more})"
        )
    level = Level(
        name=doc.data["name"].strip(),
        grid=grid,
        rules=rules,
        description=str(doc.data.get("description", "") or "").strip(),
        author=str(doc.data.get("author", "") or "").strip(),
    )
    return LoadedLevel(level, analysis, tuple(warnings))


def summary(loaded: LoadedLevel) -> str:
    """The one-line description `validate` prints for a good level (and the editor shows)."""
    a, level = loaded.analysis, loaded.level
    return (
        f"{level.name!r}, {level.grid.width} x {level.grid.height}, {len(level.grid.safe)} safe squares, "
        f"shortest route {a.route_length} squares, {a.turns} turns, {a.difficulty}, "
        f"{len(loaded.warnings)} warnings"
    )


def _square_name(pos: Pos) -> str:
    return f"row {pos.row + 1} column {pos.col + 1}"


def _parse_grid(doc: Document, source: Path | str) -> Grid:
    text: str = doc.data["grid"]
    first_line = doc.value_lines.get(("grid",), 1)
    if doc.styles.get(("grid",)) in ("|", ">"):
        first_line += 1  # a block's rows start on the line after `grid: |`
    lines = text.split("\n")
    rows = [(first_line + i, line) for i, line in enumerate(lines) if line.strip()]
    if not rows:
        raise LevelError([f"{where(source, first_line)}: the grid has no rows; write rows of '#' and '.'"])
    first_index = next(i for i, line in enumerate(lines) if line.strip())
    last_index = max(i for i, line in enumerate(lines) if line.strip())
    for i in range(first_index, last_index):
        if not lines[i].strip():
            raise LevelError([f"{where(source, first_line + i)}: blank line inside the grid; remove it"])
    problems = []
    width = None
    safe: set[Pos] = set()
    for r, (line_no, row) in enumerate(rows):
        cells = [ch for ch in row if not ch.isspace()]
        bad = [ch for ch in cells if ch not in "#."]
        if bad:
            problems.append(
                f"{where(source, line_no)}: {bad[0]!r} is not a square; use '#' for safe and '.' for beeping"
            )
            continue
        if width is None:
            width = len(cells)
        elif len(cells) != width:
            problems.append(
                f"{where(source, line_no)}: this row has {len(cells)} squares, the first row has "
                f"{width}; every row needs the same width"
            )
            continue
        safe.update(Pos(r, c) for c, ch in enumerate(cells) if ch == "#")
    if problems or width is None:  # width stays None only when every row had a problem
        raise LevelError(problems)
    height = len(rows)
    for label, size in (("wide", width), ("deep", height)):
        if not MIN_SIDE <= size <= MAX_SIDE:
            raise LevelError(
                [
                    f"{where(source, rows[0][0])}: the grid is {size} squares {label}; each side must be "
                    f"{MIN_SIDE} to {MAX_SIDE} squares"
                ]
            )
    return Grid(width, height, frozenset(safe))


def level_yaml(level: Level) -> str:
    """The level as a YAML file in the hand-written format; `parse_level` reads it back to the same level."""
    import json

    def text(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted string

    defaults = Rules().to_dict()
    rules = {k: v for k, v in level.rules.to_dict().items() if v != defaults[k]}
    lines = ["# yaml-language-server: $schema=schema/level.schema.json", f"name: {text(level.name)}"]
    if level.description:
        lines.append(f"description: {text(level.description)}")
    if level.author:
        lines.append(f"author: {text(level.author)}")
    if rules:
        lines.append("rules:")
        lines.extend(f"  {key}: {_yaml_scalar(value)}" for key, value in rules.items())
    lines.append("grid: |")
    lines.extend(f"  {row}" for row in level.grid.rows_text())
    return "\n".join(lines) + "\n"


def _yaml_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
