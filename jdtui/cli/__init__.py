"""The ``jdtui`` command: the app with no arguments, headless subcommands otherwise.

This package must start fast and never import Textual; the app is imported only
when it is started. Each group of sub-commands is a module of its own
(:mod:`.documents`, :mod:`.rules`, :mod:`.store`) that takes what every command
shares from :mod:`.output`; this module wires them into one parser.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from .. import __version__, settle, start_quietly
from ..i18n import t
from . import speech
from .output import EXIT_OK, EXIT_USAGE, CliError, Parser

#: the app's exit status after a crash, or when text it could not save was lost
EXIT_APP_FAILED = 1
#: terminal types Rich takes for "dumb" (it then reports a fixed 80×25 screen)
DUMB_TERMS = ("dumb", "unknown")


def terminal_for_app(environ: dict[str, str] | os._Environ[str]) -> tuple[str | None, str | None]:
    """(a refusal, a type assumed) for the terminal ``environ`` names.

    ``TERM=dumb`` says the terminal cannot draw a screen: the app is refused with
    a message that says how to start it anyway. ``TERM=unknown`` says only that
    nobody knew: the app runs as in an xterm (``TERM`` becomes ``xterm``) and says so.
    """
    term = environ.get("TERM", "")
    if term.lower() == "dumb":
        return t("cli.dumb_terminal"), None
    if term.lower() in DUMB_TERMS:
        environ["TERM"] = "xterm"
        return None, term
    return None, None


def cmd_app(args: argparse.Namespace) -> int:
    """The app. Its status: 0, 128+N after signal N (SIGHUP, SIGTERM), 1 after a
    crash or when text could not be saved anywhere, 2 when the terminal cannot show it."""
    refusal, assumed = terminal_for_app(os.environ)
    if refusal is not None:
        print(refusal, file=sys.stderr)
        return EXIT_USAGE
    from ..tui.app import JdtuiApp

    notes = [t("app.term_assumed", term=assumed)] if assumed else []
    app = JdtuiApp(start_notes=notes)
    app.run()
    for line in app.farewell:
        print(line, file=sys.stderr)
    status = app.return_code or EXIT_OK
    if status == EXIT_OK and app.lost_text:
        status = EXIT_APP_FAILED
    return status


def _adder(module: str, name: str) -> Callable[[argparse._SubParsersAction], None]:
    """``module.name``, the module imported only when it adds its parsers (`jdtui check`
    imports no other command's module)."""

    def add(sub: argparse._SubParsersAction) -> None:
        from importlib import import_module

        getattr(import_module(f"{__name__}.{module}"), name)(sub)

    return add


def _parser_groups() -> tuple[tuple[frozenset[str], Callable[[argparse._SubParsersAction], None]], ...]:
    """Who adds each sub-command's parser, in the order ``jdtui --help`` lists them."""
    return (
        (frozenset({"list", "show", "new"}), _adder("documents", "add_core_parsers")),
        (frozenset({"check", "export"}), _adder("rules", "add_check_parsers")),
        (frozenset({"locate", "import"}), _adder("documents", "add_file_parsers")),
        (frozenset({"backups", "restore", "team"}), _adder("store", "add_parsers")),
        (frozenset({"report", "block"}), _adder("rules", "add_parsers")),
        (frozenset({"draft"}), _adder("drafts", "add_parsers")),
        (frozenset({"rules"}), _adder("rules", "add_rules_parsers")),
        (frozenset({"set"}), _adder("details", "add_parsers")),
    )


def _command(argv: Sequence[str]) -> str | None:
    """The sub-command ``argv`` names: its first word that is no option (``jdtui``
    itself takes no option with a value)."""
    for arg in argv:
        if arg == "--":
            return None  # argparse's to judge: every parser is made
        if not arg.startswith("-"):
            return arg
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line. Given a ``command`` it knows, only that command's group
    of parsers is made: argparse looks up its gettext catalogues for every
    parser, and making them all costs ≈ 3 ms of every ``jdtui check``."""
    parser = Parser(prog="jdtui", description="Compose, check and export job descriptions.")
    parser.add_argument("--version", action="version", version=f"jdtui {__version__}")
    parser.set_defaults(handler=cmd_app)
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    groups = _parser_groups()
    known = any(command in names for names, _ in groups)
    for names, add in groups:
        if not known or command in names:
            add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    start_quietly()
    try:
        return _main(argv)
    finally:
        settle(freeze=False)


def _main(argv: Sequence[str] | None) -> int:
    from ..store.errors import NotFoundError, StoreError

    try:
        arguments = sys.argv[1:] if argv is None else list(argv)
        speech.install()
        args = build_parser(_command(arguments)).parse_args(arguments)
        return args.handler(args)
    except CliError as error:
        print(t("cli.error", message=str(error)), file=sys.stderr)
        return error.status
    except NotFoundError as error:
        print(t("cli.error", message=str(error)), file=sys.stderr)
        return EXIT_USAGE
    except StoreError as error:
        print(t("cli.error", message=str(error)), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
