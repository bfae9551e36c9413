"""Where a workshop's files go: one folder per workshop under a results directory."""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

from maze.io.journal import JOURNAL_NAME


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "workshop"


def new_workshop_folder(results_dir: Path, label: str, now: _dt.datetime | None = None) -> Path:
    """A fresh folder name such as `2026-11-22_0930-classic-carpet` (not created here)."""
    stamp = (now or _dt.datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    base = Path(results_dir) / f"{stamp}-{slug(label)}"
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def latest_journal(results_dir: Path) -> Path | None:
    """The most recently written journal under `results_dir`."""
    try:
        journals = [p for p in Path(results_dir).glob(f"*/{JOURNAL_NAME}") if p.is_file()]
    except OSError:
        return None
    return max(journals, key=lambda p: p.stat().st_mtime, default=None)
