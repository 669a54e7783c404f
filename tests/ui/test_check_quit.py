"""Quitting during a long check does not wait for it: the check's worker is
cancelled and the check, which asks between rules and in its long loops, gives up.

The check here is a rule that would run for a long while, asking as the real
ones do; the test says whether it was told to stop, never how fast."""

from __future__ import annotations

import threading
import time

import pytest

from jdtui.core.rules.base import Rule
from jdtui.tui.screens.check import CheckScreen
from jdtui.tui.screens.report import PortfolioScreen

from .check_support import ScreenHarness, sample_role


class _EndlessRule:
    """A rule that asks whether to stop, again and again, for up to ~30 s."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.left = threading.Event()
        self.stopped = False

    def __call__(self, ctx, me):
        self.started.set()
        try:
            for _ in range(3000):
                ctx.stop_if_asked()
                time.sleep(0.01)
        except BaseException:
            self.stopped = True
            raise
        finally:
            self.left.set()
        return []


@pytest.fixture
def endless(monkeypatch: pytest.MonkeyPatch) -> _EndlessRule:
    from jdtui.core import rules

    slow = _EndlessRule()
    monkeypatch.setattr(rules, "RULES", (Rule("endless", "info", slow),))
    return slow


@pytest.mark.parametrize("screen", [CheckScreen, PortfolioScreen])
async def test_quitting_during_a_check_stops_the_check(workspace, endless, screen) -> None:
    workspace.create_draft(sample_role())
    app = ScreenHarness(workspace, sample_role(), screen())
    async with app.run_test(size=(80, 24)) as pilot:
        while not endless.started.is_set():
            await pilot.pause(0.01)
        app.exit()
    assert endless.left.wait(60)
    assert endless.stopped
