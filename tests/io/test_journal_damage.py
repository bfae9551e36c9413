"""A journal cut at any byte, or damaged on any line, gives a consistent workshop or one clear line."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from hypothesis import strategies as st

from maze.core.events import EventType
from maze.core.workshop import Workshop
from maze.io.journal import MAX_JOURNAL_BYTES, JournalError, read_journal
from maze.io.resume import load_workshop
from tests.depth import depths, run_property
from tests.io.journal_samples import command_boundaries, demo_events, journal_bytes


def check_cut(path: Path, data: bytes, cut: int) -> None:
    """The journal cut after `cut` bytes loads to the workshop of a whole-command prefix of the events."""
    events = list(demo_events())
    path.write_bytes(data[:cut])
    try:
        loaded = load_workshop(path)
    except JournalError as exc:
        assert "holds no workshop" in str(exc), (cut, str(exc))
        assert data[:cut].count(b"\n") == 0  # only a journal without one whole line
        return
    kept = loaded.events
    assert kept == events[: len(kept)], cut
    assert len(kept) in command_boundaries(events), (cut, kept[-1]["type"])
    assert loaded.workshop.state() == Workshop.replay(kept).state()
    assert loaded.workshop.current is not None, "a started workshop always has a team playing"
    assert loaded.read.skipped == 0  # a cut is not damage


def cuts_around_every_line(data: bytes) -> list[list[int]]:
    """For each line: cut just inside it, a little further, half way, before its newline and after it."""
    cuts = []
    at = 0
    for line in data.splitlines(keepends=True):
        cuts.append([c for c in (at + 1, at + 7, at + len(line) // 2, at + len(line) - 1, at + len(line)) if c > at])
        at += len(line)
    return cuts


def test_a_journal_cut_once_in_every_line_resumes(tmp_path: Path) -> None:
    """Every line is cut once, the five places taken in turn, so each kind of cut meets every kind of event (the
    deep suite cuts around every line, and at every byte)."""
    data = journal_bytes(demo_events())
    for index, around in enumerate(cuts_around_every_line(data)):
        check_cut(tmp_path / "journal.jsonl", data, around[index % len(around)])


@pytest.mark.slow
def test_a_journal_cut_at_every_line_and_around_it_resumes(tmp_path: Path) -> None:
    data = journal_bytes(demo_events())
    for cut in sorted({cut for around in cuts_around_every_line(data) for cut in around}):
        check_cut(tmp_path / "journal.jsonl", data, cut)


@pytest.mark.slow
@pytest.mark.timeout(1800)  # a resume for every byte of a journal: minutes, not a hang (the deep suite only)
def test_a_journal_cut_at_every_byte_resumes(tmp_path: Path) -> None:
    data = journal_bytes(demo_events())
    for cut in range(1, len(data) + 1):
        check_cut(tmp_path / "journal.jsonl", data, cut)


def test_a_journal_cut_inside_the_first_team_start_starts_that_team_again(tmp_path: Path) -> None:
    events = list(demo_events())
    data = journal_bytes(events)
    first = data.index(b"\n") + 1
    path = tmp_path / "journal.jsonl"
    path.write_bytes(data[: first + 40])  # inside team_started
    loaded = load_workshop(path)
    assert loaded.events == events[:2] and loaded.to_append == events[1:2]
    assert loaded.workshop.state() == Workshop.replay(events[:2]).state()


def test_random_cuts_seeded(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    data = journal_bytes(demo_events())
    for _ in range(200):
        check_cut(tmp_path / "journal.jsonl", data, rng.randrange(1, len(data) + 1))


DAMAGE = [
    b'{"type":"step","seq":999}',  # no "t"
    b"[" * 100_000 + b"]" * 100_000,  # deep nesting
    b'{"type":"beep","t":1,"seq":999,"player":"Ana"}',
    b'{"type":"turn_passed","t":1e999,"seq":999,"player":0,"turn":1}',
    b'{"type":"mystery","t":1,"seq":999}',
    b'{"type":"workshop_started","t":1,"version":1,"teams":"all","plans":[]}',
    b'{"type":"heartbeat","t":"soon"}',
    b"\x00" * 50,
    b"\xef\xbb\xbf{",
    b'{"type":"team_started","t":1,"seq":999,"team":0,"name":"A","players":[],"level":{}}',
]


@pytest.mark.parametrize("damage", DAMAGE, ids=range(len(DAMAGE)))
def test_a_damaged_line_anywhere_is_skipped_and_counted(tmp_path: Path, damage: bytes) -> None:
    events = list(demo_events())
    lines = journal_bytes(events).splitlines(keepends=True)
    path = tmp_path / "journal.jsonl"
    for where in sorted({1, 2, 3, len(lines) // 2, len(lines) - 1}):
        path.write_bytes(b"".join(lines[:where]) + damage + b"\n" + b"".join(lines[where:]))
        loaded = load_workshop(path)
        assert loaded.events == events and loaded.read.skipped == 1
        assert loaded.workshop.finished


def replace_lines_with_garbage(path: Path, wheres: list[int], rng: random.Random) -> None:
    lines = journal_bytes(demo_events()).splitlines(keepends=True)
    for where in wheres:
        garbage = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 40))).replace(b"\n", b"")
        path.write_bytes(b"".join(lines[:where]) + garbage + b"\n" + b"".join(lines[where + 1 :]))
        try:
            loaded = load_workshop(path)
        except JournalError as exc:
            assert "\n" not in str(exc), where
            continue
        assert loaded.read.skipped <= 1, where


def test_a_quarter_of_the_lines_replaced_by_garbage_never_gives_a_traceback(tmp_path: Path, seed: int) -> None:
    """A random quarter of the lines, each replaced in turn (the deep suite replaces every line)."""
    rng = random.Random(seed)
    count = len(demo_events())
    replace_lines_with_garbage(tmp_path / "journal.jsonl", sorted(rng.sample(range(count), count // 4)), rng)


@pytest.mark.slow
def test_every_line_replaced_by_garbage_never_gives_a_traceback(tmp_path: Path) -> None:
    replace_lines_with_garbage(tmp_path / "journal.jsonl", list(range(len(demo_events()))), random.Random(5))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
fields = st.sampled_from(
    ["t", "seq", "cmd", "team", "player", "row", "col", "phase", "kind", "elapsed", "seconds", "turn", "route"]
)


@pytest.mark.parametrize("examples", depths(100, 1000))
def test_fuzzed_events_give_a_workshop_or_one_line(tmp_path: Path, examples: int) -> None:
    run_property(
        examples,
        lambda **fuzz: fuzzed_event_gives_a_workshop_or_one_line(tmp_path, **fuzz),
        where=st.integers(min_value=1, max_value=60),
        kind=st.sampled_from([str(k) for k in EventType] + ["heartbeat"]),
        changes=st.dictionaries(fields, json_values, max_size=4),
        drop=st.lists(fields, max_size=3),
    )


def fuzzed_event_gives_a_workshop_or_one_line(
    tmp_path: Path, where: int, kind: str, changes: dict, drop: list[str]
) -> None:
    events = list(demo_events())
    model = next((e for e in events if e["type"] == kind), events[min(where, len(events) - 1)])
    fuzzed = {**model, "type": kind, **changes}
    for name in drop:
        fuzzed.pop(name, None)
    lines = journal_bytes(events).splitlines(keepends=True)
    path = tmp_path / "journal.jsonl"
    path.write_bytes(b"".join(lines[:where]) + json.dumps(fuzzed).encode() + b"\n" + b"".join(lines[where:]))
    try:
        loaded = load_workshop(path)
    except JournalError as exc:
        assert "\n" not in str(exc)
        return
    assert loaded.read.skipped <= 1


def test_a_bom_is_accepted(tmp_path: Path) -> None:
    events = list(demo_events())
    path = tmp_path / "journal.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + journal_bytes(events))
    read = read_journal(path)
    assert read.events == events and read.skipped == 0


def test_swapped_lines_are_refused_with_what_to_do(tmp_path: Path) -> None:
    events = list(demo_events())
    swapped = events[:5] + [events[6], events[5]] + events[7:]
    path = tmp_path / "journal.jsonl"
    path.write_bytes(journal_bytes(swapped))
    with pytest.raises(JournalError, match="out of order") as caught:
        read_journal(path)
    assert "Put the lines back in order" in str(caught.value)


def test_a_duplicate_number_with_other_content_is_refused(tmp_path: Path) -> None:
    events = list(demo_events())
    clash = {**events[5], "t": events[5]["t"] + 1}
    path = tmp_path / "journal.jsonl"
    path.write_bytes(journal_bytes(events[:6] + [clash] + events[6:]))
    with pytest.raises(JournalError, match="out of order or repeated"):
        read_journal(path)


def test_a_journal_holding_two_workshops_is_refused(tmp_path: Path) -> None:
    events = list(demo_events())
    path = tmp_path / "journal.jsonl"
    path.write_bytes(journal_bytes(events + events))
    with pytest.raises(JournalError, match="second workshop starts here"):
        read_journal(path)


@pytest.mark.timeout(20)
@pytest.mark.parametrize("kind", ["device", "fifo", "folder", "huge"])
def test_only_regular_files_of_bounded_size_are_read(tmp_path: Path, kind: str) -> None:
    from maze.io.level_file import LevelError, load_level

    if kind == "device":
        path = Path("/dev/zero")
    elif kind == "fifo":
        path = tmp_path / "fifo"
        os.mkfifo(path)
    elif kind == "folder":
        path = tmp_path
    else:
        path = tmp_path / "huge.jsonl"
        with open(path, "wb") as handle:
            handle.truncate(MAX_JOURNAL_BYTES + 1)  # sparse: no disk used
    with pytest.raises(JournalError) as journal_fault:
        read_journal(path)
    with pytest.raises(LevelError) as level_fault:
        load_level(path)
    for message in (str(journal_fault.value), "\n".join(level_fault.value.problems)):
        assert "\n" not in message
        assert any(word in message for word in ("regular file", "folder", "at most")), message


def test_an_event_off_the_maze_refuses_the_journal_in_one_line(tmp_path: Path) -> None:
    events = list(demo_events())
    index = next(i for i, e in enumerate(events) if e["type"] == "step")
    events[index] = {**events[index], "row": 99}
    path = tmp_path / "journal.jsonl"
    path.write_bytes(journal_bytes(events))
    with pytest.raises(JournalError, match="a square off the maze") as caught:
        load_workshop(path)
    assert "\n" not in str(caught.value) and "damaged and cannot be resumed" in str(caught.value)


def test_a_journal_end_that_cannot_be_tidied_is_a_visible_problem(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from maze.io import resume_recorder as module

    events = list(demo_events())
    cut = next(i for i, e in enumerate(events) if e["type"] == "team_finished") + 1  # next team_started lost
    path = tmp_path / "journal.jsonl"
    path.write_bytes(journal_bytes(events[:cut]) + b'{"type":"team_sta')

    def read_only(*_args: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(module, "cut_journal_after", read_only)
    loaded = load_workshop(path)
    assert loaded.cut_command == 1 and loaded.events == events[: cut - 1]
    recorder = module.resume_recorder(loaded, path, durable=False, keep_history=False)
    assert "cannot tidy the end of" in recorder.problem and "Read-only" in recorder.problem
