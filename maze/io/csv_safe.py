"""The one CSV writer every export uses: safe to open in a spreadsheet, and always parseable.

- A cell that begins with =, +, -, @, a tab or a carriage return could run as a formula in Excel,
  LibreOffice or Google Sheets; it gets a single quote in front, as OWASP recommends ("CSV Injection").
  Numbers are written as numbers (a negative number is not text that starts with "-").
- Quotes, commas and newlines inside a name are quoted the standard way (RFC 4180), so the file
  still reads back row for row.
- The text is UTF-8 with a byte order mark, so Excel shows accented names correctly; Python's csv
  module, LibreOffice and pandas read it too (read with encoding="utf-8-sig").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """`value` as a spreadsheet cell that cannot run as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        value = str(value)
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(columns: Sequence[str], rows: Iterable[dict[str, object]]) -> str:
    """A whole CSV file (header and rows, BOM first); every cell made safe."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([safe_cell(c) for c in columns])
    for row in rows:
        writer.writerow([safe_cell(row.get(column, "")) for column in columns])
    return out.getvalue()


def csv_bytes(columns: Sequence[str], rows: Iterable[dict[str, object]]) -> bytes:
    return csv_text(columns, rows).encode("utf-8")
