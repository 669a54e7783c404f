"""jdtui: compose, check and export job descriptions in the terminal."""

import gc

__version__ = "0.1.0"

#: the collector's thresholds while jdtui starts: a start makes hundreds of thousands
#: of objects that all live (modules, the library, widgets), and Python's default
#: (a collection every 700 allocations) walks them again and again — about a tenth of
#: the start's time. ``None`` when the collector runs as it normally does.
_START_THRESHOLDS = (100_000, 50, 1000)
_normal: tuple[int, int, int] | None = None


def start_quietly() -> None:
    """Collect garbage rarely until :func:`settle` (the entry point calls this first)."""
    global _normal
    if _normal is None:
        _normal = gc.get_threshold()
        gc.set_threshold(*_START_THRESHOLDS)


def settle(freeze: bool = True) -> None:
    """The start is over: garbage is collected as usual again, and what exists now
    stays out of the collector's walks (``gc.freeze``: the app's modules, library and
    widgets live as long as it does; a command ending does not freeze)."""
    global _normal
    if _normal is not None:
        if freeze:
            gc.freeze()
        gc.set_threshold(*_normal)
        _normal = None
