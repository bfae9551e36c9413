"""The maze editor driven by posted events: draw, validate, generate, undo, test walk, save, reload, play."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pygame

from maze.core.grid import Pos
from maze.io.level_file import load_level

K = pygame


def column(game, col: int, rows: range) -> list[tuple[int, int]]:
    return [game.square_centre(Pos(r, col)) for r in rows]


def test_draw_test_walk_save_and_play_a_fair_workshop(make_game, tmp_path: Path) -> None:
    target = tmp_path / "ours.yaml"
    game = make_game("edit", str(target))
    editor = game.screen
    assert "Maze editor: Ours" in game.text() and "not playable yet" in game.text() and "no route" in game.text()

    game.drag(column(game, 1, range(8, -1, -1)))  # a straight route up column 2
    assert editor.draft.level.grid.safe == {Pos(r, 1) for r in range(9)}
    assert "shortest route 9 squares, 0 turns, easy" in game.text()
    game.click(game.square_centre(Pos(4, 1)))  # a click on a safe square makes it beep again
    assert "no route" in game.text()
    game.press(K.K_z, mod=K.KMOD_CTRL)
    assert "shortest route 9 squares" in game.text()
    game.drag([game.square_centre(Pos(3, 4)), game.square_centre(Pos(2, 5))])  # an island, out of reach
    assert "shortest route 9 squares" in game.text() and "2 safe squares cannot be reached" in game.text()
    game.press(K.K_z, mod=K.KMOD_CTRL)

    game.press(K.K_F5)  # test walk: the editor's maze, as a player sees it
    assert type(game.screen).__name__ == "TestWalk"
    for key in (K.K_LEFT, K.K_LEFT) + (K.K_UP,) * 10:
        game.press(key)
    assert game.screen.inner.run.discovery_over and "Route found!  Escape goes back to the editor" in game.text()
    game.press(K.K_ESCAPE)
    assert game.screen is editor

    game.press(K.K_s, mod=K.KMOD_CTRL)
    assert target.exists() and not editor.draft.dirty and f"Saved to {target}" in game.text()
    assert load_level(target).level == editor.draft.level
    check = subprocess.run(
        [sys.executable, "-m", "maze", "validate", str(target)], capture_output=True, text=True, timeout=60
    )
    assert check.returncode == 0 and ": ok: 'Ours', 6 x 9" in check.stdout


def test_generate_resize_rules_undo_redo_and_leaving_unsaved(make_game, tmp_path: Path) -> None:
    game = make_game("edit", str(tmp_path / "gen.yaml"))
    editor = game.screen
    game.press(K.K_g)
    first = editor.draft.level.grid.safe
    assert first and "shortest route" in game.text()
    game.press(K.K_g)
    assert editor.draft.level.grid.safe != first
    game.press(K.K_z, mod=K.KMOD_CTRL)
    assert editor.draft.level.grid.safe == first
    game.press(K.K_y, mod=K.KMOD_CTRL)
    assert editor.draft.level.grid.safe != first
    game.press(K.K_TAB)  # to the form
    editor.form.focus_on(editor.width)
    game.press(K.K_LEFT)
    assert editor.draft.level.grid.width == 5
    editor.form.focus_on(editor.diagonal)
    game.press(K.K_RIGHT)
    assert editor.draft.level.rules.diagonal is False
    editor.form.focus_on(editor.name)
    game.erase(20)
    game.type("Tuesday's maze")
    assert editor.draft.level.name == "Tuesday's maze"
    game.press(K.K_ESCAPE)  # unsaved: asks first
    assert type(game.screen).__name__ == "ConfirmDialog"
    game.press(K.K_ESCAPE)
    assert game.screen is editor
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    game.frames(1)
    assert game.app.running and type(game.screen).__name__ == "ConfirmDialog", "closing the window asks too"


def test_saving_a_maze_without_a_route_is_refused(make_game, tmp_path: Path) -> None:
    target = tmp_path / "empty.yaml"
    game = make_game("edit", str(target))
    game.click(game.square_centre(Pos(8, 0)))
    game.press(K.K_s, mod=K.KMOD_CTRL)
    assert not target.exists() and "Not saved: no route" in game.text()


def test_a_maze_from_the_editor_in_a_mirrored_two_team_workshop(make_game, tmp_path: Path) -> None:
    game = make_game("--team", "Red: Ana", "--team", "Blue: Ben")
    game.press(K.K_ESCAPE)  # from the prepared setup back to the title
    game.press(K.K_DOWN)
    game.press(K.K_RETURN)  # Make a maze
    editor = game.screen
    game.drag(column(game, 0, range(8, 3, -1)) + [game.square_centre(Pos(3, 1))] + column(game, 2, range(2, -1, -1)))
    assert "shortest route 9 squares" in game.text()
    game.press(K.K_s, mod=K.KMOD_CTRL)
    saved = editor.path
    assert saved is not None and saved.parent.name == "levels"  # the user's own levels folder
    game.press(K.K_ESCAPE)
    game.press(K.K_UP)
    game.press(K.K_RETURN)  # Start a workshop: the new maze is listed
    setup = game.screen
    ours = next(i for i, label in enumerate(setup.level.options) if label == "My maze (yours)")
    setup.level.index = ours
    setup.mazes.select("mirrored")
    setup.form.focus = len(setup.fields()) - 1
    game.press(K.K_RETURN)
    plans = game.ctx.workshop.plans
    assert [p.variant for p in plans] == ["same", "mirrored"]
    assert plans[1].level.grid.safe != plans[0].level.grid.safe
    assert plans[0].level.grid.safe == load_level(saved).level.grid.safe


def test_tournament_each_team_plays_the_maze_assigned_to_it(make_game, tmp_path: Path) -> None:
    workshop = tmp_path / "final.yaml"
    workshop.write_text(
        "mazes: tournament\nteams:\n  - {name: Red, players: [Ana], level: practice-field}\n"
        "  - {name: Blue, players: 2, level: classic}\n",
        encoding="utf-8",
    )
    game = make_game("--workshop", str(workshop))
    setup = game.screen
    assert setup.tournament and [c.value for c in setup.plays[:2]] == [
        "Practice field (3 x 16) (workshop)",
        "Classic carpet (6 x 9) (workshop)",
    ]
    setup.form.focus_on(setup.plays[1])
    game.press(K.K_RIGHT)  # the facilitator changes Blue's maze
    blue_choice = setup.plays[1].value
    setup.form.focus = len(setup.fields()) - 1
    game.press(K.K_RETURN)
    plans = game.ctx.workshop.plans
    assert plans[0].level.name == "Practice field (3 x 16)" and plans[0].variant.startswith("designed: ")
    assert plans[1].variant == f"designed: {blue_choice}"
    assert game.run.level.name == "Practice field (3 x 16)"


def test_the_test_walk_speaks_of_a_tester_and_keeps_notices_off_the_board(make_game, tmp_path: Path) -> None:
    from tests.ui.test_layout_sizes import check

    game = make_game("edit", str(tmp_path / "t.yaml"))
    game.drag(column(game, 0, range(8, -1, -1)))
    game.press(K.K_F5)
    game.ctx.notify("a notice")
    assert "Tester's turn" in game.texts() and "next: Tester" in game.texts()
    notice = next(b.rect for b in (game.app.draw() or game.app.painter.boxes) if b.text == "a notice")
    board = pygame.Rect(game.screen.inner.board_area())
    assert not notice.colliderect(board)
    check(game, "test walk with a notice")


def test_escape_leaves_an_editor_opened_from_the_command_line(make_game, tmp_path: Path) -> None:
    game = make_game("edit", str(tmp_path / "mine.yaml"))
    game.press(K.K_ESCAPE)  # nothing drawn yet: nothing to lose, so it just leaves
    assert not game.app.running

    game = make_game("edit", str(tmp_path / "mine.yaml"))
    game.click(game.square_centre(Pos(0, 0)))
    game.press(K.K_ESCAPE)  # unsaved work: it asks, and the answer starts on No
    assert type(game.screen).__name__ == "ConfirmDialog" and game.app.running
    game.press(K.K_RETURN)
    assert game.app.running and type(game.screen).__name__ == "EditorScreen"
    game.press(K.K_ESCAPE)
    game.press(K.K_LEFT)
    game.press(K.K_RETURN)
    assert not game.app.running


def test_edit_a_bare_name_saves_where_setup_and_level_find_it(make_game, tmp_path: Path, monkeypatch) -> None:
    from maze.cli import parse_args
    from maze.resources import user_levels_dir

    monkeypatch.chdir(tmp_path)
    game = make_game("edit", "my-maze")
    game.drag(column(game, 1, range(8, -1, -1)))  # a straight route: playable
    game.press(K.K_s, mod=K.KMOD_CTRL)
    saved = user_levels_dir() / "my-maze.yaml"
    assert saved.is_file() and not (tmp_path / "my-maze").exists() and not (tmp_path / "my-maze.yaml").exists()
    assert parse_args(["--level", "my-maze"]).level == saved  # --level finds it by name
    game.press(K.K_ESCAPE)
    setup = make_game()
    setup.press(K.K_RETURN)  # Start a workshop: setup lists it
    assert any(label.startswith("My maze") for label in setup.screen.level.options)
