"""The one CSV writer: no formula reaches a spreadsheet, odd names stay parseable, Excel sees UTF-8."""

from __future__ import annotations

import csv
import io

import pytest

from maze.io.csv_safe import csv_bytes, safe_cell

NAMES = ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR", 'Quote "me"', "Line\nbreak", "Zoë"]


@pytest.mark.parametrize("name", NAMES)
def test_cells_read_back_and_never_start_a_formula(name: str) -> None:
    data = csv_bytes(["team", "beeps"], [{"team": name, "beeps": -3}, {"team": "Blue", "beeps": 2}])
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == 2 and rows[1]["team"] == "Blue"
    cell = rows[0]["team"]
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell.lstrip("'") == name
    assert rows[0]["beeps"] == "-3"  # numbers stay numbers


def test_safe_cell_leaves_plain_values_alone() -> None:
    assert safe_cell("Red") == "Red" and safe_cell(4) == 4 and safe_cell(-1.5) == -1.5 and safe_cell(None) == ""
    assert safe_cell("-x") == "'-x"


def test_report_and_exports_use_the_safe_writer(tmp_path) -> None:  # noqa: ANN001
    from maze.io.exports import BEEP_COLUMNS, write_beeps

    path = write_beeps(tmp_path, [{"team": "=cmd|' /C calc'!A0", "player": "@me", "phase": "discovery"}])
    row = next(csv.DictReader(path.open(encoding="utf-8-sig", newline="")))
    assert list(row) == BEEP_COLUMNS
    assert row["team"].startswith("'=") and row["player"] == "'@me"
