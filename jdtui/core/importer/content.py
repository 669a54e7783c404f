"""Sections read by what their items say, where the headings do not tell.

Two general cases of real postings: a list under a heading jdtui does not
know ("What's the Scoop?") that is plainly a list of requirements, and a
posting whose "requirements" and "responsibilities" headings are swapped (job
boards that paste fields into the wrong slots). Both are decided on the shape
of the items — "Strong SQL skills", "You have 5 years of experience…" against
"Design and build pipelines" — never on the words of one document, and the
report says what was done.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import labels as lb
from .collected import Bucket
from .headings import target_of
from .report import ImportReport

_REQUIREMENT = re.compile(
    r"^(?:you (?:have|hold|are|bring|possess|know)|du (?:hast|bist|bringst)|vous (?:avez|êtes)|tu (?:as|es))\b"
    r"|^(?:\S+\s+){0,7}?(?:skills?|experience|knowledge|understanding|proficien\w*|familiar\w*|ability|abilities|"
    r"expertise|background|exposure|degree|bachelor\w*|master's|qualifications?|certifi\w*|fluen\w*|years?|"
    r"опыт\w*|знани\w*|навык\w*|умени\w*|образовани\w*|владени\w*|erfahrung\w*|kenntniss\w*|studium|"
    r"expérience|maîtrise|connaissances?|diplôme)\b",
    re.IGNORECASE,
)
#: share of items that must read as requirements (or must not) to decide
_SURE = 0.8
_MIN_ITEMS = 3


@lru_cache(maxsize=8192)
def requirement_like(text: str) -> bool:
    """The item states what a candidate has or knows rather than what they will do."""
    return bool(_REQUIREMENT.search(text.strip()))


def _share(texts: list[str]) -> float:
    return sum(1 for t in texts if requirement_like(t)) / len(texts) if texts else 0.0


def read_by_content(
    buckets: list[Bucket], by_section: dict[str, Bucket], report: ImportReport
) -> list[Bucket]:
    """Buckets with unknown-heading requirement lists taken in and swapped headings undone."""
    requirements = by_section.get("requirements")
    out: list[Bucket] = []
    placed: set[int] = set()  # ids of the buckets in out
    for bucket in buckets:
        texts = [d.text for d in bucket.clauses()]
        if (
            bucket.section == "other"
            and bucket.heading
            and target_of(bucket.heading) is None
            and len(texts) >= _MIN_ITEMS
            and _share(texts) >= _SURE
        ):  # "What's the Scoop?" over "Strong SQL skills", "5+ years of experience"…
            for draft in bucket.drafts:
                draft.group, draft.group_source = lb.requirement_group(draft.text), "inferred"
            if requirements is None:
                bucket.section, requirements = "requirements", bucket
                by_section["requirements"] = bucket
                out.append(bucket)
                placed.add(id(bucket))
            elif id(requirements) in placed:
                requirements.drafts.extend(bucket.drafts)
            else:
                requirements.drafts[:0] = bucket.drafts
            report.headings.append((bucket.heading, "requirements"))
            if bucket.heading in report.other_headings:
                report.other_headings.remove(bucket.heading)
            continue
        out.append(bucket)
        placed.add(id(bucket))
    _undo_swap(by_section, report)
    return out


def _undo_swap(by_section: dict[str, Bucket], report: ImportReport) -> None:
    duties, requirements = by_section.get("duties"), by_section.get("requirements")
    if duties is None or requirements is None:
        return
    required = [d for d in requirements.clauses() if not d.preferred]
    duty_texts = [d.text for d in duties.clauses()]
    if (
        len(duty_texts) >= _MIN_ITEMS
        and len(required) >= _MIN_ITEMS
        and _share(duty_texts) >= _SURE
        and _share([d.text for d in required]) <= 1 - _SURE
    ):
        # lead-ins and notes go with the items they stand among
        preferred = [d for d in requirements.drafts if d.preferred]
        moved = [d for d in requirements.drafts if not d.preferred]
        for draft in duties.drafts:
            draft.group, draft.group_source, draft.preferred = (
                lb.requirement_group(draft.text),
                "inferred",
                False,
            )
        for draft in moved:
            draft.group, draft.group_source = None, "none"
        duties.drafts, requirements.drafts = moved, [*duties.drafts, *preferred]
        duties.heading = requirements.heading = None  # the document's headings named the wrong lists
        report.warnings.append(("import.warn.swapped", {}))
