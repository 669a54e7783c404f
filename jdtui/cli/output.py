"""What every command shares: exit statuses, one-line errors, the workspace, safe output."""

from __future__ import annotations

import argparse
import sys

from ..i18n import t

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A problem to report in one line, with an exit status."""

    def __init__(self, message: str, status: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.status = status


class Parser(argparse.ArgumentParser):
    """A parser that speaks the UI language (:mod:`.speech`) and fails in one line."""

    def __init__(self, *args, **kwargs) -> None:
        from .speech import Formatter

        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # one line, status 2, no usage dump
        from .speech import tr

        raise CliError(f"{message} ({tr('see: %(prog)s --help') % {'prog': self.prog}})")


def workspace():
    from ..store.workspace import Workspace

    return Workspace(warn=warn)


def warn(error: Exception) -> None:
    """A damaged file jdtui could do without: one line on stderr, and go on."""
    print(t("store.warning", message=str(error)), file=sys.stderr)


def out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def json_out(data: object) -> None:
    # json escapes C0 controls itself; escape C1 controls, bidi controls and lone
    # surrogates too, so no JSON we print can drive or garble a terminal.
    import json  # here: `jdtui check` prints text, and reads no JSON from a shipped library
    import re

    text = json.dumps(data, ensure_ascii=False, indent=2)
    out(re.sub(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]", lambda m: f"\\u{ord(m[0]):04x}", text))


def safe(text: str) -> str:
    from ..core.text import strip_controls

    return strip_controls(text)
