"""Text escaped for the export reads back as exactly that text, whatever
underscores, stars and brackets it has (a signature blank «___» included)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jdtui.core.importer.blocks import lines_of
from jdtui.core.md import escape, parser

_TEXT = st.lists(
    st.sampled_from(
        [
            "a",
            "я",
            "1",
            "_",
            "__",
            "___",
            " ",
            "*",
            "**",
            "[",
            "]",
            "`",
            "~",
            "«",
            "»",
            "(",
            ")",
            "{{x_y}}",
            ".",
            "/",
        ]
    ),
    min_size=1,
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_escaped_text_reads_back_as_itself(text):
    tokens = parser().parse(escape(text))
    lines = [lines_of(t.children or []) for t in tokens if t.type == "inline"]
    shown = " ".join(line for block in lines for line, _ in block if line)
    assert shown == " ".join(text.split())


def test_a_signature_blank_keeps_its_underscores():
    assert escape("«___» ____ 20__ г.") == "«\\_\\_\\_» \\_\\_\\_\\_ 20\\_\\_ г."
    assert escape("{{approver_title}}") == "{{approver_title}}"
