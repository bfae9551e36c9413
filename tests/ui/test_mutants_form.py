"""The form of setup and the editor, line by line (found by mutation testing, docs/mutation.md): what each key
and click does on a choice, a text field and a button, where the focus goes, and what scrolls into view."""

from __future__ import annotations

import pygame
import pytest

from maze.ui.actions import Act, Action
from maze.ui.form import Button, Choice, Form, FormEvent, TextField
from maze.ui.painter import Painter

UP, DOWN, LEFT, RIGHT = (Action(Act.MOVE, direction=d) for d in ((-1, 0), (1, 0), (0, -1), (0, 1)))
ENTER, TAB, ERASE = Action(Act.CONFIRM), Action(Act.LENS), Action(Act.ERASE)


def typed(text: str) -> Action:
    return Action(Act.TEXT, text=text)


class Setup:
    """A setup-like form: a choice, a text field with text, an empty one, and a button."""

    def __init__(self, focus: int = 0) -> None:
        self.theme = Choice("Theme", ["dark", "light", "print"])
        self.name = TextField("Team", "Red", limit=6)
        self.note = TextField("Note")
        self.start = Button("Start")
        self.lines: list[Choice | TextField | Button] = [self.theme, self.name, self.note, self.start]
        self.form = Form(lambda: self.lines, focus=focus)


def drawn(make_game, form: Form, height: int = 600) -> Painter:  # noqa: ANN001 - the fixture
    """Draw `form` as a screen does, so its lines have places to click."""
    game = make_game()
    painter = Painter(pygame.Surface((800, 800)))
    form.draw(painter, game.ctx, (0, 0, 800, height))
    return painter


def test_up_and_down_go_round_the_lines_and_tab_goes_down() -> None:
    s = Setup()
    assert s.form.handle(UP) is None and s.form.focused is s.start  # from the first line up: the last
    assert s.form.handle(DOWN) is None and s.form.focused is s.theme  # and down again: the first
    s.form.handle(DOWN)
    assert s.form.focused is s.name
    for _ in range(3):
        s.form.handle(TAB)
    assert s.form.focused is s.theme


def test_left_and_right_change_a_choice_round_its_options() -> None:
    s = Setup()
    assert s.form.handle(LEFT) == FormEvent("changed", s.theme) and s.theme.value == "print"
    assert s.form.handle(RIGHT) == FormEvent("changed", s.theme) and s.theme.value == "dark"
    s.form.handle(RIGHT)
    assert s.theme.value == "light" and s.theme.index == 1
    s.theme.select("nope")  # a value it does not offer changes nothing
    assert s.theme.value == "light"
    s.theme.select("print")
    assert s.theme.value == "print"


def test_left_and_right_change_nothing_on_a_text_or_a_button() -> None:
    s = Setup(focus=1)
    assert s.form.handle(RIGHT) is None and s.name.text == "Red" and s.form.focused is s.name
    s.form.focus_on(s.start)
    assert s.form.handle(LEFT) is None and s.form.focused is s.start


def test_typing_replaces_the_text_selected_on_arrival_then_adds_to_it_up_to_its_limit() -> None:
    s = Setup()
    s.form.handle(DOWN)  # onto "Red": selected, as in any form
    assert s.form.typing and s.form.selected is s.name
    assert s.form.handle(typed("Bl")) == FormEvent("changed", s.name) and s.name.text == "Bl"
    s.form.handle(typed("ue"))
    assert s.name.text == "Blue"
    s.form.handle(typed("berry"))
    assert s.name.text == "Bluebe", "cut at the field's limit"


def test_backspace_clears_selected_text_and_otherwise_takes_one_letter() -> None:
    s = Setup()
    s.form.handle(DOWN)
    assert s.form.handle(ERASE) == FormEvent("changed", s.name) and s.name.text == ""
    s.form.handle(typed("Cyan"))
    s.form.handle(ERASE)
    assert s.name.text == "Cya"


def test_an_empty_text_field_has_nothing_selected_and_typing_adds() -> None:
    s = Setup(focus=2)
    assert s.form.selected is None
    s.form.handle(typed("a"))
    s.form.handle(typed("b"))
    assert s.note.text == "ab"


def test_enter_presses_a_button_and_otherwise_goes_down_but_not_past_the_last_line() -> None:
    s = Setup()
    assert s.form.handle(ENTER) is None and s.form.focused is s.name
    s.form.handle(Action(Act.NEXT))
    assert s.form.focused is s.note
    s.form.handle(ENTER)
    assert s.form.handle(ENTER) == FormEvent("pressed", s.start) and s.form.focused is s.start
    s.lines.append(TextField("Last"))
    s.form.focus_on(s.lines[-1])
    s.form.handle(ENTER)
    assert s.form.focused is s.lines[-1], "Enter on the last line stays there"


def test_a_refusal_is_shown_until_that_field_changes(make_game) -> None:  # noqa: ANN001
    s = Setup()
    s.form.refuse(s.name, "a team needs a name")
    assert s.form.focused is s.name and s.form.selected is s.name
    painter = drawn(make_game, s.form)
    assert any("a team needs a name" in box.text for box in painter.boxes)
    s.form.handle(DOWN)
    assert id(s.name) in s.form.errors, "moving away does not clear it"
    s.form.handle(UP)
    s.form.handle(typed("Ana"))
    assert id(s.name) not in s.form.errors


def test_a_click_on_a_choice_steps_toward_its_side(make_game) -> None:  # noqa: ANN001
    s = Setup(focus=3)
    drawn(make_game, s.form)
    rect = dict((id(f), r) for f, r in s.form.rects)[id(s.theme)]
    click = Action(Act.CLICK, pos=(rect.right - 5, rect.centery))
    assert s.form.handle(click) == FormEvent("changed", s.theme) and s.theme.value == "light"
    assert s.form.focused is s.theme
    s.form.handle(Action(Act.CLICK, pos=(rect.left + 5, rect.centery)))
    assert s.theme.value == "dark"


def test_a_click_on_a_button_presses_it_and_on_a_text_field_selects_its_text(make_game) -> None:  # noqa: ANN001
    s = Setup()
    drawn(make_game, s.form)
    rects = {id(f): r for f, r in s.form.rects}
    assert s.form.handle(Action(Act.CLICK, pos=rects[id(s.start)].center)) == FormEvent("pressed", s.start)
    assert s.form.handle(Action(Act.CLICK, pos=rects[id(s.name)].center)) is None
    assert s.form.focused is s.name and s.form.selected is s.name
    assert s.form.handle(Action(Act.CLICK, pos=(799, 799))) is None and s.form.focused is s.name  # on no line


def test_a_click_on_a_line_that_has_gone_since_it_was_drawn_does_nothing(make_game) -> None:  # noqa: ANN001
    s = Setup()
    drawn(make_game, s.form)
    where = {id(f): r for f, r in s.form.rects}[id(s.start)].center
    s.lines.remove(s.start)  # fewer teams: the form is shorter now
    assert s.form.handle(Action(Act.CLICK, pos=where)) is None and s.form.focused is s.theme


def test_the_caret_blinks_twice_a_second_only_in_a_text_field() -> None:
    s = Setup()
    assert s.form.update(0.0) is False and s.form.caret_on  # a choice: no caret, nothing to redraw
    assert s.form.update(0.6) is False and s.form.caret_on
    s.form.handle(DOWN)
    assert s.form.update(0.1) is False and s.form.caret_on
    assert s.form.update(0.6) is True and not s.form.caret_on
    assert s.form.update(0.9) is False and not s.form.caret_on
    assert s.form.update(1.1) is True and s.form.caret_on


@pytest.mark.parametrize("focus", [0, 7, 15])
def test_the_focused_line_is_always_drawn_and_the_hint_says_what_is_scrolled_away(make_game, focus: int) -> None:  # noqa: ANN001
    lines = [TextField(f"Team {i}", f"T{i}") for i in range(16)]
    form = Form(lambda: lines, focus=focus)
    game = make_game()
    painter = Painter(pygame.Surface((800, 800)))
    row = int(game.ctx.layout.body_size * 1.55)
    scrolled = form.draw(painter, game.ctx, (0, 0, 800, row * 5))
    shown = [field for field, _ in form.rects]
    assert scrolled and len(shown) == 5 and lines[focus] in shown
    hint = form.more_hint(False)
    assert ("▲ more above" in hint) == (lines[0] not in shown)
    assert ("▼ more below" in hint) == (lines[-1] not in shown)
    assert form.more_hint(True) == []


def test_a_short_form_is_not_scrolled(make_game) -> None:  # noqa: ANN001
    s = Setup(focus=3)
    painter = Painter(pygame.Surface((800, 800)))
    assert s.form.draw(painter, make_game().ctx, (0, 0, 800, 800)) is False
    assert [f for f, _ in s.form.rects] == s.lines and s.form.more_hint(False) == []


def test_a_new_form_starts_on_its_first_line_and_ignores_a_click_before_it_is_drawn() -> None:
    lines = [TextField("Name", "Maze"), Choice("Size", ["small", "big"]), Button("Save")]
    form = Form(lambda: lines)
    assert form.focused is lines[0] and form.selected is lines[0]  # its text selected, ready to be typed over
    assert form.handle(Action(Act.CLICK, pos=(10, 10))) is None and form.focused is lines[0]


def test_when_lines_go_the_focus_stays_on_the_last_one_left() -> None:
    s = Setup(focus=3)
    s.lines[:] = [s.theme, s.name]  # the button and the note are gone (fewer teams)
    assert s.form.focused is s.name
    s.form.handle(TAB)
    assert s.form.focused is s.theme


def test_arriving_on_the_last_line_selects_its_own_text() -> None:
    lines = [Choice("Size", ["small", "big"]), TextField("Name", "Maze"), TextField("Author", "Ana")]
    form = Form(lambda: lines)
    form.handle(UP)  # round to the last line
    assert form.focused is lines[2] and form.selected is lines[2]
    form.handle(typed("Ben"))
    assert lines[2].text == "Ben" and lines[1].text == "Maze"
