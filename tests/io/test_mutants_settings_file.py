"""The settings file, to the edge of each value (found by mutation testing, docs/mutation.md): the display
numbers it takes, a results folder that is blank or not text, the size limit, and the notice's exact words."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest

from maze.io.settings_file import MAX_BYTES, UserSettings, load_settings, save_settings, to_toml


def loaded_from(tmp_path: Path, text: str):  # noqa: ANN201 - LoadedSettings
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path)


@pytest.mark.parametrize(("display", "taken"), [(0, True), (1, True), (15, True), (16, False), (-1, False)])
def test_displays_0_to_15_are_taken(tmp_path: Path, display: int, taken: bool) -> None:
    loaded = loaded_from(tmp_path, f"display = {display}\n")
    assert loaded.settings.display == (display if taken else 0)
    assert ("ignored display" in loaded.notice) is not taken


@pytest.mark.parametrize("value", ["5", '""', '"   "', "[]"])
def test_a_results_folder_must_be_text_that_is_not_blank(tmp_path: Path, value: str) -> None:
    loaded = loaded_from(tmp_path, f"results_dir = {value}\nmute = true\n")
    assert loaded.settings == UserSettings(mute=True)
    assert loaded.notice == f"{tmp_path / 'settings.toml'}: ignored results_dir (not a value it can take)"


def test_every_value_ignored_is_named_once(tmp_path: Path) -> None:
    loaded = loaded_from(tmp_path, 'theme = "pink"\ndisplay = 99\nfullscreen = 1\nmute = "no"\n')
    path = tmp_path / "settings.toml"
    assert loaded.notice == f"{path}: ignored theme, display, fullscreen, mute (not a value it can take)"


def test_a_file_of_exactly_the_limit_is_read_and_a_bigger_one_is_not(tmp_path: Path) -> None:
    setting = 'theme = "light"\n'
    path = tmp_path / "settings.toml"
    path.write_text("#" * (MAX_BYTES - len(setting) - 1) + "\n" + setting, encoding="utf-8")
    assert path.stat().st_size == MAX_BYTES
    assert load_settings(path).settings == UserSettings(theme="light")
    path.write_text("#" * (MAX_BYTES - len(setting)) + "\n" + setting, encoding="utf-8")
    too_big = load_settings(path)
    assert too_big.settings == UserSettings()
    assert too_big.notice == f"{path}: not a settings file; using the defaults"


def test_a_folder_in_place_of_the_file_is_not_a_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.mkdir()
    loaded = load_settings(path)
    assert loaded.settings == UserSettings()
    assert loaded.notice == f"{path}: not a settings file; using the defaults"


def test_broken_toml_says_where_in_the_notice(tmp_path: Path) -> None:
    loaded = loaded_from(tmp_path, 'theme = "dark"\nmute = \n')
    assert loaded.settings == UserSettings()
    assert re.fullmatch(
        rf"{re.escape(str(tmp_path / 'settings.toml'))}: cannot be read \(.*line 2.*\); using the defaults",
        loaded.notice,
    )


def test_a_read_that_fails_says_why_in_the_systems_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('theme = "light"\n', encoding="utf-8")

    def failing_read(*_args: object, **_kwargs: object) -> str:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(Path, "read_text", failing_read)
    assert load_settings(path).notice == f"{path}: cannot be read (Input/output error); using the defaults"


def test_saving_where_it_cannot_write_says_where_and_why(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    target = tmp_path / "file" / "settings.toml"
    assert re.fullmatch(rf"cannot write {re.escape(str(target))}: [A-Z][a-z ]+", save_settings(UserSettings(), target))
    assert save_settings(UserSettings(theme="light"), tmp_path / "ok.toml") == ""


def test_the_file_stays_readable_for_a_person(tmp_path: Path) -> None:
    text = to_toml(UserSettings(theme="light", display=1, results_dir=Path("/home/ana/My Workshops")))
    assert 'results_dir = "/home/ana/My Workshops"\n' in text  # a space is a space, not \u0020
    assert 'theme = "light"\n' in text and "display = 1\n" in text and "fullscreen = false\n" in text
    assert load_settings_text(tmp_path, text) == UserSettings(
        theme="light", display=1, results_dir=Path("/home/ana/My Workshops")
    )


def load_settings_text(tmp_path: Path, text: str) -> UserSettings:
    loaded = loaded_from(tmp_path, text)
    assert loaded.notice == ""
    return loaded.settings
