"""The command line speaks the UI language throughout: its help, argparse's own
errors, and the places of findings as the document names its sections."""

from __future__ import annotations

import argparse

import pytest

from jdtui.cli import build_parser, main, speech
from jdtui.i18n import set_ui_lang, ui_lang
from jdtui.i18n.catalogue_cli_help import RU


@pytest.fixture
def russian():
    before = ui_lang()
    set_ui_lang("ru")
    yield
    set_ui_lang(before)
    speech.install(before)


def _parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def _help_texts(parser: argparse.ArgumentParser) -> set[str]:
    texts: set[str] = set()
    for each in _parsers(parser):
        if each.description:
            texts.add(each.description)
        for action in each._actions:
            if action.help and action.help != argparse.SUPPRESS:
                texts.add(action.help)
            for choice in getattr(action, "_choices_actions", ()):
                if choice.help:
                    texts.add(choice.help)
    return texts


def test_every_help_text_of_every_command_has_a_russian_translation() -> None:
    speech.install("en")
    missing = sorted(text for text in _help_texts(build_parser()) if text not in RU)
    assert not missing, missing


def test_help_is_russian_in_the_russian_ui(russian, capsys) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    text = capsys.readouterr().out
    assert text.startswith("использование: jdtui check")
    assert "показать эту справку и выйти" in text
    assert "help message" not in text


def test_argparse_errors_are_russian_in_the_russian_ui(russian, capsys) -> None:
    assert main(["frobnicate"]) == 2
    error = capsys.readouterr().err
    assert "недопустимое значение: 'frobnicate'" in error and "invalid choice" not in error
    assert "см.: jdtui --help" in error
    assert main(["check"]) == 2
    error = capsys.readouterr().err
    assert "не хватает обязательных аргументов: id" in error


def test_english_stays_english(capsys) -> None:
    before = ui_lang()
    set_ui_lang("en")
    try:
        assert main(["check"]) == 2
        error = capsys.readouterr().err
        assert "the following arguments are required: id" in error and "see: jdtui check --help" in error
    finally:
        set_ui_lang(before)


def _checked_new_draft(capsys, tmp_path, monkeypatch) -> str:
    """``jdtui check`` of a new draft from ru-client-manager, in a store of its own: its output."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("JDTUI_TEAM_LIBRARY", raising=False)
    assert main(["new", "--from", "ru-client-manager"]) == 0
    draft = capsys.readouterr().out.strip()
    main(["check", draft])
    return capsys.readouterr().out


def test_check_names_sections_as_the_document_does(russian, capsys, tmp_path, monkeypatch) -> None:
    text = _checked_new_draft(capsys, tmp_path, monkeypatch)
    assert "«Заключительные положения», п. " in text
    assert " final #" not in text and "duties #" not in text


def test_a_finding_about_the_whole_document_says_so(russian, capsys, tmp_path, monkeypatch) -> None:
    lines = _checked_new_draft(capsys, tmp_path, monkeypatch).splitlines()
    requisites = next(line for line in lines if " requisites" in line)  # about no section
    assert requisites.rstrip().endswith("весь документ"), requisites  # as the Check screen says
