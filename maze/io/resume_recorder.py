"""Carrying on a workshop from its journal: the journal made whole again, then the exports rebuilt."""

from __future__ import annotations

from pathlib import Path

from maze.io.checkpointer import Checkpointer
from maze.io.recorder import Recorder
from maze.io.resume import Loaded, cut_journal_after


def resume_recorder(
    loaded: Loaded, journal: Path, durable: bool, keep_history: bool, write_exports: bool = True
) -> Recorder:
    """A recorder that carries on in the journal's folder. A command cut by a crash is taken off the end
    of the journal (and the start of a workshop completed), then results.csv, beeps.csv and the pictures
    are rebuilt from what the resume folded, so a crash can neither duplicate nor drop a row. The history
    a move to another folder needs is read again from the journal only then. Problems writing go to
    `recorder.problem`; play goes on. `write_exports=False` only hands the rows over: the caller attaches
    its hooks (pictures) first, then calls `recorder.rebuild()`, so the files are written once."""
    folder = Path(journal).parent
    history = loaded.events.first(loaded.in_file) if keep_history else None
    recorder = Recorder(loaded.workshop, folder, durable=durable, history=history)
    recorder.checkpoints = Checkpointer(journal, loaded.journal_base(), loaded.retrace)  # before the file changes
    problems = []
    if loaded.cut_command and loaded.last_kept is not None:
        try:
            cut_journal_after(journal, loaded.last_kept)
        except OSError as exc:
            problems.append(f"cannot tidy the end of {journal}: {exc.strerror or exc}")
    if loaded.to_append:
        recorder.record_again(loaded.to_append)
    recorder.keep_rows(loaded.beep_rows, loaded.round_rows)
    if write_exports:
        recorder.rebuild()
    recorder.problem = "; ".join(p for p in [*problems, recorder.problem] if p)
    return recorder
