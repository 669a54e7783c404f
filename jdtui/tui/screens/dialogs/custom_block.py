"""Create a block of one's own, with the links that make coverage checks work."""

from __future__ import annotations

import re

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Input, Label, Select, SelectionList, Static, TextArea

from ....core.model import KINDS, LANGS, REQUIREMENT_GROUPS, Block
from ....core.vocabulary import BlockSpecError, areas, make_block
from ....core.vocabulary import _slug as area_slug  # one transliteration for ids and areas
from ....i18n import area_label, t
from .base import Dialog

#: The field of a block that holds duty areas, by kind.
AREA_FIELD = {"duty": "areas", "right": "covers", "kpi": "measures"}


def slugs(typed: str) -> list[str]:
    """New area names typed by the user, as slugs: "Client feedback, биллинг" →
    ["client-feedback", "billing"] (Cyrillic is transliterated)."""
    out = []
    for part in re.split(r"[,;\n]+", typed):
        slug = area_slug(part) if part.strip() else ""
        if slug and slug not in out:
            out.append(slug)
    return out


class CustomBlockDialog(Dialog[Block]):
    """Fields for a new block; saves it with ``workspace.save_block`` and returns it.

    Which links are asked for depends on the kind: duty areas, the areas a right
    covers, the areas a KPI measures, a requirement's group, an onboarding day
    and its goal.
    """

    class Saved(Message):
        def __init__(self, block: Block | None, error: str) -> None:
            super().__init__()
            self.block = block
            self.error = error

    def __init__(self, *, kind: str = "duty", lang: str = "ru") -> None:
        super().__init__()
        self.kind = kind if kind in KINDS else "duty"
        self.lang = lang if lang in LANGS else "ru"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog -tall"):
            yield Static(t("block.title"), classes="dialog-title")
            with VerticalScroll(id="block-form"):
                with Horizontal(classes="field-row"):
                    with Vertical():
                        yield Label(t("block.kind"), classes="field-label")
                        yield Select(
                            [(t("block.kind." + k), k) for k in KINDS],
                            value=self.kind,
                            allow_blank=False,
                            id="kind",
                        )
                    with Vertical():
                        yield Label(t("block.lang"), classes="field-label")
                        yield Select(
                            [("Русский", "ru"), ("English", "en")],
                            value=self.lang,
                            allow_blank=False,
                            id="lang",
                        )
                yield Label(t("block.name"), classes="field-label")
                yield Input("", id="name", placeholder=t("block.name.placeholder"))
                yield Label(t("block.text"), classes="field-label")
                yield TextArea("", id="text", soft_wrap=True, show_line_numbers=False)
                with Vertical(id="areas-fields", classes="by-kind"):
                    yield Label("", id="areas-label", classes="field-label")
                    yield SelectionList[str](id="areas")
                    yield Input("", id="new-areas", placeholder=t("block.areas.new"))
                with Vertical(id="group-fields", classes="by-kind"):
                    yield Label(t("block.group"), classes="field-label")
                    yield Select(
                        [(t("block.group." + g), g) for g in REQUIREMENT_GROUPS],
                        value="knowledge",
                        allow_blank=False,
                        id="group",
                    )
                with Horizontal(id="onboarding-fields", classes="by-kind field-row"):
                    with Vertical(classes="-narrow-field"):
                        yield Label(t("block.day"), classes="field-label")
                        yield Input("1", id="day", type="integer")
                    with Vertical():
                        yield Label(t("block.goal"), classes="field-label")
                        yield Input("", id="goal")
            yield Static("", id="block-message", classes="dialog-message")
            with Horizontal(classes="dialog-buttons"):
                yield Button(Text(t("block.save")), id="save", variant="primary")
                yield Button(Text(t("dialog.cancel")), id="cancel")

    def on_mount(self) -> None:
        self.say("block-message", "")
        self._show_fields()
        self._fill_vocabulary()
        self.query_one("#name", Input).focus()

    def _show_fields(self) -> None:
        field = AREA_FIELD.get(self.kind)
        self.query_one("#areas-fields").display = field is not None
        if field:
            self.query_one("#areas-label", Label).update(Text(t("block." + field)))
        self.query_one("#group-fields").display = self.kind == "requirement"
        self.query_one("#onboarding-fields").display = self.kind == "onboarding"

    def _fill_vocabulary(self) -> None:
        chosen = set(self.query_one("#areas", SelectionList).selected)
        options = self.query_one("#areas", SelectionList)
        options.clear_options()
        for slug in areas(self.app.workspace.library, self.lang):
            # the area's name in the UI language; a user-made area shows its slug
            options.add_option((Text(area_label(slug)), slug, slug in chosen))

    @on(Select.Changed, "#kind")
    def _kind_changed(self, event: Select.Changed) -> None:
        self.kind = str(event.value)
        self._show_fields()

    @on(Select.Changed, "#lang")
    def _lang_changed(self, event: Select.Changed) -> None:
        self.lang = str(event.value)
        self._fill_vocabulary()

    def block(self) -> tuple[Block | None, str]:
        """The block the form describes, or why it cannot be made."""
        links: dict = {}
        field = AREA_FIELD.get(self.kind)
        if field:
            picked = list(self.query_one("#areas", SelectionList).selected)
            typed = slugs(self.query_one("#new-areas", Input).value)
            links[field] = tuple(dict.fromkeys(picked + typed))
        if self.kind == "requirement":
            links["group"] = str(self.query_one("#group", Select).value)
        if self.kind == "onboarding":
            day = self.query_one("#day", Input).value.strip()
            if not day.isdigit() or int(day) < 1:
                return None, t("block.need_day")
            links["day"] = int(day)
            links["goal"] = self.query_one("#goal", Input).value
        library = self.app.workspace.library
        try:
            block, _new_areas = make_block(
                kind=self.kind,
                lang=self.lang,
                text=self.query_one("#text", TextArea).text,
                title=self.query_one("#name", Input).value,
                known_areas=areas(library, self.lang),
                taken=library.blocks.keys(),
                **links,
            )
        except BlockSpecError as error:
            return None, str(error)
        return block, ""

    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        block, problem = self.block()
        if block is None:
            self.say("block-message", problem)
            return
        self.query_one("#save", Button).disabled = True
        self._store(block)

    @work(thread=True, exclusive=True, group="block")
    def _store(self, block: Block) -> None:
        try:
            saved = self.app.workspace.save_block(block)
        except Exception as error:  # shown to the user in words, never a traceback
            self.post_message(self.Saved(None, t("block.failed", error=str(error))))
            return
        self.post_message(self.Saved(saved, ""))

    @on(Saved)
    def _saved(self, message: Saved) -> None:
        self.query_one("#save", Button).disabled = False
        if message.block is None:
            self.say("block-message", message.error)
            return
        self.dismiss(message.block)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
