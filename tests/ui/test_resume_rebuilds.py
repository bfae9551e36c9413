"""Resuming in the window rebuilds results.csv, beeps.csv and the pictures from the journal."""

from __future__ import annotations

import csv
from pathlib import Path

from maze.io.resume import load_workshop
from maze.ui.driver import Game
from tests.io.journal_samples import demo_events, journal_bytes


def test_window_resume_rewrites_stale_exports_and_keeps_the_clock(make_game, tmp_path: Path) -> None:  # noqa: ANN001
    events = list(demo_events())
    cut = next(i for i, e in enumerate(events) if e["type"] == "team_finished") + 2  # team 2 has started
    folder = tmp_path / "2026-01-01_090000-w"
    folder.mkdir()
    journal = folder / "journal.jsonl"
    heartbeat = events[cut - 1]["t"] + 30
    journal.write_bytes(journal_bytes(events[:cut]) + b'{"type":"heartbeat","t":%.1f}\n' % heartbeat)
    (folder / "beeps.csv").write_text("team,player\nstale,row\nstale,row\n")
    game = Game.start(["--resume", str(journal), "--size", "800x600"])
    try:
        assert game.ctx.now >= heartbeat, "the clock carries on from the heartbeat"
        rows = list(csv.DictReader((folder / "beeps.csv").open(encoding="utf-8-sig")))
        first_team = [e for e in events[:cut] if e["type"] == "beep" and e.get("team") == 0]
        assert len(rows) == len(first_team) and {r["team"] for r in rows} == {"Team 1"}
        assert len(list(csv.DictReader((folder / "results.csv").open(encoding="utf-8-sig")))) == 1
        assert list(folder.glob("debrief-team-1-*.png"))
    finally:
        game.close()
    assert load_workshop(journal).read.skipped == 0
