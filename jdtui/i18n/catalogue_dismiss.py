"""Strings of dismissed findings, team rule settings and ``jdtui rules``, and of
the grounds of discrimination the English rules added (disability, pregnancy)."""

from __future__ import annotations

from .catalogue_rules import _rule

STRINGS: dict[str, dict[str, str]] = {
    # grounds of discrimination
    "discrimination.disability": {"ru": "инвалидность", "en": "disability"},
    "discrimination.pregnancy": {"ru": "беременность", "en": "pregnancy"},
    # the team's terms
    **_rule(
        "forbidden-term",
        ("Запрещённый термин", "Forbidden term"),
        {
            "": (
                (
                    "Пункт использует термин, запрещённый настройками ({source}): {terms}",
                    "The clause uses a term the rule settings ({source}) forbid: {terms}",
                ),
                ("{advice}", "{advice}"),
            ),
            "variable": (
                (
                    "Поле {name} использует термин, запрещённый настройками ({source}): {terms}",
                    "The field {name} uses a term the rule settings ({source}) forbid: {terms}",
                ),
                ("{advice}", "{advice}"),
            ),
        },
    ),
    **_rule(
        "discouraged-term",
        ("Нежелательный термин", "Discouraged term"),
        {
            "": (
                (
                    "Пункт использует термин, нежелательный по настройкам ({source}): {terms}",
                    "The clause uses a term the rule settings ({source}) discourage: {terms}",
                ),
                ("{advice}", "{advice}"),
            ),
            "variable": (
                (
                    "Поле {name} использует термин, нежелательный по настройкам ({source}): {terms}",
                    "The field {name} uses a term the rule settings ({source}) discourage: {terms}",
                ),
                ("{advice}", "{advice}"),
            ),
        },
    ),
    "rule.team-term.advice": {
        "ru": "Переформулируйте без него (так договорилась команда)",
        "en": "Rephrase without it (the team agreed on this)",
    },
    # where a setting came from
    "rules.source.default": {"ru": "по умолчанию", "en": "default"},
    "rules.source.team": {"ru": "команда", "en": "team"},
    "rules.source.user": {"ru": "свои", "en": "user"},
    # problems in a settings file
    "rules.problem": {"ru": "Настройки правил {where}: {problem}", "en": "Rule settings {where}: {problem}"},
    "rules.problem.not_object": {
        "ru": "файл должен содержать объект JSON — файл не применён",
        "en": "the file must hold a JSON object — not applied",
    },
    "rules.problem.unreadable": {
        "ru": "не удалось прочитать ({reason}) — файл не применён",
        "en": "cannot be read ({reason}) — not applied",
    },
    "rules.problem.unknown_rule": {
        "ru": "нет правила «{rule}» (см. jdtui rules) — пропущено",
        "en": "there is no rule “{rule}” (see: jdtui rules) — skipped",
    },
    "rules.problem.bad_key": {
        "ru": "«{key}» должен быть объектом — пропущено",
        "en": "“{key}” must be an object — skipped",
    },
    "rules.problem.bad_severity": {
        "ru": "у правила «{rule}» уровень «{value}»; допустимы error, warning, info, off — пропущено",
        "en": "rule “{rule}” has severity “{value}”; use error, warning, info or off — skipped",
    },
    "rules.problem.bad_lang": {
        "ru": "в «{key}» язык «{lang}»; допустимы ru, en — пропущено",
        "en": "“{key}” names the language “{lang}”; use ru or en — skipped",
    },
    "rules.problem.bad_term": {
        "ru": "в «{key}» ({lang}) пустой или слишком длинный термин — пропущен",
        "en": "“{key}” ({lang}) holds an empty or too long term — skipped",
    },
    # jdtui rules
    "rules.head.id": {"ru": "правило", "en": "rule"},
    "rules.head.severity": {"ru": "уровень", "en": "severity"},
    "rules.head.enabled": {"ru": "вкл.", "en": "on"},
    "rules.head.source": {"ru": "откуда", "en": "from"},
    "rules.head.title": {"ru": "название", "en": "title"},
    "rules.yes": {"ru": "да", "en": "yes"},
    "rules.no": {"ru": "нет", "en": "no"},
    "rules.files": {"ru": "Файлы настроек:", "en": "Settings files:"},
    "rules.file_missing": {"ru": "(нет файла)", "en": "(no file)"},
    "rules.terms": {"ru": "Термины из настроек:", "en": "Terms from the settings:"},
    "rules.term_kind.forbidden": {"ru": "запрещён", "en": "forbidden"},
    "rules.term_kind.discouraged": {"ru": "нежелателен", "en": "discouraged"},
    # dismissing findings
    "dismiss.bad_place": {
        "ru": "«{spec}»: укажите ПРАВИЛО, ПРАВИЛО@РАЗДЕЛ или ПРАВИЛО@РАЗДЕЛ#ПУНКТ",
        "en": "“{spec}”: give RULE, RULE@SECTION or RULE@SECTION#ITEM",
    },
    "dismiss.bad_item": {
        "ru": "«{spec}»: номер пункта — целое число от 1",
        "en": "“{spec}”: the item is a whole number from 1",
    },
    "dismiss.no_reason": {
        "ru": "укажите причину: --reason «…»",
        "en": 'give a reason: --reason "…"',
    },
    "dismiss.reason_without_dismiss": {
        "ru": "--reason указывают вместе с --dismiss",
        "en": "--reason goes with --dismiss",
    },
    "dismiss.no_reason_ui": {"ru": "Укажите причину", "en": "Give a reason"},
    "dismiss.no_finding": {
        "ru": "в черновике нет замечания «{spec}» (см. jdtui check)",
        "en": "the draft has no finding “{spec}” (see: jdtui check)",
    },
    "dismiss.ambiguous": {
        "ru": "«{spec}» подходит к {count} замечаниям; укажите место: {places}",
        "en": "“{spec}” names {count} findings; give the place: {places}",
    },
    "dismiss.none_to_undo": {
        "ru": "нет отклонённого замечания «{spec}»",
        "en": "no dismissed finding “{spec}”",
    },
    "dismiss.not_a_draft": {
        "ru": "«{id}» — шаблон, а не черновик: отклонять замечания можно только в черновике",
        "en": "“{id}” is a template, not a draft: findings are dismissed in drafts only",
    },
    "dismiss.done": {"ru": "Замечание {place} отклонено: {reason}", "en": "Dismissed {place}: {reason}"},
    "dismiss.undone": {
        "ru": "Снова учитывается: {place} ({count})",
        "en": "Counts again: {place} ({count})",
    },
    "dismiss.heading": {
        "ru": "Отклонённые замечания (не влияют на оценку и экспорт):",
        "en": "Dismissed findings (not counted for the score or export):",
    },
    "dismiss.stale_heading": {
        "ru": "Отклонения, которые больше не действуют (пункт изменился или замечания нет):",
        "en": "Dismissals that no longer apply (the clause changed, or the finding is gone):",
    },
    "dismiss.reason_label": {"ru": "причина", "en": "reason"},
    # the Check screen
    "check.key.dismiss": {
        "ru": "Отклонить замечание с причиной (в «Отклонённых» — вернуть)",
        "en": "Dismiss the finding with a reason (on Dismissed: count it again)",
    },
    "check.key.dismissed": {
        "ru": "Замечания / отклонённые",
        "en": "Findings / dismissed findings",
    },
    "check.tab.dismissed_n": {"ru": "Отклонённые ({count})", "en": "Dismissed ({count})"},
    "check.no_dismissed": {
        "ru": "Отклонённых замечаний нет. Выберите замечание и нажмите d, чтобы отклонить его с причиной.",
        "en": "No dismissed findings. Pick a finding and press d to dismiss it with a reason.",
    },
    "check.dismiss_title": {"ru": "Отклонить замечание", "en": "Dismiss the finding"},
    "check.dismiss_prompt": {
        "ru": "Почему это замечание не относится к этому черновику? Причина сохранится в черновике.",
        "en": "Why does this finding not apply to this draft? The reason is kept with the draft.",
    },
    "check.dismiss_placeholder": {"ru": "Причина", "en": "Reason"},
    "check.dismiss_ok": {"ru": "Отклонить", "en": "Dismiss"},
    "check.dismiss_cancel": {"ru": "Отмена", "en": "Cancel"},
    "check.dismissed": {"ru": "Замечание отклонено: {reason}", "en": "Finding dismissed: {reason}"},
    "check.undismissed": {"ru": "Замечание снова учитывается", "en": "The finding counts again"},
    "check.nothing_to_dismiss": {
        "ru": "Выберите замечание в списке",
        "en": "Pick a finding in the list first",
    },
    "check.dismissed_detail": {"ru": "Причина: {reason}", "en": "Reason: {reason}"},
}
