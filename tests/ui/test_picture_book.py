"""Debrief pictures: only what is missing or stale is drawn, and a window's resume draws them after its first frame."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from maze.core.simulate import Simulator
from maze.core.workshop import Workshop
from maze.demo import run_headless, start_events
from maze.io.level_file import load_level
from maze.io.recorder import Recorder
from maze.resources import LEVELS_DIR
from maze.ui import app as app_module
from maze.ui.driver import Game
from maze.ui.picture_book import MANIFEST, picture_groups, picture_work, read_manifest
from maze.ui.pictures import offscreen_context
from tests.io.journal_samples import demo_events, journal_bytes


def _workshop(events: list) -> Workshop:
    return Workshop.replay(events)


def _first_team_end(events: tuple) -> int:
    """The count of events up to and including the command that finished team 1 (team 2 has started)."""
    at = next(i for i, e in enumerate(events) if e["type"] == "team_finished")
    return max(i for i, e in enumerate(events) if e.get("cmd") == events[at]["cmd"]) + 1


def _draw(workshop: Workshop, folder: Path) -> int:
    """Bring the pictures up to date; how many pages were drawn."""
    ctx, _ = offscreen_context()
    return sum(1 for _ in picture_work(ctx, workshop, folder))


def _stamps(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.glob("*.png")}


def test_current_pictures_are_not_drawn_again_and_a_new_team_draws_its_own_and_the_workshop(tmp_path: Path) -> None:
    events = demo_events()
    middle = _workshop(list(events[: _first_team_end(events)]))
    assert _draw(middle, tmp_path) == 2  # team 1's two pages; no workshop pages before the workshop ends
    assert sorted(read_manifest(tmp_path)) == ["team-1"]
    before = _stamps(tmp_path)
    assert _draw(middle, tmp_path) == 0
    assert _stamps(tmp_path) == before

    whole = _workshop(list(events))
    drawn = _draw(whole, tmp_path)
    workshop_pages = [p for p in tmp_path.glob("debrief-workshop-*.png")]
    assert drawn == 2 + len(workshop_pages) and len(workshop_pages) >= 3
    after = _stamps(tmp_path)
    assert {name: after[name] for name in before} == before, "team 1's pictures are current: not drawn again"
    assert sorted(read_manifest(tmp_path)) == ["team-1", "team-2", "workshop"]
    assert _draw(whole, tmp_path) == 0


def test_a_deleted_picture_redraws_only_its_group(tmp_path: Path) -> None:
    whole = _workshop(list(demo_events()))
    _draw(whole, tmp_path)
    gone = next(tmp_path.glob("debrief-team-1-*-insights.png"))
    gone.unlink()
    before = _stamps(tmp_path)
    assert _draw(whole, tmp_path) == 2
    assert gone.exists()
    after = _stamps(tmp_path)
    assert [name for name in before if after[name] != before[name]] == [gone.name.replace("-insights", "")]


@pytest.mark.parametrize(
    "manifest", [b"", b"{not json", b'{"format": 999, "groups": {}}', b'{"format": 1, "groups": 3}']
)
def test_a_damaged_or_foreign_manifest_redraws_everything(tmp_path: Path, manifest: bytes) -> None:
    whole = _workshop(list(demo_events()))
    pages = _draw(whole, tmp_path)
    (tmp_path / MANIFEST).write_bytes(manifest)
    assert _draw(whole, tmp_path) == pages
    assert json.loads((tmp_path / MANIFEST).read_text())["format"] == 1


def test_another_theme_makes_the_pictures_stale_and_a_copied_folder_keeps_them(tmp_path: Path) -> None:
    whole = _workshop(list(demo_events()))
    dark, _ = offscreen_context("dark")
    light, _ = offscreen_context("light")
    prints = {g.key: g.fingerprint for g in picture_groups(dark, whole, tmp_path / "a")}
    assert {g.key: g.fingerprint for g in picture_groups(dark, whole, tmp_path / "b")} == prints
    assert all(prints[g.key] != g.fingerprint for g in picture_groups(light, whole, tmp_path / "a"))


def test_live_play_draws_only_the_team_that_ended(tmp_path: Path) -> None:
    level = load_level(LEVELS_DIR / "practice-field.yaml").level
    simulator = Simulator(4, [0.9, 0.3])
    recorder = Recorder(Workshop(), tmp_path, durable=False)
    ctx, _ = offscreen_context()
    drawn: list[int] = []  # for each page drawn, how many teams had finished

    def hook(workshop: Workshop, folder: Path) -> Iterator[None]:
        for step in picture_work(ctx, workshop, folder):
            drawn.append(len(workshop.summaries))
            yield step

    recorder.on_team_end.append(hook)
    simulator.observe(recorder.issue(start_events(level, 3, 2, 4, [0.9, 0.3])))
    run_headless(recorder, simulator)
    recorder.close()
    workshop_pages = len(list(tmp_path.glob("debrief-workshop-*.png")))
    assert drawn == [1, 1, 2, 2] + [3] * (2 + workshop_pages), "each team end draws its own pages, the last the rest"
    assert len(list(tmp_path.glob("debrief-team-*.png"))) == 6


def _stopped_after_team_one(tmp_path: Path) -> Path:
    events = demo_events()
    folder = tmp_path / "2026-01-01_090000-w"
    folder.mkdir()
    journal = folder / "journal.jsonl"
    journal.write_bytes(journal_bytes(events[: _first_team_end(events)]))
    return journal


def test_a_window_resume_shows_its_first_frame_before_any_picture_and_draws_them_in_later_frames(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ELECTRIC_MAZE_HOME", str(tmp_path / "home"))
    journal = _stopped_after_team_one(tmp_path)
    seen_at_first_frame: list[list[str]] = []
    original = app_module.App.draw

    def draw(self) -> None:  # noqa: ANN001
        if self.frames_drawn == 0:
            seen_at_first_frame.append(sorted(p.name for p in journal.parent.iterdir()))
        original(self)

    monkeypatch.setattr(app_module.App, "draw", draw)
    game = Game.start(["--resume", str(journal), "--size", "800x600"])
    try:
        assert seen_at_first_frame == [["journal.jsonl"]], "nothing is written before the first frame"
        game.frames(5)
        assert not game.ctx.recorder.pending
        names = {p.name for p in journal.parent.iterdir()}
        assert {"results.csv", "beeps.csv", "rounds.csv", MANIFEST} <= names
        assert len([n for n in names if n.startswith("debrief-team-1-")]) == 2
    finally:
        game.close()


def test_quitting_before_the_pictures_are_drawn_still_draws_them(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("ELECTRIC_MAZE_HOME", str(tmp_path / "home"))
    journal = _stopped_after_team_one(tmp_path)
    game = Game.start(["--resume", str(journal), "--size", "800x600"])
    recorder = game.ctx.recorder
    assert recorder.pending, "two frames draw only the exports and a first page"
    game.close()
    assert not recorder.pending
    assert len(list(journal.parent.glob("debrief-team-1-*.png"))) == 2
    assert "team-1" in read_manifest(journal.parent)


def test_in_a_window_a_teams_end_writes_the_csv_files_at_once_and_its_pictures_in_the_next_frames(make_game) -> None:  # noqa: ANN001
    from tests.ui.test_game_flow import TINY, K, to_discovery, walk_route

    game = make_game("--level", TINY, "--team", "Red: Ana", "--team", "Blue: Cy")
    game.press(K.K_RETURN)
    to_discovery(game)
    walk_route(game)
    game.press(K.K_RETURN)
    walk_route(game)
    game.press(K.K_RETURN)
    assert game.screen_name == "TeamDebriefScreen"
    game.press(K.K_RETURN)  # Red's end: the frame that journals it draws one page after its own drawing
    folder = game.ctx.recorder.folder
    assert (folder / "results.csv").read_text(encoding="utf-8-sig").count("Red") == 1
    assert game.ctx.recorder.pending and len(list(folder.glob("debrief-team-1-red*.png"))) == 1
    game.frames(3)
    assert not game.ctx.recorder.pending and len(list(folder.glob("debrief-team-1-red*.png"))) == 2
    assert sorted(read_manifest(folder)) == ["team-1"]
