"""A YAML reader for files people write by hand: bounded, no tags, anchors or aliases.

`load(text)` returns plain data plus the line of every key and item, so that a fault found
later (by the schema or by the rules) can name the line it stands on.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

import yaml
from yaml.events import AliasEvent, Event
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from maze.core.records import record
from maze.io.text_file import MAX_TEXT_BYTES
from maze.io.yaml_versions import yaml11_only

MAX_DEPTH = 20
MAX_BYTES = MAX_TEXT_BYTES

Path = tuple[str | int, ...]


class YamlFault(Exception):
    """A fault in the file's YAML, with the 1-based line it stands on (or None)."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@record
class Document:
    data: Any
    lines: dict[Path, int] = field(default_factory=dict)  # where each key / item starts (1-based)
    value_lines: dict[Path, int] = field(default_factory=dict)  # where each value starts
    styles: dict[Path, str | None] = field(default_factory=dict)  # scalar style ('|', '>', '"' ...)

    def line_of(self, path: Path) -> int | None:
        """The line of the deepest part of `path` the file has."""
        for cut in range(len(path), -1, -1):
            if path[:cut] in self.lines:
                return self.lines[path[:cut]]
        return None


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors, aliases, tags and deep nesting as it composes."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event: Event = self.peek_event()  # type: ignore[no-untyped-call]  # types-PyYAML leaves it unannotated
        line = event.start_mark.line + 1 if event.start_mark is not None else None
        if isinstance(event, AliasEvent):
            raise YamlFault("aliases (*name) are not allowed; write the value out in full", line)
        if getattr(event, "anchor", None) is not None:
            raise YamlFault("anchors (&name) are not allowed; write the value out in full", line)
        tag_name = getattr(event, "tag", None)
        if tag_name not in (None, "!"):
            tag = str(tag_name).replace("tag:yaml.org,2002:", "!!")
            raise YamlFault(f"tags ({tag}) are not allowed; write plain values", line)
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise YamlFault(f"nested more than {MAX_DEPTH} levels deep", line)
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def load(text: str) -> Document:
    """Parse one YAML document into plain data. Raises YamlFault."""
    loader = None
    try:
        loader = _BoundedLoader(text)
        node = loader.get_single_node()
        if node is None:
            return Document(None)
        doc = Document(None, lines={(): node.start_mark.line + 1})
        doc.data = _convert(node, (), doc, loader)
        return doc
    except YamlFault:
        raise
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise YamlFault(
            f"contains the control character #x{code:02x}, which YAML does not allow; remove it", line
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        marked = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "not valid YAML"
        if exc.context and exc.context_mark is not None and exc.context_mark is not mark:
            problem += f" ({exc.context} on line {exc.context_mark.line + 1})"
        raise YamlFault(f"not valid YAML: {problem}", marked) from None
    except yaml.YAMLError as exc:
        raise YamlFault(f"not valid YAML: {str(exc).splitlines()[0]}", None) from None
    except RecursionError:
        raise YamlFault("nested too deeply", None) from None
    finally:
        if loader is not None:
            loader.dispose()


def _convert(node: Node, path: Path, doc: Document, loader: yaml.SafeLoader) -> Any:
    doc.value_lines[path] = node.start_mark.line + 1
    if isinstance(node, ScalarNode):
        doc.styles[path] = node.style
        _refuse_yaml11_only(node)
        return loader.construct_object(node)
    if isinstance(node, SequenceNode):
        items = []
        for index, child in enumerate(node.value):
            doc.lines[path + (index,)] = child.start_mark.line + 1
            items.append(_convert(child, path + (index,), doc, loader))
        return items
    if isinstance(node, MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode):
                raise YamlFault("a key must be a plain word", line)
            _refuse_yaml11_only(key_node)
            key = loader.construct_object(key_node)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                raise YamlFault(f"'{key}' appears twice; keep one", line)
            doc.lines[path + (key,)] = line
            result[key] = _convert(value_node, path + (key,), doc, loader)
        return result
    raise YamlFault("unsupported YAML", node.start_mark.line + 1)


def _refuse_yaml11_only(node: ScalarNode) -> None:
    """A value YAML 1.1 and 1.2 read differently (`yes`, `010`, `1:30`) is refused: the file must mean one thing."""
    problem = yaml11_only(node)
    if problem:
        raise YamlFault(problem, node.start_mark.line + 1)
