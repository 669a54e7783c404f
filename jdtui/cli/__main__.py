"""``python -m jdtui.cli``: the ``jdtui`` command."""

import sys

from . import main

sys.exit(main())
