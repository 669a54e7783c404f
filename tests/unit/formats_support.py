"""What the format tests share: the library, sample roles, a .docx read back."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from jdtui.core.compose import template_as_role
from jdtui.core.model import Block, Item, Role
from jdtui.store.library import load_library
from jdtui.store.paths import shipped_library_files

from .test_import_roundtrip import FILLED

LIBRARY = load_library(shipped_library_files())
__all__ = ["FILLED", "LIBRARY", "body_items", "cli", "part_xml", "read_docx", "sample", "with_item"]


def sample(template_id: str, *, filled: bool = False) -> Role:
    role = template_as_role(LIBRARY.templates[template_id])
    return role.with_variables(**FILLED[role.lang]) if filled else role


def with_item(role: Role, section_id: str, text: str, kind: str = "duty", **fields) -> Role:
    """``role`` with one more item in ``section_id``: a local copy holding ``text``."""
    index = next(i for i, section in enumerate(role.sections) if section.id == section_id)
    block = Block(id=f"added-{kind}", kind=kind, lang=role.lang, text=text, **fields)
    return role.with_items(index, [*role.sections[index].items, Item.copy_of(block)])


def read_docx(data: bytes):
    import docx

    return docx.Document(io.BytesIO(data))


def part_xml(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")


def body_items(document):
    """The body's paragraphs and tables, in order (python-docx objects)."""
    return list(document.iter_inner_content())


def cli(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess:
    """``jdtui ARGS`` in a child process with its data under ``home`` (and ``env`` on top)."""
    environment = dict(os.environ)
    environment.update(
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        LANG="en_US.UTF-8",
        **env,
    )
    return subprocess.run(
        [sys.executable, "-m", "jdtui.cli", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )
