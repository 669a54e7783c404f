"""``jdtui check``, ``export``, ``report`` and ``block``: the completeness
engine and the user's own blocks on the command line.

Wired into the parser by :func:`jdtui.cli.build_parser`; like it, this module
imports nothing heavy at start-up (the engine is imported inside each command).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..i18n import t
from .output import EXIT_FINDINGS, EXIT_OK, CliError, Parser, json_out, out, safe, workspace


def _findings(role, library):
    from ..core.check import check

    return check(role, library)


def _print_findings(findings, score: int, stream) -> None:
    for f in findings:
        where = f.section or "-"
        if f.item is not None:
            where += f" #{f.item + 1}"
        stream.write(f"{t('severity.' + f.severity):<14} {f.rule:<20} {where:<18} {safe(f.message)}\n")
        if f.hint:  # how to fix it, under the finding
            stream.write(f"{'':<55}→ {safe(f.hint)}\n")
    stream.write(t("cli.score", score=score) + "\n")


def cmd_check(args: argparse.Namespace) -> int:
    from ..core.check import has_errors, score

    ws = workspace()
    role = ws.find(args.id)
    findings = _findings(role, ws.library)
    value = score(findings)
    if args.format == "json":
        json_out({"id": role.id, "score": value, "findings": [f.to_dict() for f in findings]})
    else:
        _print_findings(findings, value, sys.stdout)
        if not has_errors(findings):
            out(t("cli.complete"))
    return EXIT_FINDINGS if has_errors(findings) else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from ..core.check import has_errors, score

    ws = workspace()
    role = ws.find(args.id)
    fmt = _export_format(args)
    findings = _findings(role, ws.library)
    if has_errors(findings) and not args.force:
        _print_findings(findings, score(findings), sys.stderr)
        raise CliError(
            t("cli.export_refused", count=sum(f.severity == "error" for f in findings)), EXIT_FINDINGS
        )
    to_stdout = not args.output or args.output == "-"
    if to_stdout and fmt in ("docx", "pdf") and sys.stdout.isatty():
        raise CliError(t("cli.export.binary_needs_output", format=fmt))
    path = None if to_stdout else Path(args.output)
    if path is not None and path.exists() and not args.overwrite:
        raise CliError(t("cli.exists", path=path))
    data = _export_data(role, ws.library, fmt, args.template)
    if path is None:
        if fmt in ("md", "html"):  # text, through the stream as it is (a test's or a pipe's)
            sys.stdout.write(data.decode("utf-8"))
            return EXIT_OK
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    from ..store.export import write_export

    write_export(path, data, overwrite=args.overwrite)
    print(t("cli.written", path=path), file=sys.stderr)
    return EXIT_OK


def _export_format(args: argparse.Namespace) -> str:
    """``--format``, else the format the output file's extension names, else Markdown."""
    if args.format:
        return args.format
    suffix = Path(args.output).suffix.lower().lstrip(".") if args.output and args.output != "-" else ""
    return {"docx": "docx", "html": "html", "htm": "html", "pdf": "pdf"}.get(suffix, "md")


def _export_data(role, library, fmt: str, template_path: str | None) -> bytes:
    """The exported file's bytes; a template or converter problem as a one-line error (exit 2)."""
    from ..formats.package import WordFileError
    from ..formats.pdf import PdfUnavailable
    from ..formats.writers import TemplateNotApplicable, export_bytes

    template = None
    if template_path:
        if fmt not in ("docx", "pdf"):
            raise CliError(t("export.template.only_docx"))
        from ..store.ingest import read_template

        template = read_template(template_path)
    try:
        return export_bytes(role, library, fmt, template=template)
    except WordFileError as error:
        raise CliError(t("cli.export.bad_template", path=template_path, reason=str(error))) from None
    except (PdfUnavailable, TemplateNotApplicable) as error:
        raise CliError(str(error)) from None


def cmd_report(args: argparse.Namespace) -> int:
    from ..core.report import filter_rows, format_when, portfolio, sort_rows
    from ..i18n import ui_lang

    ws = workspace()
    drafts, errors = ws.list_drafts()
    for error in errors:
        print(t("cli.error", message=str(error)), file=sys.stderr)
    rows = filter_rows(portfolio(drafts, ws.library), args.organization or "", archived=args.archived)
    rows = sort_rows(rows, args.sort, reverse=args.reverse)
    if args.format == "json":
        json_out([row.to_dict() for row in rows])
        return EXIT_OK
    if not rows:
        print(t("report.empty"), file=sys.stderr)
        return EXIT_OK
    width = max(len(r.id) for r in rows)
    lang = ui_lang()
    org_width = min(24, max([len(t("report.organization"))] + [len(r.organization) for r in rows]))
    out(
        f"{t('report.id'):<{width}}  {t('report.score'):>6}  {t('report.errors'):>6}  {t('report.warnings'):>8}  "
        f"{t('report.infos'):>6}  {t('report.status'):<12}  {t('report.updated'):<16}  "
        f"{t('report.organization'):<{org_width}}  {t('report.title')}"
    )
    for r in rows:
        organization = safe(r.organization)
        if len(organization) > org_width:
            organization = organization[: org_width - 1] + "…"
        out(
            f"{r.id:<{width}}  {r.score:>6}  {r.errors:>6}  {r.warnings:>8}  {r.infos:>6}  "
            f"{t('status.' + r.status):<12}  {format_when(r.updated, lang):<16}  "
            f"{organization:<{org_width}}  {safe(r.title)}"
        )
    return EXIT_OK


def cmd_block_add(args: argparse.Namespace) -> int:
    from ..core.vocabulary import BlockSpecError, areas, make_block

    ws = workspace()
    known = set(areas(ws.library))
    try:
        block, new_areas = make_block(
            kind=args.kind,
            lang=args.lang,
            text=args.text,
            title=args.title or "",
            areas=args.area or (),
            covers=args.covers or (),
            measures=args.measures or (),
            group=args.group,
            day=args.day,
            goal=args.goal or "",
            tags=args.tag or (),
            known_areas=known,
            taken=set(ws.library.blocks),
        )
    except BlockSpecError as error:
        raise CliError(str(error)) from None
    for area in new_areas:
        print(t("block.new_area", area=area), file=sys.stderr)
    ws.save_block(block)
    out(block.id)
    return EXIT_OK


def cmd_block_areas(args: argparse.Namespace) -> int:
    from ..core.vocabulary import areas

    found = areas(workspace().library, args.lang)
    if args.format == "json":
        json_out(found)
    elif not found:
        print(t("block.no_areas"), file=sys.stderr)
    for area in found if args.format == "text" else ():
        out(area)
    return EXIT_OK


#: block kinds ``jdtui block add`` accepts (core.model.KINDS, kept here so the
#: parser does not import the domain model at start-up)
KINDS_FOR_CLI = (
    "general",
    "requirement",
    "duty",
    "right",
    "responsibility",
    "relationship",
    "kpi",
    "onboarding",
    "final",
)


def add_check_parsers(sub: argparse._SubParsersAction) -> None:
    """``check`` and ``export``."""
    p = sub.add_parser("check", help="check completeness (exit 0 complete, 1 errors, 2 usage)")
    p.add_argument("id")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser(
        "export", help="export as Markdown, Word, HTML or PDF (refuses roles with errors unless --force)"
    )
    p.add_argument("id")
    p.add_argument("-o", "--output", metavar="PATH")
    p.add_argument(
        "--format",
        choices=("md", "docx", "html", "pdf"),
        help="md (default), docx, html or pdf; without it, the output file's extension decides",
    )
    p.add_argument("--template", metavar="CLIENT.docx", help="write the Word file into a client's template")
    p.add_argument("--force", action="store_true", help="export even with errors")
    p.add_argument("--overwrite", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_export)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """``report`` and ``block``."""
    p = sub.add_parser("report", help="portfolio: every draft with status, score and findings")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--sort",
        choices=("score", "status", "updated", "title", "organization", "errors", "warnings", "id", "lang"),
        default="score",
    )
    p.add_argument("--reverse", action="store_true", help="flip the sort order")
    p.add_argument(
        "--organization", metavar="TEXT", help="only drafts whose organisation (or title) contains TEXT"
    )
    p.add_argument("--archived", action="store_true", help="archived drafts too")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("block", help="your own blocks")
    block = p.add_subparsers(dest="block_command", parser_class=Parser, required=True)
    p = block.add_parser("add", help="store a block of your own; prints its id")
    p.add_argument("--kind", required=True, choices=KINDS_FOR_CLI)
    p.add_argument("--lang", required=True, choices=("ru", "en"))
    p.add_argument("--text", required=True)
    p.add_argument("--title")
    p.add_argument("--area", action="append", metavar="AREA", help="duty: an area it belongs to (repeatable)")
    p.add_argument("--covers", action="append", metavar="AREA", help="right: an area it enables (repeatable)")
    p.add_argument(
        "--measures", action="append", metavar="AREA", help="KPI: an area it measures (repeatable)"
    )
    p.add_argument("--group", choices=("knowledge", "experience", "qualities"), help="requirement: its group")
    p.add_argument("--day", type=int, help="onboarding: the day of the plan")
    p.add_argument("--goal", help="onboarding: the goal of the day")
    p.add_argument("--tag", action="append", metavar="TAG", help="a tag, e.g. non-performance (repeatable)")
    p.set_defaults(handler=cmd_block_add)
    p = block.add_parser("areas", help="the duty-area vocabulary")
    p.add_argument("--lang", choices=("ru", "en"))
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_block_areas)
