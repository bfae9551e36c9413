"""Rotation: the walking order a team sets during strategy, then kept in discovery and execution."""

from __future__ import annotations

from typing import TYPE_CHECKING

from maze.core import event_makers as make
from maze.core.commands import IllegalCommand, SetOrder
from maze.core.events import Event
from maze.core.team import Phase

if TYPE_CHECKING:
    from maze.core.workshop import Workshop


def set_order(ws: Workshop, cmd: SetOrder, t: float) -> list[Event]:
    run = ws._run()
    if run.phase not in (Phase.BRIEFING, Phase.STRATEGY):
        raise IllegalCommand("the walking order is set before discovery; from then on it is kept")
    if sorted(cmd.order) != list(range(len(run.players))):
        raise IllegalCommand("a walking order names every player once")
    if tuple(cmd.order) == run.walking_order:
        return []
    return [make.order_set(ws.stamp(t), order=list(cmd.order))]


def moved(order: tuple[int, ...], place: int, delta: int) -> tuple[int, ...]:
    """The order with the walker at `place` moved `delta` places earlier (-) or later (+), kept in range."""
    target = min(max(place + delta, 0), len(order) - 1)
    items = list(order)
    items.insert(target, items.pop(place))
    return tuple(items)


def swapped(order: tuple[int, ...], first: int, second: int) -> tuple[int, ...]:
    """The order with the walkers at places `first` and `second` swapped."""
    items = list(order)
    items[first], items[second] = items[second], items[first]
    return tuple(items)
