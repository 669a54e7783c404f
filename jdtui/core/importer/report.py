"""What an import recognised as what, for the person who imported."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...i18n import t, ui_lang
from ..profiles import get_profile


@dataclass(slots=True)
class ImportReport:
    """What an import recognised as what."""

    lang: str = ""
    profile: str = ""
    #: the language was guessed from the text (no --lang)
    lang_guessed: bool = False
    #: items per section id, in document order of first appearance ("other" summed)
    counts: dict[str, int] = field(default_factory=dict)
    #: (heading as written, section id) for headings mapped to a section
    headings: list[tuple[str, str]] = field(default_factory=list)
    #: headings of text kept in "other" sections
    other_headings: list[str] = field(default_factory=list)
    #: (text, what it was taken as): lead-ins, group labels, sub-headings, table headers
    labels: list[tuple[str, str]] = field(default_factory=list)
    #: items linked to a library block exactly / forked from a nearly identical block
    linked: int = 0
    forked: int = 0
    #: lead-ins and paragraphs kept in place among the items as notes
    notes: int = 0
    #: variables taken from the document (organization, city, position…)
    variables: dict[str, str] = field(default_factory=dict)
    title: str = ""
    #: (catalogue key, values) of things the user should know
    warnings: list[tuple[str, dict]] = field(default_factory=list)
    #: the code of the document's language when it is neither Russian nor English ("other": unnamed)
    foreign: str = ""
    #: a document in another language: no draft should be made (see ``anyway``)
    refused: bool = False
    #: the refused document would be imported, with a warning, in any language (its headings
    #: were read; a document that gives nothing but text is refused either way)
    anyway: bool = False
    #: the titles of the roles a document of several roles describes, and which one this is (1-based)
    roles: list[str] = field(default_factory=list)
    role_number: int = 0

    def refusal(self, lang: str | None = None, *, surface: str = "app") -> str | None:
        """Why no draft should be made of a document in another language, or None; and,
        when it would be imported in any language, how to ask for that where it is shown
        (``surface``: "cli", the --any-language flag; "app", the import dialog's button)."""
        if not self.refused:
            return None
        anyway = (
            t("import.foreign.anyway." + ("cli" if surface == "cli" else "app"), lang) if self.anyway else ""
        )
        return t("import.foreign", lang, language=t("import.language." + self.foreign, lang), anyway=anyway)

    @property
    def recognised(self) -> int:
        """Items placed in a profile section (not "other")."""
        return sum(n for section, n in self.counts.items() if section != "other")

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def to_dict(self) -> dict:
        return {
            "lang": self.lang,
            "profile": self.profile,
            "title": self.title,
            "counts": dict(self.counts),
            "headings": [list(h) for h in self.headings],
            "other_headings": list(self.other_headings),
            "labels": [list(label) for label in self.labels],
            "linked": self.linked,
            "forked": self.forked,
            "notes": self.notes,
            "variables": dict(self.variables),
            "warnings": [t(key, "en", **values) for key, values in self.warnings],
            **({"foreign": self.foreign} if self.foreign else {}),
            **({"roles": list(self.roles), "role": self.role_number} if self.roles else {}),
        }


def _section_name(report: ImportReport, section: str, lang: str | None) -> str:
    """A section as the draft's profile names it («Права» is "rights" in a ru-di
    document, "authority" in an English job description)."""
    spec = get_profile(report.profile).spec(section)
    if spec is None:
        return t("import.section." + section, lang)
    heading = spec.heading(lang or ui_lang())
    return heading[:1].lower() + heading[1:]


def format_report(report: ImportReport, lang: str | None = None, *, surface: str = "app") -> str:
    """The report as a few lines of plain text in the UI language.

    ``surface`` says where it is shown, for the one hint that depends on it: how
    to choose the language when the guess was wrong ("cli": pass --lang; "app":
    choose it in the import dialog).
    """
    lines = [
        t(
            "import.report.title",
            lang,
            title=report.title or "-",
            lang_code=report.lang,
            profile=report.profile,
        )
    ]
    if report.roles:
        lines.append(t("import.report.roles", lang, count=len(report.roles)))
        for number, name in enumerate(report.roles, 1):
            mark = "→" if number == report.role_number else " "
            lines.append(t("import.report.role", lang, mark=mark, number=number, title=name or "-"))
        lines.append(
            t(
                "import.report.roles_hint." + ("cli" if surface == "cli" else "app"),
                lang,
                number=report.role_number,
            )
        )
    if report.lang_guessed:
        hint = t("import.report.lang_hint." + ("cli" if surface == "cli" else "app"), lang)
        lines.append(t("import.report.lang_guessed", lang, lang_code=report.lang, hint=hint))
    for section, count in report.counts.items():
        lines.append(
            t("import.report.section", lang, section=_section_name(report, section, lang), count=count)
        )
    for heading, section in report.headings:
        lines.append(
            t("import.report.heading", lang, heading=heading, section=_section_name(report, section, lang))
        )
    for heading in report.other_headings:
        lines.append(t("import.report.other_heading", lang, heading=heading))
    for text, meaning in report.labels:
        lines.append(t("import.report.label", lang, text=text, meaning=t("import.label." + meaning, lang)))
    lines.append(t("import.report.linked", lang, linked=report.linked, forked=report.forked))
    if report.notes:
        lines.append(t("import.report.notes", lang, count=report.notes))
    for name, value in report.variables.items():
        lines.append(t("import.report.variable", lang, name=name, value=value))
    for key, values in report.warnings:
        if key == "import.warn.foreign":  # the language's name in the UI language
            values = {"language": t("import.language." + report.foreign, lang)}
        lines.append(t("import.report.warning", lang, message=t(key, lang, **values)))
    return "\n".join(lines)
