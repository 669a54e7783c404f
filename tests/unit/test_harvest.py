"""Harvest: a document's clauses into the user's own library blocks."""

from __future__ import annotations

import json
from pathlib import Path

from jdtui.core.harvest import as_placeholders, harvest
from jdtui.store.workspace import Workspace

from .test_cli import jdtui

DOCS = Path(__file__).resolve().parents[1] / "data"


def _workspace(tmp_path: Path) -> Workspace:
    return Workspace(data_dir=tmp_path / "data", config_dir=tmp_path / "config")


def test_clauses_become_own_blocks_with_their_kind_areas_and_origin(tmp_path):
    ws = _workspace(tmp_path)
    text = (DOCS / "areas" / "ru_store.md").read_text(encoding="utf-8")
    result, _ = ws.import_text(text)
    found = ws.harvest(result.role, "ru_store.md")
    assert len(found.blocks) == 9 and found.skipped == 0
    kinds = [b.kind for b in found.blocks]
    assert kinds.count("duty") == 5 and kinds.count("right") == 2 and kinds.count("kpi") == 2
    for block in found.blocks:
        assert block.origin == "импортировано из ru_store.md"
        assert block.source == "own" and block.lang == "ru" and block.id.startswith("user.ru.")
    stocktake = next(b for b in found.blocks if "инвентаризации товарных" in b.text)
    assert "inventory" in stocktake.areas  # the areas likeness gave it
    # stored, read back with the library, its provenance kept
    stored = ws.reload_library().blocks[stocktake.id]
    assert stored.origin == stocktake.origin and stored.areas == stocktake.areas
    # the same document again: the library has every clause now
    again = ws.harvest(ws.import_text(text)[0].role, "ru_store.md")
    assert again.blocks == () and again.skipped == 9


def test_clauses_the_library_has_exactly_or_nearly_are_skipped(tmp_path):
    ws = _workspace(tmp_path)
    library = ws.library
    duty = next(
        b for b in library.blocks.values() if b.kind == "duty" and b.lang == "en" and "{{" not in b.text
    )
    text = (
        "# Office Manager\n\n## Responsibilities\n\n"
        f"- {duty.text}\n"
        f"- {duty.text.rstrip('.')}!\n"  # nearly: a small edit
        "- Water the plants in the meeting rooms every Monday.\n"
        "- Water the plants in the meeting rooms every Monday.\n"  # the document repeats itself
    )
    role = ws.import_text(text)[0].role
    found = harvest(role, library, origin="imported from x.md")
    assert [b.text for b in found.blocks] == ["Water the plants in the meeting rooms every Monday."]
    assert found.skipped == 3


def test_the_documents_own_names_become_placeholders():
    variables = {"organization": "ООО «Ромашка»", "position": "кладовщик", "position_genitive": "кладовщика"}
    text = "Кладовщик ООО «Ромашка» подчиняется заместителю кладовщика."
    assert as_placeholders(text, variables) == (
        "{{position}} {{organization}} подчиняется заместителю {{position_genitive}}."
    )


def test_cli_import_to_library_adds_blocks_and_makes_no_draft(tmp_path):
    source = DOCS / "areas" / "en_support.md"
    done = jdtui("import", str(source), "--to-library", env_home=tmp_path, check=True)
    ids = done.stdout.split()
    assert len(ids) == 8 and all(i.startswith("user.en.") for i in ids)
    assert "Added to my library: 8 clauses" in done.stderr
    drafts = json.loads(jdtui("list", "--kind", "draft", "--format", "json", env_home=tmp_path).stdout)
    assert drafts == []
    again = jdtui("import", str(source), "--to-library", env_home=tmp_path, check=True)
    assert again.stdout.strip() == "" and "skipped: 8" in again.stderr


def test_cli_show_json_says_how_each_clause_got_its_areas(tmp_path):
    source = DOCS / "areas" / "en_support.md"
    made = jdtui("import", str(source), env_home=tmp_path, check=True)
    assert "Duty areas by likeness to the library" in made.stderr
    shown = json.loads(jdtui("show", made.stdout.strip(), "--format", "json", env_home=tmp_path).stdout)
    items = [i for s in shown["sections"] for i in s["items"] if i["kind"] in ("duty", "right", "kpi")]
    assert items and all({"areas", "covers", "measures", "areas_by"} <= set(i) for i in items)
    similar = [i for i in items if i["areas_by"] == "similar"]
    assert similar and all(0.3 <= i["confidence"] <= 1 for i in similar)
    kb = next(i for i in items if i["text"].startswith("Keep the knowledge base"))
    assert kb["areas"] == ["knowledge-base"]
    score = next(i for i in items if i["text"].startswith("Customer satisfaction"))
    assert "service-quality" in score["measures"]
    for item in items:
        if item["areas_by"] == "unmatched":
            assert item["areas"] == item["covers"] == item["measures"] == [] and item["confidence"] < 0.3


def test_the_library_preview_names_where_a_harvested_block_came_from():
    from jdtui.core.model import Block
    from jdtui.tui.widgets.library_entries import block_markdown

    block = Block("user.ru.duty.x", "duty", "ru", "Ведёт учёт.", origin="импортировано из ДИ.docx")
    assert "импортировано из ДИ.docx" in block_markdown(block)
    assert "импортировано" not in block_markdown(Block("user.ru.duty.y", "duty", "ru", "Ведёт учёт."))


def test_the_app_and_the_command_line_name_an_untitled_import_after_its_file(tmp_path, monkeypatch):
    """One way of keeping an import (store.ingest.keep_import): a document without a
    title becomes a draft named after its file, from the CLI and the dialog alike."""
    from jdtui.store.ingest import keep_import
    from jdtui.store.workspace import Workspace

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    ws = Workspace()
    (result, _), *_ = ws.import_roles("## Обязанности\n\n- ведёт учёт товара на складе\n", lang="ru")
    kept = keep_import(ws, result, tmp_path / "склад-заметки.md")
    assert kept.role is not None and kept.role.title == "склад-заметки"
    assert result.report.title == "склад-заметки"
    assert ws.find(kept.role.id).title == "склад-заметки"
