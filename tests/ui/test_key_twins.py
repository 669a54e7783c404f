"""Every F-key binding has a twin that terminals pass through (some SSH clients
and terminal multiplexers swallow F-keys)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from textual.binding import Binding
from textual.dom import DOMNode

import jdtui.tui

#: Ctrl+letters Textual's Input and TextArea, or the terminal, keep for themselves
_TAKEN = {"ctrl+a", "ctrl+e", "ctrl+d", "ctrl+k", "ctrl+u", "ctrl+w", "ctrl+x", "ctrl+c", "ctrl+v"}
_TAKEN |= {"ctrl+h", "ctrl+i", "ctrl+j", "ctrl+m", "ctrl+b"}  # backspace, tab, newline, enter, tmux


def _nodes_with_bindings() -> list[type[DOMNode]]:
    for info in pkgutil.walk_packages(jdtui.tui.__path__, prefix="jdtui.tui."):
        importlib.import_module(info.name)
    found: list[type[DOMNode]] = []
    pending: list[type] = [DOMNode]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("jdtui.") and cls.__dict__.get("BINDINGS"):
            found.append(cls)
    return found


def _f_key_bindings() -> list[tuple[str, Binding]]:
    rows = []
    for cls in _nodes_with_bindings():
        for binding in cls.__dict__["BINDINGS"]:
            if isinstance(binding, Binding) and any(
                k.strip()[:1] == "f" and k.strip()[1:].isdigit() for k in binding.key.split(",")
            ):
                rows.append((f"{cls.__name__}:{binding.key}", binding))
    return rows


def test_jdtui_has_f_key_bindings_to_check() -> None:
    assert len(_f_key_bindings()) >= 6


@pytest.mark.parametrize("binding", [b for _, b in _f_key_bindings()], ids=[n for n, _ in _f_key_bindings()])
def test_every_f_key_has_a_ctrl_twin_no_text_field_takes(binding: Binding) -> None:
    keys = [k.strip() for k in binding.key.split(",")]
    twins = [k for k in keys if k.startswith("ctrl+")]
    assert twins, f"{binding.key} has no Ctrl twin"
    assert not set(twins) & _TAKEN, (
        f"{binding.key}: {set(twins) & _TAKEN} is taken by text fields or the terminal"
    )


def test_no_two_app_keys_share_a_ctrl_twin() -> None:
    from jdtui.tui.app import JdtuiApp

    seen: dict[str, str] = {}
    for binding in JdtuiApp.BINDINGS:
        assert isinstance(binding, Binding)
        for key in binding.key.split(","):
            assert key not in seen, f"{key} is bound to {seen[key]} and {binding.action}"
            seen[key] = binding.action
