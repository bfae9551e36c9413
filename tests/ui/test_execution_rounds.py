"""Execution rounds, a snake and back_to_start played through the real screens with posted keys."""

from __future__ import annotations

import csv
from pathlib import Path

import pygame

from maze.core.grid import Pos
from maze.core.moves import snake_walkers
from maze.core.team import Phase

K = pygame
RELAY = str(Path(__file__).parent.parent / "data" / "levels" / "good" / "rounds-snake.yaml")
FRONT_WALK = (K.K_UP, K.K_e, K.K_UP, K.K_e, K.K_UP)  # (3,0) (2,1) (1,1) (0,2) and off the exit edge
NEXT_WALK = (K.K_UP, K.K_e, K.K_UP)  # from (2,1): (1,1) (0,2) and off


def press_all(game, keys) -> None:
    for key in keys:
        game.press(key)


def test_two_rounds_of_a_snake_with_back_to_start(make_game) -> None:
    game = make_game("--level", RELAY, "--team", "Red: Ana, Ben")
    game.press(K.K_RETURN)  # setup -> briefing
    game.press(K.K_RETURN)
    game.press(K.K_RETURN)  # strategy -> discovery
    press_all(game, (K.K_LEFT, K.K_LEFT, *FRONT_WALK))
    assert game.run.found
    game.press(K.K_RETURN)
    assert game.screen_name == "ExecutionScreen" and game.screen.predicting
    assert "Round 1 of 2" in game.texts()
    game.digits("20")
    game.press(K.K_RETURN)
    press_all(game, (K.K_LEFT, K.K_LEFT, K.K_UP))  # Ana onto (3, 0)
    game.press(K.K_UP)  # (2, 0) beeps: back to the start
    assert game.run.errors == 1 and game.run.position is None
    assert "BEEP! Error: +5 s, back to the start" in game.text()
    game.wait(1.5)
    press_all(game, FRONT_WALK[:3])
    assert [square for _, square in snake_walkers(game.run)] == [Pos(1, 1), Pos(3, 0)]
    drawn: list[str] = []
    board = game.screen.board
    original = board.token
    board.token = lambda p, pos, label, team=(): (drawn.append(label), original(p, pos, label, team))
    game.screen._shown = None
    game.frames(1)
    assert drawn == ["Ana", "Ben"]  # the walker behind is on the board too
    board.token = original
    press_all(game, FRONT_WALK[3:])
    press_all(game, NEXT_WALK)
    assert game.run.execution_done and "Enter: round 2" in game.text()
    assert "All across!" in game.texts()
    game.press(K.K_RETURN)  # round 2
    assert game.run.round == 2 and game.screen.predicting
    game.digits("9")
    game.press(K.K_RETURN)
    press_all(game, (K.K_LEFT, K.K_LEFT, *FRONT_WALK, *NEXT_WALK))
    assert game.run.execution_done and "Enter: the team debrief" in game.text()
    game.press(K.K_RETURN)
    assert game.run.phase is Phase.DEBRIEF
    game.press(K.K_RETURN)  # the only team: the workshop debrief
    rows = list(csv.DictReader((game.ctx.recorder.folder / "rounds.csv").open(encoding="utf-8-sig")))
    assert [(r["round"], r["predicted_seconds"], r["errors"]) for r in rows] == [("1", "20", "1"), ("2", "9", "0")]
    results = list(csv.DictReader((game.ctx.recorder.folder / "results.csv").open(encoding="utf-8-sig")))
    assert results[0]["execution_rounds"] == "2" and results[0]["predicted_seconds"] == "9"


def test_setup_shows_the_execution_rules_and_every_price_before_play(make_game) -> None:
    game = make_game("--level", RELAY, "--team", "Red: Ana, Ben")
    setup = game.screen
    lines = setup.rule_lines
    assert (lines.rounds.value, lines.walkers.value, lines.error.value) == (
        "2",
        "all at once (snake)",
        "add seconds, back to start",
    )
    assert {c.label: c.value for c in lines.prices.values()} == {
        "Price: talking (s)": "30",
        "Price: rule break (s)": "30",
        "Price: repeat beep (s)": "0",
        "Price: new beep (s)": "0",
        "Price: execution error (s)": "5",
    }
    assert lines.budget.value == "none"
    setup.form.focus_on(lines.prices["new_beep_price_seconds"])
    game.frames(1)
    assert "Price: new beep (s)" in game.texts()
    game.press(K.K_RIGHT)  # a new beep now costs 5 s
    setup.form.focus_on(lines.rounds)
    game.press(K.K_RIGHT)  # 3 rounds
    setup.form.focus = len(setup.fields()) - 1
    game.press(K.K_RETURN)
    rules = game.run.level.rules
    assert rules.new_beep_price_seconds == 5 and rules.execution_rounds == 3 and rules.execution_error_seconds == 5


def test_tournament_teams_keep_their_own_rules_and_setup_shows_them(make_game, tmp_path: Path) -> None:
    workshop = tmp_path / "final.yaml"
    workshop.write_text(
        "mazes: tournament\nteams:\n  - {name: Red, players: [Ana], level: practice-field}\n"
        "  - {name: Blue, players: 2, level: classic, rules: {execution_rounds: 2, execution_walkers: snake}}\n",
        encoding="utf-8",
    )
    game = make_game("--workshop", str(workshop))
    setup = game.screen
    shown = [f.value for f in setup.fields() if getattr(f, "label", "") == "   rules"]
    assert shown == [
        "20 min, 1 round, one by one, talk 30 s",
        "20 min, 2 rounds, snake, talk 30 s",
    ]
    assert setup.rule_lines.rounds not in setup.fields()  # one rule set for all would mislead: not shown
    setup.form.focus = len(setup.fields()) - 1
    game.press(K.K_RETURN)
    red, blue = (plan.level.rules for plan in game.ctx.workshop.plans)
    assert red.diagonal is False and red.execution_rounds == 1  # the practice field's own rules
    assert blue.diagonal is True and blue.execution_rounds == 2 and blue.execution_walkers == "snake"
