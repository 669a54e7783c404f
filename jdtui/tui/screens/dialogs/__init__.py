"""Modal dialogs; each returns its result through ``dismiss``."""

from .areas import AreasDialog
from .bin import BinDialog
from .confirm import ConfirmDialog
from .conflict import ConflictDialog
from .custom_block import CustomBlockDialog
from .export import ExportChoice, ExportDialog, default_export_path
from .importing import ImportDialog
from .prompt import PromptDialog
from .restore import RestoreDialog

__all__ = [
    "AreasDialog",
    "BinDialog",
    "ConfirmDialog",
    "ConflictDialog",
    "CustomBlockDialog",
    "ExportChoice",
    "ExportDialog",
    "ImportDialog",
    "PromptDialog",
    "RestoreDialog",
    "default_export_path",
]
