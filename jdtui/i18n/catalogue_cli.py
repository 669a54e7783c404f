"""Strings of the command line."""

STRINGS: dict[str, dict[str, str]] = {
    # command line
    "cli.error": {"ru": "jdtui: ошибка: {message}", "en": "jdtui: error: {message}"},
    "cli.dumb_terminal": {
        "ru": "jdtui: окно jdtui не запущено: TERM=dumb значит, что терминал не умеет двигать курсор и рисовать экран. Если ваш терминал умеет (почти любой эмулятор, tmux, screen), укажите его тип: TERM=xterm-256color jdtui. Команды работают и здесь: jdtui --help",
        "en": "jdtui: the app was not started: TERM=dumb says this terminal cannot move the cursor or draw a screen. If yours can (almost any terminal emulator, tmux, screen), give its type: TERM=xterm-256color jdtui. The commands work here too: jdtui --help",
    },
    "cli.no_role": {
        "ru": "нет черновика или шаблона с id {id!r} (см. jdtui list)",
        "en": "no draft or template with id {id!r} (see: jdtui list)",
    },
    "cli.export_refused": {
        "ru": "экспорт отклонён: в документе есть ошибки ({count}). Исправьте их или добавьте --force",
        "en": "export refused: the document has {count} error(s). Fix them or pass --force",
    },
    "cli.exists": {
        "ru": "файл {path} уже существует; добавьте --overwrite, чтобы заменить его",
        "en": "{path} exists already; pass --overwrite to replace it",
    },
    "cli.written": {"ru": "записано: {path}", "en": "written: {path}"},
    "cli.bad_set": {
        "ru": "--set ждёт ИМЯ=ЗНАЧЕНИЕ, получено {value!r}",
        "en": "--set takes NAME=VALUE, got {value!r}",
    },
    "cli.unknown_var": {
        "ru": "неизвестная переменная {name!r}; допустимы: {names}",
        "en": "unknown variable {name!r}; known: {names}",
    },
    "cli.where_item": {"ru": "«{section}», п. {item}", "en": "{section}, item {item}"},
    "cli.score": {"ru": "Оценка: {score}/100", "en": "Score: {score}/100"},
    "cli.complete": {"ru": "Документ полон: ошибок нет.", "en": "Complete: no errors."},
    "cli.no_templates": {"ru": "ничего не найдено", "en": "nothing found"},
    "kind.template": {"ru": "шаблон", "en": "template"},
    "kind.draft": {"ru": "черновик", "en": "draft"},
    "severity.error": {"ru": "ошибка", "en": "error"},
    "severity.warning": {"ru": "предупреждение", "en": "warning"},
    "severity.info": {"ru": "замечание", "en": "info"},
}
