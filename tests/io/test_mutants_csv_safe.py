"""Mistakes in the CSV writer that the first tests let through (found by mutation testing, docs/mutation.md)."""

from __future__ import annotations

import csv
import io
from pathlib import PurePosixPath

from maze.io.csv_safe import csv_bytes, safe_cell


def read_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


class Shown:
    """A value that is not a number or a string, written as its text (a level's name object, an enum...)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text


def test_a_value_of_another_kind_is_written_as_its_text_and_cannot_start_a_formula() -> None:
    assert safe_cell(Shown("=1+1")) == "'=1+1"
    assert safe_cell(PurePosixPath("-rf")) == "'-rf"
    assert safe_cell(Shown("Red")) == "Red"
    row = read_rows(csv_bytes(["team", "level"], [{"team": Shown("@SUM(A1)"), "level": Shown("classic")}]))[0]
    assert row == {"team": "'@SUM(A1)", "level": "classic"}


def test_a_row_without_a_column_leaves_that_cell_empty() -> None:
    rows = read_rows(
        csv_bytes(["team", "beeps", "note"], [{"team": "Red", "beeps": 2}, {"team": "Blue", "note": None}])
    )
    assert rows == [{"team": "Red", "beeps": "2", "note": ""}, {"team": "Blue", "beeps": "", "note": ""}]


def test_rows_end_in_crlf_and_only_odd_cells_are_quoted() -> None:
    text = csv_bytes(["team", "players"], [{"team": "Red", "players": "Ana, Ben"}]).decode("utf-8")
    assert text == '\ufeffteam,players\r\nRed,"Ana, Ben"\r\n'
