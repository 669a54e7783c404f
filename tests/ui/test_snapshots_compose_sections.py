"""How Compose looks with an imported draft that keeps its own heading, a
lead-in and a paragraph among the clauses (80×24, Russian and English UI)."""

from __future__ import annotations

from dataclasses import replace

from jdtui.core.importer import import_markdown
from jdtui.tui.app import JdtuiApp

from .conftest import with_ui_lang
from .test_snapshots_app import FIXED_NOW, still

RU_DOCUMENT = """# Должностная инструкция администратора гостиницы

## 1. Общие положения

1.1. Администратор относится к категории специалистов.

## 2. Основные обязанности

В течение рабочей смены администратор обязан:

- встречать и размещать гостей;
- вести журнал бронирования номеров;
- принимать оплату за проживание.

Смена длится 12 часов, выходные — по графику.

## 3. Права

- запрашивать у руководства сведения, нужные для работы.
"""

EN_DOCUMENT = """# Front Desk Coordinator

## Key Responsibilities

In this role, you will:

- Greet guests and handle check-in and check-out
- Keep the reservations log accurate

Shifts are 12 hours; weekends by rota.

## Requirements

- Two years at a hotel front desk
"""


def imported_draft(workspace, document: str, lang: str) -> str:
    result = import_markdown(document, workspace.library, lang=lang)
    role = replace(result.role, id="d-imported", created=FIXED_NOW, updated=FIXED_NOW)
    workspace.drafts.save(role, expected_revision=None)
    return role.id


def on_section_row(document: str, lang: str, section_id: str):
    """Open the imported draft with the section's row selected (its wording in the pane)."""

    async def run_before(pilot) -> None:
        await still(pilot)
        pilot.app.open_role(imported_draft(pilot.app.workspace, document, lang))
        await still(pilot)
        pilot.app.screen.select_item(section_id, None)
        await still(pilot)

    return run_before


def test_compose_imported_section_wording_ru_80x24(snap_compare, jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    assert snap_compare(app, terminal_size=(80, 24), run_before=on_section_row(RU_DOCUMENT, "ru", "duties"))


def test_compose_imported_section_wording_en_80x24(snap_compare, jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    assert snap_compare(app, terminal_size=(80, 24), run_before=on_section_row(EN_DOCUMENT, "en", "duties"))
