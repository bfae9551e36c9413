"""The one path a command takes: to the rules core, then its events to the journal and exports.

If the results folder cannot be written (read-only, vanished, disk full), play goes on: events are
kept in memory, `problem` says what is wrong, and `move_to` writes everything to another folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from maze.core.commands import Command, Tick
from maze.core.events import Event, EventType, Phase
from maze.core.stats import TeamStats, team_stats
from maze.core.team import TeamRun
from maze.core.workshop import Workshop
from maze.io.atomic import AtomicWriteError
from maze.io.checkpointer import Checkpointer
from maze.io.event_check import HEARTBEAT
from maze.io.exports import beep_rows, workshop_times, write_beeps, write_results
from maze.io.journal import JOURNAL_NAME, JournalWriteError, JournalWriter
from maze.io.journal_tail import JournalBase
from maze.io.results_folder import folder_for_move
from maze.io.rounds_csv import round_rows, write_round_rows

if TYPE_CHECKING:
    from maze.io.journal_history import JournalHistory

TeamEndHook = Callable[[Workshop, Path], Iterator[None] | None]  # work done now, or a step at a time (pictures)
HEARTBEAT_SECONDS = 10.0  # at most this much of a running clock is lost in a crash; ~11 KB of journal an hour
_COPY_BATCH = 10_000  # events written at a time when the whole history goes to another folder
_SAID = "; the journal has everything, resume rewrites them"


class Recorder:
    """`folder=None` plays without writing anything (the editor's test walk)."""

    def __init__(
        self,
        workshop: Workshop,
        folder: Path | None,
        durable: bool = True,
        history: list[Event] | JournalHistory | None = None,
    ) -> None:
        self.workshop = workshop
        self.recording = folder is not None
        self.folder = Path(folder or ".")
        self.durable = durable
        self.problem = ""
        self._writer = JournalWriter(self.folder / JOURNAL_NAME, durable)
        self._unsaved: list[Event] = []
        self._history = history  # every event so far, kept only when a move to another folder may need it
        self.on_team_end: list[TeamEndHook] = []  # e.g. saving debrief pictures
        self.in_frames = False  # a window's loop calls catch_up() each frame: a resume's rebuild waits for it
        self._later: list[Iterator[None]] = []  # work left for after the first frame, a step per frame
        self._beep_rows: list[dict[str, object]] = []  # every finished team's, for beeps.csv written whole
        self._round_rows: list[dict[str, object]] = []  # the same for rounds.csv
        fresh = self.recording and workshop.seq == 0 and not _has_bytes(self.journal_path)
        self.checkpoints = Checkpointer(self.journal_path, JournalBase() if fresh else None, "auto")
        self._journalled_t = workshop.last_t  # the time the journal knows of
        self._clock_seen_t = workshop.last_t  # the latest time a Tick brought

    @property
    def journal_path(self) -> Path:
        return self.folder / JOURNAL_NAME

    @property
    def unsaved(self) -> int:
        return len(self._unsaved)

    def issue(self, command: Command) -> list[Event]:
        """Apply a command; raises IllegalCommand from the core, never a file error."""
        events = self.workshop.handle(command)
        if events:
            self._record(events)
            self._journalled_t = max(self._journalled_t, events[-1]["t"])
        elif isinstance(command, Tick):
            self._clock_seen_t = command.t
            if command.t - self._journalled_t >= HEARTBEAT_SECONDS:
                self._heartbeat()
        return events

    def _heartbeat(self) -> None:
        """While a team's clock runs and nothing happens, say now and then that time went on, so a crash
        loses at most HEARTBEAT_SECONDS of the discovery clock. Only interactive play writes them (a headless
        demo's clock is simulated); the journal reader keeps them out of the events."""
        run = self.workshop.current
        if not (self.recording and self.durable and run is not None and run.clock.ticking and not self._unsaved):
            return
        t = round(self._clock_seen_t, 4)
        try:
            self._writer.append_line({"type": HEARTBEAT, "t": t})
        except JournalWriteError:
            return  # the next event says what is wrong
        self._journalled_t = t

    def _record(self, events: list[Event]) -> None:
        if not self.recording:
            return
        if self._history is not None:
            self._history.extend(events)
        self.checkpoints.recorded(events)
        self._unsaved.extend(events)
        self._flush()
        if any(e["type"] == EventType.TEAM_FINISHED for e in events):
            self._export_team()
        elif any(e["type"] == EventType.PHASE_CHANGED and e.get("phase") == Phase.DEBRIEF for e in events):
            self._write_debrief_rows()

    def _write_debrief_rows(self) -> None:
        """A team's debrief begins: its rows go into the CSV files now (see `_exported`)."""
        try:
            self._write_files(self.folder)
        except AtomicWriteError as exc:
            self.problem = f"{exc}{_SAID}"

    def _flush(self) -> None:
        # the unsaved events are always the newest of the history: more history means events already written
        if self._history is not None and not self.journal_path.exists() and len(self._history) > len(self._unsaved):
            self._recreate()
            return
        try:
            self._writer.append(self._unsaved)
        except JournalWriteError as exc:
            self.problem = f"{exc}; the game goes on and keeps the events in memory"
            return
        self._unsaved.clear()
        self.problem = ""

    def _export_team(self) -> None:
        """At a team's end: beeps.csv and results.csv written whole, then any hooks (debrief pictures): at
        once, or in a window after this frame, a page per frame (`in_frames`)."""
        self._later = []  # work still waiting (a resume's rebuild, older pictures) is done by this one, whole
        self._beep_rows.extend(beep_rows(self.workshop.finished_team_log))
        self._round_rows.extend(round_rows(self.workshop.finished_team_log))
        steps = self._export_steps()
        next(steps, None)  # the CSV files, now
        if self.in_frames:
            self._later.append(steps)
        else:
            for _ in steps:
                pass
        self.checkpoints.team_ended(self.workshop, self._beep_rows, self._round_rows)

    def _write_files(self, folder: Path) -> None:
        """The three CSV files, whole, from every finished team's rows and those of a team at its debrief
        (raises AtomicWriteError)."""
        summaries, beeps, rounds = self._exported()
        write_beeps(folder, beeps)
        write_round_rows(folder, rounds)
        write_results(folder, summaries, workshop_times(self.workshop))

    def _exported(self) -> tuple[list[TeamStats], list[dict[str, object]], list[dict[str, object]]]:
        """What the CSV files hold: every finished team, and a team at its debrief. Its play is over and its
        figures are final, so a session ended at a debrief (the last team's, often) loses none of them; it
        counts as finished, with its debrief pictures, when Enter leaves the debrief."""
        ws = self.workshop
        if self._team_at_debrief() is None:
            return ws.summaries, self._beep_rows, self._round_rows
        log = ws.team_log
        at_debrief = team_stats(log, already_effective=True)
        return [*ws.summaries, at_debrief], [*self._beep_rows, *beep_rows(log)], [*self._round_rows, *round_rows(log)]

    def _write_exports(self) -> None:
        for _ in self._export_steps():
            pass

    def _export_steps(self) -> Iterator[None]:
        """The CSV files written whole (the first step), then the hooks' work (pictures), a step at a time;
        problems go to `problem`, and play goes on."""
        problems = []
        try:
            self._write_files(self.folder)
        except AtomicWriteError as exc:
            problems.append(str(exc))
            self.problem = f"{exc}{_SAID}"
        yield
        if self.workshop.summaries:
            for hook in self.on_team_end:
                try:
                    for _ in hook(self.workshop, self.folder) or ():
                        yield
                except (OSError, AtomicWriteError) as exc:
                    problems.append(f"cannot save pictures in {self.folder}: {exc}")
                except Exception as exc:  # noqa: BLE001 - a picture that cannot be drawn must not stop play
                    problems.append(f"cannot save pictures in {self.folder}: {type(exc).__name__}: {exc}")
        if problems:
            self.problem = "; ".join(problems) + _SAID

    def keep_rows(self, beeps: list[dict[str, object]], rounds: list[dict[str, object]]) -> None:
        """After a resume: every finished team's beep and round rows, as the resume gathered them."""
        self._beep_rows, self._round_rows = list(beeps), list(rounds)

    def rebuild(self) -> None:
        """After a resume: results.csv, beeps.csv, rounds.csv written afresh and the pictures brought up to
        date (a problem found before, such as a journal end that could not be tidied, is still said). In a
        window (`in_frames`) this waits for `catch_up`, after the first frame: a step per frame."""
        if not self.recording:
            return
        if self.in_frames:
            self._later = [self._export_steps()]
            return
        before, self.problem = self.problem, ""
        self._write_exports()
        self.problem = "; ".join(p for p in (before, self.problem) if p)

    @property
    def pending(self) -> bool:
        """Is work left for `catch_up` (a resume's exports and pictures)?"""
        return bool(self._later)

    def catch_up(self) -> str:
        """One step of the work left for after the first frame; what went wrong, if anything ("" otherwise)."""
        if not self._later:
            return ""
        before = self.problem
        if next(self._later[0], StopIteration) is StopIteration:
            self._later.pop(0)
        return self.problem if self.problem != before else ""

    def catch_up_all(self) -> None:
        """Everything left for later, now (the program is ending)."""
        while self._later:
            self.catch_up()

    def record_again(self, events: list[Event]) -> None:
        """Journal events the workshop already holds (the start of a workshop that a crash cut)."""
        if self.recording:
            if self._history is not None:
                self._history.extend(events)
            self.checkpoints.recorded(events)
            self._unsaved.extend(events)
            self._flush()

    def _recreate(self) -> None:
        """The folder (or the journal in it) vanished: write everything so far into it again."""
        self._writer.close()
        self._writer = JournalWriter(self.journal_path, self.durable)
        self.checkpoints.stop()  # a journal written again: the next resume folds it whole
        try:
            _write_all(self._writer, self._history or [])
            self._write_files(self.folder)
        except (JournalWriteError, AtomicWriteError, OSError) as exc:
            self.problem = f"{exc}; the game goes on and keeps the events in memory"
            return
        self._unsaved.clear()
        self.problem = f"the results folder {self.folder} had gone; it was made again with everything so far"

    def retry(self) -> bool:
        """Try the folder again (after the facilitator fixed it); True when everything is saved."""
        self._writer.close()
        self._writer = JournalWriter(self.folder / JOURNAL_NAME, self.durable)
        self._flush()
        return not self._unsaved

    def move_to(self, folder: Path) -> bool:
        """Carry on in another folder: the whole journal so far is written there, then the exports."""
        if self._history is None:
            self.problem = "cannot move: this session did not keep its history"
            return False
        self.catch_up_all()  # what a resume left for later belongs to this folder
        folder = folder_for_move(Path(folder), self.folder)  # never a second workshop in one journal
        writer = JournalWriter(folder / JOURNAL_NAME, self.durable)
        try:
            _write_all(writer, self._history)
            self._write_files(Path(folder))
        except (JournalWriteError, AtomicWriteError, OSError) as exc:
            writer.close()
            self.problem = str(exc)
            return False
        self._writer.close()
        self._writer, self.folder = writer, Path(folder)
        self.checkpoints.stop()
        self._unsaved.clear()
        self.problem = ""
        return True

    def quit_detail(self) -> str:
        """What quitting now keeps, said only after trying to write everything (a flush, and fsync in play)."""
        if not self.recording:
            return ""
        if self._unsaved:
            self._flush()
        if not self._unsaved:
            saved = f"Everything so far is saved. Carry on later with: electric-maze --resume {self.journal_path}"
            return saved + self._debrief_pending()
        n = len(self._unsaved)
        return (
            f"{n} event{'s are' if n != 1 else ' is'} NOT saved ({self.problem or 'the journal cannot be written'}): "
            "quitting now loses them. Escape, then F2 saves everything in another folder"
        )

    def _team_at_debrief(self) -> TeamRun | None:
        """The team whose debrief is on, its play over (None at any other time)."""
        run = self.workshop.current
        return run if run is not None and not self.workshop.finished and run.phase is Phase.DEBRIEF else None

    def _debrief_pending(self) -> str:
        """At a team's debrief its rows are in the CSV files, but its pictures are drawn when Enter leaves the
        debrief: say so, so a session ended here is ended knowingly."""
        run = self._team_at_debrief()
        if run is None:
            return ""
        return f". {run.name}'s figures are in results.csv; its pictures are drawn when Enter leaves this debrief."

    def close(self) -> None:
        """Stop writing; what was left for later is done first, and the time since the last event is journalled
        (a heartbeat), if any passed."""
        self.catch_up_all()
        if self._clock_seen_t > self._journalled_t:
            self._heartbeat()
        self._writer.close()


def _has_bytes(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _write_all(writer: JournalWriter, history: Iterable[Event]) -> None:
    """Every event of the history into the journal, a batch at a time (a lazy history is read as it goes)."""
    events = iter(history)
    while batch := list(islice(events, _COPY_BATCH)):
        writer.append(batch)
