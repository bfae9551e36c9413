"""A headless demo workshop standing for eight simulated hours: memory stays flat, the journal resumes."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from maze.core.simulate import Simulator
from maze.core.workshop import Workshop
from maze.demo import DEFAULT_MEMORIES, run_headless, start_events
from maze.io.journal import read_journal
from maze.io.level_file import load_level
from maze.io.recorder import Recorder
from maze.resources import LEVELS_DIR

EIGHT_HOURS = 8 * 3600
SEED = int(os.environ.get("SOAK_SEED", "5"))


def resident_mb() -> float:
    gc.collect()
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1_000_000


@pytest.mark.slow
def test_eight_simulated_hours(tmp_path: Path) -> None:
    print(f"soak: seed {SEED} (SOAK_SEED={SEED} replays it)")
    level = load_level(LEVELS_DIR / "classic.yaml").level
    recorder = Recorder(Workshop(), tmp_path, durable=False)
    samples: list[tuple[float, float]] = []  # (simulated hours, resident MB) at each team's end
    recorder.on_team_end.append(lambda ws, _: samples.append((ws.last_t / 3600, resident_mb())))
    simulator = Simulator(SEED, DEFAULT_MEMORIES)
    simulator.observe(recorder.issue(start_events(level, 60, 4, SEED, DEFAULT_MEMORIES)))
    run_headless(recorder, simulator)
    recorder.close()
    workshop = recorder.workshop
    assert workshop.finished and workshop.last_t >= EIGHT_HOURS, f"only {workshop.last_t / 3600:.1f} hours"
    early = [mb for hours, mb in samples if hours <= 1.0]
    late = [mb for hours, mb in samples if hours >= 7.0]
    assert early and late
    assert max(late) - max(early) < 5, f"memory grew from {max(early):.1f} to {max(late):.1f} MB"
    read = read_journal(tmp_path / "journal.jsonl")
    assert read.skipped == 0
    assert Workshop.replay(read.events).state() == workshop.state()
