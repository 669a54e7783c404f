"""Document formats other than Markdown: Word, HTML and PDF, and reading Word.

Every writer lays out the parts of ``outline.outline(role, library)``, which
are read from core's Markdown export; heavy libraries (python-docx) are
imported inside the functions that need them, so importing this package
costs nothing at start-up.
"""

#: the formats ``jdtui export --format`` and the export dialog offer, in order
EXPORT_FORMATS = ("md", "docx", "html", "pdf")
#: the file extension of each format
EXTENSIONS = {"md": "md", "docx": "docx", "html": "html", "pdf": "pdf"}
