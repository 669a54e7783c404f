"""A small, fixed library and draft, and a stand-in app, for the Check & Export
and dialog tests: they test those screens, not the app shell around them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

from textual.app import App
from textual.screen import Screen

from jdtui.core.model import Block, Item, Role, RoleSection
from jdtui.core.profiles import normalise_sections
from jdtui.store.workspace import Workspace

BLOCKS = [
    Block(
        "t.duty.orders",
        "duty",
        "ru",
        "Принимает и обрабатывает заказы клиентов {{organization}}.",
        areas=("order-management",),
    ),
    Block(
        "t.duty.reports",
        "duty",
        "ru",
        "Готовит еженедельный отчёт о работе с клиентами.",
        areas=("reporting",),
    ),
    Block(
        "t.right.orders",
        "right",
        "ru",
        "Получать информацию о заказах клиентов.",
        covers=("order-management",),
    ),
    Block("t.kpi.orders", "kpi", "ru", "Доля заказов, выполненных в срок.", measures=("order-management",)),
    Block("t.req.excel", "requirement", "ru", "Знание Excel на уровне сводных таблиц.", group="knowledge"),
]


def write_library(folder: Path) -> Path:
    """A library file with :data:`BLOCKS` and no templates."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "lib.json"
    data = {
        "_meta": {"1": {"schema": 1, "kind": "jdtui-library"}},
        "blocks": {str(n): b.to_dict() for n, b in enumerate(BLOCKS, start=1)},
        "templates": {},
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def local(kind: str, text: str, **links) -> Item:
    return Item.copy_of(Block(id=f"local-{abs(hash(text))}", kind=kind, lang="ru", text=text, **links))


def sample_role(**overrides) -> Role:
    """A Russian draft with a few problems: no rights, an unfilled placeholder."""
    role = Role(
        id="d-test0001",
        title="Менеджер по работе с клиентами",
        lang="ru",
        profile="ru-di",
        variables={
            "position": "Менеджер по работе с клиентами",
            "position_genitive": "менеджера по работе с клиентами",
        },
        sections=(
            RoleSection("general", (local("general", "Менеджер подчиняется руководителю отдела продаж."),)),
            RoleSection("duties", (Item.link("t.duty.orders"), Item.link("t.duty.reports"))),
            RoleSection(
                "responsibility",
                (
                    local(
                        "responsibility",
                        "За неисполнение обязанностей — в пределах, определённых законодательством РФ.",
                    ),
                ),
            ),
            RoleSection(
                "final", (local("final", "Инструкция утверждается и изменяется приказом директора."),)
            ),
        ),
        created="2025-01-10T09:00:00+00:00",
        updated="2025-01-10T09:00:00+00:00",
    )
    return normalise_sections(replace(role, **overrides))


def make_workspace(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "data", tmp_path / "config", library_files=[write_library(tmp_path / "lib")])


class ScreenHarness(App):
    """Provides what the screens expect of the app: ``workspace``, ``session``
    (with ``.role``), ``open_item``, ``open_details`` and ``open_role`` (recorded)."""

    def __init__(self, workspace: Workspace, role: Role | None, screen: Screen | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.session = SimpleNamespace(role=role) if role is not None else None
        self.opened_items: list[tuple[str, int | None]] = []
        self.opened_roles: list[str] = []
        self.opened_details: list[str] = []
        self.copied: list[str] = []
        self._first = screen

    def on_mount(self) -> None:
        if self._first is not None:
            self.push_screen(self._first)

    def open_item(self, section_id: str, item: int | None) -> None:
        self.opened_items.append((section_id, item))

    def open_details(self, field: str) -> None:
        self.opened_details.append(field)

    def open_role(self, role_id: str) -> None:
        self.opened_roles.append(role_id)

    def copy_to_clipboard(self, text: str) -> None:
        self.copied.append(text)
        super().copy_to_clipboard(text)
