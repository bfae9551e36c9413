"""The pygame-ce client: one main loop, screens as a state machine, layout computed from the window."""
