"""The portfolio: every draft with its status, score and findings at a glance."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from .check import check, counts, score
from .model import STATUSES, Library, Role

if TYPE_CHECKING:
    from .rule_settings import RuleSettings


@dataclass(frozen=True, slots=True)
class PortfolioRow:
    """One role in the portfolio report."""

    id: str
    title: str
    lang: str
    status: str
    score: int
    errors: int
    warnings: int
    infos: int
    updated: str
    #: the client: the role's organisation, as the document names it
    organization: str = ""
    archived: bool = False

    @property
    def ready(self) -> bool:
        """No errors: the role can be exported."""
        return self.errors == 0

    def to_dict(self) -> dict:
        return {**asdict(self), "ready": self.ready}


def portfolio(
    roles: Iterable[Role],
    library: Library,
    lang: str | None = None,
    settings: RuleSettings | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> list[PortfolioRow]:
    """A row per role, in the order given (scored as check scores it: under the rule
    ``settings``, dismissed findings left out); ``should_stop`` as for
    :func:`~jdtui.core.check.review` (asked in each draft's check)."""
    rows = []
    for role in roles:
        findings = check(role, library, lang, settings, should_stop)
        n = counts(findings)
        rows.append(
            PortfolioRow(
                id=role.id,
                title=role.title,
                lang=role.lang,
                status=role.status,
                score=score(findings),
                errors=n["error"],
                warnings=n["warning"],
                infos=n["info"],
                updated=role.updated,
                organization=(role.variables.get("organization") or "").strip(),
                archived=role.archived,
            )
        )
    return rows


def filter_rows(
    rows: Iterable[PortfolioRow], text: str = "", *, archived: bool = False
) -> list[PortfolioRow]:
    """Rows whose organisation or title contains ``text`` (any case, «ё» as «е»);
    archived drafts only when ``archived``."""
    wanted = _folded(text)
    return [
        r
        for r in rows
        if (archived or not r.archived)
        and (not wanted or wanted in _folded(r.organization) or wanted in _folded(r.title))
    ]


def _folded(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def format_when(stamp: str, lang: str) -> str:
    """A change time in local time, one format per UI language: «02.12.2026 10:36»
    in Russian, "2026-12-02 10:36" in English; a stamp that is no time stays as it is."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d.%m.%Y %H:%M" if lang == "ru" else "%Y-%m-%d %H:%M")


#: column -> (sort key, newest/best first by default)
SORT_KEYS: dict[str, tuple[Callable[[PortfolioRow], Any], bool]] = {
    "score": (lambda r: r.score, True),
    "status": (lambda r: STATUSES.index(r.status) if r.status in STATUSES else len(STATUSES), False),
    "updated": (lambda r: r.updated, True),
    "title": (lambda r: r.title.casefold(), False),
    "organization": (lambda r: _folded(r.organization), False),
    "id": (lambda r: r.id, False),
    "lang": (lambda r: r.lang, False),
    "errors": (lambda r: r.errors, True),
    "warnings": (lambda r: r.warnings, True),
    "infos": (lambda r: r.infos, True),
}


def sort_rows(rows: Iterable[PortfolioRow], by: str = "score", reverse: bool = False) -> list[PortfolioRow]:
    """Rows sorted by a column in its natural direction (best score, newest change,
    most errors, A→Z first); ``reverse`` flips it. Ties keep title order."""
    key, descending = SORT_KEYS[by]
    ordered = sorted(rows, key=lambda r: r.title.casefold())
    return sorted(ordered, key=key, reverse=descending != reverse)
