"""benchmarks/run.py --quick runs and prints every figure in its format (the figures are not judged here:
speed is measured by the benchmark, never asserted in a test on a shared machine)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIGURES = [
    "frame_idle_ratio",
    "frame_busy_ratio",
    "frame_4k_ratio",
    "beep_latency_frames",
    "mixer_buffer_samples",
    "startup_ratio",
    "replay_ratio",
    "validate_ratio",
    "memory_growth_mb",
]


def test_quick_benchmark_prints_every_figure() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    lines = [line for line in out.stdout.splitlines() if re.match(r"^\w", line)]
    names = [line.split(":")[0].split(" (")[0] for line in lines]
    assert names == FIGURES
    for line in lines:
        assert re.fullmatch(r"[\w ()]+: -?[\d.]+ \(target [<=]* ?[\d.]+\)", line), line
