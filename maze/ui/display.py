"""The window: fits the screen it opens on, toggles fullscreen, survives drivers that cannot."""

from __future__ import annotations

import pygame

from maze.resources import ASSETS_DIR

FIT_SHARE = 0.9  # of the desktop, for a window that never starts larger than the screen


class Display:
    def __init__(self, size: tuple[int, int] | None = None, fullscreen: bool = False, index: int = 0) -> None:
        self.requested = size
        self.index = index
        self.fullscreen = fullscreen
        self.surface: pygame.Surface | None = None
        self.presented_pixels = 0  # every pixel handed to the driver, counted here so it does not depend on it
        self.presents = 0

    def desktop_size(self) -> tuple[int, int]:
        try:
            sizes = pygame.display.get_desktop_sizes()
        except pygame.error:
            sizes = []
        if not sizes:
            return (1024, 768)
        return sizes[min(self.index, len(sizes) - 1)]

    def window_size(self) -> tuple[int, int]:
        desk_w, desk_h = self.desktop_size()
        if self.requested:
            w, h = self.requested
            return min(w, desk_w), min(h, desk_h)
        return int(desk_w * FIT_SHARE), int(desk_h * FIT_SHARE)

    def open(self) -> pygame.Surface:
        pygame.display.set_caption("Electric Maze")
        try:
            pygame.display.set_icon(pygame.image.load(str(ASSETS_DIR / "icon.png")))
        except (pygame.error, FileNotFoundError):
            pass
        count = pygame.display.get_num_displays() if pygame.display.get_init() else 1
        if self.index >= max(count, 1):
            self.index = 0
        if self.fullscreen:
            self.surface = self._set_mode(self.desktop_size(), pygame.FULLSCREEN)
        else:
            self.surface = self._set_mode(self.window_size(), pygame.RESIZABLE)
        return self.surface

    def _set_mode(self, size: tuple[int, int], flags: int) -> pygame.Surface:
        try:
            return pygame.display.set_mode(size, flags, display=self.index)
        except pygame.error:
            self.index = 0
            return pygame.display.set_mode(size, flags)

    def toggle_fullscreen(self) -> str:
        """Switch; returns a notice for the facilitator (empty when all went well)."""
        try:
            if self.fullscreen:
                self.surface = self._set_mode(self.window_size(), pygame.RESIZABLE)
            else:
                self.surface = self._set_mode(self.desktop_size(), pygame.FULLSCREEN)
            self.fullscreen = not self.fullscreen
            return ""
        except pygame.error as exc:
            return f"Fullscreen is not available here ({str(exc).splitlines()[0][:60]})"

    def resized(self) -> pygame.Surface | None:
        self.surface = pygame.display.get_surface()
        return self.surface

    def present(self, boxes: list[tuple[int, int, int, int]] | None = None) -> None:
        """Show the drawn frame: the whole window (None), or only `boxes` of it."""
        surface = pygame.display.get_surface()
        if surface is None:
            return
        self.presents += 1
        if boxes is None:
            self.presented_pixels += surface.get_width() * surface.get_height()
            pygame.display.flip()
            return
        window = surface.get_rect()
        rects = [pygame.Rect(box).clip(window) for box in boxes]
        self.presented_pixels += sum(r.w * r.h for r in rects)
        pygame.display.update(rects)
