"""Key bindings whose descriptions come from the catalogue.

Textual reads a binding's description when it draws the footer or the help
screen, and bindings are class attributes, so a UI language switched at run
time cannot reach them by itself. Bindings here carry a catalogue key as their
description; :func:`localise_bindings` replaces it, in the node's own bindings
map, with the text in the current UI language (and can do so again later).

Keys were chosen to survive terminals and SSH: F-keys have Ctrl+letter
alternatives that neither the terminal nor Textual's Input/TextArea take
(Ctrl+L, Ctrl+O, Ctrl+R, Ctrl+G); plain letters work where no text field has
the focus.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode

from ..i18n import CATALOGUE, t

_ORIGINAL = "_jdtui_binding_keys"


def localise_bindings(node: DOMNode) -> None:
    """Translate the descriptions (and tooltips) of ``node``'s and its descendants' bindings."""
    for each in node.walk_children(with_self=True):
        _localise_one(each)


def _localise_one(node: DOMNode) -> None:
    bindings = node._bindings.key_to_bindings
    originals: dict[tuple[str, str], str] = getattr(node, _ORIGINAL, None) or {}
    changed = False
    for key, group in bindings.items():
        new_group: list[Binding] = []
        for binding in group:
            ident = (key, binding.action)
            catalogue_key = originals.get(ident, binding.description)
            if catalogue_key in CATALOGUE:
                originals[ident] = catalogue_key
                tooltip_key = catalogue_key + ".tip"
                binding = replace(
                    binding,
                    description=t(catalogue_key),
                    tooltip=t(tooltip_key) if tooltip_key in CATALOGUE else binding.tooltip,
                )
                changed = True
            new_group.append(binding)
        bindings[key] = new_group
    if changed:
        setattr(node, _ORIGINAL, originals)
