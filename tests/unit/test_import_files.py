"""Reading files to import, and ``jdtui import`` end to end: good files, bad files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from jdtui import cli
from jdtui.i18n import set_ui_lang
from jdtui.store.errors import StoreError, UnreadableDocument
from jdtui.store.ingest import MAX_BYTES, decode_document, read_document

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
RU = (DATA / "ru_plain.txt").read_text(encoding="utf-8")


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("JDTUI_TEAM_LIBRARY", raising=False)
    set_ui_lang("en")
    return tmp_path


def _drafts(home: Path) -> list[Path]:
    return sorted((home / "data").rglob("d-*.json"))


# --- decoding -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [
        RU.encode("utf-8"),
        codecs.BOM_UTF8 + RU.encode("utf-8"),
        RU.encode("utf-16"),
        RU.encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""]),
        RU.encode("cp1251"),
        RU.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1251", "crlf"],
)
def test_documents_in_the_encodings_people_have_decode_to_the_same_text(data):
    assert decode_document(data) == RU


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 200, "encoding"),
    ],
    ids=["empty", "blank", "png", "undecodable"],
)
def test_unusable_bytes_are_refused_with_a_reason(data, words):
    with pytest.raises(UnreadableDocument) as error:
        decode_document(data)
    assert words in str(error.value)


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(UnreadableDocument, match="too large"):
        read_document(path)


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(UnreadableDocument, match="no such file"):
        read_document(tmp_path / "nope.md")
    with pytest.raises(UnreadableDocument, match="folder"):
        read_document(tmp_path)
    assert issubclass(UnreadableDocument, StoreError)


# --- the command ----------------------------------------------------------------------
def test_import_prints_the_new_draft_id_alone_and_the_report_on_stderr(home, capsys):
    status = cli.main(["import", str(DATA / "ru_numbered.md")])
    out, err = capsys.readouterr()
    assert status == 0
    draft_id = out.strip()
    assert out == draft_id + "\n" and draft_id.startswith("d-")
    assert (
        "duties: 5" in err and "heading “3. Должностные обязанности” → duties" in err
    )  # the ru-di profile's names
    assert "guessed from the text: ru (pass --lang if wrong)" in err
    assert [p.stem for p in _drafts(home)] == [draft_id]
    assert cli.main(["show", draft_id]) == 0
    shown = capsys.readouterr().out
    assert "3.1. Ищет и привлекает новых клиентов." in shown


def test_import_of_a_cp1251_file_with_language_and_title(home, tmp_path, capsys):
    path = tmp_path / "старый.txt"
    path.write_bytes(RU.encode("cp1251"))
    assert cli.main(["import", str(path), "--lang", "ru", "--title", "Специалист (архив)"]) == 0
    draft_id = capsys.readouterr().out.strip()
    assert cli.main(["show", draft_id, "--format", "json"]) == 0
    assert '"title": "Специалист (архив)"' in capsys.readouterr().out


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\x01\x02binary\x00",
        bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 50,
        b"Just a note to self.\n\nNothing else.",
    ],
    ids=["empty", "binary", "undecodable", "no-structure"],
)
def test_bad_input_exits_2_with_one_line_and_leaves_no_draft(home, tmp_path, capsys, content):
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    assert cli.main(["import", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("jdtui: error:")
    assert "Traceback" not in err
    assert _drafts(home) == []


def test_a_ten_megabyte_file_imports(home, tmp_path, capsys):
    chunk = (DATA / "en_mixed.md").read_text(encoding="utf-8")
    path = tmp_path / "big.md"
    path.write_text(chunk * (10 * 1024 * 1024 // len(chunk) + 1), encoding="utf-8")
    assert path.stat().st_size >= 10 * 1024 * 1024
    assert cli.main(["import", str(path)]) == 0
    out, err = capsys.readouterr()
    assert out.strip().startswith("d-")
    assert "fuzzy matching" in err  # bounded work on a huge file, said so


def test_the_report_says_how_to_choose_the_language_where_it_is_shown():
    from jdtui.core.importer import format_report, import_markdown
    from jdtui.core.model import Library

    report = import_markdown(RU, Library()).report
    assert report.lang_guessed
    app, shell = format_report(report, "ru"), format_report(report, "ru", surface="cli")
    assert "--lang" not in app and "выберите язык в окне импорта" in app
    assert "укажите --lang" in shell
    assert "guessed" not in format_report(import_markdown(RU, Library(), lang="ru").report, "en")
