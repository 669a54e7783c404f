"""The command palette speaks the UI language and finds commands by the words
people use for them, in either language."""

from __future__ import annotations

from textual.command import CommandInput, CommandList

from jdtui.tui.app import JdtuiApp
from jdtui.tui.commands import JdtuiCommands, JdtuiPalette, OpenRoleProvider

from .conftest import settle, with_ui_lang


async def _titles(app, query: str) -> list[str]:
    provider = JdtuiCommands(app.screen)
    return [str(hit.text or hit.match_display) async for hit in provider.search(query)]


async def test_commands_are_found_by_the_words_people_use(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        copy = "Копировать Markdown в буфер обмена"
        for query in ("копи", "буфер", "copy", "clipboard"):
            assert copy in await _titles(app, query), query
        removing = await _titles(app, "удал")
        assert "Удалить пункт" in " ".join(removing)
        assert any("Все черновики" in title or "черновик" in title.casefold() for title in removing), removing
        assert not await _titles(app, "zzzz")


async def test_the_palette_placeholder_and_no_matches_are_russian(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        palette = app.screen
        assert isinstance(palette, JdtuiPalette)
        assert palette.query_one(CommandInput).placeholder == "Найти команду или документ…"
        await pilot.press(*"qqqzzzxx")
        await pilot.pause(1.5)
        await settle(pilot)
        shown = [str(o.prompt.renderable) for o in palette.query_one(CommandList).options]
        assert any("Ничего не найдено" in text for text in shown), shown


async def test_documents_in_the_palette_name_their_language_and_family(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_role("ru-client-manager")
        await settle(pilot)
        provider = OpenRoleProvider(app.screen)
        await provider.startup()
        helps = [str(hit.help) async for hit in provider.search("менеджер по работе с клиентами")]
        assert "черновик · русский" in helps
        assert any(h.startswith("образец · русский · ") and "client-service" not in h for h in helps), helps


async def test_copying_or_renaming_a_draft_finds_the_portfolio(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for query in ("копи", "переимен", "дублир", "duplicate", "rename"):
            assert "Все черновики: статус и оценка" in await _titles(app, query), query
        # the import command names every kind of file it takes, not Markdown alone
        assert any("Word" in title for title in await _titles(app, "импорт")), await _titles(app, "импорт")
