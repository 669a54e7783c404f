"""Real job postings written by others (../shared/corpus/en-postings) import well.

For each file, EXPECTED says what a careful reader extracts: the number of
responsibilities, of required and of preferred (nice-to-have) requirements,
and headings whose text must be kept as "other" sections. GAPS lists, with the
reason, the files where the importer reads differently from that reader; those
checks are expected failures (strict), so an improvement shows up.

Four postings are in German or French (FOREIGN): jdtui refuses those unless asked
to import them anyway, so they are read here with ``any_language`` (and refused,
naming their language, without it).
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import NamedTuple

import pytest

from jdtui.core.check import check
from jdtui.core.importer import import_markdown
from jdtui.core.profiles import EN_JD
from jdtui.core.render import PREFERRED_TAG, render_markdown
from jdtui.store.library import load_library
from jdtui.store.paths import shipped_library_files

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / ".." / "shared" / "corpus" / "en-postings"
pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"corpus not found beside the repository: {CORPUS}"
)
LIBRARY = load_library(shipped_library_files())


class E(NamedTuple):
    duties: int
    required: int
    preferred: int
    other: tuple[str, ...] = ()


EXPECTED: dict[str, E] = {
    "2026-04-08_lego_senior-analytics-engineer": E(9, 11, 4, ("Additional Details", "Company Commitment")),
    "2026-04-22_mentimeter_analytics-engineer": E(
        5, 8, 4, ("Benefits", "Analysis — Layer A — Surface Extraction")
    ),
    "2026-05-09_lightdash_analytics-engineering-advocate": E(4, 11, 0, ("About Lightdash", "Logistics")),
    "2026-06-22_scoot_senior-analyst-business-intelligence": E(5, 6, 0, ("Layer B — Behavioural Analysis",)),
    "2026-06-27_blue-orange-digital_analytics-engineer-power-bi-specialist": E(
        8, 6, 4, ("Additional Information",)
    ),
    "2026-06-27_mollie_analytics-engineer-revenue-operations": E(5, 6, 0, ("AI at Mollie",)),
    "2026-06-27_vinted_area-lead-analytics-engineer": E(10, 19, 2, ("About Vinted", "Work Benefits")),
    "2026-06-29_onem-smals_senior-data-analytics-engineer": E(
        6, 8, 1, ("About the Organization", "Benefits Package")
    ),
    "2026-07-01_airalo_analytics-engineering-manager": E(10, 10, 5, ("About Airalo",)),
    "2026-07-01_goodgame-studios_senior-ai-data-analytics-engineer": E(4, 8, 1, ("Interview Approach",)),
    "2026-07-02_amazon_business-intelligence-engineer-whs-data": E(8, 4, 4, ("Team & Culture",)),
    # prose: one duty per sentence of the long paragraph; two requirement paragraphs
    "2026-07-02_xomnia_data-analytics-engineer": E(3, 2, 0, ("Tech Stack & Tools", "Benefits")),
    "2026-07-03_whow-games_senior-analytics-engineer-monetization": E(3, 4, 3, ("Benefits",)),
    "2026-07-04_verisure_business-intelligence-engineer": E(6, 4, 0, ("Tech stack",)),
    # "Das zeichnet dich aus" (5) and "Must-have" (6) are both required
    "2026-07-06_just-experts_data-intelligence-consultant": E(8, 11, 4),
    "2026-07-11_appfire_senior-data-analytics-engineer": E(4, 6, 6, ("Benefits",)),
    "2026-07-11_moods-ai_lead-analytics-engineer-bi-architect": E(6, 5, 5, ("Compensation & Benefits",)),
    "2026-07-13_taptapsend_analytics-engineer": E(6, 6, 3, ("About Us",)),
    "2026-07-14_jtl-software_analytics-engineer": E(4, 6, 5, ("About us",)),
    "2026-07-15_capitalontap_analytics-engineer-london": E(
        6, 5, 0, ("Company Context", "Interview Process", "Benefits")
    ),
    "2026-07-16_adaptive-hvm_business-intelligence-engineer": E(3, 6, 3, ("Employment Details",)),
    # "(*)" marks nice-to-haves (its legend: "nice to have (*)"); five lines end with it. The
    # Kimball line only marks its last clause ("…; Data Vault is a nice to have (*)"): required
    "2026-07-17_booking-holdings-romania_data-analytics-engineer": E(8, 19, 5, ("Benefits & Perks",)),
    # the job board's summary block at the top ("Expérience :" / "> 5 ans", skill tags) is header
    # detail, not requirements; "Les petits plus qui feront la différence :" leads one nice-to-have
    "2026-07-17_skiils_analytics-engineer": E(8, 8, 1),
    "2026-07-21_idw_data-analytics-engineer": E(1, 3, 0, ("Benefits Offered",)),
    "2026-07-22_casetify_data-analytics-engineer": E(13, 16, 0),
    "2026-07-22_fuku_analytics-engineer": E(4, 4, 0, ("Why you should apply", "Tech Stack")),
    "2026-07-22_lever-sphere_analytics-engineer-middle-senior": E(7, 7, 0),
    "2026-07-22_riveron_finance-analytics-engineer": E(9, 12, 0, ("About Riveron",)),
    "2026-07-24_aubay-portugal_digital-analytics-engineer": E(5, 7, 0, ("What can we offer?",)),
    # "We're looking for someone with solid fundamentals…" introduces the list of six: description
    "2026-07-24_lendable_analytics-engineer": E(
        4, 6, 0, ("About Lendable", "Interview process", "Life at Lendable")
    ),
    "2026-07-26_foodpanda_analytics-engineering-manager-ai-agentic-analytics": E(7, 9, 0, ("What we offer",)),
    "2026-07-28_feedzai_senior-analyst-engineer-intelligence-management": E(11, 13, 0),
    # ten listed responsibilities; the paragraph before them ("As an analytics engineer… you will be
    # responsible for…") introduces them: description
    "2026-07-29_joon-solutions_analytics-engineer": E(10, 9, 0, ("Benefits",)),
    # the source runs list items together ("…servicesFamiliarity…"): one item per line as written
    "2026-07-30_eftsure_senior-analytics-engineer": E(5, 2, 1, ("About Eftsure",)),
    # four sub-areas of duties (3 + 2 + 2 + 2 lines); "Fourchette salariale" is pay, not a requirement
    "2026-07-31_alten_analytics-engineer-senior": E(9, 9, 0),
    # five bullets of duties; "Bonus points for:" (three) are nice-to-haves, not required
    "2026-08-01_1komma5grad_senior-analytics-engineer": E(5, 5, 3),
    "2026-08-05_bulla-dairy-foods_senior-business-intelligence-bi-analyst": E(0, 14, 0),
    # the source swaps its headings ("Job requirements" lists duties): read by what the items say
    "2026-08-05_synpulse_analytics-engineer": E(7, 8, 7, ("Job benefits",)),
    "2026-08-06_n26_marketing-analytics-engineer-dbt": E(6, 8, 0, ("Equal Opportunities",)),
    "2026-08-07_ecoonline_analytics-engineer": E(5, 13, 0, ("Our Benefits",)),
}

#: Files the importer reads differently from a careful reader, and why.
GAPS: dict[str, str] = {}

#: Titles where the first line of the posting is not the job: the company's name over
#: it (skiils, a job board's summary block), a slogan or a heading with the position
#: stated below it ("Position: …") or named by the prose ("We are looking for an …")
TITLES: dict[str, tuple[str, str | None]] = {
    "2026-07-17_skiils_analytics-engineer": ("Analytics Engineer (H/F)", "skiils"),
    "2026-08-01_1komma5grad_senior-analytics-engineer": ("Analytics Engineer", None),
    "2026-07-22_fuku_analytics-engineer": ("Analytics Engineer / Senior Analytics Engineer", None),
    "2026-08-05_synpulse_analytics-engineer": ("Analytics Engineer", "Synpulse"),  # "At Synpulse, we…"
}


#: postings in a language other than English: refused without ``any_language``
FOREIGN: dict[str, str] = {
    "2026-07-06_just-experts_data-intelligence-consultant": "de",
    "2026-07-14_jtl-software_analytics-engineer": "de",
    "2026-07-17_skiils_analytics-engineer": "fr",
    "2026-07-31_alten_analytics-engineer-senior": "fr",
}


def _files() -> list[str]:
    return sorted(p.stem for p in CORPUS.glob("*.md") if p.stem[:1].isdigit()) if CORPUS.is_dir() else []


def _import(stem: str):
    """The posting as imported when asked to (the German and French ones with ``any_language``)."""
    return import_markdown(
        (CORPUS / f"{stem}.md").read_text(encoding="utf-8"), LIBRARY, any_language=stem in FOREIGN
    )


def _counts(result) -> E:
    """Clauses only: lead-ins and paragraphs kept in place (notes) are no items."""
    duties = result.role.section("duties")
    requirements = result.role.section("requirements")
    blocks = [LIBRARY.resolve(i) for i in (requirements.items if requirements else ()) if not i.is_note]
    preferred = sum(1 for b in blocks if b is not None and PREFERRED_TAG in b.tags)
    return E(
        sum(1 for i in duties.items if not i.is_note) if duties else 0, len(blocks) - preferred, preferred
    )


def test_the_expectations_cover_every_corpus_file():
    assert set(EXPECTED) == set(_files())
    assert set(GAPS) <= set(EXPECTED)
    assert set(FOREIGN) <= set(EXPECTED)


_LANGUAGE_NAMES = {"de": ("German", "немецкий"), "fr": ("French", "французский")}


@pytest.mark.parametrize("stem", sorted(FOREIGN))
def test_a_german_or_french_posting_is_refused_naming_its_language_unless_asked_to(stem):
    source = (CORPUS / f"{stem}.md").read_text(encoding="utf-8")
    result = import_markdown(source, LIBRARY)
    assert result.empty and result.report.refused and result.report.foreign == FOREIGN[stem]
    english, russian = _LANGUAGE_NAMES[FOREIGN[stem]]
    assert result.report.refusal("en", surface="cli") == (
        f"the document is in {english}: jdtui imports job descriptions in Russian and English only; "
        "no draft created; to import it anyway, run again with --any-language"
    )
    assert result.report.refusal("ru", surface="cli").startswith(f"язык документа — {russian}:")
    anyway = _import(stem)
    assert not anyway.empty and not anyway.report.refused
    assert ("import.warn.foreign", {"language": FOREIGN[stem]}) in anyway.report.warnings


@pytest.mark.parametrize("stem", [s for s in _files() if s not in FOREIGN])
def test_an_english_posting_is_imported_without_being_asked_to(stem):
    result = import_markdown((CORPUS / f"{stem}.md").read_text(encoding="utf-8"), LIBRARY)
    assert result.report.foreign == "" and not result.report.refused and result.report.refusal() is None
    assert not any(key == "import.warn.foreign" for key, _ in result.report.warnings)


@pytest.mark.parametrize("stem", _files())
def test_corpus_file_imports_with_responsibilities_or_requirements(stem):
    result = _import(stem)
    assert result.role.profile == "en-jd"
    if stem not in GAPS:
        assert not result.empty


@pytest.mark.parametrize(
    "stem",
    [
        pytest.param(s, marks=pytest.mark.xfail(reason=GAPS[s], strict=True)) if s in GAPS else s
        for s in _files()
    ],
)
def test_corpus_file_gives_what_a_careful_reader_extracts(stem):
    expected = EXPECTED[stem]
    result = _import(stem)
    assert _counts(result) == E(expected.duties, expected.required, expected.preferred)


@pytest.mark.parametrize("stem", sorted(TITLES))
def test_corpus_title_is_the_job_not_the_company_or_a_slogan(stem):
    title, organization = TITLES[stem]
    role = _import(stem).role
    assert role.title == title
    assert role.variables.get("organization") == organization


@pytest.mark.parametrize("stem", _files())
def test_no_corpus_title_is_only_the_organisation(stem):
    role = _import(stem).role
    assert not role.title or role.title != role.variables.get("organization")


#: en-jd's own places for what other profiles keep as "other": salary, benefits, equality
OFFER_SECTIONS = ("pay", "offer", "equal_opportunity")


@pytest.mark.parametrize("stem", [s for s in _files() if EXPECTED[s].other])
def test_corpus_sections_without_a_jdtui_place_are_kept_with_their_heading(stem):
    """Kept as "other" sections, or (benefits, salary, equal opportunities) in en-jd's own
    sections for them, under the posting's heading."""
    role = _import(stem).role
    headings = {
        EN_JD.heading(s, "en").casefold()
        for s in role.sections
        if s.id in ("other", *OFFER_SECTIONS) and s.items
    }
    assert {h.casefold() for h in EXPECTED[stem].other} <= headings


#: postings with no responsibilities at all: an error a consultant must fix (add duties)
NO_DUTIES = {"2026-08-05_bulla-dairy-foods_senior-business-intelligence-bi-analyst"}


@pytest.mark.parametrize("stem", _files())
def test_no_corpus_posting_gets_an_error_for_a_section_it_does_not_need(stem):
    """Accountability, KPIs, onboarding, authority, the summary, salary, benefits and an
    equal-opportunity statement are no errors when missing; only responsibilities and
    requirements are, and every posting has them but one with no responsibilities."""
    findings = check(_import(stem).role, LIBRARY, "en")
    missing = sorted(f.section or "" for f in findings if f.rule == "missing-section")
    assert missing == (["duties"] if stem in NO_DUTIES else [])


@pytest.mark.parametrize(
    "stem,section,heading",
    [
        ("2026-08-06_n26_marketing-analytics-engineer-dbt", "equal_opportunity", "Equal Opportunities"),
        ("2026-07-15_capitalontap_analytics-engineer-london", "offer", "Benefits"),
        ("2026-07-26_foodpanda_analytics-engineering-manager-ai-agentic-analytics", "offer", "What we offer"),
        ("2026-07-11_moods-ai_lead-analytics-engineer-bi-architect", "pay", "Compensation & Benefits"),
    ],
)
def test_corpus_benefits_salary_and_equality_land_in_their_en_jd_sections(stem, section, heading):
    role = _import(stem).role
    found = role.section(section)
    assert found is not None and found.items and EN_JD.heading(found, "en").casefold() == heading.casefold()


_MARKUP = re.compile(r"[\\*_`#>|\[\]()~]")
_EDGE = "\"'«»“”‘’.,;:!?-—–"


def _words(text: str) -> set[str]:
    words = set()
    for raw in _MARKUP.sub(" ", html.unescape(text)).split():
        word = raw.strip(_EDGE).casefold()
        if word and not re.fullmatch(r"[\d.)]+|[ivxlc]{1,6}[./)]|-+|=+", word):  # numbering is no word
            words.add(word)
    return words


@pytest.mark.parametrize("stem", _files())
def test_no_word_of_a_corpus_file_is_lost_in_the_export(stem):
    """Every word reaches the exported document, or is a heading or label the
    report names as structure (section headings, column headings). Lead-ins
    are not structure: the export keeps them as their sections' leads."""
    source = (CORPUS / f"{stem}.md").read_text(encoding="utf-8")
    result = _import(stem)
    exported = _words(render_markdown(result.role, LIBRARY))
    labels = [text for text, kind in result.report.labels if kind != "lead"]
    structure = " ".join(
        [h for h, _ in result.report.headings] + labels + list(result.report.variables.values())
    )
    missing = _words(source) - exported - _words(structure)
    assert not missing


@pytest.mark.parametrize("stem", _files())
def test_the_export_of_an_imported_posting_imports_to_the_same_export(stem):
    """The import keeps the posting's own structure (headings, leads, text in place),
    so jdtui reads its own export of it back to the same document."""
    first = render_markdown(_import(stem).role, LIBRARY)
    again = import_markdown(first, LIBRARY, lang="en", any_language=stem in FOREIGN).role
    assert render_markdown(again, LIBRARY) == first
