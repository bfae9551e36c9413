"""Figures measured as whole processes: start-up to the first frame, resuming a long journal, and validate.

Each is timed against a bare program in the same run, interleaved, best of several (on a shared machine other
work only adds time, so the fastest run of each side is the truest, as timeit reasons).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASSIC = ROOT / "levels" / "classic.yaml"
CACHE = Path(tempfile.gettempdir()) / "electric-maze-bench"
BARE_WINDOW = (
    "import time, pygame; pygame.init(); s = pygame.display.set_mode((1280, 720)); "
    "s.fill((0, 0, 0)); pygame.display.flip(); print(f'first frame {time.time():.6f}', flush=True)"
)


def _env(home: str, as_a_facilitator: bool = False) -> dict[str, str]:
    """The environment of a timed process. `home` is ELECTRIC_MAZE_HOME (every file of the game in one folder);
    `as_a_facilitator`: it is HOME instead, with no XDG folders set, so the game finds its settings and folders
    where it does on a facilitator's laptop (and pays for working them out)."""
    drop = ("PYTHONPATH", "ELECTRIC_MAZE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(
        ELECTRIC_MAZE_FIRST_FRAME_EXIT="1",
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
        PYGAME_HIDE_SUPPORT_PROMPT="1",
    )
    env["HOME" if as_a_facilitator else "ELECTRIC_MAZE_HOME"] = home
    return env


def to_first_frame(cmd: list[str], home: str, as_a_facilitator: bool = False) -> float:
    """Seconds from starting `cmd` to the moment it says it presented its first frame."""
    start = time.time()
    env = _env(home, as_a_facilitator)
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True, cwd=ROOT)
    stamp = next(line for line in out.stdout.splitlines() if line.startswith("first frame "))
    return float(stamp.split()[-1]) - start


def warm_bytecode() -> None:
    """A first start writes the bytecode cache: time the starts after it, as a facilitator's machine sees them."""
    import compileall

    for package in ("maze", "levels"):  # levels/index.py is the module maze.bundled.levels.index
        compileall.compile_dir(str(ROOT / package), quiet=1)


def startup_ratios(runs: int) -> tuple[float, float]:
    """The title's first frame, and a start with --level and a team, each over a bare window's first frame."""
    warm_bytecode()
    base, title, level = [], [], []
    game = [sys.executable, "-m", "maze", "--size", "1280x720", "--mute"]
    with tempfile.TemporaryDirectory() as home:
        results = ["--results-dir", str(Path(home) / "results")]
        for _ in range(runs):
            base.append(to_first_frame([sys.executable, "-c", BARE_WINDOW], home, True))
            title.append(to_first_frame(game, home, True))
            level.append(to_first_frame([*game, *results, "--level", str(CLASSIC), "--team", "Red: 3"], home, True))
    return min(title) / min(base), min(level) / min(base)


def bench_home() -> Path:
    """The user the cached workshops belong to: the key that signs their resume checkpoints is kept here."""
    return CACHE / "home"


def journal_with(events: int) -> Path:
    """A workshop of about `events` events as a headless demo leaves it: the journal, and the resume checkpoint
    the recorder wrote at its last team's end (for `bench_home()`'s user). Made once per version of the code
    that the checkpoint depends on, and kept in the temp folder, with the debrief pictures and their manifest.
    The CSV files a demo writes at each team's end are skipped (a resume writes them again after its first
    frame)."""
    from maze.io.checkpoint import CHECKPOINT_NAME, code_stamp

    folder = CACHE / f"workshop-{events}-{code_stamp()[:12]}"
    path = folder / "journal.jsonl"
    if path.exists() and (folder / "complete").exists():
        return path
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    from maze.core.simulate import Simulator
    from maze.core.workshop import Workshop
    from maze.demo import run_headless, start_events
    from maze.io.level_file import load_level
    from maze.io.recorder import Recorder
    from maze.ui.picture_book import picture_saver

    level = load_level(CLASSIC).level
    home = os.environ.get("ELECTRIC_MAZE_HOME")
    os.environ["ELECTRIC_MAZE_HOME"] = str(bench_home())
    try:
        recorder = Recorder(Workshop(), folder, durable=False)
        recorder._write_files = lambda folder: None  # type: ignore[method-assign]  # CSVs: see above
        recorder.on_team_end.append(picture_saver())
        simulator = Simulator(3, [0.9, 0.3])
        simulator.observe(recorder.issue(start_events(level, max(2, events // 390), 4, 3, [0.9, 0.3])))
        run_headless(recorder, simulator)
        recorder.close()
    finally:
        if home is None:
            del os.environ["ELECTRIC_MAZE_HOME"]
        else:
            os.environ["ELECTRIC_MAZE_HOME"] = home
    if not (folder / CHECKPOINT_NAME).exists():
        raise RuntimeError(f"the demo wrote no resume checkpoint in {folder}")
    (folder / "complete").touch()
    return path


PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def peak_rss_mb(cmd: list[str], home: str) -> float:
    out = subprocess.run([sys.executable, "-c", PEAK, *cmd], env=_env(home), check=True, capture_output=True)
    return int(out.stdout.split()[-1]) / 1024


def resume_figures(events: int, runs: int) -> tuple[float, float, int, float]:
    """The whole --resume of a long workshop to its first frame, over a process that parses every line of its
    journal with json.loads; the resume's peak memory, minus a bare interpreter's that imported pygame; the
    journal's lines; and the same ratio with the journal alone (no checkpoint: the whole journal folded)."""
    from maze.io.checkpoint import CHECKPOINT_NAME
    from maze.ui.picture_book import MANIFEST

    source = journal_with(events)
    count = sum(1 for _ in source.open("rb"))
    parse = "import json, sys\nfor line in open(sys.argv[1], encoding='utf-8'): json.loads(line)\n"
    parse += "import time; print(f'first frame {time.time():.6f}', flush=True)"
    warm_bytecode()
    home = str(bench_home())  # the user whose key signed the checkpoint
    base, ours, whole, peaks = [], [], [], []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "workshop"
        folder.mkdir()
        journal = folder / "journal.jsonl"
        resume = [sys.executable, "-m", "maze", "--resume", str(journal), "--size", "1280x720", "--mute"]

        def as_left(checkpoint: bool) -> None:
            """The folder as the demo left it (a resume may append to the journal and writes the exports);
            the pictures are linked, not copied: they are only ever replaced whole."""
            shutil.rmtree(folder)
            folder.mkdir()
            shutil.copyfile(source, journal)
            shutil.copyfile(source.parent / MANIFEST, folder / MANIFEST)
            for picture in source.parent.glob("*.png"):
                os.link(picture, folder / picture.name)
            if checkpoint:
                shutil.copyfile(source.parent / CHECKPOINT_NAME, folder / CHECKPOINT_NAME)

        for _ in range(runs):
            as_left(True)
            base.append(to_first_frame([sys.executable, "-c", parse, str(journal)], home))
            ours.append(to_first_frame(resume, home))
            as_left(False)
            whole.append(to_first_frame(resume, home))
        as_left(True)
        peaks.append(peak_rss_mb(resume, home))
        bare = peak_rss_mb([sys.executable, "-c", "import pygame"], home)
    return min(ours) / min(base), min(peaks) - bare, count, min(whole) / min(base)


def validate_process_ratio(runs: int) -> float:
    """`electric-maze validate` of a 50 x 50 level, as a process, over `python -c` loading it with yaml."""
    from maze.core.generator import generate
    from maze.core.level import Difficulty
    from maze.io.level_file import level_yaml

    warm_bytecode()
    with tempfile.TemporaryDirectory() as home:
        path = Path(home) / "big.yaml"
        path.write_text(level_yaml(generate(50, 50, seed=5, difficulty=Difficulty.HARD)), encoding="utf-8")
        ours = [sys.executable, "-m", "maze", "validate", str(path)]
        load = "import sys, yaml; yaml.safe_load(open(sys.argv[1], encoding='utf-8'))"
        bare = [sys.executable, "-c", load, str(path)]

        def run(cmd: list[str]) -> float:
            start = time.perf_counter()
            subprocess.run(cmd, env=_env(home), check=True, capture_output=True, cwd=ROOT)
            return time.perf_counter() - start

        base_times, our_times = [], []
        for _ in range(runs):
            base_times.append(run(bare))
            our_times.append(run(ours))
    return min(our_times) / min(base_times)


def memory_growth(small: int, large: int) -> float:
    """Resident memory after team `large` of a headless demo (pictures, exports and resume checkpoints, as
    the demo writes them) minus after team `small`."""
    code = "import sys; from benchmarks.memory import demo_rss; print(demo_rss(int(sys.argv[1]), int(sys.argv[2])))"
    with tempfile.TemporaryDirectory() as home:  # the checkpoints' key goes here, not in the user's data folder
        out = subprocess.run(
            [sys.executable, "-c", code, str(small), str(large)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={
                **os.environ,
                "PYTHONPATH": str(ROOT),
                "SDL_VIDEODRIVER": "dummy",
                "SDL_AUDIODRIVER": "dummy",
                "ELECTRIC_MAZE_HOME": home,
            },
        )
    return float(out.stdout.strip().splitlines()[-1])
