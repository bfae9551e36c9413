"""Which journal `--resume` with no argument carries on: the workshop that was played last.

"Last" is the workshop's own time, not the file's: the start written in its folder's name
(`2026-11-22_093015-...`) plus the session time of its last event. (A file's time changes when it is
copied or backed up.) When several workshops are unfinished, the choice is the facilitator's: they are
listed, newest first, with the command for each.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from pathlib import Path
from typing import Any

from maze.core.records import record
from maze.io.journal import JOURNAL_NAME, MAX_JOURNAL_BYTES, JournalError

_STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2}_\d{6})")
_TAIL_BYTES = 256 * 1024


@record(frozen=True)
class Candidate:
    path: Path
    last_time: float  # seconds since the epoch: when the workshop's last event happened
    finished: bool
    where: str  # "team 2 of 4" or "finished"


def choose_journal(results_dir: Path) -> Path | None:
    """The journal to resume; None when there is none. Raises JournalError (listing the choices, one a
    line) when more than one workshop is unfinished."""
    candidates = workshop_candidates(results_dir)
    if not candidates:
        return None
    unfinished = [c for c in candidates if not c.finished]
    if len(unfinished) > 1:
        lines = [f"electric-maze: {len(unfinished)} workshops are unfinished; name the one to carry on:"]
        for c in unfinished:
            stamp = _dt.datetime.fromtimestamp(c.last_time).strftime("%Y-%m-%d %H:%M")
            lines.append(f"  electric-maze --resume {c.path}    (last played {stamp}, {c.where})")
        raise JournalError("\n".join(lines))
    return (unfinished or candidates)[0].path


def workshop_candidates(results_dir: Path) -> list[Candidate]:
    """Every readable workshop journal under `results_dir`, the latest played first."""
    try:
        paths = [p for p in Path(results_dir).glob(f"*/{JOURNAL_NAME}") if p.is_file()]
    except OSError:
        return []
    found = [c for c in (_candidate(p) for p in paths) if c is not None]
    return sorted(found, key=lambda c: c.last_time, reverse=True)


def _candidate(path: Path) -> Candidate | None:
    try:
        info = path.stat()
        if info.st_size > MAX_JOURNAL_BYTES:
            return None
        with open(path, "rb") as handle:
            first = handle.readline(1024 * 1024)
            handle.seek(max(0, info.st_size - _TAIL_BYTES))
            tail = handle.read()
    except OSError:
        return None
    start = _event(first.lstrip(b"\xef\xbb\xbf"))
    if start is None or start.get("type") != "workshop_started":
        return None
    last = next((e for e in map(_event, reversed(tail.splitlines())) if e is not None and "seq" in e), start)
    began = _folder_time(path.parent)
    when = (began + float(last["t"])) if began is not None else info.st_mtime
    teams = start["teams"] if isinstance(start.get("teams"), list) else []
    finished = last.get("type") == "workshop_finished"
    team = last.get("team", 0) if isinstance(last.get("team"), int) else 0
    where = "finished" if finished else f"team {team + 1} of {len(teams)}"
    return Candidate(path, when, finished, where)


def _event(line: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if isinstance(value, dict) and isinstance(value.get("t"), (int, float)) and not isinstance(value["t"], bool):
        return value
    return None


def _folder_time(folder: Path) -> float | None:
    match = _STAMP.match(folder.name)
    if not match:
        return None
    try:
        return _dt.datetime.strptime(match.group(1), "%Y-%m-%d_%H%M%S").timestamp()
    except (ValueError, OverflowError, OSError):
        return None
