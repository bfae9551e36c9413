"""Colours for a dark and a light room. Colour-blind safe: the Okabe-Ito palette, and no message is
carried by hue alone (beeps also get a cross and a word, safe squares a tick, the exit an arrow)."""

from __future__ import annotations

from maze.core.records import record

Colour = tuple[int, int, int]


@record(frozen=True)
class Theme:
    name: str
    background: Colour
    panel: Colour
    text: Colour
    muted: Colour
    accent: Colour  # headings, focus
    square: Colour  # an unknown square
    square_edge: Colour
    safe: Colour  # a square known safe (blue)
    beep: Colour  # a square that beeped (vermillion)
    warn: Colour  # flash, errors (orange)
    good: Colour  # success (bluish green)
    token: Colour
    hint: Colour
    edge_entry: Colour
    edge_exit: Colour
    overlay: tuple[int, int, int, int]


DARK = Theme(
    name="dark",
    background=(18, 20, 28),
    panel=(34, 38, 52),
    text=(240, 240, 240),
    muted=(170, 176, 190),
    accent=(86, 180, 233),
    square=(58, 64, 84),
    square_edge=(96, 104, 128),
    safe=(0, 114, 178),
    beep=(213, 94, 0),
    warn=(230, 159, 0),
    good=(0, 158, 115),
    token=(240, 228, 66),
    hint=(150, 200, 240),
    edge_entry=(0, 158, 115),
    edge_exit=(86, 180, 233),
    overlay=(0, 0, 0, 190),
)

LIGHT = Theme(
    name="light",
    background=(246, 246, 242),
    panel=(228, 230, 236),
    text=(16, 18, 24),
    muted=(70, 76, 90),
    accent=(0, 94, 160),
    square=(200, 204, 214),
    square_edge=(120, 126, 140),
    safe=(0, 114, 178),
    beep=(200, 80, 0),
    warn=(180, 110, 0),
    good=(0, 130, 95),
    token=(20, 20, 20),
    hint=(0, 94, 160),
    edge_entry=(0, 130, 95),
    edge_exit=(0, 94, 160),
    overlay=(255, 255, 255, 210),
)

THEMES = {"dark": DARK, "light": LIGHT}
