"""The settings file's TOML: a writer for the few kinds of value settings hold, and a reader for exactly what it
writes, so that the settings read before the first frame do not wait for tomllib (its import was 4% of a start).

The reader takes one `key = value` a line (a boolean, an integer, or a basic string with the escapes the writer
uses), blank lines and comments. Anything else (a file edited by hand with tables, arrays, other escapes, or
an error) goes to tomllib, which reads it or says what is wrong. `tests/io/test_toml_subset.py` holds the two
readers to the same answer.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

_KEY = r"([A-Za-z0-9_-]+)"
_STRING = r'"(?:[^"\\\x00-\x1f\x7f]|\\["\\]|\\u[0-9A-Fa-f]{4})*"'  # no tab or control character, 3 escapes
_VALUE = rf"(true|false|0|-?[1-9][0-9]*|{_STRING})"
_LINE = rf"{_KEY}[ \t]*=[ \t]*{_VALUE}[ \t]*"
_ESCAPE = r'\\(["\\]|u[0-9A-Fa-f]{4})'
_CONTROL = r"[\x00-\x08\x0a-\x1f\x7f]"  # not allowed in a comment (a tab is)
_PATTERNS: list[re.Pattern[str]] = []  # compiled on first use: _LINE, _ESCAPE, _CONTROL


def read_toml(text: str) -> dict[str, Any]:
    """The values in `text`; raises ValueError (tomllib.TOMLDecodeError) for a file that is not TOML."""
    simple = _read_simple(text)
    if simple is not None:
        return simple
    import tomllib

    return tomllib.loads(text)


def _read_simple(text: str) -> dict[str, Any] | None:
    """The values, when every line is one the writer could have written (or blank, or a comment); else None."""
    if not _PATTERNS:
        _PATTERNS.extend(re.compile(pattern) for pattern in (_LINE, _ESCAPE, _CONTROL))
    line_pattern, escape, control = _PATTERNS
    values: dict[str, Any] = {}
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if number < len(lines):  # a line end may be CR LF; a CR anywhere else is refused (below, by tomllib)
            line = line.removesuffix("\r")
        stripped = line.lstrip(" \t")
        if not stripped or (stripped.startswith("#") and not control.search(stripped)):
            continue
        match = line_pattern.fullmatch(stripped)
        if match is None or match[1] in values:
            return None  # not the writer's (or a key twice, which TOML refuses)
        key, raw = match[1], match[2]
        if raw in ("true", "false"):
            values[key] = raw == "true"
        elif raw[0] != '"':
            values[key] = int(raw)
        else:
            chars = [_unescape(code) for code in escape.findall(raw)]
            if any(0xD800 <= ord(char) <= 0xDFFF for char in chars):
                return None  # a surrogate is not a character: TOML refuses it
            values[key] = escape.sub(lambda m: _unescape(m[1]), raw[1:-1])
    return values


def _unescape(code: str) -> str:
    return chr(int(code[1:], 16)) if code[0] == "u" else code


def toml_value(value: object) -> str:
    """A TOML value for the few kinds settings hold: booleans, integers and strings (a path is a string)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str | Path):
        return toml_string(str(value))
    raise TypeError(f"no TOML form for {type(value).__name__}")


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for char in text:
        if char in ('"', "\\"):
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'
