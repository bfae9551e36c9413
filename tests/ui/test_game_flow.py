"""Whole workshops played through the real screens with posted key and mouse events."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pygame

from maze.core.grid import Pos
from maze.core.team import Phase
from maze.ui.driver import Game

TINY = str(Path(__file__).parent.parent / "data" / "levels" / "good" / "tiny.yaml")
K = pygame


def walk_route(game: Game) -> None:
    """From the START band's middle: left, then up the route and off the EXIT edge."""
    for key in (K.K_LEFT, K.K_UP, K.K_e, K.K_UP, K.K_UP):
        game.press(key)


def to_discovery(game: Game) -> None:
    game.press(K.K_RETURN)  # briefing -> strategy
    assert game.screen_name == "StrategyScreen"
    game.press(K.K_RETURN)  # strategy -> discovery
    assert game.screen_name == "DiscoveryScreen"


def test_two_teams_play_through_every_screen(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana, Ben", "--team", "Blue: Cy")
    assert type(game.screen).__name__ == "SetupScreen"
    game.press(K.K_RETURN)  # the prepared workshop starts from the setup's Start line
    assert game.screen_name == "BriefingScreen"
    assert "Team Red: the rules" in game.texts()
    to_discovery(game)

    game.press(K.K_UP)  # Ana steps onto (2, 1): it beeps
    assert game.ctx.sounds.played[-1] == "beep"
    assert "BEEP! New information: go back" in game.text()
    assert game.run.player == 1 and game.run.beeps == {Pos(2, 1): 1}
    game.wait(1.5)  # the flash and the walk back
    game.press(K.K_UP)  # Ben beeps on the same square: a repeat
    assert "BEEP! It beeped before: go back" in game.text()
    game.wait(1.5)

    game.press(K.K_LEFT)
    game.press(K.K_UP)  # Ana onto (2, 0): safe
    assert game.run.position == Pos(2, 0)
    game.press(K.K_t)
    assert game.run.penalty_seconds == 30
    game.press(K.K_BACKSPACE)  # undo the penalty
    assert game.run.penalty_seconds == 0 and game.run.position == Pos(2, 0)
    game.press(K.K_SPACE)
    assert game.run.paused and "PAUSED  (Space resumes)" in game.texts()
    game.press(K.K_e)  # refused while paused
    assert game.run.position == Pos(2, 0)
    game.press(K.K_SPACE)
    for key in (K.K_e, K.K_UP, K.K_UP):
        game.press(key)
    assert game.screen_name == "DiscoveryResultScreen"
    assert game.ctx.sounds.played[-1] == "success"
    assert "Red: route found!" in game.texts()

    game.press(K.K_RETURN)
    assert game.screen_name == "ExecutionScreen" and game.screen.predicting
    game.digits("25")
    game.press(K.K_RETURN)
    assert game.run.predicted == 25
    walk_route(game)  # Ana
    game.press(K.K_UP)  # Ben steps onto (2, 1): an error, he stays off the maze
    assert game.run.errors == 1 and game.run.position is None
    game.wait(1)
    walk_route(game)
    assert game.run.execution_done and "All across!" in game.texts()

    game.press(K.K_RETURN)
    assert game.screen_name == "TeamDebriefScreen"
    text = game.text()
    assert "Organizing to learn Did we learn?" in text and "Organizing to execute Did we do it right?" in text
    assert "25.0 s predicted" in text and "1 new beeps 1 repeat beeps 50% of beeps were new" in text

    game.press(K.K_RETURN)  # next team
    assert game.screen_name == "BriefingScreen" and game.run.name == "Blue"
    to_discovery(game)
    walk_route(game)
    game.press(K.K_RETURN)
    walk_route(game)
    game.press(K.K_RETURN)
    game.press(K.K_RETURN)
    assert game.screen_name == "WorkshopDebriefScreen"
    assert "Workshop debrief: errors lens" in game.texts()
    game.press(K.K_l)
    assert "Workshop debrief: learning lens" in game.texts()

    folder = game.ctx.recorder.folder
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "beeps.csv",
        "debrief-team-1-red.png",
        "debrief-team-2-blue.png",
        "debrief-workshop-errors.png",
        "debrief-workshop-learning.png",
        "journal.jsonl",
        "results.csv",
    ]
    rows = list(csv.DictReader((folder / "results.csv").open(encoding="utf-8-sig")))
    assert [r["team"] for r in rows] == ["Red", "Blue"]
    assert rows[0]["beeps"] == "2" and rows[0]["new_beeps"] == "1" and rows[0]["repeat_beeps"] == "1"
    assert rows[0]["execution_errors"] == "1" and rows[0]["predicted_seconds"] == "25"
    beeps = list(csv.DictReader((folder / "beeps.csv").open(encoding="utf-8-sig")))
    assert [(b["team"], b["player"], b["kind"]) for b in beeps] == [
        ("Red", "Ana", "new"),
        ("Red", "Ben", "repeat"),
        ("Red", "Ben", "error"),
    ]
    journal = [json.loads(line) for line in (folder / "journal.jsonl").read_text().splitlines()]
    assert journal[-1]["type"] == "workshop_finished"
    assert pygame.image.load(str(folder / "debrief-team-1-red.png")).get_size() == (1920, 1080)


def test_mouse_plays_discovery(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana")
    game.press(K.K_RETURN)
    to_discovery(game)
    game.click(game.square_centre(Pos(0, 0)))  # not on the START edge: refused, nothing happens
    assert game.run.position is None and game.ctx.notices
    for square in (Pos(2, 0), Pos(1, 1), Pos(0, 1), Pos(-1, 1)):
        game.click(game.square_centre(square))
    assert game.run.discovery_over and game.run.found


def test_escape_asks_before_quitting_and_no_keeps_playing(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana")
    game.press(K.K_RETURN)
    to_discovery(game)
    game.press(K.K_ESCAPE)
    assert type(game.screen).__name__ == "ConfirmDialog"
    game.press(K.K_ESCAPE)
    assert game.app.running and game.screen_name == "DiscoveryScreen"
    game.press(K.K_n)  # skip asks first
    game.press(K.K_ESCAPE)
    assert not game.run.discovery_over
    game.press(K.K_n)
    game.press(K.K_RETURN)
    assert game.run.discovery_over and game.run.revealed
    assert "Red: route revealed" in game.texts()


def test_enter_during_discovery_does_not_end_it(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana")
    game.press(K.K_RETURN)
    to_discovery(game)
    for key in (K.K_RETURN, K.K_KP_ENTER, K.K_PAGEDOWN, K.K_PAGEUP):
        game.press(key)
    assert game.run.phase is Phase.DISCOVERY and not game.run.discovery_over


def test_time_up_then_extend(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana")
    game.press(K.K_RETURN)
    to_discovery(game)
    game.wait(121)
    assert game.run.time_up and "Time is up" in game.texts()
    assert game.ctx.sounds.played[-1] == "time_up"
    game.press(K.K_x)
    assert not game.run.time_up and game.ctx.workshop.time_left(game.ctx.now) > 290


def test_help_overlay_lists_keys_and_closes(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana")
    game.press(K.K_F1)
    texts = game.texts()
    assert "Keys" in texts and "Backspace or Ctrl+Z" in texts
    game.press(K.K_ESCAPE)
    assert type(game.screen).__name__ == "SetupScreen"


def test_setup_typed_from_scratch(make_game) -> None:
    game = make_game()
    assert game.screen_name == "TitleScreen"
    game.press(K.K_RETURN)  # Start a workshop
    setup = game.screen
    assert type(setup).__name__ == "SetupScreen"
    assert setup.form.focus == 0  # the maze
    game.press(K.K_DOWN)  # teams
    game.press(K.K_LEFT)  # 1 team
    game.press(K.K_DOWN)  # mazes for the teams
    game.press(K.K_DOWN)  # team 1 name
    assert setup.typing
    game.erase(10)
    game.type("Élan")
    game.press(K.K_DOWN)  # players
    game.erase(60)
    game.type("Zoë, Łukasz, 3")
    game.press(K.K_RETURN)  # next line
    assert not setup.typing
    setup.form.focus = len(setup.fields()) - 1
    game.press(K.K_RETURN)
    assert game.screen_name == "BriefingScreen"
    assert game.run.name == "Élan" and game.run.players == ("Zoë", "Łukasz", "3")


def test_setup_refuses_empty_team_name(make_game) -> None:
    game = make_game("--team", "Red: Ana")
    setup = game.screen
    setup.form.focus_on(setup.team_fields[0][0])  # team 1's name
    game.erase(5)
    setup.form.focus = len(setup.fields()) - 1
    game.press(K.K_RETURN)
    assert type(game.screen).__name__ == "SetupScreen"
    assert any("needs a name" in n.text for n in game.ctx.notices)


def test_choosing_another_maze_shows_its_own_rules(make_game) -> None:
    game = make_game()
    game.press(K.K_RETURN)
    setup = game.screen
    labels = setup.level.options
    practice = next(i for i, label in enumerate(labels) if label.startswith("Practice field"))
    assert setup.diagonal.value == "yes"  # the classic carpet allows diagonals
    for _ in range(practice):
        game.press(K.K_RIGHT)
    assert setup.level.value.startswith("Practice field") and setup.diagonal.value == "no"
    setup.form.focus = len(setup.fields()) - 1
    game.press(K.K_RETURN)
    assert game.run.level.rules.diagonal is False


def test_a_double_press_does_not_skip_a_phase(make_game) -> None:
    """Two Enters in one frame (a presenter clicker's double press) start discovery; they must not end it."""
    game = make_game("--level", TINY, "--team", "Red: Ana")
    game.press(K.K_RETURN)
    game.press(K.K_RETURN)  # briefing -> strategy
    for _ in range(2):
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=K.K_RETURN, mod=0, unicode="", scancode=0))
    game.frames(1)
    assert game.screen_name == "DiscoveryScreen" and not game.run.discovery_over


def test_a_click_on_a_line_that_went_away_does_nothing(make_game) -> None:
    """Fewer teams and a click in the same frame: the click lands where a line was; nothing breaks."""
    game = make_game("--team", "Red: Ana", "--team", "Blue: Ben", "--team", "Green: Cy")
    setup = game.screen
    game.press(K.K_F1)
    game.press(K.K_ESCAPE)  # drawn with three teams
    third_team = setup.team_fields[2][0]
    setup.form.focus_on(third_team)
    game.frames(1)  # drawn with the third team's line in view
    last_line = next(rect for field, rect in setup.form.rects if field is third_team).center
    setup.form.focus_on(setup.team_count)
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=K.K_LEFT, mod=0, unicode="", scancode=0))
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=K.K_LEFT, mod=0, unicode="", scancode=0))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=last_line))
    game.frames(1)
    assert setup.teams_wanted == 1 and type(game.screen).__name__ == "SetupScreen"
