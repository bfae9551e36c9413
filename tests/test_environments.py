"""Odd rooms: no HOME, a results folder that cannot be written, no fonts. A clear line and a fallback each."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LEVEL = str(ROOT / "levels" / "practice-field.yaml")
DEMO = ["-m", "maze", "demo", "--headless", "--teams", "1", "--no-pictures", "--level", LEVEL]


def run(env: dict[str, str], *args: str, cwd: Path | None = None, preexec=None) -> subprocess.CompletedProcess[str]:  # noqa: ANN001
    base = {"SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PATH": os.environ.get("PATH", "")}
    return subprocess.run(
        [sys.executable, *DEMO, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**base, **env},
        cwd=cwd or Path(__file__).parent.parent,
    )


def test_a_results_path_under_a_regular_file_falls_back_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    out = run({"HOME": str(tmp_path)}, "--results-dir", str(tmp_path / "afile" / "results"), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    assert "cannot write results in" in out.stderr and "Not a directory" in out.stderr
    assert f"results go to {tmp_path / 'electric-maze-results'}" in out.stderr
    assert list(tmp_path.glob("electric-maze-results/*/journal.jsonl"))


def test_a_read_only_home_falls_back_with_one_line(tmp_path: Path) -> None:
    out = run({"ELECTRIC_MAZE_HOME": "/proc/electric-maze"}, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "cannot write results in /proc/electric-maze/results" in out.stderr
    assert list(tmp_path.glob("electric-maze-results/*/results.csv"))


@pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root and setpriv to become a user with no home"
)
def test_no_home_at_all_is_one_line_and_plays() -> None:
    tmp_path = Path(tempfile.mkdtemp(prefix="robust-nohome-"))  # under /tmp, where the other user can go
    os.chmod(tmp_path, 0o777)

    out = subprocess.run(
        ["setpriv", "--reuid", "54321", "--regid", "54321", "--clear-groups", sys.executable, *DEMO],
        capture_output=True,
        text=True,
        timeout=120,
        env={"SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "TMPDIR": str(tmp_path), "PATH": "/usr/bin"},
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr and "no home folder (HOME is not set)" in out.stderr
    assert list(tmp_path.glob("electric-maze-54321/results/*/results.csv"))
    shutil.rmtree(tmp_path)


def test_missing_fonts_draw_with_a_plain_font(monkeypatch, capsys) -> None:  # noqa: ANN001
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    from maze.ui import painter

    pygame.font.init()
    monkeypatch.setattr(painter, "FONT_FILES", {False: Path("/nowhere/a.ttf"), True: Path("/nowhere/b.ttf")})
    monkeypatch.setattr(painter, "_FONT_WARNED", [])
    painter.font.cache_clear()
    try:
        assert painter.font(20).render("Zoë", True, (255, 255, 255)).get_width() > 0
        assert "not found; using a plain font" in capsys.readouterr().err
    finally:
        painter.font.cache_clear()
