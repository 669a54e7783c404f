"""Placeholders, control characters, language of clauses, tone, gender-coded wording."""

from __future__ import annotations

import pytest

from jdtui.core.rules.gender_words import is_feminine, is_masculine

from .rules_support import add, drop, en, findings, library, local, ru, rules


@pytest.mark.parametrize(
    "make,name,label",
    [
        (ru, "position_dative", "“Position, dative”"),
        (en, "organization", "“Organisation”"),
    ],
)
def test_an_unfilled_field_is_one_error_at_its_first_clause_counting_its_clauses(make, name, label):
    clauses = [
        local(f"Clause {n} about {{{{{name}}}}} and more.", "duty", make().lang, areas=("reporting",))
        for n in (1, 2)
    ]
    role = add(make().with_variables(**{name: ""}), "duties", *clauses)
    found = findings(role, "placeholder")
    assert len(found) == 1 and found[0].severity == "error" and found[0].field == name
    assert label in found[0].message
    first = next(
        (s.id, i)
        for s in role.sections
        for i, item in enumerate(s.items)
        if "{{" + name + "}}" in library().resolve(item).text
    )
    assert (found[0].section, found[0].item) == first
    uses = sum(
        ("{{" + name + "}}") in library().resolve(item).text for s in role.sections for item in s.items
    )
    assert f": {uses})" in found[0].message and uses >= 2
    assert "placeholder" not in rules(make())


def test_a_field_requisites_reports_is_not_reported_again_by_clause():
    role = ru().with_variables(organization="", approval_date="")
    assert findings(role, "placeholder") == [] and len(findings(role, "requisites")) == 1


def test_an_en_field_clauses_print_is_an_error_not_a_minor_requisite():
    role = en().with_variables(organization="")
    assert [f.field for f in findings(role, "placeholder")] == ["organization"]
    assert "requisites-minor" not in rules(role)
    # a wanted field no clause prints stays a minor requisite
    quiet = en()
    for section in en().sections:
        quiet = drop(quiet, section.id, lambda block: "{{organization}}" in block.text)
    assert [f.field for f in findings(quiet.with_variables(organization=""), "requisites-minor")] == [
        "organization"
    ]


@pytest.mark.parametrize("make", [ru, en])
def test_an_unknown_placeholder_is_one_error_per_clause(make):
    clauses = [
        local(f"Clause {n} names {{{{manager_name}}}} here.", "duty", make().lang, areas=("reporting",))
        for n in (1, 2)
    ]
    found = findings(add(make(), "duties", *clauses), "placeholder")
    assert len(found) == 2 and len({(f.section, f.item) for f in found}) == 2
    assert all("{{manager_name}}" in f.message and f.field is None for f in found)


def test_control_characters_are_flagged_as_dropped_on_export():
    role = add(
        en(),
        "duties",
        local("Handles \x1b[31morders\u202e quickly.", "duty", "en", areas=("sales-pipeline",)),
    )
    found = findings(role, "control-chars")
    assert len(found) == 1 and "drop" in found[0].message
    assert "control-chars" not in rules(en())


@pytest.mark.parametrize(
    "make,text",
    [
        (ru, "Prepares weekly sales reports for the head of sales."),
        (en, "Готовит еженедельные отчёты о продажах для руководителя."),
    ],
)
def test_clause_in_the_other_language_is_a_warning(make, text):
    role = add(make(), "duties", local(text, "duty", make().lang, areas=("reporting",)))
    assert [f.severity for f in findings(role, "foreign-language")] == ["warning"]


@pytest.mark.parametrize(
    "make,text",
    [
        (ru, "Ведёт сделки в CRM (Bitrix24, amoCRM) и Excel, отправляет отчёты на sales@example.com."),
        (en, "Uses 1С and the «Контур» portal when needed for accounting."),
    ],
)
def test_a_few_foreign_words_are_fine(make, text):
    role = add(make(), "duties", local(text, "duty", make().lang, areas=("reporting",)))
    assert "foreign-language" not in rules(role)


@pytest.mark.parametrize(
    "text,word",
    [
        ("Вы будете вести переговоры с клиентами.", "вы"),
        ("Ведёт переговоры с нашими клиентами.", "нашими"),
        ("Мы предлагаем обучение и рост.", "мы"),
        ("Твоя задача — привлекать клиентов.", "твоя"),
        ("Отвечает на звонки ваших клиентов.", "ваших"),
    ],
)
def test_ru_di_second_or_first_person_is_a_warning(text, word):
    role = add(ru(), "duties", local(text, "duty", "ru", areas=("sales-pipeline",)))
    found = findings(role, "person-tone")
    assert [f.severity for f in found] == ["warning"] and word in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Менеджер ведёт переговоры с клиентами и выполняет план продаж.",
        "Анализирует спрос на услуги и готовит предложения.",  # «на», «нашёл» are not «наш»
        "Выявляет потребности клиентов и вызывает курьера.",
    ],
)
def test_ru_di_third_person_is_fine(text):
    role = add(ru(), "duties", local(text, "duty", "ru", areas=("sales-pipeline",)))
    assert "person-tone" not in rules(role)


def test_english_postings_may_say_you():
    role = add(
        en(), "summary", local("You will join a friendly team and we will train you.", "general", "en")
    )
    assert "person-tone" not in rules(role)


def test_gaucher_word_lists_match_word_forms():
    assert is_masculine("competitive") and is_masculine("leadership") and is_masculine("driven")
    assert is_feminine("supportive") and is_feminine("collaborative") and is_feminine("understanding")
    assert not is_masculine("sales") and not is_feminine("sales")


def test_masculine_leaning_wording_is_info():
    role = add(
        en(),
        "summary",
        local(
            "An aggressive, competitive, dominant and fearless self-reliant leader who will battle and win.",
            "general",
            "en",
        ),
    )
    found = findings(role, "gender-coded")
    assert [f.severity for f in found] == ["info"] and "aggressive" in found[0].message


def test_balanced_wording_and_russian_documents_are_not_flagged():
    role = add(
        en(),
        "summary",
        local(
            "A supportive, collaborative, warm and understanding colleague who is committed to sharing knowledge.",
            "general",
            "en",
        ),
    )
    assert "gender-coded" not in rules(role)
    assert "gender-coded" not in rules(add(ru(), "general", local("Агрессивный лидер.", "general", "ru")))


def test_ru_control_characters_are_flagged_and_plain_text_is_not():
    role = add(
        ru(),
        "duties",
        local("Ведёт \x1b]0;заголовок\x07учёт\u202e заказов.", "duty", "ru", areas=("reporting",)),
    )
    found = findings(role, "control-chars", lang="ru")
    assert [(f.section, f.severity) for f in found] == [("duties", "warning")] and "удал" in found[0].message
    plain = add(ru(), "duties", local("Ведёт учёт заказов\u200b.", "duty", "ru", areas=("reporting",)))
    assert "control-chars" not in rules(plain)  # zero-width characters are text


@pytest.mark.parametrize("make", [ru, en])
def test_control_characters_in_a_variable_or_title_are_one_finding_each(make):
    from dataclasses import replace

    role = replace(make().with_variables(organization="Acme\x1b[2J Ltd"), title="Manager\x07")
    found = findings(role, "control-chars")
    assert sorted(f.field for f in found) == ["organization", "title"]
    assert sorted(f.message.split("“")[1].split("”")[0] for f in found) == ["Organisation", "Title"]
    assert all(f.section is None and f.item is None for f in found)


def test_masculine_words_in_a_variable_count_once_not_per_clause():
    import re

    from .rules_support import library

    printed = sum(library().resolve(i).text.count("{{organization}}") for s in en().sections for i in s.items)
    assert printed > 1  # the sample prints the organisation in several clauses

    def masculine(organization: str) -> int:
        found = findings(en().with_variables(organization=organization), "gender-coded")
        return int(re.search(r"(\d+) masculine", found[0].message)[1]) if found else 0

    # enough words to outweigh the sample's own (feminine-leaning) wording
    many = "Aggressive Competitive Dominant Fearless Driven Ambitious Decisive Forceful Headstrong Confident"
    ten = masculine(f"{many} Ltd")
    assert ten > 0 and masculine(f"{many} Assertive Ltd") == ten + 1
    assert "gender-coded" not in rules(en().with_variables(organization="Acme Ltd"))
