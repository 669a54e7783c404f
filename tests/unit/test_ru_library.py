"""The Russian library as a lawyer reads it: lawful boilerplate, the three client
roles distinct, «Условия работы» where a role needs it, and every template
exported, checked and read back."""

from __future__ import annotations

import pytest

from jdtui.core.check import check
from jdtui.core.importer import import_markdown
from jdtui.core.model import Block
from jdtui.core.render import render_markdown

from .rules_support import library, sample

RU_FILE_TEMPLATES = sorted(
    t.id for t in library().templates.values() if t.lang == "ru" and t.id.startswith("ru-")
)
CLIENT_ROLES = ("ru-client-specialist", "ru-client-manager", "ru-key-account-manager")
#: the rules a labour lawyer would sign off on
LABOUR_RULES = {"deputy", "acknowledgement", "non-performance", "subordination", "requirement-groups"}


def _ids(template_id: str, section_id: str) -> list[str]:
    for section in library().templates[template_id].sections:
        if section.id == section_id:
            return list(section.blocks)
    return []


def _block(block_id: str) -> Block:
    block = library().block(block_id)
    assert block is not None, block_id
    return block


def _texts(template_id: str, section_id: str) -> str:
    return " ".join(_block(b).text for b in _ids(template_id, section_id))


def _generic(block: Block) -> bool:
    """A right any role could have: tagged generic, or claiming to cover most duty areas."""
    return "generic" in block.tags or len(block.covers) >= 15


def _specific_covers(template_id: str) -> set[str]:
    """The duty areas the role's rights cover, leaving out the rights every role has
    and the catch-all ones."""
    everywhere = set.intersection(*(set(_ids(t, "rights")) for t in RU_FILE_TEMPLATES))
    return {
        a
        for r in _ids(template_id, "rights")
        if r not in everywhere and not _generic(_block(r))
        for a in _block(r).covers
    }


# --- boilerplate -------------------------------------------------------------------
def test_liability_is_under_labour_law_not_civil_law():
    non_performance = _block("ru.responsibility.non-performance").text
    damage = _block("ru.responsibility.damage").text
    assert "в пределах, определённых трудовым законодательством Российской Федерации" in non_performance
    assert "ст. 192" in non_performance
    assert "глава 39" in damage and "гражданск" not in damage
    assert "гражданск" not in _block("ru.responsibility.offences").text


@pytest.mark.parametrize("block_id", ["ru.general.deputy", "ru.general.deputy-manager"])
def test_stand_in_needs_written_consent_and_extra_pay(block_id):
    text = _block(block_id).text
    assert "письменного согласия" in text and "доплат" in text and "ст. 60.2, 151" in text


def test_amendments_follow_articles_72_and_74_and_never_change_the_labour_function_unilaterally():
    text = _block("ru.final.approval-change").text
    assert "ст. 72" in text and "ст. 74" in text
    assert "по соглашению сторон" in text and "кроме трудовой функции" in text
    assert "за два месяца" in text


def test_acknowledgement_under_signature_for_new_and_current_staff_on_paper_or_electronically():
    text = _block("ru.final.acknowledgement").text
    assert "под роспись" in text
    assert "до подписания трудового договора" in text and "работающий" in text
    assert "на бумажном носителе" in text and "в электронной форме" in text
    assert "ст. 22, 68" in text and "ст. 22.1–22.3" in text


@pytest.mark.parametrize("block_id", ["ru.general.travel", "ru.duty.route-visits"])
def test_travel_says_how_expenses_are_compensated(block_id):
    text = _block(block_id).text
    assert "разъездном характере работы" in text
    if block_id == "ru.general.travel":
        assert "ст. 168.1" in text and "возмещаются" in text


def test_guiding_documents_name_the_contract_the_rules_and_the_department_regulation():
    for block_id in (
        "ru.general.guiding-documents",
        "ru.general.guiding-documents-standard",
        "ru.general.guiding-documents-chief-accountant",
    ):
        text = _block(block_id).text
        assert "трудовым договором" in text and "правилами внутреннего трудового распорядка" in text, block_id
        assert "положением о" in text, block_id
    assert "профессиональным стандартом" in _block("ru.general.guiding-documents-standard").text


def test_chief_accountant_leaves_signing_the_statements_to_the_head():
    texts = " ".join(_texts("ru-chief-accountant", s) for s in ("duties", "rights", "responsibility"))
    assert "на подпись руководителю" in texts and "ч. 8 ст. 13" in texts
    assert "Подписывать бухгалтерскую" not in texts
    assert "ru.requirement.chief-accountant-402fz" in _ids("ru-chief-accountant", "requirements")


def test_conditions_of_work_stand_in_their_own_section_where_roles_need_them():
    with_conditions = [t for t in RU_FILE_TEMPLATES if _ids(t, "conditions")]
    assert {"ru-sales-representative", "ru-key-account-manager", "ru-call-centre-operator"} <= set(
        with_conditions
    )
    for template_id in with_conditions:
        assert all(_block(b).kind == "general" for b in _ids(template_id, "conditions")), template_id
    assert "ru.general.travel" in _ids("ru-sales-representative", "conditions")
    text = render_markdown(sample("ru-sales-representative"), library())
    assert "## 7. Условия работы" in text and "ст. 168.1" in text.split("## 7. Условия работы")[1]


# --- the three client roles ------------------------------------------------------
@pytest.mark.parametrize("section_id", ["duties", "rights", "responsibility", "kpi", "onboarding"])
def test_client_roles_differ_in_every_section_that_defines_the_job(section_id):
    sets = [frozenset(_ids(t, section_id)) for t in CLIENT_ROLES]
    assert len(set(sets)) == 3, section_id
    for one, other in ((0, 1), (0, 2), (1, 2)):
        assert sets[one] - sets[other] and sets[other] - sets[one], (
            section_id,
            CLIENT_ROLES[one],
            CLIENT_ROLES[other],
        )


def test_a_specialist_does_not_get_the_authority_of_a_manager():
    specialist = set(_ids("ru-client-specialist", "rights"))
    manager = set(_ids("ru-client-manager", "rights"))
    kam = set(_ids("ru-key-account-manager", "rights"))
    assert {"ru.right.kam-negotiate-terms", "ru.right.kam-sign-documents"} <= kam
    decisions = {
        "ru.right.resolve-client-issues",
        "ru.right.manager-commercial-terms",
        "ru.right.manager-claims",
    }
    assert decisions <= manager and not decisions & specialist
    assert not {"ru.right.kam-negotiate-terms", "ru.right.kam-sign-documents"} & (specialist | manager)
    rights = _texts("ru-client-specialist", "rights")
    assert "на стандартных условиях" in rights and "передавать на решение" in rights
    assert "скидк" not in rights.replace("передавать на решение", "")  # no discount of its own


def test_a_key_account_manager_negotiates_terms_and_price_and_reports_monthly_and_quarterly():
    duties = _texts("ru-key-account-manager", "duties")
    rights = _texts("ru-key-account-manager", "rights")
    assert "переговоры" in duties and "цене" in duties
    assert "согласовывать с ними цену" in rights and "лимитов" in rights
    assert "Ежемесячно, не позднее пятого рабочего дня" in duties and "ежеквартально" in duties


def test_a_key_account_manager_has_a_30_60_90_day_plan_besides_the_first_three_days():
    days = [_block(b).day for b in _ids("ru-key-account-manager", "onboarding")]
    assert days == [1, 2, 3, 30, 60, 90]
    assert all(_block(b).goal for b in _ids("ru-key-account-manager", "onboarding"))
    for other in ("ru-client-specialist", "ru-client-manager"):
        assert [_block(b).day for b in _ids(other, "onboarding")] == [1, 2, 3]


def test_each_client_role_has_a_liability_clause_of_its_own():
    own = {
        t: set(_ids(t, "responsibility"))
        - set.union(*(set(_ids(o, "responsibility")) for o in CLIENT_ROLES if o != t))
        for t in CLIENT_ROLES
    }
    assert all(own.values()), own


@pytest.mark.parametrize("template_id", RU_FILE_TEMPLATES)
def test_every_duty_area_is_covered_by_a_right_of_its_own(template_id):
    areas = {a for d in _ids(template_id, "duties") for a in _block(d).areas}
    assert areas and areas <= _specific_covers(template_id), sorted(areas - _specific_covers(template_id))


# --- every Russian template -------------------------------------------------------
@pytest.mark.parametrize("template_id", RU_FILE_TEMPLATES)
def test_every_russian_template_exports_checks_clean_and_reads_back(template_id):
    role = sample(template_id)
    found = check(role, library(), "en")
    assert not [f for f in found if f.severity == "error"], [
        f.message for f in found if f.severity == "error"
    ]
    assert not [f.rule for f in found if f.rule in LABOUR_RULES]
    first = render_markdown(role, library())
    assert "{{" not in first
    assert "## 1. Общие положения" in first and "## Лист ознакомления" in first
    imported = import_markdown(first, library(), lang="ru").role
    assert render_markdown(imported, library()) == first
    # what the document prints comes back (a note is for the consultant, never printed)
    printed = role.standard.sentence() if role.standard else None
    assert (imported.standard.sentence() if imported.standard else None) == printed


@pytest.mark.parametrize("template_id", RU_FILE_TEMPLATES)
def test_every_russian_template_states_its_standard_or_why_none_is_cited(template_id):
    standard = library().templates[template_id].standard
    assert standard is not None and standard.stated
    if standard.type == "none":
        assert "не подтвержден" in standard.note.replace("ё", "е")
