"""What a journal line must hold to be an event: required fields and their types, per event type.

The journal reader checks every line against this before the rules core ever sees it, so a damaged
or hand-edited line is skipped (and counted) instead of raising KeyError or TypeError during replay.
"""

from __future__ import annotations

import itertools
import math
import types
import typing
from typing import Any

from maze.core.events import REQUIRED_FIELDS, BeepKind, Event, EventType, Phase
from maze.core.records import record

HEARTBEAT = "heartbeat"  # a line that only says "the clock was still running at t"; never an event

_INT = "int"
_NUM = "num"
_STR = "str"
_BOOL = "bool"
_DICT = "dict"
_LIST = "list"


def _check_kind(annotation: Any) -> str:
    """How a line's field is checked, from the field's type in `Event`."""
    while typing.get_origin(annotation) in (typing.Required, typing.NotRequired):
        (annotation,) = typing.get_args(annotation)
    origin = typing.get_origin(annotation) or annotation
    if origin in (types.UnionType, typing.Union):
        kinds = {_check_kind(part) for part in typing.get_args(annotation)}
        if len(kinds) != 1:
            raise TypeError(f"an event field of mixed kinds: {annotation}")
        return kinds.pop()
    if origin is bool:
        return _BOOL
    if origin is int:
        return _INT
    if origin is float:
        return _NUM
    if isinstance(origin, type) and issubclass(origin, str):
        return _STR  # str and the StrEnums
    if origin is list:
        return _LIST
    if origin is dict:
        return _DICT
    raise TypeError(f"an event field of a type the journal check does not know: {annotation}")


FIELD_KINDS: dict[str, str] = {
    name: _check_kind(hint) for name, hint in typing.get_type_hints(Event, include_extras=True).items()
}

# Per event type, the fields it must carry and how each is checked: maze.core.events says which, Event their types.
REQUIRED: dict[str, tuple[tuple[str, str], ...]] = {
    kind: tuple((name, FIELD_KINDS[name]) for name in names) for kind, names in REQUIRED_FIELDS.items()
}
_OPTIONAL = tuple(  # any field an event may carry must have its type wherever it appears
    {(name, want) for spec in REQUIRED.values() for name, want in spec if name != "level"}
    | {(name, FIELD_KINDS[name]) for name in ("seq", "cmd", "team", "variant", "reason")}
)
_PHASES = {str(phase) for phase in Phase}
_BEEP_KINDS = {str(kind) for kind in BeepKind}
_SHORT_TEXT = 200


def _is(value: Any, kind: str) -> bool:
    if kind == _INT:
        return type(value) is int and -1 <= value < 1_000_000_000
    if kind == _NUM:
        return type(value) in (int, float) and math.isfinite(value) and -1 <= value < 1e9
    if kind == _STR:
        return type(value) is str and len(value) <= _SHORT_TEXT
    if kind == _BOOL:
        return type(value) is bool
    if kind == _DICT:
        return type(value) is dict
    return type(value) is list


# The quick check, run on every line of every journal read: per event type, each field's Python types.
_PY_TYPES = {_INT: (int,), _NUM: (int, float), _STR: (str,), _BOOL: (bool,), _DICT: (dict,), _LIST: (list,)}
_ABSENT = (type(None),)


@record(frozen=True)
class _Quick:
    """One event type's quick check: the fields to look at, every allowed tuple of their Python types, and
    the numbers that must lie in range. Done with C-level map/min/max, as it runs on every journal line."""

    names: tuple[str, ...]
    signatures: frozenset[tuple[type, ...]]
    numbers: tuple[str, ...]


def _quick_check(kind: str, spec: tuple[tuple[str, str], ...]) -> _Quick:
    fields = [("t", _NUM), *spec]
    if kind != EventType.WORKSHOP_STARTED:
        fields.append(("team", _INT))
    options = [_PY_TYPES[want] for _name, want in fields] + [(int, *_ABSENT), (int, *_ABSENT)]
    names = tuple(name for name, _want in fields) + ("seq", "cmd")
    numbers = tuple(name for name, want in fields if want in (_INT, _NUM))
    return _Quick(names, frozenset(itertools.product(*options)), numbers)


_QUICK: dict[str, _Quick] = {kind: _quick_check(kind, spec) for kind, spec in REQUIRED.items()}
_CLOSE_LOOK = frozenset({EventType.WORKSHOP_STARTED, EventType.TEAM_STARTED})


def event_fault(event: Any) -> str:
    """Why `event` (a parsed JSON line) is not a usable event; "" when it is one.

    A quick pass (this runs on every line of every journal) checks the Python type of each field the event's
    type needs and that its numbers are in range; a line it finds odd, or one with names or nested parts, is
    looked at closely to say what is wrong.
    """
    if type(event) is not dict:
        return "not a JSON object"
    kind = event.get("type")
    quick = _QUICK.get(kind) if type(kind) is str else None
    if quick is None or kind in _CLOSE_LOOK:
        return _close_fault(event)
    get = event.get
    if tuple(map(type, map(get, quick.names))) not in quick.signatures:
        return _close_fault(event)
    numbers: list[Any] = list(map(get, quick.numbers))  # all present, each an int or a float: checked above
    total = sum(numbers)  # nan or inf anywhere makes the total nan or inf
    if not (-1 <= min(numbers) and max(numbers) < 1e9 and -1e12 < total < 1e12) or event["t"] < 0:
        return _close_fault(event)
    phase = get("phase", Phase.DISCOVERY)
    if type(phase) is not str or phase not in _PHASES:
        return _close_fault(event)
    if kind == EventType.BEEP and event["kind"] not in _BEEP_KINDS:
        return "beep of an unknown kind"
    if kind == EventType.RETRACE and not all(map(_is_square, event["route"])):
        return "retrace with an invalid route"
    return ""


def _close_fault(event: dict[str, Any]) -> str:
    kind = event.get("type")
    spec = REQUIRED.get(kind) if type(kind) is str else None
    if spec is None:
        return f"unknown event type {kind!r}"[:80]
    if not _is(event.get("t"), _NUM) or event["t"] < 0:
        return "no time"
    for name, want in spec + (() if kind == EventType.WORKSHOP_STARTED else (("team", _INT),)):
        if name not in event or not _is(event[name], want):
            return f"{kind} without a valid {name}"
    for name, want in _OPTIONAL:
        if name in event and not _is(event[name], want):
            return f"{kind} with an invalid {name}"
    if "phase" in event and (type(event["phase"]) is not str or event["phase"] not in _PHASES):
        return f"{kind} in an unknown phase"
    if kind == EventType.BEEP and event["kind"] not in _BEEP_KINDS:
        return "beep of an unknown kind"
    if kind == EventType.WORKSHOP_STARTED:
        return _workshop_fault(event)
    if kind == EventType.TEAM_STARTED:
        return _names_fault(event["name"], event["players"])
    if kind == EventType.RETRACE and not all(_is_square(p) for p in event["route"]):
        return "retrace with an invalid route"
    return ""


def _workshop_fault(event: dict[str, Any]) -> str:
    teams, plans = event["teams"], event["plans"]
    if not teams or len(plans) != len(teams):
        return "workshop_started without a maze for every team"
    for team in teams:
        if type(team) is not dict or _names_fault(team.get("name"), team.get("players")):
            return "workshop_started with an invalid team"
    if not all(type(p) is dict and type(p.get("level")) is dict for p in plans):
        return "workshop_started with an invalid maze"
    if "strategy_seconds" in event and not _is(event["strategy_seconds"], _NUM):
        return "workshop_started with an invalid strategy time"
    if "about" in event and type(event["about"]) is not dict:
        return "workshop_started with an invalid description"
    return ""


def _names_fault(name: Any, players: Any) -> str:
    if not _is(name, _STR) or type(players) is not list or not players:
        return "a team without a name or players"
    if not all(_is(p, _STR) for p in players):
        return "a player without a name"
    return ""


def _is_square(value: Any) -> bool:
    return type(value) is list and len(value) == 2 and all(_is(v, _INT) for v in value)


def heartbeat_time(event: Any) -> float | None:
    """The time a heartbeat line carries, or None when the line is not a heartbeat."""
    if type(event) is dict and event.get("type") == HEARTBEAT and _is(event.get("t"), _NUM):
        return float(event["t"])
    return None
