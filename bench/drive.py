"""Child processes the app benchmarks time: ``python -m bench.drive MODE [LIBRARY]``.

Each starts, runs until its moment (first paint, Library populated…), prints a
JSON report (peak memory; for ``keystroke``, per-key latencies) and leaves with
``os._exit`` so that freeing memory at exit is not timed, on either side.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import sys
import time


def peak_kb() -> int:
    """This process's peak resident memory. VmHWM, not ru_maxrss: on Linux the
    latter keeps the peak of the parent that forked us (the benchmark runner)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _finish(**report: object) -> None:
    report["maxrss_kb"] = peak_kb()
    os.write(1, (json.dumps(report) + "\n").encode())  # the real stdout: Textual captures sys.stdout
    os._exit(0)


def bare() -> None:
    """A bare Textual app with Header and Footer, until its first paint."""
    from textual.app import App
    from textual.widgets import Footer, Header

    class Bare(App):
        def compose(self):
            yield Header()
            yield Footer()

        def _display(self, screen, renderable) -> None:
            super()._display(screen, renderable)
            if renderable is not None:
                _finish()

    Bare().run(headless=True, size=(120, 40))


def json_load(path: str) -> None:
    """What ``json.load`` of the library takes, in time and in memory, inside one process."""
    import json as stdlib_json

    before = peak_kb()
    start = time.perf_counter()
    with open(path, encoding="utf-8") as handle:
        data = stdlib_json.load(handle)
    seconds = time.perf_counter() - start
    after = peak_kb()
    _finish(seconds=seconds, added_kb=after - before, blocks=len(data.get("blocks", {})))


def _results_ready(app) -> bool:
    """The Library is shown and its list populated (everything loaded and searchable)."""
    from textual.widgets import OptionList

    from jdtui.tui.screens.library import LibraryScreen

    screen = app.screen
    if not isinstance(screen, LibraryScreen) or not screen.is_mounted:
        return False
    results = screen.query_one("#results", OptionList)
    return results.option_count > 0 and not results.loading


def _library_painted(app) -> bool:
    from jdtui.tui.screens.library import LibraryScreen

    return isinstance(app.screen, LibraryScreen) and app.screen.is_mounted


def jdtui_until(moment: str) -> None:
    """The real app, until the Library is painted (``paint``) or populated (``populated``)."""
    from jdtui import start_quietly

    start_quietly()  # as the entry point (``jdtui.cli.main``) does before anything else
    from jdtui.tui.app import JdtuiApp

    ready = _library_painted if moment == "paint" else _results_ready

    class Timed(JdtuiApp):
        def _display(self, screen, renderable) -> None:
            # the moment a frame of the screen is written out (headless: would be)
            super()._display(screen, renderable)
            if renderable is not None and ready(self):
                if os.environ.get("BENCH_LINGER"):  # an untimed run: let the workers finish
                    asyncio.get_running_loop().create_task(self._linger())
                else:
                    _finish()

        async def _linger(self) -> None:
            while any(not worker.is_finished for worker in self.workers):
                await asyncio.sleep(0.05)
            _finish()

        def on_mount(self) -> None:
            # (Textual calls JdtuiApp.on_mount itself: handlers run for each class)
            # a frame follows the moment anyway; this only makes sure one does. (Not
            # a refresh every 10 ms: repainting the screen would slow the load it times.)
            self.set_interval(0.01, self._poke)

        def _poke(self) -> None:
            if ready(self):
                self.screen.refresh()

    Timed().run(headless=True, size=(120, 40))


TYPED = "менеджер клиент"


async def _keystrokes_in(app, pilot, counter, keys: str) -> list[float]:
    times = []
    for key in keys:
        seen = counter()
        start = time.perf_counter()
        await pilot.press({" ": "space", "\b": "backspace"}.get(key, key))
        deadline = start + 10
        while counter() == seen:
            if time.perf_counter() > deadline:
                raise SystemExit(f"no list update after {key!r}; focus: {app.focused!r}")
            await asyncio.sleep(0.0005)
        await pilot.pause()  # the refresh that shows it
        times.append(time.perf_counter() - start)
    return times


def keystroke(kind: str) -> None:
    """Latency of each key: in the Library filter (``library``), the details form's
    position with its case forms derived as it is typed (``details``), or an empty
    Input (``input``)."""
    if kind == "input":
        from textual.widgets import Input

        changes = [0]

        class Counted(_bare_input_app()):  # type: ignore[misc]
            def on_input_changed(self) -> None:
                changes[0] += 1

        app = Counted()

        async def prepare(pilot) -> None:
            app.query_one(Input).focus()
            await pilot.pause()

    elif kind == "details":
        from textual.widgets import Input

        from jdtui.core.grammar import analyser_loaded
        from jdtui.tui.app import JdtuiApp
        from jdtui.tui.widgets.details_form import DetailsForm

        changes = [0]
        app = JdtuiApp()

        async def prepare(pilot) -> None:
            while not _results_ready(app):
                await asyncio.sleep(0.01)
            app.open_role("ru-client-manager")
            await pilot.pause()
            await pilot.press("v")
            while not app.screen.query(DetailsForm):
                await asyncio.sleep(0.01)
            details = app.screen.query_one(DetailsForm)
            original = details.show

            def counted(*args, **kwargs):
                changes[0] += 1
                return original(*args, **kwargs)

            details.show = counted  # type: ignore[method-assign]
            field = details.query_one("#field-position", Input)
            app.screen.set_focus(field)
            field.value = ""
            while not analyser_loaded():  # loaded in a worker when the form opened
                await asyncio.sleep(0.01)
            await pilot.pause()

    else:
        from textual.widgets import OptionList

        from jdtui.tui.app import JdtuiApp

        changes = [0]
        app = JdtuiApp()

        async def prepare(pilot) -> None:
            while not _results_ready(app):
                await asyncio.sleep(0.01)
            results = app.screen.query_one("#results", OptionList)
            original = results.set_options

            def counted(*args, **kwargs):
                changes[0] += 1
                return original(*args, **kwargs)

            results.set_options = counted  # type: ignore[method-assign]
            await pilot.pause()

    async def run() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await prepare(pilot)
            await _keystrokes_in(app, pilot, lambda: changes[0], "zz")  # warm up
            await _keystrokes_in(app, pilot, lambda: changes[0], "\b\b")
            await pilot.pause(0.3)
            times = await _keystrokes_in(app, pilot, lambda: changes[0], TYPED)
            _finish(times=times)

    asyncio.run(run())


SWITCHES = 8


async def _timed(app, pilot, key: str, shown) -> float:
    """Seconds from ``key`` to ``shown()`` holding and the screen painted."""
    start = time.perf_counter()
    await pilot.press(key)
    while not shown():
        await asyncio.sleep(0.001)
    await pilot.pause()
    return time.perf_counter() - start


def switching(kind: str) -> None:
    """Latency of switching screens: jdtui's F2/F3/F4 with a draft open, its command
    palette and its export dialog (``ours``), or a bare Textual app's two screens
    (``bare``); each times ``SWITCHES`` switches after one untimed round."""
    if kind == "bare":
        from textual.app import App
        from textual.screen import Screen
        from textual.widgets import Footer, Header, Static

        class Plain(Screen):
            def compose(self):
                yield Header()
                yield Static("a screen")
                yield Footer()

        class Bare(App):
            MODES = {"one": Plain, "two": Plain}
            BINDINGS = [("f2", "switch_mode('one')"), ("f3", "switch_mode('two')")]

            def on_mount(self) -> None:
                self.switch_mode("one")

        app = Bare()

        async def measure(pilot) -> dict[str, list[float]]:
            times: list[float] = []
            for round_ in range(SWITCHES + 1):
                for key, mode in (("f3", "two"), ("f2", "one")):
                    took = await _timed(app, pilot, key, lambda mode=mode: app.current_mode == mode)
                    if round_:
                        times.append(took)
            return {"switch": times}

    else:
        from jdtui.tui.app import JdtuiApp
        from jdtui.tui.commands import JdtuiPalette
        from jdtui.tui.screens.dialogs.export import ExportDialog

        app = JdtuiApp()

        def mode_is(mode: str):
            screen_ready = {"library": "LibraryScreen", "compose": "ComposeScreen", "check": "CheckScreen"}
            return lambda: app.current_mode == mode and type(app.screen).__name__ == screen_ready[mode]

        async def measure(pilot) -> dict[str, list[float]]:
            while not _results_ready(app):
                await asyncio.sleep(0.01)
            app.open_role("ru-client-manager")
            while app.session is None:
                await asyncio.sleep(0.01)
            await pilot.pause()
            found: dict[str, list[float]] = {"switch": [], "palette": [], "export": []}
            for round_ in range(SWITCHES + 1):
                for key, mode in (("f3", "compose"), ("f4", "check"), ("f2", "library")):
                    took = await _timed(app, pilot, key, mode_is(mode))
                    if round_:
                        found["switch"].append(took)
                took = await _timed(app, pilot, "ctrl+p", lambda: isinstance(app.screen, JdtuiPalette))
                if round_:
                    found["palette"].append(took)
                await pilot.press("escape")
                await pilot.pause()
                await _timed(app, pilot, "f4", mode_is("check"))
                took = await _timed(app, pilot, "e", lambda: isinstance(app.screen, ExportDialog))
                if round_:
                    found["export"].append(took)
                await pilot.press("escape")
                await pilot.pause()
                await _timed(app, pilot, "f2", mode_is("library"))
            return found

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            _finish(times=await measure(pilot))

    asyncio.run(run())


def _bare_input_app() -> type:
    """A bare Textual app: Header, an Input and Footer (the Library's bare twin)."""
    from textual.app import App
    from textual.widgets import Footer, Header, Input

    class Bare(App):
        def compose(self):
            yield Header()
            yield Input(id="filter")
            yield Footer()

    return Bare


def idle_bare() -> None:
    """The bare app in the terminal it was given (not headless), idle until killed,
    its Input focused (the cursor blinks, as the Library's filter does)."""
    from textual.widgets import Input

    class Focused(_bare_input_app()):  # type: ignore[misc]
        def on_mount(self) -> None:
            self.query_one(Input).focus()

    Focused().run()


def quit_during_check(draft_id: str, when: str) -> None:
    """The real app with a long draft open on the Check screen: Ctrl+Q while its
    checks run (``when`` = ``checking``), or once they are done (``idle``).
    Reports the moment of the key (``time.time()``, on stdout at once) and
    which checks were running; the parent times the exit from it."""
    from textual.worker import WorkerState

    from jdtui.tui.app import JdtuiApp

    checks = ("check", "compose-check")

    class Timed(JdtuiApp):
        stage = 0

        def on_mount(self) -> None:
            self.set_interval(0.01, self._step)

        def _checks_running(self) -> list[str]:
            return [w.group for w in self.workers if w.group in checks and w.state == WorkerState.RUNNING]

        def _ready_to_quit(self) -> bool:
            if when == "idle":  # the checks of the draft done and their findings shown
                shown = getattr(self.screen, "checked_role", None) is not None
                return shown and not any(w.state == WorkerState.RUNNING for w in self.workers)
            return "check" in self._checks_running()

        def _step(self) -> None:
            if self.stage == 0 and (_results_ready(self) or self.session is not None):
                self.stage = 1
                if self.session is None:  # (else the app reopened the draft where it was left)
                    self.open_role(draft_id)
            elif self.stage == 1 and self.session is not None:
                self.stage = 2
                self.switch_mode("check")
            elif self.stage == 2 and self._ready_to_quit():
                self.stage = 3
                report = {
                    "quit_at": time.time(),
                    "running": self._checks_running(),
                    "others": [w.group for w in self.workers if w.state == WorkerState.RUNNING],
                }
                os.write(1, (json.dumps(report) + "\n").encode())
                self.simulate_key("ctrl+q")

    Timed().run(headless=True, size=(80, 24))


def main() -> None:
    mode, *rest = sys.argv[1:]
    if mode == "bare":
        bare()
    elif mode == "idle-bare":
        idle_bare()
    elif mode == "json":
        json_load(rest[0])
    elif mode in ("paint", "populated"):
        jdtui_until(mode)
    elif mode == "keystroke":
        keystroke(rest[0])
    elif mode == "switch":
        switching(rest[0])
    elif mode == "quit-check":
        quit_during_check(rest[0], rest[1])
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main()
