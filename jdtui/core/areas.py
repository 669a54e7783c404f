"""Duty areas for clauses that have none: by likeness to the library's classified blocks.

An imported duty, right or KPI is a local copy with no ``areas`` / ``covers`` /
``measures``, so the coverage rules could say nothing about an imported role.
:func:`classify_role` gives each such clause the areas of the library blocks it
reads most like, with a confidence; below :data:`THRESHOLD` the clause stays
unclassified and the item says so (``areas_by="unmatched"``), which the
unclassified rules report.

Likeness is word-based, not exact text: each word is reduced to its Snowball
stem (cached; word forms of Russian and English alike: «отчётов» and «отчёты»
are one word, "reports" and "reporting" too), a small table of synonyms makes
«покупатель» and «клиент», "customer" and "client" one word, and words
are weighted by how rare they are among the library's classified blocks
(tf-idf), so «обеспечивать» counts for little and «инвентаризация» for much.
The confidence is the cosine of the clause's words with the nearest classified
block's (0…1). Blocks of the clause's own kind count fully; a duty's areas
also classify a right or a KPI (and the other way round) at
:data:`OTHER_KIND` of their likeness.

Pure: the index of a library is made once per library object and language and
kept (like the coverage rules' offers), so a re-check costs only the look-ups.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from .model import Block, Item, Library, Role
from .search import fold, stem

#: the kinds that carry duty areas, and the field each keeps them in
FIELDS: Mapping[str, str] = {"duty": "areas", "right": "covers", "kpi": "measures"}
#: below this confidence a clause stays unclassified (tuned on the shipped
#: library, each block classified with itself left out: see the bench row ``areas``)
THRESHOLD = 0.3
#: an area of a further neighbour is added when its likeness is this share of the best one
RELATIVE = 0.85
#: most areas given to one clause
MAX_AREAS = 3
#: neighbours that vote
NEIGHBOURS = 8
#: only neighbours this near, as a share of the nearest one's likeness, vote
VOTERS = 0.6
#: a Russian word counts by the first letters of its stem (derivations:
#: «привлекает» and «привлечение» are one word; tuned as THRESHOLD was)
PREFIX = 5
#: the weight of a block of another kind (a duty's areas for a right…): the
#: library words a duty, its right and its KPI alike, and leaving one out on the
#: shipped library classifies best at full weight
OTHER_KIND = 1.0
#: a word more blocks have than the larger of these (a count; a share of the blocks) is
#: left out of the look-up: its weight is small, and in a library of 100,000 blocks
#: its blocks are thousands (the shipped library has no such word)
COMMON_MIN = 500
COMMON_SHARE = 20
#: bumped whenever the index's words or weights change (a kept index is then made again)
INDEX_FORMAT = 2
#: the tag of a right that enables no duty in particular (see rules.coverage)
GENERIC = "generic"

#: how an item's areas were assigned (:attr:`Item.areas_by`)
BY_LIBRARY = "library"  # the item links (or was forked from) a library block: not stored, see assigned_by
BY_SIMILAR = "similar"  # by likeness, with :attr:`Item.confidence`
BY_USER = "user"  # chosen by the user
BY_NONE = "unmatched"  # likeness was tried: nothing near enough (:attr:`Item.confidence` the best)

_WORD = re.compile(r"[^\W\d_]{3,}")
_PLACEHOLDER = re.compile(r"\{\{[^{}]*\}\}")
_CYRILLIC = re.compile(r"[а-я]")

#: words that say nothing of what a clause is about
_STOP_WORDS = """
    and the for with from that this into onto their they them our your you its are was were will
    has have had been being not all any each other such also more most than then when where which
    who whom what how per via within across about upon over under between ensure ensures ensuring
    provide provides providing including include includes etc able well new key main
    для при или что как его ее её их они она оно это эти этот эта тот той том так также
    все всех всем всеми всего весь вся после перед между через если чтобы либо без под над
    про его ним ней них нем них свой своих своим своей своего своему свою своё свое
    является являются быть был была были будет иных иные иной других другие другой ряд
    обеспечивать обеспечение обеспечивает осуществлять осуществление осуществляет
    производить выполнять выполнение выполняет проводить проведение работа работы работе работу
"""
_STOP = frozenset(_STOP_WORDS.split())

#: words that mean the same here, each line one meaning (its first word names it)
_SYNONYMS = """
клиент покупатель заказчик потребитель абонент посетитель гость
customer client buyer consumer shopper guest patron
сотрудник работник персонал подчиненный специалист кадры
staff employee employees personnel workforce team colleague
отчет отчетность отчетный
report reporting
договор контракт соглашение
contract agreement
поставщик контрагент подрядчик
supplier vendor contractor
закупка закупочный снабжение
procurement purchase purchasing sourcing
продажа сбыт реализация
sales sale sell selling revenue
склад складской
warehouse stock storage
товар продукция ассортимент
goods product products merchandise assortment
подбор найм рекрутинг вакансия кандидат собеседование
recruitment recruit hire hiring candidate interview vacancy
обучение тренинг наставничество адаптация
training train coach coaching mentor mentoring onboarding
бюджет смета расход затрата
budget spend spending expense cost costs
претензия жалоба рекламация обращение
complaint complaints claim grievance
документ документация документооборот
document documents documentation paperwork records
звонок вызов телефон
call calls phone telephone
касса кассовый наличные
cash till register
оплата платеж счет
payment payments invoice invoices billing
перевозка доставка транспорт логистика
transport delivery shipping logistics freight
переговоры
negotiation negotiate negotiations
безопасность охрана
safety security
налог налоговый
tax taxes
цена ценообразование тариф
price pricing prices tariff
заказ заявка
order orders
""".strip().splitlines()


@lru_cache(maxsize=1)
def _synonym_table() -> dict[str, str]:
    """Each synonym's stem → the stem of its line's first word."""
    table: dict[str, str] = {}
    for line in _SYNONYMS:
        words = line.split()
        head = stem(fold(words[0]))
        head = head[:PREFIX] if _CYRILLIC.match(head) else head
        for word in words:
            table.setdefault(stem(fold(word)), head)
    return table


#: each folded word's key, once worked out (the stemmer is pure Python: ≈ 30 µs a word);
#: an index read back from the cache brings its library's words with it
_KEYS: dict[str, str] = {}
#: most words kept (a huge file does not grow it without end)
MAX_KEYS = 200_000


def _key(word: str) -> str:
    """A folded word as likeness counts it: its stem, or its synonyms' one."""
    found = _KEYS.get(word)
    if found is not None:
        return found
    stemmed = stem(word)
    key = _synonym_table().get(stemmed)
    if key is None:
        key = stemmed[:PREFIX] if _CYRILLIC.match(stemmed) else stemmed
    if len(_KEYS) < MAX_KEYS:
        _KEYS[word] = key
    return key


def _words(text: str) -> list[str]:
    """The folded words of a text that likeness counts (placeholders and stop words left out)."""
    return [word for word in _WORD.findall(fold(_PLACEHOLDER.sub(" ", text))) if word not in _STOP]


def keys(text: str) -> list[str]:
    """The keys of the words of a text that likeness counts."""
    return [_key(word) for word in _words(text)]


class Entry(NamedTuple):  # a named tuple: cheaper to define than a dataclass
    """A classified library block as the index keeps it."""

    id: str
    kind: str
    areas: tuple[str, ...]
    generic: bool


class AreaIndex:
    """The classified blocks of one language of a library, by their words."""

    def __init__(self, blocks: Iterable[Block]) -> None:
        self.entries: list[Entry] = []
        #: the blocks' words and their keys (kept with the index: no stemming when read back)
        self.words: dict[str, str] = {}
        bags: list[dict[str, int]] = []
        for block in blocks:
            field = FIELDS.get(block.kind)
            areas = tuple(getattr(block, field)) if field else ()
            if not areas:
                continue
            words = _words(block.text)
            found = [_key(word) for word in words]
            bag = _bag(found)
            if not bag:
                continue
            self.words.update(zip(words, found, strict=True))
            self.entries.append(Entry(block.id, block.kind, areas, GENERIC in block.tags))
            bags.append(bag)
        count = len(bags)
        seen: dict[str, int] = {}
        for bag in bags:
            for word in bag:
                seen[word] = seen.get(word, 0) + 1
        #: how rare each word is among the blocks (smoothed; an unknown word weighs most)
        self.idf = {word: math.log((count + 1) / (n + 0.5)) for word, n in seen.items()}
        self.unknown = math.log((count + 1) / 0.5)
        #: word → (entry position, weight) for every entry that has it
        self.postings: dict[str, list[tuple[int, float]]] = {}
        for position, bag in enumerate(bags):
            for word, weight in self.vector(bag).items():
                self.postings.setdefault(word, []).append((position, weight))

    def to_plain(self) -> dict:
        """The index as plain values (for a cache kept between runs)."""
        return {
            "entries": [(e.id, e.kind, e.areas, e.generic) for e in self.entries],
            "idf": self.idf,
            "unknown": self.unknown,
            "postings": self.postings,
            "words": self.words,
        }

    @classmethod
    def from_plain(cls, data: Mapping) -> AreaIndex:
        """An index from :meth:`to_plain`'s values."""
        index = cls(())
        index.entries = [Entry(str(i), str(k), tuple(a), bool(g)) for i, k, a, g in data["entries"]]
        index.idf = dict(data["idf"])
        index.unknown = float(data["unknown"])
        index.postings = {w: [(int(p), float(v)) for p, v in posts] for w, posts in data["postings"].items()}
        index.words = {str(w): str(k) for w, k in data["words"].items()}
        if len(_KEYS) + len(index.words) <= MAX_KEYS:
            _KEYS.update(index.words)
        return index

    def vector(self, bag: Mapping[str, int]) -> dict[str, float]:
        """Word weights (tf-idf, unit length)."""
        weights = {w: (1 + math.log(n)) * self.idf.get(w, self.unknown) for w, n in bag.items()}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        return {w: v / norm for w, v in weights.items()}

    def nearest(self, text: str, kind: str, *, leave_out: str | None = None) -> list[tuple[float, Entry]]:
        """The classified blocks most like ``text`` (likeness, entry), best first."""
        bag = _bag(keys(text))
        if not bag:
            return []
        scores: dict[int, float] = {}
        common = max(COMMON_MIN, len(self.entries) // COMMON_SHARE)
        for word, weight in self.vector(bag).items():
            posts = self.postings.get(word, ())
            if len(posts) > common:
                continue  # a word most blocks of a big library have: little weight, much work
            for position, other in posts:
                scores[position] = scores.get(position, 0.0) + weight * other
        found: list[tuple[float, Entry]] = []
        for position, score in scores.items():
            entry = self.entries[position]
            if entry.id == leave_out:
                continue
            if entry.kind != kind:
                if entry.generic:
                    continue  # a generic right says nothing of a duty's area
                score *= OTHER_KIND
            found.append((score, entry))
        found.sort(key=lambda pair: -pair[0])
        return found[:NEIGHBOURS]


def _bag(words: list[str]) -> dict[str, int]:
    bag: dict[str, int] = {}
    for word in words:
        bag[word] = bag.get(word, 0) + 1
    return bag


class Guess(NamedTuple):  # a named tuple: cheaper to define than a dataclass
    """The areas likeness gives a clause, how sure it is, and the block it read most like."""

    areas: tuple[str, ...]
    confidence: float
    nearest: str | None = None
    #: the nearest block is a generic right (the clause is one too)
    generic: bool = False

    @property
    def sure(self) -> bool:
        return bool(self.areas) and self.confidence >= THRESHOLD


def guess(index: AreaIndex, text: str, kind: str, *, leave_out: str | None = None) -> Guess:
    """The areas ``text`` (a clause of ``kind``) reads as having (see the module's docstring).

    The nearest blocks vote for their areas with their likeness; the area with
    most votes comes first, and others with at least :data:`RELATIVE` of its
    votes follow. The confidence is the likeness of the nearest block having
    the first area."""
    near = index.nearest(text, kind, leave_out=leave_out)
    if not near:
        return Guess((), 0.0)
    best, top = near[0]
    if best < THRESHOLD:
        return Guess((), round(best, 2), top.id)
    if top.generic:
        return Guess(top.areas, round(best, 2), top.id, generic=True)
    votes: dict[str, float] = {}
    closest: dict[str, float] = {}
    for score, entry in near:
        if entry.generic or score < VOTERS * best:
            continue  # many distant blocks do not outvote a near one
        for area in entry.areas:
            votes[area] = votes.get(area, 0.0) + score * score
            closest.setdefault(area, score)
    ranked = sorted(votes, key=lambda area: -votes[area])
    first = votes[ranked[0]]
    chosen = [area for area in ranked if votes[area] >= RELATIVE * first][:MAX_AREAS]
    confidence = closest[chosen[0]]
    if confidence < THRESHOLD:
        return Guess((), round(confidence, 2), top.id)
    return Guess(tuple(chosen), round(confidence, 2), top.id)


#: the library the indexes were made for, and its index by language
_indexes: tuple[object, dict[str, AreaIndex]] | None = None


def index_for(library: Library, lang: str, made: Callable[[], AreaIndex] | None = None) -> AreaIndex:
    """The index of ``library``'s classified blocks in ``lang`` (made once per library;
    by ``made`` when given: the store keeps a big library's index between runs)."""
    global _indexes
    if _indexes is None or _indexes[0] is not library:
        _indexes = (library, {})
    by_lang = _indexes[1]
    if lang not in by_lang and made is not None:
        by_lang[lang] = made()
    if lang not in by_lang:
        blocks = []
        for _, doc in library.blocks.documents():  # stored documents: only the few classified made
            if isinstance(doc, Block):
                kind, block_lang = doc.kind, doc.lang
            else:
                kind, block_lang = str(doc.get("kind")), str(doc.get("lang") or "ru")
            if block_lang == lang and kind in FIELDS:
                block = doc if isinstance(doc, Block) else Block.from_dict(doc)
                blocks.append(block)
        by_lang[lang] = AreaIndex(blocks)
    return by_lang[lang]


class Classified(NamedTuple):  # a named tuple: cheaper to define than a dataclass
    """What :func:`classify_role` did: clauses given areas, left unclassified, already had them."""

    role: Role
    similar: int = 0
    unmatched: int = 0
    kept: int = 0


def leave_one_out(library: Library, lang: str) -> tuple[float, float]:
    """How well the library classifies itself: each classified block (not a general
    one) guessed from the others — the share given areas, and of those the share
    whose first area is one the block has."""
    index = index_for(library, lang)
    tried = sure = right = 0
    for entry in index.entries:
        if entry.generic:
            continue
        tried += 1
        found = guess(index, library.blocks[entry.id].text, entry.kind, leave_out=entry.id)
        if found.sure:
            sure += 1
            right += found.areas[0] in entry.areas
    return sure / max(1, tried), right / max(1, sure)


def report_line(classified: Classified, lang: str | None = None) -> str | None:
    """The import report's line on areas given by likeness (None when none were tried)."""
    from ..i18n import t

    if not classified.similar and not classified.unmatched:
        return None
    if not classified.unmatched:
        return t("areas.report.all", lang, similar=classified.similar)
    return t("areas.report", lang, similar=classified.similar, unmatched=classified.unmatched)


def areas_of(block: Block) -> tuple[str, ...]:
    """The duty areas a clause carries in its kind's field (none for other kinds)."""
    field = FIELDS.get(block.kind)
    return tuple(getattr(block, field)) if field else ()


def with_areas(block: Block, areas: Iterable[str]) -> Block:
    """``block`` with ``areas`` in its kind's field."""
    field = FIELDS.get(block.kind)
    if field == "areas":
        return replace(block, areas=tuple(areas))
    if field == "covers":
        return replace(block, covers=tuple(areas))
    return replace(block, measures=tuple(areas)) if field == "measures" else block


def assigned_by(item: Item, block: Block | None) -> str | None:
    """How the item's areas were assigned: as recorded, else "library" for a clause
    that links a block (or was forked from one) and has areas, else None."""
    if item.areas_by is not None:
        return item.areas_by
    if block is not None and (item.linked or item.ref) and areas_of(block):
        return BY_LIBRARY
    return None


def classify_item(item: Item, library: Library, lang: str) -> tuple[Item, str]:
    """The item with its areas given by likeness where it has none, and what was done:
    ``kept`` (it has areas, or the user left it without), ``similar``, ``unmatched``,
    or ``other`` (not a duty, right or KPI)."""
    block = library.resolve(item)
    if block is None or block.kind not in FIELDS or item.is_note:
        return item, "other"
    if item.linked or areas_of(block):
        return item, "kept"
    if item.areas_by == BY_USER or not block.text.strip():
        return item, "kept"  # the user left it without areas on purpose
    found = guess(index_for(library, lang), block.text, block.kind)
    if not found.sure:
        return replace(item, areas_by=BY_NONE, confidence=found.confidence), "unmatched"
    local = with_areas(block, found.areas)
    if found.generic and GENERIC not in local.tags:
        local = replace(local, tags=(*local.tags, GENERIC))
    return replace(item, local=local, areas_by=BY_SIMILAR, confidence=found.confidence), "similar"


def classify_role(role: Role, library: Library) -> Classified:
    """``role`` with its unclassified duties, rights and KPIs given areas by likeness."""
    counts = {"kept": 0, "similar": 0, "unmatched": 0, "other": 0}
    sections = list(role.sections)
    for s_index, section in enumerate(role.sections):
        items = []
        changed = False
        for item in section.items:
            new, what = classify_item(item, library, role.lang)
            counts[what] += 1
            changed = changed or new is not item
            items.append(new)
        if changed:
            sections[s_index] = replace(section, items=tuple(items))
    return Classified(
        replace(role, sections=tuple(sections)), counts["similar"], counts["unmatched"], counts["kept"]
    )


def set_areas(
    role: Role, section_index: int, item_index: int, chosen: Iterable[str], library: Library
) -> Role:
    """The role with one clause's duty areas (a duty's areas, a right's covers, a
    KPI's measures) as the user chose them (``areas_by="user"``). A linked block
    becomes a local copy forked from it, so the library is never changed. The
    same role when nothing changes (or the item is not a duty, right or KPI)."""
    section = role.sections[section_index]
    item = section.items[item_index]
    block = library.resolve(item)
    chosen = tuple(dict.fromkeys(chosen))
    if block is None or block.kind not in FIELDS or item.is_note:
        return role
    if areas_of(block) == chosen and item.areas_by == BY_USER:
        return role
    new = replace(item, local=with_areas(block, chosen), areas_by=BY_USER, confidence=None)
    items = list(section.items)
    items[item_index] = new
    return role.with_items(section_index, items)
