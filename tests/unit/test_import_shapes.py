"""Documents as people paste them (tests/data/import): line-per-paragraph web text,
hard-wrapped e-mail, plain lead-ins, clauses classified by what they say, several
roles in one document, a language jdtui does not read. Each test states what a
careful reader extracts, written down before running the importer."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdtui import cli
from jdtui.core.importer import import_markdown
from jdtui.core.importer.lines import prepare
from jdtui.store.ingest import read_document
from jdtui.store.library import load_library
from jdtui.store.paths import shipped_library_files

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
LIBRARY = load_library(shipped_library_files())


def _import(name: str, **kwargs):
    return import_markdown(read_document(DATA / name), LIBRARY, **kwargs)


def _clauses(result, section: str) -> list:
    found = result.role.section(section)
    return [LIBRARY.resolve(i) for i in found.items if not i.is_note] if found else []


def _texts(result, section: str) -> list[str]:
    return [b.text for b in _clauses(result, section)]


def _counts(result) -> dict[str, int]:
    return {s.id: len(_clauses(result, s.id)) for s in result.role.sections if _clauses(result, s.id)}


# --- line structure -------------------------------------------------------------------
def test_web_page_lines_without_blank_lines_keep_lists_tables_and_headings_apart():
    """One line per paragraph, no blank line anywhere: the paragraph after the list is
    not glued into its last item, and both tables are read as tables."""
    result = _import("ru_web_lines.txt")
    assert result.role.title == "Должностная инструкция администратора салона красоты"
    assert {k: v for k, v in _counts(result).items() if k != "other"} == {
        "general": 2,
        "duties": 4,
        "rights": 2,
        "responsibility": 2,
        "onboarding": 3,
        "final": 1,
    }
    assert _texts(result, "duties")[-1] == "следит за чистотой зоны ожидания"
    duties = result.role.section("duties")
    assert duties is not None and duties.items[-1].is_note  # the paragraph after the list, in place
    assert (
        _texts(result, "rights")[0]
        == "Получать информацию: о графике мастеров, необходимую для ведения записи"
    )
    onboarding = _clauses(result, "onboarding")
    assert [(b.day, b.goal) for b in onboarding] == [
        (1, "Узнать команду"),
        (2, "Освоить запись"),
        (3, "Работать без подсказок"),
    ]


def test_lines_in_lower_case_without_bullets_are_items_each():
    result = _import("ru_lines_lowercase.txt")
    assert _texts(result, "duties") == [
        "доставка заказов клиентам по утверждённым маршрутам",
        "проверка товара при загрузке на складе",
        "оформление накладных и приём оплаты",
        "ежедневный осмотр автомобиля перед выездом",
    ]
    assert _texts(result, "requirements")[1:3] == ["опыт работы водителем от 3 лет", "знание города"]
    assert len(_texts(result, "requirements")) == 4


def test_hard_wrapped_mail_joins_its_lines_whatever_case_the_wrap_lands_on():
    result = _import("en_wrapped_mail.txt")
    duties = _texts(result, "duties")
    assert len(duties) == 4
    assert duties[0] == (
        "Process the monthly payroll for around 400 employees in the Sage Payroll system "
        "and check the results against the HR records."
    )
    assert duties[3] == (
        "Prepare the year-end reports for HM Revenue and Customs together with the Finance Manager."
    )
    # the plain heading right under the list starts the requirements: three lines, three items
    assert _texts(result, "requirements") == [
        "Experience of running a payroll of at least 200 employees",
        "Good working knowledge of Excel",
        "Accuracy and attention to detail",
    ]


def test_a_table_after_a_list_item_and_text_after_a_table_are_apart():
    text, _ = prepare("- item one\n| a | b |\n|---|---|\n| 1 | 2 |\nNext line")
    assert text == "- item one\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nNext line"


def test_a_pdf_page_footer_and_running_header_are_dropped():
    text, _ = prepare(
        "ACME LTD\nJob description\n\n1. Do the first thing and\n        Page 1 of 2\nACME LTD – Job description\n"
        "the second.\n"
    )
    assert "Page 1" not in text and text.count("ACME LTD") == 1


# --- plain lead-ins ---------------------------------------------------------------------
def test_plain_lead_ins_open_the_sections_their_wording_points_to():
    result = _import("en_leadins.txt")
    assert not result.empty
    duties = result.role.section("duties")
    assert duties is not None and duties.lead == "Get ready to"
    assert _texts(result, "duties") == [
        "Answer customer questions by chat and email within our four-hour target.",
        "Reproduce reported problems and write clear bug reports for the engineering team.",
        "Keep the help centre articles up to date when the product changes.",
        "Run onboarding calls for new clinic accounts.",
    ]
    requirements = _clauses(result, "requirements")
    assert [("preferred" in b.tags) for b in requirements] == [False] * 3 + [True] * 2
    assert requirements[1].text == "Write clear, friendly English."
    assert _texts(result, "offer") == [
        "Twenty-five days of paid holiday.",
        "A yearly learning budget of 1,000 euros.",
        "Hybrid work from our Lisbon office.",
    ]
    assert ("We expect you to", "lead") in result.report.labels


def test_russian_plain_lead_ins_open_duties_and_requirements():
    result = _import("ru_leadins.txt")
    assert result.role.section("duties").lead == "Что нужно делать"
    assert _texts(result, "duties")[:3] == [
        "Искать и проверять поставщиков муки, масла и упаковки.",
        "Согласовывать цены и условия поставки.",
        "Следить за сроками поставок и остатками на складе.",
    ]
    requirements = _clauses(result, "requirements")
    assert [b.text for b in requirements][:3] == [
        "Работали в закупках не меньше двух лет.",
        "Уверенно пользуетесь 1С и Excel.",
        "Умеете спокойно вести переговоры.",
    ]
    assert [("preferred" in b.tags) for b in requirements] == [False, False, False, True]


def test_a_long_line_that_starts_like_a_lead_in_is_an_item():
    text = (
        "Requirements\n\nYou have a passion for developing and maintaining client relationships\nSQL\nExcel\n"
    )
    role = import_markdown(text, LIBRARY, lang="en").role
    assert next(LIBRARY.resolve(i).text for i in role.section("requirements").items if not i.is_note) == (
        "You have a passion for developing and maintaining client relationships"
    )


# --- kinds by content -------------------------------------------------------------------
def test_rights_and_liability_under_a_mixed_heading_go_to_their_sections():
    result = _import("ru_rights_mixed.md")
    assert _texts(result, "duties") == [
        "Кладовщик принимает товар на склад по накладным и проверяет его количество.",
        "Кладовщик размещает товар в зоне хранения по адресам ячеек.",
        "Кладовщик ведёт учёт остатков в складской программе.",
        "Инвентаризация: Кладовщик участвует в ежемесячной инвентаризации склада",
    ]
    rights = _texts(result, "rights")
    assert len(rights) == 5
    assert rights[0] == "Кладовщик имеет право требовать от поставщиков правильно оформленных документов."
    assert rights[2] == "Кладовщик может требовать от руководства исправный погрузочный инвентарь."
    assert rights[3].startswith("Отказ от приёмки: Кладовщик вправе")
    assert _texts(result, "responsibility") == [
        "Кладовщик несёт ответственность за сохранность товара на складе."
    ]
    # the heading named both: each part is under its own section's heading
    assert result.role.section("duties").heading is None
    assert ("import.warn.by_kind", {"count": 5}) in result.report.warnings


def test_authority_and_accountability_wording_in_an_english_list():
    result = _import("en_authority.md")
    assert _texts(result, "duties") == [
        "Plan the daily work of the site crew and assign tasks.",
        "Check that every worker has the protective equipment the task needs.",
        "Keep the site diary and report incidents to the project manager the same day.",
        "Deliveries: Receive deliveries and check them against the order",
    ]
    assert _texts(result, "rights") == [
        "Has the authority to stop any work that is unsafe.",
        "May approve overtime of up to ten hours a week per worker.",
        "Sign-off: Has the authority to sign off finished work packages",
    ]
    assert _texts(result, "responsibility") == ["Is accountable for the accuracy of the weekly timesheets."]
    assert len(_texts(result, "requirements")) == 2


# --- languages other than Russian and English ---------------------------------------------
def test_a_french_document_is_refused_with_a_message_naming_its_language():
    result = _import("fr_offre.txt")
    assert result.empty and result.report.foreign == "fr"
    assert result.report.refusal("en") == (
        "the document is in French: jdtui imports job descriptions in Russian and English only; no draft created"
    )
    assert result.report.refusal("ru").startswith("язык документа — французский")


def test_a_german_posting_with_known_headings_is_imported_with_a_warning_when_asked_to():
    result = _import("de_stellenanzeige.txt", any_language=True)
    assert not result.empty and result.report.foreign == "de"
    assert len(_texts(result, "duties")) == 3 and len(_texts(result, "requirements")) == 2
    assert ("import.warn.foreign", {"language": "de"}) in result.report.warnings


def test_a_german_posting_with_known_headings_is_refused_naming_its_language_and_the_way_round():
    result = _import("de_stellenanzeige.txt")
    assert result.empty and result.report.refused and result.report.foreign == "de"
    assert ("import.warn.foreign", {"language": "de"}) not in result.report.warnings
    assert result.report.refusal("en", surface="cli") == (
        "the document is in German: jdtui imports job descriptions in Russian and English only; "
        "no draft created; to import it anyway, run again with --any-language"
    )
    assert result.report.refusal("en").endswith('; to import it anyway, press "Import anyway"')
    assert result.report.refusal("ru", surface="cli").startswith("язык документа — немецкий")
    assert result.report.refusal("ru", surface="cli").endswith("повторите с --any-language")


def test_a_french_document_of_nothing_but_text_is_refused_even_when_asked_to_import_anyway():
    """Nothing of it was read but text: the flag would not help, so the refusal does not offer it."""
    result = _import("fr_offre.txt", any_language=True)
    assert result.empty and result.report.foreign == "fr"
    assert "any-language" not in result.report.refusal("en", surface="cli")
    assert "any-language" not in _import("fr_offre.txt").report.refusal("en", surface="cli")


@pytest.mark.parametrize("name", ["ru_plain.txt", "ru_numbered.md", "en_mixed.md", "en_authority.md"])
def test_russian_and_english_documents_are_read_alike_with_or_without_any_language(name):
    plain, anyway = _import(name), _import(name, any_language=True)
    assert not plain.empty and not plain.report.refused and plain.report.foreign == ""
    assert plain.report.refusal() is None
    assert plain.role == anyway.role and plain.report.warnings == anyway.report.warnings


def test_other_scripts_and_cyrillic_alphabets_are_told_apart_from_russian():
    ukrainian = "Менеджер з продажу\n\nМи шукаємо менеджера, який знає ринок і вміє працювати з клієнтами. Її завдання — продажі."
    greek = "Υπάλληλος αποθήκης\n\nΖητείται υπάλληλος για την αποθήκη μας στην Αθήνα."
    for text, code in ((ukrainian, "uk"), (greek, "el")):
        result = import_markdown(text, LIBRARY)
        assert result.empty and result.report.foreign == code, code
    assert import_markdown("Обязанности\n\n- вести учёт товара\n", LIBRARY).report.foreign == ""


def test_cli_import_of_a_french_document_says_why_no_draft_was_made(capsys, isolated_xdg):
    status = cli.main(["import", str(DATA / "fr_offre.txt")])
    out, err = capsys.readouterr()
    assert status != 0 and out == ""
    assert "the document is in French" in err and "no job description sections" not in err


def test_cli_import_of_a_german_posting_is_refused_unless_any_language(capsys, isolated_xdg):
    from jdtui.cli.output import EXIT_OK, EXIT_USAGE

    status = cli.main(["import", str(DATA / "de_stellenanzeige.txt")])
    out, err = capsys.readouterr()
    assert status == EXIT_USAGE  # as for every refused import
    assert out == "" and "the document is in German" in err and "--any-language" in err
    assert "no job description sections" not in err
    capsys.readouterr()
    assert cli.main(["import", str(DATA / "de_stellenanzeige.txt"), "--any-language"]) == EXIT_OK
    out, err = capsys.readouterr()
    assert out.strip().startswith("d-") and "seems to be in German" in err


# --- several roles in one document ------------------------------------------------------------
def test_three_di_one_after_another_are_three_roles():
    from jdtui.core.importer import import_roles

    results = import_roles(read_document(DATA / "ru_three_di.txt"), LIBRARY)
    assert [r.role.title for r in results] == [
        "Должностная инструкция кассира",
        "Должностная инструкция продавца-консультанта",
        "Должностная инструкция кладовщика",
    ]
    assert [len(_texts(r, "duties")) for r in results] == [3, 2, 4]
    assert _texts(results[2], "duties")[3] == "Участвует в инвентаризации."
    # the second ДИ's approval stamp is its own, not the end of the first
    assert results[1].role.variables.get("approver_name") == "И. В. Лодкин"
    assert "approver_name" not in results[0].role.variables
    assert results[0].report.roles == [r.role.title for r in results]
    assert [r.report.role_number for r in results] == [1, 2, 3]


def test_an_article_with_two_samples_gives_the_two_roles_without_its_introduction():
    results = [_import("en_samples_article.md", role=n) for n in (1, 2)]
    assert [r.role.title for r in results] == ["Barista", "Kitchen Assistant"]
    assert _texts(results[0], "duties") == [
        "Prepare espresso drinks to the café's recipes.",
        "Keep the coffee machine and grinders clean.",
        "Serve customers at the counter.",
    ]
    assert _texts(results[1], "requirements") == ["A food hygiene certificate."]
    everything = " ".join(t for r in results for s in r.role.sections for t in _texts(r, s.id))
    assert "saves you time" not in everything


def test_a_heading_that_repeats_a_section_without_a_title_is_no_new_role():
    result = _import("en_authority.md")
    assert result.report.roles == []


def test_cli_imports_the_chosen_role_or_each(capsys, isolated_xdg):
    assert cli.main(["import", str(DATA / "ru_three_di.txt"), "--role", "3"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("d-") and out.count("\n") == 1
    assert "→ 3. Должностная инструкция кладовщика" in err and "--each" in err
    assert cli.main(["import", str(DATA / "ru_three_di.txt"), "--each"]) == 0
    out, _ = capsys.readouterr()
    assert len(out.split()) == 3 and all(i.startswith("d-") for i in out.split())
    assert cli.main(["import", str(DATA / "ru_three_di.txt"), "--role", "4"]) != 0
    _, err = capsys.readouterr()
    assert "the document has no role 4: it describes 3" in err
