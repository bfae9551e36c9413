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
from maze.io.exports import all_beep_rows
from maze.io.journal import JournalError, read_journal
from maze.io.resume import load_workshop
from maze.io.resume_recorder import resume_recorder
from maze.io.rounds_csv import all_round_rows

SEED = 20261130


@pytest.fixture(autouse=True)
def read_again_from_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """These journals are short: hold none of their events, as a long journal's resume does."""
    monkeypatch.setattr("maze.io.resume.HELD_EVENTS", 0)


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


@pytest.mark.parametrize("attempt", range(6))
def test_folding_as_it_streams_equals_reading_everything_first(demo_folder: Path, tmp_path: Path, attempt: int) -> None:
    share = random.Random(SEED + attempt).uniform(0.05, 1.0)
    print(f"resume: seed {SEED + attempt}, journal cut at {share:.3f} of its bytes")
    path = cut_journal(demo_folder, tmp_path, share)
    read = read_journal(path)
    loaded = load_workshop(path)
    kept = read.events[: len(read.events) - loaded.cut_command]
    assert loaded.workshop.state() == Workshop.replay(kept).state()
    assert loaded.read.skipped == read.skipped
    assert loaded.workshop.last_t == max(e["t"] for e in kept)
    assert list(loaded.events) == kept and len(loaded.events) == len(kept)
    assert loaded.beep_rows == all_beep_rows(kept) and loaded.round_rows == all_round_rows(kept)


def test_exports_are_built_from_the_fold_with_every_finished_team_and_no_beep_twice(
    demo_folder: Path, tmp_path: Path
) -> None:
    events = read_journal(demo_folder / "journal.jsonl").events
    second_finished = [i for i, e in enumerate(events) if e["type"] == EventType.TEAM_FINISHED][1]
    path = tmp_path / "journal.jsonl"
    lines = (demo_folder / "journal.jsonl").read_text(encoding="utf-8").splitlines()
    path.write_text("".join(line + "\n" for line in lines[: second_finished + 3]), encoding="utf-8")
    recorder = resume_recorder(load_workshop(path), path, durable=False, keep_history=False)
    assert not recorder.problem
    results = list(csv.DictReader((tmp_path / "results.csv").open(encoding="utf-8-sig")))
    reference = list(csv.DictReader((demo_folder / "results.csv").open(encoding="utf-8-sig")))
    same = [c for c in results[0] if not c.startswith("rank_") and c != "workshop_finished"]  # need every team
    assert [{c: row[c] for c in same} for row in results] == [{c: row[c] for c in same} for row in reference[:2]]
    teams = {row["team"] for row in results}
    for name in ("beeps.csv", "rounds.csv"):
        rows = list(csv.DictReader((tmp_path / name).open(encoding="utf-8-sig")))
        whole = list(csv.DictReader((demo_folder / name).open(encoding="utf-8-sig")))
        assert rows == [row for row in whole if row["team"] in teams], name
        assert rows, f"the demo's first teams have {name} rows"


def test_history_after_the_resume_adds_the_new_events(demo_folder: Path, tmp_path: Path) -> None:
    path = cut_journal(demo_folder, tmp_path, 0.5)
    loaded = load_workshop(path)
    before = read_journal(path).events[: len(loaded.events)]
    extra = [{"type": "paused", "t": loaded.last_t + 1, "seq": before[-1]["seq"] + 1}]
    loaded.events.extend(extra)
    assert list(loaded.events) == before + extra and loaded.events == before + extra


def test_a_resumed_recorder_moves_its_whole_history_to_another_folder(demo_folder: Path, tmp_path: Path) -> None:
    path = cut_journal(demo_folder, tmp_path, 0.6)
    loaded = load_workshop(path)
    recorder = resume_recorder(loaded, path, durable=False, keep_history=True)
    from maze.core.commands import Pause

    recorder.issue(Pause(loaded.last_t + 1))
    assert recorder.move_to(tmp_path / "elsewhere")
    moved = read_journal(recorder.journal_path).events
    assert moved == read_journal(path).events
    assert (recorder.folder / "beeps.csv").read_bytes() == (path.parent / "beeps.csv").read_bytes()


def test_a_damaged_journal_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    path.write_text('{"type": "team_started", "t": 0, "seq": 1}\n', encoding="utf-8")
    with pytest.raises(JournalError) as caught:
        load_workshop(path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)


def test_a_first_team_start_cut_by_a_crash_moves_with_that_start_once(demo_folder: Path, tmp_path: Path) -> None:
    data = (demo_folder / "journal.jsonl").read_bytes()
    first = data.index(b"\n") + 1
    path = tmp_path / "journal.jsonl"
    path.write_bytes(data[: first + 40])  # inside team_started
    loaded = load_workshop(path)
    assert loaded.cut_command and len(loaded.to_append) == 1
    recorder = resume_recorder(loaded, path, durable=False, keep_history=True)
    journalled = read_journal(path).events
    assert [e["type"] for e in journalled] == [EventType.WORKSHOP_STARTED, EventType.TEAM_STARTED]
    assert recorder.move_to(tmp_path / "elsewhere")
    assert read_journal(recorder.journal_path).events == journalled
    assert len(recorder.journal_path.read_bytes().splitlines()) == 2, "the team's start is not written twice"


def test_a_long_journal_holds_none_of_its_events_and_a_short_one_holds_them(
    demo_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = demo_folder / "journal.jsonl"
    events = read_journal(path).events
    assert load_workshop(path).events.held is None
    monkeypatch.setattr("maze.io.resume.HELD_EVENTS", len(events))
    loaded = load_workshop(path)
    assert loaded.events.held == events and list(loaded.events) == events
