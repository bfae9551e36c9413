"""The exercise itself: pure rules, no pygame, no clock (time is passed in)."""
