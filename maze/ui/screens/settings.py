"""The settings screen, opened from the title: theme, sound, fullscreen, screen and results folder.

Each change is saved at once in the settings file; theme and sound change now, fullscreen and screen at the
next start. A file that cannot be written is a notice: the change still holds until the game closes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from maze.io.settings_file import THEMES, UserSettings, load_settings, save_settings
from maze.ui.actions import Act, Action
from maze.ui.context import Context
from maze.ui.folders import open_results_folder
from maze.ui.painter import Painter
from maze.ui.screens.base import Pop, Restyle, Screen, Transition
from maze.ui.theme import THEMES as THEME_COLOURS
from maze.ui.widgets import Menu, footer, header

ITEMS = ("theme", "sound", "fullscreen", "display", "results", "open", "back")


class SettingsScreen(Screen):
    def __init__(self, ctx: Context, displays: int = 1) -> None:
        super().__init__(ctx)
        loaded = load_settings()
        if loaded.notice:
            ctx.notify(loaded.notice, warning=True, seconds=8)
        self.settings = replace(loaded.settings, mute=ctx.sounds.muted)
        self.displays = max(displays, self.settings.display + 1, 1)
        self.menu = Menu(self.labels())
        self.editing: str | None = None  # the results folder being typed

    @property
    def typing(self) -> bool:
        return self.editing is not None

    def labels(self) -> list[str]:
        s = self.settings
        return [
            f"Colours: {s.theme}",
            f"Sound: {'off' if s.mute else 'on'}",
            f"Start in fullscreen: {'yes' if s.fullscreen else 'no'}",
            f"Screen at start: {s.display + 1} of {self.displays}",
            "Results folder: change it" + ("" if s.results_dir else " (now the default)"),
            "Open the results folder  (F)",
            "Back",
        ]

    def handle(self, action: Action) -> Transition | None:
        if self.editing is not None:
            return self._edit(action)
        if action.act is Act.MOVE and action.direction[0]:
            self.menu.move(action.direction[0])
        elif action.act is Act.CLICK:
            index = self.menu.at(action.pos)
            if index is not None:
                self.menu.focus = index
                return self.choose(ITEMS[index])
        elif action.act in (Act.CONFIRM, Act.NEXT):
            return self.choose(ITEMS[self.menu.focus])
        elif action.act is Act.OPEN_FOLDER:
            return self.choose("open")
        elif action.act in (Act.BACK, Act.PREV):
            return Pop()
        return None

    def choose(self, item: str) -> Transition | None:
        s = self.settings
        if item == "back":
            return Pop()
        if item == "open":
            open_results_folder(self.ctx, self._results_folder())
        elif item == "results":
            self.editing = str(s.results_dir or "")
        elif item == "theme":
            theme = THEMES[(THEMES.index(s.theme) + 1) % len(THEMES)]
            self._save(replace(s, theme=theme))
            return Restyle(THEME_COLOURS[theme])
        elif item == "sound":
            self._save(replace(s, mute=self.ctx.sounds.toggle_mute()))
        elif item == "fullscreen":
            self._save(replace(s, fullscreen=not s.fullscreen), "from the next start (F11 switches now)")
        elif item == "display":
            self._save(replace(s, display=(s.display + 1) % self.displays), "from the next start")
        return None

    def _edit(self, action: Action) -> Transition | None:
        text = self.editing or ""
        if action.act is Act.TEXT:
            self.editing = (text + action.text)[:400]
        elif action.act is Act.ERASE:
            self.editing = text[:-1]
        elif action.act is Act.BACK:
            self.editing = None
        elif action.act is Act.CONFIRM:
            self.editing = None
            chosen = Path(text.strip()).expanduser() if text.strip() else None
            self._save(replace(self.settings, results_dir=chosen), "for the next workshop")
        return None

    def _save(self, settings: UserSettings, when: str = "") -> None:
        self.settings = settings
        self.menu.items = self.labels()
        problem = save_settings(settings)
        if problem:
            self.ctx.notify(f"Not remembered after this session: {problem}", warning=True, seconds=8)
        elif when:
            self.ctx.notify(f"Saved; it applies {when}")

    def _results_folder(self) -> Path:
        from maze.io.user_dirs import default_results_dir

        return self.ctx.settings.results_dir or default_results_dir(self.settings.results_dir)

    def draw(self, p: Painter) -> None:
        ctx = self.ctx
        lay, th = ctx.layout, ctx.theme
        p.fill(th.background)
        header(p, ctx, "Settings", "Remembered for the next time the game starts")
        body = lay.body
        if self.editing is not None:
            self._draw_editing(p, body)
        else:
            menu, where = lay.cut_top(body, body[3] - int(lay.small_size * 1.6))
            self.menu.draw(p, ctx, menu)
            shown = f"Results go to {self._results_folder()}"
            p.text(shown, where, lay.small_size, th.muted, align="center", min_size=lay.hint_size)
        footer(p, ctx, "Arrows and Enter, or click    F: open the results folder    Escape: back")

    def _draw_editing(self, p: Painter, area: tuple[int, int, int, int]) -> None:
        lay, th = self.ctx.layout, self.ctx.theme
        rows = lay.rows(area, 4)
        p.text("Type the folder for results (empty: the default)", rows[0], lay.body_size, th.text, bold=True)
        p.box(rows[1], th.panel, radius=lay.margin // 3)
        p.text((self.editing or "") + "▏", rows[1], lay.small_size, th.text, min_size=lay.hint_size)
        p.text("Enter: keep it    Escape: cancel", rows[2], lay.hint_size, th.muted, align="center")
