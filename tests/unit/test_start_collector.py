"""The collector is quiet while jdtui starts and normal again afterwards."""

import gc

import pytest

import jdtui
from jdtui.cli import main


def test_a_command_that_exits_leaves_the_collector_as_it_found_it(capsys):
    before = gc.get_threshold()
    with pytest.raises(SystemExit):  # argparse's --version exits
        main(["--version"])
    assert "jdtui" in capsys.readouterr().out
    assert gc.get_threshold() == before


def test_the_collector_is_quiet_during_a_command(monkeypatch, capsys):
    seen = []
    import jdtui.cli as cli

    monkeypatch.setattr(cli, "_main", lambda argv: seen.append(gc.get_threshold()) or 0)
    before = gc.get_threshold()
    assert main(["list"]) == 0
    assert seen == [jdtui._START_THRESHOLDS]
    assert gc.get_threshold() == before


def test_settle_restores_the_thresholds_and_freezes_what_exists():
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    try:
        jdtui.start_quietly()
        assert gc.get_threshold() == jdtui._START_THRESHOLDS
        jdtui.start_quietly()  # twice is once: the normal thresholds are kept
        jdtui.settle()
        assert gc.get_threshold() == before
        assert gc.get_freeze_count() > frozen
        jdtui.settle()  # a second settle changes nothing
        assert gc.get_threshold() == before
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
