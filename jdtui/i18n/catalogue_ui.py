"""Strings of the app's screens and dialogs."""

STRINGS: dict[str, dict[str, str]] = {}
