"""Screens: each handles Actions, draws itself, and answers with a Transition value."""
