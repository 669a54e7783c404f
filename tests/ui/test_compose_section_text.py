"""Compose shows and edits a section's own heading, its lead-in and its
paragraphs (notes), keyboard first; undo, redo and autosave treat them as items."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import Input, TextArea

from jdtui.core.model import Item
from jdtui.tui.app import JdtuiApp
from jdtui.tui.commands import JdtuiCommands, app_commands
from jdtui.tui.widgets.outline import Outline

from .conftest import settle, with_ui_lang
from .test_app_typing import post_keys

HOSTILE = "[bold]x[/] [link=http://e]y[/link]"


async def opened(pilot, template_id: str = "ru-client-manager") -> None:
    await settle(pilot)
    pilot.app.open_role(template_id)
    await settle(pilot)


def index_of(app: JdtuiApp, section_id: str) -> int:
    return [s.id for s in app.session.role.sections].index(section_id)


def section(app: JdtuiApp, section_id: str):
    return app.session.role.sections[index_of(app, section_id)]


def stored_section(app: JdtuiApp, section_id: str):
    stored = app.workspace.drafts.load(app.session.role_id)
    return stored.sections[index_of(app, section_id)]


def row_text(app: JdtuiApp) -> str:
    outline = app.screen.query_one("#outline", Outline)
    return str(outline.highlighted_option.prompt)


def outline_text(app: JdtuiApp) -> str:
    outline = app.screen.query_one("#outline", Outline)
    return "\n".join(str(option.prompt) for option in outline.options)


async def typed(pilot, text: str) -> None:
    await pilot.press(*[char if char != " " else "space" for char in text])
    await settle(pilot)


# --- headings --------------------------------------------------------------------
async def test_h_edits_the_heading_the_outline_shows_and_autosave_stores(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        app.screen.select_item("duties", 2)
        await settle(pilot)
        await pilot.press("h")
        assert app.screen.query_one("#section-heading", Input).has_focus
        assert app.screen.query_one(Outline).position == (index_of(app, "duties"), None)
        await typed(pilot, "Основные обязанности")
        assert section(app, "duties").heading == "Основные обязанности"
        assert row_text(app).splitlines()[0].strip().startswith("Основные обязанности (10)")
        assert stored_section(app, "duties").heading == "Основные обязанности"


async def test_an_emptied_heading_is_the_profiles_again_and_undo_brings_it_back(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        duties = index_of(app, "duties")
        app.apply_role(
            app.session.role.with_section(duties, replace(section(app, "duties"), heading="Что делает"))
        )
        await settle(pilot)
        app.screen.select_item("duties", None)
        await settle(pilot)
        await pilot.press("enter")  # Enter (or e) on a section row edits its heading
        field = app.screen.query_one("#section-heading", Input)
        assert field.has_focus and field.value == "Что делает"
        await pilot.press("backspace")  # the field selects its text when it takes the cursor
        await settle(pilot)
        assert section(app, "duties").heading is None
        assert field.placeholder == "Должностные обязанности"
        assert "Должностные обязанности (10)" in row_text(app)
        assert stored_section(app, "duties").heading is None
        await pilot.press("enter")  # back to the outline
        assert app.screen.query_one(Outline).has_focus
        await pilot.press("u")
        await settle(pilot)
        assert section(app, "duties").heading == "Что делает"
        assert field.value == "Что делает"
        assert stored_section(app, "duties").heading == "Что делает"
        await pilot.press("r")
        await settle(pilot)
        assert section(app, "duties").heading is None and field.value == ""


# --- lead-ins --------------------------------------------------------------------
async def test_l_edits_the_lead_in_and_the_outline_shows_standard_or_own(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        app.screen.select_item("rights", 0)
        await settle(pilot)
        await pilot.press("l")
        lead = app.screen.query_one("#section-lead", TextArea)
        assert lead.has_focus and lead.text == ""
        assert lead.placeholder.endswith("имеет право:")  # the standard lead-in, dimmed
        first, second = row_text(app).splitlines()
        assert "Права" in first and "стандартная:" in second
        await typed(pilot, "В пределах своей компетенции менеджер вправе:")
        assert section(app, "rights").lead == "В пределах своей компетенции менеджер вправе:"
        assert "» В пределах своей компетенции" in row_text(app) and "стандартная" not in row_text(app)
        assert stored_section(app, "rights").lead == "В пределах своей компетенции менеджер вправе:"
        await pilot.press("enter")  # a lead-in is one paragraph: Enter finishes it
        assert app.screen.query_one(Outline).has_focus and "\n" not in lead.text
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert section(app, "rights").lead is None
        assert lead.text == "" and "стандартная:" in row_text(app)
        assert stored_section(app, "rights").lead is None


async def test_an_emptied_lead_in_is_the_standard_one_again(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "en-client-manager")
        duties = index_of(app, "duties")
        app.apply_role(
            app.session.role.with_section(duties, replace(section(app, "duties"), lead="You will:"))
        )
        await settle(pilot)
        app.screen.select_item("duties", 3)
        await settle(pilot)
        assert "» You will:" in outline_text(app)
        await pilot.press("l")
        lead = app.screen.query_one("#section-lead", TextArea)
        assert lead.text == "You will:" and lead.cursor_location == (0, len("You will:"))
        await pilot.press(*["backspace"] * len("You will:"))
        await settle(pilot)
        assert section(app, "duties").lead is None
        assert "You will:" not in outline_text(app)  # English job descriptions have no standard lead-in
        assert stored_section(app, "duties").lead is None


# --- notes (paragraphs among the clauses) ------------------------------------------
async def test_p_adds_a_paragraph_after_the_cursor(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        app.screen.select_item("duties", 1)
        await settle(pilot)
        await pilot.press("p")
        assert app.screen.query_one("#item-text", TextArea).has_focus
        await typed(pilot, "Смена длится 12 часов.")
        await pilot.press("escape")
        await settle(pilot)
        items = section(app, "duties").items
        assert len(items) == 11 and items[2].is_note and items[2].local.text == "Смена длится 12 часов."
        assert app.screen.query_one(Outline).position == (index_of(app, "duties"), 2)
        assert row_text(app).strip().startswith("¶ Смена длится 12 часов.")
        assert "(10)" in outline_text(app).split("Должностные обязанности")[1].splitlines()[0]  # not a clause
        stored = stored_section(app, "duties").items[2]
        assert stored.is_note and stored.local.text == "Смена длится 12 часов."


async def test_p_on_a_section_row_puts_the_paragraph_first(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "en-client-manager")
        app.screen.select_item("kpi", None)
        await settle(pilot)
        post_keys(app, "pReviewed monthly.")  # as fast as a terminal delivers them
        await settle(pilot)
        first = section(app, "kpi").items[0]
        assert first.is_note and first.local.text == "Reviewed monthly."


async def test_a_paragraph_left_empty_is_taken_back(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "en-client-manager")
        before = app.session.role
        app.screen.select_item("duties", 0)
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert any(item.is_note for item in section(app, "duties").items)
        await pilot.press("escape")
        await settle(pilot)
        assert app.session.role.sections == before.sections


async def test_a_paragraph_is_edited_moved_removed_and_restored_like_an_item(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "en-client-manager")
        duties = index_of(app, "duties")
        note = Item.note("Shifts are 12 hours.", lang="en")
        app.apply_role(app.session.role.with_items(duties, (note, *section(app, "duties").items)))
        await settle(pilot)
        app.screen.select_item("duties", 0)
        await settle(pilot)
        await pilot.press("e")
        await typed(pilot, " Weekends by rota.")
        await pilot.press("escape")
        await settle(pilot)
        assert section(app, "duties").items[0].local.text == "Shifts are 12 hours. Weekends by rota."
        assert section(app, "duties").items[0].is_note
        await pilot.press("]", "]")
        await settle(pilot)
        assert section(app, "duties").items[2].is_note
        assert app.screen.query_one(Outline).position == (duties, 2)
        assert stored_section(app, "duties").items[2].is_note
        await pilot.press("x")
        await settle(pilot)
        assert not any(item.is_note for item in section(app, "duties").items)
        assert not any(item.is_note for item in stored_section(app, "duties").items)
        await pilot.press("u")
        await settle(pilot)
        assert section(app, "duties").items[2].local.text == "Shifts are 12 hours. Weekends by rota."
        assert stored_section(app, "duties").items[2].is_note


# --- keys, footer, palette, hostile text ------------------------------------------
async def test_footer_offers_p_on_section_rows_and_x_everywhere(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        shown = lambda: {k for k, b in app.screen.active_bindings.items() if b.binding.show}  # noqa: E731
        assert {"e", "a", "x", "v"} <= shown() and "p" not in shown()
        assert app.screen.active_bindings["p"].binding.description == "Абзац"
        app.screen.select_item("duties", None)
        await settle(pilot)
        # x on a section row removes the section (F1 lists it; the footer has no room)
        assert {"e", "a", "p", "v"} <= shown() and "x" not in shown()
        assert app.screen.active_bindings["x"].binding.action == "remove_item"
        assert app.screen.active_bindings["h"].binding.description == "Заголовок раздела"
        assert app.screen.active_bindings["l"].binding.description == "Вводная фраза"


async def test_letters_typed_in_the_heading_are_text_not_commands(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "en-client-manager")
        await pilot.press("h")
        await typed(pilot, "help")
        assert section(app, "summary").heading == "help"
        assert app.screen.query_one("#section-heading", Input).has_focus


async def test_palette_has_the_heading_lead_and_paragraph_commands_in_both_languages(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        titles = [str(hit.display) async for hit in JdtuiCommands(app.screen).discover()]
        assert {"Заголовок раздела своими словами", "Вводная фраза раздела", "Добавить абзац текста"} <= set(
            titles
        )
        app.set_ui_language("en")
        titles = [str(hit.display) async for hit in JdtuiCommands(app.screen).discover()]
        assert {"Section heading in your own words", "Section lead-in", "Add a paragraph of text"} <= set(
            titles
        )


async def test_headings_leads_and_paragraphs_with_markup_show_literally(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "en-client-manager")
        duties = index_of(app, "duties")
        hostile = replace(section(app, "duties"), heading=HOSTILE, lead=HOSTILE + " lead")
        hostile = replace(hostile, items=(Item.note(HOSTILE + " note", lang="en"), *hostile.items))
        app.apply_role(app.session.role.with_section(duties, hostile))
        await settle(pilot)
        text = outline_text(app)
        assert f"{HOSTILE} (9)" in text and f"» {HOSTILE} lead" in text and f"¶ {HOSTILE} note" in text
        app.screen.select_item("duties", None)
        await settle(pilot)
        assert app.screen.query_one("#section-heading", Input).value == HOSTILE
        assert HOSTILE in str(app.screen.query_one("#item-info").render())


async def test_the_palettes_paragraph_command_works_on_an_item_row(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "en-client-manager")
        app.screen.select_item("duties", 0)
        await settle(pilot)
        command = next(c for c in app_commands(app) if c.title == "cmd.add_note")
        command.run()
        await settle(pilot)
        assert section(app, "duties").items[1].is_note
        assert app.screen.query_one("#item-text", TextArea).has_focus


async def test_heading_and_lead_typed_at_once_after_h_and_l_are_kept(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "en-client-manager")
        app.screen.select_item("duties", 4)
        await settle(pilot)
        post_keys(app, "hWhat you do")  # as fast as a terminal delivers them
        await settle(pilot)
        assert section(app, "duties").heading == "What you do"
        await pilot.press("escape")
        app.screen.select_item("kpi", 2)
        await settle(pilot)
        post_keys(app, "lWe look at:")
        await settle(pilot)
        assert section(app, "kpi").lead == "We look at:"
        assert section(app, "duties").heading == "What you do"
