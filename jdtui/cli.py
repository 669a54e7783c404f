"""The ``jdtui`` command: the app with no arguments, headless subcommands otherwise.

This module must start fast and never import Textual; the app is imported only
when it is started.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

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
                {"id": tpl.id, "kind": "template", "title": tpl.title, "lang": tpl.lang,
                 "family": tpl.family, "source": tpl.source}
            )
    if args.kind in (None, "draft"):
        drafts, errors = ws.list_drafts()
        for error in errors:
            _warn(error)
        for role in drafts:
            if args.lang in (None, role.lang):
                rows.append(
                    {"id": role.id, "kind": "draft", "title": role.title, "lang": role.lang,
                     "status": role.status, "updated": role.updated}
                )
    if args.query:
        keep = set(filter_texts(args.query, [(i, f"{r['title']} {r.get('family', '')}") for i, r in enumerate(rows)]))
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
    """A role for scripts: variables, sections and items with the block each links."""
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
        sections.append({"id": section.id, **({"heading": section.heading} if section.heading else {}), "items": items})
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


def _findings(role, library):
    from .core.check import check

    return check(role, library)


def _print_findings(findings, score: int, stream) -> None:
    for f in findings:
        where = f.section or "-"
        if f.item is not None:
            where += f" #{f.item + 1}"
        stream.write(f"{t('severity.' + f.severity):<14} {f.rule:<20} {where:<18} {_safe(f.message)}\n")
        if f.hint:  # how to fix it, under the finding
            stream.write(f"{'':<55}→ {_safe(f.hint)}\n")
    stream.write(t("cli.score", score=score) + "\n")


def cmd_check(args: argparse.Namespace) -> int:
    from .core.check import has_errors, score

    ws = _workspace()
    role = ws.find(args.id)
    findings = _findings(role, ws.library)
    value = score(findings)
    if args.format == "json":
        _json({"id": role.id, "score": value, "findings": [f.to_dict() for f in findings]})
    else:
        _print_findings(findings, value, sys.stdout)
        if not has_errors(findings):
            _out(t("cli.complete"))
    return EXIT_FINDINGS if has_errors(findings) else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .core.check import has_errors, score
    from .core.render import render_markdown

    ws = _workspace()
    role = ws.find(args.id)
    findings = _findings(role, ws.library)
    if has_errors(findings) and not args.force:
        _print_findings(findings, score(findings), sys.stderr)
        raise CliError(t("cli.export_refused", count=sum(f.severity == "error" for f in findings)), EXIT_FINDINGS)
    text = render_markdown(role, ws.library)
    if not args.output or args.output == "-":
        sys.stdout.write(text)
        return EXIT_OK
    path = Path(args.output)
    if path.exists() and not args.overwrite:
        raise CliError(t("cli.exists", path=path))
    from .store.export import write_export

    write_export(path, text, overwrite=args.overwrite)
    print(t("cli.written", path=path), file=sys.stderr)
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
    print(_safe(format_report(result.report)), file=sys.stderr)
    _out(role.id)
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    ws = _workspace()
    if args.id is None:
        rows = []
        for draft_id in ws.backed_up_drafts():
            found = ws.backups(draft_id)
            rows.append({"id": draft_id, "count": len(found), "latest": str(found[0].path)})
    else:
        rows = [
            {"id": b.draft_id, "created": b.created, "revision": b.revision, "path": str(b.path)}
            for b in ws.backups(args.id)
        ]
    if args.format == "json":
        _json(rows)
        return EXIT_OK
    if not rows:
        print(t("cli.backups_none"), file=sys.stderr)
    for row in rows:
        if args.id is None:
            _out(f"{row['id']}  {row['count']:>3}  {_safe(row['latest'])}")
        else:
            revision = "-" if row["revision"] is None else f"r{row['revision']}"
            _out(f"{row['created']}  {revision:>5}  {_safe(row['path'])}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from .store.errors import NotFoundError

    ws = _workspace()
    found = ws.backups(args.id)
    if not found:
        raise NotFoundError(t("store.no_backups", id=args.id))
    if args.backup:
        wanted = Path(args.backup).expanduser().resolve()
        chosen = next((b for b in found if b.path.resolve() == wanted or b.path.name == args.backup), None)
        if chosen is None:
            raise CliError(t("store.backup_of_other", found=_safe(args.backup), id=args.id))
    elif args.latest:
        chosen = found[0]
    else:
        raise CliError(t("cli.restore_which", id=args.id))
    role = ws.restore_backup(chosen)
    print(t("cli.restored", id=role.id, backup=_safe(str(chosen.path)), revision=role.revision), file=sys.stderr)
    return EXIT_OK


def cmd_team_add_block(args: argparse.Namespace) -> int:
    from .core.model import Block

    ws = _workspace()
    if args.file:
        path = Path(args.file)
        try:
            block = Block.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise CliError(t("cli.bad_block_file", path=_safe(str(path)), reason=_safe(str(error)))) from None
    else:
        block = ws.library.block(args.block_id)
        if block is None:
            raise CliError(t("cli.no_block", id=args.block_id))
    ws.save_team_block(block)
    print(t("cli.team_added", id=block.id, path=_safe(str(ws.team_library_path()))), file=sys.stderr)
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from .core.report import portfolio, sort_rows

    ws = _workspace()
    drafts, errors = ws.list_drafts()
    for error in errors:
        print(t("cli.error", message=str(error)), file=sys.stderr)
    rows = sort_rows(portfolio(drafts, ws.library), args.sort, reverse=args.reverse)
    if args.format == "json":
        _json([row.to_dict() for row in rows])
        return EXIT_OK
    if not rows:
        print(t("report.empty"), file=sys.stderr)
        return EXIT_OK
    width = max(len(r.id) for r in rows)
    _out(f"{t('report.id'):<{width}}  {t('report.score'):>6}  {t('report.errors'):>6}  {t('report.warnings'):>8}  "
         f"{t('report.infos'):>6}  {t('report.status'):<12}  {t('report.updated'):<20}  {t('report.title')}")
    for r in rows:
        _out(f"{r.id:<{width}}  {r.score:>6}  {r.errors:>6}  {r.warnings:>8}  {r.infos:>6}  "
             f"{t('status.' + r.status):<12}  {r.updated[:19]:<20}  {_safe(r.title)}")
    return EXIT_OK


def cmd_block_add(args: argparse.Namespace) -> int:
    from .core.vocabulary import BlockSpecError, areas, make_block

    ws = _workspace()
    known = set(areas(ws.library))
    try:
        block, new_areas = make_block(
            kind=args.kind, lang=args.lang, text=args.text, title=args.title or "", areas=args.area or (),
            covers=args.covers or (), measures=args.measures or (), group=args.group, day=args.day,
            goal=args.goal or "", tags=args.tag or (), known_areas=known,
            taken=set(ws.library.blocks),
        )
    except BlockSpecError as error:
        raise CliError(str(error)) from None
    for area in new_areas:
        print(t("block.new_area", area=area), file=sys.stderr)
    ws.save_block(block)
    _out(block.id)
    return EXIT_OK


def cmd_block_areas(args: argparse.Namespace) -> int:
    from .core.vocabulary import areas

    found = areas(_workspace().library, args.lang)
    if args.format == "json":
        _json(found)
    elif not found:
        print(t("block.no_areas"), file=sys.stderr)
    for area in found if args.format == "text" else ():
        _out(area)
    return EXIT_OK


def cmd_app(args: argparse.Namespace) -> int:
    from .app import JdtuiApp

    JdtuiApp().run()
    return EXIT_OK


# --- wiring ------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="jdtui", description="Compose, check and export job descriptions.")
    parser.add_argument("--version", action="version", version=f"jdtui {__version__}")
    parser.set_defaults(handler=cmd_app)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

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

    p = sub.add_parser("check", help="check completeness (exit 0 complete, 1 errors, 2 usage)")
    p.add_argument("id")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("export", help="export as Markdown (refuses roles with errors unless --force)")
    p.add_argument("id")
    p.add_argument("-o", "--output", metavar="PATH")
    p.add_argument("--format", choices=("md",), default="md")
    p.add_argument("--force", action="store_true", help="export even with errors")
    p.add_argument("--overwrite", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("locate", help="where jdtui keeps its data")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_locate)

    p = sub.add_parser("import", help="import a Markdown or text file as a new draft; prints its id")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--lang", choices=("ru", "en"), help="document language (default: detected)")
    p.add_argument("--title", help="title of the new draft (default: from the document)")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("backups", help="list kept versions of drafts (of one draft with ID)")
    p.add_argument("id", nargs="?")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser("restore", help="restore a draft from a backup (the current version is backed up first)")
    p.add_argument("id")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--backup", metavar="PATH", help="a backup listed by: jdtui backups ID")
    which.add_argument("--latest", action="store_true", help="the newest backup")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("team", help="the team library shared on this server")
    team = p.add_subparsers(dest="team_command", parser_class=_Parser, required=True)
    p = team.add_parser("add-block", help="add a block (from your library, or a JSON file) to the team library")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("block_id", nargs="?", metavar="BLOCK_ID")
    source.add_argument("--file", metavar="FILE", help="a block as JSON")
    p.set_defaults(handler=cmd_team_add_block)

    p = sub.add_parser("report", help="portfolio: every draft with status, score and findings")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--sort", choices=("score", "status", "updated", "title", "errors", "warnings", "id", "lang"),
                   default="score")
    p.add_argument("--reverse", action="store_true", help="flip the sort order")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("block", help="your own blocks")
    block = p.add_subparsers(dest="block_command", parser_class=_Parser, required=True)
    p = block.add_parser("add", help="store a block of your own; prints its id")
    p.add_argument("--kind", required=True, choices=KINDS_FOR_CLI)
    p.add_argument("--lang", required=True, choices=("ru", "en"))
    p.add_argument("--text", required=True)
    p.add_argument("--title")
    p.add_argument("--area", action="append", metavar="AREA", help="duty: an area it belongs to (repeatable)")
    p.add_argument("--covers", action="append", metavar="AREA", help="right: an area it enables (repeatable)")
    p.add_argument("--measures", action="append", metavar="AREA", help="KPI: an area it measures (repeatable)")
    p.add_argument("--group", choices=("knowledge", "experience", "qualities"), help="requirement: its group")
    p.add_argument("--day", type=int, help="onboarding: the day of the plan")
    p.add_argument("--goal", help="onboarding: the goal of the day")
    p.add_argument("--tag", action="append", metavar="TAG", help="a tag, e.g. non-performance (repeatable)")
    p.set_defaults(handler=cmd_block_add)
    p = block.add_parser("areas", help="the duty-area vocabulary")
    p.add_argument("--lang", choices=("ru", "en"))
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_block_areas)

    return parser


#: block kinds ``jdtui block add`` accepts (core.model.KINDS, kept here so the
#: parser does not import the domain model at start-up)
KINDS_FOR_CLI = ("general", "requirement", "duty", "right", "responsibility", "relationship", "kpi", "onboarding", "final")


def main(argv: Sequence[str] | None = None) -> int:
    from .store.errors import NotFoundError, StoreError

    try:
        args = build_parser().parse_args(argv)
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
    sys.exit(main())
