"""``list``, ``show``, ``new``, ``locate`` and ``import``: templates and drafts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ..i18n import t
from .output import EXIT_OK, CliError, json_out, out, safe, warn, workspace


def cmd_list(args: argparse.Namespace) -> int:
    from ..core.search import filter_texts

    ws = workspace()
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
            warn(error)
        for role in drafts:
            if role.archived and not args.archived:
                continue
            if args.lang in (None, role.lang):
                rows.append(
                    {
                        "id": role.id,
                        "kind": "draft",
                        "title": role.title,
                        "lang": role.lang,
                        "status": role.status,
                        "updated": role.updated,
                        **({"archived": True} if role.archived else {}),
                    }
                )
    if args.query:
        keep = set(
            filter_texts(args.query, [(i, f"{r['title']} {r.get('family', '')}") for i, r in enumerate(rows)])
        )
        rows = [r for i, r in enumerate(rows) if i in keep]
    if args.format == "json":
        json_out(rows)
        return EXIT_OK
    if not rows:
        print(t("cli.no_templates"), file=sys.stderr)
    width = max((len(r["id"]) for r in rows), default=0)
    for row in rows:
        out(f"{row['id']:<{width}}  {t('kind.' + row['kind']):<10}  {row['lang']}  {safe(row['title'])}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from ..core.render import render_markdown

    ws = workspace()
    role = ws.find(args.id)
    if args.format == "md":
        out(render_markdown(role, ws.library))
        return EXIT_OK
    json_out(rolejson_out(role, ws.library))
    return EXIT_OK


def rolejson_out(role, library) -> dict:
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
                    **_areas_json(item, block),
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


def _areas_json(item, block) -> dict:
    """A clause's duty areas, the rights it covers, what it measures, and how they
    were assigned (``areas_by``: library, similar — with its ``confidence`` —,
    user, unmatched, or null)."""
    from ..core.areas import assigned_by

    if block is None or item.is_note:
        return {}
    data: dict = {
        "areas": list(block.areas),
        "covers": list(block.covers),
        "measures": list(block.measures),
        "areas_by": assigned_by(item, block),
    }
    if item.confidence is not None:
        data["confidence"] = item.confidence
    return data


def _parse_sets(pairs: Sequence[str]) -> dict[str, str]:
    from ..core.office_style import CHOICES
    from ..core.placeholders import VARIABLES

    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise CliError(t("cli.bad_set", value=pair))
        if name not in VARIABLES:
            raise CliError(t("cli.unknown_var", name=name, names=", ".join(VARIABLES)))
        if name in CHOICES and value.strip() not in CHOICES[name]:
            allowed = ", ".join(choice for choice in CHOICES[name] if choice)
            raise CliError(t("cli.bad_choice", name=name, value=value, values=allowed))
        values[name] = value.strip() if name in CHOICES else value
    return values


def cmd_new(args: argparse.Namespace) -> int:
    """A draft from a template; a position set here gets its case forms derived
    (the template's forms are another position's), said on stderr."""
    from .details import derive_for, report_forms

    ws = workspace()
    sets = _parse_sets(args.set or ())
    template = ws.library.templates.get(args.template)
    variables: dict[str, str] = dict(sets)
    changes: list = []
    if template is not None:
        derived, changes = derive_for(
            template.lang,
            {**template.variables, **sets},
            template.variables,
            template=template.variables,
            given=sets,
        )
        # a form that could not be derived is emptied, not left as the template's
        variables = {k: derived.get(k, "") for k in {*template.variables, *derived}}
    role = ws.new_draft(args.template, title=args.title, variables=variables)
    report_forms(changes, role.id, role.variables)
    out(role.id)
    return EXIT_OK


def cmd_locate(args: argparse.Namespace) -> int:
    places = workspace().locate()
    if args.format == "json":
        json_out(places)
    else:
        for key, value in places.items():
            out(f"{key:<13} {value}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """Import a Markdown, text or Word file as a new draft: its id on stdout, the report
    on stderr. A document of several roles gives its first or ``--role N``, or with
    ``--each`` one draft per role (their ids, one a line).

    Its duties, rights and KPIs get the duty areas of the library blocks they
    read like. With ``--to-library`` no draft is made: the document's clauses
    the library lacks become the user's own blocks. A document in a language other
    than Russian or English is refused (naming it) unless ``--any-language``."""
    from ..store.ingest import read_import

    ws = workspace()
    source = read_import(args.file, ws.limit("import_limit_mb"))
    results = ws.import_roles(
        source.text, lang=args.lang, title=args.title, any_language=getattr(args, "any_language", False)
    )
    if args.each:
        chosen = results
    else:
        number = args.role or 1
        if not 1 <= number <= len(results):
            raise CliError(t("import.no_such_role", number=number, count=len(results)))
        chosen = [results[number - 1]]
    if all(result.empty for result, _ in chosen):  # nothing sensible to keep: no draft is made
        raise CliError(chosen[0][0].report.refusal(surface="cli") or t("import.no_structure"))
    for note in source.notes:
        print(safe(note), file=sys.stderr)
    for result, classified in chosen:
        if not result.empty:
            _store_import(ws, result, classified, Path(args.file), getattr(args, "to_library", False))
    return EXIT_OK


def _store_import(ws, result, classified, path: Path, to_library: bool) -> None:
    """One imported role as a new draft (its id on stdout), or with ``to_library``
    its clauses the library lacks as own blocks (their ids); the report on stderr."""
    from ..core.areas import report_line
    from ..core.importer import format_report
    from ..store.ingest import keep_import

    done = keep_import(ws, result, path, to_library=to_library)
    print(safe(format_report(result.report, surface="cli")), file=sys.stderr)
    areas_line = report_line(classified)
    if areas_line:  # the draft's clauses, or the blocks harvested, have these areas
        print(safe(areas_line), file=sys.stderr)
    for message in done.messages:
        print(safe(message), file=sys.stderr)
    for block in done.added:
        out(block.id)
    if done.role is not None:
        out(done.role.id)


def add_core_parsers(sub: argparse._SubParsersAction) -> None:
    """``list``, ``show`` and ``new``."""
    p = sub.add_parser("list", help="list templates and drafts")
    p.add_argument("--kind", choices=("template", "draft"))
    p.add_argument("--lang", choices=("ru", "en"))
    p.add_argument("--query", "-q")
    p.add_argument("--archived", action="store_true", help="list archived drafts too")
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


def add_file_parsers(sub: argparse._SubParsersAction) -> None:
    """``locate`` and ``import``."""
    p = sub.add_parser("locate", help="where jdtui keeps its data")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_locate)

    p = sub.add_parser(
        "import", help="import a Markdown, text or Word (.docx) file as a new draft; prints its id"
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--lang", choices=("ru", "en"), help="document language (default: detected)")
    p.add_argument("--title", help="title of the new draft (default: from the document)")
    p.add_argument(
        "--to-library",
        action="store_true",
        help="add the document's clauses the library lacks to my own blocks instead of making a draft; "
        "prints their ids",
    )
    p.add_argument(
        "--any-language",
        action="store_true",
        help="also import a document in a language other than Russian or English (refused without it)",
    )
    roles = p.add_mutually_exclusive_group()
    roles.add_argument(
        "--role",
        type=int,
        metavar="N",
        help="a document of several roles: import the N-th (default: the first)",
    )
    roles.add_argument(
        "--each",
        action="store_true",
        help="a document of several roles: import each as its own draft (prints their ids)",
    )
    p.set_defaults(handler=cmd_import)
