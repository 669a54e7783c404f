"""Clauses classified by what they say, not only by the heading above them.

Documents put rights, duties and liability under one heading («Права и
обязанности», "Responsibilities and authority"), or a right among the duties
(«2.3. Кладовщик имеет право требовать…»). A careful reader files each clause
by its wording: «имеет право», «вправе», «может требовать», "has the authority
to", "may approve" are rights; «несёт ответственность», "is accountable for"
liability; the rest of a mixed section duties. A row of a "Label | Description"
table is read by its description. The report says how many clauses were moved.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import labels as lb
from .collected import Bucket, Draft
from .headings import mixed_heading
from .report import ImportReport

#: the subject a Russian clause may start with: «Кладовщик», «Старший кладовщик склада»
_SUBJECT_RU = r"(?:[А-ЯЁ][а-яё-]*(?:\s+[а-яё-]+){0,3}\s+)?"
_SUBJECT_EN = r"(?:(?:the|a|an|this|our)\s+[\w-]+(?:\s+[\w-]+){0,2}\s+|you\s+|he or she\s+|they\s+)?"

_RIGHT = re.compile(
    rf"^{_SUBJECT_RU}(?:имеет право|вправе|может требовать|может запрашивать|может принимать решени|"
    r"уполномочен[аоы]?|наделяется правом|пользуется правом)"
    rf"|^{_SUBJECT_EN}(?:has|have|will have|holds?) (?:the )?(?:authority|right|power|mandate) to\b"
    rf"|^{_SUBJECT_EN}(?:is|are) (?:authori[sz]ed|entitled|empowered) to\b"
    rf"|^{_SUBJECT_EN}(?:may|can) (?:approve|authori[sz]e|sign off|veto|request|require|demand|stop|suspend)\b",
    re.IGNORECASE,
)
_LIABILITY = re.compile(
    rf"^{_SUBJECT_RU}(?:нес[её]т (?:\w+\s+)?ответственность|привлекается к (?:\w+\s+)?ответственности|"
    r"отвечает (?:материально|в пределах))"
    rf"|^{_SUBJECT_EN}(?:is|are|will be|shall be) (?:held )?(?:accountable|liable) for\b"
    rf"|^{_SUBJECT_EN}(?:bears?|carr(?:y|ies)) (?:the |full )?(?:responsibility|liability) for\b",
    re.IGNORECASE,
)
#: a Russian duty: «обязан», «должен», or the subject and a verb in the present («Кладовщик участвует»)
_DUTY_RU = re.compile(
    r"^(?:[А-ЯЁ][а-яё-]*(?:\s+[а-яё-]+){0,3}\s+)?(?:обязан[аоы]?|должен|должна)\b"
    r"|^[А-ЯЁ][а-яё-]+(?:\s+[а-яё-]+){0,2}\s+[а-яё]+(?:ет|ёт|ит|ат|ят)(?:ся)?\s"
)


@lru_cache(maxsize=8192)
def said_kind(text: str) -> str | None:
    """The section the clause's wording belongs to: ``rights``, ``responsibility``,
    ``duties`` (Russian duty wording only), or None when the wording does not say."""
    parts = [text.strip()]
    pair = lb.split_label(text)
    if pair is not None and pair[1]:
        parts.append(pair[1])  # a table row «Label: description» is read by its description
    for part in parts:
        if _RIGHT.search(part):
            return "rights"
        if _LIABILITY.search(part):
            return "responsibility"
    for part in parts:
        if _DUTY_RU.search(part):
            return "duties"
    return None


#: from a pure section, which wording moves a clause out of it
_MOVES = {
    "duties": frozenset({"rights", "responsibility"}),
    "rights": frozenset({"duties", "responsibility"}),
    "responsibility": frozenset({"rights"}),
}


def sort_by_kind(
    buckets: list[Bucket], by_section: dict[str, Bucket], sections: frozenset[str], report: ImportReport
) -> list[Bucket]:
    """Buckets with each clause of duties, rights and responsibility in the section its
    wording says (``sections``: those the profile has); see module doc."""
    out = list(buckets)
    moved = 0
    #: per target bucket after the source: how many drafts were put before its own (document order)
    ahead: dict[int, int] = {}
    for bucket in buckets:
        if bucket.section not in _MOVES:
            continue
        mixed = bool(bucket.heading) and mixed_heading(bucket.heading or "")
        keep: list[Draft] = []
        for draft in bucket.drafts:
            kind = said_kind(draft.text) if not draft.in_place else None
            if mixed and kind is None:
                kind = "duties"
            if kind is None or kind == bucket.section or kind not in sections:
                keep.append(draft)
                continue
            if not mixed and kind not in _MOVES[bucket.section]:
                keep.append(draft)
                continue
            target = by_section.get(kind)
            if target is None:
                target = by_section[kind] = Bucket(kind)
                out.insert(out.index(bucket) + 1, target)
            if out.index(target) > out.index(bucket):
                position = ahead.get(id(target), 0)
                target.drafts.insert(position, draft)
                ahead[id(target)] = position + 1
            else:
                target.drafts.append(draft)
            moved += 1
        bucket.drafts = keep
        if mixed:
            bucket.heading = None  # the heading named both: each part under its own
    if moved:
        report.warnings.append(("import.warn.by_kind", {"count": moved}))
    return out
