"""Where jdtui keeps things: XDG locations, and the shipped files."""

from __future__ import annotations

import os
from pathlib import Path

APP = "jdtui"
PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The user store: ``$XDG_DATA_HOME/jdtui`` (``~/.local/share/jdtui``)."""
    base = os.environ.get("XDG_DATA_HOME")
    if base:
        return Path(base) / APP
    from platformdirs import user_data_path  # imported only when needed: it costs every start ~5 ms

    return user_data_path(APP)


def config_dir() -> Path:
    """Settings: ``$XDG_CONFIG_HOME/jdtui`` (``~/.config/jdtui``)."""
    base = os.environ.get("XDG_CONFIG_HOME")
    if base:
        return Path(base) / APP
    from platformdirs import user_config_path

    return user_config_path(APP)


def state_dir() -> Path:
    """What a run leaves for the next (recovery files): ``$XDG_STATE_HOME/jdtui``
    (``~/.local/state/jdtui``)."""
    base = os.environ.get("XDG_STATE_HOME")
    if base:
        return Path(base) / APP
    from platformdirs import user_state_path

    return user_state_path(APP)


def cache_dir() -> Path:
    """What can be made again (the parsed big library): ``$XDG_CACHE_HOME/jdtui`` (``~/.cache/jdtui``)."""
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / APP
    from platformdirs import user_cache_path

    return user_cache_path(APP)


def _shipped(folder: str) -> Path:
    """A folder shipped inside the installed package (``jdtui/<folder>``);
    in a source checkout or an editable install, the repository's top-level one."""
    inside = PACKAGE_ROOT / folder
    return inside if inside.is_dir() else PACKAGE_ROOT.parent / folder


def shipped_data_dir() -> Path:
    """The sample library that ships with jdtui (read-only)."""
    return _shipped("data")


def styles_dir() -> Path:
    return _shipped("styles")


def shipped_library_files() -> list[Path]:
    return sorted(p for p in shipped_data_dir().glob("*.json") if p.is_file())
