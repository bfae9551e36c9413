"""What each key, click, touch and game-pad input means (found by mutation testing, docs/mutation.md). Screens
only ever see these Actions, so a wrong mapping here is a wrong key in every screen."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import pygame  # noqa: E402
import pytest  # noqa: E402

from maze.ui.actions import MOVE_KEYS, Act, Action, InputMapper  # noqa: E402

K = pygame
CTRL, SHIFT = pygame.KMOD_CTRL, pygame.KMOD_SHIFT


def key(code: int, mod: int = 0, typing: bool = False) -> list[Action]:
    return InputMapper().map(pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode="", scancode=0), typing)


def acts(actions: list[Action]) -> list[Act]:
    return [a.act for a in actions]


@pytest.mark.parametrize(
    ("code", "mod", "act"),
    [
        (K.K_F11, 0, Act.FULLSCREEN),
        (K.K_F1, 0, Act.HELP),
        (K.K_h, 0, Act.HELP),
        (K.K_F2, 0, Act.FOLDER),
        (K.K_F3, 0, Act.PANEL),
        (K.K_F6, 0, Act.ROOM_WINDOW),
        (K.K_F5, 0, Act.TEST),
        (K.K_ESCAPE, 0, Act.BACK),
        (K.K_RETURN, 0, Act.CONFIRM),
        (K.K_KP_ENTER, 0, Act.CONFIRM),
        (K.K_PAGEDOWN, 0, Act.NEXT),
        (K.K_PAGEUP, 0, Act.PREV),
        (K.K_k, CTRL | SHIFT, Act.REVEAL),
        (K.K_y, CTRL, Act.REDO),
        (K.K_z, CTRL | SHIFT, Act.REDO),
        (K.K_z, CTRL, Act.UNDO),
        (K.K_BACKSPACE, 0, Act.UNDO),
        (K.K_s, CTRL, Act.SAVE),
        (K.K_SPACE, 0, Act.PAUSE),
        (K.K_p, 0, Act.PAUSE),
        (K.K_t, 0, Act.TALK),
        (K.K_r, 0, Act.RULE),
        (K.K_n, 0, Act.SKIP),
        (K.K_m, 0, Act.MUTE),
        (K.K_x, 0, Act.EXTEND),
        (K.K_o, 0, Act.MEETING),
        (K.K_l, 0, Act.LENS),
        (K.K_TAB, 0, Act.LENS),
        (K.K_g, 0, Act.GENERATE),
        (K.K_f, 0, Act.OPEN_FOLDER),
    ],
)
def test_each_key_of_the_key_table_does_its_one_thing(code: int, mod: int, act: Act) -> None:
    assert key(code, mod) == [Action(act)]


@pytest.mark.parametrize(
    ("code", "mod"), [(K.K_k, 0), (K.K_k, CTRL), (K.K_t, CTRL), (K.K_w, CTRL), (K.K_5, CTRL), (K.K_j, 0), (K.K_y, 0)]
)
def test_a_key_bound_to_nothing_does_nothing(code: int, mod: int) -> None:
    assert key(code, mod) == []


def test_every_move_key_steps_its_way_and_not_with_ctrl() -> None:
    for code, direction in MOVE_KEYS.items():
        assert key(code) == [Action(Act.MOVE, direction=direction)], pygame.key.name(code)
    assert key(K.K_UP, CTRL) == [] and key(K.K_a, CTRL) == []
    assert MOVE_KEYS[K.K_UP] == (-1, 0) and MOVE_KEYS[K.K_KP3] == (1, 1) and MOVE_KEYS[K.K_q] == (-1, -1)


def test_digits_are_numbers_anywhere_but_not_with_ctrl() -> None:
    assert key(K.K_0) == [Action(Act.TEXT, text="0")] and key(K.K_9) == [Action(Act.TEXT, text="9")]
    assert key(K.K_7, CTRL) == []


def test_while_typing_letters_become_text_and_only_a_few_keys_act() -> None:
    assert key(K.K_BACKSPACE, typing=True) == [Action(Act.ERASE)]
    assert key(K.K_UP, typing=True) == [Action(Act.MOVE, direction=(-1, 0))]
    assert key(K.K_DOWN, typing=True) == [Action(Act.MOVE, direction=(1, 0))]
    assert key(K.K_TAB, typing=True) == [Action(Act.MOVE, direction=(1, 0))]
    assert key(K.K_TAB, SHIFT, typing=True) == [Action(Act.MOVE, direction=(-1, 0))]
    for code in (K.K_t, K.K_SPACE, K.K_5, K.K_LEFT, K.K_w, K.K_n):
        assert key(code, typing=True) == [], pygame.key.name(code)  # the character comes as TEXTINPUT
    assert key(K.K_RETURN, typing=True) == [Action(Act.CONFIRM)] and key(K.K_z, CTRL, typing=True) == [Action(Act.UNDO)]
    mapper = InputMapper()
    assert mapper.map(pygame.event.Event(pygame.TEXTINPUT, text="é"), True) == [Action(Act.TEXT, text="é")]
    assert mapper.map(pygame.event.Event(pygame.TEXTINPUT, text="é"), False) == []


def test_the_mouse_clicks_drags_and_releases_with_its_left_button_only() -> None:
    m = InputMapper()
    down = pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=(10, 20))
    assert m.map(down, False) == [Action(Act.CLICK, pos=(10, 20))]
    assert m.map(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=3, pos=(10, 20)), False) == []
    drag = pygame.event.Event(pygame.MOUSEMOTION, pos=(11, 21), rel=(1, 1), buttons=(1, 0, 0))
    assert m.map(drag, False) == [Action(Act.DRAG, pos=(11, 21))]
    hover = pygame.event.Event(pygame.MOUSEMOTION, pos=(11, 21), rel=(1, 1), buttons=(0, 0, 1))
    assert m.map(hover, False) == []
    assert m.map(pygame.event.Event(pygame.MOUSEBUTTONUP, button=1, pos=(12, 22)), False) == [
        Action(Act.RELEASE, pos=(12, 22))
    ]
    assert m.map(pygame.event.Event(pygame.MOUSEBUTTONUP, button=3, pos=(12, 22)), False) == []
    assert m.map(pygame.event.Event(pygame.QUIT), False) == [Action(Act.QUIT)]


def test_a_touch_clicks_where_the_finger_is_on_the_window() -> None:
    pygame.display.init()
    try:
        pygame.display.set_mode((800, 600))
        touch = pygame.event.Event(pygame.FINGERDOWN, x=0.25, y=0.5, finger_id=0, touch_id=0)
        assert InputMapper().map(touch, False) == [Action(Act.CLICK, pos=(200, 300))]
    finally:
        pygame.display.quit()


def test_the_pad_hat_steps_and_its_buttons_confirm_go_back_and_pause() -> None:
    m = InputMapper()

    def hat(x: int, y: int) -> list[Action]:
        return m.map(pygame.event.Event(pygame.JOYHATMOTION, joy=0, instance_id=0, hat=0, value=(x, y)), False)

    def button(n: int) -> list[Action]:
        return m.map(pygame.event.Event(pygame.JOYBUTTONDOWN, joy=0, instance_id=0, button=n), False)

    assert hat(0, 1) == [Action(Act.MOVE, direction=(-1, 0))]  # the hat's up is +1: a step up the maze
    assert hat(1, 0) == [Action(Act.MOVE, direction=(0, 1))]
    assert hat(-1, -1) == [Action(Act.MOVE, direction=(1, -1))]
    assert hat(0, 0) == []
    assert button(0) == [Action(Act.CONFIRM)] and button(1) == [Action(Act.BACK)] and button(7) == [Action(Act.PAUSE)]
    assert button(2) == [] and button(6) == []
    added = pygame.event.Event(pygame.JOYDEVICEADDED, device_index=99)  # a pad that is gone again
    assert m.map(added, False) == [] and m.pads == {}


def stick(m: InputMapper, x: float, y: float) -> list[Action]:
    for axis, value in ((0, x), (1, y)):
        assert (
            m.map(pygame.event.Event(pygame.JOYAXISMOTION, joy=0, instance_id=0, axis=axis, value=value), False) == []
        )
    return m.end_of_frame()


def test_the_stick_steps_once_per_push_and_diagonals_stay_diagonal() -> None:
    m = InputMapper()
    assert stick(m, 0.0, -0.7) == [Action(Act.MOVE, direction=(-1, 0))]
    assert stick(m, 0.0, -0.9) == [], "held: no second step"
    assert stick(m, 0.0, -0.4) == [], "easing off, not yet let go"
    assert stick(m, 0.0, -0.7) == [], "not let go, so no new step"
    assert stick(m, 0.1, 0.1) == []  # let go: armed again
    assert stick(m, 0.5, 0.5) == [], "a push too weak to step"
    assert stick(m, 0.7, 0.65) == [Action(Act.MOVE, direction=(1, 1))]
    assert stick(m, 0.0, 0.0) == []
    assert stick(m, -0.7, 0.2) == [Action(Act.MOVE, direction=(0, -1))], "the other axis under the dead zone"
    assert stick(m, 0.0, 0.0) == []
    assert stick(m, 0.65, -0.35) == [Action(Act.MOVE, direction=(-1, 1))], "both axes past the dead zone"
    other = pygame.event.Event(pygame.JOYAXISMOTION, joy=0, instance_id=0, axis=2, value=1.0)  # a trigger
    assert m.map(other, False) == [] and stick(m, 0.0, 0.0) == []


def test_the_stick_at_exactly_its_thresholds() -> None:
    """0.6 is a push and 0.3 is not yet let go; an axis at exactly 0.3 is not part of the step's direction."""
    m = InputMapper()
    assert m.end_of_frame() == [], "a stick nobody touched takes no step"
    assert stick(m, 0.3, -0.6) == [Action(Act.MOVE, direction=(-1, 0))]
    assert stick(m, 0.3, 0.0) == [], "at 0.3 the stick is not let go"
    assert stick(m, 0.0, -0.7) == [], "so a second push takes no step"
    assert stick(m, 0.0, 0.0) == []
    assert stick(m, -0.6, 0.3) == [Action(Act.MOVE, direction=(0, -1))]
    assert stick(m, 0.0, 0.0) == []
    assert stick(m, -0.3, 0.6) == [Action(Act.MOVE, direction=(1, 0))]
    assert stick(m, 0.0, 0.0) == []
    assert stick(m, 0.6, -0.3) == [Action(Act.MOVE, direction=(0, 1))]
