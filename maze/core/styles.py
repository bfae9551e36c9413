"""How a simulated team behaves in discovery and execution: its style.

A style says how long a walker pauses before an untried square and before a known safe one, how
often it prefers the untried square when both are open (boldness), how often it wanders, how much
it keeps of its teammates' walks (memory), and how often it slips in execution. Demo mode gives one
style per team (`electric-maze demo --styles bold,cautious`), so a demo can show the lesson: the bold
team beeps more and finds the route sooner; the cautious team keeps its count of failures low.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from maze.core.grid import Pos
from maze.core.records import record

STEP_SECONDS = (0.8, 2.5)  # a careful step in discovery, as every simulated team once walked


@record(frozen=True)
class TeamStyle:
    name: str
    memory: float  # 0..1: the chance a player keeps what a teammate's walk showed
    untried_pause: tuple[float, float] = STEP_SECONDS  # seconds before stepping onto an untried square
    known_pause: tuple[float, float] = STEP_SECONDS  # seconds before stepping onto a square known safe
    boldness: float = 0.0  # chance of taking an untried square over a known safe one when both are open
    wander: float = 0.15  # chance of taking any open square at all
    slip: float | None = None  # chance per execution step of stepping on a beeping square (None: from memory)

    @property
    def execution_slip(self) -> float:
        return (1 - self.memory) * 0.15 if self.slip is None else self.slip

    def pause(self, rng: random.Random, untried: bool) -> float:
        return rng.uniform(*(self.untried_pause if untried else self.known_pause))


STYLES: dict[str, TeamStyle] = {
    "bold": TeamStyle(
        "bold", memory=0.85, untried_pause=(0.4, 1.2), known_pause=(0.4, 1.0), boldness=0.85, wander=0.3, slip=0.01
    ),
    "cautious": TeamStyle(
        "cautious", memory=1.0, untried_pause=(12.0, 30.0), known_pause=(1.5, 4.0), boldness=0.0, wander=0.0, slip=0.0
    ),
    "sharing": TeamStyle("sharing", memory=0.9),
    "forgetful": TeamStyle("forgetful", memory=0.3),
    "sloppy": TeamStyle("sloppy", memory=0.95, untried_pause=(0.6, 2.0), known_pause=(0.5, 1.5), slip=0.3),
}


def memory_style(memory: float) -> TeamStyle:
    """Today's simulated team: careful steps, known squares first, and the given memory."""
    return TeamStyle(f"memory {memory:g}", memory=memory)


def parse_styles(text: str | None) -> list[TeamStyle]:
    """`bold,cautious` -> their styles; a clear error naming the choices for an unknown one."""
    if not text:
        return []
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [n for n in names if n not in STYLES]
    if unknown or not names:
        raise ValueError(f"unknown style {', '.join(unknown) or text!r}; choose from {', '.join(STYLES)}")
    return [STYLES[n] for n in names]


def with_memories(styles: Sequence[TeamStyle], memories: Sequence[float]) -> list[TeamStyle]:
    """Each style with the memory given for its team (`--memory` beside `--styles`)."""
    if not memories:
        return list(styles)
    return [replace(style, memory=memories[i % len(memories)]) for i, style in enumerate(styles)]


def choose_square(
    options: Sequence[Pos], known_safe: set[Pos], distance: dict[Pos, int], style: TeamStyle, rng: random.Random
) -> Pos:
    """The next square for a walker in discovery: known safe squares first (or untried ones, for a bold
    walker who feels bold this step), then the one nearest the exit; now and then any square at all."""
    prefer_untried = rng.random() < style.boldness

    def key(p: Pos) -> tuple[bool, int, float]:
        known = p in known_safe
        return (known if prefer_untried else not known, distance.get(p, 999), rng.random())

    ordered = sorted(options, key=key)
    if rng.random() < style.wander:
        return rng.choice(list(options))
    return ordered[0]
