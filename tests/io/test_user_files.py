"""User folders by the OS's conventions, the settings file, and opening a folder in the file manager."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from maze.io import user_dirs
from maze.io.file_manager import open_command, open_folder
from maze.io.settings_file import UserSettings, load_settings, save_settings, to_toml
from maze.io.toml_subset import toml_string


@pytest.fixture
def no_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.delenv("ELECTRIC_MAZE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Docs"))
    return tmp_path


def test_electric_maze_home_holds_everything(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ELECTRIC_MAZE_HOME", str(tmp_path))
    assert user_dirs.levels_dir() == tmp_path / "levels"
    assert user_dirs.log_file().parent == tmp_path
    assert user_dirs.settings_file() == tmp_path / "settings.toml"
    assert user_dirs.default_results_dir(Path("/elsewhere")) == tmp_path / "results"
    assert user_dirs.level_folders() == [tmp_path / "levels"]


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="the XDG folders are Linux's")
def test_without_a_home_the_os_places_are_used(no_home: Path) -> None:
    assert user_dirs.levels_dir() == no_home / "data" / "electric-maze" / "levels"
    assert user_dirs.settings_file() == no_home / "config" / "electric-maze" / "settings.toml"
    assert no_home / "state" in user_dirs.log_file().parents
    assert user_dirs.default_results_dir() == no_home / "Docs" / "Electric Maze"
    assert user_dirs.default_results_dir(Path("~/Workshops")) == no_home / "Workshops"


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
@pytest.mark.parametrize("xdg", [None, "/elsewhere/cfg", "relative/cfg", ""])
def test_the_settings_folder_is_where_platformdirs_puts_it(
    no_home: Path, monkeypatch: pytest.MonkeyPatch, platform: str, xdg: str | None
) -> None:
    """config_dir works the folder out itself (platformdirs is not imported before the first frame); it must be
    the folder platformdirs names on each OS, whatever XDG_CONFIG_HOME holds."""
    from platformdirs.macos import MacOS
    from platformdirs.unix import Unix
    from platformdirs.windows import Windows

    if xdg is None:
        monkeypatch.delenv("XDG_CONFIG_HOME")
    else:
        monkeypatch.setenv("XDG_CONFIG_HOME", xdg)
    monkeypatch.setenv("LOCALAPPDATA", str(no_home / "AppData" / "Local"))
    monkeypatch.setattr(user_dirs.sys, "platform", platform)
    if platform == "win32":
        import platformdirs.windows as windows

        monkeypatch.setattr(windows, "get_win_folder", windows.get_win_folder_from_env_vars)
    kind = {"linux": Unix, "darwin": MacOS, "win32": Windows}[platform]
    assert user_dirs.config_dir() == Path(kind("electric-maze", appauthor=False).user_config_dir)


def test_old_levels_folder_stays_listed_when_it_is_elsewhere(no_home: Path, monkeypatch) -> None:
    old = no_home / "old-share" / "electric-maze" / "levels"
    monkeypatch.setattr(user_dirs, "legacy_levels_dir", lambda: old)
    assert user_dirs.level_folders() == [user_dirs.levels_dir()]  # not there: not listed
    old.mkdir(parents=True)
    assert user_dirs.level_folders() == [user_dirs.levels_dir(), old]


def test_settings_round_trip_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.toml"
    chosen = UserSettings(theme="light", display=1, fullscreen=True, mute=True, results_dir=tmp_path / 'a "b"\\c')
    assert save_settings(chosen, path) == ""
    assert load_settings(path).settings == chosen
    assert load_settings(path).notice == ""
    assert not list(path.parent.glob("*.tmp"))


def test_no_settings_file_means_the_defaults_quietly(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "none.toml")
    assert loaded.settings == UserSettings() and loaded.notice == ""


@pytest.mark.parametrize(
    "text", ["theme = ", "theme = 'dark'\ntheme = 'light'", "\x00\x01", "[[[", 'mute = "yes"\nfullscreen = 1']
)
def test_a_broken_settings_file_is_a_notice_and_the_defaults(tmp_path: Path, text: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == UserSettings()
    assert str(path) in loaded.notice and "\n" not in loaded.notice


def test_a_wrong_value_is_ignored_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('theme = "purple"\nmute = true\ndisplay = -3\n', encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == UserSettings(mute=True)
    assert "theme" in loaded.notice and "display" in loaded.notice


def test_a_folder_in_place_of_the_file_is_a_notice(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").mkdir()
    assert "settings.toml" in load_settings(tmp_path / "settings.toml").notice


def test_the_toml_writer_escapes_what_toml_needs() -> None:
    for text in ["plain", 'quote " and \\ back', "tab\tnew\nline\x7f", "Équipe ø 東京"]:
        assert tomllib.loads(f"v = {toml_string(text)}")["v"] == text
    assert tomllib.loads(to_toml(UserSettings()))["fullscreen"] is False


def test_saving_where_it_cannot_write_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    problem = save_settings(UserSettings(), blocker / "settings.toml")
    assert problem and "\n" not in problem


def test_opening_a_folder_uses_the_os_command(tmp_path: Path) -> None:
    ran: list[list[str]] = []
    assert open_folder(tmp_path / "new", run=ran.append, platform="linux") == ""
    assert ran == [["xdg-open", str(tmp_path / "new")]] and (tmp_path / "new").is_dir()
    assert open_command(tmp_path, "darwin") == ["open", str(tmp_path)]
    assert open_command(tmp_path, "win32") is None


def test_a_folder_that_cannot_be_opened_is_one_line(tmp_path: Path) -> None:
    def missing(command):  # noqa: ANN001, ANN202
        raise FileNotFoundError(2, "No such file or directory", command[0])

    problem = open_folder(tmp_path, run=missing, platform="linux")
    assert "no xdg-open on this computer" in problem and str(tmp_path) in problem and "\n" not in problem
