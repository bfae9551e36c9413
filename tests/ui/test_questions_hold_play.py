"""A facilitator's question (or the help) over discovery or execution has the team's keys: the clock stops while
it is up and goes on when it closes; play paused before stays paused; quitting leaves the workshop paused, so a
resume opens with the team ready rather than the clock running."""

from __future__ import annotations

import pygame
import pytest

from maze.io.journal import read_journal
from maze.ui.driver import Game
from tests.ui.test_game_flow import TINY, to_discovery

K = pygame


def in_discovery(make_game) -> Game:  # noqa: ANN001 - the fixture
    game = make_game("--level", TINY, "--team", "Red: Ana, Ben")
    game.press(K.K_RETURN)
    to_discovery(game)
    return game


def elapsed(game: Game) -> float:
    return game.run.clock.elapsed(game.ctx.now)


def test_the_clock_stops_while_the_quit_question_is_up_and_goes_on_after(make_game) -> None:
    game = in_discovery(make_game)
    game.wait(5)
    game.press(K.K_ESCAPE)
    assert game.app.top.asks_to_quit and game.run.paused
    held = elapsed(game)
    game.wait(30)  # the facilitator thinks it over
    assert elapsed(game) == held
    game.press(K.K_ESCAPE)  # no
    assert not game.app.top.modal and not game.run.paused
    going = elapsed(game)
    game.wait(2)
    assert elapsed(game) == pytest.approx(going + 2, abs=0.02)  # to within a frame


def test_play_paused_before_the_question_stays_paused_after_it(make_game) -> None:
    game = in_discovery(make_game)
    game.press(K.K_SPACE)
    assert game.run.paused
    game.press(K.K_F1)  # the help, over paused play
    assert game.app.top.modal
    game.press(K.K_ESCAPE)
    assert not game.app.top.modal and game.run.paused  # still the facilitator's pause: Space resumes it


def test_quitting_from_the_question_leaves_the_workshop_paused_for_its_resume(make_game) -> None:
    game = in_discovery(make_game)
    pygame.event.post(pygame.event.Event(pygame.QUIT))  # the window's close button
    game.frames(1)
    assert game.app.top.asks_to_quit
    game.press(K.K_LEFT)  # to yes
    game.press(K.K_RETURN)
    assert not game.app.running
    kinds = [e["type"] for e in read_journal(game.ctx.recorder.folder / "journal.jsonl").events]
    assert kinds[-1] == "paused", kinds[-3:]


def test_the_f3_panel_does_not_hold_play_and_a_question_over_it_does(make_game) -> None:
    """The one-screen panel passes play's keys on: play goes on under it; a question asked over it pauses play
    and its No lets it go on, with the panel still up and after it is gone."""
    game = in_discovery(make_game)
    game.press(K.K_F3)
    assert type(game.app.top).__name__ == "PanelScreen" and not game.run.paused
    game.press(K.K_F1)  # the help, over the panel
    assert game.run.paused
    game.press(K.K_ESCAPE)
    assert type(game.app.top).__name__ == "PanelScreen" and not game.run.paused
    game.press(K.K_ESCAPE)  # the quit question over the panel
    assert game.app.top.asks_to_quit and game.run.paused
    game.press(K.K_ESCAPE)  # no
    assert not game.run.paused
    game.press(K.K_F3)  # the panel goes
    assert not game.app.top.modal and not game.run.paused


def test_a_pause_the_facilitator_made_after_a_question_is_never_ended_by_the_app(make_game) -> None:
    game = in_discovery(make_game)
    game.press(K.K_F1)
    assert game.run.paused
    game.press(K.K_SPACE)  # Space under the help: the help has the key; play stays paused
    game.press(K.K_ESCAPE)
    assert not game.run.paused
    game.press(K.K_SPACE)  # the facilitator's own pause
    game.press(K.K_F1)
    game.press(K.K_ESCAPE)
    assert game.run.paused, "the app ended a pause it did not make"


def test_a_room_window_hidden_during_a_question_keeps_play_paused_after_its_answer(make_game) -> None:
    from tests.ui.presenter_helpers import facilitator, press, room, window_event

    game = make_game("--level", TINY, "--team", "Red: Ana, Ben", "--presenter")
    desk = facilitator(game)
    for _ in range(3):
        press(game, K.K_RETURN, desk)
    assert game.screen_name == "DiscoveryScreen" and not game.run.paused
    press(game, K.K_ESCAPE, desk)  # the quit question, on the facilitator's window
    assert game.app.top.asks_to_quit and game.run.paused
    window_event(game, K.WINDOWCLOSE, room(game))  # the projector's window goes meanwhile
    assert not game.app.windows.room_open
    assert any("play is paused" in n.text for n in game.ctx.notices)
    press(game, K.K_ESCAPE, desk)  # no
    assert game.run.paused, "play went on with the room unable to see it"
