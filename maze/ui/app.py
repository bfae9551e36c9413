"""The one main loop: events -> actions -> the top screen -> transitions; redraw only what changed."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import pygame

from maze.ui.actions import Act, Action, InputMapper
from maze.ui.context import Context
from maze.ui.display import Display
from maze.ui.display_list import Op, area, changed_boxes, merge, paint_all, repaint
from maze.ui.errorlog import log_exception
from maze.ui.painter import Painter
from maze.ui.screens.base import ModalResult, Pop, Push, Quit, Replace, Reset, Restyle, Screen, Transition
from maze.ui.tooltip import draw_tooltip, shortened_under
from maze.ui.widgets import draw_notices

if TYPE_CHECKING:
    from maze.core.events import Event

FPS = 60


class App:
    def __init__(
        self, ctx: Context, display: Display, first: Screen, screen_for_phase: Callable[[Context], Screen] | None = None
    ) -> None:
        self.ctx = ctx
        self.display = display
        self._stack: list[Screen] = [first]
        self.mapper = InputMapper()
        self.painter = Painter(display.surface or pygame.display.get_surface() or pygame.Surface((1, 1)))
        self.screen_for_phase = screen_for_phase
        self.autopilot: Callable[[], None] | None = None  # demo mode: simulated players take their turns
        self.running = True
        self.strict = False  # tests set this: a screen's exception then fails the test
        self.dirty = True
        self.full = True  # the next draw paints and presents the whole window
        self._last_ops: list[Op] | None = None
        self._scene: tuple = ()
        self._held = False  # play paused by the app while a facilitator's question or help is on top
        self.frames_drawn = 0
        self.after_first_frame: list[Callable[[], None]] = []  # what the first frame need not wait for (sound)
        self.pointer: tuple[int, int] | None = None  # where the mouse rests, for the full text of a shortened name
        self._timer = pygame.time.Clock()
        ctx.listeners.append(self._on_events)

    @property
    def stack(self) -> list[Screen]:
        return self._stack

    @stack.setter
    def stack(self, screens: Sequence[Screen]) -> None:
        """Every screen on the stack draws with the app's context (its own variant, if it makes one)."""
        for screen in screens:
            screen.adopt(self.ctx)
        self._stack = list(screens)

    @property
    def top(self) -> Screen:
        return self.stack[-1]

    def set_context(self, ctx: Context) -> None:
        """A new context for every screen: the window changed size, the theme changed, the presenter began."""
        self.ctx = ctx
        self.stack = self.stack
        self.dirty = self.full = True

    def run(self) -> int:
        while self.running:
            self.frame()
            self._timer.tick(FPS)
        return 0

    def close_windows(self) -> None:
        """Before pygame.quit(): destroy any window this app made itself (the display module's closes with
        pygame). The one window of a plain app has none."""

    def frame(self) -> None:
        """One pass of the loop: input, time, and a redraw if anything changed."""
        if self.frames_drawn and self.after_first_frame:
            waiting, self.after_first_frame = self.after_first_frame, []
            for job in waiting:
                job()
        ctx = self.ctx
        ctx.session.frame += 1
        ctx.clock.tick()
        for event in pygame.event.get():
            self._event(event)
            if not self.running:
                return
        for action in self.mapper.end_of_frame():
            self.dispatch(action)
        workshop = ctx.workshop
        if workshop is not None and workshop.current is not None and workshop.current.phase == "discovery":
            from maze.core.commands import Tick

            ctx.issue(Tick(ctx.now))
        if self.autopilot is not None and workshop is not None and not workshop.finished:
            self.autopilot()
        self._sync_phase()
        changed = False
        for screen in self.stack:
            changed = screen.update(ctx.now) or changed
        if ctx.session.expire(ctx.now) or changed or self.dirty:
            self.draw()
        if ctx.recorder is not None and ctx.recorder.pending:  # a resume's exports and pictures, a step per frame
            problem = ctx.recorder.catch_up()
            if problem:
                ctx.notify(problem, warning=True, seconds=8)

    def draw(self) -> None:
        """Record the frame's drawing, then repaint and present only what differs from the last frame.

        The whole window is painted and presented after a resize, a screen change, a theme change, an expose,
        or when a screen drew on the surface by itself (see Painter.surface)."""
        surface = pygame.display.get_surface()
        if surface is None:
            return
        painter = self.painter
        painter.record(surface)
        base = max(i for i, s in enumerate(self.stack) if not s.modal or i == 0)
        for screen in self.stack[base:]:
            screen.draw(painter)
        draw_notices(painter, self.ctx, self.top.notice_area)
        hovered = shortened_under(painter.boxes, self.pointer)
        if hovered is not None and self.pointer is not None:
            draw_tooltip(painter, self.ctx, hovered, self.pointer)
        ops = painter.finish()
        scene = (surface, surface.get_size(), self.ctx.theme.name, tuple(id(s) for s in self.stack[base:]))
        last, whole = self._last_ops, self.full or scene != self._scene
        if ops is None:  # drawn already, untracked
            self.display.present()
        elif whole or last is None:
            paint_all(surface, ops)
            self.display.present()
        else:
            boxes = merge(changed_boxes(last, ops))
            if area(boxes) > surface.get_width() * surface.get_height() // 2:
                boxes = [(0, 0, surface.get_width(), surface.get_height())]
            if boxes:
                repaint(surface, ops, boxes)
                self.display.present(boxes)
        self._last_ops, self._scene, self.full = ops, scene, False
        self.dirty = False
        self.frames_drawn += 1
        if self.frames_drawn == 1 and os.environ.get("ELECTRIC_MAZE_FIRST_FRAME_EXIT"):
            print(f"first frame {time.time():.6f}", flush=True)  # benchmarks/run.py times start-up to here
            self.running = False

    # -- events --------------------------------------------------------------------------------

    def _event(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
            self._resized()
            return
        if event.type in (pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED, pygame.WINDOWFOCUSGAINED):
            self.dirty = self.full = True
            return
        if event.type == pygame.MOUSEMOTION:
            before = shortened_under(self.painter.boxes, self.pointer)
            self.pointer = event.pos
            if shortened_under(self.painter.boxes, self.pointer) is not before:
                self.dirty = True  # the pointer came to, or left, a shortened name: show or hide its full text
        for action in self.mapper.map(event, self.top.typing):
            self.dispatch(action)
            if not self.running:
                return

    def dispatch(self, action: Action) -> None:
        """Global actions first (fullscreen, mute, help, quit), then the top screen."""
        from maze.ui.screens.overlays import choose_results_folder, quit_question, toggle_help  # when first needed

        ctx = self.ctx
        self.dirty = True
        if action.act is Act.FULLSCREEN:
            problem = self.display.toggle_fullscreen()
            if problem:
                ctx.notify(problem, warning=True)
            self._resized()
            return
        if action.act is Act.MUTE:
            muted = ctx.sounds.toggle_mute()
            if not muted and ctx.sounds.problem:  # turned on where there is nothing to play it
                ctx.notify(ctx.sounds.problem, warning=True, seconds=8)
            else:
                ctx.notify("Sound off" if muted else "Sound on")
            return
        if action.act is Act.HELP:  # F1 (H while typing is a letter, never HELP)
            self._apply(toggle_help(ctx, self.top))
            return
        if action.act is Act.FOLDER:
            self._apply(choose_results_folder(ctx))
            return
        if action.act is Act.QUIT:
            if self.top.asks_to_quit or not self._game_in_progress():
                self.running = False
                return
            self._apply(quit_question(ctx))
            return
        try:
            transition = self.top.handle(action)
        except Exception as exc:  # noqa: BLE001 - one bad screen reaction must not end a team's game
            if self.strict:
                raise
            ctx.notify(f"Something went wrong ({type(exc).__name__}); the game goes on", warning=True)
            log_exception("screen %s failed on %s", type(self.top).__name__, action)
            return
        self._apply(transition)
        self._sync_phase()  # before the next key: it must reach the new phase's screen, not the old one

    def _game_in_progress(self) -> bool:
        """Would quitting now lose anything (a running workshop, an unsaved maze)?"""
        ws = self.ctx.workshop
        unsaved = any(screen.has_unsaved_work() for screen in self.stack)
        return unsaved or (ws is not None and not ws.finished)

    def _apply(self, transition: Transition | None) -> None:
        if transition is None:
            return
        if isinstance(transition, Push):
            transition.screen.adopt(self.ctx)
            self.stack.append(transition.screen)
        elif isinstance(transition, Pop):
            if len(self.stack) == 1:  # leaving the only screen (the editor opened by `edit FILE`) leaves the program
                self.running = False
                return
            self.stack.pop()
            if transition.result is not None:
                self._apply(self.on_result(transition.result))
            self._apply(transition.then)
        elif isinstance(transition, Replace):
            transition.screen.adopt(self.ctx)
            self.stack[-1] = transition.screen
        elif isinstance(transition, Reset):
            self.stack = [transition.screen]
        elif isinstance(transition, Quit):
            self.running = False
        elif isinstance(transition, Restyle):
            self.set_context(replace(self.ctx, theme=transition.theme))
        self.dirty = True
        self._sync_phase()
        self.hold_play_while_asking()

    def hold_play_while_asking(self) -> None:
        """While a facilitator's question or the help is over play, the team's keys go to it: play is paused so
        that the clock does not run on the team, and goes on when it closes (unless play was paused already)."""
        from maze.core.team import Phase

        ctx = self.ctx
        run = ctx.workshop.current if ctx.workshop is not None and not ctx.workshop.finished else None
        playing = run if run is not None and run.phase in (Phase.DISCOVERY, Phase.EXECUTION) else None
        asking = self.top.holds_play
        if self._held and (run is None or not run.paused):
            self._held = False  # resumed by other means (Space): no longer the app's pause to end
        if asking and not self._held and playing is not None and not playing.paused:
            from maze.core.commands import Pause

            self._held = bool(ctx.issue(Pause(ctx.now)))
        elif not asking and self._held:
            self._held = False
            if playing is not None and playing.paused and self.running:  # quitting: a resume opens paused
                from maze.core.commands import Resume

                ctx.issue(Resume(ctx.now))

    def on_result(self, result: ModalResult) -> Transition | None:
        """A modal closed with `result`: the screen now on top (the one that pushed it) decides what it means."""
        return self.top.on_result(result)

    def _sync_phase(self) -> None:
        """When the workshop moved to another phase, show that phase's screen (under any overlays)."""
        if self.screen_for_phase is None or self.ctx.workshop is None:
            return
        key = phase_key(self.ctx)
        bottom = self.stack[0]
        if bottom.phase_key is not None and bottom.phase_key != key:
            self.stack = [self.screen_for_phase(self.ctx)] + [
                s for s in self.stack[1:] if s.modal and not s.phase_bound
            ]
            self.dirty = True

    def _on_events(self, events: list[Event]) -> None:
        self.dirty = True
        for screen in self.stack:
            screen.on_events(events)

    def _resized(self) -> None:
        surface = self.display.resized()
        if surface is None:
            return
        self.set_context(self.ctx.resized(surface.get_size()))
        self.dirty = self.full = True


def phase_key(ctx: Context) -> tuple:
    ws = ctx.workshop
    if ws is None:
        return ("none",)
    if ws.finished or ws.current is None:
        return ("workshop-finished",)
    run = ws.current
    return (run.index, run.phase, run.discovery_over)
