"""The command palette: its own words, and the words people search each command by.

``WORDS`` are not shown: they are what a consultant might type for a command
(«копи», «буфер», "clipboard" for copying the Markdown), in both languages, so
a Russian UI finds a command by an English word and the other way round.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "palette.placeholder": {"ru": "Найти команду или документ…", "en": "Search for a command or a document…"},
    "palette.no_matches": {"ru": "Ничего не найдено", "en": "No matches found"},
    # {status}: empty for a draft in work, else « · на согласовании»…
    "open.draft": {"ru": "черновик · {lang}{status}", "en": "draft · {lang}{status}"},
    "open.template": {"ru": "образец · {lang} · {family}", "en": "sample · {lang} · {family}"},
    "cmd.copy_markdown": {
        "ru": "Копировать Markdown в буфер обмена",
        "en": "Copy the Markdown to the clipboard",
    },
    "cmd.copy_markdown.help": {
        "ru": "c на экране проверки: документ как при экспорте, через терминал (OSC 52)",
        "en": "c on the Check screen: the document as exported, through the terminal (OSC 52)",
    },
}

#: search words per command (the part of its catalogue key after ``cmd.``)
WORDS: dict[str, str] = {
    "copy_markdown": "копировать копия скопировать буфер обмена вставить markdown copy clipboard paste",
    "export": "экспорт выгрузить сохранить файл markdown word docx export save file write",
    "import": "импорт загрузить открыть файл документ word docx текст import load open file document text",
    "remove_item": "удалить убрать стереть пункт delete remove erase clause item",
    "add_block": "добавить вставить блок пункт библиотека add insert block library clause",
    "new_clause": "новый свой пункт написать добавить new own clause write add",
    "edit_areas": "области обязанностей права показатели покрытие классифицировать area areas covers measures "
    "coverage classify",
    "add_note": "абзац текст примечание paragraph text note",
    "portfolio": "портфель все черновики отчёт список удалить корзина архив копия копировать дублировать "
    "переименовать название portfolio drafts report list delete bin archive duplicate copy rename title",
    "restore": "восстановить резервная копия версия откат restore backup version revert",
    "undo": "отменить назад undo back",
    "redo": "повторить вернуть redo again",
    "save": "сохранить записать save write",
    "details": "реквизиты организация утверждающий дата номер должность details organisation approver date position",
    "check": "проверка проверить ошибки замечания оценка check errors findings score",
    "library": "библиотека образцы шаблоны library samples templates",
    "new_draft": "новый черновик создать образец new draft create sample",
    "my_drafts": "мои черновики открыть my drafts open",
    "compose": "составление редактировать править compose edit",
    "custom_block": "свой блок собственный сохранить в библиотеку own block custom save",
    "help": "справка клавиши помощь help keys",
    "quit": "выход выйти закрыть quit exit close",
    "theme": "тема цвета оформление theme colours colors",
    "toggle_theme": "тёмная светлая тема dark light theme",
}
