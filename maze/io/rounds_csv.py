"""rounds.csv: one row per team per execution round, derived from the journal's events."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from maze.core.events import Event, EventType
from maze.core.rounds import round_results
from maze.io.atomic import write_text_atomic

ROUNDS_CSV = "rounds.csv"
ROUND_COLUMNS = ["team", "round", "predicted_seconds", "actual_seconds", "errors", "walkers", "error_rule"]


def round_rows(team_events: Iterable[Event]) -> list[dict[str, object]]:
    """One row per execution round of one team (undone steps left out)."""
    events = list(team_events)
    team = next((e["name"] for e in events if e["type"] == EventType.TEAM_STARTED), "")
    return [
        {
            "team": team,
            "round": r.round,
            "predicted_seconds": "" if r.predicted is None else round(r.predicted, 1),
            "actual_seconds": round(r.seconds, 1),
            "errors": r.errors,
            "walkers": r.walkers,
            "error_rule": r.error_rule,
        }
        for r in round_results(events)
    ]


def rounds_text(teams: Iterable[Sequence[Event]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=ROUND_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for events in teams:
        writer.writerows(round_rows(events))
    return out.getvalue()


def write_rounds(folder: Path, teams: Iterable[Sequence[Event]]) -> Path:
    """rounds.csv afresh for the finished teams given (each team's events)."""
    path = Path(folder) / ROUNDS_CSV
    write_text_atomic(path, rounds_text(teams))
    return path


def append_rounds(folder: Path, team_events: Sequence[Event]) -> Path:
    """Add one finished team's rounds to rounds.csv: the old rows plus the new, replaced in one step."""
    path = Path(folder) / ROUNDS_CSV
    try:
        old = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        old = ""
    body = rounds_text([team_events])
    if old:
        body = old + body.split("\n", 1)[1]
    write_text_atomic(path, body)
    return path
