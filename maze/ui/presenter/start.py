"""Starting with --presenter: decide where the two windows go, then open the facilitator's."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

import pygame

from maze.ui.context import Context
from maze.ui.display import Display

if TYPE_CHECKING:
    from maze.ui.presenter.windows import Windows


def plan_windows(args: argparse.Namespace, display: Display) -> Windows | None:
    """Before the room's window opens: set where and how big it will be. None without --presenter."""
    if not getattr(args, "presenter", False):
        return None
    from maze.ui.presenter.windows import Windows, plan_placement

    placement = plan_placement(_desktops(), 1 if args.display is None else args.display, args.windowed, args.size)
    display.index = placement.room_display
    display.fullscreen = placement.room_fullscreen
    display.requested = placement.room_size
    return Windows(placement)


def open_windows(windows: Windows | None, ctx: Context) -> None:
    """After the room's window opened: the facilitator's window, and a word on where things went.

    Without --presenter but with a second screen plugged in, a notice offers the presenter view (F6)."""
    if windows is None:
        if _desktops()[1:]:
            ctx.notify(
                "Two screens found: F6 starts the presenter view (the room's window on the projector)", seconds=10
            )
        return
    windows.open_facilitator()
    if windows.placement.note:
        ctx.notify(windows.placement.note, seconds=10)


def present_now(display: Display) -> Windows:
    """One window becomes two: the one window moves to the other screen as the room's; a facilitator's opens."""
    from maze.ui.presenter.windows import Windows, plan_placement

    desktops = _desktops()
    others = [i for i in range(len(desktops)) if i != display.index]
    placement = plan_placement(desktops, others[0] if others else 0, False, None)
    display.index = placement.room_display
    display.fullscreen = placement.room_fullscreen
    display.requested = placement.room_size
    display.open()
    windows = Windows(placement)
    windows.open_facilitator()
    return windows


def _desktops() -> list[tuple[int, int]]:
    try:
        return list(pygame.display.get_desktop_sizes())
    except pygame.error:
        return []
