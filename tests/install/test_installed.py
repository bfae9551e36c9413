"""What users install works from another folder: the wheel in a fresh venv, and the single-file app.

Slow (a venv, pip, PyInstaller), so these run only with ELECTRIC_MAZE_TEST_INSTALL=1 (.ci/run sets it).
"""

from __future__ import annotations

import csv
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
pytestmark = [
    pytest.mark.install,
    pytest.mark.skipif(os.environ.get("ELECTRIC_MAZE_TEST_INSTALL") != "1", reason="set ELECTRIC_MAZE_TEST_INSTALL=1"),
]


def run(command: list[str], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["ELECTRIC_MAZE_HOME"] = str(cwd / "home")
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{' '.join(command)}\n{done.stdout}\n{done.stderr}"
    return done


def check_program(program: list[str], elsewhere: Path) -> None:
    """validate, new, demo --headless and report, run from a folder that is not the checkout."""
    assert run([*program, "validate", "classic"], elsewhere).stdout.startswith("classic (bundled): ok:")
    workshop = elsewhere / "tuesday.yaml"
    workshop.write_text("level: classic\nteams:\n  - name: Équipe\n    players: [Zoë, Anaïs]\n", encoding="utf-8")
    assert ": ok: workshop" in run([*program, "validate", str(workshop)], elsewhere).stdout
    run([*program, "new", "--seed", "3", "-o", "mine.yaml"], elsewhere)
    assert (elsewhere / "schema" / "level.schema.json").is_file()
    assert run([*program, "validate", "mine.yaml"], elsewhere).stdout.startswith("mine.yaml: ok:")
    run([*program, "demo", "--headless", "--teams", "2", "--level", "mine.yaml", "--results-dir", "D"], elsewhere)
    [folder] = (elsewhere / "D").iterdir()
    assert {"journal.jsonl", "results.csv", "beeps.csv", "debrief-workshop-failures.png"} <= {
        p.name for p in folder.iterdir()
    }
    run([*program, "report", "D", "-o", "R"], elsewhere)
    with (elsewhere / "R" / "report.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 2


def test_the_wheel_installed_in_a_fresh_venv_works_from_another_folder(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)], tmp_path)
    [wheel] = wheels.glob("electric_maze-*.whl")
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)], tmp_path)
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)], tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    check_program([str(bin_dir / "electric-maze")], elsewhere)
    assert (bin_dir / "electric-maze-gui").exists() or sys.platform == "win32"


@pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason='needs pip install -e ".[app]"')
@pytest.mark.skipif(sys.platform == "darwin", reason="macOS builds an .app bundle; checked by hand")
def test_the_single_file_app_works_from_another_folder(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = [sys.executable, str(ROOT / "tools" / "build_app.py"), "--dist", str(dist), "--work", str(tmp_path / "b")]
    run(build, tmp_path)
    [app] = [p for p in dist.iterdir() if p.name.startswith("electric-maze")]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    check_program([str(app)], elsewhere)
