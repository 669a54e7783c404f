"""Strings of the importer's report."""

STRINGS: dict[str, dict[str, str]] = {}
