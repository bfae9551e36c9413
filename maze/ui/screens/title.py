"""The title screen: start a workshop, make a maze, change the settings, open the results folder, or quit."""

from __future__ import annotations

from collections.abc import Callable

from maze.ui.actions import Act, Action
from maze.ui.context import Context
from maze.ui.painter import Painter
from maze.ui.screens.base import Push, Quit, Screen, Transition
from maze.ui.widgets import Menu, footer

MenuEntry = tuple[str, Callable[[Context], Screen] | None]


class TitleScreen(Screen):
    def __init__(self, ctx: Context, entries: list[MenuEntry]) -> None:
        super().__init__(ctx)
        self.entries = entries + [("Settings", _settings_screen), ("Quit", None)]
        self.menu = Menu([label for label, _ in self.entries])

    def handle(self, action: Action) -> Transition | None:
        if action.act is Act.MOVE and action.direction[0]:
            self.menu.move(action.direction[0])
        elif action.act is Act.CLICK:
            index = self.menu.at(action.pos)
            if index is not None:
                self.menu.focus = index
                return self.choose()
        elif action.act in (Act.CONFIRM, Act.NEXT):
            return self.choose()
        elif action.act is Act.OPEN_FOLDER:
            from maze.ui.folders import open_results_folder

            open_results_folder(self.ctx)
        elif action.act is Act.BACK:
            from maze.ui.screens.overlays import quit_question

            return quit_question(self.ctx, detail="")
        return None

    def choose(self) -> Transition | None:
        _, make = self.entries[self.menu.focus]
        if make is None:
            return Quit()
        return Push(make(self.ctx))

    def draw(self, p: Painter) -> None:
        ctx = self.ctx
        lay, th = ctx.layout, ctx.theme
        p.fill(th.background)
        top, rest = lay.cut_top(lay.body, int(lay.body[3] * 0.36))
        title, subtitle = lay.cut_top(top, int(top[3] * 0.62))
        p.text("Electric Maze", title, lay.title_size * 3 // 2, th.text, align="center", bold=True)
        p.text("Did we learn?  Did we do it right?", subtitle, lay.body_size, th.accent, align="center")
        self.menu.draw(p, ctx, rest)
        status = ctx.sounds.problem or ("Sound muted (M)" if ctx.sounds.muted else "")
        hints = "Arrows and Enter, or click    F: results folder    F1: keys    F11: fullscreen"
        footer(p, ctx, (status + "    " if status else "") + hints)


def _settings_screen(ctx: Context) -> Screen:
    import pygame

    from maze.ui.screens.settings import SettingsScreen

    displays = pygame.display.get_num_displays() if pygame.display.get_init() else 1
    return SettingsScreen(ctx, displays)
