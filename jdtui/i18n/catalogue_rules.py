"""Strings of completeness rules: messages and fix hints."""

STRINGS: dict[str, dict[str, str]] = {}
