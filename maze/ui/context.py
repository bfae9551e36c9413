"""What every screen receives: a frozen `Context` (layout, theme, sounds, clock, settings) over one shared `Session`.

The context is a value: a screen that needs a variant (another window size, a test walk with its own
recorder) makes a new one with `dataclasses.replace` or `resized`, and nothing it changes reaches the parent.
The running game's mutable state (the recorder, the notices on screen, who hears the events) lives in the
`Session`, shared on purpose by every context made from one.

Commands go through `issue`, the single place where the client talks to the rules: the recorder
applies and journals them, cues play in the same frame, and the screens are told the events.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from maze.core.records import record
from maze.ui.game_clock import GameClock
from maze.ui.layout import Layout, compute_layout
from maze.ui.sound import Sounds
from maze.ui.theme import Theme

if TYPE_CHECKING:  # the rules load with the first workshop, not before the title screen
    from maze.core.commands import Command
    from maze.core.events import Event
    from maze.core.team import TeamRun
    from maze.core.workshop import Workshop
    from maze.io.recorder import Recorder

Listener = Callable[[list["Event"]], None]
CUES = {"beep": "beep", "route_found": "success", "time_up": "time_up", "execution_finished": "success"}
NOTICE_SECONDS = 4.0


def local_time_iso() -> str:
    """Now, on this computer's clock and time zone, as ISO 8601 (2026-03-05T14:30:00+01:00)."""
    from datetime import datetime

    return datetime.now().astimezone().isoformat(timespec="seconds")


class NoWorkshopError(RuntimeError):
    """A screen that shows a workshop was opened with none running: a mistake in the code, never a player's."""


@record(frozen=True)
class Settings:
    """Chosen at start-up, never changed while the game runs (the settings screen saves for the next start)."""

    level_paths: tuple[Path, ...] = ()
    results_dir: Path | None = None
    team_args: tuple[str, ...] = ()
    workshop_file: Path | None = None


@record(frozen=True)
class Notice:
    text: str
    until: float
    warning: bool = False


@record(eq=False)
class Session:
    """The running game's mutable state, shared on purpose by every context made from one.

    A variant that must not share it (the editor's test walk records nothing) makes a Session of its own."""

    recorder: Recorder | None = None
    notices: list[Notice] = field(default_factory=list)
    listeners: list[Listener] = field(default_factory=list)
    cue_frames: list[tuple[str, int]] = field(default_factory=list)  # (cue, frame number): the latency benchmark
    wall_clock: Callable[[], str] = local_time_iso  # the date a workshop starts and ends, for the journal
    frame: int = 0

    def expire(self, now: float) -> bool:
        """Drop the notices whose time is over; True when one went."""
        kept = [n for n in self.notices if n.until > now]
        gone = len(kept) != len(self.notices)
        self.notices[:] = kept
        return gone


@record(frozen=True, eq=False)
class Context:
    size: tuple[int, int]
    theme: Theme
    sounds: Sounds
    clock: GameClock
    settings: Settings = field(default_factory=Settings)
    session: Session = field(default_factory=Session)
    players_only: bool = False  # presenter view: this window is the room's; facilitator hints go elsewhere
    layout: Layout = field(init=False)  # computed from `size`, never set

    def __post_init__(self) -> None:
        object.__setattr__(self, "layout", compute_layout(*self.size))

    def resized(self, size: tuple[int, int]) -> Context:
        """The same context for a window of another size."""
        return self if size == self.size else replace(self, size=size)

    # -- the shared session, read through the context ----------------------------------------------

    @property
    def recorder(self) -> Recorder | None:
        return self.session.recorder

    @property
    def workshop(self) -> Workshop | None:
        recorder = self.session.recorder
        return recorder.workshop if recorder else None

    def running_workshop(self) -> Workshop:
        """The workshop a phase screen shows (NoWorkshopError if none runs)."""
        workshop = self.workshop
        if workshop is None:
            raise NoWorkshopError("no workshop is running")
        return workshop

    def current_run(self) -> TeamRun:
        """The team playing now (NoWorkshopError if none is)."""
        run = self.running_workshop().current
        if run is None:
            raise NoWorkshopError("no team is playing now: the workshop is over")
        return run

    @property
    def notices(self) -> list[Notice]:
        return self.session.notices

    @property
    def listeners(self) -> list[Listener]:
        return self.session.listeners

    @property
    def cue_frames(self) -> list[tuple[str, int]]:
        return self.session.cue_frames

    @property
    def frame(self) -> int:
        return self.session.frame

    @property
    def now(self) -> float:
        return self.clock.now

    def quit_detail(self) -> str:
        recorder = self.session.recorder
        return recorder.quit_detail() if recorder is not None else ""

    def notify(self, text: str, warning: bool = False, seconds: float = NOTICE_SECONDS) -> None:
        notices = self.session.notices
        notices[:] = [n for n in notices if n.text != text][-2:]
        notices.append(Notice(text, self.clock.now + seconds, warning))

    def issue(self, command: Command) -> list[Event]:
        """Send a command to the workshop. A command that does not fit becomes a notice, not an error."""
        from maze.core.commands import Advance, IllegalCommand, StartWorkshop

        session = self.session
        recorder = session.recorder
        if recorder is None:
            return []
        problem_before = recorder.problem
        if isinstance(command, StartWorkshop | Advance) and not command.wall_clock:  # it may start or end: when
            command = replace(command, wall_clock=session.wall_clock())
        try:
            events = recorder.issue(command)
        except IllegalCommand as exc:
            self.notify(str(exc))
            return []
        for event in events:
            cue = CUES.get(event["type"])
            if cue:
                self.sounds.play(cue)
                session.cue_frames.append((cue, session.frame))
        if recorder.problem and recorder.problem != problem_before:
            self.notify(recorder.problem, warning=True, seconds=8)
        if events:  # a Tick that changed nothing must not cost a redraw
            for listener in list(session.listeners):
                listener(events)
        return events
