"""Where the two windows go, from the screens found (a pure decision: no window opens here)."""

from __future__ import annotations

from maze.ui.presenter.windows import plan_placement

LAPTOP, PROJECTOR = (1920, 1080), (1280, 720)


def test_two_screens_put_the_room_fullscreen_on_the_projector_and_the_facilitator_on_the_laptop() -> None:
    p = plan_placement([LAPTOP, PROJECTOR], room_index=1, windowed=False, size=None)
    assert (p.room_display, p.facilitator_display) == (1, 0)
    assert p.room_fullscreen and p.room_size == PROJECTOR
    assert not p.side_by_side and p.note == ""
    assert p.facilitator_size[0] <= LAPTOP[0] and p.facilitator_size[1] <= LAPTOP[1]


def test_windowed_keeps_the_room_a_window_no_larger_than_its_screen() -> None:
    p = plan_placement([LAPTOP, PROJECTOR], room_index=1, windowed=True, size=(4000, 600))
    assert not p.room_fullscreen and p.room_size == (PROJECTOR[0], 600)


def test_the_room_on_the_first_screen_sends_the_facilitator_to_the_second() -> None:
    p = plan_placement([PROJECTOR, LAPTOP], room_index=0, windowed=False, size=None)
    assert (p.room_display, p.facilitator_display) == (0, 1)


def test_a_screen_that_is_not_there_means_the_second() -> None:
    p = plan_placement([LAPTOP, PROJECTOR], room_index=5, windowed=False, size=None)
    assert p.room_display == 1


def test_one_screen_puts_two_windows_side_by_side_and_says_so() -> None:
    p = plan_placement([(3840, 1080)], room_index=1, windowed=False, size=None)
    assert p.side_by_side and not p.room_fullscreen, "one fullscreen window would hide the other"
    assert p.room_size[0] + p.facilitator_size[0] <= 3840
    assert "extend, not mirror" in p.note
