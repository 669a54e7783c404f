"""Modal dialogs; each returns its result through ``dismiss``."""

from .confirm import ConfirmDialog
from .conflict import ConflictDialog
from .custom_block import CustomBlockDialog
from .export import ExportChoice, ExportDialog, default_export_path
from .importing import ImportDialog
from .restore import RestoreDialog

__all__ = [
    "ConfirmDialog",
    "ConflictDialog",
    "CustomBlockDialog",
    "ExportChoice",
    "ExportDialog",
    "ImportDialog",
    "RestoreDialog",
    "default_export_path",
]
