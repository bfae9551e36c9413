"""Which debrief pictures a results folder should hold, and drawing only those that are missing or stale.

A small manifest, `pictures.json`, written atomically after the pictures it describes, says for each group
of pictures (a team's two pages; every page of the workshop debrief) what it shows: a fingerprint of the
figures drawn, the theme, the size and the program's version. A group whose fingerprint matches and whose
files are all there is current and is not drawn again; anything else (a file deleted, a picture a crash cut
short, a folder from an older version, a new team that moves every workshop rank) is drawn again. The
pictures are derived from the journal, so a kill at any moment loses nothing the next resume cannot redraw.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from maze import __version__
from maze.core.level import Level
from maze.core.records import record
from maze.core.stats import TeamStats
from maze.core.workshop import Workshop
from maze.io.atomic import write_text_atomic
from maze.io.results_folder import slug
from maze.ui.context import Context
from maze.ui.painter import Painter
from maze.ui.pictures import SLIDE_SIZE, offscreen, offscreen_context, save_png, workshop_pictures
from maze.ui.screens.debrief import TEAM_PAGES, draw_team_debrief

MANIFEST = "pictures.json"
MANIFEST_FORMAT = 1
_MANIFEST_BYTES = 4 * 1024 * 1024  # ~1,000 groups take ~100 KB; anything far bigger is not ours


@record(frozen=True)
class PictureGroup:
    """Pictures drawn together: `key` names the group in the manifest, `pages()` draws them one at a time."""

    key: str
    fingerprint: str
    pages: Callable[[], Iterator[tuple[str, Painter]]]


def team_picture_names(index: int, team: str) -> list[str]:
    base = f"debrief-team-{index + 1}-{slug(team)}"
    return [f"{base}.png" if page == TEAM_PAGES[0] else f"{base}-{page}.png" for page in TEAM_PAGES]


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _level_key(level: Level) -> str:
    grid = level.grid
    return repr((level.name, grid.width, grid.height, sorted(grid.safe), level.rules))


def picture_groups(ctx: Context, workshop: Workshop, folder: Path) -> list[PictureGroup]:
    """Every group of pictures the folder should hold now: the latest finished team's first, then the
    workshop's (once it has finished), then the other teams'. The figures are taken as they are now."""
    summaries = list(workshop.summaries)
    common = _digest(__version__, ctx.theme.name, repr(SLIDE_SIZE), workshop.name)  # (not the folder: unseen)
    team_prints = [_digest(common, repr(stats)) for stats in summaries]
    groups = [_team_group(ctx, workshop, index, stats, team_prints[index]) for index, stats in enumerate(summaries)]
    if groups:
        groups.insert(0, groups.pop())
    if workshop.finished and summaries:
        key = _digest(common, "workshop", *team_prints)
        groups.insert(1, PictureGroup("workshop", key, lambda: workshop_pictures(ctx, summaries)))
    return groups


def _team_group(ctx: Context, workshop: Workshop, index: int, stats: TeamStats, team_print: str) -> PictureGroup:
    level = workshop.plan(index).level
    names = team_picture_names(index, stats.team)

    def pages() -> Iterator[tuple[str, Painter]]:
        for page, name in zip(TEAM_PAGES, names, strict=True):
            picture_ctx, painter = offscreen(ctx)
            draw_team_debrief(painter, picture_ctx, stats, level, page)
            yield name, painter

    return PictureGroup(f"team-{index + 1}", _digest(team_print, _level_key(level), *names), pages)


def read_manifest(folder: Path) -> dict[str, dict]:
    """The manifest's groups; an unreadable, foreign or damaged manifest counts as empty (all is redrawn)."""
    try:
        with open(Path(folder) / MANIFEST, "rb") as handle:
            data = json.loads(handle.read(_MANIFEST_BYTES + 1)[:_MANIFEST_BYTES])
    except (OSError, ValueError, RecursionError):
        return {}
    groups = data.get("groups") if isinstance(data, dict) and data.get("format") == MANIFEST_FORMAT else None
    if not isinstance(groups, dict):
        return {}
    return {
        key: entry
        for key, entry in groups.items()
        if isinstance(entry, dict) and isinstance(entry.get("fingerprint"), str) and _names(entry.get("files"))
    }


def _names(files: object) -> bool:
    return isinstance(files, list) and all(isinstance(name, str) for name in files)


def write_manifest(folder: Path, groups: dict[str, dict]) -> None:
    """Raises AtomicWriteError."""
    text = json.dumps({"format": MANIFEST_FORMAT, "groups": groups}, ensure_ascii=False, indent=0, sort_keys=True)
    write_text_atomic(Path(folder) / MANIFEST, text + "\n")


def is_current(group: PictureGroup, manifest: dict[str, dict], present: set[str]) -> bool:
    entry = manifest.get(group.key)
    return entry is not None and entry["fingerprint"] == group.fingerprint and set(entry["files"]) <= present


def picture_work(ctx: Context, workshop: Workshop, folder: Path) -> Iterator[None]:
    """Draws and saves the missing or stale pictures, one page a step (nothing is worked out before the first
    step). Each group goes into the manifest once all its pages are saved. Raises AtomicWriteError or OSError
    (pygame.error too) from a picture that cannot be written; the pictures saved before it are kept."""
    folder = Path(folder)
    groups = picture_groups(ctx, workshop, folder)
    manifest = read_manifest(folder)
    try:
        present = set(os.listdir(folder))
    except OSError:
        present = set()
    for group in groups:
        if is_current(group, manifest, present):
            continue
        files = []
        for name, painter in group.pages():
            save_png(painter.surface, folder / name)
            files.append(name)
            yield
        manifest[group.key] = {"fingerprint": group.fingerprint, "files": files}
        write_manifest(folder, manifest)


def picture_hook(ctx: Context) -> Callable[[Workshop, Path], Iterator[None]]:
    """A Recorder team-end hook: the pictures of `workshop` brought up to date in `folder`, a page a step."""
    return lambda workshop, folder: picture_work(ctx, workshop, folder)


def picture_saver(theme: str = "dark") -> Callable[[Workshop, Path], Iterator[None]]:
    """A team-end hook that draws the missing or stale debrief pictures without any window."""
    ctx, _ = offscreen_context(theme)
    return picture_hook(ctx)
