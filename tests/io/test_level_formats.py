"""Level and workshop files mean the same in editors and in the game, and `validate` checks both kinds."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from maze.cli import main
from maze.io.level_file import level_yaml, load_level
from maze.io.safe_yaml import YamlFault, load
from maze.io.schema_beside import MODELINE
from maze.resources import LEVELS_DIR, SCHEMA_DIR


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("yes", "write true"),
        ("No", "write false"),
        ("on", "write true"),
        ("OFF", "write false"),
        ("y", "write true"),
        ("n", "write false"),
        ("010", "write 10 without the leading zero"),
        ("-007", "write -7 without the leading zero"),
        ("1:30", "read as 90 (counting in sixties)"),
        ("1_000", "digits only"),
        ("0b11", "digits only"),
        ("1e3", "a number to others"),
        ("0o17", "a number to others"),
    ],
)
def test_values_yaml_versions_read_differently_are_refused_with_their_line(value: str, words: str) -> None:
    with pytest.raises(YamlFault) as caught:
        load(f"name: x\nrules:\n  thing: {value}\n")
    assert caught.value.line == 3 and words in caught.value.message and f'"{value}" in quotes' in caught.value.message
    assert load(f'name: x\nrules:\n  thing: "{value}"\n').data["rules"]["thing"] == value


def test_a_yaml11_word_as_a_key_is_refused() -> None:
    with pytest.raises(YamlFault) as caught:
        load("name: x\non: 1\n")
    assert caught.value.line == 2


@pytest.mark.parametrize("text", ["true", "false", "0", "10", "-3", "0.5", ".5", "2.0", "0x1F", "Ana", "yesterday"])
def test_portable_values_still_load(text: str) -> None:
    assert load(f"a: {text}").data["a"] is not None


def test_the_schema_itself_refuses_wrong_grid_characters() -> None:
    schema = json.loads((SCHEMA_DIR / "level.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate({"name": "ok", "grid": "# .\n# .\n"}, schema)
    for grid in ("# X\n# .", "#,.", "1 0"):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate({"name": "bad", "grid": grid}, schema)


def test_validate_checks_a_workshop_file(tmp_path: Path, capsys) -> None:
    good = tmp_path / "tuesday.yaml"
    good.write_text(
        "name: Tuesday\nlevel: classic\nteams:\n"
        "  - name: Équipe\n    players: [Ana, Zoë]\n  - name: B\n    players: 3\n",
        encoding="utf-8",
    )
    assert main(["validate", str(good)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{good}: ok: workshop 'Tuesday', 2 teams, 5 players") and "Classic carpet" in out
    bad = tmp_path / "bad.yaml"
    bad.write_text("teams:\n  - name: A\n    players: 0\n", encoding="utf-8")
    assert main(["validate", str(bad)]) == 2
    out = capsys.readouterr().out
    assert out.startswith(f"{bad} line 3:") and "a level" not in out and len(out.splitlines()) == 1


def test_written_levels_carry_a_schema_line_that_resolves(tmp_path: Path) -> None:
    level = load_level(LEVELS_DIR / "classic.yaml").level
    assert level_yaml(level).splitlines()[0] == MODELINE
    out = tmp_path / "mine" / "maze.yaml"
    assert main(["new", "--seed", "4", "-o", str(out)]) == 0
    reference = out.read_text(encoding="utf-8").splitlines()[0].split("$schema=")[1]
    beside = out.parent / reference
    assert beside.read_bytes() == (SCHEMA_DIR / "level.schema.json").read_bytes()
    import yaml

    jsonschema.validate(yaml.safe_load(out.read_text(encoding="utf-8")), json.loads(beside.read_text()))


def test_bundled_levels_schema_line_resolves_too() -> None:
    for path in LEVELS_DIR.glob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        if "$schema=" in first:
            assert (path.parent / first.split("$schema=")[1]).is_file(), path.name
