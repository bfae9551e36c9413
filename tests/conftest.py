"""Shared by every test: a seed for tests that use randomness, printed and recorded so a failure replays."""

from __future__ import annotations

import os
import random

import pytest

SEED_VARIABLE = "MAZE_TEST_SEED"


def chosen_seed() -> int:
    """MAZE_TEST_SEED if it is set (to replay a failure), else a fresh random seed."""
    chosen = os.environ.get(SEED_VARIABLE, "").strip()
    if chosen:
        if not chosen.isdigit():
            raise pytest.UsageError(f"{SEED_VARIABLE} must be a whole number, not {chosen!r}")
        return int(chosen)
    return random.SystemRandom().randrange(1_000_000)


@pytest.fixture
def seed(request: pytest.FixtureRequest, record_property) -> int:  # noqa: ANN001 - pytest's recorder
    """A random seed for this test. It is printed (pytest shows it with a failure) and recorded in the JUnit
    report; `MAZE_TEST_SEED=N pytest 'NODE ID'` replays the run that printed N."""
    value = chosen_seed()
    print(f"seed {value}: {SEED_VARIABLE}={value} python -m pytest '{request.node.nodeid}' replays it")
    record_property("seed", value)
    return value
