"""The Screen protocol: defaults a screen need not write, typed modal results, and questions that carry their yes."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from maze.ui.actions import Act, Action
from maze.ui.painter import Painter
from maze.ui.screens.base import ModalResult, Pop, Push, Screen, Transition
from maze.ui.screens.overlays import ConfirmDialog
from tests.ui.test_game_flow import TINY, to_discovery

K = pygame


class Plain(Screen):
    """Overrides nothing but drawing."""

    def draw(self, painter: Painter) -> None:
        painter.fill(self.ctx.theme.background)
        painter.text("plain", self.ctx.layout.body, self.ctx.layout.body_size, self.ctx.theme.text)


@dataclass(frozen=True)
class Chosen(ModalResult):
    number: int


@dataclass(frozen=True)
class Other(ModalResult):
    pass


class Asker(Plain):
    """Enter asks a question whose yes is `Chosen(7)`; keeps every result it is handed."""

    def __init__(self, ctx) -> None:  # noqa: ANN001
        super().__init__(ctx)
        self.results: list[ModalResult] = []

    def handle(self, action: Action) -> Transition | None:
        if action.act is Act.CONFIRM:
            return Push(ConfirmDialog(self.ctx, "Choose seven?", yes=Pop(Chosen(7))))
        return None

    def on_result(self, result: ModalResult) -> Transition | None:
        self.results.append(result)
        return None


def test_a_screen_that_overrides_nothing_gets_the_defaults(make_game) -> None:
    game = make_game()
    plain = Plain(game.ctx)
    assert plain.notice_area is None and not plain.has_unsaved_work() and not plain.phase_bound
    assert not plain.asks_to_quit and not plain.modal and not plain.typing and plain.phase_key is None
    assert plain.on_result(Chosen(1)) is None and plain.handle(Action(Act.CONFIRM)) is None
    assert plain.update(1.0) is False and not plain.animating
    game.app.stack = [plain]
    for listener in game.ctx.listeners:
        listener([{"type": "beep"}])  # the app tells every screen; the default hears and does nothing
    game.ctx.notify("a notice")
    assert "plain" in game.texts() and "a notice" in game.texts(), "drawn, with the notices in the footer"
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    game.frames(1)
    assert not game.app.running, "nothing unsaved and no workshop: closing the window quits without asking"


def test_a_modal_result_reaches_the_screen_below_typed(make_game) -> None:
    game = make_game()
    asker = Asker(game.ctx)
    game.app.stack = [asker]
    game.press(K.K_RETURN)
    assert isinstance(game.screen, ConfirmDialog)
    game.press(K.K_ESCAPE)  # No: nothing is handed down
    assert game.screen is asker and asker.results == []
    game.press(K.K_RETURN)
    game.press(K.K_LEFT)  # to Yes
    game.press(K.K_RETURN)
    assert game.screen is asker and asker.results == [Chosen(7)]
    assert not isinstance(asker.results[0], Other)


def test_a_question_carries_what_its_yes_does(make_game) -> None:
    game = make_game()
    below = Plain(game.ctx)
    question = ConfirmDialog(game.ctx, "Leave?", yes=Pop(then=Pop()))
    game.app.stack = [Plain(game.ctx), below, question]
    assert question.answer(False) == Pop() and question.answer(True) == Pop(then=Pop())
    game.press(K.K_LEFT)
    game.press(K.K_RETURN)
    assert len(game.app.stack) == 1 and game.screen is not below, "yes closed the question, then the screen below"


def test_the_quit_question_no_keeps_playing_and_yes_quits(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana")
    game.press(K.K_RETURN)
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    game.frames(1)
    assert game.app.running and game.screen.asks_to_quit, "a workshop runs: closing the window asks first"
    game.press(K.K_ESCAPE)
    assert game.app.running and game.screen_name == "BriefingScreen" and not game.screen.asks_to_quit
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    game.frames(1)
    pygame.event.post(pygame.event.Event(pygame.QUIT))  # closed again, on the question itself: it quits
    game.frames(1)
    assert not game.app.running


def test_the_quit_question_answered_yes_quits(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana")
    game.press(K.K_RETURN)
    game.press(K.K_ESCAPE)
    assert game.screen.asks_to_quit
    game.press(K.K_LEFT)
    game.press(K.K_RETURN)
    assert not game.app.running


def test_a_skip_question_goes_when_its_phase_ends_by_itself(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana")
    game.press(K.K_RETURN)
    to_discovery(game)
    game.press(K.K_n)  # "End discovery now?"
    question = game.screen
    assert isinstance(question, ConfirmDialog) and question.phase_bound
    game.app.stack = [*game.app.stack[:-1], ConfirmDialog(game.ctx, "Unrelated?"), question]
    from maze.core.commands import Advance

    game.ctx.issue(Advance(game.ctx.now))  # the phase ends some other way (here: straight through the rules)
    game.frames(1)
    assert game.screen_name == "DiscoveryResultScreen"
    assert question not in game.app.stack, "yes would have skipped the next phase"
    assert isinstance(game.screen, ConfirmDialog) and game.screen.question == "Unrelated?", "other modals stay"
