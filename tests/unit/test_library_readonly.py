"""The shipped sample library is read, never written: drafts, own blocks and
settings go to the user store, which is a different place."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

from jdtui.core.compose import edit_item_text
from jdtui.core.model import Block
from jdtui.store.paths import shipped_library_files
from jdtui.store.workspace import Workspace


def _fingerprint(paths: list[Path]) -> dict[str, tuple[str, int]]:
    return {str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in paths}


def test_working_with_drafts_blocks_and_settings_never_touches_the_shipped_library(tmp_path):
    shipped = shipped_library_files()
    assert {p.name for p in shipped} >= {"ru.json", "en.json"}
    before = _fingerprint(shipped)

    ws = Workspace(tmp_path / "data", tmp_path / "config")
    role = ws.new_draft("ru-client-manager", variables={"organization": "ООО «Ромашка»"})
    duties = [s.id for s in role.sections].index("duties")
    role = ws.save(edit_item_text(role, duties, 0, "Своя формулировка обязанности.", ws.library))
    ws.save_block(Block("my.duty.x", "duty", "ru", "Своя обязанность.", areas=("reporting",)))
    ws.settings.set("ui_lang", "ru")
    ws.delete_draft(role.id)

    assert _fingerprint(shipped) == before
    written = {p.resolve() for p in (tmp_path / "data").rglob("*") if p.is_file()}
    assert not written & {p.resolve() for p in shipped}


def test_the_library_loads_from_read_only_files(tmp_path):
    copies = []
    for source in shipped_library_files():
        copy = tmp_path / source.name
        copy.write_bytes(source.read_bytes())
        copy.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        copies.append(copy)
    ws = Workspace(tmp_path / "data", tmp_path / "config", library_files=copies)
    assert len(ws.templates("ru")) >= 15
    draft = ws.new_draft("en-client-manager")
    assert ws.find(draft.id).based_on == "en-client-manager"
