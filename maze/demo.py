"""Demo mode: simulated teams, the command line's choices for them, and the headless demo on a simulated clock.

Nothing here imports the window: the demo in the window is `maze.ui.start.demo`, which feeds the same
simulated players' commands into the app as keys feed a person's."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from itertools import islice
from pathlib import Path

from maze.core.commands import IllegalCommand, StartWorkshop, TeamPlan, TeamSpec, Tick
from maze.core.level import Level
from maze.core.records import record
from maze.core.simulate import Simulator
from maze.core.styles import STYLES, TeamStyle, parse_styles, with_memories
from maze.core.words import count
from maze.core.workshop import Workshop
from maze.io.journal import JournalError
from maze.io.level_file import LevelError, load_level
from maze.io.recorder import Recorder, TeamEndHook
from maze.io.results_folder import new_workshop_folder, usable_results_dir
from maze.io.resume import Loaded, load_workshop
from maze.io.resume_recorder import resume_recorder
from maze.resources import LEVELS_DIR, default_results_dir

NAMES = ["Ana", "Ben", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ida", "Jo", "Kai", "Lu"]
DEFAULT_MEMORIES = [0.9, 0.3]  # a team that shares what it learns, and one that forgets
DEFAULT_TEAMS = 3


def demo_teams(count: int, players: int, styles: list[str] | None = None) -> tuple[TeamSpec, ...]:
    """Teams named Team 1, Team 2, ... or after their styles (Bold, Cautious, Bold 2, ...), of named players;
    past the dozen names a number keeps every name in a team its own."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for i in range(count):
        base = styles[i % len(styles)].title() if styles else f"Team {i + 1}"
        seen[base] = seen.get(base, 0) + 1
        names.append(base if seen[base] == 1 else f"{base} {seen[base]}")

    def player(i: int, n: int) -> str:
        base = NAMES[(i * players + n) % len(NAMES)]
        return base if players <= len(NAMES) else f"{base} {n // len(NAMES) + 1}"

    return tuple(TeamSpec(name, tuple(player(i, n) for n in range(players))) for i, name in enumerate(names))


def parse_memories(text: str | None) -> list[float]:
    if not text:
        return list(DEFAULT_MEMORIES)
    values = [float(part) for part in text.split(",")]
    if not all(0 <= v <= 1 for v in values):
        raise ValueError("memories are numbers from 0 (forgets) to 1 (shares everything)")
    return values


def start_events(
    level: Level,
    teams: int,
    players: int,
    seed: int,
    memories: list[float],
    strategy_seconds: float = 120,
    styles: list[str] | None = None,
) -> StartWorkshop:
    specs = demo_teams(teams, players, styles)
    settings: dict[str, object] = {"seed": seed, "memories": memories}
    if styles:
        settings["styles"] = styles
    return StartWorkshop(0.0, specs, tuple(TeamPlan(level) for _ in specs), strategy_seconds, about={"demo": settings})


def demo_simulator(seed: int, memory_text: str | None, style_text: str | None) -> Simulator:
    """The simulated teams from `--memory` and `--styles` (a style's memory gives way to `--memory`)."""
    styles = parse_styles(style_text)
    if not styles:
        return Simulator(seed, parse_memories(memory_text))
    styles = with_memories(styles, parse_memories(memory_text) if memory_text else [])
    return Simulator(seed, [s.memory for s in styles], styles)


def resumed_simulator(settings: dict) -> Simulator:
    """The simulator a demo journal's settings describe (older journals have no styles)."""
    names = [n for n in settings.get("styles", []) if n in STYLES]
    styles: list[TeamStyle] = with_memories([STYLES[n] for n in names], settings["memories"]) if names else []
    return Simulator(settings["seed"], settings["memories"], styles or None)


def style_names(simulator: Simulator) -> list[str] | None:
    return [s.name for s in simulator.styles] or None


def run_headless(recorder: Recorder, simulator: Simulator, stop_after: int | None = None) -> int:
    """Play until the workshop is over (or `stop_after` commands, for tests); returns commands given."""
    workshop = recorder.workshop
    now = workshop.last_t
    given = 0
    while not workshop.finished and (stop_after is None or given < stop_after):
        delay, command = simulator.decide(workshop)
        now = round(now + delay, 4)  # as journalled: a resumed run continues from exactly the same time
        simulator.observe(recorder.issue(Tick(now)))
        if workshop.current is not None and workshop.current.time_up:
            delay, command = simulator.decide(workshop)
        try:
            simulator.observe(recorder.issue(replace(command, t=now)))
        except IllegalCommand as exc:  # a simulated player never breaks the rules; if one does, say so
            raise RuntimeError(f"the simulation gave an illegal command: {exc}") from None
        given += 1
    return given


class DemoError(Exception):
    """The demo cannot start: one line (or a level's lines) saying why."""


@record(frozen=True)
class DemoStart:
    """What `electric-maze demo` plays: the level, the simulated teams and, with --resume, the stopped demo."""

    level: Level
    simulator: Simulator
    loaded: Loaded | None = None


def prepare_demo(args: argparse.Namespace) -> DemoStart:
    """The demo's level and simulated teams from the command line (`args.teams` defaults to one per style);
    with --resume, the stopped demo's journal, read and checked. Raises DemoError."""
    try:
        simulator = demo_simulator(args.seed, args.memory, getattr(args, "styles", None))
        level = load_level(args.level or LEVELS_DIR / "classic.yaml").level
    except (ValueError, LevelError) as exc:
        problems = exc.problems if isinstance(exc, LevelError) else [f"electric-maze demo: {exc}"]
        raise DemoError("\n".join(problems)) from None
    if args.teams is None:
        args.teams = len(simulator.styles) or DEFAULT_TEAMS
    if not args.resume:
        return DemoStart(level, simulator)
    try:
        loaded = load_workshop(Path(args.resume))
    except JournalError as exc:
        raise DemoError(str(exc)) from None
    settings = loaded.workshop.about.get("demo")
    if not isinstance(settings, dict) or not _demo_settings_ok(settings):
        raise DemoError(f"{args.resume}: not a demo workshop; resume it with: electric-maze --resume {args.resume}")
    simulator = resumed_simulator(settings)
    events = iter(loaded.events)  # read again as it goes: the journal is never held whole
    while batch := list(islice(events, 10_000)):
        simulator.observe(batch)
    for notice in loaded.notices:
        print(f"electric-maze: {args.resume}: {notice}", file=sys.stderr)
    return DemoStart(level, simulator, loaded)


def demo_headless(args: argparse.Namespace, pictures: TeamEndHook | None = None) -> int:
    """`electric-maze demo --headless`: the whole workshop on a simulated clock, as fast as the machine allows;
    `pictures` (a team-end hook) draws each team's debrief pictures."""
    try:
        start = prepare_demo(args)
    except DemoError as exc:
        print(exc, file=sys.stderr)
        return 2
    level, simulator, loaded = start.level, start.simulator, start.loaded
    if loaded is not None:
        workshop = loaded.workshop
        folder = Path(args.resume).parent
        recorder = resume_recorder(loaded, Path(args.resume), durable=False, keep_history=False, write_exports=False)
    else:
        workshop = Workshop()
        results_dir, notice = usable_results_dir(Path(args.results_dir or default_results_dir()))
        if notice:
            print(notice, file=sys.stderr)
        folder = new_workshop_folder(results_dir, f"demo-{level.name}")
        recorder = Recorder(workshop, folder, durable=False)
    if pictures is not None:
        recorder.on_team_end.append(pictures)
    if loaded is not None:
        recorder.rebuild()  # derived files made afresh: a crash can neither duplicate nor drop a row
    if not workshop.started:
        first = start_events(
            level, args.teams, args.players, args.seed, simulator.memories, styles=style_names(simulator)
        )
        simulator.observe(recorder.issue(first))
    run_headless(recorder, simulator)
    recorder.close()
    print(f"electric-maze: demo of {count(len(workshop.teams), 'team')} finished; results in {folder}", file=sys.stderr)
    if recorder.problem:
        print(f"electric-maze: {recorder.problem}", file=sys.stderr)
        return 1
    return 0


def _demo_settings_ok(settings: dict) -> bool:
    memories = settings.get("memories")
    return (
        type(settings.get("seed")) is int
        and isinstance(memories, list)
        and bool(memories)
        and all(type(m) in (int, float) and 0 <= m <= 1 for m in memories)
    )
