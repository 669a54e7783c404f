"""The command line's help and argparse's own messages in Russian.

Keyed by the English text, as gettext does: the parser is written in English,
and :mod:`jdtui.cli.speech` looks each text up here for the UI language. A text
missing here shows in English (never a key).
"""

from __future__ import annotations

RU: dict[str, str] = {
    # argparse's own words (Python 3.10–3.13)
    "usage: ": "использование: ",
    "positional arguments": "аргументы",
    "options": "параметры",
    "optional arguments": "параметры",
    "show this help message and exit": "показать эту справку и выйти",
    "show program's version number and exit": "показать версию и выйти",
    "%(prog)s: error: %(message)s\n": "%(prog)s: ошибка: %(message)s\n",
    "invalid choice: %(value)r (choose from %(choices)s)": "недопустимое значение: %(value)r (возможны: %(choices)s)",
    "argument %(argument_name)s: %(message)s": "аргумент %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "не хватает обязательных аргументов: %s",
    "unrecognized arguments: %s": "непонятные аргументы: %s",
    "expected one argument": "нужно одно значение",
    "expected at most one argument": "нужно не больше одного значения",
    "expected at least one argument": "нужно хотя бы одно значение",
    "invalid %(type)s value: %(value)r": "недопустимое значение (%(type)s): %(value)r",
    "not allowed with argument %s": "нельзя вместе с %s",
    "ambiguous option: %(option)s could match %(matches)s": "неоднозначный параметр: %(option)s может означать %(matches)s",
    "ignored explicit argument %r": "лишнее значение %r",
    "one of the arguments %s is required": "нужен один из аргументов: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "неизвестная команда %(parser_name)r (возможны: %(choices)s)",
    # jdtui's own
    "see: %(prog)s --help": "см.: %(prog)s --help",
    "Compose, check and export job descriptions.": "Составление, проверка и экспорт должностных инструкций.",
    "list templates and drafts": "список образцов и черновиков",
    "list archived drafts too": "показать и черновики из архива",
    "archived drafts too": "и черновики из архива",
    "show a draft or template": "показать черновик или образец",
    "create a draft from a template; prints its id": "создать черновик по образцу; выводит его id",
    "fill a variable (repeatable)": "заполнить переменную (можно несколько раз)",
    "where jdtui keeps its data": "где jdtui хранит данные",
    "import a Markdown or text file as a new draft; prints its id": (
        "импортировать файл Markdown или текст как новый черновик; выводит его id"
    ),
    "document language (default: detected)": "язык документа (по умолчанию — определяется)",
    "title of the new draft (default: from the document)": "название черновика (по умолчанию — из документа)",
    "add the document's clauses the library lacks to my own blocks instead of making a draft; "
    "prints their ids": "добавить пункты документа, которых нет в библиотеке, в мои блоки "
    "(черновик не создаётся); выводит их id",
    "also import a document in a language other than Russian or English (refused without it)": (
        "импортировать и документ не на русском и не на английском (без этого он не импортируется)"
    ),
    "a document of several roles: import the N-th (default: the first)": (
        "документ с несколькими должностями: импортировать N-ю (по умолчанию — первую)"
    ),
    "a document of several roles: import each as its own draft (prints their ids)": (
        "документ с несколькими должностями: импортировать каждую отдельным черновиком (выводит их id)"
    ),
    "delete, undelete, duplicate, rename or archive a draft": (
        "удалить, вернуть, копировать, переименовать или убрать в архив черновик"
    ),
    "move a draft to the bin (its backups stay)": "переместить черновик в корзину (резервные копии остаются)",
    "bring a draft back from the bin": "вернуть черновик из корзины",
    "list deleted drafts": "список удалённых черновиков",
    "copy a draft into a new one; prints its id": "скопировать черновик в новый; выводит его id",
    "give a draft a new title": "дать черновику новое название",
    "put a draft away": "убрать черновик в архив",
    "take a draft out of the archive": "вернуть черновик из архива",
    "check completeness (exit 0 complete, 1 errors, 2 usage)": (
        "проверить полноту (код 0 — готово, 1 — ошибки, 2 — неверный вызов)"
    ),
    "export as Markdown (refuses roles with errors unless --force)": (
        "экспортировать в Markdown (с ошибками — только с --force)"
    ),
    "export even with errors": "экспортировать, несмотря на ошибки",
    "replace an existing file": "заменить существующий файл",
    "portfolio: every draft with status, score and findings": (
        "портфель: все черновики со статусом, оценкой и замечаниями"
    ),
    "only drafts whose organisation (or title) contains TEXT": (
        "только черновики, в организации (или названии) которых есть TEXT"
    ),
    "flip the sort order": "обратный порядок сортировки",
    "your own blocks": "ваши собственные блоки",
    "store a block of your own; prints its id": "сохранить собственный блок; выводит его id",
    "a block as JSON": "блок в формате JSON",
    "a tag, e.g. non-performance (repeatable)": "метка, например non-performance (можно несколько раз)",
    "duty: an area it belongs to (repeatable)": "обязанность: её область (можно несколько раз)",
    "right: an area it enables (repeatable)": "право: область, которую оно обеспечивает (можно несколько раз)",
    "KPI: an area it measures (repeatable)": "KPI: область, которую он измеряет (можно несколько раз)",
    "requirement: its group": "требование: его группа",
    "onboarding: the day of the plan": "адаптация: день плана",
    "onboarding: the goal of the day": "адаптация: цель дня",
    "the duty-area vocabulary": "словарь областей обязанностей",
    "list kept versions of drafts and files (of one with ID)": (
        "список сохранённых версий черновиков и файлов (одного — с ID)"
    ),
    "restore a draft or file from a backup (the current version is backed up first)": (
        "восстановить черновик или файл из резервной копии (текущая версия сначала сохраняется)"
    ),
    "a draft id, or blocks (your own blocks) or settings": (
        "id черновика, или blocks (собственные блоки), или settings (настройки)"
    ),
    "a backup listed by: jdtui backups ID": "резервная копия из списка jdtui backups ID",
    "the newest backup": "самая новая резервная копия",
    "the team library shared on this server": "общая библиотека команды на этом сервере",
    "add a block (from your library, or a JSON file) to the team library": (
        "добавить блок (из вашей библиотеки или файла JSON) в библиотеку команды"
    ),
    "count a dismissed finding again": "снова учитывать отклонённое замечание",
    "dismiss this finding in the draft (needs --reason); it stops counting for the score and export": (
        "отклонить это замечание в черновике (нужна --reason); оно перестаёт влиять на оценку и экспорт"
    ),
    "the effective check rules and where each setting came from": (
        "действующие правила проверки и откуда взята каждая настройка"
    ),
    "why the finding does not apply (kept with the draft)": (
        "почему замечание неприменимо (хранится вместе с черновиком)"
    ),
    "export as Markdown, Word, HTML or PDF (refuses roles with errors unless --force)": (
        "экспортировать в Markdown, Word, HTML или PDF (с ошибками — только с --force)"
    ),
    "import a Markdown, text or Word (.docx) file as a new draft; prints its id": (
        "импортировать файл Markdown, текст или Word (.docx) как новый черновик; выводит его id"
    ),
    "md (default), docx, html or pdf; without it, the output file's extension decides": (
        "md (по умолчанию), docx, html или pdf; без него формат задаёт расширение файла"
    ),
    "write the Word file into a client's template": "записать файл Word в шаблон клиента",
    "change a draft's title, status or details (NAME=VALUE); the case forms of a changed position are derived": (
        "изменить название, статус или реквизиты черновика (ИМЯ=ЗНАЧЕНИЕ); "
        "падежные формы изменённой должности выводятся сами"
    ),
    "the draft's id": "id черновика",
    "title, status or a details field (position, reports_to, …)": (
        "title, status или поле реквизитов (position, reports_to, …)"
    ),
}

#: by UI language; English is the text itself
TRANSLATIONS: dict[str, dict[str, str]] = {"ru": RU}
