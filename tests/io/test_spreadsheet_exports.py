"""When a workshop ran (ISO 8601 with its time zone) is in the journal and results.csv, with readable durations."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

from maze.core.commands import Advance, StartWorkshop, TeamPlan, TeamSpec
from maze.core.events import EventType
from maze.core.workshop import Workshop
from maze.io.exports import RESULTS_CSV, clock_text, rebuild_exports
from maze.io.recorder import Recorder
from tests.builders import level

STARTED = "2026-03-05T14:30:00+01:00"
FINISHED = "2026-03-05T15:31:07+01:00"


def play_a_workshop(folder: Path, started: str = STARTED, finished: str = FINISHED) -> None:
    """Two teams (one with accents) whose every phase is ended by Advance; the last one says when."""
    recorder = Recorder(Workshop(), folder, durable=False)
    teams = (TeamSpec("Équipe Zoë", ("Anaïs", "Björn")), TeamSpec("Blue", ("Cy",)))
    recorder.issue(StartWorkshop(0.0, teams, (TeamPlan(level()), TeamPlan(level())), wall_clock=started))
    t = 0.0
    while not recorder.workshop.finished:
        t += 75.0
        recorder.issue(Advance(t, wall_clock=finished))
    recorder.close()


def read_results(folder: Path) -> list[dict[str, str]]:
    with (folder / RESULTS_CSV).open(encoding="utf-8-sig", newline="") as handle:  # as a spreadsheet would
        return list(csv.DictReader(handle))


def test_the_journal_and_results_say_when_the_workshop_ran(tmp_path: Path) -> None:
    play_a_workshop(tmp_path)
    events = [json.loads(line) for line in (tmp_path / "journal.jsonl").read_text(encoding="utf-8").splitlines()]
    assert events[0]["type"] == EventType.WORKSHOP_STARTED and events[0]["started_at"] == STARTED
    assert events[-1]["type"] == EventType.WORKSHOP_FINISHED and events[-1]["finished_at"] == FINISHED
    rows = read_results(tmp_path)
    assert [row["team"] for row in rows] == ["Équipe Zoë", "Blue"] and rows[0]["players"] == "Anaïs; Björn"
    for row in rows:
        assert (row["workshop_started"], row["workshop_finished"]) == (STARTED, FINISHED)
        assert datetime.fromisoformat(row["workshop_started"]).utcoffset() is not None
        for readable, seconds in (("discovery_time", "discovery_seconds"), ("score_time", "score_seconds")):
            assert row[readable] == clock_text(float(row[seconds]))


def test_a_resumed_workshop_rebuilds_the_same_times(tmp_path: Path) -> None:
    play_a_workshop(tmp_path)
    before = (tmp_path / RESULTS_CSV).read_text(encoding="utf-8")
    (tmp_path / RESULTS_CSV).unlink()
    rebuild_exports(tmp_path, _events(tmp_path))
    assert (tmp_path / RESULTS_CSV).read_text(encoding="utf-8") == before


def _events(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "journal.jsonl").read_text(encoding="utf-8").splitlines()]


def test_old_journals_without_times_still_load_with_empty_columns(tmp_path: Path) -> None:
    play_a_workshop(tmp_path, started="", finished="")
    events = _events(tmp_path)
    assert "started_at" not in events[0] and "finished_at" not in events[-1]
    assert Workshop.replay(events).finished
    assert all(row["workshop_started"] == "" for row in read_results(tmp_path))


def test_clock_text_reads_as_a_duration() -> None:
    assert clock_text(0) == "0:00:00"
    assert clock_text(59.6) == "0:01:00"
    assert clock_text(3725.2) == "1:02:05"
    assert clock_text("") == ""


def test_a_report_from_a_journal_carries_the_times_too(tmp_path: Path) -> None:
    from maze.report import rows_from

    play_a_workshop(tmp_path)
    rows = rows_from(tmp_path / "journal.jsonl")
    assert [row["workshop_started"] for row in rows] == [STARTED, STARTED]
    assert rows[0]["discovery_time"] == clock_text(rows[0]["discovery_seconds"])
