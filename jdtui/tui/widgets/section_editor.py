"""The selected section's own wording in Compose: its heading and its lead-in."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Label, Static, TextArea

from ...core.model import Role
from ...core.section_wording import heading_value, lead_value, profile_heading, standard_lead_of
from ...i18n import t


class WrappingArea(TextArea):
    """A soft-wrapped TextArea that repaints its new wrap after a resize.

    TextArea wraps again on a resize but may not repaint: after a second resize
    in one layout (the pane follows the screen's new width) the lines wrapped for
    the first width stayed on screen, words cut at the right edge."""

    def _on_resize(self) -> None:
        super()._on_resize()
        self.refresh()


class ParagraphArea(WrappingArea):
    """A text field for one paragraph: Enter finishes it (a line break would
    be joined into the paragraph anyway) and posts :class:`Finished`."""

    class Finished(Message):
        """Enter was pressed in the field."""

        def __init__(self, area: ParagraphArea) -> None:
            super().__init__()
            self.area = area

        @property
        def control(self) -> ParagraphArea:
            return self.area

    async def _on_key(self, event: events.Key) -> None:
        # TextArea's own handler runs after this one unless the default is prevented
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.Finished(self))


class SectionEditor(Vertical):
    """A heading field and a lead-in field; an empty field means the profile's
    wording, which the field shows dimmed. Each change posts :class:`Edited`."""

    class Edited(Message):
        """The user changed the heading or the lead-in (read them with :meth:`SectionEditor.pending`)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: (role id, section index) whose wording the fields hold
        self._shown: tuple[str, int] | None = None
        #: the fields' texts as last loaded or applied (typing beyond them is kept)
        self._synced = ("", "")

    def compose(self) -> ComposeResult:
        yield Label(id="section-heading-label")
        yield Input(id="section-heading", compact=True)
        yield Label(id="section-lead-label")
        yield ParagraphArea(id="section-lead", soft_wrap=True, compact=True)
        yield Static(id="section-hint")

    @property
    def shown(self) -> tuple[str, int] | None:
        """(role id, section index) of the section shown."""
        return self._shown

    def show(self, role: Role, index: int) -> None:
        """Show section ``index`` of ``role``; text being typed stays as it is."""
        section = role.sections[index]
        heading = self.query_one("#section-heading", Input)
        lead = self.query_one("#section-lead", TextArea)
        standard = standard_lead_of(role, section)
        heading.placeholder = profile_heading(role, section)
        lead.placeholder = standard or t("compose.lead.none")
        same = self._shown == (role.id, index)
        synced_heading, synced_lead = self._synced
        with self.prevent(Input.Changed, TextArea.Changed):
            # a field is reloaded on another section, or when the role changed
            # under text already applied (undo); a field whose text means what
            # the role holds, or holds keys not applied yet, is left alone
            if not same or (
                heading_value(role, section, heading.value) != section.heading
                and heading.value == synced_heading
            ):
                heading.value = synced_heading = section.heading or ""
            if not same or (lead_value(lead.text) != section.lead and lead.text == synced_lead):
                lead.load_text(section.lead or "")
                synced_lead = lead.text
        self._shown = (role.id, index)
        self._synced = (synced_heading, synced_lead)
        own_heading = t("compose.heading.own") if section.heading else t("compose.heading.profile")
        self.query_one("#section-heading-label", Label).update(t("compose.heading.label", state=own_heading))
        if section.lead:
            state = t("compose.lead.own")
        else:
            state = t("compose.lead.standard") if standard else t("compose.lead.absent")
        self.query_one("#section-lead-label", Label).update(t("compose.lead.label", state=state))
        self.query_one("#section-hint", Static).update(t("compose.section.hint"))

    def synced(self) -> None:
        """The fields' texts are applied to the role (see :meth:`show`)."""
        lead = self.query_one("#section-lead", TextArea).text
        self._synced = (self.query_one("#section-heading", Input).value, lead)

    def forget(self) -> None:
        """No section is shown (an item is selected)."""
        self._shown = None

    def pending(self) -> tuple[str, int, str, str] | None:
        """(role id, section index, heading text, lead-in text) as typed, or ``None``."""
        if self._shown is None:
            return None
        role_id, index = self._shown
        heading = self.query_one("#section-heading", Input).value
        return role_id, index, heading, self.query_one("#section-lead", TextArea).text

    def heading_field(self) -> Input:
        """The heading's field (to give it the cursor)."""
        return self.query_one("#section-heading", Input)

    def lead_field(self) -> TextArea:
        """The lead-in's field, its cursor at the end (a lead-in is often added to)."""
        lead = self.query_one("#section-lead", TextArea)
        lead.move_cursor(lead.document.end)
        return lead

    @on(Input.Changed, "#section-heading")
    @on(TextArea.Changed, "#section-lead")
    def _edited(self, event: Message) -> None:
        event.stop()
        self.post_message(self.Edited())
