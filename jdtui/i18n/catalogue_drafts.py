"""Strings of managing drafts: delete (the bin), duplicate, rename, archive."""

STRINGS: dict[str, dict[str, str]] = {
    "draft.copy_title": {"ru": "{title} (копия)", "en": "{title} (copy)"},
    "draft.empty_title": {"ru": "название не может быть пустым", "en": "the title cannot be empty"},
    "bin.not_deleted": {
        "ru": "черновик {id} не удалён: он на месте",
        "en": "draft {id} is not deleted: it is still there",
    },
    "bin.not_found": {
        "ru": "в корзине нет черновика {id} (см.: jdtui draft bin)",
        "en": "no draft {id} in the bin (see: jdtui draft bin)",
    },
    "bin.empty": {"ru": "Корзина пуста.", "en": "The bin is empty."},
    "cli.draft.deleted": {
        "ru": "Черновик {id} «{title}» удалён в корзину; вернуть: jdtui draft undelete {id}",
        "en": "Draft {id} “{title}” moved to the bin; to bring it back: jdtui draft undelete {id}",
    },
    "cli.draft.undeleted": {"ru": "Черновик {id} «{title}» возвращён", "en": "Draft {id} “{title}” is back"},
    "cli.draft.renamed": {"ru": "Черновик {id} теперь «{title}»", "en": "Draft {id} is now “{title}”"},
    "cli.draft.archived": {
        "ru": "Черновик {id} «{title}» в архиве (jdtui list --archived)",
        "en": "Draft {id} “{title}” archived (jdtui list --archived)",
    },
    "cli.draft.unarchived": {
        "ru": "Черновик {id} «{title}» снова в списке",
        "en": "Draft {id} “{title}” is back in the list",
    },
    "cli.import.looks_like": {
        "ru": "Внимание: документ похож на черновик {id} «{title}» (совпадает {percent}% пунктов); "
        "создан новый черновик, старый не изменён",
        "en": "Note: the document looks like draft {id} “{title}” ({percent}% of its clauses match); "
        "a new draft was made, the old one is unchanged",
    },
    "dialog.ok": {"ru": "OK", "en": "OK"},
    "bin.title": {"ru": "Корзина: удалённые черновики", "en": "Bin: deleted drafts"},
    "bin.loading": {"ru": "Читаю…", "en": "Reading…"},
    "bin.note": {
        "ru": "Enter — вернуть черновик. Escape — закрыть.",
        "en": "Enter brings a draft back. Escape closes.",
    },
    "portfolio.col.organization": {"ru": "Организация", "en": "Organisation"},
    "portfolio.key.filter": {"ru": "Фильтр", "en": "Filter"},
    "portfolio.key.delete": {"ru": "Удалить", "en": "Delete"},
    "portfolio.key.duplicate": {"ru": "Копия", "en": "Duplicate"},
    "portfolio.key.rename": {"ru": "Переименовать", "en": "Rename"},
    "portfolio.key.archive": {"ru": "В архив / из архива", "en": "Archive / unarchive"},
    "portfolio.key.show_archived": {"ru": "Показать архив", "en": "Show archived"},
    "portfolio.key.bin": {"ru": "Корзина", "en": "Bin"},
    "portfolio.filter.placeholder": {
        "ru": "Организация или должность (Enter — к таблице)",
        "en": "Organisation or role (Enter: back to the table)",
    },
    "portfolio.delete.question": {
        "ru": "Удалить черновик «{title}»? Он останется в корзине (b), его резервные копии сохранятся.",
        "en": "Delete the draft “{title}”? It stays in the bin (b), and its backups are kept.",
    },
    "portfolio.deleted": {
        "ru": "«{title}» — в корзине (b — вернуть)",
        "en": "“{title}” is in the bin (b to bring it back)",
    },
    "portfolio.duplicated": {"ru": "Создана копия «{title}»", "en": "Made a copy: “{title}”"},
    "portfolio.rename.title": {"ru": "Переименовать черновик", "en": "Rename the draft"},
    "portfolio.rename.label": {"ru": "Новое название", "en": "New title"},
    "portfolio.archived": {
        "ru": "«{title}» — в архиве (A — показать архив)",
        "en": "“{title}” archived (A shows archived drafts)",
    },
    "portfolio.unarchived": {"ru": "«{title}» — снова в списке", "en": "“{title}” is back in the list"},
    "portfolio.restored": {"ru": "Черновик возвращён из корзины", "en": "The draft is back from the bin"},
    "portfolio.no_row": {"ru": "Нет выбранного черновика", "en": "No draft selected"},
    "portfolio.archived_mark": {"ru": "архив", "en": "archived"},
    "app.nothing_to_undo": {"ru": "Отменять нечего", "en": "Nothing to undo"},
    "app.nothing_to_redo": {"ru": "Возвращать нечего", "en": "Nothing to redo"},
}
