"""Loading many small records at once without Python's cycle collector getting in the way.

Events are plain dicts and lists that never refer back to each other, so there are no cycles to
collect; yet while a journal of 100,000 of them is read and folded, the collector would re-scan
every record kept so far, again and again. It is paused for the duration and restored after.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
