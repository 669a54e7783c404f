"""Strings of the store: what is wrong with a data file, backups, the team library."""

STRINGS: dict[str, dict[str, str]] = {
    "store.at": {"ru": "{path}: {message}", "en": "{path}: {message}"},
    "store.latest_backup": {
        "ru": " (последняя резервная копия: {backup}; восстановить: jdtui restore {id} --latest)",
        "en": " (latest backup: {backup}; restore it with: jdtui restore {id} --latest)",
    },
    "store.latest_backup_plain": {
        "ru": " (последняя резервная копия: {backup})",
        "en": " (latest backup: {backup})",
    },
    "store.no_backup": {"ru": " (резервных копий нет)", "en": " (no backup exists)"},
    "store.library_too_large": {
        "ru": "библиотека слишком велика ({size} МБ; предел {limit} МБ, настройка {setting})",
        "en": "the library is too large ({size} MB; the limit is {limit} MB, setting {setting})",
    },
    "store.cache_damaged": {
        "ru": "кэш этой библиотеки оказался повреждён и удалён; повторите команду — "
        "библиотека будет прочитана заново",
        "en": "the cache of this library was damaged and has been removed; run the command again "
        "and the library is read afresh",
    },
    "store.draft_unchanged": {
        "ru": " — ничего не сохранено; черновик на диске не изменился, восстанавливать нечего",
        "en": " — nothing was saved; the draft on disk is unchanged, there is nothing to restore",
    },
    "store.draft_unchanged_at": {
        "ru": " — ничего не сохранено; черновик на диске не изменился (версия {revision}), "
        "восстанавливать нечего",
        "en": " — nothing was saved; the draft on disk is unchanged (revision {revision}), "
        "there is nothing to restore",
    },
    "store.is_folder": {"ru": "здесь папка, а должен быть файл", "en": "is a folder where a file should be"},
    "store.not_folder": {"ru": "здесь файл, а должна быть папка", "en": "is a file where a folder should be"},
    "store.unreadable": {"ru": "нет прав на чтение", "en": "cannot be read: permission denied"},
    "store.read_failed": {"ru": "не читается: {reason}", "en": "cannot be read: {reason}"},
    "store.read_only": {
        "ru": "файл защищён от записи; jdtui не будет его перезаписывать",
        "en": "is read-only; jdtui will not write over it",
    },
    "store.write_failed": {"ru": "запись не удалась: {reason}", "en": "cannot be written: {reason}"},
    "store.empty": {
        "ru": "файл пуст (возможно, оборван сбоем)",
        "en": "is empty (perhaps cut short by a crash)",
    },
    "store.not_utf8": {"ru": "не текст в UTF-8 (повреждён?)", "en": "is not UTF-8 text (damaged?)"},
    "store.bad_json": {
        "ru": "повреждён: ошибка JSON в строке {line}, столбце {column}",
        "en": "is damaged: invalid JSON at line {line}, column {column}",
    },
    "store.not_object": {
        "ru": "не файл данных jdtui (ожидался объект JSON)",
        "en": "not a jdtui data file (expected a JSON object)",
    },
    "store.bad_schema": {"ru": "номер версии схемы не читается", "en": "its schema version is unreadable"},
    "store.newer_schema": {
        "ru": "записан более новой версией jdtui (схема {version}; эта версия читает {ours}). "
        "Обновите jdtui, чтобы открыть его; файл оставлен как есть",
        "en": "written by a newer jdtui (schema {version}; this version reads {ours}). "
        "Upgrade jdtui to open it; the file was left as it is",
    },
    "store.wrong_kind": {
        "ru": "содержит данные {found!r}, а не {kind!r}",
        "en": "holds {found!r} data, not {kind!r}",
    },
    "store.lock_timeout": {
        "ru": "другой jdtui слишком долго держит блокировку этого файла; попробуйте ещё раз",
        "en": "another jdtui has held this file's lock for too long; try again",
    },
    "store.lock_failed": {
        "ru": "не удалось заблокировать файл: {reason}",
        "en": "cannot lock the file: {reason}",
    },
    "store.no_draft": {"ru": "нет черновика с id {id!r}", "en": "no draft with id {id!r}"},
    "store.holds_no_draft": {"ru": "не содержит черновика", "en": "holds no draft"},
    "store.damaged_draft": {"ru": "черновик повреждён ({reason})", "en": "holds a damaged draft ({reason})"},
    "store.draft_exists": {
        "ru": "черновик с id {id!r} уже существует",
        "en": "a draft with id {id!r} exists already",
    },
    "store.conflict": {
        "ru": "черновик сохранён в другом месте (версия {theirs}) после того, как вы открыли версию {ours}",
        "en": "this draft was saved elsewhere (revision {theirs}) after you opened revision {ours}",
    },
    "store.bad_library": {
        "ru": "не библиотека jdtui ({reason})",
        "en": "is not a valid jdtui library ({reason})",
    },
    "store.no_backups": {"ru": "нет резервных копий черновика {id!r}", "en": "no backups of draft {id!r}"},
    "store.no_file_backups": {"ru": "нет резервных копий файла {id}", "en": "no backups of {id}"},
    "store.backup_of_other": {
        "ru": "это резервная копия черновика {found!r}, а не {id!r}",
        "en": "this is a backup of draft {found!r}, not {id!r}",
    },
    "store.no_team_library": {
        "ru": "командная библиотека не настроена: задайте JDTUI_TEAM_LIBRARY или team_library в настройках",
        "en": "no team library is set up: set JDTUI_TEAM_LIBRARY or team_library in the settings",
    },
    "store.warning": {"ru": "jdtui: предупреждение: {message}", "en": "jdtui: warning: {message}"},
    # CLI commands of the store
    "cli.backups_none": {"ru": "резервных копий нет", "en": "no backups"},
    "cli.restored": {
        "ru": "черновик {id} восстановлен из {backup} как версия {revision}",
        "en": "draft {id} restored from {backup} as revision {revision}",
    },
    "cli.restored_file": {
        "ru": "{path} восстановлен из {backup} (прежний файл сохранён как резервная копия)",
        "en": "{path} restored from {backup} (the previous file was kept as a backup)",
    },
    "cli.restore_which": {
        "ru": "укажите --latest или --backup ПУТЬ (список: jdtui backups {id})",
        "en": "pass --latest or --backup PATH (list them with: jdtui backups {id})",
    },
    "cli.team_added": {
        "ru": "блок {id} записан в командную библиотеку {path}",
        "en": "block {id} written to the team library {path}",
    },
    "cli.no_block": {"ru": "нет блока с id {id!r} (см. jdtui show)", "en": "no block with id {id!r}"},
    "cli.bad_block_file": {
        "ru": "{path}: не блок jdtui ({reason})",
        "en": "{path}: not a jdtui block ({reason})",
    },
}
