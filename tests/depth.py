"""Property tests in two depths: a representative number of examples in the default suite, many more in the deep
one (`pytest -m slow`, which `.ci/run` runs too)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings


def depths(fast: int, deep: int) -> list[Any]:
    """Parameters for `examples`: `fast` in the default suite, `deep` only under -m slow."""
    return [
        pytest.param(fast, id=f"{fast}-examples"),
        pytest.param(deep, id=f"{deep}-examples", marks=pytest.mark.slow),
    ]


def run_property(examples: int, check: Callable[..., None], *strategies: Any, **strategy_kwargs: Any) -> None:
    """Run `check` as a Hypothesis test over `examples` generated cases (no deadline: shared machines are slow);
    a failure is shrunk and printed with its falsifying example, as under @given."""
    test = given(*strategies, **strategy_kwargs)(check)
    settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])(test)()
