"""Strings of the Russian labour-law rules (``labour-*``) and of the generic-rights
variant of ``rights-coverage``: messages name the clause and quote its words,
hints cite the article of the Labour Code (ТК РФ) the clause conflicts with.

Keys follow :mod:`.catalogue_rules`: ``rule.<id>[.<variant>].message`` / ``.hint``
and ``rule.<id>.title``.
"""

from __future__ import annotations

from .catalogue_rules import _rule

_WHERE = ("«{section_heading}», п. {number}: ", "“{section_heading}”, item {number}: ")


def _at(ru: str, en: str) -> tuple[str, str]:
    """A message naming the clause, then what is wrong, then the words quoted."""
    return (_WHERE[0] + ru + " — {words}", _WHERE[1] + en + " — {words}")


STRINGS: dict[str, dict[str, str]] = {
    **_rule(
        "labour-fine",
        ("Штраф или удержание как наказание", "Fine or deduction as a penalty"),
        {
            "": (
                _at(
                    "штраф или удержание из заработной платы как наказание",
                    "a fine or a deduction from pay as a penalty",
                ),
                (
                    "ТК РФ ст. 192 знает только три дисциплинарных взыскания: замечание, выговор, увольнение; "
                    "удержания из заработной платы — только в случаях ст. 137 и в пределах ст. 138. Удалите "
                    "штраф; ответственность опишите как «в пределах, определённых трудовым законодательством»",
                    "The Labour Code (ст. 192) allows only three disciplinary penalties: a reprimand, a severe "
                    "reprimand, dismissal; deductions from pay only in the cases of ст. 137, within ст. 138. "
                    "Remove the fine; state liability “within the limits set by labour law”",
                ),
            )
        },
    ),
    **_rule(
        "labour-overtime",
        ("Сверхурочная работа без согласия и оплаты", "Overtime without consent and pay"),
        {
            "": (
                _at(
                    "сверхурочная работа или работа в выходные и праздничные дни без письменного согласия "
                    "и повышенной оплаты",
                    "overtime or weekend and holiday work without written consent and extra pay",
                ),
                (
                    "ТК РФ ст. 99 и 113: привлечение — с письменного согласия работника (кроме случаев, "
                    "названных в Кодексе); ст. 152: сверхурочная работа оплачивается не менее чем в полуторном "
                    "размере за первые два часа и в двойном за последующие; ст. 153: работа в выходной или "
                    "праздничный день — не менее чем в двойном размере или другой день отдыха. Сошлитесь на эти "
                    "условия или удалите пункт",
                    "ТК РФ ст. 99 and 113: only with the employee's written consent (save the cases the Code "
                    "names); ст. 152: overtime is paid at least time and a half for the first two hours and "
                    "double after; ст. 153: a weekend or holiday at least double, or another day off. State "
                    "these terms or remove the clause",
                ),
            )
        },
    ),
    **_rule(
        "labour-leave",
        ("Отказ от ежегодного отпуска", "Annual leave given up"),
        {
            "": (
                _at(
                    "отказ от ежегодного оплачиваемого отпуска, его сокращение, неиспользование или замена деньгами",
                    "annual paid leave given up, shortened, not used or paid off",
                ),
                (
                    "ТК РФ ст. 114 и 122: отпуск предоставляется ежегодно; ст. 115: основной отпуск — 28 "
                    "календарных дней; ст. 124: отпуск может быть перенесён, а не отменён; ст. 126: денежной "
                    "компенсацией по письменному заявлению заменяется только часть, превышающая 28 дней. "
                    "Удалите пункт: время отдыха устанавливают правила внутреннего трудового распорядка и "
                    "трудовой договор",
                    "ТК РФ ст. 114 and 122: leave is granted every year; ст. 115: the basic leave is 28 calendar "
                    "days; ст. 124: leave may be moved, not cancelled; ст. 126: only the part over 28 days may be "
                    "paid off, on the employee's written application. Remove the clause: rest time belongs in "
                    "the work rules and the employment contract",
                ),
            )
        },
    ),
    **_rule(
        "labour-liability",
        ("Материальная ответственность вне закона", "Liability beyond the Code"),
        {
            "fault": (
                _at(
                    "материальная ответственность независимо от вины или за неполученные доходы",
                    "material liability regardless of fault, or for lost profit",
                ),
                (
                    "ТК РФ ст. 233: материальная ответственность наступает только за виновное противоправное "
                    "поведение; ст. 238: неполученные доходы (упущенная выгода) с работника не взыскиваются. "
                    "Удалите эти слова; ответственность — «в пределах, определённых трудовым законодательством»",
                    "ТК РФ ст. 233: material liability arises only from guilty unlawful conduct; ст. 238: lost "
                    "profit is not recovered from an employee. Remove these words; state liability “within the "
                    "limits set by labour law”",
                ),
            ),
            "full": (
                _at(
                    "полная материальная ответственность без договора о ней и без основания из ст. 243",
                    "full material liability without a full-liability agreement or a ground of ст. 243",
                ),
                (
                    "ТК РФ ст. 241: по общему правилу — в пределах среднего месячного заработка; ст. 242: "
                    "полная — лишь в случаях, предусмотренных Кодексом или федеральными законами (ст. 243); "
                    "ст. 244: договор о полной материальной ответственности — только с работниками, "
                    "обслуживающими ценности, по утверждённым перечням. Сошлитесь на заключённый договор "
                    "или замените формулировкой «в пределах, определённых трудовым законодательством»",
                    "ТК РФ ст. 241: as a rule, up to the average monthly earnings; ст. 242: in full only where "
                    "the Code or a federal law says so (ст. 243); ст. 244: a full-liability agreement only with "
                    "employees who handle valuables, by the approved lists. Refer to the signed agreement or say "
                    "“within the limits set by labour law”",
                ),
            ),
        },
    ),
    **_rule(
        "labour-dismissal",
        ("Увольнение или взыскание без основания", "Dismissal on a ground the Code lacks"),
        {
            "": (
                _at(
                    "увольнение или взыскание по основанию, которого нет в Трудовом кодексе",
                    "dismissal or a penalty on a ground the Labour Code does not have",
                ),
                (
                    "Основания прекращения трудового договора исчерпывающе названы в ТК РФ ст. 77 и 81 (по "
                    "инициативе работодателя); взыскание — только за дисциплинарный проступок, виновное "
                    "неисполнение трудовых обязанностей (ст. 192). Невыполнение плана само по себе им не "
                    "является: свяжите план с премированием, а об увольнении скажите «по основаниям, "
                    "предусмотренным трудовым законодательством»",
                    "The grounds for ending an employment contract are listed in ТК РФ ст. 77 and 81 (the "
                    "employer's initiative); a penalty only for a disciplinary offence, a guilty failure to "
                    "perform duties (ст. 192). Missing a plan is not one in itself: tie the plan to the bonus, "
                    "and say dismissal is “on the grounds provided by labour law”",
                ),
            )
        },
    ),
    **_rule(
        "labour-open-duty",
        ("Открытый перечень обязанностей", "Open-ended duties"),
        {
            "": (
                _at(
                    "обязанность без границ: поручения, не ограниченные трудовой функцией",
                    "a duty without limits: instructions not bounded by the job's function",
                ),
                (
                    "ТК РФ ст. 60 запрещает требовать работу, не обусловленную трудовым договором. "
                    "Добавьте «в пределах трудовой функции» (или «связанные с его должностными "
                    "обязанностями») либо перечислите поручения",
                    "ТК РФ ст. 60 forbids demanding work the employment contract does not provide for. Add "
                    "“within the job's function” (or “related to the duties of the post”) or list the tasks",
                ),
            )
        },
    ),
    **_rule(
        "labour-rights-duties",
        ("Права и обязанности перепутаны", "Rights and duties mixed up"),
        {
            "": (
                _at("в разделе прав записана обязанность", "a duty written among the rights"),
                (
                    "Права и обязанности работника — разные части его статуса (ТК РФ ст. 21). Перенесите "
                    "пункт в «Должностные обязанности» или сформулируйте право: «Получать…», «Требовать…», "
                    "«Вносить предложения…»",
                    "An employee's rights and duties are separate parts of the status (ТК РФ ст. 21). Move the "
                    "clause to the duties, or word it as a right: “To receive…”, “To require…”, “To propose…”",
                ),
            ),
            "duty": (
                _at(
                    "обязанность записана как право или как необязательное",
                    "a duty written as a right or as optional",
                ),
                (
                    "Обязанность не может быть на усмотрение работника (ТК РФ ст. 21 разделяет права и "
                    "обязанности). Уберите «вправе», «по возможности», «по желанию» или перенесите пункт в «Права»",
                    "A duty cannot be optional (ТК РФ ст. 21 keeps rights and duties apart). Remove “may”, "
                    "“where possible”, “if they wish”, or move the clause to the rights",
                ),
            ),
        },
    ),
    **_rule(
        "labour-stand-in",
        ("Замещение без согласия и доплаты", "Stand-in without consent and pay"),
        {
            "": (
                _at(
                    "исполнение обязанностей отсутствующего работника без письменного согласия и доплаты",
                    "standing in for an absent employee without written consent and extra pay",
                ),
                (
                    "ТК РФ ст. 60.2: дополнительная работа, в том числе за временно отсутствующего работника, — "
                    "только с письменного согласия работника; ст. 151: за неё производится доплата по "
                    "соглашению сторон. Добавьте «с письменного согласия работника и с доплатой» или "
                    "удалите пункт",
                    "ТК РФ ст. 60.2: additional work, standing in for an absent employee included, only with the "
                    "employee's written consent; ст. 151: it is paid extra as the parties agree. Add “with the "
                    "employee's written consent and extra pay” or remove the clause",
                ),
            )
        },
    ),
    **_rule(
        "labour-travel",
        ("Разъезды без компенсации", "Travel without compensation"),
        {
            "travel": (
                _at(
                    "разъездная работа или командировки, а в инструкции нет ни компенсации расходов, ни ссылки "
                    "на локальный акт",
                    "travelling work or business trips, with no clause on expenses or the local regulation",
                ),
                (
                    "ТК РФ ст. 166–168: командировочные расходы возмещаются; ст. 168.1: работникам с "
                    "разъездным характером работы возмещаются расходы на поездки, размер и порядок — "
                    "коллективным договором, локальным нормативным актом или трудовым договором. Добавьте "
                    "в «Условия работы» пункт о компенсации со ссылкой на положение о служебных поездках",
                    "ТК РФ ст. 166–168: business-trip expenses are reimbursed; ст. 168.1: employees whose work "
                    "is travelling are reimbursed their travel costs, as a collective agreement, a local "
                    "regulation or the contract sets. Add a working-conditions clause on compensation referring "
                    "to the travel regulation",
                ),
            ),
            "irregular": (
                _at(
                    "ненормированный рабочий день без дополнительного отпуска и ссылки на локальный акт",
                    "irregular working hours with no additional leave or reference to the local regulation",
                ),
                (
                    "ТК РФ ст. 101: перечень должностей с ненормированным рабочим днём устанавливается "
                    "коллективным договором, соглашением или локальным актом; ст. 119: таким работникам "
                    "положен дополнительный оплачиваемый отпуск не менее трёх календарных дней. Укажите это "
                    "в «Условиях работы»",
                    "ТК РФ ст. 101: the posts with irregular hours are listed in a collective agreement or a "
                    "local regulation; ст. 119: they have an additional paid leave of at least three calendar "
                    "days. State this in the working conditions",
                ),
            ),
        },
    ),
    **_rule(
        "labour-amendment",
        ("Изменение инструкции без согласия", "Changes without consent"),
        {
            "": (
                _at(
                    "работодатель меняет инструкцию (а с ней трудовую функцию) без согласия работника",
                    "the employer changes the instruction (and so the job's function) without the employee's consent",
                ),
                (
                    "ТК РФ ст. 72: изменение условий трудового договора — только по соглашению сторон в "
                    "письменной форме; ст. 74 позволяет работодателю менять условия при изменении "
                    "организационных или технологических условий труда, но не трудовую функцию. Напишите: "
                    "изменения, меняющие трудовую функцию, вносятся по соглашению сторон; работник "
                    "знакомится с ними под подпись",
                    "ТК РФ ст. 72: the terms of the contract change only by the parties' written agreement; "
                    "ст. 74 lets the employer change terms when organisation or technology change, but never the "
                    "job's function. Say that changes to the function are made by agreement of the parties and "
                    "the employee signs to acknowledge them",
                ),
            )
        },
    ),
    # rights-coverage, when the only rights that cover an area are generic ones
    "rule.rights-coverage.generic.message": {
        "ru": "Область обязанностей «{area}» (обязанности: {duties}) обеспечена только общими правами ({generic}), "
        "ни одно право не относится к ней по существу",
        "en": "Duty area “{area}” (duties: {duties}) is covered only by generic rights ({generic}); "
        "no right is specific to it",
    },
    "rule.rights-coverage.generic.hint": {
        "ru": "Общие права (обучение, информация, предложения) не дают полномочий для конкретной работы. "
        "Добавьте право из библиотеки: {suggestions}",
        "en": "Generic rights (training, information, proposals) give no authority for the work itself. "
        "Add a right from the library: {suggestions}",
    },
    "rule.rights-coverage.generic-none.message": {
        "ru": "Область обязанностей «{area}» (обязанности: {duties}) обеспечена только общими правами ({generic}), "
        "ни одно право не относится к ней по существу",
        "en": "Duty area “{area}” (duties: {duties}) is covered only by generic rights ({generic}); "
        "no right is specific to it",
    },
    "rule.rights-coverage.generic-none.hint": {
        "ru": "Общие права (обучение, информация, предложения) не дают полномочий для конкретной работы. "
        "Напишите право, которое позволяет выполнять эти обязанности, и укажите для него область «{area}»",
        "en": "Generic rights (training, information, proposals) give no authority for the work itself. "
        "Write a right for “{area}” and give it that area in its covers",
    },
}
