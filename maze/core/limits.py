"""Every limit of the exercise, in one place.

The JSON schemas (levels/schema/*.json), `validate`, the level and workshop loaders, the setup screen,
the demo's options and the rules core all read these numbers; a test keeps the schemas equal to them,
so a file that passes `validate` is a file the game can play.
"""

from __future__ import annotations

from maze.core.records import record


@record(frozen=True)
class Limit:
    """An inclusive range of allowed values, and the words that name it in a one-line fault."""

    low: float
    high: float
    what: str

    def allows(self, value: float) -> bool:
        return self.low <= value <= self.high

    def fault(self, value: float) -> str:
        """One line for a value outside the range."""
        return f"{self.what} must be {self.low:g} to {self.high:g}, not {value:g}"

    def values(self) -> list[int]:
        """Every whole value in the range (for a setup choice)."""
        return list(range(int(self.low), int(self.high) + 1))


GRID_SIDE = Limit(2, 50, "each side of the grid (squares)")
TEAMS = Limit(1, 500, "the number of teams")
PLAYERS = Limit(1, 40, "the number of players in a team")
DISCOVERY_MINUTES = Limit(0, 600, "discovery minutes")
STRATEGY_MINUTES = Limit(0, 60, "strategy minutes")
PENALTY_SECONDS = Limit(0, 3600, "a price in seconds")
BUDGET_SECONDS = Limit(0, 36000, "the penalty budget in seconds")
MEETING_MINUTES = Limit(0, 60, "meeting minutes")
EXECUTION_ROUNDS = Limit(1, 5, "execution rounds")
PREDICTED_SECONDS = Limit(1, 99_999, "a predicted time in seconds")
EXTEND_MINUTES = Limit(1, 60, "minutes of extra discovery")

TEAM_NAME_LENGTH = 40
PLAYER_NAME_LENGTH = 40
LEVEL_NAME_LENGTH = 80
WORKSHOP_NAME_LENGTH = 80
DESCRIPTION_LENGTH = 2000
AUTHOR_LENGTH = 200

EXTEND_STEP_MINUTES = 5  # what X adds when discovery time is up
SNAKE_GAP = 2  # squares between two walkers of a snake in execution

# The rules' number fields and their limits: the schema's `rules` properties must say the same.
RULE_LIMITS: dict[str, Limit] = {
    "discovery_minutes": DISCOVERY_MINUTES,
    "repeat_penalty_seconds": PENALTY_SECONDS,
    "talk_penalty_seconds": PENALTY_SECONDS,
    "rule_break_penalty_seconds": PENALTY_SECONDS,
    "new_beep_price_seconds": PENALTY_SECONDS,
    "execution_error_seconds": PENALTY_SECONDS,
    "budget_seconds": BUDGET_SECONDS,
    "execution_rounds": EXECUTION_ROUNDS,
    "meeting_minutes": MEETING_MINUTES,
}
