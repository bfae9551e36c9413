"""The command line as a user runs it: real processes, real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from maze.resources import LEVELS_DIR

DATA = Path(__file__).parent / "data" / "levels"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "maze", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_validate_good_files_prints_one_summary_each_and_exits_0() -> None:
    files = sorted(str(p) for p in LEVELS_DIR.glob("*.yaml"))
    out = run("validate", *files)
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.strip().splitlines()
    assert len(lines) == len(files)
    assert all(": ok: " in line and "shortest route" in line for line in lines)
    assert out.stderr == ""


def test_validate_prints_warnings_under_the_summary() -> None:
    out = run("validate", str(DATA / "good" / "unreachable-warning.yaml"))
    assert out.returncode == 0
    assert "1 warnings" in out.stdout and "warning: 1 safe squares cannot be reached" in out.stdout


def test_validate_bad_files_exit_2_with_one_line_errors_and_no_traceback(tmp_path: Path) -> None:
    (tmp_path / "junk.yaml").write_bytes(bytes(range(256)))
    out = run(
        "validate",
        str(LEVELS_DIR / "classic.yaml"),
        str(DATA / "bad" / "unknown-key.yaml"),
        str(tmp_path / "junk.yaml"),
        str(tmp_path / "missing.yaml"),
        str(tmp_path),
    )
    assert out.returncode == 2
    lines = out.stdout.strip().splitlines()
    assert lines[0].endswith("0 warnings")
    assert "unknown key 'gird'; did you mean 'grid'?" in lines[1]
    assert "is binary" in lines[2] and "no such file" in lines[3] and "is a folder" in lines[4]
    assert "Traceback" not in out.stdout + out.stderr


def test_new_is_deterministic_and_writes_a_valid_level(tmp_path: Path) -> None:
    args = ("new", "--width", "8", "--height", "10", "--seed", "42", "--difficulty", "hard", "--no-diagonal")
    first, second = run(*args), run(*args)
    assert first.returncode == 0 and first.stdout == second.stdout
    assert "rules:\n  diagonal: false" in first.stdout
    target = tmp_path / "made.yaml"
    written = run(*args, "-o", str(target))
    assert written.returncode == 0 and target.read_text() == first.stdout
    assert "hard" in written.stderr
    check = run("validate", str(target))
    assert check.returncode == 0 and "8 x 10" in check.stdout and ", hard," in check.stdout


def test_new_into_an_unwritable_place_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = run("new", "--seed", "1", "-o", str(blocker / "sub" / "level.yaml"))
    assert out.returncode == 2 and out.stderr.startswith("electric-maze: cannot write")
    assert "Traceback" not in out.stderr


def test_console_script_and_module_agree() -> None:
    script = Path(sys.executable).parent / "electric-maze"
    if not script.exists():
        import shutil

        found = shutil.which("electric-maze")
        assert found, "the electric-maze console script is not installed"
        script = Path(found)
    a = subprocess.run([str(script), "new", "--seed", "5"], capture_output=True, text=True, timeout=60)
    b = run("new", "--seed", "5")
    assert a.returncode == 0 and a.stdout == b.stdout


def test_bad_arguments_are_usage_errors_not_tracebacks() -> None:
    out = run("new", "--width", "99")
    assert out.returncode == 2 and "must be 2 to 50" in out.stderr and "Traceback" not in out.stderr


def test_the_parser_offers_the_cores_sides_and_difficulties() -> None:
    from maze.cli import DIFFICULTIES, SIDES
    from maze.core.grid import Side
    from maze.core.level import Difficulty

    assert set(SIDES) == {s.value for s in Side} and set(DIFFICULTIES) == {d.value for d in Difficulty}


def test_missing_program_files_are_one_clear_line(monkeypatch, capsys) -> None:
    import maze.resources
    from maze.cli import main

    monkeypatch.setattr(maze.resources, "SCHEMA_DIR", Path("/nonexistent/levels/schema"))
    assert main(["validate", "x.yaml"]) == 2
    err = capsys.readouterr().err
    assert "its own files are missing" in err and "pip install -e ." in err and len(err.splitlines()) == 1
