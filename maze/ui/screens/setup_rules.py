"""The setup lines for execution and prices: shown from a maze's rules, changed, and put back into rules.

Every price is on screen before play, so the room knows what talking, a rule break, a repeat beep, a new
beep and an execution error cost, and whether there is a budget.
"""

from __future__ import annotations

from dataclasses import replace

from maze.core.level import ErrorRule, Rules, Walkers
from maze.core.limits import BUDGET_SECONDS, EXECUTION_ROUNDS, MEETING_MINUTES, PENALTY_SECONDS
from maze.ui.form import Choice

PRICE_CHOICES = [0, 5, 10, 15, 20, 30, 45, 60, 90, 120]
BUDGET_CHOICES = [0, 60, 120, 180, 300, 600, 900]
MEETING_CHOICES = [0, 1, 2, 3, 5, 10]
NONE = "none"
WALKER_WORDS = {Walkers.ONE: "one at a time", Walkers.SNAKE: "all at once (snake)"}
ERROR_WORDS = {ErrorRule.PENALTY: "add seconds, carry on", ErrorRule.BACK_TO_START: "add seconds, back to start"}
PRICES = {  # rule name: the words on its line
    "talk_penalty_seconds": "Price: talking (s)",
    "rule_break_penalty_seconds": "Price: rule break (s)",
    "repeat_penalty_seconds": "Price: repeat beep (s)",
    "new_beep_price_seconds": "Price: new beep (s)",
    "execution_error_seconds": "Price: execution error (s)",
}


def _seconds_choice(label: str, value: float, choices: list[int], zero: str | None = None) -> Choice:
    options = sorted(set(choices) | {int(value)})
    words = [zero if (zero and n == 0) else str(n) for n in options]
    return Choice(label, words, options.index(int(value)))


def _number(choice: Choice, zero: str | None = None) -> float:
    return 0.0 if choice.value == zero else float(choice.value)


class RuleLines:
    """Execution and price lines of the setup form."""

    def __init__(self, rules: Rules) -> None:
        self.rounds = Choice("Execution rounds", [str(n) for n in EXECUTION_ROUNDS.values()])
        self.walkers = Choice("Walkers in execution", list(WALKER_WORDS.values()))
        self.error = Choice("An execution error", list(ERROR_WORDS.values()))
        self.prices: dict[str, Choice] = {}
        self.budget = Choice("Penalty budget (s)", [NONE])
        self.meeting = Choice("Meeting minutes", [NONE])
        self.show(rules)

    def show(self, rules: Rules) -> None:
        self.rounds.select(str(rules.execution_rounds))
        self.walkers.select(WALKER_WORDS[rules.execution_walkers])
        self.error.select(ERROR_WORDS[rules.execution_error])
        values = {name: getattr(rules, name) for name in PRICES} | {
            "rule_break_penalty_seconds": rules.rule_break_seconds
        }
        self.prices = {
            name: _seconds_choice(label, values[name], [n for n in PRICE_CHOICES if PENALTY_SECONDS.allows(n)])
            for name, label in PRICES.items()
        }
        budgets = [n for n in BUDGET_CHOICES if BUDGET_SECONDS.allows(n)]
        self.budget = _seconds_choice("Penalty budget (s)", rules.budget_seconds, budgets, zero=NONE)
        meetings = [n for n in MEETING_CHOICES if MEETING_MINUTES.allows(n)]
        self.meeting = _seconds_choice("Meeting minutes", rules.meeting_minutes, meetings, zero=NONE)

    def fields(self) -> list[Choice]:
        return [self.meeting, self.rounds, self.walkers, self.error, *self.prices.values(), self.budget]

    def apply(self, rules: Rules) -> Rules:
        walkers = next(w for w, words in WALKER_WORDS.items() if words == self.walkers.value)
        error = next(e for e, words in ERROR_WORDS.items() if words == self.error.value)
        price = {name: _number(choice) for name, choice in self.prices.items()}
        return replace(
            rules,
            execution_rounds=int(self.rounds.value),
            execution_walkers=walkers,
            execution_error=error,
            budget_seconds=_number(self.budget, NONE),
            meeting_minutes=_number(self.meeting, NONE),
            talk_penalty_seconds=price["talk_penalty_seconds"],
            rule_break_penalty_seconds=price["rule_break_penalty_seconds"],
            repeat_penalty_seconds=price["repeat_penalty_seconds"],
            new_beep_price_seconds=price["new_beep_price_seconds"],
            execution_error_seconds=price["execution_error_seconds"],
        )


def rules_summary(rules: Rules) -> str:
    """One short line of a team's rules, for tournament setups where each maze keeps its own."""
    walk = "snake" if rules.execution_walkers is Walkers.SNAKE else "one by one"
    back = ", errors send back" if rules.execution_error is ErrorRule.BACK_TO_START else ""
    rounds = f"{rules.execution_rounds} round{'s' if rules.execution_rounds > 1 else ''}"
    minutes = f"{rules.discovery_minutes:g} min" if rules.discovery_minutes else "no limit"
    meeting = f", {rules.meeting_minutes:g} min meeting" if rules.meeting_minutes else ""
    return f"{minutes}{meeting}, {rounds}, {walk}{back}, talk {rules.talk_penalty_seconds:g} s"
