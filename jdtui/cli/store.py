"""``jdtui backups``, ``restore`` and ``team``: the store on the command line.

Wired into the parser by :func:`jdtui.cli.build_parser`; like it, this module
imports nothing heavy at start-up.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..i18n import t
from .output import EXIT_OK, CliError, Parser, json_out, out, safe, workspace


def cmd_backups(args: argparse.Namespace) -> int:
    """Drafts and files (``blocks``, ``settings``) with backups; with an id, its backups."""
    ws = workspace()
    if args.id is None:
        rows = []
        for draft_id in [*ws.backed_up_files(), *ws.backed_up_drafts()]:
            found = ws.backups(draft_id)
            rows.append({"id": draft_id, "count": len(found), "latest": str(found[0].path)})
    else:
        rows = [
            {"id": b.draft_id, "created": b.created, "revision": b.revision, "path": str(b.path)}
            for b in ws.backups(args.id)
        ]
    if args.format == "json":
        json_out(rows)
        return EXIT_OK
    if not rows:
        print(t("cli.backups_none"), file=sys.stderr)
    for row in rows:
        if args.id is None:
            out(f"{row['id']}  {row['count']:>3}  {safe(row['latest'])}")
        else:
            revision = "-" if row["revision"] is None else f"r{row['revision']}"
            out(f"{row['created']}  {revision:>5}  {safe(row['path'])}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a draft, or the file ``blocks`` or ``settings``, from a backup."""
    from ..store.errors import NotFoundError
    from ..store.workspace import STORE_FILES

    ws = workspace()
    found = ws.backups(args.id)
    if not found:
        key = "store.no_file_backups" if args.id in STORE_FILES else "store.no_backups"
        raise NotFoundError(t(key, id=args.id))
    if args.backup:
        wanted = Path(args.backup).expanduser().resolve()
        chosen = next((b for b in found if b.path.resolve() == wanted or b.path.name == args.backup), None)
        if chosen is None:
            raise CliError(t("store.backup_of_other", found=safe(args.backup), id=args.id))
    elif args.latest:
        chosen = found[0]
    else:
        raise CliError(t("cli.restore_which", id=args.id))
    if args.id in STORE_FILES:
        path = ws.restore_file_backup(args.id, chosen)
        print(t("cli.restored_file", path=safe(str(path)), backup=safe(str(chosen.path))), file=sys.stderr)
        return EXIT_OK
    role = ws.restore_backup(chosen)
    print(
        t("cli.restored", id=role.id, backup=safe(str(chosen.path)), revision=role.revision), file=sys.stderr
    )
    return EXIT_OK


#: A block file is one clause: far smaller than this.
BLOCK_FILE_BYTES = 1024 * 1024


def _block_from_file(path: Path):
    """The block in the JSON file ``path``, every field checked (never a FIFO or device)."""
    import json  # here: `jdtui check` imports this module for its parser only

    from ..store.errors import StoreError
    from ..store.fields import block_from_document
    from ..store.safe import read_regular

    try:
        raw = read_regular(path, BLOCK_FILE_BYTES)
        return block_from_document(json.loads(raw.decode("utf-8")))
    except StoreError as error:
        reason = error.message
    except RecursionError:
        reason = t("reliability.too_deep")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        reason = str(error)
    raise CliError(t("cli.bad_block_file", path=safe(str(path)), reason=safe(reason)))


def cmd_team_add_block(args: argparse.Namespace) -> int:
    from ..store.errors import StoreError

    ws = workspace()
    if args.file:
        block = _block_from_file(Path(args.file))
    else:
        block = ws.library.block(args.block_id)
        if block is None:
            raise CliError(t("cli.no_block", id=args.block_id))
    try:
        ws.save_team_block(block)
    except StoreError as error:  # a library jdtui would not read: the block would never appear
        raise CliError(t("reliability.not_written", reason=safe(str(error)))) from None
    print(t("cli.team_added", id=block.id, path=safe(str(ws.team_library_path()))), file=sys.stderr)
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """``backups``, ``restore`` and ``team``."""
    p = sub.add_parser("backups", help="list kept versions of drafts and files (of one with ID)")
    p.add_argument("id", nargs="?", help="a draft id, or blocks (your own blocks) or settings")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser(
        "restore", help="restore a draft or file from a backup (the current version is backed up first)"
    )
    p.add_argument("id", help="a draft id, or blocks (your own blocks) or settings")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--backup", metavar="PATH", help="a backup listed by: jdtui backups ID")
    which.add_argument("--latest", action="store_true", help="the newest backup")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("team", help="the team library shared on this server")
    team = p.add_subparsers(dest="team_command", parser_class=Parser, required=True)
    p = team.add_parser(
        "add-block", help="add a block (from your library, or a JSON file) to the team library"
    )
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("block_id", nargs="?", metavar="BLOCK_ID")
    source.add_argument("--file", metavar="FILE", help="a block as JSON")
    p.set_defaults(handler=cmd_team_add_block)
