"""Whatever is thrown at the level loader, it answers with a valid level or one-line errors."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maze.io.level_file import LevelError, parse_level
from tests.depth import depths, run_property

yaml_ish = st.text(alphabet=string.printable + "&*!|>#.-:[]{}'\"é漢\t", max_size=400)
keys = st.sampled_from(["name", "grid", "rules", "gird", "description", "author", "diagonal", "entry", "x"])
values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-10, 10_000),
        st.floats(allow_nan=True),
        st.text(max_size=30),
        st.sampled_from(["# .\n. #", "#.#\n.#.\n#.#", ".#\n#.", "north"]),
    ),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=5),
    max_leaves=20,
)


def check(text: str) -> None:
    try:
        loaded = parse_level(text)
    except LevelError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem and "\n" not in problem and "Traceback" not in problem
    else:
        assert loaded.analysis.has_route


@settings(max_examples=400, deadline=None)
@given(yaml_ish)
def test_arbitrary_text(text: str) -> None:
    check(text)


def check_structure(data) -> None:
    import yaml

    check(yaml.safe_dump(data, allow_unicode=True))


@pytest.mark.parametrize("examples", depths(100, 1000))
def test_arbitrary_structures(examples: int) -> None:
    run_property(examples, check_structure, st.dictionaries(keys, values, max_size=6))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes(raw: bytes) -> None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return  # byte-level faults are read_text's job, tested with real files
    check(text)
