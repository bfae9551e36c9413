"""Drawing text and shapes on a surface, fitting text to its box, and remembering every text box.

The record of text boxes lets tests check that nothing is clipped or overlapping at any window size.
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import pygame

from maze.resources import ASSETS_DIR
from maze.ui.layout import Rect
from maze.ui.theme import Colour

FONT_FILES = {False: ASSETS_DIR / "fonts" / "DejaVuSans.ttf", True: ASSETS_DIR / "fonts" / "DejaVuSans-Bold.ttf"}


@lru_cache(maxsize=128)
def font(size: int, bold: bool = False) -> pygame.font.Font:
    try:
        return pygame.font.Font(str(FONT_FILES[bold]), max(6, size))
    except (OSError, pygame.error):  # the font file is missing or unreadable: pygame's own font still plays
        if not _FONT_WARNED:
            _FONT_WARNED.append(True)
            print(f"electric-maze: font {FONT_FILES[bold]} not found; using a plain font", file=sys.stderr)
        return pygame.font.Font(None, max(6, size))


_FONT_WARNED: list[bool] = []


class RenderCache:
    """Rendered text, kept because the same words are drawn frame after frame; bounded by bytes,
    since one line of title text at 3840 x 2160 is over a megabyte."""

    def __init__(self, budget_bytes: int) -> None:
        self.budget = budget_bytes
        self.used = 0
        self._surfaces: OrderedDict[tuple, pygame.Surface] = OrderedDict()

    def __call__(self, text: str, size: int, bold: bool, colour: Colour) -> pygame.Surface:
        key = (text, size, bold, colour)
        surface = self._surfaces.get(key)
        if surface is not None:
            self._surfaces.move_to_end(key)
            return surface
        surface = font(size, bold).render(text, True, colour)
        self._surfaces[key] = surface
        self.used += _bytes(surface)
        while self.used > self.budget and len(self._surfaces) > 1:
            _, old = self._surfaces.popitem(last=False)
            self.used -= _bytes(old)
        return surface

    def cache_clear(self) -> None:
        self._surfaces.clear()
        self.used = 0


def _bytes(surface: pygame.Surface) -> int:
    return surface.get_pitch() * surface.get_height()


rendered = RenderCache(budget_bytes=24_000_000)


def render_once(text: str, size: int, bold: bool, colour: Colour) -> pygame.Surface:
    """For pictures drawn once (slides, reports): not worth keeping."""
    return font(size, bold).render(text, True, colour)


def clear_caches() -> None:
    """Fonts die with pygame.quit(); a new start must not reuse them."""
    font.cache_clear()
    rendered.cache_clear()


@dataclass
class TextBox:
    text: str
    rect: pygame.Rect
    size: int
    cut: bool = False  # True when even the smallest allowed size did not fit and the text was shortened


@dataclass
class Painter:
    surface: pygame.Surface
    boxes: list[TextBox] = field(default_factory=list)
    render: Callable[[str, int, bool, Colour], pygame.Surface] = rendered  # render_once for one-off pictures

    @property
    def readable_size(self) -> int:
        return max(8, round(self.surface.get_height() / 25))

    def reset(self, surface: pygame.Surface) -> None:
        self.surface = surface
        self.boxes.clear()

    def fill(self, colour: Colour, rect: Rect | None = None) -> None:
        self.surface.fill(colour, rect)

    def box(self, rect: Rect, colour: Colour, radius: int = 0, width: int = 0) -> None:
        pygame.draw.rect(self.surface, colour, rect, width, border_radius=radius)

    def text(
        self,
        text: str,
        rect: Rect,
        size: int,
        colour: Colour,
        align: str = "left",
        bold: bool = False,
        valign: str = "middle",
        min_size: int | None = None,
    ) -> pygame.Rect:
        """Draw one line inside `rect`, shrinking the font until it fits.

        It never shrinks below `min_size`, by default 1/25 of the surface's height: the smallest text a
        player in the back of the room must read. Facilitator hints pass a smaller `min_size`.
        """
        x, y, w, h = rect
        size = min(size, max(6, int(h / 1.2)))
        floor = min(min_size or self.readable_size, size)
        surf = self.render(text, size, bold, colour)
        while (surf.get_width() > w or surf.get_height() > h) and size > floor:
            size = max(floor, int(size * 0.92))
            surf = self.render(text, size, bold, colour)
        cut = surf.get_width() > w
        if cut:  # still too long at the smallest allowed size: shorten with an ellipsis
            shorter = text
            while shorter and surf.get_width() > w:
                shorter = shorter[:-1]
                surf = self.render(shorter.rstrip() + "…", size, bold, colour)
        tx = {"left": x, "center": x + (w - surf.get_width()) // 2, "right": x + w - surf.get_width()}[align]
        ty = {"top": y, "middle": y + (h - surf.get_height()) // 2, "bottom": y + h - surf.get_height()}[valign]
        drawn = self.surface.blit(surf, (tx, ty))
        self.boxes.append(TextBox(text, drawn, size, cut))
        return drawn

    def paragraph(
        self,
        text: str,
        rect: Rect,
        size: int,
        colour: Colour,
        line_gap: float = 1.25,
        bold: bool = False,
        min_size: int | None = None,
    ) -> int:
        """Word-wrapped text; shrinks the font until the whole paragraph fits. Returns the height used."""
        x, y, w, h = rect
        floor = min(min_size or self.readable_size, size)
        while True:
            lines = wrap(text, size, w, bold)
            step = int(size * line_gap)
            if len(lines) * step <= h or size <= floor:
                break
            size = max(floor, int(size * 0.92))
        for i, line in enumerate(lines):
            if (i + 1) * step > h + step * 0.2:
                break
            self.text(line, (x, y + i * step, w, step), size, colour, bold=bold, min_size=size)
        return min(len(lines) * step, h)


@dataclass
class Layer:
    """A picture drawn once and blitted often, with the text boxes it holds (so checks still see them)."""

    surface: pygame.Surface
    boxes: list[TextBox]

    @classmethod
    def draw(cls, size: tuple[int, int], paint) -> Layer:  # noqa: ANN001 - paint(Painter) -> None
        painter = Painter(pygame.Surface(size).convert() if pygame.display.get_surface() else pygame.Surface(size))
        paint(painter)
        return cls(painter.surface, list(painter.boxes))

    def put(self, p: Painter) -> None:
        p.surface.blit(self.surface, (0, 0))
        p.boxes.extend(self.boxes)


def wrap(text: str, size: int, width: int, bold: bool = False) -> list[str]:
    f = font(size, bold)
    lines: list[str] = []
    for para in text.split("\n"):
        current = ""
        for word in para.split(" "):
            trial = f"{current} {word}".strip()
            if f.size(trial)[0] <= width or not current:
                current = trial
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return lines
