"""Reports across workshops: merge the results of several rooms or sessions into one comparison."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from maze.io.atomic import AtomicWriteError, write_text_atomic
from maze.io.exports import RESULT_COLUMNS, RESULTS_CSV, csv_text, result_rows, spreadsheet_row, workshop_times
from maze.io.journal import JOURNAL_NAME, JournalError
from maze.io.resume import load_workshop

REPORT_COLUMNS = ["workshop", *RESULT_COLUMNS]


class ReportError(Exception):
    pass


def find_inputs(paths: list[Path]) -> list[Path]:
    """results.csv files (or journals where a workshop has no results.csv yet), from files and folders."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for folder in sorted(
                {p.parent for p in path.rglob(RESULTS_CSV)} | {p.parent for p in path.rglob(JOURNAL_NAME)}
            ):
                results = folder / RESULTS_CSV
                found.append(results if results.is_file() else folder / JOURNAL_NAME)
        elif path.is_file():
            found.append(path)
        else:
            raise ReportError(f"{path}: no such file or folder")
    if not found:
        raise ReportError("no results found: name results folders, results.csv files or journals")
    return found


def rows_from(path: Path) -> list[dict[str, object]]:
    workshop = path.parent.name
    if path.name.endswith(".jsonl"):
        try:
            loaded = load_workshop(path).workshop
            summaries = loaded.summaries
        except JournalError as exc:
            raise ReportError(str(exc)) from None
        when = workshop_times(loaded)
        return [{"workshop": workshop, **spreadsheet_row(row, when)} for row in result_rows(summaries)]
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in ("team", "beeps", "new_beeps") if c not in (reader.fieldnames or [])]
            if missing:
                raise ReportError(f"{path}: not an Electric Maze results.csv (no {', '.join(missing)} column)")
            return [{"workshop": workshop, **{k: row.get(k, "") for k in RESULT_COLUMNS}} for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ReportError(f"{path}: cannot be read ({exc})") from None


class Progress:
    """A text progress bar on stderr, shown when there is enough to wait for."""

    def __init__(self, total: int, label: str, show: bool) -> None:
        self.total, self.label, self.show, self.done = total, label, show, 0

    def step(self) -> None:
        self.done += 1
        if self.show:
            filled = int(30 * self.done / self.total)
            print(
                f"\r{self.label} [{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total}",
                end="",
                file=sys.stderr,
                flush=True,
            )
            if self.done == self.total:
                print(file=sys.stderr)


def report(args: argparse.Namespace) -> int:
    try:
        inputs = find_inputs(args.inputs)
        progress = Progress(len(inputs), "reading", show=len(inputs) >= 5)
        rows: list[dict[str, object]] = []
        for path in inputs:
            rows += rows_from(path)
            progress.step()
        out = Path(args.output)
        write_text_atomic(out / "report.csv", csv_text(REPORT_COLUMNS, rows))
        chart = draw_report_chart(rows, out / "report.png")
    except (ReportError, AtomicWriteError) as exc:
        print(f"electric-maze report: {exc}", file=sys.stderr)
        return 2
    workshops = len({r["workshop"] for r in rows})
    print(f"{out / 'report.csv'}: {len(rows)} teams from {workshops} workshops; chart: {chart}")
    return 0


def draw_report_chart(rows: list[dict[str, object]], path: Path) -> Path:
    """One picture comparing workshops: teams, new and repeat beeps, errors (averages per team)."""
    import os

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    from maze.ui.charts import bars
    from maze.ui.pictures import offscreen_context, save_png
    from maze.ui.widgets import header, inset, panel, table

    pygame.font.init()
    ctx, painter = offscreen_context()
    lay, th = ctx.layout, ctx.theme
    by_workshop: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        by_workshop.setdefault(str(row["workshop"]), []).append(row)

    def mean(items: list[dict[str, object]], key: str) -> float:
        values = [float(str(r[key])) for r in items if str(r.get(key, "")).strip() not in ("",)]
        return sum(values) / len(values) if values else 0.0

    painter.fill(th.background)
    header(painter, ctx, "Electric Maze report", f"{len(rows)} teams from {len(by_workshop)} workshops")
    top, bottom = lay.cut_top(lay.body, int(lay.body[3] * 0.5), lay.margin // 2)
    panel(painter, ctx, top)
    keys = {name: f"W{i + 1}" for i, name in enumerate(by_workshop)}  # short names for the charts
    table_rows = [
        [
            keys[name],
            name,
            str(len(items)),
            f"{mean(items, 'new_beeps'):.1f}",
            f"{mean(items, 'repeat_beeps'):.1f}",
            f"{mean(items, 'execution_errors'):.1f}",
            f"{mean(items, 'score_seconds'):.0f} s",
        ]
        for name, items in by_workshop.items()
    ]
    table(
        painter,
        ctx,
        inset(ctx, top, 0.5),
        ["", "Workshop", "Teams", "New", "Repeat", "Errors", "Score"],
        table_rows[: max(1, int((top[3] - lay.margin) / (lay.small_size * 1.25)) - 1)],
        flexible=1,
    )
    left, right = lay.columns(bottom, 2, gap=lay.margin // 2)
    for area, key, colour, title in (
        (left, "repeat_beeps", th.beep, "Repeat beeps per team"),
        (right, "execution_errors", th.warn, "Errors per team"),
    ):
        panel(painter, ctx, area)
        bars(
            painter,
            ctx,
            inset(ctx, area, 0.5),
            [(keys[name], mean(items, key), f"{mean(items, key):.1f}") for name, items in by_workshop.items()],
            colour,
            title=title,
        )
    return save_png(painter.surface, path)
