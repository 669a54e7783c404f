"""Import of existing job descriptions (Markdown or pasted text) into drafts.

``import_markdown(text, library)`` reads a document with the project's one
Markdown parser and returns the role it describes and a report of what was
recognised as what. Pure: no I/O, no terminal.

The modules, in reading order: ``lines`` (what the text's line breaks mean:
hard-wrapped or one paragraph per line, per region), ``blocks`` (tokens → lines, tables, headings),
``summary_block`` (a job board's block of terse details at the top),
``headings`` (section synonyms), ``labels`` («Label: text», lead-ins, requisites),
``assemble`` (the reading, with ``header``, ``plain_headings``, ``leads``,
``items`` and ``tables``), ``prose`` and ``content`` (what the text around the
lists is), ``kinds`` (rights, duties and liability by their wording), ``collected`` (what the reading collects), ``matching`` and ``build``
(items linked to the library), ``report``; ``roles`` cuts a document of several
roles into one reading each, ``language`` names a language jdtui does not read.
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ...i18n import t
from ..model import Library, Role, RoleSection, Standard
from ..model.standards import standard_from_sentence
from ..profiles import default_profile, normalise_sections
from ..text import strip_controls
from .assemble import Assembler
from .blocks import parse_units
from .build import PREFERRED_TAG, ItemMaker, build_sections
from .language import foreign_language
from .lines import prepare
from .report import ImportReport, format_report
from .roles import role_name, split_roles

__all__ = [
    "PREFERRED_TAG",
    "ImportReport",
    "ImportResult",
    "detect_lang",
    "format_report",
    "import_markdown",
    "import_roles",
]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The imported role (id "", revision 0) and what was recognised as what."""

    role: Role
    report: ImportReport

    @property
    def empty(self) -> bool:
        """Nothing was placed in a section of the profile, or the document is in another
        language (see ImportReport.refusal): no sensible draft."""
        return self.report.recognised == 0 or self.report.refused


_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def detect_lang(text: str) -> str:
    """``ru`` when Cyrillic letters make up a good part of the text, else ``en``."""
    sample = text[:200_000]
    letters = len(_LETTER.findall(sample))  # counted by the regex engine, not char by char
    cyrillic = len(_CYRILLIC.findall(sample))
    return "ru" if letters and cyrillic / letters >= 0.3 else "en"


def import_markdown(
    text: str,
    library: Library,
    *,
    lang: str | None = None,
    title: str | None = None,
    role: int | None = None,
    any_language: bool = False,
) -> ImportResult:
    """The role a Markdown (or plain text) document describes.

    The profile follows the language (ru → ``ru-di``, en → ``en-jd``). Text that
    fits no section of the profile is kept, with its heading, in sections with
    id ``other``; items matching library blocks are linked to them. A document
    of several roles gives its first, or the ``role``-th (1-based; see
    :func:`import_roles`); its report lists them all.

    A document in a language other than Russian or English is refused (its
    report's :meth:`~ImportReport.refusal` names the language) unless
    ``any_language``: then it is read with a warning, as far as its headings go.
    """
    results = import_roles(text, library, lang=lang, title=title, any_language=any_language)
    number = role or 1
    if not 1 <= number <= len(results):
        raise ValueError(t("import.no_such_role", number=number, count=len(results)))
    return results[number - 1]


def import_roles(
    text: str,
    library: Library,
    *,
    lang: str | None = None,
    title: str | None = None,
    any_language: bool = False,
) -> list[ImportResult]:
    """Every role the document describes, in order (one for most documents); each
    report lists the roles found and says which one it is. A document in a language
    other than Russian or English is refused unless ``any_language`` (see
    :func:`import_markdown`)."""
    with _collector_paused():
        return _import_roles(text, library, lang, title, any_language)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a document is read. Reading a long one makes
    millions of objects (parser tokens, units, drafts, items) that all live until it is
    read; the collector would walk them again and again for next to nothing to free (a
    third of the time of a 10 MB paste). What garbage there is goes at the next collection."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _import_roles(
    text: str, library: Library, lang: str | None, title: str | None, any_language: bool
) -> list[ImportResult]:
    # control characters and bidi overrides from a file never reach a draft
    text = strip_controls(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    guessed = lang is None
    lang = lang or detect_lang(text)
    units = parse_units(*prepare(text))
    spans = split_roles(units)
    results = [
        _import_units(
            units[span.start : span.end], library, lang, guessed, title or role_name(span.heading) or None
        )
        for span in spans
    ]
    foreign = foreign_language(text)
    names = [r.role.title or span.heading for r, span in zip(results, spans, strict=True)]
    for number, result in enumerate(results, 1):
        _foreign(foreign, result.report, any_language)
        if len(results) > 1:
            result.report.roles, result.report.role_number = names, number
    return results


def _import_units(units: list, library: Library, lang: str, guessed: bool, title: str | None) -> ImportResult:
    profile = default_profile(lang)
    report = ImportReport(lang=lang, profile=profile.id, lang_guessed=guessed)
    reader = Assembler(units, lang, profile, report)
    reader.run()
    variables = dict(reader.variables)
    if lang == "ru":
        _derive_case_forms(variables, report)
    role_title = (title or "").strip() or reader.title or _fallback_title(variables, lang)
    maker = ItemMaker(library, lang, variables, report)
    sections = build_sections(reader.buckets, profile, maker)
    if maker.matcher.fuzzy_capped:
        report.warnings.append(("import.warn.fuzzy_capped", {"count": maker.matcher.fuzzy_tries}))
    if report.recognised == 0:
        report.warnings.append(("import.warn.no_structure", {}))
    report.variables = variables
    report.title = role_title
    standard, sections = _standard_of(sections)
    role = Role(
        id="",
        title=role_title,
        lang=lang,
        profile=profile.id,
        variables=variables,
        sections=sections,
        standard=standard,
    )
    return ImportResult(normalise_sections(role), report)


#: sections that any text fills: a document in another language that fills only these is
#: refused even when imported in any language
_TEXT_ONLY = frozenset({"other", "summary", "general"})


def _foreign(foreign: str | None, report: ImportReport, any_language: bool) -> None:
    """A document in a language other than Russian or English (``foreign``: its code):
    refused, unless ``any_language`` and its headings were still read (then imported
    with a warning). A refusal says whether ``any_language`` would import it."""
    if foreign is None:
        return
    report.foreign = foreign
    readable = any(n for section, n in report.counts.items() if section not in _TEXT_ONLY)
    if readable and any_language:
        report.warnings.append(("import.warn.foreign", {"language": foreign}))
    else:
        report.refused = True
        report.anyway = readable  # here only without any_language


def _standard_of(sections: tuple[RoleSection, ...]) -> tuple[Standard | None, tuple[RoleSection, ...]]:
    """The professional standard or ЕКС position a clause of the general provisions
    cites (as the export writes it), and the sections without that clause: the
    draft carries the reference, and its export prints the clause where it stood."""
    for s_index, section in enumerate(sections):
        if section.id != "general" or not section.items:
            continue
        last = section.items[-1]
        found = standard_from_sentence(last.local.text) if last.local and not last.is_note else None
        if found is not None:
            rest = replace(section, items=section.items[:-1])
            return found, (*sections[:s_index], rest, *sections[s_index + 1 :])
    return None, sections


def _derive_case_forms(variables: dict[str, str], report: ImportReport) -> None:
    """The case forms the document does not state, from those it does: the
    position from the title's genitive, the genitive and dative from a stated
    position, the dative of the reporting line. A guess is reported."""
    from ..grammar import FORMS, decline, from_genitive

    unsure: list[str] = []
    genitive = variables.get("position_genitive", "")
    if genitive and not variables.get("position"):
        found = from_genitive(genitive)
        if found is not None:
            variables["position"] = found.nominative
            unsure += [] if found.sure else ["position"]
    for nominative, forms in FORMS.items():
        value = variables.get(nominative, "")
        missing = [(name, case) for name, case in forms if not variables.get(name)]
        declined = decline(value) if value and missing else None
        if declined is None:
            continue
        for name, case in missing:
            variables[name] = declined.form(case)
            unsure += [] if declined.sure else [name]
    if unsure:
        report.warnings.append(("import.warn.forms_check", {"names": ", ".join(unsure)}))


def _fallback_title(variables: dict[str, str], lang: str) -> str:
    genitive = variables.get("position_genitive", "")
    if genitive:
        return ("Должностная инструкция " if lang == "ru" else "Job description: ") + genitive
    position = variables.get("position", "")
    return position[:1].upper() + position[1:]
