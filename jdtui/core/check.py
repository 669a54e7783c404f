"""Completeness checks: what a role lacks before it can be exported.

The rules live in :mod:`jdtui.core.rules`, one module per family; each is
documented in ``docs/RULES.md``. This module runs them and scores the result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from .model import Finding, Library, Role

if TYPE_CHECKING:
    from .dismissals import Dismissed
    from .model import Dismissal
    from .rule_settings import RuleSettings

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}

#: what one finding costs in the score
WEIGHTS = {"error": 20, "warning": 5, "info": 1}
#: infos are hints, not defects: together they cost at most this much
INFO_CAP = 10


class Stopped(Exception):  # not an error: the caller asked for it
    """A check given up because its caller asked (its ``should_stop`` said True)."""


class Review(NamedTuple):
    """A check with the draft's dismissals applied: ``active`` count for the
    score and export, ``dismissed`` are listed apart with their reasons, ``stale``
    dismissals apply to no finding any more (their clause changed)."""

    active: list[Finding]
    dismissed: list[Dismissed]
    stale: list[Dismissal]


def review(
    role: Role,
    library: Library,
    lang: str | None = None,
    settings: RuleSettings | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Review:
    """Every finding for ``role`` under ``settings`` (the team's and the user's
    rule settings; default: none), split by the draft's dismissals, most severe first.

    ``should_stop`` is asked between rules and inside the long loops (another
    thread may say so: the app quits, the draft changed); when it says True the
    check is given up with :class:`Stopped`.
    """
    from ..i18n import ui_lang
    from .rules import RULES
    from .rules.context import Context

    def stop_if_asked() -> None:
        if should_stop is not None and should_stop():
            raise Stopped

    ctx = Context(role, library, lang or ui_lang(), settings, stop_if_asked if should_stop else None)
    findings: list[Finding] = []
    if settings is None or settings.is_default:
        for rule in RULES:
            ctx.stop_if_asked()
            findings += rule.run(ctx)
    else:
        from dataclasses import replace

        for rule in RULES:
            ctx.stop_if_asked()
            if settings.is_off(rule.id):
                continue
            severity = settings.severity_of(rule.id, rule.severity)
            found = rule.run(ctx)
            findings += found if severity == rule.severity else [replace(f, severity=severity) for f in found]
    findings.sort(key=lambda f: SEVERITY_ORDER.get(f.severity, 3))
    if not role.dismissals:
        return Review(findings, [], [])
    from .dismissals import split

    return Review(*split(role, library, findings))


def check(
    role: Role,
    library: Library,
    lang: str | None = None,
    settings: RuleSettings | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> list[Finding]:
    """Every finding for ``role`` that counts (dismissed ones left out), most severe first.

    ``lang`` is the language of the messages (default: the UI language);
    ``settings`` the rule settings (default: the shipped ones); ``should_stop``
    as for :func:`review`.
    """
    return review(role, library, lang, settings, should_stop).active


def has_errors(findings: list[Finding]) -> bool:
    """Whether any finding is an error (export refuses such a role)."""
    return any(f.severity == "error" for f in findings)


def counts(findings: list[Finding]) -> dict[str, int]:
    """How many findings of each severity."""
    out = {severity: 0 for severity in SEVERITY_ORDER}
    for f in findings:
        out[f.severity] = out.get(f.severity, 0) + 1
    return out


def score(findings: list[Finding]) -> int:
    """0–100: 100 − 20 per error − 5 per warning − 1 per info (infos at most 10), floored at 0."""
    n = counts(findings)
    cost = WEIGHTS["error"] * n["error"] + WEIGHTS["warning"] * n["warning"]
    cost += min(INFO_CAP, WEIGHTS["info"] * n["info"])
    return max(0, 100 - cost)
