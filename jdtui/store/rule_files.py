"""Rule settings files: the team's, shared beside the team library, and the user's own.

- the team's: ``$JDTUI_TEAM_RULES``, else ``rules.json`` in the folder of the
  team library (``JDTUI_TEAM_LIBRARY`` / the setting ``team_library``), so a
  team that shares a library shares its rules by putting one file beside it;
- the user's: ``rules.json`` in the config folder (``~/.config/jdtui``).

Applied in that order: the user's file refines the team's (see
:mod:`jdtui.core.rule_settings` for the format). A file that is missing is no
settings; one that cannot be read or parsed is left out and named in the
settings' ``problems`` — a check never fails because of it. Files are read
again only when they change (size and modification time), so the app's
re-check on every keystroke costs one ``stat`` per file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import t

if TYPE_CHECKING:
    from ..core.rule_settings import Layer, RuleSettings

TEAM_RULES_ENV = "JDTUI_TEAM_RULES"
RULES_FILE = "rules.json"

_cache: dict[tuple[str, str], tuple[tuple[int, int], Layer]] = {}


def team_rules_path(team_library: Path | None) -> Path | None:
    """Where the team's rule settings are, if the team has a place."""
    value = os.environ.get(TEAM_RULES_ENV)
    if value:
        return Path(value).expanduser()
    return team_library.parent / RULES_FILE if team_library is not None else None


def user_rules_path(config_dir: Path) -> Path:
    return config_dir / RULES_FILE


def _known_rules() -> list[str]:
    from ..core.rules import RULES

    return [rule.id for rule in RULES]


def read_layer(path: Path, source: str) -> Layer | None:
    """The settings in ``path`` (``None`` if there is no such file)."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    except OSError as error:
        return _unreadable(path, source, error.strerror or str(error))
    key = (source, str(path))
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    import json  # here: most checks have no rules file

    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        reason = getattr(error, "strerror", None) or error.__class__.__name__
        if isinstance(error, json.JSONDecodeError):
            reason = f"JSON: {error.msg}, line {error.lineno}"
        layer = _unreadable(path, source, str(reason))
    else:
        from ..core.rule_settings import parse_layer

        layer = parse_layer(data, source, str(path), _known_rules())
    _cache[key] = (stamp, layer)
    return layer


def _unreadable(path: Path, source: str, reason: str) -> Layer:
    from ..core.rule_settings import Layer

    problem = t("rules.problem", where=str(path), problem=t("rules.problem.unreadable", reason=reason))
    return Layer(source, str(path), problems=(problem,))


def load_rule_settings(files: list[tuple[str, Path | None]]) -> RuleSettings | None:
    """The effective settings of ``files`` (``(source, path)``, applied in order);
    ``None`` when none of them exists (the shipped rules as they are: nothing to
    import, which keeps ``jdtui check``'s start-up as it was)."""
    layers = []
    for source, path in files:
        layer = read_layer(path, source) if path is not None else None
        if layer is not None:
            layers.append(layer)
    if not layers:
        return None
    from ..core.rule_settings import merge

    return merge(layers)
