"""The domain of a job description: blocks, templates, roles and findings.

Values are immutable; a change produces a new value (``dataclasses.replace``).
Nothing here knows about storage or the terminal.

One module an idea: :mod:`.kinds` (vocabularies), :mod:`.blocks`,
:mod:`.templates`, :mod:`.roles`, :mod:`.standards`, :mod:`.findings` and :mod:`.library`; this
package gives them all under one name.
"""

from .blocks import Block, BlockTable
from .findings import Finding
from .kinds import KINDS, LANGS, NOTE, PROVENANCES, REQUIREMENT_GROUPS, SEVERITIES, STATUSES
from .library import Library
from .roles import Dismissal, Item, Role, RoleSection
from .standards import STANDARD_TYPES, Standard
from .templates import Template, TemplateSection, TemplateTable

__all__ = [
    "KINDS",
    "LANGS",
    "NOTE",
    "PROVENANCES",
    "REQUIREMENT_GROUPS",
    "SEVERITIES",
    "STANDARD_TYPES",
    "STATUSES",
    "Block",
    "BlockTable",
    "Dismissal",
    "Finding",
    "Item",
    "Library",
    "Role",
    "RoleSection",
    "Standard",
    "Template",
    "TemplateSection",
    "TemplateTable",
]
