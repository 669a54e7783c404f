"""The English library and the en-jd profile as English employers write job descriptions.

Roles: at least 25 English templates, an English version of every Russian role
that exists in English practice, three client roles that differ in what they
may decide, how they are measured and how they start. Every template exports
with Essential / Preferred apart, passes its own checks and survives a round trip.
"""

from __future__ import annotations

import pytest

from jdtui.core.check import check
from jdtui.core.compose import role_from_template
from jdtui.core.importer import import_markdown
from jdtui.core.model import Block, Item, Library, Role, RoleSection
from jdtui.core.profiles import EN_JD, normalise_sections
from jdtui.core.render import render_markdown

from .rules_support import FILLED_EN, library

EN = sorted(t for t in library().templates if t.startswith("en-"))

#: the Russian roles of issue 13 that exist in English practice, by their English template
NAMED = {
    "генеральный директор": "en-general-manager",
    "коммерческий директор": "en-commercial-director",
    "руководитель отдела продаж": "en-head-of-sales",
    "менеджер по продажам": "en-sales-manager",
    "специалист по кадрам": "en-hr-administrator",
    "водитель": "en-delivery-driver",
    "кладовщик": "en-storekeeper",
    "продавец-консультант": "en-sales-assistant",
    "кассир": "en-cashier",
    "администратор": "en-office-administrator",
    "юрисконсульт": "en-in-house-lawyer",
    "специалист по охране труда": "en-health-safety-officer",
    "системный администратор": "en-system-administrator",
    "программист": "en-software-developer",
    "экономист": "en-financial-analyst",
    "курьер": "en-courier",
    "грузчик": "en-warehouse-operative",
    "уборщик служебных помещений": "en-cleaner",
    "мерчендайзер": "en-merchandiser",
    "менеджер маркетплейсов": "en-marketplace-manager",
    "главный бухгалтер": "en-chief-accountant",
    "специалист по работе с клиентами": "en-customer-relations-specialist",
    "менеджер по работе с клиентами": "en-client-manager",
    "менеджер по работе с ключевыми клиентами": "en-key-account-manager",
}
CLIENT_ROLES = ("en-customer-relations-specialist", "en-client-manager", "en-key-account-manager")


def _sample(template_id: str) -> Role:
    return role_from_template(library().templates[template_id], role_id="t", variables=FILLED_EN)


def _texts(role: Role, section_id: str) -> list[str]:
    section = role.section(section_id)
    return [library().resolve(i).text for i in section.items] if section else []


def test_there_are_at_least_25_english_templates_and_every_named_role():
    assert len(EN) >= 25
    missing = sorted(name for name, tid in NAMED.items() if tid not in library().templates)
    assert not missing


@pytest.mark.parametrize("template_id", EN)
def test_english_template_has_the_sections_english_employers_write(template_id):
    role = _sample(template_id)
    for section_id in ("summary", "duties", "requirements", "pay", "offer", "equal_opportunity"):
        assert _texts(role, section_id), section_id
    blocks = [library().resolve(i) for i in role.section("requirements").items]
    assert any("preferred" in b.tags for b in blocks) and any("preferred" not in b.tags for b in blocks)
    # no Russian-style liability clauses
    assert not _texts(role, "responsibility")
    assert "reasonable adjustment" in " ".join(_texts(role, "equal_opportunity"))


@pytest.mark.parametrize("template_id", EN)
def test_english_template_exports_checks_clean_and_round_trips(template_id):
    role = _sample(template_id)
    findings = check(role, library(), "en")
    assert not [f for f in findings if f.severity == "error"]
    assert not [f for f in findings if f.rule == "recommended-section"]
    text = render_markdown(role, library())
    assert "{{" not in text
    assert "### Essential" in text and "### Preferred" in text
    assert text.index("### Essential") < text.index("### Preferred")
    for heading in ("## Salary", "## What we offer", "## Equal opportunities"):
        assert heading in text
    again = import_markdown(text, library(), lang="en").role
    assert render_markdown(again, library()) == text
    assert not [f for f in check(again, library(), "en") if f.severity == "error"]


def _words(template_id: str, section_id: str) -> set[str]:
    return {library().resolve(i).id for i in _sample(template_id).section(section_id).items}


def test_the_three_client_roles_differ_in_duties_authority_measures_and_onboarding():
    for section_id in ("duties", "rights", "kpi", "onboarding"):
        sets = [_words(t, section_id) for t in CLIENT_ROLES]
        for a in range(3):
            for b in range(a + 1, 3):
                shared = sets[a] & sets[b]
                # only the welcome day may be shared
                assert shared <= {"en.onboarding.day1-company-and-team"}, (section_id, shared)


def test_only_the_key_account_manager_negotiates_price_reports_monthly_and_plans_30_60_90():
    kam = _sample("en-key-account-manager")
    rights = " ".join(_texts(kam, "rights")).casefold()
    assert "price" in rights and "agree" in rights
    assert "every month" in " ".join(_texts(kam, "duties")).casefold()
    days = [library().resolve(i).day for i in kam.section("onboarding").items]
    assert {1, 2, 3, 30, 60, 90} <= set(days)
    specialist = " ".join(_texts(_sample("en-customer-relations-specialist"), "rights")).casefold()
    assert "price" not in specialist and "discount" not in specialist
    manager = " ".join(_texts(_sample("en-client-manager"), "rights")).casefold()
    assert "list prices" in manager and "approved by the head" in manager


# --- the profile -------------------------------------------------------------------------
def test_en_jd_requires_responsibilities_and_requirements_and_recommends_the_rest():
    assert EN_JD.required_ids() == ("duties", "requirements")
    assert set(EN_JD.recommended_ids()) == {"summary", "pay", "offer", "equal_opportunity"}
    for optional in ("rights", "responsibility", "kpi", "onboarding"):
        spec = EN_JD.spec(optional)
        assert spec is not None and not spec.required and not spec.recommended


def _posting(markdown: str) -> Role:
    return import_markdown(markdown, library(), lang="en").role


POSTING = """# Warehouse Team Leader

## About the role

You will lead a shift of eight in our Leeds warehouse.

## What you'll do

- Plan the shift's picking and loading
- Coach new starters

## About you

- Experience of warehouse work
- Clear communication

## Nice to have

- A forklift licence

## Salary

£29,000 to £32,000 a year.

## Benefits

- 25 days' holiday
- Pension

## Equal opportunities

We are an equal opportunity employer and will make reasonable adjustments.
"""


def test_real_posting_headings_land_in_the_profile_sections_and_nothing_is_missing():
    role = _posting(POSTING)
    assert [s.id for s in role.sections if s.items] == [
        "summary",
        "duties",
        "requirements",
        "pay",
        "offer",
        "equal_opportunity",
    ]
    findings = check(role, library(), "en")
    assert not [f for f in findings if f.rule in ("missing-section", "recommended-section")]
    text = render_markdown(role, library())
    assert (
        "### Essential\n\n- Experience of warehouse work\n- Clear communication\n\n### Preferred\n\n- A forklift licence"
        in text
    )


def test_missing_recommended_sections_are_warnings_each_at_its_section():
    bare = "# Analyst\n\n## Responsibilities\n\n- Build reports\n\n## Requirements\n\n- SQL\n"
    findings = [f for f in check(_posting(bare), library(), "en") if f.rule == "recommended-section"]
    assert {f.section for f in findings} == {"summary", "pay", "offer", "equal_opportunity"}
    assert {f.severity for f in findings} == {"warning"}
    assert not [f for f in check(_posting(bare), library(), "en") if f.severity == "error"]


@pytest.mark.parametrize(
    "extra,section",
    [
        ("Salary: £40,000–£45,000 per year.", "pay"),
        ("We are an equal opportunity employer.", "equal_opportunity"),
        ("Benefits include a pension and private health insurance.", "offer"),
    ],
)
def test_a_recommended_section_stated_in_other_words_elsewhere_counts(extra, section):
    text = f"# Analyst\n\n## Responsibilities\n\n- Build reports\n\n## Requirements\n\n- SQL\n\n## Additional information\n\n{extra}\n"
    sections = {f.section for f in check(_posting(text), library(), "en") if f.rule == "recommended-section"}
    assert section not in sections


def test_salary_not_stated_is_no_pay_range():
    text = "# Analyst\n\nSalary: Not specified\n\n## Responsibilities\n\n- Build reports\n\n## Requirements\n\n- SQL\n"
    sections = {f.section for f in check(_posting(text), library(), "en") if f.rule == "recommended-section"}
    assert "pay" in sections


def test_russian_document_keeps_its_offer_headings_as_other_sections():
    text = "# Менеджер\n\n## Обязанности\n\n- Продаёт\n\n## Зарплата\n\nОт 80 000 рублей.\n"
    role = import_markdown(text, library(), lang="ru").role
    assert role.profile == "ru-di"
    assert any(s.id == "other" and s.heading == "Зарплата" for s in role.sections)


def test_essential_without_preferred_prints_no_sub_heading_and_preferred_alone_is_labelled():
    lib = Library(
        [
            Block("r1", "requirement", "en", "SQL.", group="knowledge"),
            Block("r2", "requirement", "en", "Python.", group="knowledge", tags=("preferred",)),
        ]
    )

    def render(*ids: str) -> str:
        sections = (RoleSection("requirements", tuple(Item.link(i) for i in ids)),)
        return render_markdown(
            normalise_sections(Role("x", "Analyst", "en", "en-jd", sections=sections)), lib
        )

    assert "###" not in render("r1")
    assert "### Preferred\n\n- Python." in render("r2") and "Essential" not in render("r2")
    both = render("r2", "r1")
    assert (
        both.index("### Essential")
        < both.index("- SQL.")
        < both.index("### Preferred")
        < both.index("- Python.")
    )
