"""jdtui: compose, check and export job descriptions in the terminal."""

__version__ = "0.1.0"
