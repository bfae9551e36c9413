"""Plain YAML values that YAML 1.1 (PyYAML, this game) and YAML 1.2 (editors, ruamel, JSON Schema tools) read
differently: `yes`/`no`/`on`/`off`/`y`/`n`, leading-zero and underscored numbers, and sexagesimals (`1:30`).

A level file must mean the same everywhere, so such a value is refused with what to write instead.
"""

from __future__ import annotations

import re

from yaml.nodes import ScalarNode

_BOOL_TAG = "tag:yaml.org,2002:bool"
_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"
_YAML11_WORDS = {"yes": "true", "no": "false", "on": "true", "off": "false", "y": "true", "n": "false"}
_LEADING_ZERO = re.compile(r"[-+]?0[0-9_]+")
_BINARY = re.compile(r"[-+]?0b[01_]+")
_SEXAGESIMAL = re.compile(r"[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?")
_STR_TAG = "tag:yaml.org,2002:str"
_YAML12_NUMBER = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+")


def yaml11_only(node: ScalarNode) -> str | None:
    """Why this plain scalar means something else in YAML 1.2, and what to write; None when it is portable."""
    if node.style is not None:  # quoted or a block: a string in every version
        return None
    value = node.value
    word = value.lower()
    if word in _YAML11_WORDS and (node.tag == _BOOL_TAG or word in ("y", "n")):
        return (
            f"'{value}' is read as {_YAML11_WORDS[word]} by some YAML readers and as text by others; "
            f'write {_YAML11_WORDS[word]}, or "{value}" in quotes for the word'
        )
    if node.tag == _STR_TAG and _YAML12_NUMBER.fullmatch(value):
        return (
            f"'{value}' is text to some YAML readers and a number to others; write it as a plain number "
            f'(like 1000 or 0.5), or "{value}" in quotes for text'
        )
    if node.tag not in (_INT_TAG, _FLOAT_TAG):
        return None
    if _SEXAGESIMAL.fullmatch(value):
        return (
            f"'{value}' is read as {_sexagesimal(value)} (counting in sixties) by some YAML readers and as text by "
            f'others; write the number itself, or "{value}" in quotes for text'
        )
    if _LEADING_ZERO.fullmatch(value):
        plain = value.replace("_", "").lstrip("+")
        digits = plain.lstrip("-").lstrip("0") or "0"
        number = ("-" if plain.startswith("-") else "") + digits
        return (
            f"'{value}' is read as an octal number by some YAML readers and as {number} by others; "
            f'write {number} without the leading zero, or "{value}" in quotes for text'
        )
    if "_" in value or _BINARY.fullmatch(value):
        return (
            f"'{value}' is a number in some YAML readers and text in others; write it with digits only"
            f" (no '_' or 0b), or \"{value}\" in quotes for text"
        )
    return None


def _sexagesimal(value: str) -> str:
    sign = -1 if value.startswith("-") else 1
    total = 0.0
    for part in value.lstrip("+-").replace("_", "").split(":"):
        total = total * 60 + float(part)
    total *= sign
    return str(int(total)) if total.is_integer() else str(total)
