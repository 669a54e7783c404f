"""The Word export as a process, against a bare python-docx script writing the
same paragraphs and tables with no formatting."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .harness import Row, clean_env, in_turns, median, python

#: the baseline: python-docx and nothing else, the document's text as paragraphs and tables
_PLAIN_SCRIPT = """
import json, sys
import docx
parts = json.load(open(sys.argv[1], encoding="utf-8"))
document = docx.Document()
for part in parts:
    if isinstance(part, str):
        document.add_paragraph(part)
    else:
        table = document.add_table(rows=len(part), cols=len(part[0]))
        for row, values in zip(table.rows, part):
            for cell, value in zip(row.cells, values):
                cell.text = value
document.save(sys.argv[2])
"""


def _largest_template() -> str:
    from jdtui.store.library import load_library
    from jdtui.store.paths import shipped_library_files

    library = load_library(shipped_library_files())
    return max(library.templates.values(), key=lambda t: (sum(len(s.blocks) for s in t.sections), t.id)).id


def _plain_parts(template_id: str) -> list:
    """The export's paragraphs (text) and tables (rows of cells), as the Word writer gets them."""
    from jdtui.core.compose import template_as_role
    from jdtui.formats.outline import outline
    from jdtui.store.library import load_library
    from jdtui.store.paths import shipped_library_files

    library = load_library(shipped_library_files())
    parts: list = []
    for part in outline(template_as_role(library.templates[template_id]), library).parts:
        if part.kind == "table":
            parts.append([list(part.columns), *[list(row) for row in part.rows]])
        elif part.kind == "bullets":
            parts += [text for text in part.text.split("\n")]
        else:
            parts.append(f"{part.number} {part.text}".strip())
    return parts


def docx_row(work: Path, repeat: int = 7) -> Row:
    """``jdtui export ID --format docx`` of the largest shipped template, as a process."""
    env = clean_env(work / "docx-home")
    template_id = _largest_template()
    parts_file = work / "docx-parts.json"
    parts = _plain_parts(template_id)
    parts_file.write_text(json.dumps(parts, ensure_ascii=False), encoding="utf-8")
    script = Path(sys.executable).with_name("jdtui")
    command = [str(script)] if script.exists() else python("-m", "jdtui.cli")
    ours_file, base_file = work / "ours.docx", work / "plain.docx"
    commands = {
        "ours": [
            *command,
            "export",
            template_id,
            "--format",
            "docx",
            "-o",
            str(ours_file),
            "--force",
            "--overwrite",
        ],
        "base": python("-c", _PLAIN_SCRIPT, str(parts_file), str(base_file)),
    }
    runs = in_turns(commands, env, repeat)
    tables = sum(1 for part in parts if not isinstance(part, str))
    return Row(
        f"`jdtui export {template_id} --format docx` as a process (largest shipped template)",
        median(runs["ours"]),
        median(runs["base"]),
        2.0,
        note=f"median of {repeat} runs each, taken in turns: ours {min(runs['ours']):.0f}–{max(runs['ours']):.0f} ms, "
        f"baseline {min(runs['base']):.0f}–{max(runs['base']):.0f} ms; baseline: a python-docx script writing "
        f"the same {len(parts) - tables} paragraphs and {tables} tables with no formatting "
        f"({ours_file.stat().st_size // 1024} KB ours, {base_file.stat().st_size // 1024} KB plain)",
    )
