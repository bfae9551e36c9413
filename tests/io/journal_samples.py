"""A real journal to cut and damage: two simulated teams playing the practice field to the end."""

from __future__ import annotations

import json
from functools import cache

from maze.core.commands import Tick
from maze.core.events import Event
from maze.core.simulate import Simulator
from maze.core.workshop import Workshop
from maze.demo import start_events
from maze.io.level_file import load_level
from maze.resources import LEVELS_DIR


@cache
def demo_events(teams: int = 2, seed: int = 3) -> tuple[Event, ...]:
    level = load_level(LEVELS_DIR / "practice-field.yaml").level
    simulator = Simulator(seed, [0.9, 0.3])
    workshop = Workshop()
    events = workshop.handle(start_events(level, teams, 2, seed, [0.9, 0.3]))
    simulator.observe(events)
    now = 0.0
    while not workshop.finished:
        delay, command = simulator.decide(workshop)
        now = round(now + delay, 4)
        ticked = workshop.handle(Tick(now))
        simulator.observe(ticked)
        events += ticked
        if workshop.current is not None and workshop.current.time_up:
            delay, command = simulator.decide(workshop)
        done = workshop.handle(type(command)(**{**command.__dict__, "t": now}))
        simulator.observe(done)
        events += done
    return tuple(events)


def journal_bytes(events: tuple[Event, ...] | list[Event]) -> bytes:
    return b"".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")).encode() + b"\n" for e in events)


def command_boundaries(events: tuple[Event, ...] | list[Event]) -> set[int]:
    """The counts k such that events[:k] ends between two commands."""
    return {k for k in range(1, len(events) + 1) if k == len(events) or events[k]["cmd"] != events[k - 1]["cmd"]}
