"""Checking data against a shipped JSON Schema and saying what is wrong in one line per fault."""

from __future__ import annotations

import json
import math
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

from maze.io.safe_yaml import Document, YamlFault, load
from maze.io.schema_subset import UnknownKeyword, conforms
from maze.io.text_file import FileProblems, where
from maze.resources import SCHEMA_DIR


@cache
def load_schema(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    return schema


def _conforms(data: Any, schema_name: str) -> bool:
    """The quick check every file gets; only a file it refuses loads jsonschema, to say what is wrong."""
    try:
        return conforms(data, schema_name, load_schema)
    except UnknownKeyword:  # a schema grew a keyword the quick check does not know: the full validator decides
        return False


@cache
def _validator(name: str) -> Any:
    import jsonschema  # imported here: only file checks need it, start-up does not
    from referencing import Registry, Resource

    # every shipped schema, so that one can use another's parts by $ref (the rules are defined once)
    resources = []
    for path in sorted(SCHEMA_DIR.glob("*.schema.json")):
        schema = load_schema(path.name)
        resources.append((schema["$id"], Resource.from_contents(schema)))
    registry = Registry().with_resources(resources)
    schema = load_schema(name)
    base = jsonschema.validators.validator_for(schema)
    # strict types: 4.0 is not a whole number (range(4.0) fails in play), and .nan or .inf is no number
    strict = base.TYPE_CHECKER.redefine_many(
        {
            "integer": lambda _checker, value: type(value) is int,
            "number": lambda _checker, value: type(value) in (int, float) and math.isfinite(value),
        }
    )
    cls = jsonschema.validators.extend(base, type_checker=strict)
    return cls(schema, registry=registry)


def checked_document(
    text: str, schema_name: str, source: Path | str, empty_hint: str, error: type[FileProblems]
) -> Document:
    """Parse a hand-written YAML file and check it against its schema; every fault raises `error`."""
    try:
        doc = load(text)
    except YamlFault as fault:
        raise error([f"{where(source, fault.line)}: {fault.message}"]) from None
    if doc.data is None:
        raise error([f"{source}: is empty; {empty_hint}"])
    problems = schema_faults(doc, schema_name, source)
    if problems:
        raise error(problems)
    return doc


def schema_faults(doc: Document, schema_name: str, source: Path | str) -> list[str]:
    """One line per fault, `FILE line N: what is wrong, and how to fix it`, in file order."""
    faults: list[tuple[int, str]] = []
    for error in [] if _conforms(doc.data, schema_name) else _validator(schema_name).iter_errors(doc.data):
        path = tuple(error.absolute_path)
        for line, text in _describe(error, path, doc):
            faults.append((line or 0, f"{where(source, line)}: {text}"))
    for path, text in [] if faults else _text_faults(doc.data, ()):
        line = doc.line_of(path)
        faults.append((line or 0, f"{where(source, line)}: {_dotted(path)} {text}"))
    faults.sort(key=lambda f: f[0])
    return [text for _, text in faults]


_MULTILINE = {"grid", "description"}  # the only texts that may hold line breaks


def _text_faults(value: Any, path: tuple[Any, ...]) -> list[tuple[tuple[Any, ...], str]]:
    """Every text must be printable: no NUL or other control characters (a CR splits a CSV row), no lone
    surrogates (they cannot be written as UTF-8), and line breaks only where a text may span lines."""
    if isinstance(value, dict):
        return [fault for key, item in value.items() for fault in _text_faults(item, path + (key,))]
    if isinstance(value, list):
        return [fault for index, item in enumerate(value) for fault in _text_faults(item, path + (index,))]
    if not isinstance(value, str):
        return []
    allowed = "\n\t" if path and path[-1] in _MULTILINE else ""
    for char in value:
        if char in allowed:
            continue
        if unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp"):
            return [(path, f"holds the character {char!r}, which cannot be shown or saved; use printable text")]
    return []


def _dotted(path: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in path) or "the file"


def _describe(error: Any, path: tuple[Any, ...], doc: Document) -> list[tuple[int | None, str]]:
    kind, schema, value = error.validator, error.schema, error.instance
    name = _dotted(path)
    if kind == "additionalProperties":
        import difflib  # only a refused file needs it

        allowed = list(schema.get("properties", {}))
        out = []
        for key in value:
            if key in allowed:
                continue
            near = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
            hint = f"did you mean '{near[0]}'?" if near else f"known keys are {', '.join(allowed)}"
            out.append((doc.line_of(path + (key,)), f"unknown key '{key}'; {hint}"))
        return out
    if kind == "required":
        missing = [k for k in error.validator_value if k not in value]
        out = []
        for key in missing:
            about = schema.get("properties", {}).get(key, {}).get("description", "")
            out.append((doc.line_of(path) or 1, f"'{key}' is missing; add it ({about})".replace(" ()", "")))
        return out
    line = doc.line_of(path)
    if kind == "type":
        if path == ():
            return [(1, "the file must be a list of `key: value` lines, starting with `name:`")]
        return [(line, f"{name} must be {_type_words(error.validator_value)}, not {_show(value)}")]
    if kind == "enum":
        options = ", ".join(str(o) for o in error.validator_value)
        return [(line, f"{name} must be one of {options}, not {_show(value)}")]
    if kind in ("minimum", "maximum"):
        low, high = schema.get("minimum"), schema.get("maximum")
        return [(line, f"{name} must be between {low} and {high}, not {_show(value)}")]
    if kind == "pattern" and path == ("grid",):
        return [_grid_character(value, doc)]
    if kind == "multipleOf":
        return [(line, f"{name} must be a whole number, not {_show(value)}")]
    if kind in ("minLength", "pattern"):
        return [(line, f"{name} must not be empty; write some text after '{path[-1] if path else name}:'")]
    if kind == "maxLength":
        return [(line, f"{name} is longer than {error.validator_value} characters; shorten it")]
    if kind == "oneOf" and path and path[-1] == "players":
        return [(line, "players must be a list of names, like [Ana, Ben], or a number of players")]
    if kind in ("minItems", "maxItems"):
        return [
            (
                line,
                f"{name} must have {'at least' if kind == 'minItems' else 'at most'} {error.validator_value} entries",
            )
        ]
    return [(line, f"{name}: {error.message}")]


def _type_words(expected: Any) -> str:
    words = {
        "boolean": "true or false",
        "number": "a number",
        "integer": "a whole number",
        "string": "text",
        "object": "a set of `key: value` lines",
        "array": "a list",
    }
    if isinstance(expected, list):
        return " or ".join(words.get(str(e), str(e)) for e in expected)
    return words.get(str(expected), str(expected))


def _show(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return "a " + ("set of keys" if isinstance(value, dict) else "list")
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _grid_character(grid: str, doc: Document) -> tuple[int | None, str]:
    """The first character the grid's pattern refuses, on its own line (as the game itself says it)."""
    first_line = doc.value_lines.get(("grid",), 1) + (1 if doc.styles.get(("grid",)) in ("|", ">") else 0)
    for offset, row in enumerate(grid.split("\n")):
        bad = next((ch for ch in row if not ch.isspace() and ch not in "#."), None)
        if bad is not None:
            line = first_line + offset if doc.styles.get(("grid",)) != ">" else None
            return line, f"{bad!r} is not a square; use '#' for safe and '.' for beeping"
    return doc.line_of(("grid",)), "the grid may hold only '#', '.' and spaces"
