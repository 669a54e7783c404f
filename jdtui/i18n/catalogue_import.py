"""Strings of the importer: its report and the reasons a file cannot be imported."""

STRINGS: dict[str, dict[str, str]] = {
    "import.report.title": {
        "ru": "Импорт: «{title}» (язык {lang_code}, профиль {profile})",
        "en": "Import: “{title}” (language {lang_code}, profile {profile})",
    },
    "import.report.lang_guessed": {
        "ru": "  язык определён по тексту: {lang_code} ({hint})",
        "en": "  language guessed from the text: {lang_code} ({hint})",
    },
    "import.report.lang_hint.cli": {"ru": "если это не так, укажите --lang", "en": "pass --lang if wrong"},
    "import.report.lang_hint.app": {
        "ru": "если это не так, выберите язык в окне импорта",
        "en": "if wrong, choose the language in the import dialog",
    },
    "import.report.section": {"ru": "  {section}: {count}", "en": "  {section}: {count}"},
    "import.report.heading": {
        "ru": "  заголовок «{heading}» → {section}",
        "en": "  heading “{heading}” → {section}",
    },
    "import.report.other_heading": {
        "ru": "  заголовок «{heading}» сохранён как прочее",
        "en": "  heading “{heading}” kept as other text",
    },
    "import.report.label": {"ru": "  «{text}» — {meaning}", "en": "  “{text}” — {meaning}"},
    "import.report.linked": {
        "ru": "  связано с блоками библиотеки: {linked}, близко к блокам (копии): {forked}",
        "en": "  linked to library blocks: {linked}, close to a block (local copies): {forked}",
    },
    "import.report.notes": {
        "ru": "  абзацы, оставленные на своём месте между пунктами (примечания): {count}",
        "en": "  paragraphs kept in place among the items (notes): {count}",
    },
    "import.report.variable": {"ru": "  реквизит {name} = {value}", "en": "  detail {name} = {value}"},
    "import.report.warning": {"ru": "  внимание: {message}", "en": "  warning: {message}"},
    "import.warn.no_structure": {
        "ru": "не найдено ни одного раздела должностной инструкции",
        "en": "no section of a job description was found",
    },
    "import.warn.swapped": {
        "ru": "заголовки обязанностей и требований, похоже, перепутаны в документе: пункты разложены по смыслу",
        "en": "the document's responsibilities and requirements headings look swapped: items placed by what they say",
    },
    "import.warn.fuzzy_capped": {
        "ru": "документ очень большой: нечёткое сравнение с библиотекой остановлено после {count} пунктов",
        "en": "very large document: fuzzy matching against the library stopped after {count} items",
    },
    "import.no_structure": {
        "ru": "в документе не найдено разделов должностной инструкции (обязанности, требования…); черновик не создан",
        "en": "no job description sections (responsibilities, requirements…) found in the document; no draft created",
    },
    # sections and what labels were taken as
    "import.section.general": {"ru": "общие положения", "en": "general provisions"},
    "import.section.summary": {"ru": "назначение должности", "en": "summary"},
    "import.section.requirements": {"ru": "требования", "en": "requirements"},
    "import.section.duties": {"ru": "обязанности", "en": "responsibilities"},
    "import.section.rights": {"ru": "права", "en": "authority"},
    "import.section.responsibility": {"ru": "ответственность", "en": "accountability"},
    "import.section.relationships": {"ru": "взаимоотношения", "en": "relationships"},
    "import.section.kpi": {"ru": "показатели эффективности", "en": "performance indicators"},
    "import.section.onboarding": {"ru": "план адаптации", "en": "onboarding plan"},
    "import.section.final": {"ru": "заключительные положения", "en": "final provisions"},
    "import.section.conditions": {"ru": "условия работы", "en": "working conditions"},
    "import.section.other": {"ru": "прочее (сохранено как есть)", "en": "other (kept as written)"},
    "import.label.title": {"ru": "название документа", "en": "document title"},
    "import.label.stamp": {"ru": "гриф утверждения", "en": "approval stamp"},
    "import.label.variable": {"ru": "реквизит шапки", "en": "header detail"},
    "import.label.lead": {"ru": "вводная фраза списка", "en": "lead-in of a list"},
    "import.label.group": {"ru": "группа требований", "en": "requirement group"},
    "import.label.preferred": {"ru": "желательные требования", "en": "preferred requirements"},
    "import.label.subheading": {"ru": "подзаголовок внутри раздела", "en": "sub-heading within the section"},
    "import.label.table_header": {"ru": "заголовки столбцов таблицы", "en": "table column headings"},
    "import.label.none": {
        "ru": "пунктов нет (так сказано в документе)",
        "en": "no items (the document says so)",
    },
    "import.label.ack": {"ru": "лист ознакомления (пустой)", "en": "acknowledgement sheet (empty)"},
    # files that cannot be imported
    "import.err.missing": {"ru": "файл не найден", "en": "no such file"},
    "import.err.permission": {"ru": "нет прав на чтение файла", "en": "permission denied"},
    "import.err.directory": {"ru": "это папка, а не файл", "en": "this is a folder, not a file"},
    "import.err.too_large": {
        "ru": "файл слишком большой ({size} МБ; предел {limit} МБ, настройка {setting}) — "
        "это не похоже на должностную инструкцию",
        "en": "file too large ({size} MB; the limit is {limit} MB, setting {setting}) — not a job description",
    },
    "import.err.empty": {"ru": "файл пуст", "en": "the file is empty"},
    "import.err.binary": {
        "ru": "это двоичный файл, а не текст (сохраните документ как Markdown или .txt)",
        "en": "this is a binary file, not text (save the document as Markdown or .txt)",
    },
    "import.err.undecodable": {
        "ru": "не удалось прочитать текст: кодировка не распознана (ожидается {encoding}); сохраните файл в UTF-8",
        "en": "cannot read the text: unknown encoding (expected {encoding}); save the file as UTF-8",
    },
}
