"""Build the single-file app: `python tools/build_app.py` -> dist/electric-maze (.exe on Windows, an .app
bundle on macOS), with the window and app icons. Needs the build-only extras: pip install -e ".[app]".
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tools" / "electric-maze.spec"
ICON_PNG = ROOT / "assets" / "icon.png"
ICON_SIZES = [16, 24, 32, 48, 64, 128, 256]


def make_icons(folder: Path) -> list[Path]:
    """Windows .ico and macOS .icns from assets/icon.png (Pillow scales it; pixel art keeps its edges)."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    source = Image.open(ICON_PNG).convert("RGBA")
    big = source.resize((512, 512), Image.Resampling.NEAREST)
    ico, icns = folder / "electric-maze.ico", folder / "electric-maze.icns"
    big.save(ico, sizes=[(s, s) for s in ICON_SIZES])
    big.save(icns)
    return [ico, icns]


def build(dist: Path, work: Path) -> Path:
    icons = work / "icons"
    make_icons(icons)
    env = {**os.environ, "ELECTRIC_MAZE_ICONS": str(icons), "PYTHONHASHSEED": "1"}
    from maze import __version__

    env["APP_VERSION"] = __version__
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    return app_path(dist)


def app_path(dist: Path) -> Path:
    if sys.platform == "darwin":
        return dist / "Electric Maze.app"
    return dist / ("electric-maze.exe" if sys.platform.startswith("win") else "electric-maze")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="build files (default build/)")
    args = parser.parse_args(argv)
    missing = [name for name in ("PyInstaller", "PIL") if not _importable(name)]
    if missing:
        print(
            f'build_app: {" and ".join(missing)} missing; install the build tools with: pip install -e ".[app]"',
            file=sys.stderr,
        )
        return 2
    try:
        path = build(args.dist.resolve(), args.work.resolve())
    except subprocess.CalledProcessError as exc:
        print(f"build_app: PyInstaller failed (exit status {exc.returncode}); see its messages above", file=sys.stderr)
        return 1
    print(f"built {path}")
    return 0


def _importable(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


if __name__ == "__main__":
    raise SystemExit(main())
