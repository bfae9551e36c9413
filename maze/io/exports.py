"""results.csv and beeps.csv: derived from the journal's events, written atomically."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from maze.core.events import Event, EventType, effective_events
from maze.core.stats import TeamStats
from maze.io.atomic import write_text_atomic
from maze.io.csv_safe import csv_text as safe_csv_text

RESULTS_CSV = "results.csv"
BEEPS_CSV = "beeps.csv"

RESULT_COLUMNS = [
    "team",
    "players",
    "level",
    "variant",
    "found_path",
    "discovery_seconds",
    "turns",
    "steps",
    "beeps",
    "new_beeps",
    "repeat_beeps",
    "share_new",
    "penalty_seconds",
    "predicted_seconds",
    "execution_seconds",
    "execution_errors",
    "score_seconds",
]
BEEP_COLUMNS = ["team", "player", "phase", "seconds", "row", "col", "kind", "turn", "step"]


def result_row(stats: TeamStats) -> dict[str, object]:
    d, e = stats.discovery, stats.execution
    return {
        "team": stats.team,
        "players": "; ".join(stats.players),
        "level": stats.level,
        "variant": stats.variant,
        "found_path": "yes" if d.found else "no",
        "discovery_seconds": round(d.seconds, 1),
        "turns": d.turns,
        "steps": d.steps,
        "beeps": d.beeps,
        "new_beeps": d.new_beeps,
        "repeat_beeps": d.repeat_beeps,
        "share_new": round(d.share_new, 3),
        "penalty_seconds": round(stats.penalty_seconds, 1),
        "predicted_seconds": "" if e.predicted is None else round(e.predicted, 1),
        "execution_seconds": round(e.seconds, 1),
        "execution_errors": e.errors,
        "score_seconds": round(stats.score_seconds, 1),
    }


def beep_rows(team_events: Iterable[Event]) -> list[dict[str, object]]:
    """One row per beep of one team (undone beeps left out); players named, squares 1-based."""
    rows = []
    names: list[str] = []
    team = ""
    turn = 1
    for e in effective_events(team_events):
        if e["type"] == EventType.TEAM_STARTED:
            names, team = list(e["players"]), e["name"]
        elif e["type"] == EventType.TURN_PASSED:
            turn = e["turn"]
        elif e["type"] == EventType.BEEP:
            rows.append(
                {
                    "team": team,
                    "player": names[e["player"]],
                    "phase": e["phase"],
                    "seconds": round(e["elapsed"], 2),
                    "row": e["row"] + 1,
                    "col": e["col"] + 1,
                    "kind": e["kind"],
                    "turn": turn if e["phase"] == "discovery" else "",
                    "step": e["step"],
                }
            )
    return rows


def csv_text(columns: Sequence[str], rows: Iterable[dict[str, object]]) -> str:
    return safe_csv_text(columns, rows)


def write_results(folder: Path, summaries: Sequence[TeamStats]) -> Path:
    path = Path(folder) / RESULTS_CSV
    write_text_atomic(path, csv_text(RESULT_COLUMNS, (result_row(s) for s in summaries)))
    return path


def write_beeps(folder: Path, rows: Sequence[dict[str, object]]) -> Path:
    """beeps.csv written whole from every finished team's rows: never appended, so a crash and a
    resume can neither duplicate nor drop a row."""
    path = Path(folder) / BEEPS_CSV
    write_text_atomic(path, csv_text(BEEP_COLUMNS, rows))
    return path


def all_beep_rows(events: Iterable[Event]) -> list[dict[str, object]]:
    """The beep rows of every team that has finished, from a whole journal."""
    by_team: dict[int, list[Event]] = {}
    finished: set[int] = set()
    for e in events:
        if "team" in e and e["type"] != EventType.WORKSHOP_STARTED:
            by_team.setdefault(e["team"], []).append(e)
            if e["type"] == EventType.TEAM_FINISHED:
                finished.add(e["team"])
    return [row for team in sorted(finished) for row in beep_rows(by_team[team])]


def rebuild_exports(folder: Path, events: Sequence[Event]) -> None:
    """Write both CSV files afresh from a whole journal (used on resume)."""
    from maze.core.workshop import Workshop

    workshop = Workshop.replay(events)
    write_results(folder, workshop.summaries)
    write_beeps(folder, all_beep_rows(events))
