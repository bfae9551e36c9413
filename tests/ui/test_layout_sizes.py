"""Every screen at every size from 800 x 600 to 3840 x 2160: text inside the window, never overlapping,
never cut short, and never smaller than the one rule for projected text (Layout.min_text: 2.5% of the
height, 27 px at 1080p), facilitator hints included; most of it at the players' size (1/25 of the height)."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from maze.resources import LEVELS_DIR
from maze.ui.actions import KEY_TABLE
from maze.ui.driver import Game
from maze.ui.painter import TextBox

SIZES = [(800, 600), (1024, 768), (1920, 1080), (3840, 2160)]
K = pygame
TINY = str(Path(__file__).parent.parent / "data" / "levels" / "good" / "tiny.yaml")


def check(game: Game, where: str, for_players: bool = True) -> list[TextBox]:
    """`for_players=False` for the facilitator's key reference, which may use smaller text."""
    game.ctx.notices.clear()
    game.app.draw()
    width, height = game.ctx.layout.size
    window = pygame.Rect(0, 0, width, height)
    boxes = [b for b in game.app.painter.boxes if b.text.strip()]
    assert boxes, where
    readable = round(height / 25)
    hint_floor = game.ctx.layout.min_text  # the one rule for the smallest projected text: 2.5% of the height
    for box in boxes:
        assert window.contains(box.rect), f"{where}: {box.text!r} at {box.rect} is outside {width}x{height}"
        assert not box.cut, f"{where}: {box.text!r} was cut short at {width}x{height}"
        assert box.size >= hint_floor, f"{where}: {box.text!r} is {box.size}px"
    modal_from = next((i for i, s in enumerate(game.app.stack) if s.modal), None)
    if modal_from is None:  # overlays cover what is below them by design
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not a.rect.colliderect(b.rect), f"{where}: {a.text!r} overlaps {b.text!r}"
    if for_players:
        players = [b for b in boxes if b.size >= readable]
        assert len(players) >= len(boxes) // 2, f"{where}: most text must be readable from the back"
    return boxes


def walk(game: Game) -> None:
    for key in (K.K_LEFT, K.K_UP, K.K_e, K.K_UP, K.K_UP):
        game.press(key)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_screen_fits(make_game, size) -> None:
    game = make_game(
        "--level", TINY, "--team", "Ferdinand-Maximilian: Zoë Åkesson, Łukasz, Ngọc Anh", "--team", "Blue: 2", size=size
    )
    check(game, "setup")
    game.press(K.K_F1)
    seen: set[str] = set()
    for page in range(len(KEY_TABLE)):
        boxes = check(game, f"help page {page + 1}")
        smallest = min(b.size for b in boxes)
        assert smallest >= size[1] * 0.025, f"help text {smallest}px: below 2.5% of the height"
        seen |= {b.text for b in boxes}
        if game.screen.page + 1 == game.screen.pages:
            break
        game.press(K.K_PAGEDOWN)
    assert {keys for keys, _ in KEY_TABLE} <= seen, "every key is on some page of the help"
    game.press(K.K_ESCAPE)
    game.press(K.K_RETURN)
    check(game, "briefing")
    game.press(K.K_RETURN)
    check(game, "strategy")
    game.press(K.K_RETURN)
    check(game, "discovery")
    game.press(K.K_UP)
    check(game, "discovery beep")
    game.wait(2)
    game.press(K.K_SPACE)
    check(game, "discovery paused")
    game.press(K.K_SPACE)
    for key in (K.K_LEFT, K.K_UP, K.K_e, K.K_UP, K.K_UP):
        game.press(key)
    check(game, "discovery result")
    game.press(K.K_RETURN)
    check(game, "execution prediction")
    for _ in range(3):
        game.press(K.K_UP)  # an error each time
        game.wait(1)
        for key in (K.K_LEFT, K.K_UP, K.K_e, K.K_UP, K.K_UP):
            game.press(key)
    check(game, "execution done")
    game.press(K.K_RETURN)
    check(game, "team debrief")
    game.press(K.K_ESCAPE)  # the quit question here also says when this team's results are written
    boxes = check(game, "quit at a team's debrief")
    assert "its pictures are drawn when Enter leaves this debrief." in " ".join(b.text for b in boxes)
    game.press(K.K_ESCAPE)  # no
    game.press(K.K_RETURN)
    game.press(K.K_n)
    check(game, "confirm")
    game.press(K.K_RETURN)
    game.press(K.K_RETURN)  # Blue: briefing -> strategy
    game.press(K.K_RETURN)  # -> discovery
    walk(game)
    game.press(K.K_RETURN)  # -> execution
    walk(game)
    walk(game)
    game.press(K.K_RETURN)  # -> debrief
    game.press(K.K_RETURN)  # -> workshop debrief
    assert game.screen_name == "WorkshopDebriefScreen"
    check(game, "workshop debrief, failures")
    game.press(K.K_l)
    check(game, "workshop debrief, learning")
    game.press(K.K_l)
    check(game, "workshop debrief, execution")


@pytest.mark.parametrize("size", [(800, 600), (3840, 2160)], ids=["800x600", "3840x2160"])
def test_title_and_the_largest_bundled_maze_fit(make_game, size) -> None:
    game = make_game("--level", str(LEVELS_DIR / "labyrinth-12x18.yaml"), "--team", "Red: 3", size=size)
    game.press(K.K_ESCAPE)
    assert game.screen_name == "TitleScreen"
    check(game, "title")
    game.press(K.K_RETURN)
    game.press(K.K_RETURN)
    for _ in range(3):
        game.press(K.K_RETURN)
    check(game, "discovery on a 12 x 18 maze")


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_editor_and_test_walk_fit(make_game, tmp_path, size) -> None:
    """The editor is the maze author's tool, read up close: its form may use smaller text than players need."""
    game = make_game("edit", str(LEVELS_DIR / "classic.yaml"), size=size)
    check(game, "editor", for_players=False)
    game.press(K.K_TAB)
    check(game, "editor form", for_players=False)
    game.press(K.K_F5)
    check(game, "test walk")


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_notices_keep_to_their_band(make_game, size) -> None:
    """A notice never covers a dialog, the board or its bands: it takes the footer band (or a walk screen's panel)."""
    game = make_game("--level", TINY, "--team", "Red: Ana, Ben", size=size)
    game.press(K.K_RETURN)  # briefing
    game.press(K.K_n)  # a question is asked...
    for text in ("Sound off", "Talking penalty: +30 s  (Backspace undoes it)", "Results now go to /tmp/x"):
        game.ctx.notify(text)  # ...while notices arrive
    game.app.draw()
    boxes = game.app.painter.boxes
    notices = [b for b in boxes if b.text in {n.text for n in game.ctx.notices}]
    assert notices, "the newest notices are shown"
    dialog = game.screen
    dialog_box = pygame.Rect(dialog.yes_rect.unionall([dialog.no_rect]))
    height = size[1]
    for notice in notices:
        assert not notice.cut and notice.size >= height * 0.025, notice
        assert not pygame.Rect(notice.rect).colliderect(dialog_box), f"{notice.text!r} covers the dialog"
        others = [b for b in boxes if b is not notice and b not in notices]
        assert not any(pygame.Rect(notice.rect).colliderect(b.rect) for b in others), f"{notice.text!r} overlaps"
    game.press(K.K_ESCAPE)
    game.press(K.K_RETURN)
    game.press(K.K_RETURN)  # discovery: the walk screen keeps notices in its side panel
    game.ctx.notify("Talking penalty: +30 s  (Backspace undoes it)")
    game.app.draw()
    board = pygame.Rect(game.screen.board.geometry.rect)
    notice = next(b for b in game.app.painter.boxes if b.text.startswith("Talking penalty"))
    assert not pygame.Rect(notice.rect).colliderect(board)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_walker_never_covers_a_band_word_and_each_player_has_a_mark(make_game, size, monkeypatch) -> None:
    from maze.core.words import player_marks

    game = make_game("--level", TINY, "--team", "Red: Player 1, Player 2, Player 3", size=size)
    game.press(K.K_RETURN)
    game.press(K.K_RETURN)
    game.press(K.K_RETURN)  # discovery: Player 1 waits on the START band, where its word is
    board = game.screen.board
    drawn: list[tuple[str, pygame.Rect]] = []
    original = board.token
    monkeypatch.setattr(
        board,
        "token",
        lambda p, pos, name, team=(): (
            drawn.append((name, pygame.Rect(board.token_rect(pos)))),
            original(p, pos, name, team),
        ),
    )
    for key in (None, K.K_LEFT, K.K_RIGHT, K.K_RIGHT):
        if key is not None:
            game.press(key)
        drawn.clear()
        game.app.draw()
        words = [b for b in game.app.painter.boxes if b.text.startswith(("START", "EXIT"))]
        assert drawn and words, "a walker and the band words are drawn"
        for _, token in drawn:
            assert not any(token.colliderect(w.rect) for w in words), f"the token covers {words}"
    assert player_marks(game.run.players) == ("1", "2", "3")


def test_a_shortened_name_shows_whole_where_the_pointer_rests(make_game) -> None:
    longest = "Ferdinand-Maximilian von Habsburg 12 XY"  # 40 characters: as long as a team name may be
    game = make_game("--level", TINY, "--team", f"{longest}: Ana", "--team", "Blue: Ben", size=(800, 600))
    game.press(K.K_RETURN)
    game.press(K.K_RETURN)  # strategy: "<name>: plan together" is too long for 800 pixels
    game.app.draw()
    cut = [b for b in game.app.painter.boxes if b.cut and b.text.startswith("Ferdinand")]
    assert cut, "at 800x600 the longest name is shortened on the strategy screen"
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=cut[0].rect.center, rel=(0, 0), buttons=(0, 0, 0)))
    game.frames(1)
    shown = " ".join(b.text for b in game.app.painter.boxes if not b.cut)
    assert longest in shown or all(word in shown for word in longest.split()), "the whole name, by the pointer"
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=(1, 1), rel=(0, 0), buttons=(0, 0, 0)))
    game.frames(1)
    assert not any(b.text == longest and not b.cut for b in game.app.painter.boxes), "gone when the pointer leaves"


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_a_selected_field_shows_its_text_whole(make_game, size) -> None:
    """A focused field's text is selected (typing replaces it), and still shown whole when it fits."""
    game = make_game("--team", "Red: Ana, Ben, Cy", "--team", "Blue: 2", size=size)
    setup = game.screen
    setup.form.focus_on(setup.team_fields[0][1])  # Red's players, selected
    game.app.draw()
    shown = next(b for b in game.app.painter.boxes if "Ana, Ben, Cy" in b.text or b.text.startswith("…"))
    assert not shown.cut and shown.text.endswith("Cy"), shown
