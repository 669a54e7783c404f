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


def _settings(ws):
    """The rule settings check applies; a problem in a settings file is one line on stderr."""
    settings = ws.rule_settings()
    for problem in settings.problems if settings is not None else ():
        print(t("store.warning", message=safe(problem)), file=sys.stderr)
    return settings


def _review(ws, role, settings=None):
    from ..core.check import review

    return review(role, ws.library, settings=settings if settings is not None else _settings(ws))


def _findings(ws, role):
    """The findings of ``role`` that count (dismissed ones left out)."""
    return _review(ws, role).active


def _where(role, section: str | None, item: int | None) -> str:
    """A finding's place as the document names it: «Должностные обязанности», п. 2."""
    from ..core.profiles import get_profile

    if section is None:
        return t("check.where.document")  # as the Check screen says it
    found = next((s for s in role.sections if s.id == section), None)
    spec = get_profile(role.profile).spec(section)
    if found is not None:
        name = get_profile(role.profile).heading(found, role.lang)
    else:
        name = spec.heading(role.lang) if spec else section
    name = safe(name)
    return name if item is None else t("cli.where_item", section=name, item=item + 1)


def _print_findings(findings, score: int, stream, role) -> None:
    for f in findings:
        where = _where(role, f.section, f.item)
        stream.write(f"{t('severity.' + f.severity):<14} {f.rule:<20} {where}\n")
        stream.write(f"{'':<15}{safe(f.message)}\n")
        if f.hint:  # how to fix it, under the finding
            stream.write(f"{'':<15}→ {safe(f.hint)}\n")
    stream.write(t("cli.score", score=score) + "\n")


def _print_dismissed(result, stream, role) -> None:
    if not (result.dismissed or result.stale):
        return
    from ..core.dismissals import dismissal_place

    if result.dismissed:
        stream.write("\n" + t("dismiss.heading") + "\n")
        for f, d in result.dismissed:
            stream.write(
                f"{t('severity.' + f.severity):<14} {f.rule:<20} {_where(role, f.section, f.item)}\n"
            )
            stream.write(f"{'':<15}{safe(f.message)}\n")
            stream.write(f"{'':<15}{t('dismiss.reason_label')}: {safe(d.reason)}\n")
    if result.stale:
        stream.write("\n" + t("dismiss.stale_heading") + "\n")
        for d in result.stale:
            stream.write(f"  {safe(dismissal_place(d))}: {safe(d.reason)}\n")


def _dismissed_dict(finding, dismissal) -> dict:
    return {**finding.to_dict(), "reason": dismissal.reason, "dismissed_at": dismissal.when}


def _stale_dict(dismissal) -> dict:
    from ..core.dismissals import dismissal_place

    return {**dismissal.to_dict(), "place": dismissal_place(dismissal)}


def _change_dismissals(ws, role, args, settings):
    """Apply ``--dismiss`` / ``--undismiss`` to the stored draft; the saved role."""
    from ..core.dismissals import DismissError, dismiss, place_text, undismiss
    from ..store.drafts import now_iso

    if not ws.is_draft(role.id):
        raise CliError(t("dismiss.not_a_draft", id=role.id))
    try:
        for spec in args.undismiss or ():
            role, count = undismiss(role, spec)
            print(t("dismiss.undone", place=spec, count=count), file=sys.stderr)
        for spec in args.dismiss or ():
            if args.reason is None or not args.reason.strip():
                raise DismissError(t("dismiss.no_reason"))
            active = _review(ws, role, settings).active
            role, finding = dismiss(role, ws.library, active, spec, args.reason, when=now_iso())
            print(
                t("dismiss.done", place=place_text(finding), reason=safe(args.reason.strip())),
                file=sys.stderr,
            )
    except DismissError as error:
        raise CliError(str(error)) from None
    return ws.save(role)


def cmd_check(args: argparse.Namespace) -> int:
    from ..core.check import has_errors, score

    ws = workspace()
    role = ws.find(args.id)
    settings = _settings(ws)
    if args.reason is not None and not args.dismiss:
        raise CliError(t("dismiss.reason_without_dismiss"))
    if args.dismiss or args.undismiss:
        role = _change_dismissals(ws, role, args, settings)
    result = _review(ws, role, settings)
    findings = result.active
    value = score(findings)
    if args.format == "json":
        report: dict = {"id": role.id, "score": value, "findings": [f.to_dict() for f in findings]}
        if role.dismissals:  # only then: a draft without dismissals reads as it always did
            report["dismissed"] = [_dismissed_dict(f, d) for f, d in result.dismissed]
            report["stale_dismissals"] = [_stale_dict(d) for d in result.stale]
        json_out(report)
    else:
        _print_findings(findings, value, sys.stdout, role)
        _print_dismissed(result, sys.stdout, role)
        if not has_errors(findings):
            out(t("cli.complete"))
    return EXIT_FINDINGS if has_errors(findings) else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from ..core.check import has_errors, score

    ws = workspace()
    role = ws.find(args.id)
    fmt = _export_format(args)
    findings = _findings(ws, role)
    if has_errors(findings) and not args.force:
        _print_findings(findings, score(findings), sys.stderr, role)
        raise CliError(
            t("cli.export_refused", count=sum(f.severity == "error" for f in findings)), EXIT_FINDINGS
        )
    to_stdout = not args.output or args.output == "-"
    if to_stdout and fmt in ("docx", "pdf") and sys.stdout.isatty():
        raise CliError(t("cli.export.binary_needs_output", format=fmt))
    path = None if to_stdout else Path(args.output)
    if path is not None:
        from ..store.export import refuse_target

        try:
            refuse_target(path)  # a folder, a link, a device: refused, --overwrite or not
        except OSError as error:
            raise CliError(_not_written(path, error)) from None
        if path.exists() and not args.overwrite:
            raise CliError(t("cli.exists", path=safe(str(path))))
    data = _export_data(role, ws.library, fmt, args.template)
    if path is None:
        if fmt in ("md", "html"):  # text, through the stream as it is (a test's or a pipe's)
            sys.stdout.write(data.decode("utf-8"))
            return EXIT_OK
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    from ..store.export import ExportExists, write_export

    try:
        write_export(path, data, overwrite=args.overwrite)
    except ExportExists:  # it appeared while the document was being made
        raise CliError(t("cli.exists", path=safe(str(path)))) from None
    except OSError as error:  # nothing was written; what was there is as it was
        raise CliError(_not_written(path, error)) from None
    print(t("cli.written", path=safe(str(path))), file=sys.stderr)
    return EXIT_OK


def _not_written(path: Path, error: OSError) -> str:
    from ..store.export import why_not_written

    return t("export.failed", path=safe(str(path)), reason=why_not_written(error))


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


def _status(row) -> str:
    """A portfolio row's status as the app's portfolio shows it (an archived draft: «архив»)."""
    return t("portfolio.archived_mark") if row.archived else t("status." + row.status)


def cmd_report(args: argparse.Namespace) -> int:
    from ..core.report import filter_rows, format_when, portfolio, sort_rows
    from ..i18n import ui_lang

    ws = workspace()
    drafts, errors = ws.list_drafts()
    for error in errors:
        print(t("cli.error", message=str(error)), file=sys.stderr)
    rows = filter_rows(
        portfolio(drafts, ws.library, settings=_settings(ws)), args.organization or "", archived=args.archived
    )
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
            f"{_status(r):<12}  {format_when(r.updated, lang):<16}  "
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
    p.add_argument(
        "--dismiss",
        action="append",
        metavar="RULE[@SECTION#ITEM]",
        help="dismiss this finding in the draft (needs --reason); it stops counting for the score and export",
    )
    p.add_argument("--reason", metavar="TEXT", help="why the finding does not apply (kept with the draft)")
    p.add_argument(
        "--undismiss", action="append", metavar="RULE[@SECTION#ITEM]", help="count a dismissed finding again"
    )
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


def _source_text(rule) -> str:
    """Where a rule's settings came from: ``default``, or ``severity: team; off: user``."""
    parts = []
    if rule.severity_source != "default":
        parts.append(f"{t('rules.head.severity')}: {t('rules.source.' + rule.severity_source)}")
    if rule.switch_source != "default":
        switch = t("rules.head.enabled")
        parts.append(f"{switch}: {t('rules.source.' + rule.switch_source)}")
    return "; ".join(parts) or t("rules.source.default")


def cmd_rules(args: argparse.Namespace) -> int:
    from ..core.rule_settings import NO_SETTINGS, effective_rules
    from ..core.rules import RULES

    ws = workspace()
    settings = _settings(ws) or NO_SETTINGS
    rows = effective_rules(((rule.id, rule.severity) for rule in RULES), settings)
    files = [(source, path) for source, path in ws.rule_files()]
    if args.format == "json":
        json_out(
            {
                "rules": [{**row.to_dict(), "title": t(f"rule.{row.id}.title")} for row in rows],
                "files": [
                    {
                        "source": source,
                        "path": str(path) if path else None,
                        "exists": bool(path and path.exists()),
                    }
                    for source, path in files
                ],
                "terms": [
                    {
                        "text": term.text,
                        "lang": term.lang,
                        "kind": term.kind,
                        "hint": term.hint,
                        "source": term.source,
                    }
                    for term in settings.terms
                ],
                "problems": list(settings.problems),
            }
        )
        return EXIT_OK
    width = max(len(row.id) for row in rows)
    out(
        f"{t('rules.head.id'):<{width}}  {t('rules.head.severity'):<9}  {t('rules.head.enabled'):<4}  "
        f"{t('rules.head.source'):<28}  {t('rules.head.title')}"
    )
    for row in rows:
        enabled = t("rules.yes") if row.enabled else t("rules.no")
        out(
            f"{row.id:<{width}}  {row.severity:<9}  {enabled:<4}  {_source_text(row):<28}  "
            f"{t(f'rule.{row.id}.title')}"
        )
    out("")
    out(t("rules.files"))
    for source, path in files:
        missing = "" if path is not None and path.exists() else "  " + t("rules.file_missing")
        out(f"  {t('rules.source.' + source):<8} {safe(str(path)) if path else '-'}{missing}")
    if settings.terms:
        out("")
        out(t("rules.terms"))
        for term in settings.terms:
            out(
                f"  {term.lang}  {t('rules.term_kind.' + term.kind):<12}  {safe(term.text)}"
                f"  ({t('rules.source.' + term.source)})"
            )
    return EXIT_OK


def add_rules_parsers(sub: argparse._SubParsersAction) -> None:
    """``rules``."""
    p = sub.add_parser("rules", help="the effective check rules and where each setting came from")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_rules)
