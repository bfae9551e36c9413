"""`record`: the game's dataclass decorator, for classes that cost less to define.

Python 3.11's `@dataclass` compiles one small function per method it writes: six for a frozen class
(`__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__`, `__delattr__`), about 0.5 ms a class. The first
frame of the game needs some forty classes defined, and they took 15-25 ms of a start that should cost about
what a bare window costs (`startup_ratio` in benchmarks/run.py).

`record` lets `dataclasses` read the fields (so `fields`, `replace`, `asdict` and pattern matching work as for
any dataclass), compiles only `__init__`, and that when the class makes its first instance, and gives every
record the same `__repr__`, `__eq__`, `__hash__`, `__setattr__` and `__delattr__`, which read the class's fields
when called. It takes the options the game uses:
`frozen` and `eq`, with `field(default=..., default_factory=..., init=False, compare=False, hash=False,
repr=False)` and `__post_init__`. Anything else is refused at import, not guessed. `tests/core/test_records.py`
holds it to what `@dataclass` does, method by method.

Type checkers see `dataclasses.dataclass` itself.
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar

__all__ = ["record"]

T = TypeVar("T")

_VALUES = "__record_values__"  # the class's compared fields, as one tuple: `attrgetter`, or () for none
_HASHED = "__record_hashed__"  # the fields its hash reads


class _Factory:
    """The default `inspect.signature` shows for a field with a default factory, as for a dataclass."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def _getter(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return attrgetter(*names)


@reprlib.recursive_repr()
def _repr(self: Any) -> str:
    shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self) if f.repr)
    return f"{type(self).__qualname__}({shown})"


def _eq(self: Any, other: object) -> object:
    if other.__class__ is not self.__class__:
        return NotImplemented
    values = getattr(type(self), _VALUES)
    return bool(values(self) == values(other))


def _hash(self: Any) -> int:
    return hash(getattr(type(self), _HASHED)(self))


def _frozen_setattr(self: Any, name: str, value: object) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def _init_source(fields: list[dataclasses.Field[Any]], frozen: bool, post_init: bool) -> tuple[str, dict[str, Any]]:
    """`__init__`'s source, and the names it needs (defaults and factories)."""
    names: dict[str, Any] = {"__setattr": object.__setattr__, "__FACTORY": _FACTORY}
    params, body = ["self"], []
    for f in fields:
        if f.default is not dataclasses.MISSING:
            names[f"__default_{f.name}"] = f.default
        if f.default_factory is not dataclasses.MISSING:
            names[f"__factory_{f.name}"] = f.default_factory
        if f.init:
            if f.default is not dataclasses.MISSING:
                params.append(f"{f.name}=__default_{f.name}")
            elif f.default_factory is not dataclasses.MISSING:
                params.append(f"{f.name}=__FACTORY")
            else:
                params.append(f.name)
        if f.default_factory is not dataclasses.MISSING:
            fresh = f"__factory_{f.name}()"
            value = f"{fresh} if {f.name} is __FACTORY else {f.name}" if f.init else fresh
        elif f.init:
            value = f.name
        else:
            continue  # init=False: the class's default is read through the class, as with @dataclass (or
            # __post_init__ sets it)
        # object.__setattr__ gets past a frozen record's own __setattr__ and keeps the values in the instance
        # itself (CPython's shared keys); filling `self.__dict__` would give every instance a dict of its own
        body.append(f"__setattr(self, {f.name!r}, {value})" if frozen else f"self.{f.name} = {value}")
    if post_init:
        body.append("self.__post_init__()")
    lines = "\n".join(f"    {line}" for line in body or ["pass"])
    return f"def __init__({', '.join(params)}):\n{lines}\n", names


def _compiled_init(cls: type, fields: list[dataclasses.Field[Any]], frozen: bool, post_init: bool) -> Any:
    source, names = _init_source(fields, frozen, post_init)
    exec(source, names)  # noqa: S102 - our own source, as @dataclass writes its methods
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = {f.name: f.type for f in fields if f.init} | {"return": None}
    return init


def _init_on_first_use(cls: type, fields: list[dataclasses.Field[Any]], frozen: bool, post_init: bool) -> Any:
    """An `__init__` that compiles the real one when the class makes its first instance, and hands over to it
    for good: a class no one makes before the first frame costs nothing to compile before it. (Until then,
    `inspect.signature` of the class reads `(*args, **kwargs)`.)"""

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        init = _compiled_init(cls, fields, frozen, post_init)
        if cls.__dict__.get("__init__") is __init__:
            cls.__init__ = init  # type: ignore[misc]
        init(self, *args, **kwargs)

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    return __init__


def _set(cls: type, name: str, value: object) -> None:
    """A method the class body wrote itself stays, as with @dataclass."""
    if name not in cls.__dict__:
        setattr(cls, name, value)


def _make(cls: type[T], frozen: bool, eq: bool) -> type[T]:
    for base in cls.__mro__[1:-1]:
        if dataclasses.is_dataclass(base):
            raise TypeError(f"{cls.__qualname__}: a record cannot extend the dataclass {base.__qualname__}")
    documented = cls.__doc__ is not None
    if not documented:
        cls.__doc__ = cls.__name__  # for now: @dataclass would write one with inspect.signature, which costs more
        # than the rest together (its first call compiles tokenize's patterns)
    dataclasses.dataclass(cls, init=False, repr=False, eq=False, frozen=False)
    fields = list(dataclasses.fields(cls))  # type: ignore[arg-type]
    declared = vars(cls)["__dataclass_fields__"]
    if any(f.kw_only for f in fields) or any("InitVar" in str(f.type) for f in declared.values()):
        raise TypeError(f"{cls.__qualname__}: record takes no keyword-only fields or InitVar")
    defaulted = False
    for f in fields:  # as @dataclass checks at once: __init__ is compiled only at the first instance
        if f.init and (f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING):
            defaulted = True
        elif f.init and defaulted:
            raise TypeError(f"{cls.__qualname__}: non-default argument {f.name!r} follows default argument")
    _set(cls, "__init__", _init_on_first_use(cls, fields, frozen, hasattr(cls, "__post_init__")))
    _set(cls, "__repr__", _repr)
    if not documented:
        cls.__doc__ = f"{cls.__name__}({', '.join(f.name for f in fields if f.init)})"
    if eq:
        setattr(cls, _VALUES, _getter([f.name for f in fields if f.compare]))
        _set(cls, "__eq__", _eq)
        if frozen:
            hashed = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]
            setattr(cls, _HASHED, _getter(hashed))
            if cls.__dict__.get("__hash__") is None:  # absent, or None because the body wrote __eq__
                cls.__hash__ = _hash  # type: ignore[method-assign]
        elif "__hash__" not in cls.__dict__:
            cls.__hash__ = None  # type: ignore[assignment]  # equal by value and mutable: unhashable, as @dataclass
    if frozen:
        for name, method in (("__setattr__", _frozen_setattr), ("__delattr__", _frozen_delattr)):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
            setattr(cls, name, method)
    return cls


def _record(cls: type[T] | None = None, /, *, frozen: bool = False, eq: bool = True) -> Any:
    if cls is None:
        return lambda later: _make(later, frozen, eq)
    return _make(cls, frozen, eq)


if TYPE_CHECKING:
    from dataclasses import dataclass as record
else:
    record = _record
