"""The two windows: the room's (pygame's display window, on the projector) and the facilitator's (on the laptop).

The room's window is the display module's window, so every screen draws on it as it always has. The
facilitator's is a second `pygame.Window`. Events carry `event.window`; `which` says whose it is.
"""

from __future__ import annotations

import warnings
from enum import StrEnum

import pygame

from maze.core.records import record
from maze.resources import ASSETS_DIR

FACILITATOR_TITLE = "Electric Maze - facilitator"
FIT_SHARE = 0.9  # of the laptop's screen
SIDE_BY_SIDE_SHARE = 0.48  # of one shared screen's width, for each window, when there is no second screen
CENTRED_ON_DISPLAY = 0x2FFF0000  # SDL_WINDOWPOS_CENTERED_DISPLAY(n) = this | n
WINDOW_GAP = 24  # pixels between the two windows when they share one screen
WINDOW_EVENTS = frozenset(
    {pygame.WINDOWCLOSE, pygame.WINDOWSIZECHANGED, pygame.WINDOWRESIZED, pygame.WINDOWEXPOSED, pygame.WINDOWSHOWN}
    | {pygame.KEYDOWN, pygame.KEYUP, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION}
)


class Source(StrEnum):
    ROOM = "room"
    FACILITATOR = "facilitator"
    NONE = "none"  # an event from no window (a game pad, a timer)


@record(frozen=True)
class Placement:
    """Where the two windows go, decided once from the screens found."""

    room_display: int
    facilitator_display: int
    room_fullscreen: bool
    room_size: tuple[int, int]
    facilitator_size: tuple[int, int]
    side_by_side: bool  # one screen only: the two windows share it, the room's on the right

    @property
    def note(self) -> str:
        if self.side_by_side:
            return "Only one screen found: the room's window is on the right. Set the projector to extend, not mirror"
        return ""


def plan_placement(
    desktops: list[tuple[int, int]], room_index: int, windowed: bool, size: tuple[int, int] | None
) -> Placement:
    """The room on screen `room_index` (fullscreen unless --windowed), the facilitator on the first other screen."""
    desktops = desktops or [(1024, 768)]
    if len(desktops) >= 2:
        room = room_index if 0 <= room_index < len(desktops) else 1
        laptop = 0 if room != 0 else 1
        lw, lh = desktops[laptop]
        rw, rh = desktops[room]
        room_size = _fit(size, (rw, rh), FIT_SHARE) if windowed else (rw, rh)
        return Placement(room, laptop, not windowed, room_size, (int(lw * FIT_SHARE), int(lh * FIT_SHARE)), False)
    w, h = desktops[0]
    half = (int(w * SIDE_BY_SIDE_SHARE), int(h * FIT_SHARE))
    return Placement(0, 0, False, _fit(size, half, 1.0), half, True)  # fullscreen would hide the other


def _fit(wanted: tuple[int, int] | None, space: tuple[int, int], share: float) -> tuple[int, int]:
    if wanted is None:
        return int(space[0] * share), int(space[1] * share)
    return min(wanted[0], space[0]), min(wanted[1], space[1])


class Windows:
    """Opens, closes and tells apart the room's and the facilitator's windows."""

    def __init__(self, placement: Placement) -> None:
        self.placement = placement
        self.facilitator: pygame.Window | None = None
        self.room: pygame.Window | None = None  # wrapped once, so that its events say they are the room's
        self.room_open = True
        self.displays_seen = _display_count()

    # -- opening -------------------------------------------------------------------------------

    def open_facilitator(self) -> pygame.Window:
        p = self.placement
        if p.side_by_side:
            position: tuple[int, int] | int = (WINDOW_GAP, WINDOW_GAP * 3)
        else:
            at = CENTRED_ON_DISPLAY | p.facilitator_display
            position = (at, at)
        self.room = room_window()
        window = pygame.Window(FACILITATOR_TITLE, p.facilitator_size, position=position, resizable=True)
        try:
            window.set_icon(pygame.image.load(str(ASSETS_DIR / "icon.png")))
        except (pygame.error, FileNotFoundError):
            pass
        self.facilitator = window
        if p.side_by_side:
            self._place_room_beside()
        return window

    def _place_room_beside(self) -> None:
        room = self.room
        if room is None or self.placement.room_fullscreen:
            return
        x = self.placement.facilitator_size[0] + 2 * WINDOW_GAP
        try:
            room.position = (x, WINDOW_GAP * 3)
        except pygame.error:
            pass

    @property
    def facilitator_surface(self) -> pygame.Surface | None:
        return self.facilitator.get_surface() if self.facilitator is not None else None

    def facilitator_size(self) -> tuple[int, int]:
        return self.facilitator.size if self.facilitator is not None else (0, 0)

    # -- telling windows apart -----------------------------------------------------------------

    def which(self, event: pygame.event.Event) -> Source:
        window = event.dict.get("window")  # SDL names the window of window, key and mouse events
        if window is None:  # the facilitator's window is always wrapped: an unwrapped one is the room's
            return Source.ROOM if event.type in WINDOW_EVENTS else Source.NONE
        if self.facilitator is not None and window.id == self.facilitator.id:
            return Source.FACILITATOR
        return Source.ROOM

    # -- the room's window going and coming back -----------------------------------------------

    def hide_room(self) -> None:
        if self.room is not None:
            self.room.hide()
        self.room_open = False

    def show_room(self) -> None:
        if self.room is not None:
            self.room.show()
        self.room_open = True
        if self.facilitator is not None:
            self.facilitator.focus()  # the facilitator's keys stay where the facilitator is

    def displays_changed(self) -> tuple[bool, bool]:
        """(a screen went, a screen came) since the last look; for a projector unplugged or plugged in."""
        count = _display_count()
        went, came = count < self.displays_seen, count > self.displays_seen
        self.displays_seen = count
        return went, came

    @property
    def room_display_present(self) -> bool:
        return self.placement.side_by_side or self.displays_seen > self.placement.room_display

    def close(self) -> None:
        if self.facilitator is not None:
            self.facilitator.destroy()
            self.facilitator = None
        self.room = None  # the display module's own window, only wrapped: pygame.quit() closes it


def room_window() -> pygame.Window | None:
    """The display module's window as a `pygame.Window` (so its events say which window they came from)."""
    if pygame.display.get_surface() is None:
        return None
    with warnings.catch_warnings():  # deprecated for drawing through it; we only hide, show and place it
        warnings.simplefilter("ignore", DeprecationWarning)
        return pygame.Window.from_display_module()


def _display_count() -> int:
    try:
        return pygame.display.get_num_displays()
    except pygame.error:
        return 1
