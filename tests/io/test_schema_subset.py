"""The quick schema check and jsonschema agree on what the level and workshop schemas accept.

The schema files stay the one statement of the rules: the quick check reads them too, and these property tests
hold it to jsonschema's answer on valid documents and on documents with one part changed (a wrong type, a value
out of range, a key missing or unknown, a list too long ...), for both schemas.
"""

from __future__ import annotations

import copy
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, example, find, given, settings
from hypothesis import strategies as st

from maze.io.schema_check import _validator, load_schema
from maze.io.schema_subset import UnknownKeyword, conforms

RULES: dict[str, Any] = load_schema("level.schema.json")["properties"]["rules"]["properties"]

EDGES = [
    None, True, False, 0, 1, -1, 2, 4.0, 0.5, -0.0, 5, 6, 40, 41, 60, 61, 500, 501, 600, 601, 3600, 3600.5, 36001,
    math.nan, math.inf, -math.inf, 10**30, "", " ", "\t", "x", "Ana", "#.\n.#", "#x", "bottom", "auto", "snake",
    "a" * 40, "a" * 41, "a" * 80, "a" * 81, "a" * 200, "beeps", "same", "tournament", "yes",
    [], ["Ana"], [""], [1], ["Ana"] * 40, ["Ana"] * 41, {}, {"x": 1}, {"diagonal": True}, {1: "a"},
]  # fmt: skip

json_like = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 700) | st.floats(allow_nan=True) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)
anything = (st.sampled_from(EDGES) | json_like).map(copy.deepcopy)  # a fresh copy: mutations change it


def rule_value(key: str) -> st.SearchStrategy[Any]:
    spec = RULES[key]
    if "enum" in spec:
        return st.sampled_from(spec["enum"])
    if spec.get("type") == "boolean":
        return st.booleans()
    if spec.get("type") == "integer":
        return st.integers(spec["minimum"], spec["maximum"])
    whole = st.integers(int(spec["minimum"]), int(spec["maximum"]))
    return whole if "multipleOf" in spec else whole | st.floats(spec["minimum"], spec["maximum"])


rules = st.fixed_dictionaries({}, optional={key: rule_value(key) for key in RULES})
names = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())
grid = st.lists(st.text(alphabet="#. ", min_size=1, max_size=6), min_size=1, max_size=4).map("\n".join)
levels = st.fixed_dictionaries(
    {"name": names, "grid": grid},
    optional={"description": st.text(max_size=30), "author": st.text(max_size=20), "rules": rules},
)
players = st.lists(names, min_size=1, max_size=4) | st.integers(1, 40)
teams = st.fixed_dictionaries(
    {"name": names, "players": players}, optional={"level": st.sampled_from(["classic", "x.yaml"]), "rules": rules}
)
workshops = st.fixed_dictionaries(
    {"teams": st.lists(teams, min_size=1, max_size=3)},
    optional={
        "name": st.text(max_size=20),
        "level": st.sampled_from(["classic", "mine.yaml"]),
        "rules": rules,
        "strategy_minutes": st.integers(0, 60),
        "mazes": st.sampled_from(["same", "mirrored", "generated", "tournament"]),
    },
)


def places(doc: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key and item of the document, as paths."""
    out = [path]
    if isinstance(doc, dict):
        for key, value in doc.items():
            out += places(value, (*path, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            out += places(value, (*path, index))
    return out


@st.composite
def mutated(draw: st.DrawFn, documents: st.SearchStrategy[Any]) -> Any:
    """A valid document with one to three of its parts changed: replaced, removed, or given an extra key."""
    doc = copy.deepcopy(draw(documents))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(places(doc)))
        if not path:
            if draw(st.booleans()):
                return draw(anything)
            doc[draw(st.sampled_from(["colour", "grid", "teams", "name", "rules"]))] = draw(anything)
            continue
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        how = draw(st.sampled_from(["replace", "remove", "extra"]))
        if how == "replace" or (how == "remove" and isinstance(parent, list)):
            parent[path[-1]] = draw(anything)
        elif how == "remove":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.sampled_from(["colour", "diagonal", "players", "teams", "name"]))] = draw(anything)
        else:
            parent.append(draw(anything))
    return doc


def same_answer(doc: Any, schema: str) -> bool:
    quick = conforms(doc, schema, load_schema)
    full = _validator(schema).is_valid(doc)
    assert quick == full, f"quick check says {quick}, jsonschema says {full}, for {doc!r}"
    return quick


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(levels)
def test_valid_levels_are_accepted_by_both(doc: dict[str, Any]) -> None:
    assert same_answer(doc, "level.schema.json")


@SETTINGS
@given(workshops)
def test_valid_workshops_are_accepted_by_both(doc: dict[str, Any]) -> None:
    assert same_answer(doc, "workshop.schema.json")


@SETTINGS
@given(mutated(levels))
@example({"name": "x", "grid": "#", "rules": {"discovery_minutes": 4.5}})
@example({"name": "x", "grid": "#", "rules": {"execution_rounds": 2.0}})
@example({"name": "x", "grid": "#", "rules": {"diagonal": 1}})
@example({"name": "x", "grid": "#\n", "rules": {"talk_penalty_seconds": True}})
@example({"name": " ", "grid": "#"})
@example({"name": "n" * 80, "grid": "#", "author": "a" * 200})
def test_changed_levels_get_the_same_answer(doc: Any) -> None:
    same_answer(doc, "level.schema.json")


@SETTINGS
@given(mutated(workshops))
@example({"teams": [{"name": "A", "players": True}]})
@example({"teams": [{"name": "n" * 40, "players": ["Ana"] * 40}]})
@example({"teams": [{"name": "A", "players": ["Ana", 3]}]})
@example({"teams": [{"name": "A", "players": 2, "rules": {"entry": "up"}}]})
def test_changed_workshops_get_the_same_answer(doc: Any) -> None:
    same_answer(doc, "workshop.schema.json")


@pytest.mark.parametrize(
    ("documents", "schema"),
    [(levels, "level.schema.json"), (workshops, "workshop.schema.json")],
    ids=["level", "workshop"],
)
def test_the_changes_make_documents_the_schema_refuses(documents: st.SearchStrategy[Any], schema: str) -> None:
    """Agreement on changed documents means something only if many of them are faulty: a refused one, deep inside
    (a team's rules) for the workshop, is found quickly."""
    fixed = settings(database=None, derandomize=True, max_examples=200)
    refused = find(mutated(documents), lambda doc: not _validator(schema).is_valid(doc), settings=fixed)
    assert not conforms(refused, schema, load_schema)
    if schema == "workshop.schema.json":
        deep = find(
            mutated(documents),
            lambda doc: (
                isinstance(doc, dict)
                and isinstance(doc.get("teams"), list)
                and any(isinstance(t, dict) and isinstance(t.get("rules"), dict) and t["rules"] for t in doc["teams"])
                and not _validator(schema).is_valid(doc)
            ),
            settings=fixed,
        )
        assert not conforms(deep, schema, load_schema)


def test_a_keyword_the_quick_check_does_not_know_is_not_skipped() -> None:
    schemas = {"s.json": {"type": "object", "propertyNames": {"maxLength": 2}}}
    with pytest.raises(UnknownKeyword):
        conforms({"abc": 1}, "s.json", schemas.__getitem__)
