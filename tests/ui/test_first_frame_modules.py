"""What the game loads before its first frame, started as a facilitator starts it (HOME, no ELECTRIC_MAZE_HOME,
with or without the settings file it saved): none of the heavy modules the first screen does not need.

Timings are never asserted (benchmarks/run.py measures start-up against a bare window); this keeps the reasons
the start is quick from quietly coming back: each module named here once cost the first frame a measured share.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from maze.resources import LEVELS_DIR

# Run the game until its first frame; the modules it loaded are written down as it exits.
HARNESS = """
import atexit, runpy, sys
listing = sys.argv.pop(1)
atexit.register(lambda: open(listing, "w").write("\\n".join(sorted(sys.modules))))
sys.argv[0] = "electric-maze"
runpy.run_module("maze", run_name="__main__")
"""

NOT_BEFORE_THE_FIRST_FRAME = {
    "yaml": "the YAML reader: bundled levels come from levels/index.py",
    "jsonschema": "the schema check: only for a file that is not a bundled level",
    "json": "the bundled levels' index is a Python module",
    "platformdirs": "the settings folder is worked out by maze.io.user_dirs.config_dir",
    "tomllib": "the settings file the game saved is read by maze.io.toml_subset",
    "locale": "argparse's words are taken as written (maze.cli)",
    "encodings.utf_8_sig": "text files drop a byte-order mark themselves",
    "signal": "the SIGTERM handler is set after the first frame",
    "maze.io.workshop_file": "--team is read by maze.core.team_spec",
    "maze.ui.presenter.desk": "the facilitator's desk loads on F3, F6 or --presenter",
    "maze.ui.presenter.windows": "the second window loads with --presenter or F6",
    "maze.ui.screens.overlays": "help and questions load when first asked",
    "maze.core.workshop": "the rules load when a workshop starts",
    "maze.ui.flow": "the phase screens load when a workshop starts",
}


def modules_at_first_frame(tmp_path: Path, *args: str) -> tuple[set[str], str]:
    """The modules loaded by the first frame, and what the game said on stderr."""
    listing = tmp_path / "modules.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ELECTRIC_MAZE_", "XDG_"))}
    env.update(
        HOME=str(tmp_path),
        ELECTRIC_MAZE_FIRST_FRAME_EXIT="1",
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
    )
    command = [sys.executable, "-c", HARNESS, str(listing), "--size", "1280x720", "--mute", *args]
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert "first frame " in out.stdout, out.stderr
    return set(listing.read_text(encoding="utf-8").splitlines()), out.stderr


@pytest.mark.parametrize(
    "start",
    [[], ["--level", str(LEVELS_DIR / "classic.yaml"), "--team", "Red: Ana, Ben, Cy"]],
    ids=["title", "level and team"],
)
@pytest.mark.parametrize("saved", [False, True], ids=["first start", "settings saved"])
def test_the_first_frame_loads_nothing_it_does_not_show(tmp_path: Path, start: list[str], saved: bool) -> None:
    if saved:
        from maze.io.settings_file import UserSettings, save_settings

        chosen = UserSettings(theme="light", results_dir=tmp_path / "Workshops")
        path = tmp_path / ".config" / "electric-maze" / "settings.toml"
        assert save_settings(chosen, path) == ""
        text = path.read_text(encoding="utf-8")  # one value out of range: its notice shows the file was read
        path.write_text(text.replace("display = 0", "display = 99"), encoding="utf-8")
    loaded, said = modules_at_first_frame(tmp_path, *start)
    assert ("ignored display" in said) == saved, said
    assert "maze.ui.screens.title" in loaded  # the game did start
    early = {name: why for name, why in NOT_BEFORE_THE_FIRST_FRAME.items() if name in loaded}
    assert early == {}, "loaded before the first frame, though its first screen does not need it"
