"""Every event of a resumed workshop, without holding a long journal's events in memory."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from maze.core.events import Event
from maze.io.journal import JournalError, JournalReader


class JournalHistory:
    """Every event of a resumed workshop: the journal's first `count` events, read again from the file only
    when needed (a move to another folder, the demo's simulator), then the events recorded since, kept in memory.
    `held`: those first events when a short journal kept them (then the file is not read again).
    """

    def __init__(self, path: Path, count: int, held: list[Event] | None = None) -> None:
        self.path = Path(path)
        self.count = count
        self.held = held if held is not None and len(held) == count else None
        self.since: list[Event] = []

    def first(self, count: int) -> JournalHistory:
        """A history of only the first `count` events the journal file holds (none since)."""
        count = min(count, self.count)
        return JournalHistory(self.path, count, None if self.held is None else self.held[:count])

    def extend(self, events: Iterable[Event]) -> None:
        self.since.extend(events)

    def __len__(self) -> int:
        return self.count + len(self.since)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self) -> Iterator[Event]:
        """Raises OSError when the journal can no longer be read."""
        if self.held is not None:
            yield from self.held
        elif self.count:
            try:
                yield from islice(JournalReader(self.path), self.count)
            except JournalError as exc:
                raise OSError(f"the events from before the resume are gone with {self.path} ({exc})") from None
        yield from self.since

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, JournalHistory | list):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list
