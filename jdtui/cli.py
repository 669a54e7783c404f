"""The ``jdtui`` command: the app with no arguments, headless subcommands otherwise.

This module must start fast and never import Textual; the app is imported only
when it is started.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .i18n import t

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A problem to report in one line, with an exit status."""

    def __init__(self, message: str, status: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.status = status


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, status 2, no usage dump
        raise CliError(f"{message} (see: {self.prog} --help)")


def _workspace():
    from .store.workspace import Workspace

    return Workspace(warn=_warn)


def _warn(error: Exception) -> None:
    """A damaged file jdtui could do without: one line on stderr, and go on."""
    print(t("store.warning", message=str(error)), file=sys.stderr)


def _out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _json(data: object) -> None:
    # json escapes C0 controls itself; escape C1 controls, bidi controls and lone
    # surrogates too, so no JSON we print can drive or garble a terminal.
    import re

    text = json.dumps(data, ensure_ascii=False, indent=2)
    _out(re.sub(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]", lambda m: f"\\u{ord(m[0]):04x}", text))


# --- commands ----------------------------------------------------------------
def cmd_list(args: argparse.Namespace) -> int:
    from .core.search import filter_texts

    ws = _workspace()
    rows: list[dict] = []
    if args.kind in (None, "template"):
        for tpl in ws.templates(args.lang):
            rows.append(
                {
                    "id": tpl.id,
                    "kind": "template",
                    "title": tpl.title,
                    "lang": tpl.lang,
                    "family": tpl.family,
                    "source": tpl.source,
                }
            )
    if args.kind in (None, "draft"):
        drafts, errors = ws.list_drafts()
        for error in errors:
            _warn(error)
        for role in drafts:
            if args.lang in (None, role.lang):
                rows.append(
                    {
                        "id": role.id,
                        "kind": "draft",
                        "title": role.title,
                        "lang": role.lang,
                        "status": role.status,
                        "updated": role.updated,
                    }
                )
    if args.query:
        keep = set(
            filter_texts(args.query, [(i, f"{r['title']} {r.get('family', '')}") for i, r in enumerate(rows)])
        )
        rows = [r for i, r in enumerate(rows) if i in keep]
    if args.format == "json":
        _json(rows)
        return EXIT_OK
    if not rows:
        print(t("cli.no_templates"), file=sys.stderr)
    width = max((len(r["id"]) for r in rows), default=0)
    for row in rows:
        _out(f"{row['id']:<{width}}  {t('kind.' + row['kind']):<10}  {row['lang']}  {_safe(row['title'])}")
    return EXIT_OK


def _safe(text: str) -> str:
    from .core.text import strip_controls

    return strip_controls(text)


def cmd_show(args: argparse.Namespace) -> int:
    from .core.render import render_markdown

    ws = _workspace()
    role = ws.find(args.id)
    if args.format == "md":
        _out(render_markdown(role, ws.library))
        return EXIT_OK
    _json(role_json(role, ws.library))
    return EXIT_OK


def role_json(role, library) -> dict:
    """A role for scripts: variables, sections and items with the block each links.

    Each section has its ``heading`` when it has its own wording (else the
    profile's heading is shown), its ``lead`` when it has its own, and its
    items; a note (a paragraph among the clauses) is an item of kind "note".
    """
    sections = []
    for section in role.sections:
        items = []
        for item in section.items:
            block = library.resolve(item)
            items.append(
                {
                    "kind": block.kind if block else None,
                    "text": block.text if block else None,
                    "linked": item.linked,
                    "block": item.ref,
                    **({"missing": True} if block is None else {}),
                }
            )
        sections.append(
            {
                "id": section.id,
                **({"heading": section.heading} if section.heading else {}),
                **({"lead": section.lead} if section.lead else {}),
                "items": items,
            }
        )
    return {
        "id": role.id,
        "title": role.title,
        "lang": role.lang,
        "profile": role.profile,
        "status": role.status,
        "revision": role.revision,
        "based_on": role.based_on,
        "variables": dict(role.variables),
        "sections": sections,
    }


def _parse_sets(pairs: Sequence[str]) -> dict[str, str]:
    from .core.placeholders import VARIABLES

    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise CliError(t("cli.bad_set", value=pair))
        if name not in VARIABLES:
            raise CliError(t("cli.unknown_var", name=name, names=", ".join(VARIABLES)))
        values[name] = value
    return values


def cmd_new(args: argparse.Namespace) -> int:
    ws = _workspace()
    role = ws.new_draft(args.template, title=args.title, variables=_parse_sets(args.set or ()))
    _out(role.id)
    return EXIT_OK


def cmd_locate(args: argparse.Namespace) -> int:
    places = _workspace().locate()
    if args.format == "json":
        _json(places)
    else:
        for key, value in places.items():
            _out(f"{key:<13} {value}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """Import a Markdown or text file as a new draft: its id on stdout, the report on stderr."""
    from .core.importer import format_report, import_markdown
    from .store.ingest import read_document

    text = read_document(args.file)
    ws = _workspace()
    result = import_markdown(text, ws.library, lang=args.lang, title=args.title)
    if result.empty:  # nothing sensible to keep: no draft is made
        raise CliError(t("import.no_structure"))
    imported = result.role
    if not imported.title:  # a document without a title: name the draft after its file
        from dataclasses import replace

        imported = replace(imported, title=Path(args.file).stem)
        result.report.title = imported.title
    role = ws.create_draft(imported)
    print(_safe(format_report(result.report, surface="cli")), file=sys.stderr)
    _out(role.id)
    return EXIT_OK


def cmd_app(args: argparse.Namespace) -> int:
    from .app import JdtuiApp

    JdtuiApp().run()
    return EXIT_OK


# --- wiring ------------------------------------------------------------------
def _add_core_parsers(sub: argparse._SubParsersAction) -> None:
    """``list``, ``show`` and ``new``."""
    p = sub.add_parser("list", help="list templates and drafts")
    p.add_argument("--kind", choices=("template", "draft"))
    p.add_argument("--lang", choices=("ru", "en"))
    p.add_argument("--query", "-q")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="show a draft or template")
    p.add_argument("id")
    p.add_argument("--format", choices=("md", "json"), default="md")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("new", help="create a draft from a template; prints its id")
    p.add_argument("--from", dest="template", required=True, metavar="TEMPLATE_ID")
    p.add_argument("--title")
    p.add_argument("--set", action="append", metavar="NAME=VALUE", help="fill a variable (repeatable)")
    p.set_defaults(handler=cmd_new)


def _add_file_parsers(sub: argparse._SubParsersAction) -> None:
    """``locate`` and ``import``."""
    p = sub.add_parser("locate", help="where jdtui keeps its data")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_locate)

    p = sub.add_parser("import", help="import a Markdown or text file as a new draft; prints its id")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--lang", choices=("ru", "en"), help="document language (default: detected)")
    p.add_argument("--title", help="title of the new draft (default: from the document)")
    p.set_defaults(handler=cmd_import)


def _parser_groups() -> tuple[tuple[frozenset[str], Callable[[argparse._SubParsersAction], None]], ...]:
    """Who adds each sub-command's parser, in the order ``jdtui --help`` lists them."""
    from . import cli_rules, cli_store

    return (
        (frozenset({"list", "show", "new"}), _add_core_parsers),
        (frozenset({"check", "export"}), cli_rules.add_check_parsers),
        (frozenset({"locate", "import"}), _add_file_parsers),
        (frozenset({"backups", "restore", "team"}), cli_store.add_parsers),
        (frozenset({"report", "block"}), cli_rules.add_parsers),
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
    parser = _Parser(prog="jdtui", description="Compose, check and export job descriptions.")
    parser.add_argument("--version", action="version", version=f"jdtui {__version__}")
    parser.set_defaults(handler=cmd_app)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    groups = _parser_groups()
    known = any(command in names for names, _ in groups)
    for names, add in groups:
        if not known or command in names:
            add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from .store.errors import NotFoundError, StoreError

    try:
        arguments = sys.argv[1:] if argv is None else list(argv)
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


if __name__ == "__main__":
    # ``python -m jdtui.cli``: run the one ``jdtui.cli`` module the command
    # modules import, so its errors are the ones ``main`` catches
    from jdtui.cli import main as _main

    sys.exit(_main())
