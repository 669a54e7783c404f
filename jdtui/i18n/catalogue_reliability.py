"""Strings of the store's guards on a shared server: links, special files, hostile
team libraries, folders the user made read-only."""

STRINGS: dict[str, dict[str, str]] = {
    "reliability.symlink": {
        "ru": "это символическая ссылка; в библиотеке команды jdtui не идёт по ссылкам",
        "en": "is a symbolic link; jdtui does not follow links in the team library",
    },
    "reliability.hard_link": {
        "ru": "у файла {count} жёстких ссылки; в общей папке jdtui читает только файл с одним именем",
        "en": "has {count} hard links; in a shared folder jdtui reads only a file with one name",
    },
    "reliability.not_regular": {
        "ru": "это не обычный файл ({kind}); jdtui его не открывает",
        "en": "is not a regular file ({kind}); jdtui does not open it",
    },
    "reliability.kind.fifo": {"ru": "именованный канал", "en": "a named pipe"},
    "reliability.kind.device": {"ru": "устройство", "en": "a device"},
    "reliability.kind.socket": {"ru": "сокет", "en": "a socket"},
    "reliability.kind.other": {"ru": "особый файл", "en": "a special file"},
    "reliability.too_large": {
        "ru": "файл слишком велик (больше {limit} МБ)",
        "en": "is too large (over {limit} MB)",
    },
    "reliability.long_number": {
        "ru": "повреждён: в нём число слишком большой длины",
        "en": "is damaged: it holds a number far too long",
    },
    "reliability.too_deep": {
        "ru": "повреждён: вложенность JSON слишком глубока",
        "en": "is damaged: its JSON is nested too deeply",
    },
    "reliability.no_meta": {
        "ru": "нет записи _meta: это не библиотека jdtui, файл пропущен",
        "en": "has no _meta record: it is not a jdtui library, so it is not used",
    },
    "reliability.not_group_readable": {
        "ru": "файл не открыт группе (права {mode}); в групповом режиме ожидаются 0660",
        "en": "is not shared with the group (mode {mode}); group mode expects 0660",
    },
    "reliability.wrong_group": {
        "ru": "группа файла ({group}) не совпадает с группой папки ({folder}); сделайте папку setgid: chmod g+s",
        "en": "belongs to group {group}, not to the folder's group {folder}; make the folder setgid: chmod g+s",
    },
    "reliability.folder_link": {
        "ru": "папка библиотеки команды — символическая ссылка другого пользователя (uid {uid})",
        "en": "the team library folder is a symbolic link owned by another user (uid {uid})",
    },
    "reliability.world_writable_file": {
        "ru": "файл библиотеки команды может изменить любой пользователь сервера (права {mode}): chmod o-w",
        "en": "anyone on this server can change this team library file (mode {mode}): chmod o-w it",
    },
    "reliability.world_writable_folder": {
        "ru": "в папке библиотеки команды любой пользователь сервера может подменить файлы (права {mode}): chmod o-w",
        "en": "anyone on this server can replace files in the team library folder (mode {mode}): chmod o-w it",
    },
    "reliability.folder_read_only": {
        "ru": "папка защищена от записи (права {mode}); jdtui не меняет её права и ничего в неё не пишет",
        "en": "the folder is read-only (mode {mode}); jdtui neither changes that nor writes into it",
    },
    "reliability.bad_entry": {
        "ru": "{table}: запись «{id}»: поле «{field}» {problem}",
        "en": "{table}: entry “{id}”: field “{field}” {problem}",
    },
    "reliability.want_object": {"ru": "должно быть объектом JSON", "en": "must be a JSON object"},
    "reliability.want_text": {"ru": "должно быть текстом", "en": "must be text"},
    "reliability.want_texts": {"ru": "должно быть списком строк", "en": "must be a list of texts"},
    "reliability.want_day": {
        "ru": "должно быть целым числом от 0 до {limit}",
        "en": "must be a whole number from 0 to {limit}",
    },
    "reliability.too_long": {
        "ru": "слишком длинное (больше {limit})",
        "en": "is too long (over {limit})",
    },
    "reliability.bad_id": {
        "ru": "не годится как id (строчные латинские буквы, цифры, «.», «_», «-»; до 121 знака)",
        "en": "is not a valid id (lower-case Latin letters, digits, “.”, “_”, “-”; at most 121)",
    },
    "reliability.bad_choice": {
        "ru": "должно быть одним из: {choices}",
        "en": "must be one of: {choices}",
    },
    "reliability.not_written": {
        "ru": "блок не записан в библиотеку команды: {reason}",
        "en": "the block was not written to the team library: {reason}",
    },
    "recovery.foreign_folder": {
        "ru": "это ссылка или чужая папка: файл восстановления сюда не пишется",
        "en": "is a link or someone else's folder: no recovery file is written there",
    },
    "recovery.kept": {
        "ru": "Черновик «{title}» не удалось сохранить ({error}); набранный текст сохранён в файле восстановления {path}. Следующий запуск jdtui вернёт его.",
        "en": "The draft “{title}” could not be saved ({error}); the text as typed is kept in the recovery file {path}. The next start of jdtui brings it back.",
    },
    "recovery.lost": {
        "ru": "Черновик «{title}» не удалось сохранить ({error}), и файл восстановления тоже не записан ({reason}): последние изменения потеряны.",
        "en": "The draft “{title}” could not be saved ({error}), nor a recovery file written ({reason}): the latest changes are lost.",
    },
    "recovery.back": {
        "ru": "Текст, который прошлый запуск не смог сохранить, возвращён в черновик «{title}» ({id})",
        "en": "Text the last run could not save is back in the draft “{title}” ({id})",
    },
    "recovery.back_as_copy": {
        "ru": "Текст, который прошлый запуск не смог сохранить, сохранён новым черновиком «{title}» ({id}): черновик с тех пор изменился",
        "en": "Text the last run could not save is saved as a new draft “{title}” ({id}): the draft changed since",
    },
    "recovery.exists": {
        "ru": "Есть файл восстановления с несохранённым текстом: {path} ({error})",
        "en": "A recovery file with unsaved text exists: {path} ({error})",
    },
}
