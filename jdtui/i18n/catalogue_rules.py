"""Strings of completeness rules (messages and fix hints), the portfolio report
and custom blocks.

Rule keys are ``rule.<id>[.<variant>].message`` and ``….hint``; every rule
also has ``rule.<id>.title``, a short name for lists.
"""

from __future__ import annotations


def _rule(
    rule_id: str, title: tuple[str, str], variants: dict[str, tuple[tuple[str, str], tuple[str, str]]]
) -> dict:
    """Catalogue entries of one rule: its title and, per variant, message and hint (ru, en)."""
    out = {f"rule.{rule_id}.title": {"ru": title[0], "en": title[1]}}
    for variant, (message, hint) in variants.items():
        key = f"rule.{rule_id}{'.' + variant if variant else ''}"
        out[key + ".message"] = {"ru": message[0], "en": message[1]}
        out[key + ".hint"] = {"ru": hint[0], "en": hint[1]}
    return out


STRINGS: dict[str, dict[str, str]] = {
    **_rule(
        "missing-section",
        ("Нет раздела", "Missing section"),
        {
            "": (
                ("Раздел «{heading}» отсутствует или пуст", "Section “{heading}” is missing or empty"),
                (
                    "Добавьте в раздел пункты из библиотеки или напишите свои",
                    "Add clauses to it from the library or write your own",
                ),
            )
        },
    ),
    **_rule(
        "section-order",
        ("Порядок разделов", "Section order"),
        {
            "": (
                (
                    "Раздел «{section_heading}» стоит после раздела «{before_heading}», а должен стоять раньше",
                    "Section “{section_heading}” comes after “{before_heading}” but belongs before it",
                ),
                ("Переставьте разделы в принятом порядке", "Move the sections into the usual order"),
            )
        },
    ),
    **_rule(
        "missing-block",
        ("Блок не найден", "Missing block"),
        {
            "": (
                (
                    "Пункт ссылается на блок {block}, которого нет в библиотеке; при экспорте он пропадёт",
                    "The item links block {block}, which is not in the library; export leaves it out",
                ),
                (
                    "Удалите пункт или замените его блоком из библиотеки",
                    "Remove the item or replace it with a library block",
                ),
            )
        },
    ),
    **_rule(
        "empty-item",
        ("Пустой пункт", "Empty item"),
        {
            "": (
                ("Пункт без текста", "The item has no text"),
                ("Напишите текст пункта или удалите его", "Write the clause or remove the item"),
            )
        },
    ),
    **_rule(
        "onboarding-plan",
        ("План адаптации", "Onboarding plan"),
        {
            "activities": (
                ("День {day} плана адаптации: не указаны мероприятия", "Onboarding day {day}: no activities"),
                ("Опишите, что сотрудник делает в этот день", "Describe what the new employee does that day"),
            ),
            "goal": (
                ("День {day} плана адаптации: не указана цель", "Onboarding day {day}: no goal"),
                (
                    "Укажите, чего сотрудник должен достичь к концу дня",
                    "Say what the employee should have achieved by the end of the day",
                ),
            ),
            "activities+goal": (
                (
                    "День {day} плана адаптации: нет ни мероприятий, ни цели",
                    "Onboarding day {day}: no activities and no goal",
                ),
                (
                    "Опишите мероприятия дня и его цель или удалите день",
                    "Describe the day's activities and goal, or remove the day",
                ),
            ),
        },
    ),
    **_rule(
        "requisites",
        ("Реквизиты", "Requisites"),
        {
            "": (
                ("Не заполнены реквизиты документа: {names}", "Document requisites not filled in: {names}"),
                (
                    "Заполните их в реквизитах роли (v в Составлении; в командной строке — jdtui new --set ИМЯ=ЗНАЧЕНИЕ): "
                    "без них нет грифа утверждения и заголовка",
                    "Fill them in the role's details (v in Compose; on the command line, jdtui new --set NAME=VALUE): "
                    "the approval stamp and title need them",
                ),
            )
        },
    ),
    **_rule(
        "requisites-minor",
        ("Реквизиты (желательные)", "Requisites (recommended)"),
        {
            "": (
                ("Не заполнены желательные реквизиты: {names}", "Recommended details not filled in: {names}"),
                (
                    "Заполните их в реквизитах роли (v в Составлении)",
                    "Fill them in the role's details (v in Compose)",
                ),
            )
        },
    ),
    **_rule(
        "subordination",
        ("Подчинённость", "Reporting line"),
        {
            "": (
                (
                    "Не указано, кому подчиняется работник",
                    "The document does not say whom the employee reports to",
                ),
                (
                    "Добавьте пункт о подчинённости (блок с тегом reports-to) или заполните {reports_to} в реквизитах роли",
                    "Add a reporting-line clause (a block tagged reports-to) or fill in {reports_to} in the role's details",
                ),
            )
        },
    ),
    **_rule(
        "deputy",
        ("Замещение", "Deputy"),
        {
            "": (
                (
                    "Не указано, кто исполняет обязанности работника в его отсутствие",
                    "The document does not say who stands in while the employee is absent",
                ),
                (
                    "Добавьте в общие положения пункт о замещении (блок с тегом deputy)",
                    "Add a deputy clause to the general provisions (a block tagged deputy)",
                ),
            )
        },
    ),
    **_rule(
        "acknowledgement",
        ("Ознакомление", "Acknowledgement"),
        {
            "": (
                (
                    "Нет пункта об ознакомлении работника с инструкцией под подпись",
                    "No clause says the employee acknowledges the instruction by signature",
                ),
                (
                    "Добавьте в заключительные положения пункт об ознакомлении (блок с тегом acknowledgement)",
                    "Add an acknowledgement clause to the final provisions (a block tagged acknowledgement)",
                ),
            )
        },
    ),
    **_rule(
        "non-performance",
        ("Ответственность за неисполнение", "Liability for non-performance"),
        {
            "": (
                (
                    "Раздел ответственности не говорит о неисполнении или ненадлежащем исполнении обязанностей",
                    "The responsibility section does not cover failure to perform the duties",
                ),
                (
                    "Добавьте пункт об ответственности за неисполнение обязанностей (блок с тегом non-performance)",
                    "Add a clause on failure to perform the duties (a block tagged non-performance)",
                ),
            )
        },
    ),
    **_rule(
        "rights-coverage",
        ("Обязанности без прав", "Duties without rights"),
        {
            "": (
                (
                    "Область обязанностей «{area}» (обязанности: {duties}) не обеспечена ни одним правом",
                    "Duty area “{area}” (duties: {duties}) is covered by no right",
                ),
                (
                    "Добавьте право из библиотеки: {suggestions}",
                    "Add a right from the library: {suggestions}",
                ),
            ),
            "none": (
                (
                    "Область обязанностей «{area}» (обязанности: {duties}) не обеспечена ни одним правом",
                    "Duty area “{area}” (duties: {duties}) is covered by no right",
                ),
                (
                    "Напишите право, которое позволяет выполнять эти обязанности, и укажите для него область «{area}»",
                    "Write a right that enables these duties and give it the area “{area}”",
                ),
            ),
        },
    ),
    **_rule(
        "idle-right",
        ("Право ни к чему", "Idle right"),
        {
            "": (
                (
                    "Право обеспечивает области ({covers}), которых нет среди обязанностей роли",
                    "The right covers areas ({covers}) none of the role's duties have",
                ),
                (
                    "Удалите право или добавьте обязанности, для которых оно нужно",
                    "Remove the right or add the duties it is for",
                ),
            ),
            "unclassified": (
                (
                    "У права не указано, какие обязанности оно обеспечивает",
                    "The right does not say which duties it enables",
                ),
                (
                    "Укажите области обязанностей, которые оно обеспечивает (covers)",
                    "Give it the duty areas it covers",
                ),
            ),
            "unmatched": (
                (
                    "У права не указано, какие обязанности оно обеспечивает: похожего права "
                    "в библиотеке не нашлось (сходство {percent}%)",
                    "The right does not say which duties it enables: no right in the library "
                    "reads like it (likeness {percent}%)",
                ),
                (
                    "Укажите области, которые оно обеспечивает (A в «Составлении»)",
                    "Give it the duty areas it covers (A in Compose)",
                ),
            ),
        },
    ),
    **_rule(
        "idle-kpi",
        ("Показатель не по обязанностям", "KPI without duties"),
        {
            "": (
                (
                    "Показатель измеряет области ({measures}), которых нет среди обязанностей роли",
                    "The KPI measures areas ({measures}) none of the role's duties have",
                ),
                (
                    "Удалите показатель или верните обязанности, которые он измеряет: "
                    "работника нельзя оценивать по работе, которая ему не поручена",
                    "Remove the KPI or bring back the duties it measures: an employee "
                    "should not be assessed on work they are not given",
                ),
            ),
        },
    ),
    **_rule(
        "kpi-coverage",
        ("Обязанности без показателей", "Duties without KPIs"),
        {
            "": (
                (
                    "Область обязанностей «{area}» (обязанности: {duties}) не измеряется ни одним показателем",
                    "Duty area “{area}” (duties: {duties}) is measured by no KPI",
                ),
                (
                    "Добавьте показатель из библиотеки: {suggestions}",
                    "Add a KPI from the library: {suggestions}",
                ),
            ),
            "none": (
                (
                    "Область обязанностей «{area}» (обязанности: {duties}) не измеряется ни одним показателем",
                    "Duty area “{area}” (duties: {duties}) is measured by no KPI",
                ),
                (
                    "Напишите показатель для этой области или объясните, почему её не измеряют",
                    "Write a KPI for this area, or state why it is not measured",
                ),
            ),
            "absent": (
                (
                    "В документе нет показателей эффективности; не измеряются области: {areas}",
                    "The document has no KPIs; unmeasured duty areas: {areas}",
                ),
                (
                    "Добавьте раздел показателей эффективности из библиотеки",
                    "Add performance indicators from the library",
                ),
            ),
        },
    ),
    **_rule(
        "unclassified-kpi",
        ("Показатель без области", "Unclassified KPI"),
        {
            "": (
                (
                    "Не указано, какие обязанности измеряет показатель: похожего показателя в библиотеке "
                    "не нашлось (сходство {percent}%)",
                    "The KPI does not say which duties it measures: no KPI in the library reads like it "
                    "(likeness {percent}%)",
                ),
                (
                    "Укажите области, которые он измеряет (A в «Составлении»), или замените его показателем "
                    "из библиотеки",
                    "Give it the duty areas it measures (A in Compose) or replace it with a library KPI",
                ),
            ),
        },
    ),
    **_rule(
        "unclassified-duty",
        ("Обязанность без области", "Unclassified duty"),
        {
            "": (
                (
                    "У обязанности не указана область — её обеспеченность правами и показателями не проверить",
                    "The duty has no area, so its coverage by rights and KPIs cannot be checked",
                ),
                (
                    "Замените пункт блоком из библиотеки или укажите области обязанности",
                    "Replace it with a library block or give the duty its areas",
                ),
            ),
            "unmatched": (
                (
                    "У обязанности не указана область: похожей обязанности в библиотеке не нашлось "
                    "(сходство {percent}%) — её обеспеченность правами и показателями не проверить",
                    "The duty has no area: no duty in the library reads like it (likeness {percent}%), "
                    "so its coverage by rights and KPIs cannot be checked",
                ),
                (
                    "Укажите области обязанности (A в «Составлении») или замените пункт блоком из библиотеки",
                    "Give the duty its areas (A in Compose) or replace it with a library block",
                ),
            ),
        },
    ),
    **_rule(
        "requirement-groups",
        ("Группы требований", "Requirement groups"),
        {
            "": (
                ("Требования не охватывают: {groups}", "Requirements do not cover: {groups}"),
                (
                    "Добавьте требования недостающих групп из библиотеки",
                    "Add requirements of the missing groups from the library",
                ),
            )
        },
    ),
    **_rule(
        "placeholder",
        ("Незаполненные подстановки", "Unfilled placeholders"),
        {
            "": (
                (
                    "Не заполнено поле {name} (пунктов с ним: {count})",
                    "The field {name} is not filled in (clauses using it: {count})",
                ),
                (
                    "Заполните его в реквизитах роли (v в Составлении) — оно подставится во все пункты",
                    "Fill it in the role's details (v in Compose); every clause picks it up",
                ),
            ),
            "unknown": (
                (
                    "В пункте неизвестная подстановка {name}: её не заполнит ни одно поле",
                    "The clause has an unknown placeholder {name}: no field fills it",
                ),
                (
                    "Исправьте имя в тексте пункта или перепишите его без подстановки",
                    "Correct the name in the clause or reword it without the placeholder",
                ),
            ),
        },
    ),
    **_rule(
        "control-chars",
        ("Управляющие символы", "Control characters"),
        {
            "": (
                (
                    "В тексте есть управляющие символы; при экспорте они будут удалены",
                    "The text has control characters; export drops them",
                ),
                (
                    "Перепишите пункт, чтобы в документ попало именно то, что видно",
                    "Retype the clause so the document says what you see",
                ),
            ),
            "variable": (
                (
                    "В поле {name} есть управляющие символы; при экспорте они будут удалены",
                    "The field {name} has control characters; export drops them",
                ),
                ("Введите значение заново", "Retype the value"),
            ),
        },
    ),
    **_rule(
        "foreign-language",
        ("Другой язык", "Other language"),
        {
            "": (
                (
                    "Пункт написан не на языке документа ({lang})",
                    "The clause is not in the document's language ({lang})",
                ),
                (
                    "Переведите пункт или возьмите блок на языке документа",
                    "Translate it or use a block in the document's language",
                ),
            )
        },
    ),
    **_rule(
        "person-tone",
        ("Лицо повествования", "Grammatical person"),
        {
            "": (
                (
                    "Инструкция пишется от третьего лица, а в пункте: {words}",
                    "A job instruction is written in the third person; found: {words}",
                ),
                (
                    "Перепишите: «Менеджер обеспечивает…», без «вы» и «мы»",
                    "Rewrite in the third person: «Менеджер обеспечивает…», no «вы» or «мы»",
                ),
            )
        },
    ),
    **_rule(
        "gender-coded",
        ("Гендерно окрашенные слова", "Gender-coded wording"),
        {
            "": (
                (
                    "Текст смещён к «мужским» словам (Gaucher и др., 2011): {masculine} против {feminine} «женских»; слова: {words}",
                    "The wording leans masculine (Gaucher et al., 2011): {masculine} masculine-coded against {feminine} feminine-coded words: {words}",
                ),
                (
                    "Замените часть слов нейтральными, например: {suggestions}; описывайте работу и её результат, а не характер",
                    "Replace some with neutral words, e.g. {suggestions}; describe the work and its results, not a temperament",
                ),
            )
        },
    ),
    **_rule(
        "discrimination",
        ("Дискриминация", "Discrimination"),
        {
            "": (
                ("Дискриминационное требование — {phrases}", "Discriminatory requirement — {phrases}"),
                (
                    "Уберите его: требования должны касаться деловых качеств (ст. 3, 64 ТК РФ; закон о занятости)",
                    "Remove it: requirements must concern the ability to do the job (equal-treatment law)",
                ),
            ),
            "variable": (
                (
                    "Дискриминационное требование в поле {name} — {phrases}",
                    "Discriminatory requirement in the field {name} — {phrases}",
                ),
                (
                    "Уберите его из названия: должность называют по работе, а не по работнику",
                    "Remove it from the name: a post is named by the work, not by the person",
                ),
            ),
        },
    ),
    **_rule(
        "discrimination-risk",
        ("Риск дискриминации", "Discrimination risk"),
        {
            "": (
                (
                    "Формулировка может быть воспринята как дискриминация — {phrases}",
                    "Wording that may read as discrimination — {phrases}",
                ),
                (
                    "Сформулируйте через нужное для работы: «свободное владение языком», «опыт от 1 года», без пола и возраста",
                    "Say what the job needs instead: “fluent English”, “entry level”, “they” for the employee",
                ),
            ),
            "variable": (
                (
                    "Значение поля {name} может быть воспринято как дискриминация — {phrases}",
                    "The value of the field {name} may read as discrimination — {phrases}",
                ),
                (
                    "Проверьте значение: оно печатается в документе",
                    "Check the value: it is printed in the document",
                ),
            ),
        },
    ),
    **_rule(
        "duplicate",
        ("Повтор", "Duplicate"),
        {
            "": (
                (
                    "Пункт повторяет пункт {other_item} раздела «{other_section}»",
                    "The item repeats item {other_item} of “{other_section}”",
                ),
                ("Удалите один из них", "Remove one of them"),
            )
        },
    ),
    **_rule(
        "near-duplicate",
        ("Почти повтор", "Near-duplicate"),
        {
            "": (
                (
                    "Пункт почти совпадает ({ratio}%) с пунктом {other_item} раздела «{other_section}»",
                    "The item is nearly the same ({ratio}%) as item {other_item} of “{other_section}”",
                ),
                ("Объедините их или разведите по смыслу", "Merge them or make the difference clear"),
            )
        },
    ),
    **_rule(
        "too-long",
        ("Слишком длинный текст", "Text too long"),
        {
            "": (
                (
                    "Пункт длиной {length} символов; формулировки проверены только в первых {limit}",
                    "The clause is {length} characters long; only its first {limit} were checked for wording",
                ),
                ("Разбейте его на пункты или сократите", "Split it into several clauses or shorten it"),
            ),
            "variable": (
                (
                    "Значение поля {name} длиной {length} символов; проверены только первые {limit}",
                    "The value of the field {name} is {length} characters long; only its first {limit} were checked",
                ),
                ("Сократите значение", "Shorten the value"),
            ),
        },
    ),
    # a role variable named in a finding, as the details form labels it
    "rule.field_name": {"ru": "«{label}»", "en": "“{label}”"},
    # categories of discrimination
    "discrimination.age": {"ru": "возраст", "en": "age"},
    "discrimination.sex": {"ru": "пол", "en": "sex/gender"},
    "discrimination.family": {"ru": "семейное положение", "en": "family status"},
    "discrimination.origin": {"ru": "происхождение, национальность, язык", "en": "national origin, language"},
    "discrimination.religion": {"ru": "религия", "en": "religion"},
    "discrimination.appearance": {"ru": "внешность", "en": "appearance"},
    "discrimination.registration": {"ru": "место регистрации", "en": "place of registration"},
    "discrimination.orientation": {"ru": "ориентация", "en": "sexual orientation"},
    "discrimination.health": {"ru": "здоровье", "en": "health"},
    # portfolio report
    "report.id": {"ru": "id", "en": "id"},
    "report.title": {"ru": "Должность", "en": "Title"},
    "report.organization": {"ru": "Организация", "en": "Organisation"},
    "report.status": {"ru": "Статус", "en": "Status"},
    "report.score": {"ru": "Оценка", "en": "Score"},
    "report.errors": {"ru": "Ошибки", "en": "Errors"},
    "report.warnings": {"ru": "Предупр.", "en": "Warnings"},
    "report.infos": {"ru": "Замеч.", "en": "Infos"},
    "report.updated": {"ru": "Изменён", "en": "Updated"},
    "report.ready": {"ru": "готов", "en": "ready"},
    "report.not_ready": {"ru": "не готов", "en": "not ready"},
    "report.empty": {
        "ru": "черновиков нет (создайте: jdtui new --from ШАБЛОН)",
        "en": "no drafts (make one: jdtui new --from TEMPLATE)",
    },
    "status.draft": {"ru": "черновик", "en": "draft"},
    "status.review": {"ru": "на проверке", "en": "review"},
    "status.approved": {"ru": "утверждён", "en": "approved"},
    # custom blocks
    "block.new_area": {
        "ru": "заметка: области «{area}» ещё нет в словаре; она будет добавлена",
        "en": "note: area “{area}” is not in the vocabulary yet; it is added",
    },
    "block.bad_area": {
        "ru": "область {area!r} должна быть из строчных латинских букв, цифр и дефисов (например, client-feedback)",
        "en": "area {area!r} must be lower-case letters, digits and hyphens (e.g. client-feedback)",
    },
    "block.field_not_for_kind": {
        "ru": "{field} не относится к блокам вида {kind}",
        "en": "{field} does not apply to {kind} blocks",
    },
    "block.empty_text": {"ru": "текст блока пуст", "en": "the block's text is empty"},
    "block.day_goal": {
        "ru": "для блока плана адаптации нужны --day и --goal",
        "en": "an onboarding block needs --day and --goal",
    },
    "block.no_areas": {"ru": "словарь областей пуст", "en": "the area vocabulary is empty"},
}
