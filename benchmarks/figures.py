"""The benchmark's figures: each one's name, target, and what it cannot see; and how a run is printed.

Kept apart from the measuring code so a test can check the report's format on canned figures without
running the benchmark (timings are never asserted in tests).
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    target: str  # "<= 0.05", or "0" for an exact figure
    measures: str
    blind_to: str  # said plainly in the output: what this number cannot see

    def within(self, value: float) -> bool:
        match = re.fullmatch(r"(<=|>=)?\s*(-?[\d.]+)", self.target)
        if match is None:
            raise ValueError(f"{self.name}: bad target {self.target!r}")
        compare = {"<=": operator.le, ">=": operator.ge, None: operator.eq}[match.group(1)]
        return bool(compare(value, float(match.group(2))))


FIGURES: list[Figure] = [
    Figure(
        "idle_presented_fraction_1080",
        "<= 0.05",
        "pixels presented per idle discovery second / window pixels, at 1920 x 1080, counted at the display call",
        "the compositor's and the driver's own copies; an idle second with a notice or a flash is not idle",
    ),
    Figure(
        "idle_presented_fraction_4k",
        "<= 0.05",
        "the same at 3840 x 2160",
        "as above",
    ),
    Figure(
        "frame_busy_ratio",
        "<= 2",
        "a discovery frame during a beep's flash and the walk back, over a bare frame that fills and presents "
        "the whole 1920 x 1080 window",
        "the dummy driver's presents cost nothing, so a real window's present time is not in either side",
    ),
    Figure(
        "startup_ratio",
        "<= 1.3",
        "process start to the title's first frame, over a bare pygame program's first frame; started as on a "
        "facilitator's laptop (HOME set, no ELECTRIC_MAZE_HOME), with bytecode written, as an install leaves it",
        "a cold disk cache (both sides are timed warm); the window manager's mapping delay; a saved settings file "
        "(a first start has none; reading one loads tomllib, about 1 ms)",
    ),
    Figure(
        "startup_level_ratio",
        "<= 1.3",
        "process start with --level and a team to the first frame, over a bare pygame program's first frame",
        "as startup_ratio",
    ),
    Figure(
        "resume_ratio",
        "<= 1.2",
        "the whole --resume to its first frame of the longest workshop the limits allow (500 teams; a 1M-event "
        "journal is refused by the 64 MB journal and 500-team limits), its folder as the game left it (the journal, "
        "the checkpoint of its last team's end, the pictures), over parsing every line with json.loads; the note "
        "gives the same with the journal alone, folded whole",
        "the exports and any missing pictures, written after the first frame (a step per frame) or at quitting; a "
        "journal on a slow or network disk (both sides read the same warm file)",
    ),
    Figure(
        "resume_memory_mb",
        "<= 150",
        "peak resident memory of that resume through to its end (the exports written, the pictures checked), minus "
        "a bare interpreter that imported pygame",
        "memory the driver maps outside the process (GPU, X server)",
    ),
    Figure(
        "validate_process_ratio",
        "<= 2",
        "`electric-maze validate` of a 50 x 50 level as a process, over `python -c` loading it with yaml.safe_load",
        "a cold disk cache; levels larger than 50 x 50",
    ),
    Figure(
        "editor_redraw_ratio",
        "<= 1.5",
        "an editor frame redrawing a 50 x 50 maze (the cursor moves), over a walk-screen frame (50 x 50) in which "
        "the walker moves one place; the note beside it is a frame that draws a square (check and picture again)",
        "the present itself (the dummy driver's is free)",
    ),
    Figure(
        "beep_latency_frames",
        "0",
        "frames between the frame that handled the step and the one that started its beep",
        "audio output latency: with no sound device the mixer's buffer (printed beside it) is not played",
    ),
    Figure(
        "memory_growth_mb",
        "<= 10",
        "resident memory after team 200 of a headless demo (pictures, exports and resume checkpoints) minus after "
        "team 5",
        "memory freed late by the allocator (a negative figure means none grew)",
    ),
]


def report(values: dict[str, float], notes: dict[str, str] | None = None) -> list[str]:
    """The printed lines: `name: value (target T)` per figure, then an indented line of what it cannot see.

    A figure outside its target says so at the end of its line; `notes` adds words after the value
    (such as how many events a journal held).
    """
    notes = notes or {}
    lines = []
    for figure in FIGURES:
        value = values[figure.name]
        verdict = "" if figure.within(value) else "  OVER TARGET"
        note = f"  [{notes[figure.name]}]" if figure.name in notes else ""
        lines.append(f"{figure.name}: {value:.3g} (target {figure.target}){verdict}{note}")
        lines.append(f"    measures: {figure.measures}")
        lines.append(f"    cannot see: {figure.blind_to}")
    return lines


FIGURE_LINE = re.compile(r"(?P<name>\w+): (?P<value>-?[\d.e+-]+) \(target (?P<target>[<>=]* ?[\d.]+)\)(?P<rest>.*)")


def parse(lines: list[str]) -> dict[str, float]:
    """Figures back from a report's lines (for the README table and the format test)."""
    found = {}
    for line in lines:
        match = FIGURE_LINE.fullmatch(line)
        if match:
            found[match.group("name")] = float(match.group("value"))
    return found
