"""The recorder's side of resume checkpoints: at a team's end, the journal's new lines are read back and, when
they are exactly the events recorded, the workshop as it stands is written as the checkpoint of those bytes.

Reading back (a team's lines, a few milliseconds) is what makes the checkpoint the fold of the file and not
only of what the recorder meant to write: a failed or repeated write, a line damaged or a journal changed
under us stops checkpoints for the session (the journal is folded whole next time, as before).
"""

from __future__ import annotations

from pathlib import Path

from maze.core.events import Event, EventType
from maze.core.workshop import Workshop
from maze.io import checkpoint as checkpoints
from maze.io.checkpoint import Checkpoint, write_checkpoint
from maze.io.journal import JournalError
from maze.io.journal_tail import CheckpointMismatch, JournalBase, TailReader
from maze.io.resume import level_retrace, needs_a_follower


class Checkpointer:
    """`base`: the journal as last read back (None: no checkpoints in this session); `retrace`: the rule of
    the latest team_started before it."""

    def __init__(self, journal: Path, base: JournalBase | None, retrace: str) -> None:
        self.journal = Path(journal)
        self.base = base
        self.retrace = retrace
        self.since: list[Event] = []  # the events recorded after `base`
        self.written = 0  # checkpoints written in this session

    def recorded(self, events: list[Event]) -> None:
        if self.base is None:
            return
        self.since.extend(events)
        for event in events:
            if event["type"] == EventType.TEAM_STARTED:
                self.retrace = level_retrace(event)

    def stop(self) -> None:
        self.base, self.since = None, []

    def team_ended(self, workshop: Workshop, beeps: list[dict[str, object]], rounds: list[dict[str, object]]) -> None:
        """After a team's end is journalled and exported: read the new lines back, then (for a long journal)
        write the checkpoint. Never raises: a checkpoint is only ever a shortcut."""
        if self.base is None or not self.since:
            return
        reader = TailReader(self.journal, self.base)
        try:
            read = list(reader)
        except (CheckpointMismatch, JournalError, OSError):
            self.stop()
            return
        if reader.torn or read != self.since:
            self.stop()
            return
        self.base, self.since = reader.base(), []
        base, last = self.base, read[-1]
        if base.events < checkpoints.CHECKPOINT_FROM_EVENTS or needs_a_follower(last, self.retrace):
            return
        state = Checkpoint(
            base.offset,
            base.digest,
            base.lines,
            base.events,
            base.last_seq,
            base.skipped,
            base.heartbeat,
            workshop,
            beeps,
            rounds,
            last,
            self.retrace,
        )
        self.written += write_checkpoint(self.journal, state)
