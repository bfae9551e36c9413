"""A frame as a list of drawing operations, and what changed between two frames.

The painter records each operation (what it draws, with everything its pixels depend on, and the box it can
touch) instead of drawing at once. Comparing a frame's list with the last one's gives the boxes whose pixels
changed; those boxes alone are repainted (every operation clipped to them, in order) and presented. Pixels
outside them are left as they are: every operation that touches them is the same, in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

import pygame

from maze.core.records import record

Box = tuple[int, int, int, int]
MERGE_SLACK = 8  # pixels: boxes this close are presented as one


@record(frozen=True)
class Op:
    """One drawing operation: `key` says everything its pixels depend on (so equal keys draw equal pixels),
    `box` is the most it can touch, `run` draws it on a surface."""

    key: Hashable
    box: Box
    run: Callable[[pygame.Surface], object]


def changed_boxes(before: Sequence[Op], after: Sequence[Op]) -> list[Box]:
    """The boxes of every operation that is not in both frames, in the same order (old and new places)."""
    from difflib import SequenceMatcher  # needed from the second frame on: not worth its import before the first

    matcher = SequenceMatcher(None, [op.key for op in before], [op.key for op in after], autojunk=False)
    boxes: list[Box] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            boxes += [op.box for op in before[i1:i2]] + [op.box for op in after[j1:j2]]
    return [b for b in boxes if b[2] > 0 and b[3] > 0]


def merge(boxes: list[Box], slack: int = MERGE_SLACK) -> list[Box]:
    """Overlapping (or nearly touching) boxes joined into one, until none overlap."""
    rects = [pygame.Rect(b) for b in boxes]
    merged = True
    while merged:
        merged = False
        out: list[pygame.Rect] = []
        for rect in rects:
            for i, other in enumerate(out):
                if rect.inflate(slack, slack).colliderect(other):
                    out[i] = other.union(rect)
                    merged = True
                    break
            else:
                out.append(rect)
        rects = out
    return [(r.x, r.y, r.w, r.h) for r in rects]


def area(boxes: list[Box]) -> int:
    return sum(b[2] * b[3] for b in boxes)


def repaint(surface: pygame.Surface, ops: Sequence[Op], boxes: list[Box]) -> None:
    """Draw, inside each box only, every operation that touches it, in the frame's order."""
    for box in boxes:
        clip = pygame.Rect(box)
        surface.set_clip(clip)
        try:
            for op in ops:
                if clip.colliderect(op.box):
                    op.run(surface)
        finally:
            surface.set_clip(None)


def paint_all(surface: pygame.Surface, ops: Sequence[Op]) -> None:
    for op in ops:
        op.run(surface)
