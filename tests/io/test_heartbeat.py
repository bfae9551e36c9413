"""The discovery clock survives a crash: heartbeats carry the time since the last event, and only that."""

from __future__ import annotations

from pathlib import Path

from maze.core.commands import Pause, Tick
from maze.core.team import Phase
from maze.io.journal import read_journal
from maze.io.recorder import HEARTBEAT_SECONDS, Recorder
from maze.io.resume import load_workshop
from tests.builders import Driver


def discovery_recorder(folder: Path, durable: bool = True) -> tuple[Recorder, float]:
    d = Driver()
    d.to_discovery()
    d.step(2, 0)
    recorder = Recorder(d.ws, folder, durable=durable)
    recorder._record(d.events)
    return recorder, d.now


def test_a_crash_loses_at_most_a_heartbeat_of_discovery_time(tmp_path: Path) -> None:
    recorder, now = discovery_recorder(tmp_path)
    elapsed_before = recorder.workshop.current.clock.elapsed(now)
    for second in range(1, 61):
        recorder.issue(Tick(now + second))
    # no close(): a crash
    loaded = load_workshop(tmp_path / "journal.jsonl")
    assert loaded.events == read_journal(tmp_path / "journal.jsonl").events
    assert now + 60 - HEARTBEAT_SECONDS <= loaded.last_t <= now + 60
    workshop = loaded.workshop
    workshop.handle(Pause(loaded.last_t))  # what resume does
    assert workshop.current.phase is Phase.DISCOVERY
    assert workshop.current.clock.elapsed(loaded.last_t + 999) >= elapsed_before + 60 - HEARTBEAT_SECONDS


def test_closing_journals_the_time_since_the_last_event(tmp_path: Path) -> None:
    recorder, now = discovery_recorder(tmp_path)
    recorder.issue(Tick(now + 3))
    recorder.close()
    loaded = load_workshop(tmp_path / "journal.jsonl")
    assert loaded.last_t == now + 3


def test_heartbeats_are_few_and_never_reach_the_events(tmp_path: Path) -> None:
    recorder, now = discovery_recorder(tmp_path)
    lines_before = (tmp_path / "journal.jsonl").read_bytes().count(b"\n")
    events_before = read_journal(tmp_path / "journal.jsonl").events
    for frame in range(1, 60 * 60):  # a minute at 60 frames a second
        recorder.issue(Tick(now + frame / 60))
    lines = (tmp_path / "journal.jsonl").read_bytes().count(b"\n") - lines_before
    assert 1 <= lines <= 60 / HEARTBEAT_SECONDS
    read = read_journal(tmp_path / "journal.jsonl")
    assert read.events == events_before and read.skipped == 0


def test_a_headless_recorder_writes_no_heartbeat(tmp_path: Path) -> None:
    recorder, now = discovery_recorder(tmp_path, durable=False)
    recorder.issue(Tick(now + 100))
    recorder.close()
    assert b"heartbeat" not in (tmp_path / "journal.jsonl").read_bytes()
