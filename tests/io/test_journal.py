"""The journal: what survives a crash, what a damaged file says, and that nothing is lost on resume."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from maze.core.workshop import Workshop
from maze.io.journal import JournalError, JournalWriter, read_journal
from tests.builders import WINNING_WALK, Driver


def played() -> list[dict]:
    d = Driver()
    d.to_discovery()
    d.walk((2, 1))
    d.walk(*WINNING_WALK)
    return d.events


def write(path: Path, events: list[dict], tail: bytes = b"") -> Path:
    path.write_bytes(b"".join(json.dumps(e).encode() + b"\n" for e in events) + tail)
    return path


def test_writer_appends_lines_that_read_back(tmp_path: Path) -> None:
    events = played()
    writer = JournalWriter(tmp_path / "j.jsonl")
    writer.append(events[:3])
    writer.append(events[3:])
    writer.close()
    read = read_journal(tmp_path / "j.jsonl")
    assert read.events == events and read.skipped == 0
    assert Workshop.replay(read.events).state() == Workshop.replay(events).state()


def test_a_torn_last_line_is_normal_and_a_damaged_one_is_counted(tmp_path: Path) -> None:
    events = played()
    path = write(tmp_path / "j.jsonl", events, tail=b'{"type": "step", "t": 3')
    read = read_journal(path)
    assert read.events == events and read.skipped == 0 and read.torn
    assert read.notice == ""
    path = write(tmp_path / "j.jsonl", events[:2] + events, tail=b'{"type": "step", "t": 3\n')
    with pytest.raises(JournalError, match="a second workshop starts here"):
        read_journal(path)
    path = write(tmp_path / "j.jsonl", events, tail=b'{"type": "step", "t": 3\n')
    read = read_journal(path)
    assert read.events == events and read.skipped == 1 and not read.torn
    assert read.notice == "1 damaged journal line skipped"


def test_appending_after_a_torn_line_starts_a_clean_line(tmp_path: Path) -> None:
    events = played()
    path = write(tmp_path / "j.jsonl", events[:-2], tail=b'{"type": "st')
    writer = JournalWriter(path)
    writer.append(events[-2:])
    writer.close()
    read = read_journal(path)
    assert read.events == events and read.skipped == 1


def test_events_written_twice_after_a_retry_are_read_once(tmp_path: Path) -> None:
    events = played()
    path = write(tmp_path / "j.jsonl", events + events[-3:])
    assert read_journal(path).events == events


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "holds no workshop"),
        (b"\x00\x01\x02garbage\n\xff\xfe", "holds no workshop"),
        (b'{"type": "step", "t": 1}\n', "is not an Electric Maze journal"),
        (b'{"type": "workshop_started", "t": 0, "teams": []}\n', "has no journal version"),
        (b'{"type": "workshop_started", "t": 0, "version": 99, "teams": []}\n', "written by a newer Electric Maze"),
    ],
)
def test_unusable_journals_are_refused_with_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "j.jsonl"
    path.write_bytes(content)
    with pytest.raises(JournalError, match=message) as caught:
        read_journal(path)
    assert "\n" not in str(caught.value)


def test_missing_journal_and_folder(tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="no such journal"):
        read_journal(tmp_path / "none.jsonl")
    with pytest.raises(JournalError, match="is a folder"):
        read_journal(tmp_path)


@pytest.mark.parametrize("damage", ["future", "middle", "team_started_gone", "not_json"])
def test_resume_refuses_damaged_journals_in_one_line(tmp_path: Path, damage: str) -> None:
    events = played()
    path = tmp_path / "journal.jsonl"
    if damage == "future":
        events[0] = {**events[0], "version": 7}
        write(path, events)
        expected = "newer Electric Maze"
    elif damage == "middle":
        strange = {**events[4], "team": 5, "seq": events[3]["seq"] + 1, "player": 0}
        write(path, events[:4] + [{"type": "beep", "t": 5}, strange] + [{**e, "seq": e["seq"] + 1} for e in events[4:]])
        expected = "damaged and cannot be resumed"
    elif damage == "team_started_gone":
        write(path, [events[0]] + events[2:])
        expected = "damaged and cannot be resumed"
    else:
        path.write_text("this is not a journal\n")
        expected = "holds no workshop"
    out = subprocess.run(
        [sys.executable, "-m", "maze", "--resume", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PATH": ""},
    )
    assert out.returncode == 2
    assert expected in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize(
    "bad_line",
    [
        b'{"type": "step", "t": 1, "seq": 99} trailing',
        b"[1, 2]",
        b'"text"',
        b'{"type": 5, "t": 1, "seq": 99}',
        b'{"type": "step", "t": "soon", "seq": 99}',
        b"   {broken",
        b"\xff\xfe\xfd",
    ],
)
def test_damaged_lines_in_the_middle_are_counted_and_skipped(tmp_path: Path, bad_line: bytes) -> None:
    events = played()
    lines = [json.dumps(e).encode() for e in events]
    path = tmp_path / "j.jsonl"
    path.write_bytes(b"\n".join(lines[:3] + [bad_line] + lines[3:]) + b"\n")
    read = read_journal(path)
    assert read.events == events and read.skipped == 1


def test_every_kind_of_event_the_core_makes_is_one_the_journal_reader_accepts() -> None:
    """A new event type the reader did not know was skipped as damage: resumed games lost it silently."""
    from maze.core.events import EventType
    from maze.io.event_check import REQUIRED

    assert set(REQUIRED) == {str(kind) for kind in EventType}
