"""Session time for commands: advances with a time source, but never by more than a cap per frame.

A laptop that sleeps and wakes, or a clock that jumps, must not add minutes to a team's time:
each `tick()` adds at most `max_step` seconds, whatever the source says.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class GameClock:
    def __init__(self, start: float = 0.0, source: Callable[[], float] = time.monotonic, max_step: float = 0.5) -> None:
        self._source = source
        self._last = source()
        self.now = start
        self.max_step = max_step

    def tick(self) -> float:
        """Advance to the source's time (capped); returns the seconds added."""
        current = self._source()
        step = min(max(current - self._last, 0.0), self.max_step)
        self._last = current
        self.now += step
        return step
