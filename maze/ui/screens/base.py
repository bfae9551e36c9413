"""The screen protocol and the transitions a screen answers with (applied by the one main loop).

The loop reaches a screen only through the members below; a screen overrides the ones it needs and the
others keep their honest defaults. A modal closes with `Pop`: its `result` (a typed `ModalResult`) goes to
the screen below through `on_result`, and its `then` (another transition, e.g. `Quit()` for a quit
question's yes) is applied after it. The loop itself never looks inside a result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from maze.core.records import record
from maze.ui.actions import Action

if TYPE_CHECKING:
    from maze.ui.context import Context, Event
    from maze.ui.layout import Rect
    from maze.ui.painter import Painter
    from maze.ui.theme import Theme


class Screen:
    """A state of the app. Subclasses override what they need."""

    modal = False  # drawn over the screen below it
    phase_key: Any = None  # set by screens that show a team's phase; the loop swaps them when it changes
    phase_bound = False  # a modal about the phase below (skip it?): it closes when that phase changes
    facilitator_only = False  # a question, prompt or help: the presenter view shows it on the facilitator's window
    holds_play = False  # it takes the team's keys while it is up (a question, the help): play is paused meanwhile
    notice_area: Rect | None = None  # where the notices go on this screen (None: the footer band)

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @property
    def typing(self) -> bool:
        """True while a text field has focus: letters are text then, not keys."""
        return False

    def adopt(self, ctx: Context) -> None:
        """From now on draw with `ctx` (the window changed size, the theme changed, the presenter view began)."""
        if ctx is self.ctx:
            return
        self.ctx = ctx
        self.on_resize()

    def handle(self, action: Action) -> Transition | None:
        return None

    def update(self, now: float) -> bool:
        """Time passed; return True when the picture must be redrawn."""
        return False

    def draw(self, painter: Painter) -> None:
        raise NotImplementedError(f"{type(self).__name__} must say how it is drawn")

    def on_events(self, events: list[Event]) -> None:
        """The workshop changed (the events just applied); most screens redraw from the workshop itself."""

    def on_result(self, result: ModalResult) -> Transition | None:
        """A modal pushed by this screen closed with `result`."""
        return None

    def on_resize(self) -> None:
        """The window changed size (or the context did): drop anything cached for the old one."""

    @property
    def animating(self) -> bool:
        """Is something moving on screen now (a walker walking back, a beep flashing)? The demo waits for it."""
        return False

    @property
    def asks_to_quit(self) -> bool:
        """Is this the quit question? Closing the window again while it shows quits."""
        return False

    def has_unsaved_work(self) -> bool:
        """Would closing the program now lose something only this screen holds (an unsaved maze)?"""
        return False


class ModalResult:
    """A typed value a closing modal hands to the screen below it; each kind is its own frozen dataclass."""


@record(frozen=True)
class Push:
    screen: Screen


@record(frozen=True)
class Pop:
    """Close the top screen; `result` goes to the screen below, then `then` is applied."""

    result: ModalResult | None = None
    then: Transition | None = None


@record(frozen=True)
class Replace:
    screen: Screen


@record(frozen=True)
class Reset:
    screen: Screen


@record(frozen=True)
class Quit:
    pass


@record(frozen=True)
class Restyle:
    """Every screen draws in `theme` from now on (the settings screen's colours)."""

    theme: Theme


Transition = Push | Pop | Replace | Reset | Quit | Restyle
