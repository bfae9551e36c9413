"""Where a workshop's files go (found by mutation testing, docs/mutation.md): the folder's name as a facilitator
reads it, a second workshop in the same second, the latest workshop, and where F2 moves one to."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from pathlib import Path

import pytest

from maze.io.journal import JOURNAL_NAME
from maze.io.results_folder import folder_for_move, latest_journal, new_workshop_folder, slug, usable_results_dir

NINE_THIRTY = dt.datetime(2026, 11, 22, 9, 30, 5)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Classic Carpet 6 × 9", "classic-carpet-6-9"),
        ("  --Team_Red!! ", "team-red"),
        ("!!!", "workshop"),
        ("", "workshop"),
        ("a" * 50, "a" * 40),
    ],
)
def test_a_folder_name_is_made_of_plain_lowercase_words(label: str, expected: str) -> None:
    assert slug(label) == expected


def test_a_new_workshop_folder_is_named_by_its_time_and_level(tmp_path: Path) -> None:
    first = new_workshop_folder(tmp_path, "Classic Carpet", NINE_THIRTY)
    assert first == tmp_path / "2026-11-22_093005-classic-carpet" and not first.exists()
    first.mkdir()
    second = new_workshop_folder(tmp_path, "Classic Carpet", NINE_THIRTY)  # the same second
    assert second.name == "2026-11-22_093005-classic-carpet-2"
    second.mkdir()
    assert new_workshop_folder(tmp_path, "Classic Carpet", NINE_THIRTY).name == "2026-11-22_093005-classic-carpet-3"


def test_without_a_time_given_the_folder_is_named_by_now(tmp_path: Path) -> None:
    before = dt.datetime.now().replace(microsecond=0)
    name = new_workshop_folder(tmp_path, "x").name
    stamp = dt.datetime.strptime(name[: len("2026-11-22_093005")], "%Y-%m-%d_%H%M%S")
    assert before <= stamp <= dt.datetime.now() and name.endswith("-x")


def test_no_workshop_played_means_no_latest_journal(tmp_path: Path) -> None:
    assert latest_journal(tmp_path) is None
    (tmp_path / "empty-folder").mkdir()
    assert latest_journal(tmp_path) is None


def test_f2_into_a_new_or_empty_folder_uses_that_folder(tmp_path: Path) -> None:
    current = tmp_path / "results" / "2026-11-22_093005-classic"
    assert folder_for_move(tmp_path / "usb", current) == tmp_path / "usb"
    (tmp_path / "empty").mkdir()
    assert folder_for_move(tmp_path / "empty", current) == tmp_path / "empty"


def test_f2_into_a_folder_that_holds_anything_makes_a_new_folder_inside(tmp_path: Path) -> None:
    current = tmp_path / "results" / "2026-11-22_093005-classic"
    target = tmp_path / "usb"
    target.mkdir()
    (target / "notes.txt").write_text("x")
    assert folder_for_move(target, current) == target / current.name
    (target / current.name).mkdir()
    assert folder_for_move(target, current) == target / f"{current.name}-2"
    (target / f"{current.name}-2").mkdir()
    assert folder_for_move(target, current) == target / f"{current.name}-3"


def test_f2_never_writes_over_a_workshop(tmp_path: Path) -> None:
    current = tmp_path / "results" / "2026-11-22_093005-classic"
    target = tmp_path / "other-workshop"
    target.mkdir()
    (target / JOURNAL_NAME).write_text("")
    assert folder_for_move(target, current) == target / current.name


def test_a_folder_that_cannot_be_listed_is_not_taken_for_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "locked"
    target.mkdir()

    def refuse(_self: Path):  # noqa: ANN202
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "iterdir", refuse)
    current = tmp_path / "results" / "w"
    assert folder_for_move(target, current) == target / "w"


def test_results_go_where_asked_when_that_folder_can_be_written(tmp_path: Path) -> None:
    wanted = tmp_path / "a" / "results"
    assert usable_results_dir(wanted) == (wanted, "")
    assert wanted.is_dir() and list(wanted.iterdir()) == [], "the check leaves nothing behind"
    assert usable_results_dir(wanted) == (wanted, ""), "a folder that is already there is fine too"


def test_an_unwritable_results_folder_falls_back_to_here_then_to_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file").write_text("x")
    wanted = tmp_path / "file" / "results"  # under a file: never writable
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    folder, notice = usable_results_dir(wanted)
    assert folder == here / "electric-maze-results" and folder.is_dir()
    assert re.match(rf"electric-maze: cannot write results in {re.escape(str(wanted))} \([A-Z][a-z ]+\);", notice)
    assert notice.endswith(f"); results go to {folder} instead (choose with --results-dir DIR)")

    (here / "electric-maze-results").rmdir()
    (here / "electric-maze-results").write_text("x")  # here cannot take it either
    spare = tmp_path / "tmp"
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(spare))
    folder, notice = usable_results_dir(wanted)
    assert folder == spare / "electric-maze-results" and notice.endswith(
        f"results go to {folder} instead (choose with --results-dir DIR)"
    )

    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path / "file"))  # nowhere at all
    folder, notice = usable_results_dir(wanted)
    assert folder == wanted
    assert notice.startswith(f"electric-maze: cannot write results in {wanted} (")
    assert notice.endswith("); press F2 to choose a folder for the results") and "\n" not in notice


def test_f2_offers_the_usual_results_folder_or_one_beside_it(tmp_path: Path, monkeypatch) -> None:
    from maze.io.results_folder import suggested_move

    monkeypatch.setenv("ELECTRIC_MAZE_HOME", str(tmp_path / "home"))
    usual = tmp_path / "home" / "results"
    stick = tmp_path / "usb" / "2026-11-30_0930-classic"
    assert suggested_move(stick) == usual / stick.name  # a workshop on a stick that went away: back home
    failing = usual / "2026-11-30_0930-classic"
    assert suggested_move(failing) == tmp_path / "home" / "results (moved)" / failing.name  # not where it fails
