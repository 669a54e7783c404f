"""Strings of Russian grammar: derived case forms of positions (details form,
command line, import) and the check that stored forms agree with the nominative."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # the details form: a case form filled in by the machine
    "grammar.suggested": {"ru": "подставлено", "en": "suggested"},
    "grammar.please_check": {"ru": "подставлено, проверьте", "en": "suggested, please check"},
    "grammar.legend.suggested": {
        "ru": "подставлено по должности, меняется вместе с ней",
        "en": "suggested from the position, follows it",
    },
    "grammar.legend.check": {
        "ru": "подставлено, но не наверняка — проверьте",
        "en": "suggested but may be wrong: please check",
    },
    # the command line (stderr)
    "cli.grammar.derived": {
        "ru": "{label}: «{value}» (выведено из поля {source})",
        "en": "{label}: “{value}” (derived from {source})",
    },
    "cli.grammar.derived_check": {
        "ru": "{label}: «{value}» (выведено из поля {source}; проверьте: форма не надёжна)",
        "en": "{label}: “{value}” (derived from {source}; please check: the form is a guess)",
    },
    "cli.grammar.not_derived": {
        "ru": "{label}: не удалось вывести из «{source}»; задайте вручную: jdtui set {id} {name}=…",
        "en": "{label}: could not be derived from “{source}”; set it yourself: jdtui set {id} {name}=…",
    },
    "cli.grammar.kept": {
        "ru": "{label}: оставлено как было — «{value}» (введено вручную)",
        "en": "{label}: kept as it was, “{value}” (written by hand)",
    },
    "cli.set.done": {
        "ru": "Черновик {id}: изменено полей — {count}",
        "en": "Draft {id}: {count} field(s) changed",
    },
    "cli.set.not_draft": {
        "ru": "{id} — не черновик (шаблоны не меняются; сделайте черновик: jdtui new --from {id})",
        "en": "{id} is not a draft (templates are read-only; make one: jdtui new --from {id})",
    },
    "cli.set.bad_field": {
        "ru": "неизвестное поле «{name}»; можно: title, status, {names}",
        "en": "unknown field “{name}”; allowed: title, status, {names}",
    },
    # import
    "import.warn.forms_check": {
        "ru": "Падежные формы выведены из заголовка или должности, но не наверняка — проверьте: {names}",
        "en": "Case forms were derived from the title or the position but may be wrong; please check: {names}",
    },
    # the rule
    "rule.case-form.title": {"ru": "Падежные формы должности", "en": "Case forms of the position"},
    "rule.case-form.message": {
        "ru": "{field_label} «{value}» не согласуется с полем {source} «{nominative}»: ожидается «{expected}»",
        "en": "{field_label} “{value}” does not agree with {source} “{nominative}”: expected “{expected}”",
    },
    "rule.case-form.hint": {
        "ru": "Исправьте форму в реквизитах (v в Составлении) или очистите поле — форма подставится сама; "
        "в командной строке: jdtui set ID {name}=…",
        "en": "Correct the form in the details (v in Compose) or clear the field and it is filled in for you; "
        "on the command line: jdtui set ID {name}=…",
    },
}
