"""How the parts fit together: duties ↔ rights, duties ↔ KPIs, requirement groups.

Coverage uses the metadata of resolved items (linked blocks and local copies
alike): duty ``areas``, right ``covers``, KPI ``measures``.

A *generic* right (training, access to information, management support,
proposals) enables no duty in particular, however many areas it lists: it
covers none specifically. A right is generic when its block has the tag
``generic``, or — for blocks no one tagged — when its ``covers`` span at least
:data:`GENERIC_SHARE` of the duty areas of the library's blocks in its
language (a library of at least :data:`GENERIC_MIN_AREAS` areas).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

from ...i18n import area_label
from ..model import REQUIREMENT_GROUPS, Block, Finding, Library
from ..profiles import GROUP_HEADINGS
from ..text import LazyPattern
from .base import Rule, rule
from .context import Clause, Context
from .words import fold

RULES: list[Rule] = []

#: an item's ``areas_by`` when likeness found no library clause near enough
#: (core.areas.BY_NONE; not imported from there: ``jdtui check`` starts without it)
BY_NONE = "unmatched"

#: how many library blocks a hint suggests
SUGGESTIONS = 3
#: a right covering this share of the library's duty areas is generic
GENERIC_SHARE = 0.75
#: below this many duty areas in the library the share says nothing: only the tag counts
GENERIC_MIN_AREAS = 8
#: the tag that makes a right generic whatever it covers
GENERIC = "generic"

#: the library the duty areas were last counted for, its language and the areas
_library_areas: tuple[object, str, frozenset[str]] | None = None


def library_duty_areas(library: Library, lang: str) -> frozenset[str]:
    """The duty areas of the library's duties in ``lang`` (counted once per library and language)."""
    global _library_areas
    cached = _library_areas
    if cached is not None and cached[0] is library and cached[1] == lang:
        return cached[2]
    found = library.blocks.duty_areas(lang)  # a big library on a shelf: from its summary
    result = frozenset(found)
    _library_areas = (library, lang, result)
    return result


def is_generic(block: Block, library: Library) -> bool:
    """Whether a right enables no duty area in particular (see the module's docstring)."""
    if GENERIC in block.tags:
        return True
    if len(block.covers) < GENERIC_MIN_AREAS * GENERIC_SHARE:
        return False  # too few to span the share of any library the heuristic applies to
    return _spans(block.covers, library_duty_areas(library, block.lang))


def _spans(covers: Iterable[str], areas: frozenset[str]) -> bool:
    """Whether ``covers`` spans the generic share of ``areas``, the library's duty areas."""
    if len(areas) < GENERIC_MIN_AREAS:
        return False
    return len(areas.intersection(covers)) >= GENERIC_SHARE * len(areas)


def _specific_rights(ctx: Context) -> tuple[list[Clause], list[Clause]]:
    """The role's rights: those specific to their areas, and the generic ones."""
    if "coverage.rights" not in ctx.memo:
        specific: list[Clause] = []
        generic: list[Clause] = []
        for entry in ctx.of_kind("right"):
            (generic if is_generic(entry.block, ctx.library) else specific).append(entry)
        ctx.memo["coverage.rights"] = (specific, generic)
    return ctx.memo["coverage.rights"]  # type: ignore[return-value]


#: wording that places an untagged requirement in a group (imported documents)
GROUP_WORDING: dict[str, LazyPattern] = {
    "knowledge": LazyPattern(
        r"\bзна(?:ни|ть|ет|ющ)|\bвладе|\bнавык|\bумени|\bуме(?:ть|ет)\b|\bknowledge|\bskill|\bproficien"
        r"|\bfamiliar|\bunderstanding\s+of|\bfluen|\bcommand\s+of|\bknow\b|\bable\s+to"
    ),
    "experience": LazyPattern(
        r"\bопыт|\bстаж|\bобразовани|\bквалификац|\bдиплом|\bсертифик|\bexperience|\bdegree|\bqualifi"
        r"|\bcertifi|\bbachelor|\bmaster'?s\b|\beducation|\btrack\s+record"
    ),
    "qualities": LazyPattern(
        r"\bкоммуникабел|\bответственн|\bвнимательн|\bстрессоустойч|\bорганизованн|\bпунктуал|\bаккуратн"
        r"|\bдоброжелат|\bвежлив|\bинициатив|\bклиентоориентир|\bисполнительн|\bличн\w*\s+качеств|\bусидчив"
        r"|\bcommunicat\w*\s+skills|\battention\s+to\s+detail|\bteam\s+player|\bproactive|\bresilien"
        r"|\bcalm\b|\bpositive\b|\bself-motivat|\bempath|\bintegrity|\breliab|\bpersonal\s+qualities"
        r"|\bcurious|\bcuriosity|\bownership|\bpatien(?:t|ce)\b|\bcourteous|\bfriendly|\bdetail-oriented"
        r"|\bcommunicat|\bcollaborat|\bself-starter|\bmindset|\bpassion|\bmotivat|\borgani[sz]ed|\bproblem-solv"
        r"|\bindependently|\badaptab|\beager|\bteam\s+spirit|\bwork\w*\s+well\s+in\s+a\s+team"
        r"|\bцелеустремл|\bобучаем|\bсамостоятельн|\bнацелен\w*\s+на\s+результат|\bработать\s+в\s+команде"
    ),
}


def _labels(ctx: Context, areas: Iterable[str]) -> str:
    """Areas as the UI language names them, comma-separated."""
    return ", ".join(area_label(area, ctx.lang) for area in areas)


#: the library the offers were last gathered for, and its offers by (kind, language, field)
_library_offers: tuple[object, dict[tuple[str, str, str], dict[str, list[Block]]]] | None = None


def _offers(library: Library, kind: str, lang: str, field: str) -> dict[str, list[Block]]:
    """The library's blocks of ``kind`` and ``lang`` by the areas their ``field`` lists
    (generic rights left out), gathered once per library: a re-check after a keystroke
    then suggests without reading the whole library again. A big file on a shelf
    offers the few it kept for each area (:func:`offer_summary`) and is not read."""
    global _library_offers
    if _library_offers is None or _library_offers[0] is not library:
        _library_offers = (library, {})
    by_key = _library_offers[1]
    key = (kind, lang, field)
    if key not in by_key:
        offers: dict[str, list[Block]] = {}
        for block in _offered(library, kind, lang, field):
            if block.kind != kind or block.lang != lang or (kind == "right" and is_generic(block, library)):
                continue
            for area in getattr(block, field):
                offers.setdefault(area, []).append(block)
        by_key[key] = offers
    return by_key[key]


def _offered(library: Library, kind: str, lang: str, field: str) -> Iterator[Block]:
    """The blocks that may be offered: every block in memory, and from each shelf
    those its summary kept. Of a block in two files, the later file's; whether a
    shelf replaces a block of an earlier file is not asked (it would read the
    shelf), so a team library's replacement of a shipped block may be offered
    in both versions, under the same id."""
    table = library.blocks
    layers = list(table.layers())
    if all(isinstance(layer, dict) for layer in layers):
        yield from table.values()
        return
    make = type(table).make
    for number, layer in enumerate(layers):
        later = [other for other in layers[number + 1 :] if isinstance(other, dict)]
        kept = None if isinstance(layer, dict) else layer.summary(OFFERS)
        if isinstance(kept, dict):
            documents: Iterable = (
                (doc["id"], doc) for docs in kept.get(f"{kind}|{lang}|{field}", {}).values() for doc in docs
            )
        else:  # in memory, or a shelf kept without the summary (read whole)
            documents = layer.items() if isinstance(layer, dict) else layer.documents()
        seen: set[str] = set()
        for block_id, doc in documents:
            if block_id in seen or any(block_id in other for other in later):
                continue
            seen.add(block_id)
            yield doc if isinstance(doc, Block) else make(doc)


#: the name of a shelf's summary of :func:`offer_summary`
OFFERS = "offers"
#: blocks a shelf keeps for each area it can offer
OFFERS_KEPT = 12
#: the kinds whose blocks hints offer, and the field that names their areas
OFFERED = (("right", "covers"), ("kpi", "measures"))


def offer_summary(
    documents: Iterable[Mapping], duty_areas: Mapping[str, Iterable[str]], keep: int = OFFERS_KEPT
) -> dict:
    """For a shelf (a big library file kept in the cache): by ``kind|lang|field``, then
    area, the first ``keep`` stored documents (by title) that hints may suggest;
    rights generic by their tag or by ``duty_areas`` (the file's, by language) left out."""
    areas = {lang: frozenset(found) for lang, found in duty_areas.items()}
    kept: dict[str, dict[str, list[Mapping]]] = {}
    fields = dict(OFFERED)
    for doc in documents:
        kind = doc.get("kind")
        field = fields.get(kind)  # type: ignore[arg-type]
        listed = doc.get(field) if field else None
        if not listed:
            continue
        lang = doc.get("lang") or "ru"
        if kind == "right" and (
            GENERIC in (doc.get("tags") or ()) or _spans(listed, areas.get(lang, frozenset()))
        ):
            continue
        by_area = kept.setdefault(f"{kind}|{lang}|{field}", {})
        for area in listed:
            by_area.setdefault(area, []).append(doc)
    for by_area in kept.values():
        for area, docs in by_area.items():
            docs.sort(key=lambda d: (str(d.get("title") or d["id"]).casefold(), d["id"]))
            by_area[area] = docs[:keep]
    return kept


def merged_offers(summaries: Iterable[Mapping], duty_areas: Mapping[str, Iterable[str]]) -> dict:
    """The :func:`offer_summary` of a file read in parts, from its parts' (each made
    with no duty areas and a larger ``keep``): generic rights left out now that the
    whole file's ``duty_areas`` are known, a block in two parts taken from the later."""
    by_id: dict[tuple[str, str], dict[str, Mapping]] = {}
    for summary in summaries:
        for key, by_area in summary.items():
            for area, docs in by_area.items():
                by_id.setdefault((key, area), {}).update((doc["id"], doc) for doc in docs)
    return offer_summary(
        {doc["id"]: doc for docs in by_id.values() for doc in docs.values()}.values(), duty_areas
    )


def _suggest(ctx: Context, kind: str, field: str, area: str) -> str:
    """Up to three library blocks of the role's language whose ``field`` has ``area``."""
    if "coverage.used" not in ctx.memo:
        ctx.memo["coverage.used"] = {e.block.id for e in ctx.resolved} | {
            e.item.ref for e in ctx.entries if e.item.ref
        }
    used: set = ctx.memo["coverage.used"]  # type: ignore[assignment]
    offered = _offers(ctx.library, kind, ctx.doc_lang, field).get(area, ())
    found: list[Block] = [b for b in offered if b.id not in used]
    found.sort(
        key=lambda b: (-len(set(getattr(b, field)) & set(ctx.duty_areas)), (b.title or b.id).casefold())
    )
    return "; ".join(f"«{b.title or b.text[:40]}» ({b.id})" for b in found[:SUGGESTIONS])


def _coverage(
    ctx: Context, me: Rule, kind: str, field: str, entries: list[Clause], generic: Sequence[Clause] = ()
) -> Iterable[Finding]:
    covered = {area for e in entries for area in getattr(e.block, field)}
    for area, duties in ctx.duty_areas.items():
        if area in covered:
            continue
        suggestions = _suggest(ctx, kind, field, area)
        # covered only by generic rights: say which, so the reader sees why they do not count
        by_generic = [e for e in generic if area in e.block.covers]
        variant = "generic" if by_generic else ""
        if not suggestions:
            variant = f"{variant}-none" if variant else "none"
        yield ctx.at(
            me,
            duties[0],
            variant=variant,
            area=area_label(area, ctx.lang),
            duties=", ".join(str(d.index + 1) for d in duties),
            suggestions=suggestions,
            generic="; ".join(f"«{(e.block.title or e.text)[:60]}»" for e in by_generic),
        )


@rule("rights-coverage", "warning", RULES)
def rights_coverage(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Every duty area is covered by at least one right specific to it (generic rights cover none)."""
    specific, generic = _specific_rights(ctx)
    yield from _coverage(ctx, me, "right", "covers", specific, generic)


@rule("idle-right", "info", RULES)
def idle_right(ctx: Context, me: Rule) -> Iterable[Finding]:
    """A right that covers none of the role's duty areas."""
    if not ctx.duty_areas:
        return  # nothing to cover: unclassified-duty says why
    for entry in ctx.of_kind("right"):
        if entry.text and not set(entry.block.covers) & set(ctx.duty_areas):
            variant = "" if entry.block.covers else _unclassified(entry, "unclassified")
            yield ctx.at(
                me, entry, variant=variant, covers=_labels(ctx, entry.block.covers), percent=_percent(entry)
            )


@rule("idle-kpi", "warning", RULES)
def idle_kpi(ctx: Context, me: Rule) -> Iterable[Finding]:
    """A KPI that measures only areas none of the role's duties have (left over
    after a duty was removed, or from another role): it would assess work the
    employee is not given. KPIs that name no area are left alone."""
    if not ctx.duty_areas:
        return  # nothing to measure against: unclassified-duty says why
    for entry in ctx.of_kind("kpi"):
        measures = entry.block.measures
        if entry.text and measures and not set(measures) & set(ctx.duty_areas):
            yield ctx.at(me, entry, measures=_labels(ctx, measures))


@rule("kpi-coverage", "warning", RULES)
def kpi_coverage(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Every duty area is measured by at least one KPI."""
    if ctx.duty_areas and not ctx.of_kind("kpi"):
        yield ctx.finding(me, "kpi", variant="absent", areas=_labels(ctx, sorted(ctx.duty_areas)))
        return
    yield from _coverage(ctx, me, "kpi", "measures", ctx.of_kind("kpi"))


@rule("unclassified-kpi", "info", RULES)
def unclassified_kpi(ctx: Context, me: Rule) -> Iterable[Finding]:
    """An imported KPI that reads like no library clause, so it measures no duty
    area the check knows of (KPIs with no area otherwise are left alone)."""
    if not ctx.duty_areas:
        return
    for entry in ctx.of_kind("kpi"):
        if entry.text and not entry.block.measures and entry.item.areas_by == BY_NONE:
            yield ctx.at(me, entry, percent=_percent(entry))


@rule("unclassified-duty", "info", RULES)
def unclassified_duty(ctx: Context, me: Rule) -> Iterable[Finding]:
    """A duty with no area: its coverage by rights and KPIs cannot be checked."""
    for entry in ctx.of_kind("duty"):
        if entry.text and not entry.block.areas:
            yield ctx.at(me, entry, variant=_unclassified(entry, ""), percent=_percent(entry))


def _unclassified(entry: Clause, variant: str) -> str:
    """The variant for a clause without areas: "unmatched" when likeness to the
    library was tried and found nothing near enough (see core.areas)."""
    return "unmatched" if entry.item.areas_by == BY_NONE else variant


def _percent(entry: Clause) -> int:
    return round((entry.item.confidence or 0.0) * 100)


def requirement_groups_of(ctx: Context) -> set[str]:
    """The requirement groups the role covers: by block group, and for local
    copies (edited or imported clauses, often mixing groups) also by wording."""
    groups: set[str] = set()
    material = ctx.of_kind("requirement")
    for entry in ctx.in_section("general", "summary"):
        if entry.has_tag("must-know"):
            groups.add("knowledge")
        elif entry.has_tag("appointment", "category"):
            material.append(entry)
    groups.update(e.block.group for e in material if e.block.group in REQUIREMENT_GROUPS)
    for entry in material:
        if entry.item.linked and entry.block.group in REQUIREMENT_GROUPS:
            continue  # a library block's group is curated; local text may say more
        # wording only for the groups still missing (a shipped sample usually has none)
        text = fold(entry.text)
        groups.update(g for g, pattern in GROUP_WORDING.items() if g not in groups and pattern.search(text))
    return groups


@rule("requirement-groups", "warning", RULES)
def requirement_groups(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Requirements cover knowledge and skills, experience and qualification, personal qualities."""
    missing = [g for g in REQUIREMENT_GROUPS if g not in requirement_groups_of(ctx)]
    if missing:
        names = ", ".join(GROUP_HEADINGS[g].get(ctx.lang, GROUP_HEADINGS[g]["en"]) for g in missing)
        section = "requirements" if ctx.profile.spec("requirements") else None
        yield ctx.finding(me, section, groups=names)
