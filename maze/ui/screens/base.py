"""The screen protocol and the transitions a screen answers with (applied by the one main loop)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from maze.ui.actions import Action

if TYPE_CHECKING:
    from maze.ui.context import Context
    from maze.ui.painter import Painter


class Screen:
    """A state of the app. Subclasses override what they need."""

    typing = False  # True while a text field has focus
    modal = False  # drawn over the screen below it
    phase_key: Any = None  # set by screens that show a team's phase; the loop swaps them when it changes

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def handle(self, action: Action) -> Transition | None:
        return None

    def update(self, now: float) -> bool:
        """Time passed; return True when the picture must be redrawn."""
        return False

    def draw(self, painter: Painter) -> None:
        raise NotImplementedError

    def on_result(self, tag: str, result: Any) -> Transition | None:
        """A modal pushed by this screen closed with `result`."""
        return None

    def on_resize(self) -> None:
        """The window changed size: drop anything cached at the old size."""


@dataclass(frozen=True)
class Push:
    screen: Screen
    tag: str = ""


@dataclass(frozen=True)
class Pop:
    result: Any = None


@dataclass(frozen=True)
class Replace:
    screen: Screen


@dataclass(frozen=True)
class Reset:
    screen: Screen


@dataclass(frozen=True)
class Quit:
    pass


Transition = Push | Pop | Replace | Reset | Quit
