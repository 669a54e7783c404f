"""The Library's lists read well: one header per group in one style, the UI
language's blocks first, distinct rows for blocks that share a title, and
provenance in the preview rather than on every row."""

from __future__ import annotations

from textual.widgets import OptionList

from jdtui.tui.app import JdtuiApp
from jdtui.tui.widgets.library_entries import EntryOption

from .conftest import settle, with_ui_lang
from .test_app_flow import type_text


async def _search(pilot, app, tab: str, query: str) -> list:
    app.screen.show_tab(tab)
    await settle(pilot)
    await type_text(pilot, query)
    await settle(pilot)
    return list(app.screen.query_one("#results", OptionList).options)


async def test_blocks_are_grouped_once_ui_language_first_and_rows_distinct(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        options = await _search(pilot, app, "blocks", "клиент")
        headers = [str(o.prompt) for o in options if o.disabled and not isinstance(o, EntryOption)]
        assert headers and len(headers) == len(set(headers)), headers
        assert all(h.startswith("— ") and h[2].isupper() for h in headers), headers
        rows = [o for o in options if isinstance(o, EntryOption)]
        prompts = [str(o.prompt) for o in rows]
        assert len(prompts) == len(set(prompts)), [p for p in prompts if prompts.count(p) > 1]
        # within each group, Russian blocks come before English ones
        by_group: dict[str, list[str]] = {}
        for row in rows:
            by_group.setdefault(row.entry.group, []).append(row.entry.lang)
        for langs in by_group.values():
            assert langs == sorted(langs, key=lambda lang: lang != "ru"), langs


async def test_a_kind_name_lists_the_ui_languages_blocks_first(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        options = await _search(pilot, app, "blocks", "ответственност")
        langs = [o.entry.lang for o in options if isinstance(o, EntryOption)]
        assert "en" in langs and "ru" in langs  # the kind's name finds blocks of both languages
        first_group = next(o for o in options if isinstance(o, EntryOption)).entry.group
        group_langs = [
            o.entry.lang for o in options if isinstance(o, EntryOption) and o.entry.group == first_group
        ]
        assert group_langs[0] == "ru" and group_langs == sorted(group_langs, key=lambda lang: lang != "ru")


async def test_template_rows_leave_provenance_to_the_preview(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        options = await _search(pilot, app, "templates", "менеджер")
        rows = [str(o.prompt) for o in options if isinstance(o, EntryOption)]
        assert rows and not any("собственный" in r or "стандарт компании" in r for r in rows)
