"""--resume folds the journal in one streaming pass: the same workshop, exports and history as reading it all."""

from __future__ import annotations

import csv
import random
import subprocess
import sys
from pathlib import Path

import pytest

from maze.core.events import EventType
from maze.core.workshop import Workshop
from maze.io.journal import read_journal
from maze.io.resume import ResumeError, fold_journal

SEED = 20261130


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    results = tmp_path_factory.mktemp("demo")
    subprocess.run(
        [sys.executable, "-m", "maze", "demo", "--headless", "--no-pictures", "--teams", "3", "--seed", "3"]
        + ["--results-dir", str(results)],
        check=True,
        capture_output=True,
    )
    (folder,) = [p for p in results.iterdir() if p.is_dir()]
    return folder


def cut_journal(demo_folder: Path, tmp_path: Path, share: float) -> Path:
    whole = (demo_folder / "journal.jsonl").read_bytes()
    folder = tmp_path / "cut"
    folder.mkdir()
    (folder / "journal.jsonl").write_bytes(whole[: int(len(whole) * share)])
    return folder / "journal.jsonl"


@pytest.mark.parametrize("attempt", range(4))
def test_folding_as_it_streams_equals_reading_everything_first(demo_folder: Path, tmp_path: Path, attempt: int) -> None:
    share = random.Random(SEED + attempt).uniform(0.05, 1.0)
    print(f"resume: seed {SEED + attempt}, journal cut at {share:.3f} of its bytes")
    path = cut_journal(demo_folder, tmp_path, share)
    read = read_journal(path)
    resumed = fold_journal(path)
    assert resumed.workshop.state() == Workshop.replay(read.events).state()
    assert resumed.skipped == read.skipped
    assert resumed.last_t == max(e["t"] for e in read.events)
    assert list(resumed.history) == read.events and len(resumed.history) == len(read.events)


def test_exports_are_built_from_the_fold_with_every_finished_team_and_no_beep_twice(
    demo_folder: Path, tmp_path: Path
) -> None:
    events = read_journal(demo_folder / "journal.jsonl").events
    second_finished = [i for i, e in enumerate(events) if e["type"] == EventType.TEAM_FINISHED][1]
    path = tmp_path / "journal.jsonl"
    path.write_text(
        "".join(line + "\n" for line in (demo_folder / "journal.jsonl").read_text().splitlines()[: second_finished + 3])
    )
    resumed = fold_journal(path)
    resumed.write_exports()
    results = list(csv.DictReader((tmp_path / "results.csv").open()))
    reference = list(csv.DictReader((demo_folder / "results.csv").open()))
    ranks = [c for c in reference[0] if c.startswith("rank_")]  # ranks are among the teams finished so far
    assert ranks and [{c: v for c, v in row.items() if c not in ranks} for row in results] == [
        {c: v for c, v in row.items() if c not in ranks} for row in reference[:2]
    ]
    assert all(sorted(int(row[c]) for row in results) in ([1, 2], [1, 1]) for c in ranks)
    beeps = list(csv.DictReader((tmp_path / "beeps.csv").open()))
    reference_beeps = list(csv.DictReader((demo_folder / "beeps.csv").open()))
    finished = {row["team"] for row in reference[:2]}
    assert beeps == [row for row in reference_beeps if row["team"] in finished]
    assert beeps, "the demo's first teams beeped"


def test_history_after_the_resume_adds_the_new_events(demo_folder: Path, tmp_path: Path) -> None:
    path = cut_journal(demo_folder, tmp_path, 0.5)
    resumed = fold_journal(path)
    before = read_journal(path).events
    extra = [{"type": "paused", "t": resumed.last_t + 1, "seq": before[-1]["seq"] + 1}]
    resumed.history.extend(extra)
    assert list(resumed.history) == before + extra and resumed.history == before + extra


def test_a_damaged_journal_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    path.write_text('{"type": "team_started", "t": 0, "seq": 1}\n')
    with pytest.raises(ResumeError) as caught:
        fold_journal(path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)
