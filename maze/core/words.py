"""How numbers and names are written for people: one time format, plurals, and player marks.

Pure functions, shared by the screens and the exports' human-readable columns, so that a duration
reads the same on the projector, in a CSV and in the guide.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from enum import StrEnum


class YesNo(StrEnum):
    """A yes/no answer as a CSV column or a form's choice writes it."""

    YES = "yes"
    NO = "no"

    @classmethod
    def of(cls, flag: bool) -> YesNo:
        return cls.YES if flag else cls.NO


def duration(seconds: float | None) -> str:
    """`m:ss` from a minute up, `s.s s` below it: `42.5 s`, `1:42`, `12:05`. None or not finite: an en dash."""
    if seconds is None or not math.isfinite(seconds):
        return "–"
    seconds = max(0.0, seconds)
    if seconds < 59.95:  # what would round to 60.0 s is written as 1:00
        return f"{seconds:.1f} s"
    whole = int(seconds + 0.5)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def shortenings(text: str) -> Iterator[str]:
    """Ever shorter forms of `text` ending in an ellipsis, longest first, never cutting a number in two
    ("Team 12" gives "Team…", never "Team 1…", which would name another team). The last is "…" alone."""
    for end in range(len(text) - 1, 0, -1):
        if text[end - 1].isdigit() and text[end].isdigit():
            continue
        kept = text[:end].rstrip(" ,;:-–(")
        if kept:
            yield kept + "…"
    yield "…"


def figure(n: int, noun: str, plural: str | None = None) -> tuple[str, str]:
    """A (label, figure) line for a list of figures, the noun agreeing with the number: ("beep", "1")."""
    return (noun if n == 1 else (plural or noun + "s")), str(n)


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`1 attempt`, `2 attempts`, `0 beeps`; `plural` for irregular nouns."""
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"


_TRAILING_NUMBER = re.compile(r"(\d{1,2})\s*$")


def player_marks(players: Sequence[str]) -> tuple[str, ...]:
    """A short mark per player for the token on the board, different for every player where it can be.

    Initials when they differ ("Ana", "Ben" -> A, B); the number a name ends with ("Player 1",
    "Player 2" -> 1, 2); the initial and last consonant when initials clash ("Ana", "Anke" -> An, Ak);
    else the player's place in the turn order.
    """
    names = [name.strip() for name in players]
    firsts = tuple((name[:1] or "?").upper() for name in names)
    if len(set(firsts)) == len(firsts):
        return firsts
    numbers = tuple(m.group(1) if (m := _TRAILING_NUMBER.search(name)) else "" for name in names)
    if all(numbers) and len(set(numbers)) == len(numbers):
        return numbers
    pairs = tuple(_two_letters(name) for name in names)
    if len(set(pairs)) == len(pairs):
        return pairs
    return tuple(str(i + 1) for i in range(len(names)))


def _two_letters(name: str) -> str:
    letters = [c for c in name if c.isalnum()]
    if not letters:
        return "?"
    first = letters[0].upper()
    rest = letters[1:]
    consonants = [c for c in rest if c.lower() not in "aeiou"]
    later = (consonants or rest or [""])[-1]  # the last consonant tells "Ana" (An) from "Anke" (Ak)
    return first + later.lower()
