"""Rule settings a team shares: severity per rule, rules switched off, extra terms.

A settings file is a JSON object (``store/rule_files.py`` reads it)::

    {
      "severity": {"gender-coded": "warning", "person-tone": "off"},
      "off": ["near-duplicate"],
      "on": ["person-tone"],
      "forbidden": {"en": ["rockstar", {"term": "ninja", "hint": "say: specialist"}],
                    "ru": ["стрессоустойчивость"]},
      "discouraged": {"en": ["work hard play hard"], "ru": ["дружный коллектив"]}
    }

Every key may be left out. Files are applied in order — the shipped defaults,
then the team's file, then the user's own — and a later file overrides an
earlier one rule by rule (``on`` switches back on a rule an earlier file
switched off); extra terms add up. :class:`RuleSettings` remembers where each
setting came from, for ``jdtui rules``. Pure: no files here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import NamedTuple

from ..i18n import t

SEVERITIES = ("error", "warning", "info")
#: where a setting that no file changes comes from
DEFAULT = "default"
TERM_KINDS = ("forbidden", "discouraged")
TERM_LANGS = ("ru", "en")
#: a term longer than this is not a term (and would slow every check)
MAX_TERM = 200
#: an empty mapping no one can change (the default of the records below)
_NONE: Mapping[str, str] = MappingProxyType({})


class ExtraTerm(NamedTuple):  # named tuples, not dataclasses: ≈ 10× cheaper to define at start-up
    """A word or phrase a team forbids (an error) or discourages (a warning)."""

    text: str
    lang: str
    kind: str
    hint: str = ""
    #: the settings file it came from ("team", "user")
    source: str = ""


class Layer(NamedTuple):
    """One settings file, read: what it sets, and what in it could not be used."""

    source: str
    path: str = ""
    severity: Mapping[str, str] = _NONE
    off: frozenset[str] = frozenset()
    on: frozenset[str] = frozenset()
    terms: tuple[ExtraTerm, ...] = ()
    problems: tuple[str, ...] = ()


class RuleSettings(NamedTuple):
    """The effective settings: what :func:`jdtui.core.check.check` applies."""

    severity: Mapping[str, str] = _NONE
    off: frozenset[str] = frozenset()
    terms: tuple[ExtraTerm, ...] = ()
    #: ``rule id -> source`` of its severity and of its being on or off
    severity_source: Mapping[str, str] = _NONE
    switch_source: Mapping[str, str] = _NONE
    #: the files applied, in order: ``(source, path)``
    files: tuple[tuple[str, str], ...] = ()
    problems: tuple[str, ...] = ()

    def severity_of(self, rule_id: str, default: str) -> str:
        return self.severity.get(rule_id, default)

    def is_off(self, rule_id: str) -> bool:
        return rule_id in self.off

    def terms_for(self, lang: str, kind: str) -> list[ExtraTerm]:
        return [term for term in self.terms if term.lang == lang and term.kind == kind]

    @property
    def is_default(self) -> bool:
        return not (self.severity or self.off or self.terms)


NO_SETTINGS = RuleSettings()


def _problem(source: str, path: str, which: str, **values: object) -> str:
    return t("rules.problem", where=path or source, problem=t("rules.problem." + which, **values))


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def parse_layer(data: object, source: str, path: str = "", known: Iterable[str] = ()) -> Layer:
    """The settings in one file's parsed JSON ``data``; whatever cannot be used is
    left out and named in :attr:`Layer.problems` (never an exception)."""
    known_ids = frozenset(known)
    problems: list[str] = []
    if not isinstance(data, Mapping):
        return Layer(source, path, problems=(_problem(source, path, "not_object"),))

    def check_id(rule_id: str) -> bool:
        if known_ids and rule_id not in known_ids:
            problems.append(_problem(source, path, "unknown_rule", rule=rule_id))
            return False
        return True

    severity: dict[str, str] = {}
    off: set[str] = set()
    raw_severity = data.get("severity") or {}
    if not isinstance(raw_severity, Mapping):
        problems.append(_problem(source, path, "bad_key", key="severity"))
        raw_severity = {}
    for rule_id, value in raw_severity.items():
        if not check_id(str(rule_id)):
            continue
        if value == "off":
            off.add(str(rule_id))
        elif value in SEVERITIES:
            severity[str(rule_id)] = str(value)
        else:
            problems.append(_problem(source, path, "bad_severity", rule=rule_id, value=value))
    off |= {rule_id for rule_id in _names(data.get("off")) if check_id(rule_id)}
    on = {rule_id for rule_id in _names(data.get("on")) if check_id(rule_id)}
    terms: list[ExtraTerm] = []
    for kind in TERM_KINDS:
        by_lang = data.get(kind) or {}
        if not isinstance(by_lang, Mapping):
            problems.append(_problem(source, path, "bad_key", key=kind))
            continue
        for lang, entries in by_lang.items():
            if lang not in TERM_LANGS:
                problems.append(_problem(source, path, "bad_lang", key=kind, lang=lang))
                continue
            for entry in entries if isinstance(entries, list) else [entries]:
                text, hint = (entry, "") if isinstance(entry, str) else ("", "")
                if isinstance(entry, Mapping):
                    text, hint = str(entry.get("term") or ""), str(entry.get("hint") or "")
                text = " ".join(text.split())
                if not text or len(text) > MAX_TERM:
                    problems.append(_problem(source, path, "bad_term", key=kind, lang=lang))
                    continue
                terms.append(ExtraTerm(text, lang, kind, " ".join(hint.split()), source))
    return Layer(source, path, severity, frozenset(off - on), frozenset(on), tuple(terms), tuple(problems))


def merge(layers: Iterable[Layer]) -> RuleSettings:
    """The effective settings of ``layers`` applied in order (later ones win)."""
    severity: dict[str, str] = {}
    severity_source: dict[str, str] = {}
    off: set[str] = set()
    switch_source: dict[str, str] = {}
    terms: list[ExtraTerm] = []
    files: list[tuple[str, str]] = []
    problems: list[str] = []
    for layer in layers:
        files.append((layer.source, layer.path))
        problems += layer.problems
        for rule_id, value in layer.severity.items():
            severity[rule_id] = value
            severity_source[rule_id] = layer.source
        for rule_id in layer.off:
            off.add(rule_id)
            switch_source[rule_id] = layer.source
        for rule_id in layer.on:
            off.discard(rule_id)
            switch_source[rule_id] = layer.source
        seen = {(term.lang, term.kind, term.text.casefold()) for term in terms}
        terms += [t for t in layer.terms if (t.lang, t.kind, t.text.casefold()) not in seen]
    return RuleSettings(
        severity=severity,
        off=frozenset(off),
        terms=tuple(terms),
        severity_source=severity_source,
        switch_source=switch_source,
        files=tuple(files),
        problems=tuple(problems),
    )


class EffectiveRule(NamedTuple):
    """One row of ``jdtui rules``: a rule as the settings make it, and why."""

    id: str
    severity: str
    default_severity: str
    enabled: bool
    severity_source: str
    switch_source: str

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "severity": self.severity,
            "default_severity": self.default_severity,
            "enabled": self.enabled,
            "severity_source": self.severity_source,
            "enabled_source": self.switch_source,
        }


def effective_rules(rules: Iterable[tuple[str, str]], settings: RuleSettings) -> list[EffectiveRule]:
    """Every ``(id, default severity)`` of ``rules`` as ``settings`` make it."""
    return [
        EffectiveRule(
            id=rule_id,
            severity=settings.severity_of(rule_id, default),
            default_severity=default,
            enabled=not settings.is_off(rule_id),
            severity_source=settings.severity_source.get(rule_id, DEFAULT),
            switch_source=settings.switch_source.get(rule_id, DEFAULT),
        )
        for rule_id, default in rules
    ]
