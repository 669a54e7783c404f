"""Duties ↔ rights, duties ↔ KPIs, requirement groups."""

from __future__ import annotations

import pytest

from jdtui.i18n import area_label

from .rules_support import add, drop, en, findings, local, ru, rules, set_section


def _without_cover(role, section, field, area):
    return drop(role, section, lambda b: b is not None and area in getattr(b, field))


@pytest.mark.parametrize("make", [ru, en])
def test_uncovered_duty_area_is_a_warning_naming_area_and_library_rights(make):
    role = make()
    lib_role_duty = role.section("duties").items[0]
    from .rules_support import library

    area = library().resolve(lib_role_duty).areas[0]
    role = _without_cover(role, "rights", "covers", area)
    found = [f for f in findings(role, "rights-coverage") if area_label(area, "en") in f.message]
    assert len(found) == 1
    # a quality gap (docs/RULES.md, "Severities"): a warning, export goes ahead
    assert found[0].severity == "warning" and found[0].section == "duties" and found[0].item == 0
    # the hint suggests library rights of the role's language that cover the area
    assert ".right." in found[0].hint and f"{role.lang}." in found[0].hint


def test_local_copies_keep_their_metadata_for_coverage():
    role = add(ru(), "duties", local("Ведёт учёт рекламаций.", "duty", "ru", areas=("claims-zz",)))
    assert any("claims-zz" in f.message for f in findings(role, "rights-coverage"))
    covered = add(
        role, "rights", local("Принимать решения по рекламациям.", "right", "ru", covers=("claims-zz",))
    )
    assert not any("claims-zz" in f.message for f in findings(covered, "rights-coverage"))


def test_area_nobody_covers_has_a_hint_without_suggestions():
    role = add(en(), "duties", local("Keeps the aquarium clean.", "duty", "en", areas=("aquarium-zz",)))
    found = [f for f in findings(role, "rights-coverage") if "aquarium-zz" in f.message]
    assert found and "aquarium-zz" in found[0].hint and "library" not in found[0].hint


def test_right_covering_nothing_in_the_role_is_info():
    role = add(en(), "rights", local("May feed the office fish.", "right", "en", covers=("aquarium-zz",)))
    found = findings(role, "idle-right")
    assert [f.severity for f in found] == ["info"] and found[0].item == len(role.section("rights").items) - 1
    assert "idle-right" not in rules(en())


@pytest.mark.parametrize("make", [ru, en])
def test_unmeasured_duty_area_is_a_warning_with_kpi_suggestions(make):
    role = add(
        make(),
        "duties",
        local(
            "Ведёт реестр договоров." if make is ru else "Keeps the contract register.",
            "duty",
            make().lang,
            areas=("contract-management",),
        ),
    )
    role = _without_cover(role, "kpi", "measures", "contract-management")
    found = [f for f in findings(role, "kpi-coverage") if "“contract management”" in f.message]
    assert [f.severity for f in found] == ["warning"]
    assert ".kpi." in found[0].hint


def test_role_without_any_kpi_gets_one_finding_listing_areas():
    role = set_section(ru(), "kpi", [])
    found = findings(role, "kpi-coverage")
    assert len(found) == 1 and found[0].section == "kpi"


def test_duty_without_area_is_unclassified_info_not_a_coverage_error():
    role = add(en(), "duties", local("Waters the plants.", "duty", "en"))
    found = findings(role, "unclassified-duty")
    assert [f.severity for f in found] == ["info"]
    assert "Waters" not in " ".join(f.message for f in findings(role, "rights-coverage"))


def test_imported_role_with_no_areas_is_not_flooded_with_idle_rights():
    role = set_section(en(), "duties", [local("Sells things.", "duty", "en")])
    role = set_section(role, "rights", [local("May give discounts.", "right", "en")])
    assert "idle-right" not in rules(role)


@pytest.mark.parametrize("make", [ru, en])
def test_requirement_groups_all_present_in_samples(make):
    assert "requirement-groups" not in rules(make())


@pytest.mark.parametrize("make", [ru, en])
def test_missing_requirement_group_is_a_warning_naming_it(make):
    role = drop(make(), "requirements", lambda b: b is not None and b.group == "qualities")
    found = findings(role, "requirement-groups")
    assert len(found) == 1 and found[0].severity == "warning"
    assert "Personal qualities" in found[0].message and "Knowledge" not in found[0].message


@pytest.mark.parametrize(
    "lang,texts",
    [
        (
            "ru",
            [
                "Знание 1С и Excel.",
                "Опыт работы в продажах от 2 лет.",
                "Коммуникабельность, стрессоустойчивость.",
            ],
        ),
        ("en", ["Knowledge of Excel.", "Two years of experience in sales.", "Strong attention to detail."]),
    ],
)
def test_untagged_requirements_are_grouped_by_wording(lang, texts):
    make = ru if lang == "ru" else en
    role = set_section(make(), "requirements", [local(t, "requirement", lang) for t in texts])
    role = drop(role, "general", lambda b: b is not None and "must-know" in b.tags)
    assert "requirement-groups" not in rules(role)
    role = set_section(role, "requirements", [local(texts[0], "requirement", lang)])
    assert findings(role, "requirement-groups")


def test_ru_right_covering_nothing_in_the_role_is_info():
    role = add(ru(), "rights", local("Кормить рыбок в офисе.", "right", "ru", covers=("aquarium-zz",)))
    found = findings(role, "idle-right")
    assert [(f.section, f.severity) for f in found] == [("rights", "info")]
    assert found[0].item == len(role.section("rights").items) - 1
    # once a duty has that area, the right is not idle
    role = add(role, "duties", local("Ухаживает за аквариумом.", "duty", "ru", areas=("aquarium-zz",)))
    assert "idle-right" not in rules(role)


@pytest.mark.parametrize("make", [ru, en])
def test_duty_area_measured_by_a_kpi_is_not_reported(make):
    lang = make().lang
    role = add(
        make(),
        "duties",
        local(
            "Ведёт реестр договоров." if lang == "ru" else "Keeps the contract register.",
            "duty",
            lang,
            areas=("contract-zz",),
        ),
    )
    assert any("contract-zz" in f.message for f in findings(role, "kpi-coverage"))
    role = add(
        role,
        "kpi",
        local(
            "Доля договоров в реестре." if lang == "ru" else "Share of contracts registered.",
            "kpi",
            lang,
            measures=("contract-zz",),
        ),
    )
    assert not any("contract-zz" in f.message for f in findings(role, "kpi-coverage"))


@pytest.mark.parametrize("make", [ru, en])
def test_unclassified_duty_triggers_without_areas_only(make):
    lang = make().lang
    text = "Поливает цветы." if lang == "ru" else "Waters the plants."
    found = findings(add(make(), "duties", local(text, "duty", lang)), "unclassified-duty")
    assert [(f.section, f.severity) for f in found] == [("duties", "info")]
    assert "unclassified-duty" not in rules(
        add(make(), "duties", local(text, "duty", lang, areas=("reporting",)))
    )


@pytest.mark.parametrize("make", [ru, en])
def test_kpi_measuring_only_a_removed_duty_area_is_a_warning(make):
    role = make()
    assert "idle-kpi" not in rules(role)
    from .rules_support import library

    kpi = next(i for i in role.section("kpi").items if library().resolve(i) and library().resolve(i).measures)
    measured = set(library().resolve(kpi).measures)
    # take away every duty of the areas this KPI measures
    role = drop(role, "duties", lambda b: b is not None and bool(measured & set(b.areas)))
    found = findings(role, "idle-kpi")
    assert found and all(f.severity == "warning" and f.section == "kpi" for f in found)
    assert any(area_label(next(iter(measured)), "en") in f.message for f in found)


def test_kpi_measuring_some_remaining_area_or_none_is_not_idle():
    role = add(
        ru(), "kpi", local("Доля рекламаций, решённых в срок.", "kpi", "ru", measures=("aquarium-zz",))
    )
    assert [f.item for f in findings(role, "idle-kpi")] == [len(role.section("kpi").items) - 1]
    role = add(role, "duties", local("Ухаживает за аквариумом.", "duty", "ru", areas=("aquarium-zz",)))
    assert "idle-kpi" not in rules(role)
    # a KPI that names no area is not judged (imported ones often do not)
    role = add(ru(), "kpi", local("Соблюдение сроков.", "kpi", "ru"))
    assert "idle-kpi" not in rules(role)
