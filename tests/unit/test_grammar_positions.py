"""Case forms of real positions, written down by a careful reader and asserted.

Each row: nominative | genitive | dative. Groups: simple; adjective + noun;
noun + genitive chain; prepositional and other tails; hyphenated; feminine;
Latin abbreviations; letter case and «ё».
"""

from __future__ import annotations

import pytest

from jdtui.core.grammar import decline, derive_forms, follows

POSITIONS = """
бухгалтер | бухгалтера | бухгалтеру
кассир | кассира | кассиру
водитель | водителя | водителю
продавец | продавца | продавцу
товаровед | товароведа | товароведу
кладовщик | кладовщика | кладовщику
экономист | экономиста | экономисту
юрисконсульт | юрисконсульта | юрисконсульту
воспитатель | воспитателя | воспитателю
маркетолог | маркетолога | маркетологу
делопроизводитель | делопроизводителя | делопроизводителю
диспетчер | диспетчера | диспетчеру
грузчик | грузчика | грузчику
официант | официанта | официанту
портье | портье | портье
главный бухгалтер | главного бухгалтера | главному бухгалтеру
генеральный директор | генерального директора | генеральному директору
торговый представитель | торгового представителя | торговому представителю
системный администратор | системного администратора | системному администратору
финансовый директор | финансового директора | финансовому директору
дежурный администратор | дежурного администратора | дежурному администратору
старший научный сотрудник | старшего научного сотрудника | старшему научному сотруднику
личный помощник руководителя | личного помощника руководителя | личному помощнику руководителя
руководитель отдела продаж | руководителя отдела продаж | руководителю отдела продаж
помощник руководителя | помощника руководителя | помощнику руководителя
администратор гостиницы | администратора гостиницы | администратору гостиницы
менеджер проектов | менеджера проектов | менеджеру проектов
заместитель главного бухгалтера | заместителя главного бухгалтера | заместителю главного бухгалтера
уборщик служебных помещений | уборщика служебных помещений | уборщику служебных помещений
учитель начальных классов | учителя начальных классов | учителю начальных классов
мастер участка | мастера участка | мастеру участка
начальник смены | начальника смены | начальнику смены
ведущий специалист отдела кадров | ведущего специалиста отдела кадров | ведущему специалисту отдела кадров
главный инженер проекта | главного инженера проекта | главному инженеру проекта
супервайзер отдела продаж | супервайзера отдела продаж | супервайзеру отдела продаж
сборщик заказов | сборщика заказов | сборщику заказов
менеджер по работе с ключевыми клиентами | менеджера по работе с ключевыми клиентами | менеджеру по работе с ключевыми клиентами
заведующий складом | заведующего складом | заведующему складом
заведующий библиотекой | заведующего библиотекой | заведующему библиотекой
управляющий магазином | управляющего магазином | управляющему магазином
заместитель генерального директора по коммерческим вопросам | заместителя генерального директора по коммерческим вопросам | заместителю генерального директора по коммерческим вопросам
специалист по охране труда | специалиста по охране труда | специалисту по охране труда
директор по персоналу | директора по персоналу | директору по персоналу
инженер по охране труда | инженера по охране труда | инженеру по охране труда
рабочий по комплексному обслуживанию и ремонту зданий | рабочего по комплексному обслуживанию и ремонту зданий | рабочему по комплексному обслуживанию и ремонту зданий
начальник отдела по работе с клиентами | начальника отдела по работе с клиентами | начальнику отдела по работе с клиентами
программист 1С | программиста 1С | программисту 1С
оператор ПК | оператора ПК | оператору ПК
инженер-программист | инженера-программиста | инженеру-программисту
офис-менеджер | офис-менеджера | офис-менеджеру
секретарь-референт | секретаря-референта | секретарю-референту
врач-терапевт | врача-терапевта | врачу-терапевту
старший продавец-консультант | старшего продавца-консультанта | старшему продавцу-консультанту
шеф-повар | шеф-повара | шеф-повару
вице-президент | вице-президента | вице-президенту
пресс-секретарь | пресс-секретаря | пресс-секретарю
бренд-менеджер | бренд-менеджера | бренд-менеджеру
контент-менеджер | контент-менеджера | контент-менеджеру
бизнес-аналитик | бизнес-аналитика | бизнес-аналитику
веб-дизайнер | веб-дизайнера | веб-дизайнеру
педагог-психолог | педагога-психолога | педагогу-психологу
учитель-логопед | учителя-логопеда | учителю-логопеду
ведущий инженер-конструктор | ведущего инженера-конструктора | ведущему инженеру-конструктору
повар-кондитер | повара-кондитера | повару-кондитеру
оператор call-центра | оператора call-центра | оператору call-центра
оператор контакт-центра | оператора контакт-центра | оператору контакт-центра
главная медицинская сестра | главной медицинской сестры | главной медицинской сестре
старшая медицинская сестра | старшей медицинской сестры | старшей медицинской сестре
медицинская сестра процедурного кабинета | медицинской сестры процедурного кабинета | медицинской сестре процедурного кабинета
горничная | горничной | горничной
заведующая складом | заведующей складом | заведующей складом
уборщица | уборщицы | уборщице
няня | няни | няне
HR-менеджер | HR-менеджера | HR-менеджеру
SMM-специалист | SMM-специалиста | SMM-специалисту
IT-специалист | IT-специалиста | IT-специалисту
PR-менеджер | PR-менеджера | PR-менеджеру
UX-дизайнер | UX-дизайнера | UX-дизайнеру
Главный бухгалтер | Главного бухгалтера | Главному бухгалтеру
ГЕНЕРАЛЬНЫЙ ДИРЕКТОР | ГЕНЕРАЛЬНОГО ДИРЕКТОРА | ГЕНЕРАЛЬНОМУ ДИРЕКТОРУ
Менеджер по продажам | Менеджера по продажам | Менеджеру по продажам
стажёр | стажёра | стажёру
стажер | стажера | стажеру
электромонтер по ремонту и обслуживанию электрооборудования | электромонтера по ремонту и обслуживанию электрооборудования | электромонтеру по ремонту и обслуживанию электрооборудования
"""

ROWS = [tuple(part.strip() for part in line.split("|")) for line in POSITIONS.strip().splitlines()]


def test_the_list_is_long_enough():
    assert len(ROWS) >= 60
    assert len({row[0] for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize(("nominative", "genitive", "dative"), ROWS, ids=[r[0] for r in ROWS])
def test_position_declines_as_written_down(nominative, genitive, dative):
    declined = decline(nominative)
    assert declined is not None
    assert (declined.genitive, declined.dative) == (genitive, dative)
    assert declined.sure


@pytest.mark.parametrize(
    ("nominative", "genitive"),
    [
        # a second nominative joined by «и» would have to inflect too
        ("бухгалтер и кассир", "бухгалтера и кассир"),
        # «операционист» is not in the dictionary: the form is a guess
        ("кассир-операционист", "кассира-операциониста"),
    ],
)
def test_a_form_the_analyser_is_not_sure_of_says_please_check(nominative, genitive):
    declined = decline(nominative)
    assert declined is not None and declined.genitive == genitive
    assert not declined.sure


@pytest.mark.parametrize("phrase", ["", "   ", "Project Manager", "CEO"])
def test_no_russian_head_no_forms(phrase):
    assert decline(phrase) is None


def test_spaces_and_punctuation_around_the_phrase_stay():
    declined = decline("менеджер (по продажам)")
    assert declined is not None and declined.genitive == "менеджера (по продажам)"


TEMPLATE = {
    "position": "менеджер по работе с клиентами",
    "position_genitive": "менеджера по работе с клиентами",
    "position_dative": "менеджеру по работе с клиентами",
    "reports_to": "коммерческий директор",
    "reports_to_dative": "коммерческому директору",
}


def test_template_forms_follow_a_new_nominative():
    variables = {**TEMPLATE, "position": "главный бухгалтер"}
    out, changes = derive_forms(variables, TEMPLATE, template=TEMPLATE)
    assert out["position_genitive"] == "главного бухгалтера"
    assert out["position_dative"] == "главному бухгалтеру"
    assert out["reports_to_dative"] == "коммерческому директору"
    assert {c.name for c in changes if c.derived} == {"position_genitive", "position_dative"}


def test_a_form_set_in_the_same_change_is_kept():
    variables = {**TEMPLATE, "position": "главный бухгалтер", "position_genitive": "гл. бухгалтера"}
    out, _changes = derive_forms(variables, TEMPLATE, keep=frozenset({"position_genitive"}))
    assert out["position_genitive"] == "гл. бухгалтера"
    assert out["position_dative"] == "главному бухгалтеру"


def test_a_form_the_user_wrote_is_never_overwritten():
    draft = {**TEMPLATE, "position_genitive": "менеджера по клиентам"}  # not the derived form
    out, changes = derive_forms({**draft, "position": "кассир"}, draft, template=None)
    assert out["position_genitive"] == "менеджера по клиентам"
    assert out["position_dative"] == "кассиру"
    kept = [c for c in changes if not c.derived]
    assert [c.name for c in kept] == ["position_genitive"]


def test_an_underivable_nominative_empties_the_stale_forms():
    out, changes = derive_forms({**TEMPLATE, "position": "Project Manager"}, TEMPLATE, template=TEMPLATE)
    assert "position_genitive" not in out and "position_dative" not in out
    assert all(c.derived and not c.value for c in changes)


def test_follows_reads_the_previous_derivation():
    assert follows("", "кассир", "gent")
    assert follows("кассира", "кассир", "gent")
    assert not follows("кассирши", "кассир", "gent")
    assert follows("кассирши", "кассир", "gent", template_value="кассирши")


@pytest.mark.parametrize(("nominative", "genitive", "dative"), ROWS, ids=[r[0] for r in ROWS])
def test_the_quick_reading_is_right_or_silent(nominative, genitive, dative):
    """quick_form (the check's shortcut without the dictionary) never gives a wrong form."""
    from jdtui.core.grammar import quick_form

    assert quick_form(nominative, "gent") in (None, genitive)
    assert quick_form(nominative, "datv") in (None, dative)


def test_the_quick_reading_covers_most_positions():
    from jdtui.core.grammar import quick_form

    covered = sum(quick_form(row[0], "gent") is not None for row in ROWS)
    assert covered >= len(ROWS) * 3 // 4
