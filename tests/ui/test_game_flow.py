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
    assert "Red: the rules" in game.texts()
    to_discovery(game)

    game.press(K.K_UP)  # Ana steps onto (2, 1): it beeps
    assert game.ctx.sounds.played[-1] == "beep"
    assert "BEEP! Go back" in game.text()  # neutral: the debrief, not the beep, says what it was
    assert game.run.player == 1 and game.run.beeps == {Pos(2, 1): 1}
    game.wait(1.5)  # the flash and the walk back
    game.press(K.K_UP)  # Ben beeps on the same square: a repeat
    assert "BEEP! Go back" in game.text() and "before" not in game.text()
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
    assert "error" in game.texts() and "errors" not in game.texts(), "one error is counted in the singular"
    game.wait(1)
    walk_route(game)
    assert game.run.execution_done and "All across!" in game.texts()

    game.press(K.K_RETURN)
    assert game.screen_name == "TeamDebriefScreen"
    text = game.text()
    assert "Organizing to learn Did we learn?" in text and "Organizing to execute Did we do it right?" in text
    assert "error (+10 s)" in game.texts(), "one error, in the singular, with what it cost"
    assert "25.0 s predicted" in text and "1 new beep 0/1 repeats own/others 3/1 attempts/no news" in text
    game.press(K.K_TAB)  # the second page: what the team's moves say, with captions to read out
    text = game.text()
    assert "3 failures on record" in text and "1 of a teammate's" in text
    game.press(K.K_l)
    assert "Organizing to learn" in game.text()

    game.press(K.K_RETURN)  # next team
    assert game.screen_name == "BriefingScreen" and game.run.name == "Blue"
    to_discovery(game)
    walk_route(game)
    game.press(K.K_RETURN)
    walk_route(game)
    game.press(K.K_RETURN)
    game.press(K.K_RETURN)
    assert game.screen_name == "WorkshopDebriefScreen"
    assert "Workshop debrief: Failures on record" in game.texts()
    game.press(K.K_l)
    assert "Workshop debrief: Learning" in game.texts()
    game.press(K.K_TAB)
    assert "Workshop debrief: Execution" in game.texts()

    folder = game.ctx.recorder.folder
    game.frames(8)  # the pictures are drawn after a team's end, a page per frame
    assert not game.ctx.recorder.pending
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "beeps.csv",
        "debrief-team-1-red-insights.png",
        "debrief-team-1-red.png",
        "debrief-team-2-blue-insights.png",
        "debrief-team-2-blue.png",
        "debrief-workshop-execution.png",
        "debrief-workshop-failures.png",
        "debrief-workshop-learning.png",
        "journal.jsonl",
        "pictures.json",
        "results.csv",
        "rounds.csv",
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
    game.press(K.K_RETURN)  # Enter alone answers the focused button, which starts on No
    assert not game.run.discovery_over and game.screen_name == "DiscoveryScreen"
    game.press(K.K_n)
    game.press(K.K_LEFT)  # to Yes
    game.press(K.K_RETURN)
    assert game.run.discovery_over and game.run.revealed
    assert "Red: route revealed" in game.texts()


def test_every_question_starts_on_no_and_tab_or_arrows_move_between_answers(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana")
    game.press(K.K_RETURN)
    to_discovery(game)
    game.press(K.K_ESCAPE)  # quit?
    assert type(game.screen).__name__ == "ConfirmDialog" and not game.screen.yes_focused
    game.press(K.K_TAB)
    assert game.screen.yes_focused
    game.press(K.K_RIGHT)
    assert not game.screen.yes_focused
    game.press(K.K_RETURN)
    assert game.app.running and game.screen_name == "DiscoveryScreen"


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
    assert any(t.startswith("Keys") for t in texts) and "Arrows / WASD" in texts
    while game.screen.page + 1 < game.screen.pages and "Backspace or Ctrl+Z" not in game.texts():
        game.press(K.K_DOWN)
    assert "Backspace or Ctrl+Z" in game.texts()
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


def test_typing_into_a_field_replaces_its_default_and_tab_moves_on(make_game) -> None:
    game = make_game()
    game.press(K.K_RETURN)  # Start a workshop
    setup = game.screen
    game.press(K.K_TAB)  # from the maze choice to the team count, as Tab does in forms
    assert setup.form.focus == 1
    game.press(K.K_TAB)
    game.press(K.K_TAB)  # team 1 name, which holds its default "Team 1"
    name_field = setup.form.focused
    assert setup.typing and name_field.text == "Team 1"
    game.type("Red")
    assert name_field.text == "Red"  # replaced, not "Team 1Red"
    game.type("s")
    assert name_field.text == "Reds"  # after the first key, typing appends
    game.press(K.K_TAB)  # players
    game.press(K.K_BACKSPACE)  # Backspace on a selected default clears it
    assert setup.form.focused.text == ""


def test_setup_refuses_empty_team_name(make_game) -> None:
    game = make_game("--team", "Red: Ana")
    setup = game.screen
    setup.form.focus_on(setup.team_fields[0][0])  # team 1's name
    game.erase(5)
    setup.form.focus = len(setup.fields()) - 1
    game.press(K.K_RETURN)
    assert type(game.screen).__name__ == "SetupScreen"
    assert any("needs a name" in n.text for n in game.ctx.notices)
    game.ctx.notices.clear()
    game.app.draw()
    boxes = game.app.painter.boxes
    error = next(b for b in boxes if "needs a name" in b.text)  # beside the field, not only in a passing notice
    name_row = next(rect for field, rect in setup.form.rects if field is setup.team_fields[0][0])
    assert 0 <= error.rect.top - name_row.bottom < name_row.height, "the problem is said right under its field"
    assert setup.form.focused is setup.team_fields[0][0]
    game.type("Red")
    game.app.draw()
    assert not any("needs a name" in b.text for b in game.app.painter.boxes), "typing clears it"


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


def test_a_level_can_label_beeps_during_play(make_game, tmp_path) -> None:
    labelled = tmp_path / "labelled.yaml"
    text = Path(TINY).read_text(encoding="utf-8").replace("rules:\n", "rules:\n  label_beeps: true\n")
    labelled.write_text(text, encoding="utf-8")
    game = make_game("--level", str(labelled), "--team", "Red: Ana, Ben")
    game.press(K.K_RETURN)
    to_discovery(game)
    game.press(K.K_UP)
    assert "BEEP! New information: go back" in game.text()
    game.wait(1.5)
    game.press(K.K_UP)
    assert "BEEP! It beeped before: go back" in game.text()


def test_team_names_are_used_as_given(make_game) -> None:
    """A team called "Team 1" is never shown as "Team Team 1"."""
    game = make_game("--level", TINY, "--team", "Team 1: Ana", "--team", "Blue: Ben")
    game.press(K.K_RETURN)
    texts = game.texts()
    assert "Team 1: the rules" in texts
    assert not any("Team Team" in t for t in texts)


def test_a_workshop_files_name_is_shown_and_kept(make_game, tmp_path) -> None:
    import json

    workshop = tmp_path / "tuesday.yaml"
    workshop.write_text(
        f"name: Tuesday leadership group\nlevel: {TINY}\nteams:\n  - name: Red\n    players: [Ana]\n", encoding="utf-8"
    )
    game = make_game("--workshop", str(workshop))
    assert "Set up: Tuesday leadership group" in game.texts()
    game.press(K.K_RETURN)  # Start
    folder = game.ctx.recorder.folder
    assert "tuesday-leadership-group" in folder.name
    first = json.loads((folder / "journal.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["about"]["workshop"] == "Tuesday leadership group"
    for _ in range(12):  # every phase skipped (each skip asks; the answer starts on No)
        if game.screen_name == "WorkshopDebriefScreen":
            break
        game.press(K.K_n)
        game.press(K.K_LEFT)
        game.press(K.K_RETURN)
        if game.screen_name in ("TeamDebriefScreen",):
            game.press(K.K_RETURN)
    assert game.screen_name == "WorkshopDebriefScreen"
    assert any(t.startswith("Tuesday leadership group: ") for t in game.texts())


def test_escape_from_setup_keeps_what_was_typed(make_game) -> None:
    game = make_game()
    game.press(K.K_RETURN)  # Start a workshop
    setup = game.screen
    setup.form.focus_on(setup.team_fields[0][0])
    game.type("Red")
    game.press(K.K_ESCAPE)  # back to the title
    assert game.screen_name == "TitleScreen"
    game.press(K.K_RETURN)  # and into setup again
    assert game.screen.team_fields[0][0].text == "Red"


def test_the_room_is_warned_before_a_later_team_could_see_the_route_of_its_own_maze(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana", "--team", "Blue: Ben")
    game.press(K.K_RETURN)  # Red's briefing
    assert any("Blue will play this same maze" in n.text for n in game.ctx.notices)
    to_discovery(game)
    game.press(K.K_n)  # end discovery: the route would be shown
    assert "Blue will play this same maze: send them out of the room first." in game.screen.detail
