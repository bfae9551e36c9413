"""rounds.csv: one row per team per execution round, derived from the journal's events."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from maze.core.events import Event, EventType, finished_teams
from maze.core.rounds import round_results
from maze.io.atomic import write_text_atomic
from maze.io.csv_safe import csv_text

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


def write_round_rows(folder: Path, rows: Sequence[dict[str, object]]) -> Path:
    """rounds.csv written whole: never appended, so a crash and a resume can neither duplicate nor drop a row."""
    path = Path(folder) / ROUNDS_CSV
    write_text_atomic(path, csv_text(ROUND_COLUMNS, rows))
    return path


def all_round_rows(events: Iterable[Event]) -> list[dict[str, object]]:
    """The round rows of every team that has finished, from a whole journal."""
    return [row for team in finished_teams(events) for row in round_rows(team)]
