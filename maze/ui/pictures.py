"""PNG pictures of the debrief screens, at a size fit for slides, saved atomically."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pygame

from maze.core.stats import Lens, TeamStats
from maze.io.atomic import png_is_whole, write_file_atomic
from maze.ui.context import Context
from maze.ui.painter import Painter, clear_caches, render_once
from maze.ui.screens.workshop_debrief import draw_workshop_debrief

SLIDE_SIZE = (1920, 1080)


def offscreen(ctx: Context, size: tuple[int, int] = SLIDE_SIZE) -> tuple[Context, Painter]:
    picture_ctx = ctx.resized(size)
    return picture_ctx, Painter(pygame.Surface(size), render=render_once)


def save_png(surface: pygame.Surface, path: Path) -> Path:
    """Written to a temporary file, checked whole, then renamed: a full disk keeps the previous picture."""
    write_file_atomic(path, lambda tmp: pygame.image.save(surface, tmp), png_is_whole)
    return path


def offscreen_context(theme: str = "dark", size: tuple[int, int] = SLIDE_SIZE) -> tuple[Context, Painter]:
    """A context and painter for drawing pictures with no window at all (headless demo, reports)."""
    from maze.ui.game_clock import GameClock
    from maze.ui.sound import Sounds
    from maze.ui.theme import THEMES

    if not pygame.font.get_init():  # fonts made before a pygame.quit() are dead: drop them first
        clear_caches()
        pygame.font.init()
    ctx = Context(size, THEMES[theme], Sounds(open_device=False), GameClock())
    return ctx, Painter(pygame.Surface(size), render=render_once)


def workshop_pictures(
    ctx: Context, summaries: Sequence[TeamStats], size: tuple[int, int] = SLIDE_SIZE
) -> Iterator[tuple[str, Painter]]:
    """The workshop debrief in every lens, every page of it (so every team is in the pictures), each with
    the moves since the lens before: (file name, painter holding the picture)."""
    before = None
    for lens in Lens:
        page, pages = 0, 1
        while page < pages:
            picture_ctx, painter = offscreen(ctx, size)
            pages = draw_workshop_debrief(painter, picture_ctx, summaries, lens, page, before)
            suffix = "" if page == 0 else f"-page-{page + 1}"
            yield f"debrief-workshop-{lens}{suffix}.png", painter
            page += 1
        before = lens
