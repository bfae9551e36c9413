"""Resume checkpoints: a resume from a checkpoint and the journal after it is exactly a resume that folds the
whole journal, at any cut and with any damage after it; anything amiss with a checkpoint folds the whole
journal instead, silently."""

from __future__ import annotations

import json
import os
import random
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from maze.core.simulate import Simulator
from maze.core.workshop import Workshop
from maze.demo import run_headless, start_events
from maze.io import checkpointer as checkpointer_module
from maze.io.checkpoint import CHECKPOINT_NAME, KEY_NAME, read_checkpoint, write_checkpoint
from maze.io.exports import workshop_times, write_beeps, write_results
from maze.io.journal import JournalError, JournalWriteError
from maze.io.level_file import load_level
from maze.io.recorder import Recorder
from maze.io.resume import Loaded, load_workshop
from maze.io.rounds_csv import write_round_rows
from maze.resources import LEVELS_DIR

SEED = 20261130
_TRANSIENT = {"_levels", "_next_seq"}  # a cache of levels, and a counter every command sets before use


@pytest.fixture(autouse=True)
def checkpoints_for_short_journals(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A checkpoint at every team's end, whatever the journal's length; the key in a home of the test's own."""
    monkeypatch.setattr("maze.io.checkpoint.CHECKPOINT_FROM_EVENTS", 0)
    monkeypatch.setenv("ELECTRIC_MAZE_HOME", str(tmp_path / "home"))


def played(folder: Path, teams: int = 4, seed: int = 3) -> list[bytes]:
    """A headless demo recorded in `folder`; every checkpoint it wrote, as its bytes, in order."""
    written: list[bytes] = []
    real = checkpointer_module.write_checkpoint

    def keep(journal: Path, checkpoint) -> bool:  # noqa: ANN001 - a Checkpoint
        done = real(journal, checkpoint)
        written.append((journal.parent / CHECKPOINT_NAME).read_bytes())
        return done

    checkpointer_module.write_checkpoint = keep  # type: ignore[assignment]
    try:
        level = load_level(LEVELS_DIR / "practice-field.yaml").level
        simulator = Simulator(seed, [0.9, 0.3])
        recorder = Recorder(Workshop(), folder, durable=False)
        simulator.observe(recorder.issue(start_events(level, teams, 2, seed, [0.9, 0.3])))
        run_headless(recorder, simulator)
        recorder.close()
    finally:
        checkpointer_module.write_checkpoint = real
    return written


@pytest.fixture
def demo(tmp_path: Path) -> tuple[bytes, list[bytes]]:
    folder = tmp_path / "demo"
    written = played(folder)
    return (folder / "journal.jsonl").read_bytes(), written


def full_fold(journal: Path, monkeypatch: pytest.MonkeyPatch) -> Loaded:
    with monkeypatch.context() as patch:
        patch.setattr("maze.io.resume.read_checkpoint", lambda _path: None)
        return load_workshop(journal)


def folder_with(tmp_path: Path, name: str, journal: bytes, checkpoint: bytes | None) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "journal.jsonl").write_bytes(journal)
    if checkpoint is not None:
        (folder / CHECKPOINT_NAME).write_bytes(checkpoint)
    return folder / "journal.jsonl"


def exports(loaded: Loaded, folder: Path) -> dict[str, bytes]:
    folder.mkdir(parents=True)
    write_beeps(folder, loaded.beep_rows)
    write_round_rows(folder, loaded.round_rows)
    write_results(folder, loaded.workshop.summaries, workshop_times(loaded.workshop))
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def assert_same(ours: Loaded, whole: Loaded, tmp_path: Path) -> None:
    for name, value in vars(whole.workshop).items():
        if name not in _TRANSIENT:
            assert getattr(ours.workshop, name) == value, name
    assert (ours.read, ours.cut_command, ours.last_kept, ours.to_append) == (
        whole.read,
        whole.cut_command,
        whole.last_kept,
        whole.to_append,
    )
    assert (ours.beep_rows, ours.round_rows, ours.last_t, ours.notices) == (
        whole.beep_rows,
        whole.round_rows,
        whole.last_t,
        whole.notices,
    )
    assert ours.workshop.summaries == whole.workshop.summaries
    assert list(ours.events) == list(whole.events) and ours.in_file == whole.in_file
    assert exports(ours, tmp_path / "ours") == exports(whole, tmp_path / "whole")
    base, whole_base = ours.journal_base(), whole.journal_base()
    assert (base is None) == (whole_base is None)
    if base is not None and whole_base is not None:
        assert base == whole_base and base.digest == whole_base.digest


def offset_of(checkpoint: bytes, journal: Path) -> int:
    journal.parent.joinpath(CHECKPOINT_NAME).write_bytes(checkpoint)
    found = read_checkpoint(journal)
    assert found is not None
    return found.offset


def cuts(journal: bytes, offset: int, rng: random.Random) -> Iterator[int]:
    """Where to cut the journal: at the checkpoint, at the end, and at random bytes after it (lines cut in
    the middle included)."""
    yield offset
    yield len(journal)
    for _ in range(4):
        yield rng.randint(offset, len(journal))


def test_a_checkpoint_and_the_journal_after_it_resume_exactly_as_the_whole_journal(
    demo: tuple[bytes, list[bytes]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, written = demo
    assert len(written) >= 3, "a checkpoint at each team's end"
    rng = random.Random(SEED)
    print(f"checkpoint cuts: seed {SEED}")
    n = 0
    for checkpoint in written:
        offset = offset_of(checkpoint, folder_with(tmp_path, f"probe-{n}", journal, None))
        for cut in cuts(journal, offset, rng):
            n += 1
            path = folder_with(tmp_path, f"cut-{n}", journal[:cut], checkpoint)
            ours = load_workshop(path)
            assert ours.from_checkpoint, f"cut at byte {cut} of {len(journal)}, checkpoint at {offset}"
            assert_same(ours, full_fold(path, monkeypatch), tmp_path / f"exports-{n}")


def damaged(journal: bytes, offset: int, how: str, rng: random.Random) -> bytes:
    head, tail = journal[:offset], journal[offset:].splitlines(keepends=True)
    at = rng.randrange(len(tail))
    if how == "garbage":
        tail.insert(at, b'{"type": "beep", "t": "soon"}\n')
    elif how == "heartbeat":
        tail.insert(at, b'{"type":"heartbeat","t":99999.5}\n')
    elif how == "repeated":
        tail.insert(at + 1, tail[at])
    elif how == "out of order":
        tail.insert(at, tail[-1])
    elif how == "second workshop":
        tail.insert(at, journal.splitlines(keepends=True)[0])
    elif how == "torn":
        tail[-1] = tail[-1][: len(tail[-1]) // 2]
    return head + b"".join(tail)


@pytest.mark.parametrize("how", ["garbage", "heartbeat", "repeated", "out of order", "second workshop", "torn"])
def test_damage_after_the_checkpoint_reads_as_it_does_in_the_whole_journal(
    demo: tuple[bytes, list[bytes]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    journal, written = demo
    checkpoint = written[len(written) // 2]
    offset = offset_of(checkpoint, folder_with(tmp_path, "probe", journal, None))
    rng = random.Random(f"{SEED} {how}")
    for attempt in range(3):
        path = folder_with(tmp_path, f"{attempt}", damaged(journal, offset, how, rng), checkpoint)
        try:
            whole = full_fold(path, monkeypatch)
        except JournalError as exc:
            with pytest.raises(JournalError) as ours:
                load_workshop(path)
            assert str(ours.value) == str(exc)
            continue
        ours = load_workshop(path)
        assert ours.from_checkpoint
        assert_same(ours, whole, tmp_path / f"exports-{attempt}")


def fold_falls_back(path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ours = load_workshop(path)
    assert not ours.from_checkpoint
    assert_same(ours, full_fold(path, monkeypatch), tmp_path / "exports")


def test_a_journal_changed_before_the_checkpoint_is_folded_whole(
    demo: tuple[bytes, list[bytes]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, written = demo
    checkpoint = written[-2]
    offset = offset_of(checkpoint, folder_with(tmp_path, "probe", journal, None))
    lines = journal[:offset].splitlines(keepends=True)
    lines[len(lines) // 2] = b'{"type": "not an event"}\n'  # a line damaged before the checkpoint
    fold_falls_back(
        folder_with(tmp_path, "edited", b"".join(lines) + journal[offset:], checkpoint), monkeypatch, tmp_path
    )


def test_a_journal_shorter_than_the_checkpoint_is_folded_whole(
    demo: tuple[bytes, list[bytes]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, written = demo
    offset = offset_of(written[-1], folder_with(tmp_path, "probe", journal, None))
    fold_falls_back(folder_with(tmp_path, "short", journal[: offset - 7], written[-1]), monkeypatch, tmp_path)


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


@pytest.mark.parametrize("damage", ["empty", "cut", "flipped payload", "flipped header", "not ours"])
def test_a_damaged_checkpoint_is_ignored(
    demo: tuple[bytes, list[bytes]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    journal, written = demo
    checkpoint = written[-1]
    bad = {
        "empty": b"",
        "cut": checkpoint[: len(checkpoint) // 2],
        "flipped payload": _flip(checkpoint, len(checkpoint) - 10),
        "flipped header": checkpoint.replace(b'"format": 1', b'"format": 2'),
        "not ours": b"hello\n" + checkpoint,
    }[damage]
    fold_falls_back(folder_with(tmp_path, "w", journal, bad), monkeypatch, tmp_path)


def test_another_users_checkpoint_is_never_loaded(
    demo: tuple[bytes, list[bytes]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A workshop folder copied from another laptop: its checkpoint was signed with another key."""
    journal, written = demo
    path = folder_with(tmp_path, "w", journal, written[-1])
    monkeypatch.setattr("pickle.loads", lambda _data: pytest.fail("a foreign pickle was loaded"))
    monkeypatch.setenv("ELECTRIC_MAZE_HOME", str(tmp_path / "someone-else"))
    assert read_checkpoint(path) is None
    monkeypatch.undo()
    monkeypatch.setattr("maze.io.checkpoint.CHECKPOINT_FROM_EVENTS", 0)
    monkeypatch.setenv("ELECTRIC_MAZE_HOME", str(tmp_path / "home"))
    assert read_checkpoint(path) is not None


def test_other_code_or_another_journal_version_folds_whole(
    demo: tuple[bytes, list[bytes]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, written = demo
    path = folder_with(tmp_path, "w", journal, written[-1])
    assert read_checkpoint(path) is not None
    with monkeypatch.context() as patch:
        patch.setattr("maze.io.checkpoint.code_stamp", lambda: "other code")
        assert read_checkpoint(path) is None
    with monkeypatch.context() as patch:
        patch.setattr("maze.io.checkpoint.JOURNAL_VERSION", 999)
        assert read_checkpoint(path) is None


def test_the_key_is_the_users_alone_and_without_one_nothing_is_written(
    demo: tuple[bytes, list[bytes]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = tmp_path / "home" / KEY_NAME
    assert len(key.read_bytes()) == 32
    if os.name == "posix":
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
    journal, written = demo
    checkpoint = read_checkpoint(folder_with(tmp_path, "probe", journal, written[-1]))
    assert checkpoint is not None
    path = folder_with(tmp_path, "w", journal, None)
    monkeypatch.setattr("maze.io.checkpoint.checkpoint_key", lambda create: None)  # a data folder not writable
    assert not write_checkpoint(path, checkpoint)
    assert not (path.parent / CHECKPOINT_NAME).exists()


def _started(folder: Path, seed: int) -> tuple[Recorder, Simulator]:
    level = load_level(LEVELS_DIR / "practice-field.yaml").level
    simulator = Simulator(seed, [0.9, 0.3])
    recorder = Recorder(Workshop(), folder, durable=False)
    simulator.observe(recorder.issue(start_events(level, 4, 2, seed, [0.9, 0.3])))
    while len(recorder.workshop.summaries) < 1:
        run_headless(recorder, simulator, stop_after=1)
    return recorder, simulator


def test_lines_a_stranger_adds_are_counted_in_the_next_checkpoint_as_the_whole_fold_counts_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder, simulator = _started(tmp_path / "w", 5)
    with open(recorder.journal_path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"type": "heartbeat", "t": 1.0}) + "\n" + '{"type": "beep"}\n')
    run_headless(recorder, simulator)
    recorder.close()
    assert recorder.checkpoints.written >= 4
    ours = load_workshop(recorder.journal_path)
    assert ours.from_checkpoint and ours.read.skipped == 1
    assert_same(ours, full_fold(recorder.journal_path, monkeypatch), tmp_path / "exports")


def test_events_missing_from_the_journal_at_a_teams_end_stop_checkpoints_and_the_last_one_still_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder, simulator = _started(tmp_path / "w", 6)
    first = read_checkpoint(recorder.journal_path)
    assert first is not None and recorder.checkpoints.base is not None
    writer = recorder._writer
    real = writer.append

    def full_disk_at_a_teams_end(events: list) -> None:
        if any(e["type"] == "team_finished" for e in events):
            raise JournalWriteError("the disk is full")
        real(events)

    monkeypatch.setattr(writer, "append", full_disk_at_a_teams_end)
    while len(recorder.workshop.summaries) < 2:
        run_headless(recorder, simulator, stop_after=1)
    assert recorder.unsaved and recorder.checkpoints.base is None
    monkeypatch.setattr(writer, "append", real)
    run_headless(recorder, simulator)
    recorder.close()
    assert not recorder.unsaved
    last = read_checkpoint(recorder.journal_path)
    assert last is not None and last.offset == first.offset, "no checkpoint after the failed write"
    ours = load_workshop(recorder.journal_path)
    assert ours.from_checkpoint
    assert_same(ours, full_fold(recorder.journal_path, monkeypatch), tmp_path / "exports")
