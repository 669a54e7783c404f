"""What the readers of a document share: the state of the reading.

The :class:`~.assemble.Assembler` is made of readers (header, plain headings,
lead-ins, tables, items), each a class of its own; they all read and change the
same state, which the assembler sets up. This class declares that state, and
the assembler's methods the readers call, so each reader is typed on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..profiles import Profile
    from .blocks import Unit
    from .collected import Bucket, Draft
    from .report import ImportReport


class ReadingState:
    """The state of one reading (set by :class:`~.assemble.Assembler.__init__`)."""

    units: list[Unit]
    lang: str
    profile: Profile
    report: ImportReport
    buckets: list[Bucket]
    by_section: dict[str, Bucket]
    #: the section being read; None: the preamble, before any section
    current: Bucket | None
    level: int
    group: str | None
    preferred: bool
    ack_heading: str | None
    parent: Draft | None
    parent_clause: bool
    variables: dict[str, str]
    inferred: set[str]
    title: str
    titled: bool
    _weak_title: str
    _org_line: str
    own: bool
    _preamble_other: Bucket | None
    _own_labels: list[tuple[int, str]]
    _prose_seen: bool
    pending: Draft | None
    led: bool
    new_list: bool
    _detail_para: int
    marks: frozenset[str]

    if TYPE_CHECKING:  # the assembler's own methods, which the readers call

        def _section_id(self, target: str) -> str | None: ...
        def _restates_section(self, target: str | None, text: str) -> bool: ...
        def _kind(self) -> str | None: ...
        def open_target(
            self, target: str, heading: str, level: int, *, wording: str | None = None
        ) -> None: ...
        def open_other(self, heading: str | None, level: int) -> None: ...
        def _preamble_bucket(self) -> Bucket: ...
        def on_heading(self, text: str, level: int) -> None: ...
        def subheading(self, text: str, *, names: bool = True) -> None: ...
        def _next(self, index: int) -> Unit | None: ...
        def add(
            self,
            unit: Unit,
            text: str,
            *,
            group: str | None = None,
            preferred: bool = False,
            marked: bool = False,
        ) -> None: ...
