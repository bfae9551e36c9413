"""Carrying on a workshop from its journal: the journal made whole again, then the exports rebuilt."""

from __future__ import annotations

from pathlib import Path

from maze.io.recorder import Recorder
from maze.io.resume import Loaded, cut_journal_after


def resume_recorder(loaded: Loaded, journal: Path, durable: bool, keep_history: bool) -> Recorder:
    """A recorder that carries on in the journal's folder. A command cut by a crash is taken off the end
    of the journal (and the start of a workshop completed), then results.csv, beeps.csv and the pictures
    are rebuilt from the journal, so a crash can neither duplicate nor drop a row. Problems writing go to
    `recorder.problem`; play goes on."""
    folder = Path(journal).parent
    history = list(loaded.events) if keep_history else None
    recorder = Recorder(loaded.workshop, folder, durable=durable, history=history)
    problems = []
    if loaded.cut_command:
        try:
            cut_journal_after(journal, loaded.events[: len(loaded.events) - len(loaded.to_append)])
        except OSError as exc:
            problems.append(f"cannot tidy the end of {journal}: {exc.strerror or exc}")
    if loaded.to_append:
        recorder.record_again(loaded.to_append)
    recorder.rebuild(loaded.events)
    recorder.problem = "; ".join(p for p in [*problems, recorder.problem] if p)
    return recorder
