"""Drawing text and shapes on a surface, fitting text to its box, and remembering every text box.

The record of text boxes lets tests check that nothing is clipped or overlapping at any window size.
"""

from __future__ import annotations

import re
import sys
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from functools import lru_cache

import pygame

from maze.core.records import record
from maze.core.words import shortenings
from maze.resources import ASSETS_DIR
from maze.ui.display_list import Op, paint_all
from maze.ui.layout import Rect
from maze.ui.theme import Colour

Area = Rect | pygame.Rect  # where to draw: a layout rectangle or a pygame one

Point = tuple[float, float]
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
    _wrapped.cache_clear()
    rendered.cache_clear()


@record
class TextBox:
    text: str
    rect: pygame.Rect
    size: int
    cut: bool = False  # True when even the smallest allowed size did not fit and the text was shortened


class Painter:
    """Draws on a surface: at once (pictures, layers), or, between `record` and `finish`, into a list of
    operations that the app repaints where they changed (see display_list.py)."""

    def __init__(
        self,
        surface: pygame.Surface,
        boxes: list[TextBox] | None = None,
        render: Callable[[str, int, bool, Colour], pygame.Surface] = rendered,  # render_once for one-off pictures
    ) -> None:
        self._surface = surface
        self.boxes: list[TextBox] = [] if boxes is None else boxes
        self.render = render
        self.ops: list[Op] | None = None  # None: every operation draws at once
        self.untracked = False  # True when a caller drew on the surface itself during a recorded frame

    @property
    def surface(self) -> pygame.Surface:
        """The surface, for code that draws on it by itself. During a recorded frame that drawing cannot be
        tracked: what was recorded is drawn first, the rest of the frame draws at once, and it is presented whole."""
        if self.ops is not None:
            paint_all(self._surface, self.ops)
            self.ops = None
            self.untracked = True
        return self._surface

    @staticmethod
    def measure(text: str, size: int, bold: bool = False) -> tuple[int, int]:
        """The width and height `text` would have, without drawing it (to decide what fits)."""
        return font(size, bold).size(text)

    @property
    def size(self) -> tuple[int, int]:
        return self._surface.get_size()

    @property
    def readable_size(self) -> int:
        return max(8, round(self._surface.get_height() / 25))

    def reset(self, surface: pygame.Surface) -> None:
        """Draw at once on `surface` from now on."""
        self._surface = surface
        self.boxes.clear()
        self.ops = None
        self.untracked = False

    def record(self, surface: pygame.Surface) -> None:
        """Start a frame whose operations are recorded, not drawn."""
        self.reset(surface)
        self.ops = []

    def finish(self) -> list[Op] | None:
        """End a recorded frame: its operations, or None when part of it was drawn untracked (already drawn)."""
        ops, self.ops = self.ops, None
        return None if self.untracked else ops

    def _op(self, key: Hashable, box: Area, run: Callable[[pygame.Surface], object]) -> pygame.Rect:
        touched = pygame.Rect(box).clip(self._surface.get_rect())
        if self.ops is None:
            run(self._surface)
        else:
            self.ops.append(Op(key, (touched.x, touched.y, touched.w, touched.h), run))
        return touched

    # -- operations ------------------------------------------------------------------------------

    def fill(self, colour: Colour, rect: Area | None = None) -> None:
        area = self._surface.get_rect() if rect is None else pygame.Rect(rect)
        self._op(("fill", tuple(colour), tuple(area)), area, lambda s: s.fill(colour, area))

    def box(self, rect: Area, colour: Colour, radius: int = 0, width: int = 0) -> None:
        area = pygame.Rect(rect)
        self._op(
            ("box", tuple(area), tuple(colour), radius, width),
            area,
            lambda s: pygame.draw.rect(s, colour, area, width, border_radius=radius),
        )

    def line(self, colour: Colour, start: Point, end: Point, width: int = 1) -> None:
        self.lines(colour, False, [start, end], width)

    def lines(self, colour: Colour, closed: bool, points: Sequence[Point], width: int = 1) -> None:
        corners = tuple((float(x), float(y)) for x, y in points)
        xs, ys = [x for x, _ in corners], [y for _, y in corners]
        reach = width + 2
        bounds = (int(min(xs)) - reach, int(min(ys)) - reach)
        area = pygame.Rect(bounds, (int(max(xs)) - bounds[0] + reach + 1, int(max(ys)) - bounds[1] + reach + 1))
        self._op(
            ("lines", tuple(colour), closed, corners, width),
            area,
            lambda s: pygame.draw.lines(s, colour, closed, corners, width),
        )

    def circle(self, colour: Colour, centre: tuple[int, int], radius: int, width: int = 0) -> None:
        area = pygame.Rect(centre[0] - radius - 1, centre[1] - radius - 1, 2 * radius + 3, 2 * radius + 3)
        self._op(
            ("circle", tuple(colour), tuple(centre), radius, width),
            area,
            lambda s: pygame.draw.circle(s, colour, centre, radius, width),
        )

    def blit(self, source: pygame.Surface, dest: tuple[int, int]) -> pygame.Rect:
        """`source` must not change after this (rendered text and drawn layers do not): it is part of the key."""
        area = pygame.Rect(dest, source.get_size())
        return self._op(("blit", source, tuple(dest)), area, lambda s: s.blit(source, dest))

    def text(
        self,
        text: str,
        rect: Area,
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
        width, height = font(size, bold).size(text)  # measured, not rendered: only the size that fits is drawn
        while (width > w or height > h) and size > floor:
            size = max(floor, int(size * 0.92))
            width, height = font(size, bold).size(text)
        shown, cut = text, width > w
        if cut:  # still too long at the smallest allowed size: shorten with an ellipsis
            for shown in shortenings(text):
                if font(size, bold).size(shown)[0] <= w:
                    break
        surf = self.render(shown, size, bold, colour)
        tx = {"left": x, "center": x + (w - surf.get_width()) // 2, "right": x + w - surf.get_width()}[align]
        ty = {"top": y, "middle": y + (h - surf.get_height()) // 2, "bottom": y + h - surf.get_height()}[valign]
        drawn = self.blit(surf, (tx, ty))
        self.boxes.append(TextBox(text, drawn, size, cut))
        return drawn

    def paragraph(
        self,
        text: str,
        rect: Area,
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


@record
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
        p.blit(self.surface, (0, 0))
        p.boxes.extend(self.boxes)


def wrap(text: str, size: int, width: int, bold: bool = False) -> list[str]:
    """`text` cut into lines no wider than `width` (kept: the same paragraph is wrapped frame after frame)."""
    return list(_wrapped(text, size, width, bold))


@lru_cache(maxsize=512)
def _wrapped(text: str, size: int, width: int, bold: bool) -> tuple[str, ...]:
    f = font(size, bold)
    lines: list[str] = []
    for para in text.split("\n"):
        current = ""
        for word in para.split(" "):
            trial = f"{current} {word}".strip()
            if f.size(trial)[0] <= width:
                current = trial
                continue
            if current:
                lines.append(current)
            pieces = _broken(word, f, width)  # a word wider than a line (a folder's path) is broken
            lines.extend(pieces[:-1])
            current = pieces[-1]
        lines.append(current)
    return tuple(lines)


def _broken(word: str, f: pygame.font.Font, width: int) -> list[str]:
    """A word too wide for a line, in pieces that fit: after a / \\ - or _ where it can, else anywhere."""
    if f.size(word)[0] <= width:
        return [word]
    pieces: list[str] = []
    current = ""
    for part in re.split(r"(?<=[/\\_-])", word):
        if f.size(current + part)[0] <= width:
            current += part
            continue
        if current:
            pieces.append(current)
        current = ""
        for ch in part:
            if current and f.size(current + ch)[0] > width:
                pieces.append(current)
                current = ""
            current += ch
    pieces.append(current)
    return pieces
