"""Arbitrary text and structures into the workshop-file loader: a plan or one-line faults, never a crash."""

from __future__ import annotations

import string
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from maze.io.workshop_file import WorkshopFileError, load_workshop
from tests.depth import depths, run_property

keys = st.sampled_from(["teams", "level", "rules", "mazes", "name", "strategy_minutes", "players", "x", "teem"])
leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 100),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.sampled_from(["classic", "practice-field", "same", "tournament", "mirrored", "Ana, Ben"]),
)
values = st.recursive(
    leaves, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(keys, kids, max_size=4), max_leaves=25
)


def check(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "workshop.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            plan = load_workshop(path)
        except WorkshopFileError as exc:
            assert exc.problems and all(p and "\n" not in p for p in exc.problems)
        else:
            assert plan.teams and all(team.players for team in plan.teams)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.printable + "&*!|>é", max_size=300))
def test_arbitrary_text(text: str) -> None:
    check(text)


def check_structure(data) -> None:
    check(yaml.safe_dump(data, allow_unicode=True))


def check_teams(teams) -> None:
    check(yaml.safe_dump({"teams": teams}, allow_unicode=True))


@pytest.mark.parametrize("examples", depths(100, 1000))
def test_arbitrary_structures(examples: int) -> None:
    run_property(examples, check_structure, st.dictionaries(keys, values, max_size=6))


@pytest.mark.parametrize("examples", depths(50, 500))
def test_arbitrary_teams(examples: int) -> None:
    teams = st.lists(st.fixed_dictionaries({"name": st.text(max_size=12), "players": values}), max_size=4)
    run_property(examples, check_teams, teams)
