"""Discriminatory requirements in any word form, and what must not be mistaken for them."""

from __future__ import annotations

import pytest

from jdtui.core.rules.discrimination import hits
from jdtui.core.rules.discrimination_terms import EN, RU
from jdtui.core.rules.words import stem

from .rules_support import add, en, findings, local, ru, rules


def categories(text: str, proxy: bool | None = None) -> set[str]:
    return {h.category for h in hits(text) if proxy is None or h.proxy == proxy}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Мужчина до 35 лет.", "sex"),
        ("Мужчина до 35 лет.", "age"),
        ("Рассматриваем только мужчин.", "sex"),
        ("Требуется девушка на ресепшн.", "sex"),
        ("Ищем девушек с опытом продаж.", "sex"),
        ("Кандидаты — женщины от 25 лет.", "sex"),
        ("Лица мужского пола.", "sex"),
        ("Возраст не старше 35 лет.", "age"),
        ("Кандидат до 30 лет.", "age"),
        ("Кандидаты от 25 до 35 лет.", "age"),
        ("Кандидаты 25–35 лет.", "age"),
        ("Приглашаем молодого специалиста.", "age"),
        ("Молодые и амбициозные кандидаты.", "age"),
        ("В возрасте до 40 лет.", "age"),
        ("Не моложе 25 лет.", "age"),
        ("Пенсионеров просим не беспокоить.", "age"),
        ("Замужем, есть дети.", "family"),
        ("Не замужем, без детей.", "family"),
        ("Женатый кандидат.", "family"),
        ("Наличие детей не приветствуется.", "family"),
        ("Семейное положение: холост.", "family"),
        ("Славянской внешности.", "origin"),
        ("Славянская внешность обязательна.", "appearance"),
        ("Национальность — русский.", "origin"),
        ("Русский, гражданин РФ.", "origin"),
        ("Православного вероисповедания.", "religion"),
        ("Приятной внешности.", "appearance"),
        ("Рост не ниже 170 см.", "appearance"),
        ("Наличие прописки в Москве.", "registration"),
        ("Регистрация в Москве или Московской области.", "registration"),
        ("Постоянная регистрация обязательна.", "registration"),
        ("Традиционной ориентации.", "orientation"),
    ],
)
def test_russian_discrimination_is_found_in_any_form(text, category):
    assert category in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Свободное владение русским языком.",
        "Русский язык — родной или свободный.",
        "Знание английского и русского языков.",
        "Ведёт переписку на русском и английском.",
        "Опыт работы от 3 лет.",
        "Опыт работы в продажах от 20 лет не требуется.",
        "Стаж работы до 30 лет в отрасли.",
        "Работает с клиентами в возрасте от 18 до 25 лет.",
        "Продвигает товары для молодёжного рынка.",
        "Продаёт одежду для мужчин и женщин.",
        "Регистрация заявок в CRM-системе.",
        "Регистрирует обращения клиентов в журнале.",
        "Обеспечивает рост продаж не менее 10%.",
        "Опрятный внешний вид, деловой стиль одежды.",
        "Не допускает дискриминации клиентов независимо от пола, возраста и национальности.",
        "Возраст старше 18 лет.",
        "Национальные стандарты бухгалтерского учёта.",
        "Отвечает за внешние коммуникации компании.",
    ],
)
def test_russian_look_alikes_are_not_discrimination(text):
    assert categories(text, proxy=False) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Candidates must be under 35.", "age"),
        ("Aged 25-35 years old.", "age"),
        ("Between the ages of 25 and 35.", "age"),
        ("We are looking for a young and dynamic salesperson.", "age"),
        ("Young, energetic graduates preferred.", "age"),
        ("Digital natives only.", "age"),
        ("Male candidates only.", "sex"),
        ("Female receptionist wanted.", "sex"),
        ("Only men need apply.", "sex"),
        ("Must be married.", "family"),
        ("No children or family commitments.", "family"),
        ("Caucasian applicants preferred.", "origin"),
        ("Nationality: British.", "origin"),
        ("Practising Christian required.", "religion"),
        ("Attractive appearance required.", "appearance"),
        ("Must be attractive and slim.", "appearance"),
        ("Good-looking hosts wanted.", "appearance"),
    ],
)
def test_english_discrimination_is_found(text, category):
    assert category in categories(text, proxy=False)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Native English speaker.", "origin"),
        ("Recent graduates welcome to join the scheme.", "age"),
        ("He will report to the sales director.", "sex"),
        ("Must live in Leeds.", "registration"),
    ],
)
def test_english_proxies_are_risks(text, category):
    assert category in categories(text, proxy=True)


@pytest.mark.parametrize(
    "text",
    [
        "We offer an attractive salary and benefits package.",
        "Attractive commission and bonus scheme.",
        "Handles agency contracts and manages the agency relationship.",
        "Responds to customer enquiries in under 30 minutes.",
        "Resolves 90% of tickets within 24 hours.",
        "At least 3 years of experience in B2B sales.",
        "Over 20 years of experience is not required.",
        "Markets products to customers aged 18 to 25.",
        "Sells clothing for men and women.",
        "We are an equal opportunity employer and welcome applicants regardless of age, sex, religion or marital status.",
        "We do not discriminate on the basis of race, gender, nationality or disability.",
        "Must be at least 18 years old.",
        "He or she reports to the Head of Sales.",
        "The employee reports to the Head of Sales; his/her work is reviewed monthly.",
        "Fluent English and Russian.",
        "Manages young children's programmes at the centre for our young customers.",
    ],
)
def test_english_look_alikes_are_not_discrimination(text):
    assert categories(text) == set()


def test_explicit_term_in_requirements_is_an_error_pointing_at_the_item():
    role = add(
        ru(), "requirements", local("Мужчина не старше 35 лет.", "requirement", "ru", group="qualities")
    )
    found = findings(role, "discrimination")
    assert len(found) == 1 and found[0].severity == "error" and found[0].section == "requirements"
    assert found[0].item == len(role.section("requirements").items) - 1
    assert "мужчина" in found[0].message and "35" in found[0].message


def test_explicit_term_outside_requirements_is_a_risk_warning():
    role = add(en(), "conditions", local("You will join a young team in a modern office.", "general", "en"))
    assert "discrimination" not in rules(role)
    assert [f.severity for f in findings(role, "discrimination-risk")] == ["warning"]


def test_proxy_in_requirements_is_a_warning_not_an_error():
    role = add(en(), "requirements", local("Native English speaker.", "requirement", "en", group="knowledge"))
    assert "discrimination" not in rules(role)
    assert findings(role, "discrimination-risk")


@pytest.mark.parametrize("make", [ru, en])
def test_samples_have_no_discrimination(make):
    found = rules(make())
    assert "discrimination" not in found and "discrimination-risk" not in found


def test_every_stem_in_the_term_lists_is_a_real_snowball_stem():
    """``~stem`` elements must be what Snowball makes of some word form."""
    examples = {
        "молод": "молодого",
        "пенсионер": "пенсионеры",
        "мужчин": "мужчинам",
        "женщин": "женщины",
        "юнош": "юношей",
        "русск": "русская",
        "young": "young",
        "younger": "younger",
        "marri": "married",
        "religion": "religion",
        "religi": "religious",
    }
    for term in (*RU, *EN):
        for element in term.pattern:
            if element.startswith("~"):
                assert stem(examples[element[1:]]) == element[1:], element


def test_en_explicit_term_in_requirements_is_an_error_pointing_at_the_item():
    role = add(
        en(),
        "requirements",
        local("Male candidates aged 25-35 only.", "requirement", "en", group="qualities"),
    )
    found = findings(role, "discrimination")
    assert [(f.section, f.severity) for f in found] == [("requirements", "error")]
    assert found[0].item == len(role.section("requirements").items) - 1 and "male" in found[0].message


def test_ru_explicit_term_outside_requirements_and_proxies_are_risks():
    role = add(ru(), "duties", local("Работает в молодом коллективе.", "duty", "ru", areas=("reporting",)))
    assert "discrimination" not in rules(role)
    assert [f.severity for f in findings(role, "discrimination-risk")] == ["warning"]
    role = add(
        ru(),
        "requirements",
        local("Гражданство РФ, без вредных привычек.", "requirement", "ru", group="qualities"),
    )
    assert "discrimination" not in rules(role) and findings(role, "discrimination-risk")


@pytest.mark.parametrize(
    ("make", "position", "category"),
    [
        (ru, "Менеджер по продажам (девушка до 30 лет)", "пол"),
        (en, "Young salesman", "age"),
    ],
)
def test_a_discriminatory_position_is_one_error_per_variable_not_per_clause(make, position, category):
    role = make().with_variables(position=position, position_genitive=position, position_dative=position)
    found = findings(role, "discrimination", lang=make().lang)
    named = sorted(
        f.message.split("«" if make is ru else "“")[1].split("»" if make is ru else "”")[0] for f in found
    )
    assert sorted(f.field for f in found) == ["position", "position_dative", "position_genitive"]
    assert len(set(named)) == 3 and not any("_" in name for name in named)
    assert all(f.section is None and f.item is None and category in f.message for f in found)
    assert "discrimination" not in rules(make().with_variables(position="Sales manager"))


def test_an_organisation_name_is_a_risk_not_an_error_and_plain_names_are_fine():
    role = ru().with_variables(organization="ООО «Молодые мамы»")
    assert "discrimination" not in rules(role)
    assert [(f.section, f.item) for f in findings(role, "discrimination-risk")] == [(None, None)]
    # the name adds no finding to the sample's own
    assert rules(ru().with_variables(organization="ООО «Мужская одежда»")) == rules(ru())


def test_placeholder_names_left_in_clauses_are_no_terms():
    from jdtui.core.placeholders import VARIABLES

    assert hits(" ".join(f"{{{{{name}}}}}" for name in VARIABLES)) == []
