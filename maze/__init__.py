"""Electric Maze: the team-learning exercise as a projected game."""

__version__ = "0.1.0"
