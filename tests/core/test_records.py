"""`record` behaves as `@dataclass` does for every option the game uses: each shape of class is declared twice,
once with each, and the two must agree on every method."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from dataclasses import FrozenInstanceError, field

import pytest

from maze.core.records import _record as record


def both(frozen: bool = False, eq: bool = True):  # noqa: ANN202 - a pair of classes
    """The same class body, made by @dataclass and by record."""

    def body() -> dict:
        return {
            "__annotations__": {"name": "str", "tags": "list[str]", "size": "int", "note": "str", "cached": "int"},
            "tags": field(default_factory=list),
            "size": 3,
            "note": field(default="", compare=False, repr=False),
            "cached": field(default=0, init=False, hash=False),
            "__module__": __name__,
        }

    plain = dataclasses.dataclass(frozen=frozen, eq=eq)(type("Shape", (), body()))
    ours = record(type("Shape", (), body()), frozen=frozen, eq=eq)
    return plain, ours


OPTIONS = [(False, True), (True, True), (False, False), (True, False)]


@pytest.mark.parametrize(("frozen", "eq"), OPTIONS)
def test_init_repr_fields_and_signature_match(frozen: bool, eq: bool) -> None:
    plain, ours = both(frozen, eq)
    for args, kwargs in [(("a",), {}), (("a", ["x"], 5), {"note": "n"}), ((), {"name": "b", "size": 1})]:
        p, o = plain(*args, **kwargs), ours(*args, **kwargs)
        assert repr(p) == repr(o)
        assert dataclasses.asdict(p) == dataclasses.asdict(o)
        assert dataclasses.astuple(p) == dataclasses.astuple(o)
    assert str(inspect.signature(plain)) == str(inspect.signature(ours))
    assert [f.name for f in dataclasses.fields(plain)] == [f.name for f in dataclasses.fields(ours)]
    assert plain.__match_args__ == ours.__match_args__ == ("name", "tags", "size", "note")
    with pytest.raises(TypeError):
        ours()  # name has no default


@pytest.mark.parametrize(("frozen", "eq"), OPTIONS)
def test_equality_and_hash_match(frozen: bool, eq: bool) -> None:
    plain, ours = both(frozen, eq)
    pairs = [(("a",), ("a",)), (("a",), ("b",)), (("a", [], 3, "x"), ("a", [], 3, "y")), (("a",), ("a", [], 4))]
    for left, right in pairs:
        assert (plain(*left) == plain(*right)) == (ours(*left) == ours(*right)), (left, right)
        assert (plain(*left) != plain(*right)) == (ours(*left) != ours(*right)), (left, right)
    assert (plain.__hash__ is None) == (ours.__hash__ is None)
    assert ours("a") != ("a", [], 3)  # another type is never equal
    if frozen and eq:
        assert hash(ours("a", (), 3, "x")) == hash(ours("a", (), 3, "y"))  # `note` is not compared
        assert {ours("a", ()): 1}[ours("a", ())] == 1
        with pytest.raises(TypeError):
            hash(ours("a", ["a list"]))  # hashed as @dataclass hashes it: by every compared field


def test_a_frozen_record_refuses_changes_as_a_frozen_dataclass_does() -> None:
    plain, ours = both(frozen=True)
    for made in (plain("a"), ours("a")):
        with pytest.raises(FrozenInstanceError):
            made.name = "b"
        with pytest.raises(FrozenInstanceError):
            del made.size
    changed = dataclasses.replace(ours("a", ["t"]), size=9)
    assert (changed.name, changed.tags, changed.size) == ("a", ["t"], 9)


def test_default_factories_give_each_instance_its_own_value() -> None:
    _, ours = both()
    first, second = ours("a"), ours("b")
    first.tags.append("x")
    assert second.tags == []
    assert ours("c", None).tags is None  # an explicit value is kept, even a falsy one


def test_post_init_runs_after_the_fields_are_set() -> None:
    @record(frozen=True)
    class Square:
        side: int
        area: int = field(init=False)

        def __post_init__(self) -> None:
            object.__setattr__(self, "area", self.side * self.side)

    assert Square(3).area == 9
    assert Square(3) == Square(3)
    assert repr(Square(2)) == "test_post_init_runs_after_the_fields_are_set.<locals>.Square(side=2, area=4)"


def test_init_is_compiled_at_the_first_instance_and_kept() -> None:
    @record(frozen=True)
    class Later:
        name: str
        size: int = 3

    waiting = Later.__init__
    assert str(inspect.signature(Later)) == "(*args: 'Any', **kwargs: 'Any') -> 'None'"  # nothing compiled yet
    first = Later("a")
    compiled = Later.__init__
    assert compiled is not waiting and str(inspect.signature(Later)) == "(name: 'str', size: 'int' = 3) -> None"
    assert Later("b", 4) == Later("b", 4) != first and Later.__init__ is compiled  # compiled once
    with pytest.raises(TypeError):
        Later()  # the real signature holds from the first instance on

    @record
    class Base:
        name: str

    class Sub(Base):
        """A plain subclass makes the first instance: the record's own __init__ is compiled, on the record."""

    waiting = Base.__init__
    assert Sub("c").name == "c" and Base.__init__ is not waiting and "__init__" not in Sub.__dict__
    assert Base("d").name == "d" and Base.__init__.__qualname__.endswith("Base.__init__")


def test_records_copy_and_pickle() -> None:
    made = Pickled("a", (1, 2))
    assert pickle.loads(pickle.dumps(made)) == made
    assert copy.deepcopy(made) == made
    assert copy.copy(made) is not made


@record(frozen=True)
class Pickled:
    name: str
    values: tuple[int, ...] = ()


def test_methods_the_body_writes_stay() -> None:
    @record(frozen=True)
    class Loose:
        name: str

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Loose) and self.name.lower() == other.name.lower()

        def __hash__(self) -> int:
            return hash(self.name.lower())

        def __repr__(self) -> str:
            return f"<{self.name}>"

    assert Loose("A") == Loose("a")
    assert hash(Loose("A")) == hash(Loose("a"))
    assert repr(Loose("A")) == "<A>"


def test_a_recursive_value_repr_does_not_loop() -> None:
    @record
    class Node:
        children: list[object]

    node = Node([])
    node.children.append(node)
    assert repr(node) == "test_a_recursive_value_repr_does_not_loop.<locals>.Node(children=[...])"


def test_what_record_does_not_take_is_refused_at_definition() -> None:
    with pytest.raises(TypeError, match="keyword-only"):

        @record
        class KeywordOnly:
            name: str = field(kw_only=True)

    with pytest.raises(TypeError, match="non-default argument 'size' follows default argument"):

        @record
        class DefaultFirst:  # refused at once, as by @dataclass, though __init__ waits for the first instance
            name: str = ""
            size: int

    @dataclasses.dataclass
    class Base:
        name: str

    with pytest.raises(TypeError, match="cannot extend"):

        @record
        class Child(Base):
            size: int = 0


def test_every_dataclass_in_the_game_is_a_record() -> None:
    """One way to declare a record: a plain @dataclass would bring back its cost at start-up."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "maze"
    decorated = re.compile(r"^\s*@(dataclasses\.)?dataclass\b", re.M)
    plain = [str(p.relative_to(root)) for p in root.rglob("*.py") if decorated.search(p.read_text(encoding="utf-8"))]
    assert plain == []


@pytest.mark.parametrize("frozen", [False, True])
def test_an_instance_takes_no_more_memory_than_a_dataclass_instance(frozen: bool) -> None:
    """Values set as @dataclass sets them stay in the instance (CPython's shared keys), not in a dict of their
    own: a record made thousands of times a workshop must not grow memory."""
    import tracemalloc

    plain, ours = both(frozen)

    def bytes_each(kind: type) -> int:
        """Bytes an instance adds, from the memory of 2000 and of 4000 (what else the process allocates
        meanwhile, a few dozen bytes, is in both and cancels out)."""
        kind("warm")  # the first instance of a record compiles its __init__
        sizes = []
        for count in (2000, 4000):
            tracemalloc.start()
            made = [kind(str(i), (), i) for i in range(count)]
            sizes.append(tracemalloc.get_traced_memory()[0])
            tracemalloc.stop()
            assert len(made) == count
        return round((sizes[1] - sizes[0]) / 2000)

    assert bytes_each(ours) <= bytes_each(plain)
