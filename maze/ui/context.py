"""What every screen receives: layout, theme, sounds, clock, settings and the running workshop.

Commands go through `issue`, the single place where the client talks to the rules: the recorder
applies and journals them, cues play in the same frame, and the screens are told the events.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from maze.ui.game_clock import GameClock
from maze.ui.layout import Layout, compute_layout
from maze.ui.sound import Sounds
from maze.ui.theme import Theme

if TYPE_CHECKING:  # the rules load with the first workshop, not before the title screen
    from maze.core.commands import Command
    from maze.core.events import Event
    from maze.core.workshop import Workshop
    from maze.io.recorder import Recorder

CUES = {"beep": "beep", "route_found": "success", "time_up": "time_up", "execution_finished": "success"}
NOTICE_SECONDS = 4.0


def local_time_iso() -> str:
    """Now, on this computer's clock and time zone, as ISO 8601 (2026-03-05T14:30:00+01:00)."""
    from datetime import datetime

    return datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass
class Settings:
    level_paths: list[Path] = field(default_factory=list)
    results_dir: Path | None = None
    team_args: list[str] = field(default_factory=list)
    workshop_file: Path | None = None


@dataclass
class Notice:
    text: str
    until: float
    warning: bool = False


class Context:
    def __init__(
        self, size: tuple[int, int], theme: Theme, sounds: Sounds, clock: GameClock, settings: Settings | None = None
    ) -> None:
        self.layout: Layout = compute_layout(*size)
        self.theme = theme
        self.sounds = sounds
        self.clock = clock
        self.settings = settings or Settings()
        self.recorder: Recorder | None = None
        self.notices: list[Notice] = []
        self.listeners: list[Callable[[list[Event]], None]] = []
        self.cue_frames: list[tuple[str, int]] = []  # (cue, frame number) for the latency benchmark
        self.wall_clock: Callable[[], str] = local_time_iso  # the date a workshop starts and ends, for the journal
        self.frame = 0
        self.players_only = False  # presenter view: this window is the room's; facilitator hints go elsewhere

    @property
    def workshop(self) -> Workshop | None:
        return self.recorder.workshop if self.recorder else None

    @property
    def now(self) -> float:
        return self.clock.now

    def quit_detail(self) -> str:
        return self.recorder.quit_detail() if self.recorder is not None else ""

    def resize(self, size: tuple[int, int]) -> None:
        self.layout = compute_layout(*size)

    def notify(self, text: str, warning: bool = False, seconds: float = NOTICE_SECONDS) -> None:
        self.notices = [n for n in self.notices if n.text != text][-2:]
        self.notices.append(Notice(text, self.clock.now + seconds, warning))

    def issue(self, command: Command) -> list[Event]:
        """Send a command to the workshop. A command that does not fit becomes a notice, not an error."""
        from maze.core.commands import Advance, IllegalCommand, StartWorkshop

        if self.recorder is None:
            return []
        problem_before = self.recorder.problem
        if isinstance(command, StartWorkshop | Advance) and not command.wall_clock:  # it may start or end: when
            command = replace(command, wall_clock=self.wall_clock())
        try:
            events = self.recorder.issue(command)
        except IllegalCommand as exc:
            self.notify(str(exc))
            return []
        for event in events:
            cue = CUES.get(event["type"])
            if cue:
                self.sounds.play(cue)
                self.cue_frames.append((cue, self.frame))
        if self.recorder.problem and self.recorder.problem != problem_before:
            self.notify(self.recorder.problem, warning=True, seconds=8)
        if events:  # a Tick that changed nothing must not cost a redraw
            for listener in list(self.listeners):
                listener(events)
        return events
