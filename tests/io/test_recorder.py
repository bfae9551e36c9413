"""Results folders that go wrong mid-workshop: play goes on, nothing is lost, nothing written is cut."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from maze.core.commands import Advance, StartWorkshop, Step, TeamPlan, TeamSpec
from maze.core.grid import Pos
from maze.core.workshop import Workshop
from maze.io.journal import read_journal
from maze.io.recorder import Recorder
from tests.builders import WINNING_WALK, level


def start(folder: Path) -> Recorder:
    recorder = Recorder(Workshop(), folder, durable=True, history=[])
    recorder.issue(StartWorkshop(0, (TeamSpec("Red", ("Ana", "Ben")),), (TeamPlan(level()),)))
    recorder.issue(Advance(1))
    recorder.issue(Advance(2))
    return recorder


def finish(recorder: Recorder, t: float = 10, walked: int = 0) -> None:
    """Find the route (the walker has already taken `walked` squares of it), execute, end the workshop."""
    t = to_debrief(recorder, t, walked)
    recorder.issue(Advance(t + 1))


def to_debrief(recorder: Recorder, t: float = 10, walked: int = 0) -> float:
    """Find the route, execute, and stop at the team's debrief; the time reached."""
    for r, c in WINNING_WALK[walked:]:
        t += 1
        recorder.issue(Step(t, Pos(r, c)))
    recorder.issue(Advance(t + 1))
    for _ in range(2):
        for r, c in WINNING_WALK:
            t += 1
            recorder.issue(Step(t, Pos(r, c)))
    recorder.issue(Advance(t + 1))
    return t + 1


def test_a_folder_that_cannot_be_made_keeps_events_until_moved(tmp_path: Path) -> None:
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the folder should be")
    recorder = start(blocker / "workshop")
    assert "cannot write the journal" in recorder.problem and recorder.unsaved == len(recorder._history)
    recorder.issue(Step(5, Pos(2, 1)))  # play goes on
    assert recorder.workshop.current.beeps
    good = tmp_path / "elsewhere"
    assert recorder.move_to(good)
    assert recorder.problem == "" and recorder.unsaved == 0
    finish(recorder)
    events = read_journal(good / "journal.jsonl").events
    assert [e["type"] for e in events][-1] == "workshop_finished"
    assert Workshop.replay(events).state() == recorder.workshop.state()
    assert list(csv.DictReader((good / "results.csv").open(encoding="utf-8-sig")))[0]["beeps"] == "1"
    assert blocker.read_text() == "a file where the folder should be"


def test_a_folder_that_vanishes_is_made_again_with_everything(tmp_path: Path) -> None:
    folder = tmp_path / "workshop"
    recorder = start(folder)
    recorder.issue(Step(5, Pos(2, 1)))
    shutil.rmtree(folder)
    recorder.issue(Step(6, Pos(2, 0)))
    assert "had gone" in recorder.problem
    finish(recorder, walked=1)
    events = read_journal(folder / "journal.jsonl").events
    assert Workshop.replay(events).state() == recorder.workshop.state()
    assert (folder / "results.csv").exists() and (folder / "beeps.csv").exists()


def test_a_full_disk_is_reported_and_nothing_is_lost(tmp_path: Path) -> None:
    folder = tmp_path / "workshop"
    recorder = start(folder)
    written = read_journal(folder / "journal.jsonl").events
    journal = folder / "journal.jsonl"
    saved = journal.read_bytes()
    journal.unlink()
    journal.symlink_to("/dev/full")  # every write now fails: No space left on device
    recorder.issue(Step(5, Pos(2, 1)))
    assert "No space left on device" in recorder.problem and recorder.unsaved == 3
    journal.unlink()
    journal.write_bytes(saved)  # space again: the facilitator freed the disk
    recorder.issue(Step(6, Pos(2, 0)))
    assert recorder.unsaved == 0 and recorder.problem == ""
    events = read_journal(journal).events
    assert events[: len(written)] == written
    assert Workshop.replay(events).state() == recorder.workshop.state()


def test_written_files_follow_the_umask_so_colleagues_can_open_them(tmp_path) -> None:
    import os

    from maze.io.atomic import write_text_atomic

    old = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "results.csv", "team\n")
        assert (tmp_path / "results.csv").stat().st_mode & 0o777 == 0o644
        os.umask(0o077)
        write_text_atomic(tmp_path / "private.csv", "team\n")
        assert (tmp_path / "private.csv").stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)


def test_pictures_follow_the_umask_too(tmp_path) -> None:
    import os

    from maze.io.atomic import png_is_whole, write_file_atomic

    old = os.umask(0o022)
    try:
        whole_png = b"\x89PNG\r\n\x1a\n" + b"IEND\xaeB`\x82"
        write_file_atomic(tmp_path / "debrief.png", lambda name: open(name, "wb").write(whole_png), png_is_whole)
        assert (tmp_path / "debrief.png").stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old)
