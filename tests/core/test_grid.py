from maze.core.grid import Grid, Pos, Side, count_turns, is_neighbour

GRID = Grid.from_rows([". # .", ". # .", "# . ."])


def test_neighbours_orthogonal_and_diagonal() -> None:
    centre = Pos(1, 1)
    assert sorted(GRID.neighbours(centre, diagonal=False)) == [Pos(0, 1), Pos(1, 0), Pos(1, 2), Pos(2, 1)]
    assert len(GRID.neighbours(centre, diagonal=True)) == 8
    assert sorted(GRID.neighbours(Pos(0, 0), diagonal=True)) == [Pos(0, 1), Pos(1, 0), Pos(1, 1)]


def test_is_neighbour_respects_the_move_rule() -> None:
    assert is_neighbour(Pos(2, 0), Pos(1, 1), diagonal=True)
    assert not is_neighbour(Pos(2, 0), Pos(1, 1), diagonal=False)
    assert not is_neighbour(Pos(2, 0), Pos(0, 0), diagonal=True)
    assert not is_neighbour(Pos(1, 1), Pos(1, 1), diagonal=True)


def test_sides_are_opposite_and_edges_are_the_right_squares() -> None:
    assert Side.BOTTOM.opposite is Side.TOP and Side.LEFT.opposite is Side.RIGHT
    assert GRID.edge(Side.BOTTOM) == [Pos(2, 0), Pos(2, 1), Pos(2, 2)]
    assert GRID.edge(Side.RIGHT) == [Pos(0, 2), Pos(1, 2), Pos(2, 2)]
    assert GRID.is_beyond(Pos(-1, 1), Side.TOP) and not GRID.is_beyond(Pos(-1, 3), Side.TOP)
    assert GRID.beyond(Pos(2, 1), Side.BOTTOM) == Pos(3, 1)


def test_shortest_safe_route_depends_on_diagonal_rule() -> None:
    assert GRID.safe_route(Side.BOTTOM, diagonal=True) == [Pos(2, 0), Pos(1, 1), Pos(0, 1)]
    assert GRID.safe_route(Side.BOTTOM, diagonal=False) is None
    assert GRID.safe_route(Side.TOP, diagonal=True) == [Pos(0, 1), Pos(1, 1), Pos(2, 0)]


def test_rows_round_trip_and_ragged_rows_are_refused() -> None:
    assert Grid.from_rows(GRID.rows_text()) == GRID
    try:
        Grid.from_rows(["# .", "# . ."])
    except ValueError as exc:
        assert "row 2" in str(exc)
    else:
        raise AssertionError("ragged rows were accepted")


def test_count_turns() -> None:
    assert count_turns([Pos(2, 0), Pos(1, 0), Pos(0, 0)]) == 0
    assert count_turns([Pos(2, 0), Pos(1, 0), Pos(1, 1), Pos(0, 1)]) == 2
