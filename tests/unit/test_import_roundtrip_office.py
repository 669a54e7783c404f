"""export → import → export of every shipped sample with the office-style
choices of a Russian instruction: approval by order, the date styles, the
«СОГЛАСОВАНО» and drafter's stamps, the appendix — and what the import reads."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdtui.core.compose import template_as_role
from jdtui.core.importer import import_markdown
from jdtui.core.render import render_markdown
from jdtui.store.library import load_library
from jdtui.store.paths import shipped_library_files

LIBRARY = load_library(shipped_library_files())
BASE = {
    "organization": "ООО «Северный ветер»",
    "approver_title": "Генеральный директор",
    "approver_name": "П. С. Громов",
    "approval_date": "15.03.2024",
    "doc_number": "17-ДИ",
    "city": "Екатеринбург",
}
OPTIONS = {
    "by-order": {"approval_form": "order", "order_number": "42-к"},
    "by-order-unfilled": {"approval_form": "order", "approval_date": ""},
    "words": {"date_style": "words"},
    "quoted-agreed-drafted": {
        "date_style": "quoted",
        "agreed_title": "Начальник юридического отдела",
        "agreed_name": "А. С. Орлова",
        "agreed_date": "2024-03-11",
        "drafter_title": "Руководитель отдела кадров",
        "drafter_name": "Е. В. Смирнова",
    },
    "half-filled-stamps": {"agreed_name": "А. С. Орлова", "drafter_title": "Руководитель отдела кадров"},
}
RU_TEMPLATES = sorted(tid for tid, t in LIBRARY.templates.items() if t.lang == "ru")


def _role(template_id: str, option: str):
    role = template_as_role(LIBRARY.templates[template_id])
    base = {k: v for k, v in BASE.items() if k not in role.variables}
    return role.with_variables(**base).with_variables(**OPTIONS[option])


@pytest.mark.parametrize("option", sorted(OPTIONS))
@pytest.mark.parametrize("template_id", RU_TEMPLATES)
def test_every_russian_sample_with_office_choices_survives_export_import_export(template_id, option):
    role = _role(template_id, option)
    first = render_markdown(role, LIBRARY)
    second = render_markdown(import_markdown(first, LIBRARY, lang="ru").role, LIBRARY)
    assert second == first


def test_import_reads_approval_by_order_agreement_drafter_and_appendix():
    role = _role("ru-sales-manager", "quoted-agreed-drafted").with_variables(
        approval_form="order", order_number="42-к"
    )
    imported = import_markdown(render_markdown(role, LIBRARY), LIBRARY, lang="ru").role
    wanted = {
        "approval_form": "order",
        "order_number": "42-к",
        "approval_date": "«15» марта 2024 г.",
        "agreed_title": "Начальник юридического отдела",
        "agreed_name": "А. С. Орлова",
        "agreed_date": "«11» марта 2024 г.",
        "drafter_title": "Руководитель отдела кадров",
        "drafter_name": "Е. В. Смирнова",
        "city": "Екатеринбург",
    }
    assert {k: imported.variables.get(k) for k in wanted} == wanted
    onboarding = imported.section("onboarding")
    assert onboarding is not None and onboarding.heading is None  # «Приложение 1. …» is no own wording
    assert len(onboarding.items) == len(role.section("onboarding").items)
    final = imported.section("final")
    assert not any("СОГЛАСОВАНО" in (i.local.text if i.local else "") for i in final.items)


def test_import_reads_a_one_line_order_stamp_of_another_document():
    text = (
        "УТВЕРЖДЕНА приказом ООО «Дельта» от 05.06.2016 № 63\n\n"
        "# ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ кладовщика\n\n## 1. Общие положения\n\n1.1. Кладовщик относится к рабочим.\n"
    )
    variables = import_markdown(text, LIBRARY, lang="ru").role.variables
    assert (
        variables.get("approval_form"),
        variables.get("approval_date"),
        variables.get("order_number"),
    ) == (
        "order",
        "05.06.2016",
        "63",
    )


def test_a_line_starting_with_the_word_is_not_taken_for_a_stamp():
    text = (
        "# ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ кладовщика\n\n## 1. Общие положения\n\n"
        "1.1. Кладовщик относится к рабочим.\n\nРазработчик: отдел кадров.\n"
    )
    role = import_markdown(text, LIBRARY, lang="ru").role
    assert "drafter_title" not in role.variables


_RU = "абвгдежзиклмнопрстуфхцчшщыэюяё"
_words = st.lists(st.text(alphabet=_RU, min_size=2, max_size=9), min_size=1, max_size=4).map(
    lambda ws: " ".join(ws).capitalize()
)
_punctuated = st.builds(
    lambda text, mark: text + mark,
    _words,
    st.sampled_from(["", ".", ",", " «Альфа»", " (и. о.)", " № 2", " *", " 1."]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    values=st.fixed_dictionaries(
        {},
        optional={
            "approval_form": st.sampled_from(["", "order"]),
            "order_number": st.text(alphabet="0123456789-кК/", min_size=1, max_size=6),
            "date_style": st.sampled_from(["numeric", "words", "quoted"]),
            "approval_date": st.dates().map(lambda d: d.strftime("%d.%m.%Y")),
            "agreed_title": _punctuated,
            "agreed_name": _punctuated,
            "agreed_date": st.dates().map(lambda d: d.isoformat()),
            "drafter_title": _punctuated,
            "drafter_name": _punctuated,
            "city": _words,
        },
    )
)
def test_any_office_choices_and_names_survive_the_round_trip(values):
    role = _role("ru-sales-manager", "words").with_variables(**values)
    first = render_markdown(role, LIBRARY)
    second = render_markdown(import_markdown(first, LIBRARY, lang="ru").role, LIBRARY)
    assert second == first
