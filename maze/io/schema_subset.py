"""A quick yes or no: does data conform to one of the shipped JSON Schemas?

It reads the same schema files as the full validator and knows exactly the keywords they use, with the same
strict types (4.0 is not a whole number; .nan, .inf and true are no numbers). A schema with any other keyword
raises UnknownKeyword, so a new keyword cannot be skipped by mistake. Checking a level this way takes well under
a millisecond; the full validator (jsonschema) takes a tenth of a second to import, so it is loaded only to word
the faults of a file this check refuses. A property test keeps the two in agreement on both schemas.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cache
from typing import Any

ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "default"})

Schema = dict[str, Any]
Loader = Callable[[str], Schema]


class UnknownKeyword(Exception):
    """The schema uses a keyword this checker does not know: use the full validator."""


def conforms(value: Any, schema_name: str, load: Loader) -> bool:
    """True when `value` conforms to the schema file `schema_name` (`load` reads a schema file by name)."""
    return _conforms(value, load(schema_name), schema_name, load)


def _is_type(value: Any, kind: str) -> bool:
    if kind == "object":
        return isinstance(value, dict)
    if kind == "array":
        return isinstance(value, list)
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return type(value) is int
    if kind == "number":
        return type(value) in (int, float) and math.isfinite(value)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "null":
        return value is None
    raise UnknownKeyword(f"type {kind!r}")


def _equal(one: Any, two: Any) -> bool:
    """JSON equality: true is not 1, and lists and objects compare member by member."""
    if isinstance(one, str) or isinstance(two, str):
        return bool(one == two)
    if isinstance(one, list) and isinstance(two, list):
        return len(one) == len(two) and all(_equal(a, b) for a, b in zip(one, two, strict=True))
    if isinstance(one, dict) and isinstance(two, dict):
        return one.keys() == two.keys() and all(_equal(one[k], two[k]) for k in one)
    if isinstance(one, bool) or isinstance(two, bool):
        return type(one) is type(two) and one == two
    return bool(one == two)


@cache
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


def _follow(ref: str, schema_name: str, load: Loader) -> tuple[Schema, str]:
    """A `$ref` such as `level.schema.json#/properties/rules` or `#/properties/name`: the part it names."""
    file, _, pointer = ref.partition("#")
    name = file or schema_name
    part: Any = load(name)
    for step in filter(None, pointer.split("/")):
        part = part[step.replace("~1", "/").replace("~0", "~")]
    return part, name


def _conforms(value: Any, schema: Schema, name: str, load: Loader) -> bool:  # noqa: C901 - one case per keyword
    for key, rule in schema.items():
        if key in ANNOTATIONS:
            continue
        if key == "type":
            if not any(_is_type(value, kind) for kind in (rule if isinstance(rule, list) else [rule])):
                return False
        elif key == "enum":
            if not any(_equal(option, value) for option in rule):
                return False
        elif key == "$ref":
            part, part_name = _follow(rule, name, load)
            if not _conforms(value, part, part_name, load):
                return False
        elif key == "oneOf":
            if sum(_conforms(value, option, name, load) for option in rule) != 1:
                return False
        elif key in ("properties", "required", "additionalProperties"):
            if isinstance(value, dict) and not _object_conforms(key, rule, value, schema, name, load):
                return False
        elif key in ("items", "minItems", "maxItems"):
            if isinstance(value, list) and not _array_conforms(key, rule, value, name, load):
                return False
        elif key in ("minLength", "maxLength", "pattern"):
            if isinstance(value, str) and not _string_conforms(key, rule, value):
                return False
        elif key in ("minimum", "maximum", "multipleOf"):
            if _is_type(value, "number") and not _number_conforms(key, rule, value):
                return False
        else:
            raise UnknownKeyword(key)
    return True


def _object_conforms(key: str, rule: Any, value: dict[Any, Any], schema: Schema, name: str, load: Loader) -> bool:
    if key == "properties":
        return all(_conforms(value[k], sub, name, load) for k, sub in rule.items() if k in value)
    if key == "required":
        return all(k in value for k in rule)
    if rule is False:
        return all(k in schema.get("properties", {}) for k in value)
    if rule is True:
        return True
    raise UnknownKeyword("additionalProperties with a schema")


def _array_conforms(key: str, rule: Any, value: list[Any], name: str, load: Loader) -> bool:
    if key == "items":
        return all(_conforms(item, rule, name, load) for item in value)
    return bool(len(value) >= rule if key == "minItems" else len(value) <= rule)


def _string_conforms(key: str, rule: Any, value: str) -> bool:
    if key == "minLength":
        return bool(len(value) >= rule)
    if key == "maxLength":
        return bool(len(value) <= rule)
    return _pattern(rule).search(value) is not None


def _number_conforms(key: str, rule: Any, value: float) -> bool:
    if key == "minimum":
        return bool(value >= rule)
    if key == "maximum":
        return bool(value <= rule)
    if isinstance(rule, float):  # as jsonschema: exact fractions when the float quotient overflows
        try:
            quotient = value / rule
            return int(quotient) == quotient
        except OverflowError:
            from fractions import Fraction

            return (Fraction(value) / Fraction(rule)).denominator == 1
    return bool(value % rule == 0)
