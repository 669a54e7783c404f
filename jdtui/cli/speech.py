"""The command line speaks the UI language: its help, and argparse's own words.

argparse marks its messages for gettext (``usage:``, ``invalid choice``, ``the
following arguments are required``…) and looks them up through the module's
``_`` and ``ngettext``; :func:`install` points those at jdtui's catalogue for
the UI language, and :class:`Formatter` translates the help texts the parser is
written with (English, used as the keys). Anything not in the catalogue stays
English, never a key.
"""

from __future__ import annotations

import argparse

from ..i18n import ui_lang

_table: dict[str, str] = {}


def tr(text: str) -> str:
    """``text`` (an English message) in the UI language, as :func:`install` chose it."""
    return _table.get(text, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return tr(singular if n == 1 else plural)


def install(lang: str | None = None) -> None:
    """Make argparse and the help speak ``lang`` (default: the UI language)."""
    global _table
    from ..i18n.catalogue_cli_help import TRANSLATIONS

    _table = TRANSLATIONS.get(lang or ui_lang(), {})
    argparse._ = tr  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


class Formatter(argparse.HelpFormatter):
    """Help texts and descriptions in the UI language."""

    def _expand_help(self, action: argparse.Action) -> str:
        if action.help:
            action.help = tr(action.help)
        return super()._expand_help(action)

    def _format_text(self, text: str) -> str:
        return super()._format_text(tr(text))
