"""Play a workshop that makes every event type aaa427f knew, through its own Recorder (how journal.jsonl here was made:
`git archive aaa427f | tar -x -C /tmp/old`, then `PYTHONPATH=/tmp/old python drive.py level.yaml OUT`)."""

import sys
from pathlib import Path

from maze.core.commands import (
    Advance,
    ExtendTime,
    IllegalCommand,
    Pause,
    Penalty,
    PenaltyKind,
    Predict,
    Resume,
    StartWorkshop,
    Step,
    TeamPlan,
    TeamSpec,
    Tick,
    Undo,
)
from maze.core.grid import Pos
from maze.core.workshop import Workshop
from maze.io.level_file import load_level
from maze.io.recorder import Recorder

out = Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
level = load_level(sys.argv[1]).level
rec = Recorder(Workshop(), out, durable=False)
now = 0.0


def do(cmd_type, *args, after=2.0):
    global now
    now += after
    try:
        events = rec.issue(cmd_type(now, *args))
    except IllegalCommand as exc:
        print("ILLEGAL", cmd_type.__name__, args, exc)
        return
    print(cmd_type.__name__, args, [e["type"] for e in events])


teams = (TeamSpec("Red", ("Ana", "Ben")), TeamSpec("Blue", ("Cy", "Dee")))
now = 0.0
rec.issue(StartWorkshop(0.0, teams, (TeamPlan(level), TeamPlan(level)), strategy_seconds=120))
do(Advance)  # strategy
do(Penalty, PenaltyKind.TALK)
do(Advance)  # discovery
do(Step, Pos(2, 0))
do(Undo)
do(Step, Pos(2, 0))
do(Step, Pos(1, 0))  # beep (new), manual retrace
do(Step, Pos(1, 1))  # off the route back: rule break
do(Step, Pos(2, 0))  # retrace step
do(Step, Pos(3, 0))  # off the entry edge: turn passes
do(Penalty, PenaltyKind.TALK)
do(Pause)
do(Resume, after=30)
do(Step, Pos(2, 0))
do(Step, Pos(1, 0))  # repeat beep
do(Step, Pos(2, 0))
do(Step, Pos(3, 0))
do(Tick, after=60)  # the minute is up
do(ExtendTime, 1)
do(Step, Pos(2, 0))
do(Step, Pos(1, 1))
do(Step, Pos(0, 1))
do(Step, Pos(-1, 1))  # exit: route found
do(Advance)  # execution
do(Predict, 8)
do(Step, Pos(2, 0))
do(Step, Pos(1, 0))  # execution error
do(Step, Pos(1, 1))
do(Step, Pos(0, 1))
do(Step, Pos(-1, 1))
do(Step, Pos(2, 0))
do(Step, Pos(1, 1))
do(Step, Pos(0, 1))
do(Step, Pos(-1, 1))
do(Advance)  # debrief
do(Advance)  # Red finished, Blue starts
# Blue: the route is revealed, execution stopped where it stands
do(Advance)  # strategy
do(Advance)  # discovery
do(Step, Pos(2, 0))
do(Advance)  # reveal: discovery ends
do(Advance)  # execution
do(Step, Pos(2, 0))
do(Advance)  # stop execution
do(Advance)  # debrief
do(Advance)  # the workshop is finished
print("finished", rec.workshop.finished)
rec.close()
