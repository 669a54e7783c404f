"""``jdtui set ID NAME=VALUE …``: change a draft's details; the case forms of a
changed position (or reporting line) are derived and the command says so.

Wired into the parser by :func:`jdtui.cli.build_parser`; the analyser is
imported only when a form has to be derived.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..i18n import t
from .output import EXIT_OK, CliError, out, safe, workspace


def derive_for(
    lang: str,
    variables: Mapping[str, str],
    previous: Mapping[str, str],
    *,
    template: Mapping[str, str] | None,
    given: Iterable[str],
) -> tuple[dict[str, str], list]:
    """``variables`` with the case forms of a changed nominative derived (Russian
    roles only); the forms named in ``given`` are the user's and stay."""
    from ..core.grammar import FORMS

    given = frozenset(given)
    if lang != "ru" or not any(name in given for name in FORMS):
        return dict(variables), []
    from ..core.grammar import derive_forms

    return derive_forms(variables, previous, template=template, keep=given, only=given)


def report_forms(changes: list, role_id: str, variables: Mapping[str, str]) -> None:
    """One line on stderr per case form derived, emptied or kept."""
    from ..core.grammar import NOMINATIVE_OF

    for change in changes:
        label = t(f"var.{change.name}")
        source_name = NOMINATIVE_OF[change.name]
        source = t(f"var.{source_name}")
        if not change.derived:
            line = t("cli.grammar.kept", label=label, value=change.value)
        elif not change.value:
            nominative = variables.get(source_name, "")
            line = t("cli.grammar.not_derived", label=label, source=nominative, id=role_id, name=change.name)
        else:
            key = "cli.grammar.derived" if change.sure else "cli.grammar.derived_check"
            line = t(key, label=label, value=change.value, source=source)
        print(safe(line), file=sys.stderr)


def parse_pairs(pairs: Iterable[str], allowed: Iterable[str]) -> dict[str, str]:
    """``NAME=VALUE`` pairs; an unknown name or a pair without ``=`` is an error."""
    allowed = tuple(allowed)
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise CliError(t("cli.bad_set", value=pair))
        if name not in allowed:
            raise CliError(t("cli.set.bad_field", name=name, names=", ".join(allowed[2:])))
        values[name] = value
    return values


def cmd_set(args: argparse.Namespace) -> int:
    from ..core.model import STATUSES
    from ..core.placeholders import VARIABLES

    values = parse_pairs(args.pairs, ("title", "status", *VARIABLES))
    ws = workspace()
    if not ws.is_draft(args.id):
        ws.find(args.id)  # not found at all: its own message
        raise CliError(t("cli.set.not_draft", id=args.id))
    role = ws.drafts.load(args.id)
    fields = {k: values.pop(k) for k in ("title", "status") if k in values}
    if "status" in fields and fields["status"] not in STATUSES:
        raise CliError(t("cli.set.bad_field", name=fields["status"], names=", ".join(STATUSES)))
    merged = {**role.variables, **values}
    template = ws.library.templates.get(role.based_on) if role.based_on else None
    derived, changes = derive_for(
        role.lang,
        merged,
        role.variables,
        template=template.variables if template is not None else None,
        given=values,
    )
    new = replace(role, **fields).with_variables(**{k: derived.get(k, "") for k in {*merged, *derived}})
    saved = ws.save(new) if new != role else role
    report_forms(changes, role.id, new.variables)
    count = len(fields) + sum(1 for k in {*merged, *derived} if role.variables.get(k) != new.variables.get(k))
    print(safe(t("cli.set.done", id=role.id, count=count)), file=sys.stderr)
    out(saved.id)
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """``set``."""
    p = sub.add_parser(
        "set",
        help="change a draft's title, status or details (NAME=VALUE); the case forms of a changed position are derived",
    )
    p.add_argument("id", help="the draft's id")
    p.add_argument(
        "pairs",
        nargs="+",
        metavar="NAME=VALUE",
        help="title, status or a details field (position, reports_to, …)",
    )
    p.set_defaults(handler=cmd_set)
