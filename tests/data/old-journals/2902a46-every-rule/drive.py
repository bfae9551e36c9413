"""Play a workshop that makes the rule events 2902a46 added (walking order, meetings, rounds, a walker sent back,
a spent budget), through that commit's own Recorder (how journal.jsonl here was made:
`git archive 2902a46 | tar -x -C /tmp/old`, then `PYTHONPATH=/tmp/old python drive.py level.yaml OUT`)."""

import sys
from pathlib import Path

from maze.core.commands import (
    Advance,
    IllegalCommand,
    Meeting,
    Penalty,
    PenaltyKind,
    Predict,
    SetOrder,
    StartWorkshop,
    Step,
    TeamPlan,
    TeamSpec,
    Tick,
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


def do(command: type, *args: object, after: float = 2.0) -> None:
    global now
    now += after
    try:
        events = rec.issue(command(now, *args))
    except IllegalCommand as exc:
        print("ILLEGAL", command.__name__, args, exc)
        return
    print(command.__name__, args, [e["type"] for e in events])


teams = (TeamSpec("Red", ("Ana", "Ben")), TeamSpec("Blue", ("Cy", "Dee", "Eli")))
rec.issue(StartWorkshop(0.0, teams, (TeamPlan(level), TeamPlan(level)), strategy_seconds=120))
do(Advance)  # strategy
do(SetOrder, (1, 0))
do(Advance)  # discovery
do(Meeting, True)
do(Meeting, False, after=20)
do(Step, Pos(2, 0))
do(Step, Pos(1, 0))  # beep: walked back automatically, the turn passes
do(Meeting, True)
do(Tick, after=50)  # the meeting's minute runs out
do(Step, Pos(2, 0))
do(Step, Pos(1, 1))
do(Step, Pos(0, 1))
do(Step, Pos(-1, 1))  # route found
do(Advance)  # execution
do(Predict, 12)
route = ((2, 0), (1, 1), (0, 1), (-1, 1))
for square in route * 2:  # Ben, then Ana
    do(Step, Pos(*square))
do(Advance)  # round 2
do(Step, Pos(2, 0))
do(Step, Pos(1, 0))  # error: the walker is sent back
for square in route * 2:
    do(Step, Pos(*square))
do(Advance)  # debrief
do(Advance)  # Blue starts
do(Advance)  # strategy
for _ in range(4):  # the fourth takes the penalties over the budget
    do(Penalty, PenaltyKind.RULE)
do(Advance)  # discovery, which the spent budget ends
do(Advance)  # debrief
do(Advance)  # the workshop is finished
print("finished", rec.workshop.finished)
rec.close()
