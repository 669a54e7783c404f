"""Profiles: the conventions of one document type.

A profile says which sections a document has, in what order, which of them are
required, what they are called in each language, how clauses are numbered and
which requisites the header carries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import NamedTuple

from .model import Role, RoleSection


# named tuples, not dataclasses: ≈ 10× cheaper to define at start-up (`jdtui check`)
class SectionSpec(NamedTuple):
    """One section of a profile."""

    id: str
    #: the block kind the section holds
    kind: str
    required: bool
    #: heading per document language
    headings: Mapping[str, str]
    #: not required, but expected by readers: ``recommended-section`` reports it missing
    recommended: bool = False

    def heading(self, lang: str) -> str:
        return self.headings.get(lang) or self.headings["en"]


class Profile(NamedTuple):
    """The conventions of one document type."""

    id: str
    name: Mapping[str, str]
    sections: tuple[SectionSpec, ...]
    #: clauses numbered ``1.1.``, sections ``1.``; otherwise bullet lists
    numbered: bool
    #: role variables the header needs, most important first
    requisites: tuple[str, ...]
    #: an acknowledgement sheet (лист ознакомления) closes the document
    acknowledgement: bool = False
    #: sections exported after the document as its appendices («Приложение 1»), not numbered
    appendices: tuple[str, ...] = ()

    def spec(self, section_id: str) -> SectionSpec | None:
        for spec in self.sections:
            if spec.id == section_id:
                return spec
        return None

    def section_for_kind(self, kind: str) -> SectionSpec | None:
        for spec in self.sections:
            if spec.kind == kind:
                return spec
        return None

    def heading(self, section: RoleSection, lang: str) -> str:
        if section.heading:
            return section.heading
        spec = self.spec(section.id)
        return spec.heading(lang) if spec else section.id

    def required_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.sections if s.required)

    def recommended_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.sections if s.recommended)

    def order(self, section_id: str) -> int:
        """Position of a section in the profile; unknown sections go last."""
        for index, spec in enumerate(self.sections):
            if spec.id == section_id:
                return index
        return len(self.sections)


#: Heading of a section that holds text an import could not place.
OTHER = SectionSpec("other", "general", False, {"ru": "Прочее", "en": "Other"})

RU_DI = Profile(
    id="ru-di",
    name={"ru": "Должностная инструкция", "en": "Job instruction (Russian practice)"},
    numbered=True,
    acknowledgement=True,
    appendices=("onboarding",),
    requisites=(
        "organization",
        "approver_title",
        "approver_name",
        "approval_date",
        "doc_number",
        "city",
    ),
    sections=(
        SectionSpec("general", "general", True, {"ru": "Общие положения", "en": "General provisions"}),
        SectionSpec(
            "requirements",
            "requirement",
            False,
            {"ru": "Требования к квалификации", "en": "Qualification requirements"},
        ),
        SectionSpec("duties", "duty", True, {"ru": "Должностные обязанности", "en": "Duties"}),
        SectionSpec("rights", "right", True, {"ru": "Права", "en": "Rights"}),
        SectionSpec(
            "responsibility", "responsibility", True, {"ru": "Ответственность", "en": "Responsibility"}
        ),
        SectionSpec(
            "relationships",
            "relationship",
            False,
            {"ru": "Взаимоотношения (связи по должности)", "en": "Relationships"},
        ),
        # hours, shifts or irregular hours, travel and its compensation — where the role needs it
        SectionSpec("conditions", "general", False, {"ru": "Условия работы", "en": "Working conditions"}),
        SectionSpec("kpi", "kpi", False, {"ru": "Критерии оценки работы", "en": "Assessment criteria"}),
        SectionSpec("onboarding", "onboarding", False, {"ru": "План адаптации", "en": "Onboarding plan"}),
        SectionSpec("final", "final", True, {"ru": "Заключительные положения", "en": "Final provisions"}),
    ),
)

#: en-jd: a job description as English employers write one. Responsibilities
#: and requirements are what every posting has (required: ``missing-section``,
#: an error). The summary, the salary, what the employer offers and an
#: equal-opportunity statement are what a candidate reads a posting for, but a
#: posting without them is still published (a quarter of the real postings in
#: the corpus open straight with the responsibilities): recommended, and
#: ``recommended-section`` (a warning) says when one is missing. Authority,
#: accountability, measures of success, onboarding, relationships and working
#: conditions are used where the role needs them.
EN_JD = Profile(
    id="en-jd",
    name={"ru": "Описание вакансии (англ. практика)", "en": "Job description"},
    numbered=False,
    acknowledgement=False,
    requisites=("organization", "department", "reports_to", "city"),
    sections=(
        SectionSpec(
            "summary", "general", False, {"ru": "Назначение должности", "en": "Summary"}, recommended=True
        ),
        SectionSpec("duties", "duty", True, {"ru": "Обязанности", "en": "Responsibilities"}),
        SectionSpec("requirements", "requirement", True, {"ru": "Требования", "en": "Requirements"}),
        SectionSpec("rights", "right", False, {"ru": "Полномочия", "en": "Authority"}),
        SectionSpec(
            "responsibility", "responsibility", False, {"ru": "Ответственность", "en": "Accountability"}
        ),
        SectionSpec("kpi", "kpi", False, {"ru": "Показатели эффективности", "en": "Performance indicators"}),
        SectionSpec("onboarding", "onboarding", False, {"ru": "План адаптации", "en": "Onboarding plan"}),
        SectionSpec(
            "relationships", "relationship", False, {"ru": "Взаимодействие", "en": "Working relationships"}
        ),
        SectionSpec("conditions", "general", False, {"ru": "Условия работы", "en": "Working conditions"}),
        SectionSpec("pay", "general", False, {"ru": "Оплата труда", "en": "Salary"}, recommended=True),
        SectionSpec(
            "offer", "general", False, {"ru": "Мы предлагаем", "en": "What we offer"}, recommended=True
        ),
        SectionSpec(
            "equal_opportunity",
            "general",
            False,
            {"ru": "Равные возможности", "en": "Equal opportunities"},
            recommended=True,
        ),
    ),
)

PROFILES: dict[str, Profile] = {p.id: p for p in (RU_DI, EN_JD)}

#: Headings of the requirement groups, per language.
GROUP_HEADINGS: dict[str, dict[str, str]] = {
    "knowledge": {"ru": "Знания и навыки", "en": "Knowledge and skills"},
    "experience": {"ru": "Опыт и квалификация", "en": "Experience and qualifications"},
    "qualities": {"ru": "Личные качества", "en": "Personal qualities"},
}


def get_profile(profile_id: str) -> Profile:
    """The profile with this id; ``ru-di`` when unknown."""
    return PROFILES.get(profile_id, RU_DI)


def default_profile(lang: str) -> Profile:
    return RU_DI if lang == "ru" else EN_JD


def empty_sections(profile: Profile) -> tuple[RoleSection, ...]:
    """All sections of a profile, with no items."""
    return tuple(RoleSection(spec.id) for spec in profile.sections)


def normalise_sections(role: Role) -> Role:
    """The role with every profile section present, in profile order.

    Sections unknown to the profile (imported leftovers) keep their place
    relative to each other after the profile's sections.
    """
    profile = get_profile(role.profile)
    by_id = {s.id: s for s in role.sections if profile.spec(s.id) is not None}
    known = tuple(by_id.get(spec.id, RoleSection(spec.id)) for spec in profile.sections)
    extra = tuple(s for s in role.sections if profile.spec(s.id) is None)
    return replace(role, sections=known + extra)
