"""The professional standard or ЕКС position a role follows: carried from the
template into the draft, printed by the Russian export, read back by import,
and checked (standard-reference, legal-qualification)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jdtui.core.compose import role_from_template
from jdtui.core.importer import import_markdown
from jdtui.core.model import Role, Standard, Template, TemplateSection
from jdtui.core.model.standards import EKS_SOURCE, standard_from_sentence
from jdtui.core.render import render_markdown

from .rules_support import add, drop, findings, library, local, rules, sample

PROF = Standard(
    "profstandard", code="99.999", name="Образцовый специалист", function="Ведение дел", level="5"
)
EKS = Standard("eks", name="Главный бухгалтер")
NONE = Standard("none", note="Подходящего стандарта нет.")


# --- the model ------------------------------------------------------------------
def test_template_writes_its_standard_only_when_set():
    bare = Template(id="t", title="T", lang="ru", profile="ru-di")
    assert "standard" not in bare.to_dict()
    cited = replace(bare, standard=PROF)
    data = cited.to_dict()
    assert data["standard"] == {
        "type": "profstandard",
        "code": "99.999",
        "name": "Образцовый специалист",
        "function": "Ведение дел",
        "level": "5",
    }
    assert Template.from_dict(data) == cited


def test_role_writes_its_standard_only_when_set_and_reads_it_back():
    role = Role(id="r", title="R", lang="ru", profile="ru-di")
    assert "standard" not in role.to_dict()
    stated = replace(role, standard=NONE)
    assert stated.to_dict()["standard"] == {"type": "none", "note": "Подходящего стандарта нет."}
    assert Role.from_dict(stated.to_dict()) == stated


def test_an_unknown_type_or_a_broken_document_reads_as_no_standard():
    assert Standard.from_dict({"type": "iso", "code": "1"}) is None
    assert Standard.from_dict("08.002") is None
    assert Standard.from_dict(None) is None


def test_a_draft_made_from_a_template_carries_its_standard():
    template = Template(
        id="t", title="T", lang="ru", profile="ru-di", standard=EKS, sections=(TemplateSection("general"),)
    )
    assert role_from_template(template, role_id="d").standard == EKS


def test_shipped_chief_accountant_draft_carries_the_eks_position():
    assert sample("ru-chief-accountant").standard == Standard(
        "eks", name="Главный бухгалтер", note=library().templates["ru-chief-accountant"].standard.note
    )


@pytest.mark.parametrize(
    "standard", [PROF, EKS, replace(PROF, function="", level=""), Standard("eks", name="x справочника y")]
)
def test_the_sentence_reads_back_as_the_same_reference(standard):
    sentence = standard.sentence()
    back = standard_from_sentence(sentence)
    assert back is not None and back.sentence() == sentence
    assert back.type == standard.type and back.name == standard.name and back.code == standard.code


def test_none_and_a_standard_without_a_code_print_nothing():
    assert NONE.sentence() is None
    assert Standard("profstandard", name="Без кода").sentence() is None
    assert not Standard("profstandard", name="Без кода").stated
    assert NONE.stated and not Standard("none").stated


# --- the export prints one line ---------------------------------------------------
def _general_clauses(markdown: str) -> list[str]:
    part = markdown.split("## 1. Общие положения", 1)[1].split("\n## ", 1)[0]
    return [line for line in part.splitlines() if line[:1].isdigit()]


def test_russian_export_closes_the_general_provisions_with_the_professional_standard():
    role = replace(sample("ru-sales-manager"), standard=PROF)
    clauses = _general_clauses(render_markdown(role, library()))
    assert clauses[-1] == (
        f"1.{len(clauses)}. Инструкция разработана с учётом профессионального стандарта «Образцовый специалист» "
        "(код 99.999), обобщённая трудовая функция «Ведение дел», уровень квалификации 5."
    )
    without = _general_clauses(render_markdown(replace(role, standard=None), library()))
    assert clauses[:-1] == without


def test_russian_export_prints_the_eks_reference():
    text = render_markdown(sample("ru-chief-accountant"), library())
    assert (
        "Инструкция разработана с учётом квалификационной характеристики должности «Главный бухгалтер» "
        + EKS_SOURCE
        + "."
    ) in text


def test_a_statement_that_none_applies_prints_nothing_and_english_prints_no_russian_line():
    ru = replace(sample("ru-sales-manager"), standard=NONE)
    assert "Инструкция разработана" not in render_markdown(ru, library())
    en = replace(sample("en-sales-manager"), standard=PROF)
    assert "Инструкция разработана" not in render_markdown(en, library())


def test_import_reads_the_reference_back_and_the_export_is_the_same():
    role = replace(sample("ru-client-manager"), standard=PROF)
    first = render_markdown(role, library())
    imported = import_markdown(first, library(), lang="ru").role
    assert imported.standard == PROF
    assert not any(
        "Инструкция разработана" in (i.local.text if i.local else "") for _, _, i in imported.items()
    )
    assert render_markdown(imported, library()) == first


# --- the checks -------------------------------------------------------------------
def test_standard_reference_is_an_info_when_a_russian_draft_cites_nothing():
    role = replace(sample("ru-sales-manager"), standard=None)
    assert [f.severity for f in findings(role, "standard-reference")] == ["info"]
    assert findings(role, "standard-reference")[0].section == "general"


@pytest.mark.parametrize("standard", [PROF, EKS, NONE])
def test_standard_reference_is_silent_for_a_citation_or_a_statement(standard):
    assert "standard-reference" not in rules(replace(sample("ru-sales-manager"), standard=standard))


def test_a_statement_without_a_note_is_still_missing():
    role = replace(sample("ru-sales-manager"), standard=Standard("none"))
    assert "standard-reference" in rules(role)


def test_a_clause_citing_a_standard_in_its_own_words_counts():
    role = replace(sample("ru-sales-manager"), standard=None)
    worded = add(
        role,
        "general",
        local("Инструкция составлена на основе профессионального стандарта.", "general", "ru"),
    )
    assert "standard-reference" not in rules(worded)


def test_english_drafts_are_not_asked_for_a_russian_standard():
    assert "standard-reference" not in rules(replace(sample("en-sales-manager"), standard=None))


def _without_law(role: Role) -> Role:
    return drop(role, "requirements", lambda b: b is not None and "qualification-by-law" in b.tags)


def test_chief_accountant_without_the_402_fz_requirements_is_an_error():
    role = _without_law(sample("ru-chief-accountant"))
    found = findings(role, "legal-qualification", lang="ru")
    assert [f.severity for f in found] == ["error"]
    assert "402-ФЗ" in found[0].message and "ru.requirement.chief-accountant-402fz" in found[0].hint


def test_chief_accountant_with_the_requirements_in_its_own_words_passes():
    role = _without_law(sample("ru-chief-accountant"))
    worded = add(
        role,
        "requirements",
        local(
            "Стаж работы в бухгалтерии не менее трёх лет; отсутствие непогашенной судимости за экономические "
            "преступления.",
            "requirement",
            "ru",
            group="experience",
        ),
    )
    assert "legal-qualification" not in rules(worded)
    half = add(role, "requirements", local("Стаж работы не менее трёх лет.", "requirement", "ru"))
    assert "legal-qualification" in rules(half)


def test_the_shipped_chief_accountant_states_the_402_fz_requirements():
    assert "legal-qualification" not in rules(sample("ru-chief-accountant"))
    text = library().block("ru.requirement.chief-accountant-402fz").text
    for part in (
        "ч. 4 ст. 7",
        "402-ФЗ",
        "трёх лет из последних пяти",
        "пяти лет из последних семи",
        "судимости",
    ):
        assert part in text


def test_other_positions_are_not_held_to_the_chief_accountants_law():
    role = _without_law(sample("ru-accountant"))
    assert "legal-qualification" not in rules(role)
    renamed = replace(sample("ru-sales-manager"), title="Главный бухгалтер")
    assert "legal-qualification" in rules(renamed)


def test_a_draft_saved_by_the_cli_keeps_its_standard_and_exports_it(tmp_path):
    from .rules_support import FILLED_RU
    from .test_cli import jdtui, sets

    draft = jdtui(
        "new", "--from", "ru-chief-accountant", *sets(FILLED_RU), env_home=tmp_path, check=True
    ).stdout.strip()
    exported = jdtui("export", draft, env_home=tmp_path, check=True).stdout
    assert "с учётом квалификационной характеристики должности «Главный бухгалтер»" in exported
    assert "судимости за преступления в сфере экономики" in exported
