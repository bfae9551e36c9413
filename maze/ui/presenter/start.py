"""Starting with --presenter: decide where the two windows go, then open the facilitator's."""

from __future__ import annotations

import argparse

import pygame

from maze.ui.context import Context
from maze.ui.display import Display
from maze.ui.presenter.windows import Windows, plan_placement


def plan_windows(args: argparse.Namespace, display: Display) -> Windows | None:
    """Before the room's window opens: set where and how big it will be. None without --presenter."""
    if not getattr(args, "presenter", False):
        return None
    try:
        desktops = list(pygame.display.get_desktop_sizes())
    except pygame.error:
        desktops = []
    placement = plan_placement(desktops, args.display, args.fullscreen, args.windowed, args.size)
    display.index = placement.room_display
    display.fullscreen = placement.room_fullscreen
    display.requested = placement.room_size
    return Windows(placement)


def open_windows(windows: Windows | None, ctx: Context) -> None:
    """After the room's window opened: the facilitator's window, and a word on where things went."""
    if windows is None:
        return
    windows.open_facilitator()
    if windows.placement.note:
        ctx.notify(windows.placement.note, seconds=10)
