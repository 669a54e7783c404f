"""The shipped samples are read without checking each field (start-up), so
every field of every shipped document is checked here instead."""

from __future__ import annotations

import json

import pytest

from jdtui.store.errors import StoreError
from jdtui.store.fields import check_block, check_template
from jdtui.store.library import read_library
from jdtui.store.paths import shipped_library_files

FILES = shipped_library_files()


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_shipped_document_passes_the_field_checks(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    blocks = data.get("blocks", {})
    templates = data.get("templates", {})
    assert blocks or templates
    for doc in blocks.values():
        check_block(doc)
    for doc in templates.values():
        check_template(doc)


def test_the_same_file_outside_the_shipped_folder_is_checked(tmp_path):
    source = FILES[0]
    data = json.loads(source.read_text(encoding="utf-8"))
    first = next(iter(data["blocks"].values()))
    first["text"] = ["a list where a text belongs"]
    copy = tmp_path / source.name
    copy.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        read_library(copy)
    assert "text" in str(caught.value)
