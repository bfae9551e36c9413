"""PNG pictures of the debrief screens, at a size fit for slides, saved atomically."""

from __future__ import annotations

import copy
from pathlib import Path

import pygame

from maze.core.workshop import Workshop
from maze.io.atomic import png_is_whole, write_file_atomic
from maze.io.results_folder import slug
from maze.ui.context import Context
from maze.ui.painter import Painter, render_once
from maze.ui.screens.debrief import Lens, draw_team_debrief, draw_workshop_debrief

SLIDE_SIZE = (1920, 1080)


def offscreen(ctx: Context, size: tuple[int, int] = SLIDE_SIZE) -> tuple[Context, Painter]:
    picture_ctx = copy.copy(ctx)
    picture_ctx.resize(size)
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

    pygame.font.init()
    ctx = Context(size, THEMES[theme], Sounds(open_device=False), GameClock())
    return ctx, Painter(pygame.Surface(size), render=render_once)


def picture_saver(theme: str = "dark"):  # noqa: ANN201 - a Recorder team-end hook
    """A team-end hook that draws the debrief pictures without any window."""
    ctx, _ = offscreen_context(theme)
    return lambda workshop, folder: save_debrief_pictures(ctx, workshop, folder)


def save_debrief_pictures(ctx: Context, workshop: Workshop, folder: Path) -> list[Path]:
    """After a team finishes: its debrief; after the last team: the workshop debrief in both lenses."""
    saved = []
    stats = workshop.summaries[-1]
    index = len(workshop.summaries) - 1
    level = workshop.plan(index).level
    picture_ctx, painter = offscreen(ctx)
    draw_team_debrief(painter, picture_ctx, stats, level)
    saved.append(save_png(painter.surface, Path(folder) / f"debrief-team-{index + 1}-{slug(stats.team)}.png"))
    if workshop.finished:
        for lens in Lens:
            picture_ctx, painter = offscreen(ctx)
            draw_workshop_debrief(painter, picture_ctx, workshop.summaries, lens)
            saved.append(save_png(painter.surface, Path(folder) / f"debrief-workshop-{lens}.png"))
    return saved
