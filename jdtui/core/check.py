"""Completeness checks: what a role lacks before it can be exported."""

from __future__ import annotations

from .model import Finding, Library, Role
from .placeholders import unfilled
from .profiles import get_profile
from .render import rendered_items

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def check(role: Role, library: Library) -> list[Finding]:
    """Every finding for ``role``, most severe first."""
    findings: list[Finding] = []
    findings += _missing_sections(role, library)
    findings += _placeholders(role, library)
    findings.sort(key=lambda f: SEVERITY_ORDER.get(f.severity, 3))
    return findings


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)


def score(findings: list[Finding]) -> int:
    """0–100: errors cost 15, warnings 5, infos 1."""
    cost = {"error": 15, "warning": 5, "info": 1}
    return max(0, 100 - sum(cost.get(f.severity, 0) for f in findings))


def _missing_sections(role: Role, library: Library) -> list[Finding]:
    profile = get_profile(role.profile)
    out = []
    for spec in profile.sections:
        if not spec.required:
            continue
        section = role.section(spec.id)
        if section is None or not rendered_items(section, role, library):
            heading = spec.heading(role.lang)
            out.append(
                Finding(
                    "missing-section",
                    "error",
                    f"Section «{heading}» is missing or empty",
                    hint="Add clauses to it from the library",
                    section=spec.id,
                )
            )
    return out


def _placeholders(role: Role, library: Library) -> list[Finding]:
    out = []
    for s_index, i_index, item in role.items():
        block = library.resolve(item)
        if block is None:
            continue
        names = unfilled(block.text + " " + block.goal, role.variables)
        if names:
            listed = ", ".join(dict.fromkeys(names))
            out.append(
                Finding(
                    "placeholder",
                    "error",
                    f"Unfilled placeholders: {listed}",
                    hint="Fill in the role's details",
                    section=role.sections[s_index].id,
                    item=i_index,
                )
            )
    return out
