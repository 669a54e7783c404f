"""Generic rights cover no duty area; six unlawful clauses make a draft unfit to export."""

from __future__ import annotations

import json
from dataclasses import replace

from jdtui.core.check import check, has_errors
from jdtui.core.model import Block, Library
from jdtui.core.rules.coverage import GENERIC, is_generic

from .rules_support import add, library, local, sample, set_section
from .test_cli import FILLED, jdtui, sets

GENERIC_RU = (
    "ru.right.information-access",
    "ru.right.management-support",
    "ru.right.propose-improvements",
    "ru.right.professional-development",
    "ru.right.draft-decisions",
)


def _coverage(role, lib: Library | None = None):
    return [f for f in check(role, lib or library(), "en") if f.rule == "rights-coverage"]


def test_chief_accountant_with_only_the_training_right_gets_the_coverage_finding():
    role = sample("ru-chief-accountant")
    training = next(i for i in role.section("rights").items if i.ref == "ru.right.professional-development")
    cut = set_section(role, "rights", [training])
    found = _coverage(cut)
    duty_areas = {a for i in role.section("duties").items for a in library().resolve(i).areas}
    assert len(found) == len(duty_areas) > 0
    assert all(f.severity == "warning" for f in found)
    # the message says the area is covered only by a generic right, and names it
    assert all("generic" in f.message and "Professional development" not in f.hint for f in found)
    assert not _coverage(role)  # the full template is covered by its specific rights


def test_the_five_generic_rights_together_cover_nothing():
    role = sample("ru-chief-accountant")
    generic = [
        local(library().blocks[i].text, "right", "ru", covers=library().blocks[i].covers, tags=(GENERIC,))
        for i in GENERIC_RU
    ]
    found = _coverage(set_section(role, "rights", generic))
    assert found and not any(".right.information-access" in f.hint for f in found)


def test_every_shipped_generic_right_is_tagged_and_no_specific_one_is():
    lib = library()
    tagged = {b.id for b in lib.blocks.values() if b.kind == "right" and GENERIC in b.tags}
    assert set(GENERIC_RU) <= tagged
    assert is_generic(lib.blocks["ru.right.professional-development"], lib)
    assert not is_generic(lib.blocks["ru.right.sign-financial-documents"], lib)


def test_an_untagged_right_covering_most_areas_counts_as_generic():
    lib = library()
    areas = sorted({a for b in lib.blocks.values() if b.kind == "duty" and b.lang == "ru" for a in b.areas})
    wide = Block(
        id="own.right.wide", kind="right", lang="ru", text="Участвовать в работе.", covers=tuple(areas)
    )
    narrow = replace(wide, id="own.right.narrow", covers=tuple(areas[: len(areas) // 2]))
    assert is_generic(wide, lib) and not is_generic(narrow, lib)
    # a small library says nothing by share: only the tag makes a right generic there
    small = Library([Block(id="d", kind="duty", lang="ru", text="Ведёт учёт.", areas=("a", "b"))])
    assert not is_generic(replace(wide, covers=("a", "b")), small)
    assert is_generic(replace(wide, covers=("a",), tags=(GENERIC,)), small)


def test_a_specific_right_still_covers_its_area():
    role = sample("ru-chief-accountant")
    first = library().resolve(role.section("duties").items[0])
    right = local("Подписывать документы по участку.", "right", "ru", covers=first.areas)
    training = next(i for i in role.section("rights").items if i.ref == "ru.right.professional-development")
    found = _coverage(set_section(role, "rights", [training, right]))
    assert not any(first.areas[0] in f.message for f in found)


#: the six clauses of the issue, added to the client manager
UNLAWFUL = [
    (
        "responsibility",
        "responsibility",
        "За нарушение стандартов обслуживания из заработной платы удерживается штраф 1 000 рублей.",
    ),
    ("duties", "duty", "Работает сверхурочно без дополнительной оплаты."),
    ("general", "general", "Работник отказывается от ежегодного оплачиваемого отпуска."),
    ("responsibility", "responsibility", "Несёт полную материальную ответственность независимо от вины."),
    ("responsibility", "responsibility", "Подлежит увольнению за невыполнение плана продаж."),
    ("duties", "duty", "Выполняет иные поручения руководителя."),
]
EXPECTED = {
    "labour-fine",
    "labour-overtime",
    "labour-leave",
    "labour-liability",
    "labour-dismissal",
    "labour-open-duty",
}


def test_the_six_unlawful_clauses_are_each_found():
    role = sample("ru-client-manager")
    for section, kind, text in UNLAWFUL:
        role = add(role, section, local(text, kind, "ru"))
    found = check(role, library(), "en")
    assert {f.rule for f in found} >= EXPECTED
    assert has_errors(found)


def test_check_exits_with_error_and_export_refuses_without_force(tmp_path, monkeypatch):
    draft_id = jdtui(
        "new", "--from", "ru-client-manager", *sets(FILLED), env_home=tmp_path, check=True
    ).stdout.strip()
    assert jdtui("check", draft_id, env_home=tmp_path).returncode == 0
    for name, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(name, str(tmp_path / sub))
    from jdtui.store.workspace import Workspace

    ws = Workspace()
    role = ws.drafts.load(draft_id)
    for section, kind, text in UNLAWFUL:
        role = add(role, section, local(text, kind, "ru"))
    ws.save(role)

    checked = jdtui("check", draft_id, "--format", "json", env_home=tmp_path)
    assert checked.returncode == 1
    rules = {f["rule"] for f in json.loads(checked.stdout)["findings"] if f["severity"] == "error"}
    assert EXPECTED - {"labour-open-duty"} <= rules

    target = tmp_path / "out.md"
    refused = jdtui("export", draft_id, "-o", str(target), env_home=tmp_path)
    assert refused.returncode == 1 and not target.exists() and "--force" in refused.stderr
    forced = jdtui("export", draft_id, "-o", str(target), "--force", env_home=tmp_path)
    assert forced.returncode == 0 and "независимо от вины" in target.read_text(encoding="utf-8")
