"""The presenter view: two windows, the facilitator's keys from the facilitator's window, one screen unchanged."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from maze.core.grid import Pos
from maze.core.workshop import Workshop
from maze.io.journal import read_journal
from maze.ui.driver import Game
from maze.ui.painter import Painter
from tests.ui.presenter_helpers import click, desk_texts, facilitator, press, room, room_texts, window_event

TINY = str(Path(__file__).parent.parent / "data" / "levels" / "good" / "tiny.yaml")
K = pygame
TEAM = ("--level", TINY, "--team", "Red: Ana, Ben")


def presenter_game(make_game) -> Game:  # noqa: ANN001
    game = make_game(*TEAM, "--presenter")
    assert game.app.presenting
    press(game, K.K_RETURN, facilitator(game))  # setup: start
    assert game.screen_name == "BriefingScreen"
    return game


def to_discovery(game: Game, window: pygame.Window) -> None:
    press(game, K.K_RETURN, window)
    press(game, K.K_RETURN, window)
    assert game.screen_name == "DiscoveryScreen"


def test_every_facilitator_key_works_from_the_facilitators_window(make_game) -> None:
    game = presenter_game(make_game)
    desk = facilitator(game)
    to_discovery(game, desk)
    press(game, K.K_LEFT, desk)
    press(game, K.K_UP, desk)  # a player's step, from the facilitator's window
    assert game.run.position == Pos(2, 0)
    press(game, K.K_t, desk)
    assert game.run.penalty_seconds == 30
    press(game, K.K_BACKSPACE, desk)
    assert game.run.penalty_seconds == 0
    press(game, K.K_SPACE, desk)
    assert game.run.paused
    press(game, K.K_SPACE, room(game))  # either window
    assert not game.run.paused
    press(game, K.K_k, desk, mod=K.KMOD_CTRL | K.KMOD_SHIFT)
    assert "Reveal the route?" in desk_texts(game)
    assert "Reveal the route?" not in room_texts(game), "the question is the facilitator's"
    press(game, K.K_ESCAPE, desk)
    assert not game.run.discovery_over
    press(game, K.K_e, room(game))  # players' keys work in the room's window too
    assert game.run.position == Pos(1, 1)
    press(game, K.K_n, desk)
    assert "End discovery now?" in desk_texts(game)
    press(game, K.K_LEFT, desk)  # the answer starts on No
    press(game, K.K_RETURN, desk)
    assert game.run.discovery_over and game.run.revealed
    for _ in range(2):  # discovery result -> execution; no prediction
        press(game, K.K_RETURN, desk)
    assert game.screen_name == "ExecutionScreen"
    press(game, K.K_n, desk)
    press(game, K.K_LEFT, desk)
    press(game, K.K_RETURN, desk)  # end execution (asks)
    assert game.run.execution_done
    press(game, K.K_RETURN, desk)
    assert game.screen_name == "TeamDebriefScreen"
    press(game, K.K_RETURN, desk)
    assert game.screen_name == "WorkshopDebriefScreen"
    lens = game.app.stack[0].lens
    press(game, K.K_l, desk)
    assert game.app.stack[0].lens != lens


def test_the_room_never_shows_facilitator_keys_notices_or_help(make_game) -> None:
    game = presenter_game(make_game)
    to_discovery(game, facilitator(game))
    press(game, K.K_F1, room(game))
    room_words = " ".join(room_texts(game))
    assert "Ctrl+Shift+K" not in room_words and "T/R" not in room_words and "Space: pause" not in room_words
    assert "Arrows/WASD/QEZC or click: step" in room_words, "the players' own keys stay"
    desk_words = " ".join(desk_texts(game))
    assert "Ctrl+Shift+K" in desk_words and "Keys" in desk_words, "the help is on the facilitator's window"
    press(game, K.K_F1, facilitator(game))
    press(game, K.K_t, facilitator(game))
    assert not any("penalty" in text for text in room_texts(game)), "the notice went to the facilitator"
    assert "Talking penalty" in " ".join(desk_texts(game))
    press(game, K.K_SPACE, facilitator(game))
    room_words = " ".join(room_texts(game))
    assert "PAUSED" in room_words and "Space" not in room_words
    press(game, K.K_SPACE, facilitator(game))
    game.wait(125)  # the tiny maze's two minutes run out
    assert game.run.time_up
    room_words = " ".join(room_texts(game))
    assert "Time is up" in room_words and "X:" not in room_words and "N:" not in room_words
    assert "5 more minutes" in " ".join(desk_texts(game)), "the facilitator's window says what X does"


def test_one_screen_stays_as_it_was_and_F3_lays_the_panel_over_it(make_game) -> None:
    game = make_game(*TEAM)
    assert not game.app.presenting
    game.press(K.K_RETURN)
    game.press(K.K_RETURN)
    game.press(K.K_RETURN)
    assert "Space: pause" in game.text(), "one screen: the facilitator's keys stay in the footer"
    game.press(K.K_F3)
    assert "Keys now" in game.text() and "Clocks" in game.text()
    game.press(K.K_LEFT)
    game.press(K.K_UP)  # keys go through the panel to the game
    assert game.run.position == Pos(2, 0)
    game.press(K.K_F3)
    assert "Keys now" not in game.text()


def test_closing_the_rooms_window_pauses_and_loses_nothing(make_game, tmp_path) -> None:
    game = presenter_game(make_game)
    desk = facilitator(game)
    to_discovery(game, desk)
    press(game, K.K_UP, desk)  # Ana beeps on (2, 1)
    game.wait(1.5)
    press(game, K.K_LEFT, desk)
    press(game, K.K_UP, desk)  # Ben onto (2, 0)
    before = (game.run.position, dict(game.run.beeps), game.run.player, game.run.turn)
    window_event(game, K.WINDOWCLOSE, room(game))
    assert game.run.paused and not game.app.windows.room_open
    assert game.app.running, "the game goes on on the laptop"
    assert "The room's window was closed: play is paused" in " ".join(desk_texts(game))
    journal = game.ctx.recorder.journal_path
    resumed = Workshop.replay(read_journal(journal).events).current
    assert resumed is not None and resumed.paused
    assert (resumed.position, dict(resumed.beeps), resumed.player, resumed.turn) == before
    press(game, K.K_SPACE, desk)  # play goes on, on the laptop: a click on the room's view there
    game.app.draw()
    board = game.app.stack[0].board
    x, y, w, h = board.place_rect(Pos(1, 1))
    live = game.app.desk.live_rect
    scale = game.app.desk.live_scale
    click(game, (live.x + int((x + w / 2) * scale), live.y + int((y + h / 2) * scale)), desk)
    assert game.run.position == Pos(1, 1)
    press(game, K.K_F6, desk)
    assert game.app.windows.room_open


def test_an_unplugged_projector_closes_the_room_and_plugging_it_in_offers_it_again(make_game, monkeypatch) -> None:
    from dataclasses import replace

    from maze.ui.presenter import windows as windows_module

    game = presenter_game(make_game)
    windows = game.app.windows
    windows.placement = replace(windows.placement, room_display=1, side_by_side=False, room_fullscreen=True)
    count = [2]
    monkeypatch.setattr(windows_module, "_display_count", lambda: count[0])
    windows.displays_seen = 2
    to_discovery(game, facilitator(game))
    count[0] = 1
    game.wait(1.2)
    assert not windows.room_open and game.run.paused
    count[0] = 2
    game.wait(1.2)
    assert "A screen was plugged in" in desk_texts(game)
    press(game, K.K_RETURN, facilitator(game))
    assert windows.room_open
    assert game.ctx.layout.size == pygame.display.get_surface().get_size(), "laid out again for its size"
    assert game.run.paused, "play resumes when the facilitator says so"


@pytest.mark.parametrize("room_open", [True, False], ids=["room-open", "room-closed"])
@pytest.mark.parametrize("size", [(800, 600), (1280, 720), (1920, 1080), (3840, 2160), (900, 1200)])
def test_each_window_lays_out_for_its_own_size(make_game, size, room_open) -> None:
    game = presenter_game(make_game)
    desk = facilitator(game)
    to_discovery(game, desk)
    if not room_open:
        window_event(game, K.WINDOWCLOSE, room(game))
    desk.size = size
    window_event(game, K.WINDOWSIZECHANGED, desk)
    game.resize((1024, 768))  # the room's window at another size
    assert game.ctx.layout.size == (1024, 768)
    desk_texts(game)
    surface = game.app.windows.facilitator_surface
    assert surface.get_size() == size
    bounds = surface.get_rect()
    boxes = [b for b in game.app.desk_painter.boxes if b.text.strip()]
    assert len(boxes) > 10
    for box in boxes:
        assert bounds.contains(box.rect), f"{box.text!r} at {box.rect} is outside {size}"
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.rect.colliderect(b.rect), f"{a.text!r} overlaps {b.text!r} at {size}"


def test_a_close_from_the_unwrapped_display_window_is_the_rooms(make_game) -> None:
    """SDL names the display module's window only once it is wrapped; a close without a name is the room's."""
    game = presenter_game(make_game)
    to_discovery(game, facilitator(game))
    pygame.event.post(pygame.event.Event(K.WINDOWCLOSE))
    game.frames(1)
    assert not game.app.windows.room_open and game.run.paused
    assert game.app.top is game.app.stack[0], "no question asked: the game goes on"


def test_F6_on_one_screen_starts_the_presenter_view(make_game) -> None:
    game = make_game(*TEAM)
    game.press(K.K_RETURN)
    game.press(K.K_F3)  # the one-screen panel goes: its window has one of its own now
    game.press(K.K_F6)
    assert game.app.presenting and game.app.windows.room_open
    assert not any(type(s).__name__ == "PanelScreen" for s in game.app.stack)
    press(game, K.K_RETURN, facilitator(game))
    press(game, K.K_RETURN, facilitator(game))
    assert game.screen_name == "DiscoveryScreen"
    assert "Space: pause" not in " ".join(room_texts(game))
    assert "Keys now" in " ".join(desk_texts(game))


def test_two_screens_found_offers_the_presenter_view(make_game, monkeypatch) -> None:
    from maze.ui.presenter import start

    monkeypatch.setattr(start, "_desktops", lambda: [(1920, 1080), (1280, 720)])
    game = make_game(*TEAM)
    assert any("Two screens found: F6 starts the presenter view" in n.text for n in game.ctx.notices)


@pytest.mark.parametrize("size", [(800, 600), (1024, 768), (1920, 1080), (3840, 2160)])
def test_the_one_screen_panel_fits_every_size(make_game, size) -> None:
    game = make_game(*TEAM, size=size)
    for key in (K.K_RETURN, K.K_RETURN, K.K_RETURN, K.K_F3, K.K_LEFT, K.K_UP):
        game.press(key)
    panel = game.app.stack[-1]
    assert type(panel).__name__ == "PanelScreen"
    painter = Painter(pygame.Surface(size))
    panel.draw(painter)
    boxes = [b for b in painter.boxes if b.text.strip()]
    assert "Keys now" in [b.text for b in boxes]
    window = pygame.Rect((0, 0), size)
    for i, box in enumerate(boxes):
        assert window.contains(box.rect), f"{box.text!r} at {box.rect} is outside {size}"
        for other in boxes[i + 1 :]:
            assert not box.rect.colliderect(other.rect), f"{box.text!r} overlaps {other.text!r} at {size}"


def test_the_facilitators_questions_are_answered_by_a_click_on_the_facilitators_window(make_game) -> None:
    game = presenter_game(make_game)
    desk = facilitator(game)
    to_discovery(game, desk)
    press(game, K.K_k, desk, mod=K.KMOD_CTRL | K.KMOD_SHIFT)
    desk_texts(game)  # the question is drawn on the facilitator's window, its buttons in that window's pixels
    dialog = game.app.top
    yes = dialog.yes_rect.center
    click(game, yes, room(game))  # the same pixels on the room's window answer nothing
    assert game.app.top is dialog and not game.run.discovery_over
    click(game, yes, desk)
    assert game.run.discovery_over and game.run.revealed
