"""Dismissed findings: a consultant's "this finding does not apply here, because…".

A dismissal (:class:`~jdtui.core.model.Dismissal`, stored with the draft) names
a finding by rule and place — ``RULE``, ``RULE@SECTION`` or
``RULE@SECTION#ITEM`` (the item counted from 1, as ``jdtui check`` prints it)
— and keeps a fingerprint of the text it was about: the clause, or the role
variable for a finding about a field. It applies to a finding of that rule in
that section whose clause still has that text (wherever in the section the
clause has moved); once the text changes, the dismissal no longer applies and
the finding counts again. A whole-document finding (no clause, no field) has
no text to fingerprint: its dismissal applies while the finding is there.

Pure functions over core values; :func:`jdtui.core.check.review` splits a
check's findings with :func:`split`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import NamedTuple

from ..i18n import t
from .model import Dismissal, Finding, Library, Role

#: longest reason kept (a reason is a sentence or two, not a document)
MAX_REASON = 500


class DismissError(ValueError):
    """A dismissal that cannot be made (its message says why, in the UI language)."""


class Place(NamedTuple):
    """What ``RULE[@SECTION[#ITEM]]`` names; ``item`` is 0-based."""

    rule: str
    section: str | None = None
    item: int | None = None


class Dismissed(NamedTuple):
    """A finding a dismissal applies to."""

    finding: Finding
    dismissal: Dismissal


class Split(NamedTuple):
    """A check's findings: those that count, those dismissed, and the dismissals
    that apply to no finding any more (the clause changed, or the finding went away)."""

    active: list[Finding]
    dismissed: list[Dismissed]
    stale: list[Dismissal]


def parse_place(spec: str) -> Place:
    """``RULE``, ``RULE@SECTION`` or ``RULE@SECTION#ITEM`` (ITEM from 1)."""
    spec = spec.strip()
    rule, at, where = spec.partition("@")
    section, hash_sign, item = where.partition("#")
    rule, section, item = rule.strip(), section.strip(), item.strip()
    if not rule or (at and not section) or (hash_sign and not item) or "#" in rule:
        raise DismissError(t("dismiss.bad_place", spec=spec))
    number: int | None = None
    if item:
        if not item.isdigit() or int(item) < 1:
            raise DismissError(t("dismiss.bad_item", spec=spec))
        number = int(item) - 1
    return Place(rule, section or None, number)


def place_text(finding: Finding | Dismissal) -> str:
    """``RULE@SECTION#ITEM`` of a finding or a dismissal (what ``--dismiss`` takes)."""
    out = finding.rule
    if finding.section:
        out += "@" + finding.section
        if finding.item is not None:
            out += f"#{finding.item + 1}"
    return out


def dismissal_place(dismissal: Dismissal) -> str:
    """:func:`place_text`, with the field a dismissal is about: ``requisites (organization)``."""
    return place_text(dismissal) + (f" ({dismissal.field})" if dismissal.field else "")


def fingerprint(text: str) -> str:
    """A short hash of ``text`` with its spacing normalised (re-spacing is no change)."""
    import hashlib

    return hashlib.blake2b(" ".join(text.split()).encode("utf-8", "replace"), digest_size=8).hexdigest()


def clause_text(role: Role, library: Library, section: str | None, item: int | None) -> str | None:
    """The text of the clause at ``section``/``item`` (its goal too), or None if there is none."""
    if section is None or item is None:
        return None
    found = role.section(section)
    if found is None or not 0 <= item < len(found.items):
        return None
    block = library.resolve(found.items[item])
    return "" if block is None else block.text + "\n" + block.goal


def field_text(role: Role, name: str) -> str:
    return role.title if name == "title" else role.variables.get(name) or ""


def finding_print(role: Role, library: Library, finding: Finding) -> str:
    """The fingerprint of what ``finding`` is about ("" for the whole document)."""
    if finding.field:
        return fingerprint(field_text(role, finding.field))
    text = clause_text(role, library, finding.section, finding.item)
    return "" if text is None else fingerprint(text)


def _applies(dismissal: Dismissal, finding: Finding, printed: str) -> bool:
    if dismissal.rule != finding.rule or dismissal.section != finding.section:
        return False
    if (dismissal.field or None) != (finding.field or None):
        return False
    if (dismissal.item is None) != (finding.item is None):
        return False
    return dismissal.fingerprint == printed


def split(role: Role, library: Library, findings: Iterable[Finding]) -> Split:
    """``findings`` split by the role's dismissals."""
    findings = list(findings)
    if not role.dismissals:
        return Split(findings, [], [])
    by_rule: dict[str, list[tuple[int, Dismissal]]] = {}
    for index, dismissal in enumerate(role.dismissals):
        by_rule.setdefault(dismissal.rule, []).append((index, dismissal))
    prints: dict[tuple[str | None, int | None, str | None], str] = {}  # one hash per place
    used: set[int] = set()
    active: list[Finding] = []
    dismissed: list[Dismissed] = []
    for finding in findings:
        candidates = by_rule.get(finding.rule)
        if not candidates:
            active.append(finding)
            continue
        place = (finding.section, finding.item, finding.field)
        if place not in prints:
            prints[place] = finding_print(role, library, finding)
        printed = prints[place]
        for index, dismissal in candidates:
            if _applies(dismissal, finding, printed):
                used.add(index)
                dismissed.append(Dismissed(finding, dismissal))
                break
        else:
            active.append(finding)
    stale = [d for index, d in enumerate(role.dismissals) if index not in used]
    return Split(active, dismissed, stale)


def matching(findings: Iterable[Finding], place: Place) -> list[Finding]:
    """The findings ``place`` names: of its rule, in its section (and item) if given."""
    out = [f for f in findings if f.rule == place.rule]
    if place.section is not None:
        out = [f for f in out if f.section == place.section]
    if place.item is not None:
        out = [f for f in out if f.item == place.item]
    return out


def dismiss(
    role: Role, library: Library, findings: Iterable[Finding], spec: str, reason: str, when: str = ""
) -> tuple[Role, Finding]:
    """``role`` with the finding ``spec`` names dismissed for ``reason``.

    ``findings`` are the role's current (not yet dismissed) findings: the place
    must name exactly one of them; :class:`DismissError` says what is wrong.
    """
    reason = " ".join(reason.split())
    if not reason:
        raise DismissError(t("dismiss.no_reason"))
    place = parse_place(spec)
    found = matching(findings, place)
    if not found:
        raise DismissError(t("dismiss.no_finding", spec=spec))
    if len(found) > 1:
        places = ", ".join(dict.fromkeys(place_text(f) for f in found))
        raise DismissError(t("dismiss.ambiguous", spec=spec, count=len(found), places=places))
    return with_dismissed(role, library, found[0], reason, when), found[0]


def with_dismissed(role: Role, library: Library, finding: Finding, reason: str, when: str = "") -> Role:
    """``role`` with ``finding`` dismissed (a dismissal of the same place replaced)."""
    reason = " ".join(reason.split())[:MAX_REASON]
    dismissal = Dismissal(
        rule=finding.rule,
        section=finding.section,
        item=finding.item,
        field=finding.field,
        reason=reason,
        fingerprint=finding_print(role, library, finding),
        when=when,
    )
    kept = tuple(d for d in role.dismissals if not _same_place(d, dismissal))
    return replace(role, dismissals=(*kept, dismissal))


def _same_place(a: Dismissal, b: Dismissal) -> bool:
    return (a.rule, a.section, a.item, a.field) == (b.rule, b.section, b.item, b.field)


def undismiss(role: Role, spec: str) -> tuple[Role, int]:
    """``role`` without the dismissals ``spec`` names, and how many were taken back."""
    place = parse_place(spec)
    keep = []
    for d in role.dismissals:
        named = d.rule == place.rule and (place.section is None or d.section == place.section)
        named = named and (place.item is None or d.item == place.item)
        if not named:
            keep.append(d)
    removed = len(role.dismissals) - len(keep)
    if not removed:
        raise DismissError(t("dismiss.none_to_undo", spec=spec))
    return replace(role, dismissals=tuple(keep)), removed


def without_dismissal(role: Role, dismissal: Dismissal) -> Role:
    """``role`` without this one dismissal (the Check screen's key on a dismissed finding)."""
    return replace(role, dismissals=tuple(d for d in role.dismissals if d != dismissal))
