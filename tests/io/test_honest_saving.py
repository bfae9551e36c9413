"""Quit says "saved" only when it is; F2 never mixes two workshops; --resume picks by the workshop's time."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from maze.core.commands import Step
from maze.core.grid import Pos
from maze.io.journal import JournalError, read_journal
from maze.io.results_folder import latest_journal
from maze.io.resume_choice import choose_journal
from tests.io.journal_samples import demo_events, journal_bytes
from tests.io.test_recorder import finish, start


def test_quit_says_saved_only_after_the_events_are_written(tmp_path: Path) -> None:
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the folder should be")
    recorder = start(blocker / "workshop")
    detail = recorder.quit_detail()
    assert "saved" in detail and "NOT saved" in detail and "loses" in detail
    assert "Everything so far is saved" not in detail
    recorder.move_to(tmp_path / "good")
    detail = recorder.quit_detail()
    assert detail.startswith("Everything so far is saved") and str(tmp_path / "good") in detail


def test_quit_retries_the_flush_before_saying_saved(tmp_path: Path) -> None:
    recorder = start(tmp_path / "w")
    recorder._unsaved.append({"type": "paused", "t": 3.0, "cmd": 99, "seq": 99, "team": 0})  # not yet written
    assert recorder.quit_detail().startswith("Everything so far is saved")
    assert recorder.unsaved == 0 and b'"seq":99' in (tmp_path / "w" / "journal.jsonl").read_bytes()


def test_f2_into_a_folder_holding_a_workshop_makes_a_new_folder(tmp_path: Path) -> None:
    first = start(tmp_path / "2026-01-01_090000-first")
    finish(first)
    second = start(tmp_path / "2026-01-01_100000-second")
    second.issue(Step(5, Pos(2, 1)))
    assert second.move_to(first.folder)
    assert second.folder.parent == first.folder and second.folder.name == "2026-01-01_100000-second"
    assert read_journal(first.folder / "journal.jsonl").events[-1]["type"] == "workshop_finished"
    assert read_journal(second.folder / "journal.jsonl").events == second._history


def write_workshop(results: Path, name: str, events: list[dict], mtime: float) -> Path:
    folder = results / name
    folder.mkdir(parents=True)
    path = folder / "journal.jsonl"
    path.write_bytes(journal_bytes(events))
    os.utime(path, (mtime, mtime))
    return path


def test_resume_picks_the_workshop_played_last_not_the_file_touched_last(tmp_path: Path) -> None:
    events = list(demo_events())
    finished = write_workshop(tmp_path, "2026-03-02_090000-later", events, mtime=1_000)
    write_workshop(tmp_path, "2026-03-01_090000-earlier", events, mtime=2_000_000_000)  # copied: a new file time
    assert latest_journal(tmp_path) == finished
    assert choose_journal(tmp_path) == finished
    unfinished = write_workshop(tmp_path, "2026-02-01_090000-open", events[:40], mtime=1_000)
    assert choose_journal(tmp_path) == unfinished, "an unfinished workshop comes before finished ones"


def test_several_unfinished_workshops_are_listed_to_choose_from(tmp_path: Path) -> None:
    events = list(demo_events())
    a = write_workshop(tmp_path, "2026-02-01_090000-a", events[:40], mtime=1_000)
    b = write_workshop(tmp_path, "2026-02-02_090000-b", events[:60], mtime=1_000)
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "journal.jsonl").write_bytes(b"[" * 10_000 + json.dumps({"t": 1}).encode())
    with pytest.raises(JournalError) as caught:
        choose_journal(tmp_path)
    lines = str(caught.value).splitlines()
    assert "2 workshops are unfinished" in lines[0]
    assert str(b) in lines[1] and str(a) in lines[2], "newest first"


def test_a_teams_rows_are_written_when_its_debrief_begins_and_quitting_there_says_so(tmp_path: Path) -> None:
    """At a team's debrief its play is over: its rows go into the CSV files then, so a session ended there (the
    last team's debrief, often) loses none of them. Its pictures wait for Enter, and quitting there says so."""
    import csv

    from maze.core.commands import Advance
    from maze.core.events import Phase
    from tests.io.test_recorder import to_debrief

    def rows(name: str) -> list[dict[str, str]]:
        with (recorder.folder / name).open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle))

    recorder = start(tmp_path / "w")
    assert "leaves this debrief" not in recorder.quit_detail(), "discovery: nothing pending"
    t = to_debrief(recorder)
    assert recorder.workshop.current is not None and recorder.workshop.current.phase is Phase.DEBRIEF
    assert [row["team"] for row in rows("results.csv")] == ["Red"]
    at_debrief = (rows("results.csv"), rows("beeps.csv"), rows("rounds.csv"))
    assert at_debrief[2], "the team's execution rounds are written too (its walk had no beep)"
    detail = recorder.quit_detail()
    assert detail.startswith("Everything so far is saved")
    assert "Red's figures are in results.csv; its pictures are drawn when Enter leaves this debrief" in detail
    recorder.issue(Advance(t + 1))
    assert "leaves this debrief" not in recorder.quit_detail(), "the workshop is over: nothing pending"
    after = (rows("results.csv"), rows("beeps.csv"), rows("rounds.csv"))
    assert [len(table) for table in after] == [len(table) for table in at_debrief], "no row twice"
    assert after[1:] == at_debrief[1:] and after[0][0]["team"] == "Red"


def test_a_resume_at_a_teams_debrief_writes_its_rows_too(tmp_path: Path) -> None:
    """The files a resume writes afresh hold the team at its debrief, as they did before the session ended."""
    from maze.io.resume import load_workshop
    from maze.io.resume_recorder import resume_recorder
    from tests.io.test_recorder import to_debrief

    recorder = start(tmp_path / "w")
    to_debrief(recorder)
    recorder.close()
    written = {name: (recorder.folder / name).read_text(encoding="utf-8") for name in ("results.csv", "rounds.csv")}
    for name in written:
        (recorder.folder / name).unlink()
    journal = recorder.folder / "journal.jsonl"
    again = resume_recorder(load_workshop(journal), journal, durable=False, keep_history=False)
    assert again.workshop.current is not None and again.workshop.current.name == "Red"
    for name, text in written.items():
        assert (recorder.folder / name).read_text(encoding="utf-8") == text, name
    again.close()
