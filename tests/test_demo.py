"""Demo mode headless: it finishes on its own, is repeatable, and survives kill -9 at any point."""

from __future__ import annotations

import csv
import json
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from maze.core.events import EventType, effective_events
from maze.io.journal import read_journal

DEMO = ["demo", "--headless", "--no-pictures", "--teams", "4", "--seed", "7"]


def run_maze(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "maze", *args], capture_output=True, text=True, timeout=timeout)


def workshop_folder(results: Path) -> Path:
    (folder,) = [p for p in results.iterdir() if p.is_dir()]
    return folder


def journal(folder: Path) -> list[dict]:
    """The journal's events as the program reads them (a line torn by a kill is left out)."""
    return read_journal(folder / "journal.jsonl").events


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> Path:
    """One uninterrupted demo, to compare the others with."""
    results = tmp_path_factory.mktemp("reference")
    out = run_maze(*DEMO, "--results-dir", str(results))
    assert out.returncode == 0, out.stderr
    return workshop_folder(results)


def test_headless_demo_finishes_with_consistent_files(tmp_path: Path) -> None:
    out = run_maze(
        "demo", "--headless", "--level", "levels/practice-field.yaml", "--teams", "3", "--results-dir", str(tmp_path)
    )
    assert out.returncode == 0, out.stderr
    folder = workshop_folder(tmp_path)
    names = {p.name for p in folder.iterdir()}
    assert {
        "journal.jsonl",
        "results.csv",
        "beeps.csv",
        "debrief-workshop-failures.png",
        "debrief-workshop-learning.png",
        "debrief-workshop-execution.png",
    } <= names
    assert len([n for n in names if n.startswith("debrief-team-") and not n.endswith("-insights.png")]) == 3
    assert len([n for n in names if n.startswith("debrief-team-") and n.endswith("-insights.png")]) == 3
    events = list(effective_events(journal(folder)))
    assert events[-1]["type"] == EventType.WORKSHOP_FINISHED
    rows = list(csv.DictReader((folder / "results.csv").open(encoding="utf-8-sig")))
    beeps = list(csv.DictReader((folder / "beeps.csv").open(encoding="utf-8-sig")))
    assert len(rows) == 3
    for index, row in enumerate(rows):
        team_beeps = [e for e in events if e["type"] == EventType.BEEP and e["team"] == index]
        discovery = [e for e in team_beeps if e["phase"] == "discovery"]
        assert int(row["new_beeps"]) + int(row["repeat_beeps"]) == int(row["beeps"]) == len(discovery)
        assert int(row["execution_errors"]) == len(team_beeps) - len(discovery)
        assert len([b for b in beeps if b["team"] == row["team"]]) == len(team_beeps)


def test_same_seed_same_workshop(tmp_path: Path, reference: Path) -> None:
    out = run_maze(*DEMO, "--results-dir", str(tmp_path))
    assert out.returncode == 0
    folder = workshop_folder(tmp_path)
    assert (folder / "results.csv").read_text() == (reference / "results.csv").read_text()
    assert journal(folder) == journal(reference)


def test_a_team_that_shares_repeats_fewer_beeps(reference: Path) -> None:
    rows = list(csv.DictReader((reference / "results.csv").open(encoding="utf-8-sig")))
    sharing = [int(r["repeat_beeps"]) for r in rows[0::2]]  # memories alternate 0.9, 0.3
    forgetting = [int(r["repeat_beeps"]) for r in rows[1::2]]
    assert sum(sharing) < sum(forgetting)


def kill_mid_run(results: Path, reference: Path, rng: random.Random, extra: tuple[str, ...] = ()) -> int:
    """Start the demo and kill it with SIGKILL once its journal holds a random number of lines. A demo that
    finishes between two looks is not a kill: it is started again (in a fresh folder) at the next random point
    of the same generator. Returns the line count the kill aimed at."""
    total = len((reference / "journal.jsonl").read_bytes().splitlines())
    for attempt in range(20):
        shutil.rmtree(results, ignore_errors=True)
        results.mkdir(parents=True)
        target = rng.randrange(1, total - 1)
        proc = subprocess.Popen(
            [sys.executable, "-m", "maze", *DEMO, *extra, "--results-dir", str(results)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            found = list(results.glob("*/journal.jsonl"))
            if found and found[0].read_bytes().count(b"\n") >= target:
                break
            time.sleep(0.001)  # a poll of the journal, not a wait for something to happen
        proc.send_signal(signal.SIGKILL)
        if proc.wait() == -signal.SIGKILL:
            print(f"killed at line {target} of {total} (try {attempt + 1})")
            return target
    raise AssertionError("the demo finished before every one of 20 kills")


def kill_then_resume(results: Path, reference: Path, rng: random.Random, extra: tuple[str, ...] = ()) -> None:
    """Kill a demo with SIGKILL after a random number of journal lines, resume it, compare with the reference."""
    target = kill_mid_run(results, reference, rng, extra)
    folder = workshop_folder(results)
    before = journal(folder)
    out = run_maze("demo", "--headless", *extra, "--resume", str(folder / "journal.jsonl"))
    assert out.returncode == 0, (target, out.stderr)
    after = journal(folder)
    assert before == journal(reference)[: len(before)], "the kill changed no journalled event"
    assert after == journal(reference), target
    for name in ("results.csv", "beeps.csv"):
        assert (folder / name).read_bytes() == (reference / name).read_bytes(), (target, name)


@pytest.mark.parametrize("attempt", range(3))
def test_kill_at_a_random_point_then_resume(tmp_path: Path, reference: Path, attempt: int, seed: int) -> None:
    kill_then_resume(tmp_path / "results", reference, random.Random(seed))


@pytest.mark.slow
def test_fifty_seeded_kills_each_resume_to_identical_exports(tmp_path: Path, reference: Path, seed: int) -> None:
    rng = random.Random(seed)
    for attempt in range(50):
        kill_then_resume(tmp_path / str(attempt), reference, rng)


def test_resume_rewrites_exports_that_were_lost_or_damaged(tmp_path: Path, reference: Path) -> None:
    folder = tmp_path / "w"
    folder.mkdir()
    events = journal(reference)
    cut = next(i for i, e in enumerate(events) if e["type"] == "team_finished" and e["team"] == 1) + 1
    (folder / "journal.jsonl").write_bytes(b"".join(json.dumps(e).encode() + b"\n" for e in events[:cut]))
    (folder / "beeps.csv").write_text("team,player\nstale,row\nstale,row\n")
    out = run_maze("demo", "--headless", "--no-pictures", "--resume", str(folder / "journal.jsonl"))
    assert out.returncode == 0, out.stderr
    for name in ("results.csv", "beeps.csv"):
        assert (folder / name).read_bytes() == (reference / name).read_bytes(), name
