"""Journals written by earlier versions resume today and give the statistics they gave then.

Each folder under tests/data/old-journals holds a journal and the CSV files the program of that day
exported from it (see the README there). Resuming the journal now must give every one of those columns
the same value, row by row: a change to how events are read or folded that alters an old workshop's
figures fails here.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from maze.core.events import JOURNAL_VERSION, EventType
from maze.core.workshop import Workshop
from maze.io.exports import BEEP_COLUMNS, RESULT_COLUMNS, csv_text, result_rows, spreadsheet_row, workshop_times
from maze.io.journal import read_journal
from maze.io.resume import load_workshop
from maze.io.rounds_csv import ROUND_COLUMNS

OLD = Path(__file__).resolve().parents[1] / "data" / "old-journals"
FOLDERS = sorted(p for p in OLD.iterdir() if p.is_dir())


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def _same_columns(old_text: str, new_text: str) -> None:
    old, new = _rows(old_text), _rows(new_text)
    assert old, "the old file has no rows to compare"
    assert len(new) == len(old)
    missing = [name for name in old[0] if name not in new[0]]
    assert not missing, f"columns the old file had are gone: {missing}"
    for number, (was, now) in enumerate(zip(old, new, strict=True), start=1):
        changed = {name: (value, now[name]) for name, value in was.items() if now[name] != value}
        assert not changed, f"row {number}: (then, now) {changed}"


def test_the_old_journals_hold_every_event_type() -> None:
    held = {
        json.loads(line)["type"]
        for folder in FOLDERS
        for line in (folder / "journal.jsonl").read_text(encoding="utf-8").splitlines()
    }
    assert held <= set(EventType), f"event types no longer read: {held - set(EventType)}"
    missing = set(EventType) - held
    assert not missing, f"no journal here holds {sorted(missing)}: add one that does (see the README here)"


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_an_old_journal_resumes_with_the_statistics_it_had(folder: Path) -> None:
    first = json.loads((folder / "journal.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["version"] <= JOURNAL_VERSION

    loaded = load_workshop(folder / "journal.jsonl")

    workshop = loaded.workshop
    assert workshop.finished and loaded.read.skipped == 0 and not loaded.cut_command
    when = workshop_times(workshop)
    results = csv_text(RESULT_COLUMNS, (spreadsheet_row(row, when) for row in result_rows(workshop.summaries)))
    _same_columns((folder / "results.csv").read_text(encoding="utf-8"), results)
    _same_columns((folder / "beeps.csv").read_text(encoding="utf-8"), csv_text(BEEP_COLUMNS, loaded.beep_rows))
    if (folder / "rounds.csv").exists():
        _same_columns((folder / "rounds.csv").read_text(encoding="utf-8"), csv_text(ROUND_COLUMNS, loaded.round_rows))


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_an_old_journal_replays_to_the_state_it_resumes_to(folder: Path) -> None:
    journal = folder / "journal.jsonl"
    replayed = Workshop.replay(read_journal(journal).events)
    assert replayed.state() == load_workshop(journal).workshop.state()
