"""Resident memory of a long headless demo (run in its own process by processes.memory_growth)."""

from __future__ import annotations

import gc
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASSIC = ROOT / "levels" / "classic.yaml"


def demo_rss(small: int, large: int) -> float:
    from maze.core.simulate import Simulator
    from maze.core.workshop import Workshop
    from maze.demo import DEFAULT_MEMORIES, run_headless, start_events
    from maze.io.level_file import load_level
    from maze.io.recorder import Recorder
    from maze.ui.picture_book import picture_saver

    samples: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        recorder = Recorder(Workshop(), Path(folder), durable=False)
        recorder.on_team_end.append(picture_saver())
        recorder.on_team_end.append(lambda workshop, _: _sample(samples, len(workshop.summaries)))
        simulator = Simulator(11, DEFAULT_MEMORIES)
        simulator.observe(recorder.issue(start_events(load_level(CLASSIC).level, large, 4, 11, DEFAULT_MEMORIES)))
        run_headless(recorder, simulator)
        recorder.close()
    return samples[large] - samples[small]


def settled_rss_mb() -> float:
    gc.collect()
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1_000_000


def _sample(samples: dict[int, float], teams: int) -> None:
    samples.setdefault(teams, settled_rss_mb())
