"""The debriefs as pictures: every team in the workshop pictures, ranks that visibly move between lenses,
one rule for the smallest text, and the team debrief's insights with their captions."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from maze.core.commands import Tick
from maze.core.stats import Lens, TeamStats
from maze.core.workshop import Workshop
from maze.demo import demo_simulator, run_headless, start_events
from maze.io.level_file import load_level
from maze.resources import LEVELS_DIR
from maze.ui.layout import MIN_TEXT_SHARE, compute_layout
from maze.ui.painter import Painter
from maze.ui.pictures import SLIDE_SIZE, offscreen, offscreen_context, workshop_pictures
from maze.ui.screens.debrief import TEAM_PAGES, draw_team_debrief
from maze.ui.screens.workshop_debrief import draw_workshop_debrief

SIZES = [(800, 600), (1024, 768), (1920, 1080), (3840, 2160)]


class _Issuer:
    def __init__(self, workshop: Workshop) -> None:
        self.workshop = workshop

    def issue(self, command) -> list:  # noqa: ANN001 - a command
        return self.workshop.handle(command)


def played(styles: str, seed: int = 2) -> Workshop:
    """A whole workshop of simulated teams, one per style, on the classic carpet."""
    level = load_level(LEVELS_DIR / "classic.yaml").level
    simulator = demo_simulator(seed, None, styles)
    workshop = Workshop()
    names = [s.name for s in simulator.styles]
    issuer = _Issuer(workshop)
    simulator.observe(issuer.issue(start_events(level, len(names), 3, seed, simulator.memories, styles=names)))
    simulator.observe(issuer.issue(Tick(0.0)))
    run_headless(issuer, simulator)  # type: ignore[arg-type]
    return workshop


@pytest.fixture(scope="module")
def eight_teams() -> Workshop:
    return played("bold,cautious,sharing,forgetful,sloppy,bold,cautious,sharing")


def texts(painter: Painter) -> set[str]:
    return {box.text for box in painter.boxes}


@pytest.mark.parametrize("size", [SLIDE_SIZE, (800, 600)], ids=["slide", "800x600"])
def test_a_workshop_of_eight_teams_has_every_team_in_its_pictures(eight_teams: Workshop, size) -> None:
    ctx, _ = offscreen_context("dark", size)
    teams = {s.team for s in eight_teams.summaries}
    assert len(teams) == 8
    pictures = list(workshop_pictures(ctx, eight_teams.summaries, size))
    for lens in Lens:
        pages = [painter for name, painter in pictures if name.startswith(f"debrief-workshop-{lens}")]
        shown = set().union(*(texts(p) for p in pages))
        assert teams <= shown, f"{lens} at {size}: missing {teams - shown}"


def test_a_big_workshop_pages_and_leaves_no_team_out() -> None:
    workshop = played(",".join(["bold", "sharing", "forgetful", "sloppy"] * 4))
    ctx, _ = offscreen_context("dark", (800, 600))
    pictures = list(workshop_pictures(ctx, workshop.summaries, (800, 600)))
    assert len(pictures) > len(Lens)  # more teams than one page holds
    teams = {s.team for s in workshop.summaries}
    for lens in Lens:
        shown = set().union(*(texts(p) for name, p in pictures if name.startswith(f"debrief-workshop-{lens}")))
        assert teams <= shown


def _smallest(painter: Painter) -> list[tuple[str, int]]:
    floor = compute_layout(*painter.surface.get_size()).min_text
    return [(b.text, b.size) for b in painter.boxes if b.text.strip() and (b.size < floor or b.cut)]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_no_text_on_the_debriefs_is_smaller_than_the_one_rule(eight_teams: Workshop, size) -> None:
    assert compute_layout(*size).min_text >= size[1] * MIN_TEXT_SHARE
    ctx, _ = offscreen_context("dark", size)
    for index, stats in enumerate(eight_teams.summaries[:3]):
        for page in TEAM_PAGES:
            picture_ctx, painter = offscreen(ctx, size)
            draw_team_debrief(painter, picture_ctx, stats, eight_teams.plan(index).level, page)
            assert _smallest(painter) == [], f"team {stats.team}, {page}"
    for name, painter in workshop_pictures(ctx, eight_teams.summaries, size):
        assert _smallest(painter) == [], name


def ranks_moved(summaries: Sequence[TeamStats], lens: Lens, before: Lens | None) -> set[str]:
    ctx, _ = offscreen_context("dark", SLIDE_SIZE)
    picture_ctx, painter = offscreen(ctx, SLIDE_SIZE)
    draw_workshop_debrief(painter, picture_ctx, summaries, lens, 0, before)
    return {t for t in texts(painter) if t[:1] in "▲▼="}


def test_switching_lens_shows_each_teams_change_of_place() -> None:
    bold, cautious = played("bold,cautious", seed=1).summaries
    assert ranks_moved([bold, cautious], Lens.FAILURES, None) == set()  # the first lens: nothing to compare
    assert ranks_moved([bold, cautious], Lens.LEARNING, Lens.FAILURES) == {"▲1", "▼1"}


def test_the_team_debrief_shows_the_insights_with_their_captions(eight_teams: Workshop) -> None:
    stats = eight_teams.summaries[1]
    ctx, _ = offscreen_context("dark", SLIDE_SIZE)
    picture_ctx, painter = offscreen(ctx, SLIDE_SIZE)
    draw_team_debrief(painter, picture_ctx, stats, eight_teams.plan(1).level, "insights")
    words = " ".join(box.text for box in painter.boxes)
    assert str(stats.insights.failures_on_record) in texts(painter)
    assert "failures on record" in words and "what made the unknown feel risky?" in words
    figures = draw_team_debrief(painter, picture_ctx, stats, eight_teams.plan(1).level, "figures")
    assert figures is None
    words = " ".join(box.text for box in painter.boxes)
    assert "Depth per attempt" in words and "rows from START" in words and "attempt" in words
    assert "Beeps per square" in words and "5+" in words and "seconds" in words


def test_a_team_that_skipped_discovery_is_labelled_so_and_never_all_across() -> None:
    from tests.builders import WINNING_WALK, Driver, level

    d = Driver(level(), teams={"Skipper": ["Ana"], "Walker": ["Cy"]})
    d.to_discovery()
    d.advance()  # discovery ended at once: the route is revealed
    d.advance()
    d.walk(*WINNING_WALK)  # everyone across in execution, all the same
    d.advance(2)
    d.to_discovery()
    d.step(2, 1)
    d.walk(*WINNING_WALK)
    d.advance()
    d.walk(*WINNING_WALK)
    d.advance(2)
    skipper, walker = d.ws.summaries
    ctx, _ = offscreen_context("dark", SLIDE_SIZE)
    picture_ctx, painter = offscreen(ctx, SLIDE_SIZE)
    draw_team_debrief(painter, picture_ctx, skipper, d.ws.plan(0).level)
    words = " ".join(box.text for box in painter.boxes)
    assert "Skipped discovery" in words and "All across" not in words
    for lens in Lens:
        picture_ctx, painter = offscreen(ctx, SLIDE_SIZE)
        draw_workshop_debrief(painter, picture_ctx, [skipper, walker], lens)
        rows = sorted((b.rect.top, b.text) for b in painter.boxes if b.text in ("Skipper", "Walker"))
        assert [text for _, text in rows] == ["Walker", "Skipper"], lens
        assert "Skipped discovery" in texts(painter)
