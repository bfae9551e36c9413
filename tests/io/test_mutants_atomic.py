"""Mistakes in the atomic writers that the first tests let through (found by mutation testing, docs/mutation.md):
a results folder that does not exist yet, the exact one-line reason a write failed, and where the temporary file
is made (beside the file, hidden, with the file's own suffix so a picture writer picks the right format)."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pygame
import pytest

from maze.io import atomic
from maze.io.atomic import AtomicWriteError, png_is_whole, write_bytes_atomic, write_file_atomic, write_text_atomic

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 100 + b"IEND\xaeB`\x82"


def no_space(*_args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_both_writers_make_the_missing_folders_on_the_way(tmp_path: Path) -> None:
    text = tmp_path / "a" / "b" / "results.csv"
    write_text_atomic(text, "team,beeps\r\n")
    picture = tmp_path / "c" / "d" / "debrief.png"
    write_file_atomic(picture, lambda tmp: Path(tmp).write_bytes(PNG), png_is_whole)
    assert text.read_bytes() == b"team,beeps\r\n" and picture.read_bytes() == PNG


def test_a_folder_that_cannot_be_made_is_named_with_the_plain_reason(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    target = tmp_path / "file" / "results.csv"
    with pytest.raises(AtomicWriteError) as bytes_fault:
        write_text_atomic(target, "x")
    with pytest.raises(AtomicWriteError) as file_fault:
        write_file_atomic(tmp_path / "file" / "d.png", lambda tmp: None, png_is_whole)
    # the system's words ("File exists", "Not a directory"), not "[Errno 17] ..." and not the folder twice
    assert re.fullmatch(rf"cannot write {re.escape(str(target))}: [A-Z][a-z ]+", str(bytes_fault.value))
    assert re.fullmatch(
        rf"cannot write {re.escape(str(tmp_path / 'file' / 'd.png'))}: [A-Z][a-z ]+", str(file_fault.value)
    )


def test_a_full_disk_keeps_the_old_file_leaves_no_temporary_file_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "results.csv"
    path.write_text("old", encoding="utf-8")
    monkeypatch.setattr(atomic.os, "fsync", no_space)
    with pytest.raises(AtomicWriteError) as fault:
        write_text_atomic(path, "new")
    assert str(fault.value) == f"cannot write {path}: No space left on device"
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["results.csv"]


def test_the_temporary_file_is_hidden_beside_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Beside it, so the rename is atomic (one file system) and a killed write leaves nothing elsewhere; hidden,
    so a facilitator never opens a half-written results file by mistake."""
    renamed: list[tuple[Path, Path]] = []
    real_replace = os.replace
    monkeypatch.setattr(atomic.os, "replace", lambda a, b: (renamed.append((Path(a), Path(b))), real_replace(a, b)))
    path = tmp_path / "beeps.csv"
    write_bytes_atomic(path, b"x")
    [(temporary, target)] = renamed
    assert target == path and temporary.parent == tmp_path
    assert temporary.name.startswith(".beeps.csv.") and temporary.name.endswith(".tmp")


def test_a_picture_writer_gets_a_hidden_file_beside_the_picture_with_its_suffix(tmp_path: Path) -> None:
    """pygame.image.save picks the format from the name: the temporary file must end in .png to be a PNG."""
    seen: list[Path] = []

    def write(tmp: str) -> None:
        seen.append(Path(tmp))
        pygame.image.save(pygame.Surface((4, 3)), tmp)

    path = tmp_path / "debrief.png"
    write_file_atomic(path, write, png_is_whole)
    [temporary] = seen
    assert temporary.parent == tmp_path and temporary.name.startswith(".debrief.") and temporary.suffix == ".png"
    assert pygame.image.load(path).get_size() == (4, 3)


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "No space left on device"),
        (pygame.error("Out of memory"), "Out of memory"),
        (OSError("unnamed"), "unnamed"),
    ],
    ids=["os-error", "pygame-error", "os-error-without-a-reason"],
)
def test_whatever_a_picture_writer_raises_becomes_one_line_with_its_reason(
    tmp_path: Path, fault: Exception, reason: str
) -> None:
    def write(_tmp: str) -> None:
        raise fault

    path = tmp_path / "debrief.png"
    with pytest.raises(AtomicWriteError) as caught:
        write_file_atomic(path, write, png_is_whole)
    assert str(caught.value) == f"cannot write {path}: {reason}"
    assert list(tmp_path.iterdir()) == []
