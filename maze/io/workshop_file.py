"""Workshop files: a workshop prepared ahead (level, teams, rule changes). A `--team` argument is read by
maze.core.team_spec (`parse_team_arg`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from maze.core.level import Level, Rules, route_problem
from maze.core.records import record
from maze.core.roster import duplicate_team_name, teams_problem
from maze.core.team_spec import TeamSpec, players_from
from maze.io.level_file import LevelError, load_level
from maze.io.text_file import MAX_TEXT_BYTES, FileFault, FileProblems, read_text, where
from maze.resources import LEVELS_DIR

SCHEMA = "workshop.schema.json"


class WorkshopFileError(FileProblems):
    """A workshop file that cannot be used."""


@record(frozen=True)
class WorkshopPlan:
    teams: tuple[TeamSpec, ...]
    level: Level | None = None
    rule_changes: dict[str, Any] | None = None
    strategy_minutes: float = 3
    mazes: str = "same"
    name: str = ""
    team_levels: tuple[Level | None, ...] = ()  # tournament: each team's maze
    team_rules: tuple[dict[str, Any] | None, ...] = ()  # tournament: each team's own rule changes

    def level_with_rules(self, level: Level) -> Level:
        if not self.rule_changes:
            return level
        merged = {**level.rules.to_dict(), **self.rule_changes}
        return replace(level, rules=Rules.from_dict(merged))


def find_level(reference: str, relative_to: Path) -> Path:
    """A level named in a workshop file: a path next to the file, or a bundled level's name."""
    candidates = [relative_to / reference, LEVELS_DIR / reference, LEVELS_DIR / f"{reference}.yaml"]
    return next((c for c in candidates if c.is_file()), candidates[0])


def load_workshop(path: Path) -> WorkshopPlan:
    path = Path(path)
    try:
        text = read_text(path, MAX_TEXT_BYTES, "workshop file")
    except FileFault as fault:
        raise WorkshopFileError([str(fault)]) from None
    from maze.io.schema_check import checked_document  # the YAML reader: only for a workshop file

    doc = checked_document(text, SCHEMA, path, "a workshop file needs `teams:`", WorkshopFileError)
    data = doc.data
    teams = tuple(TeamSpec(t["name"].strip(), players_from(t["players"])) for t in data["teams"])
    twice = duplicate_team_name(t.name for t in teams)
    if twice is not None:
        i, name = twice
        raise WorkshopFileError(
            [
                f"{where(path, doc.line_of(('teams', i, 'name')))}: two teams are called '{name}'; "
                "give each team its own name"
            ]
        )
    problem = teams_problem(teams)
    if problem:
        raise WorkshopFileError([f"{where(path, doc.line_of(('teams',)))}: {problem}"])

    def level_at(reference: str, where_in_file: tuple[str | int, ...]) -> Level:
        try:
            return load_level(find_level(reference, path.parent)).level
        except LevelError as exc:
            line = doc.line_of(where_in_file)
            raise WorkshopFileError([f"{where(path, line)}: the level cannot be used: {exc.problems[0]}"]) from None

    level = level_at(data["level"], ("level",)) if "level" in data else None
    team_levels = tuple(
        level_at(t["level"], ("teams", i, "level")) if "level" in t else None for i, t in enumerate(data["teams"])
    )
    rule_changes = data.get("rules")
    for i, team_level in enumerate((level, *team_levels)):
        if team_level is None:
            continue
        changes = {**(rule_changes or {}), **((data["teams"][i - 1].get("rules") or {}) if i else {})}
        merged = replace(team_level, rules=Rules.from_dict({**team_level.rules.to_dict(), **changes}))
        problem = route_problem(merged)
        if problem:
            at = ("teams", i - 1, "rules") if i and data["teams"][i - 1].get("rules") else ("rules",)
            line = doc.line_of(at) if rule_changes or i else doc.line_of(("level",))
            raise WorkshopFileError([f"{where(path, line)}: with these rules {problem}; change the rules or the maze"])
    return WorkshopPlan(
        teams=teams,
        level=level,
        rule_changes=data.get("rules"),
        strategy_minutes=data.get("strategy_minutes", 3),
        mazes=data.get("mazes", "same"),
        name=data.get("name", ""),
        team_levels=team_levels,
        team_rules=tuple(t.get("rules") for t in data["teams"]),
    )
