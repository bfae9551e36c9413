"""Known answers for how times, counts and player marks are written."""

from __future__ import annotations

import math

import pytest

from maze.core.words import count, duration, player_marks


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0.0 s"),
        (19.64, "19.6 s"),
        (59.94, "59.9 s"),
        (59.96, "1:00"),
        (60, "1:00"),
        (102.7, "1:43"),
        (725, "12:05"),
        (3725, "1:02:05"),
        (-3, "0.0 s"),
        (None, "–"),
        (math.nan, "–"),
        (math.inf, "–"),
    ],
)
def test_one_time_format(seconds, text) -> None:
    assert duration(seconds) == text


def test_counts_agree_with_their_nouns() -> None:
    assert count(1, "attempt") == "1 attempt"
    assert count(0, "attempt") == "0 attempts"
    assert count(3, "beep") == "3 beeps"
    assert count(2, "person", "people") == "2 people"


@pytest.mark.parametrize(
    ("players", "marks"),
    [
        (("Ana", "Ben", "Cy"), ("A", "B", "C")),
        (("Player 1", "Player 2", "Player 3"), ("1", "2", "3")),
        (("Ana", "Anke"), ("An", "Ak")),
        (("ana", "Ana"), ("1", "2")),
        (("Éva", "Zoë"), ("É", "Z")),
        (("",), ("?",)),
    ],
)
def test_every_player_gets_a_different_mark(players, marks) -> None:
    assert player_marks(players) == marks
    assert len(set(player_marks(players))) == len(players)


def test_a_shortened_name_never_cuts_a_number_in_two() -> None:
    from maze.core.words import shortenings

    forms = list(shortenings("Team 12 North"))
    assert forms[0] == "Team 12 Nort…" and forms[-1] == "…"
    assert "Team 1…" not in forms and "Team 12…" in forms and "Team…" in forms
    assert all(len(a) >= len(b) for a, b in zip(forms, forms[1:], strict=False))
    assert list(shortenings("2026")) == ["…"]
