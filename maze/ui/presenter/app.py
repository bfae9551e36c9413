"""The main loop with a presenter view: events routed by window, the room's picture and the facilitator's desk.

Without a facilitator's window (no --presenter) this is the ordinary loop plus one key, F3, that lays the
facilitator's panel over the one screen and takes it away again. The desk, its panel and the second window load
on first use (F3, F6 or --presenter): a start in one window does not wait for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import pygame

from maze.core.records import record
from maze.ui.actions import Act, Action
from maze.ui.app import App
from maze.ui.context import Context
from maze.ui.display import Display
from maze.ui.painter import Painter
from maze.ui.screens.base import ModalResult, Pop, Push, Screen, Transition

if TYPE_CHECKING:
    from maze.ui.presenter.desk import FacilitatorDesk
    from maze.ui.presenter.one_screen import PanelScreen
    from maze.ui.presenter.windows import Windows

SIZE_EVENTS = (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED, pygame.WINDOWRESIZED)
SHOW_EVENTS = (pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED, pygame.WINDOWFOCUSGAINED, pygame.WINDOWSHOWN)
MOUSE_EVENTS = (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION)
DISPLAY_CHECK_SECONDS = 1.0


@record(frozen=True)
class ShowRoomWindow(ModalResult):
    """Yes to "a screen was plugged in: show the room's window on it again?"."""


class PresenterApp(App):
    def __init__(
        self,
        ctx: Context,
        display: Display,
        first: Screen,
        screen_for_phase: Callable[[Context], Screen] | None = None,
        windows: Windows | None = None,
    ) -> None:
        super().__init__(ctx, display, first, screen_for_phase)
        self.windows = windows
        self._desk: FacilitatorDesk | None = None
        self._panel: PanelScreen | None = None  # F3's panel over the one screen, while it is up
        self.help_shown = False
        self.desk_dirty = True
        self._desk_shown: tuple | None = None
        self._next_display_check = 0.0
        self.desk_frames = 0
        self.desk_painter = Painter(pygame.Surface((1, 1)))
        if windows is not None:
            self._present_with(windows)

    @property
    def desk(self) -> FacilitatorDesk:
        if self._desk is None:
            from maze.ui.presenter.desk import FacilitatorDesk

            self._desk = FacilitatorDesk(self.ctx)
        return self._desk

    def _present_with(self, windows: Windows) -> None:
        self.windows = windows
        self.set_context(replace(self.ctx, players_only=True))
        self.desk_painter = Painter(windows.facilitator_surface or pygame.Surface((1, 1)))
        self.desk_dirty = True

    def start_presenting(self) -> None:
        """F6 on one screen: that window becomes the room's (on the other screen, if any) and the facilitator's
        window opens beside it."""
        from maze.ui.presenter.start import present_now

        try:
            windows = present_now(self.display)
        except pygame.error as exc:
            self.ctx.notify(f"The presenter view cannot open here ({str(exc).splitlines()[0][:60]})", warning=True)
            return
        self.stack = [s for s in self.stack if s is not self._panel] or self.stack[:1]
        self._panel = None
        self._present_with(windows)
        self._resized()
        if windows.placement.note:
            self.ctx.notify(windows.placement.note, seconds=10)

    @property
    def presenting(self) -> bool:
        return self.windows is not None and self.windows.facilitator is not None

    # -- the loop ------------------------------------------------------------------------------

    def frame(self) -> None:
        super().frame()
        if not self.running or not self.presenting:
            return
        self._watch_displays()
        came = self.desk.note_notices()
        shown = self.desk.shown_state(self.ctx.now, self.windows is not None and self.windows.room_open)
        if came or self.desk_dirty or shown != self._desk_shown:
            self.draw_desk()

    def close_windows(self) -> None:
        """The facilitator's window goes before pygame.quit(): a pygame.Window left to the garbage collector
        after that would destroy whatever window SDL has since made at its address (a second game in the same
        process, as the screen tests start)."""
        if self.windows is not None:
            self.windows.close()

    def draw(self) -> None:
        if not self.presenting:
            super().draw()
            return
        everything = self._stack
        self._stack = [s for i, s in enumerate(everything) if i == 0 or not s.facilitator_only]
        try:
            super().draw()
        finally:
            self._stack = everything
        self.draw_desk()

    def draw_desk(self) -> None:
        from maze.ui.presenter.desk import drawn_with
        from maze.ui.screens.overlays import HelpOverlay

        windows = self.windows
        surface = windows.facilitator_surface if windows is not None else None
        if windows is None or surface is None:
            return
        p = self.desk_painter
        p.reset(surface)
        self.desk.note_notices()
        self.desk.draw(p, pygame.display.get_surface(), windows.room_open)
        desk_ctx = self.ctx.resized(surface.get_size())  # the same context, at the facilitator's window size
        for screen in self.stack[1:]:
            if screen.facilitator_only:
                with drawn_with(screen, desk_ctx):
                    screen.draw(p)
        if self.help_shown:
            HelpOverlay(desk_ctx).draw(p)
        if windows.facilitator is not None:
            windows.facilitator.flip()
        self._desk_shown = self.desk.shown_state(self.ctx.now, windows.room_open)
        self.desk_dirty = False
        self.desk_frames += 1

    # -- events --------------------------------------------------------------------------------

    def _event(self, event: pygame.event.Event) -> None:
        kind = event.type
        if self.windows is None or not self.presenting:
            super()._event(event)
            return
        from maze.ui.presenter.windows import Source

        source = self.windows.which(event)
        if kind == pygame.WINDOWCLOSE:
            if source is Source.ROOM:
                self.room_closed("The room's window was closed")
            else:
                self.dispatch(Action(Act.QUIT))
            return
        if source is Source.FACILITATOR:
            self._facilitator_event(event)
            return
        if kind in MOUSE_EVENTS and self.top.facilitator_only:
            return  # the room cannot answer the facilitator's questions
        if kind in SIZE_EVENTS or kind in SHOW_EVENTS or kind == pygame.WINDOWDISPLAYCHANGED:
            self.desk_dirty = True
            if kind == pygame.WINDOWDISPLAYCHANGED:
                self._resized()
                return
        super()._event(event)

    def _facilitator_event(self, event: pygame.event.Event) -> None:
        kind = event.type
        if kind in SIZE_EVENTS or kind in SHOW_EVENTS or kind == pygame.WINDOWMOVED:
            self.desk_dirty = True
            return
        if kind in MOUSE_EVENTS:
            if self.top.facilitator_only or self.help_shown:
                super()._event(event)  # a question drawn on this window: its buttons are in this window's pixels
                return
            at = self.desk.to_room(event.pos)
            if at is not None:  # a click on the live copy is a click on the room's view
                super()._event(pygame.event.Event(kind, {**event.dict, "pos": at}))
            return
        if kind == pygame.FINGERDOWN:
            return
        super()._event(event)

    def dispatch(self, action: Action) -> None:
        self.desk_dirty = True
        if action.act is Act.PANEL:
            if self.presenting:
                self.ctx.notify("The facilitator's panel has its own window; F6 hides or shows the room's")
            else:
                self.toggle_panel()
            return
        if action.act is Act.ROOM_WINDOW:
            if self.presenting:
                self.toggle_room()
            else:
                self.start_presenting()
            return
        if self.presenting and action.act is Act.HELP and not self.top.typing:
            self.help_shown = not self.help_shown
            return
        if self.presenting and self.help_shown and action.act in (Act.BACK, Act.CONFIRM, Act.CLICK):
            self.help_shown = False
            return
        super().dispatch(action)

    def set_context(self, ctx: Context) -> None:
        super().set_context(ctx)
        if self._desk is not None:
            self._desk.adopt(ctx)
        self.desk_dirty = True

    def on_result(self, result: ModalResult) -> Transition | None:
        if isinstance(result, ShowRoomWindow):  # the app's own question, not a screen's
            self.open_room()
            self.desk_dirty = True
            return None
        return super().on_result(result)

    # -- the one-screen panel ------------------------------------------------------------------

    def toggle_panel(self) -> None:
        from maze.ui.presenter.one_screen import PanelScreen

        if self._panel in self.stack:
            self.stack = [s for s in self.stack if s is not self._panel]
            self._panel = None
        else:
            self._panel = PanelScreen(self.ctx, self.desk, lambda: self._below_panel())
            self.stack.append(self._panel)
        self.hold_play_while_asking()  # the panel passes play's keys on: a question under it may have closed
        self.dirty = True

    def _below_panel(self) -> Screen:
        under = [s for s in self.stack if s is not self._panel]
        return under[-1]

    # -- the room's window ---------------------------------------------------------------------

    def room_closed(self, why: str) -> None:
        if self.windows is None or not self.windows.room_open:
            return
        self.windows.hide_room()
        held, self._held = self._held, False  # a question's pause is now the hidden room's: no answer resumes it
        paused = self._pause_play() or held
        then = "play is paused; " if paused else ""
        from maze.ui.presenter.desk_text import ROOM_KEY

        self.ctx.notify(f"{why}: {then}{ROOM_KEY} opens it again", warning=True, seconds=12)
        self.desk_dirty = True

    def _pause_play(self) -> bool:
        from maze.core.commands import Pause

        ws = self.ctx.workshop
        if ws is None or ws.finished or ws.current is None or ws.current.paused:
            return False
        return bool(self.ctx.issue(Pause(self.ctx.now)))

    def open_room(self) -> None:
        windows = self.windows
        if windows is None:
            return
        windows.show_room()
        placement = windows.placement
        if placement.room_fullscreen and windows.displays_seen > placement.room_display:
            # back on the projector it was on (an unplugged screen's windows move to the one left)
            self.display.index, self.display.fullscreen = placement.room_display, True
            self.display.open()
        run = self.ctx.workshop.current if self.ctx.workshop is not None else None
        paused = run is not None and run.paused
        self.ctx.notify("The room's window is back" + ("; Space resumes play" if paused else ""))
        self._resized()
        self.desk_dirty = True

    def toggle_room(self) -> None:
        if self.windows is None:
            return
        if self.windows.room_open:
            self.room_closed("The room's window is hidden")
        else:
            self.open_room()

    def _watch_displays(self) -> None:
        """Once a second: a projector unplugged closes the room's window; plugged back, it offers it again."""
        if self.ctx.now < self._next_display_check:
            return
        self._next_display_check = self.ctx.now + DISPLAY_CHECK_SECONDS
        if self.windows is None:
            return
        went, came = self.windows.displays_changed()
        if went and not self.windows.room_display_present:
            self.room_closed("The projector was unplugged")
        elif came and not self.windows.room_open and not self.top.facilitator_only:
            from maze.ui.screens.overlays import ConfirmDialog

            question = ConfirmDialog(
                self.ctx,
                "A screen was plugged in",
                "Show the room's window on it again?",
                yes=Pop(ShowRoomWindow()),
                default_yes=True,  # showing the room's window again loses nothing
            )
            self._apply(Push(question))
