"""The rule record shared by every family of rules."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, NamedTuple

from ..model import Finding

if TYPE_CHECKING:
    from .context import Context


class Rule(NamedTuple):  # a named tuple, not a dataclass: ≈ 10× cheaper to define at start-up
    """One completeness rule: a stable slug, its severity and the check itself."""

    id: str
    severity: str
    function: Callable[[Context, Rule], Iterable[Finding]]

    def run(self, ctx: Context) -> list[Finding]:
        return list(self.function(ctx, self))


def rule(rule_id: str, severity: str, registry: list[Rule]):
    """Decorator: register ``function`` as the rule ``rule_id``."""

    def register(function):
        registry.append(Rule(rule_id, severity, function))
        return function

    return register
