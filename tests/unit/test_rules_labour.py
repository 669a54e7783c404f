"""Russian labour law (``labour-*``): every rule on several word forms and
paraphrases, and the near-misses that must stay silent."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdtui.core.check import check
from jdtui.core.rules import RULES
from jdtui.core.rules.context import Context
from jdtui.core.rules.labour_terms import CONCEPTS, expand

from .rules_support import add, en, library, local, ru, sample, set_section

KIND = {
    "general": "general",
    "duties": "duty",
    "rights": "right",
    "responsibility": "responsibility",
    "conditions": "general",
    "final": "final",
}


def found(text: str, section: str = "duties", role=None, lang: str = "ru"):
    """The ``labour-*`` findings about one clause added at the end of ``section``."""
    role = add(role or ru(), section, local(text, KIND[section], "ru"))
    index = len(role.section(section).items) - 1
    return [
        f
        for f in check(role, library(), lang)
        if f.rule.startswith("labour-") and f.section == section and f.item == index
    ]


def rule_ids(text: str, section: str = "duties", role=None) -> list[str]:
    return [f.rule for f in found(text, section, role)]


# --- fines and deductions ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "За каждое опоздание с работника удерживается штраф 1 000 рублей из заработной платы.",
        "За нарушение трудовой дисциплины работник штрафуется в размере 10 % оклада.",
        "Менеджер может быть оштрафован за невыполнение распоряжений руководителя.",
        "В случае опоздания на работу налагается денежное взыскание.",
        "Стоимость испорченного товара удерживается из заработной платы менеджера за каждую поломку.",
        "За ошибки в документах из заработной платы вычитается 500 рублей.",
        "При нарушении стандартов обслуживания оклад снижается на 20 %.",
        "Штрафные санкции к работнику применяются за нарушение регламента.",
    ],
)
def test_fines_and_deductions_as_penalties_are_errors(text):
    result = found(text, "responsibility")
    assert [f.rule for f in result] == ["labour-fine"]
    assert result[0].severity == "error"
    assert "192" in result[0].hint and "137" in result[0].hint


@pytest.mark.parametrize(
    "text",
    [
        "Предъявляет поставщикам штрафные санкции за нарушение сроков поставки.",
        "Обеспечивает своевременную уплату налогов, не допуская штрафов и пеней.",
        "Производит удержания из заработной платы работников в соответствии с законодательством.",
        "Удерживает налог на доходы физических лиц из заработной платы работников.",
        "Удержание неотработанного аванса из заработной платы производится за каждый день по ст. 137 ТК РФ.",
        "Штрафы к работникам не применяются.",
        "Получает премию за выполнение плана продаж.",
    ],
)
def test_lawful_deductions_and_third_party_fines_are_silent(text):
    assert "labour-fine" not in rule_ids(text, "duties")


def test_the_finding_names_the_clause_and_quotes_the_words():
    result = found("Сотрудник штрафуется за опоздание.", "responsibility", lang="ru")
    number = len(ru().section("responsibility").items) + 1
    assert result[0].message.startswith(f"«Ответственность», п. {number}:")
    assert "«штрафуется»" in result[0].message
    english = found("Сотрудник штрафуется за опоздание.", "responsibility", lang="en")
    # the section as the document names it, in the UI's language around it
    assert english[0].message.startswith(f"“Ответственность”, item {number}:")


# --- overtime, weekends, holidays ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Работает сверхурочно по требованию руководителя без дополнительной оплаты.",
        "Привлекается к сверхурочным работам при необходимости.",
        "Переработки не оплачиваются и компенсируются отгулами по решению руководителя без согласия работника.",
        "Задерживается после окончания рабочего дня до завершения всех заказов.",
        "Выходит на работу в выходные и праздничные дни по распоряжению руководителя.",
        "Работа в выходные дни входит в должностной оклад.",
        "Выполняет работу за пределами установленной продолжительности рабочего времени безвозмездно.",
        "Работает без выходных в период инвентаризации.",
    ],
)
def test_overtime_and_weekend_work_without_consent_and_pay_are_errors(text):
    result = found(text)
    assert "labour-overtime" in [f.rule for f in result]
    hit = next(f for f in result if f.rule == "labour-overtime")
    assert hit.severity == "error" and "99" in hit.hint and "152" in hit.hint and "153" in hit.hint


@pytest.mark.parametrize(
    "text",
    [
        "Привлекается к работе в выходные и праздничные дни с письменного согласия и с оплатой в двойном размере.",
        "Сверхурочная работа производится с письменного согласия работника и оплачивается в повышенном размере.",
        "Привлекается к сверхурочной работе в порядке, предусмотренном ст. 99 ТК РФ.",
        "Работает в выходные дни по графику сменности.",
        "К сверхурочной работе не привлекается.",
        "Ведёт учёт рабочего времени и выходных дней работников отдела.",
    ],
)
def test_lawful_overtime_and_schedules_are_silent(text):
    assert "labour-overtime" not in rule_ids(text)


# --- annual leave -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Работник отказывается от ежегодного оплачиваемого отпуска в период высокого сезона.",
        "Не использует ежегодный отпуск до закрытия финансового года.",
        "Не уходит в отпуск в период с ноября по январь.",
        "Ежегодный оплачиваемый отпуск сокращается до 14 календарных дней.",
        "Ежегодный основной отпуск составляет 21 календарный день.",
        "Отпуск заменяется денежной компенсацией по решению работодателя.",
        "Замена ежегодного отпуска денежной выплатой производится ежегодно.",
        "Работает без отпуска в течение первого года.",
    ],
)
def test_leave_given_up_or_shortened_is_an_error(text):
    result = [f for f in found(text, "general") if f.rule == "labour-leave"]
    assert len(result) == 1 and result[0].severity == "error"
    assert "115" in result[0].hint and "126" in result[0].hint


@pytest.mark.parametrize(
    "text",
    [
        "Имеет право на ежегодный оплачиваемый отпуск продолжительностью 28 календарных дней.",
        "Ежегодный отпуск предоставляется в соответствии с графиком отпусков.",
        "Часть отпуска, превышающая 28 календарных дней, по письменному заявлению может быть заменена "
        "денежной компенсацией.",
        "При увольнении выплачивается компенсация за неиспользованный отпуск.",
        "Организует приёмку, хранение и отпуск товарно-материальных ценностей.",
        "Ежегодный дополнительный отпуск составляет 3 календарных дня.",
        "Ежегодный основной отпуск — не менее 28 календарных дней.",
    ],
)
def test_ordinary_mentions_of_leave_are_silent(text):
    assert "labour-leave" not in rule_ids(text, "general")


# --- material liability -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "variant"),
    [
        (
            "Несёт полную материальную ответственность за ущерб, причинённый работодателю, независимо от вины.",
            "fault",
        ),
        ("Возмещает ущерб вне зависимости от наличия своей вины.", "fault"),
        ("Возмещает работодателю упущенную выгоду от сорванных сделок.", "fault"),
        ("Несёт полную материальную ответственность за сохранность клиентской базы.", "full"),
        ("Возмещает любой ущерб, причинённый имуществу организации.", "full"),
        ("Причинённый ущерб возмещается работником в полном объёме.", "full"),
    ],
)
def test_liability_outside_the_code_is_an_error(text, variant):
    result = [f for f in found(text, "responsibility") if f.rule == "labour-liability"]
    assert len(result) == 1 and result[0].severity == "error"
    assert ("233" in result[0].hint) if variant == "fault" else ("244" in result[0].hint)


@pytest.mark.parametrize(
    "text",
    [
        "За причинение материального ущерба работодателю — в пределах, определённых трудовым законодательством.",
        "За недостачу вверенных ценностей — в соответствии с заключённым договором о полной материальной "
        "ответственности.",
        "Несёт полную материальную ответственность в случаях, предусмотренных статьёй 243 ТК РФ.",
        "Принимает меры по предотвращению ущерба имуществу организации.",
    ],
)
def test_lawful_liability_is_silent(text):
    assert "labour-liability" not in rule_ids(text, "responsibility")


# --- dismissal and penalties ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "При невыполнении плана продаж два месяца подряд работник подлежит увольнению.",
        "Может быть уволен за недостижение KPI.",
        "За невыполнение плана объявляется выговор.",
        "Работник, не выполнивший план, увольняется.",
        "Трудовой договор расторгается за отказ от сверхурочной работы.",
        "Может быть уволен в любое время без объяснения причин.",
        "Увольняется за одно опоздание.",
        "Обязуется написать заявление об увольнении при низких показателях продаж.",
    ],
)
def test_dismissal_on_grounds_the_code_lacks_is_an_error(text):
    result = [f for f in found(text, "responsibility") if f.rule == "labour-dismissal"]
    assert len(result) == 1 and result[0].severity == "error"
    assert "81" in result[0].hint and "192" in result[0].hint


@pytest.mark.parametrize(
    "text",
    [
        "Получает премию за выполнение плана.",
        "Размер премии зависит от выполнения плана продаж.",
        "Увольнение производится по основаниям, предусмотренным трудовым законодательством.",
        "Невыполнение плана не является основанием для увольнения.",
        "Оформляет приём, перевод и увольнение работников в соответствии с трудовым законодательством.",
        "За опоздание к работнику может быть применено дисциплинарное взыскание в порядке ст. 193 ТК РФ.",
    ],
)
def test_lawful_mentions_of_plans_and_dismissal_are_silent(text):
    assert "labour-dismissal" not in rule_ids(text, "responsibility")


# --- open-ended duties ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Выполняет иные поручения руководителя.",
        "Выполняет любые задания руководства.",
        "Исполняет другие поручения непосредственного руководителя.",
        "Выполняет разовые поручения директора.",
        "Выполняет прочие работы по указанию руководителя.",
        "Выполняет поручения руководителя любого характера.",
    ],
)
def test_open_ended_duties_are_warnings(text):
    result = [f for f in found(text) if f.rule == "labour-open-duty"]
    assert len(result) == 1 and result[0].severity == "warning" and "60" in result[0].hint


@pytest.mark.parametrize(
    "text",
    [
        "Выполняет иные поручения руководителя в пределах трудовой функции.",
        "Выполняет иные поручения руководителя, связанные с его должностными обязанностями.",
        "Выполняет иные обязанности, предусмотренные трудовым договором.",
        "Выполняет отдельные поручения руководителя в рамках своей компетенции.",
        "Обучает других работников работе с системой.",
        "Контролирует исполнение приказов и поручений руководителя.",
    ],
)
def test_limited_duties_are_silent(text):
    assert "labour-open-duty" not in rule_ids(text)


# --- rights and duties ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Соблюдать правила внутреннего трудового распорядка.",
        "Обеспечивать сохранность документов.",
        "Обязан своевременно представлять отчёты.",
        "Своевременно информировать руководителя о проблемах.",
        "{{position}} должен выполнять требования охраны труда.",
    ],
)
def test_a_duty_among_the_rights_is_a_warning(text):
    result = [f for f in found(text, "rights") if f.rule == "labour-rights-duties"]
    assert len(result) == 1 and result[0].severity == "warning"


@pytest.mark.parametrize(
    "text",
    [
        "Требовать от работников соблюдения правил пользования оборудованием.",
        "Получать информацию, необходимую для исполнения должностных обязанностей.",
        "Не выполнять распоряжения, противоречащие законодательству.",
        "Контролировать соблюдение стандартов обслуживания.",
    ],
)
def test_real_rights_are_silent(text):
    assert "labour-rights-duties" not in rule_ids(text, "rights")


@pytest.mark.parametrize(
    "text",
    [
        "Вправе проводить сверку расчётов с клиентами.",
        "Имеет право готовить коммерческие предложения.",
        "По возможности ведёт учёт обращений клиентов.",
        "Готовит отчёты по желанию руководителя отдела.",
    ],
)
def test_a_duty_written_as_a_right_is_a_warning(text):
    result = [f for f in found(text) if f.rule == "labour-rights-duties"]
    assert len(result) == 1 and result[0].severity == "warning"


def test_plain_duty_is_silent():
    assert "labour-rights-duties" not in rule_ids("Готовит коммерческие предложения для клиентов.")


# --- stand-in ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Замещает отсутствующих работников отдела.",
        "Исполняет обязанности временно отсутствующего менеджера.",
        "Подменяет коллег на время их отпуска.",
        "Выполняет обязанности других работников в период их болезни.",
        "На время отсутствия других сотрудников выполняет их работу без доплаты.",
    ],
)
def test_stand_in_without_consent_and_pay_is_a_warning(text):
    result = [f for f in found(text) if f.rule == "labour-stand-in"]
    assert len(result) == 1 and result[0].severity == "warning"
    assert "60.2" in result[0].hint and "151" in result[0].hint


@pytest.mark.parametrize(
    "text",
    [
        "С письменного согласия замещает отсутствующих работников отдела с доплатой.",
        "Исполняет обязанности временно отсутствующего работника с его письменного согласия за дополнительную "
        "оплату.",
        "Замещает отсутствующих работников в порядке совмещения должностей.",
    ],
)
def test_stand_in_with_consent_and_pay_is_silent(text):
    assert "labour-stand-in" not in rule_ids(text)


def test_the_deputy_clause_about_this_employee_is_not_a_stand_in():
    text = (
        "На время отсутствия {{position_genitive}} его обязанности исполняет работник, назначенный приказом."
    )
    assert "labour-stand-in" not in rule_ids(text, "general")


# --- travel and irregular hours ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("Работа носит разъездной характер.", "travel"),
        ("Выезжает в командировки по поручению руководителя.", "travel"),
        ("Регулярно посещает торговые точки закреплённой территории.", "travel"),
        ("Выезжает к клиентам для проведения переговоров.", "travel"),
        ("Работнику установлен ненормированный рабочий день.", "irregular"),
    ],
)
def test_travel_or_irregular_hours_without_compensation_are_warnings(text, variant):
    role = set_section(ru(), "conditions", [])
    result = [f for f in found(text, "general", role) if f.rule == "labour-travel"]
    assert len(result) == 1 and result[0].severity == "warning"
    assert ("168.1" in result[0].hint) if variant == "travel" else ("119" in result[0].hint)


@pytest.mark.parametrize(
    "text",
    [
        "Выезжает в командировки в соответствии с положением о командировках.",
        "Работа носит разъездной характер; расходы на проезд компенсируются в порядке, установленном "
        "локальным нормативным актом.",
        "Организует командировки руководителя, бронирует билеты и гостиницы.",
    ],
)
def test_travel_with_compensation_or_someone_elses_is_silent(text):
    assert "labour-travel" not in rule_ids(text, "general")


def test_a_compensation_clause_anywhere_covers_the_travel_clauses():
    travelling = add(ru(), "general", local("Работа носит разъездной характер.", "general", "ru"))
    assert "labour-travel" in [f.rule for f in check(travelling, library(), "en")]
    paid = add(
        travelling,
        "conditions",
        local(
            "Расходы, связанные со служебными поездками, возмещаются в соответствии с положением о "
            "служебных поездках.",
            "general",
            "ru",
        ),
    )
    assert "labour-travel" not in [f.rule for f in check(paid, library(), "en")]


def test_irregular_hours_with_additional_leave_are_silent():
    text = "Работнику установлен ненормированный рабочий день с дополнительным отпуском 3 календарных дня."
    assert "labour-travel" not in rule_ids(text, "general")


# --- amendments -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Изменения и дополнения в настоящую инструкцию вносятся приказом руководителя.",
        "Работодатель вправе в одностороннем порядке изменять должностные обязанности работника.",
        "Перечень обязанностей может быть расширен руководителем без согласия работника.",
        "Настоящая инструкция утверждается директором; изменения в неё вносятся в том же порядке.",
    ],
)
def test_one_sided_amendments_are_warnings(text):
    result = [f for f in found(text, "final") if f.rule == "labour-amendment"]
    assert len(result) == 1 and result[0].severity == "warning"
    assert "72" in result[0].hint and "74" in result[0].hint


@pytest.mark.parametrize(
    "text",
    [
        "Изменения в настоящую инструкцию вносятся по соглашению сторон.",
        "Изменения и дополнения в инструкцию вносятся руководителем с согласия работника.",
        "Должностная инструкция пересматривается при изменении требований законодательства.",
        "Изменения, не меняющие трудовую функцию, вносятся приказом руководителя без изменения трудовой функции.",
    ],
)
def test_amendments_by_agreement_are_silent(text):
    assert "labour-amendment" not in rule_ids(text, "final")


# --- the family as a whole ---------------------------------------------------------------------------------
def test_labour_rules_are_silent_on_english_documents():
    role = add(en(), "duties", local("Performs any other tasks the manager assigns.", "duty", "en"))
    assert not [f for f in check(role, library(), "en") if f.rule.startswith("labour-")]


def test_every_word_beginning_has_three_letters_at_least():
    """The matcher files word beginnings by their first three letters."""
    for name, specs in CONCEPTS.items():
        for spec in specs:
            for elements in expand(spec):
                head = elements[0]
                assert not head.startswith("^") or len(head) >= 4, (name, spec)


#: blocks of the shipped Russian library that the labour rules report today (the
#: library's own issue rewrites them; the lead reconciles the two at merge)
KNOWN_FIRING = {"ru.final.approval-change", "ru.general.travel", "ru.duty.route-visits"}
RU_TEMPLATES = sorted(t for t in library().templates if t.startswith("ru-"))


def _labour_blocks(template_id: str) -> set[str]:
    role = sample(template_id)
    out = set()
    for f in check(role, library(), "en"):
        if f.rule.startswith("labour-") and f.section is not None and f.item is not None:
            out.add(role.section(f.section).items[f.item].ref or "local")
    return out


@pytest.mark.parametrize("template_id", RU_TEMPLATES)
def test_no_labour_finding_on_shipped_ru_template_with_variables_filled(template_id, request):
    blocks = _labour_blocks(template_id)
    if blocks and blocks <= KNOWN_FIRING:
        request.applymarker(
            pytest.mark.xfail(
                reason=f"library boilerplate being rewritten (issue 12, ru-library): {sorted(blocks)}",
                strict=False,
            )
        )
    assert not blocks


def test_the_known_firing_blocks_are_the_only_ones():
    """Every block a shipped template trips is one of the list above (a new one fails here)."""
    tripped = set().union(*(_labour_blocks(t) for t in RU_TEMPLATES))
    assert tripped <= KNOWN_FIRING


# --- no rule raises on any text ---------------------------------------------------------------------------
_WORDS = [
    "штраф",
    "удерживается",
    "из",
    "заработной",
    "платы",
    "сверхурочно",
    "без",
    "оплаты",
    "отпуск",
    "не",
    "использует",
    "независимо",
    "от",
    "вины",
    "увольнению",
    "плана",
    "иные",
    "поручения",
    "обязан",
    "замещает",
    "разъездной",
    "изменения",
    "вносятся",
    "руководителем",
    "{{position}}",
    "28",
    "дней",
    ";",
    ".",
    "…",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(
        st.text(max_size=300),
        st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join),
    ),
    section=st.sampled_from(sorted(KIND)),
)
def test_no_rule_raises_on_any_text(text, section):
    role = add(ru(), section, local(text, KIND[section], "ru"))
    ctx = Context(role, library(), "ru")
    for r in RULES:
        for finding in r.run(ctx):
            assert finding.rule == r.id and finding.severity == r.severity


@pytest.mark.parametrize(
    ("section", "text"),
    [
        ("general", "Получает премию за выполнение плана продаж по итогам квартала."),
        ("rights", "Иметь право на ежегодный оплачиваемый отпуск."),
        (
            "responsibility",
            "За причинение материального ущерба — в пределах, определённых трудовым законодательством.",
        ),
        ("general", "Выезжает в служебные командировки в соответствии с положением о командировках."),
        ("conditions", "Работа носит разъездной характер; расходы на поездки компенсируются работодателем."),
        (
            "duties",
            "С письменного согласия исполняет обязанности временно отсутствующего работника с доплатой.",
        ),
        ("final", "Изменения в инструкцию вносятся по соглашению сторон."),
        ("final", "Изменения в инструкцию вносятся руководителем с согласия работника."),
        ("duties", "Выполняет иные поручения руководителя в пределах трудовой функции."),
    ],
)
def test_the_issues_near_misses_trip_no_labour_rule_at_all(section, text):
    assert found(text, section) == []
