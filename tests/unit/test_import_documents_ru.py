"""Two more Russian styles: text pasted from Word (CAPITAL plain-line headings,
«–» bullets, wrapped lines) and a document whose duties, rights and KPIs are tables."""

from __future__ import annotations

from pathlib import Path

from jdtui.core.importer import import_markdown
from jdtui.core.render import render_markdown
from jdtui.store.library import load_library
from jdtui.store.paths import shipped_library_files

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
LIBRARY = load_library(shipped_library_files())


def _import(name: str):
    return import_markdown((DATA / name).read_text(encoding="utf-8"), LIBRARY)


def _texts(result, section: str) -> list[str]:
    found = result.role.section(section)
    return [LIBRARY.resolve(i).text for i in found.items] if found else []


# --- pasted from Word: CAPITAL headings, «–» bullets ---------------------------------
def test_word_paste_fills_each_section_under_its_capital_heading():
    result = _import("ru_word_caps.txt")
    assert result.role.profile == "ru-di"
    assert dict(result.report.counts) == {
        "other": 1,
        "general": 3,
        "requirements": 5,
        "duties": 5,
        "rights": 2,
        "responsibility": 2,
    }


def test_word_paste_organisation_line_and_title_over_two_lines():
    result = _import("ru_word_caps.txt")
    assert result.role.variables["organization"] == "ООО «Ладога-Сервис»"
    assert result.role.variables["position_genitive"] == "администратора гостиницы"
    assert result.role.title == "Должностная инструкция администратора гостиницы"


def test_word_paste_lead_ins_are_no_items_and_wrapped_lines_join_their_item():
    result = _import("ru_word_caps.txt")
    duties = _texts(result, "duties")
    assert duties[0] == "встречает гостей, регистрирует их заезд и выезд в системе бронирования;"
    assert not any(t.endswith(":") for t in duties + _texts(result, "rights"))


def test_word_paste_group_labels_over_dash_lists():
    blocks = [LIBRARY.resolve(i) for i in _import("ru_word_caps.txt").role.section("requirements").items]
    assert [b.group for b in blocks] == ["knowledge"] * 3 + ["qualities"] * 2
    assert blocks[-1].text == "стрессоустойчивость."


def test_word_paste_unknown_capital_heading_is_kept_with_its_text():
    result = _import("ru_word_caps.txt")
    other = [s for s in result.role.sections if s.id == "other"]
    assert [s.heading for s in other] == ["ПОРЯДОК ПЕРЕДАЧИ СМЕНЫ"]
    exported = render_markdown(result.role, LIBRARY)
    assert "Остаток кассы пересчитывается в присутствии обоих администраторов." in exported


# --- tables: «Функция | Описание», «Право | Содержание», KPI --------------------------
def test_tables_of_duties_rights_and_kpis_give_one_item_per_row():
    result = _import("ru_tables.md")
    assert _texts(result, "duties") == [
        "Планирование закупок: Составляет годовой и квартальный планы закупок по заявкам цехов",
        "Работа с поставщиками: Запрашивает коммерческие предложения, ведёт переговоры об условиях поставки",
        "Договоры: Готовит договоры поставки и согласует их с юридическим отделом",
        "Контроль поставок: Отслеживает сроки отгрузки и приёмку товара на склад",
    ]
    assert len(_texts(result, "rights")) == 3
    assert _texts(result, "kpi") == [
        "Доля поставок в срок: не ниже 95 %",
        "Экономия от торгов: не менее 3 % от начальной цены",
    ]
    headers = [text for text, meaning in result.report.labels if meaning == "table_header"]
    assert headers == ["Функция | Описание", "Право | Содержание", "Показатель | Целевое значение"]


def test_tables_document_label_lines_give_groups_and_details():
    result = _import("ru_tables.md")
    blocks = [LIBRARY.resolve(i) for i in result.role.section("requirements").items]
    assert [b.group for b in blocks] == ["experience", "experience", "knowledge", "knowledge", "knowledge"]
    assert blocks[2].text == "44-ФЗ и 223-ФЗ"
    assert result.role.variables["organization"] == "АО «Пермский трубный завод»"
    assert result.role.variables["department"] == "отдел материально-технического снабжения"
    assert _texts(result, "responsibility") == [
        "Специалист несёт ответственность за сохранность коммерческой тайны и за достоверность сведений в отчётах."
    ]
