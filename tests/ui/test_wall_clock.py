"""The game notes in the journal when a workshop starts, from the computer's clock and time zone."""

from __future__ import annotations

import json
from datetime import datetime

import pygame

from maze.ui.context import local_time_iso


def test_starting_a_workshop_notes_the_date_and_time_zone(make_game) -> None:
    game = make_game("--team", "Red: Ana", "--level", "classic")
    game.ctx.session.wall_clock = lambda: "2026-03-05T14:30:00+01:00"
    game.press(pygame.K_RETURN)  # setup's Start
    assert game.screen_name == "BriefingScreen"
    journal = game.ctx.recorder.journal_path
    first = json.loads(journal.read_text(encoding="utf-8").splitlines()[0])
    assert first["type"] == "workshop_started" and first["started_at"] == "2026-03-05T14:30:00+01:00"
    assert game.ctx.workshop.started_at == "2026-03-05T14:30:00+01:00"


def test_the_computer_clock_gives_iso_8601_with_a_time_zone() -> None:
    assert datetime.fromisoformat(local_time_iso()).utcoffset() is not None
