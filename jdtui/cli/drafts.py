"""``jdtui draft …``: delete (to the bin), undelete, bin, duplicate, rename, archive.

Wired into the parser by :func:`jdtui.cli.build_parser`; like it, this module
imports nothing heavy at start-up.
"""

from __future__ import annotations

import argparse
import sys

from ..i18n import t
from .output import EXIT_OK, Parser, json_out, out, safe, workspace


def _say(key: str, role_id: str, title: str) -> None:
    print(safe(t(key, id=role_id, title=title)), file=sys.stderr)


def cmd_delete(args: argparse.Namespace) -> int:
    ws = workspace()
    role = ws.drafts.load(args.id)
    ws.delete_draft(args.id)
    _say("cli.draft.deleted", role.id, role.title)
    return EXIT_OK


def cmd_undelete(args: argparse.Namespace) -> int:
    role = workspace().undelete_draft(args.id)
    _say("cli.draft.undeleted", role.id, role.title)
    out(role.id)
    return EXIT_OK


def cmd_bin(args: argparse.Namespace) -> int:
    rows = workspace().deleted_drafts()
    if args.format == "json":
        json_out([{"id": d.id, "title": d.title, "lang": d.lang, "deleted": d.deleted} for d in rows])
        return EXIT_OK
    if not rows:
        print(t("bin.empty"), file=sys.stderr)
    from ..core.report import format_when
    from ..i18n import ui_lang

    lang = ui_lang()
    for row in rows:  # the time as the report and the app's bin show it
        out(f"{row.id}  {format_when(row.deleted, lang)}  {row.lang}  {safe(row.title)}")
    return EXIT_OK


def cmd_duplicate(args: argparse.Namespace) -> int:
    role = workspace().duplicate_draft(args.id, args.title)
    out(role.id)
    return EXIT_OK


def cmd_rename(args: argparse.Namespace) -> int:
    role = workspace().rename_draft(args.id, args.title)
    _say("cli.draft.renamed", role.id, role.title)
    return EXIT_OK


def cmd_archive(args: argparse.Namespace) -> int:
    archived = args.draft_command == "archive"
    role = workspace().archive_draft(args.id, archived)
    _say("cli.draft.archived" if archived else "cli.draft.unarchived", role.id, role.title)
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """``draft`` and its sub-commands."""
    p = sub.add_parser("draft", help="delete, undelete, duplicate, rename or archive a draft")
    group = p.add_subparsers(dest="draft_command", required=True, parser_class=Parser)
    q = group.add_parser("delete", help="move a draft to the bin (its backups stay)")
    q.add_argument("id")
    q.set_defaults(handler=cmd_delete)
    q = group.add_parser("undelete", help="bring a draft back from the bin")
    q.add_argument("id")
    q.set_defaults(handler=cmd_undelete)
    q = group.add_parser("bin", help="list deleted drafts")
    q.add_argument("--format", choices=("text", "json"), default="text")
    q.set_defaults(handler=cmd_bin)
    q = group.add_parser("duplicate", help="copy a draft into a new one; prints its id")
    q.add_argument("id")
    q.add_argument("--title")
    q.set_defaults(handler=cmd_duplicate)
    q = group.add_parser("rename", help="give a draft a new title")
    q.add_argument("id")
    q.add_argument("title")
    q.set_defaults(handler=cmd_rename)
    for name, text in (("archive", "put a draft away"), ("unarchive", "take a draft out of the archive")):
        q = group.add_parser(name, help=text)
        q.add_argument("id")
        q.set_defaults(handler=cmd_archive)
