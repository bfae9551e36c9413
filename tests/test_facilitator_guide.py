"""The guide promises only what the program does: its command lines parse, its keys are bound, every key the
program has is in it, and its pictures are ones the screenshot script makes."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pygame
import pytest

from maze.cli import parse_args
from maze.ui.actions import KEY_TABLE, InputMapper

ROOT = Path(__file__).resolve().parent.parent
GUIDE = (ROOT / "facilitator_guide.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
KEY_NAMES = {
    "Enter": pygame.K_RETURN,
    "Escape": pygame.K_ESCAPE,
    "Space": pygame.K_SPACE,
    "Backspace": pygame.K_BACKSPACE,
    "Tab": pygame.K_TAB,
    "PageDown": pygame.K_PAGEDOWN,
    "PageUp": pygame.K_PAGEUP,
    "Left": pygame.K_LEFT,
    "Right": pygame.K_RIGHT,
    "Up": pygame.K_UP,
    "Down": pygame.K_DOWN,
}


def command_lines(text: str) -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", text, flags=re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def test_every_command_line_in_the_guide_is_accepted() -> None:
    lines = command_lines(GUIDE)
    assert len(lines) >= 8
    for line in lines:
        words = shlex.split(line)
        assert words[0] == "electric-maze", line
        try:
            parse_args(words[1:])
        except SystemExit:
            pytest.fail(f"the program does not accept: {line}")


def key_event(name: str) -> pygame.event.Event:
    *mods, key = name.split("+")
    mod = (pygame.KMOD_CTRL if "Ctrl" in mods else 0) | (pygame.KMOD_SHIFT if "Shift" in mods else 0)
    function_key = key.startswith("F") and key[1:].isdigit()
    code = KEY_NAMES.get(key) or getattr(pygame, f"K_{key if function_key else key.lower()}")
    return pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode="", scancode=0)


def test_every_key_the_guide_names_is_bound() -> None:
    keys = set(re.findall(r"<kbd>(.*?)</kbd>", GUIDE))
    assert len(keys) >= 25
    mapper = InputMapper()
    for name in sorted(keys):
        assert mapper.map(key_event(name), typing=False), f"{name} does nothing"


def test_every_facilitator_key_is_in_the_guide_and_the_readme() -> None:
    for keys, _ in KEY_TABLE:
        for name in re.split(r" or | / |, ", keys.replace("Editor: ", "")):
            name = name.strip()
            if name in ("Arrows", "WASD", "Mouse", "touch", "click", "drag") or " " in name:
                continue
            assert f"<kbd>{name}</kbd>" in GUIDE, f"{name} is not in the guide"
            assert name in README, f"{name} is not in the README's key table"


def test_guide_and_readme_pictures_are_made_by_the_screenshot_script(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    from screenshots import capture

    made = {path.name for path in capture(tmp_path)}
    for text in (GUIDE, README):
        for picture in re.findall(r"docs/screenshots/([\w-]+\.png)", text):
            assert picture in made, f"{picture} is not made by tools/screenshots.py"
            assert (ROOT / "docs" / "screenshots" / picture).exists()


def test_the_guide_covers_what_a_facilitator_needs() -> None:
    for heading in (
        "What the exercise teaches",
        "Planning",
        "Room and technology checklist",
        "A script to read aloud",
        "Running each phase",
        "The debrief",
        "Variants",
        "Making mazes",
        "Troubleshooting",
    ):
        assert re.search(rf"^## \d\. {heading}", GUIDE, flags=re.M), heading
    for idea in (
        "visibility problem",
        "Worse before better",
        "Psychological safety",
        "Inquiry versus advocacy",
        "Exploratory versus confirmatory",
        "Singer",
        "nursing units",
        "surgical",
        "Rodriguez-Farrar",
    ):
        assert idea in GUIDE, idea
    for minutes in ("45-minute", "60-minute", "90-minute"):
        assert minutes in GUIDE


def test_no_key_is_listed_for_two_things() -> None:
    """Two features once claimed the same letter: the later binding silently won. The key list stays one to one."""
    from maze.ui.actions import KEY_TABLE

    keys = [keys for keys, _ in KEY_TABLE if not keys.startswith("Editor:")]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
