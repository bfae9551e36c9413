"""Generated workshop files that the schema and rules accept are playable: each is loaded as `--workshop`
loads it and played headless to the end by simulated teams.

The strategy builds valid files by construction (a bundled maze, rule changes and counts drawn from their
allowed ranges, team and player names of any printable text, team names that differ), so nearly every
example reaches the deep paths: the file reader, fair mazes for every team, a whole workshop and its exports.
"""

from __future__ import annotations

import math
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maze.core.commands import StartWorkshop, TeamPlan
from maze.core.limits import TEAM_NAME_LENGTH
from maze.core.roster import duplicate_team_name
from maze.core.simulate import Simulator
from maze.core.variants import MazeMode, team_mazes
from maze.core.workshop import Workshop
from maze.demo import run_headless
from maze.io.csv_safe import csv_text
from maze.io.exports import RESULT_COLUMNS, result_rows
from maze.io.recorder import Recorder
from maze.io.workshop_file import load_workshop
from maze.resources import bundled_levels

printable = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))
names = st.text(printable, min_size=1, max_size=TEAM_NAME_LENGTH).filter(lambda s: s.strip() != "")
BUNDLED = [path.stem for path in bundled_levels() if path.stem in ("classic", "carpet-6x8", "practice-field")]


class QuotedTextDumper(yaml.SafeDumper):
    """Text values in quotes, as a careful author writes "Y" or "010" (YAML 1.1 and 1.2 read them apart)."""


QuotedTextDumper.add_representer(
    str, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
)


@st.composite
def workshop_files(draw: st.DrawFn) -> dict:
    team_names = draw(st.lists(names, min_size=1, max_size=3).filter(lambda ns: duplicate_team_name(ns) is None))
    teams = [
        {"name": name, "players": draw(st.one_of(st.integers(1, 5), st.lists(names, min_size=1, max_size=4)))}
        for name in team_names
    ]
    # (no `diagonal: false`: the bundled carpets need diagonal steps, and a file that takes a maze's only route
    # away is refused by the reader; tests/io/test_workshop_limits.py checks that refusal)
    rules = draw(
        st.fixed_dictionaries(
            {},
            optional={
                "discovery_minutes": st.sampled_from([1, 2, 5]),
                "talk_penalty_seconds": st.integers(0, 120),
                "repeat_penalty_seconds": st.integers(0, 60),
                "execution_error_seconds": st.integers(0, 60),
                "execution_rounds": st.integers(1, 3),
                "execution_walkers": st.sampled_from(["one", "snake"]),
                "execution_error": st.sampled_from(["penalty", "back_to_start"]),
                "retrace": st.sampled_from(["auto", "manual"]),
            },
        )
    )
    data = {
        "name": draw(names),
        "level": draw(st.sampled_from(BUNDLED)),
        "mazes": draw(st.sampled_from(["same", "mirrored", "generated"])),
        "strategy_minutes": draw(st.integers(0, 10)),
        "teams": teams,
    }
    if rules:
        data["rules"] = rules
    return data


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(workshop_files(), st.integers(0, 99))
def test_every_generated_valid_workshop_file_plays_to_the_end(tmp_path_factory, data: dict, seed: int) -> None:
    path = Path(tmp_path_factory.mktemp("w")) / "workshop.yaml"
    path.write_text(yaml.dump(data, Dumper=QuotedTextDumper, allow_unicode=True, sort_keys=False), encoding="utf-8")
    plan = load_workshop(path)  # valid by construction: a WorkshopFileError here is a failure
    assert plan.level is not None and len(plan.teams) == len(data["teams"])
    level = plan.level_with_rules(plan.level)
    mazes = team_mazes(level, len(plan.teams), MazeMode(plan.mazes), seed)
    start = StartWorkshop(0.0, plan.teams, tuple(TeamPlan(m, v) for m, v in mazes), plan.strategy_minutes * 60)
    simulator = Simulator(seed, [0.9, 0.3])
    recorder = Recorder(Workshop(), None)
    simulator.observe(recorder.issue(start))
    run_headless(recorder, simulator, stop_after=20_000)
    workshop = recorder.workshop
    assert workshop.finished and len(workshop.summaries) == len(plan.teams)
    assert all(math.isfinite(s.score_seconds) and s.score_seconds >= 0 for s in workshop.summaries)
    assert csv_text(RESULT_COLUMNS, result_rows(workshop.summaries)).count("\r\n") == len(plan.teams) + 1
