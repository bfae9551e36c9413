from maze.core.draft import Draft
from maze.core.grid import Pos
from maze.core.level import Difficulty, analyse


def test_squares_undo_and_redo() -> None:
    draft = Draft.blank(3, 3)
    draft.set_square(Pos(2, 0), True)
    draft.paint([Pos(1, 1), Pos(0, 1), Pos(5, 5)], True)
    assert draft.level.grid.safe == {Pos(2, 0), Pos(1, 1), Pos(0, 1)}
    assert analyse(draft.level.grid, draft.level.rules).route_length == 3
    assert draft.undo() and draft.level.grid.safe == {Pos(2, 0)}
    assert draft.undo() and not draft.level.grid.safe and not draft.undo()
    assert draft.redo() and draft.redo() and not draft.redo()
    draft.undo()
    draft.set_square(Pos(0, 0), True)  # a new change drops what could be redone
    assert not draft.can_redo


def test_resize_rules_texts_and_dirty() -> None:
    draft = Draft.blank(6, 9)
    assert not draft.dirty
    draft.set_square(Pos(8, 5), True)
    draft.resize(4, 4)
    assert (draft.level.grid.width, draft.level.grid.height) == (4, 4) and not draft.level.grid.safe
    draft.set_rule("diagonal", False)
    draft.set_rule("entry", "left")
    draft.set_text("name", "Ours")
    assert draft.level.rules.diagonal is False and draft.level.rules.entry == "left" and draft.level.name == "Ours"
    assert draft.dirty
    draft.mark_saved()
    assert not draft.dirty


def test_generate_keeps_size_rules_and_name() -> None:
    draft = Draft.blank(8, 10, name="Gen")
    draft.set_rule("diagonal", False)
    draft.generate(Difficulty.HARD, seed=4)
    level = draft.level
    a = analyse(level.grid, level.rules)
    assert a.has_route and a.difficulty is Difficulty.HARD
    assert (level.grid.width, level.grid.height, level.name, level.rules.diagonal) == (8, 10, "Gen", False)
    draft.undo()
    assert not draft.level.grid.safe
