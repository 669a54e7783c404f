"""The import's short cut around the parser's inline pass changes nothing: a
paragraph without inline markup reads exactly as the parser would read it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jdtui.core.importer.blocks import block_tokens, inline_children, inline_lines, lines_of, parse_units
from jdtui.core.md import parser

_PIECES = st.sampled_from(
    [
        "word",
        "Слово",
        " ",
        "  ",
        "\n",
        "\t",
        "\u00a0",
        "#",
        "-",
        "+",
        "1.",
        ":",
        "=",
        "{{x}}",
        "%",
        "@",
        "^",
        "*",
        "**",
        "_",
        "`",
        "~~",
        "[",
        "]",
        "(",
        ")",
        "!",
        "<",
        ">",
        "&amp;",
        "&",
        "\\",
        "http://x.org",
        "|",
    ]
)


def _full_lines(text: str) -> list[list[tuple[str, bool]]]:
    """Each inline token's lines, from the parser's own full pass."""
    return [lines_of(t.children or []) for t in parser().parse(text) if t.type == "inline"]


def _our_lines(text: str) -> list[list[tuple[str, bool]]]:
    tokens, env = block_tokens(text)
    return [inline_lines(t, env) for t in tokens if t.type == "inline"]


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_lines_are_the_same_with_and_without_the_short_cut(text):
    assert _our_lines(text) == _full_lines(text)


def test_plain_paragraphs_skip_the_inline_pass_and_marked_ones_do_not():
    tokens, env = block_tokens("Plain text, 100% plain: yes.\n\nSome **bold** text.\n")
    plain, marked = [t for t in tokens if t.type == "inline"]
    assert inline_children(plain, env) is None
    assert [c.type for c in inline_children(marked, env)][:2] == ["text", "strong_open"]


def test_link_references_defined_anywhere_still_resolve():
    units = parse_units("See [the site][s].\n\n[s]: https://example.org\n")
    assert units[0].text == "See the site (https://example.org)."


def test_the_collector_is_paused_only_while_a_document_is_read():
    import gc

    from jdtui.core.importer import import_roles
    from jdtui.core.model import Library

    seen: list[bool] = []

    class Watching(str):
        def replace(self, *args):  # the import's first look at the text
            seen.append(gc.isenabled())
            return str.replace(self, *args)

    assert gc.isenabled()
    import_roles(Watching("# Duties\n\n- Plans the work.\n"), Library())
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        import_roles("# Duties\n\n- Plans the work.\n", Library())
        assert not gc.isenabled()  # a caller's own pause is left as it was
    finally:
        gc.enable()
