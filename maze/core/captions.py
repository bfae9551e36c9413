"""Plain-language captions for a team's insights: what a facilitator reads out, as a question.

The wording is a prompt for discussion computed from the team's moves, never a diagnosis.
"""

from __future__ import annotations

from maze.core.events import BeepKind
from maze.core.insights import TeamInsights
from maze.core.records import record
from maze.core.stats import Lens
from maze.core.words import count as count_words
from maze.core.words import duration


@record(frozen=True)
class Caption:
    label: str  # a short name for the figure
    value: str  # the figure, as shown
    text: str  # one sentence to read out


def seconds_words(seconds: float | None) -> str:
    """Durations in captions are written as everywhere else (maze.core.words.duration)."""
    return "-" if seconds is None else duration(seconds)


def plural(count: int, word: str) -> str:
    return count_words(count, word)


def failures_caption(ins: TeamInsights) -> Caption:
    return Caption(
        "failures on record",
        str(ins.failures_on_record),
        f"{plural(ins.discovery_beeps, 'beep')} in discovery and {plural(ins.execution_errors, 'error')} in "
        "execution: all that a manager counting failures sees.",
    )


def route_caption(ins: TeamInsights) -> Caption:
    if ins.minutes_to_route is None:
        return Caption("to the route", "not found", "The team did not cross on its own: what held it back?")
    return Caption(
        "to the route",
        seconds_words(ins.minutes_to_route * 60),
        f"The whole route was known after {seconds_words(ins.minutes_to_route * 60)} of discovery.",
    )


def speed_caption(ins: TeamInsights) -> Caption:
    return Caption(
        "new beeps a minute",
        f"{ins.new_beeps_per_minute:.1f}",
        f"{plural(ins.new_beeps, 'new beep')} in {seconds_words(ins.discovery_seconds)}: "
        "how fast did you run experiments?",
    )


def empty_attempts_caption(ins: TeamInsights) -> Caption:
    count, total = ins.attempts_without_new_info, len(ins.attempts)
    return Caption(
        "attempts: nothing new",
        f"{count} of {total}",
        f"{count} of {total} attempts found no new beep and no new safe square: what was each walker trying?",
    )


def hesitation_caption(ins: TeamInsights) -> Caption:
    untried, known = ins.median_pause_untried, ins.median_pause_known
    if untried is None or known is None:
        return Caption("pause before a step", "-", "Too few steps to compare the pauses.")
    return Caption(
        "pause: untried / known",
        f"{seconds_words(untried)} / {seconds_words(known)}",
        f"You paused {seconds_words(untried)} before untried squares and {seconds_words(known)} "
        "before known ones: what made the unknown feel risky?"
        if untried > known
        else f"You paused {seconds_words(untried)} before untried squares and {seconds_words(known)} "
        "before known ones: the unknown did not slow you down.",
    )


def repeats_caption(ins: TeamInsights) -> Caption:
    own, others = ins.own_repeat_beeps, ins.others_repeat_beeps
    return Caption(
        "repeats: own / others'",
        f"{own} / {others}",
        f"{plural(own, 'repeat')} of the walker's own beep, {others} of a teammate's: "
        "did the next walker use the last failure?",
    )


def switch_caption(ins: TeamInsights) -> Caption:
    gap = ins.switch.gap_seconds
    how = "revealed" if ins.switch.route_revealed else "found"
    if gap is None:
        return Caption("route known to execution", "-", "Execution never started.")
    return Caption(
        "route known to execution",
        seconds_words(gap),
        f"{seconds_words(gap)} passed between the route being {how} and the first step of execution: "
        "how did you switch from learning to doing?",
    )


def prediction_caption(ins: TeamInsights) -> Caption:
    rounds = [r for r in ins.rounds if r.predicted is not None]
    if not rounds:
        return Caption("predicted / actual", "-", "No prediction was made.")
    last = rounds[-1]
    if last.difference is None:
        return Caption(
            "predicted / actual",
            f"{seconds_words(last.predicted)} / -",
            "Execution was stopped before everyone crossed: there is no time to set against the prediction.",
        )
    diff = last.difference
    word = "slower" if diff > 0 else "faster"
    return Caption(
        "predicted / actual",
        f"{seconds_words(last.predicted)} / {seconds_words(last.actual)}",
        f"{seconds_words(abs(diff))} {word} than predicted: what did the forecast rest on?",
    )


def penalties_caption(ins: TeamInsights) -> Caption:
    if not ins.penalties:
        return Caption("penalties", "none", "No penalties in any phase.")
    parts = [f"{plural(line.count, line.kind)} in {line.phase} (+{line.seconds:g} s)" for line in ins.penalties]
    total = sum(line.seconds for line in ins.penalties)
    return Caption("penalties", f"+{total:g} s", "; ".join(parts) + ".")


def live_beep_words(kind: str, label: bool) -> str:
    """What the walk screen says on a beep in discovery: by default only that it beeped (labelling it new
    or repeat during play would give the debrief's lesson away); with the level rule `label_beeps`, which."""
    if not label:
        return "Go back"
    return "New information: go back" if kind == BeepKind.NEW else "It beeped before: go back"


def team_captions(ins: TeamInsights) -> list[Caption]:
    """Every insight with its caption, in the order the team debrief shows them."""
    return [
        failures_caption(ins),
        route_caption(ins),
        speed_caption(ins),
        empty_attempts_caption(ins),
        hesitation_caption(ins),
        repeats_caption(ins),
        switch_caption(ins),
        prediction_caption(ins),
        penalties_caption(ins),
    ]


@record(frozen=True)
class LensText:
    title: str
    caption: str  # one line under the title
    questions: tuple[str, ...]  # for the facilitator (the guide lists the same)


LENS_TEXT = {
    Lens.FAILURES: LensText(
        "Failures on record",
        "What a manager counting beeps sees: fewest first",
        (
            "Which team would your organisation have promoted?",
            "What would this ranking teach a team about beeping next time?",
        ),
    ),
    Lens.LEARNING: LensText(
        "Learning",
        "How fast failures became knowledge",
        (
            "Which team collected its failures fastest, and what did that cost it on the first lens?",
            "Where did a walker repeat a beep a teammate had already found?",
        ),
    ),
    Lens.EXECUTION: LensText(
        "Execution",
        "Did we do it right? Score, every penalty in",
        (
            "Which team switched best from learning to doing?",
            "How close was your prediction, and what was it based on?",
        ),
    ),
}
