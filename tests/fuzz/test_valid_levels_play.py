"""Generated level files that the schema and rules accept are playable: each is played headless to the end.

The strategy builds valid files by construction (a route of safe squares from the entry edge to the exit,
rules drawn from their allowed ranges, names of any printable text), so every example reaches the deep
paths: loading, analysis, a whole workshop and its statistics.
"""

from __future__ import annotations

import math

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maze.core.simulate import Simulator
from maze.core.workshop import Workshop
from maze.demo import run_headless, start_events
from maze.io.csv_safe import csv_text
from maze.io.exports import RESULT_COLUMNS, result_row
from maze.io.level_file import parse_level
from maze.io.recorder import Recorder

printable = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))
names = st.text(printable, min_size=1, max_size=40).filter(lambda s: s.strip() != "")


@st.composite
def level_files(draw: st.DrawFn) -> str:
    width, height = draw(st.integers(2, 9)), draw(st.integers(2, 9))
    entry = draw(st.sampled_from(["bottom", "top", "left", "right"]))
    diagonal = draw(st.booleans())
    # a route across, entering on the entry side: walk the long axis, drifting sideways one square at a time
    across, along = (height, width) if entry in ("bottom", "top") else (width, height)
    lane = draw(st.integers(0, along - 1))
    safe = set()
    for depth in range(across):
        target = draw(st.integers(0, along - 1))
        while lane != target:
            safe.add((depth, lane))
            lane += 1 if target > lane else -1
        safe.add((depth, lane))
    extra = draw(st.lists(st.tuples(st.integers(0, across - 1), st.integers(0, along - 1)), max_size=4))
    safe |= set(extra)

    def square(row: int, col: int) -> bool:
        depth, lane_at = {
            "bottom": (height - 1 - row, col),
            "top": (row, col),
            "left": (col, row),
            "right": (width - 1 - col, row),
        }[entry]
        return (depth, lane_at) in safe

    grid = "\n".join(" ".join("#" if square(r, c) else "." for c in range(width)) for r in range(height))
    seconds = st.one_of(st.integers(0, 3600), st.floats(0, 3600, allow_nan=False, allow_infinity=False))
    rules = {
        "diagonal": diagonal,
        "entry": entry,
        "retrace": draw(st.sampled_from(["auto", "manual"])),
        "discovery_minutes": draw(st.sampled_from([0, 1, 2, 20, 600])),
        "repeat_penalty_seconds": draw(seconds),
        "talk_penalty_seconds": draw(seconds),
        "execution_error_seconds": draw(seconds),
        "memory_aid": draw(st.sampled_from(["none", "beeps"])),
    }
    data = {"name": draw(names), "author": draw(names), "rules": rules, "grid": grid + "\n"}
    return yaml.dump(data, Dumper=QuotedTextDumper, allow_unicode=True, sort_keys=False)


class QuotedTextDumper(yaml.SafeDumper):
    """Every text value in quotes, as a careful author writes a name such as "Y" or "010": unquoted, YAML 1.1
    and YAML 1.2 readers disagree on those, and the level reader refuses them (see maze/io/yaml_versions.py)."""


QuotedTextDumper.add_representer(
    str, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(level_files(), st.integers(1, 3), st.integers(1, 4), st.integers(0, 99))
def test_every_generated_valid_level_plays_to_the_end(text: str, teams: int, players: int, seed: int) -> None:
    level = parse_level(text).level  # valid by construction: a LevelError here is a failure
    simulator = Simulator(seed, [0.9, 0.3])
    recorder = Recorder(Workshop(), None)
    simulator.observe(recorder.issue(start_events(level, teams, players, seed, [0.9, 0.3])))
    run_headless(recorder, simulator, stop_after=50_000)
    workshop = recorder.workshop
    assert workshop.finished
    assert len(workshop.summaries) == teams
    for stats in workshop.summaries:
        assert math.isfinite(stats.score_seconds) and stats.score_seconds >= 0
    text_out = csv_text(RESULT_COLUMNS, [result_row(s) for s in workshop.summaries])
    assert text_out.count("\r\n") == teams + 1  # names with any printable text keep one row per team
