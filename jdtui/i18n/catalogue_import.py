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
    "import.warn.by_kind": {
        "ru": "пунктов перенесено в раздел по их смыслу (права, обязанности, ответственность): {count}",
        "en": "clauses placed in the section their wording says (rights, duties, liability): {count}",
    },
    "import.warn.fuzzy_capped": {
        "ru": "документ очень большой: нечёткое сравнение с библиотекой остановлено после {count} пунктов",
        "en": "very large document: fuzzy matching against the library stopped after {count} items",
    },
    "import.no_structure": {
        "ru": "в документе не найдено разделов должностной инструкции (обязанности, требования…); черновик не создан",
        "en": "no job description sections (responsibilities, requirements…) found in the document; no draft created",
    },
    "import.report.roles": {
        "ru": "  в документе описано должностей: {count}",
        "en": "  the document describes {count} roles",
    },
    "import.report.role": {"ru": "  {mark} {number}. {title}", "en": "  {mark} {number}. {title}"},
    "import.report.roles_hint.cli": {
        "ru": "  этот черновик — должность {number}; другую импортируйте с --role N, все сразу — с --each",
        "en": "  this draft is role {number}; import another with --role N, or each as its own draft with --each",
    },
    "import.report.roles_hint.app": {
        "ru": "  этот черновик — должность {number}; другую можно выбрать в окне импорта",
        "en": "  this draft is role {number}; choose another in the import dialog",
    },
    "import.no_such_role": {
        "ru": "в документе нет должности № {number}: их {count}",
        "en": "the document has no role {number}: it describes {count}",
    },
    "import.foreign": {
        "ru": "язык документа — {language}: jdtui импортирует должностные инструкции и вакансии только на русском "
        "и английском; черновик не создан{anyway}",
        "en": "the document is in {language}: jdtui imports job descriptions in Russian and English only; "
        "no draft created{anyway}",
    },
    "import.foreign.anyway.cli": {
        "ru": "; чтобы всё же импортировать его, повторите с --any-language",
        "en": "; to import it anyway, run again with --any-language",
    },
    "import.foreign.anyway.app": {
        "ru": "; чтобы всё же импортировать его, нажмите «Всё равно импортировать»",
        "en": '; to import it anyway, press "Import anyway"',
    },
    "import.warn.foreign": {
        "ru": "язык документа, похоже, {language}: jdtui читает русский и английский, проверьте, что распознано",
        "en": "the document seems to be in {language}: jdtui reads Russian and English, check what was recognised",
    },
    "import.language.de": {"ru": "немецкий", "en": "German"},
    "import.language.fr": {"ru": "французский", "en": "French"},
    "import.language.es": {"ru": "испанский", "en": "Spanish"},
    "import.language.it": {"ru": "итальянский", "en": "Italian"},
    "import.language.pt": {"ru": "португальский", "en": "Portuguese"},
    "import.language.nl": {"ru": "нидерландский", "en": "Dutch"},
    "import.language.pl": {"ru": "польский", "en": "Polish"},
    "import.language.uk": {"ru": "украинский", "en": "Ukrainian"},
    "import.language.be": {"ru": "белорусский", "en": "Belarusian"},
    "import.language.sr": {"ru": "сербский", "en": "Serbian"},
    "import.language.kk": {"ru": "казахский", "en": "Kazakh"},
    "import.language.el": {"ru": "греческий", "en": "Greek"},
    "import.language.ar": {"ru": "арабский", "en": "Arabic"},
    "import.language.he": {"ru": "иврит", "en": "Hebrew"},
    "import.language.zh": {"ru": "китайский", "en": "Chinese"},
    "import.language.ja": {"ru": "японский", "en": "Japanese"},
    "import.language.ko": {"ru": "корейский", "en": "Korean"},
    "import.language.th": {"ru": "тайский", "en": "Thai"},
    "import.language.hy": {"ru": "армянский", "en": "Armenian"},
    "import.language.ka": {"ru": "грузинский", "en": "Georgian"},
    "import.language.hi": {"ru": "хинди", "en": "Hindi"},
    "import.language.other": {"ru": "не русский и не английский", "en": "neither Russian nor English"},
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
