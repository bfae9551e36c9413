"""results.csv and beeps.csv: derived from the journal's events, written atomically."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from maze.core.events import Event, EventType, Phase, effective_events, finished_teams
from maze.core.stats import Lens, TeamStats, ranks
from maze.core.words import YesNo
from maze.io.atomic import write_text_atomic
from maze.io.csv_safe import csv_text as safe_csv_text
from maze.io.rounds_csv import all_round_rows, write_round_rows

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
    "execution_rounds",
    "failures_on_record",
    "minutes_to_route",
    "new_beeps_per_minute",
    "attempts_without_new_info",
    "median_pause_untried_s",
    "median_pause_known_s",
    "own_repeat_beeps",
    "others_repeat_beeps",
    "rank_failures",
    "rank_learning",
    "rank_execution",
]
# For spreadsheets: durations as h:mm:ss beside the seconds, and when the workshop ran (ISO 8601, time zone).
READABLE_DURATIONS = {"discovery_time": "discovery_seconds", "execution_time": "execution_seconds"}
READABLE_DURATIONS |= {"score_time": "score_seconds"}
WHEN_COLUMNS = ["workshop_started", "workshop_finished"]
RESULT_COLUMNS += [*READABLE_DURATIONS, *WHEN_COLUMNS]
BEEP_COLUMNS = ["team", "player", "phase", "seconds", "row", "col", "kind", "turn", "step"]


def _blank_or(value: float | None, digits: int) -> object:
    return "" if value is None else round(value, digits)


def insight_columns(stats: TeamStats) -> dict[str, object]:
    """The insight columns of one team's row (the ranks need every team: see `write_results`)."""
    ins = stats.insights
    return {
        "failures_on_record": ins.failures_on_record,
        "minutes_to_route": _blank_or(ins.minutes_to_route, 2),
        "new_beeps_per_minute": round(ins.new_beeps_per_minute, 2),
        "attempts_without_new_info": ins.attempts_without_new_info,
        "median_pause_untried_s": _blank_or(ins.median_pause_untried, 1),
        "median_pause_known_s": _blank_or(ins.median_pause_known, 1),
        "own_repeat_beeps": ins.own_repeat_beeps,
        "others_repeat_beeps": ins.others_repeat_beeps,
    }


def result_rows(summaries: Sequence[TeamStats]) -> list[dict[str, object]]:
    """One row per team, with each team's rank under the three lenses (1 = first; ties share a rank)."""
    by_lens = {lens: ranks(summaries, lens) for lens in Lens}
    return [
        {
            **result_row(stats),
            **insight_columns(stats),
            "rank_failures": by_lens[Lens.FAILURES][i],
            "rank_learning": by_lens[Lens.LEARNING][i],
            "rank_execution": by_lens[Lens.EXECUTION][i],
        }
        for i, stats in enumerate(summaries)
    ]


def result_row(stats: TeamStats) -> dict[str, object]:
    """The first columns of one team's row: what results.csv has always held."""
    d, e = stats.discovery, stats.execution
    return {
        "team": stats.team,
        "players": "; ".join(stats.players),
        "level": stats.level,
        "variant": stats.variant,
        "found_path": YesNo.of(d.found),
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
        "execution_rounds": e.rounds,
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
                    "turn": turn if e["phase"] == Phase.DISCOVERY else "",
                    "step": e["step"],
                }
            )
    return rows


def csv_text(columns: Sequence[str], rows: Iterable[dict[str, object]]) -> str:
    return safe_csv_text(columns, rows)


def write_results(folder: Path, summaries: Sequence[TeamStats], when: tuple[str, str] = ("", "")) -> Path:
    """results.csv: one row per team; `when` is the workshop's (start, end) as ISO 8601 ("" when not known)."""
    path = Path(folder) / RESULTS_CSV
    write_text_atomic(path, csv_text(RESULT_COLUMNS, (spreadsheet_row(row, when) for row in result_rows(summaries))))
    return path


def spreadsheet_row(row: dict[str, object], when: tuple[str, str] = ("", "")) -> dict[str, object]:
    """The row with readable durations beside its seconds, and the workshop's start and end."""
    readable = {name: clock_text(row[seconds]) for name, seconds in READABLE_DURATIONS.items()}
    return {**row, **readable, **dict(zip(WHEN_COLUMNS, when, strict=True))}


def clock_text(seconds: object) -> str:
    """Seconds as h:mm:ss (what a spreadsheet reads as a duration); empty for no value."""
    if not isinstance(seconds, int | float):
        return ""
    whole = round(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def workshop_times(workshop: object) -> tuple[str, str]:
    """A Workshop's (start, end) wall-clock times, as its journal recorded them."""
    return getattr(workshop, "started_at", ""), getattr(workshop, "finished_at", "")


def write_beeps(folder: Path, rows: Sequence[dict[str, object]]) -> Path:
    """beeps.csv written whole from every finished team's rows: never appended, so a crash and a
    resume can neither duplicate nor drop a row."""
    path = Path(folder) / BEEPS_CSV
    write_text_atomic(path, csv_text(BEEP_COLUMNS, rows))
    return path


def all_beep_rows(events: Iterable[Event]) -> list[dict[str, object]]:
    """The beep rows of every team that has finished, from a whole journal."""
    return [row for team in finished_teams(events) for row in beep_rows(team)]


def rebuild_exports(folder: Path, events: Sequence[Event]) -> None:
    """Write both CSV files afresh from a whole journal (used on resume)."""
    from maze.core.workshop import Workshop

    workshop = Workshop.replay(events)
    write_results(folder, workshop.summaries, workshop_times(workshop))
    write_beeps(folder, all_beep_rows(events))
    write_round_rows(folder, all_round_rows(events))
