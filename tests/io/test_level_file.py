"""Level files: known answers for good and bad files (each bad file names the line and message it must give)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from maze.core.grid import Side
from maze.core.level import MemoryAid, Retrace
from maze.io.level_file import LevelError, level_yaml, load_level, parse_level
from maze.resources import LEVELS_DIR, SCHEMA_DIR

DATA = Path(__file__).parent.parent / "data" / "levels"
BAD = sorted((DATA / "bad").glob("*.yaml"))


def expected(path: Path) -> tuple[int, str]:
    match = re.match(r"# expect: line (\d+): (.*)", path.read_text(encoding="utf-8").splitlines()[0])
    assert match, f"{path.name} must start with '# expect: line N: message'"
    return int(match.group(1)), match.group(2)


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_level_gives_one_line_with_its_line_number(path: Path) -> None:
    line, message = expected(path)
    with pytest.raises(LevelError) as caught:
        load_level(path)
    problems = caught.value.problems
    assert any(p.startswith(f"{path} line {line}: ") and message in p for p in problems), problems
    assert all("\n" not in p and "Traceback" not in p for p in problems)


def test_there_are_many_bad_examples() -> None:
    assert len(BAD) >= 18


def test_hand_written_level_reads_every_rule() -> None:
    loaded = load_level(DATA / "good" / "hand-written.yaml")
    rules = loaded.level.rules
    assert (rules.diagonal, rules.entry, rules.retrace, rules.memory_aid) == (
        False,
        Side.LEFT,
        Retrace.MANUAL,
        MemoryAid.BEEPS,
    )
    assert (
        rules.discovery_minutes,
        rules.repeat_penalty_seconds,
        rules.talk_penalty_seconds,
        rules.execution_error_seconds,
    ) == (15, 5, 20, 8)
    assert loaded.level.grid.width == 5 and loaded.level.grid.height == 3
    assert loaded.analysis.route_length == 6 and loaded.level.author == "A facilitator"


def test_unreachable_safe_squares_are_a_warning_not_an_error() -> None:
    loaded = load_level(DATA / "good" / "unreachable-warning.yaml")
    assert len(loaded.warnings) == 1 and "1 safe squares cannot be reached" in loaded.warnings[0]
    assert "row 1 column 4" in loaded.warnings[0]


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: None, "no such file"),
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: p.write_bytes(b""), "is empty"),
        (lambda p: p.write_bytes(b"  \n\n"), "is empty"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00junk"), "is binary"),
        (lambda p: p.write_bytes(b"name: caf\xe9\ngrid: x\n"), "line 1: is not UTF-8"),
        (lambda p: p.write_bytes(b"name: big\n" + b"#" * 1_000_001), "may be at most 1,000,000 bytes"),
    ],
)
def test_unreadable_files_get_one_clear_line(tmp_path: Path, make, message: str) -> None:
    path = tmp_path / "level.yaml"
    make(path)
    with pytest.raises(LevelError) as caught:
        load_level(path)
    assert len(caught.value.problems) == 1 and message in caught.value.problems[0]
    assert caught.value.problems[0].startswith(str(path))


def test_deep_nesting_is_refused_not_a_recursion_error() -> None:
    with pytest.raises(LevelError, match="nested more than"):
        parse_level("a: " + "[" * 5000 + "]" * 5000)


def test_every_bundled_level_is_valid_against_the_schema_and_the_loader() -> None:
    import jsonschema
    import yaml

    schema = json.loads((SCHEMA_DIR / "level.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    bundled = sorted(LEVELS_DIR.glob("*.yaml"))
    assert len(bundled) >= 6
    sizes = set()
    for path in bundled:
        jsonschema.validate(yaml.safe_load(path.read_text()), schema)
        loaded = load_level(path)
        assert not loaded.warnings, path
        sizes.add((loaded.level.grid.width, loaded.level.grid.height))
    assert {(6, 9), (6, 8), (3, 16)} <= sizes
    assert len([s for s in sizes if s[0] * s[1] > 54]) >= 3


def test_bundled_larger_mazes_rise_in_difficulty() -> None:
    scores = [
        load_level(LEVELS_DIR / f"{name}.yaml").analysis.difficulty_score
        for name in ("winding-8x12", "switchback-10x14", "labyrinth-12x18")
    ]
    assert scores == sorted(scores) and scores[0] < scores[-1]


def test_the_loader_checks_every_key_the_schema_names() -> None:
    """The schema is the structural truth: each rule it lists is a field the rules core reads."""
    from maze.core.level import Rules

    schema = json.loads((SCHEMA_DIR / "level.schema.json").read_text())
    assert set(schema["properties"]["rules"]["properties"]) == set(Rules().to_dict())


def test_written_level_reads_back_the_same(tmp_path: Path) -> None:
    loaded = load_level(DATA / "good" / "hand-written.yaml")
    again = parse_level(level_yaml(loaded.level))
    assert again.level == loaded.level
