"""Speed and memory figures for Electric Maze, each against a baseline measured in the same run.

    python benchmarks/run.py            # every figure (about a minute)
    python benchmarks/run.py --quick    # the same figures on less work (a smoke test runs this)

Prints one line per figure: `name: value (target ...)`. Runs on SDL's dummy drivers.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pygame  # noqa: E402

from maze.ui.driver import Game  # noqa: E402

TINY = ROOT / "tests" / "data" / "levels" / "good" / "tiny.yaml"
CLASSIC = ROOT / "levels" / "classic.yaml"


def median_time(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def paired_ratio(ours: Callable[[], object], base: Callable[[], object], repeats: int) -> float:
    """Best time of ours over best time of the baseline, timed in turns so both meet the same machine.

    On a shared machine other work only ever adds time, so the fastest of several runs is the truest
    figure for each side (the reasoning of Python's timeit).
    """
    ours_times, base_times = [], []
    for _ in range(repeats):
        base_times.append(median_time(base, 1))
        ours_times.append(median_time(ours, 1))
    return min(ours_times) / min(base_times)


def bare_frame(size: tuple[int, int], frames: int) -> float:
    """The baseline: fill one background and present it."""
    surface = pygame.display.set_mode(size)

    def frame() -> None:
        pygame.event.pump()
        surface.fill((18, 20, 28))
        pygame.display.flip()

    return median_time(frame, frames)


def discovery_game(size: tuple[int, int], home: str) -> Game:
    os.environ["ELECTRIC_MAZE_HOME"] = home
    game = Game.start(
        [
            "--results-dir",
            str(Path(home) / "results"),
            "--size",
            f"{size[0]}x{size[1]}",
            "--level",
            str(CLASSIC),
            "--team",
            "Red: Ana, Ben, Cy",
        ]
    )
    for key in (pygame.K_RETURN, pygame.K_RETURN, pygame.K_RETURN):
        game.press(key)
    assert type(game.app.stack[0]).__name__ == "DiscoveryScreen"
    return game


def frame_ratio(size: tuple[int, int], frames: int, busy: bool) -> float:
    with tempfile.TemporaryDirectory() as home:
        game = discovery_game(size, home)
        game.app.strict = True

        def idle_frame() -> None:
            game.frames(1)  # time passes: the clock ticks over once a second

        def busy_frame() -> None:
            screen = game.app.stack[0]
            if not screen.busy and game.ctx.now >= screen.flash_until:
                game.press(pygame.K_UP, frames=0)  # a beep: flash, then the walk back
            game.frames(1)

        if busy:
            game.press(pygame.K_LEFT)
            game.press(pygame.K_LEFT)
            game.press(pygame.K_LEFT)
            game.press(pygame.K_UP)
            game.press(pygame.K_e)
            game.press(pygame.K_e)  # a long way in, so the walk back lasts
        cost = median_time(busy_frame if busy else idle_frame, frames)
        base = bare_frame(size, frames)
        game.close()
    return cost / base


def beep_latency() -> tuple[int, int | None]:
    with tempfile.TemporaryDirectory() as home:
        game = discovery_game((1280, 720), home)
        frame_before = game.ctx.frame
        game.press(pygame.K_UP)  # onto a beeping square
        cue, frame = game.ctx.cue_frames[-1]
        assert cue == "beep"
        step_frame = frame_before + 1  # the frame in which the key press was handled
        buffer = game.ctx.sounds.buffer_samples
        game.close()
    return frame - step_frame, buffer


def startup_ratio(runs: int) -> float:
    """From starting the process to its first presented frame: the game's title screen against a bare
    program that imports pygame, opens a window and presents one frame. Each prints the moment it
    presented; the time to exit is not counted."""
    bare = (
        "import time, pygame; pygame.init(); s = pygame.display.set_mode((1280, 720)); "
        "s.fill((0, 0, 0)); pygame.display.flip(); print(f'first frame {time.time():.6f}', flush=True)"
    )
    ours = [sys.executable, "-m", "maze", "--size", "1280x720"]
    env = {**os.environ, "ELECTRIC_MAZE_FIRST_FRAME_EXIT": "1"}

    def timed(cmd: list[str]) -> float:
        start = time.time()
        out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True, cwd=ROOT)
        stamp = next(line for line in out.stdout.splitlines() if line.startswith("first frame "))
        return float(stamp.split()[-1]) - start

    import compileall

    # A first start writes the bytecode cache (unless PYTHONDONTWRITEBYTECODE is set, as on CI):
    # time the starts after it, as a facilitator's machine sees them.
    compileall.compile_dir(str(ROOT / "maze"), quiet=1)
    base, game = [], []
    for _ in range(runs):  # interleaved, so both see the same moments of a busy machine
        base.append(timed([sys.executable, "-c", bare]))
        game.append(timed(ours))
    return min(game) / min(base)


def make_journal(path: Path, events_wanted: int) -> int:
    """A journal of at least `events_wanted` events, from a headless demo with enough teams."""
    from maze.core.simulate import Simulator
    from maze.core.workshop import Workshop
    from maze.demo import run_headless, start_events
    from maze.io.level_file import load_level
    from maze.io.recorder import Recorder

    level = load_level(CLASSIC).level
    teams = max(2, events_wanted // 330)
    recorder = Recorder(Workshop(), path.parent, durable=False)
    simulator = Simulator(3, [0.9, 0.3])
    simulator.observe(recorder.issue(start_events(level, teams, 4, 3, [0.9, 0.3])))
    run_headless(recorder, simulator)
    recorder.close()
    return sum(1 for _ in path.open())


def replay_ratio(events_wanted: int) -> tuple[float, int]:
    from maze.core.stats import team_stats
    from maze.core.workshop import Workshop
    from maze.io.journal import JournalReader

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.jsonl"
        count = make_journal(path, events_wanted)

        def parse_only() -> None:
            with path.open(encoding="utf-8") as handle:
                for line in handle:
                    json.loads(line)

        def rebuild() -> None:
            workshop = Workshop.replay(JournalReader(path))  # folded as it is read
            assert len(workshop.summaries) == len(workshop.teams)
            if workshop.team_log:
                team_stats(workshop.team_log)

        ratio = paired_ratio(rebuild, parse_only, 7)
    return ratio, count


def validate_ratio(repeats: int) -> float:
    import yaml

    from maze.core.generator import generate
    from maze.core.level import Difficulty
    from maze.io.level_file import level_yaml, load_level

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.yaml"
        path.write_text(level_yaml(generate(50, 50, seed=5, difficulty=Difficulty.HARD)))
        load_level(path)  # warm: the schema validator is built once per run

        def safe_load() -> None:
            yaml.safe_load(path.read_text())

        return paired_ratio(lambda: load_level(path), safe_load, repeats)


def memory_growth(small: int, large: int) -> float:
    """Resident memory after team `large` of a headless demo (pictures and all) minus after team `small`,
    in one process."""
    code = "import sys; from benchmarks.run import demo_rss; print(demo_rss(int(sys.argv[1]), int(sys.argv[2])))"
    out = subprocess.run(
        [sys.executable, "-c", code, str(small), str(large)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return float(out.stdout.strip().splitlines()[-1])


def demo_rss(small: int, large: int) -> float:
    from maze.core.simulate import Simulator
    from maze.core.workshop import Workshop
    from maze.demo import DEFAULT_MEMORIES, run_headless, start_events
    from maze.io.level_file import load_level
    from maze.io.recorder import Recorder
    from maze.ui.pictures import picture_saver

    samples: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        recorder = Recorder(Workshop(), Path(folder), durable=False)
        recorder.on_team_end.append(picture_saver())
        recorder.on_team_end.append(lambda workshop, _: samples.setdefault(len(workshop.summaries), settled_rss_mb()))
        simulator = Simulator(11, DEFAULT_MEMORIES)
        simulator.observe(recorder.issue(start_events(load_level(CLASSIC).level, large, 4, 11, DEFAULT_MEMORIES)))
        run_headless(recorder, simulator)
        recorder.close()
    return samples[large] - samples[small]


def settled_rss_mb() -> float:
    import gc

    gc.collect()
    return current_rss_mb()


def current_rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1_000_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="less work per figure, for a smoke test")
    quick = parser.parse_args().quick
    frames = 40 if quick else 300
    pygame.init()
    figures: list[tuple[str, str, str]] = []
    figures.append(("frame_idle_ratio", f"{frame_ratio((1920, 1080), frames, busy=False):.2f}", "<= 1.5"))
    figures.append(("frame_busy_ratio", f"{frame_ratio((1920, 1080), frames, busy=True):.2f}", "<= 3"))
    figures.append(("frame_4k_ratio", f"{frame_ratio((3840, 2160), frames, busy=False):.2f}", "<= 1.5"))
    latency, buffer = beep_latency()
    figures.append(("beep_latency_frames", str(latency), "0"))
    figures.append(("mixer_buffer_samples", str(buffer), "<= 512"))
    figures.append(("startup_ratio", f"{startup_ratio(5 if quick else 21):.2f}", "<= 1.5"))
    ratio, count = replay_ratio(5_000 if quick else 100_000)
    figures.append((f"replay_ratio ({count} events)", f"{ratio:.2f}", "<= 2"))
    figures.append(("validate_ratio", f"{validate_ratio(5 if quick else 30):.2f}", "<= 3"))
    small, large = (2, 10) if quick else (5, 200)
    figures.append((f"memory_growth_mb ({large} vs {small} teams)", f"{memory_growth(small, large):.1f}", "<= 10"))
    for name, value, target in figures:
        print(f"{name}: {value} (target {target})", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
