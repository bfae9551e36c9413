"""The benchmark's report format, checked on canned figures (the benchmark itself is not run here: speed is
measured by `python benchmarks/run.py`, never asserted in a test on a shared machine)."""

from __future__ import annotations

import re

import pytest

from benchmarks.figures import FIGURE_LINE, FIGURES, Figure, parse, report

NAMES = [
    "idle_presented_fraction_1080",
    "idle_presented_fraction_4k",
    "frame_busy_ratio",
    "startup_ratio",
    "startup_level_ratio",
    "resume_ratio",
    "resume_memory_mb",
    "validate_process_ratio",
    "editor_redraw_ratio",
    "beep_latency_frames",
    "memory_growth_mb",
]
CANNED = dict(zip(NAMES, [0.004, 0.0021, 1.7, 1.12, 1.25, 1.05, 96.5, 1.6, 0.8, 0, -3.2], strict=True))


def test_every_figure_of_the_issue_is_reported_in_order_with_its_target() -> None:
    lines = report(CANNED)
    figure_lines = [line for line in lines if re.match(r"^\w", line)]
    assert [line.split(":")[0] for line in figure_lines] == NAMES
    for line in figure_lines:
        assert FIGURE_LINE.fullmatch(line), line
        assert "OVER TARGET" not in line, line
    assert parse(lines) == pytest.approx(CANNED, abs=0.01)


def test_each_figure_says_what_it_measures_and_what_it_cannot_see() -> None:
    lines = report(CANNED)
    for i, line in enumerate(lines):
        if re.match(r"^\w", line):
            assert lines[i + 1].startswith("    measures: ") and len(lines[i + 1]) > 20
            assert lines[i + 2].startswith("    cannot see: ") and len(lines[i + 2]) > 20


def test_a_figure_outside_its_target_says_so() -> None:
    over = {**CANNED, "frame_busy_ratio": 3.1, "beep_latency_frames": 1}
    flagged = [line.split(":")[0] for line in report(over) if line.endswith("OVER TARGET")]
    assert flagged == ["frame_busy_ratio", "beep_latency_frames"]


def test_targets_compare_as_written() -> None:
    assert Figure("x", "<= 2", "", "").within(2.0) and not Figure("x", "<= 2", "", "").within(2.01)
    assert Figure("x", "0", "", "").within(0) and not Figure("x", "0", "", "").within(1)
    assert {f.name for f in FIGURES} == set(NAMES)


def test_notes_follow_the_figure() -> None:
    line = next(x for x in report(CANNED, {"resume_ratio": "1000012 events"}) if x.startswith("resume_ratio"))
    assert line.endswith("[1000012 events]") and FIGURE_LINE.fullmatch(line)
