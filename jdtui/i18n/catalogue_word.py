"""Strings of the Word, HTML and PDF formats: export choices, reading Word, the PDF converter."""

STRINGS: dict[str, dict[str, str]] = {
    "word.err.doc": {
        "ru": "это документ старого формата Word 97–2003 (.doc): откройте его в Word или LibreOffice "
        "и сохраните как .docx",
        "en": "this is an old Word 97–2003 document (.doc): open it in Word or LibreOffice and save it as .docx",
    },
    "word.err.encrypted": {
        "ru": "документ защищён паролем: снимите защиту (Файл → Сведения → Защита документа) и сохраните заново",
        "en": "the document is protected with a password: remove the protection and save it again",
    },
    "word.err.not_word": {
        "ru": "это не документ Word (.docx): ожидался файл, сохранённый Word или LibreOffice в формате .docx",
        "en": "this is not a Word document (.docx): expected a file saved by Word or LibreOffice as .docx",
    },
    "word.err.damaged": {
        "ru": "файл Word повреждён и не читается: откройте его в Word или LibreOffice и сохраните заново",
        "en": "the Word file is damaged and cannot be read: open it in Word or LibreOffice and save it again",
    },
    "word.err.too_large": {
        "ru": "файл Word больше {limit} МБ — это не должностная инструкция",
        "en": "the Word file is larger than {limit} MB: not a job description",
    },
    "word.err.bomb": {
        "ru": "файл распаковывается более чем в {limit} МБ или из слишком многих частей: отклонён как небезопасный",
        "en": "the file unpacks to more than {limit} MB or to too many parts: refused as unsafe",
    },
    "word.err.macros": {
        "ru": "шаблон с макросами (.docm, .dotm) не используется: сохраните его как .docx или .dotx",
        "en": "a template with macros (.docm, .dotm) is not used: save it as .docx or .dotx",
    },
    "word.err.template_missing": {"ru": "шаблона {path} нет", "en": "there is no template {path}"},
    "word.read": {
        "ru": "Из Word: абзацев {paragraphs}, таблиц {tables}",
        "en": "From Word: {paragraphs} paragraphs, {tables} tables",
    },
    "word.read.stamp": {
        "ru": "гриф утверждения прочитан из таблицы без рамок",
        "en": "the approval block was read from a borderless table",
    },
    "word.read.numbered": {
        "ru": "пунктов с нумерацией Word: {count}",
        "en": "paragraphs numbered by Word: {count}",
    },
    "word.read.bold_headings": {
        "ru": "заголовков, набранных жирным без стиля: {count}",
        "en": "headings set in bold without a heading style: {count}",
    },
    "cli.export.binary_needs_output": {
        "ru": "формат {format} не выводится в терминал: укажите файл, -o ФАЙЛ",
        "en": "the {format} format is not printed to a terminal: name a file with -o FILE",
    },
    "cli.export.bad_template": {
        "ru": "шаблон {path} не подходит: {reason}",
        "en": "the template {path} cannot be used: {reason}",
    },
    "pdf.none": {
        "ru": "PDF на этой машине сделать нечем: установите LibreOffice (команда soffice) или "
        "pip install 'jdtui[pdf]' (WeasyPrint) — или экспортируйте в --format docx или html "
        "и напечатайте в PDF из Word или браузера",
        "en": "nothing on this machine makes PDF: install LibreOffice (the soffice command) or "
        "pip install 'jdtui[pdf]' (WeasyPrint), or export with --format docx or html "
        "and print that to PDF from Word or a browser",
    },
    "pdf.failed": {
        "ru": "{converter} не смог сделать PDF: {reason}",
        "en": "{converter} could not make the PDF: {reason}",
    },
    "pdf.timeout": {"ru": "не уложился в {seconds} с", "en": "took longer than {seconds} s"},
    "export.format": {"ru": "Формат:", "en": "Format:"},
    "export.format.md": {"ru": "Markdown (.md)", "en": "Markdown (.md)"},
    "export.format.docx": {"ru": "Word (.docx)", "en": "Word (.docx)"},
    "export.format.html": {"ru": "HTML для печати (.html)", "en": "HTML for printing (.html)"},
    "export.format.pdf": {"ru": "PDF (.pdf)", "en": "PDF (.pdf)"},
    "export.template": {
        "ru": "Шаблон Word клиента (необязательно, .docx/.dotx):",
        "en": "Client's Word template (optional, .docx/.dotx):",
    },
    "export.template.only_docx": {
        "ru": "шаблон Word применяется только к формату Word (.docx)",
        "en": "a Word template applies to the Word format (.docx) only",
    },
}
