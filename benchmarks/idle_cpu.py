"""CPU of the idle discovery screen in a real window, against a bare pygame loop ticking the same clock.

    DISPLAY=:105 python benchmarks/idle_cpu.py [--seconds 30] [--size 3840x2160]

Needs a real X display (Xvfb is fine) and xdotool. Each program runs alone, fullscreen-sized, for the same
time; their CPU (user + system, from /proc/PID/stat) is compared. The bare loop opens a window of the same
size, handles events, and once a second draws and presents a clock's text, at 60 frames a second as the
game does. What it cannot see: the X server's own CPU (Xvfb's, or a compositor's), which both pay.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = """
import sys, time, pygame
pygame.init()
w, h = map(int, sys.argv[1].split("x"))
screen = pygame.display.set_mode((w, h), pygame.RESIZABLE)
screen.fill((18, 20, 28)); pygame.display.flip()
font = pygame.font.Font(None, h // 12)
clock, last = pygame.time.Clock(), -1
start = time.monotonic()
while True:
    for event in pygame.event.get():
        if event.type == pygame.QUIT:
            raise SystemExit
    second = int(time.monotonic() - start)
    if second != last:
        last = second
        box = pygame.Rect(w * 2 // 3, h // 3, w // 4, h // 10)
        screen.fill((18, 20, 28), box)
        screen.blit(font.render(f"{19 - second // 60}:{59 - second % 60:02d} left", True, (230, 230, 230)), box)
        pygame.display.update(box)
    clock.tick(60)
"""


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def window_of(pid: int) -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        out = subprocess.run(["xdotool", "search", "--pid", str(pid)], capture_output=True, text=True).stdout
        if out.strip():
            return out.split()[-1]
        time.sleep(0.1)
    raise RuntimeError("no window")


def measure(cmd: list[str], seconds: float, keys: list[str]) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SDL_")}
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        window = window_of(proc.pid)
        time.sleep(2)
        for key in keys:
            subprocess.run(["xdotool", "windowfocus", "--sync", window], check=False)
            subprocess.run(["xdotool", "key", "--window", window, key], check=False)
            time.sleep(0.5)
        time.sleep(3)  # the first frames of the screen are behind us: from here on it is idle
        before = cpu_seconds(proc.pid)
        time.sleep(seconds)
        return cpu_seconds(proc.pid) - before
    finally:
        proc.kill()
        proc.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--size", default="3840x2160")
    args = parser.parse_args()
    game = [sys.executable, "-m", "maze", "--size", args.size, "--level", "levels/classic.yaml"]
    game += ["--team", "Red: Ana, Ben, Cy", "--results-dir", "/tmp/idle-cpu-results", "--mute"]
    ours = measure(game, args.seconds, ["Return", "Return", "Return"])  # start, briefing, strategy
    bare = measure([sys.executable, "-c", BARE, args.size], args.seconds, [])
    print(f"idle discovery CPU over {args.seconds:g} s at {args.size}: game {ours:.2f} s, bare loop {bare:.2f} s")
    print(f"idle_cpu_ratio: {ours / max(bare, 0.01):.2f} (target < 2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
