"""A write that fails (disk full, folder gone, path under a file) says so and keeps the previous file whole."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from maze.io import exports
from maze.io.atomic import AtomicWriteError, png_is_whole, write_file_atomic, write_text_atomic
from maze.io.recorder import Recorder
from tests.builders import WINNING_WALK, Driver

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 100 + b"IEND\xaeB`\x82"


def test_a_short_png_keeps_the_previous_picture(tmp_path: Path) -> None:
    path = tmp_path / "debrief.png"
    path.write_bytes(PNG)
    for writer in (
        lambda tmp: Path(tmp).write_bytes(PNG[:50]),  # the disk filled up half way
        lambda tmp: Path(tmp).write_bytes(b""),
        lambda tmp: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device")),
    ):
        with pytest.raises(AtomicWriteError, match="cannot write"):
            write_file_atomic(path, writer, png_is_whole)
        assert path.read_bytes() == PNG
        assert [p.name for p in tmp_path.iterdir()] == ["debrief.png"], "no temporary file left behind"


def test_a_whole_png_replaces_the_old_one(tmp_path: Path) -> None:
    path = tmp_path / "debrief.png"
    path.write_bytes(b"old")
    write_file_atomic(path, lambda tmp: Path(tmp).write_bytes(PNG), png_is_whole)
    assert path.read_bytes() == PNG


def test_a_results_path_under_a_regular_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(AtomicWriteError, match="cannot write") as caught:
        write_text_atomic(tmp_path / "file" / "results.csv", "a")
    assert "\n" not in str(caught.value)


def finished_team(recorder: Recorder, driver: Driver) -> None:
    driver.to_discovery()
    driver.walk((2, 1))
    driver.walk(*WINNING_WALK)
    driver.advance(4)
    recorder._record(driver.events)


def test_a_failed_export_is_a_visible_problem_and_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    (tmp_path / "beeps.csv").write_text("previous\n")
    driver = Driver(teams={"Red": ["Ana"], "Blue": ["Ben"]})

    def full_disk(path: Path, text: str) -> None:
        raise AtomicWriteError(f"cannot write {path}: No space left on device")

    monkeypatch.setattr(exports, "write_text_atomic", full_disk)
    recorder = Recorder(driver.ws, tmp_path)
    finished_team(recorder, driver)
    assert "No space left on device" in recorder.problem
    assert (tmp_path / "beeps.csv").read_text() == "previous\n"
    assert b"team_finished" in (tmp_path / "journal.jsonl").read_bytes(), "the journal has everything"
