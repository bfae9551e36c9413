import pytest
from hypothesis import strategies as st

from maze.core.generator import generate
from maze.core.level import Difficulty, analyse
from maze.core.variants import MazeMode, team_mazes, transform
from maze.io.level_file import load_level
from maze.resources import LEVELS_DIR
from tests.depth import depths, run_property


@pytest.mark.parametrize("examples", depths(15, 150))
def test_symmetries_keep_route_length_turns_and_difficulty(examples: int) -> None:
    run_property(
        examples,
        symmetry_keeps_the_route,
        st.integers(2, 10),
        st.integers(2, 10),
        st.integers(0, 999),
        st.booleans(),
        st.sampled_from(list(Difficulty)),
        st.sampled_from(["same", "mirrored", "flipped", "turned"]),
    )


def symmetry_keeps_the_route(w, h, seed, diagonal, difficulty, symmetry) -> None:
    level = generate(w, h, seed, diagonal, difficulty)
    before = analyse(level.grid, level.rules)
    after = analyse(transform(level, symmetry).grid, level.rules)
    assert (after.route_length, after.turns, after.difficulty) == (before.route_length, before.turns, before.difficulty)
    assert after.has_route and not after.unreachable_safe


def test_mirrored_mode_gives_every_team_a_layout_no_earlier_team_played() -> None:
    level = load_level(LEVELS_DIR / "classic.yaml").level
    mazes = team_mazes(level, 6, MazeMode.MIRRORED, seed=3)
    layouts = [m.grid.safe for m, _ in mazes]
    assert len(set(layouts)) == 6
    assert [name for _, name in mazes][:4] == ["same", "mirrored", "flipped", "turned"]
    assert all(name.startswith("generated") for _, name in mazes[4:])
    target = analyse(level.grid, level.rules)
    for maze, _ in mazes:
        a = analyse(maze.grid, maze.rules)
        assert a.difficulty == target.difficulty and maze.rules == level.rules
        assert abs(a.route_length - target.route_length) <= target.route_length * 0.5


def test_generated_mode_and_same_mode() -> None:
    level = load_level(LEVELS_DIR / "classic.yaml").level
    generated = team_mazes(level, 3, MazeMode.GENERATED, seed=1)
    assert generated[0] == (level, "same") and len({m.grid.safe for m, _ in generated}) == 3
    assert team_mazes(level, 3, MazeMode.SAME) == [(level, "same")] * 3
    assert team_mazes(level, 3, MazeMode.GENERATED, seed=1) == generated


def test_a_symmetric_layout_is_not_handed_out_twice() -> None:
    straight = generate(5, 6, seed=1, diagonal=False, difficulty=Difficulty.EASY)
    mirrored_onto_itself = transform(straight, "mirrored").grid.safe == straight.grid.safe
    mazes = team_mazes(straight, 4, MazeMode.MIRRORED, seed=2)
    assert len({m.grid.safe for m, _ in mazes}) == 4
    if mirrored_onto_itself:
        assert "mirrored" not in [name for _, name in mazes]


def test_the_core_names_the_later_teams_that_will_walk_the_same_maze() -> None:
    from maze.core.commands import StartWorkshop, TeamPlan, TeamSpec
    from maze.core.workshop import Workshop
    from tests.builders import level

    maze = level()
    mirrored = transform(maze, "mirrored")
    assert mirrored.grid != maze.grid, "the test maze is not symmetric"
    teams = (TeamSpec("Red", ("Ana",)), TeamSpec("Blue", ("Ben",)), TeamSpec("Green", ("Cy",)))
    ws = Workshop()
    ws.handle(StartWorkshop(0, teams, (TeamPlan(maze), TeamPlan(mirrored), TeamPlan(maze)), 0))
    assert ws.later_teams_on_this_maze() == ["Green"]  # Blue walks a mirrored copy: its route differs
