"""One screen: the facilitator's panel laid over the room's view (F3 shows it, F3 again hides it).

It passes every key to the screen underneath, so play goes on while the facilitator looks; a click on
the small copy of the view is a click on the view itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from maze.ui.actions import Act, Action
from maze.ui.screens.base import ModalResult, Screen, Transition

if TYPE_CHECKING:
    from maze.ui.context import Context
    from maze.ui.painter import Painter
    from maze.ui.presenter.desk import FacilitatorDesk


class PanelScreen(Screen):
    modal = True
    facilitator_only = True

    def __init__(self, ctx: Context, desk: FacilitatorDesk, below: Callable[[], Screen]) -> None:
        super().__init__(ctx)
        self.desk = desk
        self.below = below
        self._shown: tuple | None = None

    @property
    def typing(self) -> bool:
        return self.below().typing

    def handle(self, action: Action) -> Transition | None:
        if action.act in (Act.CLICK, Act.DRAG, Act.RELEASE):
            at = self.desk.to_room(action.pos)
            return None if at is None else self.below().handle(Action(action.act, pos=at))
        return self.below().handle(action)

    def on_result(self, result: ModalResult) -> Transition | None:
        return self.below().on_result(result)

    def update(self, now: float) -> bool:
        came = self.desk.note_notices()
        shown = self.desk.shown_state(now, True)
        changed = came or shown != self._shown
        self._shown = shown
        return changed

    def draw(self, p: Painter) -> None:
        room = p.surface.copy()  # what the screens below just drew: the room's view
        self.desk.draw(p, room, room_open=True, room_note="One screen: F3 hides this panel")
