"""Speed and memory figures for Electric Maze, each against a like-for-like baseline measured in the same run.

    python benchmarks/run.py            # every figure (a few minutes; the 195k-event journal is made once)
    python benchmarks/run.py --quick    # the same figures on less work (a 50k-event journal)

Prints `name: value (target T)` per figure, then what it measures and what it cannot see. The in-process
figures run on SDL's dummy drivers; presented pixels are counted at the display call, so they do not depend on
the driver. For the CPU of an idle screen in a real window, see benchmarks/idle_cpu.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import frames, processes  # noqa: E402
from benchmarks.figures import report  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="less work per figure")
    quick = parser.parse_args().quick
    import pygame

    pygame.init()
    values: dict[str, float] = {}
    notes: dict[str, str] = {}
    seconds = 5 if quick else 20
    values["idle_presented_fraction_1080"] = frames.idle_presented_fraction((1920, 1080), seconds)
    values["idle_presented_fraction_4k"] = frames.idle_presented_fraction((3840, 2160), seconds)
    values["frame_busy_ratio"] = frames.busy_frame_ratio(60 if quick else 300)
    values["startup_ratio"], values["startup_level_ratio"] = processes.startup_ratios(3 if quick else 11)
    events = 50_000 if quick else 195_000  # 500 teams: the longest workshop the rules allow (maze/core/limits.py)
    ratio, memory, count, whole = processes.resume_figures(events, 2 if quick else 5)
    values["resume_ratio"], values["resume_memory_mb"] = ratio, memory
    notes["resume_ratio"] = f"{count} events; the journal alone, folded whole: {whole:.2f}"
    notes["resume_memory_mb"] = f"{count} events"
    values["validate_process_ratio"] = processes.validate_process_ratio(5 if quick else 21)
    values["editor_redraw_ratio"], drawn = frames.editor_redraw_ratios(20 if quick else 100)
    notes["editor_redraw_ratio"] = f"a frame drawing a square, which checks the maze again: {drawn:.2f}"
    latency, buffer = frames.beep_latency()
    values["beep_latency_frames"] = latency
    notes["beep_latency_frames"] = f"mixer buffer {buffer} samples"
    small, large = (2, 10) if quick else (5, 200)
    values["memory_growth_mb"] = processes.memory_growth(small, large)
    notes["memory_growth_mb"] = f"team {large} vs team {small}"
    for line in report(values, notes):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
